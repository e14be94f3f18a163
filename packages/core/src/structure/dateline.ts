import { WEEKDAY_NAMES } from "../dates/calendar.js";
import { isEnglishWord, isFirstName, isGazetteerPlace } from "../entities/lexicon.js";
import { acronymLetters, initialsWithAcronymsOf, spellsInitials } from "../entities/name-tokens.js";
import { PARAGRAPH_LABEL } from "../text/paragraph-label.js";
import { opensWithTicker } from "../text/tickers.js";
import type { Span } from "../text/positions.js";
import { titleCase } from "../text/title-case.js";

export interface Dateline {
  /** The place as written (`Washington`, `KABUL, Afghanistan`); a wire's dateline may give only the day (`Oct 18 (Reuters) -`). */
  readonly place?: string;
  readonly placeSpan?: Span;
  /** The agency or outlet in parentheses or between slashes, when present (`CNN`, `PRNewswire`), and where it is. */
  readonly source?: string;
  readonly sourceSpan?: Span;
  /** The day after the place or before the agency (`March 4`, `June 3, 2026`, `19 March`). */
  readonly dateSpan?: Span;
  /** The whole dateline, including any dash that follows it. */
  readonly span: Span;
  /** True when the lead's first word follows with no space (`Washington (CNN)President`). */
  readonly glued: boolean;
}

/* (a hyphen joins words, `Winston-Salem`; dashes end the place, `SAN FRANCISCO--(BUSINESS WIRE)--`) */
const PLACE_WORD = "\\p{Lu}[\\p{L}’'.]*(?:-[\\p{L}’'.]+)*";
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
/**
 * The day wire services write after the place (`OSLO, March 4 (Reuters) -`, `WASHINGTON, Feb. 3 (AP) —`),
 * with the year in some house styles (`NEW YORK, June 3, 2026 —`, AFP's `NAIROBI, Oct 8 2024 (AFP) -`) and the day first in European ones (`BERLIN, 19 March (dpa) -`).
 */
const WIRE_DATE = `(?:${MONTH} \\d{1,2}(?:,? \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?)`;
/** A day's name, which a dateline set on a line of its own may give before the date (`LAMPEDUSA, Italy — Saturday, 19 July 2025`). */
const WEEKDAY = `(?:${WEEKDAY_NAMES.join("|")})`;
/** A country's or a state's small word: `Democratic Republic of Congo`, `Bosnia and Herzegovina`. */
const GLUE = "(?:(?:of|the|and|of the) )?";
/* A place of one to four capitalised words with an optional `, State` and `, Month Day`; an agency in parentheses and/or a dash. */
/* (a story filed from two cities names both: `JERUSALEM/CAIRO, March 5 (Reuters) -`; press releases put the agency */
/* between slashes or dashes, `NEW YORK, March 4, 2025 /PRNewswire/ --`, `SAN FRANCISCO--(BUSINESS WIRE)--`, */
/* or the day between dashes after the place, `PITTSBURGH, PA — March 4, 2025 —`, or after one dash on a line of its own) */
const PLACE = `${PLACE_WORD}(?: ${PLACE_WORD}){0,3}(?:/${PLACE_WORD}(?: ${PLACE_WORD}){0,3})?(?:, ${PLACE_WORD}(?: ${GLUE}${PLACE_WORD}){0,3})?`;
const DATELINE_RE = new RegExp(
  `^(${PLACE})(?:, (${WIRE_DATE}))?` +
    `(?:(\\s{0,2}(?:[-–—]{1,2})?(?:\\((\\p{Lu}[\\p{L}.&/ ]{0,30}|\\p{Ll}{2,4})\\)|/(\\p{Lu}[\\p{L}\\-]{1,30})/))(\\s{0,2}(?:[-–—]{1,2}|:))?|(\\s{1,2}(?:[-–—]{1,2})|:(?=\\s)))` +
    `(?:\\s{1,2}(?:${WEEKDAY},? )?(${WIRE_DATE})(?:\\s{1,2}[-–—]{1,2}|(?=\\s*$)))?`,
  "u",
);

/** A place and its day alone on a line, with no dash: `KELVAR, Friday 7 May 2021`, `LONDON, May 7, 2021`. */
const PLACE_AND_DAY_RE = new RegExp(`^(${PLACE}), (?:${WEEKDAY},? )?(${WIRE_DATE})\\s*$`, "u");

/** `Oct 18 (Reuters) -`, `(Bloomberg) --`: the agency with no place, after the day or alone; the dash is needed. */
const DAY_ONLY_RE = new RegExp(`^(?:(${WIRE_DATE})\\s{0,2})?\\((\\p{Lu}[\\p{L}.&/ ]{0,30}|\\p{Ll}{2,4})\\)\\s{0,2}[-–—]{1,2}\\s`, "u");

