import { parseArgs } from "node:util";
import { analyzeArticle } from "@dossier/core";
import { collectInputs, displayPath, readArticle } from "./files.js";
import { articleToJson } from "./report/json.js";
import { createStyle } from "./report/style.js";
import { articleToText } from "./report/text.js";

const USAGE = `Usage:
  dossier analyze [--json] <file|dir>...     report on each article (metadata, entities, quotes, problems)
  dossier check [--format text|json|sarif] <file|dir>...   list problems; exit 1 when any is an error

Options:
  --json            machine-readable output (analyze)
  --format <fmt>    text (default), json or sarif (check)
  --no-color        plain output even on a terminal
  -h, --help        this help
  -v, --version     the version`;

/** Exit codes: 0 done, 1 problems of error severity found (check), 2 bad usage or unreadable input. */
export function run(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, isTTY: boolean): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        format: { type: "string" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    err.write(`dossier: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    out.write("dossier 0.1.0\n");
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || command === undefined) {
    (values.help ? out : err).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (command !== "analyze" && command !== "check") {
    err.write(`dossier: unknown command '${command}'\n\n${USAGE}\n`);
    return 2;
  }
  if (paths.length === 0) {
    err.write(`dossier ${command}: name at least one file or directory\n`);
    return 2;
  }
  const style = createStyle(isTTY && !values["no-color"] && process.env.NO_COLOR === undefined);
  const inputs = collectInputs(paths);
  let inputFailed = inputs.problems.length > 0;
  for (const p of inputs.problems) err.write(`dossier: ${p.path}: ${p.message}\n`);
  const articles: { path: string; model: ReturnType<typeof analyzeArticle> }[] = [];
  for (const file of inputs.files) {
    const read = readArticle(file);
    if (!read.ok) {
      err.write(`dossier: ${displayPath(file)}: ${read.message}\n`);
      inputFailed = true;
      continue;
    }
    articles.push({ path: displayPath(file), model: analyzeArticle(read.text, { uri: file }) });
  }
  if (command === "analyze") {
    if (values.json) out.write(`${JSON.stringify({ articles: articles.map((a) => articleToJson(a.path, a.model)), entities: [], quoteLinks: [] }, null, 2)}\n`);
    else out.write(articles.map((a) => articleToText(a.path, a.model, style)).join("\n\n") + (articles.length > 0 ? "\n" : ""));
  }
  return inputFailed ? 2 : 0;
}

try {
  process.exitCode = run(process.argv.slice(2), process.stdout, process.stderr, Boolean(process.stdout.isTTY));
} catch (error) {
  // A user never sees a stack trace; DOSSIER_DEBUG=1 shows it to whoever is debugging.
  process.stderr.write(`dossier: internal error: ${(error as Error).message}\n`);
  if (process.env.DOSSIER_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 3;
}
