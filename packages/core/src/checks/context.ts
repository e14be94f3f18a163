import type { Corpus } from "../corpus/corpus.js";
import type { ArticleModel, DateMention } from "../model.js";
import type { Range, Span } from "../text/positions.js";
import { CHECKS, type CheckCode } from "./catalog.js";
import type { Fix, Problem, RelatedLocation, TextEdit } from "./types.js";

/** What a check sees: the article, its workspace (for cross-article checks) and its resolved dates. */
export interface CheckContext {
  readonly uri: string;
  readonly model: ArticleModel;
  readonly corpus?: Corpus;
  readonly dates: readonly DateMention[];
}

export function problem(
  ctx: CheckContext,
  code: CheckCode,
  span: Span,
  message: string,
  extra: { related?: RelatedLocation[]; fixes?: Fix[] } = {},
): Problem {
  return problemAt(code, span, ctx.model.lines.rangeOf(span), message, extra);
}

/** A problem where the range is already known (from a summary, without the article's line index). */
export function problemAt(code: CheckCode, span: Span, range: Range, message: string, extra: { related?: RelatedLocation[]; fixes?: Fix[] } = {}): Problem {
  return {
    code,
    severity: CHECKS[code].severity,
    message,
    span,
    range,
    ...(extra.related && extra.related.length > 0 ? { related: extra.related } : {}),
    ...(extra.fixes && extra.fixes.length > 0 ? { fixes: extra.fixes } : {}),
  };
}

export function edit(ctx: CheckContext, span: Span, newText: string): TextEdit {
  return { range: ctx.model.lines.rangeOf(span), newText };
}
