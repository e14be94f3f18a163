import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/dossier.cjs", import.meta.url));
const repo = fileURLToPath(new URL("../../../", import.meta.url));

function dossier(args: string[], cwd = repo) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("dossier analyze", () => {
  it("prints the JSON contract for the seeds", () => {
    const r = dossier(["analyze", "--json", "seeds"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(["articles", "entities", "quoteLinks"]);
    const [a000, a004] = report.articles;
    expect(a000).toMatchObject({
      path: "seeds/000_d4a58aad8eaecd73.txt",
      headline: "Obama Shows Iran His Cards Before Nuclear Negotiations",
      authors: ["Elise Labott", "Jim Sciutto"],
      outlet: "CNN",
      published: "2014-11-07",
      dateline: "Washington",
    });
    expect(a004).toMatchObject({ headline: "Obama Sends Secret Letter To Iran About Joining The Fight Against ISIS", authors: [], outlet: "IBTimes", published: null, dateline: null });
    expect(Object.keys(a000.entities[0])).toEqual(["id", "name", "type", "aliases", "roles", "mentions"]);
    expect(Object.keys(a000.quotes[0])).toEqual(["text", "range", "speaker", "speakerName"]);
    expect(a004.dates.find((d: { text: string }) => d.text === "Nov. 24").value).toBe("2014-11-24");
    const earnest = a004.quotes.find((q: { text: string }) => q.text.startsWith("The United States will not"));
    expect(earnest).toEqual({
      text: "The United States will not cooperate militarily with Iran in that effort,",
      range: { start: { line: 8, character: 1 }, end: { line: 8, character: 74 } },
      speaker: "person:josh-earnest",
      speakerName: "Josh Earnest",
    });
    expect(report.quoteLinks.map((l: { kind: string }) => l.kind)).toEqual(["verbatim", "verbatim", "elided"]);
    const khamenei = report.entities.find((e: { name: string }) => e.name === "Ali Khamenei");
    expect(khamenei.articles).toEqual([
      { path: "seeds/000_d4a58aad8eaecd73.txt", entity: "person:khamenei" },
      { path: "seeds/004_e3265cdc9702e17a.txt", entity: "person:ali-khamenei" },
    ]);
  });

  it("lists an article's subheadings", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-cli-"));
    writeFileSync(join(dir, "a.txt"), "Five things to know\n\nGood morning. Here is what you need to know to start your day.\n\nStrike enters third week\n\nRail workers in Halvik will stay off the job until at least Friday.\n");
    const json = JSON.parse(dossier(["analyze", "--json", dir]).out);
    expect(json.articles[0].subheadings).toEqual(["Strike enters third week"]);
    expect(dossier(["analyze", dir]).out).toContain("sections   Strike enters third week");
  });

  it("prints a readable report", () => {
    const r = dossier(["analyze", "seeds/004_e3265cdc9702e17a.txt"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("headline   Obama Sends Secret Letter To Iran About Joining The Fight Against ISIS");
    expect(r.out).toContain("“I don’t trust the Iranians,” — John Boehner");
  });
});

describe("dossier check", () => {
  it("lists problems as path:line:col and exits 0 without errors", () => {
    const r = dossier(["check", "seeds"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toContain("seeds/000_d4a58aad8eaecd73.txt:12:16: warning dateline-glued The dateline 'Washington (CNN)' runs into the lead's first word; a space was lost in scraping.");
    expect(r.out).toContain("seeds/004_e3265cdc9702e17a.txt:3:140: warning entity-misspelling 'nP5+1' looks like a misspelling of P5+1");
  });

  it("exits 1 when a problem is an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-cli-"));
    writeFileSync(join(dir, "a.txt"), "Talks Stall\n\nOfficials said “nothing would change for now, and that was the end of it.\n\nThe talks will resume on Monday in Geneva, officials said.\n");
    const r = dossier(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("a.txt:3:16: error quote-unbalanced");
  });

  it("emits SARIF 2.1.0 with one rule per check", () => {
    const r = dossier(["check", "--format", "sarif", "seeds"]);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].tool.driver.rules.length).toBe(21);
    const glued = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "dateline-glued");
    expect(glued.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "seeds/000_d4a58aad8eaecd73.txt" },
      region: { startLine: 12, startColumn: 16, endLine: 12, endColumn: 18 },
    });
  });
});

describe("bad input", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-bad-"));
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 au lait\n", "latin1"));

  it.each([
    [["analyze", "nowhere/at/all"], "dossier: nowhere/at/all: no such file or directory"],
    [["analyze", join(dir, "empty")], "directory holds no .txt article files"],
    [["analyze", join(dir, "binary.txt")], "binary file (contains NUL bytes), not an article"],
    [["analyze", join(dir, "latin1.txt")], "file is not valid UTF-8 text"],
    [["frobnicate", "seeds"], "dossier: unknown command 'frobnicate'"],
    [["check", "--format", "xml", "seeds"], "unknown format 'xml'"],
  ])("%j gets a clear message, exit 2 and no stack trace", (args, message) => {
    const r = dossier(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
