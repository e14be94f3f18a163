import data from "../lexicon/speech-verbs.json" with { type: "json" };
import { WordSet } from "./word-set.js";

const VERBS = new WordSet(data.verbs);

export function isSpeechVerb(word: string): boolean {
  return VERBS.has(word);
}
