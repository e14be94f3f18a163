import type { Located } from "../model.js";
import { isCalendarName } from "../dates/calendar.js";
import { capitalised } from "../text/chars.js";
import { PREPOSITIONS } from "../text/prepositions.js";
import { insideAny, lastAtMost } from "../text/search.js";
import type { Sentence } from "../text/sentences.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import type { Span } from "../text/positions.js";
import { tokenIndexAt, type Token } from "../text/tokenize.js";
import { AddedMentions } from "./added-mentions.js";
import { nameLists } from "./lists.js";
import { sexEvidence, type Sex, type SexEvidence } from "./sex.js";
import type { Entity } from "./types.js";
import { KIN_NOUNS, TIME_NOUNS } from "./lexicon.js";
import { ARTICLE, RELATIVE_PRONOUNS, SUBJECT_AUXILIARIES, isDeterminer } from "./roles.js";
import { describedBeforeWho, unnamedPersonAt } from "./unnamed-people.js";

type Case = "subject" | "object" | "possessive" | "reflexive";

/** Third-person singular pronouns for people; `her` is an object or a possessive, told apart by what follows. */
const PRONOUNS: ReadonlyMap<string, { readonly sex: Sex; readonly case: Case }> = new Map([
  ["he", { sex: "male", case: "subject" }],
  ["him", { sex: "male", case: "object" }],
  ["his", { sex: "male", case: "possessive" }],
  ["himself", { sex: "male", case: "reflexive" }],
  ["she", { sex: "female", case: "subject" }],
  ["her", { sex: "female", case: "object" }],
  ["hers", { sex: "female", case: "possessive" }],
  ["herself", { sex: "female", case: "reflexive" }],
]);

/** The pronouns as written in a sentence and at its start, so that no token needs lower-casing to be looked up. */
const FORMS: ReadonlyMap<string, { readonly sex: Sex; readonly case: Case }> = new Map(
  [...PRONOUNS].flatMap(([word, pronoun]) => [[word, pronoun] as const, [capitalised(word), pronoun] as const]),
);

/** Words a mention stands after when it is the object of a preposition, not a clause's subject. */
const BEFORE_OBJECT: ReadonlySet<string> = new Set([...PREPOSITIONS, "including", "and"]);
/** After `her`, these say it is an object (`told her that`, `gave her a`), not a possessive (`her lawyer`). */
const AFTER_OBJECT: ReadonlySet<string> = new Set([...BEFORE_OBJECT, "that", "a", "an", "the", "as", "if", "when", "while", "because", "but", "or", "not", "this", "last", "next", "before", "after", "again", "back", "out", "up", "down", "off"]);
/** Words that open a new clause: a subject before them no longer binds an object pronoun after them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([";", ":", "that", "who", "whom", "which", "when", "where", "while", "because", "after", "before", "if", "although", "as", "since", "until", "so", "whether"]);

/** A mention's salience: in the pronoun's sentence, more as a subject, less as a possessor; halved for each sentence back. */
const NEAR = 100;
const SUBJECT = 80;
const POSSESSOR = -30;
/** Someone of no known sex may be the pronoun's, but one the article says is of its sex is likelier, so counts double. */
const UNKNOWN_SEX_WEIGHT = 0.5;
/** How many sentences back a pronoun looks before it falls back on the nearest person of its sex. */
const REACH = 4;
/**
 * How many mentions back a pronoun looks at most, in reach and in falling back: more than any real passage
 * names, so that a run-on sentence or a long article with no one of the pronoun's sex costs no more.
 */
const MENTION_REACH = 200;

/** Someone the article does not name (`One mother`), by the noun it calls them, which may say their sex. */
interface Unnamed {
  readonly unnamed: true;
  readonly name: "";
  readonly roles: readonly [string];
}
type Person = Entity | Unnamed;

/** A mention of a person outside quotations, as the pronouns after it weigh it. */
interface Referent {
  readonly entity: Person;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly subject: boolean;
  /** `Smith's`: the mention names whose something is, and weighs less. */
  readonly possessor: boolean;
  /** The first quotation of the chain the mention is named in (see `quoteChains`), else -1: such a name is an antecedent only inside it. */
  readonly quote: number;
  /** A pronoun inside a quotation: someone the speaker talks about, so not who the `she said` after it is. */
  readonly quoted: boolean;
  /** `Pemba Sherpa and Nima Tamang`: the others named in the mention's list of people, of whom `he` or `she` may be any. */
  readonly listedWith?: readonly Person[];
}

/** `he`, `him`, `she` or `her` (the word in lower case): a pronoun that can be a cue's subject or object. */
export function isPersonalPronoun(word: string): boolean {
  const pronoun = PRONOUNS.get(word);
  return pronoun !== undefined && (pronoun.case === "subject" || pronoun.case === "object");
}

export interface PronounContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** 1 for the sentences of the article's body: pronouns elsewhere are not read. */
  readonly inBody: Uint8Array;
  /** Quotations, in text order: a name inside one is no antecedent. */
  readonly quotes: readonly Span[];
  /**
   * The quotations that are someone's own sentences, not a few words in the writer's sentence, in text
   * order: their `she` is someone the speaker talks about, never the speaker, who would say `I`.
   */
  readonly ownWords: readonly Span[];
  /** The datelines, in text order: the place filed from and the agency credited act in none of the story. */
  readonly datelines: readonly Span[];
  readonly locate: (span: Span) => Located;
}

