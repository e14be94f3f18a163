import type { Entity, EntityMention } from "../entities/types.js";
import type { Span } from "../text/positions.js";
import { closesAbbreviation, type Sentence } from "../text/sentences.js";
import { DEMONYMS, OFFICER_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, isEnglishWord } from "../entities/lexicon.js";
import { JUDGEMENT_VERBS, isSpeechVerb } from "../text/speech-verbs.js";
import { isPartyTag } from "../text/abbreviations.js";
import { BE_FORMS, isPresentParticiple } from "../text/participle.js";
import { isSimplePast } from "../text/past-tense.js";
import { insideAny, lastAtMost } from "../text/search.js";
import { tokenIndexAt, type Token } from "../text/tokenize.js";
import { isPersonalPronoun } from "../entities/pronouns.js";
import { isPersonNounOrPlural, isUnnamedPerson, unnamedPersonAt, unnamedPhraseEnd } from "../entities/unnamed-people.js";
import { sexOfTitles } from "../entities/sex.js";
import { isOwnWords } from "./partial.js";
import type { QuoteSpan } from "./scan.js";
import { isSpace, startsUpper } from "../text/chars.js";
import { isSentenceOpener } from "../text/stopwords.js";
import { PREPOSITIONS } from "../text/prepositions.js";
import { SUBJECT_AUXILIARIES, isDeterminer } from "../entities/roles.js";
import { isAgeAdjective } from "../entities/name-tokens.js";
import { FAMILY_NOUNS } from "../entities/class-nouns.js";

/** How a quote's speaker was found (`label`: the speaker's label before a transcript's answer; `question`: the interview's question the answer is under). */
export type AttributionKind = "cue-after" | "cue-before" | "according-to" | "continuation" | "echo" | "label" | "question" | "none";

export interface Attribution {
  /** Entity ids of the speakers (two for `McCain and Graham`); empty when anonymous or unattributed. */
  readonly speakers: readonly string[];
  /** For anonymous sourcing, the source as written (`the sources`, `this official`). */
  readonly anonymous?: string;
  /** The attribution words as written (`White House spokesman Dana Whitfield said`). */
  readonly cue?: Span;
  readonly kind: AttributionKind;
}

const PARTICIPLES = new Set(["saying", "adding", "telling", "noting", "insisting", "warning", "arguing", "stressing", "explaining", "calling", "called", "describing", "described", "writing", "wrote", "declaring", "claiming", "asking", "urging", "dubbing", "dubbed", "branding", "branded", "labelling", "labeling", "terming", "termed",
  // verbs of judging: `blamed the “reckless” policy`, `hailed the deal as “historic”`: the words are the judge's
  "blamed", "blaming", "criticised", "criticized", "criticising", "criticizing", "accused", "accusing", "condemned", "condemning", "denounced", "denouncing", "hailed", "hailing", "praised", "praising", "dismissed", "dismissing", "slammed", "slamming",
  "lauded", "lauding", "decried", "decrying", "welcomed", "welcoming",
  // and the present a profile or a review tells in: `calls her “the best-prepared”`, `blames the “reckless” policy`
  "calls", "describes", "dubs", "brands", "labels", "terms", "blames", "criticises", "criticizes", "condemns", "denounces", "hails", "praises", "dismisses", "slams", "lauds", "decries", "welcomes",
  // and of thanking and pleading: `thanked Qatar for its “decisive help”`, `appealed to the government to “not forget me”`
  "thanked", "thanking", "appealed", "appealing", "pleaded", "pleading", "begged", "begging", "implored", "imploring"]);
const SKIPPABLE = new Set(["also", "later", "then", "previously", "recently", "once", "again", "has", "have", "had", "would", "wouldn’t", "wouldn't", "did", "didn’t", "didn't", "not", "reportedly", "publicly", "privately", "repeatedly", "initially", "earlier", "further", "had", "was", "is", "were", "are", "will", "just", "firmly", "flatly", "bluntly", "simply"]);
const CUE_WINDOW = 80;
/** A person's age as a word before a noun: `35-year-old`. */
const AGE = "\\d{1,3}-year-old";
/** `the Italian`, `the 35-year-old`, `the 35-year-old Spaniard`, `the New Zealander`: one person, by nationality or age, standing for the one a sentence before is about. */
const ONE_BY_ORIGIN_OR_AGE = new RegExp(`^[Tt]he (?:(?<age>${AGE})(?: (?<agedOrigin>\\p{Lu}\\p{Ll}+))?|(?<origin>(?:\\p{Lu}\\p{Ll}+ )?\\p{Lu}\\p{Ll}+))$`, "u");

/**
 * The phrase names one person by a nationality noun or an age; `the French` or `the Swiss` are a people, not one of them.
 * A town's or a state's resident counts too when the phrase names nothing else (`the Glaswegian`, `the Texan`, `the Londoner`;
 * not `the Guardian`, a paper's name, nor a role's noun so shaped, `the Minister`).
 */
function isOneByOriginOrAge(phrase: string, namesNothing: boolean): boolean {
  const m = ONE_BY_ORIGIN_OR_AGE.exec(phrase);
  if (m === null) return false;
  const origin = m.groups!.origin ?? m.groups!.agedOrigin;
  if (origin === undefined) return m.groups!.age !== undefined;
  if (DEMONYMS.has(origin)) return !/(?:sh|ch|ese|ss)$/.test(origin);
  return namesNothing && RESIDENT_NOUN.test(origin) && !ROLE_NOUNS.has(origin.toLowerCase());
}

/** How a noun for a place's resident ends: `Glaswegian`, `Texan`, `Muscovite`, `Londoner`, `Yorkshireman`. */
const RESIDENT_NOUN = /(?:an|ite|er|man)$/;
const ANONYMOUS = /\b(?:sources?|officials?|aides?|diplomats?|insiders?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|people familiar|person familiar|analysts?|observers?|witnesses?|residents?|critics?|experts?|someone|one of)\b/i;
/** `a spokesman for Goldman Sachs`, `analysts at Barclays`: someone speaking as the institution named next. */
const VOICE_OF = /\b(?:spokesm[ae]n|spokeswom[ae]n|spokespersons?|analysts?|representatives?)\s+(?:for|at|of|from|with)\s+(?:the\s+)?$/i;
/** `an NCSC spokesperson`, `a Pentagon spokeswoman`: the phrase's words after the institution it speaks for. */
const VOICE_AFTER = /^\s*(?:spokesm[ae]n|spokeswom[ae]n|spokespersons?|representatives?)[,.:;]*\s*$/i;
const COLLECTIVE = /^(?:the|this|that)\s+(group|organi[sz]ation|company|agency|ministry|department|council|committee|party|government|administration|movement|network|firm|newspaper|outlet|union|coalition|team|office)$/i;

/** What a cue finds when it names a speaker the article cannot tell: the quote is no one's known, not the speaker's before it. */
const UNKNOWN_SPEAKER: Attribution = { speakers: [], kind: "none" };

interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly { mention: EntityMention; entity: Entity }[];
  /** Mentions of people and of organizations outside quotes, in text order. */
  readonly people: readonly { mention: EntityMention; entity: Entity }[];
  readonly organizations: readonly { mention: EntityMention; entity: Entity }[];
  readonly quoteSpans: readonly Span[];
  /** Where each paragraph ends: attribution never crosses into the next paragraph. */
  readonly paragraphEnds: readonly number[];
}

type Speakers = Pick<Attribution, "speakers" | "anonymous">;

/** An attribution by a cue: built field by field, as an object spread of the two shapes of `Speakers` ran slowly here. */
function attributed(who: Speakers, kind: AttributionKind, cue: Span): Attribution {
  return who.anonymous === undefined ? { speakers: who.speakers, kind, cue } : { speakers: who.speakers, anonymous: who.anonymous, kind, cue };
}

function insideQuote(ctx: Context, offset: number): boolean {
  return insideAny(ctx.quoteSpans, offset);
}

function sentenceOf(ctx: Context, tokenIndex: number): Sentence | undefined {
  const s = ctx.sentences[lastAtMost(ctx.sentences, tokenIndex, (x) => x.firstToken)];
  return s !== undefined && tokenIndex < s.endToken ? s : undefined;
}

type Named = { mention: EntityMention; entity: Entity };

/** Entity mentions inside a span, outside quotes, in text order. */
function mentionsIn(ctx: Context, span: Span): Named[] {
  const out: Named[] = [];
  for (let i = lastAtMost(ctx.mentions, span.start - 1, (m) => m.mention.span.start) + 1; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.mention.span.start >= span.end) break;
    if (m.mention.span.end <= span.end && !insideQuote(ctx, m.mention.span.start)) out.push(m);
  }
  return out;
}

