import { foldDiacritics } from "../text/fold.js";
import type { Candidate } from "./candidates.js";
import { ELIDED, FOREIGN_SMALL_WORDS } from "./foreign-small-words.js";
import { isEnglishWord } from "./lexicon.js";
import { replaceWithBody } from "./replace-candidates.js";

/** Small words an acronym passes over that English writes too (`of`, `die`, `en`), so that alone they show no other language. */
const ENGLISH_SMALL_WORDS: ReadonlySet<string> = new Set(["of", "for", "the", "and", "in", "on", "an", "a", "die", "en"]);

/** A word of the spelled-out name: letters, inner hyphens and apostrophes. */
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** What may stand between two words of the name: space, perhaps after a comma (`de la concurrence, de la consommation`). */
const GAP = /^,?\s+$/;
/** Where a name spelled out before its acronym cannot reach back past (a sentence's or clause's end, quotes, brackets). */
const BARRIER = /[.;:!?()[\]"“”«»\n]/g;

/** A word of initials, which an acronym may take whole: `UK`, `EU`. */
const INITIALS = /^\p{Lu}{2,4}$/u;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * `Agence nationale de sécurité du médicament (ANSM)`, `Bundesamt für Sicherheit in der Informationstechnik (BSI)`:
 * a body named in another language, whose lower-case words no run of capitalised words reaches, spelled out before its
 * acronym in brackets. The acronym's letters are the initials of the name's words in order, each content word giving
 * its initial and each small word its own or none (Schwartz and Hearst's test for a definition, with words for
 * letters); the shortest such name that opens with a capital and holds a small word of another language is the body's.
 * Its candidate replaces those read inside it, and the acronym after it becomes its other name.
 *
 * An English name is split where a lower-case word that is no small word of a name (`to`, `products`) stands inside it
 * (`Royal Society for the Prevention of Cruelty to Animals (RSPCA)`, `Medicines and Healthcare products Regulatory
 * Agency (MHRA)`). Its acronym passes over that word, so the name is the shortest whose capitalised words
 * spell it; it is taken with one lower-case word at most, and only where it runs from the start of one name read to
 * the end of another, none of them a person's but for one of everyday words (`Care Excellence`, a misread part of the body's).
 */
