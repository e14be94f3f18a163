import data from "../lexicon/stopwords.json" with { type: "json" };
import { WordSet } from "./word-set.js";

const STOPWORDS = new WordSet(data.words);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * Conjunctions and adverbs that open a sentence and can open no name (`But`, `Also`, `Meanwhile`, `Yesterday`),
 * unlike the closed-class words a name may start with (`All Blacks`, `US Treasury`, `WHO`).
 */
const SENTENCE_OPENERS = new WordSet(["but", "and", "yet", "also", "meanwhile", "however", "still", "now", "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "instead", "indeed", "perhaps", "already", "thus", "even", "just", "once", "again", "obviously", "besides", "then", "finally", "separately", "elsewhere", "moreover", "furthermore", "nevertheless", "nonetheless", "likewise", "similarly", "therefore", "consequently", "initially", "previously", "recently", "currently", "afterwards", "ultimately", "nearby", "upstream", "downstream", "overseas", "abroad", "inland", "offshore"]);

/** `But`, `Also` or `Meanwhile`, capitalised or not (never in capitals, which would be an acronym). */
export function isSentenceOpener(word: string): boolean {
  return /^\p{Lu}?\p{Ll}+$/u.test(word) && SENTENCE_OPENERS.has(word.toLowerCase());
}
