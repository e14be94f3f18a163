import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";
import { layout } from "../text/layout.js";
import { classifyParagraphs } from "./header.js";

const roles = (text: string) => classifyParagraphs(text, layout(text).paragraphs).map((r) => r.role);

describe("classifyParagraphs", () => {
  it("reads a deck written as a sentence when a byline or a date still follows it", () => {
    const text = [
      "Ada Brook, Who Charted Glaciers, Dies at 88",
      "Her surveys of the ice fields showed how fast they were shrinking, though few listened at first.",
      "By Sam Otis",
      "March 3, 2025",
      "Ada Brook, a glaciologist, died on Feb. 24 at her home in Bozeman, Mont. She was 88.",
    ].join("\n\n");
    expect(roles(text)).toEqual(["headline", "deck", "byline", "stamp", "body"]);
  });

  it("reads the page's controls above the headline as furniture, and a photo's credit as the image's", () => {
    const text = "Skip to main content\nMenu\nSearch\n\nRiver bursts its banks in Carrowby\n\nAdvertisement\n\nRescue crews evacuated 400 people on Sunday after days of rain.\n\n(Photo: Getty Images)";
    expect(classifyParagraphs(text, layout(text).paragraphs).map((r) => r.boilerplate?.kind ?? r.role)).toEqual(["navigation", "navigation", "navigation", "headline", "advertisement", "body", "image"]);
  });

  it("reads the headline printed again over the story, and a section's label above it, as furniture, and the byline after them", () => {
    const kinds = (text: string) => classifyParagraphs(text, layout(text).paragraphs).map((r) => r.boilerplate?.kind ?? r.role);
    const page = "Court jails ex-minister | Tarvel Herald\n\nWorld\n\nCourt jails ex-minister\n\nBy Ana Ruiz\n\nPublished 14 March 2024\n\nA court has sentenced a former minister to nine years in prison.";
    expect(kinds(page)).toEqual(["headline", "navigation", "navigation", "byline", "stamp", "body"]);
    // (a label no list knows is read as the deck until the repeat shows it to be furniture)
    expect(kinds(page.replace("World", "Courts"))).toEqual(["headline", "navigation", "navigation", "byline", "stamp", "body"]);
    expect(kinds("Court jails ex-minister\n\nCOURT JAILS  EX-MINISTER\n\nBy Ana Ruiz\n\nA court has sentenced a former minister to nine years in prison.")).toEqual(["headline", "navigation", "byline", "body"]);
    // (a deck may still follow the repeat; one that opens with the headline's words, or whose words open it, is no repeat)
    expect(kinds("Court jails ex-minister | Tarvel Herald\n\nWorld\n\nCourt jails ex-minister\n\nHe took bribes for a decade\n\nBy Ana Ruiz\n\nA court has sentenced a former minister to nine years in prison.")).toEqual(["headline", "navigation", "navigation", "deck", "byline", "body"]);
    expect(kinds("Court jails ex-minister\n\nCourt jails ex-minister's aide too\n\nBy Ana Ruiz\n\nA court has sentenced a former minister to nine years in prison.")).toEqual(["headline", "deck", "byline", "body"]);
    expect(kinds("Court jails ex-minister for bribes\n\nCourt jails ex-minister\n\nBy Ana Ruiz\n\nA court has sentenced a former minister to nine years in prison.")).toEqual(["headline", "deck", "byline", "body"]);
  });

  it("reads a section's label alone under the headline as furniture, not the deck", () => {
    const kinds = (text: string) => classifyParagraphs(text, layout(text).paragraphs).map((r) => r.boilerplate?.kind ?? r.role);
    expect(kinds("Budget 2025: live updates\n\nLive\n\nUpdated 14:32 GMT\n\nThe Chancellor has finished her statement.")).toEqual(["headline", "navigation", "stamp", "body"]);
    expect(kinds("Budget 2025: what it means\n\nAnalysis\n\nThe tax rises fall on workers\n\nBy Ana Ruiz\n\nThe Chancellor raised taxes on Wednesday.")).toEqual(["headline", "navigation", "deck", "byline", "body"]);
  });

  it("reads a short sentence above a byline or a date as the headline, and a long one as the lead", () => {
    expect(roles("Q&A: Why are egg prices still so high?\n\nBy Dana Brenner\n\nApril 2, 2026\n\nEgg prices in the United States have more than doubled since January, economists say.")).toEqual(["headline", "byline", "stamp", "body"]);
    const lead = `Egg prices have more than doubled since January, even as outbreaks of bird flu have eased across the farms of the Midwest, and economists say shelves will stay costly until flocks are rebuilt.`;
    expect(roles(`${lead}\n\nApril 2, 2026`)).toEqual(["body", "stamp"]);
  });

  it("reads a short last paragraph under the byline as the story, not its deck", () => {
    expect(roles("Late winner\n\nBy Phil Mayhew at Wembley\n\nArsenal won the cup on Saturday.")).toEqual(["headline", "byline", "body"]);
  });

  it("keeps a sentence after the headline as the lead when no byline or date follows", () => {
    const text = ["Council Approves Budget", "The city council approved the budget on Monday after a long debate.", "The vote was 7-2."].join("\n\n");
    expect(roles(text)).toEqual(["headline", "body", "body"]);
  });

  it("reads an outlet's name on the line under the byline as the byline's outlet, and the same line elsewhere as a deck", () => {
    const text = "Nurses Strike at Three Hospitals\n\nBy Rebecca Tan\nAssociated Press\n\nCOLUMBUS, Ohio (AP) — About 2,400 nurses walked off the job on Thursday.";
    const classified = classifyParagraphs(text, layout(text).paragraphs);
    expect(classified.map((r) => r.role)).toEqual(["headline", "byline", "byline", "body"]);
    expect(classified[2]!.byline).toEqual({ authors: [], outlet: { name: "Associated Press", span: { start: 49, end: 65 } } });
    expect(analyzeArticle(text).structure.outlet).toMatchObject({ name: "Associated Press", from: "byline" });
    expect(roles("Nurses Strike at Three Hospitals\n\nAssociated Press\n\nAbout 2,400 nurses walked off the job on Thursday.")).toEqual(["headline", "deck", "body"]);
    // (a news service is an outlet too)
    const service = "Libraries to close\n\nBy Gemma Holloway\nLocal Democracy Reporting Service\n\nCouncillors voted on Tuesday to close two libraries.";
    expect(analyzeArticle(service).structure.outlet).toMatchObject({ name: "Local Democracy Reporting Service", from: "byline" });
  });

  it("reads a newspaper's name under the headline as the outlet when a date follows it, and as a deck when the story does", () => {
    const text = "Police log: stolen bikes and a loose goat\n\nThe Sarno Echo\n\nTuesday, June 10, 2025\n\nThe following incidents were reported to police.";
    expect(roles(text)).toEqual(["headline", "byline", "stamp", "body"]);
    expect(analyzeArticle(text).structure.outlet).toMatchObject({ name: "The Sarno Echo", from: "byline" });
    expect(roles("Police log\n\nThe Sarno Echo\n\nThe following incidents were reported to police.")).toEqual(["headline", "deck", "body"]);
    expect(roles("Police log\n\nStolen Bikes and a Loose Goat\n\nTuesday, June 10, 2025\n\nThe following incidents were reported.")).toEqual(["headline", "deck", "stamp", "body"]);
    expect(roles("Police log\n\nA Letter to the Post\n\nTuesday, June 10, 2025\n\nThe following incidents were reported.")).toEqual(["headline", "deck", "stamp", "body"]);
    // (a section's name beside the date is no outlet)
    const section = analyzeArticle("Bank chief quits\n\nWorld News | Nov 14, 2026\n\nThe governor resigned on Thursday, officials said.").structure;
    expect([section.byline, section.outlet, section.published?.value]).toEqual([undefined, undefined, "2026-11-14"]);
  });

  it("reads a line of one name and its job under the headline as the byline", () => {
    const text = "Budget vote passes\n\nHannah Okafor Political editor\n\nTue 10 Sep 2024 18.42 BST\n\nThe budget passed on Tuesday after a long debate in the chamber.";
    const model = analyzeArticle(text);
    expect(model.paragraphs.map((p) => p.role)).toEqual(["headline", "byline", "stamp", "body"]);
    expect(model.structure.authors.map((a) => a.text)).toEqual(["Hannah Okafor"]);
    expect(model.entities.map((e) => e.name)).toEqual([]);
  });

  it("reads the author's job or desk on the line under the byline as part of it, and names no entity in it", () => {
    const text = "Study links diet to sleep\n\nBy Tamsin Greer\nScience Correspondent\n\nPeople who eat late sleep less, a study found on Wednesday.";
    const classified = classifyParagraphs(text, layout(text).paragraphs);
    expect(classified.map((r) => r.role)).toEqual(["headline", "byline", "byline", "body"]);
    expect(classified[2]!.byline).toEqual({ authors: [] });
    const model = analyzeArticle(text);
    expect(model.structure.authors.map((a) => a.text)).toEqual(["Tamsin Greer"]);
    expect(model.entities.map((e) => e.name)).toEqual([]);
    const desk = analyzeArticle("Study links diet to sleep\n\nBy Tamsin Greer\nCulture Desk\n\nPeople who eat late sleep less, a study found on Wednesday.");
    expect(desk.paragraphs.map((p) => p.role)).toEqual(["headline", "byline", "byline", "body"]);
    expect(desk.entities.map((e) => e.name)).toEqual([]);
  });

  it("reads the bureau after the outlet under a byline, and relative times in the header, as header lines", () => {
    const text = "Nurse jailed for theft\n\nBy Hannah Okafor\nBBC News, Leeds\n\nPublished\n3 hours ago\n\nA nurse who stole painkillers from patients has been jailed for two years.";
    const classified = classifyParagraphs(text, layout(text).paragraphs);
    expect(classified.map((r) => [r.role, r.stamps?.length])).toEqual([["headline", undefined], ["byline", undefined], ["byline", undefined], ["stamp", 0], ["stamp", 0], ["body", undefined]]);
    expect(classified[2]!.byline!.outlet).toEqual({ name: "BBC News", span: { start: 41, end: 49 } });
    expect(roles("Nurse jailed for theft\n\nBy Hannah Okafor\n\nUpdated 5 minutes ago\n\nPublished 3 hours ago\n\nA nurse who stole painkillers from patients has been jailed.")).toEqual(["headline", "byline", "stamp", "stamp", "body"]);
    expect(roles("Nurse jailed for theft\n\nA nurse who stole painkillers from patients has been jailed.\n\nPublished\n\n3 hours ago")).toEqual(["headline", "body", "body", "body"]);

    expect(roles("LIVE: Vote count – results as they come\n\nUpdated 11:42 PM ET\n\n11:42 PM: The council has voted to close the library, its clerk said.")).toEqual(["headline", "stamp", "body"]);
    expect(roles("Ferry sinks\n\nLast updated at 09.15 GMT\n\nA ferry sank off the coast on Monday, the coastguard said in a statement.")).toEqual(["headline", "stamp", "body"]);
    // a live page's entries open with their times, as the last one does not end the page
    expect(roles("Budget: live updates\n\n14:05\nThe Chancellor confirms fuel duty will be frozen.\n\n1:41 pm\nThe Chancellor says the economy grew.\n\n12:58")).toEqual([
      "headline",
      "stamp",
      "body",
      "stamp",
      "body",
      "body",
    ]);
  });

  it("reads a live page's entries as a time, a heading and its text, the header ending at the first time", () => {
    const text =
      'Flood: live updates\n\nBy Ana Ruiz\n\n14:50\nCentre opens in Sarno\nThe hall is now open to residents leaving the lower town.\n\n14:31\nRail services suspended\nTarvel Rail has suspended all trains between Kelmo and Orvek.\n\n13:58\nMayor: "Stay away from the river"\nThe mayor told reporters the water had risen faster than in 2019.';
    expect(roles(text)).toEqual(["headline", "byline", "stamp", "subheading", "body", "stamp", "subheading", "body", "stamp", "subheading", "body"]);
    // (a quote under its speaker's label heads an entry only whole, as a headline quotes, not as a sentence ends)
    expect(roles(text.replace('"Stay away from the river"', '"Stay away from the river."')).slice(8)).toEqual(["stamp", "body", "body"]);
    // (a lone time under the headline is the page's, and the line under it its deck)
    expect(roles("Ferry sinks\n\n09:15\n\nCoastguard races to the rescue\n\nA ferry sank off the coast on Monday, the coastguard said in a statement.")).toEqual(["headline", "stamp", "deck", "body"]);
  });

  it("reads a one-line heading between body paragraphs as a subheading, when running text stands under it", () => {
    const text = [
      "Morning briefing: what to know today",
      "Good morning. Here is what you need to know to start your day on Monday.",
      "1. Halvik strike enters third week",
      "Rail workers in Halvik will stay off the job until at least Friday, their union said.",
      "What happens next",
      "The council will vote on the plan in June, and the mayor expects it to pass easily.",
      "Advertisement",
      "The mayor's view",
      "The mayor said the vote in June would settle the matter for a generation of residents.",
      "Ana Ruiz, Orsel",
      "Sir, the council is wrong to cut the number 12 bus, which my mother takes every week.",
      "— Kai Moss",
      "The bus has run since 1952 and carries more than 400 people on an ordinary weekday.",
      "2025",
      "The route lost money in every year since the council took it over from the old company.",
      "The council said on Monday that it would not vote on the plan until the spring",
      "Residents have until the end of the month to send their views to the council's transport office.",
      "Not everyone agrees.",
      "Some residents say the bus should be replaced by a cheaper service that volunteers would run.",
      "Ingredients",
      "250g plain flour",
      "Ivo Lusk in Halvik",
    ].join("\n\n");
    expect(roles(text)).toEqual(["headline", "body", "subheading", "body", "subheading", "body", "boilerplate", "subheading", "body", "body", "body", "body", "body", "body", "body", "body", "body", "body", "body", "body", "body", "body"]);
    expect(analyzeArticle(text).structure.subheadings).toEqual([2, 4, 7]);
    // (the body's first paragraph is its lead, however short)
    expect(roles("Strike ends\n\nA deck that tells what the story is about.\n\nBy Ana Ruiz\n\n3 March 2025\n\nHalvik rail strike over\n\nRail workers in Halvik went back to work on Monday after the union accepted the offer.")).toEqual(["headline", "deck", "byline", "stamp", "body", "body"]);
  });

  it("reads a short line under the byline and the dates as the first section's heading when other sections follow", () => {
    const text =
      "Fact check: Did the bill double?\n\nBy Mara Velt\n\nPublished 14 April 2025\n\nThe claim\n\nIn a televised debate on Sunday, Kai Moss said the bill had doubled under the government.\n\nOur verdict\n\nMisleading. The average bill rose by 38% between 2019 and 2024, official figures show.";
    expect(roles(text)).toEqual(["headline", "byline", "stamp", "subheading", "body", "subheading", "body"]);
    // (with no other section it is the deck, and so is one over the byline)
    expect(roles(text.replace("\n\nOur verdict", ""))).toEqual(["headline", "byline", "stamp", "deck", "body", "body"]);
    expect(roles(text.replace("By Mara Velt\n\nPublished 14 April 2025\n\nThe claim", "The claim\n\nBy Mara Velt\n\nPublished 14 April 2025"))).toEqual(["headline", "deck", "byline", "stamp", "body", "subheading", "body"]);
    expect(roles(text.replace("By Mara Velt\n\nPublished 14 April 2025\n\n", ""))).toEqual(["headline", "deck", "body", "subheading", "body"]);
    expect(roles(text.replace("Published 14 April 2025\n\nThe claim", "The claim\n\nPublished 14 April 2025"))).toEqual(["headline", "byline", "deck", "stamp", "body", "subheading", "body"]);
    // (nor is a deck that ends as a sentence does)
    expect(roles(text.replace("The claim", "A claim about the bill, checked."))).toEqual(["headline", "byline", "stamp", "deck", "body", "subheading", "body"]);
  });

  it("reads a short question in the header as the headline or the deck, and one between body paragraphs as a subheading unless a speaker's label opens it", () => {
    const text = [
      "What is the Halvik Accord and why does it matter?",
      "Leaders from 12 countries will meet in Halvik next week to sign a treaty on river pollution.",
      "Who is signing?",
      "Velmar, Kelmo and Dersk have all said they will sign the treaty when the leaders meet in Halvik.",
      "Q: Why sign now?",
      "Because the river cannot wait another ten years for the countries along it to agree on a plan.",
      "TOM HALE: What happens next?",
      "Each country has until 2030 to meet the targets, and a panel of scientists will check the figures.",
      "Update: Orvek to sign",
      "Orvek said on Monday that it would sign the treaty after all, in a change of heart that surprised many.",
    ].join("\n\n");
    expect(roles(text)).toEqual(["headline", "body", "subheading", "body", "body", "body", "body", "body", "subheading", "body"]);
    expect(roles(`Halvik Accord signed\n\nWhat does it mean for farmers?\n\n${text}`).slice(0, 3)).toEqual(["headline", "deck", "body"]);
    // (not a lead that asks and answers, a question too long for a headline, or two questions)
    expect(roles(`Why did the council close the Orvek library? Money, it says.\n\n${text}`)[0]).toBe("body");
    expect(roles(`Why did the council close the library on Orvek Road when readers in their thousands wanted it kept open?\n\n${text}`)[0]).toBe("body");
    expect(roles(`Why did the council close the library? And who decided?\n\n${text}`)[0]).toBe("body");
  });

  it("reads no subheading in a table's last row, right under another, however the running text follows it", () => {
    const text = [
      "Saturday's football results",
      "",
      "Tarvel Rovers moved top of the table on Saturday after Ivo Lusk scored twice in the second half.",
      "",
      "Tarvel Rovers 2-1 Halvik United",
      "Orvek Town 3-2 Velmar Wanderers",
      "",
      "Orvek Town came from 2-0 down to beat Velmar Wanderers, with Kai Moss scoring the winner late on.",
      "",
      "Sarno City 0-0 Dersk Athletic",
      "",
      "Next week",
      "",
      "Tarvel Rovers play Orvek Town at home, and a win would put them five points clear at the top.",
    ].join("\n");
    expect(roles(text)).toEqual(["headline", "body", "body", "body", "body", "body", "subheading", "body"]);
  });

  it("reads a line of names under the headline as the byline", () => {
    const text = ["Chip Maker Files for IPO", "Ian King and Dina Bass", "September 30, 2024", "(Bloomberg) -- A maker of chips filed for an initial public offering on Monday."].join("\n\n");
    const classified = classifyParagraphs(text, layout(text).paragraphs);
    expect(classified.map((r) => r.role)).toEqual(["headline", "byline", "stamp", "body"]);
    expect(classified[1]!.byline!.authors.map((a) => [a.name, text.slice(a.span.start, a.span.end)])).toEqual([
      ["Ian King", "Ian King"],
      ["Dina Bass", "Dina Bass"],
    ]);
  });

  it("reads a name line by its known family name, and the place it was filed from under it, as the byline", () => {
    const text = ["Party wins province in upset", "Santiago Pérez", "Rosario", "Monday 27 October 2025", "The governing party won a surprise victory in Sunday's midterm elections, officials said."].join("\n\n");
    const classified = classifyParagraphs(text, layout(text).paragraphs);
    expect(classified.map((r) => r.role)).toEqual(["headline", "byline", "byline", "stamp", "body"]);
    expect(classified[1]!.byline!.authors.map((a) => a.name)).toEqual(["Santiago Pérez"]);
    expect(classified[2]!.byline!.authors).toEqual([]);
  });

  it("reads a date after the place the story was filed from as a stamp", () => {
    const text = ["Novelist dies at 87", "By Ann Obi", "Mombasa, May 29, 2025", "The novelist died on Wednesday in a hospital, his family said."].join("\n\n");
    const classified = classifyParagraphs(text, layout(text).paragraphs);
    expect(classified.map((r) => r.role)).toEqual(["headline", "byline", "stamp", "body"]);
    const date = classified[2]!.stamps![0]!.date;
    expect([text.slice(date.start, date.end), date.year, date.month, date.day]).toEqual(["May 29, 2025", 2025, 5, 29]);
  });

  it.each([
    ["Nov 14, 2026 | By Rafael Quintero and Sun-hee Park", "By Rafael Quintero and Sun-hee Park", ["Rafael Quintero", "Sun-hee Park"], undefined, "published"],
    ["By Ann Obi · Updated 3:45 PM, Nov 14, 2026", "By Ann Obi", ["Ann Obi"], undefined, "updated"],
    ["By Ann Obi | Reuters | Nov 14, 2026", "By Ann Obi | Reuters", ["Ann Obi"], "Reuters", "published"],
    ["Nov 14, 2026 | By Ann Obi | Updated Nov 15, 2026", "By Ann Obi", ["Ann Obi"], undefined, "published"],
    ["Nov 14, 2026 | 3:45 PM | By Ann Obi", "By Ann Obi", ["Ann Obi"], undefined, "published"],
    ["Velmar Gazette | Nov 14, 2026", "Velmar Gazette", [], "Velmar Gazette", "published"],
  ])("reads a byline or a newspaper's name and the date beside it on one line as both: %s", (line, written, authors, outlet, kind) => {
    const text = ["Bank chief quits", line, "The governor resigned on Thursday, officials said."].join("\n\n");
    expect(roles(text)).toEqual(["headline", "stamp", "body"]);
    const { structure } = analyzeArticle(text);
    const stamp = structure.published ?? structure.updated[0];
    expect([structure.byline?.text, structure.authors.map((a) => a.text), structure.outlet?.name]).toEqual([written, authors, outlet]);
    expect([stamp?.value, stamp?.kind, stamp?.source]).toEqual(["2026-11-14", kind, "byline"]);
  });

  it("keeps a byline's dash before its outlet, with no date beside it, as the byline's", () => {
    const text = ["Bank chief quits", "By Ann Obi - Norvex Times", "The governor resigned on Thursday, officials said."].join("\n\n");
    expect(roles(text)).toEqual(["headline", "byline", "body"]);
    const { structure } = analyzeArticle(text);
    expect([structure.byline?.text, structure.authors.map((a) => a.text), structure.outlet?.name, structure.published]).toEqual(["By Ann Obi - Norvex Times", ["Ann Obi"], "Norvex Times", undefined]);
  });

  it("does not read names that are not a list of people as a byline", () => {
    const text = ["Talks Resume", "Obama and Iran", "WASHINGTON — Talks resumed on Monday between the two sides, officials said."].join("\n\n");
    expect(roles(text)).toEqual(["headline", "deck", "body"]);
  });

  it("reads an editor's correction above the headline as a note, and the line under it as the headline", () => {
    const text = ["Correction: An earlier version of this article misstated the age of Tomas Lindqvist.", "Shipbuilder wins Navy contract", "By Anna Berg | June 9, 2026", "STOCKHOLM — Kockums has won a contract, the ministry said on Tuesday."].join("\n\n");
    expect(roles(text)).toEqual(["boilerplate", "headline", "stamp", "body"]);
  });

  it("reads a correction's own headline, with no stop at its end, as the headline", () => {
    const text = ["Correction: Tarvel mayor did not attend fundraiser", "An earlier version of this article incorrectly stated that Mayor Ana Ruiz attended a fundraiser.", "The Daily Courier regrets the error."].join("\n\n");
    expect(roles(text)).toEqual(["headline", "boilerplate", "body"]);
  });

  it("reads an update stamp followed by the time it was first published", () => {
    const text = ["Bank holds rates", "Updated Nov 5, 2024 – 3.47pm, first published at 2.30pm", "The central bank left its rate on hold on Tuesday, its governor said."].join("\n\n");
    const classified = classifyParagraphs(text, layout(text).paragraphs);
    expect(classified.map((r) => r.role)).toEqual(["headline", "stamp", "body"]);
    expect(classified[1]!.stamps!.map((s) => [s.kind, s.date.year, s.date.month, s.date.day])).toEqual([["updated", 2024, 11, 5]]);
  });

  it("reads a stamp whose update a scrape glued to its time zone", () => {
    const text = ["Polls close", "Wire", "June 2, 2024 9:14 PM GMTUpdated 3 hours ago", "ORAN, June 2 (Wire) - Voters chose a new mayor on Sunday, officials said."].join("\n\n");
    const classified = classifyParagraphs(text, layout(text).paragraphs);
    expect(classified.map((r) => r.role)).toEqual(["headline", "deck", "stamp", "body"]);
    expect(classified[2]!.stamps!.map((s) => [s.kind, s.date.year, s.date.month, s.date.day])).toEqual([["published", 2024, 6, 2]]);
  });

  it("reads authors with the places they filed from as a byline, and a bare date over `First published on` as the update", () => {
    const text = [
      "Acme to buy Brill for $2bn",
      "Shares in target jump",
      "Jane Okafor in New York and Tom Riedel in Frankfurt",
      "Mon 14 Sep 2026 07.02 BST",
      "First published on Mon 14 Sep 2026 06.30 BST",
      "Acme has agreed to buy Brill, the companies said on Monday.",
    ].join("\n\n");
    expect(roles(text)).toEqual(["headline", "deck", "byline", "stamp", "stamp", "body"]);
    const { structure } = analyzeArticle(text);
    expect(structure.authors.map((a) => a.text)).toEqual(["Jane Okafor", "Tom Riedel"]);
    expect([structure.published?.range.start.line, structure.published?.kind]).toEqual([8, "published"]);
    expect(structure.updated.map((u) => [u.range.start.line, u.kind])).toEqual([[6, "updated"]]);
  });

  it("reads a dateline on a line of its own under the headline as the story's first paragraph, before a byline or after it", () => {
    expect(roles("Families arrive\n\nBy Ana Ruiz\n\nSARNO, Velmar — Saturday, 19 July 2025\n\nAmina stepped off the boat on Friday.")).toEqual(["headline", "byline", "body", "body"]);
    const text = "Families arrive\n\nSARNO, Velmar — 19 July 2025\n\nBy Ana Ruiz\n\nAmina stepped off the boat on Friday.";
    expect(roles(text)).toEqual(["headline", "body", "byline", "body"]);
    const { structure, dates } = analyzeArticle(text);
    expect([structure.dateline?.text, structure.dateline?.date?.value, structure.authors.map((a) => a.text)]).toEqual(["SARNO, Velmar — 19 July 2025", "2025-07-19", ["Ana Ruiz"]]);
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["19 July 2025", "2025-07-19"],
      ["Friday", "2025-07-18"],
    ]);
    const bare = analyzeArticle("Labour holds Kelvar West\n\nKELVAR, Friday 7 May 2021\n\nLabour held the seat after a recount on Friday.");
    expect([bare.structure.dateline?.place?.text, bare.dates.map((d) => [d.text, d.value])]).toEqual([
      "KELVAR",
      [
        ["Friday 7 May 2021", "2021-05-07"],
        ["Friday", "2021-05-07"],
      ],
    ]);
  });
  it("keeps a short line under the deck in the header when a byline follows it, and the first as the deck", () => {
    const text = "Night Road review – a thriller that rewards patience\n\n★★★★☆\n\nKelvar, 9pm, Sunday\n\nBy Ben Ode\n\nThere is a moment in the first episode when the camera lingers on a kettle.";
    expect(roles(text)).toEqual(["headline", "deck", "deck", "byline", "body"]);
    const { structure } = analyzeArticle(text);
    expect([structure.deck?.text, structure.authors.map((a) => a.text)]).toEqual(["★★★★☆", ["Ben Ode"]]);
    expect(roles("Night Road review\n\nA thriller that rewards patience\n\nKelvar, 9pm, Sunday\n\nThere is a moment in the first episode when the camera lingers on a kettle.")).toEqual(["headline", "deck", "body", "body"]);
  });
});
