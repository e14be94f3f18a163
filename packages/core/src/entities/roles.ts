import { isCalendarName } from "../dates/calendar.js";
import { INNER_PARTICLES } from "./classify.js";
import { CLASS_NOUNS, COUNTRIES, FIELD_HONORIFICS, FIRST_NAMES, HONORIFICS, INSTITUTION_CONNECTORS, KIN_NOUNS, OFFICE_WORDS, PARTY_MEMBERS, PARTY_WORDS, POLICE_RANKS, PORTFOLIO_OFFICES, PORTFOLIOS, REGIONS, ROLE_MODIFIERS, ROLE_NOUNS, TIME_NOUNS, TITLE_OPENERS, VOCABULARY, isFirstName, isEnglishWord, isGazetteerPlace, isGeneralOffice, isOrganizationHead, isPresentVerbForm, isTitlePart, namesPortfolio, isCountryWord, hasIngForm, isTwoWordHonorific, inStyleOfAddress } from "./lexicon.js";
import { isAgeAdjective, isBarePossessive, type NameToken } from "./name-tokens.js";
import { partyTagAt } from "./party-tags.js";
import { copularRoleStart, predicateRoleStart, relativeRoleAt } from "./relative-roles.js";
import { sexEvidence, sexOfTitles } from "./sex.js";
import { startsLower, startsUpper } from "../text/chars.js";
import { hasPastVerb, isUnchangedPastAfter } from "../text/past-tense.js";
import { PREPOSITIONS } from "../text/prepositions.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import { isSentenceOpener, isStopword } from "../text/stopwords.js";

const PHRASE_GLUE = new Set(["of", "to", "the", "for", "on", "at", "in", "and"]);
/** Words after which a verb's base stands: the infinitive's `to` and the modals. */
const VERB_OPENERS: ReadonlySet<string> = new Set(["to", "will", "would", "can", "could", "may", "might", "must", "shall", "should"]);
/** Glue that ties a role to the person it serves: `spokesman for`, `adviser to`. */
const TO_SOMEONE = new Set(["for", "to", "at", "with"]);

/**
 * Agent nouns the role list does not hold, by their endings: `biologist`, `physician`, `harbourmaster`,
 * `goalkeeper`, `filmmaker`, `engineer`, `fisherman`, `photographer` (long enough that `list` or `career` do not count).
 */
const AGENT_NOUN = /^[\p{Ll}-]*(?:ist|ician|master|keeper|maker|smith|monger|ographer|eer|(?:wo)?man|person)$/u;
const NOT_AGENTS = new Set(["persist", "consist", "insist", "assist", "resist", "exists", "career", "veneer", "german", "roman"]);

/**
 * A lower-case role noun right before token `start`: `coach Alireza Mehraban`, `spokeswoman Dana Whitfield`, `director of`
 * (not in the possessive: `the president's La Libertad Avanza` is his; nor a body's relation: `its partner Acme Widgets`).
 */
export function roleNounBefore(nts: readonly NameToken[], start: number): boolean {
  const prev = nts[start - 1];
  return prev !== undefined && !prev.possessive && startsLower(prev.text) && ROLE_NOUNS.has(prev.text) && !isBodyRelation(nts, start - 1);
}

/** A lower-case noun for what someone does: the role list's, or one shaped like an agent noun. */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || KIN_NOUNS.has(word) || isGeneralOffice(word) || (word.length >= 6 && AGENT_NOUN.test(word) && !NOT_AGENTS.has(word));
}

function isTitleWord(text: string): boolean {
  return isTitlePart(text) || isRoleNoun(text.toLowerCase());
}

/**
 * The word that says what the role is: a role noun (`envoy`, `biologist`), an office word (`Secretary`) or a title
 * of rank held of a place (`the Archbishop of York`, `the Duchess of Kent`).
 */
function isRoleHead(t: NameToken): boolean {
  return isRoleNoun(t.text.toLowerCase()) || OFFICE_WORDS.has(t.text) || HONORIFICS.has(t.text);
}

/** The letters of a body's acronym in brackets inside a role (`the Chess Federation (FIDE) president`), which the role is read without. */
const ACRONYM_LETTERS = "\\p{Lu}{2,6}";
const BRACKETED_ACRONYM = new RegExp(`\\s*\\(${ACRONYM_LETTERS}\\)`, "gu");
const ACRONYM_WORD = new RegExp(`^${ACRONYM_LETTERS}$`, "u");

function joinTokens(tokens: readonly NameToken[], text: string): string {
  if (tokens.length === 0) return "";
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).replace(BRACKETED_ACRONYM, "").replace(/\s+/g, " ").replace(/[()]/g, "").replace(/ {2,}/g, " ").trim();
}

/** Whether the bracket at `k` of the phrase opens or closes a body's acronym: `(`, `FIDE`, `)`. */
function bracketsAcronym(phrase: readonly NameToken[], k: number): boolean {
  const open = phrase[k]!.text === "(" ? k : phrase[k]!.text === ")" ? k - 2 : -1;
  return open >= 1 && phrase[open]!.text === "(" && phrase[open + 2]?.text === ")" && ACRONYM_WORD.test(phrase[open + 1]?.text ?? "");
}

/**
 * The title phrase written before a name, read leftwards from the name: capitalised words, titles, role
 * nouns and modifiers, glue words and possessives (`Iran’s Supreme Leader Ayatollah`, `Senior White House
 * adviser`, `Afghan Ambassador to the United States`). Returns the tokens, or none when no title word is there.
 */
