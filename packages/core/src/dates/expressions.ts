import { articleBefore } from "../text/article-before.js";
import type { Span } from "../text/positions.js";
import { findWrittenDates, type WrittenDate } from "./absolute.js";
import { withCoordinatedDays } from "./coordinated-days.js";
import { monthNumber, relativeOffset, seasonNumber, weekdayNumber, type Season } from "./calendar.js";
import { findHolidays, isHolidayName, type WrittenHoliday } from "./holidays.js";

/** A date expression and what it says, before it is put on the calendar. */
export type DateExpression =
  /** `yearOffset` for a date without its year in a year counted from the article's (`March 3 last year`). */
  | { readonly kind: "written"; readonly span: Span; readonly text: string; readonly date: WrittenDate; readonly yearOffset?: number }
  | { readonly kind: "holiday"; readonly span: Span; readonly text: string; readonly holiday: WrittenHoliday }
  /** `offset` -1 or 1 for `last Monday`, `next Monday`: strictly before or after the article's date, whatever the tense. */
  | { readonly kind: "weekday"; readonly span: Span; readonly text: string; readonly weekday: number; readonly offset?: -1 | 1 }
  /**
   * `offset` -1, 0 or 1 for `last July`, `this July`, `next July`: the one before the article's month, in its year, or after it;
   * `yearOffset` for a month in a year counted from the article's (`November of last year`).
   */
  | { readonly kind: "month"; readonly span: Span; readonly text: string; readonly month: number; readonly part?: "early" | "mid" | "late" | "end"; readonly offset?: -1 | 0 | 1; readonly yearOffset?: number }
  | ({ readonly kind: "relative-day"; readonly span: Span; readonly text: string; readonly offset: number } & Counted)
  | { readonly kind: "relative-week"; readonly span: Span; readonly text: string; readonly offset: number }
  | ({ readonly kind: "relative-month"; readonly span: Span; readonly text: string; readonly offset: number } & Counted)
  | ({ readonly kind: "relative-year"; readonly span: Span; readonly text: string; readonly offset: number } & Counted)
  | { readonly kind: "year"; readonly span: Span; readonly text: string; readonly year: number; readonly part?: "early" | "mid" | "late" | "end" }
  /**
   * `spring 2027`, `last summer`, `in the autumn`: `season` is ISO 8601-2's code (21 spring, 22 summer, 23 autumn,
   * 24 winter); `year` when written, else `offset` -1, 0 or 1 for `last`, `this` (or `in the`) and `next`.
   */
  | { readonly kind: "season"; readonly span: Span; readonly text: string; readonly season: Season; readonly year?: number; readonly offset?: -1 | 0 | 1 }
  /** `the 1990s`, `the early 2000s`: `decade` is its first year. */
  | { readonly kind: "decade"; readonly span: Span; readonly text: string; readonly decade: number; readonly part?: "early" | "mid" | "late" | "end" };

interface Counted {
  /**
   * A count from the article's date, whose direction fixes its tense: back (`two days ago`), forward (`a
   * year from now`), or forward after `in` (`in two weeks`), a date only where a future marker comes before
   * it in its sentence (`will meet in two weeks`) and elsewhere a span of time (`the first time in two decades`).
   */
  readonly counted?: "back" | "forward" | "forward-if-future";
}

/** The expression `by` characters further on: its span and the written date's or holiday's own. */
export function shiftExpression(expression: DateExpression, by: number): DateExpression {
  const span = { start: expression.span.start + by, end: expression.span.end + by };
  if (expression.kind === "written") return { ...expression, span, date: { ...expression.date, start: expression.date.start + by, end: expression.date.end + by } };
  if (expression.kind === "holiday") return { ...expression, span, holiday: { ...expression.holiday, start: expression.holiday.start + by, end: expression.holiday.end + by } };
  return { ...expression, span };
}

const MONTH_NAME = "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAY_NAME = "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday";
const SEASON_NAME = "[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter";

