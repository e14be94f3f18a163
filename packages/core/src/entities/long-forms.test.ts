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

  it("joins an English name that one lower-case word split (`to`, `products`), where its capitalised words spell the acronym", () => {
    expect(mentionsOf("Title\n\nOn Monday, the Royal Society for the Prevention of Cruelty to Animals (RSPCA) said the dogs were safe.")).toEqual([
      ["Royal Society for the Prevention of Cruelty to Animals", "organization", ["Royal Society for the Prevention of Cruelty to Animals:name", "RSPCA:acronym"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, the Medicines and Healthcare products Regulatory Agency (MHRA) said the pills were safe.")).toEqual([
      ["Medicines and Healthcare products Regulatory Agency", "organization", ["Medicines and Healthcare products Regulatory Agency:name", "MHRA:acronym"]],
    ]);
  });

  it("lets an English name's acronym pass over one capitalised word next to `and`, and joins a person's name of everyday words it holds", () => {
    expect(mentionsOf("Title\n\nOn Monday, the National Institute for Health and Care Excellence (NICE) said no. NICE said more.")).toEqual([
      ["National Institute for Health and Care Excellence", "organization", ["National Institute for Health and Care Excellence:name", "NICE:acronym", "NICE:acronym"]],
    ]);
    // (a word elsewhere gives its letter: `Tarvel` passed over would join the two names across `told`)
    expect(mentionsOf("Title\n\nOn Monday, Velmar Bank told Tarvel Holdings (VBH) no.")).toEqual([
      ["Velmar Bank", "organization", ["Velmar Bank:name"]],
      ["Tarvel Holdings", "organization", ["Tarvel Holdings:name", "VBH:acronym"]],
    ]);
  });

  it("lets a word of initials give all its letters to an English name's acronym", () => {
    expect(mentionsOf("Title\n\nOn Monday, UK Research and Innovation (UKRI) said no.")).toEqual([
      ["UK Research and Innovation", "organization", ["UK Research and Innovation:name", "UKRI:acronym"]],
    ]);
  });

  it("joins no English names across two lower-case words, into a person's name, for an acronym of two letters or from or to a word no name holds", () => {
    expect(mentionsOf("Title\n\nOn Monday, Velmar Bank sold shares to Tarvel Holdings (VBTH).")).toEqual([
      ["Velmar Bank", "organization", ["Velmar Bank:name"]],
      ["Tarvel Holdings", "organization", ["Tarvel Holdings:name", "VBTH:acronym"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, the Norvex chief Ivo Lusk (NIL) said no.")).toEqual([
      ["Norvex", "organization", ["Norvex:name"]],
      ["Ivo Lusk", "person", ["Ivo Lusk:name"]],
      ["NIL", "organization", ["NIL:name"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, Velmar told Tarvel (VT) no.")).toEqual([
      ["Velmar", "organization", ["Velmar:name"]],
      ["Tarvel", "organization", ["Tarvel:name", "VT:acronym"]],
    ]);
    expect(mentionsOf("Title\n\nOfficials of Velmar and Tarvel Holdings (OVTH) said no on Monday.")).toEqual([
      ["Velmar and Tarvel Holdings", "organization", ["Velmar and Tarvel Holdings:name", "OVTH:acronym"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, Velmar, Tarvel and Sarno brands (VTS) sold well.")).toEqual([
      ["Velmar", "organization", ["Velmar:name"]],
      ["Tarvel", "organization", ["Tarvel:name"]],
      ["Sarno", "organization", ["Sarno:name"]],
      ["VTS", "organization", ["VTS:name"]],
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