/**
 * `he`, `she`, `him`, `her` and `his` as mentions of the person each stands for: the most salient person of
 * that sex (or of none the article says) named in the pronoun's sentence or the three before it. A person
 * counts by their most salient mention there: a clause's subject outweighs an object, and each sentence back,
 * and a paragraph break, halves a mention's weight (after Lappin and Leass, 1994, but without summing mentions, so that the last
 * sentence's subject wins over a name repeated as an object, as centering theory has it). A pronoun with no
 * one in reach takes the nearest person the article says is of its sex; with no one of its sex named, it takes
 * someone in reach whose given name only leans to the other (`Stacy`). An object pronoun is not its own
 * clause's subject (`Smith praised him`). A person the article gives no sex keeps the one the first `he`
 * or `she` resolved in reach gave them.
 * Returns the entities with their pronoun mentions added.
 */
export function resolvePronouns(entities: readonly Entity[], ctx: PronounContext): Entity[] {
  const named: Named[] = [];
  // names inside someone's own words: antecedents for the pronouns of the same quotation only
  const quotedNamed: Named[] = [];
  for (const entity of entities) {
    if (entity.type !== "person") continue;
    for (const m of entity.mentions) {
      const n = { entity, start: m.span.start, end: m.span.end, sentence: m.sentence };
      if (!insideAny(ctx.quotes, m.span.start)) named.push(n);
      else if (insideAny(ctx.ownWords, m.span.start)) quotedNamed.push(n);
    }
  }
  if (named.length === 0) return [...entities];
  named.sort((a, b) => a.start - b.start);
  quotedNamed.sort((a, b) => a.start - b.start);
  // the list of people each name is one of, as its `[from, to)` range in `named`
  const listOf: ([number, number] | undefined)[] = [];
  for (const list of nameLists(named, ctx.text)) for (let k = list[0]; k < list[1]; k++) listOf[k] = list;
  const added = new AddedMentions();
  // what the article says of each person's sex, and failing that what its first pronoun for them said
  const sexes = new Map<Person, SexEvidence | undefined>();
  const evidenceOf = (entity: Person): SexEvidence | undefined => {
    if (!sexes.has(entity)) sexes.set(entity, sexEvidence(entity));
    return sexes.get(entity);
  };
  const sexOfEntity = (entity: Person): Sex | undefined => evidenceOf(entity)?.sex;
  const leansToSex = (entity: Person): boolean => evidenceOf(entity)?.leaning === true;
  const seen: Referent[] = [];
  // each person by surname with their first named mention, for `her husband, Emeka Okafor`: built at the first such pronoun
  let bySurname: SurnameGroups | undefined;
  const surnameGroups = () => (bySurname ??= groupBySurname(named));
  // each sentence's paragraph, counted by the line breaks between sentences
  const paragraphOf = new Int32Array(ctx.sentences.length);
  for (let si = 1; si < ctx.sentences.length; si++) paragraphOf[si] = paragraphOf[si - 1]! + (continuesParagraph(ctx, si) ? 0 : 1);
  // who may be speaking each quotation, found at its first pronoun
  const speakersByQuote = new Map<number, ReadonlySet<Person>>();
  const chainOf = quoteChains(ctx.text, ctx.quotes);
  let next = 0;
  let nextQuoted = 0;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const sentence = ctx.sentences[si]!;
    let firstInSentence = true;
    /** The clause `, who` sets about someone, whose possessives are theirs: where it ends, and whom it is about when named. */
    let relative: { until: number; entity: Entity | undefined } | undefined;
    for (let ti = sentence.firstToken; ti < sentence.endToken; ti++) {
      const token = ctx.tokens[ti]!;
      while (next < named.length && named[next]!.start <= token.start) {
        const n = named[next++]!;
        const possessor = isPossessor(ctx.text, n.end);
        const subject = (firstInSentence && !possessor && isSubjectPosition(ctx, n)) || besideSpeechVerb(ctx, n);
        seen.push({ entity: n.entity, start: n.start, end: n.end, sentence: si, subject, possessor, quote: -1, quoted: false, listedWith: listPeers(named, listOf[next - 1], next - 1) });
        if (!possessor) firstInSentence = false;
      }
      while (nextQuoted < quotedNamed.length && quotedNamed[nextQuoted]!.start <= token.start) {
        const n = quotedNamed[nextQuoted++]!;
        const possessor = isPossessor(ctx.text, n.end);
        const quote = chainOf[lastAtMost(ctx.quotes, n.start, (q) => q.start)]!;
        seen.push({ entity: n.entity, start: n.start, end: n.end, sentence: si, subject: !possessor && opensClause(ctx, n.start, sentence.start), possessor, quote, quoted: false });
      }
      // someone unnamed as a subject is who the pronouns after them stand for, not a person named before
      const noun = token.kind === "word" && ctx.inBody[si] === 1 ? unnamedPersonAt(ctx.tokens, ti, sentence.firstToken, sentence.endToken) : -1;
      // (a possessive in the clause `, who` sets about someone is theirs: `the 12th seed, who was playing in her first
      // final`, `beat Mia Lund, who was playing in her first final`)
      const described = noun < 0 && token.kind === "word" ? describedBeforeWho(ctx.tokens, ti, sentence.endToken) : -1;
      if (described >= 0) relative = { until: clauseEnd(ctx.tokens, described + 3, sentence.endToken), entity: undefined };
      const namedBefore = token.text === "who" ? namedBeforeWho(ctx, seen, si, ti) : undefined;
      if (namedBefore !== undefined) relative = { until: clauseEnd(ctx.tokens, ti + 1, sentence.endToken), entity: namedBefore };
      if (noun >= 0 && !insideAny(ctx.quotes, token.start)) {
        const someone: Unnamed = { unnamed: true, name: "", roles: [ctx.tokens[noun]!.text] };
        seen.push({ entity: someone, start: token.start, end: ctx.tokens[noun]!.end, sentence: si, subject: true, possessor: false, quote: -1, quoted: false });
        firstInSentence = false;
        continue;
      }
      if (token.kind !== "word" || ctx.inBody[si] === 0 || !startsLikePronoun(token.text.charCodeAt(0))) continue;
      const pronoun = FORMS.get(token.text);
      // `His Holiness`: a capital past a sentence's start, or a quotation's, is a title's, not a pronoun's
      if (pronoun === undefined || (ti > sentence.firstToken && token.text.charCodeAt(0) < 97 && !OPENING_MARKS.has(ctx.tokens[ti - 1]!.text))) continue;
      const quoted = insideAny(ctx.quotes, token.start);
      if (quoted && !insideAny(ctx.ownWords, token.start)) continue;
      const kind = pronoun.case === "object" && pronoun.sex === "female" && !isObjectHer(ctx.tokens, ti) ? "possessive" : pronoun.case;
      if (kind === "possessive" && relative !== undefined && ti < relative.until) {
        const entity = relative.entity;
        if (entity === undefined) continue;
        const sex = sexOfEntity(entity);
        if (sex === undefined || sex === pronoun.sex) {
          added.add(entity, ctx.locate(token), "pronoun", si);
          seen.push({ entity, start: token.start, end: token.end, sentence: si, subject: false, possessor: false, quote: -1, quoted });
          continue;
        }
      }
      const own = quoted ? lastAtMost(ctx.quotes, token.start, (q) => q.start) : -1;
      const quote = quoted ? chainOf[own]! : -1;
      let speakers = quoted ? speakersByQuote.get(own) : NO_ONE;
      if (speakers === undefined) {
        speakers = speakersOf(ctx, named, seen, ctx.quotes[own]!, paragraphOf);
        speakersByQuote.set(own, speakers);
      }
      const laterInClause = kind === "possessive" ? NO_ONE : namedLaterInClause(ctx, ti, sentence.endToken, quoted ? quotedNamed : named, quoted ? nextQuoted : next);
      const others = kind === "subject" ? withCompanions(laterInClause, companionsBefore(ctx, seen, sentence.firstToken, si, ti)) : laterInClause;
      const reading: Reading = { si, ti, sex: pronoun.sex, kind, quote, speakers, others, cue: !quoted && besideSpeechVerb(ctx, token) };
      const found =
        (kind === "subject" && !quoted ? namedAsSubject(ctx, named[next], ti) : undefined) ??
        (kind === "possessive" ? kinOf(ctx, surnameGroups, named, next, ti, sentence.endToken, sexOfEntity, pronoun.sex) : undefined) ??
        (kind === "possessive" ? leadingPhraseSubject(ctx, named[next], ti, sentence, sexOfEntity, pronoun.sex) : undefined) ??
        antecedent(ctx, seen, sexOfEntity, leansToSex, reading, paragraphOf);
      if (found === undefined) continue;
      const entity = found.entity;
      // (the pronoun is the unnamed person's: theirs stays no one's mention, and they stay the one it goes on about)
      if ("unnamed" in entity) {
        if (kind === "subject") seen.push({ entity, start: token.start, end: token.end, sentence: si, subject: true, possessor: false, quote: -1, quoted });
        continue;
      }
      // only a subject pronoun resolved in reach says a sex, over what a given name suggested; a possessive is too often someone else's
      if (kind === "subject" && found.inReach && sexOfEntity(entity) !== pronoun.sex) sexes.set(entity, { sex: pronoun.sex, leaning: false });
      added.add(entity, ctx.locate(token), "pronoun", si);
      // `he` and `she` are always a clause's subject, wherever in the sentence they stand
      // (a pronoun inside a quotation keeps whom it stands for in mind outside it too: the speaker is still on about them)
      seen.push({ entity, start: token.start, end: token.end, sentence: si, subject: kind === "subject", possessor: false, quote: -1, quoted });
      if (kind === "subject" && !quoted) firstInSentence = false;
    }
  }
  return added.applyTo(entities);
}

