import { AnalysisMemo } from "../analysis-memo.js";
import { analyzeArticle } from "../analyze.js";
import { parseIsoDate } from "../dates/calendar.js";
import { resolveMention } from "../dates/mentions.js";
import type { ReferenceDate } from "../dates/resolve.js";
import { AliasTable } from "../entities/aliases.js";
import type { EntityType } from "../entities/types.js";
import type { ArticleModel, DateMention } from "../model.js";
import { EntityLinks, type WorkspaceEntity } from "./entity-links.js";
import { QuoteIndex, type QuoteLink } from "./quote-index.js";
import { applySettings, articleChecks, sortProblems, type CheckSettings } from "../checks/run.js";
import { workspaceChecks } from "../checks/workspace.js";
import type { Problem } from "../checks/types.js";
import { Interner, packSummary, storeSummary, type StoredSummary } from "./stored.js";
import { summarize, type ArticleSummary, type PreparedArticle, type QuoteSummary } from "./summary.js";
import { byUri, entriesOfArticle, entryOf } from "./collections.js";

export type { QuoteLink, WorkspaceEntity };

/** An entity named in more articles than this is ubiquitous (a president, a capital): it makes no story of them. */
const MAX_POSTING = 64;
/** Full models kept for the articles in use (open, hovered, checked); the rest are re-analysed on demand. */
const DEFAULT_MODEL_CACHE = 128;

/** A quote and the article it stands in. */
export interface SpokenQuote {
  readonly uri: string;
  readonly quote: QuoteSummary;
}

export interface Relation {
  readonly uri: string;
  /** Shared entities and quote links, weighted: what makes two articles one story. */
  readonly score: number;
  readonly sharedEntities: readonly string[];
}

interface Document {
  readonly uri: string;
  readonly text: string;
  readonly summary: StoredSummary;
  /** The article's own problems (default severities), found when first asked or when its model leaves the cache. */
  problems?: readonly Problem[];
}

/** Two summaries of an article link alike: same date, same entities in the same order, same quotes and speakers. */
function linksAlike(a: StoredSummary, b: StoredSummary): boolean {
  if (a.stamp !== b.stamp || a.entities.length !== b.entities.length || a.quotes.length !== b.quotes.length) return false;
  const ra = a.reference;
  const rb = b.reference;
  if (ra?.source !== rb?.source || ra?.uri !== rb?.uri || ra?.date.year !== rb?.date.year || ra?.date.month !== rb?.date.month || ra?.date.day !== rb?.date.day) return false;
  for (let i = 0; i < a.entities.length; i++) {
    const x = a.entities[i]!;
    const y = b.entities[i]!;
    if (x.id !== y.id || x.name !== y.name || x.type !== y.type) return false;
  }
  for (let i = 0; i < a.quotes.length; i++) {
    const x = a.quotes[i]!;
    const y = b.quotes[i]!;
    if (x.id !== y.id || x.text !== y.text || x.speaker !== y.speaker || x.speakerName !== y.speakerName || x.partial !== y.partial || x.speakers.join("\u0000") !== y.speakers.join("\u0000")) return false;
  }
  return true;
}

const UBIQUITOUS_TYPES: ReadonlySet<EntityType> = new Set(["place", "group"]);

/**
 * The workspace: documents added, changed and removed one at a time (only a changed text is analysed
 * again); cross-article links follow on the next question, for the changed articles only. No I/O: hosts
 * feed it text.
 */
export class Corpus {
  private readonly docs = new Map<string, Document>();
  /** Most recently used last. */
  private readonly models = new Map<string, ArticleModel>();
  /** What the analysis of each model kept for the next analysis of its article, after an edit; dropped with the model. */
  private readonly memos = new Map<string, AnalysisMemo>();
  private readonly modelCacheSize: number;
  private readonly intern = new Interner();
  private aliases: AliasTable;
  private entityLinks = new EntityLinks();
  private quoteIndex = new QuoteIndex();
  /** The summary each article is linked by; articles changed since are `unlinked`. */
  private readonly linkedSummaries = new Map<string, StoredSummary>();
  private readonly unlinked = new Set<string>();
  /** By article entity id, then by article: the quotations it speaks there, in order. */
  private readonly voices = new Map<string, Map<string, QuoteSummary[]>>();
  /** Read from the links on demand and kept until they change. */
  private readonly relatedCache = new Map<string, readonly Relation[]>();
  /** By workspace entity id: kept for every entity that speaks, as the first hover on one must not wait for it. */
  private readonly spoken = new Map<string, readonly SpokenQuote[]>();
  /** Dates of undated articles resolved against a related article. */
  private readonly datesByUri = new Map<string, readonly DateMention[]>();

