import { describe, expect, it } from "vitest";
import { LowerCaseWords } from "./lower-words.js";
import { tokenize } from "./tokenize.js";

const words = (text: string) => new LowerCaseWords(text, tokenize(text));

describe("words an article writes in lower case", () => {
  it("answers for whole word tokens only", () => {
    const text = "The Festival opened. A festival-goer said the festivals were fine, case by case.";
    const lower = words(text);
    expect(["festival", "festivals", "case", "the", "goer", "opened", "fine"].map((w) => lower.has(w))).toEqual([false, true, true, true, false, true, true]);
  });

  it("does not count a capitalised word, nor a word that does not start lower-case", () => {
    const lower = words("Officials met officials' aides. 2014 «ibn» ëclair");
    expect(["officials", "Officials", "2014", "ibn", "ëclair", "aides", "met"].map((w) => lower.has(w))).toEqual([true, false, false, true, true, true, true]);
  });

  it("does not count the words of an e-mail or a web address", () => {
    const lower = words("Call Ben Ode, ben.ode@kelmo.com, or Ana, ana@kelmo.com, follow @dersk, or see www.tarvel.org/news and https://sarno.net/ruiz. The end.");
    expect(["ben", "ode", "ana", "dersk", "kelmo", "com", "www", "tarvel", "org", "news", "sarno", "ruiz", "https", "or", "end"].map((w) => lower.has(w))).toEqual([false, false, false, false, false, false, false, false, false, false, false, false, true, true, true]);
  });
});
