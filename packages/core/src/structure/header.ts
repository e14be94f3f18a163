import { parseDateStamp, type DateStamp } from "../dates/absolute.js";
import type { Paragraph } from "../text/layout.js";
import type { Span } from "../text/positions.js";
import { listItemsUnder, matchBoilerplate, type BoilerplateMatch } from "./boilerplate.js";
import { isDatelineLine } from "./dateline.js";
import { parseByline, parseFiledFromLine, parseJobLine, parseMastheadLine, parseNameLine, parseOutletLine, type Byline } from "./byline.js";
import { isTitleCase } from "../text/title-case.js";
import { opensWithTitleSeparator } from "./page-title.js";
import { SECTION_LABEL } from "./outlet-words.js";
import { isGazetteerPlace } from "../entities/lexicon.js";
import { isListItemLine } from "./list-item.js";
import { isSubheadingLine } from "./subheading.js";

export type ParagraphRole = "headline" | "deck" | "byline" | "stamp" | "body" | "subheading" | "boilerplate";

export interface ClassifiedParagraph {
  readonly role: ParagraphRole;
  readonly boilerplate?: BoilerplateMatch;
  /** A stamp line's dates: one, or a date and its update (`Dec 1, 2026 Updated Dec 2, 2026`). */
  readonly stamps?: readonly DateStamp[];
  readonly byline?: Byline;
  /** Where the byline stands when it shares its line with a stamp (`By Ana Ruiz | Nov 14, 2026`). */
  readonly bylineSpan?: Span;
}

const HEADER_SCAN_LIMIT = 10;
/** A sentence above a byline or a date is a headline when it is short enough for one; a longer one is the lead. */
const HEADLINE_MAX = 160;
/** An item under a list heading (a headline, a topic, a press officer's name) is one line. */
const LIST_ITEM_MAX = 120;
const NO_STAMPS: readonly DateStamp[] = [];

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The most words of a question that heads the story: `What is the Halvik Accord and why does it matter?`. */
const QUESTION_HEADLINE_MAX_WORDS = 16;

/** One short question: in the header, an explainer's headline or a deck (a lead that asks goes on to answer). */
function asksAlone(text: string): boolean {
  return /\?["”’]?$/u.test(text) && !/[.?!]["”’]?\s/u.test(text) && wordCount(text) <= QUESTION_HEADLINE_MAX_WORDS;
}

/** Running prose: a sentence of some length that ends like one, or a long block whatever its ending. */
export function looksLikeProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && /[.?!…]["”’)\]]?\s*$/u.test(text)) || words > 30;
}

/**
 * Where a stamp line starts another stamp: at a bar, or at `Updated` or `Published` after a date, with its
 * `first` or `last` (`Updated Nov 5, 2024 – 3.47pm, first published at 2.30pm`), or glued by a scrape to the time
 * zone or time before it (`11:58 PM GMTUpdated 2 hours ago`).
 */
const STAMP_SEGMENT = /\||(?<=[A-Z]{2}|\d|[ap]m)(?=(?:Updated|Published|Posted|Modified)\b)|(?=\b(?:(?:[Ff]irst|[Ll]ast|FIRST|LAST)\s+)?(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|[Mm]odified)\b)(?<!\b(?:[Ff]irst|[Ll]ast|FIRST|LAST)\s+)/;

/** A time of day, perhaps with its zone: `11:42 PM ET`, `09.15 GMT`, `at 14:05`. */
const CLOCK_TIME = String.raw`(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?`;
/**
 * A header line that says when without a date: `Published`, `3 hours ago`, `Updated 5 minutes ago`, as
 * pages that print times relative to the reader's visit leave them when scraped, or a live page's time of day (`Updated 11:42 PM ET`).
 */
const RELATIVE_STAMP = new RegExp(
  String.raw`^(?:(?:first |last )?(?:published|updated|posted|modified)(?:\s*[:·•|–—-])?)?\s*(?:(?:\d{1,3}|an?|one|two|three|few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now|${CLOCK_TIME})?$`,
  "i",
);
/** A live page's entry opens with its time on a line of its own: `14:05`, then what was posted then. */
const ENTRY_TIME = new RegExp(`^${CLOCK_TIME}$`, "i");
const isEntryTime = (line: string) => ENTRY_TIME.test(line.trim());