export function leftRolePhrase(tokens: readonly NameToken[], nameStart: number, nameEnd: number, sentenceStart: number, sentenceEnd: number): NameToken[] {
  let i = nameStart - 1;
  const taken: NameToken[] = [];
  // "McCain and Lindsey Graham": a conjunction right before the name means the title, if any, is shared (see the caller)
  if (tokens[i]?.text === "and") return taken;
  // (`PC Eva Lind`, `DCI Tom Hale`: a police rank's letters are the whole role, being no title word anywhere else)
  if (POLICE_RANKS.has(tokens[i]?.text ?? "")) return [tokens[i]!];
  // `a spokesman for Central Maine Power`, `an official at the Agency`: the name is the phrase's object, not who holds the role
  const before = tokens[i]?.text === "the" ? tokens[i - 1] : tokens[i];
  if (before !== undefined && before.text !== "and" && PHRASE_GLUE.has(before.text)) return taken;
  // `Dr Maggie Cole (Harriet Lane)`: a name in brackets after another name is who plays or translates it, holding no title of it
  if (tokens[i]?.text === "(" && startsUpper(tokens[i - 1]?.text ?? "") && !isTitleWord(tokens[i - 1]!.text)) return taken;
  // (`president of basketball operations Brad Stevens`: the field a role is of, in lower-case words)
  const field = fieldOfRole(tokens, i, sentenceStart);
  if (field !== undefined) {
    taken.push(...tokens.slice(field, i + 1));
    i = field - 1;
  }
  while (i >= sentenceStart) {
    const t = tokens[i]!;
    if (t.text === "(" || t.text === ")") {
      i--;
      continue;
    }
    // `Javier Milei's La Libertad Avanza`: a possessive right before the name is its owner, not its title
    // (`His Holiness Pope Leo`: a style of address says how the holder is addressed, no title of theirs)
    if ((taken.length === 0 && t.possessive) || inStyleOfAddress(tokens, i)) break;
    // `sent to guard President Ruiz`, `will witness Mayor Ruiz's oath`: a role noun after `to` or a modal is a verb
    // (`adviser to minister Ana Ruiz` is a role's, and `born to mother Kasarna` a kin's; a noun no verb is spelt as is a
    // role's too: `engaged to actor Ivo Lusk`)
    if (startsLower(t.text) && isRoleNoun(t.text) && !KIN_NOUNS.has(t.text) && VERB_OPENERS.has(tokens[i - 1]?.text ?? "") && !isTitleWord(tokens[i - 2]?.text ?? "") && mayBePresentVerb(t.text)) break;
    // (and the kin's noun after `to` is the whole role: `born on 12 May to mother Kirana`, not `May to mother`)
    if (startsLower(t.text) && KIN_NOUNS.has(t.text) && tokens[i - 1]?.text === "to") {
      taken.unshift(t);
      break;
    }
    // `last year's champion Ana Ruiz`, `last season's top coach`: a span of time's possessive says when the role was held
    if (taken.some(isRoleHead) && timePossessiveAt(tokens, i)) {
      taken.unshift(tokens[i - 1]!, t);
      i -= 2;
      continue;
    }
    // `with Tarvel Athletic for the striker Ivo Lusk`: an article before a role opens it
    if (ARTICLE.has(t.text) && taken.length > 0 && isRoleHead(taken[0]!)) break;
    // (`In June President Obama`: a date is no part of a title)
    // (`co-leader`, `vice-chairman`: the first part of a hyphenated role goes with it, whatever it is)
    const gluedToNext = taken.length > 0 && taken[0]!.hyphenBefore && taken[0]!.token === t.token;
    // (`Rio Grande do Sul Governor`: a particle inside a place's name before the title)
    const particle = INNER_PARTICLES.has(t.text) && taken.length > 0 && startsUpper(taken[0]!.text) && startsUpper(tokens[i - 1]?.text ?? "");
    // (`EU antitrust chief`, `the bloc's competition chief`, `agriculture minister`: a lower-case noun before the role says what it heads)
    // (a verb is no domain: `Varga said skipper Ned Fane`)
    const domain =
      taken.length > 0 &&
      isRoleHead(taken[0]!) &&
      /^\p{Ll}+$/u.test(t.text) &&
      !isStopword(t.text) &&
      // (nor a preposition: `curled it past goalkeeper Harry Penwill`, `finished behind champion`)
      !PREPOSITIONS.has(t.text) &&
      !isSpeechVerb(t.text) &&
      !hasPastVerb(t.text) &&
      // (nor a verb's -ing form that opens a clause: `, giving jockey Ann Foley her first win`, `after beating champion`;
      // `the housing minister`, `its batting coach` name a field)
      !(t.text.endsWith("ing") && opensClauseBefore(tokens[i - 1]?.text)) &&
      // (nor a past spelt as its base after its subject: `he beat striker Ali Kaya`)
      !isUnchangedPastAfter(tokens[i - 1]?.text ?? "", t.text) &&
      // (nor a verb's present after its subject: `The deal sends forward`, though `the sports minister` has a field)
      // (or after a person's name: `Lena Moray marries actor Jude Calloway`)
      !(isPresentVerbForm(t.text) && (subjectNounBefore(tokens[i - 1]) || endsPersonName(tokens, i))) &&
      // (nor is an infinitive: `voted to impeach deputy president`, though `adviser to agriculture minister` has one)
      !(tokens[i - 1]?.text === "to" && !isRoleNoun(tokens[i - 2]?.text ?? "")) &&
      // (after a verb it heads a lower-case role only: `beat agriculture minister`, not `backs President`; a capitalised
      // pronoun is a verb's subject, no body's name: `I congratulate Mr. Lusk`)
      (startsLower(taken[0]!.text) || (i > sentenceStart && ((startsUpper(tokens[i - 1]!.text) && !isStopword(tokens[i - 1]!.text)) || tokens[i - 1]!.possessive))) &&
      // (nor the verb of a name before it, when none follows the name: `Velmar City sack manager Gary Fenwick after defeat`)
      !verbOfSubjectBefore(tokens, i, nameEnd, sentenceStart, sentenceEnd);
    const ok =
      gluedToNext ||
      particle ||
      domain ||
      (t.kind === "word" && ((startsUpper(t.text) && (t.text === "May" || !isCalendarName(t.text))) || isRoleNoun(t.text) || ROLE_MODIFIERS.has(t.text.toLowerCase()) || PHRASE_GLUE.has(t.text))) ||
      (t.text === "-" && t.start === tokens[i - 1]?.end);
    if (!ok) break;
    // `the University of Edinburgh and President Barack Obama`: a title after `and` starts the phrase, unless
    // `and` joins two titles (`Vice President and Chief Executive`); `co-founder Tom Ruiz and vice-chairman`:
    // a person's name before `and` ends it too
    // (`founded by Raghunathan and former Google engineer`: after a bare name, `and` and a lower-case word start the role)
    // (`Lok Sabha Speaker Om Birla and Rajya Sabha Chairman`: so does a titled name, whatever its given name)
    // (`between Mendieta and Williams driver Akira Tsunoda`: so does a surname before a team's lower-case role, though
    // `Trade and Industry minister` and `Culture and Sport minister` join two portfolios, each an English word)
    if (t.text === "and" && taken.length > 0 && ((isTitleWord(taken[0]!.text) && !isTitleWord(tokens[i - 1]?.text ?? "")) || endsPersonName(tokens, i) || endsTitledName(tokens, i) || (!startsUpper(taken[0]!.text) && endsBareName(tokens, i)) || endsSurnameBeforeTeamRole(tokens, i, taken))) break;
    // `Minister for Justice Ana Ruiz`, `Minister for Justice and Equality Ana Ruiz`: a title word after a portfolio's office
    // and its `of` or `for` is her portfolio, alone or before `and`; after a body's head, the body's field, which gives no
    // title alone (`the Department of Justice Omar Haddad`, see the field filter below) but names a title's body
    // (`Department of Justice Inspector General`)
    if ((taken.length > 0 && fieldHonorificOfBody(tokens, i + 1)) || ((taken.length === 1 || taken[1]?.text === "and") && FIELD_HONORIFICS.has(taken[0]!.text) && PORTFOLIO_GLUE.has(t.text) && PORTFOLIO_OFFICES.has(tokens[i - 1]?.text ?? ""))) {
      taken.unshift(t);
      i--;
      continue;
    }
    // `a spokesman for Attorney General Ken Paxton`, `an adviser to Prime Minister Boris Johnson`: the role
    // before `for` or `to` is someone else's when a form of address follows it (`Undersecretary for Education`
    // and `Ambassador to the United States` stay whole)
    // (`Real Sociedad for Spain midfielder Martín Zubimendi`: nor is a country's role after it)
    if (TO_SOMEONE.has(t.text) && taken.length > 0 && (opensWithHonorific(taken) || isRoleForPlace(taken))) break;
    // `campaign manager for candidate Ana Ruiz`, `best actress for singer Ana Ruiz`: a role before `for` and a role of the
    // name's own is someone else's, or an award the name won (`minister for disaster management` has a field)
    if (t.text === "for" && taken.some(isRoleHead) && isRoleNoun(tokens[i - 1]?.text ?? "")) break;
    // `the son of former prime minister Junichiro Koizumi`: a role after `of` is the name's own, the one before it someone else's
    // (`the Janata Dal (United) of Bihar chief minister Nitish Kumar`: so is a place's role, whose place is no body's word)
    // (`Bank of France governor`: the place after a body's head word is the body's)
    // (`head of the Department of Energy Tom Reyes`: a role before a body's name, whose field may be an office's word, is the name's own)
    if (t.text === "of" && taken.length > 0 && ((startsLower(taken[0]!.text) && taken.some(isRoleHead) && !bodyNameFollows(taken)) || opensWithHonorific(taken) || (isRoleForPlace(taken) && !isOrganizationHead(tokens[i - 1]?.text ?? "")))) break;
    taken.unshift(t);
    i--;
  }
  // (a party's word before `Party` is the party's name: `Labour Party leader`; before a ministry's title, its portfolio: `Labor Secretary`)
  while (taken.length > 0 && (PHRASE_GLUE.has(taken[0]!.text) || (PARTY_WORDS.has(taken[0]!.text) && taken[1]?.text !== "Party" && !namesPortfolio(taken[0]!.text, taken[1]?.text)) || /^(?:According|Referring|Asked|Said|Speaking|The|A|An|Its|His|Her|Their|Our|My|Your)$/.test(taken[0]!.text) || opensSentenceOnly(taken[0]!, sentenceStart))) taken.shift();
  while (taken.length > 0 && PHRASE_GLUE.has(taken[taken.length - 1]!.text)) taken.pop();
  // (a title's word after `of` or `for` is a field, which holds no one's title: `the Centre for Energy Ann Lowe`, `the Department of Justice`)
  if (!taken.some((t, k) => isTitleWord(t.text) && !PORTFOLIO_GLUE.has(taken[k - 1]?.text ?? ""))) return [];
  // `Vale and its partner BHP Billiton`: what a body's partner or owner is called is a body's name as often as a person's
  if (taken.length === 1 && isBodyRelation(tokens, taken[0]!.at)) return [];
  return taken;
}

