import { isLetter, isLower, isSpace } from "../text/chars.js";
import { wordBefore } from "../text/word-before.js";
import { hasPastVerb, isPastParticipleForm } from "../text/past-tense.js";
import { BE_FORMS } from "../text/participle.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import { isStopword } from "../text/stopwords.js";
import { PREPOSITIONS } from "../text/prepositions.js";
import { addDays, type CalendarDate, daysInMonth, formatDate, formatDecade, formatMonth, formatSeason, formatWeek, weekdayOf } from "./calendar.js";
import { TIMELINE_DASH, type DateExpression } from "./expressions.js";
import { holidayDate } from "./holidays.js";

/** The date an article's relative expressions are read against, and where it came from. */
export interface ReferenceDate {
  readonly date: CalendarDate;
  /** `published`/`updated`: the article's own stamp; `dateline`: the day its dateline gives; `related`: a related article's, named by `uri`. */
  readonly source: "published" | "updated" | "dateline" | "related";
  readonly uri?: string;
  /** A dateline's year read from the lead's weekday, not written (`SEATTLE, Oct 28 (Reuters) - … said on Tuesday`). */
  readonly inferred?: true;
}

export type Tense = "past" | "future";

export interface Resolution {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an ISO week (`YYYY-Www`) or a decade (`YYYX`); null when nothing fixes it. */
  readonly value: string | null;
  /** Whether the value depends on the reference date. */
  readonly relative: boolean;
  /** For written dates with a weekday: the weekday the calendar gives, when it differs. */
  readonly weekdayMismatch?: number;
}

/**
 * Puts one expression on the calendar. Written dates with a year stand alone; everything else is read
 * against the reference: a weekday is the latest such day on or before it (past tense) or the first on or
 * after it (future tense); a month or a day without a year is the occurrence nearest to it in that
 * direction. With no reference, relative expressions stay unresolved: the year is never guessed from today.
 */
export function resolveExpression(expr: DateExpression, reference: ReferenceDate | undefined, tense: Tense): Resolution {
  if (expr.kind === "written" && expr.date.year !== undefined) {
    const d = expr.date;
    if (d.day === undefined) return { value: formatMonth(d.year!, d.month), relative: false };
    const date = { year: d.year!, month: d.month, day: d.day };
    const actual = weekdayOf(date);
    return { value: formatDate(date), relative: false, ...(d.weekday !== undefined && d.weekday !== actual ? { weekdayMismatch: actual } : {}) };
  }
  if (expr.kind === "holiday" && expr.holiday.year !== undefined) return { value: formatDate(holidayDate(expr.holiday.rule, expr.holiday.year)), relative: false };
  if (expr.kind === "year") return { value: String(expr.year).padStart(4, "0"), relative: false };
  if (expr.kind === "decade") return { value: formatDecade(expr.decade), relative: false };
  if (expr.kind === "season" && expr.year !== undefined) return { value: formatSeason(expr.year, expr.season), relative: false };
  if (reference === undefined) return { value: null, relative: true };
  const ref = reference.date;
  switch (expr.kind) {
    case "written": {
      const d = expr.date;
      const day = d.day ?? 1;
      if (expr.yearOffset !== undefined) {
        const year = ref.year + expr.yearOffset;
        if (day > daysInMonth(year, d.month)) return { value: null, relative: true };
        return { value: d.day === undefined ? formatMonth(year, d.month) : formatDate({ year, month: d.month, day }), relative: true };
      }
      const candidates = [ref.year - 1, ref.year, ref.year + 1]
        .filter((y) => day <= daysInMonth(y, d.month))
        .map((year) => ({ year, month: d.month, day }));
      const best = nearest(candidates, ref, tense, 60);
      if (best === undefined) return { value: null, relative: true };
      return { value: d.day === undefined ? formatMonth(best.year, best.month) : formatDate(best), relative: true };
    }
    case "holiday": {
      const { rule, offset } = expr.holiday;
      const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => holidayDate(rule, year));
      // `last Christmas`: the one before the reference; `next Easter`: the one after; `this Easter`: its year's
      const best = offset !== undefined ? byOffset(candidates, offset, (c) => daysBetween(ref, c)) : nearest(candidates, ref, tense, 60);
      return { value: best === undefined ? null : formatDate(best), relative: true };
    }
    case "weekday": {
      const delta = (expr.weekday - weekdayOf(ref) + 7) % 7;
      const date =
        expr.offset === 1 ? addDays(ref, delta === 0 ? 7 : delta)
        : expr.offset === -1 ? addDays(ref, delta - 7)
        : tense === "future" ? addDays(ref, delta)
        : addDays(ref, delta === 0 ? 0 : delta - 7);
      return { value: formatDate(date), relative: true };
    }
    case "month": {
      if (expr.yearOffset !== undefined) return { value: formatMonth(ref.year + expr.yearOffset, expr.month), relative: true };
      const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year, month: expr.month, day: 15 }));
      // `last July`: the one before the reference's month; `next July`: the one after; `this July`: its year's
      const best = expr.offset !== undefined ? byOffset(candidates, expr.offset, (c) => c.year * 12 + c.month - (ref.year * 12 + ref.month))! : nearest(candidates, ref, tense, 45)!;
      return { value: formatMonth(best.year, best.month), relative: true };
    }
    case "season": {
      // seasons counted in order, winter by the year of its December; `this summer` in November is the one gone by
      const current = seasonIndex(ref);
      const ahead = current + ((expr.season - 21 - (current % 4) + 4) % 4);
      const index =
        expr.offset === 1 ? (ahead === current ? ahead + 4 : ahead)
        : expr.offset === -1 || (ahead !== current && tense === "past") ? ahead - 4
        : ahead;
      return { value: formatSeason(Math.floor(index / 4), expr.season), relative: true };
    }
    case "relative-day":
      return { value: formatDate(addDays(ref, expr.offset)), relative: true };
    case "relative-week":
      return { value: formatWeek(addDays(ref, 7 * expr.offset)), relative: true };
    case "relative-month": {
      const index = ref.year * 12 + (ref.month - 1) + expr.offset;
      return { value: formatMonth(Math.floor(index / 12), (index % 12) + 1), relative: true };
    }
    case "relative-year":
      return { value: String(ref.year + expr.offset), relative: true };
  }
}

