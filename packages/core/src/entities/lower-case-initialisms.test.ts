import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";
import { initialismsSpelledInLowerCase } from "./lower-case-initialisms.js";

describe("initialismsSpelledInLowerCase", () => {
  it("finds initials in brackets that the lower-case words before them spell, each hyphenated part giving one, a small word perhaps none", () => {
    const text =
      "It tracks July's retail prices index (RPI), the trade and cooperation agreement (TCA), a non-governmental organisation (NGO) and a work-capability assessment (WCA). " +
      "The Retail Office (RO) and a big red bus (XYZ) are not.";
    expect([...initialismsSpelledInLowerCase(text)]).toEqual(["RPI", "TCA", "NGO", "WCA"]);
  });
});

describe("initials spelled out in lower case", () => {
  it("name nothing, as listed common initials do, while a body's spelled out in capitals stays", () => {
    const names = analyzeArticle("Fares\n\nFares are capped at the retail prices index (RPI) measure. The RPI rose. The Retail Prices Office (RPO) said so.\n").entities.map((e) => e.name);
    expect(names).toEqual(["Retail Prices Office"]);
  });
});
