import holidayData from "../lexicon/generated/holidays.json" with { type: "json" };
import type { Span } from "../text/positions.js";
import { hasPastVerb } from "../text/past-tense.js";
import { isStopword } from "../text/stopwords.js";
import { addDays, type CalendarDate, daysInMonth, monthNumber, relativeOffset, weekdayNumber, weekdayOf } from "./calendar.js";

/** How a holiday falls in a year, as date-holidays states it (see `buildHolidays`). */
export type HolidayRule =
  | { readonly month: number; readonly day: number }
  | { readonly easter: number; readonly orthodox?: boolean }
  /** The nth (-1: last) weekday of a month. */
  | { readonly nth: number; readonly weekday: number; readonly month: number }
  /** The weekday strictly before or after another day. */
  | { readonly weekday: number; readonly before: HolidayRule }
  | { readonly weekday: number; readonly after: HolidayRule };

/** A holiday named in the text, with the year written after it (`Christmas Day 2021`) or before it (`this Easter`). */
export interface WrittenHoliday extends Span {
  readonly text: string;
  readonly name: string;
  readonly rule: HolidayRule;
  readonly year?: number;
  /** `last`, `this` or `next` before the name: the one before the reference, in its year, or after it. */
  readonly offset?: -1 | 0 | 1;
}

/** Western Easter Sunday by the anonymous Gregorian computus. */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Orthodox Easter Sunday: Meeus's Julian computus, moved onto the Gregorian calendar. */
export function orthodoxEaster(year: number): CalendarDate {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const julian = { year, month: Math.floor((d + e + 114) / 31), day: ((d + e + 114) % 31) + 1 };
  return addDays(julian, Math.floor(year / 100) - Math.floor(year / 400) - 2);
}

/** The day `rule` gives in `year`. */
export function holidayDate(rule: HolidayRule, year: number): CalendarDate {
  if ("day" in rule) return { year, month: rule.month, day: rule.day };
  if ("easter" in rule) return addDays(rule.orthodox === true ? orthodoxEaster(year) : easterSunday(year), rule.easter);
  if ("nth" in rule) {
    if (rule.nth < 0) {
      const last = { year, month: rule.month, day: daysInMonth(year, rule.month) };
      return addDays(last, -((weekdayOf(last) - rule.weekday + 7) % 7));
    }
    const first = { year, month: rule.month, day: 1 };
    return addDays(first, ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1));
  }
  if ("before" in rule) {
    const base = holidayDate(rule.before, year);
    return addDays(base, -((weekdayOf(base) - rule.weekday + 6) % 7) - 1);
  }
  const base = holidayDate(rule.after, year);
  return addDays(base, ((rule.weekday - weekdayOf(base) + 6) % 7) + 1);
}

/** The US's Thanksgiving, the fourth Thursday of November. */
const THANKSGIVING: HolidayRule = { nth: 4, weekday: 4, month: 11 };

/**
 * Shopping days news dates sales and strikes by, which no public calendar lists: Black Friday, the day after
 * Thanksgiving, and the Cyber Monday after it.
 */
const SHOPPING_DAYS: ReadonlyMap<string, HolidayRule> = new Map([
  ["Black Friday", { weekday: 5, after: THANKSGIVING }],
  ["Cyber Monday", { weekday: 1, after: { weekday: 5, after: THANKSGIVING } }],
]);

const RULES: ReadonlyMap<string, HolidayRule> = new Map([...holidayData.holidays.map((h) => [h.name, h.rule as HolidayRule] as const), ...SHOPPING_DAYS]);

/**
 * What news writes for a day the calendars name in full: `Christmas` for Christmas Day, `Easter` for Easter
 * Sunday. Alone, these are as often a season or a modifier (`Christmas shopping`), so they count only
 * where a date is meant (see `SHORT_FORM_BEFORE`).
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ["Christmas", "Christmas Day"],
  ["Easter", "Easter Sunday"],
]);

/** A name as a pattern: either apostrophe, and `St.` also as `St` or `Saint`. */
function namePattern(name: string): string {
  return name
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/'/g, "['’]")
    .replace(/\bSt\\\./g, "(?:St\\.?|Saint)");
}

