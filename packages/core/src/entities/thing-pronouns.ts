import { isCalendarName } from "../dates/calendar.js";
import { hasPastVerb } from "../text/past-tense.js";
import { insideAny } from "../text/search.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import { tokenIndexAt } from "../text/tokenize.js";
import { AddedMentions } from "./added-mentions.js";
import { CLASS_NOUNS, ROLE_NOUNS, isGazetteerPlace } from "./lexicon.js";
import { isLandPart } from "./name-context.js";
import { continuesParagraph, creditedInBrackets, isPossessor, isSubjectPosition, tokenBeforeName, type PronounContext } from "./pronouns.js";
import { ARTICLE, SUBJECT_AUXILIARIES } from "./roles.js";
import type { Entity } from "./types.js";

/** A named mention outside quotations, as `its` looks back at it. */
interface Named {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** A hyphen and a letter right after a name. */
const HYPHEN_JOINED = /^-\p{L}/u;

const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or", "nor", "&"]);

/**
 * `its`, `it said` (`, it said`) and `Acme said it would` as mentions of the body or place they stand for: the
 * nearest name before them in their sentence (see `nearestSubject`), when that is an organization's or a
 * place's, and for a speaking `it` a country's, region's or city's (`Acme cut its forecast`, `Iran said it
 * would`, `Acme said Beta would cut its prices` is Beta's); at a sentence's start (`Its shares fell.`), the
 * first name of the sentence before in the same paragraph. A person's name nearer than the body's stops it
 * (`Acme hired Ana Ruiz to cut its costs` is left alone), as does any other `it` (`it is time`), which is
 * too often no one's, and so does a name joined to another by `and`, as the two are `their` (`led by
 * Barclays and HSBC, about extending its credit`). Names and pronouns inside quotations are left out.
 * Returns the entities with their pronoun mentions added.
 */
export function resolveThingPronouns(entities: readonly Entity[], ctx: PronounContext): Entity[] {
  const named: Named[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      // (a name a hyphen joins to the word after it says where or whose the thing named after it is, and is not it:
      // `the Tarvel-flagged ship lost its engine`)
      if (m.kind === "pronoun" || insideAny(ctx.quotes, m.span.start) || insideAny(ctx.datelines, m.span.start) || HYPHEN_JOINED.test(ctx.text.slice(m.span.end, m.span.end + 2))) continue;
      named.push({ entity, start: m.span.start, end: m.span.end, sentence: m.sentence });
    }
  }
  if (named.length === 0) return [...entities];
  named.sort((a, b) => a.start - b.start);
  const added = new AddedMentions();
  let next = 0;
  // the sentence's names so far, and the first name of the sentence before when it is in the same paragraph
  let here: Named[] = [];
  let firstBefore: Named | undefined;
  let firstHere: Named | undefined;
  /** The sentence's first body named where a subject stands. */
  let bodyHere: Named | undefined;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const sentence = ctx.sentences[si]!;
    firstBefore = continuesParagraph(ctx, si) ? firstHere : undefined;
    firstHere = undefined;
    bodyHere = undefined;
    here = [];
    for (let ti = sentence.firstToken; ti < sentence.endToken; ti++) {
      const token = ctx.tokens[ti]!;
      while (next < named.length && named[next]!.start <= token.start) {
        const n = named[next++]!;
        if (n.sentence !== si) continue;
        firstHere ??= n;
        // (or the body that opens a clause of contrast, whose subject it is: `…, but the far-right Homeland Front surged`)
        if ((bodyHere === undefined || opensContrast(ctx, tokenIndexAt(ctx.tokens, n.start))) && n.entity.type === "organization" && !creditedInBrackets(ctx, n.start) && isSubjectPosition(ctx, n)) bodyHere = n;
        if (here.length >= NEAREST) here.shift();
        here.push(n);
      }
      const at = ti === sentence.firstToken;
      if (token.text !== "its" && token.text !== "it" && !(at && (token.text === "Its" || token.text === "It"))) continue;
      const its = token.text === "its" || (at && token.text === "Its");
      // `Acme agreed to buy Beta Labs, a startup, for $3 billion, its largest deal yet`: a closing phrase that ranks
      // what the clause tells is its subject's
      const ranked = its && ctx.tokens[ti - 1]?.text === "," && RANKS.has(ctx.tokens[ti + 1]?.text ?? "") ? bodyHere : undefined;
      const nearest = ranked ?? nearestSubject(ctx, here, ti);
      // `Nvidia forecast revenue above Wall Street estimates, but its shares fell`: a place named off the subject's
      // position gives way to the body that is the sentence's subject
      const last = its && nearest !== undefined && nearest.entity.type === "place" && bodyHere !== undefined && !isSubjectPosition(ctx, nearest) ? bodyHere : nearest;
      const itSaid = (token.text === "it" || (at && token.text === "It")) && (isSpeechVerb(ctx.tokens[ti + 1]?.text ?? "") || JUDGING_VERBS.has(ctx.tokens[ti + 1]?.text ?? ""));
      const saidIt = token.text === "it" && last !== undefined && reportsOwnPlan(ctx, ti, last);
      if ((!its && !itSaid && !saidIt) || ctx.inBody[si] === 0 || insideAny(ctx.quotes, token.start)) continue;
      const target = last ?? (at ? firstBefore : undefined);
      if (target === undefined || (target.entity.type !== "organization" && target.entity.type !== "place") || coordinated(ctx, target)) continue;
      // (a place has no crew or passengers: in `off the coast of Kelmo and are holding its 22 crew` they are a craft's)
      if (its && target.entity.type === "place" && ownsCraftPart(ctx, ti)) continue;
      // a place speaks through its government, so only a country, region or city does: not `the Guaiba river`
      if (!its && target.entity.type === "place" && !isGazetteerPlace(target.entity.name)) continue;
      added.add(target.entity, ctx.locate(token), "pronoun", si);
    }
  }
  return added.applyTo(entities);
}

