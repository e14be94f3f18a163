import data from "../lexicon/stopwords.json" with { type: "json" };
import { WordSet } from "./word-set.js";

const STOPWORDS = new WordSet(data.words);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