/** How many names either side of a mention its list is read over: a bounded cost on a list of thousands. */
const LIST_REACH = 6;

/** The other people named in the list `list` with the name at `k` of the sorted `named`: `Ana Ruiz, Tom Hale and Eva Lind`. */
function listPeers(named: readonly Named[], list: readonly [number, number] | undefined, k: number): Entity[] | undefined {
  if (list === undefined) return undefined;
  const first = Math.max(list[0], k - LIST_REACH);
  return named.slice(first, Math.min(list[1], k + LIST_REACH + 1)).flatMap((n, j) => (first + j === k ? [] : [n.entity]));
}

const surnameOf = (entity: Entity): string => entity.name.slice(entity.name.lastIndexOf(" ") + 1);

/**
 * `She is Hana Wexler, not Hannah Wexler`: a subject pronoun whose `is` the next name follows stands for that person,
 * whom the sentence names (not their possessive: `He is Ana Ruiz's lawyer`).
 */
function namedAsSubject(ctx: PronounContext, upcoming: Named | undefined, ti: number): { entity: Person; inReach: boolean } | undefined {
  const verb = ctx.tokens[ti + 1];
  const after = ctx.tokens[ti + 2];
  if (upcoming === undefined || verb === undefined || after === undefined || verb.text !== "is" || upcoming.start !== after.start) return undefined;
  return isPossessor(ctx.text, upcoming.end) ? undefined : { entity: upcoming.entity, inReach: true };
}

