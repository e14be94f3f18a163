import type { Span } from "../text/positions.js";
import { findWrittenDates, type WrittenDate } from "./absolute.js";
import { monthNumber, weekdayNumber } from "./calendar.js";

/** A date expression and what it says, before it is put on the calendar. */
export type DateExpression =
  | { readonly kind: "written"; readonly span: Span; readonly text: string; readonly date: WrittenDate }
  | { readonly kind: "weekday"; readonly span: Span; readonly text: string; readonly weekday: number }
  | { readonly kind: "month"; readonly span: Span; readonly text: string; readonly month: number; readonly part?: "early" | "mid" | "late" | "end" }
  | { readonly kind: "relative-day"; readonly span: Span; readonly text: string; readonly offset: number }
  | { readonly kind: "relative-month"; readonly span: Span; readonly text: string; readonly offset: number }
  | { readonly kind: "relative-year"; readonly span: Span; readonly text: string; readonly offset: number }
  | { readonly kind: "year"; readonly span: Span; readonly text: string; readonly year: number };

const MONTH_NAME = "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAY_NAME = "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday";

/* Every alternative is anchored on a word and bounded, so matching stays linear. */
const RELATIVE_RE = new RegExp(
  "\\b(?:" +
  [
    `(?<part>early|mid|late|end)(?:-of-|[- ]|\\s+of\\s+)(?<pmonth>${MONTH_NAME})\\b`,
    `(?<weekday>${WEEKDAY_NAME})\\b`,
    `(?<rday>yesterday|today|tomorrow)\\b`,
    `(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?<rmw>[Tt]his|[Ll]ast|[Nn]ext)\\s+(?<unit>month|year)\\b`,
    // a year after its preposition (`in 2014`); the look-behind follows the digits, so it is tried only where a
    // year stands and the alternation keeps V8's quick first-character check (a leading one ran at every offset)
    `(?<year>(?:19|20)\\d\\d)\\b(?<=\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom|[Oo]f)\\s+(?:19|20)\\d\\d)`,
    `(?<month>${MONTH_NAME})\\b`,
  ].join("|") + ")",
  "g",
);

const DATE_WORD_BEFORE = /\b(?:in|by|since|until|early|late|mid|of|last|next|this)\s+$/i;

/** A capitalised word that is no month or weekday starts at `at + 1`, after one space. */
function nameWordAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  const word = /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(at + 1, at + 24));
  return word !== null && monthNumber(word[0]) === undefined && weekdayNumber(word[0]) === undefined;
}

/** Finds date expressions in `[from, to)`: written dates first, then relative ones that do not overlap them. */
export function findDateExpressions(text: string, from: number, to: number): DateExpression[] {
  const found: DateExpression[] = findWrittenDates(text, from, to).map((date) => ({ kind: "written", span: { start: date.start, end: date.end }, text: date.text, date }));
  // written dates are sorted and matches come in text order: one moving pointer finds overlaps in linear time
  const written = [...found];
  let w = 0;
  const taken = (s: number, e: number) => {
    while (w < written.length && written[w]!.span.end <= s) w++;
    return w < written.length && written[w]!.span.start < e;
  };
  const slice = text.slice(from, to);
  RELATIVE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE_RE.exec(slice)) !== null) {
    const g = m.groups!;
    const start = from + m.index;
    const value = m[0];
    const end = start + value.length;
    if (taken(start, end)) continue;
    const span = { start, end };
    if (g.pmonth !== undefined) found.push({ kind: "month", span, text: value, month: monthNumber(g.pmonth)!, part: g.part!.toLowerCase() as "early" | "mid" | "late" | "end" });
    else if (g.weekday !== undefined) found.push({ kind: "weekday", span, text: value, weekday: weekdayNumber(g.weekday)! });
    else if (g.rday !== undefined) found.push({ kind: "relative-day", span, text: value, offset: { yesterday: -1, today: 0, tomorrow: 1 }[g.rday.toLowerCase() as "yesterday"]! });
    else if (g.rmw !== undefined) {
      const offset = { this: 0, last: -1, next: 1 }[g.rmw.toLowerCase() as "this"]!;
      found.push({ kind: g.unit === "month" ? "relative-month" : "relative-year", span, text: value, offset });
    } else if (g.year !== undefined) found.push({ kind: "year", span, text: value, year: Number(g.year) });
    else if (g.month !== undefined) {
      const dateWordBefore = DATE_WORD_BEFORE.test(slice.slice(Math.max(0, m.index - 8), m.index));
      // "May" is a month only beside a date word; otherwise it is the verb
      if (g.month === "May" && !dateWordBefore) continue;
      // `June Carter`, `April Ryan`, `the October Revolution`: a month before a name word is part of a name, unless a date word comes first
      if (!dateWordBefore && nameWordAt(slice, m.index + value.length)) continue;
      found.push({ kind: "month", span, text: value, month: monthNumber(g.month)! });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
