import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";
import { checkArticle } from "./run.js";

const conflicts = (text: string) =>
  checkArticle("file:///a.txt", analyzeArticle(text))
    .filter((p) => p.code === "date-copyright-conflict")
    .map((p) => p.message);

describe("date-copyright-conflict", () => {
  it("reads the story's year from the years it reports on", () => {
    const text = "Budget talks stall\n\nLawmakers met in 2014 to discuss the budget. The talks ended in March 2014 without a deal.\n\nCopyright 2024 Example News.";
    expect(conflicts(text)).toEqual([
      "Copyright year 2024 contradicts the story's year 2014 (from the dates in its text); a footer year is when the page was rendered, not when the story ran.",
    ]);
  });

  it("does not take a deadline or a target year for the story's year", () => {
    const text = "Farmers protest emission cuts\n\nThe government plans to halve emissions before 2030. Brussels expects members to meet the targets by 2030, a spokesman said.\n\nCopyright 2022 Example News.";
    expect(conflicts(text)).toEqual([]);
  });
});
