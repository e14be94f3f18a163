import { defineConfig } from "vitest/config";

// Each test spawns the CLI: half a second alone, but over vitest's default 5 s on a 2-core machine running
// the other packages' tests beside it (`turbo run test`).
export default defineConfig({ test: { testTimeout: 30_000 } });
