import { hasLower } from "../text/chars.js";
import type { Candidate } from "./candidates.js";

/**
 * `ANA RUIZ: Welcome back.` in a transcript whose byline reads `Host: Ana Ruiz`: a name of two or more words set in
 * capitals is the name the article writes in running text with the same letters, and is read as that one is.
 */
export function readShoutedNames(candidates: readonly Candidate[]): readonly Candidate[] {
  const written = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.words.length < 2 || !hasLower(c.name)) continue;
    const key = c.name.toLowerCase();
    if (!written.has(key)) written.set(key, c);
  }
  if (written.size === 0) return candidates;
  return candidates.map((c) => {
    const same = c.words.length >= 2 && !hasLower(c.name) ? written.get(c.name.toLowerCase()) : undefined;
    return same === undefined ? c : { ...c, name: same.name, words: same.words, cls: same.cls };
  });
}
