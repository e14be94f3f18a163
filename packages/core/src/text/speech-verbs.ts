import data from "../lexicon/speech-verbs.json" with { type: "json" };

const VERBS = new Set(data.verbs);

export function isSpeechVerb(word: string): boolean {
  return VERBS.has(word.toLowerCase());
}
