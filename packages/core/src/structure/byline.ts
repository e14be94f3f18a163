import { COURTESY_TITLE, MASTHEADS, ORGANIZATIONS, SURNAMES, isEnglishWord, isFirstName, isGazetteerPlace, isPersonalNameWord } from "../entities/lexicon.js";
import type { Span } from "../text/positions.js";
import { titleCase } from "../text/title-case.js";
import { OUTLET_NAME_WORDS, SECTION_LABEL } from "./outlet-words.js";

export interface Byline {
  readonly authors: readonly { readonly name: string; readonly span: Span }[];
  readonly outlet?: { readonly name: string; readonly span: Span };
}

/** A byline's opening words; whoever hosts a podcast or a broadcast is its transcript's author (`Host: Ana Ruiz`). */
const BYLINE_START = /^(?:by|written by|words by|reported by|story by|hosted by|presented by|hosts?:|presenters?:|interview(?:s|ed)? by|as told to)\s+/i;
/** An outlet's word, or a wire's or a desk's word a byline names its source by: `Daily`, `Reuters`, `Staff`, `Bureau`. */
const OUTLET_HINT = new RegExp(String.raw`\b(?:${[...OUTLET_NAME_WORDS, "reuters", "staff", "correspondent", "service", "bureau", "syndicate", "features"].join("|")})\b`, "i");
/** `Showbiz Reporter`, `Staff Writer`, `Senior Correspondent`, `Culture Desk`, `Political Staff`: the author's job or desk, not another author or the outlet. */
const JOB_TITLE = /^(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|critic|contributor|producer|photographer|analyst|presenter|journalist|forecaster|commentator|intern|bureau chief|desk|team|staff)s?$/iu;
const PERSON_NAME = /^\p{Lu}[\p{L}’'\-.]*(?:\s+(?:\p{Lu}[\p{L}’'\-.]*|de|da|van|von|der|bin|al|del|la|le))*\s+\p{Lu}[\p{L}’'\-]*$/u;

/** The place an author filed from, after the names: ` in San Sebastián`, or the ground a match was seen at: ` at the Aviva Stadium`. */
const FILED_FROM = /\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’ -]{1,40})$/u;

/** An e-mail address or a social media handle. */
const CONTACT = /^[^\s@]+@[^\s@]+\.\S+$|^@\w+$/u;

/** A place the gazetteers know, in capitals or not, that is no outlet's name too: where the author filed from. */
function isFiledFromPlace(name: string): boolean {
  const place = /\p{Ll}/u.test(name) ? name : titleCase(name);
  return isGazetteerPlace(place) && !ORGANIZATIONS.has(place.toLowerCase());
}

/**
 * Reads `By Elise Labott and Jim Sciutto, CNN`: authors are split on commas, `and` and `&`; a part
 * that names a job (`Showbiz Reporter`) is left out; a last comma part that does not look like a
 * person's name (one word, an acronym, a word such as News or Press) is the outlet. `for Outlet`,
 * `| Outlet` and `- Outlet` name the outlet too.
 */
