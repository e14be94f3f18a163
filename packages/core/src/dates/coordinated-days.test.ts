import { describe, expect, it } from "vitest";
import { findWrittenDates } from "./absolute.js";
import { withCoordinatedDays } from "./coordinated-days.js";

/** Each date found with the days listed beside it, as `text=YYYY-MM-DD` (`????` for no year). */
const days = (text: string) =>
  withCoordinatedDays(text, findWrittenDates(text), 0, text.length).map(
    (d) => `${d.text}=${d.year ?? "????"}-${String(d.month).padStart(2, "0")}-${String(d.day ?? 0).padStart(2, "0")}`,
  );

describe("days listed with a written date", () => {
  it("reads the days before a day-first date and after a month-first one as dates of its month", () => {
    expect(days("Walkouts on 14 and 15 March, on 3, 4 and 5 February and on 9th or 10th June.")).toEqual([
      "14=????-03-14",
      "15 March=????-03-15",
      "3=????-02-03",
      "4=????-02-04",
      "5 February=????-02-05",
      "9th=????-06-09",
      "10th June=????-06-10",
    ]);
    expect(days("Talks on March 20 and 21. Votes on May 3, 4 and 5 in Leeds.")).toEqual(["March 20=????-03-20", "21=????-03-21", "May 3=????-05-03", "4=????-05-04", "5=????-05-05"]);
  });

  it("reads a range's first or last day, and a year that closes the list for all its days", () => {
    expect(days("Held 14-15 April, and May 5–6, 2026.")).toEqual(["14=????-04-14", "15 April=????-04-15", "May 5=2026-05-05", "6=2026-05-06"]);
    expect(days("The fair runs from 26 to 28 June. Prices went from 26 to 3 May.")).toEqual(["26=????-06-26", "28 June=????-06-28", "3 May=????-05-03"]);
  });

  it("takes no count beside a date: one out of order, one with a noun after it, a price, a decimal or a day the month lacks", () => {
    expect(days("Scored 15 and 3 March. On March 20 and 21 people died. Up $14 and 15 March. Rose 1.5 and 15 March. Held on April 29 and 31. Aged 14 and 15 March.")).toEqual([
      "3 March=????-03-03",
      "March 20=????-03-20",
      "15 March=????-03-15",
      "15 March=????-03-15",
      "April 29=????-04-29",
      "15 March=????-03-15",
    ]);
  });
});
