/**
 * `the retail prices index (RPI)`, `gross domestic product (GDP)`: initials an article spells out in lower-case words
 * before them in brackets are a common noun's, naming nothing, as the listed ones (`GDP`, `TV`) are.
 */

/** Initials in brackets after a word: the words before are read back from there. */
const BRACKETED_INITIALS = /(?<=\p{Ll}\s\()\p{Lu}{2,6}(?=\))/gu;
/** Small words the initials may pass over: `trade and cooperation agreement (TCA)`. */
const SMALL_WORDS: ReadonlySet<string> = new Set(["of", "and", "the", "for", "in", "on", "to"]);

/** The initials the text spells out in lower-case words right before them in brackets. */
export function initialismsSpelledInLowerCase(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(BRACKETED_INITIALS)) {
    const before = text.slice(Math.max(0, m.index - 1 - 16 * m[0].length), m.index - 1);
    const words = before.split(/\s+/);
    if (spelledBy(m[0].toLowerCase(), words)) found.add(m[0]);
  }
  return found;
}

/**
 * The last words give the letters, in lower case (a capitalised word gives none, so the name is no common noun's): each
 * hyphenated part its initial; a small word may give none.
 */
function spelledBy(letters: string, words: readonly string[]): boolean {
  let j = letters.length;
  for (let k = words.length - 1; k >= 0 && j > 0; k--) {
    const word = words[k]!;
    const initials = word
      .split("-")
      .map((p) => p.charAt(0))
      .join("");
    if (letters.slice(j - initials.length, j) === initials) j -= initials.length;
    else if (!SMALL_WORDS.has(word)) return false;
  }
  return j === 0;
}
