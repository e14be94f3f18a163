import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_000, TestClient, seedsDir, waitFor } from "./client.js";

/** Every file under a folder with its modification time. */
const snapshot = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? snapshot(join(dir, e.name)) : [`${join(dir, e.name)}:${statSync(join(dir, e.name)).mtimeMs}`]));

describe("robustness over stdio", () => {
  let client: TestClient;
  let initialFiles: string[] = [];
  const big = "Filler text for a file that is too large. ".repeat(140_000);

  beforeAll(async () => {
    client = new TestClient({
      files: {
        "articles/binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        "articles/latin1.txt": Buffer.from("Caf\xe9 talks resumed on Monday, officials said.\n", "latin1"),
        "articles/huge.txt": big,
        "notes/readme.txt": "Not an article: outside the include globs.",
      },
    });
    await client.start();
    initialFiles = snapshot(client.root);
  }, 30_000);
  afterAll(async () => client.stop());

  it("gives files it cannot analyse one clear diagnostic each and skips files outside the globs", async () => {
    await waitFor(() => client.published.has(client.uri("articles/huge.txt")));
    const only = (name: string) => client.published.get(client.uri(name))!.map((d) => [d.code, d.message]);
    expect(only("articles/binary.txt")).toEqual([["file-not-analysed", "This file is binary, not article text; it is not analysed."]]);
    expect(only("articles/latin1.txt")).toEqual([["file-not-analysed", "This file is not valid UTF-8 text; it is not analysed. Re-save it as UTF-8."]]);
    expect(only("articles/huge.txt")).toEqual([["file-not-analysed", "This file is 5.6 MB, larger than dossier.maxFileSize (5 MB); it is not analysed."]]);
    expect(client.published.has(client.uri("notes/readme.txt"))).toBe(false);
  });

  it("answers with UTF-16 positions for CRLF, a BOM and astral characters", async () => {
    const uri = "untitled:crlf.txt";
    const text = "\uFEFFTalks 🚀 Resume\r\n\r\nWASHINGTON (AP) — 😀 President Barack Obama said on Monday that talks with Iran would go on.\r\n";
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    const line = "WASHINGTON (AP) — 😀 President Barack Obama said on Monday that talks with Iran would go on.";
    const at = line.indexOf("Obama");
    const hover = await client.request<{ contents: { value: string }; range: unknown }>("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: at + 1 } });
    expect(hover.contents.value).toContain("**Barack Obama** — person");
    expect(hover.range).toEqual({ start: { line: 2, character: at - 7 }, end: { line: 2, character: at + 5 } });
    expect(at).toBe(38);
  });

  it("leaves 1,000 rapid incremental edits with the same results as a fresh analysis", async () => {
    const original = readFileSync(join(seedsDir, SEED_000), "utf8");
    const uri = "untitled:edited.txt";
    await client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: original } });
    let text = original;
    let version = 1;
    for (let i = 0; i < 1000; i++) {
      // type and delete characters at the start of line 11, then finally insert the dateline's missing space
      const insert = i % 2 === 0;
      const range = insert ? { start: { line: 11, character: 16 }, end: { line: 11, character: 16 } } : { start: { line: 11, character: 16 }, end: { line: 11, character: 17 } };
      const change = { range, text: insert ? "x" : "" };
      text = insert ? text.replace("Washington (CNN)", "Washington (CNN)x") : text.replace("Washington (CNN)x", "Washington (CNN)");
      await client.notify("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [change] });
    }
    await client.notify("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: { line: 11, character: 16 }, end: { line: 11, character: 16 } }, text: " " }] });
    text = text.replace("Washington (CNN)", "Washington (CNN) ");
    const fresh = "untitled:fresh.txt";
    await client.notify("textDocument/didOpen", { textDocument: { uri: fresh, languageId: "plaintext", version: 1, text } });
    for (const method of ["textDocument/documentSymbol", "textDocument/semanticTokens/full", "textDocument/foldingRange"]) {
      const a = await client.request(method, { textDocument: { uri } });
      const b = await client.request(method, { textDocument: { uri: fresh } });
      expect(a).toEqual(b);
    }
  });

  it("survives malformed JSON-RPC and unknown methods", async () => {
    client.process.stdin.write("Content-Length: 9\r\n\r\n{garbage}");
    await expect(client.request("dossier/noSuchMethod", {})).rejects.toThrow();
    const hover = await client.request<{ contents: { value: string } } | null>("textDocument/hover", client.at(`seeds/${SEED_000}`, 45, 16));
    expect(hover?.contents.value).toContain("Khamenei");
    expect(client.process.exitCode).toBeNull();
  });

  it("never writes a file in the workspace, whatever it was asked", async () => {
    await client.request("textDocument/rename", { ...client.at(`seeds/${SEED_000}`, 45, 16), newName: "Khamenei2" });
    await client.request("textDocument/codeAction", { textDocument: { uri: client.uri(`seeds/${SEED_000}`) }, range: { start: { line: 11, character: 0 }, end: { line: 11, character: 20 } }, context: { diagnostics: [] } });
    expect(snapshot(client.root)).toEqual(initialFiles);
    expect(initialFiles.length).toBe(6);
  });
});

describe("pull diagnostics", () => {
  it("answers textDocument/diagnostic when the client pulls", async () => {
    const client = new TestClient();
    try {
      const init = await client.start({ textDocument: { diagnostic: { dynamicRegistration: false } } });
      expect((init.capabilities as { diagnosticProvider?: unknown }).diagnosticProvider).toEqual({ interFileDependencies: true, workspaceDiagnostics: true });
      const report = await client.request<{ kind: string; items: { code: string }[] }>("textDocument/diagnostic", { textDocument: { uri: client.uri(`seeds/${SEED_000}`) } });
      expect(report.kind).toBe("full");
      expect(report.items.map((d) => d.code)).toContain("dateline-glued");
      expect(client.published.size).toBe(0);
    } finally {
      await client.stop();
    }
  }, 30_000);
});
