import data from "../lexicon/stopwords.json" with { type: "json" };

const STOPWORDS = new Set(data.words);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