/**
 * `Velmar City sack manager Gary Fenwick`, `Norvex names coach Ana Ruiz`: token `at`, a word that may be a verb's present,
 * right after the capitalised subject that opens the sentence, is its verb when no verb follows the name ending at `nameEnd`;
 * with one there, it is a field (`Velmar trade minister Ana Ruiz said`), as it is after a verb (`as had EU trade chief Ana Ruiz`).
 */
function verbOfSubjectBefore(tokens: readonly NameToken[], at: number, nameEnd: number, sentenceStart: number, sentenceEnd: number): boolean {
  let subject = at - 1;
  while (subject >= sentenceStart && tokens[subject]!.kind === "word" && startsUpper(tokens[subject]!.text) && !tokens[subject]!.possessive) subject--;
  if (subject === at - 1 || subject >= sentenceStart || !mayBePresentVerb(tokens[at]!.text)) return false;
  for (let k = nameEnd; k < sentenceEnd; k++) {
    const w = tokens[k]!.text;
    // (what `after`, `before` or `when` opens holds no verb of the name's: `after seven straight defeats`)
    if (GERUND_CONJUNCTIONS.has(w)) break;
    if (tokens[k]!.kind === "word" && startsLower(w) && (VERB_OPENERS.has(w) || isSpeechVerb(w) || hasPastVerb(w) || isPresentVerbForm(w))) return false;
  }
  return true;
}

/** `sack`, `appoint`, `names`: a present form, whose -ing form is a word (`name`: `naming`, `drop`: `dropping`). */
function mayBePresentVerb(word: string): boolean {
  return isPresentVerbForm(word) || hasIngForm(word) || isEnglishWord(`${word}${word.at(-1)}ing`);
}

/** `last year's`, `this season's`: token `at` is a span of time's possessive after `last`, `this` or `next`. */
function timePossessiveAt(tokens: readonly NameToken[], at: number): boolean {
  const t = tokens[at]!;
  return t.possessive && TIME_NOUNS.has(t.text) && /^(?:last|this|next)$/i.test(tokens[at - 1]?.text ?? "");
}

/** Words after which an -ing form is a verb's, opening a clause: a comma, a preposition, or `after`, `before`, `while`, `when`. */
function opensClauseBefore(word: string | undefined): boolean {
  return word === "," || (word !== undefined && (PREPOSITIONS.has(word) || GERUND_CONJUNCTIONS.has(word)));
}

const GERUND_CONJUNCTIONS: ReadonlySet<string> = new Set(["after", "before", "while", "when", "since"]);

/** `the Department of Energy`: after the first word, a body's head word, and no role noun ending the words (`…Spokesman`). */
function bodyNameFollows(tokens: readonly NameToken[]): boolean {
  return isOrganizationHead(tokens[1]?.text ?? "") && !isRoleNoun(tokens[tokens.length - 1]!.text.toLowerCase());
}

/** How many lower-case words the field after a role's `of` may run: `head of global public affairs`. */
const FIELD_REACH = 3;

/**
 * Where the lower-case field ending at token `end` starts, when `of` or `for` and a role's head stand before it: `president of
 * basketball operations`, `head of communications`, `member of parliament`, `minister for disaster management`; not a kin's
 * (`mother of three children`).
 */
function fieldOfRole(tokens: readonly NameToken[], end: number, sentenceStart: number): number | undefined {
  let k = end;
  while (k >= sentenceStart && end - k < FIELD_REACH) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !/^\p{Ll}+$/u.test(t.text) || t.possessive || isStopword(t.text) || PHRASE_GLUE.has(t.text)) break;
    k--;
  }
  // (`director of the museum Jan Weber`, `a curator at the museum Maria Rossi`: the field may be a body named by its class noun)
  const glue = CLASS_NOUNS.get(tokens[end]?.text ?? "") === "organization" ? roleGlueBeforeBody(tokens, end) : undefined;
  if (glue !== undefined) return glue + 1;
  const head = tokens[k - 1];
  // (nor an award's category: `best actress for newcomer Juno Achterberg`)
  return k < end && PORTFOLIO_GLUE.has(tokens[k]?.text ?? "") && k - 1 >= sentenceStart && head !== undefined && isRoleHead(head) && !KIN_NOUNS.has(head.text) && !/^best$/i.test(tokens[k - 2]?.text ?? "") ? k + 1 : undefined;
}

/** How many lower-case words may describe a body between its article and its class noun: `chairman of investment bank`. */
const BODY_MODIFIER_REACH = 2;

/**
 * The preposition that joins a role's head to the body named by the class noun at token `noun`: `director of the museum`,
 * `a curator at the museum`, `chairman of investment bank`.
 */
export function roleGlueBeforeBody(tokens: readonly NameToken[], noun: number): number | undefined {
  let k = noun - 1;
  while (k >= 0 && noun - k <= BODY_MODIFIER_REACH && /^\p{Ll}+$/u.test(tokens[k]!.text) && !isStopword(tokens[k]!.text)) k--;
  if (ARTICLE.has(tokens[k]?.text ?? "")) k--;
  const head = tokens[k - 1];
  return ROLE_GLUE.test(tokens[k]?.text ?? "") && head !== undefined && isRoleHead(head) ? k : undefined;
}

/**
 * The token at `at` opens the body a role is held in: a role's head, its preposition and `the` come before it (`the
 * chairman of the Joint Chiefs`, `a lawyer at the`), and no one's own name takes the article. Read as a class noun's body
 * is, with `the` right before the name, where no modifier can stand.
 */
export function opensBodyOfRole(tokens: readonly NameToken[], at: number): boolean {
  return tokens[at - 1]?.text === "the" && roleGlueBeforeBody(tokens, at) !== undefined;
}

