import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("keeps dotted abbreviations, possessives and hyphenated words whole", () => {
    expect(texts("U.S.-led Obama’s case-by-case P-5-plus-1 talks.")).toEqual([
      "U.S.", "-", "led", "Obama’s", "case-by-case", "P-5-plus-1", "talks", ".",
    ]);
  });

  it("splits quotation marks from the words they wrap", () => {
    expect(texts("“outrageous” 'courageous achievement'")).toEqual([
      "“", "outrageous", "”", "'", "courageous", "achievement", "'",
    ]);
  });

  it("gives UTF-16 offsets and keeps astral characters whole", () => {
    const tokens = tokenize("😀 Zarif 7:58");
    expect(tokens.map((t) => [t.text, t.start, t.end, t.kind])).toEqual([
      ["😀", 0, 2, "punct"],
      ["Zarif", 3, 8, "word"],
      ["7:58", 9, 13, "number"],
    ]);
  });
});