/** Verbs of judging, whose subject speaks as a speech verb's does: `It blamed "a faulty change"`, `It welcomed the ruling`. */
const JUDGING_VERBS: ReadonlySet<string> = new Set(["blamed", "blames", "welcomed", "welcomes", "criticised", "criticized", "condemned", "praised", "apologised", "apologized"]);

/** What a ship, a plane or a train has and a place has not: `its crew`, `its 150 passengers`. */
const CRAFT_PARTS: ReadonlySet<string> = new Set(["crew", "crews", "passengers", "cargo", "hull", "captain", "pilot", "pilots", "engines", "wagons", "carriages"]);

/** The noun that `its` at token `at` owns, past a count (`its 22 crew`), is a craft's. */
function ownsCraftPart(ctx: PronounContext, at: number): boolean {
  const next = ctx.tokens[at + 1]?.text ?? "";
  return CRAFT_PARTS.has(/^[\d,]+$/.test(next) ? (ctx.tokens[at + 2]?.text ?? "") : next);
}

/** Words that rank an event among its kind: `its largest acquisition`, `its first loss`. */
const RANKS: ReadonlySet<string> = new Set([
  "largest", "biggest", "highest", "lowest", "latest", "best", "worst", "first", "second", "third", "fastest", "slowest",
  "strongest", "weakest", "smallest", "greatest", "deepest", "steepest", "sharpest", "longest", "most", "least", "only",
]);

/** Conjunctions that open a clause of contrast with a subject of its own: `…, but the Homeland Front surged`. */
const CONTRASTS: ReadonlySet<string> = new Set(["but", "while", "whereas", "yet"]);

/** The name at token `first` opens a clause of contrast, past an article and the words in lower case before it. */
function opensContrast(ctx: PronounContext, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const word = ctx.tokens[k]!.text;
    if (CONTRASTS.has(word)) return true;
    if (!/^\p{Ll}/u.test(word)) return false;
  }
  return false;
}

/** How many of a sentence's names `its` looks back over: a bounded cost on a sentence of thousands of names. */
const NEAREST = 4;
/** Prepositions that set a clause in a place (`a plant in Ohio`), so that the place is not what the clause is about. */
const SETTINGS: ReadonlySet<string> = new Set(["in", "at", "near", "across", "throughout"]);

/**
 * The name nearest before token `at` that can be what its clause is about. Passed over for the names before
 * them, as the clause's subject is theirs: a place after a locative preposition with `and` and a verb or
 * `that` after it (`opened a plant in Ohio and doubled its output`, `told reporters in Paris that the rover
 * passed its review`) or after the verb of a subject no name stands for (`A ship sank in the Taiwan Strait`), and a
 * name inside an aside closed before `at` (`Acme, which is based in Ohio, cut its output`).
 */