/** People by surname, each with the index of their first mention among the named ones. */
type SurnameGroups = ReadonlyMap<string, readonly { readonly entity: Entity; readonly first: number }[]>;

function groupBySurname(named: readonly { entity: Entity }[]): SurnameGroups {
  const groups = new Map<string, { entity: Entity; first: number }[]>();
  const grouped = new Set<Entity>();
  named.forEach(({ entity }, first) => {
    if (grouped.has(entity)) return;
    grouped.add(entity);
    const surname = surnameOf(entity);
    const group = groups.get(surname);
    if (group === undefined) groups.set(surname, [{ entity, first }]);
    else group.push({ entity, first });
  });
  return groups;
}

/** How many words may stand between a kin noun and the relative's name: `her husband, the architect Olu Adeyemi`. */
const KIN_NAME_REACH = 5;

/**
 * `Her husband, the architect Olu Adeyemi, died in 2011`: a possessive before a kin noun and the relative's
 * name is the one person named before who shares the relative's surname, however salient someone else is.
 */
function kinOf(
  ctx: PronounContext,
  surnameGroups: () => SurnameGroups,
  named: readonly { entity: Entity; start: number }[],
  next: number,
  ti: number,
  end: number,
  sexOfEntity: (entity: Person) => Sex | undefined,
  sex: Sex,
): { entity: Person; inReach: boolean } | undefined {
  const noun = ctx.tokens[ti + 1];
  const relative = named[next];
  if (noun === undefined || !KIN_NOUNS.has(noun.text) || relative === undefined) return undefined;
  const nameAt = tokenIndexAt(ctx.tokens, relative.start);
  if (nameAt >= end || nameAt - (ti + 1) > KIN_NAME_REACH + 1) return undefined;
  const surname = surnameOf(relative.entity);
  if (relative.entity.name === surname) return undefined;
  let found: Entity | undefined;
  // (named before the pronoun: among the mentions before `next`, the relative's)
  for (const { entity, first } of surnameGroups().get(surname) ?? []) {
    if (first >= next || entity === relative.entity) continue;
    const known = sexOfEntity(entity);
    if (known !== undefined && known !== sex) continue;
    if (found !== undefined) return undefined;
    found = entity;
  }
  return found === undefined ? undefined : { entity: found, inReach: true };
}

/** Prepositions that open a sentence's leading phrase, set off by a comma before the clause's subject. */
const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set(["In", "After", "During", "Before", "Despite", "Following", "Throughout", "On"]);
/** How many tokens a leading phrase runs at most, its comma included. */
const LEADING_REACH = 10;
/** A subject pronoun after the comma: the name after it is its verb's object, not the subject. */
const SUBJECT_PRONOUN = /^(?:I|we|you|he|she|it|they)$/i;
/** How many words, at most, stand between that comma and the subject's name: a title or a role (`Council leader Ivo Lusk`). */
const TITLE_REACH = 4;

/**
 * `In her victory speech, Ms Ruiz said`: a possessive in a sentence's leading phrase looks ahead to the subject named
 * right after the phrase's comma, not back to whoever was last named.
 */
function leadingPhraseSubject(ctx: PronounContext, upcoming: Named | undefined, ti: number, sentence: Sentence, sexOfEntity: (entity: Person) => Sex | undefined, sex: Sex): { entity: Person; inReach: boolean } | undefined {
  const first = sentence.firstToken;
  if (upcoming === undefined || !LEADING_PREPOSITIONS.has(ctx.tokens[first]!.text)) return undefined;
  let comma = ti + 1;
  while (comma < sentence.endToken && comma - first < LEADING_REACH && ctx.tokens[comma]!.kind !== "punct") comma++;
  if (ctx.tokens[comma]?.text !== ",") return undefined;
  const at = tokenIndexAt(ctx.tokens, upcoming.start);
  // (the name is the subject, not the object of a verb or a preposition after one: `In her view, she thanked Ana Ruiz`,
  // `the report by Ana Ruiz`)
  if (at <= comma || at - comma > TITLE_REACH + 1) return undefined;
  for (let k = comma + 1; k < at; k++) if (PREPOSITIONS.has(ctx.tokens[k]!.text) || SUBJECT_PRONOUN.test(ctx.tokens[k]!.text)) return undefined;
  const known = sexOfEntity(upcoming.entity);
  return known === undefined || known === sex ? { entity: upcoming.entity, inReach: true } : undefined;
}

