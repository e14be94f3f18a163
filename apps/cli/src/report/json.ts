import type { ArticleModel } from "@dossier/core";

export interface JsonArticle {
  path: string;
  headline: string | null;
  authors: string[];
  outlet: string | null;
  published: string | null;
  dateline: string | null;
  entities: unknown[];
  quotes: unknown[];
  dates: unknown[];
  diagnostics: unknown[];
}

/** The `dossier analyze --json` contract for one article; field names are stable. */
export function articleToJson(path: string, model: ArticleModel): JsonArticle {
  const s = model.structure;
  return {
    path,
    headline: s.headline?.text ?? null,
    authors: s.authors.map((a) => a.text),
    outlet: s.outlet?.name ?? null,
    published: s.published?.value ?? null,
    dateline: s.dateline?.place.text ?? null,
    entities: [],
    quotes: [],
    dates: [],
    diagnostics: [],
  };
}
