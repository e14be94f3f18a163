#!/usr/bin/env node
"use strict";
try {
  require("../dist/dossier.cjs");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("dossier.cjs")) {
    process.stderr.write("dossier: the CLI is not built yet; run `npm run build` at the repository root first.\n");
    process.exit(2);
  }
  throw error;
}
