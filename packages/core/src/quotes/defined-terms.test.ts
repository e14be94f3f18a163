import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

const quotes = (text: string) => analyzeArticle(text).quotes.map((q) => q.text);

describe("defined terms in quotation marks", () => {
  it("reads the terms a parenthesis after a name defines as no one's words", () => {
    const text =
      "Funding\n\nPITTSBURGH – Kestrel Robotics, Inc. (“Kestrel” or “the Company”) said it raised $60 million. The Consumer Financial Protection Bureau (the \"Bureau\") and the sellers (collectively, the “Sellers”) agreed.\n\n“We are growing,” said Ann Lee, its chief executive.\n";
    expect(quotes(text)).toEqual(["We are growing,"]);
  });

  it("keeps words quoted in a parenthesis after anything but a name, or beside other words, or a sentence", () => {
    const text =
      "Feud\n\nShe wrote a short reply (“Sad”) on Monday. The firm, Acme (“We never lose” is its motto), won. Tom Reed (“No comment.”) left. Ann Lee (“we will fight on every single beach”) won.\n";
    expect(quotes(text)).toEqual(["Sad", "We never lose", "No comment.", "we will fight on every single beach"]);
  });
});
