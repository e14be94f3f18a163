import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

const quotesOf = (text: string) => analyzeArticle(text).quotes.map((q) => [q.speakerName, q.attribution, q.style, q.text, q.cue?.text]);

describe("transcript answers", () => {
  it("quotes each answer after its speaker's label, attributed to the person the label names", () => {
    const text = [
      "Q&A: the envoy on the summit",
      "Former minister Ines Calder chairs the Harbour Group. She spoke to us before the summit.",
      "Q: What do you expect?",
      "Calder: Honestly, I am worried.",
      "Q: Is the host right?",
      "Calder: The host matters less than the outcome, as “the outcome is all”.",
      "",
    ].join("\n\n");
    expect(quotesOf(text)).toEqual([
      ["Ines Calder", "label", "transcript", "Honestly, I am worried.", "Calder"],
      ["Ines Calder", "label", "transcript", "The host matters less than the outcome, as “the outcome is all”.", "Calder"],
      [null, "none", "curly", "the outcome is all", undefined],
    ]);
  });

  it("gives `A:` answers to the one speaker the transcript names, and reads a debate of two named speakers", () => {
    const interview = ["Interview", "Tomas Brandt runs the port.", "Q: Why now?", "Brandt: Because the ships are bigger.", "Q: And next year?", "A: More berths.", ""].join("\n\n");
    expect(quotesOf(interview).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ["Tomas Brandt", "Because the ships are bigger."],
      ["Tomas Brandt", "More berths."],
    ]);
    const debate = ["Debate", "Ana Ruiz and Leo Varga met on stage.", "Ruiz: Taxes must fall.", "Varga: They cannot.", "Ruiz: They will.", "Varga: Not this year.", ""].join("\n\n");
    expect(quotesOf(debate).map(([speaker]) => speaker)).toEqual(["Ana Ruiz", "Leo Varga", "Ana Ruiz", "Leo Varga"]);
  });

  it("gives `A:` answers no label names to the one person the headline names, else to the one person the introduction names most, and none to two named as often", () => {
    const headed = ["'I never planned this': Nadia Farouk on cooking", "Interview by Leo Brandt", "Her brother Omar Farouk runs the bar at Ember, and Omar Farouk pours the wine.", "Q: When did you start?", "A: At 24, in Tarvel.", "Q: What next?", "A: A second kitchen.", ""].join("\n\n");
    expect(quotesOf(headed).map(([speaker, kind, , words, cue]) => [speaker, kind, words, cue])).toEqual([
      ["Nadia Farouk", "label", "At 24, in Tarvel.", "A"],
      ["Nadia Farouk", "label", "A second kitchen.", "A"],
    ]);
    const introduced = ["Five questions for a chef", "Ana Ruiz met Ivo Lusk at his restaurant. Lusk trained in Sarno; Lusk now runs three kitchens.", "Q: Why cook?", "A: Because I love it.", "Q: And Ana Ruiz?", "A: A fine critic.", ""].join("\n\n");
    expect(quotesOf(introduced).map(([speaker]) => speaker)).toEqual(["Ivo Lusk", "Ivo Lusk"]);
    const tied = ["Five questions", "Ana Ruiz and Ivo Lusk run the bakery.", "Q: Why bake?", "A: Because we love it.", "Q: And next?", "A: More bread.", ""].join("\n\n");
    expect(quotesOf(tied)).toEqual([]);
    const unnamed = ["Five questions for a chef", "Interview by Leo Brandt", "The chef runs three kitchens.", "Q: Why cook?", "A: Because Rene Dufort taught me to.", "Q: Why now?", "A: Why not?", ""].join("\n\n");
    expect(quotesOf(unnamed)).toEqual([]);
  });

  it("gives labels of full names set in capitals to the people the article names in running text", () => {
    const text = ["The Velmar Briefing", "Host: Ana Ruiz. Guest: Ivo Lusk, a former finance minister.", "ANA RUIZ: Welcome back.", "IVO LUSK: Thanks for having me.", "ANA RUIZ: Is the dam costed?", "IVO LUSK: It is not.", ""].join("\n\n");
    expect(quotesOf(text)).toEqual([
      ["Ana Ruiz", "label", "transcript", "Welcome back.", "ANA RUIZ"],
      ["Ivo Lusk", "label", "transcript", "Thanks for having me.", "IVO LUSK"],
      ["Ana Ruiz", "label", "transcript", "Is the dam costed?", "ANA RUIZ"],
      ["Ivo Lusk", "label", "transcript", "It is not.", "IVO LUSK"],
    ]);
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ["Velmar Briefing", "other", 1],
      ["Ana Ruiz", "person", 3],
      ["Ivo Lusk", "person", 3],
    ]);
  });

  it("reads a label of a full name in capitals that running text never gives as that person, and the initials of a label as theirs", () => {
    const text = ["Kelmo owner on the club's debts", "Ana Ruiz spoke to the Tarvel Herald on Monday.", "TOM HALE: Will you sell?", "ANA RUIZ: No.", "TH: Are there offers?", "AR: There have been approaches.", "TH: From whom?", "AR: I will not say.", ""].join("\n\n");
    expect(quotesOf(text).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ["Tom Hale", "Will you sell?"],
      ["Ana Ruiz", "No."],
      ["Tom Hale", "Are there offers?"],
      ["Ana Ruiz", "There have been approaches."],
      ["Tom Hale", "From whom?"],
      ["Ana Ruiz", "I will not say."],
    ]);
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => `${m.text}:${m.kind}`)])).toEqual([
      ["Ana Ruiz", "person", ["Ana Ruiz:name", "ANA RUIZ:name", "AR:acronym", "AR:acronym"]],
      ["Tarvel Herald", "organization", ["Tarvel Herald:name"]],
      ["Tom Hale", "person", ["TOM HALE:alias", "TH:acronym", "TH:acronym"]],
    ]);
  });

  it("reads one speaker's label opening three answers under unlabelled questions as a transcript, though not twice", () => {
    const paragraphs = ["Interview", "Mara Velt became finance minister last year.", "You trained as a vet.", "Velt: By accident, really.", "Your father led a union?", "Velt: Enormously.", "What next?", "Velt: Sleep."];
    expect(quotesOf([...paragraphs, ""].join("\n\n")).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ["Mara Velt", "By accident, really."],
      ["Mara Velt", "Enormously."],
      ["Mara Velt", "Sleep."],
    ]);
    expect(quotesOf([...paragraphs.slice(0, -2), ""].join("\n\n"))).toEqual([]);
  });

  it("reads labels of page furniture, or one label alone, as no transcript", () => {
    const text = ["Storm", "Note: this story was updated.", "Update: the road reopened.", "Mayor Ana Ruiz said the clean-up would take weeks.", "Ruiz: a statement followed.", ""].join("\n\n");
    expect(quotesOf(text)).toEqual([]);
  });

  it("reads a scorecard's notes under teams' labels as no answers", () => {
    const text = [
      "Harbury edge Quorn",
      "The Harbury Hawks beat the Quorn Rovers 3-2 on Sunday.",
      "INJURIES",
      "Hawks: Ned Fane left with a knee injury.",
      "Rovers: Olek Varga was inactive.",
      "UP NEXT",
      "Hawks: Host Marlow on Nov. 23.",
      "Rovers: At Ashby on Nov. 23.",
      "",
    ].join("\n\n");
    expect(quotesOf(text)).toEqual([]);
  });

  it("reads labels set in capitals, the interviewer's and the speaker's surname", () => {
    const text = ["Interview with the mayor", "Mayor Petra Lindgren spoke to us on Friday.", "INTERVIEWER: Is the bridge late?", "LINDGREN: It is, by a year.", "INTERVIEWER: Why?", "LINDGREN: Steel.", ""].join("\n\n");
    expect(quotesOf(text)).toEqual([
      ["Petra Lindgren", "label", "transcript", "It is, by a year.", "LINDGREN"],
      ["Petra Lindgren", "label", "transcript", "Steel.", "LINDGREN"],
    ]);
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.aliases])).toEqual([["Petra Lindgren", "person", ["Lindgren"]]]);
  });
});
