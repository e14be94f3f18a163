import { COURTESY_TITLE, isFirstName } from "../entities/lexicon.js";

/** A subheading is a few words: a longer line is a sentence that lost its stop. */
const SUBHEADING_MAX_WORDS = 12;

/**
 * A line that may head the body's paragraphs under it (`What happens next`, `2. Norvex to cut 900 jobs`): a few words
 * opening with a capital or a number and ending without a sentence's stop or a list's comma (a question may head the
 * answer under it: `Who is signing?`).
 */
export function isSubheadingLine(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  return (
    words.length <= SUBHEADING_MAX_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    /\p{L}/u.test(text) &&
    (!/[.!,;:…"”’)\]]$/u.test(text) || LABELLED_QUOTE.test(text)) &&
    !asksInTranscript(text) &&
    !isSignature(words)
  );
}

/** `Mayor: "We have never seen anything like it"`: a headline's words quoted whole after their speaker's label, no sentence. */
const LABELLED_QUOTE = /^[^"“:]{1,40}:\s*["“][^"“”]+[^"“”.,!?]["”]$/u;

/** `Q: Why count every bird?`, `TH: Are there offers?`: an interviewer's question under a speaker's label, the transcript's own line. */
function asksInTranscript(text: string): boolean {
  return text.endsWith("?") && /^[^\s:]+(?:\s[^\s:]+){0,2}:\s/u.test(text);
}

/** `Ana Ruiz, Orsel`, `Dr Kai Moss, Sarno`: a letter's writer and their town, a given name opening the words before a comma. */
function isSignature(words: readonly string[]): boolean {
  const from = COURTESY_TITLE.test(words[0]!) ? 1 : 0;
  const comma = words.findIndex((w) => w.endsWith(","));
  return comma >= from && isFirstName(words[from]!.replace(/,$/, ""));
}
