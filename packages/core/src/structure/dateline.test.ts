import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";
import { isDatelineLine, parseDateline, parseItemDateline } from "./dateline.js";

describe("parseDateline", () => {
  it("reads a dateline glued to the lead", () => {
    expect(parseDateline("Washington (CNN)President Barack Obama’s administration", 0)).toEqual({
      place: "Washington",
      placeSpan: { start: 0, end: 10 },
      source: "CNN",
      sourceSpan: { start: 12, end: 15 },
      span: { start: 0, end: 16 },
      glued: true,
    });
  });

  it("reads wire datelines with a state and a dash", () => {
    const d = parseDateline("KABUL, Afghanistan (AP) — Taliban fighters attacked", 5)!;
    expect([d.place, d.source, d.glued, d.span]).toEqual(["KABUL, Afghanistan", "AP", false, { start: 5, end: 30 }]);
    // (a country's name may hold a small word: `Democratic Republic of Congo`, `Bosnia and Herzegovina`)
    expect(parseDateline("KINSHASA, Democratic Republic of Congo (AP) — Cases rose", 0)?.place).toBe("KINSHASA, Democratic Republic of Congo");
    expect(parseDateline("SARAJEVO, Bosnia and Herzegovina (Reuters) - Voters went", 0)?.place).toBe("SARAJEVO, Bosnia and Herzegovina");
    const london = parseDateline("LONDON — Britain said on Monday", 0)!;
    expect([london.place, london.source, london.glued]).toEqual(["LONDON", undefined, false]);
  });

  it("reads the day a wire service writes after the place", () => {
    const oslo = parseDateline("OSLO, March 4 (Reuters) - Norwegian utility Nordwind", 0)!;
    expect([oslo.place, oslo.source, oslo.span]).toEqual(["OSLO", "Reuters", { start: 0, end: 25 }]);
    const dc = parseDateline("WASHINGTON, Feb. 3 (AP) — The Senate voted", 0)!;
    expect([dc.place, dc.source, dc.dateSpan]).toEqual(["WASHINGTON", "AP", { start: 12, end: 18 }]);
  });

  it("reads a dateline's day with its year (after a comma or not), the day before the month, and dpa's lower-case name", () => {
    const ny = parseDateline("NEW YORK, June 3, 2026 — Halden Foods said", 10)!;
    expect([ny.place, ny.source, ny.dateSpan, ny.span]).toEqual(["NEW YORK", undefined, { start: 20, end: 32 }, { start: 10, end: 34 }]);
    const berlin = parseDateline("BERLIN, 19 March (dpa) - The Bundestag voted", 0)!;
    expect([berlin.place, berlin.source, berlin.dateSpan]).toEqual(["BERLIN", "dpa", { start: 8, end: 16 }]);
    const nairobi = parseDateline("NAIROBI, Oct 8 2024 (AFP) - Kenyan lawmakers voted", 0)!;
    expect([nairobi.place, nairobi.source, nairobi.dateSpan]).toEqual(["NAIROBI", "AFP", { start: 9, end: 19 }]);
    expect(parseDateline("March 19 (dpa) - The Bundestag voted", 0)).toEqual({ source: "dpa", sourceSpan: { start: 10, end: 13 }, dateSpan: { start: 0, end: 8 }, span: { start: 0, end: 16 }, glued: false });
    // a lower-case word in parentheses after a place alone is a remark, not an agency, unless an all-caps place and a dash frame it
    expect(parseDateline("Berlin (sic) - The Bundestag voted", 0)).toBeUndefined();
    expect(parseDateline("BERLIN (dpa) - The Bundestag voted", 0)).toEqual({ place: "BERLIN", placeSpan: { start: 0, end: 6 }, source: "dpa", sourceSpan: { start: 8, end: 11 }, span: { start: 0, end: 14 }, glued: false });
  });

  it("reads no place and agency in a company and its share's code that open the lead", () => {
    expect(parseDateline("Halden Foods (HALD.O) forecast revenue", 0)).toBeUndefined();
    expect(parseDateline("On Monday, Halden Foods (HALD.O) forecast revenue", 0)).toBeUndefined();
  });

  it("dates an article with no stamp by its dateline's day, when the dateline gives the year", () => {
    const dated = analyzeArticle("Halden to buy Crisp\n\nNEW YORK, June 3, 2026 — Halden Foods said on Wednesday it would buy Crisp.");
    expect([dated.structure.dateline?.date?.value, dated.reference?.source, dated.dates.map((d) => [d.text, d.value])]).toEqual([
      "2026-06-03",
      "dateline",
      [
        ["June 3, 2026", "2026-06-03"],
        ["Wednesday", "2026-06-03"],
      ],
    ]);
    // a stamp comes first; a day without its year dates nothing
    expect(analyzeArticle("Vote\n\nPublished: March 20, 2026\n\nBERLIN, June 3, 2025 (dpa) - The vote was on Thursday.").reference?.source).toBe("published");
    expect(analyzeArticle("Vote\n\nBERLIN, March 19 (dpa) - The vote was on Thursday.").reference).toBeUndefined();
  });

  it("reads a known place in capitals before a colon, as Indian papers write it, and no other word", () => {
    const d = parseDateline("NEW DELHI: The government said on Monday", 0)!;
    expect([d.place, d.source, d.span]).toEqual(["NEW DELHI", undefined, { start: 0, end: 10 }]);
    expect(parseDateline("UPDATE: The road has reopened", 0)).toBeUndefined();
    expect(parseDateline("BARLOWE: The road has reopened", 0)).toBeUndefined();
  });

  it("reads the two cities a story was filed from", () => {
    const two = parseDateline("BEIRUT/AMMAN, March 5 (Reuters) - A convoy reached", 0)!;
    expect([two.place, two.source, two.span]).toEqual(["BEIRUT/AMMAN", "Reuters", { start: 0, end: 33 }]);
    expect(analyzeArticle("Convoy arrives\n\nBEIRUT/AMMAN, March 5 (Reuters) - A convoy reached the border.").entities.map((e) => [e.name, e.type, e.mentions[0]!.text])).toEqual([
      ["Beirut", "place", "BEIRUT"],
      ["Amman", "place", "AMMAN"],
      ["Reuters", "organization", "Reuters"],
    ]);
  });

  it("reads a wire's dateline that gives only the day and the agency", () => {
    expect(parseDateline("Oct 18 (Reuters) - Procter & Gamble Co on Wednesday beat", 4)).toEqual({ source: "Reuters", sourceSpan: { start: 12, end: 19 }, dateSpan: { start: 4, end: 10 }, span: { start: 4, end: 22 }, glued: false });
    expect(parseDateline("May 3 (pictured) - said", 0)).toBeUndefined();
    expect(parseDateline("March 4 (AP) the day", 0)).toBeUndefined();
  });

  it("reads an agency's dateline with neither place nor day", () => {
    expect(parseDateline("(Bloomberg) -- Cerebras Systems Inc., a maker of chips", 10)).toEqual({ source: "Bloomberg", sourceSpan: { start: 11, end: 20 }, span: { start: 10, end: 24 }, glued: false });
    expect(parseDateline("(pictured) -- said", 0)).toBeUndefined();
    expect(parseDateline("(Bloomberg) Cerebras filed", 0)).toBeUndefined();
  });

  it("ignores names followed by remarks or dashes in ordinary prose", () => {
    expect(parseDateline("Obama (pictured) said on Monday", 0)).toBeUndefined();
    expect(parseDateline("Obama — who spoke first — said", 0)).toBeUndefined();
    expect(parseDateline("The President said", 0)).toBeUndefined();
  });

  it("reads a name and the acronym of its initials opening the lead as no dateline", () => {
    expect(parseDateline("The Arlo Vayu Samaj (AVS) met on Monday", 0)).toBeUndefined();
    expect(parseDateline("Marlow Rowing Club (MRC) said", 0)).toBeUndefined();
    expect(parseDateline("Marlow Holdings Ltd (MH) said", 0)).toBeUndefined();
    expect(parseDateline("On Monday, Sarno Research and Innovation (SRI) said", 0)).toBeUndefined();
    expect(parseDateline("On Monday, UK Research and Innovation (UKRI) said", 0)).toBeUndefined();
    expect(parseDateline("Washington (CNN) President Ada Vole said", 0)?.source).toBe("CNN");
  });

  it("reads a name and the party or body in brackets after it, with no dash, as no dateline, unless the place is in capitals or known", () => {
    expect(parseDateline("Ana Ruiz (Labour) won the seat", 0)).toBeUndefined();
    expect(parseDateline("Tarvel Quill (Civic Alliance) 1,204", 0)).toBeUndefined();
    expect(parseDateline("HALVIK (Reuters) Shares fell", 0)?.place).toBe("HALVIK");
    expect(parseDateline("Kabul (AP) Officials said", 0)?.place).toBe("Kabul");
  });

  it("reads a press release's dateline: the wire between slashes or dashes, or the day between dashes", () => {
    expect(parseDateline("NEW YORK, March 4, 2025 /PRNewswire/ -- Acme Corp said", 0)).toEqual({
      place: "NEW YORK",
      placeSpan: { start: 0, end: 8 },
      source: "PRNewswire",
      sourceSpan: { start: 25, end: 35 },
      dateSpan: { start: 10, end: 23 },
      span: { start: 0, end: 39 },
      glued: false,
    });
    expect(parseDateline("SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp said", 0)).toEqual({ place: "SAN FRANCISCO", placeSpan: { start: 0, end: 13 }, source: "BUSINESS WIRE", sourceSpan: { start: 16, end: 29 }, span: { start: 0, end: 32 }, glued: false });
    expect(parseDateline("PITTSBURGH, PA — March 4, 2025 — Ardent Robotics said", 0)).toEqual({
      place: "PITTSBURGH, PA",
      placeSpan: { start: 0, end: 14 },
      dateSpan: { start: 17, end: 30 },
      span: { start: 0, end: 32 },
      glued: false,
    });
    expect(parseDateline("Austin, Texas — June 3, 2025 — Ardent said", 0)?.dateSpan).toEqual({ start: 16, end: 28 });
    expect(parseDateline("WINSTON-SALEM, N.C. — The board said", 0)?.place).toBe("WINSTON-SALEM, N.C.");
    expect(parseDateline("Smith — March 4, 2025 — the day she left", 0)).toBeUndefined();
  });

  it("reads a place in small letters before its day and a dash, but not someone's first name", () => {
    expect(parseDateline("Dersk, 22 February 2025 — Mara Velt opened the show.", 0)).toEqual({
      place: "Dersk",
      placeSpan: { start: 0, end: 5 },
      dateSpan: { start: 7, end: 23 },
      span: { start: 0, end: 25 },
      glued: false,
    });
    expect(parseDateline("Helen, 22 February 2025 — a letter", 0)).toBeUndefined();
    expect(parseDateline("Dersk, 22 February 2025 was the day", 0)).toBeUndefined();
  });

  it("reads a dateline on a line of its own, its day last, a day's name perhaps before it", () => {
    expect(parseDateline("SARNO, Velmar — Saturday, 19 July 2025", 0)).toEqual({
      place: "SARNO, Velmar",
      placeSpan: { start: 0, end: 13 },
      dateSpan: { start: 26, end: 38 },
      span: { start: 0, end: 38 },
      glued: false,
    });
    expect(isDatelineLine("SARNO, Velmar — 19 July 2025\n")).toBe(true);
    expect(isDatelineLine("SARNO, Velmar — 19 July 2025 — The board said")).toBe(false);
    expect(parseDateline("SARNO —", 0)).toBeUndefined();
    expect(isDatelineLine("Smith — 19 July 2025")).toBe(false);
  });

  it("reads a place in capitals and its day alone on a line with no dash, a day's name perhaps between them, but not a place in small letters", () => {
    expect(parseDateline("KELVAR, Friday 7 May 2021", 10)).toEqual({
      place: "KELVAR",
      placeSpan: { start: 10, end: 16 },
      dateSpan: { start: 25, end: 35 },
      span: { start: 10, end: 35 },
      glued: false,
    });
    expect(parseDateline("SARNO, Velmar, May 7, 2021\n", 0)?.dateSpan).toEqual({ start: 15, end: 26 });
    expect(isDatelineLine("LONDON, Friday, 7 May 2021")).toBe(true);
    expect(parseDateline("Kelvar, Friday 7 May 2021", 0)).toBeUndefined();
    expect(parseDateline("KELVAR, Friday 7 May 2021 was the day", 0)).toBeUndefined();
  });

  it("reads a roundup item's dateline, its place in capitals before a dash, but not a speaker's label or a place in small letters", () => {
    expect(parseItemDateline("SARNO (Reuters) — The bank raised rates.", 100)).toEqual({
      place: "SARNO",
      placeSpan: { start: 100, end: 105 },
      source: "Reuters",
      sourceSpan: { start: 107, end: 114 },
      span: { start: 100, end: 117 },
      glued: false,
    });
    expect(parseItemDateline("DERSK, Orvek, March 3 (AP) — Rescuers pulled two miners out.", 0)?.place).toBe("DERSK, Orvek");
    expect(parseItemDateline("Sarno (Reuters) — The bank raised rates.", 0)).toBeUndefined();
    expect(parseItemDateline("LONDON: The bank raised rates.", 0)).toBeUndefined();
    expect(parseDateline("LONDON: The bank raised rates.", 0)?.place).toBe("LONDON");
  });
});