  constructor(options: { aliases?: AliasTable; modelCacheSize?: number } = {}) {
    this.aliases = options.aliases ?? new AliasTable();
    this.modelCacheSize = Math.max(1, options.modelCacheSize ?? DEFAULT_MODEL_CACHE);
  }

  /** Replaces the alias table (a changed `dossier.json`); every article is analysed again. */
  setAliases(aliases: AliasTable): void {
    this.aliases = aliases;
    this.models.clear();
    this.memos.clear();
    for (const doc of [...this.docs.values()]) this.docs.set(doc.uri, this.document(doc.uri, doc.text));
    this.entityLinks = new EntityLinks();
    this.quoteIndex = new QuoteIndex();
    this.linkedSummaries.clear();
    this.voices.clear();
    this.spoken.clear();
    for (const uri of this.docs.keys()) this.unlinked.add(uri);
  }

  /** Adds or updates a document; returns false when the text is unchanged (nothing to do). */
  set(uri: string, text: string): boolean {
    const existing = this.docs.get(uri);
    if (existing !== undefined && existing.text === text) return false;
    const doc = this.document(uri, text);
    this.docs.set(uri, doc);
    // an edit that leaves the article's names and quotes as they were (most keystrokes) re-links nothing
    const linked = this.linkedSummaries.get(uri);
    if (existing !== undefined && linked === existing.summary && !this.unlinked.has(uri) && linksAlike(linked, doc.summary)) this.patch(uri, doc.summary);
    else this.unlinked.add(uri);
    return true;
  }

  /**
   * Adds or updates a document read elsewhere (a worker) with `prepareArticle` and this corpus's alias
   * table; its model is analysed only if asked for. Returns false when the text is unchanged.
   */
  adopt(uri: string, text: string, prepared: PreparedArticle): boolean {
    const existing = this.docs.get(uri);
    if (existing !== undefined && existing.text === text) return false;
    this.models.delete(uri);
    this.memos.delete(uri);
    this.docs.set(uri, { uri, text, summary: storeSummary(prepared.summary, text, this.intern), problems: prepared.problems });
    this.unlinked.add(uri);
    return true;
  }

