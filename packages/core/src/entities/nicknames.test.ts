import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

const mentionsOf = (text: string) => analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => `${m.text}:${m.kind}`)]);

describe("a nickname in quotation marks between a given name and a surname", () => {
  it("makes one person, named without the nickname, whom the nickname alone names later", () => {
    expect(mentionsOf('Title\n\nOn Monday, Joaquín "El Chapo" Guzmán was sentenced in Velmar. Guzmán said nothing. El Chapo smiled.')).toEqual([
      ["Joaquín Guzmán", "person", ['Joaquín "El Chapo" Guzmán:name', "Guzmán:partial", "El Chapo:alias"]],
      ["Velmar", "place", ["Velmar:name"]],
    ]);
    expect(mentionsOf('Title\n\nOn Monday, Saul “Canelo” Ruiz won in Velmar. Canelo said nothing.')).toEqual([
      ["Saul Ruiz", "person", ["Saul “Canelo” Ruiz:name", "Canelo:alias"]],
      ["Velmar", "place", ["Velmar:name"]],
    ]);
  });

  it("names the person by a nickname in single quotation marks, with its `The` or without", () => {
    expect(mentionsOf("Title\n\nOn Monday, boxer Ivo 'The Hammer' Lusk won in Velmar. Lusk said nothing. The Hammer smiled.")).toEqual([
      ["Ivo Lusk", "person", ["Ivo 'The Hammer' Lusk:name", "Lusk:partial", "Hammer:alias"]],
      ["Velmar", "place", ["Velmar:name"]],
    ]);
  });

  it("joins a given name that opens the sentence to its nickname and surname", () => {
    expect(mentionsOf('Title\n\nMargaret "Peggy" Holloway, 82, set out in May. Mrs Holloway walked on.')).toEqual([
      ["Margaret Holloway", "person", ['Margaret "Peggy" Holloway:name', "Holloway:partial"]],
    ]);
    expect(mentionsOf("Title\n\nHe left. Daniel “Danny” Lusk won in Velmar.")).toEqual([
      ["Daniel Lusk", "person", ["Daniel “Danny” Lusk:name"]],
      ["Velmar", "place", ["Velmar:name"]],
    ]);
  });

  it("reads the nickname as no one's quotation", () => {
    const quotes = (text: string) => analyzeArticle(text).quotes.map((q) => `${q.text}:${q.speakerName}`);
    expect(quotes('Title\n\nOn Monday, boxer Ivo "Jimmy" Lusk won in Velmar. "It was hard," Lusk said.')).toEqual(["It was hard,:Ivo Lusk"]);
    expect(quotes('Title\n\nMargaret "Peggy" Holloway set out. "I walked," she said.')).toEqual(["I walked,:Margaret Holloway"]);
  });

  it("joins nothing after a word that is no given name, around a quotation or a long title, or before a known place", () => {
    expect(mentionsOf('Title\n\nOn Monday, the band played Norvex "Gold" Tarvel songs.')).toEqual([
      ["Norvex", "other", ["Norvex:name"]],
      ["Tarvel", "other", ["Tarvel:name"]],
    ]);
    expect(mentionsOf('Title\n\nOn Monday, he told Ivo "Go home, now" Lusk said.')).toEqual([
      ["Ivo", "organization", ["Ivo:name"]],
      ["Lusk", "organization", ["Lusk:name"]],
    ]);
    expect(mentionsOf('Title\n\nOn Monday, Ivo "The Big Dream Of All Dreams Again" Lusk won.')).toEqual([
      ["Ivo", "other", ["Ivo:name"]],
      ["The Big Dream Of All Dreams Again", "other", ["The Big Dream Of All Dreams Again:name"]],
      ["Lusk", "other", ["Lusk:name"]],
    ]);
    expect(mentionsOf('Title\n\nOn Monday, they met Ivo "Big" London at the club.')).toEqual([
      ["Ivo", "other", ["Ivo:name"]],
      ["London", "place", ["London:name"]],
    ]);
  });
});