/* Every alternative is anchored on a word and bounded, so matching stays linear. */
const RELATIVE_RE = new RegExp(
  // `the '90s`: a decade by its last two digits, after a space (`'20s` may be either century, so it is left alone)
  `(?<!\\S)['’](?<sdecade>[013-9]0)s\\b|` +
  "\\b(?:" +
  [
    `(?<part>[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)(?:-of-|[- ]|\\s+of\\s+)(?:(?<pmonth>${MONTH_NAME})|(?<pyear>(?:19|20)\\d\\d)|(?<pdecade>(?:19|20)\\d0)s|['’](?<psdecade>[013-9]0)s)\\b`,
    `(?<decade>(?:19|20)\\d0)s\\b`,
    `(?:(?<wrel>[Ll]ast|[Nn]ext)\\s+)?(?<weekday>${WEEKDAY_NAME})\\b`,
    `(?<rday>yesterday|today|tomorrow|tonight|Yesterday|Today|Tomorrow|Tonight)\\b`,
    // a season with its year (`spring 2027`, `the summer of 2019`), after `last`, `this` or `next`, or after a
    // preposition and `the` where no `of` follows (`in the autumn`, not `the fall of Kabul`); the verb `fall` before a
    // count is set aside below
    `(?:[Ee]arly\\s+|[Ll]ate\\s+)?(?<season>${SEASON_NAME})(?:\\s+of)?\\s+(?<syear>(?:19|20)\\d\\d)\\b`,
    `(?<srel>[Tt]his|[Ll]ast|[Nn]ext)\\s+(?:[Ee]arly\\s+|[Ll]ate\\s+)?(?<srelname>${SEASON_NAME})\\b`,
    `(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]hrough|[Oo]ver)\\s+the\\s+(?:early\\s+|late\\s+)?(?<sthe>spring|summer|autumn|fall|winter)\\b(?!\\s+of\\b)`,
    `(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?<rmw>[Tt]his|[Ll]ast|[Nn]ext)\\s+(?<unit>week|month|year|night|morning|afternoon|evening)\\b`,
    // a year after its preposition (`in 2014`, `fiscal 2024`), after an article or an owner before the noun it dates
    // (`the 2017 Derby`, `its 2015 report`), after `for` or closing a range (`forecast for 2025`, `between 2019 and 2022`)
    // unless a noun it counts follows (`for 2000 people`); the
    // look-behind follows the digits, so it is tried only where a year stands and the alternation keeps V8's quick
    // first-character check (a leading one ran at every offset)
    `(?<year>(?:1\\d|20)\\d\\d)\\b(?<=(?:\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hrough|[Bb]eyond|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom|[Oo]f|[Ff]iscal)|(?<det>\\b(?:[Tt]he|[Aa]|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir))|(?<countable>\\b[Bb]etween|\\b[Ff]or|\\b(?:1\\d|20)\\d\\d\\s+(?:and|to|through)))\\s+(?:1\\d|20)\\d\\d)`,
    `(?:(?<mrel>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<month>${MONTH_NAME})\\b`,
  ].join("|") + ")",
  "g",
);

/**
 * After a year that closes or opens a range, a noun it counts, at once or after the range's second number
 * (`between 1900 and 2000 protesters`); a preposition, a verb or a pronoun there goes on after years (`between 1999 and 2015 on`, `to secure`).
 */
const COUNT_AFTER = /^\s+(?:(?:and|to|through)\s+\d+\s+|(?!(?:and|to|through)\b))(?!(?:on|in|at|to|for|from|by|with|under|over|after|before|during|as|when|while|of|or|and|but|so|then|the|a|an|that|which|was|were|is|are|had|has|have|it|he|she|they|we)\b)\p{Ll}/u;

/** `BC`, `BCE`, `B.C.` after a number: a year before the calendar's, which dates nothing an article reports. */
const BEFORE_CHRIST = /^\s+B\.?C/u;

/** After a year and its article, the noun it dates, not a unit it counts. */
const YEAR_MODIFIES = /^ (?!(?:years?|months?|weeks?|days?|hours?|miles?|metres?|meters?|kilometres?|kilometers?|km|feet|foot|yards?|pounds?|tons?|tonnes?|acres?|hectares?|square|cubic|strong|member|seat|page|point|-)\b)\p{L}/u;