describe("datelines of a roundup's items", () => {
  it("reads each item's place as a place and its agency as an outlet", () => {
    const text = [
      "World news in brief",
      "HALVIK, Velmar — Police in Halvik arrested 14 people on Sunday after protests turned violent, officials said.",
      "SARNO (Reuters) — The central bank raised its main interest rate to 5.5% on Monday.",
      "TARVEL — Ana Ruiz was sworn in as president on Monday.",
    ].join("\n\n");
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["Halvik", "place", ["HALVIK", "Halvik"]],
      ["Velmar", "place", ["Velmar"]],
      ["Sarno", "place", ["SARNO"]],
      ["Reuters", "organization", ["Reuters"]],
      ["Tarvel", "place", ["TARVEL"]],
      ["Ana Ruiz", "person", ["Ana Ruiz"]],
    ]);
  });

  it("reads the town and colon opening each item of a news-in-brief column as a place, but not a transcript's speakers", () => {
    const brief = [
      "In brief",
      "Kelmo: A man has been arrested after a shop was broken into on Sunday.",
      "Update: The road has reopened.",
      "Halvik: The bonfire has been cancelled. Chairman Tom Hale said: “It breaks my heart.”",
    ].join("\n\n");
    expect(analyzeArticle(brief).entities.map((e) => [e.name, e.type])).toEqual([
      ["Kelmo", "place"],
      ["Halvik", "place"],
      ["Tom Hale", "person"],
    ]);
    const names = (text: string) => analyzeArticle(text).entities.map((e) => e.name);
    const item = (label: string, words: string) => `${label}: ${words} and that is all there is to say about it.`;
    // (a transcript's speakers come back, and speak in the first person)
    expect(names(["Interview", item("Lusk", "Fame is a trap"), item("Ruiz", "Why is fame a trap"), item("Lusk", "Fame eats you")].join("\n\n"))).toEqual([]);
    expect(names(["Interview", item("Lusk", "I never wanted fame"), item("Orsel", "Fame is a “trap” to me")].join("\n\n"))).toEqual([]);
    expect(names(["Brief", item("Kelmo", "A man said “I am sorry”"), item("Orsel", "Plans were approved")].join("\n\n"))).toEqual(["Kelmo", "Orsel"]);
    // (nor are speakers named in full, nor an everyday word, nor one item alone; a town the gazetteer knows is one anyway)
    expect(names(["Panel", item("Ana Ruiz", "Rates will rise"), item("Kai Moss", "Rates will fall")].join("\n\n"))).toEqual(["Ana Ruiz", "Kai Moss"]);
    expect(names(["Note", item("Kelmo", "A man has been arrested")].join("\n\n"))).toEqual([]);
    expect(names(["Note", item("Q", "What was done"), item("A", "The road was closed")].join("\n\n"))).toEqual([]);
    expect(names(["Note", item("Kelmo", "a man has been arrested"), item("Orsel", "plans were approved")].join("\n\n"))).toEqual([]);
    expect(names(["Brief", item("Kelmo", "A man has been arrested"), item("Reading", "A shop has closed")].join("\n\n"))).toEqual(["Kelmo", "Reading"]);
  });
});
