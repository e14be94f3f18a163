import type { Located } from "../model.js";

export type EntityType = "person" | "organization" | "place" | "group" | "event" | "other";

/** How a mention names its entity. */
export type MentionKind = "name" | "partial" | "alias" | "acronym" | "description" | "pronoun";

export interface EntityMention extends Located {
  readonly kind: MentionKind;
  /** Index of the sentence the mention stands in. */
  readonly sentence: number;
  /** The form is one edit away from a known name of the entity (`nP5+1` for P5+1). */
  readonly misspelling?: boolean;
}

export interface Entity {
  /** Stable within the workspace: `type:normalised-name`. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly roles: readonly string[];
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
}

/** Whether a mention of this kind writes the entity's name (whole, short, an alias or an acronym), as a description or a pronoun does not. */
export function writesName(kind: MentionKind): boolean {
  return kind !== "description" && kind !== "pronoun";
}
