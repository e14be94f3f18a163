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

  it("leaves a section's first paragraph under its subheading unflagged", () => {
    const text = [
      "Five things to know today",
      "",
      "Good morning. Here is what you need to know to start your day on Monday.",
      "",
      "1. Halvik strike enters third week",
      "Rail workers in Halvik will stay off the job until at least Friday, their union said.",
      "",
      "2. Norvex to cut jobs",
      "The chipmaker said it would close two plants by June, blaming weak demand for phones.",
      "Analysts had expected the cuts after a weak quarter.",
    ].join("\n");
    expect(lostBlankLines(text)).toEqual([9]);
  });
});
