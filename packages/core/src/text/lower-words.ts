import { Answers } from "./answers.js";
import { startsLower } from "./chars.js";
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
      if (t !== undefined && t.start === at && t.kind === "word" && t.text === word) return true;
    }
    return false;
  }
}
