import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

const mentionsOf = (text: string) => analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => `${m.text}:${m.kind}`)]);

describe("a body of another language spelled out before its acronym", () => {
  it("joins the name's lower-case and small words into one body that the acronym names after", () => {
    expect(mentionsOf("Title\n\nOn Monday, the Agence nationale de sécurité du médicament (ANSM) said the pills were safe. The ANSM will review them.")).toEqual([
      ["Agence nationale de sécurité du médicament", "organization", ["Agence nationale de sécurité du médicament:name", "ANSM:acronym", "ANSM:acronym"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, the Bundesamt für Sicherheit in der Informationstechnik (BSI) said the attack was over.")).toEqual([
      ["Bundesamt für Sicherheit in der Informationstechnik", "organization", ["Bundesamt für Sicherheit in der Informationstechnik:name", "BSI:acronym"]],
    ]);
  });

  it("reads an elided word by the initial after its apostrophe, a hyphenated word by some of its parts, and a name that runs on past commas", () => {
    expect(mentionsOf("Title\n\nOn Monday, the Bureau d'enquêtes et d'analyses (BEA) said the plane stalled.")).toEqual([
      ["Bureau d'enquêtes et d'analyses", "organization", ["Bureau d'enquêtes et d'analyses:name", "BEA:acronym"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, the Syndicat des transports d'Île-de-France (STIF) raised fares.")).toEqual([
      ["Syndicat des transports d'Île-de-France", "organization", ["Syndicat des transports d'Île-de-France:name", "STIF:acronym"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, investigators from the Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF) raided a shop in Leeds.")).toEqual([
      ["Direction générale de la concurrence, de la consommation et de la répression des fraudes", "organization", ["Direction générale de la concurrence, de la consommation et de la répression des fraudes:name", "DGCCRF:acronym"]],
      ["Leeds", "place", ["Leeds:name"]],
    ]);
  });

  it("leaves an English term before its initials, words that do not spell the acronym and a name the runs read whole as they were", () => {
    expect(mentionsOf("Title\n\nOn Monday, a rare form of Creutzfeldt-Jakob disease (CJD) was found.")).toEqual([
      ["Creutzfeldt-Jakob", "other", ["Creutzfeldt-Jakob:name"]],
      ["CJD", "organization", ["CJD:name"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, visitors to the Musée de la ville (MVP) said it was closed.")).toEqual([
      ["Musée de la ville", "organization", ["Musée de la ville:name", "MVP:acronym"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, the lawyer Juan de la Cruz (JC) said no.")).toEqual([["Juan de la Cruz", "person", ["Juan de la Cruz:name", "JC:acronym"]]]);
  });
});
