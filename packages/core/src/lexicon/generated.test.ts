import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain Node script without type declarations
import { buildFirstNames, buildGazetteer, buildOrganizations, buildPastTense, buildVocabulary } from "../../scripts/build-lexicons.mjs";

const committed = (file: string): unknown => JSON.parse(readFileSync(new URL(`generated/${file}`, import.meta.url), "utf8"));

describe("generated lexicons", () => {
  it("match what the data packages produce (run `npm run lexicons` after upgrading them)", () => {
    expect(committed("gazetteer.json")).toEqual(buildGazetteer());
    expect(committed("first-names.json")).toEqual(buildFirstNames());
    expect(committed("past-tense.json")).toEqual(buildPastTense());
    expect(committed("organizations.json")).toEqual(buildOrganizations());
    expect(committed("vocabulary.json")).toEqual(buildVocabulary());
  });
});
