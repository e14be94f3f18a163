import { classified } from "./classify.js";
import type { Candidate } from "./candidates.js";

/**
 * A body's name found where no run of capitalised words reaches (spelled out before its acronym, or in another
 * language's lower-case words), from `start` to `end`: its candidate replaces those read inside it, unless one
 * already spans it exactly.
 */
export function replaceWithBody(text: string, candidates: Candidate[], words: readonly string[], start: number, end: number, sentence: number): void {
  if (candidates.some((c) => c.start === start && c.end === end)) return;
  for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i]!.start < end && candidates[i]!.end > start) candidates.splice(i, 1);
  candidates.push({ name: text.slice(start, end), words, start, end, sentence, cls: classified("organization", "evidence"), roles: [] });
}