const DATE_WORD_BEFORE = /\b(?:in|by|since|until|early|late|mid|of|last|next|this)\s+$/i;
/** A word of scheduling before `for` or `to`, after which `May` is the month, not a person (`a vote for May`): `scheduled for May`, `postponed to May`. */
const SCHEDULED_BEFORE = /\b(?:scheduled|planned|set|due|postponed|delayed|moved) (?:for|to)\s+$/i;

/** What joins two months or dates: `and`, `or`, `to`, `through`, `until`, or a dash. */
const MONTH_JOIN = "(?:\\s*,)?\\s+(?:and|or|to|through|until)\\s+|\\s*[-–]\\s*";
/** Another month joined to this one (`from May to July`, `April and May`), which makes a bare `May` a month, not the verb. */
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAME})(?:${MONTH_JOIN})$`);
const MONTH_AFTER = new RegExp(`^(?:${MONTH_JOIN})(?:${MONTH_NAME})\\b`);

/**
 * A word for kin, and maybe a comma, before a month: the month is that relative's given name (`his wife, June, and`,
 * `her daughter April said`), where a date would need a preposition (`his wife in June`).
 */
const KIN_BEFORE = /\b(?:wife|husband|widow|widower|partner|fiancée?|daughter|son|granddaughter|grandson|mother|father|grandmother|sister|brother|aunt|niece|cousin),?\s+$/i;

/** A capitalised word that is no month or weekday starts at `at + 1`, after one space. */
function nameWordAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  const word = /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(at + 1, at + 24));
  return word !== null && monthNumber(word[0]) === undefined && weekdayNumber(word[0]) === undefined;
}

/** Finds date expressions in `[from, to)`: written dates and named holidays first, then relative ones that do not overlap them. */
export function findDateExpressions(text: string, from: number, to: number): DateExpression[] {
  const found: DateExpression[] = withCoordinatedDays(text, findWrittenDates(text, from, to), from, to).map((date) => ({ kind: "written", span: { start: date.start, end: date.end }, text: date.text, date }));
  // written dates are sorted and matches come in text order: one moving pointer finds overlaps in linear time
  let written = [...found];
  let w = 0;
  const taken = (s: number, e: number) => {
    while (w < written.length && written[w]!.span.end <= s) w++;
    return w < written.length && written[w]!.span.start < e;
  };
  // (`Good Friday`, `Easter Monday`: a holiday holds a weekday that must not be read alone, so it is taken before them)
  for (const holiday of findHolidays(text, from, to)) {
    if (!taken(holiday.start, holiday.end)) found.push({ kind: "holiday", span: { start: holiday.start, end: holiday.end }, text: holiday.text, holiday });
  }
  if (found.length > written.length) {
    found.sort((a, b) => a.span.start - b.span.start);
    written = [...found];
  }
  w = 0;
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
    const part = g.part?.toLowerCase() as "early" | "mid" | "late" | "end" | undefined;
    const hours = g.weekday !== undefined && g.wrel === undefined ? openingDays(slice, m.index, value.length) : 0;
    if (g.pmonth !== undefined) found.push({ kind: "month", span, text: value, month: monthNumber(g.pmonth)!, part: part! });
    else if (g.pyear !== undefined) found.push({ kind: "year", span, text: value, year: Number(g.pyear), part: part! });
    else if (g.pdecade !== undefined) found.push({ kind: "decade", span, text: value, decade: Number(g.pdecade), part: part! });
    else if (g.psdecade !== undefined) found.push({ kind: "decade", span, text: value, decade: fullDecade(g.psdecade), part: part! });
    else if (g.decade !== undefined) found.push({ kind: "decade", span, text: value, decade: Number(g.decade) });
    else if (g.sdecade !== undefined) found.push({ kind: "decade", span, text: value, decade: fullDecade(g.sdecade) });
    // `Good Friday Agreement`: the weekday of a holiday's name inside a longer name is neither
    else if (g.weekday !== undefined && endsHolidayName(slice, m.index, value)) continue;
    // (`Open Tuesday to Saturday, 5pm–11pm`: the days a place opens every week name no day, where `opens Friday` does)
    else if (hours > 0) RELATIVE_RE.lastIndex = hours;
    // (`on a Saturday afternoon`: a weekday after `a` is any such day, and dates nothing)
    else if (g.weekday !== undefined && g.wrel === undefined && articleBefore(slice, m.index) === "a") continue;
    else if (g.weekday !== undefined) {
      const weekday = weekdayNumber(g.weekday)!;
      // `the next Monday` counts from the story's own day, not the article's: only the bare `next` is the reader's
      if (g.wrel !== undefined && !afterThe(slice, m.index)) found.push({ kind: "weekday", span, text: value, weekday, offset: g.wrel.toLowerCase() === "next" ? 1 : -1 });
      else if (g.wrel !== undefined) found.push({ kind: "weekday", span: { start: end - g.weekday.length, end }, text: g.weekday, weekday });
      else found.push({ kind: "weekday", span, text: value, weekday });
    }
    // (`shares fall 2000 points`: the verb before a count)
    else if (g.season !== undefined && /^[Ff]all$/.test(g.season) && COUNT_AFTER.test(slice.slice(m.index + value.length, m.index + value.length + 24))) continue;
    else if (g.season !== undefined) found.push({ kind: "season", span, text: value, season: seasonNumber(g.season)!, year: Number(g.syear) });
    else if (g.srelname !== undefined) {
      found.push({ kind: "season", span, text: value, season: seasonNumber(g.srelname)!, offset: relativeOffset(g.srel!)! });
    } else if (g.sthe !== undefined) {
      // (the date is `the autumn`, without its preposition)
      const at = value.indexOf("the");
      found.push({ kind: "season", span: { start: start + at, end }, text: value.slice(at), season: seasonNumber(g.sthe)!, offset: 0 });
    }
    // (capitalised, it is a day only where it opens a sentence and names no programme: not `USA Today` or `Today Show hosts`)
    else if (g.rday !== undefined && /^[A-Z]/.test(value) && !(opensSentence(text, start) && !PROGRAMME_AFTER.test(slice.slice(m.index + value.length, m.index + value.length + 11)))) continue;
    else if (g.rday !== undefined) found.push({ kind: "relative-day", span, text: value, offset: RELATIVE_DAYS.get(g.rday.toLowerCase())! });
    else if (g.rmw !== undefined) {
      const offset = relativeOffset(g.rmw)!;
      const unit = g.unit!;
      // (`the last week of her life`, `the last year of the war`: a part of some other span of time, not the reader's)
      if (afterThe(slice, m.index) && /^\s+of\b/.test(slice.slice(m.index + value.length, m.index + value.length + 4))) continue;
      // (`until the very last week`, `the very next day`: the last or the next of the story's own time)
      if (/\bthe\s+very\s+$/i.test(slice.slice(Math.max(0, m.index - 10), m.index))) continue;
      // (`married the next year`, `The next week, he left`: the story's next, unless a span runs from now: `over the next year`)
      if (offset === 1 && afterThe(slice, m.index) && !SPAN_FROM_NOW.test(slice.slice(Math.max(0, m.index - 16), m.index))) continue;
      if (unit === "week" || unit === "month" || unit === "year") found.push({ kind: `relative-${unit}`, span, text: value, offset });
      // `last night`, `this morning`: a part of a day the article stands in or the one before; `the next morning`
      // is the story's next day, not the reader's
      else if ((offset === -1 && (unit === "night" || unit === "evening")) || (offset === 0 && unit !== "night")) found.push({ kind: "relative-day", span, text: value, offset });
    } else if (g.year !== undefined) {
      // `between 1900 and 2000 protesters`, `for 2000 people`: a count, not a year
      // (a number below 1900 after a preposition is as often a count: `in 1500 homes`, `by 1200 votes`, `in 1200 BC`)
      const year = Number(g.year);
      const after = slice.slice(m.index + value.length, m.index + value.length + 24);
      if ((g.countable !== undefined || year < 1900) && COUNT_AFTER.test(after)) continue;
      if (year < 1900 && BEFORE_CHRIST.test(after.slice(0, 8))) continue;
      // (after an article the year modifies a noun, `the 2017 Derby`; else it is a number: `a 2017-18 season`, `a 2000
      // year old tradition`, `a 1500 metre climb`)
      if (g.det !== undefined && !YEAR_MODIFIES.test(after)) continue;
      found.push({ kind: "year", span, text: value, year });
    }
    else if (g.month !== undefined) {
      const dateWordBefore = g.mrel !== undefined || DATE_WORD_BEFORE.test(slice.slice(Math.max(0, m.index - 8), m.index));
      // "May" is a month only beside a date word, a word of scheduling or another month; otherwise it is the verb
      if (g.month === "May" && !dateWordBefore) {
        const before = slice.slice(Math.max(0, m.index - 24), m.index);
        if (!SCHEDULED_BEFORE.test(before) && !MONTH_BEFORE.test(before) && !MONTH_AFTER.test(slice.slice(m.index + value.length, m.index + value.length + 24))) continue;
      }
      // `June Carter`, `April Ryan`, `the October Revolution`: a month before a name word is part of a name, unless a date word comes first
      if (!dateWordBefore && nameWordAt(slice, m.index + value.length)) continue;
      if (!dateWordBefore && KIN_BEFORE.test(slice.slice(Math.max(0, m.index - 16), m.index)) && !/^,?\s*\d/.test(slice.slice(m.index + value.length, m.index + value.length + 4))) continue;
      const month = monthNumber(g.month)!;
      // (as with weekdays, `the next July` is the story's, not the reader's)
      if (g.mrel !== undefined && !afterThe(slice, m.index)) found.push({ kind: "month", span, text: value, month, offset: relativeOffset(g.mrel)! });
      else if (g.mrel !== undefined) found.push({ kind: "month", span: { start: end - g.month.length, end }, text: g.month, month });
      else found.push({ kind: "month", span, text: value, month });
    }
  }
  // (each pass is in text order, so the overlap pointer starts again before it)
  for (const pass of [countedExpressions(slice, from, "ago", "back"), countedExpressions(slice, from, "from now", "forward"), aheadExpressions(slice, from), timelineYears(slice, from)]) {
    w = 0;
    for (const e of pass) if (!taken(e.span.start, e.span.end)) found.push(e);
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return withFrontedYears(text, withCountedYears(text, found));
}

