import type { ArticleModel } from "@dossier/core";
import type { Style } from "./style.js";

/** A readable per-article report: metadata first, then what the article says. */
export function articleToText(path: string, model: ArticleModel, style: Style): string {
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
  field("dateline", s.dateline ? s.dateline.place.text + (s.dateline.source ? ` (${s.dateline.source})` : "") : undefined);
  if (s.copyright) field("copyright", s.copyright.text);
  field("body", `${s.body.length} paragraphs, ${model.sentences.length} sentences (${s.paragraphConvention === "blank-line" ? "blank-line" : "one-line"} paragraphs)`);
  return out.join("\n");
}
