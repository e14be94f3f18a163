import type { Token } from "./tokenize.js";

/**
 * The exchange news names before a share's code, `(NYSE: ACM)`, `(OSLO: KELV)`: its capitals, as
 * exchanges are many and most go by them, or one of the few written in mixed case.
 */
const EXCHANGE = "\\p{Lu}{2,6}|Nasdaq|Euronext";
const WHOLE_EXCHANGE = new RegExp(`^(?:${EXCHANGE})$`, "u");
const isExchange = (word: string | undefined) => word !== undefined && WHOLE_EXCHANGE.test(word);

/** A share's code in brackets, with its exchange's letters after a period or the exchange's name before a colon. */
const TICKER = new RegExp(`^\\((?:[\\p{Lu}\\p{N}]{1,6}\\.\\p{Lu}{1,3}|(?:${EXCHANGE}) ?: ?[\\p{Lu}\\p{N}.]{1,8})\\)`, "u");

/** What stands before a business's name, and not a town's: `Shares of Meridian fell`. */
const SHARES_OF_BEFORE = /\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+$/;
/** What only a business has traded, and holders of: `Meridian shares`, `Meridian's stockholders`. */
export const SHARE_WORDS: ReadonlySet<string> = new Set(["shares", "stock", "shareholders", "stockholders"]);
/** What follows a business's name, and not a town's: `Meridian shares fell`, `Meridian's stockholders`. */
const SHARES_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${[...SHARE_WORDS].join("|")})\\b`);

/** Shares are traded in the name that spans `[start, end)` of `text`: only a business's are. */
export function sharesTradedIn(text: string, start: number, end: number): boolean {
  return SHARES_OF_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || SHARES_AFTER.test(text.slice(end, end + 16));
}

/** The text opens with a share's code in brackets: `(SVT.L)`, `(NYSE: ACM)`. */
export function opensWithTicker(text: string): boolean {
  return TICKER.test(text);
}

const isCode = (t: Token | undefined) => t !== undefined && t.kind === "word" && /^[\p{Lu}\p{N}]{1,6}$/u.test(t.text);

/**
 * The token at `i` is part of a share's code in brackets, `(SOLG.O)`, `(NWE.OL)`, `(NYSE: ACM)`: the
 * ticker, the exchange's letters and its name are no names. Read on the article's tokens, as a sentence
 * splitter may end a sentence at the code's period.
 */
export function inTickerCode(tokens: readonly Token[], i: number): boolean {
  const at = (k: number) => tokens[i + k]?.text;
  const ticker = at(-1) === "(" && isCode(tokens[i]) && at(1) === "." && isCode(tokens[i + 2]) && at(3) === ")";
  const letters = at(-3) === "(" && isCode(tokens[i - 2]) && at(-1) === "." && isCode(tokens[i]) && at(1) === ")";
  const exchange = at(-1) === "(" && isExchange(at(0)) && at(1) === ":" && isCode(tokens[i + 2]) && at(3) === ")";
  const listed = at(-3) === "(" && isExchange(at(-2)) && at(-1) === ":" && isCode(tokens[i]) && at(1) === ")";
  return ticker || letters || exchange || listed;
}
