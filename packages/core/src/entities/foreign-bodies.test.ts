import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

const entities = (body: string) => analyzeArticle(`Title\n\n${body}`).entities.map((e) => [e.name, e.type]);

describe("a body named in another language with lower-case words", () => {
  it("joins the opening word, the language's small and lower-case words and a place's name after a small word into one body", () => {
    expect(entities("On Monday, the Cour de cassation upheld the ruling of the Tribunal judiciaire de Paris.")).toEqual([
      ["Cour de cassation", "organization"],
      ["Tribunal judiciaire de Paris", "organization"],
    ]);
    expect(entities("On Monday, the Cour d'appel de Tarvel overturned a ruling of the Tribunal de grande instance de Velmar.")).toEqual([
      ["Cour d'appel de Tarvel", "organization"],
      ["Tribunal de grande instance de Velmar", "organization"],
    ]);
    expect(entities("On Monday, the Conseil constitutionnel struck down the law, and the Corte dei conti said it cost too much.")).toEqual([
      ["Conseil constitutionnel", "organization"],
      ["Corte dei conti", "organization"],
    ]);
  });

  it("leaves an English word after a body's name, a contraction and English's Latin out", () => {
    expect(entities("On Monday, the Office isn't open in Tarvel.")).toEqual([["Tarvel", "place"]]);
    expect(entities("On Monday, the Union de facto ruled the town of Tarvel.")).toEqual([["Tarvel", "place"]]);
    // (`regulator` is no word of the dictionary's lists, but a noun for a body)
    expect(entities("Telecom regulator fines Tarvel Mobile.")).toEqual([["Tarvel Mobile", "organization"]]);
    // (nor `synod`, the head word of bodies' names: `the General Synod`)
    expect(entities("Church synod votes to let Tarvel Abbey reopen.")).toEqual([["Tarvel Abbey", "place"]]);
    // (nor a closed compound of two everyday words: `fundraising`, `peacekeeping`)
    expect(entities("Then Hospice fundraising manager Ben Ode said it would help.")).toEqual([["Ben Ode", "person"]]);
    expect(entities("Then Union peacekeeping rose in Tarvel.")).toEqual([["Tarvel", "place"]]);
    // (nor is `forecasters`, people named for what they do)
    expect(entities("Government forecasters in Tarvel predicted a busy season.")).toEqual([["Tarvel", "place"]]);
  });
});
