import { codeUnits, isAlphanumeric, isNumber, isSpace, isUpper, isWordPart } from "./chars.js";
import type { Span } from "./positions.js";

export type TokenKind = "word" | "number" | "punct";

export interface Token extends Span {
  readonly text: string;
  readonly kind: TokenKind;
}

/*
 * One pass by hand, with the same tokens as the regex
 *   (?:\p{Lu}\.){2,} | \p{N}+(?:[.,:]\p{N}+)+(?![\p{L}\p{N}]) | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)* | \S
 * (the test checks both agree on arbitrary text) at several times its speed:
 * - dotted abbreviations (U.S., D.C.) stay one token with their final period;
 * - words keep inner apostrophes and hyphens (Obama’s, case-by-case, P-5-plus-1);
 * - numbers keep inner separators (7:58, 1,000, 3.5);
 * - anything else is one code point of punctuation (astral characters are not split).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    if (isSpace(cp)) {
      i += codeUnits(cp);
      continue;
    }
    let end = dottedEnd(text, i, cp);
    let kind: TokenKind = "word";
    if (end === i) {
      end = separatedNumberEnd(text, i, cp);
      if (end > i) kind = "number";
      else if (isAlphanumeric(cp)) {
        end = wordEnd(text, i);
        if (allNumbers(text, i, end)) kind = "number";
      } else {
        end = i + codeUnits(cp);
        kind = "punct";
      }
    }
    const cut = Math.min(end, to);
    tokens.push({ start: i, end: cut, text: text.slice(i, cut), kind });
    i = end;
  }
  return tokens;
}

/** `(?:\p{Lu}\.){2,}`: the end of the match at `i`, or `i`. */
function dottedEnd(text: string, i: number, cp: number): number {
  let j = i;
  let pairs = 0;
  while (isUpper(cp) && text.charCodeAt(j + codeUnits(cp)) === 46) {
    j += codeUnits(cp) + 1;
    pairs++;
    if (j >= text.length) break;
    cp = text.codePointAt(j)!;
  }
  return pairs >= 2 ? j : i;
}

function digitsEnd(text: string, j: number): number {
  while (j < text.length) {
    const cp = text.codePointAt(j)!;
    if (!isNumber(cp)) break;
    j += codeUnits(cp);
  }
  return j;
}

/** `\p{N}+(?:[.,:]\p{N}+)+(?![\p{L}\p{N}])`, backtracking a group when a letter or digit follows. */
function separatedNumberEnd(text: string, i: number, cp: number): number {
  if (!isNumber(cp)) return i;
  let j = digitsEnd(text, i);
  let groups = 0;
  let lastSeparator = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== 46 && c !== 44 && c !== 58) break;
    const k = digitsEnd(text, j + 1);
    if (k === j + 1) break;
    lastSeparator = j;
    j = k;
    groups++;
  }
  if (groups === 0) return i;
  if (j < text.length && isAlphanumeric(text.codePointAt(j)!)) return groups >= 2 ? lastSeparator : i;
  return j;
}

/** `'`, `’`, `-` and `‐`, which join the parts of a word (`O'Brien`, `Jean-Luc`). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010;
}

function codePointBefore(text: string, j: number): number {
  const c = text.charCodeAt(j - 1);
  return c >= 0xdc00 && c <= 0xdfff && j >= 2 ? text.codePointAt(j - 2)! : c;
}

/** `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*` from a letter or digit at `i`, and `&` between capitals. */
function wordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length) {
      const cp = text.codePointAt(j)!;
      if (!isWordPart(cp)) break;
      j += codeUnits(cp);
    }
    if (j + 1 < text.length && isJoiner(text.charCodeAt(j)) && isAlphanumeric(text.codePointAt(j + 1)!)) j++;
    // `AT&T`, `P&G`, `S&P`: an ampersand between capitals is inside the name
    else if (text.charCodeAt(j) === 38 && j + 1 < text.length && isUpper(codePointBefore(text, j)) && isUpper(text.codePointAt(j + 1)!)) j++;
    else return j;
  }
}

function allNumbers(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; ) {
    const cp = text.codePointAt(j)!;
    if (!isNumber(cp)) return false;
    j += codeUnits(cp);
  }
  return true;
}

/** Index of the first token that ends after `offset`: the token at `offset`, or the next one (`tokens.length` when none). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
