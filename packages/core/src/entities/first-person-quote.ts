import { wordBefore } from "../text/word-before.js";
import { isSpeechVerb } from "../text/speech-verbs.js";

/** How far back the quotation's opening mark may stand from its closing one. */
const QUOTE_REACH = 600;

/** `I`, `I'm`, `me`, `my`, `myself`, `mine`, standing as words. */
const FIRST_PERSON = /(?<![\p{L}\p{N}'’-])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)(?![\p{L}\p{N}'’-])/u;

/** A space within a line; not `chars.isSpace`, which passes line breaks: a quotation that ends one paragraph is not the next one's name's. */
const isLineSpace = (code: number) => code === 32 || code === 9 || code === 160;

/**
 * `"I wanted to win," Ito told NHK`, `"My knee hurt," said Ito`: the quotation that closes right before the name at
 * `nameStart`, or before its speech verb there, speaks as `I`. A body's statement says `we`, so such a voice is a person's.
 */
export function speaksInFirstPerson(text: string, nameStart: number): boolean {
  const verb = wordBefore(text, 0, nameStart, isLineSpace);
  let at = verb !== undefined && isSpeechVerb(verb.word) ? verb.start : nameStart;
  while (at > 0 && isLineSpace(text.charCodeAt(at - 1))) at--;
  const close = text[at - 1];
  if (close !== "”" && close !== '"') return false;
  const opening = close === "”" ? "“" : '"';
  const open = text.lastIndexOf(opening, at - 2);
  if (open < 0 || at - open > QUOTE_REACH) return false;
  return FIRST_PERSON.test(text.slice(open + 1, at - 1));
}
