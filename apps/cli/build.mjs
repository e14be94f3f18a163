// Bundles the CLI and the core into one CommonJS file so it starts fast and needs no module resolution.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "dist/dossier.cjs",
  sourcemap: true,
  logLevel: "warning",
});
