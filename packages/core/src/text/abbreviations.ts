import data from "../lexicon/abbreviations.json" with { type: "json" };

const ABBREVIATIONS = new Set([...data.titles, ...data.other].map((w) => w.toLowerCase()));

/** True when `word` followed by a period is an abbreviation rather than a sentence end. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}
