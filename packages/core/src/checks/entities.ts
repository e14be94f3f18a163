import type { CheckContext } from "./context.js";
import { problem } from "./context.js";
import type { Problem } from "./types.js";

/** A surname used before the article gives the full name. */
export function entityChecks(ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const { model } = ctx;
  for (const e of model.entities) {
    if (e.type !== "person") continue;
    const firstFull = e.mentions.find((m) => m.kind === "name" && m.text.split(/\s+/).length >= 2);
    const firstPartial = e.mentions[0];
    if (firstFull !== undefined && firstPartial !== undefined && firstPartial.kind === "partial" && firstPartial.span.start < firstFull.span.start && model.paragraphs.some((p) => p.role === "body" && p.span.start <= firstPartial.span.start && firstPartial.span.start < p.span.end)) {
      out.push(problem(ctx, "entity-surname-first", firstPartial.span, `${e.name} is called '${firstPartial.text}' before the article gives the full name.`, { related: [{ uri: ctx.uri, range: firstFull.range, message: "Full name first given here." }] }));
    }
  }
  return out;
}
