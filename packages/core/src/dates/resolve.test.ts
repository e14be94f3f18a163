import { describe, expect, it } from "vitest";
import { seed } from "../../test/seeds.js";
import { analyzeArticle } from "../analyze.js";
import { findDateExpressions } from "./expressions.js";
import { SentenceTense, clauseTense, resolveExpression, tenseAt, type ReferenceDate } from "./resolve.js";

const ref: ReferenceDate = { date: { year: 2014, month: 11, day: 7 }, source: "published" };
const resolve = (phrase: string, tense: "past" | "future" = "past", reference: ReferenceDate | null = ref) => {
  const [e] = findDateExpressions(phrase, 0, phrase.length);
  return e && resolveExpression(e, reference ?? undefined, tense).value;
};

describe("date expressions against a reference of Friday 2014-11-07", () => {
  it("resolves every form the seeds use", () => {
    expect(resolve("Friday, November 7, 2014")).toBe("2014-11-07");
    expect(resolve("Thu November 6, 2014")).toBe("2014-11-06");
    expect(resolve("said Thursday")).toBe("2014-11-06");
    expect(resolve("will hold a press conference Friday", "future")).toBe("2014-11-07");
    expect(resolve("earlier this month")).toBe("2014-11");
    expect(resolve("in mid-October")).toBe("2014-10");
    expect(resolve("the Nov. 24 deadline", "future")).toBe("2014-11-24");
    expect(resolve("In September")).toBe("2014-09");
    expect(resolve("a July address")).toBe("2014-07");
    expect(resolve("an end-of-November deadline", "future")).toBe("2014-11");
    expect(resolve("earlier this year")).toBe("2014");
    expect(resolve("yesterday")).toBe("2014-11-06");
    expect(resolve("last month")).toBe("2014-10");
  });

  it("writes a decade with ISO 8601-2's unspecified digit, with or without a reference", () => {
    expect(resolve("the 1990s")).toBe("199X");
    expect(resolve("the early 2000s", "past", null)).toBe("200X");
  });

  it("resolves weeks to ISO weeks, parts of days, and counts back with `ago`", () => {
    expect(resolve("last week")).toBe("2014-W44");
    expect(resolve("earlier this week")).toBe("2014-W45");
    expect(resolve("next week", "future")).toBe("2014-W46");
    expect(resolve("last night")).toBe("2014-11-06");
    expect(resolve("this morning")).toBe("2014-11-07");
    expect(resolve("three days ago")).toBe("2014-11-04");
    expect(resolve("two weeks ago")).toBe("2014-10-24");
    expect(resolve("18 months ago")).toBe("2013-05");
    expect(resolve("a decade ago")).toBe("2004");
    expect(resolve("in late 2013")).toBe("2013");
    const newYear: ReferenceDate = { date: { year: 2016, month: 1, day: 2 }, source: "published" };
    expect(resolve("this week", "past", newYear)).toBe("2015-W53");
  });

  it("reads a future weekday forward and a month across the year's turn", () => {
    expect(resolve("on Monday", "future")).toBe("2014-11-10");
    expect(resolve("on Monday", "past")).toBe("2014-11-03");
    const january: ReferenceDate = { date: { year: 2015, month: 1, day: 5 }, source: "published" };
    expect(resolve("in December", "past", january)).toBe("2014-12");
    expect(resolve("by Feb. 2", "future", january)).toBe("2015-02-02");
  });

  it("reads `next` and `last` before a weekday", () => {
    expect(clauseTense("Rovers travel to Northport next ")).toBe("future");
    expect(clauseTense("They will meet again last ")).toBe("past");
    expect(clauseTense("Talks will resume on ")).toBe("future");
  });

  it("reads a stamp's date in the past, whatever its label (`Published:` once read as a future)", () => {
    const m = analyzeArticle("Dock strike ends\n\nPublished: March 4, 2025 | Updated 6:42 PM EST, Tue March 4, 2025\n\nDockers will return on Friday.\n");
    expect(m.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["March 4, 2025", "2025-03-04", "past"],
      ["Tue March 4, 2025", "2025-03-04", "past"],
      ["Friday", "2025-03-07", "future"],
    ]);
  });

  it("puts seasons on ISO 8601-2's calendar, winter by the year of its December", () => {
    expect(resolve("next spring", "future")).toBe("2015-21");
    expect(resolve("last summer")).toBe("2014-22");
    expect(resolve("this summer")).toBe("2014-22");
    expect(resolve("in the winter", "future")).toBe("2014-24");
    expect(resolve("last winter")).toBe("2013-24");
    expect(resolve("next autumn", "future")).toBe("2015-23");
    expect(resolve("spring 2016")).toBe("2016-21");
    const february: ReferenceDate = { date: { year: 2015, month: 2, day: 10 }, source: "published" };
    expect(resolve("this winter", "past", february)).toBe("2014-24");
    expect(resolve("next spring", "future", february)).toBe("2015-21");
    expect(resolve("last winter", "past", february)).toBe("2013-24");
  });

  it("puts `next Friday` a week on from a Friday, and `last Monday` before the article whatever the tense", () => {
    expect(resolve("They travel to Northport next Friday", "future")).toBe("2014-11-14");
    expect(resolve("Rovers host Eastleigh on Friday", "future")).toBe("2014-11-07");
    expect(resolve("the board will rule on what it found last Monday", "future")).toBe("2014-11-03");
    expect(resolve("He resigned last Friday")).toBe("2014-10-31");
    // (`the next Monday` counts from the story's own day, so only the weekday is read, in its sentence's tense)
    const [e] = findDateExpressions("On the next Monday they rested", 0, 30);
    expect([e?.text, e && resolveExpression(e, ref, "past").value]).toEqual(["Monday", "2014-11-03"]);
  });

  it("puts `last November` a year back in November, `next November` a year on, and `last July` in the article's year", () => {
    expect(resolve("She won the title last November")).toBe("2013-11");
    expect(resolve("They meet again next November", "future")).toBe("2015-11");
    expect(resolve("He signed last July")).toBe("2014-07");
    expect(resolve("The vote comes next March", "future")).toBe("2015-03");
    expect(resolve("This November has been wet")).toBe("2014-11");
    const [e] = findDateExpressions("In the next June they wed", 0, 25);
    expect([e?.text, e?.span.start]).toEqual(["June", 12]);
  });

  it("reads a past form spelt as its base as past only after a singular subject, and a noun's subject only before an object", () => {
    expect(clauseTense("Kovacova beat the top seed in the final on ", ".")).toBe("past");
    expect(clauseTense("She hit back on ", ".")).toBe("past");
    expect(clauseTense("The company cut 500 jobs on ", ".")).toBe("past");
    expect(clauseTense("Rovers beat Ashford on ", ".")).toBe("future");
    expect(clauseTense("They cut rates on ", ".")).toBe("future");
    expect(clauseTense("The rate cut takes effect on ", ".")).toBe("future");
    expect(clauseTense("The set opens on ", ".")).toBe("future");
  });

  it("reads a past form after an article, a possessive or a preposition as its noun's qualifier, not a past verb", () => {
    expect(clauseTense("The first assisted deaths are not expected before ", ".")).toBe("future");
    expect(clauseTense("Its planned sale is not due until ", ".")).toBe("future");
    expect(clauseTense("The paper, which first reported the plan in ", ", is owned by a trust.")).toBe("past");
    expect(clauseTense("Rivals assisted the rescue in ", ".")).toBe("past");
    expect(clauseTense("A planned strike is not expected before ", ".")).toBe("future");
    expect(clauseTense("Their long delayed report is not expected before ", ".")).toBe("future");
    expect(clauseTense("Our much criticised plan is not expected before ", ".")).toBe("future");
    expect(clauseTense("The newly elected mayor is not expected before ", ".")).toBe("future");
    expect(clauseTense("Gusts are expected on exposed coasts from ", ".")).toBe("future");
    expect(clauseTense("Talks with elected members are due on ", ".")).toBe("future");
    expect(clauseTense("An unnamed buyer is not expected before ", ".")).toBe("future");
  });

  it("reads a launch or a rule's start in the present before its date as ahead, though the sentence's saying is past", () => {
    expect(clauseTense("The tablet goes on sale on ", ", Marsh said.")).toBe("future");
    expect(clauseTense("The ban takes effect on ", ", officials said.")).toBe("future");
    expect(clauseTense("The festival kicks off on ", ", organisers said.")).toBe("future");
    expect(clauseTense("The treaty comes into force in ", ", the ministry said.")).toBe("future");
    expect(clauseTense("The series premieres on ", ", the network said.")).toBe("future");
    expect(clauseTense("The tablet went on sale on ", ", Marsh said.")).toBe("past");
  });

  it("reads a start or a deadline of what was decided as ahead, unless a comma sets the date in a clause of its own", () => {
    expect(clauseTense("Councillors have voted to raise council tax by 4% from ", ".")).toBe("future");
    expect(clauseTense("The board agreed to repay the loan by ", ".")).toBe("future");
    expect(clauseTense("The mayor has promised to build 5,000 homes by ", ".")).toBe("future");
    expect(clauseTense("The union decided to strike starting in ", ".")).toBe("future");
    expect(clauseTense("Councillors voted to raise the tax, after a meeting on ", ".")).toBe("past");
    expect(clauseTense("The club agreed to a deal from ", ".")).toBe("past");
    expect(clauseTense("Councillors voted to raise the tax in ", ".")).toBe("past");
    // (a day or an adverb between the verb and its infinitive)
    expect(clauseTense("Thirty-eight countries agreed on Thursday to cut their emissions to net zero by ", ".")).toBe("future");
    expect(clauseTense("Councillors voted unanimously to raise council tax from ", ".")).toBe("future");
    expect(clauseTense("The judge ordered him to surrender his passport by ", ".")).toBe("future");
    expect(clauseTense("Regulators told the bank to repay customers by ", ".")).toBe("future");
    expect(clauseTense("The judge ordered him to jail on ", ".")).toBe("past");
    expect(clauseTense("Officials said they were preparing to evacuate the coast by ", ".")).toBe("future");
    expect(clauseTense("Crews were racing to restore power by ", ", the utility said.")).toBe("future");
    expect(clauseTense("The council voted to close the library by the ", " of March.")).toBe("future");
    expect(clauseTense("The board made 11 recommendations, including that regulators require airlines to retrain crews by ", ".")).toBe("future");
    expect(clauseTense("The minister announced a catch-up campaign in schools from ", ".")).toBe("future");
    expect(clauseTense("The bank unveiled new fees from ", ".")).toBe("future");
    expect(clauseTense("Ministers proposed a cap on rents from ", ".")).toBe("future");
    expect(clauseTense("The firm announced 500 job cuts by ", ".")).toBe("future");
    expect(clauseTense("The union has called a second 48-hour strike from ", ".")).toBe("future");
    expect(clauseTense("The envoys met for the so-called Halvik talks from ", ".")).toBe("past");
    expect(clauseTense("The minister announced the figures, with data from ", ".")).toBe("past");
  });

  it("reads a deadline of what was forecast as ahead in any tense, and a date the forecast only shares a clause with as its own", () => {
    expect(clauseTense("The company said it expected annual savings of about 90 million euros by ", ".")).toBe("future");
    expect(clauseTense("Analysts predicted a recovery by ", ", the survey found.")).toBe("future");
    expect(clauseTense("Sales expected for the year were reported in ", ".")).toBe("past");
    expect(clauseTense("The firm expected growth, and hit its goal by ", ".")).toBe("past");
  });

  it("reads a perfect with an irregular participle as past, as it does one with a regular -ed form", () => {
    expect(clauseTense("The chain has grown through purchases, including a bakery in ", ".")).toBe("past");
    expect(clauseTense("They have already taken over two firms in ", ".")).toBe("past");
    expect(clauseTense("Its debt has quickly risen to $4 billion in ", ".")).toBe("past");
    expect(clauseTense("The chain has announced purchases in ", ".")).toBe("past");
    expect(clauseTense("Prices are taken into account in ", ".")).toBe("future");
    // (a participle spelt as its base, or as its past: `has become`, `have cut`)
    expect(clauseTense("A teenager has become the youngest champion after beating the holder in Dersk on ", ".")).toBe("past");
    expect(clauseTense("The banks have cut their rates twice, most recently on ", ".")).toBe("past");
    expect(clauseTense("The banks cut their rates on ", ".")).toBe("future");
  });

  it("reads a market's close a price is measured against as past, whatever the sentence promises", () => {
    expect(clauseTense("Acme will pay $87 a share, a 38% premium to ", "’s closing price.")).toBe("past");
    expect(clauseTense("The offer will be worth 20% more than ", "'s close.")).toBe("past");
    expect(clauseTense("Acme will pay $87 a share, a 38% premium to the price on ", ".")).toBe("future");
  });

  it("reads what was likely, set or poised to happen as ahead, though told in the past, but not a perfect infinitive", () => {
    expect(clauseTense("She said the bank was likely to wait until ", " before cutting.")).toBe("future");
    expect(clauseTense("Analysts said the index was set to rise in ", ".")).toBe("future");
    expect(clauseTense("Prices were likely to have peaked in ", ", he said.")).toBe("past");
  });

  it("reads a past clause of its own between a future marker and the date", () => {
    expect(clauseTense("Drivers will strike from Tuesday after talks broke down late on ", ".")).toBe("past");
    expect(clauseTense("The centre will be led by Ivo Lusk, a chemist who joined Tarvel in ", ".")).toBe("past");
    expect(clauseTense("The line will replace the old bridge, which opened in ", ".")).toBe("past");
    expect(["he", "she", "they", "we", "I"].map((p) => clauseTense(`Lusk will face Rovers, the club ${p} left in `, "."))).toEqual(["past", "past", "past", "past", "past"]);
    expect(clauseTense("Officials will decide, she said, by ", ".")).toBe("future");
    expect(clauseTense("The post will go to a chemist who starts in ", ".")).toBe("future");
    expect(clauseTense("The vote will be held on ", ".")).toBe("future");
    expect(clauseTense("The council will meet, as it has planned, on ", ".")).toBe("future");
    expect(clauseTense("Results will be announced after the polls are closed on ", ".")).toBe("future");
  });

  it("reads a date right before a future verb as that clause's subject, ahead whatever was said", () => {
    expect(clauseTense("Tom Hale said ", " would be very hot.")).toBe("future");
    expect(clauseTense("Tom Hale said ", " will bring storms.")).toBe("future");
    expect(clauseTense("Forecasters said ", " is expected to bring rain.")).toBe("future");
    expect(clauseTense("He said ", " would have been her birthday.")).toBe("past");
    expect(clauseTense("He said ", " was very hot.")).toBe("past");
  });

  it("reads a clause of contrast after a future one by its own verbs, past or still ahead", () => {
    expect(clauseTense("Nothing will bring him back, but ", " justice has been done.")).toBe("past");
    expect(clauseTense("The firm will close, but on ", " it reopened.")).toBe("past");
    expect(clauseTense("The firm will close, but on ", " it will reopen.")).toBe("future");
    expect(clauseTense("The firm will close, but on ", " it opens.")).toBe("future");
  });

  it("reads a past participle right after a noun, past a future marker, as what was done before, but not a result of the future verb", () => {
    expect(clauseTense("The museum would hand back 31 plaques taken from the palace by troops in ", ".")).toBe("past");
    expect(clauseTense("Flights will resume on routes suspended in ", ".")).toBe("past");
    expect(clauseTense("The plan will see fares frozen in ", ".")).toBe("future");
    expect(clauseTense("The shop will stay closed in ", ".")).toBe("future");
    expect(clauseTense("The plan will leave the town flooded in ", ".")).toBe("future");
    expect(clauseTense("The bank will keep rates frozen in ", ".")).toBe("future");
    expect(clauseTense("The board will make its reasons known in ", ".")).toBe("future");
    expect(clauseTense("Schools will remain closed in ", ".")).toBe("future");
    expect(clauseTense("The museum will reopen fully restored in ", ".")).toBe("future");
    expect(clauseTense("Officials will hand it over sealed in ", ".")).toBe("future");
  });

  it("dates the saying, not what is promised, when a past verb of speech stands right before the date", () => {
    expect(clauseTense("Harlow will cut 2,000 jobs by next year, the carmaker said on ", ".")).toBe("past");
    expect(clauseTense("The plant will close, officials announced ", ".")).toBe("past");
    expect(clauseTense("The plant will close, officials say, on ", ".")).toBe("future");
    expect(clauseTense("The results will be announced on ", ".")).toBe("future");
  });

  it("reads the tense of the whole sentence around a weekday", () => {
    expect(clauseTense("City host Ashford on ", ".")).toBe("future");
    expect(clauseTense("On ", ", the council voted to close the school.")).toBe("past");
    expect(clauseTense("The minister met union leaders on ", ".")).toBe("past");
    expect(clauseTense("United fans gather on ", " for the so-called derby.")).toBe("future");
    expect(clauseTense("On ", ", the board will vote.")).toBe("future");
    expect(clauseTense("The mayor said the city would revisit funding in ", ".")).toBe("future");
    expect(clauseTense("", "")).toBe("past");
    // what could be is ahead, even in a sentence told in the past
    expect(clauseTense("The storm cut power on Saturday, and crews warned that customers could be without electricity until ", ".")).toBe("future");
  });

  it("leaves relative dates unresolved without a reference, never guessing the year", () => {
    expect(resolve("Nov. 24", "future", null)).toBeNull();
    expect(resolve("Thursday", "past", null)).toBeNull();
    expect(resolve("November 7, 2014", "past", null)).toBe("2014-11-07");
  });

  it("flags a weekday that does not fall on its date", () => {
    const [e] = findDateExpressions("Thursday, November 7, 2014", 0, 26);
    expect(resolveExpression(e!, ref, "past")).toEqual({ value: "2014-11-07", relative: false, weekdayMismatch: 5 });
  });

  it("does not read the verb may as a month", () => {
    expect(findDateExpressions("Officials may meet in May.", 0, 26).map((d) => d.text)).toEqual(["May"]);
  });
});

