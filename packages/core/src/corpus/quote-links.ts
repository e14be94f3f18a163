import { isAlphanumeric } from "../text/chars.js";
/** How two quotations of the same words relate. */
export type QuoteLinkKind = "verbatim" | "elided" | "variant";

export interface QuoteComparison {
  readonly kind: QuoteLinkKind;
  /** One quote is a stretch of the other (a verbatim excerpt). */
  readonly excerpt: boolean;
  /** Words present in only one of the two, in order, for the hover and the problem message. */
  readonly onlyInFirst: readonly string[];
  readonly onlyInSecond: readonly string[];
}

const ELISION = /\s*(?:\.\.\.|…|\s—\s|\s–\s|\s--\s)\s*/u;

/** Words of a quote for comparison: case, curly apostrophes and punctuation do not matter. */
export function quoteWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a hashes of a quote's words as `quoteWords` splits them, without making the words: what
 * linking indexes every quote of the workspace by. Case is folded code point by code point, which differs
 * from folding the whole text only for context-dependent letters (a final sigma); a hash only picks the
 * quotes to compare.
 */
export function quoteWordHashes(text: string): number[] {
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  const add = (c: number) => {
    const word = c === 39 || c === 0x2018 || c === 0x2019 || isAlphanumeric(c);
    if (word) {
      h = Math.imul(h ^ (c === 0x2018 || c === 0x2019 ? 39 : c), FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      add(c >= 65 && c <= 90 ? c + 32 : c);
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const lower = String.fromCodePoint(cp).toLowerCase();
    for (let k = 0; k < lower.length; k++) {
      const l = lower.codePointAt(k)!;
      if (l > 0xffff) k++;
      add(l);
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

function indexOfRun(haystack: readonly string[], needle: readonly string[], from = 0): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function lcsDiff(a: readonly string[], b: readonly string[]): { common: number; onlyA: string[]; onlyB: string[] } {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) onlyA.push(a[i++]!);
    else onlyB.push(b[j++]!);
  }
  while (i < n) onlyA.push(a[i++]!);
  while (j < m) onlyB.push(b[j++]!);
  return { common: dp[0]![0]!, onlyA, onlyB };
}

/** Elided: the quote's pieces between `...` or a dash all appear, in order, in the other. */
function elidedIn(pieces: readonly string[][], other: readonly string[]): boolean {
  let at = 0;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const found = indexOfRun(other, piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

const MIN_WORDS = 5;
const MAX_WORDS_FOR_DIFF = 400;

/**
 * Compares two quotations. Verbatim when one's words are a stretch of the other's; elided when one
 * leaves words out at an ellipsis or dash; a variant when most words agree (small wording changes).
 * Short quotes (under five words) are not compared: `outrageous` in two articles proves nothing.
 */
export function compareQuotes(first: string, second: string): QuoteComparison | undefined {
  const a = quoteWords(first);
  const b = quoteWords(second);
  if (a.length < MIN_WORDS || b.length < MIN_WORDS) return undefined;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (indexOfRun(longer, shorter) >= 0) {
    const extra = longer.length - shorter.length;
    return { kind: "verbatim", excerpt: extra > 0, onlyInFirst: [], onlyInSecond: [] };
  }
  if (a.length > MAX_WORDS_FOR_DIFF || b.length > MAX_WORDS_FOR_DIFF) return undefined;
  const piecesA = first.split(ELISION).map(quoteWords);
  const piecesB = second.split(ELISION).map(quoteWords);
  const diff = lcsDiff(a, b);
  if ((piecesA.length > 1 && elidedIn(piecesA, b)) || (piecesB.length > 1 && elidedIn(piecesB, a))) {
    return { kind: "elided", excerpt: false, onlyInFirst: diff.onlyA, onlyInSecond: diff.onlyB };
  }
  // a shared stretch of at least eight words, or most words in common, marks the same quotation reworded
  if (diff.common / Math.min(a.length, b.length) >= 0.8) {
    return { kind: "variant", excerpt: false, onlyInFirst: diff.onlyA, onlyInSecond: diff.onlyB };
  }
  return undefined;
}
