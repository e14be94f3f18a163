import type { NameToken } from "./name-tokens.js";

/** The words sport writes between two sides (`Wigan v Bolton`, `Lakers vs. Celtics`), which the law writes between a case's parties too. */
export const BETWEEN_SIDES: ReadonlySet<string> = new Set(["v", "vs.", "vs", "versus"]);

/** The words between a court case's parties: the law's own `v.`, and those sport writes too. */
const BETWEEN_PARTIES: ReadonlySet<string> = new Set(["v.", ...BETWEEN_SIDES]);

/** `Roe v. Wade`, `Brown vs. Board of Education`, `R v Ghosh`: a court case's name, one of those words between its parties. */
export const CASE_NAME = new RegExp(` (?:${[...BETWEEN_PARTIES].map((w) => w.replace(".", "\\.")).join("|")}) `);

/** Words that put a sentence in court, where `X v Y` names a case and not a match: `the judge used the test from R v Ghosh`. */
const LEGAL_WORDS: ReadonlySet<string> = new Set([
  "court", "courts", "case", "cases", "judge", "judges", "justice", "justices", "judgment", "judgement", "ruling", "ruled",
  "appeal", "appeals", "lawsuit", "lawsuits", "sued", "precedent", "precedents", "cited", "overturned", "overturn", "trial",
  "tribunal", "verdict", "law", "lawyers", "barrister", "barristers", "counsel", "litigation", "prosecution",
]);

/**
 * `Roe v. Wade`, `R v Ghosh`, `Ivey v Genting Casinos`: the word at `at` joins a court case's two parties in one name.
 * The law's `v.` always does; the others do only in a sentence about the law, or after `R`, the Crown that brings every
 * English criminal case. Elsewhere they set sides against each other (`Arsenal v Chelsea`, `Lakers vs. Celtics`).
 */
export function joinsCaseParties(tokens: readonly NameToken[], at: number): boolean {
  const word = tokens[at]?.text ?? "";
  if (!BETWEEN_PARTIES.has(word)) return false;
  return word === "v." || tokens[at - 1]?.text === "R" || tokens.some((t) => LEGAL_WORDS.has(t.text.toLowerCase()));
}
