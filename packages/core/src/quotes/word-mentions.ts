import type { QuoteSpan } from "./scan.js";

/** How many words a word or phrase talked about has at most: `“rizz”`, `“goblin mode”`, `“quiet quitting”`. */
const MAX_WORDS = 4;
/** How far back the noun that introduces the word may stand: `the word “rizz”`, `coined the term “doomscrolling”`. */
const REACH = 30;
/**
 * A noun for a word, or a verb that names or spells one, right before it: `the word “rizz”`, `nicknamed “the Beast”`,
 * `spelling “psammophile”` (not `spell`, also a while: `a spell “in the wilderness”`). Not after a possessive, nor a
 * plural (`in his words, “a disaster”`, `in other words, “no deal”` quote someone).
 */
const NAMED_BEFORE = /(?<!\b(?:my|his|her|its|their|our|your)\s)\b(?:word|term|phrase|expression|coinage|neologism|nickname|nicknamed|spelling|spelt|spelled|misspelt|misspelled|misspelling)\s*,?\s*$/iu;
/** How far the phrase in apposition that describes the word may reach. */
const AFTER_REACH = 80;
/** A phrase in apposition that says what the word is: `“rizz”, a slang term for charm`, `“daviely”, a Scots word`. */
const NAMED_AFTER = /^,?\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:words?|terms?|phrases?|expressions?|coinage|neologism|portmanteau|slang|acronym|abbreviation|nickname)\b/u;

/**
 * The quotation marks set off a word talked about, not anyone's words: `has chosen “rizz”, a slang term for charm`,
 * `the word “hallucinate”`. It is a short quote, no sentence, that a noun for a word introduces or one in apposition
 * describes.
 */
export function isWordMention(text: string, q: QuoteSpan): boolean {
  const content = text.slice(q.content.start, q.content.end).trim();
  if (content === "" || /[.!?;,]/.test(content) || content.split(/\s+/).length > MAX_WORDS) return false;
  return NAMED_BEFORE.test(text.slice(Math.max(0, q.outer.start - REACH), q.outer.start)) || NAMED_AFTER.test(text.slice(q.outer.end, q.outer.end + AFTER_REACH));
}
