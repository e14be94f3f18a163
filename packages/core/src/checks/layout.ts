import type { CheckContext } from "./context.js";
import { edit, problem } from "./context.js";
import type { Problem } from "./types.js";
import { continuesList } from "../structure/list-item.js";
import { PARAGRAPH_LABEL } from "../text/paragraph-label.js";

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
    const transcript = model.quotes.some((q) => q.style === "transcript");
    for (let k = 1; k < body.length; k++) {
      const p = model.paragraphs[body[k]!]!;
      // (a live page's entry sits right under its time, `14:05`, a section's first paragraph under its subheading, and a
      // list's item under the line that introduces it or another item)
      const above = model.paragraphs[body[k]! - 1];
      // (nor a letter's sign-off under it, nor a transcript's turn under another: `Ben Ode: Why Orsel?` then `Mara Velt: It's home.`)
      if (p.blankBefore || above?.role === "stamp" || above?.role === "subheading" || (above !== undefined && continuesList(p.text, above.text)) || signsOff(p.text)) continue;
      if (transcript && above !== undefined && PARAGRAPH_LABEL.test(p.text) && PARAGRAPH_LABEL.test(above.text)) continue;
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

/** Sign-off words: a name and where its writer lives, `Mara Velt, Kelmo`, `Eva Lind (Mrs), Orvek`, with no sentence's end. */
const SIGN_OFF = /^\p{Lu}[^.!?:;"“”\n]{0,50},[^.!?:;"“”,\n]{1,40}$/u;
const SIGN_OFF_MAX_WORDS = 6;

/** A letter's sign-off on the line under it, which no blank line need part from the letter. */
function signsOff(text: string): boolean {
  const line = text.trim();
  return SIGN_OFF.test(line) && line.split(/\s+/).length <= SIGN_OFF_MAX_WORDS;
}