/**
 * The person a sentence before `offset` is about: the first named in the last sentence outside quotes that
 * names one (`Rafael Nadal beat Novak Djokovic. “I played well,” the Spaniard said` is Nadal's).
 */
function subjectPersonBefore(ctx: Context, offset: number): Entity | undefined {
  let at = lastAtMost(ctx.people, offset, (m) => m.mention.span.end);
  const last = ctx.people[at];
  if (last === undefined) return undefined;
  const sentence = sentenceOf(ctx, tokenIndexAt(ctx.tokens, last.mention.span.start));
  if (sentence === undefined) return last.entity;
  const start = ctx.tokens[sentence.firstToken]!.start;
  while (at > 0 && ctx.people[at - 1]!.mention.span.start >= start) at--;
  return ctx.people[at]!.entity;
}

/**
 * `the Atlético coach`, `the club's head coach`, `the 62-year-old farmer`: the role noun that ends a phrase of a
 * determiner and, before the noun, only names, possessives, an age and a role's words (not `the post by an unknown author`).
 */
function roleOf(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  // (a role may be capitalised as a title is: `the Minister said`)
  const role = words[words.length - 1]!.toLowerCase();
  if (words.length < 2 || words.length > 5 || !/^(?:the|its|their)$/.test(words[0]!) || !ROLE_NOUNS.has(role)) return undefined;
  for (const w of words.slice(1, -1)) if (!startsUpper(w) && !/['’]s$/u.test(w) && !ROLE_NOUNS.has(w) && !ROLE_MODIFIERS.has(w) && !isAgeAdjective(w)) return undefined;
  return role;
}

/**
 * An unnamed source as the article writes it, its first word in lower case when a sentence's start capitalised
 * an everyday word (`A Treasury source` → `a Treasury source`), not a name's (`US officials`, `Halden's chief executive`).
 */
function asSource(phrase: string): string {
  const space = phrase.indexOf(" ");
  const first = space < 0 ? phrase : phrase.slice(0, space);
  return /^\p{Lu}\p{Ll}*$/u.test(first) && isEnglishWord(first.toLowerCase()) ? first.toLowerCase() + phrase.slice(first.length) : phrase;
}

/** `an official with the ministry who asked not`: the source without the relative clause that tells more of them. */
function withoutRelative(phrase: string): string {
  const at = phrase.search(/\s(?:who|whose|which)\s/u);
  return at < 0 ? phrase : phrase.slice(0, at);
}

/**
 * `the agency's administrator`, `Halden's chief executive`: a role noun after an owner in the possessive, with
 * only a role's words between. Returns the role noun.
 */
function ownedRole(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  const role = words[words.length - 1]!;
  if (words.length < 2 || words.length > 6 || !ROLE_NOUNS.has(role)) return undefined;
  const owner = words.findIndex((w) => /['’]s$|s['’]$/u.test(w));
  if (owner < 0 || owner === words.length - 1) return undefined;
  return words.slice(owner + 1, -1).every((w) => ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w)) ? role : undefined;
}

/** The nearest person named before `offset` whom the article gives the role. */
function holderBefore(ctx: Context, offset: number, role: string): Entity | undefined {
  // (`the officer` calls back anyone of a police rank or force: `Deputy Commissioner of Police`, `Inspector`)
  const holds = role === "officer" ? (word: string) => OFFICER_WORDS.has(word) : (word: string) => word === role;
  for (let at = lastAtMost(ctx.people, offset, (m) => m.mention.span.end); at >= 0; at--) {
    const person = ctx.people[at]!.entity;
    if (person.roles.some((r) => r.toLowerCase().split(/\s+/).some(holds))) return person;
  }
  return undefined;
}

/**
 * `A store manager, who asked not to be named, said …` and later `the manager said`: the unnamed person the
 * article brought in by the role noun, as written then (`A store manager`), when no one named holds the role.
 */
function introducedBefore(ctx: Context, offset: number, role: string): string | undefined {
  const pattern = new RegExp(`\\b(?:[Aa]n?|[Oo]ne)(?:\\s+(?!(?:of|the|and|or|to|for|with|by|in|on|at|from|as)\\s)\\p{Ll}[\\p{Ll}-]*){0,3}\\s+${role}\\b`, "gu");
  let last: string | undefined;
  for (let m = pattern.exec(ctx.text); m !== null && m.index < offset; m = pattern.exec(ctx.text)) {
    if (!insideQuote(ctx, m.index)) last = m[0];
  }
  return last;
}

/** How many sentences before its own a `he` or `she` no name stands for may reach back to someone unnamed. */
const UNNAMED_REACH = 3;

/**
 * `One engineer, who asked not to be named, said … "We found out," she said.`: the someone unnamed whom a `he` or a
 * `she` the article gives no name for stands for: the last subject called by a noun for a person in the sentences up
 * to `offset`, when the noun says no other sex. The phrase as written.
 */
function unnamedBefore(ctx: Context, offset: number, pronoun: "he" | "she"): string | undefined {
  const ti = tokenIndexAt(ctx.tokens, offset);
  const sex = pronoun === "he" ? "male" : "female";
  const last = lastAtMost(ctx.sentences, ti, (x) => x.firstToken);
  for (let si = last; si >= Math.max(0, last - UNNAMED_REACH); si--) {
    const sentence = ctx.sentences[si]!;
    for (let k = Math.min(ti, sentence.endToken) - 1; k >= sentence.firstToken; k--) {
      const determiner = ctx.tokens[k]!;
      const noun = unnamedPersonAt(ctx.tokens, k, sentence.firstToken, sentence.endToken);
      if (noun < 0 || insideQuote(ctx, determiner.start)) continue;
      const nounSex = sexOfTitles([ctx.tokens[noun]!.text]);
      const end = ctx.tokens[unnamedPhraseEnd(ctx.tokens, noun, sentence.endToken)]!.end;
      return nounSex === undefined || nounSex === sex ? asSource(ctx.text.slice(determiner.start, end)) : undefined;
    }
  }
  return undefined;
}

/**
 * Nouns for a state's own bodies, which no other body the article names speaks for: `the government said` after `the
 * World Food Programme said` is no word of the programme's (a body the article calls so is: see `company-descriptions.ts`).
 */
const STATE_BODY_NOUNS: ReadonlySet<string> = new Set(["government", "administration", "ministry"]);

/** The nearest organization named before `offset`; `the group` after `the NRCI’s U.S. Representative Office` is the NRCI. */
function organizationBefore(ctx: Context, offset: number): Entity | undefined {
  const at = lastAtMost(ctx.organizations, offset, (m) => m.mention.span.end);
  const best = ctx.organizations[at];
  if (best === undefined) return undefined;
  const owner = ctx.organizations[at - 1];
  const possessive = owner !== undefined && /^['’]s\s+$/u.test(ctx.text.slice(owner.mention.span.end, best.mention.span.start));
  return (possessive ? owner : best).entity;
}

/**
 * What joins two speakers' names: a comma, or `and` or `&` with up to three lower-case words of the second's role, no
 * preposition, which would make the name someone the role is of (`and a lawyer for Tom Hale`).
 */
const JOINS_SPEAKERS = /^\s*(?:,|(?:and|&)\s+(?:(?!(?:of|for|to|with|at|from|by|on|in)\s)\p{Ll}[\p{Ll}-]*\s+){0,3})\s*$/u;

/** Who a phrase such as `White House spokesman Dana Whitfield`, `she`, `the sources` or `the group` names. */
function resolvePhrase(ctx: Context, span: Span): Pick<Attribution, "speakers" | "anonymous"> | undefined {
  const phrase = ctx.text.slice(span.start, span.end).trim().replace(/[,.:;]+$/u, "");
  if (phrase.length === 0) return undefined;
  const found = mentionsIn(ctx, span);
  const persons = found.filter((m) => m.entity.type === "person" && !possessesName(ctx, m, found));
  const placed = persons.length > 0 ? placedBy(ctx, span, persons[0]!) : undefined;
  const gap = persons.length > 1 ? ctx.text.slice(persons[0]!.mention.span.end, persons[1]!.mention.span.start) : "";
  // `a source close to Tom Hale`: someone unnamed speaks (a spokesperson speaks for Hale)
  if (placed !== undefined && persons.length === 1 && endsPhrase(ctx, span, persons[0]!) && !VOICE_NOUN.test(placed)) return { speakers: [], anonymous: asSource(phrase) };
  // `the lawyer for Tom Hale, Ann Ruiz,`: the name in apposition is the one placed, and speaks
  if (placed !== undefined && persons.length === 2 && /^\s*,\s*$/u.test(gap)) return { speakers: [persons[1]!.entity.id] };
  // `Ann Ruiz, a friend of Tom Hale,`: the name the appositive describes speaks, not the one it names
  if (APPOSITIVE_OPENING.test(gap)) return { speakers: [persons[0]!.entity.id] };
  // `Mr Harmon's family`, `his lawyer`, `a Hale aide`: someone of the person's speaks, not the person
  if (persons.length > 0 && ofThePerson(ctx, span, persons[persons.length - 1]!)) return { speakers: [], anonymous: asSource(phrase) };
  if (persons.length > 0) {
    // `McCain and Graham`, `pop star Mara Velt and actor Kai Moss`: names joined by `and` speak together, a role before
    // the one after it too
    const last = persons[persons.length - 1]!;
    const joint = persons.filter((m) => m === last || JOINS_SPEAKERS.test(ctx.text.slice(m.mention.span.end, persons[persons.indexOf(m) + 1]?.mention.span.start ?? m.mention.span.end)));
    const ids = [...new Set((joint.length > 1 ? joint : [last]).map((m) => m.entity.id))];
    return { speakers: ids };
  }
  const lower = phrase.toLowerCase();
  // a pronoun the article resolves is a mention of its person, found above; one it cannot is a source unnamed
  if (isPersonalPronoun(lower)) return { speakers: [], anonymous: (lower === "he" || lower === "she" ? unnamedBefore(ctx, span.start, lower) : undefined) ?? lower };
  if (isOneByOriginOrAge(phrase, found.length === 0)) {
    const person = subjectPersonBefore(ctx, span.start);
    if (person) return { speakers: [person.id] };
  }
  const collective = COLLECTIVE.exec(phrase);
  if (collective !== null) {
    // (the business the article says `the company` calls back, when it says one: see `company-descriptions.ts`)
    const noun = collective[1]!.toLowerCase();
    const org = found.find((m) => m.mention.kind === "description")?.entity ?? (STATE_BODY_NOUNS.has(noun) ? undefined : organizationBefore(ctx, span.start));
    if (org) return { speakers: [org.id] };
  }
  const voice = found.find((m) => speaksFor(ctx, span, m));
  if (voice !== undefined) return { speakers: [voice.entity.id] };
  if ((ANONYMOUS.test(phrase) || isUnnamedPerson(phrase) || nameWithheld(ctx, span)) && found.every((m) => m.entity.type !== "person")) return { speakers: [], anonymous: asSource(withoutRelative(phrase)) };
  if (found.length === 0 && (arePeople(phrase) || ofTheWriter(phrase))) return { speakers: [], anonymous: asSource(phrase) };
  // `the Atlético coach`: a role in a body names the person holding it, someone the article has named
  const role = roleOf(phrase);
  if (role !== undefined) {
    const person = holderBefore(ctx, span.start, role);
    if (person) return { speakers: [person.id] };
    const introduced = introducedBefore(ctx, span.start, role);
    if (introduced !== undefined) return { speakers: [], anonymous: asSource(introduced) };
    const subject = subjectPersonBefore(ctx, span.start);
    if (subject) return { speakers: [subject.id] };
  }
  // `the agency's administrator`, `Halden's chief executive`: someone of a body, by their role, whom the article
  // has not named; the body does not speak itself
  const owned = ownedRole(phrase);
  if (owned !== undefined) {
    const person = holderBefore(ctx, span.start, owned);
    return person ? { speakers: [person.id] } : { speakers: [], anonymous: asSource(phrase) };
  }
  const orgs = found.filter((m) => m.entity.type === "organization" || m.entity.type === "group" || m.entity.type === "place");
  if (orgs.length > 0) return { speakers: [orgs[orgs.length - 1]!.entity.id] };
  if (/^(?:they|we)$/.test(lower)) return { speakers: [], anonymous: lower };
  // `the council said`, `Police said`: a body or people the article calls by a common noun alone speak unnamed; no one
  // quoted before them does
  if (found.length === 0 && isUnnamedBody(phrase)) return { speakers: [], anonymous: asSource(phrase) };
  return undefined;
}

/** Bodies a bare noun names as they speak: `Police said`, `Authorities said`. */
const BARE_BODIES: ReadonlySet<string> = new Set(["police", "authorities"]);

/** `the council`, `a lobby group`, `Police`: a body or people called by a common noun alone, not by a role (`The mayor` is someone named elsewhere). */
function isUnnamedBody(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return BARE_BODIES.has(lower) || (isUnnamedSubject(phrase) && !ROLE_NOUNS.has(lower.slice(lower.lastIndexOf(" ") + 1)));
}

/** The clause of someone whose name the article keeps back: `, who asked not to be named`, `, who spoke on condition of anonymity`. */
const NAME_WITHHELD = /^\s*,\s*who\s+(?:(?:asked|requested|declined|did\s+not\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)\b/u;
/** `The owners, who asked not to be named, said`: someone called by a noun alone, whose name the article says it keeps back. */
function nameWithheld(ctx: Context, span: Span): boolean {
  return NAME_WITHHELD.test(ctx.text.slice(span.end, span.end + 80));
}

/** Nouns for a few people together, who speak as one in a statement: `the couple said`, `his family said`. */
const PEOPLE_TOGETHER: ReadonlySet<string> = new Set(["couple", "pair", "family", "duo", "trio"]);

/** `Inspectors`, `the local teachers`, `the couple`: people called by a plural noun or a noun for a few together. */
function arePeople(phrase: string): boolean {
  const noun = phrase.replace(/[,.:;]+$/u, "").split(/\s+/u).at(-1)!.toLowerCase();
  return (noun.endsWith("s") && isPersonNounOrPlural(noun)) || PEOPLE_TOGETHER.has(noun);
}

/** `my successor`, `our neighbours`: someone of the writer's, whom the writer names no more than that. */
function ofTheWriter(phrase: string): boolean {
  const m = /^(?:[Mm]y|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)$/u.exec(phrase);
  return m !== null && isPersonNounOrPlural(m[1]!);
}

/** A comma and the determiner that open an appositive: `, a friend of`, `, the wife of`. */
const APPOSITIVE_OPENING = /^\s*,\s*(?:an?|the|one|his|her|their)\s/u;

/** Someone unnamed and the words that place them by a person's name next: `A source close to`, `the wife of`, `a friend of the`. */
const PLACED_BEFORE_NAME = /^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]wo|[Ss]everal|[Ss]ome)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:close to|familiar with|near|of|to|for|with)\s+(?:the\s+)?$/u;
const VOICE_NOUN = /^(?:spokes(?:m[ae]n|wom[ae]n|persons?|people)|representatives?)$/;

