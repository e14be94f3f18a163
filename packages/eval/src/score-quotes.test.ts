import { describe, expect, it } from "vitest";
import { scoreDates, scoreQuotes } from "./score-quotes.js";

describe("scoreQuotes", () => {
  it("finds quotes by their first words and checks speakers, anonymous ones included", () => {
    const gold = [
      { starts: "We don’t look", speaker: "Jen Psaki" },
      { starts: "accommodations must", speaker: null },
      { starts: "never said", speaker: "Nobody" },
    ];
    const c = scoreQuotes(gold, [
      { text: "We don't look at it as a linked situation,", speaker: "Jen Psaki" },
      { text: "accommodations must be made indirectly,", speaker: null },
      { text: "something else", speaker: "X" },
    ]);
    expect(c).toEqual({ gold: 3, found: 2, predicted: 3, speakerRight: 2 });
  });
});

describe("scoreDates", () => {
  it("matches dates by text in order and checks values", () => {
    const c = scoreDates(
      [
        { text: "Thursday", value: "2014-11-06" },
        { text: "Nov. 24", value: "2014-11-24" },
      ],
      [
        { text: "Thursday", value: "2014-11-13" },
        { text: "Nov. 24", value: "2014-11-24" },
        { text: "July", value: null },
      ],
    );
    expect(c).toEqual({ gold: 2, found: 2, predicted: 3, valueRight: 1 });
  });
});
