// Bundles the server with the core into one CommonJS file: fast start, no module resolution at run time.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "dist/server.cjs",
  sourcemap: true,
  logLevel: "warning",
});