export function parseByline(text: string, offset: number): Byline | undefined {
  const lead = BYLINE_START.exec(text) ?? filedFromLead(text);
  if (lead === null || text.length > 160) return undefined;
  let body = text.slice(lead[0].length);
  let bodyOffset = offset + lead[0].length;
  let outlet: { name: string; span: Span } | undefined;
  const separator = /\s+(?:for|\||[-–—]|of)\s+(.+)$/u.exec(body);
  if (separator !== null) {
    const name = separator[1]!.trim().replace(/[.,;]$/, "");
    const at = body.indexOf(separator[1]!, separator.index);
    // (`By Marcus Bell | mbell@example.com`: the author's address or handle, no outlet; nor `| KATHMANDU`, where the author
    // filed from, nor `| Chess Correspondent`, the author's job, nor `| Culture`, the site's section)
    if (!CONTACT.test(name) && !isFiledFromPlace(name) && !JOB_TITLE.test(name) && !SECTION_LABEL.test(name)) outlet = { name, span: { start: bodyOffset + at, end: bodyOffset + at + name.length } };
    body = body.slice(0, separator.index);
  } else {
    const trailing = trailingOutlet(body);
    if (trailing !== undefined) {
      outlet = { name: body.slice(trailing), span: { start: bodyOffset + trailing, end: bodyOffset + body.length } };
      body = body.slice(0, trailing).trimEnd();
    }
  }
  // (`By Sid Lowe in San Sebastián`: where an author filed from is no author)
  const written = nameParts(body)
    .map((p) => ({ name: withoutJob(p.text.replace(/[.;]$/, "").replace(FILED_FROM, "")), start: bodyOffset + p.start }))
    .filter((p) => p.name.length > 0);
  const cleaned = written.filter((p) => !JOB_TITLE.test(p.name));
  // `By Staff Reporter` is a byline that names a job and no one
  const jobOnly = written.length > 0 && cleaned.length === 0;
  if (outlet === undefined && cleaned.length > 1) {
    const last = cleaned[cleaned.length - 1]!;
    const lastIsSeparateCommaPart = body.lastIndexOf(",") >= 0 && body.slice(body.lastIndexOf(",") + 1).trim().replace(/[.;]$/, "") === last.name;
    if (lastIsSeparateCommaPart && /^[\p{Lu}\p{N}]/u.test(last.name) && (!PERSON_NAME.test(last.name) || OUTLET_HINT.test(last.name))) {
      // (`By Ada Obi, Abuja`: a place the gazetteers know there is where the author filed from, no outlet)
      if (!isFiledFromPlace(last.name)) outlet = { name: last.name, span: { start: last.start, end: last.start + last.name.length } };
      cleaned.pop();
    }
  }
  const authors = cleaned
    .map(withoutCourtesyTitle)
    .filter((p) => PERSON_NAME.test(p.name) || /^\p{Lu}\S*$/u.test(p.name))
    .map((p) => ({ name: p.name, span: { start: p.start, end: p.start + p.name.length } }));
  if (authors.length === 0 && outlet === undefined) return jobOnly ? { authors } : undefined;
  return outlet === undefined ? { authors } : { authors, outlet };
}

/**
 * `From Ann Poe in Kyiv`, `From our own correspondent in Cairo`: a foreign desk's byline opens with `from`, which
 * only the place filed from after a person's name or a correspondent tells from a deck (`From the archive`).
 */
function filedFromLead(text: string): RegExpExecArray | null {
  const lead = /^from\s+/i.exec(text);
  if (lead === null) return null;
  const who = text.slice(lead[0].length).replace(/[.;]$/, "");
  const filed = FILED_FROM.exec(who);
  if (filed === null) return null;
  const name = who.slice(0, filed.index);
  return PERSON_NAME.test(name) || JOB_TITLE.test(name) ? lead : null;
}

/** `Dr. Lucy Hartmann` is Lucy Hartmann: the author is known by the name alone, as in a byline without the title. */
function withoutCourtesyTitle(part: { name: string; start: number }): { name: string; start: number } {
  const title = /^(\S+)\s+(?=\p{Lu})/u.exec(part.name);
  return title !== null && COURTESY_TITLE.test(title[1]!) ? { name: part.name.slice(title[0].length), start: part.start + title[0].length } : part;
}

/**
 * The name without the job written after it with no comma (`Jane Doe Staff Writer`, `Ann Poe Senior Political
 * Correspondent`), which would otherwise be read as a job or a name whole: a given name opens the person's part.
 */
function withoutJob(name: string): string {
  const words = [...name.matchAll(/\S+/gu)];
  if (words.length < 3 || !isFirstName(words[0]![0])) return name;
  const everyday = (w: RegExpExecArray) => isEnglishWord(w[0].toLowerCase());
  for (let k = 2; k < Math.min(words.length, 5); k++) {
    // (the name's words are no job's: `Chief` of `Ana Ruiz Chief Investigative Reporter`)
    if (!isPersonalNameWord(words[k - 1]![0]) && everyday(words[k - 1]!)) break;
    // (the job's words are everyday words, no surname: `Ruiz` of `Ana Maria Ruiz Health Reporter`)
    const person = name.slice(0, words[k - 1]!.index + words[k - 1]![0].length);
    const job = name.slice(words[k]!.index);
    if (PERSON_NAME.test(person) && /^\p{Lu}/u.test(job) && JOB_TITLE.test(job) && words.slice(k).every(everyday)) return person;
  }
  return name;
}

/**
 * Where an outlet's name set after the authors' without a comma starts, as a scraper joins the lines of `By JANE DOE` and
 * `Associated Press`: at the first word not in capitals after two or more in capitals, or at a name the tables know as an
 * outlet's after a person's name of two words or more (`By Jane Doe Associated Press`).
 */
