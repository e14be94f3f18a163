import { compareQuotes, quoteWordHashes, type QuoteLinkKind } from "./quote-links.js";
import type { QuoteSummary } from "./summary.js";
import { byUri, entryOf } from "./collections.js";

export interface QuoteLink {
  readonly kind: QuoteLinkKind;
  readonly excerpt: boolean;
  readonly a: { readonly uri: string; readonly quote: QuoteSummary };
  readonly b: { readonly uri: string; readonly quote: QuoteSummary };
  /** Words only in a, only in b. */
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
}

/** Quotes are compared only when they share a run of this many words. */
const SHINGLE = 4;
/** A run of words shared by more quotes than this is a stock phrase, not a quotation's provenance. */
const MAX_POSTING = 50;

/** A quote as the index holds it; its shingles are hashed again when needed rather than kept (a million in a large workspace). */
interface QuoteRef {
  readonly uri: string;
  quote: QuoteSummary;
}

const byPlace = (l: QuoteLink, m: QuoteLink) => byUri(l.a, m.a) || l.a.quote.span.start - m.a.quote.span.start || byUri(l.b, m.b) || l.b.quote.span.start - m.b.quote.span.start;

/**
 * A 30-bit hash of the `SHINGLE` words from `at`. Thirty bits keep it a small integer, which a Map keys
 * without allocating; the few collisions among a workspace's million shingles only cost a comparison each.
 */
function shingleHash(hashes: readonly number[], at: number): number {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let i = at; i < at + SHINGLE; i++) {
    a = Math.imul(a ^ hashes[i]!, 0x01000193);
    b = Math.imul(b ^ hashes[i]!, 0xc2b2ae35) ^ (b >>> 15);
  }
  return (a ^ Math.imul(b, 0x27d4eb2d)) >>> 2;
}

/** Hashes of a quote's runs of `SHINGLE` words, each once. */
function shinglesOf(text: string): number[] {
  const hashes = quoteWordHashes(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= hashes.length; i++) out.add(shingleHash(hashes, i));
  return [...out];
}

/**
 * Quotation provenance across the workspace, kept up to date one article at a time. Two quotes of
 * different articles are linked when they share a run of words that few quotes share and
 * `compareQuotes` finds them one quotation; an article added or removed costs the comparisons of its
 * own quotes (and of the quotes whose shared run it made common or rare again), not a pass over every quote.
 */
export class QuoteIndex {
  /** Quotes by shingle: most shingles belong to one quote and keep it bare, not in a list. */
  private readonly postings = new Map<number, QuoteRef | QuoteRef[]>();
  private readonly refsOf = new Map<string, QuoteRef[]>();
  private readonly links = new Map<QuoteRef, Map<QuoteRef, QuoteLink>>();
  /** Quotes added since the last `settle`, with their shingles. */
  private readonly added = new Map<QuoteRef, readonly number[]>();
  /** Shingles whose quotes crossed `MAX_POSTING`, either way, since the last `settle`. */
  private readonly crossed = new Set<number>();
  private sorted: QuoteLink[] | undefined;

  add(uri: string, quotes: readonly QuoteSummary[]): void {
    const refs: QuoteRef[] = [];
    for (const quote of quotes) {
      const shingles = shinglesOf(quote.text);
      if (shingles.length === 0) continue;
      const ref: QuoteRef = { uri, quote };
      refs.push(ref);
      this.added.set(ref, shingles);
      for (const s of shingles) {
        const list = this.postings.get(s);
        if (list === undefined) this.postings.set(s, ref);
        else if (!Array.isArray(list)) this.postings.set(s, [list, ref]);
        else if (list.push(ref) === MAX_POSTING + 1) this.crossed.add(s);
      }
    }
    if (refs.length > 0) this.refsOf.set(uri, refs);
  }

  remove(uri: string): void {
    for (const ref of this.refsOf.get(uri) ?? []) {
      this.added.delete(ref);
      for (const s of shinglesOf(ref.quote.text)) {
        const list = this.postings.get(s);
        if (!Array.isArray(list)) {
          this.postings.delete(s);
          continue;
        }
        list.splice(list.indexOf(ref), 1);
        if (list.length === MAX_POSTING) this.crossed.add(s);
        else if (list.length === 1) this.postings.set(s, list[0]!);
      }
      for (const other of [...(this.links.get(ref)?.keys() ?? [])]) this.unlink(ref, other);
    }
    this.refsOf.delete(uri);
  }

