import { ORD, type WrittenDate } from "./absolute.js";
import { isValidDate } from "./calendar.js";

/** A day's number as a list writes it: `14`, `14th`. */
const DAY = String.raw`\d{1,2}${ORD}`;
/** More days listed before the last one: `, 4`, `, 4th`. */
const MORE_DAYS = String.raw`(?:\s*,\s*${DAY}){0,5}`;
/** What joins the last day of a list to the one before: `and`, `or`, `&`, or a range's dash. */
const JOINT = String.raw`(?:,?\s+(?:and|or|&)\s+|\s*[-–]\s*)`;
/** A range's first day after `from`, up to its `to`: `from 26 to 28 June` (a count out of order is none: `went from 26 to 3 May`). */
const FROM_DAY = String.raw`(?<=\b[Ff]rom\s+)${DAY}\s+(?:to|until|till)\s+$`;
/** Days listed before a day-first date, up to its joint: `14 and `, `3, 4 and `, `14-` (a range's first day); not an age (`aged 14 and`). */
const DAYS_BEFORE = new RegExp(String.raw`(?<![\d.,:/$£€-]|\b[Aa]ge[sd]?\s+)${DAY}${MORE_DAYS}${JOINT}$|${FROM_DAY}`);
/** Days listed after a month-first date: `, 4 and 5`, ` and 21`, `-21`. */
const DAYS_AFTER = new RegExp(String.raw`^${MORE_DAYS}${JOINT}${DAY}(?![\d.,:%]\d|\d|\s*(?:%|per\b))`);
/** Each day's number in a list matched by the patterns above. */
const DAY_NUMBER = new RegExp(DAY, "g");
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
    if (date.day === undefined) out.push(date);
    else if (/^\d/.test(date.text)) out.push(...daysBefore(text, date, from), date);
    else if (date.year !== undefined) out.push(date);
    else {
      const after = daysAfter(text, date, to);
      out.push(after?.date ?? date, ...(after?.days ?? []));
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

/** The days listed after `date`, and `date` with the year that closes the list, if one does. */
function daysAfter(text: string, date: WrittenDate, to: number): { date: WrittenDate; days: WrittenDate[] } | undefined {
  const slice = text.slice(date.end, Math.min(to, date.end + REACH));
  const m = DAYS_AFTER.exec(slice);
  if (m === null) return undefined;
  const closing = YEAR_AFTER.exec(slice.slice(m[0].length));
  if (!AFTER_LAST_DAY.test(slice.slice(m[0].length + (closing?.[0].length ?? 0)))) return undefined;
  const dated = closing === null ? date : { ...date, year: Number(closing[1]) };
  const days = daysOf(text, dated, date.end, date.end + m[0].length, true);
  return days.length > 0 ? { date: dated, days } : undefined;
}

/**
 * The days written in `[start, end)`, as dates in `date`'s month and year, when they and `date`'s day run in
 * order (`after`: the days follow it) and each is a day of that month; none otherwise.
 */
function daysOf(text: string, date: WrittenDate, start: number, end: number, after: boolean): WrittenDate[] {
  const days: WrittenDate[] = [];
  for (const m of text.slice(start, end).matchAll(DAY_NUMBER)) {
    const day = Number.parseInt(m[0], 10);
    if (!isValidDate({ year: date.year ?? 2000, month: date.month, day })) return [];
    days.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], month: date.month, day, ...(date.year === undefined ? {} : { year: date.year }) });
  }
  const order = after ? [date.day!, ...days.map((d) => d.day!)] : [...days.map((d) => d.day!), date.day!];
  return order.every((d, k) => k === 0 || d > order[k - 1]!) ? days : [];
}
