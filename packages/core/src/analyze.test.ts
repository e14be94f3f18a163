import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seed } from "../test/seeds.js";
import { AnalysisMemo } from "./analysis-memo.js";
import { analyzeArticle } from "./analyze.js";

describe("analyzeArticle on seed 000 (blank-line paragraphs, CNN)", () => {
  const model = analyzeArticle(seed("000"), { uri: "file:///000.txt" });
  const s = model.structure;

  it("reads the header", () => {
    expect(s.headline?.text).toBe("Obama Shows Iran His Cards Before Nuclear Negotiations");
    expect(s.headline?.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 54 } });
    expect(s.deck?.text).toBe("U.S. opens channels with Iran over ISIS");
    expect(s.authors.map((a) => a.text)).toEqual(["Elise Labott", "Jim Sciutto"]);
    expect(s.authors[1]!.range).toEqual({ start: { line: 7, character: 20 }, end: { line: 7, character: 31 } });
    expect(s.outlet).toMatchObject({ name: "CNN", from: "byline" });
  });

  it("reads the publication and updated stamps with where they came from", () => {
    expect(s.published).toMatchObject({ value: "2014-11-07", kind: "published", weekday: 5, source: "header", text: "Friday, November 7, 2014" });
    expect(s.updated.map((u) => [u.value, u.text, u.range.start.line])).toEqual([["2014-11-06", "Thu November 6, 2014", 9]]);
  });

  it("reads a stamp line that gives the publication date and its update", () => {
    const t = analyzeArticle("School board closes two schools\n\nBy Marcus Bell\nDec 1, 2026 Updated Dec 2, 2026\n\nRIVERDALE — The board voted on Monday night to close the schools.\n").structure;
    expect([t.published?.value, t.published?.text, t.published?.range.start]).toEqual(["2026-12-01", "Dec 1, 2026", { line: 3, character: 0 }]);
    expect(t.updated.map((u) => [u.value, u.kind, u.text, u.range.start])).toEqual([["2026-12-02", "updated", "Dec 2, 2026", { line: 3, character: 20 }]]);
    expect(t.dateline?.text).toBe("RIVERDALE —");
    const modified = analyzeArticle("Board closes schools\n\nDec 1, 2026 | Modified Dec 2, 2026\n\nThe board voted on Monday night to close the schools.\n").structure;
    expect([modified.published?.value, ...modified.updated.map((u) => `${u.kind} ${u.value}`)]).toEqual(["2026-12-01", "updated 2026-12-02"]);
  });

  it("reads the dateline glued to the lead", () => {
    expect(s.dateline).toMatchObject({ text: "Washington (CNN)", source: "CNN", glued: true });
    expect(s.dateline?.place?.text).toBe("Washington");
    expect(s.dateline?.range).toEqual({ start: { line: 11, character: 0 }, end: { line: 11, character: 16 } });
  });

  it("reads body paragraphs, the hard wrap and the trailing boilerplate", () => {
    expect(s.paragraphConvention).toBe("blank-line");
    const body = s.body.map((i) => model.paragraphs[i]!);
    expect(body[0]!.text.startsWith("Washington (CNN)President Barack Obama")).toBe(true);
    const wrapped = body.find((p) => p.wrappedLines.length > 0)!;
    expect(wrapped.text).toBe(
      "The revelation of the communications channel comes even as the military and administration\ncontinue to insist it is not cooperating with the Iranians on strategy or intelligence.",
    );
    expect(wrapped.wrappedLines).toEqual([20]);
    expect(s.boilerplate.map((i) => [model.paragraphs[i]!.text, model.paragraphs[i]!.boilerplate])).toEqual([
      ["Iran_Facebook_Cartoon_Wide", "image"],
      ["CNN’s Stephen Collinson contributed to this report.", "contributors"],
      ["No comments:", "comments"],
      ["Post a Comment", "comments"],
    ]);
    expect(body).toHaveLength(22);
    expect(body.filter((p) => !p.blankBefore).map((p) => p.text.slice(0, 30))).toEqual([
      "State Department spokeswoman J",
      "In comments released by Iran’s",
      "News of the letter angered con",
    ]);
  });
});

describe("analyzeArticle on a wire story with no byline", () => {
  it("takes its authors from the sign-off, and keeps a byline's authors over the sign-off's", () => {
    const story = "PARIS (Reuters) - Talks ended on Monday, officials said.\n\n(Reporting by Ana Ruiz; Editing by Ed Park)\n";
    const signed = analyzeArticle(`Talks end\n\n${story}`).structure;
    expect(signed.authors.map((a) => [a.text, a.range.start])).toEqual([["Ana Ruiz", { line: 4, character: 14 }]]);
    expect(analyzeArticle(`Talks end\n\nBy Tom Hale\n\n${story}`).structure.authors.map((a) => a.text)).toEqual(["Tom Hale"]);
  });
});

