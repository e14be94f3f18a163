import type { CheckContext } from "./context.js";
import { edit, problem } from "./context.js";
import type { Problem, RelatedLocation } from "./types.js";

const shortText = (s: string) => (s.length > 48 ? `${s.slice(0, 45)}…` : s);

/** Quotation marks, attribution and sourcing, and how a quote reads in other articles. */
export function quoteChecks(ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const { model } = ctx;
  for (const mark of model.strayQuoteMarks) {
    const opening = mark.text === "“" || (mark.text === '"' && /^\S/u.test(model.text.slice(mark.span.end, mark.span.end + 1)));
    out.push(
      problem(
        ctx,
        "quote-unbalanced",
        mark.span,
        opening ? "This quotation mark opens a quote that never closes; where the quote ends is unknown." : "This quotation mark closes a quote that never opened.",
      ),
    );
  }
  const curly = model.quotes.filter((q) => q.style === "curly").length;
  const straight = model.quotes.filter((q) => q.style === "straight");
  if (curly > 0 && straight.length > 0 && curly >= straight.length) {
    for (const q of straight) {
      const open = { start: q.outer.span.start, end: q.outer.span.start + 1 };
      const edits = [edit(ctx, open, "“")];
      if (!q.unclosed) edits.push(edit(ctx, { start: q.outer.span.end - 1, end: q.outer.span.end }, "”"));
      out.push(
        problem(ctx, "quote-mixed-style", q.outer.span, `Straight quotation marks in an article that uses curly ones (${curly} curly, ${straight.length} straight): a sign of text pasted from another source.`, {
          fixes: [{ title: "Use curly quotation marks", edits, preferred: true }],
        }),
      );
    }
  }
  const counts = `${model.sourcing.named} named, ${model.sourcing.anonymous} anonymous`;
  for (const q of model.quotes) {
    if (q.speaker === null && q.anonymous === undefined && !q.partial) {
      out.push(problem(ctx, "quote-unattributed", q.span, `No speaker is named for the quote “${shortText(q.text)}”.`));
    } else if (q.speaker === null && q.anonymous !== undefined) {
      out.push(problem(ctx, "sourcing-anonymous", q.span, `Quote attributed to an unnamed source (${q.anonymous}); this article's quotes: ${counts}.`));
    }
  }
  if (ctx.corpus !== undefined) {
    for (const q of model.quotes) {
      const links = ctx.corpus.linksOf(ctx.uri, q.id);
      const reworded = links.filter((l) => l.kind !== "verbatim");
      if (reworded.length > 0) {
        const related: RelatedLocation[] = reworded.map((l) => {
          const other = l.a.uri === ctx.uri && l.a.quote.id === q.id ? l.b : l.a;
          const mine = other === l.b ? l.onlyInA : l.onlyInB;
          const theirs = other === l.b ? l.onlyInB : l.onlyInA;
          return { uri: other.uri, range: other.quote.range, message: `${l.kind === "elided" ? "Elided" : "Reworded"} here: ${describeDiff(mine, theirs)}` };
        });
        out.push(problem(ctx, "quote-wording-differs", q.span, `This quote is worded differently in ${related.length === 1 ? "another article" : `${related.length} other places`}.`, { related }));
      }
      const conflicts: RelatedLocation[] = [];
      for (const l of links) {
        const other = l.a.uri === ctx.uri && l.a.quote.id === q.id ? l.b : l.a;
        const mine = q.speaker === null ? undefined : ctx.corpus.workspaceEntity(ctx.uri, q.speaker)?.id;
        const theirs = other.quote.speaker === null ? undefined : ctx.corpus.workspaceEntity(other.uri, other.quote.speaker)?.id;
        if (mine !== undefined && theirs !== undefined && mine !== theirs) {
          conflicts.push({ uri: other.uri, range: other.quote.range, message: `Attributed here to ${other.quote.speakerName ?? "someone else"}.` });
        }
      }
      if (conflicts.length > 0) {
        out.push(problem(ctx, "quote-speaker-conflict", q.span, `This quote is attributed to ${q.speakerName} here but to someone else in ${conflicts.length === 1 ? "another article" : `${conflicts.length} other places`}.`, { related: conflicts }));
      }
    }
  }
  return out;
}

function describeDiff(mine: readonly string[], theirs: readonly string[]): string {
  const parts: string[] = [];
  if (theirs.length > 0) parts.push(`has “${theirs.slice(0, 12).join(" ")}${theirs.length > 12 ? " …" : ""}”`);
  if (mine.length > 0) parts.push(`lacks “${mine.slice(0, 12).join(" ")}${mine.length > 12 ? " …" : ""}”`);
  return parts.length > 0 ? parts.join(", ") : "punctuation differs";
}
