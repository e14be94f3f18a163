import { describe, expect, it } from "vitest";
import { LineIndex } from "./positions.js";

describe("LineIndex", () => {
  it("maps offsets across LF, CRLF and lone CR line ends", () => {
    const text = "ab\r\ncd\nef\rg";
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(4);
    expect(index.positionAt(text.indexOf("c"))).toEqual({ line: 1, character: 0 });
    expect(index.positionAt(text.indexOf("f"))).toEqual({ line: 2, character: 1 });
    expect(index.positionAt(text.indexOf("g"))).toEqual({ line: 3, character: 0 });
    expect(index.offsetAt({ line: 1, character: 1 })).toBe(text.indexOf("d"));
  });

  it("counts astral characters as two UTF-16 code units", () => {
    const text = "😀 Obama\n𝒳y";
    const index = new LineIndex(text);
    expect(index.positionAt(text.indexOf("Obama"))).toEqual({ line: 0, character: 3 });
    expect(index.positionAt(text.indexOf("y"))).toEqual({ line: 1, character: 2 });
  });

  it("clamps positions past the end of a line to its content and rejects them as invalid", () => {
    const index = new LineIndex("abc\r\ndef");
    expect(index.offsetAt({ line: 0, character: 99 })).toBe(3);
    expect(index.isValid({ line: 0, character: 3 })).toBe(true);
    expect(index.isValid({ line: 0, character: 4 })).toBe(false);
    expect(index.isValid({ line: 5, character: 0 })).toBe(false);
    expect(index.offsetAt({ line: 9, character: 0 })).toBe(8);
  });
});
