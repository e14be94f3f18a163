import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

/** The tokenizer's specification as a regex; the scanner must give exactly its tokens. */
const SPEC = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:]\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’\-‐]|(?<=\p{Lu})&(?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;

function bySpec(text: string): [string, number, number, string][] {
  return [...text.matchAll(SPEC)].map((m) => {
    const v = m[0];
    const kind = /^\p{N}/u.test(v) && /^[\p{N}.,:]+$/u.test(v) ? "number" : /^[\p{L}\p{N}]/u.test(v) ? "word" : "punct";
    return [v, m.index, m.index + v.length, kind];
  });
}

const tricky = fc.constantFrom("U", "S", ".", ",", ":", "1", "2", "½", "٣", "𝟙", "a", "É", "ß", "\u0301", "'", "’", "-", "‐", " ", "\u00a0", "\n", "😀", "\ud800", "𝐀", "x", "—", "&", "G");

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("keeps dotted abbreviations, possessives and hyphenated words whole", () => {
    expect(texts("U.S.-led Obama’s case-by-case P-5-plus-1 talks.")).toEqual([
      "U.S.", "-", "led", "Obama’s", "case-by-case", "P-5-plus-1", "talks", ".",
    ]);
  });

  it("keeps an ampersand between capitals inside the word", () => {
    expect(texts("AT&T and P&G, R & D, Q&a")).toEqual(["AT&T", "and", "P&G", ",", "R", "&", "D", ",", "Q", "&", "a"]);
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

  it("gives exactly the specification's tokens on arbitrary text", () => {
    const line = fc.oneof(fc.string({ unit: tricky, maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));
    fc.assert(
      fc.property(line, (text) => {
        expect(tokenize(text).map((t) => [t.text, t.start, t.end, t.kind])).toEqual(bySpec(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("backtracks a number's last group when a letter follows", () => {
    expect(texts("1,000.5x 1.5x 12:30pm 3.")).toEqual(["1,000", ".", "5x", "1", ".", "5x", "12", ":", "30pm", "3", "."]);
  });

  it("cuts a token at the end of the range", () => {
    expect(tokenize("Zarif said", 0, 3).map((t) => [t.text, t.start, t.end])).toEqual([["Zar", 0, 3]]);
  });
});
