/**
 * Unicode character classes by code point, for the hot loops that would otherwise run a `/u` regex per
 * character or word. ASCII is answered by arithmetic; any other code point is classified once by the
 * regex engine and remembered in a table of one byte per code point.
 */

const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const NUMBER = 8;
const MARK = 16;
const SPACE = 32;
const KNOWN = 128;

let table: Uint8Array | undefined;

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  let flags = KNOWN;
  if (/\p{L}/u.test(c)) flags |= LETTER;
  if (/\p{Lu}/u.test(c)) flags |= UPPER;
  if (/\p{Ll}/u.test(c)) flags |= LOWER;
  if (/\p{N}/u.test(c)) flags |= NUMBER;
  if (/\p{M}/u.test(c)) flags |= MARK;
  if (/\s/u.test(c)) flags |= SPACE;
  return flags;
}

function flagsOf(cp: number): number {
  table ??= new Uint8Array(0x110000);
  let flags = table[cp]!;
  if (flags === 0) table[cp] = flags = classify(cp);
  return flags;
}

/** \p{L} */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return (flagsOf(cp) & LETTER) !== 0;
}

/** \p{Lu} */
export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return (flagsOf(cp) & UPPER) !== 0;
}

/** \p{Ll} */
export function isLower(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return (flagsOf(cp) & LOWER) !== 0;
}

/** \p{N} */
export function isNumber(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return (flagsOf(cp) & NUMBER) !== 0;
}

/** \p{L} or \p{N} */
export function isAlphanumeric(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return (flagsOf(cp) & (LETTER | NUMBER)) !== 0;
}

/** \p{L}, \p{M} or \p{N}: what may continue a word. */
export function isWordPart(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return (flagsOf(cp) & (LETTER | NUMBER | MARK)) !== 0;
}

/** A plain space alone, not a tab or a line break: what joins two words on one line (a hard wrap's newline may end a headline's). */
export function isPlainSpace(cp: number): boolean {
  return cp === 32;
}

/** JavaScript's \s. */
export function isSpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
  return (flagsOf(cp) & SPACE) !== 0;
}

/** How many UTF-16 code units the code point takes: two for an astral one. */
export function codeUnits(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** The word is one capital letter and nothing else (`/^\p{Lu}$/u`). */
export function isCapitalLetter(word: string): boolean {
  const cp = word.codePointAt(0);
  return cp !== undefined && word.length === codeUnits(cp) && isUpper(cp);
}

/** The word starts with a capital letter (`/^\p{Lu}/u`). */
export function startsUpper(word: string): boolean {
  return word.length > 0 && isUpper(word.codePointAt(0)!);
}

/** The word with its first letter in capitals, as titles and sentence openers write it: `minister` → `Minister`. */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The word starts with a lower-case letter (`/^\p{Ll}/u`). */
export function startsLower(word: string): boolean {
  return word.length > 0 && isLower(word.codePointAt(0)!);
}

/** The word is two or more capital letters and nothing else, as a label or a shouted line sets a name: `HALE` (`/^\p{Lu}{2,}$/u`). */
export function isCapitalsWord(word: string): boolean {
  return CAPITALS_WORD.test(word);
}
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;

/** Some letter of the word is lower case (`/\p{Ll}/u`). */
export function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) return true;
      continue;
    }
    const cp = word.codePointAt(i)!;
    if (isLower(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}
