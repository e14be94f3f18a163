/** A lower-case word of two letters or more before `-ing`, read as a present participle: `representing`, `using`, `leading`. */
export function isPresentParticiple(word: string): boolean {
  return PRESENT_PARTICIPLE.test(word);
}

const PRESENT_PARTICIPLE = /^\p{Ll}{2,}ing$/u;

/** The forms of `be`, after which a past participle is passive (`was added`) and a present one progressive. */
export const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being"]);