  delete(uri: string): boolean {
    const had = this.docs.delete(uri);
    this.models.delete(uri);
    this.memos.delete(uri);
    if (had) this.unlinked.add(uri);
    return had;
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  /** The article's full model: cached for the articles in use, analysed again (a few ms) for the rest. */
  get(uri: string): ArticleModel | undefined {
    const cached = this.models.get(uri);
    if (cached !== undefined) {
      this.models.delete(uri);
      this.models.set(uri, cached);
      return cached;
    }
    const doc = this.docs.get(uri);
    return doc === undefined ? undefined : this.analyze(uri, doc.text);
  }

  /** What the workspace keeps of an article without analysing it again. */
  summary(uri: string): ArticleSummary | undefined {
    return this.docs.get(uri)?.summary;
  }

  /**
   * The article's problems: its own, found when it was analysed, and the workspace's (names, linked
   * quotes), read from summaries. Only an article with no date of its own is analysed again, as its
   * dates depend on a related article.
   */
  problemsOf(uri: string, settings: CheckSettings = {}): Problem[] {
    const doc = this.docs.get(uri);
    if (doc === undefined) return [];
    // an undated article's own checks read its dates against a related article, so they are not kept
    const own = doc.summary.reference === undefined ? articleChecks(uri, this.get(uri)!, this) : (doc.problems ??= articleChecks(uri, this.get(uri)!, undefined));
    return applySettings(sortProblems([...own, ...workspaceChecks(uri, doc.summary, this, settings.preferred ?? new Map())]), settings);
  }

  private document(uri: string, text: string): Document {
    const model = this.analyze(uri, text);
    return { uri, text, summary: storeSummary(packSummary(summarize(model)), text, this.intern) };
  }

  private analyze(uri: string, text: string): ArticleModel {
    let memo = this.memos.get(uri);
    if (memo === undefined) this.memos.set(uri, (memo = new AnalysisMemo()));
    const model = analyzeArticle(text, { uri, aliases: this.aliases, memo });
    this.models.delete(uri);
    this.models.set(uri, model);
    if (this.models.size > this.modelCacheSize) {
      const [evicted, old] = this.models.entries().next().value!;
      this.models.delete(evicted);
      this.memos.delete(evicted);
      // its own problems are found now, while the model is at hand, rather than by analysing it again later
      const doc = this.docs.get(evicted);
      if (doc !== undefined && doc.problems === undefined && doc.text === old.text) doc.problems = articleChecks(evicted, old, undefined);
    }
    return model;
  }

  uris(): string[] {
    return [...this.docs.keys()].sort();
  }

  get size(): number {
    return this.docs.size;
  }

  entities(): readonly WorkspaceEntity[] {
    this.link();
    return this.entityLinks.entities();
  }

  /** The workspace entity an article's entity belongs to. */
  workspaceEntity(uri: string, entityId: string): WorkspaceEntity | undefined {
    this.link();
    return this.entityLinks.entityOf.get(uri)?.get(entityId);
  }

  quoteLinks(): readonly QuoteLink[] {
    this.link();
    return this.quoteIndex.all();
  }

  /** Links that involve one quote. */
  linksOf(uri: string, quoteId: string): readonly QuoteLink[] {
    this.link();
    return this.quoteIndex.of(uri, quoteId);
  }

  /** The quotations (not the few words quoted in a sentence) a workspace entity speaks, in URI order (`entriesOfArticle` finds one article's). */
  quotesOf(entity: WorkspaceEntity): readonly SpokenQuote[] {
    this.link();
    return this.spoken.get(entity.id) ?? [];
  }

  /** Lists again the quotes of these workspace entities, read from the few articles where each speaks. */
  private listSpoken(roots: Iterable<string>): void {
    for (const root of roots) {
      const byArticle = new Map<string, QuoteSummary[]>();
      for (const id of this.entityLinks.byId(root) === undefined ? [] : this.entityLinks.groupsOf(root)) {
        for (const [uri, quotes] of this.voices.get(id) ?? []) {
          const known = byArticle.get(uri);
          // a surname joined to a full name: one article may hold both, each speaking some of its quotes
          if (known === undefined) byArticle.set(uri, quotes);
          else byArticle.set(uri, [...new Set([...known, ...quotes])].sort((a, b) => a.span.start - b.span.start));
        }
      }
      if (byArticle.size === 0) this.spoken.delete(root);
      else this.spoken.set(root, [...byArticle.keys()].sort().flatMap((uri) => byArticle.get(uri)!.map((quote) => ({ uri, quote }))));
    }
  }

  /**
   * Articles of the same story, most related first: those sharing a quotation, or at least three named
   * people and organizations (places and groups are too common to count, as is anyone in very many articles).
   */
  related(uri: string): readonly Relation[] {
    this.link();
    let related = this.relatedCache.get(uri);
    if (related === undefined) this.relatedCache.set(uri, (related = this.findRelated(uri)));
    return related;
  }

  private findRelated(uri: string): Relation[] {
    const entityOf = this.entityLinks.entityOf.get(uri);
    const shared = new Map<string, string[]>();
    const seen = new Set<WorkspaceEntity>();
    for (const e of this.linkedSummaries.get(uri)?.entities ?? []) {
      const ws = entityOf?.get(e.id);
      if (ws === undefined || UBIQUITOUS_TYPES.has(e.type) || seen.has(ws)) continue;
      seen.add(ws);
      const others = articlesOf(ws, MAX_POSTING);
      if (others === undefined) continue;
      for (const other of others) if (other !== uri) entryOf(shared, other, () => []).push(ws.id);
    }
    const quoteLinked = this.quoteIndex.linkedArticles(uri);
    const list: Relation[] = [];
    for (const other of new Set([...shared.keys(), ...quoteLinked.keys()])) {
      const ids = shared.get(other) ?? [];
      const links = quoteLinked.get(other) ?? 0;
      if (ids.length >= 3 || links > 0) list.push({ uri: other, score: ids.length + 3 * links, sharedEntities: ids });
    }
    return list.sort((x, y) => y.score - x.score || byUri(x, y));
  }

  /** The reference date of an article: its own stamp, else that of the most related article that has one. */
  referenceOf(uri: string): ReferenceDate | undefined {
    const summary = this.summary(uri);
    if (summary === undefined) return undefined;
    if (summary.reference !== undefined) return summary.reference;
    for (const r of this.related(uri)) {
      const value = this.summary(r.uri)?.stamp;
      const date = value !== undefined ? parseIsoDate(value) : undefined;
      if (date !== undefined) return { date, source: "related", uri: r.uri };
    }
    return undefined;
  }

  /** The article's dates, with relative ones resolved against a related article when it has no date of its own. */
  datesOf(uri: string): readonly DateMention[] {
    const summary = this.summary(uri);
    if (summary === undefined) return [];
    if (summary.reference !== undefined) return this.get(uri)!.dates;
    // re-resolved once per linking, not on every hover, inlay hint and check that asks
    this.link();
    const cache = this.datesByUri;
    let dates = cache.get(uri);
    if (dates === undefined) {
      const model = this.get(uri)!;
      const reference = this.referenceOf(uri);
      dates = reference === undefined ? model.dates : model.dates.map((d) => resolveMention(d, reference));
      cache.set(uri, dates);
    }
    return dates;
  }

  /**
   * Points the links at an article's new summary when it links as the old one did (`linksAlike`): its
   * workspace entities are gathered again only where its share of them changed, and its quotes' links
   * and speakers' quote lists take the new quotes and offsets.
   */
  private patch(uri: string, summary: StoredSummary): void {
    this.entityLinks.replace(uri, summary);
    this.quoteIndex.replace(uri, summary.quotes);
    const speakers = this.hearSpeakers(uri, this.linkedSummaries.get(uri)!, false);
    for (const id of this.hearSpeakers(uri, summary, true)) speakers.add(id);
    this.linkedSummaries.set(uri, summary);
    // the same quotes, spoken by the same people: only the quote objects in their lists change
    const byId = new Map(summary.quotes.map((q) => [q.id, q]));
    for (const root of this.rootsOf(speakers)) {
      const list = (this.spoken.get(root) ?? []) as SpokenQuote[];
      const here = entriesOfArticle(list, uri);
      for (let i = here.start; i < here.end; i++) list[i] = { uri, quote: byId.get(list[i]!.quote.id)! };
    }
    this.datesByUri.delete(uri);
  }

  /** Links the articles changed since the last question, in article order (the order lists are kept in). */
  private link(): void {
    if (this.unlinked.size === 0) return;
    // speakers' quote lists change with the quotes they speak, and with the workspace entity they join
    const speakers = new Set<string>();
    for (const uri of [...this.unlinked].sort()) {
      const before = this.linkedSummaries.get(uri);
      if (before !== undefined) {
        this.entityLinks.remove(uri, before);
        this.quoteIndex.remove(uri);
        for (const id of this.hearSpeakers(uri, before, false)) speakers.add(id);
        this.linkedSummaries.delete(uri);
      }
      const after = this.docs.get(uri)?.summary;
      if (after !== undefined) {
        this.entityLinks.add(uri, after);
        this.quoteIndex.add(uri, after.quotes);
        this.linkedSummaries.set(uri, after);
        for (const id of this.hearSpeakers(uri, after, true)) speakers.add(id);
      }
    }
    this.unlinked.clear();
    const before = this.rootsOf(speakers);
    const gathered = this.entityLinks.settle();
    this.quoteIndex.settle();
    this.listSpoken(new Set([...before, ...this.rootsOf(speakers), ...[...gathered].filter((root) => this.spoken.has(root) || this.speaks(root))]));
    this.relatedCache.clear();
    this.datesByUri.clear();
  }

  private rootsOf(ids: Iterable<string>): Set<string> {
    const roots = new Set<string>();
    for (const id of ids) {
      const root = this.entityLinks.rootOfId(id);
      if (root !== undefined) roots.add(root);
    }
    return roots;
  }

  /** True when an article entity the workspace entity gathers speaks a quotation. */
  private speaks(root: string): boolean {
    return this.entityLinks.groupsOf(root).some((id) => this.voices.has(id));
  }

  /** Records, or forgets, who speaks which of an article's quotations (not the few words quoted in a sentence); returns the speakers' ids. */
  private hearSpeakers(uri: string, summary: StoredSummary, add: boolean): Set<string> {
    const speakers = new Set<string>();
    for (const quote of summary.quotes) {
      if (quote.partial) continue;
      for (const speaker of quote.speakers) {
        speakers.add(speaker);
        const byArticle = this.voices.get(speaker);
        if (!add) {
          byArticle?.delete(uri);
          if (byArticle?.size === 0) this.voices.delete(speaker);
          continue;
        }
        const quotes = entryOf(entryOf(this.voices, speaker, () => new Map<string, QuoteSummary[]>()), uri, () => []);
        if (quotes[quotes.length - 1] !== quote) quotes.push(quote);
      }
    }
    return speakers;
  }
}

/** The distinct articles naming a workspace entity, or undefined past `limit` of them. */
function articlesOf(entity: WorkspaceEntity, limit: number): string[] | undefined {
  const uris: string[] = [];
  for (const { uri } of entity.articles) {
    if (uris[uris.length - 1] === uri) continue;
    if (uris.push(uri) > limit) return undefined;
  }
  return uris;
}
