import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

function sentences(text: string): string[] {
  const tokens = tokenize(text);
  return splitSentences(tokens, 0, tokens.length).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("does not split after titles or dotted abbreviations inside a name", () => {
    expect(sentences("Gen. Lloyd Austin spoke. Sens. John McCain and Dr. Zarif met U.S. Central Command.")).toEqual([
      "Gen. Lloyd Austin spoke.",
      "Sens. John McCain and Dr. Zarif met U.S. Central Command.",
    ]);
  });

  it("does not split inside a dotted state in a lawmaker's party tag", () => {
    expect(sentences("Sen. Ana Ruiz, D-N.Y., called it a win. Rep. Tom Hale, R-N.J. The vote was close.")).toEqual([
      "Sen. Ana Ruiz, D-N.Y., called it a win.",
      "Rep. Tom Hale, R-N.J.",
      "The vote was close.",
    ]);
  });

  it("does not split after a brand's capital letter and its exclamation mark, unless a pronoun or an article follows", () => {
    expect(sentences("A source told E! News that it was over. They chose Plan B! It failed. Stop! Police!")).toEqual([
      "A source told E! News that it was over.",
      "They chose Plan B!",
      "It failed.",
      "Stop!",
      "Police!",
    ]);
  });

  it("does not split after a brand word's exclamation mark before an outlet's word", () => {
    expect(sentences("Yahoo! News reported it. Goal! Messi scored. Yahoo! Finance fell.")).toEqual([
      "Yahoo! News reported it.",
      "Goal!",
      "Messi scored.",
      "Yahoo! Finance fell.",
    ]);
  });

  it("keeps closing quotes with the sentence they end", () => {
    expect(sentences("“We work closely,” he said. “It is hard.” She left!")).toEqual([
      "“We work closely,” he said.",
      "“It is hard.”",
      "She left!",
    ]);
  });

  it("ends a sentence at a dotted abbreviation followed by a closed-class word", () => {
    expect(sentences("He flew to the U.S. The trip was short.")).toEqual(["He flew to the U.S.", "The trip was short."]);
    expect(sentences("She wrote on X. The post was deleted. Robert E. Lee and Vitamin D. Smith met.")).toEqual(["She wrote on X.", "The post was deleted.", "Robert E. Lee and Vitamin D. Smith met."]);
  });

  it("keeps a clock's `a.m.` or `p.m.` in its sentence before a weekday or a time zone, and ends one before any other capital", () => {
    expect(sentences("The fire broke out at 2 p.m. Monday near the lake. It hit at 3 a.m. ET Tuesday. They met at 4 p.m. Officials said so.")).toEqual([
      "The fire broke out at 2 p.m. Monday near the lake.",
      "It hit at 3 a.m. ET Tuesday.",
      "They met at 4 p.m.",
      "Officials said so.",
    ]);
  });

  it("does not split before a lower-case continuation", () => {
    expect(sentences("It cost 3.5 million. e.g. nothing")).toEqual(["It cost 3.5 million. e.g. nothing"]);
  });
});

describe("abbreviations before numbers", () => {
  it("reads `No.` as an abbreviation only before a number", () => {
    expect(sentences("They said no. Officials left. He lives at No. 10 now.")).toEqual(["They said no.", "Officials left.", "He lives at No. 10 now."]);
    expect(sentences("It cost Rs.300 each. 40 were sold.")).toEqual(["It cost Rs.300 each.", "40 were sold."]);
  });

  it("keeps the period of a share's code in brackets inside the sentence", () => {
    expect(sentences("Halden (HALD.O) and Norvik (NRV.OL) fell. Its shares rose.")).toEqual(["Halden (HALD.O) and Norvik (NRV.OL) fell.", "Its shares rose."]);
  });

  it("keeps a decimal point glued to an amount with its magnitude inside the sentence", () => {
    expect(sentences("It will borrow N54.99trn next year. 12 states agreed.")).toEqual(["It will borrow N54.99trn next year.", "12 states agreed."]);
  });

  it("ends a sentence at an abbreviation that ends a name, when a closed-class word follows", () => {
    expect(sentences("Shares of Apple Inc. fell. They hit Apple Inc. The index rose. Tools, nails etc. It was shut.")).toEqual([
      "Shares of Apple Inc. fell.",
      "They hit Apple Inc.",
      "The index rose.",
      "Tools, nails etc.",
      "It was shut.",
    ]);
    expect(sentences("Acme Co. Chief Executive Ann Lee spoke.")).toEqual(["Acme Co. Chief Executive Ann Lee spoke."]);
  });

  it("ends a sentence at a capital letter's period before a quotation, but not before a nickname", () => {
    expect(sentences('He was linked with Serie A. "Ivo is happy," Lusk said. Senator Robert F. "Bobby" Lusk spoke.')).toEqual([
      "He was linked with Serie A.",
      '"Ivo is happy," Lusk said.',
      'Senator Robert F. "Bobby" Lusk spoke.',
    ]);
  });
});
