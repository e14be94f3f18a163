import type { ArticleModel, Corpus, Problem, Range } from "@dossier/core";

export interface JsonArticle {
  path: string;
  headline: string | null;
  authors: string[];
  outlet: string | null;
  published: string | null;
  dateline: string | null;
  subheadings: string[];
  entities: { id: string; name: string; type: string; aliases: string[]; roles: string[]; mentions: { text: string; range: Range }[] }[];
  quotes: { text: string; range: Range; speaker: string | null; speakerName: string | null }[];
  dates: { text: string; range: Range; value: string | null }[];
  diagnostics: { range: Range; severity: string; code: string; message: string }[];
}

/** The `dossier analyze --json` contract for one article; field names are stable. */
export function articleToJson(path: string, uri: string, model: ArticleModel, corpus: Corpus, problems: readonly Problem[]): JsonArticle {
  const s = model.structure;
  return {
    path,
    headline: s.headline?.text ?? null,
    authors: s.authors.map((a) => a.text),
    outlet: s.outlet?.name ?? null,
    published: s.published?.value ?? null,
    dateline: s.dateline?.place?.text ?? null,
    subheadings: s.subheadings.map((i) => model.paragraphs[i]!.text),
    entities: model.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      roles: [...e.roles],
      mentions: e.mentions.map((m) => ({ text: m.text, range: m.range })),
    })),
    quotes: model.quotes.map((q) => ({ text: q.text, range: q.range, speaker: q.speaker, speakerName: q.speakerName })),
    dates: corpus.datesOf(uri).map((d) => ({ text: d.text, range: d.range, value: d.value })),
    diagnostics: problems.map((p) => ({ range: p.range, severity: p.severity, code: p.code, message: p.message })),
  };
}

export function workspaceToJson(corpus: Corpus, pathOf: (uri: string) => string) {
  return {
    entities: corpus.entities().map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      articles: e.articles.map((a) => ({ path: pathOf(a.uri), entity: a.entity.id })),
    })),
    quoteLinks: corpus.quoteLinks().map((l) => ({
      kind: l.kind,
      quotes: [
        { path: pathOf(l.a.uri), range: l.a.quote.range },
        { path: pathOf(l.b.uri), range: l.b.quote.range },
      ],
    })),
  };
}
