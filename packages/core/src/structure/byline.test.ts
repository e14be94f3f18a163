import { describe, expect, it } from "vitest";
import { parseByline, parseNameLine, parseSignOff } from "./byline.js";

const read = (text: string) => {
  const b = parseByline(text, 0);
  return b && { authors: b.authors.map((a) => a.name), outlet: b.outlet?.name };
};

describe("parseByline", () => {
  it("splits authors and the outlet", () => {
    expect(read("By Elise Labott and Jim Sciutto, CNN")).toEqual({ authors: ["Elise Labott", "Jim Sciutto"], outlet: "CNN" });
    expect(read("By Jane Doe, John Roe & Ann Poe, Associated Press")).toEqual({
      authors: ["Jane Doe", "John Roe", "Ann Poe"],
      outlet: "Associated Press",
    });
  });

  it("reads an outlet set after the authors without a comma, where the capitals end or by a name known as an outlet's", () => {
    expect(read("By THOMAS LINDQVIST Associated Press")).toEqual({ authors: ["THOMAS LINDQVIST"], outlet: "Associated Press" });
    expect(read("By ANA RUIZ and IVO LUSK Daily Courier")).toEqual({ authors: ["ANA RUIZ", "IVO LUSK"], outlet: "Daily Courier" });
    expect(read("By Ana Ruiz Associated Press")).toEqual({ authors: ["Ana Ruiz"], outlet: "Associated Press" });
    // (not a name's own capitals, nor a single word before the outlet's)
    expect(read("By JANE DOE")).toEqual({ authors: ["JANE DOE"], outlet: undefined });
    expect(read("By Mary Jo Smith")).toEqual({ authors: ["Mary Jo Smith"], outlet: undefined });
  });

  it("reads a desk after the author's name as their job, neither an author nor the outlet", () => {
    expect(read("By Priya Raman, Business Desk")).toEqual({ authors: ["Priya Raman"], outlet: undefined });
  });

  it("reads outlets after for, a pipe or a dash", () => {
    expect(read("By Mary Smith for The Daily Beast")).toEqual({ authors: ["Mary Smith"], outlet: "The Daily Beast" });
    expect(read("By Tom Lee | Reuters")).toEqual({ authors: ["Tom Lee"], outlet: "Reuters" });
  });

  it("leaves out the place the author filed from", () => {
    expect(read("By Sid Lowe in San Sebastián")).toEqual({ authors: ["Sid Lowe"], outlet: undefined });
    // (and the ground a match was seen at, after the author or the author's job)
    expect(read("By Ciarán Mulhern at the Aviva Stadium")).toEqual({ authors: ["Ciarán Mulhern"], outlet: undefined });
    expect(read("By Phil Mayhew, Chief football writer at Wembley")).toEqual({ authors: ["Phil Mayhew"], outlet: undefined });
    expect(read("By Jon Henley in Paris, The Guardian")).toEqual({ authors: ["Jon Henley"], outlet: "The Guardian" });
    expect(read("By Ann Poe in Kyiv and Tom Lee in Moscow")).toEqual({ authors: ["Ann Poe", "Tom Lee"], outlet: undefined });
    expect(read("By Ada Obi, Abuja")).toEqual({ authors: ["Ada Obi"], outlet: undefined });
    // (a place set in capitals, as datelines print it, after a comma or a pipe)
    expect(read("By Ada Obi, ABUJA")).toEqual({ authors: ["Ada Obi"], outlet: undefined });
    expect(read("By Priya Malhotra | KATHMANDU")).toEqual({ authors: ["Priya Malhotra"], outlet: undefined });
    expect(read("By Priya Malhotra | New Delhi")).toEqual({ authors: ["Priya Malhotra"], outlet: undefined });
    // (a foreign desk's `From`, which a place filed from after a person or a correspondent tells from a deck's)
    expect(read("From Ivo Lusk in Dersk")).toEqual({ authors: ["Ivo Lusk"], outlet: undefined });
    expect(read("From our own correspondent in Tarvel")).toEqual({ authors: [], outlet: undefined });
    expect(read("From the archive in Tarvel")).toBeUndefined();
    expect(read("From Ivo Lusk")).toBeUndefined();
    expect(read("From Tarvel in Winter")).toBeUndefined();
  });

  it("reads no outlet from the site's section after a pipe", () => {
    for (const section of ["Opinion", "Culture", "Politics", "Health", "Science", "Technology", "Travel"]) {
      expect(read(`By Eva Lind | ${section}`)).toEqual({ authors: ["Eva Lind"], outlet: undefined });
    }
  });

  it("reads no outlet from the author's address or handle after a pipe", () => {
    expect(read("By Marcus Bell | mbell@riverdaletribune.com")).toEqual({ authors: ["Marcus Bell"], outlet: undefined });
    expect(read("By Jane Doe | @janedoe")).toEqual({ authors: ["Jane Doe"], outlet: undefined });
  });

  it("keeps two comma-separated people as authors", () => {
    expect(read("By Jane Doe, John Roe")).toEqual({ authors: ["Jane Doe", "John Roe"], outlet: undefined });
  });

  it("leaves out a job of everyday words written after the author's name with no comma, but no surname after a given name", () => {
    expect(read("By Jane Doe Staff Writer")).toEqual({ authors: ["Jane Doe"], outlet: undefined });
    expect(read("By Jane Doe and Ivo Lusk Senior Political Correspondents")).toEqual({ authors: ["Jane Doe", "Ivo Lusk"], outlet: undefined });
    expect(read("By Ana Maria Ruiz Health Reporter")).toEqual({ authors: ["Ana Maria Ruiz"], outlet: undefined });
    expect(read("By Ivo Lusk Reporter")).toEqual({ authors: ["Ivo Lusk"], outlet: undefined });
    // (a part split nowhere else is kept whole, never split inside the job: `Chief` is no part of a name)
    expect(read("By Ana Ruiz Chief Investigative Reporter")).toEqual({ authors: ["Ana Ruiz Chief Investigative Reporter"], outlet: undefined });
  });

  it("leaves an author's job out of the authors and the outlet", () => {
    expect(read("By Gemma O'Connell, Showbiz Reporter")).toEqual({ authors: ["Gemma O'Connell"], outlet: undefined });
    expect(read("By John Roe, Staff Writer, and Ann Poe, Senior Political Correspondent")).toEqual({ authors: ["John Roe", "Ann Poe"], outlet: undefined });
    expect(read("By Ann Poe, Reuters")).toEqual({ authors: ["Ann Poe"], outlet: "Reuters" });
    expect(read("By Kai Moss, Weather presenter")).toEqual({ authors: ["Kai Moss"], outlet: undefined });
    expect(read("By Kai Moss, Freelance journalist")).toEqual({ authors: ["Kai Moss"], outlet: undefined });
    expect(read("By Kai Moss, Senior forecaster")).toEqual({ authors: ["Kai Moss"], outlet: undefined });
    expect(read("By Kai Moss, Political commentator")).toEqual({ authors: ["Kai Moss"], outlet: undefined });
    expect(read("By Mara Velt, Fact-check team")).toEqual({ authors: ["Mara Velt"], outlet: undefined });
    expect(read("By Staff Reporter")).toEqual({ authors: [], outlet: undefined });
    expect(read("By Political Staff")).toEqual({ authors: [], outlet: undefined });
    expect(read("By Ana Ruiz and Sports Staff")).toEqual({ authors: ["Ana Ruiz"], outlet: undefined });
    // (and after a pipe or a dash, where an outlet's name may stand too)
    expect(read("By Marta Kessel | Chess Correspondent")).toEqual({ authors: ["Marta Kessel"], outlet: undefined });
    expect(read("By Ivo Lusk - Senior Political Editor")).toEqual({ authors: ["Ivo Lusk"], outlet: undefined });
  });

  it("gives exact author spans", () => {
    const b = parseByline("By Elise Labott and Jim Sciutto, CNN", 10)!;
    expect(b.authors[1]!.span).toEqual({ start: 10 + 20, end: 10 + 31 });
    expect(b.outlet!.span).toEqual({ start: 10 + 33, end: 10 + 36 });
  });

  it("reads an author's name without the courtesy title before it, with the span of the name alone", () => {
    const b = parseByline("By Dr. Lucy Hartmann, Health Editor, and Prof Ivo Lusk", 5)!;
    expect(b.authors).toEqual([
      { name: "Lucy Hartmann", span: { start: 5 + 7, end: 5 + 20 } },
      { name: "Ivo Lusk", span: { start: 5 + 46, end: 5 + 54 } },
    ]);
    expect(read("By Miss Ana Ruiz")).toEqual({ authors: ["Ana Ruiz"], outlet: undefined });
    expect(read("By Drew Lane")).toEqual({ authors: ["Drew Lane"], outlet: undefined });
  });

  it("reads the host a podcast's or a broadcast's transcript names as its author", () => {
    expect(read("Host: Ana Ruiz")).toEqual({ authors: ["Ana Ruiz"], outlet: undefined });
    expect(read("Hosts: Ana Ruiz and Ivo Lusk")).toEqual({ authors: ["Ana Ruiz", "Ivo Lusk"], outlet: undefined });
    expect(read("Presented by Ana Ruiz")).toEqual({ authors: ["Ana Ruiz"], outlet: undefined });
    expect(read("Hosted by Ana Ruiz")).toEqual({ authors: ["Ana Ruiz"], outlet: undefined });
    expect(read("Presenter: Ana Ruiz")).toEqual({ authors: ["Ana Ruiz"], outlet: undefined });
    expect(read("Host: Welcome back to the show.")).toBeUndefined();
  });

  it("reads the interviewer an interview names, or the writer a first-person story was told to, as its author", () => {
    expect(read("Interview by Leo Brandt")).toEqual({ authors: ["Leo Brandt"], outlet: undefined });
    expect(read("Interviewed by Leo Brandt")).toEqual({ authors: ["Leo Brandt"], outlet: undefined });
    expect(read("As told to Ana Ruiz")).toEqual({ authors: ["Ana Ruiz"], outlet: undefined });
    expect(read("Interview by phone with the minister")).toBeUndefined();
  });

  it("is not fooled by a sentence starting with By", () => {
    expect(read("by the time the talks ended, nothing was agreed")).toBeUndefined();
    expect(read("By the time she reached the end on Saturday, donations had passed £40,000.")).toBeUndefined();
  });

  it("reads a line of people's names alone, and nothing else, as a byline without By", () => {
    expect(parseNameLine("Gabriela Sá Pessoa, Mauricio Savarese & Ian King", 0)!.authors.map((a) => a.name)).toEqual(["Gabriela Sá Pessoa", "Mauricio Savarese", "Ian King"]);
    expect(parseNameLine("Ian King and Dina Bass", 5)!.authors[1]!.span).toEqual({ start: 5 + 13, end: 5 + 22 });
    expect(parseNameLine("Iran and the West", 0)).toBeUndefined();
    expect(parseNameLine("King Charles and Queen Camilla", 0)).toBeUndefined();
    expect(parseNameLine("Ian King said talks went well", 0)).toBeUndefined();
    expect(parseNameLine("Jane Okafor in New York and Tom Riedel in Frankfurt", 0)!.authors.map((a) => a.name)).toEqual(["Jane Okafor", "Tom Riedel"]);
    expect(parseNameLine("Jane Okafor in Trouble", 0)).toBeUndefined();
    expect(parseNameLine("Tom Hale and Ann Lowe, Dublin", 0)!.authors.map((a) => a.name)).toEqual(["Tom Hale", "Ann Lowe"]);
    expect(parseNameLine("Tom Hale, Gloomy", 0)).toBeUndefined();
    expect(parseNameLine("Tom Hale and Ann Lowe, Business reporters", 0)!.authors.map((a) => a.name)).toEqual(["Tom Hale", "Ann Lowe"]);
    expect(parseNameLine("Tom Hale and Ann Lowe, Business plans", 0)).toBeUndefined();
    expect(parseNameLine("Tom Hale and Dublin", 0)).toBeUndefined();
  });

  it("reads a line of names under the author's job as a label", () => {
    expect(parseNameLine("Health Editor: Priya Anand", 3)!.authors).toEqual([{ name: "Priya Anand", span: { start: 3 + 15, end: 3 + 26 } }]);
    expect(parseNameLine("Reporters: Ian King and Dina Bass", 0)!.authors.map((a) => a.name)).toEqual(["Ian King", "Dina Bass"]);
    expect(parseNameLine("Update: Ian King resigns", 0)).toBeUndefined();
  });

  it("reads one author after their job with no colon between", () => {
    expect(parseNameLine("Education correspondent Priya Nair", 2)!.authors).toEqual([{ name: "Priya Nair", span: { start: 2 + 24, end: 2 + 34 } }]);
    expect(parseNameLine("Senior Political Editor Ian King", 0)!.authors.map((a) => a.name)).toEqual(["Ian King"]);
    expect(parseNameLine("Education reforms Priya Nair", 0)).toBeUndefined();
  });
});

describe("parseSignOff", () => {
  it("reads who reported and wrote a wire story, not who edited it or added reporting, without where they filed from", () => {
    const text = "(Reporting by Ana Ruiz in Madrid and Tom Hale in Paris; Additional reporting by Jo Kim; Writing by Lea Moss; Editing by Ed Park)";
    const signed = parseSignOff(text, 100)!;
    expect(signed.authors.map((a) => a.name)).toEqual(["Ana Ruiz", "Tom Hale", "Lea Moss"]);
    expect(signed.authors[1]!.span).toEqual({ start: 100 + text.indexOf("Tom Hale"), end: 100 + text.indexOf("Tom Hale") + 8 });
    expect(parseSignOff("(Additional reporting by Jo Kim; Editing by Ed Park)", 0)).toBeUndefined();
  });
});
