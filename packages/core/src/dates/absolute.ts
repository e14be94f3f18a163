import type { Span } from "../text/positions.js";
import { type CalendarDate, TIME_ZONES, isValidDate, monthNumber, weekdayNumber } from "./calendar.js";

/** A date written out in the text, with the parts it names (a missing year is resolved later). */
export interface WrittenDate extends Span {
  readonly text: string;
  readonly year?: number;
  readonly month: number;
  readonly day?: number;
  readonly weekday?: number;
}

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAY =
  "(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun\\.?|Mon\\.?|Tues?\\.?|Wed\\.?|Thu(?:rs?)?\\.?|Fri\\.?|Sat\\.?)";
/** An ordinal's suffix after a day's number: `14th`, `1st`. */
export const ORD = "(?:st|nd|rd|th)?";

/*
 * Alternatives, longest forms first; every quantifier is bounded so matching stays linear.
 * 1: [weekday,] Month day[,] [year]   2: [weekday,] day Month [year]   3: ISO   4: Month year
 */
const DATE_RE = new RegExp(
  // a leading \b turns away the middle of words at once (a glued letter is checked again below, Unicode-aware)
  "\\b(?:" +
  [
    `(?:(${WEEKDAY}),?[ \\t]{1,3})?(${MONTH})[ \\t]{1,3}(\\d{1,2})${ORD}(?:,?[ \\t]{1,3}(\\d{4}))?(?![\\d:])`,
    `(?:(${WEEKDAY}),?[ \\t]{1,3})?(\\d{1,2})${ORD}[ \\t]{1,3}(?:of[ \\t]{1,3})?(${MONTH})(?:,?[ \\t]{1,3}(\\d{4}))?(?!\\d)`,
    `(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`,
    `(${MONTH})[ \\t]{1,3}(\\d{4})(?!\\d)`,
  ].join("|") + ")",
  "g",
);

export function findWrittenDates(text: string, from = 0, to = text.length): WrittenDate[] {
  const found: WrittenDate[] = [];
  const slice = text.slice(from, to);
  // every written date has a digit (its day or year): a paragraph without one is not searched
  if (!/\d/.test(slice)) return found;
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(slice)) !== null) {
    const start = from + m.index;
    // A month name glued to a preceding letter (Mayhem, Decide) is not a date: the regex alternatives start at word starts only.
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(slice[m.index - 1]!)) continue;
    let parts: { year?: number; month?: number; day?: number; weekday?: number } | undefined;
    if (m[2] !== undefined) parts = { weekday: wd(m[1]), month: monthNumber(m[2]), day: Number(m[3]), year: num(m[4]) };
    else if (m[7] !== undefined) parts = { weekday: wd(m[5]), day: Number(m[6]), month: monthNumber(m[7]), year: num(m[8]) };
    else if (m[9] !== undefined) parts = { year: Number(m[9]), month: Number(m[10]), day: Number(m[11]) };
    else if (m[12] !== undefined) parts = { month: monthNumber(m[12]), year: Number(m[13]) };
    if (parts?.month === undefined) continue;
    if (parts.day !== undefined) {
      const probe: CalendarDate = { year: parts.year ?? 2000, month: parts.month, day: parts.day };
      if (!isValidDate(probe)) continue;
    }
    // "May 5" is a date, but "may 5" or a bare "May" in prose is not: months must be capitalised.
    const value = m[0];
    found.push({
      start,
      end: start + value.length,
      text: value,
      month: parts.month,
      ...(parts.year !== undefined ? { year: parts.year } : {}),
      ...(parts.day !== undefined ? { day: parts.day } : {}),
      ...(parts.weekday !== undefined ? { weekday: parts.weekday } : {}),
    });
  }
  return found;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const wd = (s: string | undefined) => (s === undefined ? undefined : weekdayNumber(s));

/** A header stamp such as `updated 7:58 PM EST, Thu November 6, 2014` or `Friday, November 7, 2014`. */
export interface DateStamp {
  readonly date: WrittenDate;
  readonly kind: "published" | "updated";
  /** Said outright to be the first publication (`First published on …`), which outranks a bare date above it. */
  readonly first?: boolean;
}

// (a time may be written with a period, `17.30`, and is followed by its zone, `AEDT`, its offset, `GMT+1`, or its city, `(Paris)`;
// a slash may stand between the date and the time, `Jul 24, 2022 / 08:15 PM PDT`)
const STAMP_FILLER = new RegExp(
  `^(?:[\\s,|·•–—\\-:/]|updated|last updated|modified|last modified|published|posted|first published|originally published|on|at|\\d{1,2}(?:[:.]\\d{2}){1,2}|[ap]\\.?m\\.?|(?:GMT|UTC)[+\\-−]\\d{1,2}(?::?\\d{2})?|\\(\\p{Lu}[\\p{L}.' ]{1,30}\\)|${[...TIME_ZONES].join("|")})*$`,
  "iu",
);

/** A print edition's footer names its paper before the date: `Published in Dawn, November 16th, 2023`. */
const PUBLISHED_IN = /^\s*(?:first\s+)?published\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.'’&]*(?:\s+\p{Lu}[\p{L}.'’&]*){0,4},/iu;

export function parseDateStamp(text: string): DateStamp | undefined {
  if (text.length > 120) return undefined;
  const dates = findWrittenDates(text);
  const date = dates[0] ?? numericDate(text);
  if (date === undefined || dates.length > 1 || date.year === undefined || date.day === undefined) return undefined;
  const before = text.slice(0, date.start);
  const rest = before.replace(PUBLISHED_IN, " ") + " " + text.slice(date.end);
  if (!STAMP_FILLER.test(rest)) return undefined;
  if (/\b(?:updated|modified)\b/i.test(rest)) return { date, kind: "updated" };
  return /\b(?:first|originally)\s+published\b/i.test(rest) ? { date, kind: "published", first: true } : { date, kind: "published" };
}

/**
 * A stamp's date in figures: `15.12.2023` is day first, as in Europe; `15/12/2023` and `12/15/2023` only where
 * the day is past 12, which tells Europe's order from America's. `05/06/2023` could be either and dates nothing.
 */
function numericDate(text: string): WrittenDate | undefined {
  const m = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.])/.exec(text);
  if (m === null) return undefined;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const dayFirst = m[2] === "." || (a > 12 && b <= 12);
  if (!dayFirst && !(b > 12 && a <= 12)) return undefined;
  const date = { year: Number(m[4]), month: dayFirst ? b : a, day: dayFirst ? a : b };
  if (!isValidDate(date)) return undefined;
  return { start: m.index, end: m.index + m[0].length, text: m[0], ...date };
}
