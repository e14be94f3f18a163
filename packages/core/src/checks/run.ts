import type { Corpus } from "../corpus/corpus.js";
import type { ArticleModel } from "../model.js";
import { CHECKS, type CheckCode, isCheckCode } from "./catalog.js";
import type { CheckContext } from "./context.js";
import { dateChecks, metadataChecks } from "./dates.js";
import { entityChecks } from "./entities.js";
import { layoutChecks } from "./layout.js";
import { quoteChecks } from "./quotes.js";
import { scrapingChecks } from "./scraping.js";
import type { Problem, Severity } from "./types.js";
import { workspaceChecks } from "./workspace.js";

export interface CheckSettings {
  /** Severity per check code; `off` disables it. */
  readonly severity?: Readonly<Record<string, Severity | "off">>;
  /** Canonical name → the spelling the workspace prefers. */
  readonly preferred?: ReadonlyMap<string, string>;
}

/** Runs every check on one article; cross-article checks run when the article's workspace is given. */
export function checkArticle(uri: string, model: ArticleModel, corpus?: Corpus, settings: CheckSettings = {}): Problem[] {
  return applySettings(sortProblems([...articleChecks(uri, model, corpus), ...workspaceChecks(uri, model, corpus, settings.preferred ?? new Map())]), settings);
}

/**
 * The checks that read the article itself, with default severities. The workspace matters to them only
 * for an article with no date of its own, whose dates are read against a related article.
 */
export function articleChecks(uri: string, model: ArticleModel, corpus: Corpus | undefined): Problem[] {
  const ctx: CheckContext = { uri, model, ...(corpus ? { corpus } : {}), dates: corpus?.datesOf(uri) ?? model.dates };
  return [...scrapingChecks(ctx), ...layoutChecks(ctx), ...quoteChecks(ctx), ...entityChecks(ctx), ...dateChecks(ctx), ...metadataChecks(ctx)];
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

/** Drops checks set to `off` and applies configured severities. */
export function applySettings(problems: readonly Problem[], settings: CheckSettings): Problem[] {
  const out: Problem[] = [];
  for (const p of problems) {
    const configured = isCheckCode(p.code) ? settings.severity?.[p.code] : undefined;
    if (configured === "off") continue;
    out.push(configured === undefined ? p : { ...p, severity: configured });
  }
  return out;
}

export { CHECKS, type CheckCode };
