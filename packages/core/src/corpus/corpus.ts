import { analyzeArticle } from "../analyze.js";
import { parseIsoDate } from "../dates/calendar.js";
import { resolveMention } from "../dates/mentions.js";
import type { ReferenceDate } from "../dates/resolve.js";
import { AliasTable } from "../entities/aliases.js";
import type { EntityType } from "../entities/types.js";
import type { Draft } from "../draft.js";
import type { ArticleModel, DateMention } from "../model.js";
import { compareQuotes, quoteWordHashes, type QuoteLinkKind } from "./quote-links.js";
import { applySettings, articleChecks, sortProblems, type CheckSettings } from "../checks/run.js";
import { workspaceChecks } from "../checks/workspace.js";
import type { Problem } from "../checks/types.js";
import { Interner, packSummary, storeSummary, type StoredEntity, type StoredSummary } from "./stored.js";
import { summarize, type ArticleSummary, type LinkedEntity, type PreparedArticle, type QuoteSummary } from "./summary.js";

const SHINGLE = 4;
/** An entity named in more articles than this is ubiquitous (a president, a capital): it makes no story of them. */
const MAX_POSTING = 64;
const MAX_QUOTE_POSTING = 50;
/** Full models kept for the articles in use (open, hovered, checked); the rest are re-analysed on demand. */
const DEFAULT_MODEL_CACHE = 128;

/** One entity across the workspace: the same id, or a surname that only one person in the workspace carries. */
export interface WorkspaceEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly roles: readonly string[];
  readonly aliases: readonly string[];
  /** The article-level entities it gathers. */
  readonly articles: readonly { readonly uri: string; readonly entity: LinkedEntity }[];
  readonly mentionCount: number;
  /** Every way the workspace writes its name (names, aliases, acronyms; misspellings left out). */
  readonly forms: readonly string[];
}

export interface QuoteLink {
  readonly kind: QuoteLinkKind;
  readonly excerpt: boolean;
  readonly a: { readonly uri: string; readonly quote: QuoteSummary };
  readonly b: { readonly uri: string; readonly quote: QuoteSummary };
  /** Words only in a, only in b. */
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
}

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

interface Index {
  readonly entities: WorkspaceEntity[];
  /** An edit re-pointed the links (`patch`): `entities` is sorted again when next asked for. */
  unsorted: boolean;
  /** By article, then by the article's entity id: no key strings built for a lookup. */
  readonly entityOf: ReadonlyMap<string, ReadonlyMap<string, WorkspaceEntity>>;
  readonly quoteLinks: QuoteLink[];
  readonly linksByQuote: ReadonlyMap<string, readonly QuoteLink[]>;
  readonly related: ReadonlyMap<string, readonly Relation[]>;
  /** Dates of undated articles resolved against a related article, filled on demand. */
  readonly datesByUri: Map<string, readonly DateMention[]>;
  /** Workspace entity id → the quotes it speaks. */
  readonly quotesBySpeaker: ReadonlyMap<string, readonly SpokenQuote[]>;
}

const key = (uri: string, entityId: string) => `${uri}\u0000${entityId}`;

const byUri = (x: { uri: string }, y: { uri: string }) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : 0);
/** Entities in most articles first, then most mentioned, then by name. */
const byPresence = (a: WorkspaceEntity, b: WorkspaceEntity) => b.articles.length - a.articles.length || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);
const byPlace = (l: QuoteLink, m: QuoteLink) => byUri(l.a, m.a) || l.a.quote.span.start - m.a.quote.span.start || byUri(l.b, m.b) || l.b.quote.span.start - m.b.quote.span.start;

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

/** The workspace entity of article entities (sorted by article) that are one: the fullest name names it. */
function gather(list: { uri: string; entity: StoredEntity }[]): WorkspaceEntity {
  const named = fullestNamed(list);
  const roles = new Set<string>();
  const aliases = new Set<string>();
  const forms = new Set<string>();
  // stored lists are interned: thousands of articles share a handful of them, each read once here
  // (one set per field, as one interned list may be both an entity's aliases and its forms)
  const seenRoles = new Set<readonly string[]>();
  const seenAliases = new Set<readonly string[]>();
  const seenForms = new Set<readonly string[]>();
  let mentionCount = 0;
  for (const { entity } of list) {
    if (!seenRoles.has(entity.roles)) {
      seenRoles.add(entity.roles);
      for (const r of entity.roles) roles.add(r);
    }
    if (entity.name !== named.name) aliases.add(entity.name);
    if (!seenAliases.has(entity.aliases)) {
      seenAliases.add(entity.aliases);
      for (const a of entity.aliases) if (a !== named.name) aliases.add(a);
    }
    if (!seenForms.has(entity.forms)) {
      seenForms.add(entity.forms);
      for (const f of entity.forms) forms.add(f);
    }
    mentionCount += entity.mentionCount;
  }
  return {
    id: named.id,
    name: named.name,
    type: named.type,
    roles: [...roles],
    aliases: [...aliases],
    articles: list,
    mentionCount,
    // an entity of one article (most of them) has its forms listed once already
    forms: list.length === 1 ? list[0]!.entity.forms : [...forms],
  };
}

