/** Stands for an answer of `undefined`, so that a remembered miss costs one map lookup, not two. */
const NONE: unique symbol = Symbol("none");

/**
 * Answers remembered by the question as asked, all forgotten at once past `limit` of them (a long session
 * of edits): analysis asks about the same few names many times over, across an article and a workspace.
 */
export class Answers<K, V> {
  private readonly known = new Map<K, V | typeof NONE>();

  constructor(
    private readonly answer: (question: K) => V,
    private readonly limit = 50_000,
  ) {}

  get(question: K): V {
    const known = this.known.get(question);
    if (known !== undefined) return (known === NONE ? undefined : known) as V;
    const value = this.answer(question);
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(question, value === undefined ? NONE : value);
    return value;
  }
}
