import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";
import { checkArticle } from "./run.js";

const lostBlankLines = (text: string) =>
  checkArticle("file:///a.txt", analyzeArticle(text))
    .filter((p) => p.code === "paragraph-missing-blank-line")
    .map((p) => p.range.start.line);

describe("paragraph-missing-blank-line", () => {
  it("flags a paragraph run into the one above, but not a live page's entry under its time", () => {
    const text = [
      "Budget: live updates",
      "",
      "Good afternoon. Chancellor Mara Velt will stand up in the Commons in about half an hour.",
      "",
      "14:05",
      "Velt confirms fuel duty will be frozen until April.",
      "The Chancellor says the economy grew 0.4% in the last quarter.",
      "",
      "14:32",
      "Chancellor Mara Velt has finished her statement.",
    ].join("\n");
    expect(lostBlankLines(text)).toEqual([6]);
  });
});