/**
 * `a source close to Ana Ruiz`, `the wife of Tom Hale`: the phrase opens with someone the article does not name,
 * placed by the person `m`; returns the noun for that someone (`source`, `wife`).
 */
function placedBy(ctx: Context, span: Span, m: Named): string | undefined {
  const noun = PLACED_BEFORE_NAME.exec(ctx.text.slice(span.start, m.mention.span.start).trimStart())?.[1];
  return noun !== undefined && (isPersonNounOrPlural(noun) || ANONYMOUS.test(noun)) ? noun : undefined;
}

/** The person's mention `m` is the phrase's last words, past which stand only the marks `resolvePhrase` trims. */
function endsPhrase(ctx: Context, span: Span, m: Named): boolean {
  return /^[,.:;]*\s*$/u.test(ctx.text.slice(m.mention.span.end, span.end));
}

/**
 * `Mr Harmon's family`, `his defence lawyer`, `a Hale aide`: the person `m`, in the possessive or as a modifier, then
 * words with no comma that end in a noun for someone or for a family, end the phrase; not a spokesperson, who speaks for the person.
 */
function ofThePerson(ctx: Context, span: Span, m: Named): boolean {
  const tail = ctx.text.slice(m.mention.span.end, span.end).replace(/^['’]s?/u, "").replace(/[,.:;]+\s*$/u, "").trim();
  const noun = tail.slice(tail.lastIndexOf(" ") + 1);
  // (`Ana Ruiz, the firm's chief executive`: an appositive after a comma says who the person is)
  if (tail.includes(",")) return false;
  // (`his department`, `Mr Ode's office`: a body the person runs speaks in its own name)
  return ((isPersonNounOrPlural(noun) || FAMILY_NOUNS.has(noun)) && !VOICE_NOUN.test(noun)) || (PERSONS_BODIES.has(noun) && isPossessive(ctx, m));
}

/** Bodies a person runs or belongs to, which speak in their own name: `his department said`, `her campaign said`. */
const PERSONS_BODIES: ReadonlySet<string> = new Set(["office", "department", "ministry", "campaign", "government", "administration"]);

/** The phrase at `span` is someone speaking as the body `m` names: `a spokesman for Acme`, `an Acme spokesperson`. */
function speaksFor(ctx: Context, span: Span, m: Named): boolean {
  if (m.entity.type !== "organization") return false;
  const before = ctx.text.slice(span.start, m.mention.span.start);
  return VOICE_OF.test(before) || (/^\s*(?:(?:a|an|the)\s+)?$/i.test(before) && VOICE_AFTER.test(ctx.text.slice(m.mention.span.end, span.end)));
}

const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/i;

/** `Ann Cole's`, `James'`, `his`: the name, or the pronoun, in the possessive. */
function isPossessive(ctx: Context, m: Named): boolean {
  if (POSSESSIVE_PRONOUN.test(m.mention.text)) return true;
  const after = ctx.text.slice(m.mention.span.end, m.mention.span.end + 3);
  return /^['’]s\s/u.test(after) || (m.mention.text.endsWith("s") && /^['’]\s/u.test(after));
}

/** `Lungu's Patriotic Front`: a name in the possessive before another name is its owner, not the one who speaks. */
function possessesName(ctx: Context, m: Named, found: readonly Named[]): boolean {
  if (!isPossessive(ctx, m)) return false;
  const next = found[found.indexOf(m) + 1];
  return next !== undefined && next.mention.span.start <= m.mention.span.end + 3;
}

/** The subject right before a verb: a name, a pronoun or an anonymous noun phrase, skipping auxiliaries and adverbs. */
function subjectBefore(ctx: Context, verbIndex: number, floor: number): Span | undefined {
  let end = verbIndex - 1;
  while (end >= floor && SKIPPABLE.has(ctx.tokens[end]!.text.toLowerCase())) end--;
  // `the Patriotic Front (PF) said`: the name's acronym in brackets closes the subject
  if (end - 2 >= floor && ctx.tokens[end]!.text === ")" && ctx.tokens[end - 2]!.text === "(") end -= 3;
  if (end < floor) return undefined;
  const last = ctx.tokens[end]!;
  if (last.kind !== "word" || insideQuote(ctx, last.start)) return undefined;
  // `X thanked residents and said`: the verb shares the clause's subject, which the words before `and` are not
  // (nor is a relative pronoun a subject by itself: see subjectOfRelative)
  if (COORDINATORS.has(last.text) || RELATIVE_SUBJECTS.has(last.text)) return undefined;
  let start = end;
  // extend left over the noun phrase: words, possessives and titles, not across punctuation or clause words
  while (start - 1 >= floor) {
    const t = ctx.tokens[start - 1]!;
    // (a plural's possessive mark stays in the phrase: `the Skaters' Guild`)
    if (t.kind !== "word" && t.text !== "." && t.text !== "-" && !isPluralPossessive(ctx, start - 1)) break;
    if (insideQuote(ctx, t.start) || /^(?:that|which|who|what|when|where|while|but|because|as|if|saying)$/i.test(t.text)) break;
    if (t.text === "." && !startsUpper(ctx.tokens[start - 2]?.text ?? "")) break;
    start--;
    if (end - start > 10) break;
  }
  // (`Inspectors who visited the Halvik Academy said`: a relative clause no comma sets off tells of the subject before its
  // `who`, which is who speaks)
  if (start - 1 > floor && ctx.tokens[start - 1]!.text === "who") return subjectBefore(ctx, start - 1, floor);
  // (`…, and a spokesperson said`: the conjunction joins the clause; it is no part of its subject, nor is an adverb that
  // opens the sentence: `Then the firm's lawyer said`)
  if (start < end && ctx.tokens[start]!.text === "and") start++;
  else if (start === floor) while (start < end && isSentenceOpener(ctx.tokens[start]!.text)) start++;
  if (ctx.tokens.slice(start, end).some((t) => t.text === "and")) start = listedPeopleBefore(ctx, start, floor);
  return { start: ctx.tokens[start]!.start, end: last.end };
}

/**
 * `Ivo Lusk, Ana Ruiz and Tom Hale said`: where the list of people that ends in the names joined by `and` from token
 * `start` opens, each name before them set off by a comma and opening the clause or following another comma.
 */
function listedPeopleBefore(ctx: Context, start: number, floor: number): number {
  let from = start;
  while (from - 2 >= floor && ctx.tokens[from - 1]!.text === ",") {
    const end = ctx.tokens[from - 2]!.end;
    const person = mentionsIn(ctx, { start: ctx.tokens[floor]!.start, end }).find((m) => m.entity.type === "person" && m.mention.span.end === end);
    const at = person === undefined ? -1 : tokenIndexAt(ctx.tokens, person.mention.span.start);
    if (at < floor || (at > floor && ctx.tokens[at - 1]!.text !== ",")) break;
    from = at;
  }
  return from;
}

/** The token at `index` is a possessive mark after a plural outside quotation marks: `the Skaters' Guild`, `NIE Networks' head`. */
function isPluralPossessive(ctx: Context, index: number): boolean {
  const mark = ctx.tokens[index];
  const plural = ctx.tokens[index - 1];
  return (mark?.text === "'" || mark?.text === "’") && plural !== undefined && plural.kind === "word" && plural.text.endsWith("s") && !insideQuote(ctx, plural.start);
}

/** `Ashby's mother, Linda Ashby, told`: the name in the appositive right before the verb speaks. */
function appositiveBefore(ctx: Context, verbIndex: number, floor: number): Span | undefined {
  if (verbIndex - 1 < floor || ctx.tokens[verbIndex - 1]!.text !== ",") return undefined;
  const phrase = subjectBefore(ctx, verbIndex - 1, floor);
  const comma = phrase === undefined ? -1 : tokenIndexAt(ctx.tokens, phrase.start) - 1;
  if (phrase === undefined || ctx.tokens[comma]?.text !== ",") return undefined;
  // `the players' union, co-founded by Ana Ruiz, said`: a passive's agent describes the subject before it, as does a
  // participle's or a companion's phrase (`Judge Ann Cole, sitting with Ben Ode, said`, `Cole, alongside Ode, said`)
  if (isAgentPhrase(ctx, comma + 1) || opensAside(ctx.tokens[comma + 1]!.text)) return subjectBefore(ctx, comma, floor);
  // set off by commas on both sides and ending in a person's name, or in letters after it (`Flora Page KC`)
  let end = tokenIndexAt(ctx.tokens, phrase.end - 1);
  while (end > comma + 2 && POST_NOMINAL.test(ctx.tokens[end]!.text)) end--;
  const nameEnd = ctx.tokens[end]!.end;
  return mentionsIn(ctx, phrase).some((m) => m.entity.type === "person" && m.mention.span.end === nameEnd) ? phrase : undefined;
}

/** Letters after a person's name: honours, degrees and ranks (`KC`, `MP`, `OBE`, `PhD`). */
const POST_NOMINAL = /^(?:[A-Z]{2,4}|PhD|DPhil|MSc|BSc|QPM)$/;

/** Words that open an aside about the subject before it rather than a name in apposition to it. */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(["with", "alongside", "along", "together", "flanked", "joined", "accompanied", "like", "unlike"]);

function opensAside(word: string): boolean {
  return ASIDE_OPENERS.has(word) || isPresentParticiple(word);
}

/** Past participles that do not end in `-ed`, as they open an agent phrase (`led by`, `run by`). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(["led", "run", "held", "built", "set", "won", "written", "chosen", "made", "taken", "begun", "known", "drawn", "overseen"]);

/** A participle (after at most one adverb: `once led by`) and `by` open the phrase at `first`. */
function isAgentPhrase(ctx: Context, first: number): boolean {
  for (let k = first; k <= first + 1; k++) {
    const word = ctx.tokens[k]?.text.toLowerCase() ?? "";
    if (ctx.tokens[k + 1]?.text === "by") return word.endsWith("ed") || IRREGULAR_PARTICIPLES.has(word.slice(word.lastIndexOf("-") + 1));
  }
  return false;
}

/** `Chuck Schumer, D-N.Y., said`, `Ana Ruiz, 34, said`: the subject before a party tag or an age set off by commas. */
function taggedSubjectBefore(ctx: Context, verbIndex: number, floor: number): Span | undefined {
  if (verbIndex - 1 < floor || ctx.tokens[verbIndex - 1]!.text !== ",") return undefined;
  // a tag is a few tokens at most: `D-N.Y.` may be cut at its periods
  let k = verbIndex - 2;
  while (k > floor && k > verbIndex - 8 && ctx.tokens[k]!.text !== ",") k--;
  if (k <= floor || ctx.tokens[k]!.text !== ",") return undefined;
  // (the tag's first token is enough: `D-N` of `D-N.Y.`, as the tokenizer cuts it)
  const first = ctx.tokens[k + 1]!.text;
  return isPartyTag(first) || (k + 2 === verbIndex - 1 && /^[1-9]\d?$/.test(first)) ? subjectBefore(ctx, k, floor) : undefined;
}

/** Relative pronouns that are their clause's subject. */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(["who", "which"]);

/**
 * `A Hamas official, who asked not to be named, said`: the subject before a `who` or `which` clause set off by commas;
 * or the one the verb's own `who` or `which` stands for (`her son Tom Reed, who wrote that …`).
 */
function subjectOfRelative(ctx: Context, verbIndex: number, floor: number): Span | undefined {
  let who = verbIndex - 1;
  while (who > floor && SKIPPABLE.has(ctx.tokens[who]!.text.toLowerCase())) who--;
  // (`Ana Ruiz, who said`, `Ofsted, which found that`: the relative's antecedent speaks)
  if (who - 1 > floor && RELATIVE_SUBJECTS.has(ctx.tokens[who]!.text) && ctx.tokens[who - 1]!.text === ",") return antecedentOf(ctx, who - 1, floor);
  if (verbIndex - 1 < floor || ctx.tokens[verbIndex - 1]!.text !== ",") return undefined;
  for (let k = verbIndex - 2; k > floor; k--) {
    const t = ctx.tokens[k]!;
    // (a list of names may run inside the clause: `, which represents firms including Halvik, Sarno and Tarvel, said`)
    if (t.text === "," && startsUpper(ctx.tokens[k + 1]!.text)) continue;
    // (a clause may hold a year or a count: `, whose son died in 2021, said`)
    if (t.kind === "punct" || insideQuote(ctx, t.start)) return undefined;
    if (t.text === "who" && ctx.tokens[k - 1]!.text === ",") return antecedentOf(ctx, k - 1, floor);
    // (`Ana Ruiz, 67, whose house flooded, said`; but in `the group, whose chair, Ben Ode, said` the verb is the clause's
    // own, and the name in apposition to its subject speaks)
    if (t.text === "whose" && ctx.tokens[k - 1]!.text === "," && !ctx.tokens.slice(k + 1, verbIndex - 1).some((u) => u.text === ",")) {
      return antecedentOf(ctx, k - 1, floor);
    }
    // (`The party, to which Yoon belonged, called`; `, which` may qualify a body inside an appositive, whose person
    // speaks: `Nancy Northup, president of the Center, which represents the clinic, said`)
    if (t.text === "which") {
      const comma = PREPOSITIONS.has(ctx.tokens[k - 1]!.text) ? k - 2 : k - 1;
      if (comma > floor && ctx.tokens[comma]!.text === ",") return antecedentOf(ctx, comma, floor);
    }
  }
  return undefined;
}

/**
 * Whom `, who` at `comma` is about: the words before it, or, when those are a role set off by commas that
 * names no person, the person's name before the role (`Ana Ruiz, director of the Acme Clinic, who …`).
 */
function antecedentOf(ctx: Context, comma: number, floor: number): Span | undefined {
  // (`Ana Ruiz, 67, whose house flooded, said`: the name before an age set off by commas)
  const phrase = subjectBefore(ctx, comma, floor) ?? taggedSubjectBefore(ctx, comma + 1, floor);
  if (phrase === undefined || mentionsIn(ctx, phrase).some((m) => m.entity.type === "person")) return phrase;
  const before = tokenIndexAt(ctx.tokens, phrase.start) - 1;
  if (ctx.tokens[before]?.text !== ",") return phrase;
  const name = subjectBefore(ctx, before, floor);
  return name !== undefined && mentionsIn(ctx, name).some((m) => m.entity.type === "person" && m.mention.span.end === name.end) ? name : phrase;
}

/** The words after a verb up to a comma or clause break (`said Gen. Lloyd Austin, the head of ...`). */
function objectAfter(ctx: Context, verbIndex: number, ceiling: number): Span | undefined {
  let end = verbIndex + 1;
  while (end < ceiling && (ctx.tokens[end]!.kind === "word" || (ctx.tokens[end]!.text === "." && startsUpper(ctx.tokens[end - 1]!.text)) || ownsWordAfter(ctx, end))) {
    if (/^(?:when|while|at|on|in|after|before|during|as|because|to|that)$/.test(ctx.tokens[end]!.text)) break;
    end++;
  }
  if (end === verbIndex + 1) return undefined;
  return { start: ctx.tokens[verbIndex + 1]!.start, end: ctx.tokens[end - 1]!.end };
}

/**
 * `said Ivo Lusk, Ana Ruiz and Tom Hale`: the object after the verb with the people listed after it, each after a comma,
 * up to the `and` that closes them; undefined when no such list follows.
 */
function listedPeopleAfter(ctx: Context, object: Span, ceiling: number): Span | undefined {
  let end = object.end;
  for (let comma = tokenIndexAt(ctx.tokens, end); ctx.tokens[comma]?.text === ","; comma = tokenIndexAt(ctx.tokens, end)) {
    const next = objectAfter(ctx, comma, ceiling);
    if (next === undefined) return undefined;
    const people = mentionsIn(ctx, next).filter((m) => m.entity.type === "person");
    const first = people[0];
    if (first === undefined) return undefined;
    // (the last item: `Ana Ruiz and Tom Hale`, two names joined by `and`)
    const second = people[1];
    if (second !== undefined && /^\s+and\s+$/u.test(ctx.text.slice(first.mention.span.end, second.mention.span.start))) return { start: object.start, end: second.mention.span.end };
    end = first.mention.span.end;
  }
  return undefined;
}

/** A plural's possessive mark glued to it and owning the word after it: `NIE Networks' head of operations`. */
function ownsWordAfter(ctx: Context, i: number): boolean {
  const mark = ctx.tokens[i]!;
  const next = ctx.tokens[i + 1];
  return isPluralPossessive(ctx, i) && ctx.tokens[i - 1]!.end === mark.start && next?.kind === "word" && next.start > mark.end;
}

/**
 * The person's name set off by a comma after `role`, the object of the verb at `verbIndex`, when the role names no
 * person but one whose someone it is (`his lawyer, Ann Ruiz`).
 */
function nameAfterRole(ctx: Context, role: Span, verbIndex: number, ceiling: number): Span | undefined {
  if (mentionsIn(ctx, role).some((m) => m.entity.type === "person" && !ofThePerson(ctx, role, m))) return undefined;
  let comma = verbIndex + 1;
  while (comma < ceiling && ctx.tokens[comma]!.end <= role.end) comma++;
  if (ctx.tokens[comma]?.text !== ",") return undefined;
  const name = objectAfter(ctx, comma, ceiling);
  if (name === undefined) return undefined;
  // (the sentence's period may close the words after the comma: `, Dr. Ana Ruiz.`)
  const end = ctx.text.charCodeAt(name.end - 1) === 46 ? name.end - 1 : name.end;
  return mentionsIn(ctx, name).some((m) => m.entity.type === "person" && m.mention.span.end === end) ? { start: name.start, end } : undefined;
}

/** Participles of seeing or getting hold of, after which `by` names who saw a source, not who wrote it: `records reviewed by the Courier`. */
const SEEN_BY: ReadonlySet<string> = new Set(["reviewed", "obtained", "seen", "viewed", "examined"]);

function accordingTo(ctx: Context, from: number, to: number): { index: number; span: Span } | undefined {
  for (let i = from; i + 1 < to; i++) {
    if (ctx.tokens[i]!.text.toLowerCase() === "according" && ctx.tokens[i + 1]!.text === "to" && !insideQuote(ctx, ctx.tokens[i]!.start)) {
      const seen = sourceSeenBy(ctx, i + 2, to);
      const obj = objectAfter(ctx, i + 1, seen ?? to);
      // (`according to the agency's head of operations, Ann Lee`: the name after the role is who spoke)
      if (obj) return { index: i, span: nameAfterRole(ctx, obj, i + 1, to) ?? obj };
    }
  }
  return undefined;
}

/** The participle's index in `records reviewed by the Courier`, the source's words ending before it, or undefined. */
function sourceSeenBy(ctx: Context, from: number, to: number): number | undefined {
  for (let k = from + 1; k + 1 < to && ctx.tokens[k]!.kind === "word"; k++) if (SEEN_BY.has(ctx.tokens[k]!.text) && ctx.tokens[k + 1]!.text === "by") return k;
  return undefined;
}

/** Past the spaces, commas and dashes that open `[from, to)`. */
function skipLeading(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (isSpace(text.charCodeAt(i)) || ",—–-".includes(text[i]!))) i++;
  return i;
}

