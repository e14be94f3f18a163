import { describe, expect, it } from "vitest";
import { Answers } from "./answers.js";

describe("remembered answers", () => {
  it("asks once per question, an undefined answer included, and starts afresh past its limit", () => {
    const asked: string[] = [];
    const answers = new Answers((q: string) => {
      asked.push(q);
      return q.startsWith("k") ? q.length : undefined;
    }, 3);
    expect(["kabul", "oslo", "kabul", "oslo", "kyiv"].map((q) => answers.get(q))).toEqual([5, undefined, 5, undefined, 4]);
    expect(asked).toEqual(["kabul", "oslo", "kyiv"]);
    expect([answers.get("lima"), answers.get("kabul")]).toEqual([undefined, 5]);
    expect(asked).toEqual(["kabul", "oslo", "kyiv", "lima", "kabul"]);
  });
});