/** A lower-case noun that may be a verb's subject: no stopword, role modifier (`foreign affairs`) or possessive. */
function subjectNounBefore(t: NameToken | undefined): boolean {
  return t !== undefined && /^\p{Ll}+$/u.test(t.text) && !t.possessive && !isStopword(t.text) && !ROLE_MODIFIERS.has(t.text);
}

/** Role nouns that name a place's relation to another place as well as a person's: `its larger neighbour Kelmo`. */
export const PLACE_RELATIONS: ReadonlySet<string> = new Set(["neighbour", "neighbor"]);

/** Role nouns that name a body's relation to another body as well as a person's: `its partner`, `its owner`. */
const BODY_RELATIONS: ReadonlySet<string> = new Set(["partner", "owner", "investor", "shareholder", "backer", "lender", "supplier", "customer", "client", "rival", "ally", "parent", ...PLACE_RELATIONS]);

/**
 * `its partner` at token `at`, or with one word describing the relation (`its junior partner`, `its biggest
 * shareholder`) or saying where the other body is (`its US partner`, `its German rival`): a body's relation, which makes
 * no title of the name after it.
 */
export function isBodyRelation(tokens: readonly NameToken[], at: number): boolean {
  if (!BODY_RELATIONS.has(tokens[at]?.text ?? "")) return false;
  const before = tokens[at - 1];
  if (/^its$/i.test(before?.text ?? "")) return true;
  return before !== undefined && (/^\p{Ll}+$/u.test(before.text) || isGazetteerPlace(before.text) || isCountryWord(before.text)) && /^its$/i.test(tokens[at - 2]?.text ?? "");
}

/** `Also Prime Minister`, `But Bank of France governor`: a word opening the sentence only is no part of the title. */
function opensSentenceOnly(t: NameToken, sentenceStart: number): boolean {
  return t.at === sentenceStart && isSentenceOpener(t.text);
}

/** A place's one word, then a lower-case role noun: `Spain midfielder`, a role for that country. */
export function isRoleForPlace(words: readonly Pick<NameToken, "text">[]): boolean {
  const role = words[1]?.text ?? "";
  return isGazetteerPlace(words[0]?.text ?? "") && startsLower(role) && isRoleNoun(role);
}

/** A first name and a capitalised word right before token `i`: `Tom Ruiz and`. */
function endsPersonName(tokens: readonly NameToken[], i: number): boolean {
  const last = tokens[i - 1];
  const first = tokens[i - 2];
  return last !== undefined && first !== undefined && startsUpper(last.text) && !isTitleWord(last.text) && FIRST_NAMES.has(first.text);
}

/** A title word, then one to three capitalised words that are none, right before token `i`: `Speaker Om Birla and`, `Prince Faisal bin Farhan and`. */
function endsTitledName(tokens: readonly NameToken[], i: number): boolean {
  let k = i - 1;
  let names = 0;
  while (k >= 0 && names < 3 && tokens[k]!.kind === "word" && ((startsUpper(tokens[k]!.text) && !isTitleWord(tokens[k]!.text)) || (INNER_PARTICLES.has(tokens[k]!.text) && names > 0))) {
    if (startsUpper(tokens[k]!.text)) names++;
    k--;
  }
  return k < i - 1 && k >= 0 && isTitleWord(tokens[k]!.text);
}

/** A capitalised word that is no title or role word right before token `i`: `Raghunathan and`. */
function endsBareName(tokens: readonly NameToken[], i: number): boolean {
  const last = tokens[i - 1];
  return last !== undefined && startsUpper(last.text) && !isTitleWord(last.text) && !isRoleNoun(last.text);
}

/** A capitalised word that is no English word before `and` and a body's lower-case role: `Mendieta and Williams driver`. */
function endsSurnameBeforeTeamRole(tokens: readonly NameToken[], i: number, taken: readonly NameToken[]): boolean {
  const head = taken[taken.length - 1]!.text;
  return startsUpper(taken[0]!.text) && startsLower(head) && isRoleNoun(head) && endsBareName(tokens, i) && !isEnglishWord(tokens[i - 1]!.text.toLowerCase());
}

const STANDALONE = new Set(["Mr", "Mrs", "Ms", "Dr", "Prof", "Cllr", "Ayatollah", "Grand Ayatollah", "Sheikh", "Imam", "Rabbi", "Pastor", "Bishop", "Archbishop", "Cardinal", "Pope", "Sir", "Dame", "Lord", "Lady", "Prince", "Princess", "King", "Queen", "Emir", "Sultan", "Miss", "Father", "Sister", "Brother", "Professor", "Doctor", "Reverend", "General", "Admiral", "Colonel", "Captain", "Lieutenant", "Sergeant", "Major", "Brigadier"]);

/** Offices whose `general` comes after them as an adjective: a director general, an attorney general. */
const GENERAL_OFFICES: ReadonlySet<string> = new Set(["director", "secretary", "attorney", "solicitor", "surgeon", "inspector", "postmaster", "governor", "consul", "auditor", "procurator", "adjutant", "advocate", "accountant", "commissary"]);

/** Whether the phrase opens with an honorific of one word or two: `Attorney General Ken Paxton`, `Prime Minister`. */
function opensWithHonorific(taken: readonly NameToken[]): boolean {
  return HONORIFICS.has(taken[0]!.text) || isTwoWordHonorific(taken[0]!.text, taken[1]?.text);
}

/** Title words that only qualify an office: `State Sen.`, `Former Vice Adm.`, `Detective Sergeant` are one role each (`Deputy Sheriff Sgt.` two). */
const QUALIFIERS: ReadonlySet<string> = new Set(["State", "Former", "Acting", "Senior", "Vice", "Deputy", "Assistant", "Chief", "Majority", "Minority", "Under", "Special", "Detective"]);

/** Honorifics that are a role of their own even after an office: abbreviations (Dr., Gen.), forms of address and ranks written out. */
function isStandaloneHonorific(text: string): boolean {
  return HONORIFICS.has(text) && (text.endsWith(".") || STANDALONE.has(text));
}

/** An office that ends in a title written out in full (`Superintendent`, `Police Chief`). */
function endsInWrittenTitle(office: readonly NameToken[]): boolean {
  const last = office.at(-1)!.text;
  return !last.endsWith(".") && isTitleWord(last);
}