const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "or"]);

/** Attribution after the quote: `,” Whitfield said`, `,” said Gen. Lloyd Austin`, `,” according to the group`. */
function cueAfter(ctx: Context, q: QuoteSpan): Attribution | undefined {
  const first = tokenIndexAt(ctx.tokens, q.outer.end);
  const sentence = sentenceOf(ctx, first) ?? sentenceOf(ctx, first - 1);
  const paragraphEnd = ctx.paragraphEnds[lastAtMost(ctx.paragraphEnds, q.outer.end - 1, (e) => e) + 1] ?? ctx.text.length;
  let ceiling = Math.min(ctx.tokens.length, sentence ? sentence.endToken : first + 15, first + 15);
  while (ceiling > first && ctx.tokens[ceiling - 1]!.start >= paragraphEnd) ceiling--;
  for (let i = first; i < ceiling; i++) {
    const t = ctx.tokens[i]!;
    if (insideQuote(ctx, t.start)) break;
    // (`called the deal “a plaster”, while the institute said`: a clause of its own opens, with a speaker of its own)
    if (CONTRASTS.test(t.text) && ctx.tokens[i - 1]?.text === ",") break;
    // (`accused him of “a tax raid”, a claim the party said was false`: words set off after the quote name it a claim,
    // and whoever speaks in them judges it)
    if (APPOSITION_MARKS.has(ctx.tokens[i - 1]?.text ?? "") && STATEMENT_NOUNS.has(ctx.tokens[i + 1]?.text ?? "")) return undefined;
    if (t.text === "according" && ctx.tokens[i + 1]?.text === "to") {
      // `Wang said China was ready “at the earliest time”, according to a statement`: the words are the
      // speaker's the sentence names before them; the statement only reports them
      const speaker = cueBefore(ctx, q);
      if (speaker?.kind === "cue-before") return speaker;
      const found = accordingTo(ctx, i, ceiling);
      const who = found && resolvePhrase(ctx, found.span);
      if (found && who) return attributed(who, "according-to", { start: t.start, end: found.span.end });
      return undefined;
    }
    if (t.kind === "word" && (isSpeechVerb(t.text) || tagsBrokenQuote(ctx, q, first, i))) {
      // `called the move “short-sighted” and said his party…`: the verb shares the sentence's subject, before the quote
      // (`marked “the end” in Portugal and demanded`: so does one after a coordinator, past other words)
      if (i > first && COORDINATORS.has(ctx.tokens[i - 1]!.text)) return undefined;
      const opens = reportingClauseStart(ctx, first, i);
      const subject = i > opens ? { start: ctx.tokens[opens]!.start, end: ctx.tokens[i - 1]!.end } : undefined;
      const from = subject && skipLeading(ctx.text, subject.start, subject.end);
      // (`called him “a fool” in remarks at the White House before the decision was announced`: words after a
      // preposition are no subject of the verb)
      if (subject && from !== undefined && from < subject.end && !LEADING_PREPOSITIONS.has(ctx.tokens[opens]!.text)) {
        const span = { start: from, end: subject.end };
        const who = resolvePhrase(ctx, span);
        if (who) return attributed(who, "cue-after", { start: span.start, end: t.end });
      }
      const object = objectAfter(ctx, i, ceiling);
      // `said Acme's head of quality, Dr. Ana Ruiz.`: the name in apposition to a role speaks, not the role's owner
      const named = object && (nameAfterRole(ctx, object, i, ceiling) ?? listedPeopleAfter(ctx, object, ceiling));
      const who = named ? resolvePhrase(ctx, named) : object && resolvePhrase(ctx, object);
      if (object && who) return attributed(who, "cue-after", { start: t.start, end: (named ?? object).end });
      // (`,” said the post by an unknown author`: the quote's own cue names someone the article cannot tell)
      return subject || object ? UNKNOWN_SPEAKER : undefined;
    }
    // (`,” Dr. Ana Ruiz said`, `,” J. Ana Ruiz said`, `,” E! News reported`: a title's or an initial's period,
    // or a brand's exclamation mark, ends no sentence)
    if (t.text === "?" || ((t.text === "." || t.text === "!") && !closesAbbreviation(ctx.tokens, i))) break;
  }
  return undefined;
}