function nearestSubject(ctx: PronounContext, here: readonly Named[], at: number): Named | undefined {
  let passed = false;
  for (let k = here.length - 1; k >= 0; k--) {
    const n = here[k]!;
    // (past such a name, only a subject will do: `Ana Ruiz of Acme said a trial in Spain and would report its`)
    if (passed && !isSubjectPosition(ctx, n)) continue;
    const start = tokenIndexAt(ctx.tokens, n.start);
    const end = tokenIndexAt(ctx.tokens, n.end);
    // (a word for which part of the land may stand between: `a restaurant in central Sarno that won its first star`)
    const before = tokenBeforeName(ctx, start);
    const preposition = n.entity.type === "place" && isLandPart(ctx.tokens[before]?.text ?? "") ? before - 1 : before;
    const inPlace = n.entity.type === "place" && SETTINGS.has(ctx.tokens[preposition]?.text ?? "");
    const first = ctx.sentences[n.sentence]!.firstToken;
    const setting = (inPlace && (clauseGoesOn(ctx, end, at) || actsUnnamed(ctx, first, preposition) || unnamedBodyIn(ctx, first, preposition))) || besideReport(ctx, preposition, end, at) || ownsOneOfMany(ctx, n, start);
    if (!setting && !insideClosedAside(ctx, here, start, end, at)) return unnamedSubjectBetween(ctx, end, at) ? undefined : n;
    passed = true;
  }
  return undefined;
}

/** Words for how many of a kind a phrase picks out before `of`: `One of`, `Several of`. */
const PARTITIVES: ReadonlySet<string> = new Set(["one", "several", "many", "some"]);

/**
 * `One of Edinburgh's oldest bookshops is to close after its landlord`: a name in the possessive after a partitive's
 * `of` owns the kind the subject is one of, and is no subject itself.
 */
function ownsOneOfMany(ctx: PronounContext, n: Named, start: number): boolean {
  return isPossessor(ctx.text, n.end) && ctx.tokens[start - 1]?.text === "of" && PARTITIVES.has(ctx.tokens[start - 2]?.text.toLowerCase() ?? "");
}

/** Prepositions that tell where or to whom words were said: `in a filing with`, `in a letter to`. */
const REPORT_PREPOSITIONS: ReadonlySet<string> = new Set(["with", "to", "in", "at", "before", "on", "from"]);
/** How many tokens back from a name's preposition the verb of speech it hangs on may stand: `said in a filing with`. */
const REPORT_REACH = 8;

/**
 * `Acme said in a filing with the Securities and Exchange Commission that its network was hit`: a name after a
 * preposition, between a verb of speech and the `that` of what was said, tells where or to whom it was said, so
 * the report is about the speaker.
 */
function besideReport(ctx: PronounContext, preposition: number, end: number, at: number): boolean {
  if (ctx.tokens[end]?.text !== "that" || end >= at || !REPORT_PREPOSITIONS.has(ctx.tokens[preposition]?.text ?? "")) return false;
  for (let k = preposition - 1; k >= 0 && k >= preposition - REPORT_REACH; k--) {
    const word = ctx.tokens[k]!.text;
    if (isSpeechVerb(word)) return true;
    if (word === "that" || /^[.;:!?]$/.test(word)) return false;
  }
  return false;
}

/** `in Ohio and doubled`, `in Paris that`: the clause goes on after the place at token `end`, before token `at`, with a verb or `that`. */
function clauseGoesOn(ctx: PronounContext, end: number, at: number): boolean {
  const next = ctx.tokens[end]?.text;
  return end + 1 < at && ((next === "and" && /^\p{Ll}/u.test(ctx.tokens[end + 1]!.text)) || next === "that");
}

/** Articles that open a subject no name stands for: `A cargo ship sank`. */
const OPENING_ARTICLES: ReadonlySet<string> = new Set(["A", "An", "The"]);

/**
 * `A cargo ship sank in the Taiwan Strait, leaving nine of its crew missing`: the sentence opens on a subject no
 * name stands for, whose verb comes before the preposition at token `preposition`, so the place after it only
 * sets the scene (`The fighting in Gaza has killed many of its people` has no verb before `in`, and is Gaza's).
 */
function actsUnnamed(ctx: PronounContext, first: number, preposition: number): boolean {
  const noun = ctx.tokens[first + 1];
  if (!OPENING_ARTICLES.has(ctx.tokens[first]?.text ?? "") || noun === undefined || !/^\p{Ll}/u.test(noun.text) || preposition <= first + 1) return false;
  return hasPastVerb(ctx.text.slice(noun.start, ctx.tokens[preposition]!.start));
}

