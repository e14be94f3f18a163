import type { Corpus } from "../corpus/corpus.js";
import { writesName } from "../entities/types.js";
import { hasMisspelling } from "../corpus/stored.js";
import type { EntitySummary, QuoteSummary } from "../corpus/summary.js";
import { problemAt } from "./context.js";
import type { Problem, RelatedLocation } from "./types.js";

/** What these checks read of an article: its summary, or its full model, which is one too. */
export interface CheckedArticle {
  readonly entities: readonly EntitySummary[];
  readonly quotes: readonly QuoteSummary[];
}

const otherSide = <T extends { uri: string; quote: QuoteSummary }>(l: { a: T; b: T }, uri: string, quoteId: string): T => (l.a.uri === uri && l.a.quote.id === quoteId ? l.b : l.a);

/**
 * Checks that read the workspace: names misspelt or written several ways, quotes worded or attributed
 * differently elsewhere. They need only summaries, so no article is analysed again to run them.
 */
export function workspaceChecks(uri: string, article: CheckedArticle, corpus: Corpus | undefined, preferred: ReadonlyMap<string, string>): Problem[] {
  return [...misspellings(uri, article, corpus, preferred), ...variantNames(uri, article, corpus, preferred), ...quoteLinks(uri, article, corpus)];
}

function misspellings(uri: string, article: CheckedArticle, corpus: Corpus | undefined, preferred: ReadonlyMap<string, string>): Problem[] {
  const out: Problem[] = [];
  for (const e of article.entities) {
    if (!hasMisspelling(e)) continue;
    const ws = corpus?.workspaceEntity(uri, e.id);
    const forms = ws ? [ws.name, ...ws.aliases] : [e.name, ...e.aliases];
    const wanted = preferred.get(e.name) ?? e.name;
    for (const m of e.mentions) {
      if (!m.misspelling) continue;
      const spellings = forms.filter((f) => f !== m.text).slice(0, 4);
      out.push(
        problemAt("entity-misspelling", m.span, m.range, `'${m.text}' looks like a misspelling of ${e.name} (known as ${spellings.map((s) => `'${s}'`).join(", ")}).`, {
          fixes: [{ title: `Replace with '${wanted}'`, edits: [{ range: m.range, newText: wanted }], preferred: true }],
          related: (ws?.articles ?? [])
            .flatMap((a) => a.entity.mentions.filter((x) => !x.misspelling && writesName(x.kind)).slice(0, 1).map((x) => ({ uri: a.uri, range: x.range, message: `Spelt '${x.text}' here.` })))
            .slice(0, 5),
        }),
      );
    }
  }
  return out;
}

function variantNames(uri: string, article: CheckedArticle, corpus: Corpus | undefined, preferred: ReadonlyMap<string, string>): Problem[] {
  if (corpus === undefined) return [];
  const out: Problem[] = [];
  const reported = new Set<string>();
  for (const e of article.entities) {
    const ws = corpus.workspaceEntity(uri, e.id);
    if (ws === undefined || reported.has(ws.id) || ws.type === "person") continue;
    const written = ws.forms;
    if (written.length < 3) continue;
    reported.add(ws.id);
    const first = e.mentions.find((m) => writesName(m.kind))!;
    const wanted = preferred.get(ws.name);
    out.push(
      problemAt("entity-variant-names", first.span, first.range, `${ws.name} is written ${written.length} ways across the workspace: ${written.map((w) => `'${w}'`).join(", ")}${wanted ? `; dossier.json prefers '${wanted}'` : ""}.`),
    );
  }
  return out;
}

function quoteLinks(uri: string, article: CheckedArticle, corpus: Corpus | undefined): Problem[] {
  if (corpus === undefined) return [];
  const out: Problem[] = [];
  for (const q of article.quotes) {
    const links = corpus.linksOf(uri, q.id);
    const reworded = links.filter((l) => l.kind !== "verbatim");
    if (reworded.length > 0) {
      const related: RelatedLocation[] = reworded.map((l) => {
        const other = otherSide(l, uri, q.id);
        const mine = other === l.b ? l.onlyInA : l.onlyInB;
        const theirs = other === l.b ? l.onlyInB : l.onlyInA;
        return { uri: other.uri, range: other.quote.range, message: `${l.kind === "elided" ? "Elided" : "Reworded"} here: ${describeDiff(mine, theirs)}` };
      });
      out.push(problemAt("quote-wording-differs", q.span, q.range, `This quote is worded differently in ${related.length === 1 ? "another article" : `${related.length} other places`}.`, { related }));
    }
    const conflicts: RelatedLocation[] = [];
    const mine = q.speaker === null ? undefined : corpus.workspaceEntity(uri, q.speaker)?.id;
    for (const l of links) {
      const other = otherSide(l, uri, q.id);
      const theirs = other.quote.speaker === null ? undefined : corpus.workspaceEntity(other.uri, other.quote.speaker)?.id;
      if (mine !== undefined && theirs !== undefined && mine !== theirs) {
        conflicts.push({ uri: other.uri, range: other.quote.range, message: `Attributed here to ${other.quote.speakerName ?? "someone else"}.` });
      }
    }
    if (conflicts.length > 0) {
      out.push(problemAt("quote-speaker-conflict", q.span, q.range, `This quote is attributed to ${q.speakerName} here but to someone else in ${conflicts.length === 1 ? "another article" : `${conflicts.length} other places`}.`, { related: conflicts }));
    }
  }
  return out;
}

function describeDiff(mine: readonly string[], theirs: readonly string[]): string {
  const parts: string[] = [];
  if (theirs.length > 0) parts.push(`has “${theirs.slice(0, 12).join(" ")}${theirs.length > 12 ? " …" : ""}”`);
  if (mine.length > 0) parts.push(`lacks “${mine.slice(0, 12).join(" ")}${mine.length > 12 ? " …" : ""}”`);
  return parts.length > 0 ? parts.join(", ") : "punctuation differs";
}