/** A place written in capitals, as wires write a dateline's (`LONDON`, `WINSTON-SALEM`, `JERUSALEM/CAIRO`). */
const ALL_CAPS = /^[\p{Lu}\s,.’'\-/]+$/u;

/** Reads a dateline at the start of the first body paragraph. */
export function parseDateline(paragraph: string, offset: number): Dateline | undefined {
  const day = DAY_ONLY_RE.exec(paragraph);
  if (day !== null && isAgency(day[2]!, day[1] !== undefined)) {
    const source = day[2]!;
    return {
      source,
      sourceSpan: spanAt(day[0].indexOf(`(${source})`) + 1, source, offset),
      ...(day[1] !== undefined ? { dateSpan: spanAt(0, day[1], offset) } : {}),
      span: { start: offset, end: offset + day[0].length - 1 },
      glued: false,
    };
  }
  const m = DATELINE_RE.exec(paragraph);
  if (m === null) return placeAndDay(paragraph, offset);
  const place = m[1]!;
  const dayBetweenDashes = m[2] === undefined ? m[8] : undefined;
  const date = m[2] ?? dayBetweenDashes;
  const source = m[4] ?? m[5];
  const hasDash = m[6] !== undefined || m[7] !== undefined;
  const town = place.split(/[,/]/)[0]!;
  // Without an agency, only an all-caps place before a dash is a dateline (`LONDON —`), not `Smith —`, or a place the
  // gazetteer knows before a day between dashes (`Austin, Texas — June 3, 2025 —`), or a place its day follows before a
  // dash (`Dersk, 22 February 2025 —`), not someone's first name; before a colon, as Indian papers write it (`MUMBAI:`), only a place the gazetteer knows, not `UPDATE:`
  const dayBeforeDash = m[2] !== undefined && m[7] !== undefined && m[7] !== ":" && !isFirstName(town.split(" ")[0]!);
  if (source === undefined && !ALL_CAPS.test(place.split(",")[0]!) && !dayBeforeDash && (dayBetweenDashes === undefined || !isGazetteerPlace(town))) return undefined;
  if (m[7] === ":" && !isGazetteerPlace(titleCase(town))) return undefined;
  // (a lower-case agency, dpa's way, is one after a day or between an all-caps place and a dash: `BERLIN (dpa) -`)
  if (source !== undefined && !isAgency(source, date !== undefined || (hasDash && ALL_CAPS.test(town)))) return undefined;
  // `Acme Corp (ACME.O) forecast …`: a company and its share's code open a sentence, not a place and its agency
  if (source !== undefined && opensWithTicker(`(${source})`)) return undefined;
  // `The Arlo Trust (AT) met …`: a name and the acronym of its initials open a sentence, not a place and its agency
  // (after words of its own: `On Monday, UK Research and Innovation (UKRI) said`)
  if (source !== undefined && !hasDash && endsWithNameSpelled(source, place.split(/[\s,]+/))) return undefined;
  // `Ana Ruiz (Labour) won`: with no dash, a name and its party or body open a sentence, unless the place is in capitals or known
  if (source !== undefined && !hasDash && !ALL_CAPS.test(town) && !isGazetteerPlace(town)) return undefined;
  const end = m[0].length;
  const rest = paragraph.slice(end);
  // (a dateline is a line of its own only when its day ends it: `LAMPEDUSA, Italy — 19 July 2025`, not `LONDON —`)
  if (rest.trim().length === 0 && dayBetweenDashes === undefined) return undefined;
  const glued = !hasDash && /^[\p{L}\p{N}“"‘]/u.test(rest);
  if (!glued && !/^\s/u.test(rest) && !hasDash) return undefined;
  return {
    place,
    placeSpan: { start: offset, end: offset + place.length },
    // (the agency stands inside its parentheses or slashes, after the place)
    ...(source !== undefined ? { source, sourceSpan: spanAt(m[0].indexOf(m[4] !== undefined ? `(${source})` : `/${source}/`, place.length) + 1, source, offset) } : {}),
    // (the date follows the place and its comma and space, or the dash after the place)
    ...(date !== undefined ? { dateSpan: spanAt(dayBetweenDashes === undefined ? place.length + 2 : m[0].lastIndexOf(date), date, offset) } : {}),
    span: { start: offset, end: offset + end },
    glued,
  };
}

/**
 * Reads a dateline that opens a later body paragraph, as each item of a wire roundup has its own (`SARNO (Reuters) —`,
 * `DERSK, Orvek, March 3 (AP) —`): there only a place in capitals before a dash, not a speaker's label (`TOM HALE:`).
 */
export function parseItemDateline(paragraph: string, offset: number): Dateline | undefined {
  const d = parseDateline(paragraph, offset);
  if (d?.place === undefined || !ALL_CAPS.test(d.place.split(/[,/]/)[0]!)) return undefined;
  return /[-–—]/u.test(paragraph.slice(d.place.length, d.span.end - offset)) ? d : undefined;
}

/** What opens an item's sentence after its town's label: a capital, a number or a quotation mark. */
const ITEM_OPENING = /^[\p{Lu}\p{N}“"‘]/u;
/** Words of the first person, which an item in a news-in-brief column, told in the third, has only inside quotation marks. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b/u;
/** A quotation, its words left out of the test for the first person. */
const QUOTED = /[“"][^”"]*[”"]/gu;

/**
 * The places that open the items of a news-in-brief column, each before a colon (`Kelmo: A man has been arrested`, `Orsel:
 * Plans for 300 homes`). Read only where two items or more open so, each with its own place, none named as someone is or by
 * an everyday word (`Update:`; a town the gazetteer knows is read as one wherever it stands), and none told in the first
 * person: a transcript's speakers (`Lusk: I never wanted`) come back, and speak as `I`.
 */
export function parseItemLabels(paragraphs: readonly { readonly text: string; readonly span: Span }[]): Dateline[] {
  const items: Dateline[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const m = PARAGRAPH_LABEL.exec(p.text);
    const item = m === null ? "" : p.text.slice(m[0].length);
    if (m === null || !ITEM_OPENING.test(item)) continue;
    const place = m[1]!;
    const words = place.split(" ");
    // (a letter alone is a question's or an answer's label: `Q:`)
    if (/^\p{Lu}$/u.test(words[0]!)) continue;
    if (seen.has(place) || FIRST_PERSON.test(item.replace(QUOTED, ""))) return [];
    seen.add(place);
    if (isFirstName(words[0]!) || words.some((w) => isEnglishWord(w.toLowerCase()))) continue;
    const start = p.span.start;
    items.push({ place, placeSpan: { start, end: start + place.length }, span: { start, end: start + m[0].length }, glued: false });
  }
  return seen.size >= 2 ? items : [];
}

/** The paragraph is a dateline and nothing more, its day last: `LAMPEDUSA, Italy — Saturday, 19 July 2025`. */
export function isDatelineLine(paragraph: string): boolean {
  const d = parseDateline(paragraph, 0);
  return d?.dateSpan !== undefined && d.span.end >= paragraph.trimEnd().length;
}

/** A line that is only a place in capitals and its day (`KELVAR, Friday 7 May 2021`); a place in small letters may open a deck (`Kelvar, 9pm, Sunday`). */
function placeAndDay(paragraph: string, offset: number): Dateline | undefined {
  const m = PLACE_AND_DAY_RE.exec(paragraph);
  if (m === null || !ALL_CAPS.test(m[1]!.split(/[,/]/)[0]!)) return undefined;
  const place = m[1]!;
  const date = m[2]!;
  return {
    place,
    placeSpan: { start: offset, end: offset + place.length },
    dateSpan: spanAt(m[0].lastIndexOf(date), date, offset),
    span: { start: offset, end: offset + m[0].trimEnd().length },
    glued: false,
  };
}

/** Some of the last words are a name `acronym` spells, initials among them whole or not. */
function endsWithNameSpelled(acronym: string, words: readonly string[]): boolean {
  const letters = acronymLetters(acronym);
  return words.some((_, k) => spellsInitials(acronym, words.slice(k)) || initialsWithAcronymsOf(words.slice(k)) === letters);
}

/** The span of `written` (a day or an agency), `at` characters into the paragraph that starts at `offset`. */
function spanAt(at: number, written: string, offset: number): Span {
  return { start: offset + at, end: offset + at + written.length };
}

/**
 * An agency looks like one: an acronym or a capitalised name, not a parenthetical remark. Where the dateline's shape
 * leaves no doubt, a short lower-case one is an agency too: Germany's dpa writes its name so.
 */
function isAgency(source: string, lowerCaseAllowed: boolean): boolean {
  if (lowerCaseAllowed && /^\p{Ll}{2,4}$/u.test(source)) return true;
  return /^(?:\p{Lu}[\p{L}.&]*)(?:[ /&]\p{Lu}[\p{L}.&]*)*$/u.test(source);
}
