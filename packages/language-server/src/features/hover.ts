import { WEEKDAY_NAMES, entriesOfArticle, formatDate, parseDecade, parseIsoDate, parseIsoWeek, seasonName, weekdayOf, type ArticleModel, type AttributionKind, type DateMention, type Entity, type Quote } from "@dossier/core";
import type { Hover, MarkupContent } from "vscode-languageserver";
import type { WorkspaceState } from "../workspace/state.js";
import { targetAt } from "./lookup.js";
import { basename, lineLink } from "./paths.js";

const md = (value: string): MarkupContent => ({ kind: "markdown", value });

export function hover(state: WorkspaceState, uri: string, model: ArticleModel, offset: number): Hover | null {
  const target = targetAt(model, offset, state.dates(uri));
  if (target === undefined) return null;
  switch (target.kind) {
    case "entity":
      return { contents: md(entityHover(state, uri, target.entity)), range: target.mention.range };
    case "date":
      return { contents: md(dateHover(target.date)), range: target.date.range };
    case "quote":
      return { contents: md(quoteHover(state, uri, model, target.quote)), range: target.quote.outer.range };
  }
}

/** How a speaker found without a cue of their own was found. */
const ATTRIBUTION_NOTE: Partial<Record<AttributionKind, string>> = {
  continuation: " — continues the previous quote",
  echo: " — their words, quoted in full elsewhere in the article",
  label: " — their answer in the interview's transcript",
  question: " — their answer to the interview's question",
};

function entityHover(state: WorkspaceState, uri: string, entity: Entity): string {
  const ws = state.corpus.workspaceEntity(uri, entity.id);
  const name = ws?.name ?? entity.name;
  const lines = [`**${name}** — ${entity.type}`];
  const roles = ws?.roles ?? entity.roles;
  if (roles.length > 0) lines.push(`Roles: ${roles.join(" · ")}`);
  const aliases = (ws?.aliases ?? entity.aliases).filter((a) => a !== name);
  if (aliases.length > 0) lines.push(`Also: ${aliases.join(", ")}`);
  const total = ws?.mentionCount ?? entity.mentions.length;
  const articles = ws?.articles ?? [{ uri, entity }];
  lines.push(`Mentions: ${entity.mentions.length} here · ${total} in ${articles.length} article${articles.length === 1 ? "" : "s"}`);
  // an entity named across the workspace has thousands of articles and quotes: only the few shown are
  // collected, and this article's are found by halving the lists (kept in URI order), so a hover costs the
  // same for it as for a name in one article
  if (ws) {
    const others = firstWhere(ws.articles, (a) => a.uri !== uri, 8);
    const mine = entriesOfArticle(ws.articles, uri);
    const more = ws.articles.length - (mine.end - mine.start) - others.length;
    if (others.length > 0) {
      lines.push(`Elsewhere: ${others.map((a) => `[${basename(a.uri)}](${lineLink(a.uri, a.entity.mentions[0]!.range.start.line)}) (${a.entity.mentionCount})`).join(", ")}${more > 0 ? ` and ${more} more` : ""}`);
    }
    // this article's quotes first, then the rest of the workspace's
    const spoken = state.corpus.quotesOf(ws);
    const spokenHere = entriesOfArticle(spoken, uri);
    const here = spoken.slice(spokenHere.start, Math.min(spokenHere.end, spokenHere.start + 5));
    const quotes = here.length < 5 ? [...here, ...firstWhere(spoken, (s) => s.uri !== uri, 5 - here.length)] : here;
    if (quotes.length > 0) {
      lines.push("", "Quotes:");
      for (const { uri: at, quote: q } of quotes) lines.push(`- “${clip(q.text, 90)}” — [${basename(at)}](${lineLink(at, q.range.start.line)})`);
      if (spoken.length > quotes.length) lines.push(`- and ${spoken.length - quotes.length} more`);
    }
  }
  return lines.join("  \n");
}

/** The first `limit` items that pass, in order. */
function firstWhere<T>(items: readonly T[], test: (item: T) => boolean, limit: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length && out.length < limit; i++) if (test(items[i]!)) out.push(items[i]!);
  return out;
}

function dateHover(date: DateMention): string {
  if (date.value === null) return `**${date.text}**: cannot be placed on the calendar (no date in this article or a related one).`;
  const day = parseIsoDate(date.value);
  const monday = day === undefined ? parseIsoWeek(date.value) : undefined;
  const decade = parseDecade(date.value);
  const season = seasonName(date.value);
  const weekday =
    day ? ` (${WEEKDAY_NAMES[weekdayOf(day)]})`
    : monday ? ` (the week of Monday ${formatDate(monday)})`
    : decade !== undefined ? ` (the ${decade}s)`
    : season !== undefined ? ` (${season})`
    : "";
  const lines = [`**${date.value}**${weekday}`];
  if (date.basis) {
    const basis = date.basis;
    const from =
      basis.source === "related" && basis.uri ? `the related article [${basename(basis.uri)}](${basis.uri})`
      : basis.inferred ? `this article's dateline date, its year inferred from the lead's weekday`
      : `this article's ${basis.source} date`;
    lines.push(`Read from “${date.text}” (${date.tense} tense) against ${from}, ${basis.date.year}-${String(basis.date.month).padStart(2, "0")}-${String(basis.date.day).padStart(2, "0")}.`);
  } else if (date.expression.kind === "holiday") {
    lines.push(`${date.expression.holiday.name} in the year written after it.`);
  } else {
    lines.push("Written out in full.");
  }
  if (date.weekdayMismatch !== undefined) lines.push(`⚠ ${date.value} is a ${WEEKDAY_NAMES[date.weekdayMismatch]}.`);
  return lines.join("  \n");
}

function quoteHover(state: WorkspaceState, uri: string, model: ArticleModel, quote: Quote): string {
  const lines: string[] = [];
  if (quote.speakers.length > 0) {
    const names = quote.speakers.map((id) => {
      const e = model.entities.find((x) => x.id === id);
      const ws = e ? state.corpus.workspaceEntity(uri, e.id) : undefined;
      const role = (ws?.roles ?? e?.roles ?? [])[0];
      return `**${ws?.name ?? e?.name ?? id}**${role ? ` (${role})` : ""}`;
    });
    lines.push(`Speaker: ${names.join(" and ")}${ATTRIBUTION_NOTE[quote.attribution] ?? ""}`);
  } else if (quote.anonymous) {
    lines.push(`Speaker: anonymous (${quote.anonymous})`);
  } else {
    lines.push("Speaker: not named");
  }
  const links = state.corpus.linksOf(uri, quote.id);
  if (links.length > 0) {
    lines.push("", "Also in:");
    for (const l of links) {
      const mine = l.a.uri === uri && l.a.quote.id === quote.id;
      const other = mine ? l.b : l.a;
      const theirs = mine ? l.onlyInB : l.onlyInA;
      const missing = mine ? l.onlyInA : l.onlyInB;
      const diff = l.kind === "verbatim" ? (l.excerpt ? "verbatim (one quotes part of the other)" : "verbatim") : `${l.kind}${theirs.length > 0 ? `; adds “${clip(theirs.join(" "), 60)}”` : ""}${missing.length > 0 ? `; omits “${clip(missing.join(" "), 60)}”` : ""}`;
      lines.push(`- [${basename(other.uri)}](${lineLink(other.uri, other.quote.range.start.line)}): ${diff}${other.quote.speakerName ? `, said by ${other.quote.speakerName}` : ""}`);
    }
  }
  return lines.join("  \n");
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