export function spellOutLongForms(text: string, candidates: Candidate[]): void {
  for (const acronym of candidates.filter((c) => /^\p{Lu}{2,8}$/u.test(c.name) && text[c.end] === ")")) {
    const open = text.lastIndexOf("(", acronym.start);
    if (open < 1 || !/^\(\s*$/.test(text.slice(open, acronym.start))) continue;
    const words = wordsBefore(text, open, acronym.name.length * 3);
    const span = foreignSpelling(words, acronym.name) ?? englishSpelling(words, acronym.name, candidates);
    if (span === undefined) continue;
    replaceWithBody(text, candidates, span.map((w) => w.text), span[0]!.start, span.at(-1)!.end, acronym.sentence);
  }
}

/** Up to `limit` words right before `end`, back to the first barrier or gap that is more than space and a comma. */
function wordsBefore(text: string, end: number, limit: number): Word[] {
  const from = Math.max(0, end - 30 * limit);
  const chunk = text.slice(from, end);
  let cut = 0;
  for (const m of chunk.matchAll(BARRIER)) cut = m.index + 1;
  const words: Word[] = [];
  for (const m of chunk.slice(cut).matchAll(WORD)) words.push({ text: m[0], start: from + cut + m.index, end: from + cut + m.index + m[0].length });
  if (words.length === 0 || !/^\s*$/.test(text.slice(words.at(-1)!.end, end))) return [];
  let first = words.length - 1;
  while (first > 0 && words.length - first < limit && GAP.test(text.slice(words[first - 1]!.end, words[first]!.start))) first--;
  return words.slice(first);
}

/** The shortest spelling of `acronym` that holds a small word or elision of another language. */
function foreignSpelling(words: readonly Word[], acronym: string): Word[] | undefined {
  const start = shortestSpelling(words, acronym, false);
  const span = start === undefined ? undefined : words.slice(start);
  return span?.some((w) => FOREIGN_SMALL_WORDS.has(w.text.toLowerCase()) || ELIDED.test(w.text)) ? span : undefined;
}

/** The shortest spelling of `acronym` by capitalised words, from the start of one name read to the end of another, none a person's. */
function englishSpelling(words: readonly Word[], acronym: string, candidates: readonly Candidate[]): Word[] | undefined {
  if (acronym.length < 3) return undefined;
  const start = shortestSpelling(words, acronym, true);
  const span = start === undefined ? [] : words.slice(start);
  if (span.length === 0 || span.filter((w) => isLowerContentWord(w.text)).length > 1) return undefined;
  const from = span[0]!.start;
  const to = span.at(-1)!.end;
  const inside = candidates.filter((c) => c.start >= from && c.end <= to);
  // (a person's name of everyday words is a misread part of the body's: `Care Excellence`)
  if (inside.some((c) => c.cls.type === "person" && !c.words.every((w) => isEnglishWord(w.toLowerCase())))) return undefined;
  return inside.some((c) => c.start === from) && inside.some((c) => c.end === to) ? span : undefined;
}

/**
 * The index of the first word of the shortest name among `words` (ending with the last) that spells `acronym`; with
 * `lowerGivesNone`, a lower-case word that is no small word gives no letter rather than its initial.
 */
function shortestSpelling(words: readonly Word[], acronym: string, lowerGivesNone: boolean): number | undefined {
  const letters = acronym.toLowerCase();
  // (what the words from one on spell does not hang on where the name starts, so every start shares what was learnt)
  const memo = new Map<number, boolean>();
  for (let start = words.length - 2; start >= 0; start--) {
    if (!/^\p{Lu}/u.test(words[start]!.text)) continue;
    // (the first word gives the first letter, though it be a small word: `La France insoumise (LFI)`)
    if (lettersAfter(words[start]!.text, letters, 0, lowerGivesNone).some((j) => j > 0 && spells(words, start + 1, letters, j, lowerGivesNone, memo))) return start;
  }
  return undefined;
}

/**
 * Words from `i` on give exactly the letters from `j` on. An English name's acronym may pass over one capitalised word
 * next to `and` (`National Institute for Health and Care Excellence (NICE)`), once `skipped` says it has not yet.
 */
function spells(words: readonly Word[], i: number, letters: string, j: number, lowerGivesNone: boolean, memo: Map<number, boolean>, skipped = !lowerGivesNone): boolean {
  if (i === words.length) return j === letters.length;
  const key = (i * 64 + j) * 2 + (skipped ? 1 : 0);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const result =
    lettersAfter(words[i]!.text, letters, j, lowerGivesNone).some((next) => spells(words, i + 1, letters, next, lowerGivesNone, memo, skipped)) ||
    (!skipped && /^\p{Lu}\p{Ll}/u.test(words[i]!.text) && (words[i - 1]?.text === "and" || words[i + 1]?.text === "and") && spells(words, i + 1, letters, j, lowerGivesNone, memo, true));
  memo.set(key, result);
  return result;
}

/**
 * Where the letters from `j` on may stand after `word` gives its share: a content word its initial, then perhaps the
 * initials of some of its later hyphenated parts in order (`Île-de-France` gives `I`, `IF` or `IDF`); a small word the same or none;
 * initials may give all their letters (`UK Research and Innovation (UKRI)`).
 */
function lettersAfter(word: string, letters: string, j: number, lowerGivesNone: boolean): number[] {
  const lower = word.toLowerCase();
  if (lowerGivesNone && isLowerContentWord(word)) return [j];
  const out = FOREIGN_SMALL_WORDS.has(lower) || ENGLISH_SMALL_WORDS.has(lower) ? [j] : [];
  const [head, ...rest] = initials(word);
  if (letters[j] !== head) return out;
  if (INITIALS.test(word) && letters.startsWith(lower, j)) out.push(j + word.length);
  const ends = new Set([j + 1]);
  for (const part of rest) for (const end of [...ends]) if (letters[end] === part) ends.add(end + 1);
  return [...out, ...ends];
}

/** A lower-case word that is no small word of any language the acronyms pass over. */
function isLowerContentWord(word: string): boolean {
  return word === word.toLowerCase() && !FOREIGN_SMALL_WORDS.has(word) && !ENGLISH_SMALL_WORDS.has(word);
}

/** The initials of a word's hyphenated parts, after any French elision, without diacritics and in lower case. */
function initials(word: string): string[] {
  return word
    .replace(ELIDED, "")
    .split("-")
    .filter((part) => part.length > 0)
    .map((part) => foldDiacritics(part[0]!).toLowerCase());
}
