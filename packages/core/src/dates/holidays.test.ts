import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";
import { formatDate } from "./calendar.js";
import { easterSunday, findHolidays, holidayDate, orthodoxEaster } from "./holidays.js";

const found = (text: string) => findHolidays(text, 0, text.length).map((h) => [h.name, h.text, h.start, h.year, h.offset]);

describe("holiday calendar", () => {
  it("computes western and Orthodox Easter", () => {
    expect([2000, 2019, 2024, 2025, 2038].map((y) => formatDate(easterSunday(y)))).toEqual(["2000-04-23", "2019-04-21", "2024-03-31", "2025-04-20", "2038-04-25"]);
    expect([2021, 2023, 2024, 2025].map((y) => formatDate(orthodoxEaster(y)))).toEqual(["2021-05-02", "2023-04-16", "2024-05-05", "2025-04-20"]);
  });

  it("puts each shape of rule on the calendar", () => {
    const on = (rule: Parameters<typeof holidayDate>[0], year: number) => formatDate(holidayDate(rule, year));
    expect(on({ month: 12, day: 26 }, 2021)).toBe("2021-12-26");
    expect(on({ easter: -2 }, 2021)).toBe("2021-04-02");
    expect(on({ nth: 4, weekday: 4, month: 11 }, 2021)).toBe("2021-11-25");
    expect(on({ nth: -1, weekday: 1, month: 5 }, 2021)).toBe("2021-05-31");
    // strictly before and after: 31 May 2021 is itself a Monday
    expect(on({ weekday: 1, before: { month: 6, day: 1 } }, 2021)).toBe("2021-05-31");
    expect(on({ weekday: 1, before: { month: 5, day: 31 } }, 2021)).toBe("2021-05-24");
    expect(on({ weekday: 5, after: { nth: 4, weekday: 4, month: 11 } }, 2021)).toBe("2021-11-26");
  });
});

describe("holidays in the text", () => {
  it("reads names with either apostrophe, a year after them and last, this or next before them", () => {
    expect(found("Shut on Boxing Day 2020, on St Patrick’s Day, on New Year's Eve, and last Good Friday.")).toEqual([
      ["Boxing Day", "Boxing Day 2020", 8, 2020, undefined],
      ["St. Patrick's Day", "St Patrick’s Day", 28, undefined, undefined],
      ["New Year's Eve", "New Year's Eve", 49, undefined, undefined],
      ["Good Friday", "last Good Friday", 69, undefined, -1],
    ]);
    expect(found("Closed over St Patrick's Day in 2019.")).toEqual([["St. Patrick's Day", "St Patrick's Day in 2019", 12, 2019, undefined]]);
  });

  it("reads the shopping days after Thanksgiving, which no public calendar lists, and dates them", () => {
    expect(found("Drivers strike on Black Friday and on Cyber Monday 2025.")).toEqual([
      ["Black Friday", "Black Friday", 18, undefined, undefined],
      ["Cyber Monday", "Cyber Monday 2025", 38, 2025, undefined],
    ]);
    const dates = analyzeArticle("Strike\n\nKELVO, Nov. 3, 2026 (Reuters) - Drivers will strike on Black Friday and on Cyber Monday.\n").dates;
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["Nov. 3, 2026", "2026-11-03"],
      ["Black Friday", "2026-11-27"],
      ["Cyber Monday", "2026-11-30"],
    ]);
  });

  it("leaves a holiday's name inside a longer name", () => {
    expect(found("The Good Friday Agreement and Christmas Island, but Easter Monday March 2.")).toEqual([["Easter Monday", "Easter Monday", 52, undefined, undefined]]);
  });

  it("reads Christmas and Easter alone only where a date is meant", () => {
    expect(found("Over Christmas and before Easter, in Christmas 2019, not the Christmas rush, the Easter egg hunt or Ann Christmas.")).toEqual([
      ["Christmas Day", "Christmas", 5, undefined, undefined],
      ["Easter Sunday", "Easter", 26, undefined, undefined],
      ["Christmas Day", "Christmas 2019", 37, 2019, undefined],
    ]);
  });
});

describe("holidays as dates of an article", () => {
  const dates = (body: string) =>
    analyzeArticle(`Holiday Trading Slows Across the Region\n\nPublished: January 10, 2022\n\n${body}`).dates.filter((d) => d.expression.kind === "holiday").map((d) => [d.text, d.value]);

  it("dates them against the article, nearest in the sentence's tense, or by their year", () => {
    expect(dates("Stores that closed over Christmas reopened on Monday, and most will close again on Good Friday. Sales had peaked before Christmas Day 2020.")).toEqual([
      ["Christmas", "2021-12-25"],
      ["Good Friday", "2022-04-15"],
      ["Christmas Day 2020", "2020-12-25"],
    ]);
    expect(dates("Next Easter the market will open later than it did last Easter, the traders said in a long statement.")).toEqual([
      ["Next Easter", "2022-04-17"],
      ["last Easter", "2021-04-04"],
    ]);
  });

  it("are no entities", () => {
    const model = analyzeArticle("Holiday Trading Slows Across the Region\n\nShops in Leeds were shut on Good Friday and on New Year's Day, the council of the city said on Monday.");
    expect(model.entities.map((e) => e.name)).toEqual(["Leeds"]);
  });

  it("type what a holiday's name opens as an event held that day, unless its head word types it", () => {
    const model = analyzeArticle("Parish notes\n\nCrowds attended Palm Sunday Mass in Leeds, and the Boxing Day Test drew 80,000 people to the ground on the day.\n");
    expect(model.entities.map((e) => [e.name, e.type])).toEqual([
      ["Palm Sunday Mass", "event"],
      ["Leeds", "place"],
      ["Boxing Day Test", "event"],
    ]);
  });
});
