import { readFileSync } from "node:fs";
import { CHECKS, CHECK_CODES } from "@dossier/core";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const properties = manifest.contributes.configuration.properties;

describe("the extension manifest mirrors the server", () => {
  it("offers a typed severity setting for every check, with the check's default", () => {
    const checks = properties["dossier.checks"].properties;
    expect(Object.keys(checks).sort()).toEqual([...CHECK_CODES].sort());
    for (const code of CHECK_CODES) {
      expect(checks[code].default).toBe(CHECKS[code].severity);
      expect(checks[code].enum).toEqual(["error", "warning", "information", "hint", "off"]);
    }
  });

  it("activates where the server's default globs find articles", () => {
    expect(properties["dossier.include"].default).toEqual(["**/seeds/**/*.txt", "**/articles/**/*.txt", "**/*.article.txt"]);
    expect(manifest.activationEvents).toEqual([...properties["dossier.include"].default.map((g: string) => `workspaceContains:${g}`), "onLanguage:plaintext"]);
  });

  it("declares untrusted-workspace support and a bundled entry point", () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(manifest.main).toBe("./dist/extension.js");
    expect(manifest.dependencies ?? {}).toEqual({});
  });
});
