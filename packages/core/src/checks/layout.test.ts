import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";
import { checkArticle } from "./run.js";

const lostBlankLines = (text: string) =>
  checkArticle("file:///a.txt", analyzeArticle(text))
    .filter((p) => p.code === "paragraph-missing-blank-line")
    .map((p) => p.range.start.line);

describe("paragraph-missing-blank-line", () => {
  it("flags a paragraph run into the one above, but not a live page's entry under its time", () => {
    const text = [
      "Budget: live updates",
      "",
      "Good afternoon. Chancellor Mara Velt will stand up in the Commons in about half an hour.",
      "",
      "14:05",
      "Velt confirms fuel duty will be frozen until April.",
      "The Chancellor says the economy grew 0.4% in the last quarter.",
      "",
      "14:32",
      "Chancellor Mara Velt has finished her statement.",
    ].join("\n");
    expect(lostBlankLines(text)).toEqual([6]);
  });

  it("leaves a letter's sign-off, a name and a town on the line under it, unflagged", () => {
    const text = [
      "Letters",
      "",
      "Sir, — Your report on the bypass failed to mention the two ancient woodlands it crosses.",
      "Mara Velt, Kelmo",
      "",
      "Sir, — I am tired of hearing that the bypass will destroy the town, as it will not.",
      "Eva Lind (Mrs), Orvek",
      "",
      "Sir, — The county's budget report lists it as unfunded, and nobody has explained why.",
      "Work on the bypass is due to start in the spring, officials say",
      "",
      "Letters may be edited for length.",
    ].join("\n");
    expect(lostBlankLines(text)).toEqual([9]);
  });

  it("leaves a transcript's turn on the line under another unflagged, but not a labelled line in an article of no transcript", () => {
    const transcript = [
      "Interview",
      "",
      "Mara Velt opened a restaurant in Orsel in March. She spoke to Ben Ode.",
      "",
      "Ben Ode: How did you start cooking?",
      "Mara Velt: By accident, really. I washed dishes to pay the rent.",
      "",
      "Ben Ode: Why Orsel?",
      "Mara Velt: It's where I grew up.",
      "Ben Ode said the fish was superb.",
    ].join("\n");
    expect(lostBlankLines(transcript)).toEqual([9]);
    const briefs = ["News in brief", "", "Kelmo: The bridge will close on Monday for repairs.", "Orsel: The market returns on Friday after a year away.", "", "More news is online."].join("\n");
    expect(lostBlankLines(briefs)).toEqual([3]);
  });

  it("leaves a section's first paragraph under its subheading unflagged", () => {
    const text = [
      "Five things to know today",
      "",
      "Good morning. Here is what you need to know to start your day on Monday.",
      "",
      "1. Halvik strike enters third week",
      "Rail workers in Halvik will stay off the job until at least Friday, their union said.",
      "",
      "2. Norvex to cut jobs",
      "The chipmaker said it would close two plants by June, blaming weak demand for phones.",
      "Analysts had expected the cuts after a weak quarter.",
    ].join("\n");
    expect(lostBlankLines(text)).toEqual([9]);
  });

  it("leaves a list's items and a table's rows unflagged, under a line that introduces them or under another item", () => {
    const text = [
      "Council backs Halvik harbour plan",
      "",
      "The council approved the plan on Monday after a long debate in the town hall.",
      "",
      "The plan, which the council approved after three hours of heated debate, includes:",
      "1. A new park on the old gasworks site by the river, paid for by the Norvex Foundation.",
      "2. A bus lane.",
      "",
      "Votes cast:",
      "Mara Velt (Green) 1,204",
      "Tom Hale (Labour) 987",
      "Turnout was 28 per cent of the 9,000 voters on the register, down from 34 per cent in 2021",
      "",
      "• more bins",
      "• cleaner streets, better lighting and a new crossing outside the school that parents asked for.",
      "Ana Ruiz said the vote was good.",
      "",
      "Work on the park is due to start in the spring, the council said.",
      "",
      "The bus lane will follow next year if the county agrees to pay for it.",
      "",
      "Tom Hale said he would keep campaigning against the harbour plan.",
    ].join("\n");
    expect(lostBlankLines(text)).toEqual([11, 15]);
  });
});