describe("analyzeArticle on seed 004 (one-line paragraphs, IBTimes)", () => {
  const model = analyzeArticle(seed("004"));
  const s = model.structure;

  it("has a headline but no byline, no deck and no publication date", () => {
    expect(s.headline?.text).toBe("Obama Sends Secret Letter To Iran About Joining The Fight Against ISIS");
    expect(s.deck).toBeUndefined();
    expect(s.byline).toBeUndefined();
    expect(s.authors).toEqual([]);
    expect(s.published).toBeUndefined();
    expect(s.updated).toEqual([]);
    expect(s.dateline).toBeUndefined();
  });

  it("reads the copyright line as boilerplate, not as a publication date", () => {
    expect(s.copyright).toMatchObject({ holder: "IBTimes", year: 2024, text: "© Copyright IBTimes 2024. All rights reserved." });
    expect(s.outlet).toMatchObject({ name: "IBTimes", from: "copyright" });
    expect(s.paragraphConvention).toBe("line");
    expect(s.body).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(s.boilerplate).toEqual([12]);
  });
});

describe("a headline taken from the page's title", () => {
  const text = "Floods swamp markets in the capital | World news | Business Day\n\nBy Ada Obi\n\nOn Monday, traders told Business Day the water rose overnight.";

  it("reads the headline without the site's name and section, and the site as the outlet", () => {
    const s = analyzeArticle(text).structure;
    expect(s.headline?.text).toBe("Floods swamp markets in the capital");
    expect(s.titleSite).toMatchObject({ text: " | World news | Business Day", range: { start: { line: 0, character: 35 }, end: { line: 0, character: 63 } } });
    expect(s.section?.text).toBe("World news");
    expect(s.outlet).toMatchObject({ name: "Business Day", from: "headline", at: { range: { start: { line: 0, character: 51 }, end: { line: 0, character: 63 } } } });
  });

  it("makes the site an organization, whatever its words suggest, one with the body's mention of it, and nothing of the section", () => {
    const entities = analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.length]);
    expect(entities).toEqual([["organization", "Business Day", 2]]);
  });
});

describe("analyzeArticle edge cases", () => {
  it("handles empty and whitespace-only input", () => {
    for (const text of ["", "  \n\t\r\n "]) {
      const m = analyzeArticle(text);
      expect(m.paragraphs).toEqual([]);
      expect(m.structure.headline).toBeUndefined();
      expect(m.tokens).toEqual([]);
    }
  });

  it("reads the short lines under a page's `Related Topics` as links until prose resumes", () => {
    const m = analyzeArticle("Surgeon dies aged 94\n\nDame Ada Vole, a pioneering heart surgeon, has died aged 94, her family said on Sunday.\n\nRelated Topics\n\nCardiff\n\nNHS\n\nShe is survived by two sons, who said she had never once accepted that something could not be done.\n");
    expect(m.paragraphs.map((p) => p.boilerplate ?? p.role)).toEqual(["headline", "body", "navigation", "navigation", "navigation", "body"]);
    expect(m.entities.map((e) => e.name)).toEqual(["Ada Vole"]);
  });

  it("reads the headlines under `Read more:` or `Most read` as links to other stories", () => {
    const m = analyzeArticle(
      "Surgeon dies aged 94\n\nDame Ada Vole, a pioneering heart surgeon, has died aged 94, her family said on Sunday.\n\nRead more:\n\nCardiff hospitals doubled surgery in 2024, study finds\n\nMost read\n\nWales beat Italy in Rome\n",
    );
    expect(m.paragraphs.map((p) => p.boilerplate ?? p.role)).toEqual(["headline", "body", "navigation", "navigation", "navigation", "navigation"]);
    expect(m.entities.map((e) => e.name)).toEqual(["Ada Vole"]);
    expect(m.dates.map((d) => d.text)).toEqual(["Sunday"]);
  });

  it("reads the names and places under a press office's `Media Contacts` as contacts, and a labelled link as a link", () => {
    const m = analyzeArticle("Probe reaches orbit\n\nThe Quillon probe reached orbit on Sunday, mission manager Ada Vole said in a statement to reporters.\n\nMission hub: https://example.org/quillon\n\nMedia Contacts\n\nNed Fane / Ida Lusk\n\nHeadquarters, Marlow\n");
    expect(m.paragraphs.map((p) => p.boilerplate ?? p.role)).toEqual(["headline", "body", "navigation", "contributors", "contributors", "contributors"]);
    expect(m.entities.map((e) => e.name)).toEqual(["Quillon", "Ada Vole"]);
  });

  it("reads a headline-only file", () => {
    const m = analyzeArticle("Iran Rejects Talks");
    expect(m.structure.headline?.text).toBe("Iran Rejects Talks");
    expect(m.structure.body).toEqual([]);
  });

  it("gives LSP positions under CRLF, a BOM and astral characters", () => {
    const text = "\uFEFFTalks 🚀 Resume\r\n\r\nBy Ann Lee, AP\r\n\r\nLONDON (AP) — Talks 😀 resumed on Friday after a long pause in the city.";
    const m = analyzeArticle(text);
    expect(m.structure.headline?.text).toBe("Talks 🚀 Resume");
    expect(m.structure.headline?.range).toEqual({ start: { line: 0, character: 1 }, end: { line: 0, character: 16 } });
    expect(m.structure.authors[0]?.range).toEqual({ start: { line: 2, character: 3 }, end: { line: 2, character: 10 } });
    expect(m.structure.dateline?.place?.text).toBe("LONDON");
    const resumed = m.tokens.find((t) => t.text === "resumed")!;
    expect(m.lines.positionAt(resumed.start)).toEqual({ line: 4, character: 23 });
  });

  it("reads text without a trailing newline and a 1 MB single line", () => {
    const line = "Officials said the talks continued. ".repeat(29_000);
    const m = analyzeArticle(line.trimEnd());
    expect(m.paragraphs).toHaveLength(1);
    expect(m.sentences).toHaveLength(29_000);
    expect(m.paragraphs[0]!.range.end).toEqual({ line: 0, character: line.trimEnd().length });
  });

  it("returns a frozen model", () => {
    const m = analyzeArticle("Headline\n\nBody text that is long enough to be a sentence here.");
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.structure.body)).toBe(true);
  });
});