/** Splits a title phrase into roles: a trailing honorific stands alone (`Ayatollah`, `Sen.`); `Iran’s Supreme Leader` reads `Supreme Leader of Iran`. */
export function rolesFromPhrase(phrase: readonly NameToken[], text: string): string[] {
  // (`Under` qualifies a secretary only; before anything else it is the preposition: `Under President Ivo Lusk, taxes rose`)
  if (phrase[0]?.text === "Under" && !phrase[1]?.text.startsWith("Secretar")) phrase = phrase.slice(1);
  if (phrase.length === 0) return [];
  const roles: string[] = [];
  let end = phrase.length;
  const trailing: string[] = [];
  while (end > 0 && isStandaloneHonorific(phrase[end - 1]!.text)) {
    // (a two-word honorific stays whole: `Crown Prince`)
    if (end > 1 && isTwoWordHonorific(phrase[end - 2]!.text, phrase[end - 1]!.text)) break;
    // (so does an office that `general` follows as an adjective, in any case: `director General`, `Surgeon General`)
    if (end > 1 && phrase[end - 1]!.text === "General" && GENERAL_OFFICES.has(phrase[end - 2]!.text.toLowerCase())) break;
    const rest = phrase.slice(0, end - 1);
    // (an office's own word before it parts them, `Prime Minister Dr.`, and so does a title written out that ends the office,
    // `Superintendent Dr.`; words that only qualify one do not, `Former State Sen.`, nor does an abbreviated title, `Rev. Dr.`)
    if (rest.length > 0 && (rest.every((t) => QUALIFIERS.has(t.text)) || (!rest.some((t) => isTitleWord(t.text) && !HONORIFICS.has(t.text)) && !endsInWrittenTitle(rest)))) break;
    trailing.unshift(HONORIFICS.get(phrase[end - 1]!.text)!);
    end--;
  }
  // (`Coast Guard spokesman Petty Officer`: a rank of two or three words after a role noun in lower case is a role of its own)
  for (let k = end - 3; k >= Math.max(0, end - 4); k--) {
    if (!startsLower(phrase[k]!.text) || !ROLE_NOUNS.has(phrase[k]!.text)) continue;
    const rank = HONORIFICS.get(joinTokens(phrase.slice(k + 1, end), text));
    if (rank !== undefined) {
      trailing.unshift(rank);
      end = k + 1;
    }
    break;
  }
  // two-word honorifics (Prime Minister, Vice President) are read whole
  const office = phrase.slice(0, end);
  if (office.length > 0) {
    const possessor = office.findIndex((t) => t.possessive);
    // an everyday word's possessive is part of the title (`State's Attorney`, `Queen's Counsel`), a name's is its owner
    if (possessor >= 0 && possessor < office.length - 1 && !VOCABULARY.has(office[possessor]!.text.replace(/['’]s$/u, "").toLowerCase())) {
      const owner = joinTokens(office.slice(0, possessor + 1), text).replace(/['’]s$/u, "");
      const title = joinTokens(office.slice(possessor + 1), text);
      roles.push(`${title} of ${owner}`);
    } else {
      const role = joinTokens(office, text);
      roles.push(HONORIFICS.get(role) ?? role);
    }
  }
  for (const t of trailing) roles.push(t);
  return roles.filter((r) => r.length > 0);
}

/** The articles that may open a noun phrase in apposition: `, the head of`, `, a Dutch insurer`. */
export const ARTICLE: ReadonlySet<string> = new Set(["the", "a", "an"]);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["its", "his", "her", "their"]);
/** The pronouns that open a relative clause: `, who said`, `, which has`. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "whose", "whom", "which"]);

const lowerFirst = (word: string): string => word.charAt(0).toLowerCase() + word.slice(1);
const APPOSITIVE_MAX = 14;
/** The most words a body's name after `of` is read to (`Royal College of Surgeons of Edinburgh`). */
const BODY_WORDS = 8;
/** The most words before a body's name that say what kind of body it is: `the London-based law firm`. */
const DESCRIPTION_WORDS = 4;
/** An appositive after a name may run longer, as its role noun must come in its first words: `, an associate professor of clinical epidemiology and nutrition at the school and …` */
const TRAILING_APPOSITIVE_MAX = 22;
/** Forms of `be` and `have` that stand only as a clause's verb, never inside a role's words. */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "has", "have", "had"]);
/** Verbs that follow a clause's subject as its first word: `a grower has recalled`, `a grower will`. */
export const SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, "will", "would", "can", "could", "may", "might", "must", "should"]);
/** The punctuation that ends an appositive, or shows that the words after a name's comma are no appositive. */
const APPOSITIVE_ENDS: ReadonlySet<string> = new Set([",", ".", ";", ":", "“", "”", '"', "—", "–", "(", ")"]);

/**
 * The verbs of a source named after a comma at a sentence's end (`…, a police spokesman said.`): a few, not the
 * speech-verb list, whose `claims` and `notes` are also nouns a role may hold (`claims adjuster`).
 */
const SAID: ReadonlySet<string> = new Set(["said", "says", "told", "added", "wrote"]);

/**
 * The appositives after a name: `, the head of U.S. Central Command,` or `, spokesman for the ministry,`,
 * or two joined by `and` (`, an associate professor at the school and the study's senior author.`), a role each.
 * Each must hold a role noun or title word, and the last be closed by a comma or the sentence's end.
 */
export function appositiveRoles(tokens: readonly NameToken[], nameEnd: number, sentenceEnd: number, text: string): string[] {
  if (tokens[nameEnd]?.text !== ",") return [];
  let i = nameEnd + 1;
  // `Tomas Lindqvist, 52, the head of the unit,`: an age may stand between
  if (tokens[i]?.kind === "number" && tokens[i + 1]?.text === "," && /^\d{1,3}$/.test(tokens[i]!.text)) i += 2;
  // (`Ann Lowe, D-Austin, a former teacher,`: and so may a lawmaker's party tag, a role of its own)
  const tag = partyTagAt(tokens, i - 1, sentenceEnd, text);
  if (tag !== undefined && tokens[tag.next - 1]?.text === ",") i = tag.next;
  // (`, who is vice-president of the union,` says the role as an appositive would)
  const copular = copularRoleStart(tokens, i - 1);
  const first = appositiveAt(tokens, copular ?? i, sentenceEnd, text);
  if (first === undefined) {
    const office = relativeRoleAt(tokens, i - 1, sentenceEnd, text);
    return office === undefined ? [] : [office];
  }
  // (`the actress Ana Ruiz, the editor of Vogue, Ivo Lusk, and …`: an appositive a full name follows in a list leads that name)
  if (first.and === undefined && leadsFullName(tokens, first.end)) return [];
  const second = first.and === undefined ? undefined : appositiveAt(tokens, first.and, sentenceEnd, text);
  return second === undefined ? [first.role] : [first.role, second.role];
}

/** `Ivo Lusk is a former housing minister.`: the role a sentence that the person's name opens says they hold, if it says one. */
export function predicateRoles(tokens: readonly NameToken[], nameStart: number, nameEnd: number, sentenceStart: number, sentenceEnd: number, text: string): string[] {
  const from = predicateRoleStart(tokens, nameStart, nameEnd, sentenceStart);
  const found = from === undefined ? undefined : appositiveAt(tokens, from, sentenceEnd, text);
  // (a comma inside the predicate may go on with a list, `professor of Classical, Medieval and Romantic music`, which
  // no appositive's comma does; only a clause may follow it)
  if (found === undefined || (tokens[found.end]?.text === "," && !CLAUSE_AFTER_COMMA.has(tokens[found.end + 1]?.text ?? ""))) return [];
  return [found.role];
}

/** Words that open a clause after a comma: `is a nurse, and she`, `is a nurse, who`. */
const CLAUSE_AFTER_COMMA: ReadonlySet<string> = new Set(["and", "but", "who", "which"]);

/**
 * A comma at `at`, then a given name and more capitalised words closed by a comma or the sentence's stop: a person named
 * in full, whom a leading appositive gives the role.
 */
function leadsFullName(tokens: readonly NameToken[], at: number): boolean {
  const given = tokens[at + 1];
  if (tokens[at]?.text !== "," || given?.kind !== "word" || !isFirstName(given.text)) return false;
  let k = at + 2;
  while (tokens[k]?.kind === "word" && startsUpper(tokens[k]!.text)) k++;
  return k > at + 2 && (tokens[k]?.text === "," || tokens[k]?.text === ".");
}

