import { describe, expect, it } from "vitest";
import { monthNumber, weekdayNumber } from "./calendar.js";

describe("month and weekday names", () => {
  it("reads full, abbreviated and dotted names in any case", () => {
    expect(["September", "Sept.", "sep", "DEC.", "May"].map(monthNumber)).toEqual([9, 9, 9, 12, 5]);
    expect(["Thursday", "Thurs.", "thu", "SAT"].map(weekdayNumber)).toEqual([4, 4, 4, 6]);
  });

  it("knows no other word, not even the names of an object's own properties", () => {
    expect(["constructor", "toString", "__proto__", "Mayday", "Septembers", ""].map(monthNumber)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(["hasOwnProperty", "Fridays", "."].map(weekdayNumber)).toEqual([undefined, undefined, undefined]);
  });
});
