import type { WrittenDate } from "./absolute.js";
import { isValidDate } from "./calendar.js";

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** Days listed before a day-first date, up to its joint: `14 and `, `3, 4 and `, `14-` (a range's first day); not an age (`aged 14 and`). */
const DAYS_BEFORE = new RegExp(String.raw`(?<![\d.,:/$£€-]|\b[Aa]ge[sd]?\s+)${DAY}((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?){0,5})(?:,?\s+(?:and|or|&)\s+|\s*[-–]\s*)$`);
/** Days listed after a month-first date: `, 4 and 5`, ` and 21`, `-21`. */
const DAYS_AFTER = new RegExp(String.raw`^((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?){0,5})(?:,?\s+(?:and|or|&)\s+|\s*[-–]\s*)${DAY}(?![\d.,:%]\d|\d|\s*(?:%|per\b))`);
/** The year that closes a list of days, and so holds for them all: `March 20 and 21, 2024`. */
const YEAR_AFTER = /^,\s*(\d{4})(?!\d)/;
/** What may follow the last day of a list, which a count of things would not have after it: `and 21 at`, `and 21.` */
const AFTER_LAST_DAY = /^(?:\s*(?:[.,;:!?)\]]|$)|\s+(?:at|in|on|when|with|to|for|as|and|or|but|from|after|before|until|while|during|this|next|last)\b)/;
/** How far before or after a date a list of its days may reach. */
const REACH = 40;

/**
 * The bare days listed with a written date, each a date of its own in the date's month and year: `14` of `14 and 15
 * March`, `3` and `4` of `3, 4 and 5 February`, `21` of `March 20 and 21`, `14` of `14-15 April`. The days must run
 * up to the date (or on from it) in order, so a count beside a date (`aged 14 and 15 March`, `March 20 and 21 people`)
 * is not taken: the count then breaks the order or has a noun after it. Returns `dates` with the days added, in text order.
 */
export function withCoordinatedDays(text: string, dates: readonly WrittenDate[], from: number, to: number): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const date of dates) {
    if (date.day === undefined) {
      out.push(date);
      continue;
    }
    if (/^\d/.test(date.text)) out.push(...daysBefore(text, date, from));
    out.push(date);
    if (!/^\d/.test(date.text) && date.year === undefined) {
      const after = daysAfter(text, date, to);
      if (after !== undefined) {
        const [days, year] = after;
        if (year !== undefined) out[out.length - 1] = { ...date, year };
        out.push(...days);
      }
    }
  }
  return out;
}

function daysBefore(text: string, date: WrittenDate, from: number): WrittenDate[] {
  const start = Math.max(from, date.start - REACH);
  const m = DAYS_BEFORE.exec(text.slice(start, date.start));
  if (m === null) return [];
  const at = start + m.index;
  return daysOf(text, date, at, at + m[0].length, false);
}

function daysAfter(text: string, date: WrittenDate, to: number): [WrittenDate[], number | undefined] | undefined {
  const slice = text.slice(date.end, Math.min(to, date.end + REACH));
  const m = DAYS_AFTER.exec(slice);
  if (m === null) return undefined;
  const closing = YEAR_AFTER.exec(slice.slice(m[0].length));
  if (!AFTER_LAST_DAY.test(slice.slice(m[0].length + (closing?.[0].length ?? 0)))) return undefined;
  const year = closing === null ? undefined : Number(closing[1]);
  const days = daysOf(text, year === undefined ? date : { ...date, year }, date.end, date.end + m[0].length, true);
  return days.length > 0 ? [days, year] : undefined;
}

/**
 * The days written in `[start, end)`, as dates in `date`'s month and year, when they and `date`'s day run in
 * order (`after`: the days follow it) and each is a day of that month; none otherwise.
 */
function daysOf(text: string, date: WrittenDate, start: number, end: number, after: boolean): WrittenDate[] {
  const days: WrittenDate[] = [];
  for (const m of text.slice(start, end).matchAll(/\d{1,2}(?:st|nd|rd|th)?/g)) {
    const day = Number.parseInt(m[0], 10);
    if (!isValidDate({ year: date.year ?? 2000, month: date.month, day })) return [];
    days.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], month: date.month, day, ...(date.year === undefined ? {} : { year: date.year }) });
  }
  const order = after ? [date.day!, ...days.map((d) => d.day!)] : [...days.map((d) => d.day!), date.day!];
  return order.every((d, k) => k === 0 || d > order[k - 1]!) ? days : [];
}