function trailingOutlet(body: string): number | undefined {
  const words = [...body.matchAll(/\S+/gu)];
  const shouted = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
  const turn = words.findIndex((w) => /\p{Ll}/u.test(w[0]) && !/^(?:and|&)$/.test(w[0]));
  if (turn >= 2 && words.slice(0, turn).filter((w) => shouted(w[0])).length >= 2 && words.slice(0, turn).every((w) => shouted(w[0]) || /^(?:and|&|,)$/.test(w[0]))) {
    const tail = body.slice(words[turn]!.index);
    if (OUTLET_LINE.test(tail) && (OUTLET_HINT.test(tail) || ORGANIZATIONS.has(tail.toLowerCase()))) return words[turn]!.index;
  }
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const at = words[words.length - k]!.index;
    const tail = body.slice(at);
    if (ORGANIZATIONS.has(tail.replace(/^The /, "").toLowerCase()) && PERSON_NAME.test(body.slice(0, at).trimEnd())) return at;
  }
  return undefined;
}

/** `Health Reporter` on the line under `By Priya Raman`: the author's job, printed on a line of its own. */
export function parseJobLine(text: string): Byline | undefined {
  const trimmed = text.trim().replace(/[.,;]$/, "");
  return trimmed.length <= 60 && /^\p{Lu}/u.test(trimmed) && JOB_TITLE.test(trimmed) ? { authors: [] } : undefined;
}

/** Where `name`, found in the line `text` that starts at `offset`, stands in the article. */
function spanOf(name: string, text: string, offset: number): Span {
  const start = offset + text.indexOf(name);
  return { start, end: start + name.length };
}

/** A line of capitalised words, as an outlet's name is printed alone: `Associated Press`, `The Washington Post`. */
const OUTLET_LINE = /^(?:The )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,58}$/u;

