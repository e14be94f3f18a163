import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

/** Each entity's name, type, roles and the mentions' text. */
const entities = (body: string) =>
  analyzeArticle(`Schools bill passes\n\n${body}\n`).entities.map((e) => [e.name, e.type, e.roles, e.mentions.map((m) => m.text)]);

describe("a lawmaker's party tag", () => {
  it("gives the party and the state as a role, and the state as a place", () => {
    expect(entities("On Monday, Sen. Ann Lowe, R-Texas, voted against the bill.")).toEqual([
      ["Ann Lowe", "person", ["Sen.", "Republican from Texas"], ["Ann Lowe"]],
      ["Texas", "place", [], ["Texas"]],
    ]);
  });

  it("names a town as well as a state, of one word or more, in commas or brackets", () => {
    expect(entities("On Monday, Rep. Tim Hale, D-Lowell, and Sen. Jo Ames (R-Richland Township) voted for it.")).toEqual([
      ["Tim Hale", "person", ["Rep.", "Democrat from Lowell"], ["Tim Hale"]],
      ["Lowell", "place", [], ["Lowell"]],
      ["Jo Ames", "person", ["Sen.", "Republican from Richland Township"], ["Jo Ames"]],
      ["Richland Township", "place", [], ["Richland Township"]],
    ]);
  });

  it("spells out a state's abbreviation, with or without inner stops, also at the sentence's end", () => {
    expect(entities("On Monday, Sen. Al Fox (D-Calif.) spoke, and so did Sen. Bo Li, I-N.Y.")).toEqual([
      ["Al Fox", "person", ["Sen.", "Democrat from California"], ["Al Fox"]],
      ["California", "place", [], ["Calif"]],
      ["Bo Li", "person", ["Sen.", "independent from New York"], ["Bo Li"]],
      ["New York", "place", [], ["N.Y."]],
    ]);
  });

  it("keeps an appositive after the tag", () => {
    expect(entities("On Monday, Rep. Ann Lowe, D-Austin, a former teacher, voted for it.")[0]).toEqual(["Ann Lowe", "person", ["Rep.", "Democrat from Austin", "former teacher"], ["Ann Lowe"]]);
  });

  it("is no tag where no comma or closed bracket sets it off", () => {
    expect(entities("On Monday, veterans recalled the D-Day landings in Normandy.").map((e) => e[0])).toEqual(["D-Day", "Normandy"]);
    expect(entities("On Monday, veterans recalled the 1944 invasion (D-Day for the Allies) in Normandy.").filter((e) => e[1] === "place")).toEqual([["Normandy", "place", [], ["Normandy"]]]);
  });
});
