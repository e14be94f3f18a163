import { abbreviatedRegionName } from "../text/abbreviations.js";
import type { Span } from "../text/positions.js";
import type { NameToken } from "./name-tokens.js";

const PARTIES: Readonly<Record<string, string>> = { D: "Democrat", R: "Republican", I: "independent" };
/** A tag's first word: its party's letter, a hyphen, and the capital of the place (`R-Lowell`, `D-N` of `D-N.Y.`). */
const TAG_START = /^([DRI])-\p{Lu}/u;
/** The tokens a tag's place may run to: `R-Richland Township`, `D-N.Y.` as the tokenizer cuts it. */
const MAX_TAG_TOKENS = 5;

export interface PartyTag {
  /** `Republican from Texas`: the party, and the state or town the lawmaker sits for. */
  readonly role: string;
  /** The place as written (`Calif`, `Richland Township`), its span, and its full name where written short (`California`). */
  readonly place: Span & { readonly written: string; readonly name?: string };
  /** The token after the tag's closing comma or bracket. */
  readonly next: number;
}

/**
 * `Sen. Ann Lowe, D-Austin,`, `Rep. Al Fox (R-Calif.)`, `Sen. Jo Ames, I-Vt.`: a US lawmaker's party and home set off
 * by commas or brackets after the name, whose comma or bracket is token `at`. A town's name is as good as a state's
 * there (`R-Lowell`), where no other word stands so.
 */
export function partyTagAt(tokens: readonly NameToken[], at: number, sentenceEnd: number, text: string): PartyTag | undefined {
  const open = tokens[at]?.text;
  const first = tokens[at + 1];
  if ((open !== "," && open !== "(") || first === undefined) return undefined;
  const party = TAG_START.exec(first.text)?.[1];
  if (party === undefined) return undefined;
  let k = at + 2;
  while (k < sentenceEnd && k - at <= MAX_TAG_TOKENS && (tokens[k]!.text === "." || (tokens[k]!.kind === "word" && /^\p{Lu}/u.test(tokens[k]!.text)))) k++;
  const close = tokens[k]?.text;
  const closed = open === "(" ? close === ")" : close === "," || close === ";" || k >= sentenceEnd;
  if (!closed) return undefined;
  const start = first.start + 2;
  let end = tokens[k - 1]!.end;
  let written = text.slice(start, end);
  // (an abbreviation's last stop, or the sentence's after a tag that ends it, is no part of the place: `Calif.`,
  // `said Sen. Jo Ames, R-Lowell.`; initials keep theirs: `N.Y.`)
  if (written.endsWith(".") && !written.slice(0, -1).includes(".")) {
    written = written.slice(0, -1);
    end--;
  }
  const name = abbreviatedRegionName(written);
  return { role: `${PARTIES[party]!} from ${name ?? written}`, place: { start, end, written, ...(name !== undefined ? { name } : {}) }, next: k + 1 };
}
