import type { Span } from "../text/positions.js";

/** A quotation as written: its words (without marks) and the marks' extent. */
export interface QuoteSpan {
  /** The quoted words, without the quotation marks. */
  readonly content: Span;
  /** Marks included; an unclosed quote runs to its paragraph's end. */
  readonly outer: Span;
  readonly paragraph: number;
  /** `curly` (“ ”) or `straight` (").*/
  readonly style: "curly" | "straight";
  /** No closing mark before the paragraph's end. */
  readonly unclosed: boolean;
  /** The previous paragraph's quote ran on into this one (it opened without closing). */
  readonly continuesPrevious: boolean;
}

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
 * Finds double-quoted passages paragraph by paragraph. Single quotes inside are left to the passage. A
 * quote left open at a paragraph's end continues when the next paragraph opens with a quotation mark,
 * the convention for long quotes; otherwise it is unbalanced.
 */
export function scanQuotes(text: string, paragraphs: readonly Span[]): ScanResult {
  const quotes: QuoteSpan[] = [];
  const strays: StrayMark[] = [];
  let carry = false;
  paragraphs.forEach((p, index) => {
    let openAt = -1;
    let openStyle: "curly" | "straight" = "curly";
    const startsWithOpen = /^["“]/u.test(text.slice(p.start, p.start + 1));
    const continuesPrevious = carry && startsWithOpen;
    carry = false;
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
      quotes.push({
        content: { start: openAt + 1, end: i },
        outer: { start: openAt, end: i + 1 },
        paragraph: index,
        style: openStyle,
        unclosed: false,
        continuesPrevious: continuesPrevious && quotes.every((q) => q.paragraph !== index),
      });
      openAt = -1;
    }
    if (openAt >= 0) {
      const next = paragraphs[index + 1];
      const continues = next !== undefined && /^["“]/u.test(text.slice(next.start, next.start + 1));
      if (continues) carry = true;
      else strays.push({ at: openAt, paragraph: index, mark: text[openAt]! });
      let end = p.end;
      while (end > openAt + 1 && /\s/u.test(text[end - 1]!)) end--;
      quotes.push({
        content: { start: openAt + 1, end },
        outer: { start: openAt, end },
        paragraph: index,
        style: openStyle,
        unclosed: true,
        continuesPrevious: continuesPrevious && quotes.every((q) => q.paragraph !== index),
      });
    }
  });
  return { quotes: quotes.filter((q) => q.content.end > q.content.start), strays };
}
