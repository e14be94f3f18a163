import type { DateMention } from "../model.js";
import type { Span } from "../text/positions.js";
import { daysInMonth, weekdayOf } from "./calendar.js";
import { isPossessiveDate } from "./expressions.js";

/**
 * How many years after the latest year an article names (or before the earliest it looks ahead to) its own year
 * may be. News names its own year or a recent one (`in 2023`, `by the end of 2025`); within four years a day of
 * the year falls on each weekday at most once, so the lead's weekday picks one year or none.
 */
const YEAR_REACH = 3;

/** A target's noun after a year, perhaps after two words that say what it is for: `2040 climate target`, `2050 net-zero goal`. */
const TARGET_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:target|targets|goal|goals|deadline|pledge|pledges|commitment|commitments|ambition|ambitions)\b/u;

/** A year-less wire dateline's day (`SEATTLE, Oct 28 (Reuters) -`). */
export interface DatelineDay {
  readonly month: number;
  readonly day: number;
  /** Where the whole dateline ends: the lead's weekday is looked for after it, in its sentence. */
  readonly datelineEnd: number;
  /** The end of the sentence that holds the dateline. */
  readonly sentenceEnd: number;
}

/**
 * The year of a dateline that gives only the day. Wire copy names the dateline's day by its weekday in the
 * lead (`Amazon said on Tuesday`); the years the article writes bound its own: one in the past tense comes
 * before it, one in the future tense or after `by` or `until` after it, as does a copyright line's. The year is
 * the one within those bounds whose day falls on the lead's weekday; with no weekday or no year written, none.
 */
export function inferDatelineYear(text: string, day: DatelineDay, mentions: readonly DateMention[], copyrightYear: number | undefined): number | undefined {
  const lead = mentions.find((m) => m.span.start >= day.datelineEnd && m.span.start < day.sentenceEnd && m.expression.kind === "weekday" && !isPossessiveDate(text, m.span));
  if (lead === undefined || lead.expression.kind !== "weekday" || lead.expression.offset !== undefined || lead.tense !== "past") return undefined;
  let after: number | undefined;
  let before = copyrightYear;
  for (const m of mentions) {
    const year = writtenYear(m);
    if (year === undefined) continue;
    const preceding = text.slice(Math.max(0, m.span.start - 30), m.span.start);
    // (`the first time since independence in 1990`: a span's start runs to the present, however long ago, so bounds nothing near it)
    if (/\bsince\s+(?:\S+\s+){0,2}$/i.test(preceding)) continue;
    // (`was founded in 1986`, `born in 1961`, `first held in 1981`, `last erupted in 1998`, `The case began in 2019`: a
    // founding's, a birth's, a first or a last time's or a start's year lies as far back as it may)
    if (/\b(?:founded|established|born|built|began|started|(?:first|last)\s+(?:held|run|\p{Ll}+ed))\s+(?:in\s+)?$/iu.test(preceding)) continue;
    // (`a 2040 climate target`: a target's year may lie decades ahead, so bounds nothing near the report)
    if (TARGET_AFTER.test(text.slice(m.span.end, m.span.end + 40))) continue;
    if (m.tense === "future" || /\b(?:by|until|before)\s+(?:the\s+)?(?:end\s+of\s+)?$/i.test(preceding.slice(-20))) before = Math.min(before ?? year, year);
    else after = Math.max(after ?? year, year);
  }
  if (after === undefined && before === undefined) return undefined;
  // (`capsized late Sunday` under a Monday's dateline: wire copy names the night before the report so)
  const weekday = isNightBefore(text, lead.span) ? (lead.expression.weekday + 1) % 7 : lead.expression.weekday;
  const fits = (year: number) => day.day <= daysInMonth(year, day.month) && weekdayOf({ year, month: day.month, day: day.day }) === weekday;
  // a copyright line gives the page's own year, which it is when the weekday fits
  if (copyrightYear !== undefined && (after === undefined || after <= copyrightYear) && fits(copyrightYear)) return copyrightYear;
  const from = after ?? before! - YEAR_REACH;
  const to = Math.min(before ?? Infinity, from + YEAR_REACH);
  const years: number[] = [];
  for (let year = from; year <= to; year++) if (fits(year)) years.push(year);
  // (bounded on one side only, the year nearest the bound)
  return after === undefined ? years.at(-1) : years[0];
}

/** The year a mention writes out, when it names one. */
function writtenYear(m: DateMention): number | undefined {
  const e = m.expression;
  if (e.kind === "written") return e.date.year;
  if (e.kind === "year") return e.year;
  if (e.kind === "season") return e.year;
  if (e.kind === "holiday") return e.holiday.year;
  return undefined;
}

/** `late Sunday`, `Sunday night`: the night before a morning's report. */
function isNightBefore(text: string, span: Span): boolean {
  return /\blate\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, span.start - 9), span.start)) || /^\s+(?:night|evening)\b/i.test(text.slice(span.end, span.end + 9));
}
