import { sectionsOf, type ArticleModel, type DateMention, type EntityType } from "@dossier/core";
import { InlayHintKind, type CodeLens, type FoldingRange, type InlayHint, type Range, type SemanticTokensLegend } from "vscode-languageserver";
import type { WorkspaceState } from "../workspace/state.js";
import { definingMention } from "./lookup.js";

/** Standard token types so every theme colours them: people as classes, places as namespaces, quotes as strings. */
export const TOKEN_TYPES = ["class", "namespace", "type", "enum", "event", "variable", "string", "number"] as const;
export const TOKEN_MODIFIERS = ["declaration"] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };
const TYPE_INDEX: Record<EntityType, number> = { person: 0, organization: 2, place: 1, group: 3, event: 4, other: 5 };

interface Token {
  line: number;
  char: number;
  length: number;
  type: number;
  modifiers: number;
}

/** Semantic tokens: entity mentions by type, quotes as strings, dates as numbers; split per line as LSP requires. */
export function semanticTokens(model: ArticleModel, dates: readonly DateMention[]): number[] {
  const tokens: Token[] = [];
  const pushRange = (range: Range, type: number, modifiers: number) => {
    for (let line = range.start.line; line <= range.end.line; line++) {
      const start = line === range.start.line ? range.start.character : 0;
      const end = line === range.end.line ? range.end.character : model.lines.lineContentEnd(line) - model.lines.lineStart(line);
      if (end > start) tokens.push({ line, char: start, length: end - start, type, modifiers });
    }
  };
  const covered: Range[] = [];
  for (const e of model.entities) {
    const def = definingMention(e);
    for (const m of e.mentions) {
      // a pronoun is coloured as the prose around it; hover and highlights still say whom it stands for
      if (m.kind === "pronoun") continue;
      pushRange(m.range, TYPE_INDEX[e.type], m === def ? 1 : 0);
      covered.push(m.range);
    }
  }
  for (const d of dates) {
    pushRange(d.range, 7, 0);
    covered.push(d.range);
  }
  // quotes are coloured around the names and dates inside them
  for (const q of model.quotes) {
    const inner = covered.filter((r) => inside(r, q.outer.range)).sort(compare);
    let cursor = q.outer.range.start;
    for (const r of inner) {
      pushRange({ start: cursor, end: r.start }, 6, 0);
      cursor = r.end;
    }
    pushRange({ start: cursor, end: q.outer.range.end }, 6, 0);
  }
  tokens.sort((a, b) => a.line - b.line || a.char - b.char);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = { line: -1, char: -1 };
  for (const t of tokens) {
    if (t.line === lastEnd.line && t.char < lastEnd.char) continue; // no overlaps
    data.push(t.line - prevLine, t.line === prevLine ? t.char - prevChar : t.char, t.length, t.type, t.modifiers);
    prevLine = t.line;
    prevChar = t.char;
    lastEnd = { line: t.line, char: t.char + t.length };
  }
  return data;
}

const before = (a: Range["start"], b: Range["start"]) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (r: Range, outer: Range) => before(outer.start, r.start) && before(r.end, outer.end);
const compare = (a: Range, b: Range) => a.start.line - b.start.line || a.start.character - b.start.character;

/** Inlay hints: the calendar date after a relative date or a holiday, and the speaker after a quote. */
export function inlayHints(model: ArticleModel, dates: readonly DateMention[], range: Range): InlayHint[] {
  const within = (r: Range) => r.end.line >= range.start.line && r.start.line <= range.end.line;
  const out: InlayHint[] = [];
  for (const d of dates) {
    // (a holiday's day is not written, even with its year: `Good Friday 2021`)
    if ((d.relative || d.expression.kind === "holiday") && d.value !== null && within(d.range)) out.push({ position: d.range.end, label: `: ${d.value}`, kind: InlayHintKind.Type, paddingLeft: false });
  }
  for (const q of model.quotes) {
    if (q.speakerName === null || q.partial || !within(q.outer.range)) continue;
    // only where the text does not already name the speaker: `she said`, a continued quote
    const surname = q.speakerName.split(" ").at(-1)!;
    if (q.attribution !== "continuation" && q.cue?.text.includes(surname)) continue;
    out.push({ position: q.outer.range.end, label: `— ${q.speakerName}`, kind: InlayHintKind.Parameter, paddingLeft: true });
  }
  return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

/** A lens over each person's defining mention in the body: how often the workspace names them. */
export function codeLenses(state: WorkspaceState, uri: string, model: ArticleModel): CodeLens[] {
  const out: CodeLens[] = [];
  const bodyStart = model.paragraphs[model.structure.body[0] ?? -1]?.span.start ?? 0;
  for (const e of model.entities) {
    if (e.type !== "person") continue;
    const m = definingMention(e);
    if (m === undefined || m.span.start < bodyStart) continue;
    const ws = state.corpus.workspaceEntity(uri, e.id);
    const articles = ws?.articles.length ?? 1;
    const total = ws?.mentionCount ?? e.mentions.length;
    out.push({
      range: m.range,
      command: { title: `${total} mention${total === 1 ? "" : "s"} in ${articles} article${articles === 1 ? "" : "s"}`, command: "dossier.showReferences", arguments: [uri, m.range.start] },
    });
  }
  return out;
}

/** Folding: the header, every section under a subheading, every multi-line paragraph, trailing boilerplate. */
export function foldingRanges(model: ArticleModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const firstBody = model.structure.body[0];
  if (firstBody !== undefined && model.paragraphs[firstBody]!.firstLine > 1) out.push({ startLine: 0, endLine: model.paragraphs[firstBody]!.firstLine - 1, kind: "imports" });
  for (const { heading, paragraphs } of sectionsOf(model.structure)) {
    const last = paragraphs.at(-1);
    if (heading !== undefined && last !== undefined) out.push({ startLine: model.paragraphs[heading]!.firstLine, endLine: model.paragraphs[last]!.lastLine });
  }
  for (const p of model.paragraphs) if (p.lastLine > p.firstLine) out.push({ startLine: p.firstLine, endLine: p.lastLine });
  const tail = model.structure.boilerplate.map((i) => model.paragraphs[i]!).filter((p) => p.firstLine > (model.paragraphs[model.structure.body.at(-1) ?? 0]?.lastLine ?? 0));
  if (tail.length > 1) out.push({ startLine: tail[0]!.firstLine, endLine: tail.at(-1)!.lastLine, kind: "comment" });
  return out;
}