/** The article entity with the fullest name (most words, then most letters) names the workspace entity; the first on a tie. */
function fullestNamed(list: readonly { entity: StoredEntity }[]): StoredEntity {
  let best = list[0]!.entity;
  let bestWords = wordCount(best.name);
  for (const { entity } of list) {
    // names are interned: the same name as the best so far cannot beat it
    if (entity.name === best.name) continue;
    const words = wordCount(entity.name);
    if (words > bestWords || (words === bestWords && entity.name.length > best.name.length)) {
      best = entity;
      bestWords = words;
    }
  }
  return best;
}

function wordCount(name: string): number {
  let n = 1;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) n++;
  return n;
}

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

/** The map's value for a key, made and stored on first use: how every index here is grown. */
function entryOf<K, V>(map: Map<K, V>, k: K, make: () => V): V {
  let value = map.get(k);
  if (value === undefined) map.set(k, (value = make()));
  return value;
}
const UBIQUITOUS_TYPES: ReadonlySet<EntityType> = new Set(["place", "group"]);

/**
 * The workspace: documents added, changed and removed one at a time (only a changed text is analysed
 * again); cross-article knowledge is re-linked lazily on the next question. No I/O: hosts feed it text.
 */
export class Corpus {
  private readonly docs = new Map<string, Document>();
  /** Most recently used last. */
  private readonly models = new Map<string, ArticleModel>();
  private readonly modelCacheSize: number;
  private readonly intern = new Interner();
  private aliases: AliasTable;
  private index: Index | undefined;

  constructor(options: { aliases?: AliasTable; modelCacheSize?: number } = {}) {
    this.aliases = options.aliases ?? new AliasTable();
    this.modelCacheSize = Math.max(1, options.modelCacheSize ?? DEFAULT_MODEL_CACHE);
  }

  /** Replaces the alias table (a changed `dossier.json`); every article is analysed again. */
  setAliases(aliases: AliasTable): void {
    this.aliases = aliases;
    this.models.clear();
    for (const doc of [...this.docs.values()]) this.docs.set(doc.uri, this.document(doc.uri, doc.text));
    this.index = undefined;
  }

  /** Adds or updates a document; returns false when the text is unchanged (nothing to do). */
  set(uri: string, text: string): boolean {
    const existing = this.docs.get(uri);
    if (existing !== undefined && existing.text === text) return false;
    const doc = this.document(uri, text);
    this.docs.set(uri, doc);
    // an edit that leaves the article's names and quotes as they were (most keystrokes) re-links nothing
    if (this.index !== undefined && existing !== undefined && linksAlike(existing.summary, doc.summary)) this.patch(this.index, uri, doc.summary);
    else this.index = undefined;
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
    this.docs.set(uri, { uri, text, summary: storeSummary(prepared.summary, text, this.intern), problems: prepared.problems });
    this.index = undefined;
    return true;
  }

