import { ProposedFeatures, createConnection } from "vscode-languageserver/node.js";
import { startServer } from "./server.js";
import { isIndexWorker, runIndexWorker } from "./workspace/indexer.js";

// The same bundle runs the indexing workers: started as one, it reads articles instead of serving LSP.
if (isIndexWorker()) runIndexWorker();
else serve();

function serve(): void {
  // createConnection picks the transport from the command line: --stdio, --node-ipc or --socket=N.
  const connection = createConnection(ProposedFeatures.all);
  // stdout carries the protocol under --stdio: anything printed by mistake goes to the log instead
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(" "));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(" "));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(" "));
  process.on("uncaughtException", (error) => connection.console.error(`dossier: unexpected error: ${error.message}`));
  process.on("unhandledRejection", (reason) => connection.console.error(`dossier: unexpected error: ${String(reason)}`));
  startServer(connection);
}
