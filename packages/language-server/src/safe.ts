import type { CancellationToken, Connection } from "vscode-languageserver";

/**
 * Runs a request handler so that a bug answers null and a log line instead of killing the server or
 * sending a stack trace to the user; a cancelled request is answered null at once.
 */
export function safe<P, R>(connection: Connection, name: string, handler: (params: P, token: CancellationToken) => R | null): (params: P, token: CancellationToken) => R | null {
  return (params, token) => {
    if (token?.isCancellationRequested) return null;
    try {
      return handler(params, token);
    } catch (error) {
      connection.console.error(`dossier: ${name} failed: ${(error as Error).message}`);
      return null;
    }
  };
}
