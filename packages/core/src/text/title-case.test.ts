import { describe, expect, it } from "vitest";
import { isTitleCase, titleCase } from "./title-case.js";

describe("isTitleCase", () => {
  it("reads headlines that capitalise all but articles, conjunctions and prepositions", () => {
    expect(isTitleCase("Senators Send Secret Letter to Iran's Leaders")).toBe(true);
    expect(isTitleCase("Will Iran Accept the Deal Offered by John Kerry?")).toBe(true);
    expect(isTitleCase("“Dead Wrong”: The Letter from 47 Senators")).toBe(true);
  });

  it("reads sentence case, even when its longer words are all names", () => {
    expect(isTitleCase("Josh Earnest met Hassan Rouhani in Geneva")).toBe(false);
    expect(isTitleCase("Iran's leader says letter shows U.S. untrustworthy")).toBe(false);
    expect(isTitleCase("Obama and Kerry met in Geneva")).toBe(false);
  });

  it.each(["Three Jailed Over £2m Fuel Fraud", "Firm Plans 10km Tunnel Under Kelmo", "Norvex Raises $5bn in Share Sale"])(
    "lets a number's unit stand in lower case: %s",
    (headline) => {
      expect(isTitleCase(headline)).toBe(true);
    },
  );

  it("lets a word with a capital inside stand in lower case", () => {
    expect(isTitleCase("Apple Unveils the iPhone Before Christmas")).toBe(true);
  });
});

describe("titleCase", () => {
  it("writes a name set in capitals as running text does, its inner particles in lower case", () => {
    expect(["NEW DELHI", "RIO DE JANEIRO", "PORT OF SPAIN", "STRATFORD-UPON-AVON", "DE KALB", "VAN NUYS"].map(titleCase)).toEqual([
      "New Delhi",
      "Rio de Janeiro",
      "Port of Spain",
      "Stratford-upon-Avon",
      "De Kalb",
      "Van Nuys",
    ]);
  });

  it("keeps initials with their stops in capitals, but not a stopped abbreviation", () => {
    expect(["N.J.", "WASHINGTON, D.C.", "ST. PAUL", "FT. LAUDERDALE"].map(titleCase)).toEqual(["N.J.", "Washington, D.C.", "St. Paul", "Ft. Lauderdale"]);
  });
});
