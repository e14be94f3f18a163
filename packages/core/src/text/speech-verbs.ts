import data from "../lexicon/speech-verbs.json" with { type: "json" };
import { WordSet } from "./word-set.js";

const VERBS = new WordSet(data.verbs);

export function isSpeechVerb(word: string): boolean {
  return VERBS.has(word);
}

/** A court's or an inquiry's verbs, which report words as a speech verb does before `that`: `ruled that she had "courted publicity"`. */
export const JUDGEMENT_VERBS: ReadonlySet<string> = new Set(["ruled", "found", "held"]);

/**
 * News's formulas for one asked for comment who gave none (`declined to comment`, `did not immediately respond`,
 * `could not be reached`): whoever they follow was asked, so is a person or a body, as a speaker is.
 */
const NO_COMMENT = /^\s+(?:(?:declined|refused)\s+to\s+(?:comment|say|discuss|respond|elaborate|confirm)|(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond|reply|return)|could\s+not\s+(?:immediately\s+)?be\s+reached)\b/;

/** A verb that names something in words of one's own, then the quotation of them: `called the pact “too little”`, `described it as “a farce”`. */
const CHARACTERISES = /\s+(?:called|dubbed|branded|labell?ed|termed|described)\s+(?:[^\s.!?“”"‘’']+\s+){0,6}[“"‘']/y;

/**
 * Whoever ends at `end` in `text`, `next` the word after, is a speaker: a speech verb follows (`said`), one of those
 * formulas (`declined to comment`), or a verb that quotes how they called something.
 */
export function speechFollows(text: string, end: number, next: string | undefined): boolean {
  return (next !== undefined && isSpeechVerb(next)) || NO_COMMENT.test(text.slice(end, end + 40)) || characterises(text, end);
}

function characterises(text: string, end: number): boolean {
  CHARACTERISES.lastIndex = end;
  return CHARACTERISES.test(text);
}
