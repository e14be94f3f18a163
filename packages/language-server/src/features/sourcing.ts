import type { ArticleModel } from "@dossier/core";

export interface SourcingReport {
  readonly named: number;
  readonly anonymous: number;
  readonly unattributed: number;
  readonly quotes: readonly { readonly speaker: string; readonly text: string; readonly line: number }[];
}

/** An article's sourcing summary with each quote's speaker: the `dossier/sourcing` request. */
export function sourcing(model: ArticleModel): SourcingReport {
  return {
    named: model.sourcing.named,
    anonymous: model.sourcing.anonymous,
    unattributed: model.sourcing.unattributed,
    quotes: model.quotes.map((q) => ({
      speaker: q.speakerName ?? (q.anonymous !== undefined ? `anonymous (${q.anonymous})` : "unattributed"),
      text: q.text,
      line: q.range.start.line,
    })),
  };
}