/**
 * `A secondary school in Orvek has been rated inadequate, weeks after its head quit`: the sentence opens on a body or
 * a place no name stands for, set in the place after the preposition at token `preposition`, and is the subject `its`
 * speaks of (`The fighting in Gaza has killed many of its people` opens on no such noun, and is Gaza's).
 */
function unnamedBodyIn(ctx: PronounContext, first: number, preposition: number): boolean {
  if (!OPENING_ARTICLES.has(ctx.tokens[first]?.text ?? "") || preposition <= first + 1 || preposition > first + 1 + SUBJECT_WORDS) return false;
  for (let k = first + 1; k < preposition; k++) if (!/^\p{Ll}+$/u.test(ctx.tokens[k]!.text)) return false;
  const kind = CLASS_NOUNS.get(ctx.tokens[preposition - 1]!.text);
  return kind === "organization" || kind === "place";
}

/** How many tokens before `its` a clause that owns it may open. */
const CLAUSE_REACH = 40;

/** How many lower-case words an indefinite subject may take before its verb: `a small family grower`. */
const SUBJECT_WORDS = 3;

/**
 * `told the court that the charity had closed two of its centres`: a clause opens between the name and `its`
 * whose subject is a body no name stands for, and `its` is that body's (`that the cuts would lift its
 * margins` is still the name's); so too a new clause after `, and` or `, but` whose subject is a new one, brought in
 * with `a` (`officials said Wednesday, and a grower has recalled its produce`), or after `where` with any article
 * (`in Corvel, where the river burst its banks`). `, and the company has` may be the name's own description, so it
 * is left to the name.
 */
function unnamedSubjectBetween(ctx: PronounContext, from: number, to: number): boolean {
  // (a bounded look back, as a sentence may run on for thousands of words)
  for (let k = Math.max(from, to - CLAUSE_REACH); k + 2 < to; k++) {
    const word = ctx.tokens[k]!.text;
    if (word === "that" && ARTICLE.has(ctx.tokens[k + 1]!.text) && CLASS_NOUNS.get(ctx.tokens[k + 2]!.text) === "organization") return true;
    if ((word === "and" || word === "but") && ctx.tokens[k - 1]?.text === "," && /^an?$/.test(ctx.tokens[k + 1]!.text) && indefiniteSubjectActs(ctx, k + 2, to)) return true;
    if (word === "where" && ARTICLE.has(ctx.tokens[k + 1]!.text) && indefiniteSubjectActs(ctx, k + 2, to)) return true;
  }
  return false;
}

/**
 * Lower-case words from token `first` run to a verb before token `to`: the subject `a grower` of `a grower has
 * recalled` or `the river` of `the river burst its`, not a person's (`a spokesman said its plants` speaks for the name).
 */
function indefiniteSubjectActs(ctx: PronounContext, first: number, to: number): boolean {
  for (let k = first; k < to && k <= first + SUBJECT_WORDS; k++) {
    const word = ctx.tokens[k]!.text;
    if (!/^\p{Ll}+$/u.test(word)) return false;
    // (read from the article with the word after, as a past spelt as its base needs them: `the river burst its banks`)
    if (k > first && (SUBJECT_AUXILIARIES.has(word) || hasPastVerb(ctx.text.slice(ctx.tokens[first - 1]!.start, ctx.tokens[k + 1]!.end)))) return !ROLE_NOUNS.has(ctx.tokens[k - 1]!.text);
  }
  return false;
}

/**
 * Words that open an aside set off by commas: a relative pronoun, a participle that places, owns or runs a body
 * or a thing (`, based in Ohio,`, `, operated by Acme Travels,`), or an article of a phrase in apposition (`, a unit of Beta Corp,`).
 */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(["which", "who", "whose", "based", "headquartered", "owned", "founded", "led", "run", "operated", "managed", "controlled", "backed", "funded", "built", "made", ...ARTICLE]);
/** How many tokens an aside may run: a bounded look on a sentence without commas. */
const ASIDE_LENGTH = 24;

/** Where the aside that opens at comma `open` (`, which is based in Ohio,`) closes with its comma, before `limit`; -1 when it does not. */
function asideClose(ctx: PronounContext, open: number, limit: number): number {
  if (ctx.tokens[open]?.text !== "," || !ASIDE_OPENERS.has(ctx.tokens[open + 1]?.text ?? "")) return -1;
  for (let k = open + 2; k < limit && k < open + ASIDE_LENGTH; k++) if (ctx.tokens[k]!.text === ",") return k;
  return -1;
}

