import { describe, expect, it } from "vitest";
import { WordSet } from "./word-set.js";

describe("WordSet", () => {
  const words = new WordSet(["the", "meanwhile", "said"]);

  it("knows a word in any casing", () => {
    expect(["the", "The", "THE", "tHe", "tHE", "ThE", "Meanwhile", "MEANWHILE", "mEANWHILE", "SAID"].map((w) => words.has(w))).toEqual([true, true, true, true, true, true, true, true, true, true]);
  });

  it("turns down other words, longer words and words past ASCII", () => {
    expect(["Smith", "McDonald", "THEM.", "Thereafter", "Théo", "Über", "", "Ⅰ", "says"].map((w) => words.has(w))).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it("lowers a word past ASCII before it looks it up", () => {
    expect(new WordSet(["été"]).has("ÉTÉ")).toBe(true);
    expect(new WordSet(["été"]).has("Été")).toBe(true);
  });
});
