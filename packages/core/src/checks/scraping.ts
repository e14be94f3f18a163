import type { CheckContext } from "./context.js";
import { edit, problem } from "./context.js";
import type { Problem } from "./types.js";

const FURNITURE: Record<string, string> = {
  comments: "a blog's comment footer",
  share: "a share row",
  advertisement: "an advertisement marker",
  navigation: "site navigation",
};

/** Image slugs, page furniture, glued datelines and the site's name after the headline: text the scraper brought along or broke. */
export function scrapingChecks(ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const { model } = ctx;
  for (const index of model.structure.boilerplate) {
    const p = model.paragraphs[index]!;
    // removing the paragraph takes its line break with it, so no empty line is left behind
    const next = model.paragraphs[index + 1];
    const removal = { start: p.span.start, end: next ? next.span.start : p.span.end };
    const fix = { title: `Remove '${p.text.length > 40 ? p.text.slice(0, 37) + "…" : p.text}'`, edits: [edit(ctx, removal, "")], preferred: true };
    if (p.boilerplate === "image") {
      // a file name or slug is one token; a caption or credit is words
      const what = /\s/.test(p.text) ? "Photo caption or credit" : "Image file name or slug";
      out.push(problem(ctx, "scrape-image-slug", p.span, `${what} '${p.text}' left in the text by the scraper; it is not part of the article.`, { fixes: [fix] }));
    } else if (p.boilerplate !== undefined && FURNITURE[p.boilerplate] !== undefined) {
      out.push(problem(ctx, "scrape-boilerplate", p.span, `'${p.text}' is ${FURNITURE[p.boilerplate]}, not article text; it pollutes quotes, counts and search.`, { fixes: [fix] }));
    }
  }
  const d = model.structure.dateline;
  if (d?.glued) {
    const at = { start: d.span.end - 1, end: d.span.end + 1 };
    out.push(
      problem(ctx, "dateline-glued", at, `The dateline '${d.text}' runs into the lead's first word; a space was lost in scraping.`, {
        fixes: [{ title: "Insert a space after the dateline", edits: [edit(ctx, { start: d.span.end, end: d.span.end }, " ")], preferred: true }],
      }),
    );
  }
  const site = model.structure.titleSite;
  if (site !== undefined) {
    const shown = site.text.trim();
    const where = site.span.start < (model.structure.headline?.span.start ?? 0) ? "begins" : "ends";
    out.push(
      problem(ctx, "headline-site-name", site.span, `The headline ${where} with '${shown}', the site's name its page title carried; it is not part of the headline.`, {
        fixes: [{ title: `Remove '${shown}' from the headline`, edits: [edit(ctx, site.span, "")], preferred: true }],
      }),
    );
  }
  return out;
}
