import type { CheckContext } from "./context.js";
import { edit, problem } from "./context.js";
import type { Problem } from "./types.js";

/** Misspelt names, names written several ways across the workspace, surnames before full names. */
export function entityChecks(ctx: CheckContext, preferred: ReadonlyMap<string, string>): Problem[] {
  const out: Problem[] = [];
  const { model } = ctx;
  for (const e of model.entities) {
    const ws = ctx.corpus?.workspaceEntity(ctx.uri, e.id);
    const forms = ws ? [ws.name, ...ws.aliases] : [e.name, ...e.aliases];
    const wanted = preferred.get(e.name) ?? e.name;
    for (const m of e.mentions) {
      if (!m.misspelling) continue;
      const spellings = forms.filter((f) => f !== m.text).slice(0, 4);
      out.push(
        problem(ctx, "entity-misspelling", m.span, `'${m.text}' looks like a misspelling of ${e.name} (known as ${spellings.map((s) => `'${s}'`).join(", ")}).`, {
          fixes: [{ title: `Replace with '${wanted}'`, edits: [edit(ctx, m.span, wanted)], preferred: true }],
          related: (ws?.articles ?? [])
            .flatMap((a) => a.entity.mentions.filter((x) => !x.misspelling && x.kind !== "description").slice(0, 1).map((x) => ({ uri: a.uri, range: x.range, message: `Spelt '${x.text}' here.` })))
            .slice(0, 5),
        }),
      );
    }
    if (e.type === "person") {
      const firstFull = e.mentions.find((m) => m.kind === "name" && m.text.split(/\s+/).length >= 2);
      const firstPartial = e.mentions[0];
      if (firstFull !== undefined && firstPartial !== undefined && firstPartial.kind === "partial" && firstPartial.span.start < firstFull.span.start && model.paragraphs.some((p) => p.role === "body" && p.span.start <= firstPartial.span.start && firstPartial.span.start < p.span.end)) {
        out.push(problem(ctx, "entity-surname-first", firstPartial.span, `${e.name} is called '${firstPartial.text}' before the article gives the full name.`, { related: [{ uri: ctx.uri, range: firstFull.range, message: "Full name first given here." }] }));
      }
    }
  }
  if (ctx.corpus !== undefined) {
    const reported = new Set<string>();
    for (const e of model.entities) {
      const ws = ctx.corpus.workspaceEntity(ctx.uri, e.id);
      if (ws === undefined || reported.has(ws.id)) continue;
      if (ws.type === "person") continue;
      const written = ws.forms;
      if (written.length < 3) continue;
      reported.add(ws.id);
      const first = e.mentions.find((m) => m.kind !== "description")!;
      const wanted = preferred.get(ws.name);
      out.push(
        problem(ctx, "entity-variant-names", first.span, `${ws.name} is written ${written.length} ways across the workspace: ${written.map((w) => `'${w}'`).join(", ")}${wanted ? `; dossier.json prefers '${wanted}'` : ""}.`),
      );
    }
  }
  return out;
}