/** What opens a sentence, a line or a paragraph right before a fronted year's phrase. */
const SENTENCE_OPENING = String.raw`(?:^|[.!?]["”’)]?\s+|\n\s*)`;
/** `In 2019,` opening a sentence, up to the year. */
const FRONTED_IN = new RegExp(`${SENTENCE_OPENING}In\\s+$`);
/** A sentence's opening, right before `Last year,`. */
const AT_OPENING = new RegExp(`${SENTENCE_OPENING}$`);
/** A sentence's end between two dates: its stop and the next one's capital, or a line's end. */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}|\n/u;

/**
 * `In 2019, the plant closed on 3 March`, `Last year, sales fell in May`, `Two years ago, it shut in June`: a year set
 * before a comma at the opening of a sentence is the year of the months and dates after it in that sentence that
 * neither write nor count their own (not after a year in a clause: `The plant, which opened in 2019, closed on 3 March`).
 */
function withFrontedYears(text: string, found: DateExpression[]): DateExpression[] {
  let fronted: { year?: number; offset?: number; end: number } | undefined;
  for (let i = 0; i < found.length; i++) {
    const e = found[i]!;
    if (fronted !== undefined && SENTENCE_BREAK.test(text.slice(fronted.end, e.span.start))) fronted = undefined;
    const before = text.slice(Math.max(0, e.span.start - 8), e.span.start);
    if (text[e.span.end] === "," && ((e.kind === "year" && FRONTED_IN.test(before)) || (e.kind === "relative-year" && AT_OPENING.test(before)))) {
      fronted = e.kind === "year" ? { year: e.year, end: e.span.end } : { offset: e.offset, end: e.span.end };
      continue;
    }
    if (fronted === undefined) continue;
    const yearless = (e.kind === "month" && e.offset === undefined && e.yearOffset === undefined) || (e.kind === "written" && e.date.year === undefined && e.yearOffset === undefined);
    if (!yearless) continue;
    if (fronted.offset !== undefined) found[i] = { ...e, yearOffset: fronted.offset };
    else {
      const date: WrittenDate = e.kind === "written" ? { ...e.date, year: fronted.year } : { start: e.span.start, end: e.span.end, text: e.text, year: fronted.year, month: e.month };
      found[i] = { kind: "written", span: e.span, text: e.text, date };
    }
  }
  return found;
}

