import { isSpeechVerb } from "../text/speech-verbs.js";
import type { Token } from "../text/tokenize.js";
import { KIN_NOUNS } from "./lexicon.js";
import { isRoleNoun } from "./roles.js";

/** Determiners of someone the article does not name: `One mother`, `a resident`, `Another woman` (as written, looked up once per word). */
const INDEFINITE: ReadonlySet<string> = new Set(["a", "an", "one", "another", "A", "An", "One", "Another"]);

/** Nouns for someone that name no trade or kin: a role noun or a kin noun is one too. */
const PEOPLE: ReadonlySet<string> = new Set([
  "woman", "man", "girl", "boy", "person", "teenager", "parent", "resident", "neighbour", "neighbor", "friend", "relative", "passenger",
  "patient", "student", "pupil", "voter", "shopper", "customer", "witness", "survivor", "victim", "villager", "local", "pensioner",
  "mourner", "protester", "fan", "tenant", "homeowner", "veteran", "refugee", "migrant", "employee", "colleague", "justice",
]);

/** How many words may describe the person between the determiner and the noun: `a young local mother`. */
const MODIFIERS = 2;

/** A noun for one person: a word for someone, a kin noun or a role noun (`mother`, `resident`, `mayor`). */
export const isPersonNoun = (word: string) => PEOPLE.has(word) || KIN_NOUNS.has(word) || isRoleNoun(word);

/** `mayor`, `justices`, `deputies`: a noun for one person, or its plural. */
export function isPersonNounOrPlural(word: string): boolean {
  if (isPersonNoun(word)) return true;
  if (!word.endsWith("s")) return false;
  return isPersonNoun(word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.slice(0, -1));
}

/** `a local nurse`, `one mother`: a whole phrase that calls someone unnamed by a noun for a person. */
export function isUnnamedPerson(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.length >= 2 && words.length <= 2 + MODIFIERS && INDEFINITE.has(words[0]!) && words.slice(1).every((w) => /^\p{Ll}+$/u.test(w)) && isPersonNoun(words.at(-1)!);
}

/**
 * `One mother, who asked not to be named, said she …`, `said a resident`: someone the article does not name,
 * as the subject of a sentence (its first words) or of a speech verb right before. Returns the noun's token
 * index, or -1. Not when a name follows in apposition (`A spokeswoman, Ana Ruiz, said`): that one is named.
 */
export function unnamedPersonAt(tokens: readonly Token[], ti: number, sentenceStart: number, sentenceEnd: number): number {
  const det = tokens[ti]!;
  if (!INDEFINITE.has(det.text)) return -1;
  const before = tokens[ti - 1];
  if (ti !== sentenceStart && !(before !== undefined && before.kind === "word" && isSpeechVerb(before.text))) return -1;
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