describe("counts forward in an article", () => {
  it("dates `in two weeks` in a sentence about the future, and leaves a span of time alone", () => {
    const m = analyzeArticle(
      "Port Talks Set\n\nBy Mara Quill\n\nFriday, November 7, 2014\n\nThe board will vote in two weeks. Prices rose for the first time in two decades. Rents climb a year from now, analysts said.\n",
    );
    expect(m.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["Friday, November 7, 2014", "2014-11-07", "past"],
      ["in two weeks", "2014-11-21", "future"],
      ["a year from now", "2015", "future"],
    ]);
  });

  it("reads `next week` and `last month` in their own tense, whatever the sentence's verb", () => {
    const m = analyzeArticle("School\n\nFriday, November 7, 2014\n\nMarquez urged parents to check records before school resumes next week. Sales will beat those of last month.\n");
    expect(m.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["Friday, November 7, 2014", "2014-11-07", "past"],
      ["next week", "2014-W46", "future"],
      ["last month", "2014-10", "past"],
    ]);
  });

  it("reads a weekday after a clock time in its own sentence's tense", () => {
    const m = analyzeArticle("Fire\n\nFriday, November 7, 2014\n\nThe fire broke out at 2 p.m. Monday near the lake.\n");
    expect(m.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["Friday, November 7, 2014", "2014-11-07", "past"],
      ["Monday", "2014-11-03", "past"],
    ]);
  });
});

