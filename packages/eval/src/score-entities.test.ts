import { describe, expect, it } from "vitest";
import { f1, scoreEntities } from "./score-entities.js";

const gold = [
  { name: "Barack Obama", accept_types: ["person"], forms: ["Barack Obama", "Obama"], roles: ["President"] },
  { name: "Iran", accept_types: ["place", "organization"], forms: ["Iran"] },
  { name: "Iranians", accept_types: ["group"], forms: ["Iranians"], optional: true },
];

describe("scoreEntities", () => {
  it("matches one predicted entity per gold entity and scores coreference and roles", () => {
    const c = scoreEntities(gold, [
      { name: "Barack Obama", type: "person", forms: ["Obama"], roles: ["President"] },
      { name: "Iran", type: "place", forms: [] },
      { name: "Iranians", type: "group", forms: [] },
    ]);
    expect(c).toEqual({ tp: 2, fp: 0, fn: 0, corefGrouped: 2, corefTotal: 2, rolesFound: 1, rolesTotal: 1 });
    expect(f1(c).f1).toBe(1);
  });

  it("counts a split against precision and a wrong type as a miss", () => {
    const c = scoreEntities(gold, [
      { name: "Barack Obama", type: "person", forms: [] },
      { name: "Obama", type: "person", forms: [] },
      { name: "Iran", type: "person", forms: [] },
      { name: "Tehran", type: "place", forms: [] },
    ]);
    expect(c).toEqual({ tp: 1, fp: 3, fn: 1, corefGrouped: 1, corefTotal: 2, rolesFound: 0, rolesTotal: 1 });
  });

  it("counts descriptions and titled forms for coreference but never to pick the gold entity", () => {
    const titled = [{ name: "Barack Obama", accept_types: ["person"], forms: ["Barack Obama", "Obama", "President Obama", "the President"] }];
    const notes: string[] = [];
    const c = scoreEntities(titled, [{ name: "Barack Obama", type: "person", forms: ["Obama"], grouped: ["President", "President Obama"] }], notes);
    expect([c.corefGrouped, c.corefTotal, notes]).toEqual([4, 4, []]);
    // a description alone matches no gold entity: it is a spurious entity, not a find
    const only = scoreEntities(titled, [{ name: "the leader", type: "person", forms: [], grouped: ["President Obama"] }]);
    expect([only.tp, only.fp, only.fn]).toEqual([0, 1, 1]);
  });

  it("leaves out entities of types the gold does not annotate, unless they are a gold entity mistyped", () => {
    const notes: string[] = [];
    const c = scoreEntities(
      gold,
      [
        { name: "Iran", type: "place", forms: [] },
        { name: "Nowruz", type: "event", forms: [] },
        { name: "Obama", type: "other", forms: [] },
        { name: "Tehran", type: "place", forms: [] },
      ],
      notes,
      new Set(["person", "organization", "place", "group"]),
    );
    expect(c).toEqual({ tp: 1, fp: 2, fn: 1, corefGrouped: 0, corefTotal: 2, rolesFound: 0, rolesTotal: 0 });
    expect(notes).toEqual(["missed Barack Obama (person): found as Obama (other)", "spurious Obama (other)", "spurious Tehran (place)"]);
  });
});
