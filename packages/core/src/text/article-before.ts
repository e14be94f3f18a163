/** The article (`the`, `a`, `an`, in lower case) that stands right before `start`. */
export function articleBefore(text: string, start: number): string | undefined {
  return /\b(the|a|an)\s+$/i.exec(text.slice(Math.max(0, start - 4), start))?.[1]!.toLowerCase();
}

/** `the` stands right before `start`. */
export function afterThe(text: string, start: number): boolean {
  return articleBefore(text, start) === "the";
}
