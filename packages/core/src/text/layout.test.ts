import { describe, expect, it } from "vitest";
import { layout } from "./layout.js";

const paragraphsOf = (text: string) => layout(text).paragraphs.map((p) => text.slice(p.start, p.end));

describe("layout", () => {
  it("reads blank-line paragraphs and joins a line hard-wrapped mid-sentence", () => {
    const text = "First paragraph.\n\nThe military and administration\ncontinue to insist.\n\nLast one.";
    const result = layout(text);
    expect(result.convention).toBe("blank-line");
    expect(paragraphsOf(text)).toEqual(["First paragraph.", "The military and administration\ncontinue to insist.", "Last one."]);
    expect(result.paragraphs[1]!.wrappedLines).toEqual([3]);
  });

  it("reads one paragraph per line when the article has no blank lines", () => {
    const text = "A Headline Here\nBody one ends.\n“A quote,” she said.\nLast.";
    const result = layout(text);
    expect(result.convention).toBe("line");
    expect(paragraphsOf(text)).toEqual(["A Headline Here", "Body one ends.", "“A quote,” she said.", "Last."]);
  });

  it("keeps a paragraph that lost its blank line separate", () => {
    const text = "One.\n\nTwo ends here.\nThree starts.\n\nFour.";
    const result = layout(text);
    expect(paragraphsOf(text)).toEqual(["One.", "Two ends here.", "Three starts.", "Four."]);
    expect(result.paragraphs.map((p) => p.blankBefore)).toEqual([false, true, false, true]);
  });

  it("reads a short line ending in a closed-class word over a longer line as a heading, not a wrap", () => {
    const text = "Getting there\nTickets from Sarno to Halvik cost from 89 euros one way.\n\nThe talks ended with\nVelmar.\n\nIt was signed at the meeting with\nIvo Lusk and others in the hall.";
    expect(paragraphsOf(text)).toEqual([
      "Getting there",
      "Tickets from Sarno to Halvik cost from 89 euros one way.",
      "The talks ended with\nVelmar.",
      "It was signed at the meeting with\nIvo Lusk and others in the hall.",
    ]);
  });

  it("handles CRLF, a lone CR, whitespace-only and empty input", () => {
    const text = "Alpha ends.\r\n\r\nBeta\rgoes on.";
    expect(paragraphsOf(text)).toEqual(["Alpha ends.", "Beta\rgoes on."]);
    expect(layout("").paragraphs).toEqual([]);
    expect(layout(" \n\t\n").paragraphs).toEqual([]);
  });
});
