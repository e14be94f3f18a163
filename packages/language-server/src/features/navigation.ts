import type { ArticleModel, Entity, EntityMention, MentionSummary, WorkspaceEntity } from "@dossier/core";
import type { DocumentHighlight, Location, Position, PrepareRenameResult, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { DocumentHighlightKind } from "vscode-languageserver";
import { writesName } from "@dossier/core";
import type { WorkspaceState } from "../workspace/state.js";
import { definingMention, fullestName, targetAt } from "./lookup.js";

function entityAt(state: WorkspaceState, model: ArticleModel, uri: string, offset: number): { entity: Entity; mention: EntityMention } | undefined {
  const t = targetAt(model, offset, state.dates(uri));
  return t?.kind === "entity" ? t : undefined;
}

/** Go to entity: its fullest name here, or in another article when this one only has a surname or a description. */
export function definition(state: WorkspaceState, uri: string, model: ArticleModel, offset: number): Location | null {
  const hit = entityAt(state, model, uri, offset);
  if (hit === undefined) return null;
  const ws = state.corpus.workspaceEntity(uri, hit.entity.id);
  const here = definingMention(hit.entity);
  const elsewhere = ws ? fullestName(ws) : undefined;
  // this article's own full name wins a tie
  const best = here !== undefined && (elsewhere === undefined || here.text.length >= elsewhere.mention.text.length) ? { uri, mention: here } : elsewhere;
  return best ? { uri: best.uri, range: best.mention.range } : null;
}

/** The locations a references request answers with, and how many the workspace holds in all. */
export interface ReferenceList {
  readonly locations: Location[];
  readonly total: number;
}

/**
 * Every mention of the entity across the workspace, in URI order. Past `limit` locations (0: no limit),
 * as clangd's `--limit-references` does, whole articles are kept nearest first: this one, then those of
 * the same story, then the rest in URI order. An entity named in every article of a large archive has
 * tens of thousands of locations, which cost a tenth of a second to send and no reader goes through.
 */
export function references(state: WorkspaceState, uri: string, model: ArticleModel, offset: number, limit = 0): ReferenceList | null {
  const hit = entityAt(state, model, uri, offset);
  if (hit === undefined) return null;
  const ws = state.corpus.workspaceEntity(uri, hit.entity.id);
  if (ws === undefined) return { locations: hit.entity.mentions.map((m) => ({ uri, range: m.range })), total: hit.entity.mentions.length };
  const articles = limit > 0 && ws.mentionCount > limit ? nearestArticles(state, uri, ws.articles, limit) : ws.articles;
  // one list filled in place, as it may hold tens of thousands of locations
  const locations: Location[] = [];
  for (const a of articles) for (const range of a.entity.ranges()) locations.push({ uri: a.uri, range });
  return { locations, total: ws.mentionCount };
}

type EntityArticle = WorkspaceEntity["articles"][number];

/** Whole articles, nearest to `uri` first, while their mentions fit in `limit` (this article's always do); in URI order. */
function nearestArticles(state: WorkspaceState, uri: string, articles: readonly EntityArticle[], limit: number): EntityArticle[] {
  const byUri = new Map(articles.map((a) => [a.uri, a]));
  const chosen = new Set<EntityArticle>();
  let count = 0;
  const take = (a: EntityArticle | undefined, always = false) => {
    if (a === undefined || chosen.has(a) || (!always && count + a.entity.mentionCount > limit)) return;
    chosen.add(a);
    count += a.entity.mentionCount;
  };
  take(byUri.get(uri), true);
  for (const r of state.corpus.related(uri)) take(byUri.get(r.uri));
  for (const a of articles) {
    if (count >= limit) break;
    take(a);
  }
  return articles.filter((a) => chosen.has(a));
}

export function highlights(state: WorkspaceState, uri: string, model: ArticleModel, offset: number): DocumentHighlight[] | null {
  const hit = entityAt(state, model, uri, offset);
  if (hit === undefined) return null;
  return hit.entity.mentions.map((m) => ({ range: m.range, kind: m.kind === "name" ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

export function prepareRename(state: WorkspaceState, uri: string, model: ArticleModel, offset: number): PrepareRenameResult | null {
  const hit = entityAt(state, model, uri, offset);
  if (hit === undefined || !writesName(hit.mention.kind)) return null;
  return { range: hit.mention.range, placeholder: hit.mention.text };
}

/**
 * Renames a name everywhere the workspace uses it: mentions written as the old name become the new one,
 * and the old name inside longer forms (a surname in a full name) is replaced in place. Descriptions
 * (`the President`) and pronouns are left alone. The client applies the edit; the server writes nothing.
 */
export function rename(state: WorkspaceState, uri: string, model: ArticleModel, offset: number, newName: string): WorkspaceEdit | null {
  const hit = entityAt(state, model, uri, offset);
  if (hit === undefined || !writesName(hit.mention.kind) || newName.trim().length === 0) return null;
  const old = hit.mention.text;
  const ws = state.corpus.workspaceEntity(uri, hit.entity.id);
  const changes: Record<string, TextEdit[]> = {};
  const wordRe = new RegExp(`(?<![\\p{L}\\p{N}])${old.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");
  // mentions carry their own ranges: no article is analysed again, however many use the name
  for (const a of ws?.articles ?? [{ uri, entity: hit.entity }]) {
    for (const m of a.entity.mentions) {
      if (!writesName(m.kind)) continue;
      let edit: TextEdit | undefined;
      if (m.text === old) edit = { range: m.range, newText: newName };
      else {
        const at = wordRe.exec(m.text);
        if (at !== null) edit = { range: { start: positionWithin(m, at.index), end: positionWithin(m, at.index + old.length) }, newText: newName };
      }
      if (edit) (changes[a.uri] ??= []).push(edit);
    }
  }
  return { changes };
}

/** The position of an offset inside a mention's text, from the mention's start (its text may wrap lines). */
function positionWithin(m: MentionSummary, offset: number): Position {
  const before = m.text.slice(0, offset);
  const breaks = [...before.matchAll(/\r\n|\r|\n/g)];
  const last = breaks.at(-1);
  return last === undefined
    ? { line: m.range.start.line, character: m.range.start.character + offset }
    : { line: m.range.start.line + breaks.length, character: offset - (last.index + last[0].length) };
}
