import { PREPOSITIONS } from "../text/prepositions.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import type { Token } from "../text/tokenize.js";
import { KIN_NOUNS, singularOf } from "./lexicon.js";
import { ARTICLE, isRoleNoun } from "./roles.js";

/** Determiners of someone the article does not name: `One mother`, `a resident`, `Another woman` (as written, looked up once per word). */
const INDEFINITE: ReadonlySet<string> = new Set(["a", "an", "one", "another", "A", "An", "One", "Another"]);

/** Nouns for someone that name no trade or kin: a role noun or a kin noun is one too. */
const PEOPLE: ReadonlySet<string> = new Set([
  "woman", "man", "girl", "boy", "person", "teenager", "parent", "resident", "neighbour", "neighbor", "friend", "relative", "passenger",
  "patient", "student", "pupil", "voter", "shopper", "customer", "witness", "survivor", "victim", "villager", "local", "pensioner",
  "mourner", "protester", "fan", "tenant", "homeowner", "veteran", "refugee", "migrant", "employee", "colleague", "justice",
  "spectator", "visitor", "guest", "child",
]);

/** Conjunctions that open a clause of time or cause, whose subject is who the pronouns after it may stand for: `when a spectator fell ill`. */
const TIME_OR_CAUSE: ReadonlySet<string> = new Set(["when", "after", "before", "because", "while"]);

/** How many words may describe the person between the determiner and the noun: `a young local mother`. */
const MODIFIERS = 2;

/** A noun for one person: a word for someone, a kin noun or a role noun (`mother`, `resident`, `mayor`). */
export const isPersonNoun = (word: string) => PEOPLE.has(word) || KIN_NOUNS.has(word) || isRoleNoun(word);

/** `mayor`, `justices`, `deputies`: a noun for one person, or its plural. */
export function isPersonNounOrPlural(word: string): boolean {
  if (isPersonNoun(word)) return true;
  if (!word.endsWith("s")) return false;
  return isPersonNoun(singularOf(word));
}

/** Words that go on after the noun for someone unnamed to place them: `a nurse at the hospital`, `a soldier who …`. */
const PLACING: ReadonlySet<string> = new Set(["with", "from", "at", "in", "of", "for", "on", "who", "whose"]);

/**
 * `a local nurse`, `one mother`, `a soldier from the brigade`: a phrase that calls someone unnamed by a noun for a
 * person, alone or before the words that place them.
 */
export function isUnnamedPerson(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 2 || !INDEFINITE.has(words[0]!)) return false;
  for (let k = 1; k < Math.min(words.length, 2 + MODIFIERS); k++) {
    if (!/^\p{Ll}+$/u.test(words[k]!)) return false;
    if (isPersonNoun(words[k]!) && (k === words.length - 1 || PLACING.has(words[k + 1]!))) return true;
  }
  return false;
}

/**
 * `One mother, who asked not to be named, said she …`, `said a resident`, `Outside court, the daughter of one victim
 * said`: someone the article does not name, as a subject (see `opensSubject`). Returns the noun's token index, or -1.
 * Not when a name follows in apposition (`A spokeswoman, Ana Ruiz, said`): that one is named.
 */
export function unnamedPersonAt(tokens: readonly Token[], ti: number, sentenceStart: number, sentenceEnd: number): number {
  const det = tokens[ti]!;
  const definite = det.text === "the" || det.text === "The";
  if (!INDEFINITE.has(det.text) && !definite) return -1;
  if (!opensSubject(tokens, ti, sentenceStart)) return -1;
  for (let k = ti + 1; k < Math.min(sentenceEnd, ti + 2 + MODIFIERS); k++) {
    const word = tokens[k]!;
    if (word.kind !== "word" || !/^\p{Ll}/u.test(word.text)) return -1;
    if (!isPersonNoun(word.text)) continue;
    // (`the mayor` is most often someone named before; `the daughter of one victim` is someone new)
    if (definite && !placedBySomeone(tokens, k)) return -1;
    // (`One of the mothers` is read as it comes; `a mother, Ana Ruiz,` and `the daughter of a clerk, Ana Ruiz,` are named)
    return namedInApposition(tokens, k, sentenceEnd) ? -1 : k;
  }
  return -1;
}

