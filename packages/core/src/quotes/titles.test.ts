import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

const read = (text: string) => {
  const model = analyzeArticle(text);
  return { quotes: model.quotes.map((q) => q.text), others: model.entities.filter((e) => e.type === "other").map((e) => [e.name, e.mentions.length]) };
};

describe("titles of works in quotation marks", () => {
  it("reads a Title Case phrase in quotation marks as a work's name, not a quotation, and groups its mentions", () => {
    const text =
      "Drama wins prize\n\nJustine Triet's courtroom drama “Anatomy of a Fall” won on Saturday. Sandra Hüller stars in “The Zone of Interest,” which took best director. Neon distributes “Anatomy of a Fall” in the U.S.\n\n“It's a film about the impossibility of knowing the truth,” Triet said.\n";
    expect(read(text)).toEqual({ quotes: ["It's a film about the impossibility of knowing the truth,"], others: [["Anatomy of a Fall", 2], ["The Zone of Interest", 1]] });
  });

  it("needs a noun for a work before a one-word title, and leaves speech in Title Case after a speech verb alone", () => {
    expect(read("Review\n\nShe starred in the film “Oppenheimer” last year. Critics called it “Brilliant.”\n").others).toEqual([["Oppenheimer", 1]]);
    expect(read("Final\n\nHer 2012 entry “Sunrise” won, and her ballad “Glass” came second.\n")).toEqual({ quotes: [], others: [["Sunrise", 1], ["Glass", 1]] });
    expect(read("Review\n\nHe said “Thank You Very Much” and left.\n").quotes).toEqual(["Thank You Very Much"]);
    expect(read("Review\n\nThe minister said the plan was “a Very Bad Idea for All of Us” in the end.\n").quotes).toEqual(["a Very Bad Idea for All of Us"]);
  });

  it("reads a title after a review's label and its colon, and the title written again without its marks as the work", () => {
    const text = "Review: ‘The Salt Road’ is a quiet triumph\n\nBy Tom Hale\n\nReview: “Glasshouse” is not. Mara Velt wrote both. The Salt Road runs until 14 March at the Kelmo Playhouse.\n\nMinutes later she said: “The Salt Road”.\n";
    expect(read(text)).toEqual({ quotes: ["The Salt Road"], others: [["The Salt Road", 3], ["Glasshouse", 1]] });
  });

  it("reads a person's name that is a work's title as the person's", () => {
    const people = analyzeArticle("Film\n\nThe film “Tom Hale” opened on Thursday. Tom Hale said he liked it.\n").entities.map((e) => [e.type, e.name, e.mentions.length]);
    expect(people).toEqual([["person", "Tom Hale", 3]]);
  });

  it("reads a one-word title after a work's form or showing and `of`, but not after another noun and `of`", () => {
    expect(read('Premiere\n\nThe score of "Argippo," composed in 1730, was found. A new production of "Tosca" opened. She spoke of "Freedom," and left.\n')).toEqual({
      quotes: ["Freedom,"],
      others: [["Argippo", 1], ["Tosca", 1]],
    });
  });

  it("reads a title with its subtitle after a colon, and a one-word title after its owner's name", () => {
    const text = "Retrospective\n\nA retrospective, “Lena Varga: After Hours,” opens in March. Tom Reed's “Harbor” won the prize.\n";
    expect(read(text)).toEqual({ quotes: [], others: [["Lena Varga: After Hours", 1], ["Harbor", 1]] });
    expect(read("Review\n\nShe said: “Warning: Keep Out” and left. Officials called the plan “Dead on Arrival: Again: Sadly”.\n").quotes).toEqual(["Warning: Keep Out", "Dead on Arrival: Again: Sadly"]);
  });

  it("reads a one-word title before a credit for the work, unless a comma inside the marks ends speech", () => {
    expect(read("Festival\n\nLast year's winner, “Anora” director Lena Varga, presented it. “Nonsense,” director Tom Reed said.\n")).toEqual({ quotes: ["Nonsense,"], others: [["Anora", 1]] });
  });

  it("reads words in Title Case as speech where a comma inside the marks leads to a verb of speech", () => {
    const text = "Awards\n\nIt was late. “Not Yet,” said a Treasury official. It was late. “Never Again,” Ann T. Lee said. She liked “The Zone of Interest,” which won. Tom Reed's “Rising Tide” tells the story of a flood.\n";
    expect(read(text)).toEqual({ quotes: ["Not Yet,", "Never Again,"], others: [["The Zone of Interest", 1], ["Rising Tide", 1]] });
  });

  it("reads a one-word title before an appositive headed by a work's noun, whatever verb ended the sentence before", () => {
    const text = "Awards\n\n“We made it together,” Ann Lee said. “Barbie,” the year's biggest box-office hit, won one award. “Wow,” the film's director said.\n";
    expect(read(text)).toEqual({ quotes: ["We made it together,", "Wow,"], others: [["Barbie", 1]] });
  });

  it("reads a one-word title before what it names or after a verb of performing it, and leaves a phrase before a noun in lower case", () => {
    const text =
      "Tour\n\nAnn Lee will open her “Glasshouse” world tour in May, backed by the “Yes” campaign. She sang “Hello” twice. Critics saw a “black swan” moment. “Never,” she said.\n";
    expect(read(text)).toEqual({ quotes: ["black swan", "Never,"], others: [["Glasshouse", 1], ["Yes", 1], ["Hello", 1]] });
  });

  it("reads a one-word title before a noun for a work of art or of writing", () => {
    const text = "Sale\n\nThe record was set by another “Haystacks” painting in 2019. Her “Tarvel” memoir sold well. “Enough,” he said.\n";
    expect(read(text)).toEqual({ quotes: ["Enough,"], others: [["Haystacks", 1], ["Tarvel", 1]] });
    // (and after one, set off by commas: a work of art's too)
    const sale = "Sale\n\nThe 1890 canvas, “Meules,” sold for $110 million. Her portrait “Corvel” and the mural “Dersk” followed, with the photograph “Orvek”.\n";
    expect(read(sale)).toEqual({ quotes: [], others: [["Meules", 1], ["Corvel", 1], ["Dersk", 1], ["Orvek", 1]] });
     // (and after `original`, the work a sequel follows)
    const sequel = "Films\n\n“Moonfall 2” beat the debut of the original “Moonfall”, which opened in 2023.\n";
    expect(read(sequel)).toEqual({ quotes: [], others: [["Moonfall 2", 1], ["Moonfall", 1]] });
  });

  it("reads no date in a work's title", () => {
    const model = analyzeArticle("Outage\n\nThe chief executive told NBC's “Today” show on Friday that a fix was out.\n");
    expect(model.dates.map((d) => d.text)).toEqual(["Friday"]);
    expect(read("Outage\n\nThe chief executive told NBC's “Today” show on Friday that a fix was out.\n").others).toEqual([["Today", 1]]);
  });
});
