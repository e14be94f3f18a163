import { sectionsOf, type ArticleModel, type EntityType } from "@dossier/core";
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from "vscode-languageserver";
import type { WorkspaceState } from "../workspace/state.js";
import { definingMention, fullestName } from "./lookup.js";

const GROUP_TITLES: Record<EntityType, string> = { person: "People", organization: "Organizations", place: "Places", group: "Groups", event: "Events", other: "Other names" };
export const SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Class,
  organization: SymbolKind.Module,
  place: SymbolKind.Namespace,
  group: SymbolKind.Enum,
  event: SymbolKind.Event,
  other: SymbolKind.Variable,
};

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The outline: headline, byline, paragraphs, entities by type, quotes by speaker. */
export function documentSymbols(model: ArticleModel): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const s = model.structure;
  const whole = { start: { line: 0, character: 0 }, end: model.lines.rangeOf({ start: model.text.length, end: model.text.length }).end };
  if (s.headline) out.push({ name: s.headline.text, detail: "headline", kind: SymbolKind.File, range: s.headline.range, selectionRange: s.headline.range });
  if (s.byline) out.push({ name: s.byline.text, detail: s.outlet ? `outlet: ${s.outlet.name}` : "byline", kind: SymbolKind.Property, range: s.byline.range, selectionRange: s.byline.range });
  const paragraphs = sections(model);
  if (s.body.length > 0) out.push({ name: "Paragraphs", detail: `${s.body.length}`, kind: SymbolKind.Package, range: whole, selectionRange: paragraphs[0]!.selectionRange, children: paragraphs });
  for (const type of Object.keys(GROUP_TITLES) as EntityType[]) {
    const children = model.entities
      .filter((e) => e.type === type)
      .map((e) => {
        const m = definingMention(e)!;
        return { name: e.name, detail: [e.roles[0], `${e.mentions.length}×`].filter(Boolean).join(" · "), kind: SYMBOL_KIND[type], range: m.range, selectionRange: m.range };
      });
    if (children.length > 0) out.push({ name: GROUP_TITLES[type], detail: `${children.length}`, kind: SymbolKind.Namespace, range: whole, selectionRange: children[0]!.range, children });
  }
  const bySpeaker = new Map<string, DocumentSymbol[]>();
  for (const q of model.quotes) {
    const who = q.speakerName ?? (q.anonymous ? `anonymous (${q.anonymous})` : "unattributed");
    const list = bySpeaker.get(who) ?? [];
    list.push({ name: `“${clip(q.text, 50)}”`, kind: SymbolKind.String, range: q.outer.range, selectionRange: q.range });
    bySpeaker.set(who, list);
  }
  if (bySpeaker.size > 0) {
    const speakers = [...bySpeaker].map(([who, quotes]) => ({ name: who, detail: `${quotes.length} quote${quotes.length === 1 ? "" : "s"}`, kind: SymbolKind.Object, range: whole, selectionRange: quotes[0]!.selectionRange, children: quotes }));
    out.push({ name: "Quotes", detail: `${model.quotes.length}`, kind: SymbolKind.Array, range: whole, selectionRange: speakers[0]!.selectionRange, children: speakers });
  }
  return out;
}

/** The body's paragraphs, numbered in reading order, those under a subheading nested in a section it names. */
function sections(model: ArticleModel): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  let n = 0;
  const numbered = (i: number): DocumentSymbol => {
    const p = model.paragraphs[i]!;
    return { name: `¶${++n} ${clip(p.text, 50)}`, kind: SymbolKind.String, range: p.range, selectionRange: p.range };
  };
  for (const { heading, paragraphs } of sectionsOf(model.structure)) {
    const children = paragraphs.map(numbered);
    if (heading === undefined) {
      top.push(...children);
      continue;
    }
    const head = model.paragraphs[heading]!;
    const range = { start: head.range.start, end: children.at(-1)?.range.end ?? head.range.end };
    top.push({ name: head.text, detail: "section", kind: SymbolKind.Namespace, range, selectionRange: head.range, children });
  }
  return top;
}

/** Every workspace entity whose name or alias contains the query's letters in order. */
export function workspaceSymbols(state: WorkspaceState, query: string): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const matches = (s: string) => {
    let i = 0;
    for (const c of s.toLowerCase()) if (c === q[i]) i++;
    return i === q.length;
  };
  const out: WorkspaceSymbol[] = [];
  for (const e of state.corpus.entities()) {
    if (q.length > 0 && !matches(e.name) && !e.aliases.some(matches)) continue;
    // (found once per linking: an entity in every article has thousands to choose from)
    const home = fullestName(e);
    if (home === undefined) continue;
    out.push({ name: e.name, kind: SYMBOL_KIND[e.type], containerName: `${e.type} · ${e.articles.length} article${e.articles.length === 1 ? "" : "s"}`, location: { uri: home.uri, range: home.mention.range } });
    if (out.length >= 500) break;
  }
  return out;
}