/** A stamp line is short: a longer paragraph that holds a date is prose. */
const STAMP_MAX = 160;

/** A place's name and a comma opening a stamp line. */
const PLACE_BEFORE = /^\s*(\p{Lu}[\p{L}.'’ -]{1,40}),\s*/u;

/** The dates a stamp line gives, each read from its own segment; empty when it is no stamp line. */
function parseStampSegments(text: string, offset: number): DateStamp[] {
  const stamps: DateStamp[] = [];
  if (text.length > STAMP_MAX) return stamps;
  let at = 0;
  for (const segment of text.split(STAMP_SEGMENT)) {
    const place = PLACE_BEFORE.exec(segment);
    // (`Nairobi, May 29, 2025`: a place the gazetteers know may stand before the date, where the story was filed)
    const filedFrom = place !== null && isGazetteerPlace(place[1]!) ? place[0].length : 0;
    const stamp = parseDateStamp(segment.slice(filedFrom));
    if (stamp !== undefined) {
      const lead = offset + at + filedFrom;
      stamps.push({ ...stamp, date: { ...stamp.date, start: stamp.date.start + lead, end: stamp.date.end + lead } });
    }
    at += segment.length;
    if (text[at] === "|") at++;
  }
  return stamps;
}

/** What sets a byline apart from the date on its line: a bar, a middle dot, or a dash with spaces round it. */
const BESIDE_STAMP = /\s*[|·•]\s*|\s+[-–—]\s+/gu;

/**
 * `Nov 14, 2026 | By Ana Ruiz`, `By Ana Ruiz · Updated 3:45 PM, Nov 14, 2026`: a byline and the dates beside it on one line;
 * or a newspaper's name there, `Velmar Gazette | Friday 2 May 2025`.
 */
function bylineBesideStamps(text: string, offset: number): { byline: Byline; span: Span; stamps: DateStamp[] } | undefined {
  // (a byline opens with `by`, and a newspaper's name stands apart: a line with neither, as most stamp lines are, is read
  // once, as a stamp's, by the caller)
  if (text.length > STAMP_MAX || !(/\bby\s/i.test(text) || /[|·•]/u.test(text))) return undefined;
  const parts: { start: number; end: number; stamps: DateStamp[]; time: boolean }[] = [];
  let from = 0;
  for (const cut of [...text.matchAll(BESIDE_STAMP), { index: text.length, 0: "" }]) {
    const raw = text.slice(from, cut.index);
    const start = from + (raw.length - raw.trimStart().length);
    const end = from + raw.trimEnd().length;
    const part = text.slice(start, end);
    if (part.length > 0) parts.push({ start, end, stamps: parseStampSegments(part, offset + start), time: RELATIVE_STAMP.test(part) });
    from = cut.index + cut[0].length;
  }
  const dated = parts.map((p) => p.stamps.length > 0 || p.time);
  const first = dated.indexOf(false);
  if (first < 0 || !dated.includes(true)) return undefined;
  // (the byline is the first run of parts with no date, its outlet's part too: `By Ana Ruiz | Reuters | Nov 14, 2026`)
  let last = first;
  while (last + 1 < parts.length && !dated[last + 1]) last++;
  const span = { start: offset + parts[first]!.start, end: offset + parts[last]!.end };
  const undated = text.slice(parts[first]!.start, parts[last]!.end);
  const byline = parseByline(undated, span.start) ?? parseMastheadLine(undated, span.start);
  return byline === undefined ? undefined : { byline, span, stamps: parts.flatMap((p) => p.stamps) };
}

/**
 * Gives each paragraph a role. The header is the run of short, non-prose paragraphs before the first
 * prose paragraph: there the first plain line is the headline and the second the deck; `By …` lines are
 * bylines and lone dates are stamps. Page furniture (image slugs, comment footers, copyright) is
 * boilerplate wherever it stands.
 */
export function classifyParagraphs(text: string, paragraphs: readonly Paragraph[]): ClassifiedParagraph[] {
  const roles: ClassifiedParagraph[] = [];
  let inHeader = true;
  /** The headline's words in the plain form `repeatsHeadline` compares, once it is read. */
  let headline: string | undefined;
  let deckSeen = false;
  let listItem: BoilerplateMatch | undefined;
  /** The last paragraph that is a live entry's time, found at the first such time (few articles have one). */
  let lastEntryTime: number | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const content = text.slice(p.start, p.end);
    // the short lines under `Related Topics` are links, those under `Media Contacts` contacts, not the article's text
    const boilerplate: BoilerplateMatch | undefined = matchBoilerplate(content) ?? (listItem && content.length <= LIST_ITEM_MAX && !looksLikeProse(content) ? listItem : undefined);
    // (`Correction: Mayor did not attend fundraiser`: a correction's own headline opens the file, with no stop at its end)
    const correctionHeadline = i === 0 && boilerplate?.kind === "correction" && !/[.!?]["”’)]?$/u.test(content.trimEnd());
    if (boilerplate !== undefined && !correctionHeadline) {
      roles.push({ role: "boilerplate", boilerplate });
      listItem = listItem !== undefined && boilerplate === listItem ? listItem : listItemsUnder(content);
      continue;
    }
    listItem = undefined;
    // a page's headline printed again over the story is furniture, and so is a section's label read as a deck above it, one
    // SECTION_LABEL lacks: the byline and the dates may still follow (`Courts` / `Velmar court jails ex-minister` / `By Ana Ruiz`)
    if (headline !== undefined && repeatsHeadline(headline, content)) {
      const previous = roles[roles.length - 1]!;
      if (previous.role === "deck") {
        roles[roles.length - 1] = { role: "boilerplate", boilerplate: { kind: "navigation" } };
        deckSeen = false;
      }
      roles.push({ role: "boilerplate", boilerplate: { kind: "navigation" } });
      continue;
    }
    // (a stamp stands in the header or among the last lines; elsewhere a date in a short paragraph is prose)
    const beside = inHeader ? bylineBesideStamps(content, p.start) : undefined;
    if (beside !== undefined) {
      roles.push({ role: "stamp", stamps: beside.stamps, byline: beside.byline, bylineSpan: beside.span });
      continue;
    }
    const stamps = inHeader || i >= paragraphs.length - 3 ? parseStampSegments(content, p.start) : NO_STAMPS;
    if (stamps.length > 0) {
      roles.push({ role: "stamp", stamps });
      continue;
    }
    const entryTime = i < paragraphs.length - 1 && isEntryTime(content);
    if (entryTime || (inHeader && content.length <= 60 && /\S/.test(content) && RELATIVE_STAMP.test(content.trim()))) {
      roles.push({ role: "stamp", stamps: [] });
      // (a live page's entries open with their times: the header ends at the first, and the line under it heads its entry, no deck)
      if (entryTime) {
        lastEntryTime ??= lastEntryTimeIn(text, paragraphs);
        if (lastEntryTime > i) inHeader = false;
      }
      continue;
    }
    // (a dateline on a line of its own under the headline opens the story, though a byline may still follow: `LAMPEDUSA, Italy — 19 July 2025`)
    if (inHeader && headline !== undefined && isDatelineLine(content)) {
      roles.push({ role: "body" });
      continue;
    }
    if (inHeader && i < HEADER_SCAN_LIMIT) {
      // a line of names alone under the headline is a byline that dropped its `By`
      // (and the outlet's name, the author's job or the place they filed from on the line under a byline is part of it)
      const afterByline = roles[roles.length - 1]?.byline !== undefined;
      // (so is a newspaper's name under the headline, where a byline or a date still follows: `The Sarno Echo`)
      const byline =
        parseByline(content, p.start) ??
        (headline !== undefined ? parseNameLine(content, p.start) : undefined) ??
        (afterByline ? (parseJobLine(content) ?? parseOutletLine(content, p.start) ?? parseFiledFromLine(content)) : undefined) ??
        (headline !== undefined && !deckSeen && headerFollows(text, paragraphs, i + 1) ? parseMastheadLine(content, p.start) : undefined);
      if (byline !== undefined) {
        roles.push({ role: "byline", byline });
        continue;
      }
      // a headline may end like a sentence (`Will Voters Accept the Deal Offered by Ann Cole?`); prose is never in Title Case;
      // a headline or a deck may be a sentence too (`Q&A: Why are egg prices so high?`), when a byline or a date still follows it
      if (
        !looksLikeProse(content) ||
        (headline === undefined && isTitleCase(content)) ||
        asksAlone(content) ||
        (!deckSeen && (headline !== undefined || content.length <= HEADLINE_MAX) && headerFollows(text, paragraphs, i + 1))
      ) {
        if (headline === undefined) {
          headline = plainForm(content);
          roles.push({ role: "headline" });
          continue;
        }
        // (a section's label alone under the headline is furniture, not a deck: `Live`, `Analysis`)
        if (SECTION_LABEL.test(content.trim())) {
          roles.push({ role: "boilerplate", boilerplate: { kind: "navigation" } });
          continue;
        }
        // (a deck stands over the story, so the last paragraph is the story, however short; a second short line under it
        // is the header's too when a byline or a date still follows: a review's rating, then `Kelvar, 9pm, Sunday`)
        if ((!deckSeen || headerFollows(text, paragraphs, i + 1)) && i < paragraphs.length - 1) {
          deckSeen = true;
          roles.push({ role: "deck" });
          continue;
        }
      }
    }
    inHeader = false;
    roles.push({ role: "body" });
  }
  markSubheadings(text, paragraphs, roles);
  return roles;
}

/**
 * A heading between the body's paragraphs is a subheading, when running text stands under it (a heading over a list of
 * short lines reads no differently from them).
 */
function markSubheadings(text: string, paragraphs: readonly Paragraph[], roles: ClassifiedParagraph[]): void {
  const content = (k: number) => text.slice(paragraphs[k]!.start, paragraphs[k]!.end);
  // (paragraph `k` is shaped as a heading, with running text under it)
  const headsText = (k: number) => isSubheadingLine(content(k)) && looksLikeProse(content(k + 1));
  let bodyBefore = false;
  let sectioned = false;
  for (let i = 0; i < paragraphs.length - 1; i++) {
    if (roles[i]!.role !== "body") continue;
    // (the body's first paragraph is its lead, however short; a table's last row, right under another, heads nothing)
    const above = i > 0 ? content(i - 1) : "";
    const rowUnder = !paragraphs[i]!.blankBefore && roles[i - 1]?.role === "body" && isListItemLine(above);
    // (a live page's entry may open with a heading under its time: `14:50` / `Evacuation centre opens`)
    if ((bodyBefore || isEntryTime(above)) && !rowUnder && headsText(i)) {
      roles[i] = { role: "subheading" };
      sectioned = true;
    }
    bodyBefore = true;
  }
  // (a short line under the byline and the dates, over the first paragraph, heads the first section when others follow:
  // a fact check's `The claim`; a deck stands over the byline)
  const deck = roles.findIndex((r) => r.role === "deck");
  if (sectioned && deck >= 0 && roles.slice(0, deck).some((r) => r.role === "byline" || r.role === "stamp") && headsText(deck)) roles[deck] = { role: "subheading" };
}

/** The index of the last paragraph but the article's last that is a live entry's time alone, or -1. */
function lastEntryTimeIn(text: string, paragraphs: readonly Paragraph[]): number {
  for (let k = paragraphs.length - 2; k >= 0; k--) if (isEntryTime(text.slice(paragraphs[k]!.start, paragraphs[k]!.end))) return k;
  return -1;
}

/** A line's words, lower case, single-spaced and trimmed: the form in which one line repeats another. */
function plainForm(line: string): string {
  return line.trim().replace(/\s+/g, " ").toLowerCase();
}

/** `repeat` prints the headline, in its plain form `h`, again: whole or without the site's name a page title adds after a separator. */
function repeatsHeadline(h: string, repeat: string): boolean {
  const r = plainForm(repeat);
  return h.startsWith(r) && (h.length === r.length || opensWithTitleSeparator(h.slice(r.length)));
}

/** Whether a byline or a date stamp stands in the next two paragraphs: the header goes on there. */
function headerFollows(text: string, paragraphs: readonly Paragraph[], from: number): boolean {
  for (const p of paragraphs.slice(from, from + 2)) {
    const content = text.slice(p.start, p.end);
    if (parseByline(content, p.start) !== undefined || parseStampSegments(content, p.start).length > 0) return true;
  }
  return false;
}