/** The role of the appositive from token `from`, the token that closes it, and where a second one joined by `and` starts, if one does. */
function appositiveAt(tokens: readonly NameToken[], from: number, sentenceEnd: number, text: string): { role: string; end: number; and?: number } | undefined {
  let i = from;
  // (`, its chief technology officer,`, `, her lawyer,`: the role is said as the leading form says it, without whose)
  if (tokens[i] !== undefined && (ARTICLE.has(tokens[i]!.text.toLowerCase()) || POSSESSIVE_PRONOUNS.has(tokens[i]!.text))) i++;
  const start = i;
  let endsEarly = false;
  let and: number | undefined;
  while (i < sentenceEnd && i - start <= TRAILING_APPOSITIVE_MAX && !APPOSITIVE_ENDS.has(tokens[i]!.text)) {
    // (a clause, not a role; only its first letter may be a capital, as `WHO` is the World Health Organization)
    if (i === start && /^(?:who|which|that|whose|he|she|they|it|as|and|but|said|says)$/.test(lowerFirst(tokens[i]!.text))) return undefined;
    // (`Velmar's farm minister, Ivo Lusk, met Norvex's chief,`: a past verb before an owner's name goes on the sentence after an appositive)
    if (i === start && startsLower(tokens[i]!.text) && hasPastVerb(tokens[i]!.text) && tokens[i + 1]?.possessive === true) return undefined;
    // `, an epidemiologist at Boston College who was not involved in the study,`: the role ends where its relative clause begins
    // (and where a participle with its `by` does: `, an assistant secretary backed by the outgoing leader,`)
    if (RELATIVE_PRONOUNS.has(tokens[i]!.text) || (i > start && tokens[i + 1]?.text === "by" && hasPastVerb(tokens[i]!.text))) {
      endsEarly = true;
      break;
    }
    // (`, the fifth manager to lose his job,`, `the first woman to lead`: an infinitive says what the person did, and makes
    // the words a description, no role)
    if (i > start && tokens[i]!.text === "to" && verbWithObjectAt(tokens, i + 1)) return undefined;
    // (`, trade minister since 2022,`, `, a nurse for 19 years,`: and where a span of time it was held begins, or a verb
    // after `and` that says what else the person does: `a former teacher and chairs the club`)
    if (i > start && (heldFor(tokens, i) || (tokens[i]!.text === "and" && verbWithObjectAt(tokens, i + 1)))) {
      endsEarly = true;
      break;
    }
    // (`, a former minister and a protégé of the late Shinzo Abe,`: so does a second appositive)
    if (i > start && tokens[i]!.text === "and" && ARTICLE.has(tokens[i + 1]?.text ?? "")) {
      and = i + 1;
      break;
    }
    // `Benjamin Netanyahu, an Israeli official said.`: the source of the sentence, not the name's role
    if (SAID.has(tokens[i]!.text)) return undefined;
    // (`According to Rathmore, a detective for the sheriff's office was given material`: a finite verb makes a clause)
    if (i > start && (FINITE_AUXILIARIES.has(tokens[i]!.text) || verbAfterName(tokens, i))) return undefined;
    i++;
  }
  if (i === start || i - start > TRAILING_APPOSITIVE_MAX) return undefined;
  const end = bracketedNameEnd(tokens, i);
  const closer = tokens[end]?.text;
  if (!endsEarly && and === undefined && i < sentenceEnd && closer !== "," && closer !== "." && closer !== ";" && closer !== "—") return undefined;
  const phrase = tokens.slice(start, i);
  // (a party's member is a role there too: `, a Livonia Democrat who sponsored the bill,`)
  // (a title's opening word or a portfolio, `Home`, `Health`, only qualifies the title after it: `Halvik Lamps, Dersk Home and Kelmo Stores` lists shops)
  const head = phrase.findIndex((t) => (isRoleHead(t) && !TITLE_OPENERS.has(t.text) && !PORTFOLIOS.has(t.text)) || PARTY_MEMBERS.has(t.text));
  // the role noun must come early: "the head of X", "the lead U.S. negotiator in ...", not "the man who once met a minister"
  // (a possessive may stand before it: "the group's director general")
  if (head < 0 || head > 4) return undefined;
  // `Shinzo Abe, beat agriculture minister Shinjiro Koizumi in …`: a role noun right before a name is that name's title
  // (`Ed Hart, Democratic Leader Chuck Ames and …`: and a capitalised title's before a given name, a list's next person)
  const next = phrase[head + 1];
  if (next !== undefined && next.kind === "word" && startsUpper(next.text) && (startsLower(phrase[head]!.text) || isFirstName(next.text))) return undefined;
  // (nouns and adjectives may qualify it, `lighthouse keeper`, `retired physician`; a clause may not: `the man who met a minister`)
  if (phrase.slice(0, head).some((t) => t.kind === "word" && startsLower(t.text) && !t.possessive && !ROLE_MODIFIERS.has(t.text) && isStopword(t.text))) {
    return undefined;
  }
  const role = joinTokens(phrase, text);
  return and === undefined ? { role, end } : { role, end, and };
}

/** The word at token `i` is a verb's, whose object a determiner opens: `lose his job`, `chairs the club` (not `to farm groups`). */
function verbWithObjectAt(tokens: readonly NameToken[], i: number): boolean {
  const verb = tokens[i]?.text ?? "";
  return startsLower(verb) && (hasIngForm(verb) || isPresentVerbForm(verb)) && isDeterminer(tokens[i + 1]?.text ?? "");
}

/** A time unit counted after `for`: `for 19 years`, `for three decades`. */
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|decades?)$/;

/** The token at `i` opens how long a role was held: `since 2022`, `until May`, `for 19 years`. */
function heldFor(tokens: readonly NameToken[], i: number): boolean {
  const word = tokens[i]!.text;
  return word === "since" || word === "until" || (word === "for" && TIME_UNIT.test(tokens[i + 2]?.text ?? ""));
}

/**
 * `, a spokesman for the Civil Aviation Authority of Nepal (CAAN).`: a short name in brackets closes the body's name
 * before it, and the appositive goes on after it. Returns the token after the closing bracket, or `at` when no such bracket opens there.
 */
function bracketedNameEnd(tokens: readonly NameToken[], at: number): number {
  if (tokens[at]?.text !== "(") return at;
  let k = at + 1;
  while (k < at + 4 && tokens[k]?.kind === "word" && startsUpper(tokens[k]!.text)) k++;
  return k > at + 1 && tokens[k]?.text === ")" ? k + 1 : at;
}

/**
 * `Ridden by Ana Ruiz, the son of Cracksman finished three lengths clear`: a past verb after a name, with its object
 * after it, makes the words after the comma the sentence's own clause (`, a lawyer for Acme based in Paris,` stays a role).
 */
