import nlp from "compromise";
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