/** The reference's season as a count of seasons (year × 4 + 0 spring … 3 winter), on the northern hemisphere's meteorological calendar. */
function seasonIndex(ref: CalendarDate): number {
  const months = ref.month >= 3 ? ref.month - 3 : ref.month + 9;
  return (ref.month >= 3 ? ref.year : ref.year - 1) * 4 + Math.floor(months / 3);
}

/**
 * The candidate nearest the reference in the tense's direction; `slackDays` lets a past-tense month
 * include the current one and a future-tense day fall a little before the reference.
 */
function nearest(candidates: CalendarDate[], ref: CalendarDate, tense: Tense, slackDays: number): CalendarDate | undefined {
  const score = (c: CalendarDate) => {
    const diff = daysBetween(ref, c);
    if (tense === "past") return diff <= slackDays ? Math.abs(diff) + (diff > 0 ? slackDays : 0) : Infinity;
    return diff >= -slackDays ? Math.abs(diff) + (diff < 0 ? slackDays : 0) : Infinity;
  };
  let best: CalendarDate | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const s = score(c);
    if (s < bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Of last year's, this year's and next year's candidates, the one `last`, `this` or `next` picks: the latest
 * before the reference, this year's, or the first after it, by `distance` from the reference.
 */
function byOffset<T>(candidates: readonly T[], offset: -1 | 0 | 1, distance: (c: T) => number): T | undefined {
  if (offset === 0) return candidates[1];
  return offset === -1 ? candidates.filter((c) => distance(c) < 0).pop() : candidates.find((c) => distance(c) > 0);
}

function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

// (`could be`, `might wait`: what is possible is ahead: `customers could be without power until Wednesday`;
// `is to be tried in the fall`, `economists expect a cut in February`; not the noun: `made fire at will`, `the will of voters`)
// The word boundary before a marker is written as what it means there (no word character before a word's first letter,
// one before `’ll`), and the lookbehinds follow the word they test: so the engine skips ahead by the markers' first
// letters instead of testing every word boundary, which made this pattern the most costly of the analysis.
const FUTURE =
  /(?:(?<!\w)(?:will(?<!\b(?:at|the|a|free|good|ill|own|political|popular|his|her|their|its|our|of|against)\swill)|won['’]t|would|shall|going to|(?:is|are|was|were) (?:set|poised) to|is due|are due|due(?<=,\s+due) to (?:be|open|start|begin|close|finish|end|launch|take|come|arrive|resume|expire|return|reopen|complete|enter|run|meet|hold)|(?:un)?likely to(?!\s+have\b)|plans? to|scheduled|deadline|expected to|expects?|upcoming|ahead of|could be|may be|might be|(?:is|are) to be|(?:could|might)\s+(?!have\b|not\s+have\b)\p{Ll}+)|(?<=\w)['’]ll)\b/giu;

/**
 * `, reached after an all-night session,`, `, founded in 1990,`, `, shot entirely in Kelmo,`: an aside a past participle
 * (perhaps with an adverb) and a preposition open tells of a noun, not of the clause's time (a main verb after an
 * appositive takes its object instead: `, launched its phone`). So does such a phrase that opens the sentence:
 * `Founded in May, the company employs 3,200 people`. The word in the first or second group must have a participle's form.
 */
const PARTICIPLE_ASIDE = /(?:^(\p{Lu}\p{Ll}+)|,\s+(\p{Ll}{2,}))\s+(?:\p{Ll}{2,}ly\s+)?(?:by|after|in|on|at|with|for|from|under|during|before|since|last|earlier)\s[^,;:]*,/gu;

/** The last word before `end` when only white space separates them (`next ` → `next`), lower-cased, and where it starts. */
function lowerWordBefore(text: string, from: number, end: number): { word: string; start: number } | undefined {
  const before = wordBefore(text, from, end, isSpace);
  return before && { word: before.word.toLowerCase(), start: before.start };
}

function lastWordBefore(text: string, from: number, end: number): string | undefined {
  return lowerWordBefore(text, from, end)?.word;
}

/** A digit ends the text before `end`, past white space, not before `from`. */
function numberBefore(text: string, from: number, end: number): boolean {
  let i = end;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  return i > from && c >= 48 && c <= 57;
}

/** Two lower-case letters in a row somewhere in `[from, to)` (`/\p{Ll}{2,}/u`): some word is written there. */
function hasLowerWord(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = text.codePointAt(i)!;
    run = isLower(c) ? run + 1 : 0;
    if (run >= 2) return true;
    if (c > 0xffff) i++;
  }
  return false;
}

/**
 * What a sentence says about tense, read once however many dates it holds: whether it has a past verb,
 * and where its future markers stand.
 */
export class SentenceTense {
  private past: boolean | undefined;
  private markers: number[] | undefined;
  /** Where the sentence's participle asides stand, as pairs (start, end). */
  private asides: number[] | undefined;

  constructor(
    readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /**
   * The date at `at` is told in the past: it stands in a participle aside, which tells of what was done, or else a past
   * verb stands outside every such aside (`The deal, reached after an all-night session, commits them to pay by 2035` is ahead).
   */
  hasPast(at: number): boolean {
    if (this.asides === undefined) {
      this.asides = [];
      // (a match a word of no participle's form opens is no aside, and leaves its closing comma to open the next:
      // `, mostly in cash, reached after talks,`)
      const text = this.text.slice(this.start, this.end);
      PARTICIPLE_ASIDE.lastIndex = 0;
      for (let m = PARTICIPLE_ASIDE.exec(text); m !== null; m = PARTICIPLE_ASIDE.exec(text)) {
        if (isPastParticipleForm(m[1]?.toLowerCase() ?? m[2]!)) this.asides.push(this.start + m.index, this.start + m.index + m[0].length);
        else PARTICIPLE_ASIDE.lastIndex = m.index + 1;
      }
    }
    const asides = this.asides;
    // (a participle that is no simple past too: `, born in Dersk in 1937,`)
    for (let k = 0; k < asides.length; k += 2) if (at >= asides[k]! && at < asides[k + 1]!) return true;
    if (this.past === undefined) {
      let outside = "";
      let from = this.start;
      for (let k = 0; k < asides.length; k += 2) {
        outside += this.text.slice(from, asides[k]!);
        from = asides[k + 1]!;
      }
      this.past = hasPastVerb(outside + this.text.slice(from, this.end));
    }
    return this.past;
  }

  /** A future marker lies wholly inside `[from, to)`. */
  futureWithin(from: number, to: number): boolean {
    return this.lastFutureEnd(from, to) >= 0;
  }

  /** Where the last future marker wholly inside `[from, to)` ends, or -1. */
  lastFutureEnd(from: number, to: number): number {
    if (this.markers === undefined) {
      this.markers = [];
      for (const m of this.text.slice(this.start, this.end).matchAll(FUTURE)) this.markers.push(this.start + m.index, this.start + m.index + m[0].length);
    }
    // markers are sorted pairs (start, end) that do not overlap: the last one ending by `to`, if it starts at or after `from`
    const pairs = this.markers;
    let lo = 0;
    let hi = pairs.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[2 * mid + 1]! <= to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && pairs[2 * (lo - 1)]! >= from ? pairs[2 * (lo - 1) + 1]! : -1;
  }
}

/**
 * Words that open a clause of its own after a future one: `will strike from Tuesday after talks broke down on Saturday`,
 * `will be led by a chemist who joined in 2021`.
 */
const SUBORDINATORS: ReadonlySet<string> = new Set(["after", "when", "because", "since", "as", "once", "while", "but", "who", "which"]);
/** Some subordinator stands in the text as a word of its own: a cheap test before the words are split out. */
const SUBORDINATOR_WORD = new RegExp(`(?<![\\p{L}’'-])(?:${[...SUBORDINATORS].join("|")})(?![\\p{L}’'-])`, "iu");
/** Before a past form, these make it a participle of the future clause (`will be held on`), not a past verb. */
const AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, "have", "has", "had", "get", "got", "gets"]);

/** A clause of its own with a simple past verb in `text`, after a subordinator: `after talks broke down late`. */
function pastClauseIn(text: string): boolean {
  if (!SUBORDINATOR_WORD.test(text)) return false;
  const words = text.match(/[\p{L}’'-]+/gu) ?? [];
  const opens = words.findIndex((w) => SUBORDINATORS.has(w.toLowerCase()));
  if (opens < 0) return false;
  for (let k = opens + 1; k < words.length; k++) if (!AUXILIARIES.has(words[k - 1]!.toLowerCase()) && hasPastVerb(words[k]!)) return true;
  return false;
}

/** The pronouns that open a clause of their own right after a noun: `the club he left`, `the match they lost`. */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i"]);

/**
 * `ahead of the final against Rovers, the club he left in 2019`: a pronoun and a past verb, past the future verb, are a
 * clause of what was done (not one of saying: `will decide, he said, by Friday`).
 */
function pronounClauseIn(text: string): boolean {
  const words = text.match(/[\p{L}’'-]+/gu) ?? [];
  for (let k = 1; k < words.length; k++) if (CLAUSE_PRONOUNS.has(words[k - 1]!.toLowerCase()) && hasPastVerb(`${words[k - 1]} ${words[k]}`) && !isSpeechVerb(words[k]!)) return true;
  return false;
}

/** Verbs whose object's past participle tells what comes of the future verb (`will see fares frozen`, `will keep rates frozen`), not the past. */
const RESULT_VERBS: ReadonlySet<string> = new Set(["see", "keep", "leave", "make"]);

/**
 * `would hand back 31 plaques taken from the palace by troops in 1897`: a past participle right after a noun, past the
 * future verb (`will remain closed` is that verb's), opens a clause of what was done to the noun before (not after an
 * adverb or a small word: `will reopen fully restored`, `will hand it over sealed`).
 */
function reducedRelativeIn(text: string): boolean {
  const words = text.match(/[\p{L}’'-]+/gu) ?? [];
  const result = words.findIndex((w) => RESULT_VERBS.has(w.toLowerCase()));
  for (let k = 2; k < words.length; k++) {
    const noun = words[k - 1]!;
    // (a passive's participle takes no object: `the minister told reporters` is his saying)
    if (!/^\p{Ll}+s?$/u.test(noun) || noun.endsWith("ly") || isStopword(noun) || !isPastParticipleForm(words[k]!) || (k + 1 < words.length && !PREPOSITIONS.has(words[k + 1]!))) continue;
    if (result < 0 || result >= k) return true;
  }
  return false;
}

/** The last `but` after a comma, which opens a clause of contrast with a tense of its own. */
const CONTRAST_AFTER = /,\s+but\b(?!.*,\s+but\b)/s;

/** `since the` right before a date: `since the 1970s`, `since the spring`. */
const SINCE_THE = /\bsince\s+the\s+$/i;

/**
 * Reads the tense of a date at `[dateStart, dateEnd)` from its sentence's words in `[from, to)`:
 * `next Saturday` and `last Saturday` say it outright; future markers before the date make it future; a
 * past verb anywhere in the sentence makes it past; a future marker after it, or a sentence with no past
 * verb at all (`City host Ashford on Tuesday`, news's present for scheduled events), makes it future.
 */
export function tenseAt(sentence: SentenceTense, from: number, dateStart: number, dateEnd: number, to: number): Tense {
  if (CLOSED_AFTER.test(sentence.text.slice(dateEnd, dateEnd + 12))) return "past";
  // (`next Saturday`, and `next week`, whose `next` is the date's own first word)
  const before = wordBeforeBound(sentence.text, from, dateStart);
  const previous = before?.word;
  // (`later this week` is still to come, `earlier this month` has gone, whatever tense tells them)
  const own = /^(?:(?:next|last)\b|(?:later|earlier)(?=\s+this\b))/i.exec(sentence.text.slice(dateStart, dateStart + 13))?.[0].toLowerCase();
  if (previous === "next" || own === "next" || own === "later") return "future";
  // (`the sixth strike since November`, `since the 1970s`: a span that runs up to now began in the past)
  if (previous === "last" || own === "last" || own === "earlier" || previous === "since" || SINCE_THE.test(sentence.text.slice(Math.max(from, dateStart - 10), dateStart))) return "past";
  // (`quoting incident 214 of 10 March`: the day a record numbered so was made)
  if (before !== undefined && previous === "of" && numberBefore(sentence.text, from, before.start)) return "past";
  if (
    before !== undefined &&
    (decidedFrom(sentence.text, from, dateStart, before) ||
      scheduledFor(sentence.text, from, dateStart, before) ||
      announcedFor(sentence.text, from, before) ||
      lastsUntil(sentence.text, from, before) ||
      awaitsCourt(sentence.text, from, before) ||
      happensOn(sentence.text, from, dateStart, dateEnd, before))
  )
    return "future";
  // (`said Tuesday would be very hot`: the day is the subject of a clause still ahead)
  if (AHEAD_OF_SUBJECT.test(sentence.text.slice(dateEnd, dateEnd + 30))) return "future";
  const marker = sentence.lastFutureEnd(from, dateStart);
  if (marker >= 0) {
    const between = sentence.text.slice(marker, dateStart);
    // (`Nothing will bring him back, but today justice has been done`: a clause of contrast takes its own tense)
    const contrast = CONTRAST_AFTER.exec(between);
    if (contrast !== null) {
      const clause = marker + contrast.index + contrast[0].length;
      if (!sentence.futureWithin(clause, to) && hasPastVerb(sentence.text.slice(clause, to))) return "past";
    }
    return pastClauseIn(between) || reducedRelativeIn(between) || pronounClauseIn(between) || PAST_PERFECT.test(between) || COMPARED_WITH.test(between) || saidRightBefore(sentence.text, from, dateStart) ? "past" : "future";
  }
  // (`The typical home costs £284,000, down from £291,000 in June`: the figure a present one is measured against is past)
  if (comparedRightBefore(sentence.text, from, dateStart)) return "past";
  // (`2014 – Norvex lists on the Sarno exchange`: a timeline's entry, its date before a dash, tells history in the present)
  if (dateStart === from && TIMELINE_DASH.test(sentence.text.slice(dateEnd, dateEnd + 3))) return "past";
  if (PRESENT_FOR_FUTURE.test(sentence.text.slice(Math.max(from, dateStart - 60), dateStart))) return "future";
  if (sentence.hasPast(dateStart)) return "past";
  if (ACCUSED_OF.test(sentence.text.slice(from, dateStart))) return "past";
  if (stateAfterEvent(sentence.text, from, dateStart)) return "past";
  if (sentence.futureWithin(dateEnd, to)) return "future";
  return hasLowerWord(sentence.text, from, dateStart) || hasLowerWord(sentence.text, dateEnd, to) ? "future" : "past";
}

/**
 * The lower-case word before the date, passing over a bound that leaves it the same date (`until at least Thursday`
 * is `until Thursday` for its tense).
 */
function wordBeforeBound(text: string, from: number, dateStart: number): { word: string; start: number } | undefined {
  const before = lowerWordBefore(text, from, dateStart);
  if (before?.word !== "least") return before;
  const at = lowerWordBefore(text, from, before.start);
  return at?.word === "at" ? lowerWordBefore(text, from, at.start) : before;
}

/**
 * `when he turns 18 in July`, `once it opens in May`: a clause of time whose verb is in the present tells of what is
 * ahead, whatever the tense of the clause it hangs on (`signed a deal to join when he turns 18 in July`).
 */
const PRESENT_FOR_FUTURE = /\b(?:when|once|until|till|before|after)\s+(?:he|she|it)\s+(?!was\b)\p{Ll}{2,}s\b[^,;:.!?]*$/iu;

/** `is accused of hiding losses between 2016 and 2019`: what a charge or a verdict in the present tells of was done before. */
const ACCUSED_OF = /\b(?:accused|suspected|convicted|acquitted|guilty|charged|indicted)\s+(?:of|with)\b/iu;

/** `after a shorter one in June`, `after a 3-1 defeat on Saturday`: an event named by a noun after `after`, up to its date's preposition. */
const AFTER_EVENT = /\bafter\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}\d’'-]+\s+){0,4}(?:in|on)\s+$/u;
/** A verb of a state that holds now: `is`, `are`, `remains`. */
const STATE_NOW = /\b(?:is|are|remains?)\b/;

/**
 * `It is the second outage this year, after a shorter one in June`, `Rovers are bottom after a defeat on Saturday`: a
 * state that holds now after an event names an event that has been (where `Talks resume after a break in June` schedules).
 */
function stateAfterEvent(text: string, from: number, dateStart: number): boolean {
  const m = AFTER_EVENT.exec(text.slice(Math.max(from, dateStart - 80), dateStart));
  if (m === null) return false;
  return STATE_NOW.test(text.slice(from, Math.max(from, dateStart - 80) + m.index));
}

/** `will rise to 3%, up from 2.7% they had predicted in March`: a pluperfect after the promise looks back. */
const PAST_PERFECT = /\bhad\s+(?:not\s+|already\s+|just\s+)?\p{Ll}+ed\b/u;
/** `expect no cuts this year, up from four in March`: the figure a forecast is measured against was an earlier one. */
const COMPARED_WITH = /,\s*(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b/;

/** Every comparison in a text, for `matchAll`. */
const COMPARISONS = new RegExp(COMPARED_WITH.source, "g");

/** `, down from` or `compared with` opens the phrase the date ends, with no comma or other stop between. */
function comparedRightBefore(text: string, from: number, dateStart: number): boolean {
  const between = text.slice(from, dateStart);
  let end = -1;
  for (const m of between.matchAll(COMPARISONS)) end = m.index + m[0].length;
  // (a comma before a digit groups a number's thousands: `down from £291,000 in June`)
  return end >= 0 && !/[;:]|,(?!\d)/.test(between.slice(end));
}

/** `a 38% premium to Friday's closing price`: a market's close that a price is measured against has happened. */
const CLOSED_AFTER = /^['’]s\s+clos(?:e|ing)\b/;

/**
 * A verb of deciding or of readying before its infinitive, perhaps with a day or an adverb between: `voted to raise`,
 * `agreed to pay`, `were preparing to evacuate`, `agreed on Thursday to cut`, `voted unanimously to raise`, not `agreed
 * to a deal`; or of ordering someone to act: `ordered him to surrender`, `told the bank to repay`, `require airlines to
 * retrain`.
 */
const DECIDED =
  /\b(?:(?:voted|agreed|decided|pledged|promised|vowed|resolved|undertook|opted|chose|planned|planning|preparing|aiming|racing|scrambling|rushing)(?:\s+(?:on\s+\p{Lu}\p{Ll}+|\p{Ll}{3,}ly))?|(?:ordered|told|asked|directed|instructed|require|requires|requiring|required|force|forces|forced|urged)\s+(?:him|her|them|it|us|me|you|(?:the|its|his|her|their)\s+\p{Ll}+|\p{Lu}\p{Ll}+))\s+to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|it|him|them|me|us|you)\b)\p{Ll}/giu;
/** The words before a date that make it a start or a deadline: `from April`, `by June`, `starting in May`. */
const START_OR_DEADLINE: ReadonlySet<string> = new Set(["from", "by", "until", "starting", "beginning", "effective"]);

/**
 * `voted to raise council tax by 4% from April`: a start or a deadline of what was decided lies ahead of the
 * deciding, as a deadline of what was forecast does of the forecast (`expected savings by June`) and a start of what
 * was announced does of the announcing (`announced a campaign from November`), when no comma sets the date in a clause
 * of its own (`…, after a meeting on Tuesday`).
 */
function decidedFrom(text: string, from: number, dateStart: number, previous: { word: string; start: number }): boolean {
  // (`by the end of June`: the date's own words open at `end`)
  const word = previous.word === "in" || previous.word === "on" || previous.word === "the" ? lastWordBefore(text, from, previous.start) : previous.word;
  if (word === undefined || !START_OR_DEADLINE.has(word)) return false;
  const clause = text.slice(from, dateStart);
  return endsClauseWith(clause, DECIDED) || endsClauseWith(clause, ANNOUNCED_MEASURE) || (word === "by" && endsClauseWith(clause, FORECAST));
}

/**
 * A verb of making a measure or an action known, whose start or deadline lies ahead of the making: `announced a campaign
 * from November`, `called a 48-hour strike from Aug. 3` (not `the so-called Halvik talks from May`, where `called` names).
 */
const ANNOUNCED_MEASURE = /\b(?:announced|unveiled|proposed|(?<!-)called)\b/gi;

/** A verb of forecasting, whose deadline after `by` lies ahead of it in any tense: `expected savings of $1bn by 2028`. */
const FORECAST = /\b(?:expects?|expected|forecasts?|predicts?|predicted|projected|anticipates?|anticipated|targeted)\b/gi;

/** The last match of `verb` in `clause` has no comma, semicolon or colon after it: the words after it are its own. */
function endsClauseWith(clause: string, verb: RegExp): boolean {
  let end = -1;
  for (const m of clause.matchAll(verb)) end = m.index + m[0].length;
  // (a comma before a digit groups a number's thousands and ends no clause: `promised to build 5,000 homes by 2030`)
  return end >= 0 && !/[;:]|,(?!\d)/.test(clause.slice(end));
}

/** A verb that puts something on the calendar: `set sentencing for June 29`, `adjourned the case until Monday`. */
const SCHEDULED = /\b(?:set|scheduled|planned|slated|rescheduled|postponed|adjourned|delayed|deferred|fixed)\b/gi;
/** The words that name the day an event is put on: `for`, `until`, `to`. */
const PUT_ON: ReadonlySet<string> = new Set(["for", "until", "till", "to"]);

/** The date is the day something was put on (`set sentencing for June 29`) in the same clause: it lies ahead of the putting. */
function scheduledFor(text: string, from: number, dateStart: number, previous: { word: string; start: number }): boolean {
  if (!PUT_ON.has(previous.word)) return false;
  return endsClauseWith(text.slice(from, previous.start), SCHEDULED);
}

/**
 * Announcing, calling or naming an event with its date: `announced further walkouts on 14 and 15 March`, `called a
 * strike for Monday`, the event (a plural, or one qualified as new) and its date right after the verb.
 */
const ANNOUNCED_EVENT =
  /\b(?:announced|called|named|confirmed|unveiled|declared|set out)\s+(?:(?:a|an|the|its|their)\s+)?(?:(further|new|more|fresh|additional|another|two|three|four|five|six|several)\s+)?(?:(?:\p{Ll}+|\d+-(?:hour|day))\s+)?(strikes?|walkouts?|stoppages?|protests?|rally|rallies|marches|demonstrations?|talks|elections?|votes?|ballots?|referendums?|hearings?|meetings?|summits?|concerts?|shows?|dates)\s+(on|for)$/u;

/**
 * The date is the day of an event a verb announced (`announced further walkouts on 14 and 15 March`): it lies ahead of
 * the announcing. After `on`, only events in the plural or qualified as new, since `announced the strike on Monday` may
 * date the announcing.
 */
function announcedFor(text: string, from: number, previous: { word: string; start: number }): boolean {
  if (previous.word !== "on" && previous.word !== "for") return false;
  const m = ANNOUNCED_EVENT.exec(text.slice(Math.max(from, previous.start - 80), previous.start + previous.word.length));
  if (m === null) return false;
  return m[3] === "for" || m[1] !== undefined || m[2]!.endsWith("s");
}

/** The words that end a span at the date: `through Friday`, `until Monday`. */
const SPAN_END: ReadonlySet<string> = new Set(["until", "till", "through"]);
/** Agreements that run for a term: the date that ends one lies ahead. */
const TERMS: ReadonlySet<string> = new Set(["contract", "deal", "agreement", "lease", "licence", "license", "loan", "mandate", "term", "tenancy"]);
/**
 * A state that holds now, in its clause's present (`is in effect`, `remains shut`, `has until`, a time given), or one a
 * past act sets going (`extended the curfew`).
 */
const LASTING = /\b(?:is|are|has|have|remains?|stays?|lasts?|runs?|extended|imposed|issued|declared)\b/gi;

/**
 * `A red flag warning is in effect through Friday, officials said`, `issued a red flag warning through Friday`:
 * a span that holds now, or that a past act set going, ends ahead, in the same clause with no other past verb.
 */
function lastsUntil(text: string, from: number, before: { word: string; start: number }): boolean {
  const previous = spanEndBefore(text, from, before);
  if (previous === undefined) return false;
  // (`agreed a contract until 2033`, `a loan until the end of June`: a term agreed runs ahead, whenever it was agreed)
  if (TERMS.has(lastWordBefore(text, from, previous.start) ?? "")) return true;
  const clause = text.slice(from, previous.start);
  let end = -1;
  let verb = "";
  for (const m of clause.matchAll(LASTING)) {
    end = m.index + m[0].length;
    verb = m[0].toLowerCase();
  }
  // (`has suspended all trains until`, `have been closed until`: a present perfect's state holds now)
  if (verb === "has" || verb === "have") end += /^\s+(?:been\s+)?\p{Ll}+/u.exec(clause.slice(end))?.[0].length ?? 0;
  // (a comma before `and` or `or` joins one more thing the verb governs: `issued a warning until 15:00 on Thursday, and another until Friday`;
  // so do a list's commas: `in force for London, the South East and the East until`)
  return end >= 0 && !/;|:(?!\d)|,(?!\s+(?:and|or)\s)/.test(clause.slice(end).replace(LIST_COMMA, "")) && !hasPastVerb(clause.slice(end));
}

/** A future verb right after a date, whose subject it is: `Tuesday would be`, `Friday is expected to bring` (not `would have been`). */
const AHEAD_OF_SUBJECT = /^\s+(?:will|would|is\s+(?:likely|expected|set|due|going)\s+to)\s+(?!have\b)\p{Ll}/u;

/** A list's comma, with `and` or `or` to come before the next comma: `London, the South East and the East`. */
const LIST_COMMA = /,(?=[^,;:]*\s(?:and|or)\s)/g;

/** `until 06:00 on`, `through 3 p.m. on`, `until at least midday on`: a span's end word and a time of day before the date's `on`. */
const SPAN_END_AT_TIME = /\b(until|till|through)\s+(?:at\s+least\s+)?(?:\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|[ECMP][SD]?T|local time))?|noon|midday|midnight)\s+$/i;

/** The word that ends a span at the date, right before it or before a time of day and `on`: `until Monday`, `until 06:00 on Sunday`. */
function spanEndBefore(text: string, from: number, previous: { word: string; start: number }): { word: string; start: number } | undefined {
  if (SPAN_END.has(previous.word)) return previous;
  if (previous.word !== "on") return undefined;
  const m = SPAN_END_AT_TIME.exec(text.slice(Math.max(from, previous.start - 40), previous.start));
  return m === null ? undefined : { word: m[1]!.toLowerCase(), start: previous.start - m[0].length };
}

/** A court's remand or bail, which runs until a day ahead of it. */
const REMANDED = /\b(?:remanded|bailed|summonsed|summoned)\b/;
/** Where a remand or bail leaves someone: ahead only of what it awaits (`was on bail until March, when …` is over). */
const HELD = /\b(?:on bail|in custody)\b/;
/** What the remand or bail awaits, right before the date's `on`: `until his trial`, `to appear at Corvel Crown Court`. */
const AWAITED = /\b(?:until|till|pending)\s+(?:(?:his|her|their|its|the|a)\s+)?(?:\p{Ll}+\s+)?(?:trial|sentencing|hearing|retrial|appeal|appearance|inquest)\s*$|\bto appear\b[^,;.]*$/u;

/**
 * `was remanded in custody until 2 June`, `was released on bail until his trial on 2 June`, `was bailed to appear at
 * Corvel Crown Court on 2 June`: the day a remand or bail runs to lies ahead of the court that set it.
 */
function awaitsCourt(text: string, from: number, previous: { word: string; start: number }): boolean {
  if (previous.word !== "until" && previous.word !== "on") return false;
  const clause = text.slice(from, previous.start);
  return previous.word === "until" ? REMANDED.test(clause) : (REMANDED.test(clause) || HELD.test(clause)) && AWAITED.test(clause);
}

/** Verbs news writes in the present for an event on the calendar: `meets on May 1`, `Voting begins Monday`. */
const HAPPENS: ReadonlySet<string> = new Set(["meets", "begin", "begins", "starts", "opens", "resume", "resumes", "convene", "convenes", "reconvene", "reconvenes", "closes", "ends", "expire", "expires", "launches", "debuts", "premieres", "airs"]);
/** Phrases news writes in the present for a launch or a rule's start: `goes on sale on Oct. 3`, `takes effect in May`. */
const HAPPENS_PHRASES: readonly string[] = ["goes on sale", "go on sale", "takes effect", "take effect", "kicks off", "kick off", "gets under way", "get under way", "gets underway", "get underway", "comes into force", "come into force", "enters into force", "enter into force"];
/** The phrases' last words: the word before the date ends one of them or none does. */
const HAPPENS_PHRASE_ENDS: ReadonlySet<string> = new Set(HAPPENS_PHRASES.map((phrase) => phrase.slice(phrase.lastIndexOf(" ") + 1)));
/** Verbs as often nouns (`off to a bright start on Saturday`), so verbs only after a relative pronoun: `the Games, which open on Friday`. */
const HAPPENS_OR_NOUNS: ReadonlySet<string> = new Set(["start", "end", "open", "close", "meet"]);
/** Words between such a verb and its date: `meets again on`, `opens in`. */
const HAPPENS_LINKS: ReadonlySet<string> = new Set(["on", "in", "again", "next"]);
/** Words after which such a word is a plural noun, having no subject: `after launches on Monday were called off`, `the premieres on Friday`. */
const PLURAL_NOUN_OPENERS: ReadonlySet<string> = new Set(["after", "the", "their", ...PREPOSITIONS]);

/**
 * `The Fed, which meets again on May 1, is expected to hold`, `before exams begin in May`: an event's verb in the
 * present right before the date puts the event ahead. A year is a setting, not a schedule (`The story begins in 1943`).
 */
function happensOn(text: string, from: number, dateStart: number, dateEnd: number, previous: { word: string; start: number }): boolean {
  if (/\d{4}/.test(text.slice(dateStart, dateEnd))) return false;
  let word: { word: string; start: number } | undefined = previous;
  for (let k = 0; k < 2 && word !== undefined && HAPPENS_LINKS.has(word.word); k++) word = lowerWordBefore(text, from, word.start);
  // (in lower case as written: `the US Open in September` is a name)
  if (word === undefined || !isLower(text.charCodeAt(word.start))) return false;
  return (
    (HAPPENS.has(word.word) && !PLURAL_NOUN_OPENERS.has(lastWordBefore(text, from, word.start) ?? "")) ||
    (HAPPENS_OR_NOUNS.has(word.word) && /^(?:which|that)$/.test(lastWordBefore(text, from, word.start) ?? "")) ||
    (HAPPENS_PHRASE_ENDS.has(word.word) && endsHappensPhrase(text, from, word.start + word.word.length))
  );
}

/** One of `HAPPENS_PHRASES` ends at `end`, a whole word at its start, and starts at or after `from`. */
function endsHappensPhrase(text: string, from: number, end: number): boolean {
  return HAPPENS_PHRASES.some((phrase) => {
    const start = end - phrase.length;
    return start >= from && text.slice(start, end).toLowerCase() === phrase && !isLetter(text.charCodeAt(start - 1));
  });
}

/** The prepositions of where or how something was said: `said in a memo on`, `told reporters at a briefing on`. */
const SAID_IN: ReadonlySet<string> = new Set(["in", "at", "during", "via"]);
/** How many words a phrase of where it was said may take before `on`: `in an internal memo`. */
const SAID_IN_WORDS = 5;

/**
 * `Harlow will cut 2,000 jobs, the carmaker said on Thursday`: a verb of speech in the past right before the
 * date (or before its `on`, or before a phrase of where it was said: `said in an internal memo on Tuesday`) dates
 * the saying, whatever the words said promise.
 */
function saidRightBefore(text: string, from: number, dateStart: number): boolean {
  const before = lowerWordBefore(text, from, dateStart);
  if (before === undefined || before.word !== "on") return before !== undefined && saidInPast(text, from, before);
  if (toldBefore(text, from, before.start)) return true;
  let at = before.start;
  for (let k = 0; k <= SAID_IN_WORDS; k++) {
    const word = lowerWordBefore(text, from, at);
    if (word === undefined) return false;
    if (k === 0 && saidInPast(text, from, word)) return true;
    if (SAID_IN.has(word.word)) {
      const verb = lowerWordBefore(text, from, word.start);
      return (verb !== undefined && saidInPast(text, from, verb)) || toldBefore(text, from, word.start);
    }
    at = word.start;
  }
  return false;
}

/** Verbs of telling, whose hearer stands between them and the date: `told staff on Tuesday`. */
const TELLING: ReadonlySet<string> = new Set(["told", "informed", "briefed", "assured", "reminded", "warned"]);
/** How many words a hearer may take: `staff`, `the committee`, `a news conference`. */
const HEARER_WORDS = 3;

/** A verb of telling in the past, not after an auxiliary, and a hearer of a few words end at `end`: `told the committee`. */
function toldBefore(text: string, from: number, end: number): boolean {
  let at = end;
  for (let k = 0; k <= HEARER_WORDS; k++) {
    const word = lowerWordBefore(text, from, at);
    if (word === undefined) return false;
    if (TELLING.has(word.word)) return !AUXILIARIES.has(lastWordBefore(text, from, word.start) ?? "");
    at = word.start;
  }
  return false;
}

/** A verb of speech in the past (`said`), not a participle after an auxiliary (`will be announced`), which is the promise's own verb. */
function saidInPast(text: string, from: number, verb: { word: string; start: number }): boolean {
  return isSpeechVerb(verb.word) && hasPastVerb(verb.word) && !AUXILIARIES.has(lastWordBefore(text, from, verb.start) ?? "");
}

/** `tenseAt` for a date between the words `before` and `after`, which make its whole sentence. */
export function clauseTense(before: string, after = ""): Tense {
  const text = `${before} ${after}`;
  return tenseAt(new SentenceTense(text, 0, text.length), 0, before.length, before.length + 1, text.length);
}