/**
 * Verbs that say how words came out (`began`, `corrected`) but report speech only as a tag after a quote the speaker's
 * sentence breaks off with a comma: `“I am not aware,” he began, “of any loss.”` (`the trial began` says nothing).
 */
const TAG_VERBS: ReadonlySet<string> = new Set(["began", "begins", "corrected", "corrects", "interrupted", "interrupts", "snapped", "snaps", "ventured", "offered", "murmured", "muttered", "sighed", "laughed", "shrugged"]);

/** The word at `verb`, at most three words after the quote's end, is a tag verb and the quote ends with a comma. */
function tagsBrokenQuote(ctx: Context, q: QuoteSpan, first: number, verb: number): boolean {
  return verb - first <= 3 && TAG_VERBS.has(ctx.tokens[verb]!.text) && /,\s*$/.test(ctx.text.slice(q.content.start, q.content.end));
}

/**
 * Where the subject of the verb at `verb` may open, in the words from `first` after a quote: at `first`, or, when a
 * preposition opens them, after their last comma, where the clause that reports the sentence opens (`shared “tips” on
 * shares and IPOs, the officer said`).
 */
function reportingClauseStart(ctx: Context, first: number, verb: number): number {
  if (!LEADING_PREPOSITIONS.has(ctx.tokens[first]!.text)) return first;
  for (let k = verb - 1; k > first; k--) if (ctx.tokens[k]!.text === ",") return k + 1;
  return first;
}

