import { describe, expect, it } from "vitest";
import { findDateExpressions, shiftExpression } from "./expressions.js";

const found = (text: string) => findDateExpressions(text, 0, text.length).map((e) => [e.kind, e.text, e.span.start]);

describe("date expressions", () => {
  it("reads the weekdays a place opens on every week as no day, but a day it opens or closes on as one", () => {
    expect(found("Open Tuesday to Saturday, 5pm–11pm. The café, open Monday–Friday, is busy. It opens Friday. It is closed Monday. Talks run Monday to Wednesday. It is open next Monday to Friday.")).toEqual([
      ["weekday", "Friday", 84],
      ["weekday", "Monday", 105],
      ["weekday", "Monday", 123],
      ["weekday", "Wednesday", 133],
      ["weekday", "next Monday", 155],
      ["weekday", "Friday", 170],
    ]);
  });

  it("reads a weekday after `a` as any such day, and no date, but one after `the` or alone as a day", () => {
    expect(found("Go early on a Saturday. We met on the Monday after. It opens Friday.")).toEqual([
      ["weekday", "Monday", 38],
      ["weekday", "Friday", 61],
    ]);
  });

  it("reads the days listed with a written date, and a year phrase after the list for them all", () => {
    expect(found("Strikes on 14 and 15 March last year.")).toEqual([
      ["written", "14", 11],
      ["written", "15 March", 18],
      ["relative-year", "last year", 27],
    ]);
    expect(findDateExpressions("Strikes on 14 and 15 March last year.", 0, 37).map((e) => (e.kind === "written" ? e.yearOffset : undefined))).toEqual([-1, -1, undefined]);
  });

  it("reads a year after an article or an owner before the noun it dates, not before a unit it counts", () => {
    expect(found("He won the 2017 Derby. Its 2015 report and a 2019 study. A 2000 year old rite, a 1500 metre climb, the 2017-18 season.")).toEqual([
      ["year", "2017", 11],
      ["year", "2015", 27],
      ["year", "2019", 45],
    ]);
  });

  it("reads a year only after a preposition, an article or an owner", () => {
    expect(found("Talks began in 2014 and ran since\n1999; 2015 was calm. By 2020 it ended, in 20145 not.")).toEqual([
      ["year", "2014", 15],
      ["year", "1999", 34],
      ["year", "2020", 58],
    ]);
    expect(found("Of 1987, the end of 2003, Gin 2014, in 1887")).toEqual([
      ["year", "1987", 3],
      ["year", "end of 2003", 13],
      ["year", "1887", 39],
    ]);
    expect(found("It secured supply through 2027 and beyond 2030.")).toEqual([
      ["year", "2027", 26],
      ["year", "2030", 42],
    ]);
  });

  it("reads a year before 1900 after a preposition only where no noun it counts follows, nor BC", () => {
    expect(found("The ship sank in 1659, was found in 1629 when ice broke, and lost in 1500 homes by 1200 votes in 1200 BC. Its 1805 battle.")).toEqual([
      ["year", "1659", 17],
      ["year", "1629", 36],
    ]);
  });

  it("reads a year after `for` or `fiscal` unless a noun it counts follows", () => {
    expect(found("A forecast for 2025 as a whole, results for fiscal 2024; it paid for 2000 tickets.")).toEqual([
      ["year", "2025", 15],
      ["year", "2024", 51],
    ]);
  });

  it("hands a year written with the last of coordinated months back to those before it, the year before for a later month", () => {
    const years = (text: string) => findDateExpressions(text, 0, text.length).map((e) => [e.text, e.kind === "written" ? (e.date.year ?? null) : null]);
    expect(years("From October to December 2024, March, April and May 2023, Oct. 3 to Dec. 5, 2024, December-February 2025, late May to June 2023.")).toEqual([
      ["October", 2024],
      ["December 2024", 2024],
      ["March", 2023],
      ["April", 2023],
      ["May 2023", 2023],
      ["Oct. 3", 2024],
      ["Dec. 5, 2024", 2024],
      ["December", 2024],
      ["February 2025", 2025],
      ["late May", null],
      ["June 2023", 2023],
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

  it("takes May as a month after a word of scheduling, but not after `for` or `to` alone", () => {
    expect(found("Talks scheduled for May, planned for May, set for May, due for May, postponed to May, delayed to May and moved to May. A vote for May went to May.").map((f) => f[2])).toEqual([
      20, 37, 50, 63, 81, 97, 114,
    ]);
  });

  it.each(["wife", "husband", "widow", "widower", "partner", "fiancée", "fiancé", "daughter", "son", "granddaughter", "grandson", "mother", "father", "grandmother", "sister", "brother", "aunt", "niece", "cousin"])(
    "reads a month after a word for kin, here `%s`, as a relative's name, but one with a day or after a preposition as a date",
    (kin) => {
      expect(found(`His ${kin}, June, and his ${kin} April came in May. His ${kin} in August, his ${kin} July 4.`).map((f) => f[1])).toEqual(["May", "August", "July 4"]);
    },
  );

  it("takes May as a month beside another month it is joined to", () => {
    expect(found("Sales rose from May to July, April and May, May–June. May and Ada left.")).toEqual([
      ["month", "May", 16],
      ["month", "July", 23],
      ["month", "April", 29],
      ["month", "May", 39],
      ["month", "May", 44],
      ["month", "June", 48],
    ]);
  });

  it("reads years that close a range and years with a part, but not counts between numbers", () => {
    expect(found("Between 2019 and 2022, and from 2010 to 2012, in late 2022 and mid-2021. Early 2023 came.")).toEqual([
      ["year", "2019", 8],
      ["year", "2022", 17],
      ["year", "2010", 32],
      ["year", "2012", 40],
      ["year", "late 2022", 49],
      ["year", "mid-2021", 63],
      ["year", "Early 2023", 73],
    ]);
    expect(found("between 1900 and 2000 protesters, or 2000 to 2500 troops, in 1990 and 2020, fewer")).toEqual([
      ["year", "1990", 61],
      ["year", "2020", 70],
    ]);
    expect(found("charged between 1999 and 2015 on the basis of audits, and from 2006 to 2009 are owed")).toEqual([
      ["year", "1999", 16],
      ["year", "2015", 25],
      ["year", "2006", 63],
      ["year", "2009", 71],
    ]);
    expect(found("bribes paid between 2015 and 2019 to secure rights, and between 2001 and 2003 they fell")).toEqual([
      ["year", "2015", 20],
      ["year", "2019", 29],
      ["year", "2001", 64],
      ["year", "2003", 73],
    ]);
  });

  it("reads a capitalised relative day where it opens a sentence, a line or a quotation, not in a name", () => {
    expect(found('Yesterday, Ana Ruiz spoke to USA Today. Tomorrow Ivo Lusk sails.\n"Tonight we rest," he said. Today Show hosts wrote.\nToday programme listeners and\nTonight Program viewers wrote. SARNO — Today the port shut.\nFerries\nTomorrow they sail.')).toEqual([
      ["relative-day", "Yesterday", 0],
      ["relative-day", "Tomorrow", 40],
      ["relative-day", "Tonight", 66],
      ["relative-day", "Today", 186],
      ["relative-day", "Tomorrow", 215],
    ]);
  });

  it("reads weeks, parts of days and counts back with `ago`", () => {
    expect(found("Last week and later this week; last night, this morning, tonight. The next morning and last afternoon are not.")).toEqual([
      ["relative-week", "Last week", 0],
      ["relative-week", "later this week", 14],
      ["relative-day", "last night", 31],
      ["relative-day", "this morning", 43],
      ["relative-day", "tonight", 57],
    ]);
    expect(found("Two years ago, 18 months ago and a week ago; not a few days ago, Chicago or agony.")).toEqual([
      ["relative-year", "Two years ago", 0],
      ["relative-month", "18 months ago", 15],
      ["relative-day", "a week ago", 33],
    ]);
  });

  it("reads no week, month or year of some other span of time after `the` as the reader's", () => {
    expect(found("In the last week of her life and the last year of the war; the last week, and last year of all.")).toEqual([
      ["relative-week", "last week", 63],
      ["relative-year", "last year", 78],
    ]);
    expect(found("She drew until the very last week, and the very next morning she left.")).toEqual([]);
  });

  it("reads `the next` week, month or year as the story's, unless a span runs from now", () => {
    expect(found("They married the next year. The next week, he left. Prices will rise over the next year and within the next month.")).toEqual([
      ["relative-year", "next year", 78],
      ["relative-month", "next month", 103],
    ]);
  });

  it("reads decades and their parts, not a decade's year or a count", () => {
    expect(found("In the 1990s and the early 2000s, mid-1980s, late 2010s; in 1990, 1990 soldiers, 1995s, 19900s")).toEqual([
      ["decade", "1990s", 7],
      ["decade", "early 2000s", 21],
      ["decade", "mid-1980s", 34],
      ["decade", "late 2010s", 45],
      ["year", "1990", 60],
    ]);
  });

  it("reads seasons with a year, after `last`, `this` or `next`, or after a preposition and `the`, but not `the fall of` nor the verb", () => {
    const seasons = (text: string) => findDateExpressions(text, 0, text.length).map((e) => [e.text, e.span.start, e.kind === "season" ? [e.season, e.year ?? null, e.offset ?? null] : e.kind]);
    expect(seasons("Talks resume next spring, after last Summer and the summer of 2019. In the autumn, then late winter 2027; the fall of Kabul; prices fall 2000 points in the spring of a career")).toEqual([
      ["next spring", 13, [21, null, 1]],
      ["last Summer", 32, [22, null, -1]],
      ["summer of 2019", 52, [22, 2019, null]],
      ["the autumn", 71, [23, null, 0]],
      ["late winter 2027", 88, [24, 2027, null]],
    ]);
  });

  it("reads a decade written by its last two digits, but not the ambiguous `'20s` nor digits inside a word", () => {
    const decades = (text: string) => findDateExpressions(text, 0, text.length).map((e) => [e.text, e.span.start, e.kind === "decade" ? [e.decade, e.part ?? null] : null]);
    expect(decades("In the '90s and the early ’80s, mid-'00s, the '10s; the '20s, rock'90s, '95s, the '905")).toEqual([
      ["'90s", 7, [1990, null]],
      ["early ’80s", 20, [1980, "early"]],
      ["mid-'00s", 32, [2000, "mid"]],
      ["'10s", 46, [2010, null]],
    ]);
  });

  it("reads counts forward: `from now` and `time` always, a bare `in` only where its sentence is about the future", () => {
    const ahead = (text: string) => findDateExpressions(text, 0, text.length).map((e) => [e.kind, e.text, "offset" in e ? e.offset : null, "counted" in e ? e.counted : null]);
    expect(ahead("Talks resume in two weeks, a year from now, or in 18 months' time; in 3 days.")).toEqual([
      ["relative-day", "in two weeks", 14, "forward-if-future"],
      ["relative-year", "a year from now", 1, "forward"],
      ["relative-month", "in 18 months' time", 18, "forward"],
      ["relative-day", "in 3 days", 3, "forward-if-future"],
    ]);
    expect(ahead("in two years of talks, in a decade before, in a weekend, within two weeks, begin two days")).toEqual([]);
    expect(ahead("It will post its biggest gain in two decades. It will be the first time in a year.")).toEqual([]);
    // (nor one a perfect measures back to now; a future perfect's still counts forward)
    expect(ahead("The crowd was one the city has seen in a decade. It hasn't rained in two years. They have not met in a week. Sales will have doubled in a year.")).toEqual([
      ["relative-year", "in a year", 1, "forward-if-future"],
    ]);
    expect(ahead("It will vote in a year from now.")).toEqual([["relative-year", "a year from now", 1, "forward"]]);
  });

  it("shifts an expression with the spans of the date or holiday it holds", () => {
    const [written, holiday, weekday] = findDateExpressions("On March 3, Good Friday and Monday.", 0, 35).map((e) => shiftExpression(e, 5));
    expect(written).toMatchObject({ kind: "written", span: { start: 8, end: 15 }, date: { start: 8, end: 15, month: 3, day: 3 } });
    expect(holiday).toMatchObject({ kind: "holiday", span: { start: 17, end: 28 }, holiday: { start: 17, end: 28, name: "Good Friday" } });
    expect(weekday).toMatchObject({ kind: "weekday", span: { start: 33, end: 39 }, weekday: 1 });
  });
});
