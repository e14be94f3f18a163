import { describe, expect, it } from "vitest";
import { sectionsOf } from "./sections.js";

describe("sectionsOf", () => {
  it("groups the body's paragraphs under the subheading before them, those before the first under none", () => {
    expect(sectionsOf({ body: [1, 2, 4, 5, 8], subheadings: [3, 6, 9] })).toEqual([
      { paragraphs: [1, 2] },
      { heading: 3, paragraphs: [4, 5] },
      { heading: 6, paragraphs: [8] },
      { heading: 9, paragraphs: [] },
    ]);
    expect(sectionsOf({ body: [], subheadings: [] })).toEqual([{ paragraphs: [] }]);
  });
});
