import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

// The published SARIF 2.1.0 schema, as Microsoft's SARIF SDK ships it (npm @microsoft/sarif-multitool-linux 5.7.0, sarif-2.1.0.json).
const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-2.1.0.schema.json", import.meta.url), "utf8"));
const bin = fileURLToPath(new URL("../bin/dossier.cjs", import.meta.url));
const repo = fileURLToPath(new URL("../../../", import.meta.url));

function validator() {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  // ajv-formats is typed against the draft-07 class; the 2020-12 class shares its format API
  addFormats.default(ajv as unknown as Parameters<typeof addFormats.default>[0]);
  return ajv.compile(schema);
}

describe("dossier check --format sarif", () => {
  it("emits a log that the published SARIF 2.1.0 schema accepts", () => {
    const r = spawnSync(process.execPath, [bin, "check", "--format", "sarif", "seeds"], { cwd: repo, encoding: "utf8" });
    const log = JSON.parse(r.stdout);
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.length).toBe(20);
  });

  it("has a schema that rejects a broken log", () => {
    const validate = validator();
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
  });
});
