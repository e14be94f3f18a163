import { Answers } from "./answers.js";
import { isAlphanumeric, startsLower } from "./chars.js";
import { lastAtMost } from "./search.js";
import type { Token } from "./tokenize.js";

/**
 * Whether an article writes a word in lower case, as one of its word tokens (`Festival` is a common word
 * where the article also writes `festival`). Asked a few dozen times an article: each question searches
 * the text and checks the token found there, which costs less than hashing every token up front.
 */
export class LowerCaseWords {
  private readonly answers = new Answers((word: string) => this.find(word));

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  has(word: string): boolean {
    return this.answers.get(word);
  }

  private find(word: string): boolean {
    if (!startsLower(word)) return false;
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
      const t = this.tokens[lastAtMost(this.tokens, at, (token) => token.start)];
      if (t !== undefined && t.start === at && t.kind === "word" && t.text === word && !inAddress(this.text, t.start, t.end)) return true;
    }
    return false;
  }
}

/**
 * `ben` and `ode` in `ben.ode@kelmo.com`, `kelmo` in `www.kelmo.com`, `news` in `@news` or `kelmo.com/news`: a word glued
 * to an address's at sign, slash or inner dot is part of an address, not of the prose (the name `Ben Ode` before it is no
 * everyday word).
 */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before === "@" || before === "/" || after === "@" || (before === "." && start >= 2 && isAlphanumeric(text.codePointAt(start - 2)!)) || (after === "." && end + 1 < text.length && isAlphanumeric(text.codePointAt(end + 1)!));
}