/** A year phrase right after a month or a date (`November of last year`, `March 3 this year`). */
const YEAR_PHRASE_GAP = /^\s+(?:of\s+)?$/;
/** Months or dates coordinated so that a year phrase after the last one holds for all (`in April and November of last year`). */
const COORDINATED_GAP = new RegExp(`^(?:${MONTH_JOIN}|\\s*,\\s+)$`);

/**
 * Gives a month or a yearless date the year a relative year phrase right after it counts (`last year`), and hands that
 * year back over the months coordinated before it; a year written with the last of them holds for those before it too
 * (`from October to December 2024`, `March, April and May 2023`), the year before for a later month (`December to
 * February 2025`). Walked from the end so that each month sees its right neighbour's.
 */
function withCountedYears(text: string, found: DateExpression[]): DateExpression[] {
  for (let i = found.length - 2; i >= 0; i--) {
    const e = found[i]!;
    if (!(e.kind === "month" && e.offset === undefined) && !(e.kind === "written" && e.date.year === undefined)) continue;
    const next = found[i + 1]!;
    const gap = text.slice(e.span.end, next.span.start);
    if (next.kind === "written" && next.date.year !== undefined && COORDINATED_GAP.test(gap) && !(e.kind === "month" && e.part !== undefined)) {
      const month = e.kind === "month" ? e.month : e.date.month;
      const year = month > next.date.month ? next.date.year - 1 : next.date.year;
      const date: WrittenDate = e.kind === "written" ? { ...e.date, year } : { start: e.span.start, end: e.span.end, text: e.text, year, month };
      found[i] = { kind: "written", span: e.span, text: e.text, date };
      continue;
    }
    let yearOffset: number | undefined;
    // (`last year's winner` names a winner, not the month's year)
    if (next.kind === "relative-year" && next.counted === undefined && YEAR_PHRASE_GAP.test(gap) && !isPossessiveDate(text, next.span)) yearOffset = next.offset;
    else if ((next.kind === "month" || next.kind === "written") && next.yearOffset !== undefined && COORDINATED_GAP.test(gap)) yearOffset = next.yearOffset;
    if (yearOffset !== undefined) found[i] = { ...e, yearOffset };
  }
  return found;
}

