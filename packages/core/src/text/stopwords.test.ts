import { describe, expect, it } from "vitest";
import { isStopword } from "./stopwords.js";

describe("isStopword", () => {
  it("knows a stopword in any casing", () => {
    expect(["the", "The", "THE", "tHe", "tHE", "ThE", "Meanwhile", "MEANWHILE", "mEANWHILE"].map(isStopword)).toEqual([true, true, true, true, true, true, true, true, true]);
  });

  it("turns down names, longer words and words past ASCII", () => {
    expect(["Smith", "McDonald", "THEM.", "Thereafter", "Théo", "Über", "", "Ⅰ"].map(isStopword)).toEqual([false, false, false, false, false, false, false, false]);
  });
});
