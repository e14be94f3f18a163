import { describe, expect, it } from "vitest";
import { ParagraphMemo } from "./paragraph-memo.js";

describe("ParagraphMemo", () => {
  const memoOfStarts = () => new ParagraphMemo<number[]>((starts, by) => starts.map((s) => s + by));

  it("computes a key once, and shifts what it kept to where the paragraph stands now", () => {
    const memo = memoOfStarts();
    let computed = 0;
    const compute = () => (computed++, [10, 14]);
    expect(memo.read("March 3", 10, compute)).toEqual([10, 14]);
    memo.settle();
    expect(memo.read("March 3", 10, compute)).toEqual([10, 14]);
    expect(memo.read("March 3", 25, compute)).toEqual([25, 29]);
    expect(computed).toBe(1);
  });

  it("drops what an analysis did not read", () => {
    const memo = memoOfStarts();
    let computed = 0;
    const compute = () => (computed++, [0]);
    memo.read("a", 0, compute);
    memo.settle();
    memo.read("b", 0, compute);
    memo.settle();
    memo.read("a", 0, compute);
    expect(computed).toBe(3);
  });
});
