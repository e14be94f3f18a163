import type { Span } from "../text/positions.js";
import { OUTLET_NAME_WORDS, SECTION_LABEL } from "./outlet-words.js";

/**
 * A headline scraped from the page's title, which appends the site's name (`Floods swamp markets | Business Day`) or,
 * on some sites, puts it first (`Tarvel Herald | Council approves harbour plan`).
 */
export interface PageTitle {
  /** The headline without the site's name. */
  readonly headline: Span;
  /** What the page title added: from the first separator to the end, or from the start to the separator's end. */
  readonly added: Span;
  readonly outlet: Span;
  /** The site's section between the headline and the outlet: `World news` in `… | World news | The Guardian`. */
  readonly section?: Span;
}

/** Separators page titles put between their parts, with the spaces around them. */
const SEPARATOR = /\s+(\||::|[•·–—]|-{1,2})\s+/g;
/** The same separator at the start of a string. */
const SEPARATOR_AT_START = new RegExp(`^${SEPARATOR.source}`);

/** A page title's separator before a site's name opens `rest`: ` | Tarvel Herald`, ` — The Sarno Echo`. */
export function opensWithTitleSeparator(rest: string): boolean {
  return SEPARATOR_AT_START.test(rest);
}
/** Separators that page titles use and headlines do not; a dash also sets off a headline's own last words. */
const TITLE_ONLY = new Set(["|", "::", "•", "·"]);
/** A web address as a site names itself: `BBC.com`, `theguardian.co.uk`. */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;
/** The last words of outlets' names, which let a dash set one off: `- BBC News`, `– The Irish Times`. */
const OUTLET_WORDS: ReadonlySet<string> = new Set([
  ...OUTLET_NAME_WORDS,
  "networks", "today", "chronicle", "observer", "standard", "mail", "express", "independent", "insider", "courier", "examiner", "inquirer",
  "sentinel", "star", "sun", "mirror", "monitor", "register", "dispatch", "digest", "broadcasting", "bulletin", "leader", "recorder",
  "enquirer", "reporter", "newsroom", "channel",
]);
/** Small words inside a name: `Voice of America`, `Times of India`, `Al Jazeera`. */
const NAME_JOINERS = /^(?:of|the|and|&|for|on|in|de|du|la|le|el|al)$/i;

/** Whether a page title's last part can be a site's name: a few capitalised words, or a web address. */
function nameShaped(part: string): boolean {
  if (DOMAIN.test(part)) return true;
  const words = part.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}][\p{L}\p{N}'’.&!-]*$/u.test(w) || (i > 0 && NAME_JOINERS.test(w)));
}

const wordCount = (s: string) => s.trim().split(/\s+/).length;

/** Where a separator stands in the page title, spaces included, and its mark. */
interface Cut {
  readonly start: number;
  readonly end: number;
  readonly mark: string;
}

/** An outlet's name by more than its shape: the one the article gives elsewhere, a web address or a name ending in an outlet's word. */
function namesOutlet(name: string, knownOutlet: string | undefined): boolean {
  const known = knownOutlet !== undefined && name.toLowerCase() === knownOutlet.toLowerCase();
  return known || DOMAIN.test(name) || OUTLET_WORDS.has(name.split(/\s+/).pop()!.toLowerCase());
}

/**
 * Splits the site's name off a headline taken from the page's title. After the headline, a bar sets one off by its shape
 * alone; a dash only before an outlet's word (`News`, `Times`), a web address or the name the article gives its outlet
 * elsewhere (`knownOutlet`, from the byline, dateline or copyright line), as a headline's own dash sets off its last
 * words. Before the headline, only such a name is the site's, whatever the mark: a column's or a series' name stands there too.
 */
export function splitPageTitle(text: string, span: Span, knownOutlet?: string): PageTitle | undefined {
  const line = text.slice(span.start, span.end);
  const cuts: Cut[] = [];
  for (const m of line.matchAll(SEPARATOR)) cuts.push({ start: m.index, end: m.index + m[0].length, mark: m[1]! });
  return trailingSite(line, span, cuts, knownOutlet) ?? leadingSite(line, span, cuts, knownOutlet);
}

function trailingSite(line: string, span: Span, cuts: readonly Cut[], knownOutlet: string | undefined): PageTitle | undefined {
  const last = cuts[cuts.length - 1];
  if (last === undefined) return undefined;
  const outlet = line.slice(last.end).trim();
  if (outlet.length === 0 || !nameShaped(outlet) || (wordCount(outlet) === 1 && SECTION_LABEL.test(outlet))) return undefined;
  if (!TITLE_ONLY.has(last.mark) && !namesOutlet(outlet, knownOutlet)) return undefined;
  // a section between headline and outlet, set off by the same mark: `… | World news | The Guardian`
  let headlineEnd = last.start;
  let section: Span | undefined;
  const before = cuts[cuts.length - 2];
  if (before !== undefined && before.mark === last.mark) {
    const label = line.slice(before.end, last.start);
    if (wordCount(label) <= 3 && /^\p{Lu}/u.test(label) && !/[.?!,:;"“”]/.test(label)) {
      section = { start: span.start + before.end, end: span.start + last.start };
      headlineEnd = before.start;
    }
  }
  const headline = line.slice(0, headlineEnd);
  // the headline is the longer part, and reads as one: `Home | News | World` is a breadcrumb, not a headline and a site
  if (wordCount(headline) < 3 || wordCount(headline) <= wordCount(outlet)) return undefined;
  return {
    headline: { start: span.start, end: span.start + headlineEnd },
    added: { start: span.start + headlineEnd, end: span.end },
    outlet: { start: span.start + last.end, end: span.start + last.end + outlet.length },
    ...(section !== undefined ? { section } : {}),
  };
}

function leadingSite(line: string, span: Span, cuts: readonly Cut[], knownOutlet: string | undefined): PageTitle | undefined {
  const first = cuts[0];
  if (first === undefined) return undefined;
  const outlet = line.slice(0, first.start).trim();
  const headline = line.slice(first.end);
  if (!nameShaped(outlet) || !namesOutlet(outlet, knownOutlet) || wordCount(headline) < 3 || wordCount(headline) <= wordCount(outlet)) return undefined;
  const at = span.start + line.indexOf(outlet);
  return {
    headline: { start: span.start + first.end, end: span.end },
    added: { start: span.start, end: span.start + first.end },
    outlet: { start: at, end: at + outlet.length },
  };
}
