import { describe, expect, it } from "vitest";
import { seed } from "../../test/seeds.js";
import { analyzeArticle } from "../analyze.js";

const speakersOf = (text: string) =>
  analyzeArticle(text).quotes.map((q) => [q.text.slice(0, 24), q.speakers.join("+") || q.anonymous || null, q.partial]);

describe("quotes in seed 000", () => {
  it("attributes every quote, partial quotes and embedded reports included", () => {
    expect(speakersOf(seed("000"))).toEqual([
      ["We work very closely wit", "person:dan-pfeiffer", false],
      ["accommodations must be m", "this official", false],
      ["With respect to Iran, we", "person:lloyd-austin", false],
      ["The United States will n", "person:josh-earnest", false],
      ["private correspondence", "person:josh-earnest", true],
      ["I can tell you that the ", "person:josh-earnest", false],
      ["We have also discussed o", "person:josh-earnest", false],
      ["outrageous", "person:john-mccain+person:lindsey-graham", true],
      ["same Iranian regime that", "person:john-mccain+person:lindsey-graham", true],
      ["We don’t look at it as a", "person:jen-psaki", false],
      ["Our concerns about Iran’", "person:jen-psaki", false],
      ["cooperation,", "person:john-kerry", true],
      ["de-conflict.", "person:john-kerry", true],
      ["The United States will n", "person:josh-earnest", false],
      ["U.S. demands for coopera", "person:khamenei", true],
      ["During the hard days of ", "person:khamenei", false],
      ["Our ambassador reflected", "person:khamenei", false],
      ["The same U.S. secretary ", "person:khamenei", false],
      ["repeated the same demand", "person:khamenei", true],
    ]);
  });

  it("summarises named and anonymous sourcing", () => {
    expect(analyzeArticle(seed("000")).sourcing).toEqual({ named: 18, anonymous: 1, unattributed: 0, anonymousSources: ["this official"] });
  });

  it("gives the quote's range without its marks", () => {
    const q = analyzeArticle(seed("000")).quotes[0]!;
    expect(q.range).toEqual({ start: { line: 15, character: 135 }, end: { line: 15, character: 225 } });
    expect(q.outer.text.startsWith("“") && q.outer.text.endsWith("”")).toBe(true);
  });
});

describe("quotes in seed 004", () => {
  it("reads straight quotes, `according to the group` and a quote-only paragraph", () => {
    expect(speakersOf(seed("004"))).toEqual([
      ["illicit", null, true],
      ["to provide hitherto undi", "organization:national-resistance-council-of-iran", true],
      ["I don’t trust the Irania", "person:john-boehner", false],
      ["I don’t think we need to", "person:john-boehner", false],
      ["The United States will n", "person:josh-earnest", false],
      ["We won't share intellige", "person:josh-earnest", false],
      ["satanic regimes of the t", "person:ali-khamenei", true],
      ["Despite the glamour of t", "person:ali-khamenei", false],
    ]);
  });
});

describe("quote edge cases", () => {
  it("never throws on unbalanced marks and reports them", () => {
    const model = analyzeArticle("Head line\n\nHe said “nothing at all happened here, she said on Monday.\n\nA stray” mark here in this line of text.");
    expect(model.strayQuoteMarks.map((m) => m.range.start)).toEqual([
      { line: 2, character: 8 },
      { line: 4, character: 7 },
    ]);
  });

  it("resolves a pronoun to the last person named outside quotes", () => {
    const text = "Talks resume\n\nState Department spokeswoman Jen Psaki spoke on Monday.\n\n“We are ready,” she said.";
    expect(speakersOf(text)).toEqual([["We are ready,", "person:jen-psaki", false]]);
  });
});
