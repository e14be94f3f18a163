import type { ArticleModel, Corpus, Problem } from "@dossier/core";
import type { Style } from "./style.js";

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A readable per-article report: metadata, the entity table, quotes with speakers, problems. */
export function articleToText(path: string, uri: string, model: ArticleModel, corpus: Corpus, problems: readonly Problem[], style: Style): string {
  const s = model.structure;
  const out: string[] = [];
  out.push(style.bold(path));
  const field = (label: string, value: string | undefined) => out.push(`  ${style.dim(label.padEnd(10))} ${value ?? style.dim("—")}`);
  field("headline", s.headline?.text);
  if (s.deck) field("deck", s.deck.text);
  field("authors", s.authors.length > 0 ? s.authors.map((a) => a.text).join(", ") : undefined);
  field("outlet", s.outlet ? `${s.outlet.name} ${style.dim(`(from ${s.outlet.from})`)}` : undefined);
  field("published", s.published?.value);
  for (const u of s.updated) field("updated", u.value);
  field("dateline", s.dateline ? [s.dateline.place?.text, s.dateline.source && `(${s.dateline.source})`].filter(Boolean).join(" ") : undefined);
  if (s.copyright) field("copyright", s.copyright.text);
  const reference = corpus.referenceOf(uri);
  if (reference?.source === "related") field("dated by", `${reference.date.year}-${String(reference.date.month).padStart(2, "0")}-${String(reference.date.day).padStart(2, "0")} ${style.dim(`(related article ${reference.uri})`)}`);
  field("body", `${s.body.length} paragraphs, ${model.sentences.length} sentences`);
  if (s.subheadings.length > 0) field("sections", s.subheadings.map((i) => clip(model.paragraphs[i]!.text, 40)).join(style.dim(" · ")));

  if (model.entities.length > 0) {
    out.push("", `  ${style.bold("Entities")}`);
    for (const e of model.entities) {
      const ws = corpus.workspaceEntity(uri, e.id);
      const name = ws && ws.name !== e.name ? `${e.name} → ${ws.name}` : e.name;
      const roles = (ws?.roles ?? e.roles).join("; ");
      out.push(`  ${style.cyan(e.type.padEnd(12))} ${name.padEnd(36)} ${String(e.mentions.length).padStart(3)}×  ${style.dim(clip(roles, 60))}`);
    }
  }
  if (model.quotes.length > 0) {
    out.push("", `  ${style.bold("Quotes")} ${style.dim(`(${model.sourcing.named} named, ${model.sourcing.anonymous} anonymous, ${model.sourcing.unattributed} unattributed)`)}`);
    for (const q of model.quotes) {
      const who = q.speakers.length > 0 ? q.speakers.map((id) => model.entities.find((e) => e.id === id)?.name ?? id).join(" and ") : q.anonymous ? `anonymous: ${q.anonymous}` : "—";
      out.push(`  ${style.green(`“${clip(q.text, 70)}”`)} ${style.dim("—")} ${who}`);
    }
  }
  const dates = corpus.datesOf(uri).filter((d) => d.relative);
  if (dates.length > 0) {
    out.push("", `  ${style.bold("Dates")}`);
    for (const d of dates) out.push(`  ${d.text.padEnd(24)} ${d.value ?? style.dim("unresolved")}`);
  }
  if (problems.length > 0) {
    out.push("", `  ${style.bold("Problems")}`);
    for (const p of problems) out.push(`  ${String(p.range.start.line + 1).padStart(4)}:${String(p.range.start.character + 1).padEnd(4)} ${severity(p.severity, style)} ${p.message} ${style.dim(p.code)}`);
  }
  return out.join("\n");
}

export function severity(level: Problem["severity"], style: Style): string {
  switch (level) {
    case "error":
      return style.red("error");
    case "warning":
      return style.yellow("warning");
    case "information":
      return style.blue("info");
    case "hint":
      return style.dim("hint");
  }
}
