// One esbuild run bundles the extension (vscode stays external) and the language server with the core.
import { build } from "esbuild";

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, logLevel: "warning" };
await Promise.all([
  build({ ...common, entryPoints: ["src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
  build({ ...common, entryPoints: ["../../packages/language-server/src/main.ts"], outfile: "dist/server.js" }),
]);
