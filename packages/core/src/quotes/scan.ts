import { isSpace } from "../text/chars.js";
import type { Span } from "../text/positions.js";

/** A quotation as written: its words (without marks) and the marks' extent. */
export interface QuoteSpan {
  /** The quoted words, without the quotation marks. */
  readonly content: Span;
  /** Marks included; an unclosed quote runs to its paragraph's end. */
  readonly outer: Span;
  readonly paragraph: number;
  /** `curly` (“ ”), `straight` (") or `single` (‘ ’ or ', the British newspapers' marks). */
  readonly style: QuoteStyle;
  /** No closing mark before the paragraph's end. */
  readonly unclosed: boolean;
  /** The previous paragraph's quote ran on into this one (it opened without closing). */
  readonly continuesPrevious: boolean;
}

/** `transcript`: an answer in an interview's transcript, written without marks after its speaker's label. */
export type QuoteStyle = "curly" | "straight" | "single" | "transcript";

export interface StrayMark {
  readonly at: number;
  readonly paragraph: number;
  readonly mark: string;
}

export interface ScanResult {
  readonly quotes: QuoteSpan[];
  /** Closing marks with no opening mark, and opening marks left open where no continuation follows. */
  readonly strays: StrayMark[];
}

const OPEN_CURLY = "“";
const STRAIGHT = '"';