const NO_ONE: ReadonlySet<Person> = new Set();

/** A person named outside quotations, or inside someone's own words, with where. */
interface Named {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** The pronoun being resolved: its sentence, token, sex and case, and the quotation it stands in (-1 for none) with who may be speaking it. */
interface Reading {
  readonly si: number;
  readonly ti: number;
  readonly sex: Sex;
  readonly kind: Case;
  readonly quote: number;
  readonly speakers: ReadonlySet<Person>;
  /** People named after the pronoun in its clause (`he cooperated with Moxon`): someone else. */
  readonly others: ReadonlySet<Person>;
  /** `she said`: the pronoun names a speaker. */
  readonly cue: boolean;
}

/** How many words on a clause is read for names: few run longer, and a run-on sentence costs no more. */
const CLAUSE_REACH = 40;

/**
 * The people named after a subject or object pronoun before its clause ends at a comma or a word that opens
 * another: a pronoun is not someone its own clause goes on to name (`he returned and cooperated with Moxon`).
 */
function namedLaterInClause(ctx: PronounContext, ti: number, endToken: number, named: readonly Named[], next: number): ReadonlySet<Person> {
  const first = named[next];
  if (first === undefined || first.start >= ctx.tokens[endToken - 1]!.end) return NO_ONE;
  let clauseEnd = ctx.tokens[Math.min(endToken, ti + CLAUSE_REACH) - 1]!.end;
  for (let t = ti + 1; t < endToken && t < ti + CLAUSE_REACH; t++) {
    const word = ctx.tokens[t]!.text;
    if (word === "," || CLAUSE_OPENERS.has(word.toLowerCase())) {
      clauseEnd = ctx.tokens[t]!.start;
      break;
    }
  }
  const others = new Set<Person>();
  for (let k = next; k < named.length && named[k]!.start < clauseEnd; k++) others.add(named[k]!.entity);
  return others.size === 0 ? NO_ONE : others;
}

/** Prepositions whose object goes with, or is set against, the subject of the clause they open: `With Hale, he`, `Unlike Hale, he`. */
const COMPANION_PREPOSITIONS: ReadonlySet<string> = new Set(["with", "alongside", "unlike", "like", "against", "beside", "besides", "along", "together"]);
/** Prepositions before an `-ing` form whose subject is the main clause's: `After meeting Hale, he`, `On hearing Hale, she`. */
const BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(["after", "before", "on", "while", "without"]);
/** `-ing` words that open a phrase whose subject need not be the main clause's: `During Hale's trial, he`, `According to Hale, he`. */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(["during", "according", "following"]);

/**
 * The people named in the phrase that opens the subject pronoun's sentence and ends at the comma before it, when the
 * phrase is the pronoun's own companion or act: `With colleagues Ana Ruiz and Tom Hale, he published`, `After beating
 * Hale, she`, `Unlike Hale, he`. The pronoun is not one of them; a clause of its own may name its subject
 * (`After Hale left, he`).
 */
function companionsBefore(ctx: PronounContext, seen: readonly Referent[], firstToken: number, si: number, ti: number): ReadonlySet<Person> {
  if (ti - 2 < firstToken || ctx.tokens[ti - 1]!.text !== ",") return NO_ONE;
  let open = ti - 2;
  while (open > firstToken && ctx.tokens[open - 1]!.text !== ",") open--;
  const word = ctx.tokens[open]!.text.toLowerCase();
  const participle = (w: string) => w.length > 4 && w.endsWith("ing") && !NOT_PARTICIPLES.has(w);
  if (!COMPANION_PREPOSITIONS.has(word) && !participle(word) && !(BEFORE_PARTICIPLE.has(word) && participle(ctx.tokens[open + 1]?.text ?? ""))) return NO_ONE;
  const from = ctx.tokens[open]!.start;
  const people = new Set<Person>();
  for (let k = seen.length - 1; k >= 0 && seen[k]!.sentence === si && seen[k]!.start >= from; k--) people.add(seen[k]!.entity);
  return people.size === 0 ? NO_ONE : people;
}

/** The people ruled out for a pronoun: those its clause names later, and those its leading phrase keeps company with. */
function withCompanions(others: ReadonlySet<Person>, companions: ReadonlySet<Person>): ReadonlySet<Person> {
  return companions.size === 0 ? others : others.size === 0 ? companions : new Set([...others, ...companions]);
}

/** How far apart, at most, a quotation and the next one that carries it on stand: `“…,” Reed said. “…”`. */
const CUE_BETWEEN = 60;

/**
 * Each quotation's first one in its chain: a quotation carries on the one before it when only a short cue on
 * the same line stands between them (`“Jannik played better,” Alcaraz said. “He deserves it.”`), so the names
 * of either are antecedents in both.
 */
function quoteChains(text: string, quotes: readonly Span[]): Int32Array {
  const chain = new Int32Array(quotes.length);
  for (let k = 0; k < quotes.length; k++) {
    const gap = k > 0 ? quotes[k]!.start - quotes[k - 1]!.end : Infinity;
    chain[k] = gap <= CUE_BETWEEN && !/[\r\n]/.test(text.slice(quotes[k - 1]!.end, quotes[k]!.start)) ? chain[k - 1]! : k;
  }
  return chain;
}

/**
 * Whether a referent can be a pronoun's: a name inside a quotation only for the pronouns of that quotation's
 * chain, and a pronoun inside one not for a speech verb's (`“She took hers,” she said`).
 */
const visibleTo = (r: Referent, quote: number, cue = false): boolean => (r.quote < 0 || r.quote === quote) && !(cue && r.quoted);

/** How many sentences either side of a quotation its speaker is looked for: this also bounds the work in a long paragraph. */
const SPEAKER_REACH = 3;

/**
 * Who may be speaking a quotation: whoever a speech verb has as subject in its paragraph, before or after it
 * (`“…,” said Tanabe`), and the subject of its own sentence before it (`Vole was blunt: “She…”`). When no
 * speech verb in the paragraph names anyone (`“…,” he said`, or none at all), the last sentence's subject too.
 */
function speakersOf(ctx: PronounContext, named: readonly Named[], seen: readonly Referent[], quote: Span, paragraphOf: Int32Array): ReadonlySet<Person> {
  const qs = Math.max(0, lastAtMost(ctx.sentences, quote.start, (s) => s.start));
  let first = qs;
  while (first > 0 && qs - first < SPEAKER_REACH && paragraphOf[first - 1] === paragraphOf[qs]) first--;
  let last = qs;
  while (last + 1 < ctx.sentences.length && last - qs < SPEAKER_REACH && paragraphOf[last + 1] === paragraphOf[qs]) last++;
  const speakers = new Set<Person>();
  const from = lastAtMost(named, ctx.sentences[first]!.start - 1, (n) => n.start) + 1;
  for (let k = from; k < named.length && named[k]!.start < ctx.sentences[last]!.end; k++) if (besideSpeechVerb(ctx, named[k]!)) speakers.add(named[k]!.entity);
  const namedBySpeechVerb = speakers.size > 0;
  for (let k = seen.length - 1; k >= 0 && seen[k]!.sentence >= qs - 1; k--) {
    const r = seen[k]!;
    if (r.quote >= 0 || !r.subject || r.start >= quote.start) continue;
    if (r.sentence === qs || !namedBySpeechVerb) speakers.add(r.entity);
  }
  return speakers;
}

/** A name inside a quotation opens a clause where it opens the quoted words or their sentence. */
function opensClause(ctx: PronounContext, start: number, sentenceStart: number): boolean {
  let at = start;
  while (at > sentenceStart && ctx.text.charCodeAt(at - 1) === 32) at--;
  return at === sentenceStart || OPENING_MARKS.has(ctx.text[at - 1]!);
}
const OPENING_MARKS: ReadonlySet<string> = new Set(["“", '"', "‘", "'"]);

function antecedent(
  ctx: PronounContext,
  seen: readonly Referent[],
  sexOfEntity: (entity: Person) => Sex | undefined,
  leansToSex: (entity: Person) => boolean,
  { si, ti, sex, kind, quote, speakers, others, cue }: Reading,
  paragraphOf: Int32Array,
): { entity: Person; inReach: boolean } | undefined {
  const bound = kind === "object" ? clauseSubject(ctx, seen, si, ti, quote) : NO_SUBJECT;
  // (the same people are ruled out in reach and in falling back; only the test of sex differs)
  const ruledOut = (r: Referent) => bound.includes(r.entity) || !visibleTo(r, quote, cue) || speakers.has(r.entity) || others.has(r.entity);
  const stop = Math.max(0, seen.length - MENTION_REACH);
  const inReach = (fits: (entity: Person) => boolean): Person | undefined => {
    const scores = new Map<Person, number>();
    for (let k = seen.length - 1; k >= stop; k--) {
      const r = seen[k]!;
      const distance = si - r.sentence;
      if (distance >= REACH) break;
      // (of two or more people listed, `she` is one the article says is a woman, or cannot be told unless the others are men)
      if (ruledOut(r) || !fits(r.entity) || (sexOfEntity(r.entity) === undefined && r.listedWith?.some(fits) === true)) continue;
      // (a paragraph before the pronoun's halves it once more: a new paragraph turns to whoever it names)
      const weight = sexOfEntity(r.entity) === undefined ? UNKNOWN_SEX_WEIGHT : 1;
      const score = (weight * (NEAR + (r.subject ? SUBJECT : 0) + (r.possessor ? POSSESSOR : 0))) / 2 ** (distance + (paragraphOf[r.sentence] === paragraphOf[si] ? 0 : 1));
      if (score > (scores.get(r.entity) ?? -Infinity)) scores.set(r.entity, score);
    }
    let best: Person | undefined;
    let bestScore = -Infinity;
    for (const [entity, score] of scores) {
      if (score > bestScore) {
        best = entity;
        bestScore = score;
      }
    }
    return best;
  };
  const best = inReach((entity) => {
    const known = sexOfEntity(entity);
    return known === undefined || known === sex;
  });
  if (best !== undefined) return { entity: best, inReach: true };
  // out of reach, only someone the article says is of the pronoun's sex: anyone else is a guess across paragraphs
  for (let k = seen.length - 1; k >= stop; k--) {
    const r = seen[k]!;
    if (!ruledOut(r) && !("unnamed" in r.entity) && sexOfEntity(r.entity) === sex) return { entity: r.entity, inReach: false };
  }
  // with no one of its sex named at all, someone in reach whose given name only leans to the other
  // (`Bernstein analyst Stacy Reyes said ... he wrote`); not inside a quotation, whose `he` is often someone never named
  if (quote >= 0) return undefined;
  const leaning = inReach(leansToSex);
  return leaning === undefined ? undefined : { entity: leaning, inReach: true };
}

const NO_SUBJECT: readonly Person[] = [];
/** What a plea states after `pleaded`, no clause of its own: `pleaded guilty`, `pleaded not guilty`. */
const PLEAS: ReadonlySet<string> = new Set(["guilty", "not", "innocent"]);
/** Between two names of one subject: `Smith and Jones`, `Smith, Jones and Brown`. */
const COORDINATED = /^,?\s*(?:and\s+)?$/;
const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "yet"]);

