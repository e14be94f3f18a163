/** Calendar arithmetic on plain (year, month, day) triples, proleptic Gregorian, no time zones. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Maps, not object literals: a word such as `constructor` must not find Object's own properties
const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  }),
);

const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
    sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
  }),
);

/** The marks of a calendar's era, written beside a year or a century. */
export const ERA_MARKS: ReadonlySet<string> = new Set(["AD", "BC", "BCE", "CE", "A.D.", "B.C.", "B.C.E.", "C.E."]);

/** Time zones as news copy abbreviates them after a time (`17.30 AEDT`, `9:42 IST`, `4 p.m. ET`). */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  "GMT", "UTC", "BST", "IST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "SAST", "WAT", "CAT", "EAT", "GST", "PKT", "ICT", "WIB",
  "SGT", "HKT", "CST", "JST", "KST", "AWST", "ACST", "ACDT", "AEST", "AEDT", "NZST", "NZDT",
  "ET", "CT", "MT", "PT", "EST", "EDT", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT", "NST", "NDT", "BRT", "ART",
]);

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** The longest name either table knows, with its period (`September`, `Wednesday`). */
const LONGEST_NAME = 10;

/** A word's first two letters, lower-cased, as a number; -1 unless both are ASCII letters. */
function initials(word: string): number {
  const a = word.charCodeAt(0) | 32;
  const b = word.charCodeAt(1) | 32;
  return a >= 97 && a <= 122 && b >= 97 && b <= 122 ? a * 128 + b : -1;
}

/** The first two letters of every month and weekday name: most words are turned away by these alone. */
const INITIALS = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()].map(initials));

/** The key a month or weekday name is looked up by (`Sept.` → `sept`); undefined for a word that cannot be one. */
function nameKey(name: string): string | undefined {
  if (name.length < 3 || name.length > LONGEST_NAME || !INITIALS.has(initials(name))) return undefined;
  return (name.endsWith(".") ? name.slice(0, -1) : name).toLowerCase();
}

function lookupName(table: ReadonlyMap<string, number>, name: string): number | undefined {
  const key = nameKey(name);
  return key === undefined ? undefined : table.get(key);
}

/** The word names a month or a weekday (`March`, `Tue.`): one lookup where a word's capitals make it a candidate name. */
export function isCalendarName(name: string): boolean {
  const key = nameKey(name);
  return key !== undefined && (MONTHS.has(key) || WEEKDAYS.has(key));
}

export function monthNumber(name: string): number | undefined {
  return lookupName(MONTHS, name);
}

export function weekdayNumber(name: string): number | undefined {
  return lookupName(WEEKDAYS, name);
}

const OFFSETS: ReadonlyMap<string, -1 | 0 | 1> = new Map([["last", -1], ["this", 0], ["next", 1]]);

/** `last`, `this` or `next`, in any case, as a count from the article's date: -1, 0 or 1. */
export function relativeOffset(word: string): -1 | 0 | 1 | undefined {
  return OFFSETS.get(word.toLowerCase());
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: CalendarDate): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export function weekdayOf(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function formatDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** The ISO 8601 week `YYYY-Www` a date falls in: weeks start on Monday, and a week belongs to the year of its Thursday. */
export function formatWeek(d: CalendarDate): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const dayOfYear = Math.round((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - Date.UTC(thursday.year, 0, 1)) / 86_400_000);
  return `${pad(thursday.year, 4)}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

/** The Monday that starts an ISO week written `YYYY-Www`; undefined for anything else. */
export function parseIsoWeek(value: string): CalendarDate | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m === null) return undefined;
  const week = Number(m[2]);
  // week 1 holds 4 January
  const january4 = { year: Number(m[1]), month: 1, day: 4 };
  const monday = addDays(january4, (week - 1) * 7 - ((weekdayOf(january4) + 6) % 7));
  return week >= 1 && formatWeek(monday) === value ? monday : undefined;
}

/** A decade with ISO 8601-2's unspecified digit: `199X` for the 1990s. */
export function formatDecade(firstYear: number): string {
  return `${pad(firstYear, 4).slice(0, 3)}X`;
}

/** A season by ISO 8601-2's code: 21 spring, 22 summer, 23 autumn, 24 winter. */
export type Season = 21 | 22 | 23 | 24;
const SEASON_NAMES = ["spring", "summer", "autumn", "winter"];
const SEASONS: ReadonlyMap<string, Season> = new Map([["spring", 21], ["summer", 22], ["autumn", 23], ["fall", 23], ["winter", 24]]);

/** A season's code from its name, in any case (`fall` is autumn). */
export function seasonNumber(name: string): Season | undefined {
  return SEASONS.get(name.toLowerCase());
}

/** A season as ISO 8601-2 writes it, `YYYY-21` (spring) to `YYYY-24` (winter). */
export function formatSeason(year: number, season: number): string {
  return `${pad(year, 4)}-${season}`;
}

/** `spring 2027` for `2027-21`; undefined for anything else. */
export function seasonName(value: string): string | undefined {
  const m = /^(\d{4})-(2[1-4])$/.exec(value);
  return m === null ? undefined : `${SEASON_NAMES[Number(m[2]) - 21]} ${Number(m[1])}`;
}

/** The first year of a decade written `YYYX` (`1990` for `199X`); undefined for anything else. */
export function parseDecade(value: string): number | undefined {
  const m = /^(\d{3})X$/.exec(value);
  return m === null ? undefined : Number(m[1]) * 10;
}

export function parseIsoDate(value: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) ? d : undefined;
}
