import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { AliasTable, parseDossierConfig, type ArticleModel, type AuthorityConfig, type PreparedArticle, type Severity } from "@dossier/core";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type DocumentDiagnosticParams,
  type Position,
  type SemanticTokensParams,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { URI } from "vscode-uri";
import { complete } from "./features/completion.js";
import { LEGEND, codeLenses, foldingRanges, inlayHints, semanticTokens } from "./features/decorations.js";
import { codeActions, diagnosticsFor } from "./features/diagnostics.js";
import { hover } from "./features/hover.js";
import { definition, highlights, prepareRename, references, rename } from "./features/navigation.js";
import { documentSymbols, workspaceSymbols } from "./features/symbols.js";
import { sourcing } from "./features/sourcing.js";
import { safe } from "./safe.js";
import { DEFAULT_FILTER, createMatcher, findArticleFiles, inFolder, loadArticle, type FileFilter, type LoadResult } from "./workspace/files.js";
import { indexFiles } from "./workspace/indexer.js";
import { WorkspaceState } from "./workspace/state.js";

export interface Settings {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Files larger than this many megabytes get one diagnostic instead of analysis. */
  readonly maxFileSize: number;
  /** References answered at most, nearest articles first; 0 for all of them. */
  readonly maxReferences: number;
  /** Severity per check code, or `off`. */
  readonly checks: Readonly<Record<string, Severity | "off">>;
}

const DEFAULT_SETTINGS: Settings = { include: DEFAULT_FILTER.include, exclude: DEFAULT_FILTER.exclude, maxFileSize: 5, maxReferences: 1000, checks: {} };
const CHANGE_DEBOUNCE_MS = 150;
const INDEX_CHUNK = 64;
const PUBLISH_DEBOUNCE_MS = 250;