/**
 * The subject of the object pronoun's own clause, with the names coordinated with it (`Sotomayor and Jackson
 * joined her`): the last subject named in its sentence, unless a clause opens between them (`Smith said that
 * Jones praised him`). A verb joined by `and` shares its subject
 * (`Smith thanked Jones and praised him`), and so does a verb after a relative clause closed by a comma
 * (`Smith, who had attacked Jones, called him`). A verb of speech opens a clause of its own, as `that` does
 * (`Smith said his back had bothered him`).
 */
function clauseSubject(ctx: PronounContext, seen: readonly Referent[], si: number, ti: number, quote: number): readonly Person[] {
  // (a place beside the subject may be its own: `Kyle had his whole life in front of him`, `She shut the door behind her`)
  if (isSpatialObject(ctx.tokens, ti)) return NO_SUBJECT;
  let k = seen.length - 1;
  while (k >= 0 && seen[k]!.sentence === si && !(seen[k]!.subject && visibleTo(seen[k]!, quote))) k--;
  const subject = seen[k];
  if (subject === undefined || subject.sentence !== si) return NO_SUBJECT;
  const people = [subject.entity];
  let end = subject.end;
  for (let j = k + 1; j < seen.length && seen[j]!.sentence === si && COORDINATED.test(ctx.text.slice(end, seen[j]!.start)); j++) {
    people.push(seen[j]!.entity);
    end = seen[j]!.end;
  }
  for (let t = tokenIndexAt(ctx.tokens, end); t < ti; t++) {
    const word = ctx.tokens[t]!.text.toLowerCase();
    if (word === "," && RELATIVE_PRONOUNS.has(ctx.tokens[t + 1]?.text.toLowerCase() ?? "")) {
      const close = nextComma(ctx.tokens, t + 2, ti);
      if (close < 0) return NO_SUBJECT;
      t = close;
    } else if (CLAUSE_OPENERS.has(word)) return NO_SUBJECT;
    // (`Smith took it broadly, and the strings gave him everything`: a clause joined after a comma, with a subject of its own)
    else if (word === "," && COORDINATORS.has(ctx.tokens[t + 1]?.text.toLowerCase() ?? "") && isDeterminer(ctx.tokens[t + 2]?.text ?? "")) return NO_SUBJECT;
    // (`Smith said his back had bothered him`: a verb of speech opens the clause it reports, unless the pronoun is its object,
    // alone or after a preposition, `Lusk testified against him`, or it states a plea, `Lusk pleaded guilty and testified`)
    else if (
      t < ti - 1 &&
      ctx.tokens[t]!.kind === "word" &&
      isSpeechVerb(word) &&
      !(t === ti - 2 && PREPOSITIONS.has(ctx.tokens[ti - 1]!.text.toLowerCase())) &&
      !PLEAS.has(ctx.tokens[t + 1]?.text.toLowerCase() ?? "")
    )
      return NO_SUBJECT;
  }
  return people;
}

