import { capitalised } from "./chars.js";

/**
 * A set of lower-case words that answers for a word in any case. Each word is also held capitalised and in
 * capitals, the spellings nearly every question uses, so those are answered as written: a lower-case copy
 * of each word asked about cost a fiftieth of the whole analysis for the stopwords alone.
 */
export class WordSet {
  private readonly lower: ReadonlySet<string>;
  private readonly asWritten: ReadonlySet<string>;
  private readonly longest: number;

  constructor(words: readonly string[]) {
    this.lower = new Set(words);
    this.asWritten = new Set(words.flatMap((word) => [word, capitalised(word), word.toUpperCase()]));
    this.longest = Math.max(0, ...words.map((word) => word.length));
  }

  has(word: string): boolean {
    if (this.asWritten.has(word)) return true;
    return word.length <= this.longest && isOddlyCased(word) && this.lower.has(word.toLowerCase());
  }
}

/** Whether the word is spelt other than in lower case, capitalised or in capitals (`tHe`, `McDonald`), or has a letter past ASCII. */
function isOddlyCased(word: string): boolean {
  let upper = false;
  let lower = false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return true;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  if (!upper) return false;
  if (lower) return true;
  const first = word.charCodeAt(0);
  return first < 65 || first > 90;
}
