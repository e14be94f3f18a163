import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient, waitFor } from "./client.js";

const SURNAMES = ["Abbot", "Brennan", "Castillo", "Dunmore", "Eriksen", "Fairweather", "Galloway", "Hollis"];
const article = (n: number) =>
  `Council ${n} Meets\n\nRiverton_Council_Photo_Wide\n\nMonday, March ${(n % 28) + 1}, 2021\n\nBy Staff Reporter\n\nRIVERTON (AP) — Councillor Mara ${SURNAMES[n % 8]}${n} voted on Friday with Mayor Helen Park against the plan.\n\n“We will not sign this budget,” ${SURNAMES[n % 8]}${n} said.\n`;

/** Enough articles that the server reads them on worker threads, with refused files among them. */
describe("indexing a large workspace on worker threads", () => {
  let client: TestClient;
  const files: Record<string, string | Buffer> = {};
  for (let n = 0; n < 240; n++) files[`articles/a${String(n).padStart(3, "0")}.txt`] = article(n);
  files["articles/binary.txt"] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]);
  files["articles/latin1.txt"] = Buffer.from("Caf\xe9 talks resumed on Monday, officials said.\n", "latin1");

  beforeAll(async () => {
    client = new TestClient({ files });
    await client.start();
  }, 60_000);
  afterAll(async () => client.stop());

  it("reads every article, links them and refuses what is not article text", async () => {
    expect(client.logs.find((l) => l.includes("indexed"))).toMatch(/^dossier: indexed 242 article\(s\) in \d+ ms on [1-4] worker thread\(s\); \d+ MB of heap in use, \d+ MB resident$/);
    const symbols = await client.request<{ name: string; containerName: string }[]>("workspace/symbol", { query: "Helen Park" });
    expect(symbols.map((s) => [s.name, s.containerName])).toEqual([["Helen Park", "person · 240 articles"]]);
    await waitFor(() => client.published.has(client.uri("articles/latin1.txt")));
    expect(client.published.get(client.uri("articles/binary.txt"))!.map((d) => d.code)).toEqual(["file-not-analysed"]);
    expect(client.published.get(client.uri("articles/latin1.txt"))!.map((d) => d.code)).toEqual(["file-not-analysed"]);
  });

  it("finds across worker-read articles what the main thread finds", async () => {
    const name = "articles/a007.txt";
    const column = client.text(name).split("\n")[8]!.indexOf("Helen Park") + 2;
    const refs = await client.request<{ uri: string }[]>("textDocument/references", { ...client.at(name, 8, column), context: { includeDeclaration: true } });
    expect(new Set(refs.map((r) => r.uri)).size).toBe(240);
    // the same text analysed on the main thread, once opened in the editor, gives the same problems
    const read = (uri: string) => client.published.get(uri)!.map((d) => [d.code, d.range.start.line, d.message]);
    const uri = client.uri(name);
    const before = read(uri);
    const count = client.publishCount.get(uri)!;
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: `${client.text(name)}\n` } });
    await waitFor(() => client.publishCount.get(uri)! > count);
    // `By Staff Reporter` names a job, not an author
    expect(before.map(([code]) => code)).toEqual(["article-no-byline", "scrape-image-slug"]);
    expect(read(uri)).toEqual(before);
  });
});

describe("references past dossier.maxReferences", () => {
  let client: TestClient;
  const files: Record<string, string> = {};
  for (let n = 0; n < 30; n++) files[`articles/a${String(n).padStart(3, "0")}.txt`] = article(n);

  beforeAll(async () => {
    client = new TestClient({ files, withSeeds: false, settings: { maxReferences: 10 } });
    await client.start();
  }, 60_000);
  afterAll(async () => client.stop());

  it("answers whole articles up to the limit, the asking one first, and says so in the log", async () => {
    const name = "articles/a020.txt";
    const column = client.text(name).split("\n")[8]!.indexOf("Helen Park") + 2;
    const refs = await client.request<{ uri: string; range: { start: { line: number } } }[]>("textDocument/references", { ...client.at(name, 8, column), context: { includeDeclaration: true } });
    const names = ["a000", "a001", "a002", "a003", "a004", "a005", "a006", "a007", "a008", "a020"];
    expect(refs.map((r) => [r.uri, r.range.start.line])).toEqual(names.map((n) => [client.uri(`articles/${n}.txt`), 8]));
    expect(client.logs).toContain("dossier: references: 10 of 30 locations answered, nearest articles first (dossier.maxReferences is 10; 0 answers all)");
  });
});