/**
 * Whether the determiner at `ti` opens a subject: a sentence's first word, or the first after a speech verb, a
 * conjunction of time or cause (`when a spectator fell ill`) or a comma that follows no name (`Outside court, a …`).
 */
function opensSubject(tokens: readonly Token[], ti: number, sentenceStart: number): boolean {
  if (ti === sentenceStart) return true;
  const before = tokens[ti - 1]!;
  if (before.text === ",") return !appositionAfterName(tokens, ti, sentenceStart);
  return before.kind === "word" && (isSpeechVerb(before.text) || TIME_OR_CAUSE.has(before.text));
}

/**
 * `said Ana Ruiz, 71, a retired teacher`: the comma before the determiner at `ti` follows a name, or a name's age, so
 * the noun is that person's. Not a place a leading phrase a preposition opens names (`In Tarvel, a resident said`).
 */
function appositionAfterName(tokens: readonly Token[], ti: number, sentenceStart: number): boolean {
  let j = ti - 2;
  if (tokens[j]?.kind === "number" && tokens[j - 1]?.text === ",") j -= 2;
  if (j < sentenceStart || tokens[j]!.kind !== "word" || !/^\p{Lu}/u.test(tokens[j]!.text)) return false;
  return !PREPOSITIONS.has(tokens[sentenceStart]!.text.toLowerCase());
}

/** How many lower-case words may place someone between their noun and the comma before their name. */
const PLACING_REACH = 12;

/** `a mother, Ana Ruiz,`, `the daughter of a clerk and a seamstress, Ana Ruiz,`: a name set after the noun and the words that place it. */
function namedInApposition(tokens: readonly Token[], noun: number, sentenceEnd: number): boolean {
  let m = noun + 1;
  while (m < Math.min(sentenceEnd, noun + PLACING_REACH) && tokens[m]!.kind !== "punct" && /^\p{Ll}/u.test(tokens[m]!.text)) m++;
  return tokens[m]?.text === "," && /^\p{Lu}/u.test(tokens[m + 1]?.text ?? "");
}

/** `daughter of one victim`, `mother of a pupil`: `of` and someone unnamed follow the noun at `noun`. */
function placedBySomeone(tokens: readonly Token[], noun: number): boolean {
  return tokens[noun + 1]?.text === "of" && INDEFINITE.has(tokens[noun + 2]?.text ?? "");
}

/**
 * Where the phrase for someone unnamed ends: past the `of` phrase that places them when it calls someone by a noun for
 * a person too (`the daughter of one victim`), else at the noun (`a neighbour`). A token index.
 */
export function unnamedPhraseEnd(tokens: readonly Token[], noun: number, sentenceEnd: number): number {
  if (!placedBySomeone(tokens, noun)) return noun;
  for (let k = noun + 3; k < Math.min(sentenceEnd, noun + 4 + MODIFIERS); k++) {
    const word = tokens[k]!;
    if (word.kind !== "word" || !/^\p{Ll}/u.test(word.text)) break;
    if (isPersonNounOrPlural(word.text)) return k;
  }
  return noun;
}

/**
 * `beat the 12th seed, who was playing in her first final`: someone described by lower-case words or a rank after an
 * article, whom `, who` sets a clause about; its pronouns are theirs. Returns the noun's token index, or -1.
 */
export function describedBeforeWho(tokens: readonly Token[], ti: number, sentenceEnd: number): number {
  if (!ARTICLE.has(tokens[ti]!.text.toLowerCase())) return -1;
  for (let k = ti + 1; k < Math.min(sentenceEnd - 2, ti + 2 + MODIFIERS); k++) {
    const word = tokens[k]!;
    if (word.kind !== "word" && word.kind !== "number") return -1;
    if (!/^(?:\p{Ll}+|\d+(?:st|nd|rd|th))$/u.test(word.text)) return -1;
    if (tokens[k + 1]!.text === "," && tokens[k + 2]!.text === "who") return k;
  }
  return -1;
}

