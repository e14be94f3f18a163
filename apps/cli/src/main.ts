import { parseArgs } from "node:util";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { AliasTable, Corpus, parseDossierConfig, type CheckSettings } from "@dossier/core";
import { collectInputs, displayPath, readArticle } from "./files.js";
import { articleToJson, workspaceToJson } from "./report/json.js";
import { toSarif } from "./report/sarif.js";
import { createStyle } from "./report/style.js";
import { articleToText, severity } from "./report/text.js";

/** Reads dossier.json (named, or in the current directory); an invalid file is reported and the defaults apply. */
function loadSettings(file: string | undefined, err: NodeJS.WritableStream): { aliases: AliasTable; checks: CheckSettings } {
  const path = file ?? (existsSync("dossier.json") ? "dossier.json" : undefined);
  if (path === undefined) return { aliases: new AliasTable(), checks: {} };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    err.write(`dossier: ${path}: cannot read the configuration file; using the defaults\n`);
    return { aliases: new AliasTable(), checks: {} };
  }
  const read = parseDossierConfig(text);
  for (const p of read.problems) err.write(`dossier: ${path}: ${p.message}\n`);
  return { aliases: new AliasTable(read.config.authority), checks: read.config.checks };
}

const USAGE = `Usage:
  dossier analyze [--json] <file|dir>...     report on each article (metadata, entities, quotes, problems)
  dossier check [--format text|json|sarif] <file|dir>...   list problems; exit 1 when any is an error

Options:
  --json            machine-readable output (analyze)
  --format <fmt>    text (default), json or sarif (check)
  --config <file>   a dossier.json (default: ./dossier.json when present)
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
        config: { type: "string" },
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
  const format = values.format ?? (values.json ? "json" : "text");
  if (!["text", "json", "sarif"].includes(format) || (command === "analyze" && format === "sarif")) {
    err.write(`dossier ${command}: unknown format '${format}' (use ${command === "analyze" ? "--json" : "--format text|json|sarif"})\n`);
    return 2;
  }
  const style = createStyle(isTTY && !values["no-color"] && process.env.NO_COLOR === undefined);
  const settings = loadSettings(values.config, err);
  const inputs = collectInputs(paths);
  let inputFailed = inputs.problems.length > 0;
  for (const p of inputs.problems) err.write(`dossier: ${p.path}: ${p.message}\n`);
  const corpus = new Corpus({ aliases: settings.aliases });
  const pathOf = new Map<string, string>();
  for (const file of inputs.files) {
    const read = readArticle(file);
    if (!read.ok) {
      err.write(`dossier: ${displayPath(file)}: ${read.message}\n`);
      inputFailed = true;
      continue;
    }
    const uri = pathToFileURL(file).toString();
    pathOf.set(uri, displayPath(file));
    corpus.set(uri, read.text);
  }
  if (corpus.size === 0) {
    if (!inputFailed) err.write(`dossier: no articles to read\n`);
    return 2;
  }
  // full models are fetched one at a time, only for `analyze`: the corpus keeps summaries of the rest
  const results = corpus.uris().map((uri) => ({ uri, path: pathOf.get(uri)!, problems: corpus.problemsOf(uri, settings.checks) }));
  const path = (uri: string) => pathOf.get(uri) ?? uri;
  if (command === "analyze") {
    if (format === "json") {
      const report = { articles: results.map((r) => articleToJson(r.path, r.uri, corpus.get(r.uri)!, corpus, r.problems)), ...workspaceToJson(corpus, path) };
      out.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      out.write(results.map((r) => articleToText(r.path, r.uri, corpus.get(r.uri)!, corpus, r.problems, style)).join("\n\n") + "\n");
    }
  } else {
    if (format === "sarif") out.write(`${JSON.stringify(toSarif(results), null, 2)}\n`);
    else if (format === "json") out.write(`${JSON.stringify({ problems: results.flatMap((r) => r.problems.map((p) => ({ path: r.path, range: p.range, severity: p.severity, code: p.code, message: p.message }))) }, null, 2)}\n`);
    else {
      for (const r of results) for (const p of r.problems) out.write(`${r.path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${severity(p.severity, style)} ${p.code} ${p.message}\n`);
      const counts = results.flatMap((r) => r.problems).reduce((acc, p) => ((acc[p.severity] = (acc[p.severity] ?? 0) + 1), acc), {} as Record<string, number>);
      err.write(`${results.length} article(s): ${counts.error ?? 0} error(s), ${counts.warning ?? 0} warning(s), ${(counts.information ?? 0) + (counts.hint ?? 0)} note(s)\n`);
    }
    if (results.some((r) => r.problems.some((p) => p.severity === "error"))) return 1;
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
