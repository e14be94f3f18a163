import { isUpper } from "../text/chars.js";
import type { QuoteSpan } from "./scan.js";

/** How far a defined term's parenthesis may reach on either side of its quotation marks. */
const REACH = 80;
/** How many words a defined term has at most: `“the Company”`, `“Northfield”`, `“CFPB”`. */
const MAX_WORDS = 6;
/** Words that join or introduce defined terms in their parenthesis: `(“Acme” or “the Company”)`, `(the “Bureau”)`. */
const FILLER: ReadonlySet<string> = new Set(["the", "or", "and", "to", "as", "each", "a", "an"]);
/** Words that say a parenthesis defines its terms, whatever stands before it: `the sellers (collectively, the “Sellers”)`. */
const DEFINING: ReadonlySet<string> = new Set(["collectively", "together", "jointly", "hereinafter", "referred"]);
/** A term in double or curly single quotation marks, which the filler check skips. */
const TERM = /“[^”]*”|"[^"]*"|‘[^’]*’/gu;

/**
 * The quotation marks set off a defined term, as press releases and filings do, not anyone's words: `Northfield
 * Robotics, Inc. (“Northfield” or “the Company”)`, `the Consumer Financial Protection Bureau (the “Bureau”)`. The
 * term is a few words in a parenthesis after a name, or after words that say it defines, which holds nothing but such
 * terms and the words that join or introduce them.
 */
export function isDefinedTerm(text: string, q: QuoteSpan): boolean {
  const content = text.slice(q.content.start, q.content.end);
  if (/[.!?;]/.test(content) || content.trim().split(/\s+/).length > MAX_WORDS) return false;
  const from = Math.max(0, q.outer.start - REACH);
  const open = from + text.slice(from, q.outer.start).lastIndexOf("(");
  const close = text.slice(q.outer.end, q.outer.end + REACH).indexOf(")") + q.outer.end;
  if (open < from || close < q.outer.end) return false;
  // (a bracket of another parenthesis between is a word that is no filler)
  const words = text.slice(open + 1, close).replace(TERM, " ").toLowerCase().split(/[\s,]+/u).filter((word) => word !== "");
  if (!words.every((word) => FILLER.has(word) || DEFINING.has(word))) return false;
  // (what a term stands for is named right before the parenthesis, `Acme Robotics, Inc. (“Acme”)`, not `she wrote (“Sad”)`,
  // unless a word says the parenthesis defines it)
  const named = /(\S+)\s*$/u.exec(text.slice(Math.max(0, open - 40), open))?.[1];
  return (named !== undefined && isUpper(named.codePointAt(0)!)) || words.some((word) => DEFINING.has(word));
}
