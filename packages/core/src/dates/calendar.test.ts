import { describe, expect, it } from "vitest";
import { formatDecade, formatWeek, monthNumber, parseDecade, parseIsoWeek, weekdayNumber } from "./calendar.js";

describe("month and weekday names", () => {
  it("reads full, abbreviated and dotted names in any case", () => {
    expect(["September", "Sept.", "sep", "DEC.", "May"].map(monthNumber)).toEqual([9, 9, 9, 12, 5]);
    expect(["Thursday", "Thurs.", "thu", "SAT"].map(weekdayNumber)).toEqual([4, 4, 4, 6]);
  });

  it("knows no other word, not even the names of an object's own properties", () => {
    expect(["constructor", "toString", "__proto__", "Mayday", "Septembers", ""].map(monthNumber)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(["hasOwnProperty", "Fridays", "."].map(weekdayNumber)).toEqual([undefined, undefined, undefined]);
  });

  it("writes and reads ISO weeks, whose year is their Thursday's", () => {
    const days = [{ year: 2014, month: 11, day: 7 }, { year: 2016, month: 1, day: 3 }, { year: 2018, month: 12, day: 31 }, { year: 2020, month: 12, day: 31 }];
    expect(days.map(formatWeek)).toEqual(["2014-W45", "2015-W53", "2019-W01", "2020-W53"]);
    expect(["2014-W45", "2015-W53", "2019-W01", "2019-W53", "2014-11", "2014-W00"].map(parseIsoWeek)).toEqual([
      { year: 2014, month: 11, day: 3 },
      { year: 2015, month: 12, day: 28 },
      { year: 2018, month: 12, day: 31 },
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("writes a decade with ISO 8601-2's unspecified digit and reads it back", () => {
    expect([1990, 2000, 1800].map(formatDecade)).toEqual(["199X", "200X", "180X"]);
    expect(["199X", "200X", "1990", "19X", "199x"].map(parseDecade)).toEqual([1990, 2000, undefined, undefined, undefined]);
  });
});