function verbAfterName(tokens: readonly NameToken[], i: number): boolean {
  const before = tokens[i - 1]!;
  const object = tokens[i + 1];
  return (
    before.kind === "word" &&
    startsUpper(before.text) &&
    !before.possessive &&
    startsLower(tokens[i]!.text) &&
    hasPastVerb(tokens[i]!.text) &&
    object !== undefined &&
    (object.kind === "number" || /^(?:the|a|an|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(object.text))
  );
}

/** The sides a court report names, opening a sentence, before its counsel's name: `Prosecuting, Owen Blake said`. */
const COURT_SIDES: ReadonlyMap<string, string> = new Map([
  ["Prosecuting", "prosecuting counsel"],
  ["Defending", "defending counsel"],
]);

/** `Defending, Ruth Akande said her client was sorry`: the counsel's role a side and a comma opening the sentence give the name after them. */
export function courtSideBefore(tokens: readonly NameToken[], nameStart: number, sentenceStart: number): string | undefined {
  if (nameStart !== sentenceStart + 2 || tokens[sentenceStart + 1]?.text !== ",") return undefined;
  return COURT_SIDES.get(tokens[sentenceStart]!.text);
}

/**
 * A role set before a name by commas at the start of a sentence: `The United Nations envoy for Syria,
 * Staffan de Mistura, said`, `The HNC's chief negotiator, Mohammed Alloush, said`, `Her lawyer, Mark
 * Wykoff, declined`, `Hollis's attorney, Mark Wykoff, declined`. Returns the role without its article or
 * pronoun; a name's possessive stays, as it says whose role it is.
 */
export function leadingAppositive(tokens: readonly NameToken[], nameStart: number, nameEnd: number, sentenceStart: number, text: string): string | undefined {
  // (an age may stand before the name: `the captain, 58-year-old Douglas Ferreira,`)
  if (tokens[nameStart - 1]?.kind === "number" && isAgeAdjective(tokens[nameStart - 1]!.text)) nameStart--;
  // (the name may also end the sentence: `and met the party's new treasurer, Ian Moss.`, or an item of a list set off by
  // semicolons: `his wife, Greta; his son, Tomas;`; letters after it are its holder's: `his lawyer, Edward Fitz KC, said`)
  const closerAt = OFFICE_WORDS.has(tokens[nameEnd]?.text ?? "") && /^\p{Lu}{2,3}$/u.test(tokens[nameEnd]!.text) ? nameEnd + 1 : nameEnd;
  const closer = tokens[closerAt]?.text;
  if (tokens[nameStart - 1]?.text !== "," || (!closesName(closer) && !(closer === "of" && bodyClosedAt(tokens, closerAt + 1)))) return undefined;
  // (`the mayor of Sarno, New York,`: a state or a nation holds no role; after a town's name it says where the town lies)
  const named = tokens.slice(nameStart, nameEnd).map((t) => t.text).join(" ");
  if (REGIONS.has(named) || COUNTRIES.has(named)) return undefined;
  const end = nameStart - 1;
  const start = afterQuotation(tokens, sentenceStart, end);
  // (an adverb that opens the sentence is no part of the role: `Later Acme's chief executive, Ana Ruiz, said`)
  const from = isSentenceOpener(tokens[start]?.text ?? "") && start + 1 < end ? start + 1 : start;
  const first = tokens[from];
  if (first === undefined) return undefined;
  const opening = end - from > APPOSITIVE_MAX ? undefined : LEADING_DETERMINER.test(first.text) ? from + 1 : opensWithPossessor(tokens, from, end) ? from : undefined;
  return rolePhrase(tokens, opening, end, text) ?? rolePhrase(tokens, determinerBefore(tokens, end, from), end, text) ?? rolePhrase(tokens, possessorBefore(tokens, end, from), end, text);
}

/** `of Mishcon de Reya,`, `of the Bar Council,` after a name: the body its holder is of, a name closed by a comma or the sentence's end. */
function bodyClosedAt(tokens: readonly NameToken[], at: number): boolean {
  const from = tokens[at]?.text === "the" ? afterDescription(tokens, at + 1) : at;
  let k = from;
  while (k < from + BODY_WORDS && tokens[k] !== undefined && ((tokens[k]!.kind === "word" && startsUpper(tokens[k]!.text)) || (k > from && joinsBodyName(tokens[k]!.text)))) k++;
  return k > from && startsUpper(tokens[k - 1]!.text) && closesName(tokens[k]?.text);
}

/** A comma, a stop, a semicolon or the text's end after a name in apposition. */
function closesName(closer: string | undefined): boolean {
  return closer === "," || closer === "." || closer === ";" || closer === undefined;
}

/** A small word inside a body's name: `of`, `de`, `&`. */
function joinsBodyName(word: string): boolean {
  return INNER_PARTICLES.has(word) || INSTITUTION_CONNECTORS.has(word) || word === "&";
}

/** `the Zurich firm Baer`, `the law firm Baer`: past the words saying what kind of body the name after them is. */
function afterDescription(tokens: readonly NameToken[], from: number): number {
  for (let j = from; j < from + DESCRIPTION_WORDS && tokens[j]?.kind === "word"; j++) {
    if (startsLower(tokens[j]!.text) && CLASS_NOUNS.get(tokens[j]!.text) === "organization") return j + 1;
  }
  return from;
}

/**
 * The role a leading appositive gives the person named after it: the appositive, save where its head is a kin noun of
 * the sex the name's given name is not (`the son of one resident, Dorothy Pickles,`). The name is then whom the kin noun
 * is of, and its role is what follows `of`, if a role's noun heads it (`resident`).
 */
export function leadingRoleOf(role: string, name: string): string | undefined {
  const of = role.indexOf(" of ");
  if (of < 0 || !KIN_NOUNS.has(role.slice(role.lastIndexOf(" ", of - 1) + 1, of))) return role;
  const kin = sexOfTitles([role.slice(0, of)]);
  const named = sexEvidence({ name, roles: [] });
  if (kin === undefined || named === undefined || named.leaning || named.sex === kin) return role;
  const rest = role.slice(of + 4).replace(OF_DETERMINER, "");
  return isRoleNoun(rest.slice(rest.lastIndexOf(" ") + 1)) ? rest : undefined;
}

/**
 * `approved the extradition of Do Kwon's former business partner, Daniel Shin,`, `Velmar's Agriculture Minister, Ana
 * Ruiz,`: inside a sentence, a name's possessive and the words after it before the comma, in either case.
 */
function possessorBefore(tokens: readonly NameToken[], end: number, sentenceStart: number): number | undefined {
  for (let i = end - 1; i > sentenceStart && end - i <= APPOSITIVE_MAX; i--) {
    const t = tokens[i]!;
    // (a plural's possessive apostrophe stands alone: `Norvex Estates' managing director`)
    const bare = tokens[i - 1] !== undefined && isBarePossessive(tokens[i - 1]!, t);
    if (t.kind !== "word" && !bare) return undefined;
    // (`beaten by last year's champion, Jon Rahm,`)
    if (timePossessiveAt(tokens, i)) return i - 1;
    if (bare ? startsUpper(tokens[i - 1]!.text) : t.possessive && startsUpper(t.text)) {
      let k = bare ? i - 1 : i;
      while (k - 1 > sentenceStart && end - k < APPOSITIVE_MAX && (firmAmpersandAt(tokens, k - 1) || innerParticleAt(tokens, k - 1) || (tokens[k - 1]!.kind === "word" && startsUpper(tokens[k - 1]!.text) && !tokens[k - 1]!.possessive))) k--;
      // (a sentence's first word is left out above, as every sentence opens with a capital, but before a particle it is the name's: `Van der Berg's`)
      if (k - 1 === sentenceStart && innerParticleAt(tokens, k)) k--;
      return k;
    }
  }
  return undefined;
}

/** A surname's particle after a name's word or another particle: `la` in `De la Vega's`, `de` in `José de la Vega's`. */
function innerParticleAt(tokens: readonly NameToken[], at: number): boolean {
  const before = tokens[at - 1]?.text ?? "";
  return INNER_PARTICLES.has(tokens[at]!.text) && (startsUpper(before) || INNER_PARTICLES.has(before));
}

const CLOSING_QUOTES: ReadonlySet<string> = new Set(["”", '"']);
const QUOTE_ENDS: ReadonlySet<string> = new Set([",", ".", "?", "!"]);

/**
 * Where the words after a quotation begin, when one closes before `end` (`"…," Acme's chief executive, Ana
 * Ruiz, said`): the role phrase opens there, not at the sentence's start inside the quotation.
 */
function afterQuotation(tokens: readonly NameToken[], sentenceStart: number, end: number): number {
  for (let i = end - 1; i > sentenceStart && end - i <= APPOSITIVE_MAX + 1; i--) {
    if (CLOSING_QUOTES.has(tokens[i]!.text) && QUOTE_ENDS.has(tokens[i - 1]!.text)) return i + 1;
  }
  return sentenceStart;
}

/** A title phrase of forms of address alone (`Dr.`, `Mr`), which a role set before the name by commas may precede. */
export function isAddressOnly(phrase: readonly NameToken[]): boolean {
  return phrase.every((t) => isStandaloneHonorific(t.text));
}

/**
 * `and his Mexican counterpart, Andrés López Obrador,`: inside a sentence, the words after the last
 * determiner before the comma, when they are all words.
 */
function determinerBefore(tokens: readonly NameToken[], end: number, sentenceStart: number): number | undefined {
  // (`the Minister of the Economy`, `a spokesman for the state police`: a `the` after `of` or `for` is inside the phrase
  // when a determiner opens the phrase before it; else it opens the phrase: `according to the team's coach`)
  let glued: number | undefined;
  for (let i = end - 1; i > sentenceStart && end - i <= APPOSITIVE_MAX; i--) {
    const t = tokens[i]!;
    // (`his wife of 62 years`: a tenure's count is read with the phrase)
    if (t.kind !== "word" && !(tokens[i - 1]?.text === "of" && TENURE_UNIT.test(tokens[i + 1]?.text ?? ""))) return glued;
    if (!LEADING_DETERMINER.test(t.text) || !startsLower(t.text)) continue;
    if (!ROLE_GLUE.test(tokens[i - 1]?.text ?? "")) return i + 1;
    glued ??= i + 1;
  }
  return glued;
}

/** What joins a portfolio's office or a body's head to the field it serves: `Minister for Justice`, `Department of Justice`. */
const PORTFOLIO_GLUE: ReadonlySet<string> = new Set(["of", "for"]);

/** A title word that also names a field at token `at`, after a body's head and its `of` or `for`: `Justice` in `Alliance for Justice`. */
export function fieldHonorificOfBody(tokens: readonly Pick<NameToken, "text">[], at: number): boolean {
  return FIELD_HONORIFICS.has(tokens[at]?.text ?? "") && PORTFOLIO_GLUE.has(tokens[at - 1]?.text ?? "") && isOrganizationHead(tokens[at - 2]?.text ?? "");
}

/** What joins a role's noun to what it serves: `envoy for Syria`, `professor at Yale`. */
export const ROLE_GLUE = /^(?:for|of|at|to|in|on)$/;

/** The role in `[from, end)`, without its article or pronoun: all words, its head a role noun. */
function rolePhrase(tokens: readonly NameToken[], from: number | undefined, end: number, text: string): string | undefined {
  if (from === undefined || end - from < 1) return undefined;
  const phrase = withoutTenure(tokens.slice(from, end));
  if (phrase.some((t, k) => t.kind !== "word" && !(k > 0 && isBarePossessive(phrase[k - 1]!, t)) && !(k > 0 && firmAmpersandAt(phrase, k)) && !bracketsAcronym(phrase, k))) return undefined;
  // the role noun ends the phrase or comes right before its `for`, `of`, `at` or `to`: `envoy for Syria`
  const glue = phrase.findIndex((t) => ROLE_GLUE.test(t.text));
  const headAt = (glue < 0 ? phrase.length : glue) - 1;
  const head = phrase[headAt];
  if (head === undefined || !isRoleHead(head)) return undefined;
  // a determiner or a verb before the head ends a clause, not a role: `Her death was confirmed by her son`;
  // a preposition that joins no role to its field puts the head in another phrase: `the green jacket by last year's champion`
  for (let i = 1; i < headAt; i++) if (CLAUSE_WORD.test(phrase[i]!.text) || OUTSIDE_ROLE.has(phrase[i]!.text)) return undefined;
  // so does a verb in the past with its object after it: `A judge on Wednesday approved the extradition of`
  // (`the newly elected president`, `the firm based in Leeds` keep a participle inside the role)
  for (let i = headAt + 1; i < phrase.length - 1; i++) if (hasPastVerb(phrase[i]!.text) && LEADING_DETERMINER.test(phrase[i + 1]!.text)) return undefined;
  return joinTokens(phrase, text);
}

/** A count and a unit of time after `of`: how long a role has been held. */
const TENURE_COUNT = /^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)$/;
const TENURE_UNIT = /^(?:years|months|decades)$/;

