import { describe, expect, it } from "vitest";
import { findWrittenDates, parseDateStamp } from "./absolute.js";

const parts = (text: string) =>
  findWrittenDates(text).map((d) => ({ text: d.text, year: d.year, month: d.month, day: d.day, weekday: d.weekday }));

describe("findWrittenDates", () => {
  it("reads weekday-month-day-year forms with and without commas", () => {
    expect(parts("Friday, November 7, 2014 and Thu November 6, 2014")).toEqual([
      { text: "Friday, November 7, 2014", year: 2014, month: 11, day: 7, weekday: 5 },
      { text: "Thu November 6, 2014", year: 2014, month: 11, day: 6, weekday: 4 },
    ]);
  });

  it("reads abbreviated months without a year, day-first dates, ISO dates and month-year", () => {
    expect(parts("by Nov. 24, on 3 March 2020, 2017-07-18 and in September 2013.")).toEqual([
      { text: "Nov. 24", year: undefined, month: 11, day: 24, weekday: undefined },
      { text: "3 March 2020", year: 2020, month: 3, day: 3, weekday: undefined },
      { text: "2017-07-18", year: 2017, month: 7, day: 18, weekday: undefined },
      { text: "September 2013", year: 2013, month: 9, day: undefined, weekday: undefined },
    ]);
  });

  it("rejects impossible days and month names inside words", () => {
    expect(parts("February 30, 2014 Decimal 12")).toEqual([]);
  });
});

describe("parseDateStamp", () => {
  it("reads a published line and an updated line with a time and zone", () => {
    expect(parseDateStamp("Friday, November 7, 2014")?.kind).toBe("published");
    const updated = parseDateStamp("updated 7:58 PM EST, Thu November 6, 2014");
    expect(updated?.kind).toBe("updated");
    expect(updated?.date.day).toBe(6);
  });

  it("reads a time written with a period and any common zone after the date", () => {
    expect(parseDateStamp("December 1, 2026 at 9:42 AM GMT+1")?.date.text).toBe("December 1, 2026");
    expect(parseDateStamp("Published on December 13, 2024, at 3:15 pm (Paris)")).toMatchObject({ kind: "published", date: { text: "December 13, 2024", year: 2024, month: 12, day: 13 } });
    expect(parseDateStamp("Published on December 13, 2024, in Paris")).toBeUndefined();
    expect(["Tue 28 Nov 2023 17.30 AEDT", "Updated: Nov 14, 2023 09.42 IST", "14 March 2023 08:15 CET"].map((t) => parseDateStamp(t)?.kind)).toEqual(["published", "updated", "published"]);
    expect(parseDateStamp("Tue 28 Nov 2023 17.30 Canberra")).toBeUndefined();
    expect(parseDateStamp("Posted: Jul 24, 2022 / 08:15 PM PDT")).toMatchObject({ kind: "published", date: { text: "Jul 24, 2022", year: 2022, month: 7, day: 24 } });
    expect(parseDateStamp("Jul 24, 2022 / Wire staff")).toBeUndefined();
  });

  it("refuses sentences that merely contain a date", () => {
    expect(parseDateStamp("The talks end on November 24, 2014.")).toBeUndefined();
    expect(parseDateStamp("Nov. 24")).toBeUndefined();
  });

  it("reads a print edition's footer and a date in figures whose order the day settles", () => {
    expect(parseDateStamp("Published in Dawn, November 16th, 2023")).toMatchObject({ kind: "published", date: { text: "November 16th, 2023", year: 2023, month: 11, day: 16 } });
    expect(parseDateStamp("Published in the Daily Star, November 16, 2023")?.date.day).toBe(16);
    expect(parseDateStamp("Published in Dawn, mostly, November 16, 2023")).toBeUndefined();
    expect(["Updated: 15/12/2023 - 08:47", "12/15/2023 08:47", "15.12.2023, 08:47"].map((t) => parseDateStamp(t))).toEqual([
      { kind: "updated", date: { start: 9, end: 19, text: "15/12/2023", year: 2023, month: 12, day: 15 } },
      { kind: "published", date: { start: 0, end: 10, text: "12/15/2023", year: 2023, month: 12, day: 15 } },
      { kind: "published", date: { start: 0, end: 10, text: "15.12.2023", year: 2023, month: 12, day: 15 } },
    ]);
    // either order reads 5 June and 6 May alike; 31/02 is no day
    expect(["05/06/2023", "31/02/2023", "15/12/2023/4"].map((t) => parseDateStamp(t))).toEqual([undefined, undefined, undefined]);
  });
});
