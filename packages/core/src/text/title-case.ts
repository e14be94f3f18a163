import { startsLower, startsUpper } from "./chars.js";

/** What Title Case leaves in lower case: articles, conjunctions, prepositions and the particles of names. */
const TITLE_CASE_LOWER = new Set([
  "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs",
  "from", "into", "onto", "over", "with", "about", "after", "against", "among", "before", "between", "during", "through", "under", "upon", "within", "without",
  "da", "de", "del", "der", "di", "du", "la", "le", "van", "von",
]);

/** A word as Title Case writes it, punctuation around it aside: capitalised, or one of the short words it leaves in lower case. */
export function isTitleCaseWord(word: string): boolean {
  return isTitleCaseLetters(word.replace(/^\P{L}+|\P{L}+$/gu, ""));
}

function isTitleCaseLetters(letters: string): boolean {
  return letters.length === 0 || !startsLower(letters) || /\p{Lu}/u.test(letters) || TITLE_CASE_LOWER.has(letters);
}

/**
 * A headline in Title Case (`Senators Send Letter to Iran`), whose capitals say nothing about names. Most of
 * its longer words are capitalised, and a lower-case word is one Title Case leaves so: `Dana Whitfield met
 * Tomas Varga in Geneva` is in sentence case, its capitals all names.
 */
export function isTitleCase(text: string): boolean {
  // (a number's unit or scale stays in lower case in any headline: `£2m`, `10km`)
  const words = text
    .split(/\s+/)
    .filter((w) => !/^\P{L}*\p{N}/u.test(w))
    .map((w) => w.replace(/^\P{L}+|\P{L}+$/gu, ""))
    .filter((w) => w.length > 0);
  const long = words.filter((w) => w.length > 3);
  if (long.length < 3 || long.filter((w) => startsUpper(w)).length / long.length < 0.75) return false;
  return words.every(isTitleCaseLetters);
}

/** The small words inside a name that stay in lower case: `Rio de Janeiro`, `Port of Spain`, `Stratford-upon-Avon`. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(["da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "la", "le", "van", "von", "of", "and", "upon", "on"]);

/** A name set in capitals, as datelines print it, in the capitals of running text: `NEW DELHI` → `New Delhi`, `RIO DE JANEIRO` → `Rio de Janeiro`. */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s\-])(\p{Ll})(\p{L}*)/gu, (word, before: string, first: string, rest: string, at: number) =>
      at > 0 && NAME_PARTICLES.has(first + rest) ? word : before + first.toUpperCase() + rest,
    )
    .replace(INITIALS, (initials) => initials.toUpperCase());
}

/** Initials with their stops keep their capitals (`N.J.`, `D.C.`), where `ST.` becomes `St.`. */
const INITIALS = /(?<!\S)(?:\p{L}\.){2,}(?!\S)/gu;
