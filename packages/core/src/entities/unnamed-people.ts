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
 * `One mother, who asked not to be named, said she …`, `said a resident`: someone the article does not name,
 * as the subject of a sentence (its first words), of a clause of time or cause, or of a speech verb right before. Returns the noun's token
 * index, or -1. Not when a name follows in apposition (`A spokeswoman, Ana Ruiz, said`): that one is named.
 */
export function unnamedPersonAt(tokens: readonly Token[], ti: number, sentenceStart: number, sentenceEnd: number): number {
  const det = tokens[ti]!;
  if (!INDEFINITE.has(det.text)) return -1;
  const before = tokens[ti - 1];
  if (ti !== sentenceStart && !(before !== undefined && before.kind === "word" && (isSpeechVerb(before.text) || TIME_OR_CAUSE.has(before.text)))) return -1;
  for (let k = ti + 1; k < Math.min(sentenceEnd, ti + 2 + MODIFIERS); k++) {
    const word = tokens[k]!;
    if (word.kind !== "word" || !/^\p{Ll}/u.test(word.text)) return -1;
    if (!isPersonNoun(word.text)) continue;
    // (`One of the mothers` and `a mother of three` are read as they come; `a mother, Ana Ruiz,` is named)
    const after = tokens[k + 1];
    const named = after?.text === "," && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? "");
    return named ? -1 : k;
  }
  return -1;
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

