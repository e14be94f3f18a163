import nlp from "compromise";
import datesPlugin from "compromise-dates";
import type { PredictedEntity } from "./score-entities.js";

/**
 * The peer: compromise's people(), places() and organizations(). It has no coreference, so mentions with
 * the same text (possessive removed) are one entity.
 */
export function compromiseEntities(text: string): PredictedEntity[] {
  const doc = nlp(text);
  const out = new Map<string, PredictedEntity>();
  const add = (type: string, list: string[]) => {
    for (const raw of list) {
      const name = raw.replace(/[’']s$/u, "").replace(/[.,;:!?"“”]+$/u, "").trim();
      if (name.length === 0) continue;
      const key = `${type}:${name}`;
      if (!out.has(key)) out.set(key, { name, type, forms: [name] });
    }
  };
  add("person", doc.people().out("array") as string[]);
  add("place", doc.places().out("array") as string[]);
  add("organization", doc.organizations().out("array") as string[]);
  return [...out.values()];
}

const withDates = nlp.extend(datesPlugin);

/** compromise's quotations(): quote texts, no speakers. */
export function compromiseQuotes(text: string): { text: string }[] {
  return (nlp(text).quotations().out("array") as string[]).map((q) => ({ text: q.replace(/^["“'‘]+|["”'’]+$/gu, "") }));
}

/** compromise-dates, read against the article's own date when it has one: each match with its start date. */
export function compromiseDates(text: string, today: string | undefined): { text: string; value: string | null }[] {
  const doc = withDates(text) as unknown as { dates: (o?: object) => { json: () => { text: string; dates?: { start?: string } }[] } };
  return doc.dates(today ? { today } : {}).json().map((d) => ({ text: d.text.replace(/^(?:on|in|by|since|the)\s+/i, "").replace(/[.,]$/, "").trim(), value: d.dates?.start ? d.dates.start.slice(0, 10) : null }));
}
