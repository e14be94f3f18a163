import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

const quotesOf = (text: string) => analyzeArticle(text).quotes.map((q) => [q.speakerName, q.attribution, q.style, q.text, q.cue?.text]);

describe("answers under an interview's questions", () => {
  const interview = (answers: readonly string[]) =>
    [
      '"I never planned to be a chef": Eva Lind on her restaurant',
      "By Tom Hale",
      "Eva Lind opened Orsel, her restaurant in Kelmo, in March. We asked her how it happened.",
      "How did you start cooking?",
      answers[0]!,
      "Did you train as a chef?",
      answers[1]!,
      answers[2]!,
      "",
    ].join("\n\n");

  it("quotes each paragraph under a question as the interviewee's answer, its question the cue", () => {
    const text = interview(["My grandmother ran a cafe in Sarno and I spent every summer there.", "Never. I studied law in Dersk and hated it.", "Advertisement\n\nSo I left after five years."]);
    expect(quotesOf(text)).toEqual([
      ["Eva Lind", "question", "transcript", "My grandmother ran a cafe in Sarno and I spent every summer there.", "How did you start cooking?"],
      ["Eva Lind", "question", "transcript", "Never. I studied law in Dersk and hated it.", "Did you train as a chef?"],
      ["Eva Lind", "question", "transcript", "So I left after five years.", "Did you train as a chef?"],
    ]);
  });

  it("quotes no one where the answers under two questions do not speak in the first person outside quotation marks", () => {
    // (an explainer's questions head the writer's words)
    expect(quotesOf(interview(["Her grandmother ran a cafe in Sarno, where she spent every summer.", "No. She studied law in Dersk.", "She left after five years."]))).toEqual([]);
    expect(quotesOf(interview(["My grandmother ran a cafe in Sarno and I spent every summer there.", "No. She studied law in Dersk.", "She left after five years."]))).toEqual([]);
    expect(quotesOf(interview(['Her grandmother said "I ran a cafe in Sarno" once.', 'No. She studied law in Dersk, saying "my heart was not in it".', "She left after five years."])).map((q) => q[1])).toEqual(["cue-before", "cue-before"]);
  });

  it("quotes no one under headings that ask nothing, as a first-person essay's", () => {
    const text = [
      "Why I left the law",
      "By Eva Lind",
      "Eva Lind opened Orsel, her restaurant in Kelmo, in March. Eight months on, it has a waiting list of six weeks.",
      "The early years",
      "My grandmother ran a cafe in Sarno and I spent every summer there.",
      "The law",
      "I studied law in Dersk and hated it.",
      "",
    ].join("\n\n");
    expect(quotesOf(text)).toEqual([]);
  });

  it("leaves a transcript's labelled answers to their labels, though questions head them", () => {
    const text = [
      "Ana Ruiz on who should pay more tax",
      "Ana Ruiz and Leo Varga met on stage in Sarno on Monday night.",
      "Who should pay?",
      "Ruiz: I say the rich should pay, and they should pay more than they do now.",
      "Varga: My answer is that everyone should pay a little more than they do today.",
      "When should they pay?",
      "Ruiz: Now, I think, before the deficit grows any larger than it already is.",
      "Varga: Not this year, in my view, because the recovery is still far too fragile.",
      "",
    ].join("\n\n");
    expect(quotesOf(text).map(([speaker, kind]) => [speaker, kind])).toEqual([
      ["Ana Ruiz", "label"],
      ["Leo Varga", "label"],
      ["Ana Ruiz", "label"],
      ["Leo Varga", "label"],
    ]);
  });
});
