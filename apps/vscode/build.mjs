// The extension (vscode stays external) and the language server with the core, in one run.
import { bundleForNode } from "../../scripts/bundle-node.mjs";

await Promise.all([bundleForNode("src/extension.ts", "dist/extension.js", ["vscode"]), bundleForNode("../../packages/language-server/src/main.ts", "dist/server.js")]);