describe("a month or a date in a year counted from the article's", () => {
  it("takes the year of `last year` or `next year` right after it, over the months coordinated before it", () => {
    const m = analyzeArticle(
      "Flights\n\nFriday, November 7, 2014\n\nTwo flights, in April and November of last year, failed. It closed on March 3 this year. Repairs run from June to August next year. In October, last year's winner spoke.\n",
    );
    expect(m.dates.map((d) => [d.text, d.value])).toEqual([
      ["Friday, November 7, 2014", "2014-11-07"],
      ["April", "2013-04"],
      ["November", "2013-11"],
      ["last year", "2013"],
      ["March 3", "2014-03-03"],
      ["this year", "2014"],
      ["June", "2015-06"],
      ["August", "2015-08"],
      ["next year", "2015"],
      ["October", "2014-10"],
      ["last year", "2013"],
    ]);
  });

  it("takes the year set before a comma at its sentence's opening, written or counted, up to the sentence's end", () => {
    const m = analyzeArticle(
      "Plant\n\nMonday, June 30, 2025\n\nIn 2019, the plant closed on 3 March and reopened in May. It was sold on 5 May.\n\nLast year, the fair was held on 28 June.\n\nThe plant, which opened in 2019, closed on 3 March.\n\nLast year's winner spoke on 28 June.\n\nIn early 2019, sales fell in late May. Two years ago, it shut in June.\n\nIn 2019, it had shut on 3 March 2018, in March last year, on 5 May last year and last July.\n\nThe plant, which shut last year, reopened on 3 March.\n",
    );
    expect(m.dates.map((d) => [d.text, d.value])).toEqual([
      ["Monday, June 30, 2025", "2025-06-30"],
      ["2019", "2019"],
      ["3 March", "2019-03-03"],
      ["May", "2019-05"],
      ["5 May", "2025-05-05"],
      ["Last year", "2024"],
      ["28 June", "2024-06-28"],
      ["2019", "2019"],
      ["3 March", "2025-03-03"],
      ["Last year", "2024"],
      ["28 June", "2025-06-28"],
      ["early 2019", "2019"],
      ["late May", "2019-05"],
      ["Two years ago", "2023"],
      ["June", "2023-06"],
      ["2019", "2019"],
      ["3 March 2018", "2018-03-03"],
      ["March", "2024-03"],
      ["last year", "2024"],
      ["5 May", "2024-05-05"],
      ["last year", "2024"],
      ["last July", "2024-07"],
      ["last year", "2024"],
      ["3 March", "2025-03-03"],
    ]);
  });

  it("takes the tense of the year counted after it, whatever the verb's", () => {
    const m = analyzeArticle("Tax\n\nThe budget included a tax on vaping, to be introduced in October next year. The fund will repay savers for losses in March last year.\n");
    expect(m.dates.map((d) => [d.text, d.tense])).toEqual([
      ["October", "future"],
      ["next year", "future"],
      ["March", "past"],
      ["last year", "past"],
    ]);
  });
});

