import type { ArticleModel, Entity, EntityMention, MentionSummary } from "@dossier/core";
import type { DocumentHighlight, Location, Position, PrepareRenameResult, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { DocumentHighlightKind } from "vscode-languageserver";
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

export function references(state: WorkspaceState, uri: string, model: ArticleModel, offset: number): Location[] | null {
  const hit = entityAt(state, model, uri, offset);
  if (hit === undefined) return null;
  const ws = state.corpus.workspaceEntity(uri, hit.entity.id);
  if (ws === undefined) return hit.entity.mentions.map((m) => ({ uri, range: m.range }));
  // the corpus keeps a workspace entity's articles in URI order and mentions in text order; one list is
  // filled in place, as an entity named in every article has tens of thousands of locations
  const locations: Location[] = [];
  for (const a of ws.articles) for (const range of a.entity.ranges()) locations.push({ uri: a.uri, range });
  return locations;
}

export function highlights(state: WorkspaceState, uri: string, model: ArticleModel, offset: number): DocumentHighlight[] | null {
  const hit = entityAt(state, model, uri, offset);
  if (hit === undefined) return null;
  return hit.entity.mentions.map((m) => ({ range: m.range, kind: m.kind === "name" ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

export function prepareRename(state: WorkspaceState, uri: string, model: ArticleModel, offset: number): PrepareRenameResult | null {
  const hit = entityAt(state, model, uri, offset);
  if (hit === undefined || hit.mention.kind === "description") return null;
  return { range: hit.mention.range, placeholder: hit.mention.text };
}

/**
 * Renames a name everywhere the workspace uses it: mentions written as the old name become the new one,
 * and the old name inside longer forms (a surname in a full name) is replaced in place. Descriptions
 * (`the President`) are left alone. The client applies the edit; the server writes nothing.
 */
export function rename(state: WorkspaceState, uri: string, model: ArticleModel, offset: number, newName: string): WorkspaceEdit | null {
  const hit = entityAt(state, model, uri, offset);
  if (hit === undefined || hit.mention.kind === "description" || newName.trim().length === 0) return null;
  const old = hit.mention.text;
  const ws = state.corpus.workspaceEntity(uri, hit.entity.id);
  const changes: Record<string, TextEdit[]> = {};
  const wordRe = new RegExp(`(?<![\\p{L}\\p{N}])${old.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");
  // mentions carry their own ranges: no article is analysed again, however many use the name
  for (const a of ws?.articles ?? [{ uri, entity: hit.entity }]) {
    for (const m of a.entity.mentions) {
      if (m.kind === "description") continue;
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
