import { describe, expect, it } from "vitest";
import { isAbbreviation, isPartyTag } from "./abbreviations.js";

describe("abbreviations", () => {
  it("knows titles always and `No.` only before a number", () => {
    expect([isAbbreviation("Sen"), isAbbreviation("No", "10"), isAbbreviation("no", "Officials")]).toEqual([true, true, false]);
  });

  it("reads party tags by their state, in AP style, spelt out, as a postal code or cut at a dotted state's first period", () => {
    expect(["D-Wash", "R-Mont.", "R-Texas", "I-VT", "D-N"].map(isPartyTag)).toEqual([true, true, true, true, true]);
    expect(["D-Day", "R-Kelly", "X-Wash", "D-", "Wash"].map(isPartyTag)).toEqual([false, false, false, false, false]);
  });
});
