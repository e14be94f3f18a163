import { classified } from "./classify.js";
import type { Candidate } from "./candidates.js";
import { isFirstName } from "./lexicon.js";
import { isUpper } from "../text/chars.js";
import { NICKNAME_WORDS } from "../text/sentences.js";

/** The quotation marks a nickname may be set in, opening and closing. */
const NICKNAME_MARKS = [['"', '"'], ["“", "”"], ["'", "'"], ["‘", "’"]] as const;
/** A nickname in quotation marks of one kind, opening with a capital or `the`, and the space after it. */
const QUOTED_NICKNAME = new RegExp(
  String.raw`^\s+(?:${NICKNAME_MARKS.map(([open, close]) => String.raw`${open}((?:[Tt]he\s+)?\p{Lu}[^${close}\n]{0,30})${close}`).join("|")})\s+`,
  "u",
);
/** What a nickname may not hold: a clause's punctuation, which shows a quotation. */
const CLAUSE_MARK = /[,.;:!?]/;

/**
 * `Joaquín "El Chapo" Guzmán`, `Julio ‘The Bull’ Castañeda`: a given name, a nickname in quotation marks and a surname
 * are one person's name. The candidates read in it (the given name, the nickname, the surname) become one person, whose
 * name leaves the nickname out and carries it, so that the nickname written alone later names the person too.
 */
export function joinQuotedNicknames(text: string, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const given = candidates[i]!;
    if (given.words.length !== 1 || !isFirstName(given.name)) continue;
    const quoted = quotedNicknameAt(text, given.end);
    if (quoted === undefined) continue;
    const { nickname } = quoted;
    const surnameStart = quoted.end;
    let k = i + 1;
    while (k < candidates.length && candidates[k]!.end <= surnameStart) k++;
    const surname = candidates[k];
    // (the candidates skipped over lie inside the quotation marks: the nickname, read as a name of its own)
    if (surname === undefined || surname.start !== surnameStart || (surname.cls.confidence === "known" && surname.cls.type !== "person")) continue;
    const words = [given.name, ...surname.words];
    const person: Candidate = {
      ...given,
      name: words.join(" "),
      words,
      end: surname.end,
      cls: classified("person", "evidence"),
      roles: [...given.roles, ...surname.roles],
      nickname,
    };
    candidates.splice(i, k - i + 1, person);
  }
}

/** The nickname in quotation marks right after a given name ending at `end`, and where the word after it starts. */
function quotedNicknameAt(text: string, end: number): { readonly nickname: string; readonly end: number } | undefined {
  const quoted = QUOTED_NICKNAME.exec(text.slice(end, end + 48));
  const nickname = quoted?.slice(1).find((g) => g !== undefined)?.trim();
  if (quoted === null || nickname === undefined || CLAUSE_MARK.test(nickname) || nickname.split(/\s+/).length > NICKNAME_WORDS) return undefined;
  return { nickname, end: end + quoted[0].length };
}

/** Whether a nickname in quotation marks and then a capitalised word follow a given name ending at `end`. */
export function nicknameOpensName(text: string, end: number): boolean {
  const quoted = quotedNicknameAt(text, end);
  return quoted !== undefined && isUpper(text.codePointAt(quoted.end) ?? 0);
}
