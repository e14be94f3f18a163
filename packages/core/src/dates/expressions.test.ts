import { describe, expect, it } from "vitest";
import { findDateExpressions } from "./expressions.js";

const found = (text: string) => findDateExpressions(text, 0, text.length).map((e) => [e.kind, e.text, e.span.start]);

describe("date expressions", () => {
  it("reads a year only after a preposition that places something in it", () => {
    expect(found("Talks began in 2014 and ran since\n1999; 2015 was calm. By 2020 it ended, in 20145 not.")).toEqual([
      ["year", "2014", 15],
      ["year", "1999", 34],
      ["year", "2020", 58],
    ]);
    expect(found("Of 1987, the end of 2003, Gin 2014, in 1887")).toEqual([
      ["year", "1987", 3],
      ["year", "2003", 20],
    ]);
  });

  it("reads weekdays, relative days, months and their parts, leaving written dates whole", () => {
    expect(found("On Thursday, November 6, 2014, he said yesterday that late-January and next month matter.")).toEqual([
      ["written", "Thursday, November 6, 2014", 3],
      ["relative-day", "yesterday", 39],
      ["month", "late-January", 54],
      ["relative-month", "next month", 71],
    ]);
  });

  it("takes May as a month only beside a date word", () => {
    expect(found("They May agree in May, or by early May.")).toEqual([
      ["month", "May", 18],
      ["month", "early May", 29],
    ]);
  });
});
