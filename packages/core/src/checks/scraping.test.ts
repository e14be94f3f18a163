import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";
import { checkArticle } from "./run.js";

const siteNames = (text: string) => checkArticle("file:///a.txt", analyzeArticle(text)).filter((p) => p.code === "headline-site-name");

describe("headline-site-name", () => {
  it("flags the site's name after the headline and removes it, bar and all", () => {
    const [found, ...rest] = siteNames("\uFEFFFloods swamp the 🌊 markets - BBC News\r\n\r\nOn Monday, traders said the water rose overnight.");
    expect(rest).toEqual([]);
    expect(found!.message).toBe("The headline ends with '- BBC News', the site's name its page title carried; it is not part of the headline.");
    expect(found!.severity).toBe("hint");
    expect(found!.fixes).toEqual([
      { title: "Remove '- BBC News' from the headline", edits: [{ range: { start: { line: 0, character: 28 }, end: { line: 0, character: 39 } }, newText: "" }], preferred: true },
    ]);
  });

  it("flags the site's name before the headline and removes it, bar and all", () => {
    const [found, ...rest] = siteNames("\uFEFFTarvel Herald | Council approves €40m 🌊 harbour plan\r\n\r\nOn Tuesday, the council approved the plan.");
    expect(rest).toEqual([]);
    expect(found!.message).toBe("The headline begins with 'Tarvel Herald |', the site's name its page title carried; it is not part of the headline.");
    expect(found!.fixes).toEqual([
      { title: "Remove 'Tarvel Herald |' from the headline", edits: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 17 } }, newText: "" }], preferred: true },
    ]);
  });

  it("says nothing of a headline's own dash", () => {
    expect(siteNames("Ceasefire talks stall - Hamas official\n\nOn Monday, negotiators left the talks.")).toEqual([]);
  });
});

describe("scrape-image-slug", () => {
  it("names a slug a slug and a caption a caption", () => {
    const text = "Floods ease in Velmar\n\nFILE - Crews clear a road in Velmar, Tarvel, on March 3, 2025. (AP Photo/Tom Hale, File)\n\nVelmar_Floods_Wide\n\nResidents returned home on Wednesday.";
    const found = checkArticle("file:///a.txt", analyzeArticle(text)).filter((p) => p.code === "scrape-image-slug");
    expect(found.map((p) => p.message)).toEqual([
      "Photo caption or credit 'FILE - Crews clear a road in Velmar, Tarvel, on March 3, 2025. (AP Photo/Tom Hale, File)' left in the text by the scraper; it is not part of the article.",
      "Image file name or slug 'Velmar_Floods_Wide' left in the text by the scraper; it is not part of the article.",
    ]);
  });
});