/** `Saturday's election`, `last year's winner`: a date in the possessive names what it owns, not a time of its own. */
export function isPossessiveDate(text: string, span: Span): boolean {
  return /^['’]s\b/u.test(text.slice(span.end, span.end + 3));
}

/** A preposition of a span of time before `the`, which then runs from the reader's day: `over the next year`, `within the next week`. */
const SPAN_FROM_NOW = /\b(?:over|in|within|during|for|throughout|into|across)\s+the\s+$/i;

/** `the` stands right before `at`: `the next Monday`, `the last July`. */
function afterThe(slice: string, at: number): boolean {
  return /\bthe\s+$/i.test(slice.slice(Math.max(0, at - 8), at));
}

const WORD_BEFORE = /(\p{Lu}[\p{L}.]*)[ \t]$/u;

/** `Open `, `opens `, `closed `: what a place's hours open with. */
const OPEN_BEFORE = /(?:^|[^\p{L}])(?:[Oo]pen(?:s|ing)?|[Cc]losed)\s+$/u;
/** The rest of a range of weekdays: ` to Saturday`, `–Friday`. */
const DAYS_TO = new RegExp(`^\\s*(?:to|through|till|until|[-–])\\s*(?:${WEEKDAY_NAME})\\b`);

/** Where a range of the weekdays a place opens on, from the weekday at `at` of `length` letters, ends; 0 if it opens none. */
function openingDays(slice: string, at: number, length: number): number {
  if (!OPEN_BEFORE.test(slice.slice(Math.max(0, at - 12), at))) return 0;
  const range = DAYS_TO.exec(slice.slice(at + length, at + length + 16));
  return range === null ? 0 : at + length + range[0].length;
}

/** The weekday at `at` ends a holiday's name with the capitalised word before it (`Good Friday`, `Easter Monday`). */
function endsHolidayName(slice: string, at: number, weekday: string): boolean {
  const before = WORD_BEFORE.exec(slice.slice(Math.max(0, at - 16), at));
  return before !== null && isHolidayName(`${before[1]} ${weekday}`);
}

/** A broadcast's word after `Today` or `Tonight`, which makes them its title. */
const PROGRAMME_AFTER = /^\s+(?:[Ss]how|[Pp]rogram(?:me)?)\b/;

/** Whether a word at `at` opens a sentence, a line or a quotation. */
function opensSentence(text: string, at: number): boolean {
  return at === 0 || /(?:[.!?]["'”’)]*\s+|\n[ \t]*|["“‘(][ \t]*|[—–-]\s+)$/.test(text.slice(Math.max(0, at - 4), at));
}

/** `'90s` → 1990, `'00s` → 2000: the decades news writes short are of the last century but for this one's first two. */
function fullDecade(digits: string): number {
  const tens = Number(digits);
  return (tens < 20 ? 2000 : 1900) + tens;
}

const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ["yesterday", -1],
  ["today", 0],
  ["tonight", 0],
  ["tomorrow", 1],
]);

