import type { EntityType, MentionKind } from "../entities/types.js";
import { LineIndex, type Range, type Span } from "../text/positions.js";
import type { ReferenceDate } from "../dates/resolve.js";
import type { Draft } from "../draft.js";
import type { ArticleSummary, EntitySummary, LinkedEntity, MentionSummary, QuoteSummary } from "./summary.js";

/**
 * How the corpus holds a summary between questions: mentions and quotes keep only their offsets and read
 * their text and LSP range from the article's text when asked. A mention costs a few numbers instead of
 * five objects and a string, which is what lets ten thousand articles fit in a few hundred megabytes.
 */
class Source {
  /** Built when stored: a workspace-wide reference list reads thousands of articles' ranges at once. */
  readonly lines: LineIndex;
  constructor(
    readonly text: string,
    /** Every mention of the article: `STRIDE` numbers each (start, end, kind and flags). */
    readonly packed: Int32Array,
  ) {
    this.lines = new LineIndex(text);
  }
}

const KINDS: readonly MentionKind[] = ["name", "partial", "alias", "acronym", "description", "pronoun"];
const MISSPELLING = 8;
/** Numbers per mention in `Source.packed`. */
const STRIDE = 3;

/** A stretch of a stored article: its text and LSP range are read from the article when asked. */
class StoredSpan {
  constructor(
    protected readonly source: Source,
    readonly span: Span,
  ) {}

  get text(): string {
    return this.source.text.slice(this.span.start, this.span.end);
  }

  get range(): Range {
    return this.source.lines.rangeOf(this.span);
  }
}

class StoredMention extends StoredSpan implements MentionSummary {
  constructor(
    source: Source,
    span: Span,
    readonly kind: MentionKind,
    readonly misspelling: boolean | undefined,
  ) {
    super(source, span);
  }
}

/** A stored entity, with what linking asks of every entity kept ready instead of read from its mentions. */
export class StoredEntity implements LinkedEntity {
  constructor(
    private readonly source: Source,
    readonly id: string,
    readonly name: string,
    readonly type: EntityType,
    readonly roles: readonly string[],
    readonly aliases: readonly string[],
    /** This entity's mentions in `source.packed`, from and to (exclusive). */
    private readonly from: number,
    private readonly to: number,
    /** How the article writes its name: names, aliases and acronyms, misspellings left out. */
    readonly forms: readonly string[],
    readonly misspelt: boolean,
  ) {}

  get mentionCount(): number {
    return (this.to - this.from) / STRIDE;
  }

  ranges(): Range[] {
    const { packed, lines } = this.source;
    const out: Range[] = [];
    for (let i = this.from; i < this.to; i += STRIDE) out.push({ start: lines.positionAt(packed[i]!), end: lines.positionAt(packed[i + 1]!) });
    return out;
  }

  get mentions(): readonly MentionSummary[] {
    const { packed } = this.source;
    const out: MentionSummary[] = [];
    for (let i = this.from; i < this.to; i += STRIDE) {
      const flags = packed[i + 2]!;
      out.push(new StoredMention(this.source, { start: packed[i]!, end: packed[i + 1]! }, KINDS[flags & 7]!, flags & MISSPELLING ? true : undefined));
    }
    return out;
  }
}

class StoredQuote extends StoredSpan implements QuoteSummary {
  constructor(
    source: Source,
    span: Span,
    readonly id: string,
    readonly speaker: string | null,
    readonly speakers: readonly string[],
    readonly speakerName: string | null,
    readonly partial: boolean,
  ) {
    super(source, span);
  }
}

export interface StoredSummary extends ArticleSummary {
  readonly entities: readonly StoredEntity[];
}

const WRITTEN_NAME: ReadonlySet<MentionKind> = new Set(["name", "alias", "acronym"]);

/**
 * One copy of each string and list the workspace repeats: ten thousand articles name the same few
 * thousand entities, and a summary from a worker arrives with its own copies of every id and name.
 */
