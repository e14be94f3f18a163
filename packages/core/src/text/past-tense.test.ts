import { describe, expect, it } from "vitest";
import { hasPastVerb } from "./past-tense.js";

describe("hasPastVerb", () => {
  it("reads `left` and `found` after a noun its determiner opens, and before an object, as past verbs", () => {
    expect(hasPastVerb("The ship left Fort Lauderdale on Jan. 10.")).toBe(true);
    expect(hasPastVerb("The police found a body.")).toBe(true);
    // (no object after: an adjective; no determiner before the noun: a clause of its own)
    expect(hasPastVerb("The food left behind will rot.")).toBe(false);
    expect(hasPastVerb("With two days left the talks resume.")).toBe(false);
  });

  it("reads an unchanged past form after a singular noun its determiner opens, and before a phrasal verb's particle, as past", () => {
    expect(["go", "up", "down", "off", "out", "back"].map((particle) => hasPastVerb(`the company let ${particle} of it`))).toEqual([true, true, true, true, true, true]);
    // (a noun after the form is no particle: the form is part of a noun, `the rate cut`)
    expect(hasPastVerb("the rate cut takes effect")).toBe(false);
    expect(hasPastVerb("the company lets go of staff")).toBe(false);
  });

  it("reads a participle after a perfect's auxiliary and an adverb between as past", () => {
    expect(["never", "ever", "already", "just"].map((adverb) => hasPastVerb(`the most we have ${adverb} forecast`))).toEqual([true, true, true, true]);
    expect(hasPastVerb("the most we forecast")).toBe(false);
  });
});