describe("dates inside quotations", () => {
  it("reads a date inside a quotation by the quotation's own words, and one outside by the sentence's", () => {
    const m = analyzeArticle("Talks\n\nFriday, November 7, 2014\n\n“There is work to do before March,” Ana Ruiz said Thursday. “We met on Monday,” she said.\n");
    expect(m.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["Friday, November 7, 2014", "2014-11-07", "past"],
      ["March", "2015-03", "future"],
      ["Thursday", "2014-11-06", "past"],
      ["Monday", "2014-11-03", "past"],
    ]);
  });
});

describe("dates in the seeds", () => {
  it("resolves seed 000 against its publication date", () => {
    const m = analyzeArticle(seed("000"));
    expect(m.reference).toEqual({ date: { year: 2014, month: 11, day: 7 }, source: "published" });
    expect(m.dates.map((d) => [d.text, d.value])).toEqual([
      ["Friday, November 7, 2014", "2014-11-07"],
      ["Thu November 6, 2014", "2014-11-06"],
      ["Thursday", "2014-11-06"],
      ["Thursday", "2014-11-06"],
      ["earlier this year", "2014"],
      ["September", "2014-09"],
      ["end-of-November", "2014-11"],
    ]);
  });

  it("leaves seed 004's relative dates open: its only year is a copyright line", () => {
    const m = analyzeArticle(seed("004"));
    expect(m.reference).toBeUndefined();
    expect(m.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["mid-October", null, "past"],
      ["Nov. 24", null, "future"],
      ["Nov. 24", null, "past"],
      ["Friday", null, "future"],
      ["Earlier this month", null, "past"],
      ["Thursday", null, "past"],
      ["July", null, "past"],
    ]);
  });
});

