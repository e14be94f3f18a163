import data from "../lexicon/speech-verbs.json" with { type: "json" };
import { WordSet } from "./word-set.js";

const VERBS = new WordSet(data.verbs);

export function isSpeechVerb(word: string): boolean {
  return VERBS.has(word);
}

/**
 * News's formulas for one asked for comment who gave none (`declined to comment`, `did not immediately respond`,
 * `could not be reached`): whoever they follow was asked, so is a person or a body, as a speaker is.
 */
const NO_COMMENT = /^\s+(?:(?:declined|refused)\s+to\s+(?:comment|say|discuss|respond|elaborate|confirm)|(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond|reply|return)|could\s+not\s+(?:immediately\s+)?be\s+reached)\b/;

/** One of those formulas follows `at` in `text`. */
export function withholdsComment(text: string, at: number): boolean {
  return NO_COMMENT.test(text.slice(at, at + 40));
}
