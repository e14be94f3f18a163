// The one esbuild setup for Node bundles: the CLI, the language server and the VS Code extension each
// become a single CommonJS file that starts fast and needs no module resolution at run time.
import { build } from "esbuild";

export function bundleForNode(entry, outfile, external = []) {
  return build({ entryPoints: [entry], outfile, external, bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, logLevel: "warning" });
}