/** A determiner and one to three lower-case words: `the app`, `a fake trading app`. */
const COMMON_NOUN_PHRASE = /^(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)(?:\s+\p{Ll}[\p{Ll}-]*){1,3}$/u;

/** Prepositions that open the words after a quote as an adverbial, not a subject: `“a fool” in remarks at`. */
const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "on", "during", "after", "before", "to", "for", "from", "with", "over", "about"]);

/** Words that open a clause of contrast after a comma, with a subject of its own. */
const CONTRASTS = /^(?:but|while|although|whereas)$/i;

/** Nouns that name what was said, which others may judge: `“a tax raid”, a charge the party denied`. */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(["claim", "charge", "accusation", "allegation", "assertion", "suggestion", "characterisation", "characterization", "description", "label"]);

/** The marks that set words in apposition off after a quote: a comma or a dash. */
const APPOSITION_MARKS: ReadonlySet<string> = new Set([",", "—", "–"]);

const CLAIM = /^claim(?:s|ed|ing)?$/;

/**
 * `she had claimed mileage for journeys that “could not be verified”`, `claimed victory in`: a claim of a bare noun that a
 * preposition or a stop follows asks for or takes something and says nothing (`claimed officials had lied` says what).
 */
function claimsThing(ctx: Context, verb: number): boolean {
  if (!CLAIM.test(ctx.tokens[verb]!.text.toLowerCase())) return false;
  const noun = ctx.tokens[verb + 1];
  const after = ctx.tokens[verb + 2]?.text ?? "";
  if (noun?.kind !== "word" || !/^\p{Ll}+$/u.test(noun.text) || !isEnglishWord(noun.text)) return false;
  if (noun.text === "that" || isPersonalPronoun(noun.text) || isDeterminer(noun.text) || PREPOSITIONS.has(noun.text)) return false;
  return PREPOSITIONS.has(after) || after === "," || after === ".";
}

/** Words that count a noun: `most claims`, `many reports`. */
const QUANTIFIERS: ReadonlySet<string> = new Set(["most", "all", "some", "many"]);

