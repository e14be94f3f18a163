import { describe, expect, it } from "vitest";
import { matchBoilerplate } from "./boilerplate.js";

describe("matchBoilerplate", () => {
  it("reads a copyright line's holder and year", () => {
    expect(matchBoilerplate("© Copyright IBTimes 2024. All rights reserved.")).toEqual({ kind: "copyright", holder: "IBTimes", year: 2024 });
    expect(matchBoilerplate("Copyright 2014 The Associated Press. All rights reserved.")).toEqual({
      kind: "copyright",
      holder: "The Associated Press",
      year: 2014,
    });
    expect(matchBoilerplate("(c) 2010-2015 Example Media")).toEqual({ kind: "copyright", holder: "Example Media", year: 2015 });
    expect(matchBoilerplate("Copyright 2024 Example News.")).toEqual({ kind: "copyright", holder: "Example News", year: 2024 });
  });

  it("recognises blog footers, share rows, ads, contributor lines and image slugs", () => {
    expect(matchBoilerplate("No comments:")?.kind).toBe("comments");
    expect(matchBoilerplate("(Reporting by Terje Solsvik in Oslo; Editing by Jan Harvey)")?.kind).toBe("contributors");
    expect(["Comments (112)", "Comments: 4", "Comments"].map((t) => matchBoilerplate(t)?.kind)).toEqual(["comments", "comments", "comments"]);
    expect(matchBoilerplate("Post a Comment")?.kind).toBe("comments");
    expect(["Share | Tweet | Email", "Save", "Share Save", "Share on Facebook Share on Twitter Share via Email", "Share on X · Copy link", "Share this post"].map((t) => matchBoilerplate(t)?.kind)).toEqual([
      "share",
      "share",
      "share",
      "share",
      "share",
      "share",
    ]);
    expect(["Share the load with others", "Email us on Monday", "Share on Monday"].map((t) => matchBoilerplate(t)?.kind)).toEqual([undefined, undefined, undefined]);
    expect(matchBoilerplate("Advertisement")?.kind).toBe("advertisement");
    expect(matchBoilerplate("Read more: Iran rejects talks")?.kind).toBe("navigation");
    expect(matchBoilerplate("CNN’s Stephen Collinson contributed to this report.")?.kind).toBe("contributors");
    expect(matchBoilerplate("Iran_Facebook_Cartoon_Wide")?.kind).toBe("image");
    expect(matchBoilerplate("khamenei-speech.jpg")?.kind).toBe("image");
    expect(
      ["(Photo: Getty Images)", "Image source, Reuters", "Image caption, Platforms at Leeds station were almost empty", "(AP Photo/Evan Vucci)", "Photo by Ann Lee/AFP", "AFP via Getty Images", "Getty Images"].map(
        (t) => matchBoilerplate(t)?.kind,
      ),
    ).toEqual(Array(7).fill("image"));
    expect(["Skip to main content", "Menu", "Search", "Sign in", "Toggle navigation"].map((t) => matchBoilerplate(t)?.kind)).toEqual(Array(5).fill("navigation"));
    expect(["Related Topics", "Tags: Iran, nuclear", "Our Standards: The Thomson Reuters Trust Principles."].map((t) => matchBoilerplate(t)?.kind)).toEqual(["navigation", "navigation", "navigation"]);
    expect(["Related News", "ALSO READ:", "You might also like", "Top Stories", "Trending Now"].map((t) => matchBoilerplate(t)?.kind)).toEqual(["navigation", "navigation", "navigation", "navigation", "navigation"]);
    expect(["Listen to this article", "Listen to story", "4 min read", "12-minute read", "Listen to the minister"].map((t) => matchBoilerplate(t)?.kind)).toEqual(["navigation", "navigation", "navigation", "navigation", undefined]);
    expect(["More from Business", "More from Tarvel & Velmar:", "More from the Velmar desk tonight on our site"].map((t) => matchBoilerplate(t)?.kind)).toEqual(["navigation", "navigation", undefined]);
  });

  it("recognises a caption that ends in its credit, but not prose that names a photograph", () => {
    expect(
      [
        "FILE - Rescue workers carry a woman through flood water in Velmar, Tarvel, on March 3, 2025, a week after the river burst its banks and thousands fled their homes in the night, many of them carrying only what they could hold. (AP Photo/Tom Hale, File)",
        "Fans wait outside the stadium. (Photo: Ana Ruiz)",
        "The minister said the plan (Photo ID cards for all) would cost $40 million.",
      ].map((t) => matchBoilerplate(t)?.kind),
    ).toEqual(["image", "image", undefined]);
    expect(
      ["Cawley Barracks near Gainsborough. The site was a depot until 2019. Photograph: Tom Pilston/The Guardian", "Crowds in the square. Illustration: Guardian Design", "She kept one photograph: her mother's."].map(
        (t) => matchBoilerplate(t)?.kind,
      ),
    ).toEqual(["image", "image", undefined]);
  });

  it("recognises a page's breadcrumbs, but not a headline with a bar or an arrow", () => {
    expect(["Home | News | World", "Home > Sport > Football", "News › World › Europe", "Ukraine war | Live updates", "Prices > wages, study finds"].map((t) => matchBoilerplate(t)?.kind)).toEqual([
      "navigation",
      "navigation",
      "navigation",
      undefined,
      undefined,
    ]);
  });

  it("recognises labelled links to other stories and credits to agencies", () => {
    expect(["Also Read: Rajasthan results: Gehlot resigns as CM", "RELATED: Council approves traffic cameras", "Don't miss | Ten things to know"].map((t) => matchBoilerplate(t)?.kind)).toEqual([
      "navigation",
      "navigation",
      "navigation",
    ]);
    expect(["(With inputs from PTI)", "With agency inputs", "(With additional reporting from Reuters)"].map((t) => matchBoilerplate(t)?.kind)).toEqual(["contributors", "contributors", "contributors"]);
    expect(["AP NFL: https://apnews.com/hub/nfl", "www.example.org/story", "For more information about the mission, visit: example.org/quillon"].map((t) => matchBoilerplate(t)?.kind)).toEqual([
      "navigation",
      "navigation",
      "navigation",
    ]);
    expect(matchBoilerplate("For more information, residents should call the council.")).toBeUndefined();
    expect(matchBoilerplate("Related stories were shared by officials.")).toBeUndefined();
    expect(matchBoilerplate("With inputs from farmers, the plan changed.")).toBeUndefined();
  });

  it("recognises a wire's notes, the print edition's line and a site's promotions", () => {
    const print = "A version of this article appears in print on March 4, 2025, Section B, Page 11 of the New York edition with the headline: Evelyn Hartsfield, 91, Who Mapped the Ocean Floor. Order Reprints | Today’s Paper | Subscribe";
    expect(print.length).toBeGreaterThan(200);
    expect(matchBoilerplate(print)?.kind).toBe("note");
    expect(["(Updates with details from filing in fifth paragraph.)", "(Adds analyst comment in 7th paragraph)"].map((t) => matchBoilerplate(t)?.kind)).toEqual(["note", "note"]);
    expect(matchBoilerplate("--With assistance from Katie Roof.")?.kind).toBe("contributors");
    expect(
      ["To contact the reporters on this story:", "To contact the editor responsible for this story: Jo Hale at jhale@example.net", "Ann Lee in London at alee@example.net", "tips@example.org"].map((t) => matchBoilerplate(t)?.kind),
    ).toEqual(["contributors", "contributors", "contributors", "contributors"]);
    expect(matchBoilerplate("Write to the council at info@example.org to object before May.")).toBeUndefined();
    expect(
      [
        "Contact Melissa Hartwell at mhartwell@example.com or 937-555-0142.",
        "Reach reporter Ann Lee at (614) 555-0100 or alee@example.com. Follow her on X @annlee.",
        "Tom O'Neil can be reached at toneil@example.com.",
        "Follow her on Instagram @annlee",
      ].map((t) => matchBoilerplate(t)?.kind),
    ).toEqual(["contributors", "contributors", "contributors", "share"]);
    expect(["Contact the Red Cross at 555-0100 if you need shelter.", "Reach out to Ann Lee at the clinic.", "Residents can be reached at home."].map((t) => matchBoilerplate(t))).toEqual([undefined, undefined, undefined]);
    expect(
      ["Most Read from Bloomberg", "Get poll alerts and updates on the AP Top 25 throughout the season. Sign up here.", "Get the latest headlines delivered to your inbox."].map((t) => matchBoilerplate(t)?.kind),
    ).toEqual(["navigation", "navigation", "navigation"]);
    expect(matchBoilerplate("Sign up to First Edition, our free daily newsletter")?.kind).toBe("navigation");
    expect(
      [
        "Get the best of our journalism delivered to your inbox every morning.",
        "Enter your email address",
        "By signing up you agree to our Terms and Privacy Policy.",
        "This article is for subscribers only. Already a subscriber? Log in",
        "Already a member? Sign in",
        "Subscribe now for unlimited access",
      ].map((t) => matchBoilerplate(t)?.kind),
    ).toEqual(Array(6).fill("navigation"));
    expect(
      ["Enter your email address and a code arrives, the bank said.", "By signing up you lose nothing, Kai Moss said.", "Subscribe for unlimited patience, she joked."].map((t) => matchBoilerplate(t)?.kind),
    ).toEqual([undefined, undefined, undefined]);
    expect(matchBoilerplate("Sign up to vote before the newsletter deadline, the council urged residents in a letter sent on Monday.")).toBeUndefined();
    expect(matchBoilerplate("(Updates are expected later.) The board met.")).toBeUndefined();
    expect(
      [
        "Forward-Looking Statements",
        "Cautionary Statement Regarding Forward-Looking Statements",
        "Safe Harbor Statement",
        "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.",
        "Statements in this release that are not historical facts are forward-looking statements. Such statements involve risks and uncertainties, including demand for our sensors, and actual results could differ materially from those projected. We undertake no duty to update them.",
        "Certain statements herein are forward-looking statements made under the safe harbor provisions of the law.",
        "In its forward-looking statements, Norvex said sales would fall in 2026, Kai Moss said.",
      ].map((t) => matchBoilerplate(t)?.kind),
    ).toEqual(["note", "note", "note", "note", "note", "note", undefined]);
    expect(matchBoilerplate("Most read from the report was the summary, she said.")).toBeUndefined();
    expect(
      [
        "Correction: An earlier version of this article misstated the age of Tomas Lindqvist. He is 52, not 53.",
        "Clarification (June 10): This story has been updated to say the vote was postponed.",
        "Editor’s note: This story contains descriptions of violence.",
        "An earlier version of this story gave the wrong date for the hearing.",
        "This article was corrected on Friday to fix a name.",
      ].map((t) => matchBoilerplate(t)?.kind),
    ).toEqual(["correction", "correction", "correction", "correction", "correction"]);
    expect(matchBoilerplate("Corrections officers said the inmate escaped on Friday.")).toBeUndefined();
    expect(["FOR IMMEDIATE RELEASE", "Press Release", "EMBARGOED UNTIL 00:01 GMT, 4 MARCH 2025", "###", "-30-"].map((t) => matchBoilerplate(t)?.kind)).toEqual(["note", "note", "note", "note", "note"]);
    expect(matchBoilerplate("Press release prices rise")).toBeUndefined();
  });

  it("reads a transcript's break and its stage directions in square brackets as no text of the article", () => {
    expect(matchBoilerplate("AD BREAK")).toEqual({ kind: "advertisement" });
    expect(matchBoilerplate("Commercial break")).toEqual({ kind: "advertisement" });
    expect(matchBoilerplate("[AD BREAK]")).toEqual({ kind: "note" });
    expect(matchBoilerplate("[CROSSTALK]")).toEqual({ kind: "note" });
    expect(matchBoilerplate("[Ivo Lusk] said the dam [at Sarno] would cost more.")).toBeUndefined();
  });

  it("reads an interview's note on its editing as a note", () => {
    expect(matchBoilerplate("This interview has been edited for length and clarity.")).toEqual({ kind: "note" });
    expect(matchBoilerplate("This conversation has been lightly edited and condensed for clarity.")).toEqual({ kind: "note" });
    expect(matchBoilerplate("Q&A edited for brevity")).toEqual({ kind: "note" });
    expect(matchBoilerplate("This interview has been edited and condensed.")).toEqual({ kind: "note" });
    expect(matchBoilerplate("The interview has been edited for length by the council's press office, Lusk said.")).toBeUndefined();
  });

  it("leaves article sentences alone", () => {
    expect(matchBoilerplate("The comments were widely shared by officials.")).toBeUndefined();
    expect(matchBoilerplate("Home prices rose 5 percent in the year.")).toBeUndefined();
    expect(matchBoilerplate("Read the statement, she said.")).toBeUndefined();
    expect(matchBoilerplate("Photo by photo, the archive was rebuilt.")).toBeUndefined();
    expect(matchBoilerplate("Search for survivors resumes")).toBeUndefined();
  });

  it("reads the desk's and editors' initials a wire story ends with as its contributors", () => {
    expect(["bur-fo/jhb", "sst/kma", "Bur-fo/jhb", "He left."].map((t) => matchBoilerplate(t)?.kind)).toEqual(["contributors", "contributors", undefined, undefined]);
  });
});