/** The phrase without how long its role has been held (`his wife of 62 years`, `her partner of nine months`). */
function withoutTenure(phrase: readonly NameToken[]): readonly NameToken[] {
  const n = phrase.length;
  return n >= 4 && phrase[n - 3]!.text === "of" && TENURE_COUNT.test(phrase[n - 2]!.text) && TENURE_UNIT.test(phrase[n - 1]!.text) ? phrase.slice(0, n - 3) : phrase;
}

/** Prepositions that stand before no role's head inside it: not its glue (`envoy for`), nor `past president` or `under secretary`. */
const OUTSIDE_ROLE: ReadonlySet<string> = new Set([...PREPOSITIONS].filter((p) => !ROLE_GLUE.test(p) && !["past", "inside", "outside", "under", "over"].includes(p)));

const DETERMINERS = "the|a|an|his|her|their|its|our|my";
const LEADING_DETERMINER = new RegExp(`^(?:${DETERMINERS})$`, "i");

/** A word that opens a noun phrase: an article or a possessive (`the`, `his`), in either case. */
export function isDeterminer(word: string): boolean {
  return LEADING_DETERMINER.test(word);
}
const CLAUSE_WORD = new RegExp(`^(?:${DETERMINERS}|is|was|are|were|be|been|has|had|have|said|says)$`);
/** What may open the words a kin noun's `of` names: `the son of one resident`. */
const OF_DETERMINER = new RegExp(`^(?:${DETERMINERS}|one)\\s+`, "i");

/** `Pelgrin & Co's head of drawings`: an ampersand between capitalised words joins a firm's name. */
function firmAmpersandAt(tokens: readonly NameToken[], at: number): boolean {
  return tokens[at]?.text === "&" && startsUpper(tokens[at - 1]?.text ?? "") && startsUpper(tokens[at + 1]?.text ?? "");
}

/** The phrase from `from` opens with a name's possessive (`Hollis's`, `Sangamon County's`) and goes on before `end`. */
function opensWithPossessor(tokens: readonly NameToken[], from: number, end: number): boolean {
  for (let i = from; i < end - 1 && i - from < 4; i++) {
    const t = tokens[i]!;
    if (i > from && firmAmpersandAt(tokens, i)) continue;
    if (t.kind !== "word" || !startsUpper(t.text)) return false;
    // (a plural's possessive apostrophe stands alone: `Norvex Estates' managing director`)
    if (t.possessive || (tokens[i + 1] !== undefined && isBarePossessive(t, tokens[i + 1]!))) return true;
  }
  return false;
}
