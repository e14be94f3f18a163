import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node.js";

const serverBin = fileURLToPath(new URL("../bin/dossier-language-server.cjs", import.meta.url));
export const seedsDir = fileURLToPath(new URL("../../../seeds/", import.meta.url));
export const SEED_000 = "000_d4a58aad8eaecd73.txt";
export const SEED_004 = "004_e3265cdc9702e17a.txt";

export interface Published {
  uri: string;
  diagnostics: { range: { start: { line: number; character: number } }; code: string; message: string; data?: unknown; severity: number }[];
}

/** A real server process spoken to over stdio, as an editor would, in a temporary copy of the seeds. */
export class TestClient {
  readonly root: string;
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly published = new Map<string, Published["diagnostics"]>();
  /** How many times each document's diagnostics were published. */
  readonly publishCount = new Map<string, number>();
  readonly logs: string[] = [];
  stderr = "";
  private indexed: Promise<void>;

  /** Settings under `dossier`, answered to `workspace/configuration` when given. */
  private readonly settings: Record<string, unknown> | undefined;

  constructor(options: { files?: Record<string, string | Buffer>; withSeeds?: boolean; settings?: Record<string, unknown> } = {}) {
    this.settings = options.settings;
    this.root = mkdtempSync(join(tmpdir(), "dossier-ls-"));
    if (options.withSeeds !== false) cpSync(seedsDir, join(this.root, "seeds"), { recursive: true });
    for (const [name, content] of Object.entries(options.files ?? {})) {
      const path = join(this.root, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    this.process = spawn(process.execPath, [serverBin, "--stdio"], { cwd: this.root });
    this.process.stderr.on("data", (d) => (this.stderr += String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification("textDocument/publishDiagnostics", (p: Published) => {
      this.published.set(p.uri, p.diagnostics);
      this.publishCount.set(p.uri, (this.publishCount.get(p.uri) ?? 0) + 1);
    });
    this.connection.onNotification("window/logMessage", (p: { message: string }) => this.logs.push(p.message));
    this.connection.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => this.settings ?? null));
    this.indexed = new Promise((resolve) => this.connection.onNotification("dossier/indexed", () => resolve()));
    this.connection.listen();
  }

  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).toString();
  }

  text(name: string): string {
    return readFileSync(join(this.root, name), "utf8");
  }

  async start(capabilities: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const result = await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).toString(),
      workspaceFolders: [{ uri: pathToFileURL(this.root).toString(), name: "ws" }],
      capabilities: { window: { workDoneProgress: false }, ...(this.settings ? { workspace: { configuration: true } } : {}), ...capabilities },
    });
    await this.connection.sendNotification("initialized", {});
    await this.indexed;
    return result as Record<string, unknown>;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  at(name: string, line: number, character: number) {
    return { textDocument: { uri: this.uri(name) }, position: { line, character } };
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request("shutdown", null), new Promise((r) => setTimeout(r, 2000))]);
      await this.notify("exit", null);
    } catch {
      // the process may already be gone
    }
    this.connection.dispose();
    this.process.kill();
    rmSync(this.root, { recursive: true, force: true });
  }
}

export const waitFor = async (condition: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
};
