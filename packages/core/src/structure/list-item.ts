/** A list's item is a few words: a longer line is a paragraph of its own. */
const LIST_ITEM_MAX_WORDS = 12;

/** A bullet or a number opening a list's item: `- `, `• `, `* `, `1. `, `2) `. */
const LIST_MARK = /^(?:[-–•*]|\d{1,2}[.)])\s/u;

/**
 * A line that may be an item of a list or a row of a table (`- a new bus lane`, `Mara Velt (Green) 1,204`): one opening
 * with a bullet or a number, or a few words ending without a sentence's stop.
 */
export function isListItemLine(line: string): boolean {
  const text = line.trim();
  return LIST_MARK.test(text) || (text.split(/\s+/).length <= LIST_ITEM_MAX_WORDS && !/[.!?…"”’]$/u.test(text));
}

/** A line that introduces a list under it: `The plan includes:`, `Result:`. */
function introducesList(line: string): boolean {
  return line.trimEnd().endsWith(":");
}

/** A list's items and a table's rows stand line under line: `line` is one, under a line that introduces it or under another item. */
export function continuesList(line: string, above: string): boolean {
  return isListItemLine(line) && (introducesList(above) || isListItemLine(above));
}
