import { WEEKDAY_NAMES } from "../dates/calendar.js";
import type { CheckContext } from "./context.js";
import { problem } from "./context.js";
import type { Problem } from "./types.js";

/** `by 2030`, `before 2030`: a deadline or a target, not a year the story reports on. */
const DEADLINE = /\b(?:by|before|until|till|through|ahead of)\s+$/i;

/** The year the story is about: the reference date's, else the commonest year of the article's dates that are not deadlines. */
function storyYear(ctx: CheckContext): { year: number; from: string } | undefined {
  const reference = ctx.corpus?.referenceOf(ctx.uri) ?? ctx.model.reference;
  if (reference !== undefined) {
    const name = reference.uri?.slice(reference.uri.lastIndexOf("/") + 1);
    return { year: reference.date.year, from: reference.source === "related" ? `the related article ${name}` : `its ${reference.source} date` };
  }
  const years = new Map<number, number>();
  for (const d of ctx.dates) {
    // (a decade names no one year)
    if (d.value === null || d.expression.kind === "decade") continue;
    if (d.expression.kind === "year" && DEADLINE.test(ctx.model.text.slice(Math.max(0, d.span.start - 12), d.span.start))) continue;
    const year = Number(d.value.slice(0, 4));
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const best = [...years].sort((a, b) => b[1] - a[1])[0];
  return best && { year: best[0], from: "the dates in its text" };
}

export function dateChecks(ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const { model } = ctx;
  const s = model.structure;
  const copyright = s.copyright;
  const story = storyYear(ctx);
  if (copyright?.year !== undefined && story !== undefined && Math.abs(copyright.year - story.year) >= 2) {
    const at = copyright.text.indexOf(String(copyright.year));
    const span = at >= 0 ? { start: copyright.span.start + at, end: copyright.span.start + at + 4 } : copyright.span;
    out.push(problem(ctx, "date-copyright-conflict", span, `Copyright year ${copyright.year} contradicts the story's year ${story.year} (from ${story.from}); a footer year is when the page was rendered, not when the story ran.`));
  }
  for (const d of ctx.dates) {
    if (d.weekdayMismatch !== undefined && d.expression.kind === "written" && d.expression.date.weekday !== undefined) {
      out.push(problem(ctx, "date-weekday-mismatch", d.span, `${d.value} is a ${WEEKDAY_NAMES[d.weekdayMismatch]}, not a ${WEEKDAY_NAMES[d.expression.date.weekday]}.`));
    }
    if (d.value === null && d.relative) {
      out.push(problem(ctx, "date-unresolved", d.span, `'${d.text}' cannot be placed on the calendar: the article has no date and no related article gives one.`));
    }
  }
  if (s.published !== undefined) {
    for (const u of s.updated) {
      if (u.value < s.published.value) {
        out.push(
          problem(ctx, "date-updated-before-published", u.span, `Updated ${u.value} is earlier than the publication date ${s.published.value}.`, {
            related: [{ uri: ctx.uri, range: s.published.range, message: "Publication date." }],
          }),
        );
      }
    }
  }
  return out;
}

export function metadataChecks(ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const s = ctx.model.structure;
  const anchor = s.headline?.span ?? ctx.model.paragraphs[0]?.span;
  if (anchor === undefined) return out;
  if (s.authors.length === 0) out.push(problem(ctx, "article-no-byline", anchor, "The article names no author; its provenance cannot be checked."));
  // (the date relative dates are read against is the article's own: a stamp, or its dateline's day)
  if (ctx.model.reference === undefined) out.push(problem(ctx, "article-no-date", anchor, "The article carries no publication date; relative dates are read against a related article, if any."));
  return out;
}
