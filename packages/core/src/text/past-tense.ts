import { codeUnits, isLetter, isLower, isPlainSpace } from "./chars.js";
import { wordBefore } from "./word-before.js";
import { isStopword } from "./stopwords.js";
import { PREPOSITIONS } from "./prepositions.js";
import pastTense from "../lexicon/generated/past-tense.json" with { type: "json" };

/** Words ending in -ed that are not past tenses. */
const NOT_PAST = new Set(["bed", "embed", "exceed", "feed", "hundred", "indeed", "kindred", "naked", "need", "proceed", "red", "sacred", "seed", "shed", "speed", "succeed", "wed", "wicked"]);
const IRREGULAR_PAST = new Set(pastTense.irregular);
/** Past forms spelt as their base (`beat`, `hit`, `cut`): past only where the present would take an -s. */
const UNCHANGED_PAST = new Set(pastTense.unchanged);
/**
 * Participles that are no simple past (`grown`, `taken`), and those spelt as their base (`become`, `cut`): past in a
 * perfect (`has grown`, `had been`, `has become`, `have cut`).
 */
const PERFECT_PARTICIPLES = new Set([...pastTense.participles, ...pastTense.baseParticiples, ...pastTense.unchanged]);
const PARTICIPLES = new Set(pastTense.participles);

/** A lower-case word that is a simple past by its form (`acquired`, `took`), whatever its sentence. */
export function isSimplePast(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (word.length > 3 && word.endsWith("ed") && !NOT_PAST.has(word));
}

/** A past form not made with -ed (`sold`, `won`), which no adjective shares as the -ed forms do (`embattled`). */
export function isIrregularPast(word: string): boolean {
  return IRREGULAR_PAST.has(word);
}

/** A lower-case word that may be a past participle by its form: `voted`, `taken`, `made`. */
export function isPastParticipleForm(word: string): boolean {
  return PARTICIPLES.has(word) || isSimplePast(word);
}

/** A lower-case word that may be a past participle, those spelt as their base too: `voted`, `taken`, `run`, `cut`. */
export function mayBePastParticiple(word: string): boolean {
  return PERFECT_PARTICIPLES.has(word) || isSimplePast(word);
}

/**
 * A simple-past verb among the words (`met`, `voted`, `Kovac beat`); capitalised words are names (`United`),
 * hyphenated ones modifiers (`so-called`).
 */
export function hasPastVerb(words: string): boolean {
  let i = 0;
  while (i < words.length) {
    const cp = words.codePointAt(i)!;
    if (!isLetter(cp)) {
      i += codeUnits(cp);
      continue;
    }
    // a whole word of lower-case letters, not glued to a hyphen or a letter before it nor a word character after it
    const start = i;
    let lower = start === 0 || words[start - 1] !== "-";
    while (i < words.length) {
      const c = words.codePointAt(i)!;
      if (!isLetter(c)) break;
      if (!isLower(c)) lower = false;
      i += codeUnits(c);
    }
    if (!lower || isAsciiWordChar(words.charCodeAt(i))) continue;
    const word = words.slice(start, i);
    if (isSimplePast(word) && !afterPresentAuxiliary(words, start) && !afterDeterminer(words, start)) return true;
    if (SUBJECT_PAST.has(word) && afterSubject(words, start, i)) return true;
    if (PERFECT_PARTICIPLES.has(word) && afterPerfectAuxiliary(words, start)) return true;
    if (UNCHANGED_PAST.has(word)) {
      const subject = wordBefore(words, 0, start, isPlainSpace);
      const determiner = subject === undefined ? undefined : wordBefore(words, 0, subject.start, isPlainSpace);
      if (subject !== undefined && singularSubject(subject.word, determiner?.word ?? "", objectFollows(words, i))) return true;
    }
  }
  return false;
}

/** `he beat`, `Kovac hit`: an unchanged past form after a singular subject, which the present would give an -s. */
export function isUnchangedPastAfter(subject: string, word: string): boolean {
  return UNCHANGED_PAST.has(word) && singularSubject(subject, "", false);
}

/**
 * Past forms that are other words too (`left` an adjective, `found` a base form: `two days left`, `they found a
 * firm`), which the generated list leaves out: past right after a personal pronoun or a name (`he left`,
 * `Kane left Tottenham`), not a name after an article (`the Labour left`).
 */
const SUBJECT_PAST: ReadonlySet<string> = new Set(["left", "found"]);
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(["he", "she", "it", "we", "they", "I", "who", "He", "She", "It", "We"]);

