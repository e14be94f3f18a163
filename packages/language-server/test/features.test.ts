import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_000, SEED_004, TestClient, waitFor } from "./client.js";

const S000 = `seeds/${SEED_000}`;
const S004 = `seeds/${SEED_004}`;
let client: TestClient;

beforeAll(async () => {
  client = new TestClient();
  await client.start();
}, 30_000);
afterAll(async () => client.stop());

/** Position of the n-th occurrence of `needle` in a seed, plus `delta` characters. */
function find(name: string, needle: string, nth = 0, delta = 1) {
  const lines = client.text(name).split("\n");
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let at = lines[line]!.indexOf(needle);
    while (at >= 0) {
      if (seen++ === nth) return client.at(name, line, at + delta);
      at = lines[line]!.indexOf(needle, at + 1);
    }
  }
  throw new Error(`${needle} not found`);
}

describe("language server over stdio on the seeds", () => {
  it("hovers Khamenei in 000 with the full name and role that 004 gives", async () => {
    const hover = await client.request<{ contents: { value: string }; range: unknown }>("textDocument/hover", find(S000, "Khamenei"));
    expect(hover.contents.value).toContain("**Ali Khamenei** — person");
    expect(hover.contents.value).toContain("Roles: Supreme Leader of Iran · Ayatollah");
    expect(hover.range).toEqual({ start: { line: 45, character: 14 }, end: { line: 45, character: 22 } });
  });

  it("lists where else Earnest is named and his quotes, this article's first, five at most", async () => {
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", find(S004, "Earnest"));
    const lines = hover.contents.value.replaceAll(client.uri(S000), "000").replaceAll(client.uri(S004), "004").split("  \n");
    expect(lines.slice(3, 5)).toEqual(["Mentions: 1 here · 6 in 2 articles", `Elsewhere: [${SEED_000}](000#L27) (5)`]);
    expect(lines.slice(6).map((l) => l.replace(/“.*”/, "“…”"))).toEqual([
      "Quotes:",
      `- “…” — [${SEED_004}](004#L9)`,
      `- “…” — [${SEED_004}](004#L9)`,
      `- “…” — [${SEED_000}](000#L27)`,
      `- “…” — [${SEED_000}](000#L31)`,
      `- “…” — [${SEED_000}](000#L31)`,
      "- and 1 more",
    ]);
  });

  it("goes from Khamenei in 000 to his full name in 004", async () => {
    const def = await client.request("textDocument/definition", find(S000, "Khamenei"));
    expect(def).toEqual({ uri: client.uri(S004), range: { start: { line: 1, character: 63 }, end: { line: 1, character: 75 } } });
  });

  it("follows an edit before the name it goes to", async () => {
    const uri = client.uri(S004);
    await client.request("textDocument/definition", find(S000, "Khamenei"));
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: client.text(S004) } });
    await client.notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, text: "very " }] });
    // a request on the edited article analyses its pending edit
    await client.request("textDocument/documentSymbol", { textDocument: { uri } });
    const def = await client.request("textDocument/definition", find(S000, "Khamenei"));
    await client.notify("textDocument/didClose", { textDocument: { uri } });
    expect(def).toEqual({ uri, range: { start: { line: 1, character: 68 }, end: { line: 1, character: 80 } } });
  });

  it("finds references to Josh Earnest in both seeds", async () => {
    const refs = await client.request<{ uri: string; range: { start: { line: number } } }[]>("textDocument/references", { ...find(S000, "Josh Earnest"), context: { includeDeclaration: true } });
    expect(refs.map((r) => [r.uri.endsWith(SEED_000) ? "000" : "004", r.range.start.line])).toEqual([
      ["000", 26],
      ["000", 28],
      // `saying he would not talk`: the pronoun is a reference too
      ["000", 28],
      ["000", 30],
      ["000", 39],
      ["004", 8],
    ]);
  });

  it("hovers a pronoun with the person it stands for", async () => {
    const hover = await client.request<{ contents: { value: string }; range: unknown }>("textDocument/hover", find(S000, "saying he would", 0, 8));
    expect(hover.contents.value).toContain("**Josh Earnest** — person");
    expect(hover.range).toEqual({ start: { line: 28, character: 53 }, end: { line: 28, character: 55 } });
  });

  it("shows on the Earnest quote in 004 its two places in 000", async () => {
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", find(S004, "\"The United States will not", 0, 3));
    expect(hover.contents.value).toContain("Speaker: **Josh Earnest** (White House spokesman)");
    expect(hover.contents.value.match(/000_d4a58aad8eaecd73\.txt\]\(file:[^)]+#L(\d+)\)/g)?.map((m) => m.replace(/.*#L/, "").replace(")", ""))).toEqual(["27", "40"]);
  });

  it("resolves a relative date on hover and in an inlay hint", async () => {
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", find(S000, "Thursday", 1));
    expect(hover.contents.value).toContain("**2014-11-06** (Thursday)");
    const hints = await client.request<{ label: string; position: { line: number } }[]>("textDocument/inlayHint", {
      textDocument: { uri: client.uri(S000) },
      range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } },
    });
    expect(hints.filter((h) => h.label.startsWith(":")).map((h) => [h.position.line, h.label])).toEqual([
      [22, ": 2014-11-06"],
      [26, ": 2014-11-06"],
      [37, ": 2014"],
      [45, ": 2014-09"],
      [51, ": 2014-11"],
    ]);
    // a speaker hint only where the text does not name the speaker: `she said`, continued quotes
    // (line 50's first quote is `Khamenei said, according to FARS, “…”`: named, so no hint)
    expect(hints.filter((h) => h.label.startsWith("—")).map((h) => [h.position.line, h.label])).toEqual([
      [30, "— Josh Earnest"],
      [35, "— Jen Psaki"],
      [35, "— Jen Psaki"],
      [48, "— Khamenei"],
    ]);
  });

  it("hovers an interview's answer under its question with the interviewee", async () => {
    const uri = client.uri("articles/interview.txt");
    const text = [
      "Eva Lind on her first restaurant",
      "By Tom Hale",
      "Eva Lind opened Orsel, her restaurant in Kelmo, in March. Eight months on, it has a waiting list of six weeks.",
      "How did you start cooking?",
      "My grandmother ran a cafe in Sarno and I spent every summer there.",
      "Did you train as a chef?",
      "Never. I studied law in Dersk and worked for a firm in Velmar for five years.",
      "",
    ].join("\n\n");
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: { line: 12, character: 10 } });
    expect(hover.contents.value).toContain("Speaker: **Eva Lind** — their answer to the interview's question");
    await client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("hovers a week with the Monday it starts on", async () => {
    const uri = client.uri("articles/weekly.txt");
    const text = "Council vote delayed\n\nPublished: Friday, March 7, 2025\n\nThe council said last week that it would vote in two weeks.\n";
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: { line: 4, character: 22 } });
    expect(hover.contents.value.split("  \n")[0]).toBe("**2025-W09** (the week of Monday 2025-02-24)");
    await client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("hovers a decade with its years", async () => {
    const uri = client.uri("articles/decade.txt");
    const text = "Mill town revived\n\nThe mill closed in the late 1990s.\n";
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 30 } });
    expect(hover.contents.value.split("  \n")).toEqual(["**199X** (the 1990s)", "Written out in full."]);
    await client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("hovers a season with its name and year", async () => {
    const uri = client.uri("articles/season.txt");
    const text = "Retrial set\n\nPublished: Tuesday, November 17, 2026\n\nThe retrial will likely start next spring.\n";
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: { line: 4, character: 36 } });
    expect(hover.contents.value.split("  \n")).toEqual(["**2027-21** (spring 2027)", "Read from “next spring” (future tense) against this article's published date, 2026-11-17."]);
    await client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("hovers a date read against a wire dateline whose year the lead's weekday fixes", async () => {
    const uri = client.uri("articles/wire.txt");
    const text = "Pell cuts jobs\n\nPORTLAND, Oct 27 (Reuters) - Pell Systems said on Monday it would cut 900 jobs. It cut 400 in 2023 and will hire again next year.\n";
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 122 } });
    expect(hover.contents.value.split("  \n")).toEqual([
      "**2026**",
      "Read from “next year” (future tense) against this article's dateline date, its year inferred from the lead's weekday, 2025-10-27.",
    ]);
    await client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("hovers a holiday with its day and hints the day after it", async () => {
    const uri = client.uri("articles/holiday.txt");
    const text = "Ferry timetable changes\n\nPublished: Monday, January 10, 2022\n\nFerries will not sail on Good Friday, as on Boxing Day 2020.\n";
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: { line: 4, character: 30 } });
    expect(hover.contents.value.split("  \n")).toEqual(["**2022-04-15** (Friday)", "Read from “Good Friday” (future tense) against this article's published date, 2022-01-10."]);
    const yearly = await client.request<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: { line: 4, character: 50 } });
    expect(yearly.contents.value.split("  \n")).toEqual(["**2020-12-26** (Saturday)", "Boxing Day in the year written after it."]);
    const hints = await client.request<{ label: string; position: { line: number; character: number } }[]>("textDocument/inlayHint", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } },
    });
    expect(hints.map((h) => [h.position.line, h.position.character, h.label])).toEqual([
      [4, 36, ": 2022-04-15"],
      [4, 59, ": 2020-12-26"],
    ]);
    await client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("highlights, renames across articles, and never writes a file", async () => {
    const before = client.text(S004);
    const highlights = await client.request<unknown[]>("textDocument/documentHighlight", find(S000, "Earnest", 1));
    // four names and the `he` that stands for him; the rename leaves the pronoun alone
    expect(highlights).toHaveLength(5);
    const prep = await client.request("textDocument/prepareRename", find(S000, "Earnest", 1));
    expect(prep).toEqual({ range: { start: { line: 28, character: 0 }, end: { line: 28, character: 7 } }, placeholder: "Earnest" });
    const edit = await client.request<{ changes: Record<string, { newText: string }[]> }>("textDocument/rename", { ...find(S000, "Earnest", 1), newName: "Ernest" });
    expect(Object.keys(edit.changes).map((u) => u.slice(-8)).sort()).toEqual(["cd73.txt", "e17a.txt"]);
    expect(edit.changes[client.uri(S000)]!.map((e) => e.newText)).toEqual(["Ernest", "Ernest", "Ernest", "Ernest"]);
    expect(client.text(S004)).toBe(before);
  });

  it("outlines and folds the paragraphs under each subheading as its section", async () => {
    const uri = client.uri("articles/briefing.txt");
    const text = "Five things to know\n\nGood morning. Here is what you need to know to start your day.\n\n1. Halvik strike enters third week\nRail workers in Halvik will stay off the job until at least Friday.\n\nTheir union said talks had failed again.\n\n2. Norvex to cut jobs\nThe chipmaker said it would close two plants by June, blaming weak demand.\n";
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    type Outline = { name: string; detail?: string; range: { start: { line: number }; end: { line: number } }; children?: Outline[] };
    const symbols = await client.request<Outline[]>("textDocument/documentSymbol", { textDocument: { uri } });
    const paragraphs = symbols.find((s) => s.name === "Paragraphs")!;
    expect(paragraphs.detail).toBe("4");
    expect(paragraphs.children!.map((c) => [c.name, c.detail, c.range.start.line, c.range.end.line, c.children?.map((p) => p.name)])).toEqual([
      ["¶1 Good morning. Here is what you need to know to st…", undefined, 2, 2, undefined],
      ["1. Halvik strike enters third week", "section", 4, 7, ["¶2 Rail workers in Halvik will stay off the job unti…", "¶3 Their union said talks had failed again."]],
      ["2. Norvex to cut jobs", "section", 9, 10, ["¶4 The chipmaker said it would close two plants by J…"]],
    ]);
    const folds = await client.request<{ startLine: number; endLine: number }[]>("textDocument/foldingRange", { textDocument: { uri } });
    expect(folds.map((f) => [f.startLine, f.endLine])).toEqual([
      [0, 1],
      [4, 7],
      [9, 10],
    ]);
    await client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("outlines the article and lists workspace symbols", async () => {
    const symbols = await client.request<{ name: string; children?: { name: string }[] }[]>("textDocument/documentSymbol", { textDocument: { uri: client.uri(S000) } });
    expect(symbols.map((s) => s.name)).toEqual([
      "Obama Shows Iran His Cards Before Nuclear Negotiations",
      "By Elise Labott and Jim Sciutto, CNN",
      "Paragraphs",
      "People",
      "Organizations",
      "Places",
      "Groups",
      "Quotes",
    ]);
    expect(symbols.find((s) => s.name === "Quotes")!.children!.map((c) => c.name)).toEqual([
      "Dan Pfeiffer",
      "anonymous (this official)",
      "Lloyd Austin",
      "Josh Earnest",
      "John McCain",
      "Jen Psaki",
      "John Kerry",
      "Khamenei",
    ]);
    const ws = await client.request<{ name: string; location: { uri: string } }[]>("workspace/symbol", { query: "khamen" });
    expect(ws.map((s) => [s.name, s.location.uri.slice(-8)])).toEqual([["Ali Khamenei", "e17a.txt"]]);
  });

  it("colours entities, quotes and dates with semantic tokens", async () => {
    const tokens = await client.request<{ data: number[] }>("textDocument/semanticTokens/full", { textDocument: { uri: client.uri(S004) } });
    // first token: "Obama" in the headline, a person (class)
    expect(tokens.data.slice(0, 5)).toEqual([0, 0, 5, 0, 0]);
    expect(tokens.data.length % 5).toBe(0);
  });

  it("completes entity names, folds paragraphs and shows code lenses", async () => {
    const items = await client.request<{ label: string }[]>("textDocument/completion", find(S000, "Khamenei", 0, 5));
    expect(items.map((i) => i.label)).toContain("Khamenei");
    const folds = await client.request<{ startLine: number; endLine: number }[]>("textDocument/foldingRange", { textDocument: { uri: client.uri(S000) } });
    expect(folds).toContainEqual({ startLine: 19, endLine: 20 });
    const lenses = await client.request<{ command: { title: string } }[]>("textDocument/codeLens", { textDocument: { uri: client.uri(S004) } });
    // people named in the body: Barack Obama, Ali Khamenei, John Boehner, Josh Earnest
    expect(lenses.map((l) => l.command.title)).toEqual(["15 mentions in 2 articles", "12 mentions in 2 articles", "1 mention in 1 article", "6 mentions in 2 articles"]);
  });

  it("publishes the seeds' problems and offers quick fixes", async () => {
    await waitFor(() => client.published.has(client.uri(S000)) && client.published.has(client.uri(S004)));
    const codes = (name: string) => client.published.get(client.uri(name))!.map((d) => d.code);
    expect(codes(S000)).toEqual([
      "entity-variant-names",
      "scrape-image-slug",
      "date-updated-before-published",
      "dateline-glued",
      "sourcing-anonymous",
      "paragraph-hard-wrap",
      "paragraph-missing-blank-line",
      "quote-wording-differs",
      "paragraph-missing-blank-line",
      "paragraph-missing-blank-line",
      "scrape-boilerplate",
      "scrape-boilerplate",
    ]);
    expect(codes(S004)).toContain("entity-misspelling");
    expect(codes(S004)).toContain("date-copyright-conflict");
    const glued = client.published.get(client.uri(S000))!.find((d) => d.code === "dateline-glued")!;
    const actions = await client.request<{ title: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri: client.uri(S000) },
      range: glued.range,
      context: { diagnostics: [glued] },
    });
    expect(actions.map((a) => [a.title, a.edit.changes[client.uri(S000)]])).toEqual([
      ["Insert a space after the dateline", [{ range: { start: { line: 11, character: 16 }, end: { line: 11, character: 16 } }, newText: " " }]],
    ]);
  });

  it("answers null for unknown documents and out-of-range positions", async () => {
    expect(await client.request("textDocument/hover", { textDocument: { uri: "file:///nowhere.txt" }, position: { line: 0, character: 0 } })).toBeNull();
    expect(await client.request("textDocument/hover", client.at(S000, 999, 0))).toBeNull();
    expect(await client.request("textDocument/definition", client.at(S000, 0, 9999))).toBeNull();
  });
});
