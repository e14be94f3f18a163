import type { ArticleModel, DateMention, Entity, EntityMention, EntitySummary, MentionSummary, Quote, WorkspaceEntity } from "@dossier/core";

export type Target =
  | { readonly kind: "entity"; readonly entity: Entity; readonly mention: EntityMention }
  | { readonly kind: "date"; readonly date: DateMention }
  | { readonly kind: "quote"; readonly quote: Quote };

/**
 * What stands at an offset: a name first (names sit inside quotes), then a date, then a quote. A cursor
 * just after a name (`Obama|’s`) still finds it, as editors expect.
 */
export function targetAt(model: ArticleModel, offset: number, dates: readonly DateMention[] = model.dates): Target | undefined {
  let best: { entity: Entity; mention: EntityMention } | undefined;
  for (const entity of model.entities) {
    for (const mention of entity.mentions) {
      if (offset < mention.span.start || offset > mention.span.end) continue;
      if (best === undefined || mention.span.end - mention.span.start < best.mention.span.end - best.mention.span.start) best = { entity, mention };
    }
  }
  if (best) return { kind: "entity", ...best };
  const date = dates.find((d) => offset >= d.span.start && offset <= d.span.end);
  if (date) return { kind: "date", date };
  const quote = model.quotes.find((q) => offset >= q.outer.span.start && offset <= q.outer.span.end);
  if (quote) return { kind: "quote", quote };
  return undefined;
}

/** The mention that best names an entity: its longest full name, first occurrence. */
export function definingMention(entity: EntitySummary): MentionSummary | undefined {
  const names = entity.mentions.filter((m) => m.kind === "name" || m.kind === "alias" || m.kind === "acronym");
  const pool = names.length > 0 ? names : entity.mentions;
  return [...pool].sort((a, b) => b.text.length - a.text.length || a.span.start - b.span.start)[0];
}

/**
 * Each workspace entity's fullest name in the workspace, found once per list of its articles: the corpus
 * makes a new list whenever they change, while the entity itself is kept and updated.
 */
const fullestNames = new WeakMap<WorkspaceEntity["articles"], { uri: string; mention: MentionSummary } | undefined>();

export function fullestName(ws: WorkspaceEntity): { uri: string; mention: MentionSummary } | undefined {
  if (fullestNames.has(ws.articles)) return fullestNames.get(ws.articles);
  // the longest written form says which article to read (the first that writes it, found without reading
  // every article of a name the whole workspace uses); only that article's mentions are looked at
  const longest = ws.forms.reduce((n, f) => Math.max(n, f.length), 0);
  const home = ws.articles.find((a) => a.entity.forms.some((f) => f.length === longest)) ?? ws.articles[0];
  const mention = home && definingMention(home.entity);
  const best = home && mention ? { uri: home.uri, mention } : undefined;
  fullestNames.set(ws.articles, best);
  return best;
}
