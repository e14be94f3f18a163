import type { Severity } from "./types.js";

export interface CheckInfo {
  readonly code: string;
  readonly severity: Severity;
  /** One line: what the check finds and why it matters. */
  readonly summary: string;
}

/** Every check, its stable code and default severity; docs/checks.md describes each at length. */
export const CHECKS = {
  "scrape-image-slug": { severity: "warning", summary: "An image file name, slug, caption or credit left in the text by the scraper." },
  "scrape-boilerplate": { severity: "warning", summary: "Page furniture (comment footers, share rows, ads, 'Read more') inside the article." },
  "dateline-glued": { severity: "warning", summary: "The dateline runs into the lead's first word with no space." },
  "headline-site-name": { severity: "hint", summary: "The headline carries the site's name, as the page's title did." },
  "paragraph-hard-wrap": { severity: "information", summary: "A paragraph broken mid-sentence by a hard line wrap." },
  "paragraph-missing-blank-line": { severity: "information", summary: "A paragraph that lost the blank line the article uses between paragraphs." },
  "quote-unbalanced": { severity: "error", summary: "A quotation mark that opens without closing, or closes without opening." },
  "quote-mixed-style": { severity: "information", summary: "Straight quotation marks in an article that otherwise uses curly ones." },
  "quote-unattributed": { severity: "information", summary: "A full quotation with no speaker the text names." },
  "sourcing-anonymous": { severity: "information", summary: "A quotation attributed to an unnamed source." },
  "quote-wording-differs": { severity: "information", summary: "The same quotation is worded differently in another article." },
  "quote-speaker-conflict": { severity: "warning", summary: "The same quotation is attributed to different speakers in different articles." },
  "entity-misspelling": { severity: "warning", summary: "A likely misspelling of a name known from the alias table or the workspace." },
  "entity-variant-names": { severity: "information", summary: "One entity is named several ways across the workspace." },
  "entity-surname-first": { severity: "hint", summary: "A person is first mentioned by surname before the full name." },
  "date-copyright-conflict": { severity: "warning", summary: "A copyright or header year that contradicts the years the story is about." },
  "date-weekday-mismatch": { severity: "warning", summary: "A weekday written beside a date that does not fall on that date." },
  "date-updated-before-published": { severity: "warning", summary: "An 'updated' stamp earlier than the publication date." },
  "date-unresolved": { severity: "hint", summary: "A relative date that nothing in the article or its story can fix on the calendar." },
  "article-no-byline": { severity: "hint", summary: "The article names no author." },
  "article-no-date": { severity: "hint", summary: "The article carries no publication date." },
} as const satisfies Record<string, Omit<CheckInfo, "code">>;

export type CheckCode = keyof typeof CHECKS;

export const CHECK_CODES = Object.keys(CHECKS) as CheckCode[];

export function isCheckCode(code: string): code is CheckCode {
  return Object.hasOwn(CHECKS, code);
}
