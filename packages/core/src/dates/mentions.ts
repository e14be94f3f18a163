import type { Draft } from "../draft.js";
import type { DateMention, Located } from "../model.js";
import type { Span } from "../text/positions.js";
import { formatDate, isValidDate } from "./calendar.js";
import { ParagraphMemo } from "../text/paragraph-memo.js";
import { findDateExpressions, shiftExpression, type DateExpression } from "./expressions.js";
import { SentenceTense, resolveExpression, tenseAt, type ReferenceDate, type Tense } from "./resolve.js";

const TENSE_WINDOW = 240;

/**
 * A paragraph to read dates in; a stamp's (`Published: March 4, 2025`) are in the past, being when the page came out,
 * and so are those before `datelineEnd`, the end of a dateline that opens it (`LONDON, Jan. 5 —`; else its start).
 */
export interface DatedParagraph extends Span {
  readonly stamp: boolean;
  readonly datelineEnd: number;
}

/** A date as its paragraph's words read it, before it is put on the calendar. */
export interface DateReading {
  readonly expression: DateExpression;
  readonly tense: Tense;
  /** It is the second of a list or a range with the reading before it: `14 and 15 March`, `from July to October`. */
  readonly joinsPrevious: boolean;
}

/** The readings `by` characters further on. */
function shiftReadings(readings: readonly DateReading[], by: number): readonly DateReading[] {
  return readings.map((r) => ({ expression: shiftExpression(r.expression, by), tense: r.tense, joinsPrevious: r.joinsPrevious }));
}

/** A memo of paragraphs' date readings, for `findDateMentions` to keep between analyses of one document. */
export function dateReadingMemo(): ParagraphMemo<readonly DateReading[]> {
  return new ParagraphMemo(shiftReadings);
}

/**
 * Finds the date expressions of the given paragraphs and resolves them against `reference`. With a `memo`, a paragraph
 * read in the last analysis of the document, in the same setting, is not read again.
 */
export function findDateMentions(
  text: string,
  paragraphs: readonly DatedParagraph[],
  sentenceAt: (offset: number) => Span,
  quoteSpans: readonly Span[],
  reference: ReferenceDate | undefined,
  locate: (span: Span) => Located,
  memo?: ParagraphMemo<readonly DateReading[]>,
): DateMention[] {
  const out: DateMention[] = [];
  // (blanked only when a paragraph is read: on an edit the memo answers for all the others)
  let masked: string | undefined;
  // (quotes come in text order, so the ones of each paragraph are found by a cursor, not a search)
  let qi = 0;
  for (const p of paragraphs) {
    while (qi < quoteSpans.length && quoteSpans[qi]!.end <= p.start) qi++;
    let qe = qi;
    while (qe < quoteSpans.length && quoteSpans[qe]!.start < p.end) qe++;
    const quotes = quoteSpans.slice(qi, qe);
    const read = () => readParagraphDates(text, (masked ??= maskQuotes(text, quoteSpans)), p, sentenceAt, quotes);
    // a paragraph's readings depend on its words, the quotes in it (which scanning finds paragraph by paragraph), where
    // its dateline ends and whether it is a stamp; its sentences are split from its own words
    const readings =
      memo === undefined ? read() : memo.read(`${p.stamp ? "s" : "p"}${p.datelineEnd - p.start}${quotes.map((q) => `|${q.start - p.start}-${q.end - p.start}`).join("")}\n${text.slice(p.start, p.end)}`, p.start, read);
    let previous: DateMention | undefined;
    for (const reading of readings) {
      const at = locate(reading.expression.span);
      let mention = resolveMention({ text: at.text, span: at.span, range: at.range, expression: reading.expression, tense: reading.tense, value: null, relative: true }, reference);
      if (reading.joinsPrevious) {
        const [first, last] = inOrder(previous!, mention);
        out[out.length - 1] = first;
        mention = last;
      }
      previous = mention;
      out.push(mention);
    }
  }
  memo?.settle();
  return out;
}

