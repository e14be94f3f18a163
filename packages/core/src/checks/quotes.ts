import type { CheckContext } from "./context.js";
import { edit, problem } from "./context.js";
import type { Problem } from "./types.js";

const shortText = (s: string) => (s.length > 48 ? `${s.slice(0, 45)}…` : s);

/** Quotation marks, attribution and sourcing within the article. */
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
  return out;
}
