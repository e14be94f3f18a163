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

/**
 * Whoever ends at `end` in `text`, `next` the word after, is a speaker: a speech verb follows (`said`), or one of those
 * formulas (`declined to comment`).
 */
export function speechFollows(text: string, end: number, next: string | undefined): boolean {
  return (next !== undefined && isSpeechVerb(next)) || NO_COMMENT.test(text.slice(end, end + 40));
}
