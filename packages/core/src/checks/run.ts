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

export interface CheckSettings {
  /** Severity per check code; `off` disables it. */
  readonly severity?: Readonly<Record<string, Severity | "off">>;
  /** Canonical name → the spelling the workspace prefers. */
  readonly preferred?: ReadonlyMap<string, string>;
}

/** Runs every check on one article; cross-article checks run when the article's workspace is given. */
export function checkArticle(uri: string, model: ArticleModel, corpus?: Corpus, settings: CheckSettings = {}): Problem[] {
  return applySettings(runChecks(uri, model, corpus, settings.preferred ?? new Map()), settings);
}

/** Problems with their default severities, in text order. */
export function runChecks(uri: string, model: ArticleModel, corpus: Corpus | undefined, preferred: ReadonlyMap<string, string>): Problem[] {
  const ctx: CheckContext = { uri, model, ...(corpus ? { corpus } : {}), dates: corpus?.datesOf(uri) ?? model.dates };
  return [
    ...scrapingChecks(ctx),
    ...layoutChecks(ctx),
    ...quoteChecks(ctx),
    ...entityChecks(ctx, preferred),
    ...dateChecks(ctx),
    ...metadataChecks(ctx),
  ].sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
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