const NAMES = [...RULES.keys(), ...SHORT_FORMS.keys()].sort((a, b) => b.length - a.length);
const LAST_WORDS: ReadonlySet<string> = new Set(NAMES.map((name) => name.slice(name.lastIndexOf(" ") + 1)));
/* Literal alternatives, longest first, each bounded: linear. */
const HOLIDAY_RE = new RegExp(`\\b(?:${NAMES.map(namePattern).join("|")})(?![\\p{L}\\d])`, "gu");

const YEAR_AFTER = /^(?:,?[ \t]{1,3}|[ \t]{1,3}in[ \t]{1,3})((?:19|20)\d\d)(?![\p{L}\d])/u;
const OFFSET_BEFORE = /\b(last|this|next)[ \t]{1,3}$/i;
/** A short form is a date after a word that puts something in time: `over Christmas`, `before Easter`. */
const SHORT_FORM_BEFORE = /\b(?:on|at|by|before|after|since|until|till|over|during|for|through|around|of|last|this|next)[ \t]{1,3}$/i;
const WORD_AFTER = /^[ \t]{1,3}([\p{L}'’-]+)/u;

/** Curly apostrophes made straight, as the calendars write them: `New Year’s Day` is `New Year's Day`. */
function straightApostrophes(text: string): string {
  return text.includes("’") ? text.replace(/’/g, "'") : text;
}

/** The canonical name a matched text writes, folding apostrophes and `Saint`. */
function canonical(written: string): string {
  let name = straightApostrophes(written);
  if (name.includes("St") || name.includes("Saint")) name = name.replace(/\bSaint\b|\bSt\b(?!\.)/g, "St.");
  return SHORT_FORMS.get(name) ?? name;
}

/** Whether `name` is a holiday's, in full or short (`Christmas`). */
export function isHolidayName(name: string): boolean {
  // most names asked about are no holiday's: their last word turns them away before any folding
  const last = name.slice(name.lastIndexOf(" ") + 1);
  return LAST_WORDS.has(straightApostrophes(last)) && RULES.has(canonical(name));
}

/** A holiday's name of up to three words opens `words`, and more follows it: `Palm Sunday Mass`, `Boxing Day Test`. */
export function opensWithHolidayName(words: readonly string[]): boolean {
  for (let n = 1; n < words.length && n <= 3; n++) if (isHolidayName(words.slice(0, n).join(" "))) return true;
  return false;
}

/** Holidays named in `[from, to)`, in text order. */
export function findHolidays(text: string, from: number, to: number): WrittenHoliday[] {
  const out: WrittenHoliday[] = [];
  const slice = text.slice(from, to);
  HOLIDAY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOLIDAY_RE.exec(slice)) !== null) {
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const next = WORD_AFTER.exec(after)?.[1];
    // `Good Friday Agreement`, `Christmas Island`, `Boxing Day Test`: the start of a longer name
    if (next !== undefined && /^\p{Lu}/u.test(next) && monthNumber(next) === undefined && weekdayNumber(next) === undefined) continue;
    const name = canonical(m[0]);
    const rule = RULES.get(name);
    if (rule === undefined) continue;
    const before = slice.slice(Math.max(0, m.index - 12), m.index);
    const year = YEAR_AFTER.exec(after);
    if (SHORT_FORMS.has(m[0]) && year === null) {
      // `Christmas shopping`, `the Easter holidays`: a modifier, not the day (a verb may follow the day: `over Christmas reopened`)
      if (!SHORT_FORM_BEFORE.test(before) || (next !== undefined && /^\p{Ll}/u.test(next) && !isStopword(next) && !hasPastVerb(next))) continue;
    }
    const offset = year === null ? OFFSET_BEFORE.exec(before) : null;
    const start = from + m.index - (offset === null ? 0 : before.length - offset.index);
    const end = from + m.index + m[0].length + (year === null ? 0 : year[0].length);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      name,
      rule,
      ...(year !== null ? { year: Number(year[1]) } : {}),
      ...(offset !== null ? { offset: relativeOffset(offset[1]!)! } : {}),
    });
  }
  return out;
}
