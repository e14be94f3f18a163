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
});
