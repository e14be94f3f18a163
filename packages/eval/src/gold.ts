import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface GoldEntity {
  readonly name: string;
  readonly accept_types: readonly string[];
  readonly forms: readonly string[];
  readonly optional?: boolean;
  readonly roles?: readonly string[];
}

export interface GoldQuote {
  /** The first words of the quotation, enough to find it. */
  readonly starts: string;
  /** Gold speaker's canonical name, or null for anonymous sources. */
  readonly speaker: string | null;
}

export interface GoldDate {
  readonly text: string;
  readonly value: string | null;
}

export interface GoldArticle {
  readonly entities: readonly GoldEntity[];
  readonly quotes?: readonly GoldQuote[];
  readonly dates?: readonly GoldDate[];
}

export interface GoldSet {
  readonly name: string;
  readonly dir: string;
  readonly articles: ReadonlyMap<string, GoldArticle>;
  /** The entity types the gold annotates, when it leaves some out; see `scoreEntities`. */
  readonly annotated?: ReadonlySet<string>;
}

export function loadGoldSet(name: string, goldFile: string, dir: string, annotated?: ReadonlySet<string>): GoldSet | undefined {
  if (!existsSync(goldFile) || !existsSync(dir)) return undefined;
  const data = JSON.parse(readFileSync(goldFile, "utf8")) as { articles: Record<string, GoldArticle> };
  const articles = new Map<string, GoldArticle>();
  for (const [file, article] of Object.entries(data.articles)) if (existsSync(join(dir, file))) articles.set(file, article);
  return { name, dir, articles, ...(annotated ? { annotated } : {}) };
}
