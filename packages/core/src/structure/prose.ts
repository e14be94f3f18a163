import type { ArticleParagraph } from "../model.js";

/** The paragraphs whose names and dates are read: the headline, the deck, the body, its subheadings and an editor's correction of it. */
export function isProse(p: Pick<ArticleParagraph, "role" | "boilerplate">): boolean {
  return isRunningText(p) || p.role === "headline" || p.role === "deck" || p.role === "subheading";
}

/** The paragraphs written as sentences: the body, and an editor's correction, which names what it corrects. */
export function isRunningText(p: Pick<ArticleParagraph, "role" | "boilerplate">): boolean {
  return p.role === "body" || p.boilerplate === "correction";
}