export class Interner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

  /** Past this many entries (a long session of edits) it starts afresh: sharing is an economy, not a rule. */
  constructor(private readonly limit = 500_000) {}

  string(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    if (this.strings.size >= this.limit) this.strings.clear();
    this.strings.set(s, s);
    return s;
  }

  list(items: readonly string[]): readonly string[] {
    const key = items.join("\u0000");
    const known = this.lists.get(key);
    if (known !== undefined) return known;
    if (this.lists.size >= this.limit) this.lists.clear();
    const list = Object.freeze(items.map((x) => this.string(x)));
    this.lists.set(key, list);
    return list;
  }
}

/**
 * A summary as plain, compact data: every mention's offsets in one array, quotes as offsets. This is
 * what crosses from an indexing worker: a structured clone of a few arrays instead of six objects per
 * mention, on both sides of the thread.
 */
export interface PackedSummary {
  readonly entities: readonly PackedEntity[];
  /** Every mention of the article: `STRIDE` numbers each (start, end, kind and flags). */
  readonly mentions: Int32Array;
  readonly quotes: readonly PackedQuote[];
  readonly stamp?: string;
  readonly reference?: ReferenceDate;
}

interface PackedEntity extends Pick<EntitySummary, "id" | "name" | "type" | "roles" | "aliases"> {
  /** This entity's mentions in `mentions`, from and to (exclusive). */
  readonly from: number;
  readonly to: number;
  readonly forms: readonly string[];
  readonly misspelt: boolean;
}

type PackedQuote = Pick<QuoteSummary, "id" | "speaker" | "speakers" | "speakerName" | "partial"> & { readonly start: number; readonly end: number };

export function packSummary(summary: ArticleSummary): PackedSummary {
  const mentions = new Int32Array(summary.entities.reduce((n, e) => n + e.mentions.length, 0) * STRIDE);
  let at = 0;
  const entities = summary.entities.map((e): PackedEntity => {
    const from = at;
    for (const m of e.mentions) {
      mentions[at] = m.span.start;
      mentions[at + 1] = m.span.end;
      mentions[at + 2] = KINDS.indexOf(m.kind) | (m.misspelling ? MISSPELLING : 0);
      at += STRIDE;
    }
    const forms = [...new Set(e.mentions.filter((m) => WRITTEN_NAME.has(m.kind) && !m.misspelling).map((m) => m.text))];
    return { id: e.id, name: e.name, type: e.type, roles: e.roles, aliases: e.aliases, from, to: at, forms, misspelt: e.mentions.some((m) => m.misspelling) };
  });
  const packed: Draft<PackedSummary> = {
    entities,
    mentions,
    quotes: summary.quotes.map((q) => ({ id: q.id, start: q.span.start, end: q.span.end, speaker: q.speaker, speakers: q.speakers, speakerName: q.speakerName, partial: q.partial })),
  };
  if (summary.stamp !== undefined) packed.stamp = summary.stamp;
  if (summary.reference !== undefined) packed.reference = summary.reference;
  return packed;
}

/** The stored form of a packed summary of `text` (the text its offsets point into), its strings shared through `intern`. */
export function storeSummary(packed: PackedSummary, text: string, intern: Interner): StoredSummary {
  const source = new Source(text, packed.mentions);
  const stored: Draft<StoredSummary> = {
    entities: packed.entities.map(
      (e) =>
        new StoredEntity(source, intern.string(e.id), intern.string(e.name), e.type, intern.list(e.roles), intern.list(e.aliases), e.from, e.to, intern.list(e.forms), e.misspelt),
    ),
    quotes: packed.quotes.map(
      (q) =>
        new StoredQuote(
          source,
          { start: q.start, end: q.end },
          intern.string(q.id),
          q.speaker === null ? null : intern.string(q.speaker),
          intern.list(q.speakers),
          q.speakerName === null ? null : intern.string(q.speakerName),
          q.partial,
        ),
    ),
  };
  if (packed.stamp !== undefined) stored.stamp = packed.stamp;
  if (packed.reference !== undefined) stored.reference = packed.reference;
  return stored;
}

/** Whether any mention misspells the entity, without reading a stored entity's mentions back. */
export function hasMisspelling(entity: EntitySummary): boolean {
  return entity instanceof StoredEntity ? entity.misspelt : entity.mentions.some((m) => m.misspelling);
}
