interface Kept<T> {
  /** Where the paragraph started when the value was computed. */
  readonly start: number;
  readonly value: T;
}

/**
 * Per-paragraph results one analysis of a document keeps for the next, by a key that holds everything a result
 * depends on (the paragraph's words and their setting), so an edit computes again only what it changed. A result kept
 * for a paragraph that has moved is shifted to where it stands now. Each analysis keeps only the results it read, so
 * the memo holds no more than one document's paragraphs.
 */
export class ParagraphMemo<T> {
  private kept = new Map<string, Kept<T>>();
  private used = new Map<string, Kept<T>>();

  constructor(private readonly shift: (value: T, by: number) => T) {}

  /** The result for `key`, kept from the last analysis (moved to `start`) or computed now. */
  read(key: string, start: number, compute: () => T): T {
    const known = this.used.get(key) ?? this.kept.get(key);
    if (known === undefined) {
      const value = compute();
      this.used.set(key, { start, value });
      return value;
    }
    this.used.set(key, known);
    return known.start === start ? known.value : this.shift(known.value, start - known.start);
  }

  /** Ends an analysis: what it did not read is dropped. */
  settle(): void {
    this.kept = this.used;
    this.used = new Map();
  }
}
