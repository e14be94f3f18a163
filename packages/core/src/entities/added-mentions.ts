import type { Located } from "../model.js";
import type { Entity, EntityMention, MentionKind } from "./types.js";

/** Mentions a pass over the named entities finds (pronouns, descriptions), kept by the entity each stands for. */
export class AddedMentions {
  private readonly byEntity = new Map<Entity, EntityMention[]>();

  add(entity: Entity, at: Located, kind: MentionKind, sentence: number): void {
    let list = this.byEntity.get(entity);
    if (list === undefined) this.byEntity.set(entity, (list = []));
    list.push({ text: at.text, span: at.span, range: at.range, kind, sentence });
  }

  /** The entities with their added mentions among the others in text order; an entity given none is returned as it was. */
  applyTo(entities: readonly Entity[]): Entity[] {
    return entities.map((e) => {
      const extra = this.byEntity.get(e);
      return extra === undefined ? e : { ...e, mentions: [...e.mentions, ...extra].sort((a, b) => a.span.start - b.span.start) };
    });
  }
}
