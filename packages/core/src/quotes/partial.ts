import type { Span } from "../text/positions.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import { startsLower } from "../text/chars.js";
import type { QuoteSpan } from "./scan.js";

/** A few words quoted inside the writer's own sentence, not introduced by a speech verb or a colon. */
export function isPartial(text: string, open: number, content: Span): boolean {
  // the 40 characters before the mark, within its line
  const window = text.slice(Math.max(0, open - 40), open);
  const before = window.slice(Math.max(window.lastIndexOf("\n"), window.lastIndexOf("\r")) + 1).trimEnd();
  // a quotation that starts in lower case picks up the writer's sentence (`, “repeated the same demand”`)
  const words = text.slice(content.start, content.end);
  if (startsLower(words) && !/[.,!?…]$/u.test(words) && !before.endsWith(":")) return true;
  // (`said: “We are ready.” “We will not sign,”`: a quote after one that closes a sentence opens a sentence of its own)
  if (before.length === 0 || /[:,.!?—–\-(]$/u.test(before) || /[.!?…]["”]$/u.test(before)) return false;
  const lastWord = /([\p{L}’']+)$/u.exec(before)?.[1];
  if (lastWord !== undefined && isSpeechVerb(lastWord)) return false;
  return /[\p{L}\p{N}’'"”]$/u.test(before) && words.split(/\s+/).length <= 40;
}

/**
 * A quotation of someone's own sentences, not a few words quoted in the writer's: it carries on the one before,
 * or is no partial quote. Its `she` is someone the speaker talks about, and a quote after it may carry it on.
 */
export function isOwnWords(text: string, q: QuoteSpan): boolean {
  return q.continuesPrevious || !isPartial(text, q.outer.start, q.content);
}
