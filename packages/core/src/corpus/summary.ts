import { analyzeArticle } from "../analyze.js";
import { articleChecks } from "../checks/run.js";
import type { Problem } from "../checks/types.js";
import { formatDate } from "../dates/calendar.js";
import type { ReferenceDate } from "../dates/resolve.js";
import type { AliasTable } from "../entities/aliases.js";
import type { Entity, EntityMention } from "../entities/types.js";
import type { Draft } from "../draft.js";
import type { ArticleModel, Quote } from "../model.js";
import type { Range } from "../text/positions.js";
import { packSummary, type PackedSummary } from "./stored.js";

/** What the workspace keeps of a mention: enough to list, rename and link it. */
export type MentionSummary = Pick<EntityMention, "text" | "span" | "range" | "kind" | "misspelling">;

/** What the workspace keeps of an article's entity. A full `Entity` is one too. */
export interface EntitySummary extends Pick<Entity, "id" | "name" | "type" | "roles" | "aliases"> {
  readonly mentions: readonly MentionSummary[];
}

/** An article's entity as linking holds it: with how the article writes its name and how often it names it. */
export interface LinkedEntity extends EntitySummary {
  /** Names, aliases and acronyms as written, misspellings left out. */
  readonly forms: readonly string[];
  readonly mentionCount: number;
  /** The mentions' ranges in text order, without reading the mentions back. */
  ranges(): Range[];
}

/** What the workspace keeps of a quote. A full `Quote` is one too. */
export type QuoteSummary = Pick<Quote, "id" | "text" | "range" | "span" | "speaker" | "speakers" | "speakerName" | "partial">;

/**
 * What the workspace keeps of every article between questions: a few kilobytes instead of the full
 * model's hundred. Full models are analysed again on demand and cached for the articles in use.
 */
export interface ArticleSummary {
  readonly entities: readonly EntitySummary[];
  readonly quotes: readonly QuoteSummary[];
  /** The article's own date, `YYYY-MM-DD`: its publication stamp, else its first update, else its dateline's day. */
  readonly stamp?: string;
  readonly reference?: ReferenceDate;
}

/**
 * What the workspace keeps of a model, as a view of it: its entities and quotes are summaries already, and
 * `packSummary` makes the compact copy that lets the model go.
 */
export function summarize(model: ArticleModel): ArticleSummary {
  const summary: Draft<ArticleSummary> = { entities: model.entities, quotes: model.quotes };
  // (the model's reference is the article's own date, which `analyzeArticle` chose)
  if (model.reference !== undefined) {
    summary.stamp = formatDate(model.reference.date);
    summary.reference = model.reference;
  }
  return summary;
}

/** An article read for the workspace: what it keeps of it, and the problems the article alone shows. */
export interface PreparedArticle {
  readonly summary: PackedSummary;
  /** Default severities; cross-article problems are added when asked, from the workspace. */
  readonly problems: readonly Problem[];
}

/**
 * Reads an article for the workspace without keeping its model: what hosts run off the main thread
 * (plain data, so it crosses to a worker and back) and hand to `Corpus.adopt`.
 */
export function prepareArticle(uri: string, text: string, aliases: AliasTable): PreparedArticle {
  const model = analyzeArticle(text, { uri, aliases });
  return { summary: packSummary(summarize(model)), problems: articleChecks(uri, model, undefined) };
}