const COUNTS: ReadonlyMap<string, number> = new Map(
  ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].map((w, i) => [w, Math.max(1, i)]),
);
/** A count and its unit ending a window (`two weeks `, `18 months `, `a year `), read before `ago` or `from now`. */
const COUNT_BEFORE = /(?<![\p{L}\d])(?<count>\d{1,3}|[A-Za-z]{1,6})\s+(?<unit>day|week|month|year|decade)s?\s+$/u;

/** After `in`: a count, its unit and perhaps `time` (`in two weeks`, `in a year's time`), not a span of something (`in two years of talks`) nor the start of a count `from now`, read whole by its own pass. */
const COUNT_AFTER_IN = /[Ii]n\s+(?<count>\d{1,3}|[A-Za-z]{1,6})\s+(?<unit>day|week|month|year|decade)s?(?:(?<time>['’]?\s+time)(?![\p{L}\d])|(?![\p{L}\d'’]|\s+(?:of|before|after|earlier|later|ago|from\s+now)\b))/uy;

/** A count of days, weeks, months, years or decades from the article's date. */
function counted(count: number, unit: string, direction: NonNullable<Counted["counted"]>, span: Span, text: string): DateExpression {
  const sign = direction === "back" ? -1 : 1;
  if (unit === "day" || unit === "week") return { kind: "relative-day", span, text, offset: sign * count * (unit === "week" ? 7 : 1), counted: direction };
  if (unit === "month") return { kind: "relative-month", span, text, offset: sign * count, counted: direction };
  return { kind: "relative-year", span, text, offset: sign * count * (unit === "decade" ? 10 : 1), counted: direction };
}

function countOf(word: string): number | undefined {
  const count = /^\d/.test(word) ? Number(word) : COUNTS.get(word.toLowerCase());
  return count === 0 ? undefined : count;
}

