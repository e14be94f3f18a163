import { capitalised, isPlainSpace } from "../text/chars.js";
import type { Sentence } from "../text/sentences.js";
import { lastAtMost } from "../text/search.js";
import { isStopword } from "../text/stopwords.js";
import { wordBefore } from "../text/word-before.js";
import type { Candidate } from "./candidates.js";
import { ELIDED, FOREIGN_SMALL_WORDS } from "./foreign-small-words.js";
import { CLASS_NOUNS, HEAD_WORDS, ORGANIZATION_PREFIXES, isAgentPlural, isClosedCompound, isEnglishWord } from "./lexicon.js";
import { replaceWithBody } from "./replace-candidates.js";

/** A word and the space before it, with an elided article or preposition kept whole (`d'appel`). */
const WORD = /(\s+)(\p{L}[\p{L}\p{M}'’-]*)/uy;
/** Latin that English writes, whose small word shows no other language: `the Party de facto controls`. */
const LATIN_PHRASES = /^(?:de (?:facto|jure)|per (?:se|capita|cent|annum|diem))$/;
/** The most words such a name runs to after its first: `Tribunal de grande instance de Nanterre` has five. */
const MAX_WORDS_AFTER = 8;

/**
 * `Cour de cassation`, `Tribunal judiciaire de Paris`, `Conseil constitutionnel`: a body named in another language,
 * whose lower-case words break the run of capitalised words that names it. From a word that opens such a name (an
 * organization prefix or head word, opening the name: `Cour`, `Tribunal`, `Agence`) the name runs
 * over that language's small words, the lower-case words no English dictionary has, an English one right after a
 * small word (`de commerce`) or between a foreign word and a small word (`de grande instance de`), and capitalised words
 * after a small word (`de Paris`). It must hold a lower-case word that is no small word, as a name of capitalised words
 * and small words alone (`Banco de España`) is read as a run already. Its candidate replaces those read inside it.
 */
export function joinForeignBodyNames(text: string, sentences: readonly Sentence[], candidates: Candidate[]): void {
  for (const opener of text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}]+/gu)) {
    if (!ORGANIZATION_PREFIXES.has(opener[0]) && HEAD_WORDS.get(opener[0]) !== "organization") continue;
    // (the word must open the name: in `Brannock Bank plc` the bank's name is English, and read as a run)
    const before = wordBefore(text, Math.max(0, opener.index - 40), opener.index, isPlainSpace);
    if (before !== undefined && /^\p{Lu}/u.test(before.word) && !isStopword(before.word.toLowerCase())) continue;
    const words = wordsAfter(text, opener.index + opener[0].length);
    const span = nameWords(words);
    if (span.length === 0) continue;
    const sentence = Math.max(0, lastAtMost(sentences, opener.index, (s) => s.start));
    replaceWithBody(text, candidates, [opener[0], ...span.map((w) => w.text)], opener.index, span.at(-1)!.end, sentence);
  }
}

interface Word {
  readonly text: string;
  readonly end: number;
}

/** Up to MAX_WORDS_AFTER + 1 words right after `at`, each after space alone (no line break, comma or other mark). */
function wordsAfter(text: string, at: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = at;
  for (let m = WORD.exec(text); m !== null && words.length <= MAX_WORDS_AFTER && !m[1]!.includes("\n"); m = WORD.exec(text)) {
    words.push({ text: m[2]!, end: m.index + m[0].length });
  }
  return words;
}

/** The words of `words` that carry a body's name in another language on, or none if no lower-case content word is among them. */
function nameWords(words: readonly Word[]): Word[] {
  let end = 0;
  let content = false;
  for (let i = 0; i < words.length; i++) {
    const kind = wordKind(words, i);
    if (kind === undefined) break;
    if (kind !== "small") end = i + 1;
    if (kind === "content") content = true;
  }
  return content ? words.slice(0, end) : [];
}

/** What the word at `i` is to such a name: a small word, a lower-case content word, a capitalised word, or none (it ends the name). */
function wordKind(words: readonly Word[], i: number): "small" | "content" | "capital" | undefined {
  const word = words[i]!.text;
  if (isSmall(word)) return "small";
  const bare = word.replace(ELIDED, "");
  if (bare !== word) return /^\p{Ll}/u.test(bare) ? "content" : "capital";
  const before = words[i - 1]?.text;
  if (/^\p{Lu}/u.test(word)) return isSmall(before) ? "capital" : undefined;
  if (before !== undefined && LATIN_PHRASES.test(`${before} ${word}`)) return undefined;
  if (isForeign(word)) return "content";
  return isSmall(before) || (isForeign(before) && isSmall(words[i + 1]?.text)) ? "content" : undefined;
}

const isSmall = (word: string | undefined) => word !== undefined && FOREIGN_SMALL_WORDS.has(word);
/**
 * A lower-case word no English dictionary has, and no small word: `judiciaire`, `cassation` (not a contraction, `isn't`,
 * nor a compound the dictionary lacks: `co-founder`, `fundraising`, nor a noun for a body the dictionary lacks: `Telecom regulator`, nor
 * the head word of bodies' names written lower case: `Church synod`, nor people named for what they do: `Government forecasters`).
 */
const isForeign = (word: string | undefined) =>
  word !== undefined && /^\p{Ll}[\p{Ll}\p{M}]*$/u.test(word) && !isSmall(word) && !isEnglishWord(word) && !isClosedCompound(word) && !CLASS_NOUNS.has(word) && HEAD_WORDS.get(capitalised(word)) !== "organization" && !isAgentPlural(word);