/**
 * `said the claims had been settled`, `said most claims were`: a speech verb's form after an article or a possessive, or its
 * plural after a word that counts (not its past: `they all said`), is a noun, no cue.
 */
function isSpeechNoun(ctx: Context, i: number, lower: string): boolean {
  const before = ctx.tokens[i - 1]?.text.toLowerCase() ?? "";
  return isDeterminer(before) || (lower.endsWith("s") && QUANTIFIERS.has(before));
}

/** A judgement verb at `i` before `that`, at once or past when it was given (`ruled on Tuesday that`, `found last year that`). */
function judgesThat(ctx: Context, i: number, lower: string): boolean {
  if (!JUDGEMENT_VERBS.has(lower)) return false;
  const next = ctx.tokens[i + 1]?.text;
  return next === "that" || (/^(?:on|in|last)$/.test(next ?? "") && ctx.tokens[i + 3]?.text === "that");
}

/** `paid tribute to "a true son of the north east"`: the tribute's words are the payer's. */
function paysTribute(ctx: Context, i: number, lower: string): boolean {
  return /^(?:pays?|paid|paying)$/.test(lower) && ctx.tokens[i + 1]?.text === "tribute";
}

/** Attribution before the quote in its sentence: `Varga said, according to the agency, “...”`, `but said: “...”`, `saying it’s “outrageous”`. */
function cueBefore(ctx: Context, q: QuoteSpan): Attribution | undefined {
  const quoteToken = tokenIndexAt(ctx.tokens, q.outer.start);
  const sentence = sentenceOf(ctx, quoteToken);
  if (sentence === undefined) return undefined;
  // the cue stands within a few dozen words of the quote; looking further only costs time
  const floor = Math.max(sentence.firstToken, quoteToken - CUE_WINDOW);
  for (let i = quoteToken - 1; i >= floor; i--) {
    const t = ctx.tokens[i]!;
    // a speech verb in an earlier clause (`Iran stressed ..., but ... Iran’s “illicit”`) does not reach a partial quote
    if (t.text === ";" || t.text === "--" || (CONTRASTS.test(t.text) && ctx.tokens[i - 1]?.text === ",")) break;
    if (insideQuote(ctx, t.start) || t.kind !== "word") continue;
    const lower = t.text.toLowerCase();
    if (!isSpeechVerb(lower) && !PARTICIPLES.has(lower) && !judgesThat(ctx, i, lower) && !paysTribute(ctx, i, lower)) continue;
    if (isSpeechNoun(ctx, i, lower)) continue;
    // (`was added to a group where members shared “tips”`: the subject of a speech verb in the passive does not speak)
    if (BE_FORMS.has(ctx.tokens[i - 1]?.text.toLowerCase() ?? "") && !isPresentParticiple(lower)) continue;
    if (claimsThing(ctx, i)) continue;
    const subject = subjectBefore(ctx, i, floor) ?? subjectOfRelative(ctx, i, floor) ?? appositiveBefore(ctx, i, floor) ?? taggedSubjectBefore(ctx, i, floor);
    const who = subject && resolvePhrase(ctx, subject);
    if (subject && who) return attributed(who, "cue-before", { start: subject.start, end: t.end });
    // (`When he tried to withdraw it, the app demanded a “tax”`: a thing named right before the verb speaks, not a
    // person named earlier in the sentence)
    if (subject && COMMON_NOUN_PHRASE.test(ctx.text.slice(subject.start, subject.end))) return UNKNOWN_SPEAKER;
    // `..., but said:` or `..., saying`: the clause's subject speaks, the one before its verb (`Norvex fined Ana Ruiz,
    // saying`, `but a tribunal rejected her plea, saying`), not a name after it
    const clauseSubject = subjectOfClause(ctx, clauseStart(ctx, floor, i), i);
    if (clauseSubject !== undefined) return attributed(clauseSubject.who, "cue-before", { start: clauseSubject.span.start, end: t.end });
    const subjectMentions = mentionsIn(ctx, { start: ctx.tokens[floor]!.start, end: t.start });
    // (`Five justices upheld a Court of Appeal ruling, saying`: people it opens with, unnamed, not a body named after their verb)
    const people = floor === sentence.firstToken && !subjectMentions.some((m) => m.entity.type === "person") ? unnamedPeopleOpening(ctx, floor, i) : undefined;
    if (people !== undefined) return attributed({ speakers: [], anonymous: asSource(ctx.text.slice(people.start, people.end)) }, "cue-before", { start: people.start, end: t.end });
    // (`Ann Cole's spokesman, Tom Reed, said … and called it “a farce”`: a name in the possessive is an owner, not the subject)
    const firstNamed =
      subjectMentions.find((m) => m.entity.type === "person" && !isPossessive(ctx, m)) ??
      subjectMentions.find((m) => m.entity.type === "person" && !possessesName(ctx, m, subjectMentions)) ??
      subjectMentions.find((m) => m.entity.type === "organization");
    if (firstNamed) {
      const resolved = resolvePhrase(ctx, { start: firstNamed.mention.span.start, end: lastJoined(ctx, subjectMentions, firstNamed).mention.span.end });
      if (resolved) return attributed(resolved, "cue-before", { start: firstNamed.mention.span.start, end: t.end });
    }
    return undefined;
  }
  const introduced = introducedBy(ctx, sentence.firstToken, quoteToken);
  if (introduced !== undefined) return introduced;
  const according = accordingTo(ctx, floor, quoteToken);
  const who = according && resolvePhrase(ctx, according.span);
  if (according && who) return attributed(who, "according-to", { start: ctx.tokens[according.index]!.start, end: according.span.end });
  return undefined;
}

/**
 * `Walsh said his side respected Lusk. “He's a great player.”`: a quotation that opens its sentence right after a
 * sentence of reported speech in the same paragraph carries on whoever reported it, as it names no one in a cue of its own.
 */
function reportedBefore(ctx: Context, q: QuoteSpan): Attribution | undefined {
  const quoteToken = tokenIndexAt(ctx.tokens, q.outer.start);
  const sentence = sentenceOf(ctx, quoteToken);
  if (sentence === undefined || sentence.firstToken !== quoteToken) return undefined;
  const previous = sentenceOf(ctx, sentence.firstToken - 1);
  if (previous === undefined || /[\n\r]/.test(ctx.text.slice(ctx.tokens[quoteToken - 1]!.end, q.outer.start))) return undefined;
  for (let i = previous.firstToken; i < previous.endToken; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind !== "word" || !isSpeechVerb(t.text.toLowerCase()) || BE_FORMS.has(ctx.tokens[i - 1]?.text.toLowerCase() ?? "")) continue;
    const subject = subjectBefore(ctx, i, previous.firstToken);
    const who = subject && resolvePhrase(ctx, subject);
    return who && { ...who, kind: "continuation" };
  }
  return undefined;
}

/** How far into its sentence the person a colon introduces may stand: `Morningstar's Karen Andersen was`. */
const INTRODUCER_REACH = 4;

/**
 * `Karen Andersen was more cautious: “You're paying …”`: a quote right after a colon is the words of the person
 * the sentence opens with, who was just described.
 */
function introducedBy(ctx: Context, first: number, quoteToken: number): Attribution | undefined {
  const colon = ctx.tokens[quoteToken - 1];
  if (colon?.text !== ":" || quoteToken - 1 <= first) return undefined;
  // (the person opens the sentence as its subject, and no other is named before the colon)
  const people = mentionsIn(ctx, { start: ctx.tokens[first]!.start, end: colon.start }).filter((m) => m.entity.type === "person" && !isPossessive(ctx, m));
  const person = people[0];
  if (person === undefined || people.length > 1 || tokenIndexAt(ctx.tokens, person.mention.span.start) - first >= INTRODUCER_REACH) return undefined;
  const who = resolvePhrase(ctx, person.mention.span);
  return who && attributed(who, "cue-before", { start: person.mention.span.start, end: colon.end });
}

/** The clause the cue at `verb` ends in opens after a comma and a conjunction (`…, but a tribunal rejected`), else at `floor`. */
function clauseStart(ctx: Context, floor: number, verb: number): number {
  for (let k = verb - 1; k > floor; k--) {
    const t = ctx.tokens[k]!;
    if ((CONTRASTS.test(t.text) || t.text === "and") && ctx.tokens[k - 1]!.text === ",") return k + 1;
  }
  return floor;
}

