import data from "../lexicon/abbreviations.json" with { type: "json" };

const ABBREVIATIONS = new Set([...data.titles, ...data.other].map((w) => w.toLowerCase()));
const BEFORE_NUMBERS = new Set(data.beforeNumbers.map((w) => w.toLowerCase()));

/** True when `word` followed by a period is an abbreviation rather than a sentence end; `next` is the token after the period. */
export function isAbbreviation(word: string, next?: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || (BEFORE_NUMBERS.has(lower) && next !== undefined && /^\d/.test(next));
}

/** True when the lists know `word` as an abbreviation of any kind, whatever follows it. */
export function isListedAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || BEFORE_NUMBERS.has(lower);
}
