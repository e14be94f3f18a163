import type { GoldDate, GoldQuote } from "./gold.js";

export interface PredictedQuote {
  readonly text: string;
  /** Canonical name of the speaker; null when anonymous or unattributed; undefined when the system names no speakers. */
  readonly speaker?: string | null;
}

export interface QuoteCounts {
  gold: number;
  found: number;
  predicted: number;
  speakerRight: number;
}

export interface DateCounts {
  gold: number;
  found: number;
  predicted: number;
  valueRight: number;
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();

/** A gold quote is found when a predicted quote starts with its first words; its speaker is right when the names agree. */
export function scoreQuotes(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[]): QuoteCounts {
  const used = new Set<number>();
  const counts: QuoteCounts = { gold: gold.length, found: 0, predicted: predicted.length, speakerRight: 0 };
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && norm(p.text).startsWith(norm(g.starts)));
    if (i < 0) continue;
    used.add(i);
    counts.found++;
    const speaker = predicted[i]!.speaker;
    if (speaker !== undefined && (speaker === null ? g.speaker === null : g.speaker !== null && norm(speaker) === norm(g.speaker))) counts.speakerRight++;
  }
  return counts;
}

/** Dates are matched by their text in order; a value is right when it equals the gold value (null included). */
export function scoreDates(gold: readonly GoldDate[], predicted: readonly { text: string; value: string | null }[]): DateCounts {
  const used = new Set<number>();
  const counts: DateCounts = { gold: gold.length, found: 0, predicted: predicted.length, valueRight: 0 };
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && norm(p.text) === norm(g.text));
    if (i < 0) continue;
    used.add(i);
    counts.found++;
    // a system that only gives full dates is judged at the gold's precision: 2014-11-15 is right for 2014-11
    const value = predicted[i]!.value;
    if (value === g.value || (value !== null && g.value !== null && value.length > g.value.length && value.startsWith(g.value))) counts.valueRight++;
  }
  return counts;
}

export function addQuoteCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  return { gold: a.gold + b.gold, found: a.found + b.found, predicted: a.predicted + b.predicted, speakerRight: a.speakerRight + b.speakerRight };
}

export function addDateCounts(a: DateCounts, b: DateCounts): DateCounts {
  return { gold: a.gold + b.gold, found: a.found + b.found, predicted: a.predicted + b.predicted, valueRight: a.valueRight + b.valueRight };
}
