import { isLetter } from "./chars.js";

/**
 * The word of letters, as written, that ends where only `gap` characters (at least one) separate it from
 * `end`, not reaching before `from`; and where it starts. Callers choose the gap: a space alone keeps a hard
 * wrap's newline between two words, any white space lets it pass.
 */
export function wordBefore(text: string, from: number, end: number, gap: (code: number) => boolean): { word: string; start: number } | undefined {
  let stop = end;
  while (stop > from && gap(text.charCodeAt(stop - 1))) stop--;
  if (stop === end) return undefined;
  let start = stop;
  while (start > from && isLetter(text.charCodeAt(start - 1))) start--;
  return start < stop ? { word: text.slice(start, stop), start } : undefined;
}
