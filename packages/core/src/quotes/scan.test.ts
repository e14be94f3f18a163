import { describe, expect, it } from "vitest";
import { scanQuotes } from "./scan.js";

function scan(paragraphs: string[]) {
  const text = paragraphs.join("\n");
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of paragraphs) {
    spans.push({ start: at, end: at + p.length });
    at += p.length + 1;
  }
  const result = scanQuotes(text, spans);
  return {
    quotes: result.quotes.map((q) => ({ text: text.slice(q.content.start, q.content.end), unclosed: q.unclosed, continues: q.continuesPrevious, style: q.style })),
    strays: result.strays.map((s) => [s.paragraph, s.mark]),
  };
}

describe("scanQuotes", () => {
  it("finds curly and straight quotes and keeps nested single quotes inside", () => {
    expect(scan(["“We ‘work’ closely,” he said. \"We won't share it,\" she said."]).quotes).toEqual([
      { text: "We ‘work’ closely,", unclosed: false, continues: false, style: "curly" },
      { text: "We won't share it,", unclosed: false, continues: false, style: "straight" },
    ]);
  });

  it("finds partial quotes inside a sentence", () => {
    expect(scan(["saying it’s “outrageous” to reach out to the “same regime.”"]).quotes.map((q) => q.text)).toEqual(["outrageous", "same regime."]);
  });

  it("continues a quote left open at a paragraph's end into the next quoted paragraph", () => {
    const r = scan(["“The first part runs on.", "“And ends here,” he said."]);
    expect(r.quotes).toEqual([
      { text: "The first part runs on.", unclosed: true, continues: false, style: "curly" },
      { text: "And ends here,", unclosed: false, continues: true, style: "curly" },
    ]);
    expect(r.strays).toEqual([]);
  });

  it("reports unbalanced marks without failing", () => {
    const r = scan(["He said “nothing here.", "A plain paragraph.", "A stray” mark."]);
    expect(r.strays).toEqual([
      [0, "“"],
      [2, "”"],
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual(["nothing here."]);
  });

  it("finds quotes in single marks, the British newspapers' convention, and goes on into the next paragraph", () => {
    const r = scan(["Judge Mara Quill said: 'This was vicious.' She added: ‘You showed no remorse.’", "'The first part runs on.", "'And ends here,' she said."]);
    expect(r.quotes).toEqual([
      { text: "This was vicious.", unclosed: false, continues: false, style: "single" },
      { text: "You showed no remorse.", unclosed: false, continues: false, style: "single" },
      { text: "The first part runs on.", unclosed: true, continues: false, style: "single" },
      { text: "And ends here,", unclosed: false, continues: true, style: "single" },
    ]);
    expect(r.strays).toEqual([]);
  });

  it("reads apostrophes as apostrophes, not single quotes", () => {
    const r = scan(["Gary's van, the farmers' union and the Joneses' dog don't like rock 'n' roll from the '90s, or 'em.", "A lone 'mark that never closes."]);
    expect(r.quotes).toEqual([]);
    expect(r.strays).toEqual([]);
  });

  it("keeps a plural's possessive inside a single-quoted passage, and a double-quoted one inside it", () => {
    expect(scan(["'The farmers' union will fight,' he said. 'He told me \"go away\", so I left.'"]).quotes.map((q) => [q.text, q.style])).toEqual([
      ["The farmers' union will fight,", "single"],
      ['He told me "go away", so I left.', "single"],
    ]);
  });
});
