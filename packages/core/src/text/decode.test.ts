import { describe, expect, it } from "vitest";
import { decodeArticle } from "./decode.js";

describe("decodeArticle", () => {
  it("drops the BOM, refuses binary and invalid UTF-8", () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]))).toEqual({ kind: "text", text: "Hi" });
    expect(decodeArticle(new Uint8Array([0x89, 0x50, 0, 1]))).toEqual({ kind: "binary" });
    expect(decodeArticle(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ kind: "not-utf8" });
  });
});