const memoryInUse = () => {
  const memory = process.memoryUsage();
  return `${Math.round(memory.heapUsed / 1048576)} MB of heap in use, ${Math.round(memory.rss / 1048576)} MB resident`;
};
const atLeast = (value: unknown, floor: number, fallback: number): number => (typeof value === "number" && Number.isFinite(value) && value >= floor ? value : fallback);
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Wires the language server's features to a connection. Logs go to the connection, never to stdout. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const state = new WorkspaceState();
  let roots: string[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  let matcher = createMatcher(DEFAULT_FILTER);
  let configurationSupport = false;
  let watchRegistration = false;
  let pullDiagnostics = false;
  let progressSupport = false;
  let dossierJsonChecks: Settings["checks"] = {};
  let preferred = new Map<string, string>();
  let authority: AuthorityConfig = {};
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const log = (message: string) => connection.console.log(`dossier: ${message}`);

  /** The model of a document, analysing a pending edit first so answers always match the text. */
  const modelOf = (uri: string): ArticleModel | undefined => {
    if (pending.has(uri)) flush(uri);
    return state.model(uri);
  };

  const offsetOf = (model: ArticleModel, position: Position): number | undefined => (model.lines.isValid(position) ? model.lines.offsetAt(position) : undefined);

  const withModel =
    <P extends { textDocument: { uri: string }; position: Position }, R>(name: string, fn: (uri: string, model: ArticleModel, offset: number, params: P) => R | null) =>
    safe<P, R>(connection, name, (params) => {
      const model = modelOf(params.textDocument.uri);
      if (model === undefined) return null;
      const offset = offsetOf(model, params.position);
      if (offset === undefined) return null;
      return fn(params.textDocument.uri, model, offset, params);
    });

  const publishNow = (uris: Iterable<string>) => {
    if (pullDiagnostics) {
      connection.languages.diagnostics.refresh();
      return;
    }
    for (const uri of uris) connection.sendDiagnostics({ uri, diagnostics: diagnosticsFor(state, uri) });
  };

  // Diagnostics after an edit wait for a pause in typing: requests are answered from the new analysis
  // at once, while the cross-article re-linking that diagnostics need runs once per pause, not per key.
  const toPublish = new Set<string>();
  const changed = new Set<string>();
  let publishTimer: ReturnType<typeof setTimeout> | undefined;
  const publish = (uris: Iterable<string>, changedUri?: string) => {
    for (const uri of uris) toPublish.add(uri);
    if (changedUri !== undefined) changed.add(changedUri);
    if (publishTimer !== undefined) clearTimeout(publishTimer);
    publishTimer = setTimeout(() => {
      publishTimer = undefined;
      // who a changed article now links to is known only after re-linking: asked here, once per pause
      for (const uri of changed) if (state.corpus.has(uri)) for (const u of affected(uri)) toPublish.add(u);
      for (const uri of changed) toPublish.add(uri);
      changed.clear();
      const batch = [...toPublish].filter((u) => state.corpus.has(u) || state.refused.has(u));
      toPublish.clear();
      publishNow(batch);
    }, PUBLISH_DEBOUNCE_MS);
  };

  /** A change touches its own article and the articles it links to (quotes, shared names); remembered for the next change. */
  const lastAffected = new Map<string, Set<string>>();
  const affected = (uri: string): Set<string> => {
    const set = new Set([uri, ...state.corpus.related(uri).map((r) => r.uri)]);
    lastAffected.set(uri, set);
    return set;
  };

  function flush(uri: string): void {
    const timer = pending.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    pending.delete(uri);
    const doc = documents.get(uri);
    if (doc === undefined) return;
    const before = lastAffected.get(uri) ?? new Set<string>();
    state.refused.delete(uri);
    const maxChars = settings.maxFileSize * 1024 * 1024;
    if (doc.getText().length > maxChars) {
      state.corpus.delete(uri);
      state.refused.set(uri, `This file is larger than ${settings.maxFileSize} MB (dossier.maxFileSize); it is not analysed.`);
    } else {
      state.corpus.set(uri, doc.getText());
    }
    publish(before, uri);
  }

  documents.onDidOpen((e) => {
    state.open.add(e.document.uri);
    flush(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    if (!state.open.has(e.document.uri)) return;
    const timer = pending.get(e.document.uri);
    if (timer !== undefined) clearTimeout(timer);
    pending.set(e.document.uri, setTimeout(() => flush(e.document.uri), CHANGE_DEBOUNCE_MS));
  });
  documents.onDidClose(async (e) => {
    const uri = e.document.uri;
    state.open.delete(uri);
    const timer = pending.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    pending.delete(uri);
    // back to the disk's text when the file belongs to the workspace, else forget it
    if (await indexFile(uri)) return;
    const touched = affected(uri);
    state.corpus.delete(uri);
    state.refused.delete(uri);
    if (!pullDiagnostics) connection.sendDiagnostics({ uri, diagnostics: [] });
    publish([...touched].filter((u) => u !== uri));
  });

  const pathOf = (uri: string): string | undefined => {
    const parsed = URI.parse(uri);
    return parsed.scheme === "file" ? parsed.fsPath : undefined;
  };

  const inWorkspace = (path: string) => roots.some((root) => inFolder(root, path, matcher));

  /** Loads a workspace file from disk into the corpus; false when it is not one of the workspace's articles. */
  async function indexFile(uri: string): Promise<boolean> {
    const path = pathOf(uri);
    if (path === undefined || !inWorkspace(path)) return false;
    const loaded = await loadArticle(path, settings.maxFileSize * 1024 * 1024);
    if (state.open.has(uri)) return true;
    return takeFile(uri, loaded);
  }

  /** Puts a file read from disk (and perhaps prepared by an indexing worker) into the corpus, or says why not. */
  function takeFile(uri: string, loaded: Exclude<LoadResult, { kind: "text" }> | { kind: "text"; text: string; prepared?: PreparedArticle }): boolean {
    state.refused.delete(uri);
    switch (loaded.kind) {
      case "text":
        if (loaded.prepared !== undefined) state.corpus.adopt(uri, loaded.text, loaded.prepared);
        else state.corpus.set(uri, loaded.text);
        break;
      case "too-large":
        state.corpus.delete(uri);
        state.refused.set(uri, `This file is ${(loaded.size / 1024 / 1024).toFixed(1)} MB, larger than dossier.maxFileSize (${settings.maxFileSize} MB); it is not analysed.`);
        break;
      case "binary":
        state.corpus.delete(uri);
        state.refused.set(uri, "This file is binary, not article text; it is not analysed.");
        break;
      case "not-utf8":
        state.corpus.delete(uri);
        state.refused.set(uri, "This file is not valid UTF-8 text; it is not analysed. Re-save it as UTF-8.");
        break;
      case "unreadable":
        state.corpus.delete(uri);
        return false;
    }
    return true;
  }

  async function loadConfig(): Promise<void> {
    if (configurationSupport) {
      try {
        const raw = (await connection.workspace.getConfiguration("dossier")) as Partial<Settings> | null;
        const merged = { ...DEFAULT_SETTINGS, ...(raw ?? {}) };
        // a number typed as text or below its floor falls back to the default rather than switching a limit off
        settings = { ...merged, maxFileSize: atLeast(merged.maxFileSize, 0.1, DEFAULT_SETTINGS.maxFileSize), maxReferences: Math.floor(atLeast(merged.maxReferences, 0, DEFAULT_SETTINGS.maxReferences)) };
      } catch {
        settings = DEFAULT_SETTINGS;
      }
    }
    const filter: FileFilter = { include: settings.include, exclude: settings.exclude };
    matcher = createMatcher(filter);
    authority = {};
    dossierJsonChecks = {};
    preferred = new Map();
    for (const root of roots) {
      const file = join(root, "dossier.json");
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch {
        continue;
      }
      const uri = URI.file(file).toString();
      const read = parseDossierConfig(text);
      authority = read.config.authority;
      dossierJsonChecks = read.config.checks.severity ?? {};
      preferred = new Map(read.config.checks.preferred ?? []);
      const lines = TextDocument.create(uri, "json", 0, text);
      const diagnostics: Diagnostic[] = read.problems.map((p) => {
        const at = lines.positionAt(p.offset ?? 0);
        return { range: { start: at, end: at }, severity: 1, source: "dossier", code: "config-invalid", message: p.message };
      });
      connection.sendDiagnostics({ uri, diagnostics });
      if (read.problems.length > 0) log(`${file}: ${read.problems.length} problem(s); valid parts and defaults apply`);
    }
    state.checkSettings = { severity: { ...dossierJsonChecks, ...settings.checks }, preferred };
    state.setAliases(new AliasTable(authority));
  }

  async function indexWorkspace(): Promise<void> {
    const files = (await Promise.all(roots.map((root) => findArticleFiles(root, matcher)))).flat();
    const progress = progressSupport ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin("Dossier: indexing articles", 0, `0/${files.length}`, false);
    const started = Date.now();
    let done = 0;
    const toIndex = files.map((path) => ({ path, uri: URI.file(path).toString() }));
    // the bundle that runs this server is also the workers' script (see main.ts)
    const { workers } = await indexFiles(toIndex, { authority, maxBytes: settings.maxFileSize * 1024 * 1024, script: process.argv[1]! }, async (batch) => {
      for (const file of batch) if (!state.open.has(file.uri)) takeFile(file.uri, file);
      done += batch.length;
      progress?.report(Math.round((done / Math.max(1, files.length)) * 100), `${done}/${files.length}`);
      // requests keep being answered between batches
      await yieldToEvents();
    });
    progress?.done();
    log(`indexed ${state.corpus.size} article(s) in ${Date.now() - started} ms${workers > 0 ? ` on ${workers} worker thread(s)` : ""}; ${memoryInUse()}`);
    const all = [...state.corpus.uris(), ...state.refused.keys()];
    for (let i = 0; i < all.length; i += INDEX_CHUNK) {
      publishNow(all.slice(i, i + INDEX_CHUNK));
      await yieldToEvents();
    }
    log(`diagnostics published; ${memoryInUse()}`);
    connection.sendNotification("dossier/indexed", { articles: state.corpus.size });
  }

  /** Reads the settings and indexes the workspace; a failure is logged, never an unhandled rejection that ends the server. */
  async function configureAndIndex(): Promise<void> {
    try {
      await loadConfig();
      await indexWorkspace();
    } catch (error) {
      connection.console.error(`dossier: indexing failed: ${(error as Error).message}`);
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath) ?? [];
    const rootUri = params.rootUri ? URI.parse(params.rootUri).fsPath : params.rootPath ?? undefined;
    roots = folders.length > 0 ? folders : rootUri ? [rootUri] : [];
    const caps = params.capabilities;
    configurationSupport = caps.workspace?.configuration === true;
    watchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    progressSupport = caps.window?.workDoneProgress === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true },
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: [] },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: "dossier-language-server", version: "0.1.0" },
    };
  });

  connection.onInitialized(async () => {
    if (configurationSupport) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    if (watchRegistration) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.txt" }, { globPattern: "**/dossier.json" }] })
        .catch(() => undefined);
    }
    await configureAndIndex();
  });

  connection.onDidChangeConfiguration(configureAndIndex);

  connection.onDidChangeWatchedFiles(async (params) => {
    const touched = new Set<string>();
    for (const change of params.changes) {
      if (change.uri.endsWith("/dossier.json")) {
        await loadConfig();
        publish([...state.corpus.uris()]);
        continue;
      }
      if (state.open.has(change.uri)) continue;
      for (const u of state.corpus.has(change.uri) ? affected(change.uri) : []) touched.add(u);
      if (change.type === FileChangeType.Deleted) {
        state.corpus.delete(change.uri);
        state.refused.delete(change.uri);
        if (!pullDiagnostics) connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
      } else if (await indexFile(change.uri)) {
        for (const u of affected(change.uri)) touched.add(u);
      }
    }
    touched.forEach((u) => (state.corpus.has(u) || state.refused.has(u) ? undefined : touched.delete(u)));
    publish(touched);
  });

  connection.onHover(withModel("hover", (uri, model, offset) => hover(state, uri, model, offset)));
  connection.onDefinition(withModel("definition", (uri, model, offset) => definition(state, uri, model, offset)));
  connection.onReferences(
    withModel("references", (uri, model, offset) => {
      const found = references(state, uri, model, offset, settings.maxReferences);
      if (found === null) return null;
      if (found.locations.length < found.total) log(`references: ${found.locations.length} of ${found.total} locations answered, nearest articles first (dossier.maxReferences is ${settings.maxReferences}; 0 answers all)`);
      return found.locations;
    }),
  );
  connection.onDocumentHighlight(withModel("highlight", (uri, model, offset) => highlights(state, uri, model, offset)));
  connection.onPrepareRename(withModel("prepareRename", (uri, model, offset) => prepareRename(state, uri, model, offset)));
  connection.onRenameRequest(withModel("rename", (uri, model, offset, params) => rename(state, uri, model, offset, params.newName)));
  connection.onCompletion(withModel("completion", (_uri, model, offset) => complete(state, model, offset)));
  connection.onDocumentSymbol(safe(connection, "documentSymbol", (params) => {
    const model = modelOf(params.textDocument.uri);
    return model ? documentSymbols(model) : null;
  }));
  connection.onWorkspaceSymbol(safe(connection, "workspaceSymbol", (params) => workspaceSymbols(state, params.query)));
  const tokensOf = safe(connection, "semanticTokens", (params: SemanticTokensParams) => {
    const model = modelOf(params.textDocument.uri);
    return model ? { data: semanticTokens(model, state.dates(params.textDocument.uri)) } : null;
  });
  connection.languages.semanticTokens.on((params, token) => tokensOf(params, token) ?? { data: [] });
  connection.languages.inlayHint.on(safe(connection, "inlayHint", (params) => {
    const model = modelOf(params.textDocument.uri);
    return model ? inlayHints(model, state.dates(params.textDocument.uri), params.range) : null;
  }));
  connection.onCodeLens(safe(connection, "codeLens", (params) => {
    const model = modelOf(params.textDocument.uri);
    return model ? codeLenses(state, params.textDocument.uri, model) : null;
  }));
  connection.onFoldingRanges(safe(connection, "foldingRange", (params) => {
    const model = modelOf(params.textDocument.uri);
    return model ? foldingRanges(model) : null;
  }));
  connection.onCodeAction(safe(connection, "codeAction", (params) => (state.corpus.has(params.textDocument.uri) ? codeActions(params.textDocument.uri, params.context.diagnostics) : null)));
  connection.languages.diagnostics.on(safe(connection, "diagnostic", (params: DocumentDiagnosticParams) => {
    modelOf(params.textDocument.uri);
    return { kind: "full" as const, items: diagnosticsFor(state, params.textDocument.uri) };
  }) as never);
  connection.languages.diagnostics.onWorkspace(safe(connection, "workspaceDiagnostic", () => ({
    items: [...state.corpus.uris(), ...state.refused.keys()].map((uri) => ({ kind: "full" as const, uri, version: documents.get(uri)?.version ?? null, items: diagnosticsFor(state, uri) })),
  })) as never);

  connection.onRequest("dossier/sourcing", safe(connection, "sourcing", (params: { textDocument: { uri: string } }) => {
    const model = modelOf(params.textDocument.uri);
    return model ? sourcing(model) : null;
  }));

  documents.listen(connection);
  connection.listen();
}
