import { CHECKS, type CheckCode, type Problem } from "@dossier/core";

const LEVEL = { error: "error", warning: "warning", information: "note", hint: "note" } as const;

/** SARIF 2.1.0: one run, one rule per check code, one result per problem, with 1-based line/column. */
export function toSarif(results: readonly { path: string; problems: readonly Problem[] }[]): object {
  const codes = Object.keys(CHECKS) as CheckCode[];
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "dossier",
            version: "0.1.0",
            informationUri: "https://github.com/dossier/dossier/blob/main/docs/checks.md",
            rules: codes.map((code) => ({
              id: code,
              shortDescription: { text: CHECKS[code].summary },
              helpUri: `https://github.com/dossier/dossier/blob/main/docs/checks.md#${code}`,
              defaultConfiguration: { level: LEVEL[CHECKS[code].severity] },
            })),
          },
        },
        results: results.flatMap(({ path, problems }) =>
          problems.map((p) => ({
            ruleId: p.code,
            ruleIndex: codes.indexOf(p.code as CheckCode),
            level: LEVEL[p.severity],
            message: { text: p.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: path.split("\\").join("/") },
                  region: { startLine: p.range.start.line + 1, startColumn: p.range.start.character + 1, endLine: p.range.end.line + 1, endColumn: p.range.end.character + 1 },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
