import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

/**
 * The thin host: it starts the Dossier language server over IPC for article files only, and adds what
 * belongs to the editor (commands, a status bar item). All analysis lives in the server.
 */
let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;

const DEFAULT_INCLUDE = ["**/seeds/**/*.txt", "**/articles/**/*.txt", "**/*.article.txt"];

function includeGlobs(): string[] {
  return vscode.workspace.getConfiguration("dossier").get<string[]>("include", DEFAULT_INCLUDE);
}

function documentSelector(): LanguageClientOptions["documentSelector"] {
  return includeGlobs().map((pattern) => ({ scheme: "file", pattern }));
}

function isArticle(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === "file" && vscode.languages.match(documentSelector()!, doc) > 0;
}

// Whether a workspace folder holds an article. As in the server, the folder's own name counts as part of
// the path, so that "**/seeds/**/*.txt" also finds the articles when the folder opened is seeds itself.
async function workspaceHasArticles(): Promise<boolean> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const ownPrefix = `**/${folder.name}/`;
    for (const glob of includeGlobs()) {
      const patterns = glob.startsWith(ownPrefix) ? [glob, glob.slice(ownPrefix.length)] : [glob];
      for (const pattern of patterns) {
        if ((await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), "**/node_modules/**", 1)).length > 0) return true;
      }
    }
  }
  return false;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  if (client !== undefined) return;
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannelName: "Dossier",
    diagnosticCollectionName: "dossier",
  };
  client = new LanguageClient("dossier", "Dossier", serverOptions, clientOptions);
  setStatus("$(sync~spin) Dossier", "Dossier is indexing the workspace's articles");
  // registered before start so that an early notification is not lost; the client installs it on connecting
  client.onNotification("dossier/indexed", (p: { articles: number }) => setStatus(`$(book) Dossier: ${p.articles}`, `${p.articles} article(s) indexed. Click to browse entities.`));
  try {
    await client.start();
  } catch (error) {
    // activation errors reach the user, with the log one click away
    client = undefined;
    setStatus("$(error) Dossier", "The Dossier language server failed to start");
    const choice = await vscode.window.showErrorMessage(`Dossier: the language server could not start: ${(error as Error).message}`, "Show Log");
    if (choice === "Show Log") vscode.commands.executeCommand("workbench.action.output.show");
  }
}

function setStatus(text: string, tooltip: string): void {
  if (status === undefined) return;
  status.text = text;
  status.tooltip = tooltip;
  status.command = "dossier.showEntities";
  status.show();
}

interface SymbolInformation {
  name: string;
  containerName?: string;
  location: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
}

async function showEntities(): Promise<void> {
  if (client === undefined) {
    vscode.window.showInformationMessage("Dossier: no article files are open or in the workspace.");
    return;
  }
  const symbols = (await client.sendRequest<SymbolInformation[] | null>("workspace/symbol", { query: "" })) ?? [];
  const pick = await vscode.window.showQuickPick(
    symbols.map((s) => ({ label: s.name, description: s.containerName, symbol: s })),
    { placeHolder: "Entities of the workspace", matchOnDescription: true },
  );
  if (pick === undefined) return;
  const { uri, range } = pick.symbol.location;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  const at = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  editor.selection = new vscode.Selection(at.start, at.end);
  editor.revealRange(at, vscode.TextEditorRevealType.InCenter);
}

interface Sourcing {
  named: number;
  anonymous: number;
  unattributed: number;
  quotes: { speaker: string; text: string; line: number }[];
}

async function showSourcing(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (client === undefined || editor === undefined || !isArticle(editor.document)) {
    vscode.window.showInformationMessage("Dossier: open an article file to see its sourcing.");
    return;
  }
  const s = await client.sendRequest<Sourcing | null>("dossier/sourcing", { textDocument: { uri: editor.document.uri.toString() } });
  if (s === null) return;
  const pick = await vscode.window.showQuickPick(
    s.quotes.map((q) => ({ label: q.speaker, description: `line ${q.line + 1}`, detail: q.text, line: q.line })),
    { placeHolder: `${s.named} named, ${s.anonymous} anonymous, ${s.unattributed} unattributed quote(s)` },
  );
  if (pick !== undefined) {
    const position = new vscode.Position(pick.line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand("dossier.restartServer", async () => {
      if (client === undefined) await startClient(context);
      else await client.restart();
    }),
    vscode.commands.registerCommand("dossier.showEntities", showEntities),
    vscode.commands.registerCommand("dossier.showSourcing", showSourcing),
    // the server's code lenses name this command: show the references at a position
    vscode.commands.registerCommand("dossier.showReferences", (uri: string, position: { line: number; character: number }) =>
      vscode.commands.executeCommand("editor.action.findReferences", vscode.Uri.parse(uri), new vscode.Position(position.line, position.character)),
    ),
    { dispose: () => void client?.stop() },
  );
  // Listen before the first await: the document whose opening activated the extension may reach the
  // extension host only after activation began, and an event fired during the file search would be lost.
  const listener = vscode.workspace.onDidOpenTextDocument(async (doc) => {
    if (!isArticle(doc)) return;
    listener.dispose();
    await startClient(context);
  });
  context.subscriptions.push(listener);
  if (vscode.workspace.textDocuments.some(isArticle) || (await workspaceHasArticles())) {
    listener.dispose();
    await startClient(context);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