/** A straight quote opens when what precedes is a space, the line's start or an opening bracket. */
function straightOpens(text: string, at: number, from: number): boolean {
  if (at === from) return true;
  const prev = text[at - 1]!;
  return /[\s([{—–-]/u.test(prev);
}

/**
 * Finds quoted passages paragraph by paragraph: double quotation marks, and single ones where they stand
 * outside double ones (the British newspapers' convention: `said: 'We will appeal.'`). Single marks inside
 * a double-quoted passage are left to it, and double marks inside a single-quoted one are the passage's. A
 * quote left open at a paragraph's end continues when the next paragraph opens with the same kind of
 * mark, the convention for long quotes; otherwise a double one is unbalanced and a single one, more likely
 * an apostrophe, is no quote.
 */
export function scanQuotes(text: string, paragraphs: readonly Span[]): ScanResult {
  const quotes: QuoteSpan[] = [];
  const strays: StrayMark[] = [];
  let carryDouble = false;
  let carrySingle = false;
  paragraphs.forEach((p, index) => {
    const next = paragraphs[index + 1];
    const doubles = scanDouble(text, p, index, carryDouble, next, strays);
    carryDouble = doubles.carry;
    const singles = scanSingle(text, p, index, carrySingle, next, doubles.quotes);
    carrySingle = singles.carry;
    let kept = doubles.quotes;
    if (singles.quotes.length > 0) {
      const inSingle = (q: QuoteSpan) => singles.quotes.some((s) => s.outer.start < q.outer.start && q.outer.end <= s.outer.end);
      kept = [...doubles.quotes.filter((q) => !inSingle(q)), ...singles.quotes].sort((a, b) => a.outer.start - b.outer.start);
    }
    for (const q of kept) if (q.content.end > q.content.start) quotes.push(q);
  });
  return { quotes, strays };
}

interface ParagraphScan {
  readonly quotes: QuoteSpan[];
  /** A quote is left open for the next paragraph to continue. */
  readonly carry: boolean;
}

/** The quote's end when left open: the paragraph's end, less trailing white space. */
function openEnd(text: string, p: Span, openAt: number): number {
  let end = p.end;
  while (end > openAt + 1 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function scanDouble(text: string, p: Span, index: number, carried: boolean, next: Span | undefined, strays: StrayMark[]): ParagraphScan {
  const quotes: QuoteSpan[] = [];
  let openAt = -1;
  let openStyle: QuoteStyle = "curly";
  const continuesPrevious = carried && /^["“]/u.test(text.slice(p.start, p.start + 1));
  for (let i = p.start; i < p.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x201c && code !== 0x201d && code !== 0x22) continue;
    const c = text[i]!;
    const opening = c === OPEN_CURLY || (c === STRAIGHT && openAt < 0 && straightOpens(text, i, p.start));
    if (openAt < 0) {
      if (opening) {
        openAt = i;
        openStyle = c === STRAIGHT ? "straight" : "curly";
      } else {
        strays.push({ at: i, paragraph: index, mark: c });
      }
      continue;
    }
    if (c === OPEN_CURLY) {
      // a new opening mark before the old one closed: the old one is unbalanced
      strays.push({ at: openAt, paragraph: index, mark: text[openAt]! });
      openAt = i;
      openStyle = "curly";
      continue;
    }
    quotes.push({ content: { start: openAt + 1, end: i }, outer: { start: openAt, end: i + 1 }, paragraph: index, style: openStyle, unclosed: false, continuesPrevious: continuesPrevious && quotes.length === 0 });
    openAt = -1;
  }
  if (openAt < 0) return { quotes, carry: false };
  const carry = next !== undefined && /^["“]/u.test(text.slice(next.start, next.start + 1));
  if (!carry) strays.push({ at: openAt, paragraph: index, mark: text[openAt]! });
  const end = openEnd(text, p, openAt);
  quotes.push({ content: { start: openAt + 1, end }, outer: { start: openAt, end }, paragraph: index, style: openStyle, unclosed: true, continuesPrevious: continuesPrevious && quotes.length === 0 });
  return { quotes, carry };
}

/** Words written with a leading apostrophe for letters left out (`'em`, `rock 'n' roll`, `the '90s`): no quote opens there. */
const ELISION = /^(?:em|til|tis|twas|n|cause|cos|bout|round|nuff|\d\ds?)(?![\p{L}\p{N}])/iu;

/** A single mark opens a quote after a space, the paragraph's start or a bracket, before a word that is not an elision. */
function singleOpens(text: string, at: number, from: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 0x2018 && c !== 0x27) return false;
  if (at > from && !/[\s([{—–-]/u.test(text[at - 1]!)) return false;
  const after = text.slice(at + 1, at + 6);
  return /^[\p{L}\p{N}…]/u.test(after) && !ELISION.test(after);
}

/**
 * A single mark closes a quote after a non-space and before a space, punctuation or the paragraph's end;
 * `s'` before a word in lower case is a plural's possessive (`the farmers' union`), not a quote's end.
 */
function singleCloses(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 0x2019 && c !== 0x27) return false;
  const before = text[at - 1];
  if (before === undefined || isSpace(text.charCodeAt(at - 1))) return false;
  if (at + 1 >= end) return true;
  const after = text[at + 1]!;
  if (!/[\s,.;:!?)\]}—–-]/u.test(after)) return false;
  return !(before === "s" && /^\s+[\p{Ll}\p{N}]/u.test(text.slice(at + 1, at + 4)));
}

/** Single marks and apostrophes: the only characters a single-quote scan stops at. */
function isSingleMark(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019;
}

function scanSingle(text: string, p: Span, index: number, carried: boolean, next: Span | undefined, doubles: readonly QuoteSpan[]): ParagraphScan {
  const quotes: QuoteSpan[] = [];
  const continuesPrevious = carried && singleOpens(text, p.start, p.start);
  let openAt = -1;
  let d = 0;
  // a loop bounded by the paragraph: a global regex would search on past its end for the next mark
  for (let i = p.start; i < p.end; i++) {
    if (!isSingleMark(text.charCodeAt(i))) continue;
    while (d < doubles.length && doubles[d]!.outer.end <= i) d++;
    if (d < doubles.length && doubles[d]!.outer.start <= i) {
      // a double-quoted passage: its single marks are its own, and a single quote open around it goes on
      i = doubles[d]!.outer.end - 1;
      continue;
    }
    if (openAt < 0) {
      if (singleOpens(text, i, p.start)) openAt = i;
    } else if (singleCloses(text, i, p.end)) {
      quotes.push({ content: { start: openAt + 1, end: i }, outer: { start: openAt, end: i + 1 }, paragraph: index, style: "single", unclosed: false, continuesPrevious: continuesPrevious && quotes.length === 0 });
      openAt = -1;
    }
  }
  if (openAt < 0) return { quotes, carry: false };
  const carry = next !== undefined && singleOpens(text, next.start, next.start);
  if (!carry) return { quotes, carry: false };
  const end = openEnd(text, p, openAt);
  quotes.push({ content: { start: openAt + 1, end }, outer: { start: openAt, end }, paragraph: index, style: "single", unclosed: true, continuesPrevious: continuesPrevious && quotes.length === 0 });
  return { quotes, carry };
}
