/** The article (`the`, `a`, `an`, in lower case) that stands right before `start`. */
export function articleBefore(text: string, start: number): string | undefined {
  return /\b(the|a|an)\s+$/i.exec(text.slice(Math.max(0, start - 4), start))?.[1]!.toLowerCase();
}

/** `the` stands right before `start`. */
export function afterThe(text: string, start: number): boolean {
  return articleBefore(text, start) === "the";
}

/**
 * `the county's Police`, `a city's Council`: a common noun's possessive after an article stands right before `start`,
 * which makes the word after it a common noun as `the` does. (`their Championship hopes` may name a league.)
 */
export function afterCommonOwner(text: string, start: number): boolean {
  return /\b(?:[Tt]he|[Aa]n?)\s+\p{Ll}+['’]s\s+$/u.test(text.slice(Math.max(0, start - 40), start));
}
