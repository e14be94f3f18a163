import type { Candidate } from "./candidates.js";

/** A small number right after a name, ending there: ` 3` in `Norvex Pulse 3 is`, not ` 3.5` nor ` 3,000`. */
const NUMBER_AFTER = /^ (\d{1,4})(?![\d.,]\d|\d)/;

/**
 * `Norvex Pulse 3 is available`: a number after a name is part of it where the article names the numbered whole elsewhere
 * (`the Norvex Pulse 3`), though a bare number after a name is read apart from it (`Tom Hale 988`, `Arsenal 2 Aston Villa 1`).
 * Candidates are in text order, and stay so.
 */
export function extendNumberedNames(text: string, candidates: Candidate[]): void {
  const numbered = new Map<string, Candidate>();
  for (const c of candidates) if (/ \d{1,4}$/.test(c.name)) numbered.set(c.name, c);
  if (numbered.size === 0) return;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const m = NUMBER_AFTER.exec(text.slice(c.end, c.end + 7));
    const whole = m === null ? undefined : numbered.get(`${c.name} ${m[1]}`);
    if (whole === undefined) continue;
    // (a name's words leave its numbers out, as the runs that read the whole leave them)
    candidates[i] = { ...c, name: whole.name, end: c.end + m![0].length, cls: whole.cls };
  }
}