/**
 * The name at tokens `start`..`end` stands in an aside that closes before token `at`. An aside in apposition
 * counts only after a body's or a place's name: `Ana Ruiz, a member of Acme all her life, left its board` is
 * about Acme.
 */
function insideClosedAside(ctx: PronounContext, here: readonly Named[], start: number, end: number, at: number): boolean {
  let open = start - 1;
  while (open > start - ASIDE_LENGTH && open >= 0 && ctx.tokens[open]!.text !== ",") open--;
  if (ARTICLE.has(ctx.tokens[open + 1]?.text ?? "")) {
    const anchor = ctx.tokens[open - 1];
    if (anchor === undefined || !here.some((n) => n.end === anchor.end && n.entity.type !== "person")) return false;
  }
  const close = asideClose(ctx, open, at);
  return close >= end;
}

/** What a body says of itself after `it`: a modal or auxiliary, or a verb of intent (`said it would`, `said it had`). */
const OWN_PLAN: ReadonlySet<string> = new Set(["would", "will", "could", "can", "might", "may", "should", "had", "has", "did", "does", "plans", "planned", "intends", "intended", "expects", "expected", "hopes", "hoped", "wants", "wanted", "needs", "needed", "remains", "remained", "continues", "continued"]);

/**
 * `Acme said it would`, `the ministry said that it had`: `it` right after the speech verb of a body's name (or
 * `that`), before what the body will do or has done, is the body. `was` and `is` count only before an `-ing`
 * verb, a speaker's stance or dealings (`said it was reviewing`, `said it was ready to`, `said it was in talks`), since `said it was unclear whether` is no one's.
 */
function reportsOwnPlan(ctx: PronounContext, at: number, subject: Named): boolean {
  let verb = at - 1;
  if (ctx.tokens[verb]?.text === "that") verb--;
  // (a time may stand between: `Acme said on Monday it would`, `Acme said yesterday that it had`)
  if (SAID_WHEN.has(ctx.tokens[verb]?.text ?? "")) verb--;
  else if (isCalendarName(ctx.tokens[verb]?.text ?? "") && (ctx.tokens[verb - 1]?.text === "on" || ctx.tokens[verb - 1]?.text === "in")) verb -= 2;
  const before = ctx.tokens[verb - 1];
  if (before === undefined || !isSpeechVerb(ctx.tokens[verb]!.text)) return false;
  // (an aside may stand between: `Acme, which is based in Ohio, said it would`)
  if (before.end !== subject.end && asideClose(ctx, tokenIndexAt(ctx.tokens, subject.end), verb) !== verb - 1) return false;
  const next = ctx.tokens[at + 1]?.text ?? "";
  if (OWN_PLAN.has(next)) return true;
  if (next !== "was" && next !== "is") return false;
  const state = ctx.tokens[at + 2]?.text ?? "";
  return /^\p{Ll}+ing$/u.test(state) || STANCES.has(state) || (state === "in" && DEALINGS.has(ctx.tokens[at + 3]?.text ?? ""));
}

/** What only a party to them can be in after `said it was in`: `contact with the company`, `talks with the union`. */
const DEALINGS: ReadonlySet<string> = new Set(["contact", "talks", "touch", "discussions", "negotiations"]);

/** What only a speaker can be of itself after `said it was`: `ready to send supplies`, `committed to the plan`. */
const STANCES: ReadonlySet<string> = new Set([
  "ready", "willing", "prepared", "committed", "determined", "confident", "pleased", "disappointed", "aware", "unable", "able", "keen", "eager", "open",
]);

/** Days named by a word alone, which may stand between a speech verb and what was said (`said yesterday it would`). */
const SAID_WHEN: ReadonlySet<string> = new Set(["yesterday", "today", "tonight"]);

/** `Barclays and HSBC`, `HSBC or Barclays`: a capitalised word stands on the conjunction's other side (`, and Iran said` joins clauses). */
function coordinated(ctx: PronounContext, n: Named): boolean {
  const at = tokenIndexAt(ctx.tokens, n.start);
  const after = tokenIndexAt(ctx.tokens, n.end);
  const capital = (t: number) => /^\p{Lu}/u.test(ctx.tokens[t]?.text ?? "");
  return (CONJUNCTIONS.has(ctx.tokens[at - 1]?.text ?? "") && capital(at - 2)) || (CONJUNCTIONS.has(ctx.tokens[after]?.text ?? "") && capital(after + 1));
}