/** Prepositions of where, after which an object pronoun may stand for its clause's subject. */
const SPATIAL: ReadonlySet<string> = new Set(["behind", "beside", "around", "near", "beneath", "underneath", "alongside", "ahead", "front"]);

/** The pronoun at `ti` follows a preposition of where: `behind him`, `in front of her`, `ahead of him`. */
function isSpatialObject(tokens: readonly Token[], ti: number): boolean {
  const before = tokens[ti - 1]?.text.toLowerCase() ?? "";
  return SPATIAL.has(before) || (before === "of" && SPATIAL.has(tokens[ti - 2]?.text.toLowerCase() ?? ""));
}

/** The person named right before the `, who` at token `ti`, in sentence `si`: `beat Mia Lund, who`. */
function namedBeforeWho(ctx: PronounContext, seen: readonly Referent[], si: number, ti: number): Entity | undefined {
  const before = seen.at(-1);
  if (ctx.tokens[ti - 1]?.text !== "," || before === undefined || before.sentence !== si || before.end !== ctx.tokens[ti - 2]?.end) return undefined;
  return "unnamed" in before.entity ? undefined : before.entity;
}

/** Where the clause from token `from` ends: at its first comma, or at `to`. */
function clauseEnd(tokens: readonly Token[], from: number, to: number): number {
  const comma = nextComma(tokens, from, to);
  return comma < 0 ? to : comma;
}