/** The bureau after an outlet's name: `, Leeds`, `, Washington`. */
const BUREAU = /,\s*\p{Lu}[\p{L}.'’ -]{1,40}$/u;

/**
 * `Associated Press` on the line under `By Rebecca Tan`: the byline's outlet, printed on a line of its own,
 * perhaps with the bureau that filed the story (`BBC News, Leeds`).
 */
export function parseOutletLine(text: string, offset: number): Byline | undefined {
  const trimmed = text.trim();
  const bureau = BUREAU.exec(trimmed);
  const name = bureau === null ? trimmed : trimmed.slice(0, bureau.index);
  if (!OUTLET_LINE.test(name) || !OUTLET_HINT.test(name)) return undefined;
  return { authors: [], outlet: { name, span: spanOf(name, text, offset) } };
}

/**
 * `The Sarno Echo`: a newspaper's name printed alone, every word capitalised and the last a masthead's word (`Times`,
 * `Gazette`, `Echo`), as a page prints it under the headline.
 */
export function parseMastheadLine(text: string, offset: number): Byline | undefined {
  const name = text.trim();
  const words = name.split(" ");
  if (words.length < 2 || words.length > 5 || !OUTLET_LINE.test(name) || !MASTHEADS.has(words.at(-1)!) || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return { authors: [], outlet: { name, span: spanOf(name, text, offset) } };
}

/**
 * `Ian King and Dina Bass`: a header line of people's names alone, as outlets that drop the `By` print
 * it. Every part is a name of two to four words that begins with a known first name. One name may carry
 * its author's job after it, whose last word is written in lower case; the line may open with the job as a label.
 */
export function parseNameLine(text: string, offset: number): Byline | undefined {
  if (text.length > 120) return undefined;
  // `Health Editor: Priya Anand`: the author's job before the names, as a label
  const label = /^([^:]{1,40}):\s+/u.exec(text);
  if (label !== null && JOB_TITLE.test(label[1]!.trim())) return parseNameLine(text.slice(label[0].length), offset + label[0].length);
  // `Education correspondent Priya Nair`: one author after their job, with no colon between
  const words = text.trim().split(/\s+/);
  for (let k = 1; k <= 4 && k + 2 <= words.length; k++) {
    const name = words.slice(k).join(" ");
    if (!JOB_TITLE.test(words.slice(0, k).join(" ")) || !isListedAuthor(name)) continue;
    return { authors: [{ name, span: spanOf(name, text, offset) }] };
  }
  // `Pippa Crerar Political editor`: one author and their job, as some outlets print the line
  const job = /\s+(?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}[\p{L} -]*$/u.exec(text.trimEnd());
  // (a comma before the job sets it after several names: see below)
  if (job !== null && JOB_TITLE.test(job[0].trim()) && !text.slice(0, job.index).trimEnd().endsWith(",")) {
    const name = text.slice(0, job.index).trim();
    if (!isListedAuthor(name)) return undefined;
    return { authors: [{ name, span: spanOf(name, text, offset) }] };
  }
  const authors: { name: string; span: Span }[] = [];
  const parts = nameParts(text);
  // (`Tom Hale, Dublin`: a last comma part the gazetteers know is where the author filed from, and `Tom Hale and Eva Lind,
  // Business reporters` a job's the authors share)
  if (parts.length > 1 && text.slice(0, parts.at(-1)!.start).trimEnd().endsWith(",") && (isFiledFromPlace(parts.at(-1)!.text) || JOB_TITLE.test(parts.at(-1)!.text))) parts.pop();
  for (const { text: part, start } of parts) {
    // (`Jane Okafor in New York and Tom Riedel in Frankfurt`: each author with the place they filed from, which
    // without a `By` must be a place the gazetteers know)
    const filed = FILED_FROM.exec(part);
    const name = filed !== null && isGazetteerPlace(filed[1]!) ? part.slice(0, filed.index) : part;
    if (!isListedAuthor(name)) return undefined;
    authors.push({ name, span: { start: offset + start, end: offset + start + name.length } });
  }
  return authors.length > 0 ? { authors } : undefined;
}

/**
 * A name on a header line without `By`: two to four words shaped like a person's, the first a known first name
 * or the last a known family name (`Santiago Pérez`, whose first name is a city too).
 */
function isListedAuthor(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && PERSON_NAME.test(name) && (isFirstName(words[0]!) || SURNAMES.has(words[words.length - 1]!));
}

/** `Buenos Aires` on the line under a byline: where the author filed from, a place the gazetteers know, alone on its line. */
export function parseFiledFromLine(text: string): Byline | undefined {
  const trimmed = text.trim();
  return trimmed.length <= 40 && /^\p{Lu}/u.test(trimmed) && isGazetteerPlace(trimmed) ? { authors: [] } : undefined;
}

/** A part of a wire's sign-off that names who wrote the story: not who edited it, nor who added reporting to it. */
const WRITTEN_BY = /^(?:reporting|reported|writing|written) by\s+/i;

/**
 * `(Reporting by Stephen Nellis in San Francisco; Editing by Richard Chang)`: the authors a wire story's
 * sign-off names, standing for the byline such stories print none of.
 */
export function parseSignOff(text: string, offset: number): Byline | undefined {
  const authors: { name: string; span: Span }[] = [];
  const partRe = /[^;()]+/g;
  for (let m = partRe.exec(text); m !== null; m = partRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const by = WRITTEN_BY.exec(m[0].slice(lead));
    if (by === null) continue;
    const from = m.index + lead + by[0].length;
    for (const part of nameParts(text.slice(from, m.index + m[0].length))) {
      const name = part.text.replace(FILED_FROM, "").replace(/[.,]$/, "");
      const start = offset + from + part.start;
      if (PERSON_NAME.test(name)) authors.push({ name, span: { start, end: start + name.length } });
    }
  }
  return authors.length > 0 ? { authors } : undefined;
}

/** The parts of a list of names, split on commas, `&` and `and`: each trimmed, with where it starts in `text`; empty parts left out. */
function nameParts(text: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  // (a comma between digits groups a number's thousands: `£40,000`)
  const partRe = /(?:[^,&]|(?<=\d),(?=\d))+/g;
  let m: RegExpExecArray | null;
  while ((m = partRe.exec(text)) !== null) {
    for (const piece of splitOnAnd(m[0], m.index)) {
      const trimmed = piece.text.trim();
      if (trimmed.length > 0) parts.push({ text: trimmed, start: piece.start + piece.text.length - piece.text.trimStart().length });
    }
  }
  return parts;
}

function splitOnAnd(text: string, start: number): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  const re = /\s+and\s+/gi;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    pieces.push({ text: text.slice(last, m.index), start: start + last });
    last = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(last), start: start + last });
  return pieces;
}
