import { possessiveAt } from "./name-tokens.js";

export const LIST_COMMA = /^\s*,\s*$/;
const LIST_COORDINATOR = /^\s*,?\s+(?:and|or)\s+$/;

/** A name where the text writes it, and the sentence it stands in. */
interface PlacedName {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/**
 * The lists of names in `names` (in text order), as `[from, to)` index ranges: names of one sentence set off by
 * commas and closed by `and` or `or`, as a comma alone also ends a clause; not two names with a comma before their
 * `and`, which are two clauses (`in Paris, and Larsen won`), nor an owner, as the list is of what it owns
 * (`Mahler's Ninth Symphony and Elgar's Cello Concerto`).
 */
export function nameLists(names: readonly PlacedName[], text: string): [number, number][] {
  const lists: [number, number][] = [];
  let from = 0;
  while (from < names.length) {
    let to = from + 1;
    let coordinated = false;
    while (to < names.length && names[to]!.sentence === names[from]!.sentence) {
      if (possessiveAt(text, names[to]!.end)) break;
      const between = text.slice(names[to - 1]!.end, names[to]!.start);
      const joined = LIST_COORDINATOR.test(between);
      if (!joined && !LIST_COMMA.test(between)) break;
      coordinated ||= joined;
      to++;
    }
    if (coordinated && !(to - from === 2 && text.slice(names[from]!.end, names[from + 1]!.start).includes(","))) lists.push([from, to]);
    from = to;
  }
  return lists;
}