  /** Points an article's links at its new quotes, which have the same ids and words as before. */
  replace(uri: string, quotes: readonly QuoteSummary[]): void {
    for (const ref of this.refsOf.get(uri) ?? []) {
      const quote = quotes.find((q) => q.id === ref.quote.id)!;
      ref.quote = quote;
      for (const link of this.links.get(ref)?.values() ?? []) {
        const l = link as { a: QuoteLink["a"]; b: QuoteLink["b"] };
        if (l.a.uri === uri) l.a = { uri, quote };
        if (l.b.uri === uri) l.b = { uri, quote };
      }
    }
    this.sorted = undefined;
  }

  /** Compares what `add` and `remove` left to compare. */
  settle(): void {
    const pairs = new Map<QuoteRef, Set<QuoteRef>>();
    const consider = (x: QuoteRef, y: QuoteRef) => {
      if (x.uri === y.uri) return;
      const [a, b] = x.uri < y.uri ? [x, y] : [y, x];
      entryOf(pairs, a, () => new Set()).add(b);
    };
    for (const s of this.crossed) {
      const list = this.postings.get(s);
      if (!Array.isArray(list)) continue;
      if (list.length > MAX_POSTING) {
        // grown common: its quotes stay linked only through another, rarer run they share
        if (this.links.size === 0) continue;
        let here: Set<QuoteRef> | undefined;
        for (const x of list) {
          const linked = this.links.get(x);
          if (linked === undefined) continue;
          here ??= new Set(list);
          for (const y of [...linked.keys()]) if (here.has(y) && !this.shareRareRun(x, y)) this.unlink(x, y);
        }
      } else {
        // rare again: any two of its quotes may now be linked
        for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) consider(list[i]!, list[j]!);
      }
    }
    // each shared run once, for the pairs a new quote takes part in
    const seen = new Set<number>();
    for (const shingles of this.added.values()) {
      for (const s of shingles) {
        const list = this.postings.get(s);
        if (!Array.isArray(list) || list.length > MAX_POSTING || seen.has(s)) continue;
        seen.add(s);
        for (let i = 0; i < list.length; i++) {
          const fresh = this.added.has(list[i]!);
          for (let j = i + 1; j < list.length; j++) if (fresh || this.added.has(list[j]!)) consider(list[i]!, list[j]!);
        }
      }
    }
    this.crossed.clear();
    this.added.clear();
    for (const [a, bs] of pairs) {
      for (const b of bs) {
        if (this.links.get(a)?.has(b)) continue;
        const c = compareQuotes(a.quote.text, b.quote.text);
        if (c === undefined) continue;
        const link: QuoteLink = { kind: c.kind, excerpt: c.excerpt, a: { uri: a.uri, quote: a.quote }, b: { uri: b.uri, quote: b.quote }, onlyInA: c.onlyInFirst, onlyInB: c.onlyInSecond };
        entryOf(this.links, a, () => new Map()).set(b, link);
        entryOf(this.links, b, () => new Map()).set(a, link);
        this.sorted = undefined;
      }
    }
  }

  private unlink(x: QuoteRef, y: QuoteRef): void {
    for (const [from, to] of [[x, y], [y, x]] as const) {
      const linked = this.links.get(from);
      // a quote without links keeps no map: most never have one
      if (linked?.delete(to) && linked.size === 0) this.links.delete(from);
    }
    this.sorted = undefined;
  }

  private shareRareRun(x: QuoteRef, y: QuoteRef): boolean {
    const theirs = new Set(shinglesOf(y.quote.text));
    return shinglesOf(x.quote.text).some((s) => {
      const list = this.postings.get(s);
      return theirs.has(s) && Array.isArray(list) && list.length <= MAX_POSTING;
    });
  }

  /** Every link, by the place of its first quote. */
  all(): readonly QuoteLink[] {
    if (this.sorted === undefined) {
      const all = new Set<QuoteLink>();
      for (const map of this.links.values()) for (const link of map.values()) all.add(link);
      this.sorted = [...all].sort(byPlace);
    }
    return this.sorted;
  }

  /** The links of one quote, by place. */
  of(uri: string, quoteId: string): QuoteLink[] {
    const ref = this.refsOf.get(uri)?.find((r) => r.quote.id === quoteId);
    const map = ref === undefined ? undefined : this.links.get(ref);
    return map === undefined ? [] : [...map.values()].sort(byPlace);
  }

  /** How many links join each pair of articles: `counts.get(a)?.get(b)`. */
  linkedArticles(uri: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const ref of this.refsOf.get(uri) ?? []) {
      for (const other of this.links.get(ref)?.keys() ?? []) counts.set(other.uri, (counts.get(other.uri) ?? 0) + 1);
    }
    return counts;
  }
}
