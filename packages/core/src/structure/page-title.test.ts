import { describe, expect, it } from "vitest";
import { splitPageTitle } from "./page-title.js";

/** The headline, section and outlet a page title splits into, as text. */
function parts(title: string, knownOutlet?: string) {
  const split = splitPageTitle(title, { start: 0, end: title.length }, knownOutlet);
  if (split === undefined) return undefined;
  const read = (s: { start: number; end: number } | undefined) => s && title.slice(s.start, s.end);
  return { headline: read(split.headline), added: read(split.added), section: read(split.section), outlet: read(split.outlet) };
}

describe("splitPageTitle", () => {
  it("splits the site's name off after a bar", () => {
    expect(parts("Lagos traders count losses as floods swamp markets | Business Day")).toEqual({
      headline: "Lagos traders count losses as floods swamp markets",
      added: " | Business Day",
      section: undefined,
      outlet: "Business Day",
    });
  });

  it("reads the section between the headline and the site", () => {
    expect(parts("Why rates rise | Opinion | Financial Times")).toEqual({ headline: "Why rates rise", added: " | Opinion | Financial Times", section: "Opinion", outlet: "Financial Times" });
  });

  it("takes a dash only before an outlet's word, a web address or the outlet the article names elsewhere", () => {
    expect(parts("Brexit: what happens next? - BBC News")?.outlet).toBe("BBC News");
    expect(parts("Floods swamp markets in the city – The Irish Times")?.outlet).toBe("The Irish Times");
    expect(parts("Floods swamp markets in the city - nytimes.com")?.outlet).toBe("nytimes.com");
    expect(parts("Floods swamp markets in the city - NPR")).toBeUndefined();
    expect(parts("Floods swamp markets in the city - NPR", "NPR")?.outlet).toBe("NPR");
    expect(parts("Ceasefire talks stall - Hamas official")).toBeUndefined();
  });

  it("splits off a site's name before the headline only where it names an outlet", () => {
    expect(parts("Tarvel Herald | Council approves harbour plan")).toEqual({ headline: "Council approves harbour plan", added: "Tarvel Herald | ", section: undefined, outlet: "Tarvel Herald" });
    expect(parts("Sarno Rovers | Club statement on the manager")).toBeUndefined();
    expect(parts("Sarno Rovers | Club statement on the manager", "Sarno Rovers")?.outlet).toBe("Sarno Rovers");
    expect(parts("The Herald | Council plan")).toBeUndefined();
    expect(parts("Latest world news | Council approves harbour plan")).toBeUndefined();
    expect(parts("Tarvel Evening Herald News | Council approves plan")).toBeUndefined();
    expect(parts("Reuters | Talks stall", "Reuters")).toBeUndefined();
  });

  it("leaves breadcrumbs, labels and a headline's own words alone", () => {
    expect(parts("Home | News | World")).toBeUndefined();
    expect(parts("Ceasefire talks stall in the capital | Analysis")).toBeUndefined();
    expect(parts("New museum opens its doors | Culture")).toBeUndefined();
    expect(parts("Ukraine war: Russia strikes Kyiv - live updates")).toBeUndefined();
    expect(parts("The Letter | Time")).toBeUndefined();
    expect(parts("Floods swamp markets | Officials say the worst is over")).toBeUndefined();
  });
});