describe("tense", () => {
  it("reads a day something was put on, a possibility and an expectation as ahead", () => {
    expect(clauseTense("The judge set sentencing for ", ".")).toBe("future");
    expect(clauseTense("The court adjourned the case until ", ".")).toBe("future");
    expect(clauseTense("The next launch, planned for ", ", was delayed.")).toBe("future");
    expect(clauseTense("The judge set a record on ", ".")).toBe("past");
    expect(clauseTense("Ana Ruiz said the bank might wait until ", ".")).toBe("future");
    expect(clauseTense("He pleaded not guilty and is to be tried in ", ".")).toBe("future");
    expect(clauseTense("Economists expect the first cut in ", ".")).toBe("future");
    expect(clauseTense("She said she could have left in ", ".")).toBe("past");
  });

  it("reads the day a court's remand or bail runs to as ahead, but not a day someone failed to appear or a bail that ended", () => {
    expect(clauseTense("He was remanded in custody until ", ".")).toBe("future");
    expect(clauseTense("He was released on bail until his trial on ", ".")).toBe("future");
    expect(clauseTense("He was bailed to appear at Corvel Crown Court on ", ".")).toBe("future");
    expect(clauseTense("He failed to appear in court on ", ".")).toBe("past");
    expect(clauseTense("He was remanded in custody and stood trial on ", ".")).toBe("past");
    expect(clauseTense("He was on bail until ", ", when he was arrested again.")).toBe("past");
  });

  it("reads a date after a forecast as past when a pluperfect or a comparison looks back to it", () => {
    expect(clauseTense("Officials forecast that inflation will rise to 3%, up from 2.7% they had predicted in ", ".")).toBe("past");
    expect(clauseTense("Seven officials said they expect no rate cuts this year, up from four in ", ".")).toBe("past");
    expect(clauseTense("Sales will grow 4% this year compared with 2% in ", ".")).toBe("past");
    expect(clauseTense("Officials forecast that inflation will rise to 3% by ", ".")).toBe("future");
    expect(clauseTense("The plant will have closed by ", ".")).toBe("future");
  });

  it("reads a date that a present figure is compared with as past, unless a comma closes the comparison first", () => {
    expect(clauseTense("The typical home now costs £284,000, down from a peak of £291,000 in ", ".")).toBe("past");
    expect(clauseTense("Sales are 4% higher, up from a low in ", ".")).toBe("past");
    expect(clauseTense("Sales are 4% higher compared with ", ".")).toBe("past");
    expect(clauseTense("The typical home now costs £284,000, down from £291,000, and prices may rise in ", ".")).toBe("future");
    expect(clauseTense("The typical home now costs £284,000 and prices may rise in ", ".")).toBe("future");
  });

  it("reads `left` and `found` as past verbs after a name or a pronoun, or after a noun and before an object, not after an article's name or a noun alone", () => {
    expect(clauseTense("Kane left Tottenham for Bayern Munich in ", ".")).toBe("past");
    expect(clauseTense("Divers believe he found the wreck in ", ".")).toBe("past");
    expect(clauseTense("The ship left Fort Lauderdale on ", " and is due back on Saturday.")).toBe("past");
    expect(clauseTense("The police found a body on ", ".")).toBe("past");
    expect(clauseTense("With two days left, talks resume in ", ".")).toBe("future");
    expect(clauseTense("With two days left the talks resume in ", ".")).toBe("future");
    expect(clauseTense("The left wing wants a vote in ", ".")).toBe("future");
    expect(clauseTense("The Labour left wants a vote in ", ".")).toBe("future");
  });

  it("reads the date of an event named after `after`, when a state that holds now follows from it, as past", () => {
    expect(clauseTense("It is the second major outage at the firm this year, after a shorter one in ", ".")).toBe("past");
    expect(clauseTense("Rovers remain bottom of the league after a 3-1 defeat on ", ".")).toBe("past");
    expect(clauseTense("Talks resume after a break in ", ".")).toBe("future");
    expect(clauseTense("Fares are frozen until further notice after ministers meet in ", ".")).toBe("future");
    expect(clauseTense("The club is hoping to sign him after the window opens in ", ".")).toBe("future");
  });

  it.each(["accused of", "suspected of", "convicted of", "acquitted of", "guilty of", "charged with", "indicted with"])("reads a date of what someone is %s in the present as past", (charge) => {
    expect(clauseTense(`He is ${charge} hiding losses from the bank in `, ".")).toBe("past");
  });

  it("reads the end of a span that holds now, or that a past act set going, as ahead", () => {
    expect(clauseTense("A red flag warning is in effect through ", ", officials said.")).toBe("future");
    expect(clauseTense("Forecasters issued a red flag warning through ", ".")).toBe("future");
    expect(clauseTense("The curfew was extended until ", ".")).toBe("future");
    expect(clauseTense("Sales were strong through ", ".")).toBe("past");
    expect(clauseTense("The warning is in effect, but the road closed until ", ".")).toBe("past");
    expect(clauseTense("The hurricane season runs through ", ".")).toBe("future");
    expect(clauseTense("Forecasters issued a wind warning until 15:00 on Thursday, and a rain warning until ", " morning.")).toBe("future");
    expect(clauseTense("Police imposed a curfew on Monday, and the protesters stayed home until ", ".")).toBe("past");
    // (a list's commas stand inside the clause: `for A, B and C until`)
    expect(clauseTense("An alert issued by the agency is in force for Kelmo, the South East and the East of Orvek until 09:00 BST on ", ".")).toBe("future");
    // (a time given: `has until`)
    expect(clauseTense("Once signed, each country has until ", " to meet the targets.")).toBe("future");
    expect(clauseTense("The firms have until ", " to comply, the regulator said.")).toBe("future");
    // (a present perfect's state, which holds now)
    expect(clauseTense("Tarvel Rail has suspended all trains between Kelmo and Orvek until ", ".")).toBe("future");
    expect(clauseTense("The bridge has been closed until ", ".")).toBe("future");
    expect(clauseTense("Police have closed the road until ", ".")).toBe("future");
    expect(clauseTense("The bridge had been closed until ", ".")).toBe("past");
    // (a bound before the day)
    expect(clauseTense("Tarvel Rail has suspended all trains until at least ", ".")).toBe("future");
  });

  it("reads such a span's end as ahead when a time of day stands between `until` and the date's `on`", () => {
    expect(clauseTense("The Met Office has extended its amber warning until 06:00 on ", ".")).toBe("future");
    expect(clauseTense("The curfew is in force until midnight on ", ".")).toBe("future");
    expect(clauseTense("Northline has cancelled all trains until at least midday on ", ".")).toBe("future");
    expect(clauseTense("The road was shut until 3 p.m. on ", ", when it reopened.")).toBe("past");
  });

  it("reads a date outside a participle's aside by the clause around it, and one inside by the aside", () => {
    expect(clauseTense("The deal, reached after an all-night session, commits rich countries to pay for adaptation by ", ".")).toBe("future");
    expect(clauseTense("The firm, founded in ", ", opens its first plant next month.")).toBe("past");
    expect(clauseTense("Samsung, Apple's main rival, launched its slim phone, the S25 Edge, in ", ".")).toBe("past");
    // (an irregular participle, and an adverb after it: `shot entirely in`)
    expect(clauseTense("The film, shot entirely in Kelmo, opens in cinemas on ", ".")).toBe("future");
    expect(clauseTense("The film, shot in ", ", opens in cinemas this week.")).toBe("past");
    // (a word of no participle's form opens no aside: `mostly in`)
    expect(clauseTense("Sales, mostly in ", ", fell sharply.")).toBe("past");
    // (nor does it swallow the comma that opens the aside after it)
    expect(clauseTense("The deal, mostly in cash, reached after talks, commits them to pay by ", ".")).toBe("future");
    // (such a phrase may open the sentence, its participle capitalised)
    expect(clauseTense("Founded in ", ", the company employs 3,200 people.")).toBe("past");
    expect(clauseTense("Held in ", ", the festival draws big crowds.")).toBe("past");
    // (a participle that is no simple past tells of what was done too)
    expect(clauseTense("Kessel, born in Dersk in ", ", studied in Orvek.")).toBe("past");
    expect(clauseTense("Born in Dersk in ", ", Kessel studied in Orvek.")).toBe("past");
    expect(clauseTense("Founded in 1998, the company opens its first plant in ", ".")).toBe("future");
  });

  it("reads a date in an aside of what is due to happen as ahead, though the attribution is past, and a cause's date by its clause", () => {
    expect(clauseTense("The plant, due to open in late ", ", will employ 3,000 people, the company said.")).toBe("future");
    expect(clauseTense("The match, due to rain in ", ", was moved.")).toBe("past");
  });

  it("reads the date of a dateline as past, whatever the sentence it opens says", () => {
    const m = analyzeArticle("Deal\n\nLONDON, Jan. 5, 2026 — The deal, reached after an all-night session, commits rich countries to pay by March.\n");
    expect(m.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["Jan. 5, 2026", "2026-01-05", "past"],
      ["March", "2026-03", "future"],
    ]);
  });

  it("reads `will` as a noun after a preposition or determiner, not as the future", () => {
    expect(clauseTense("Early humans were making fire at will, according to a study published on ", ".")).toBe("past");
    expect(clauseTense("The referendum, which showed the will of voters, was held on ", ".")).toBe("past");
    expect(clauseTense("The vote will be held on ", ".")).toBe("future");
  });

  it("reads the end of an agreed term as ahead, whenever it was agreed", () => {
    expect(clauseTense("The 18-year-old, who has agreed a contract until ", ", will join after the tournament.")).toBe("future");
    expect(clauseTense("He signed a lease until ", ".")).toBe("future");
    expect(clauseTense("He stayed at the club until ", ".")).toBe("past");
  });

  it("reads an event's verb in the present right before the date as ahead, in a sentence with a past verb", () => {
    expect(clauseTense("The Fed, which meets again on ", ", is expected to keep rates on hold.")).toBe("future");
    expect(clauseTense("Ortberg cancelled his appearance at the Paris Air Show, which begins on ", ".")).toBe("future");
    expect(clauseTense("The race did not finish in Paris because of preparations for the Olympic Games, which open on ", ".")).toBe("future");
    expect(clauseTense("The spokesperson wanted the dispute resolved before exams begin in ", ".")).toBe("future");
    expect(clauseTense("The festival was off to a bright start on ", " as crowds gathered.")).toBe("past");
    // the same word as a plural noun has no subject before it
    expect(clauseTense("The rocket lifted off after launches on ", " were called off.")).toBe("past");
    expect(clauseTense("Both of the premieres on ", " were sold out.")).toBe("past");
    expect(clauseTense("Fans queued for their premieres on ", ".")).toBe("past");
    expect(clauseTense("Tickets ran out for starts on ", ".")).toBe("past");
    expect(clauseTense("Her coach said the pair had worked on her serve since the US Open in ", ".")).toBe("past");
    // a year is where a story is set, not when an event is on
    const story = "The story begins in 1943, the author said.";
    expect(tenseAt(new SentenceTense(story, 0, story.length), 0, 20, 24, story.length)).toBe("past");
  });

  it("reads `later this` as ahead and `earlier this` as gone, whatever the clause's tense", () => {
    const tense = (sentence: string, date: string): string => {
      const at = sentence.indexOf(date);
      return tenseAt(new SentenceTense(sentence, 0, sentence.length), 0, at, at + date.length, sentence.length);
    };
    expect(tense("The storm was expected to weaken as it crossed the sea later this week, forecasters said.", "later this week")).toBe("future");
    expect(tense("The bank will publish the figures it gathered earlier this month.", "earlier this month")).toBe("past");
    expect(tense("The storm weakened as it crossed the sea this week.", "this week")).toBe("past");
  });

  it("dates the saying by a verb of speech in the past before a phrase of where it was said", () => {
    expect(clauseTense("Meta will cut 5% of staff, CEO Mark Zuckerberg said in an internal memo on ", ".")).toBe("past");
    expect(clauseTense("The plant will close, the minister said at a briefing on ", ".")).toBe("past");
    expect(clauseTense("Ann Lee will speak at a rally on ", ".")).toBe("future");
  });

  it("dates the telling by a verb of telling in the past and its hearer, before the date or a phrase of where it was told", () => {
    expect(clauseTense("Corvex will cut 1,200 jobs, its chief told staff on ", ".")).toBe("past");
    expect(clauseTense("The plant will close, the minister told the select committee on ", ".")).toBe("past");
    expect(clauseTense("The plant will close, the minister told reporters at a briefing on ", ".")).toBe("past");
    // (not a telling still to come, nor one in the passive of the promise)
    expect(clauseTense("The plant will close, and the minister will tell reporters at a briefing on ", ".")).toBe("future");
    expect(clauseTense("Staff will be told the news on ", ".")).toBe("future");
  });

  it("reads a clause of time in the present as ahead, whatever the tense of the clause it hangs on", () => {
    expect(clauseTense("The club agreed a deal for the forward to join when he turns 18 in ", ".")).toBe("future");
    expect(clauseTense("She signed the lease, which runs until it expires in ", ".")).toBe("future");
    expect(clauseTense("He was injured when he was 18 in ", ".")).toBe("past");
    expect(clauseTense("He left the club after it lost in ", ".")).toBe("past");
  });

  it("reads a date after `since` as past, with no past verb in the sentence", () => {
    expect(clauseTense("The dispute is the sixth round of strikes since ", ".")).toBe("past");
    expect(clauseTense("Prices have not fallen since ", ".")).toBe("past");
    expect(clauseTense("This is the biggest investment in the town since the ", ",")).toBe("past");
    expect(clauseTense("This is the biggest investment in the town since ", ",")).toBe("past");
  });

  it("reads a participle after a present `be` as no past verb, and a record's day after its number as past", () => {
    expect(clauseTense("Results from 14 councils are expected on ", ".")).toBe("future");
    expect(clauseTense("The final vote is now scheduled for ", ".")).toBe("future");
    expect(clauseTense("Results from 14 councils were expected on ", ".")).toBe("past");
    expect(clauseTense("Anyone with information is asked to call 101 quoting incident 214 of ", ".")).toBe("past");
  });

  it("reads the day of an event announced with it as ahead, but not one that may date the announcing", () => {
    expect(clauseTense("The union has announced further walkouts on ", ".")).toBe("future");
    expect(clauseTense("Organisers named three concert dates for ", ".")).toBe("future");
    expect(clauseTense("Unions called a 24-hour strike for ", ".")).toBe("future");
    expect(clauseTense("The union announced the strike on ", ".")).toBe("past");
    expect(clauseTense("The union announced further walkouts, its second call, on ", ".")).toBe("past");
  });

  it("keeps a range's months and days in order, the whole range in its tense's direction", () => {
    const m = analyzeArticle(
      "Water pact\n\nFriday, November 7, 2014\n\nThe floor holds from July to October. Roads close from December 20 to January 5. Rain fell from December to January. Flows fell from October to July. Works run from this summer to September.\n",
    );
    expect(m.dates.map((d) => `${d.text}=${d.value}`)).toEqual([
      "Friday, November 7, 2014=2014-11-07",
      "July=2015-07",
      "October=2015-10",
      "December 20=2014-12-20",
      "January 5=2015-01-05",
      "December=2013-12",
      "January=2014-01",
      "October=2013-10",
      "July=2014-07",
      "this summer=2015-22",
      "September=2015-09",
    ]);
  });

  it("reads the later days of a list or a range of written dates in the first's tense", () => {
    const m = analyzeArticle("Rail strike\n\nFriday, November 7, 2014\n\nThe union has announced further walkouts on 14 and 15 November. Drivers struck on 3, 4 and 5 November. Guards have called more strikes on 24 November to 26 November.\n");
    expect(m.dates.map((d) => `${d.text}=${d.value} ${d.tense}`)).toEqual([
      "Friday, November 7, 2014=2014-11-07 past",
      "14=2014-11-14 future",
      "15 November=2014-11-15 future",
      "3=2014-11-03 past",
      "4=2014-11-04 past",
      "5 November=2014-11-05 past",
      "24 November=2014-11-24 future",
      "26 November=2014-11-26 future",
    ]);
  });
});
