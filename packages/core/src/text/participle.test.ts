import { describe, expect, it } from "vitest";
import { isPresentParticiple } from "./participle.js";

describe("isPresentParticiple", () => {
  it("reads a lower-case word of two letters or more before -ing, not a capitalised one or a short word", () => {
    expect(["representing", "using", "bring", "king", "Leading", "ing", "sings"].map(isPresentParticiple)).toEqual([true, true, true, false, false, false, false]);
  });
});
