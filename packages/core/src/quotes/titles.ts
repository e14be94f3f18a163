import type { Span } from "../text/positions.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import { isUpper } from "../text/chars.js";
import { isTitleCaseWord } from "../text/title-case.js";
import type { QuoteSpan } from "./scan.js";

/**
 * Nouns for works whose titles copy sets in quotation marks, and verbs of making or performing them: `the film “Oppenheimer”`,
 * `sang “Hello”`, `the original “Moonfall”` (the work a sequel follows).
 */
const WORK_NOUNS = new Set([
  "film", "movie", "documentary", "series", "show", "sitcom", "drama", "comedy", "thriller", "musical", "opera", "play", "episode",
  "book", "novel", "memoir", "biography", "poem", "essay", "column", "report", "study", "paper",
  "song", "single", "album", "track", "anthem", "ballad", "entry", "hit", "podcast", "game", "painting", "canvas", "portrait", "mural", "photograph", "sculpture", "exhibition",
  "titled", "entitled", "called", "dubbed", "named", "sang", "performed", "released", "recorded", "original",
]);
/** Nouns for a work's form or its showing, before `of` and its title: `the score of “Argippo”`, `a new production of “Tosca”`. */
const OF_WORK_NOUNS = new Set([
  "score", "libretto", "manuscript", "premiere", "performance", "production", "staging", "revival", "recording", "screening",
  "release", "adaptation", "remake", "sequel", "prequel", "version", "cover", "reading", "translation", "edition", "copy",
]);
/** Nouns of the people credited with a work, which copy writes right after its title: `“Anora” director Sean Baker`. */
const CREDIT_AFTER = /^\s+(?:director|star|co-star|actor|actress|author|creator|producer|writer|screenwriter|filmmaker|showrunner|composer|novelist|singer|cast)s?\b/;
/**
 * Nouns for what a title names when copy sets it before them, with a word between or not: `her “Glasshouse” world tour`,
 * `the “Yes” campaign`, `another “Haystacks” painting`.
 */
const NAMED_AFTER =
  /^\s+(?:\p{Ll}+\s+)?(?:tour|album|film|movie|series|show|single|song|book|novel|franchise|brand|campaign|initiative|programme|program|project|movement|exhibition|festival|podcast|app|collection|trilogy|slogan|motto|doctrine|plan|operation|painting|portrait|canvas|sculpture|mural|photograph|documentary|opera|musical|poem|memoir|essay|episode|video)s?\b/u;
/** An appositive after the closing mark, up to the comma that ends it: `“Barbie,” the year's biggest box-office hit, won`. */
const APPOSITIVE_AFTER = /^\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,5}?([\p{Ll}-]+),/u;
/** How many words after a closing mark may hold the verb of speech that attributes what came before (`Ann T. Lee said`). */
const SPEECH_REACH = 4;
const MAX_WORDS = 10;
const MAX_LENGTH = 120;

/** One of the few words after `at` is a verb of speech (`“No Way,” she said`, `“Not yet,” said an aide`). */
function speechVerbAfter(text: string, at: number): boolean {
  const words = text.slice(at, at + 40).trimStart().split(/\s+/, SPEECH_REACH);
  return words.some((w) => isSpeechVerb(w.replace(/[.,;:]+$/, "").toLowerCase()));
}

/**
 * The words inside a pair of quotation marks are a work's title, not a quotation (`Triet's drama “Anatomy
 * of a Fall” won`): in Title Case, at most ten words, no question or exclamation, not introduced by a
 * speech verb or a colon, nor attributed by one after a comma inside the marks. A single word counts only
 * after a noun for a work (`the film “Oppenheimer”`, `the score of “Argippo”`) or a name in the possessive.
 * Returns the title's span, without the comma or period US copy sets inside the closing mark.
 */
export function workTitle(text: string, q: QuoteSpan): Span | undefined {
  // (ten words fit in 120 characters: a longer quotation is speech, and is not split into words)
  if (q.unclosed || q.continuesPrevious || q.content.end - q.content.start > MAX_LENGTH) return undefined;
  let end = q.content.end;
  while (end > q.content.start && /[,.\s]/.test(text[end - 1]!)) end--;
  if (end === q.content.start || !isUpper(text.codePointAt(q.content.start)!)) return undefined;
  const title = text.slice(q.content.start, end);
  // (one colon before a space may part a title from its subtitle: `“Nobu Hayashi: After Dark”`)
  if (/[.!?;…]|:(?!\s)|:.*:/u.test(title)) return undefined;
  const words = title.split(/\s+/);
  if (words.length > MAX_WORDS || !words.every(isTitleCaseWord)) return undefined;
  const preceding = text.slice(Math.max(0, q.outer.start - 30), q.outer.start);
  // (the word before, in the same sentence: `he said. “Barbie,” the year's hit` has none)
  const before = /([\p{L}’']+)[^\p{L}.!?]*$/u.exec(preceding);
  const lastWord = before?.[1]?.toLowerCase() ?? "";
  // (a review's label is no speaker: `Review: ‘The Salt Road’ is a quiet triumph`)
  const reviewed = lastWord === "review";
  if ((text.slice(Math.max(0, q.outer.start - 3), q.outer.start).trimEnd().endsWith(":") && !reviewed) || isSpeechVerb(lastWord)) return undefined;
  // (nor is it one when a comma inside the marks leads to a speech verb: `“No Way,” she said`, `“Not yet,” said an aide`)
  if (text[end] === "," && speechVerbAfter(text, q.outer.end)) return undefined;
  // (or after an owner's name: `Sean Baker’s “Anora”`, or before a credit with no comma inside the marks: `“Anora” director
  // Sean Baker`, not `“Nonsense,” director Ann Lowe said`)
  // (or before what it names: `the “Yes” campaign`)
  const credited = end === q.content.end && (CREDIT_AFTER.test(text.slice(q.outer.end, q.outer.end + 20)) || NAMED_AFTER.test(text.slice(q.outer.end, q.outer.end + 30)));
  // (or before an appositive whose head is a work's noun: `“Barbie,” the year's biggest hit, won`, not `“Wow,” the film's director said`)
  const head = APPOSITIVE_AFTER.exec(text.slice(q.outer.end, q.outer.end + 80))?.[1];
  const described = head !== undefined && WORK_NOUNS.has(head.replace(/s$/, ""));
  // (or after a work's form and `of`: `the score of “Argippo,” composed in 1730`)
  const ofWork = lastWord === "of" && OF_WORK_NOUNS.has(/([\p{L}]+)\s+of[^\p{L}]*$/u.exec(preceding)?.[1]?.toLowerCase() ?? "");
  if (words.length === 1 && !WORK_NOUNS.has(lastWord) && !reviewed && !/\p{Lu}[\p{L}-]*['’]s\s*$/u.test(preceding) && !credited && !described && !ofWork) return undefined;
  return { start: q.content.start, end };
}
