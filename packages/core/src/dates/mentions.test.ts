import { describe, expect, it } from "vitest";
import type { Span } from "../text/positions.js";
import { dateReadingMemo, findDateMentions, type DatedParagraph } from "./mentions.js";

const locate = (text: string) => (span: Span) => ({ text: text.slice(span.start, span.end), span, range: { start: { line: 0, character: span.start }, end: { line: 0, character: span.end } } });

describe("findDateMentions with a memo", () => {
  it("reads a paragraph's dates again when it becomes a stamp", () => {
    const text = "Updated on Friday";
    const read = (stamp: boolean, memo: ReturnType<typeof dateReadingMemo>) => {
      const paragraph: DatedParagraph = { start: 0, end: text.length, stamp, datelineEnd: 0 };
      return findDateMentions(text, [paragraph], () => ({ start: 0, end: text.length }), [], undefined, locate(text), memo).map((d) => d.tense);
    };
    const memo = dateReadingMemo();
    expect(read(false, memo)).toEqual(["future"]);
    expect(read(true, memo)).toEqual(["past"]);
  });
});

describe("findDateMentions beside a quotation", () => {
  it("keeps the quotation's marks between the words either side of it, which do not meet across it", () => {
    const text = 'It was targeted by "a criminal group" on Wednesday.';
    const paragraph: DatedParagraph = { start: 0, end: text.length, stamp: false, datelineEnd: 0 };
    const quote = { start: text.indexOf('"'), end: text.lastIndexOf('"') + 1 };
    const tenses = findDateMentions(text, [paragraph], () => ({ start: 0, end: text.length }), [quote], undefined, locate(text)).map((d) => [d.text, d.tense]);
    expect(tenses).toEqual([["Wednesday", "past"]]);
  });
});

/** The date mentions of `text`, each of its lines a paragraph of one sentence. */
function mentionsByLine(text: string, reference?: Parameters<typeof findDateMentions>[4]): ReturnType<typeof findDateMentions> {
  const paragraphs: DatedParagraph[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start);
    paragraphs.push({ start, end, stamp: false, datelineEnd: start });
    start = end + 1;
  }
  return findDateMentions(text, paragraphs, (at) => paragraphs.find((p) => p.start <= at && at < p.end)!, [], reference, locate(text));
}

describe("findDateMentions of a day counted from the article's", () => {
  it("reads yesterday as past and tomorrow as future whatever the verb, and today by the verb", () => {
    const text = "Solutions to yesterday's puzzle are below.\nTomorrow's paper sold out.\nThe vote was today.\nThe vote is today.";
    const read = mentionsByLine(text).map((d) => [d.text, d.tense]);
    expect(read).toEqual([
      ["yesterday", "past"],
      ["Tomorrow", "future"],
      ["today", "past"],
      ["today", "future"],
    ]);
  });
});

describe("findDateMentions in a timeline", () => {
  it("reads a year that opens an entry before a dash as a date, and an entry's present as the past", () => {
    const text = "Sales fell in 2014 – a bad year.\n2009 – Ana Ruiz founds Norvex.\nMarch 2019 – The company opens a plant in Kelmo.\nMonday – Norvex files for bankruptcy.\nNorvex opens a plant on Monday.\nTickets are on sale for the show in June – book now.";
    const read = mentionsByLine(text).map((d) => [d.text, d.tense]);
    expect(read).toEqual([
      ["2014", "past"],
      ["2009", "past"],
      ["March 2019", "past"],
      ["Monday", "past"],
      ["Monday", "future"],
      ["June", "future"],
    ]);
  });

  it("reads a year that opens an entry before a colon as a date, and a year, a month, a day or a season's year wholly before or after the article's day in that tense", () => {
    const text = "1987: Ana Ruiz leaves school.\nThe book opens in 1921.\nIn March 2030 the plant will open, and in 2026 it hires.\nHe said the 2031 games were lost.\nTwo sisters walk to the coast in the winter of 1946, and return in the spring of 2026.";
    const reference = { date: { year: 2026, month: 3, day: 9 }, source: "published" as const };
    const read = mentionsByLine(text, reference).map((d) => [d.text, d.value, d.tense]);
    expect(read).toEqual([
      ["1987", "1987", "past"],
      ["1921", "1921", "past"],
      ["March 2030", "2030-03", "future"],
      ["2026", "2026", "future"],
      ["2031", "2031", "future"],
      ["winter of 1946", "1946-24", "past"],
      ["spring of 2026", "2026-21", "future"],
    ]);
  });
});
