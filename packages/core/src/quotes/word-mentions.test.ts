import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

const quotes = (text: string) => analyzeArticle(text).quotes.map((q) => [q.text, q.speakerName]);

describe("words talked about in quotation marks", () => {
  it("reads a word a noun introduces, or one a phrase in apposition describes, as no one's words", () => {
    const text =
      "Words\n\nThe press chose “rizz”, a slang term for charm, over the word \"prompt\" and a nickname, \"the Beast\". The actor Tom Holland said he had \"no rizz whatsoever\".\n";
    expect(quotes(text)).toEqual([["no rizz whatsoever", "Tom Holland"]]);
  });

  it("reads a word spelt, or one a capitalised adjective's noun describes, as no one's words", () => {
    const text =
      "Bee\n\nAna Ruiz won by spelling \"psammophile\" correctly. Tom Hale stumbled on \"daviely\", a Scots word meaning listlessly. \"I know it now,\" Hale said.\n";
    expect(quotes(text)).toEqual([["I know it now,", "Tom Hale"]]);
  });

  it("keeps a short quote beside other words, a sentence, a word that is called something, and someone's words", () => {
    const text =
      "Words\n\nHe called the plan \"illicit\", a view the firm rejects. The firm printed the phrase \"We will win.\" on a sign. She called it \"a disgrace\", the mayor said. In his words, \"a farce\". In other words, \"no deal\". She gave her word, \"no new taxes\". He had a spell \"in the wilderness\".\n";
    expect(quotes(text).map(([q]) => q)).toEqual(["illicit", "We will win.", "a disgrace", "a farce", "no deal", "no new taxes", "in the wilderness"]);
  });
});
