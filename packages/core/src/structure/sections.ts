import type { ArticleStructure } from "../model.js";

/** Body paragraphs in reading order and the subheading that opens them; the paragraphs before the first subheading have none. */
export interface Section {
  readonly heading?: number;
  readonly paragraphs: readonly number[];
}

/** The body's sections: each subheading with the body paragraphs after it up to the next, after the paragraphs that no subheading opens. */
export function sectionsOf(structure: Pick<ArticleStructure, "body" | "subheadings">): Section[] {
  const out: { heading?: number; paragraphs: number[] }[] = [{ paragraphs: [] }];
  let h = 0;
  for (const i of structure.body) {
    while (h < structure.subheadings.length && structure.subheadings[h]! < i) out.push({ heading: structure.subheadings[h++]!, paragraphs: [] });
    out.at(-1)!.paragraphs.push(i);
  }
  while (h < structure.subheadings.length) out.push({ heading: structure.subheadings[h++]!, paragraphs: [] });
  return out;
}
