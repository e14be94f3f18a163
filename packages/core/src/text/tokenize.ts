import type { Span } from "./positions.js";

export type TokenKind = "word" | "number" | "punct";

export interface Token extends Span {
  readonly text: string;
  readonly kind: TokenKind;
}

/*
 * One pass, no backtracking-prone alternations:
 * - dotted abbreviations (U.S., D.C.) stay one token with their final period;
 * - words keep inner apostrophes and hyphens (Obama’s, case-by-case, P-5-plus-1);
 * - numbers keep inner separators (7:58, 1,000, 3.5);
 * - anything else is one code point of punctuation (astral characters are not split).
 */
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:]\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;

function kindOf(value: string): TokenKind {
  const c = value.charCodeAt(0);
  // ASCII letters and digits, by far the commonest, without a Unicode regex
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return "word";
  if (c >= 48 && c <= 57) return /^[\p{N}.,:]+$/u.test(value) ? "number" : "word";
  if (c < 128) return "punct";
  const first = String.fromCodePoint(value.codePointAt(0)!);
  if (/\p{N}/u.test(first) && /^[\p{N}.,:]+$/u.test(value)) return "number";
  return /[\p{L}\p{N}]/u.test(first) ? "word" : "punct";
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const value = m[0];
    const end = Math.min(start + value.length, to);
    tokens.push({ start, end, text: end === start + value.length ? value : text.slice(start, end), kind: kindOf(value) });
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}