/** The first comma in `[from, to)`, or -1. */
function nextComma(tokens: readonly Token[], from: number, to: number): number {
  for (let t = from; t < to; t++) if (tokens[t]!.text === ",") return t;
  return -1;
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/** `her` is an object at a clause's end or before a preposition or determiner (`told her that`), else a possessive (`her lawyer`). */
function isObjectHer(tokens: readonly Token[], ti: number): boolean {
  const after = tokens[ti + 1];
  // (a year dates what is hers: `her 2012 debut album`, where `paid her 500 euros` is an object)
  if (after !== undefined && YEAR.test(after.text)) return false;
  if (after === undefined || after.kind !== "word") return true;
  const word = after.text.toLowerCase();
  // `told her last week` is an object, `her last paper` a possessive: a time must follow
  if (word === "last" || word === "next") return TIME_NOUNS.has((tokens[ti + 2]?.text ?? "").toLowerCase()) || isCalendarName(tokens[ti + 2]?.text ?? "");
  return AFTER_OBJECT.has(word);
}

/** Sentence `si` goes on the paragraph of the sentence before it: no line break stands between them. */
export function continuesParagraph(ctx: PronounContext, si: number): boolean {
  const previous = ctx.sentences[si - 1];
  return previous !== undefined && !ctx.text.slice(previous.end, ctx.sentences[si]!.start).includes("\n");
}

/** Whether the mention stands where a clause's subject does: not after a preposition. */
export function isSubjectPosition(ctx: PronounContext, r: Span): boolean {
  const before = ctx.tokens[tokenBeforeName(ctx, tokenIndexAt(ctx.tokens, r.start))];
  return before === undefined || !BEFORE_OBJECT.has(before.text.toLowerCase());
}

/** The index of the token before the name that starts at token `first`, past its article (`near the Giza pyramids`, `in a Norfolk farmhouse`). */
export function tokenBeforeName(ctx: PronounContext, first: number): number {
  return ARTICLE.has(ctx.tokens[first - 1]?.text.toLowerCase() ?? "") ? first - 2 : first - 1;
}

/** `NEW YORK (AP) —`, `SEATTLE (Reuters) —`: a name in brackets credits an agency; the story is not about it. */
export function creditedInBrackets(ctx: PronounContext, start: number): boolean {
  return ctx.text[start - 1] === "(";
}

/**
 * `Smith said`, `said Smith`, `Smith, the group's lawyer, told`: a speaker, the subject of a speech verb (not who
 * one speaks to: `told Jones`, `urged Jones`).
 */
export function besideSpeechVerb(ctx: PronounContext, r: Span): boolean {
  const first = tokenIndexAt(ctx.tokens, r.start);
  const before = ctx.tokens[first - 1];
  const at = tokenIndexAt(ctx.tokens, r.end);
  const after = ctx.tokens[at];
  // (a verb after the name makes it the subject of what was said: `Analysts said Harlow would try`)
  if (before !== undefined && before.kind === "word" && isSpeechVerb(before.text) && !ADDRESSING_VERBS.has(before.text)) return !AUXILIARIES.has(after?.text ?? "");
  if (spokenAfterRole(ctx.tokens, first)) return true;
  if (after?.text === ",") return isSpeechVerb(wordAfterAppositive(ctx.tokens, at));
  return after !== undefined && after.kind === "word" && isSpeechVerb(after.text);
}

/** How many words a role may run between a speech verb and the name after it. */
const ROLE_REACH = 4;

/**
 * `said the saxophonist Delphine Marchand`, `said Norvex chief executive Ana Ruiz`: a speech verb, then a role's few
 * words, before the name's first token at `first`.
 */
function spokenAfterRole(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - ROLE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (k < first - 1 && isSpeechVerb(t.text)) return true;
  }
  return false;
}

/** How many tokens an appositive (`, a Lagos-based payments company,`) may run between its commas. */
const APPOSITIVE_REACH = 12;

/** The word after an appositive or an age that opens with the comma at `comma` (`, the group's lawyer,`, `, 62,`); empty when none does. */
function wordAfterAppositive(tokens: readonly Token[], comma: number): string {
  const first = tokens[comma + 1];
  if (first === undefined || !(/^(?:a|an|the)$/i.test(first.text) || first.kind === "number")) return "";
  for (let k = comma + 2; k < tokens.length && k <= comma + APPOSITIVE_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ",") return tokens[k + 1]?.kind === "word" ? tokens[k + 1]!.text : "";
    if (t.kind === "punct") return "";
  }
  return "";
}

/** Verbs that open a clause's predicate after its subject, `do` too (`said Harlow did not`). */
const AUXILIARIES: ReadonlySet<string> = new Set([...SUBJECT_AUXILIARIES, "did", "does", "do"]);

/** Speech verbs whose object is who is spoken to, never a speaker put after the verb. */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set(["told", "tells", "tell", "urged", "urges", "accused", "accuses", "blasted", "blasts"]);

/** `h`, `s`, `H` or `S`: a cheap test that spares most words the lookup. */
function startsLikePronoun(c: number): boolean {
  return (c | 32) === 104 || (c | 32) === 115;
}

export function isPossessor(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 39 || c === 0x2019) && (text.charCodeAt(end + 1) | 32) === 115;
}