  delete(uri: string): boolean {
    const had = this.docs.delete(uri);
    this.models.delete(uri);
    if (had) this.index = undefined;
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
    const model = analyzeArticle(text, { uri, aliases: this.aliases });
    this.models.delete(uri);
    this.models.set(uri, model);
    if (this.models.size > this.modelCacheSize) {
      const [evicted, old] = this.models.entries().next().value!;
      this.models.delete(evicted);
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
    const index = this.linked();
    if (index.unsorted) {
      index.entities.sort(byPresence);
      index.unsorted = false;
    }
    return index.entities;
  }

  /** The workspace entity an article's entity belongs to. */
  workspaceEntity(uri: string, entityId: string): WorkspaceEntity | undefined {
    return this.linked().entityOf.get(uri)?.get(entityId);
  }

  quoteLinks(): readonly QuoteLink[] {
    return this.linked().quoteLinks;
  }

  /** Links that involve one quote. */
  linksOf(uri: string, quoteId: string): readonly QuoteLink[] {
    return this.linked().linksByQuote.get(key(uri, quoteId)) ?? [];
  }

  /** The quotations (not the few words quoted in a sentence) a workspace entity speaks, in article order. */
  quotesOf(entity: WorkspaceEntity): readonly SpokenQuote[] {
    return this.linked().quotesBySpeaker.get(entity.id) ?? [];
  }

  /** Who says what, read once with the rest of the linking rather than by the first hover that asks. */
  private quotesBySpeaker(entityOf: Index["entityOf"]): Map<string, SpokenQuote[]> {
    const map = new Map<string, SpokenQuote[]>();
    for (const uri of this.uris()) {
      for (const quote of this.docs.get(uri)!.summary.quotes) {
        if (quote.partial) continue;
        for (const speaker of quote.speakers) {
          const ws = entityOf.get(uri)?.get(speaker);
          if (ws !== undefined) entryOf(map, ws.id, () => []).push({ uri, quote });
        }
      }
    }
    return map;
  }

  /** Articles of the same story, most related first. */
  related(uri: string): readonly Relation[] {
    return this.linked().related.get(uri) ?? [];
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
    const cache = this.linked().datesByUri;
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
   * workspace entities are gathered again (mention counts, roles and forms may differ) and its quotes'
   * links, speakers' quote lists and resolved dates take the new quotes and offsets.
   */
  private patch(index: Index, uri: string, summary: StoredSummary): void {
    const entityOf = index.entityOf.get(uri);
    for (const entity of summary.entities) {
      const ws = entityOf?.get(entity.id);
      if (ws === undefined) continue;
      const articles = ws.articles as { uri: string; entity: StoredEntity }[];
      const at = articles.findIndex((x) => x.uri === uri && x.entity.id === entity.id);
      const old = articles[at]!.entity;
      articles[at] = { uri, entity };
      // lists come interned: the same roles, aliases and forms are the same arrays
      if (old.roles !== entity.roles || old.aliases !== entity.aliases || old.forms !== entity.forms || old.mentionCount !== entity.mentionCount) {
        Object.assign(ws, gather(articles));
        index.unsorted = true;
      }
    }
    for (const quote of summary.quotes) {
      for (const link of index.linksByQuote.get(key(uri, quote.id)) ?? []) {
        const l = link as Draft<QuoteLink>;
        if (l.a.uri === uri && l.a.quote.id === quote.id) l.a = { uri, quote };
        if (l.b.uri === uri && l.b.quote.id === quote.id) l.b = { uri, quote };
      }
      for (const speaker of quote.speakers) {
        const ws = entityOf?.get(speaker);
        const spoken = ws === undefined ? undefined : (index.quotesBySpeaker.get(ws.id) as SpokenQuote[] | undefined);
        if (spoken === undefined) continue;
        for (let i = 0; i < spoken.length; i++) if (spoken[i]!.uri === uri && spoken[i]!.quote.id === quote.id) spoken[i] = { uri, quote };
      }
    }
    index.quoteLinks.sort(byPlace);
    index.datesByUri.delete(uri);
  }

  private linked(): Index {
    this.index ??= this.link();
    return this.index;
  }

  private link(): Index {
    // URIs in code-unit order, as `uris()` lists them: groups built in this order come out sorted, and
    // only those that surname merging joins need sorting again
    const docs = [...this.docs.values()].sort(byUri);
    // 1. Group article entities by id; then single-word people by the surname of the one full name that ends with it.
    const groups = new Map<string, { uri: string; entity: StoredEntity }[]>();
    // (this loop and `entityOf`'s below run once per article entity, half a million times in a large
    // workspace: they grow their maps in place rather than through `entryOf` and a closure per call)
    for (const doc of docs) {
      for (const entity of doc.summary.entities) {
        const list = groups.get(entity.id);
        if (list === undefined) groups.set(entity.id, [{ uri: doc.uri, entity }]);
        else list.push({ uri: doc.uri, entity });
      }
    }
    const fullBySurname = new Map<string, Set<string>>();
    for (const [id, list] of groups) {
      const e = list[0]!.entity;
      const words = e.name.split(/\s+/);
      if (e.type === "person" && words.length >= 2) {
        entryOf(fullBySurname, words.at(-1)!, () => new Set()).add(id);
      }
    }
    const merged = new Set<string>();
    for (const [id, list] of [...groups]) {
      const e = list[0]!.entity;
      if (e.type !== "person" || e.name.includes(" ")) continue;
      const targets = fullBySurname.get(e.name);
      if (targets?.size === 1) {
        const target = [...targets][0]!;
        groups.get(target)!.push(...list);
        merged.add(target);
        groups.delete(id);
      }
    }
    const entities: WorkspaceEntity[] = [];
    const entityOf = new Map<string, Map<string, WorkspaceEntity>>();
    for (const [id, list] of groups) {
      const ws = gather(merged.has(id) ? list.sort(byUri) : list);
      entities.push(ws);
      for (const x of list) {
        const ofArticle = entityOf.get(x.uri);
        if (ofArticle === undefined) entityOf.set(x.uri, new Map([[x.entity.id, ws]]));
        else ofArticle.set(x.entity.id, ws);
      }
    }
    entities.sort(byPresence);

    // 2. Quote provenance across articles: only quotes sharing a run of four words are compared.
    const quoteLinks: QuoteLink[] = [];
    // shingles are keyed by a hash of their words (a collision only costs one comparison more) and list
    // quotes by their number in `quotes`; most shingles belong to one quote and keep a bare number
    const quotes: { doc: number; quote: QuoteSummary }[] = [];
    const postings = new Map<number, number | number[]>();
    docs.forEach((d, doc) => {
      for (const quote of d.summary.quotes) {
        const hashes = quoteWordHashes(quote.text);
        if (hashes.length < SHINGLE) continue;
        const ref = quotes.push({ doc, quote }) - 1;
        for (let i = 0; i + SHINGLE <= hashes.length; i++) {
          const shingle = shingleHash(hashes, i);
          const list = postings.get(shingle);
          if (list === undefined) postings.set(shingle, ref);
          else if (typeof list === "number") {
            if (list !== ref) postings.set(shingle, [list, ref]);
          } else if (list[list.length - 1] !== ref) list.push(ref);
        }
      }
    });
    const compared = new Set<string>();
    for (const list of postings.values()) {
      // a run of words shared by very many quotes is a stock phrase, not a quotation's provenance
      if (typeof list === "number" || list.length > MAX_QUOTE_POSTING) continue;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [x, y] = quotes[list[i]!]!.doc <= quotes[list[j]!]!.doc ? [quotes[list[i]!]!, quotes[list[j]!]!] : [quotes[list[j]!]!, quotes[list[i]!]!];
          if (x.doc === y.doc) continue;
          const pair = `${x.doc}:${x.quote.id}|${y.doc}:${y.quote.id}`;
          if (compared.has(pair)) continue;
          compared.add(pair);
          const c = compareQuotes(x.quote.text, y.quote.text);
          if (c === undefined) continue;
          quoteLinks.push({ kind: c.kind, excerpt: c.excerpt, a: { uri: docs[x.doc]!.uri, quote: x.quote }, b: { uri: docs[y.doc]!.uri, quote: y.quote }, onlyInA: c.onlyInFirst, onlyInB: c.onlyInSecond });
        }
      }
    }
    quoteLinks.sort(byPlace);

    // 3. Stories: articles sharing named people and organizations (places and groups are too common to count) and quotes.
    const byEntity = new Map<string, string[]>();
    for (const d of docs) {
      for (const id of new Set(d.summary.entities.filter((e) => !UBIQUITOUS_TYPES.has(e.type)).map((e) => entityOf.get(d.uri)!.get(e.id)!.id))) {
        entryOf(byEntity, id, () => []).push(d.uri);
      }
    }
    const shared = new Map<string, Map<string, string[]>>();
    for (const [id, uris] of byEntity) {
      if (uris.length < 2 || uris.length > MAX_POSTING) continue;
      for (const a of uris) for (const b of uris) {
        if (a === b) continue;
        entryOf(entryOf(shared, a, () => new Map<string, string[]>()), b, () => []).push(id);
      }
    }
    const linkCount = new Map<string, number>();
    const quoteLinked = new Map<string, Set<string>>();
    for (const l of quoteLinks) {
      for (const [p, q] of [[l.a.uri, l.b.uri], [l.b.uri, l.a.uri]] as const) {
        linkCount.set(`${p}\u0000${q}`, (linkCount.get(`${p}\u0000${q}`) ?? 0) + 1);
        entryOf(quoteLinked, p, () => new Set()).add(q);
      }
    }
    const related = new Map<string, Relation[]>();
    for (const d of docs) {
      const candidates = new Set([...(shared.get(d.uri)?.keys() ?? []), ...(quoteLinked.get(d.uri) ?? [])]);
      const list: Relation[] = [];
      for (const other of candidates) {
        const ids = shared.get(d.uri)?.get(other) ?? [];
        const links = linkCount.get(`${d.uri}\u0000${other}`) ?? 0;
        if (ids.length >= 3 || links > 0) list.push({ uri: other, score: ids.length + 3 * links, sharedEntities: ids });
      }
      related.set(d.uri, list.sort((x, y) => y.score - x.score || byUri(x, y)));
    }
    const linksByQuote = new Map<string, QuoteLink[]>();
    for (const l of quoteLinks) {
      for (const side of [l.a, l.b]) entryOf(linksByQuote, key(side.uri, side.quote.id), () => []).push(l);
    }
    return { entities, unsorted: false, entityOf, quoteLinks, linksByQuote, related, datesByUri: new Map(), quotesBySpeaker: this.quotesBySpeaker(entityOf) };
  }
}
