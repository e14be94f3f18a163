import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

/** The dateline's day and whether its year was inferred, the reference, and every date's value. */
function dated(text: string) {
  const m = analyzeArticle(text);
  return [m.structure.dateline?.date?.value, m.structure.dateline?.date?.inferred, m.reference?.source, m.dates.map((d) => [d.text, d.value])];
}

describe("inferDatelineYear", () => {
  it("takes the year within reach of the latest past year written in which the dateline's day falls on the lead's weekday", () => {
    expect(dated("Pell cuts jobs\n\nPORTLAND, Oct 27 (Reuters) - Pell Systems said on Monday it would cut 900 jobs. It cut 400 in 2023.")).toEqual([
      "2025-10-27",
      true,
      "dateline",
      [
        ["Oct 27", "2025-10-27"],
        ["Monday", "2025-10-27"],
        ["2023", "2023"],
      ],
    ]);
  });

  it("takes no bound from a year a span runs from, which may be long before the report", () => {
    // Friday, Nov 29 was in 1991, within reach of 1990; `since independence in 1990` says nothing of how long ago
    const lead = "Party loses majority\n\nWINDHOEK, Nov 29 (Reuters) - The ruling party lost its majority for the first time since independence in 1990, the commission said on Friday.";
    expect(dated(lead)[0]).toBeUndefined();
    expect(dated(lead.replace("since independence in 1990", "in 1990"))[0]).toBe("1991-11-29");
  });

  it("takes no bound from a founding's, a birth's or a first time's year, which may be long before the report", () => {
    // Friday, March 14 was in 1986 itself; the bank's founding says nothing of the report's year
    const lead = "Bank seized\n\nNEW YORK, March 14 (Reuters) - Regulators on Friday shut Halvik Savings Bank, which was founded in 1986.";
    expect(dated(lead)[0]).toBeUndefined();
    expect(dated(lead.replace("Savings Bank, which was founded in 1986", "Savings Bank, hit by a loss in 1986"))[0]).toBe("1986-03-14");
    for (const words of ["whose founder was born in", "established in", "whose tower was built in", "whose race was first held in", "whose fair was first run in", "whose prize was first awarded in", "which last failed in", "whose case began in", "whose probe started in"]) expect(dated(lead.replace("which was founded in", words))[0]).toBeUndefined();
  });

  it("skips a weekday that names an event to find the day of the report", () => {
    const [value] = dated("Vote count ends\n\nLUSAKA, Dec 9 (Reuters) - Saturday's vote gave Mwale a clear win, the commission said on Monday. Turnout was higher than in 2021.");
    expect(value).toBe("2024-12-09");
  });

  it("bounds the year from above by a year the article looks ahead to", () => {
    // `by the end of 2027` and a future `in 2028` come after the report; Thursday, March 19 is in 2026 and not 2027
    expect(dated("Plant delayed\n\nBERLIN, March 19 (dpa) - Voss said on Thursday the plant would open by the end of 2027.")[0]).toBe("2026-03-19");
    expect(dated("Plant delayed\n\nBERLIN, March 19 (dpa) - Voss said on Thursday the plant will open in 2028.")[0]).toBe("2026-03-19");
  });

  it("takes no bound from a target's year, which may lie decades ahead", () => {
    // Nov 3 falls on a Monday in 2042, in reach of 2040, but the target says nothing of the report's year; in 2025, in reach of 2024
    const lead = "Talks collapse\n\nBERLAND, Nov. 3 — Talks collapsed on Monday over a 2040 climate target.";
    expect(dated(lead)[0]).toBeUndefined();
    expect(dated(lead.replace("target.", "target set in 2024."))[0]).toBe("2025-11-03");
  });

  it("reads `late Sunday` as the night before the report, and takes a copyright line's year when the day fits it", () => {
    const lead = "Ferry sinks\n\nJAKARTA, July 20 (AP) — A ferry capsized late Sunday, officials said. In June 2018 another sank.";
    expect(dated(lead)[0]).toBe("2020-07-20");
    expect(dated(`${lead}\n\nCopyright 2026 The Associated Press. All rights reserved.`)[0]).toBe("2026-07-20");
    // on Sunday itself the copyright's 2026 does not fit, and no year in reach of 2018 does either (July 20 was a Sunday in 2025)
    expect(dated(`${lead.replace("late Sunday", "on Sunday")}\n\nCopyright 2026 The Associated Press.`)[0]).toBeUndefined();
  });

  it("infers nothing without a weekday in the lead, without a written year, or with no fitting year in reach", () => {
    // no weekday: the report's day could be any year's
    expect(dated("Pell cuts jobs\n\nPORTLAND, Oct 27 (Reuters) - Pell Systems will cut 900 jobs, after cutting 400 in 2023.").slice(0, 3)).toEqual([undefined, undefined, undefined]);
    // no year written: the weekday alone recurs every few years
    expect(dated("Pell cuts jobs\n\nPORTLAND, Oct 27 (Reuters) - Pell Systems said on Monday it would cut 900 jobs.").slice(0, 3)).toEqual([undefined, undefined, undefined]);
    // `next Monday` is not the report's day, nor is a weekday in a later sentence
    expect(dated("Pell cuts jobs\n\nPORTLAND, Oct 27 (Reuters) - Pell Systems will cut jobs next Monday, after cuts in 2023.")[0]).toBeUndefined();
    expect(dated("Pell cuts jobs\n\nPORTLAND, Oct 27 (Reuters) - Pell Systems cut jobs, after cuts in 2023. It said so on Monday.")[0]).toBeUndefined();
    // founded in 2009, the day falls on a Wednesday only in 2014 of the years in reach (2009 to 2012): too far to guess
    expect(dated("Kite cuts routes\n\nLONDON, June 18 (Reuters) - Kite Air said on Wednesday it would cut routes. It was founded in 2009.")[0]).toBeUndefined();
  });

  it("leaves a dateline that writes its year, or an article with a stamp, as they are", () => {
    expect(dated("Vote\n\nBERLIN, June 3, 2025 (dpa) - The vote was on Tuesday, after one in 2023.").slice(0, 3)).toEqual(["2025-06-03", undefined, "dateline"]);
    expect(dated("Vote\n\nPublished: March 20, 2026\n\nBERLIN, March 19 (dpa) - The vote was on Thursday, after one in 2023.").slice(0, 3)).toEqual([undefined, undefined, "published"]);
  });
});
