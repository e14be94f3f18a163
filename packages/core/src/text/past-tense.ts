import { codeUnits, isLetter, isLower } from "./chars.js";
import pastTense from "../lexicon/generated/past-tense.json" with { type: "json" };

/** Words ending in -ed that are not past tenses. */
const NOT_PAST = new Set(["bed", "embed", "exceed", "feed", "hundred", "indeed", "kindred", "naked", "need", "proceed", "red", "sacred", "seed", "shed", "speed", "succeed", "wed", "wicked"]);
const IRREGULAR_PAST = new Set(pastTense.irregular);

/** A simple-past verb among the words (`met`, `voted`); capitalised words are names (`United`), hyphenated ones modifiers (`so-called`). */
export function hasPastVerb(words: string): boolean {
  let i = 0;
  while (i < words.length) {
    const cp = words.codePointAt(i)!;
    if (!isLetter(cp)) {
      i += codeUnits(cp);
      continue;
    }
    // a whole word of lower-case letters, not glued to a hyphen or a letter before it nor a word character after it
    const start = i;
    let lower = start === 0 || words[start - 1] !== "-";
    while (i < words.length) {
      const c = words.codePointAt(i)!;
      if (!isLetter(c)) break;
      if (!isLower(c)) lower = false;
      i += codeUnits(c);
    }
    if (!lower || isAsciiWordChar(words.charCodeAt(i))) continue;
    const word = words.slice(start, i);
    if (IRREGULAR_PAST.has(word) || (word.length > 3 && word.endsWith("ed") && !NOT_PAST.has(word))) return true;
  }
  return false;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95;
}
