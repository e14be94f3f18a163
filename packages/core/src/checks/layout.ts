import type { CheckContext } from "./context.js";
import { edit, problem } from "./context.js";
import type { Problem } from "./types.js";
import type { ArticleParagraph } from "../model.js";
import { introducesList, isListItemLine } from "../structure/list-item.js";

/** Paragraphs broken by hard wraps, and paragraphs that lost the blank line the article uses. */
export function layoutChecks(ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const { model } = ctx;
  for (const p of model.paragraphs) {
    if (p.role !== "body") continue;
    for (const line of p.wrappedLines) {
      const lineStart = model.lines.lineStart(line);
      const prevEnd = model.lines.lineContentEnd(line - 1);
      const span = { start: prevEnd, end: lineStart };
      out.push(
        problem(ctx, "paragraph-hard-wrap", { start: Math.max(p.span.start, prevEnd - 1), end: lineStart + 1 }, "The paragraph is broken mid-sentence by a hard line wrap.", {
          fixes: [{ title: "Join the wrapped line", edits: [edit(ctx, span, " ")], preferred: true }],
        }),
      );
    }
  }
  if (model.structure.paragraphConvention === "blank-line") {
    const body = model.structure.body;
    for (let k = 1; k < body.length; k++) {
      const p = model.paragraphs[body[k]!]!;
      // (a live page's entry sits right under its time, `14:05`, and a section's first paragraph under its subheading)
      const above = model.paragraphs[body[k]! - 1];
      if (p.blankBefore || above?.role === "stamp" || above?.role === "subheading" || listGoesOn(model.text, above, p)) continue;
      const lineStart = model.lines.lineStart(p.firstLine);
      out.push(
        problem(ctx, "paragraph-missing-blank-line", { start: lineStart, end: Math.min(p.span.end, lineStart + 1) }, "This paragraph lost the blank line that separates paragraphs elsewhere in the article.", {
          fixes: [{ title: "Insert a blank line", edits: [edit(ctx, { start: lineStart, end: lineStart }, model.text.includes("\r\n") ? "\r\n" : "\n")], preferred: true }],
        }),
      );
    }
  }
  return out;
}

/** A list's items and a table's rows stand line under line, under a line that introduces them or under another item. */
function listGoesOn(text: string, above: ArticleParagraph | undefined, p: ArticleParagraph): boolean {
  if (above === undefined || !isListItemLine(text.slice(p.span.start, p.span.end))) return false;
  const line = text.slice(above.span.start, above.span.end);
  return introducesList(line) || isListItemLine(line);
}
