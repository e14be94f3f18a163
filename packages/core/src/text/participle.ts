/** A lower-case word of two letters or more before `-ing`, read as a present participle: `representing`, `using`, `leading`. */
export function isPresentParticiple(word: string): boolean {
  return PRESENT_PARTICIPLE.test(word);
}

const PRESENT_PARTICIPLE = /^\p{Ll}{2,}ing$/u;