/**
 * The text with quoted words blanked: they keep their own tense ("“We will not cooperate,” Whitfield said Thursday" is
 * past), and a date inside a quotation is read from the quotation's words alone (“We ship it on Monday,” she said).
 */
function maskQuotes(text: string, quoteSpans: readonly Span[]): string {
  if (quoteSpans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const q of quoteSpans) {
    if (q.start < at) continue;
    parts.push(text.slice(at, q.start), blankedQuote(text, q));
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * A quotation blanked, its marks kept so that the words either side do not meet across it (`targeted by "a criminal
 * group" on Wednesday` has no `by Wednesday`).
 */
function blankedQuote(text: string, q: Span): string {
  if (q.end - q.start < 2) return " ".repeat(q.end - q.start);
  return `${markOrSpace(text[q.start]!)}${" ".repeat(q.end - q.start - 2)}${markOrSpace(text[q.end - 1]!)}`;
}

/** A quotation's first or last character as the mask keeps it: a mark stays, a letter or a digit is blanked. */
function markOrSpace(c: string): string {
  return /[\p{L}\p{N}]/u.test(c) ? " " : c;
}

/** Reads the date expressions of one paragraph and their tenses; `quotes` are the quotations that overlap it. */
function readParagraphDates(text: string, masked: string, p: DatedParagraph, sentenceAt: (offset: number) => Span, quotes: readonly Span[]): DateReading[] {
  const out: DateReading[] = [];
  const bySentence = new Map<number, SentenceTense>();
  const byQuotation = new Map<number, SentenceTense>();
  let qi = 0;
  let previous: DateReading | undefined;
  for (const expression of findDateExpressions(text, p.start, p.end)) {
    // the date's sentence, in bounded windows either side to keep this linear
    while (qi < quotes.length && quotes[qi]!.end < expression.span.end) qi++;
    const q = quotes[qi];
    const quote = q !== undefined && q.start <= expression.span.start ? q : undefined;
    const whole = sentenceAt(expression.span.start);
    const sentence = quote === undefined ? whole : { start: Math.max(whole.start, quote.start), end: Math.min(whole.end, quote.end) };
    const from = Math.max(sentence.start, expression.span.start - TENSE_WINDOW);
    const to = Math.min(Math.max(sentence.end, expression.span.end), expression.span.end + TENSE_WINDOW);
    const readers = quote === undefined ? bySentence : byQuotation;
    let reader = readers.get(sentence.start);
    if (reader === undefined) readers.set(sentence.start, (reader = new SentenceTense(quote === undefined ? masked : text, sentence.start, Math.max(sentence.end, expression.span.end))));
    if ("counted" in expression && expression.counted === "forward-if-future" && !reader.futureWithin(from, expression.span.start)) continue;
    // (a date of a list or a range with the one before: `14 and 15 March`, `from July to October`)
    const joined = previous !== undefined && DATE_JOIN.test(text.slice(previous.expression.span.end, expression.span.start)) ? previous : undefined;
    const tense =
      p.stamp || expression.span.end <= p.datelineEnd
        ? "past"
        : (countedTense(expression) ??
          (joined !== undefined && bothWritten(joined.expression, expression) ? joined.tense : tenseAt(reader, from, expression.span.start, expression.span.end, to)));
    previous = { expression, tense, joinsPrevious: joined !== undefined };
    out.push(previous);
  }
  return out;
}

/**
 * What joins two dates of a list or a range: `14 and 15 March`, `March 3, 4 and 5`, `from July to October`, `14-15
 * April`.
 */
const DATE_JOIN = /^(?:\s*,)?\s+(?:and|or|to|through|until|till)\s+$|^\s*,\s+$|^\s*[-–]\s*$/;

/**
 * The tense a date's own counting says, whatever the verb's: `last week`, `in two weeks`, `yesterday`, and a date with
 * its year counted after it (`in October next year`, `March 3 last year`). `this year` and `today` count none.
 */
function countedTense(expression: DateExpression): Tense | undefined {
  if (expression.kind === "relative-day" && expression.offset !== 0) return expression.offset < 0 ? "past" : "future";
  if ("counted" in expression && expression.counted !== undefined) return expression.counted === "back" ? "past" : "future";
  const years = "yearOffset" in expression ? expression.yearOffset : undefined;
  return years === undefined || years === 0 ? undefined : years > 0 ? "future" : "past";
}

/**
 * Written dates in a list or a range (`on 14 and 15 March`) tell of the same time, so the later ones take the first's
 * tense, which its words right before read best.
 */
function bothWritten(previous: DateExpression, expression: DateExpression): boolean {
  return previous.kind === "written" && expression.kind === "written";
}

/**
 * A range's or a list's months or days each read against the reference in their tense can come out of order (`from
 * July to October` ahead of a September reference gives next July and this October): the range lies all in its
 * tense's direction, so ahead the end moves a year on, and in the past the start a year back.
 */
function inOrder(first: DateMention, last: DateMention): [DateMention, DateMention] {
  if (!first.relative || !last.relative || !onCalendar(first) || !onCalendar(last) || first.value! <= last.value!) return [first, last];
  if (first.tense === "future" && last.tense === "future") return [first, withYearShifted(last, 1)];
  if (first.tense === "past" && last.tense === "past") return [withYearShifted(first, -1), last];
  return [first, last];
}

/**
 * A month or a written day, whose value (`2026-10`, `2026-10-05`) compares with another's as text and whose year can
 * be moved; a season's value has the same shape (`2027-22`) but counts seasons, not months.
 */
function onCalendar(mention: DateMention): boolean {
  return (mention.expression.kind === "month" || mention.expression.kind === "written") && mention.value !== null;
}

/** The mention with its value's year moved by `by`, unless that day is not in the calendar (29 February). */
function withYearShifted(mention: DateMention, by: 1 | -1): DateMention {
  const value = mention.value!;
  const year = Number(value.slice(0, 4)) + by;
  if (value.length === 10 && !isValidDate({ year, month: Number(value.slice(5, 7)), day: Number(value.slice(8)) })) return mention;
  return { ...mention, value: `${year}${value.slice(4)}` };
}

/** A year, a month or a day, as its value writes it. */
const CALENDAR_VALUE = /^\d{4}(?:-(?:0\d|1[0-2])(?:-\d{2})?)?$/;

/** A season of a year, as its value writes it (`1946-24`, the winter of 1946). */
const SEASON_VALUE = /^(\d{4})-2[1-4]$/;

/**
 * Whether a year, a month or a day lies wholly before the reference (`past`) or after it (`future`), as a date written
 * whole is, whatever tense tells it (`1987: Leaves school` is past); so does a season by its year (`in the winter of
 * 1946`); undefined when it holds the reference or is no such value.
 */
function tenseOfDay(written: string | null, reference: ReferenceDate): Tense | undefined {
  const value = written === null ? null : (SEASON_VALUE.exec(written)?.[1] ?? written);
  if (value === null || !CALENDAR_VALUE.test(value)) return undefined;
  const at = formatDate(reference.date).slice(0, value.length);
  return value < at ? "past" : value > at ? "future" : undefined;
}

/** (Re)resolves a mention against a reference date; the corpus uses it to date articles that have none. */
export function resolveMention(mention: DateMention, reference: ReferenceDate | undefined): DateMention {
  const r = resolveExpression(mention.expression, reference, mention.tense);
  const resolved: Draft<DateMention> = {
    text: mention.text,
    span: mention.span,
    range: mention.range,
    expression: mention.expression,
    tense: (!r.relative && reference !== undefined && tenseOfDay(r.value, reference)) || mention.tense,
    value: r.value,
    relative: r.relative,
  };
  if (r.relative && r.value !== null && reference !== undefined) resolved.basis = reference;
  if (r.weekdayMismatch !== undefined) resolved.weekdayMismatch = r.weekdayMismatch;
  return resolved;
}