/** The form from `start` to `end` follows its subject: a personal pronoun, a name, or a noun its determiner opens before an object. */
function afterSubject(words: string, start: number, end: number): boolean {
  const subject = wordBefore(words, 0, start, isPlainSpace);
  if (subject === undefined) return false;
  if (PERSONAL_SUBJECTS.has(subject.word)) return true;
  const determiner = wordBefore(words, 0, subject.start, isPlainSpace);
  // (`the ship left Tarvel`, `the police found a body`: after a determiner's word, an object makes the form the verb,
  // where `the Labour left wants` has none)
  if (determiner !== undefined && SINGULAR_DETERMINERS.has(determiner.word)) return objectFollows(words, end);
  return !isLower(subject.word.codePointAt(0)!) && !isStopword(subject.word);
}

/** A present or an infinitive of `be`, before a participle that is then no past: `results are expected on Sunday`, `is widely expected`. */
const PRESENT_BE: ReadonlySet<string> = new Set(["is", "are", "am", "be", "being"]);
/** Words that may stand between `be` and its participle. */
const BETWEEN_BE: ReadonlySet<string> = new Set(["not", "now", "also", "still", "already", "currently"]);
/** `has`, `have` or `had` before a participle (`ve` is what is left of `they've` once the apostrophe is no letter). */
const PERFECT: ReadonlySet<string> = new Set(["has", "have", "had", "ve"]);
/** Words that may stand between `has` and its participle. */
const BETWEEN_PERFECT: ReadonlySet<string> = new Set(["not", "never", "ever", "also", "already", "since", "just", "long", "now"]);

/** An -ly adverb, which may stand between an auxiliary and its participle: `is widely expected`. */
const isLyAdverb = (word: string) => word.length > 4 && word.endsWith("ly");
const afterPresentAuxiliary = (words: string, start: number) => afterOneOf(words, start, PRESENT_BE, (w) => BETWEEN_BE.has(w) || isLyAdverb(w));
const afterPerfectAuxiliary = (words: string, start: number) => afterOneOf(words, start, PERFECT, (w) => BETWEEN_PERFECT.has(w) || isLyAdverb(w));

/** One of `openers` right before the word at `start`, or before a word `between` accepts there (`is widely`, `the first`). */
function afterOneOf(words: string, start: number, openers: ReadonlySet<string>, between: (word: string) => boolean): boolean {
  const before = wordBefore(words, 0, start, isPlainSpace);
  if (before === undefined) return false;
  if (openers.has(before.word)) return true;
  if (!between(before.word)) return false;
  const opener = wordBefore(words, 0, before.start, isPlainSpace);
  return opener !== undefined && openers.has(opener.word);
}

/**
 * Words that open a noun phrase, so a past form right after them qualifies its noun: `the assisted deaths`, `its planned
 * sale`; a preposition's object too, since no verb follows a preposition at once: `on exposed coasts`, `by armed men`.
 */
const NOUN_OPENERS: ReadonlySet<string> = new Set(["the", "The", "a", "A", "an", "An", "its", "Its", "their", "Their", "our", "Our", ...PREPOSITIONS]);
/** Words that may stand between an opener and the past form it qualifies: `the first assisted deaths`, not `which first reported`. */
const BETWEEN_OPENER: ReadonlySet<string> = new Set(["first", "long", "much", "newly"]);

/** A noun phrase's opener right before the word at `start`, or before one of `BETWEEN_OPENER`: no past verb, a qualifier. */
const afterDeterminer = (words: string, start: number) => afterOneOf(words, start, NOUN_OPENERS, (w) => BETWEEN_OPENER.has(w));

/** Words before a singular noun: `the company cut`. */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(["the", "The", "a", "A", "an", "An", "this", "This", "that", "That", "its", "Its", "his", "His", "her", "Her"]);

/**
 * `she`, `it`, a name that is no plural (`Kovac`, not `Rovers`) or closed-class word, or a noun that is no
 * plural after `the` and before an object (`the company cut 500 jobs`, not `the rate cut takes effect`):
 * the present after it would end in -s, so an unchanged form (`Kovac beat`) is past.
 */
function singularSubject(word: string, determiner: string, withObject: boolean): boolean {
  if (word === "he" || word === "she" || word === "it" || word === "He" || word === "She" || word === "It") return true;
  const first = word.codePointAt(0);
  if (first === undefined || !isLetter(first) || word.length < 2 || word.endsWith("s") || isStopword(word)) return false;
  return !isLower(first) || (withObject && SINGULAR_DETERMINERS.has(determiner));
}

/**
 * An object opens after `end`: a number, a name, or a determiner (`cut 500 jobs`, `hit the coast`); or a phrasal
 * verb's particle does, which a noun is not followed by (`let go of 2,500 staff`, `shut down the plant`).
 */
function objectFollows(words: string, end: number): boolean {
  const next = /^ +([\p{L}\d$£€]+)/u.exec(words.slice(end, end + 16))?.[1];
  if (next === undefined) return false;
  return /^[\d$£€\p{Lu}]/u.test(next) || /^(?:the|a|an|its|his|her|their|some|all|more|about|nearly|almost|over|go|up|down|off|out|back)$/.test(next);
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95;
}
