import { foldDiacritics } from "../text/fold.js";
import { FEMININE_NAMES, LEANING_NAMES, MASCULINE_NAMES } from "./lexicon.js";
import type { Entity } from "./types.js";

export type Sex = "female" | "male";

/** Titles and role words that say their holder's sex (`Mrs.`, `spokeswoman`, `Prince`, `widow`). */
const FEMALE_WORDS = new Set([
  "mrs.", "mrs", "ms.", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "duchess", "countess", "baroness", "empress",
  "sister", "mother", "wife", "daughter", "widow", "grandmother", "aunt", "niece", "girl", "woman", "actress", "waitress", "heiress",
  "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "alderwoman", "businesswoman", "sportswoman", "policewoman", "anchorwoman",
]);
const MALE_WORDS = new Set([
  "mr.", "mr", "sir", "lord", "king", "prince", "duke", "earl", "baron", "emperor",
  "father", "brother", "husband", "son", "widower", "grandfather", "uncle", "nephew", "boy", "man",
  "spokesman", "congressman", "councilman", "assemblyman", "businessman", "sportsman", "policeman", "anchorman",
]);
/** A role's head ends before these: in `lawyer for the King` the King is someone else. */
const ROLE_TAIL = new Set(["for", "of", "at", "to", "with", "in", "from", "on", "and"]);

function sexOfRoles(roles: readonly string[]): Sex | "both" | undefined {
  let found: Sex | undefined;
  for (const role of roles) {
    for (const word of role.toLowerCase().split(/\s+/)) {
      if (ROLE_TAIL.has(word)) break;
      const sex = FEMALE_WORDS.has(word) ? "female" : MALE_WORDS.has(word) ? "male" : undefined;
      if (sex === undefined) continue;
      if (found !== undefined && found !== sex) return "both";
      found = sex;
    }
  }
  return found;
}

/** The sex a title before a name says (`Mr.`, `Mrs.`, `Lord`), if one does and no other title says the other. */
export function sexOfTitles(titles: readonly string[]): Sex | undefined {
  const sex = sexOfRoles(titles);
  return sex === "both" ? undefined : sex;
}

function sexOfGivenName(name: string): SexEvidence | undefined {
  const given = foldDiacritics(name.split(" ")[0]!.split("-")[0]!);
  const sex = FEMININE_NAMES.has(given) ? "female" : MASCULINE_NAMES.has(given) ? "male" : undefined;
  return sex === undefined ? undefined : { sex, leaning: LEANING_NAMES.has(given) };
}

/** A person's sex, and whether it is only a leaning: a given name the lists give to both sexes suggests it (`Stacy` may be a man). */
export interface SexEvidence {
  readonly sex: Sex;
  readonly leaning: boolean;
}

/**
 * A person's sex as the article gives it, for matching `he` and `she`: by a title or role word (`Mrs.`,
 * `spokeswoman`), else by a given name the name lists give to one sex, or lean to one (`Stacy`). Undefined when
 * nothing says, or the roles disagree.
 */
export function sexEvidence(person: Pick<Entity, "name" | "roles">): SexEvidence | undefined {
  const byRole = sexOfRoles(person.roles);
  if (byRole === "both") return undefined;
  return byRole !== undefined ? { sex: byRole, leaning: false } : sexOfGivenName(person.name);
}
