import type { DateMention, Located } from "../model.js";
import type { Span } from "../text/positions.js";
import { findDateExpressions } from "./expressions.js";
import { clauseTense, resolveExpression, type ReferenceDate } from "./resolve.js";

/** Finds the date expressions of the given paragraphs and resolves them against `reference`. */
export function findDateMentions(
  text: string,
  paragraphs: readonly Span[],
  sentenceStartOf: (offset: number) => number,
  quoteSpans: readonly Span[],
  reference: ReferenceDate | undefined,
  locate: (span: Span) => Located,
): DateMention[] {
  const out: DateMention[] = [];
  for (const p of paragraphs) {
    for (const expression of findDateExpressions(text, p.start, p.end)) {
      const from = sentenceStartOf(expression.span.start);
      // quoted words keep their own tense: "“We will not cooperate,” Earnest said Thursday" is past
      let before = text.slice(from, expression.span.start);
      for (const q of quoteSpans) {
        if (q.end <= from || q.start >= expression.span.start) continue;
        const a = Math.max(q.start, from) - from;
        const b = Math.min(q.end, expression.span.start) - from;
        before = before.slice(0, a) + " ".repeat(b - a) + before.slice(b);
      }
      const tense = clauseTense(before);
      out.push(resolveMention({ ...locate(expression.span), expression, tense, value: null, relative: true }, reference));
    }
  }
  return out;
}

/** (Re)resolves a mention against a reference date; the corpus uses it to date articles that have none. */
export function resolveMention(mention: DateMention, reference: ReferenceDate | undefined): DateMention {
  const r = resolveExpression(mention.expression, reference, mention.tense);
  const { basis: _basis, weekdayMismatch: _mismatch, ...rest } = mention;
  return {
    ...rest,
    value: r.value,
    relative: r.relative,
    ...(r.relative && r.value !== null && reference !== undefined ? { basis: reference } : {}),
    ...(r.weekdayMismatch !== undefined ? { weekdayMismatch: r.weekdayMismatch } : {}),
  };
}
