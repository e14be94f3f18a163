import { TIME_ZONES, WEEKDAY_NAMES } from "../dates/calendar.js";
import type { Span } from "./positions.js";
import { endsName, isAbbreviation } from "./abbreviations.js";
import { isCapitalLetter, isNumber, startsUpper } from "./chars.js";
import { isStopword } from "./stopwords.js";
import { inTickerCode } from "./tickers.js";
import type { Token } from "./tokenize.js";

export interface Sentence extends Span {
  /** Index of the first token of the sentence in the article's token array. */
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
}

const TERMINAL = new Set([".", "?", "!", "…"]);
/** Closing marks a sentence's stop may have after it. */
export const CLOSERS: ReadonlySet<string> = new Set(["”", "’", '"', "'", ")", "]", "»"]);
const OPENERS = new Set(["“", "‘", '"', "'", "(", "[", "«"]);

/** The commonest first words of a sentence, pronouns, articles and conjunctions, capitalised. */
const SENTENCE_STARTS: ReadonlySet<string> = new Set(["The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But", "And", "So", "Then", "Now"]);

/** Words that follow a brand's exclamation mark in an outlet's or a service's name: `Yahoo! Finance`, `E! Online`. */
const OUTLET_AFTER_MARK: ReadonlySet<string> = new Set(["News", "Online", "Finance", "Sports", "Music", "Entertainment", "Answers", "Mail"]);

/** A capitalised closed-class word, which starts a sentence and no name: `The`, `It`, `But`. */
function startsClosedClass(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && startsUpper(token.text) && isStopword(token.text);
}

/**
 * Whether the period at token `i` closes an abbreviation or an initial (`Dr.`, `J.`) rather than a sentence:
 * an initial does unless a closed-class word follows (`wrote on X. The company`), and so does a name's last
 * abbreviation (`Apple Inc. The index`). So does a brand's exclamation mark (`E! News`, `Yahoo! Finance`).
 */
export function closesAbbreviation(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev === undefined || prev.end !== tok.start || prev.kind !== "word") return false;
  // (a brand's letter and its mark, `E! News`, ends no sentence either, unless a pronoun or an article follows:
  // `Plan B! It failed`; nor does a brand word's before an outlet's word: `Yahoo! News`)
  if (tok.text === "!") {
    const next = tokens[i + 1]?.text ?? "";
    return startsUpper(prev.text) && (isCapitalLetter(prev.text) ? !SENTENCE_STARTS.has(next) : OUTLET_AFTER_MARK.has(next));
  }
  return (
    tok.text === "." &&
    (isAbbreviation(prev.text, tokens[i + 1]?.text) || isCapitalLetter(prev.text) || clockBeforeDayOrZone(tokens, i)) &&
    !((isCapitalLetter(prev.text) || endsName(prev.text)) && (startsClosedClass(tokens[i + 1]) || opensQuotation(tokens, i + 1)))
  );
}

/** Quotation marks that open a quotation: `"` opens one after a space. */
const QUOTATION_OPENERS: ReadonlySet<string> = new Set(["“", '"']);
const QUOTATION_CLOSERS: ReadonlySet<string> = new Set(["”", '"']);
const CLAUSE_MARKS: ReadonlySet<string> = new Set([",", ".", ";", ":", "!", "?"]);
/** A nickname in quotation marks (`Robert F. "Bobby" Kennedy`, `Joaquín "El Chapo" Guzmán`) has at most this many words. */
export const NICKNAME_WORDS = 4;

/**
 * `a move to Serie A. "Lewis is happy," he said`: a quotation, with a clause's mark or more words than a nickname
 * has, opens after token `at`, so the period before it ends the sentence rather than an initial.
 */
function opensQuotation(tokens: readonly Token[], at: number): boolean {
  if (!QUOTATION_OPENERS.has(tokens[at]?.text ?? "") || tokens[at]!.start === tokens[at - 1]!.end) return false;
  let words = 0;
  for (let k = at + 1; k < tokens.length && k <= at + NICKNAME_WORDS + 2; k++) {
    const t = tokens[k]!;
    if (QUOTATION_CLOSERS.has(t.text)) return false;
    if (CLAUSE_MARKS.has(t.text)) return true;
    if (t.kind === "word" && ++words > NICKNAME_WORDS) return true;
  }
  return true;
}

/** Weekday names and time zones, which go on a clock time's sentence: `at 2 p.m. Monday`, `at 4 p.m. ET`. */
const AFTER_CLOCK: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...TIME_ZONES]);

/** The period at token `i` ends a clock's `a.m.` or `p.m.` and a weekday or a time zone follows it. */
function clockBeforeDayOrZone(tokens: readonly Token[], i: number): boolean {
  const m = tokens[i - 1]!;
  return (m.text === "m" || m.text === "M") && tokens[i - 2]?.text === "." && /^[apAP]$/.test(tokens[i - 3]?.text ?? "") && AFTER_CLOCK.has(tokens[i + 1]?.text ?? "");
}

/**
 * Splits tokens [from, to) into sentences. A terminal mark ends a sentence when what follows starts one
 * (a capital, a digit or an opening quote) and the word before it is not a known abbreviation or an
 * initial. A dotted abbreviation (U.S.), a capital letter (J., X.) or an abbreviation that ends a name (Inc.)
 * ends one only when the next word is a closed-class word (`... in the U.S. The ...`, `... on X. The ...`).
 */
export function splitSentences(tokens: readonly Token[], from: number, to: number): Sentence[] {
  const sentences: Sentence[] = [];
  let first = from;
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    let boundaryAfter = -1;
    if (tok.kind === "punct" && TERMINAL.has(tok.text)) {
      // a number glued to the period is an amount's (`Rs.300`, `N54.99trn`), not a new sentence
      const glued = tokens[i + 1];
      if (glued !== undefined && glued.start === tok.end && isNumber(glued.text.codePointAt(0)!)) continue;
      // nor inside a dotted abbreviation cut before its last letter (`D-N` `.` `Y` `.` of `D-N.Y.`)
      if (glued !== undefined && glued.start === tok.end && isCapitalLetter(glued.text) && tokens[i + 2]?.text === "." && tokens[i + 2]!.start === glued.end) continue;
      // nor inside a share's code in brackets, before its exchange's letters (`(NVDA.O)`, `(NWE.OL)`)
      if (glued !== undefined && glued.start === tok.end && inTickerCode(tokens, i + 1)) continue;
      if (!closesAbbreviation(tokens, i)) boundaryAfter = i;
    } else if (tok.kind === "word" && tok.text.endsWith(".")) {
      const next = tokens[i + 1];
      if (next === undefined || i + 1 >= to || startsClosedClass(next)) {
        boundaryAfter = i;
      }
    }
    if (boundaryAfter < 0) continue;
    let j = boundaryAfter + 1;
    while (j < to && (CLOSERS.has(tokens[j]!.text) || TERMINAL.has(tokens[j]!.text)) && tokens[j]!.start === tokens[j - 1]!.end) j++;
    const next = tokens[j];
    const startsSentence =
      j >= to || next === undefined || startsUpper(next.text) || isNumber(next.text.codePointAt(0)!) || OPENERS.has(next.text) || next.text === "—";
    if (!startsSentence) continue;
    sentences.push({ start: tokens[first]!.start, end: tokens[j - 1]!.end, firstToken: first, endToken: j });
    first = j;
    i = j - 1;
  }
  if (first < to) sentences.push({ start: tokens[first]!.start, end: tokens[to - 1]!.end, firstToken: first, endToken: to });
  return sentences;
}
