import { startsLower } from "../text/chars.js";
import { isSentenceOpener } from "../text/stopwords.js";
import { CLASS_NOUNS, INSTITUTION_CONNECTORS } from "./lexicon.js";
import type { NameToken } from "./name-tokens.js";

/** Verbs of leading or making a body, and the office each gives whoever does it: `who heads the trust` → `head of`. */
const OFFICE_OF_VERB: ReadonlyMap<string, string> = new Map([
  ["leads", "leader"],
  ["heads", "head"],
  ["chairs", "chair"],
  ["directs", "director"],
  ["manages", "manager"],
  ["coaches", "coach"],
  ["captains", "captain"],
  ["edits", "editor"],
  ["owns", "owner"],
  ["founded", "founder"],
  ["co-founded", "co-founder"],
]);
/** The token of a body's noun right after the name ending at token `last`, perhaps after one other word: `the Kelvar grocery chain`. */
function bodyNounEnd(tokens: readonly NameToken[], last: number, sentenceEnd: number): number | undefined {
  for (let k = last + 1; k <= last + 2 && k < sentenceEnd && tokens[k]!.kind === "word" && startsLower(tokens[k]!.text); k++) {
    if (CLASS_NOUNS.get(tokens[k]!.text) === "organization") return k;
  }
  return undefined;
}
/** Lower-case words that may join the words of a body's name: `Council on Foreign Relations`, `Bank of England`. */
const NAME_GLUE: ReadonlySet<string> = new Set([...INSTITUTION_CONNECTORS, "and", "&"]);

/**
 * `Dale Whitcombe, who leads the Ohio Environmental Council,`: a relative clause whose verb leads or founds a body
 * named right after it gives the person the office (`leader of the Ohio Environmental Council`). The comma is token
 * `comma`; only a name is taken, not `who runs a bakery` or `who leads the campaign`.
 */
export function relativeRoleAt(tokens: readonly NameToken[], comma: number, sentenceEnd: number, text: string): string | undefined {
  if (tokens[comma]?.text !== "," || tokens[comma + 1]?.text !== "who") return undefined;
  if (tokens[comma + 2] === undefined) return undefined;
  // (`co-founded` is two tokens, a hyphen before the second)
  const verbEnd = tokens[comma + 3]?.hyphenBefore === true ? comma + 3 : comma + 2;
  const office = officeOfVerb(tokens, comma + 2, verbEnd);
  if (office === undefined) return undefined;
  let i = verbEnd + 1;
  const start = i;
  if (tokens[i]?.text === "the") i++;
  let last = -1;
  while (i < sentenceEnd) {
    const t = tokens[i]!;
    if (t.kind === "word" && /^\p{Lu}/u.test(t.text)) last = i;
    else if (!(NAME_GLUE.has(t.text) && last >= 0)) break;
    // (`the Bank of England's`: a possessive ends the name and makes it another thing's owner)
    if (t.possessive) return undefined;
    i++;
  }
  if (last < 0) return undefined;
  // (`who founded the Kelvar grocery chain`: the name may only qualify a body's noun after it)
  last = bodyNounEnd(tokens, last, sentenceEnd) ?? last;
  return `${office} of ${text.slice(tokens[start]!.start, tokens[last]!.end).replace(/\s+/g, " ")}`;
}

/** The office of the verb at tokens `[from, to]`: two tokens are a hyphenated verb (`co-founded`). */
function officeOfVerb(tokens: readonly NameToken[], from: number, to: number): string | undefined {
  return OFFICE_OF_VERB.get(from === to ? tokens[from]!.text : `${tokens[from]!.text}-${tokens[to]!.text}`);
}

/**
 * The name at token `start` is what `who leads`, `who founded` takes (`who founded Veltrix`): a body someone leads or
 * made. (After `the`, the article already tells a body's name.)
 */
export function ledByWho(tokens: readonly NameToken[], start: number): boolean {
  const verbEnd = start - 1;
  const verbStart = tokens[verbEnd]?.hyphenBefore === true ? verbEnd - 1 : verbEnd;
  return verbStart > 0 && tokens[verbStart - 1]!.text === "who" && officeOfVerb(tokens, verbStart, verbEnd) !== undefined;
}

/** Verbs of being or serving that give the role after them: `who is`, `who serves as`. */
const COPULAS: ReadonlySet<string> = new Set(["is", "was", "remains"]);
const SERVES_AS: ReadonlySet<string> = new Set(["serves", "served", "works", "worked", "acts", "acted"]);
/** Adverbs of time that may stand between the verb and the role: `who is also`, `who was then`. */
const TIME_ADVERBS: ReadonlySet<string> = new Set(["also", "now", "currently", "still", "then", "formerly"]);

/**
 * `Ana Ruiz, who is vice-president of the Velmar Farmers Union,`: a relative clause that only says what the person is or
 * serves as. Returns the token where the role it says starts (to be read as an appositive is), the comma being token `comma`.
 */
export function copularRoleStart(tokens: readonly NameToken[], comma: number): number | undefined {
  if (tokens[comma]?.text !== "," || tokens[comma + 1]?.text !== "who") return undefined;
  return roleAfterCopula(tokens, comma + 2);
}

/**
 * `Ivo Lusk is a former housing minister.`: a name that opens its sentence (token `start`, perhaps after an adverb that
 * opens it: `Then`) before a verb of being or serving, whose role is said after the verb. Returns the token where the
 * role starts, to be read as an appositive is.
 */
export function predicateRoleStart(tokens: readonly NameToken[], start: number, end: number, sentenceStart: number): number | undefined {
  for (let k = sentenceStart; k < start; k++) if (!isSentenceOpener(tokens[k]!.text)) return undefined;
  return roleAfterCopula(tokens, end);
}

/** The token after the verb of being or serving at token `verb` (`is`, `has been`, `serves as`) and a time adverb after it. */
function roleAfterCopula(tokens: readonly NameToken[], verb: number): number | undefined {
  const word = tokens[verb]?.text ?? "";
  // (`who has been`, `who had been`: the perfect of being says what they are as `who is` does)
  const perfect = (word === "has" || word === "had") && tokens[verb + 1]?.text === "been";
  let i = COPULAS.has(word) ? verb + 1 : perfect || (SERVES_AS.has(word) && tokens[verb + 1]?.text === "as") ? verb + 2 : undefined;
  if (i === undefined) return undefined;
  if (TIME_ADVERBS.has(tokens[i]?.text ?? "")) i++;
  return i;
}