/** A determiner or a number and one to three lower-case words: a subject named by a common noun (`a disciplinary tribunal`, `Five justices`). */
function isUnnamedSubject(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  return words.length >= 2 && words.length <= 4 && (PEOPLE_DETERMINERS.has(words[0]!.toLowerCase()) || /^\d+$/u.test(words[0]!)) && words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w));
}

/**
 * The subject before the clause's first finite verb (a simple past or an auxiliary), from `start` to the cue at `verb`: whom it names, or, named by a
 * common noun alone, an unnamed source. Undefined when the verb's subject is neither (an adjective may look like a past).
 */
function subjectOfClause(ctx: Context, start: number, verb: number): { who: Pick<Attribution, "speakers" | "anonymous">; span: Span } | undefined {
  for (let k = start + 1; k < verb; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== "word" || insideQuote(ctx, t.start) || !(isSimplePast(t.text) || SUBJECT_AUXILIARIES.has(t.text))) continue;
    // (a past form after `not` is a participle: `Dr Eva Lind, a cardiologist not involved in the study, urged caution:`)
    if (ctx.tokens[k - 1]?.text === "not") continue;
    const span = subjectBefore(ctx, k, start);
    if (span === undefined) return undefined;
    const who = resolvePhrase(ctx, span);
    return who === undefined ? undefined : { who, span };
  }
  return undefined;
}

/** Words that open a phrase for people the article does not name: `Five justices`, `The judges`, `Two senior officials`. */
const PEOPLE_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "both", "all"]);

/**
 * The sentence opens at token `first` with people it does not name, a determiner or number, at most two
 * lower-case words and a noun for a person or people (`Five justices`), before a lower-case word ahead of `verb`.
 */
function unnamedPeopleOpening(ctx: Context, first: number, verb: number): Span | undefined {
  const opener = ctx.tokens[first]!;
  if (opener.kind !== "number" && !PEOPLE_DETERMINERS.has(opener.text.toLowerCase())) return undefined;
  for (let k = first + 1; k <= first + 3 && k + 1 < verb; k++) {
    const word = ctx.tokens[k]!;
    if (word.kind !== "word" || !/^\p{Ll}+$/u.test(word.text)) return undefined;
    const next = ctx.tokens[k + 1]!;
    if (isPersonNounOrPlural(word.text) && next.kind === "word" && /^\p{Ll}/u.test(next.text) && next.text !== "of" && next.start > word.end) {
      const span = { start: opener.start, end: word.end };
      return mentionsIn(ctx, span).length === 0 ? span : undefined;
    }
  }
  return undefined;
}

/** `John McCain and Lindsey Graham`: extends a first name over names joined to it by `and`. */
function lastJoined(ctx: Context, mentions: readonly { mention: EntityMention; entity: Entity }[], first: { mention: EntityMention; entity: Entity }) {
  let current = first;
  for (const m of mentions) {
    if (m.mention.span.start <= current.mention.span.start || m.entity.type !== "person") continue;
    if (/^\s*(?:and|&)\s*$/u.test(ctx.text.slice(current.mention.span.end, m.mention.span.start))) current = m;
  }
  return current;
}

/**
 * Attributes each quote: a cue after it (`,” she said`), then a cue before it in the same sentence; a
 * quote with neither continues the speaker of the quote before it in the paragraph, or of the previous
 * paragraph when it carries on that paragraph's quote or stands alone.
 */
export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  quotes: readonly QuoteSpan[],
  paragraphEnds: readonly number[],
  dateline?: Span,
): Attribution[] {
  if (quotes.length === 0) return [];
  // (`NAIROBI (AP) — Kenya's opposition …, accusing …`: the dateline's agency and place are not the lead's subject)
  const inDateline = (m: EntityMention) => dateline !== undefined && m.span.start >= dateline.start && m.span.start < dateline.end;
  const mentions = entities
    .flatMap((entity) => entity.mentions.filter((mention) => !inDateline(mention)).map((mention) => ({ mention, entity })))
    .sort((a, b) => a.mention.span.start - b.mention.span.start);
  const base = { text, tokens, sentences, mentions, quoteSpans: quotes.map((q) => q.outer), paragraphEnds, people: [], organizations: [] };
  const outside = mentions.filter((m) => !insideQuote(base, m.mention.span.start));
  const ctx: Context = {
    ...base,
    people: outside.filter((m) => m.entity.type === "person"),
    organizations: outside.filter((m) => m.entity.type === "organization"),
  };
  const result: Attribution[] = [];
  quotes.forEach((q, i) => {
    // a quote that ends its sentence with a period (`said the price was “full but fair.” Solberg said`) is
    // its own sentence's: a cue before it there wins over the next sentence's speaker
    const closesSentence = q.content.end > q.content.start && text.charCodeAt(q.content.end - 1) === 46 /* . */ && !q.unclosed;
    let unknown = false;
    let attribution: Attribution | undefined;
    for (const cue of closesSentence ? [cueBefore, cueAfter] : [cueAfter, cueBefore]) {
      const found = cue(ctx, q);
      unknown ||= found === UNKNOWN_SPEAKER;
      if (found !== undefined && found !== UNKNOWN_SPEAKER) {
        attribution = found;
        break;
      }
    }
    // (a quote whose own cue names someone unknown carries on no one; with no cue of its own, a sentence of reported
    // speech right before it is nearer than any quote before it)
    attribution ??= unknown ? UNKNOWN_SPEAKER : reportedBefore(ctx, q);
    if (attribution === undefined) {
      const previous = i > 0 ? result[i - 1] : undefined;
      const previousQuote = i > 0 ? quotes[i - 1] : undefined;
      const adjacentParagraph = previousQuote !== undefined && (previousQuote.paragraph === q.paragraph || previousQuote.paragraph === q.paragraph - 1);
      // a quotation of its own carries on; a few words quoted in the writer's sentence do not
      const standsAlone = opensLine(text, q.outer.start) || isOwnWords(text, q);
      if (previous !== undefined && previous.kind !== "none" && adjacentParagraph && standsAlone) {
        attribution = { speakers: previous.speakers, ...(previous.anonymous ? { anonymous: previous.anonymous } : {}), kind: "continuation" };
      }
    }
    result.push(attribution ?? { speakers: [], kind: "none" });
  });
  attributeEchoes(text, quotes, result);
  return result;
}

/** Scare quotes are at most this many words; longer cue-less passages are real quotations, unless a line of their own. */
const ECHO_MAX_WORDS = 4;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/**
 * A short cue-less quote (`Iran’s “illicit” nuclear operations`) usually echoes words that someone says in
 * full elsewhere in the article (`“... illicit activities ...,” according to the group`): it is theirs.
 * Only an unambiguous echo counts: every attributed quote containing the words must share one speaker. A quote that
 * is a line of its own, a heading's or a headline's (`'We've never seen water like it'`), echoes the body whatever its length.
 */
function attributeEchoes(text: string, quotes: readonly QuoteSpan[], result: Attribution[]): void {
  // most quotes are attributed by a cue: their words are read only when some quote needs an echo
  const cache: (string | undefined)[] = [];
  const quoted = (i: number) => (cache[i] ??= ` ${wordsOf(text.slice(quotes[i]!.content.start, quotes[i]!.content.end)).join(" ")} `);
  result.forEach((attribution, i) => {
    if (attribution.kind !== "none") return;
    const words = quoted(i).trim();
    if (words.length === 0 || (words.split(" ").length > ECHO_MAX_WORDS && !isLine(text, quotes[i]!.outer))) return;
    const sources = new Set<string>();
    let echo: Attribution | undefined;
    result.forEach((other, j) => {
      if (j === i || other.kind === "none" || other.kind === "echo" || !quoted(j).includes(` ${words} `)) return;
      sources.add(other.speakers.join("+") || other.anonymous || "");
      echo = other;
    });
    if (echo !== undefined && sources.size === 1) {
      result[i] = { speakers: echo.speakers, ...(echo.anonymous ? { anonymous: echo.anonymous } : {}), kind: "echo" };
    }
  });
}

/** Spaces to a line's end, read where it is set to start. */
const TO_LINE_END = /[ \t]*(?:[\r\n]|$)/y;

/** Whether `span` is a whole line, but for spaces after it. */
function isLine(text: string, span: Span): boolean {
  TO_LINE_END.lastIndex = span.end;
  return opensLine(text, span.start) && TO_LINE_END.test(text);
}

/** Whether `offset` starts a line: looked at, not searched for, so that a long paragraph costs nothing. */
function opensLine(text: string, offset: number): boolean {
  return offset === 0 || text[offset - 1] === "\n" || text[offset - 1] === "\r";
}
