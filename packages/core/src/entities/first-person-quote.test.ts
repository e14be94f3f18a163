import { describe, expect, it } from "vitest";
import { speaksInFirstPerson } from "./first-person-quote.js";

/** Whether the quotation before `name`'s first place in `text` speaks as I. */
function at(text: string, name: string): boolean {
  return speaksInFirstPerson(text, text.indexOf(name));
}

describe("speaksInFirstPerson", () => {
  it("reads the quotation that closes before the name or its speech verb", () => {
    expect(at('"I wanted to win," Ito told NHK.', "Ito")).toBe(true);
    expect(at("“My knee hurt,” said Ito.", "Ito")).toBe(true);
    expect(at('"It was hard for me," Ito said.', "Ito")).toBe(true);
    expect(at('"I\'m done," Ito said.', "Ito")).toBe(true);
  });

  it("refuses a voice that says we, a name no quotation closes before, and words that only contain I or my", () => {
    expect(at('"We expect sales to rise," Diageo said.', "Diageo")).toBe(false);
    expect(at('Ito said "I won".', "Ito")).toBe(false);
    expect(at('"Mystery in Iowa enemy," Ito said.', "Ito")).toBe(false);
    expect(at('"I won." Then Ito left.', "Ito")).toBe(false);
  });
});