/** `two days ago`, `a year from now`: a count before `keyword`, found by a bounded look back from each. */
function countedExpressions(slice: string, from: number, keyword: string, direction: "back" | "forward"): DateExpression[] {
  const out: DateExpression[] = [];
  for (let at = slice.indexOf(keyword); at >= 0; at = slice.indexOf(keyword, at + keyword.length)) {
    if (/[\p{L}\d]/u.test(slice.charAt(at + keyword.length))) continue;
    const window = slice.slice(Math.max(0, at - 24), at);
    const m = COUNT_BEFORE.exec(window);
    const count = m === null ? undefined : countOf(m.groups!.count!);
    if (count === undefined) continue;
    const start = from + at - window.length + m!.index;
    const span = { start, end: from + at + keyword.length };
    out.push(counted(count, m!.groups!.unit!, direction, span, slice.slice(span.start - from, span.end - from)));
  }
  return out;
}

/** A superlative or `first`/`time` shortly before: what follows measures a record, not a date ahead. */
const RECORD_BEFORE = /\b(?:first|time|most|least|best|worst|highest|lowest|biggest|largest|smallest|greatest|strongest|weakest|fastest|slowest|longest|shortest|deepest|sharpest|steepest|heaviest|hottest|coldest|warmest|wettest|driest|busiest|only)\b[^.!?;]*$/i;

/** A perfect's auxiliary and its participle right before: `has seen`, `have not had`, `hasn't rained` (not a future one: `will have doubled`). */
const PERFECT_BEFORE = /(?<!\b(?:will|would|shall|['’]ll)\s+)\b(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t)(?:\s+(?:not|never))?\s+\p{L}+\s+$/iu;

/** The dash after a timeline entry's date: `2014 – `, `March 2019 — `. */
export const TIMELINE_DASH = /^\s[–—-]\s/u;
/** A year that opens a line before a dash or a colon: a timeline's entry (`2014 – Norvex lists on the exchange`, `1987: Leaves school`). */
const TIMELINE_YEAR = new RegExp(`(?<=^|\\n)((?:1\\d|20)\\d\\d)(?=${TIMELINE_DASH.source.slice(1)}|:\\s)`, "gu");

/** The years that open a timeline's entries, which no preposition stands before. */
function timelineYears(slice: string, from: number): DateExpression[] {
  return [...slice.matchAll(TIMELINE_YEAR)].map((m) => ({ kind: "year", span: { start: from + m.index, end: from + m.index + 4 }, text: m[1]!, year: Number(m[1]) }));
}

/** `in two weeks`, `in a year's time`: a count forward after each `in`; without `time` it needs a future sentence. */
function aheadExpressions(slice: string, from: number): DateExpression[] {
  const out: DateExpression[] = [];
  for (let at = nextIn(slice, 0); at >= 0; at = nextIn(slice, at + 2)) {
    COUNT_AFTER_IN.lastIndex = at;
    const m = COUNT_AFTER_IN.exec(slice);
    const count = m === null ? undefined : countOf(m.groups!.count!);
    if (count === undefined) continue;
    const bare = m!.groups!.time === undefined;
    if (bare) {
      const before = slice.slice(Math.max(0, at - 40), at);
      // `its biggest gain in two decades`, `the first time in a year`: a span that a record is measured over; `the capital
      // has seen in a decade`, `it hasn't rained in two years`: a perfect's span back to now
      if (RECORD_BEFORE.test(before) || PERFECT_BEFORE.test(before)) continue;
    }
    const span = { start: from + at, end: from + at + m![0].length };
    out.push(counted(count, m!.groups!.unit!, bare ? "forward-if-future" : "forward", span, m![0]));
  }
  return out;
}

/** The next word `in` (or `In`) at or after `at`. */
function nextIn(slice: string, at: number): number {
  for (let i = at; i < slice.length - 2; i++) {
    const c = slice.charCodeAt(i);
    if ((c === 105 || c === 73) && slice.charCodeAt(i + 1) === 110 && /\s/.test(slice.charAt(i + 2)) && !/[\p{L}\d]/u.test(slice.charAt(i - 1))) return i;
  }
  return -1;
}