describe("analysis with a memo of the last one", () => {
  const article = [
    "Port strike talks resume",
    "",
    "Published: March 4, 2025",
    "",
    "On Monday, the union said the strike will end on Friday, after talks broke down on 14 and 15 February.",
    "",
    "“We ship it on Monday,” a spokesman said. The port reopened in the spring of 2019 and will close in two weeks.",
    "",
    "Dock workers walked out last July; a vote is scheduled for Good Friday.",
  ].join("\n");
  const dates = (text: string, memo?: AnalysisMemo) => analyzeArticle(text, { memo }).dates.map((d) => [d.text, d.span.start, d.value, d.tense]);

  it("gives the dates a fresh analysis gives after an edit moves the paragraphs it kept", () => {
    const memo = new AnalysisMemo();
    analyzeArticle(article, { memo });
    const edited = article.replace("the union said", "the dockers' union said");
    expect(dates(edited, memo)).toEqual(dates(edited));
    expect(dates(edited, memo).slice(-2)).toEqual([
      ["last July", 301, "2024-07", "past"],
      ["Good Friday", 336, "2025-04-18", "future"],
    ]);
  });

  it("reads a paragraph again when an edit makes it open with the dateline", () => {
    const memo = new AnalysisMemo();
    const lead = "On Monday, the union met the owners of the port for the first time since the strike began. Neither side said much.";
    const text = `Port talks\n\n${lead}\n\nLONDON, March 3 (Reuters) - Talks will resume on Friday.`;
    analyzeArticle(text, { memo });
    expect(dates(text.replace(`${lead}\n\n`, ""), memo)[0]).toEqual(["March 3", 20, null, "past"]);
  });

  it("reads a paragraph again when an edit makes its quotation marks a quote", () => {
    const memo = new AnalysisMemo();
    const lead = "On Tuesday, the union met the owners of the port for the first time since the strike began. Neither side said much.";
    const quoted = "“We ship on Monday,” the union said";
    analyzeArticle(`Port talks\n\n${quoted}\n\n${lead}`, { memo });
    // (under the headline the words are its deck, and no quote's; after the lead, a body paragraph's quote)
    expect(dates(`Port talks\n\n${lead}\n\n${quoted}`, memo)[1]).toEqual(["Monday", 141, null, "future"]);
  });

  it("gives what a fresh analysis gives after any edits", () => {
    const insert = fc.constantFrom("x", "\n", "\n\n", "“", "”", '"', " will ", " said ", "March 3", " next Monday", ". ", "2019", "😀");
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const memo = new AnalysisMemo();
        let text = article;
        analyzeArticle(text, { memo });
        for (const { at, remove, insert: inserted } of edits) {
          const from = at % (text.length + 1);
          text = text.slice(0, from) + inserted + text.slice(from + remove);
          expect(dates(text, memo)).toEqual(dates(text));
        }
      }),
      { numRuns: 60 },
    );
  });
});
