import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

/** Each person's name and roles. */
const roles = (body: string) =>
  analyzeArticle(`Plant approved\n\n${body}\n`)
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles]);

describe("a relative clause of leading or founding a body", () => {
  it("gives the person the office over the body it names, up to the words after the name and the body's noun it qualifies", () => {
    const body = "On Monday, Dale Whitcombe, who leads the Ohio Environmental Council, said no. Ann Lowe, who heads the Tarvel Trust in Leeds, agreed. Ed Pryce, who co-founded Veltrix in 2009, left. Bo Kean, who founded the Kelvar grocery chain two decades ago, spoke.";
    expect(roles(body)).toEqual([
      ["Dale Whitcombe", ["leader of the Ohio Environmental Council"]],
      ["Ann Lowe", ["head of the Tarvel Trust"]],
      ["Ed Pryce", ["co-founder of Veltrix"]],
      // (the name only qualifies a body's noun after it)
      ["Bo Kean", ["founder of the Kelvar grocery chain"]],
    ]);
  });

  it("keeps the words that join a body's name, and takes no everyday object, other verb or other thing's owner", () => {
    const body =
      "On Monday, Tim Hale, who chairs the Council on Foreign Relations, spoke. Jo Ames, who leads the campaign, stayed. Al Fox, who met the Bank of England, left. Ed Lane, who owns the Bank of England's rival, sold.";
    expect(roles(body)).toEqual([
      ["Tim Hale", ["chair of the Council on Foreign Relations"]],
      ["Jo Ames", []],
      ["Al Fox", []],
      ["Ed Lane", []],
    ]);
  });

  it("makes the body it names an organization, where no table or other word types it", () => {
    const body = "On Monday, Dale Whitcombe, who founded Veltrix in 2009, said no. Ann Lowe, who leads Harrowmere, agreed. Ed Pryce, who co-founded Kestava, and Jo Ames, who captains England, and Al Fox, who met Ostrel, left. Bo Kean owns Tamsel.";
    const types = analyzeArticle(`Plant approved\n\n${body}\n`).entities.filter((e) => e.type !== "person").map((e) => [e.name, e.type]);
    expect(types).toEqual([
      ["Veltrix", "organization"],
      ["Harrowmere", "organization"],
      ["Kestava", "organization"],
      ["England", "place"],
      ["Ostrel", "other"],
      ["Tamsel", "other"],
    ]);
  });
});

describe("a relative clause that says what the person is", () => {
  it("gives the role after `who is`, `who was` or `who serves as`, perhaps after an adverb of time", () => {
    const body =
      "On Monday, Ana Ruiz, who is vice-president of the Velmar Farmers Union, said no. Ivo Lusk, who is also the president of the Tarvel Trust, agreed. Jo Ames, who serves as chief of staff to the mayor, left. Al Fox, who was a nurse at Leeds General Infirmary, spoke.";
    expect(roles(body)).toEqual([
      ["Ana Ruiz", ["vice-president of the Velmar Farmers Union"]],
      ["Ivo Lusk", ["president of the Tarvel Trust"]],
      ["Jo Ames", ["chief of staff to the mayor"]],
      ["Al Fox", ["nurse at Leeds General Infirmary"]],
    ]);
  });

  it("gives the role after the perfect `who has been` or `who had been`", () => {
    const body = "On Monday, Marta Lind, 52, who has been trade minister since 2022, took over. Ivo Lusk, who had been a nurse at Tarvel Hospital, agreed. Jo Ames, who has been in Sarno since May, left. Al Fox, who has hired a lawyer, spoke.";
    expect(roles(body)).toEqual([
      ["Marta Lind", ["trade minister"]],
      ["Ivo Lusk", ["nurse at Tarvel Hospital"]],
      ["Jo Ames", []],
      ["Al Fox", []],
    ]);
  });

  it("gives the role a sentence the name opens says after `is`, `was` or `remains`, up to a verb after `and`, and none that an infinitive makes a description", () => {
    const body =
      "Ivo Lusk is a former housing minister. Then Ana Ruiz was the mayor of Sarno until 2020. Ben Ode remains chairman of the board. Tom Hale is a former headteacher and chairs the Friends of Orvek Library. Kai Moss is expected to run. Mara Velt is the first nurse to lead the union. Lusk met Eva Lind, who is an adviser to farm groups.";
    expect(roles(body)).toEqual([
      ["Ivo Lusk", ["former housing minister"]],
      ["Ana Ruiz", ["mayor of Sarno"]],
      ["Ben Ode", ["chairman of the board"]],
      ["Tom Hale", ["former headteacher"]],
      ["Kai Moss", []],
      ["Mara Velt", []],
      ["Eva Lind", ["adviser to farm groups"]],
    ]);
  });

  it.each(["and he is 70", "but he is 70", "who is 70", "which he leads"])("gives the role a sentence the name opens says before `, %s`", (clause) => {
    expect(roles(`Ben Ode remains chairman of the board, ${clause}.`)).toEqual([["Ben Ode", ["chairman of the board"]]]);
  });

  it("gives none for an age, another verb or what the person does", () => {
    const body = "On Monday, Ana Ruiz, who is 34, said no. Ivo Lusk, who is suing the council, agreed. Jo Ames, who was born in Leeds, left. Al Fox, who met the nurse, spoke.";
    expect(roles(body)).toEqual([
      ["Ana Ruiz", []],
      ["Ivo Lusk", []],
      ["Jo Ames", []],
      ["Al Fox", []],
    ]);
  });
});
