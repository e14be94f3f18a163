import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { decodeArticle } from "@dossier/core";

export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

export interface CollectedInputs {
  readonly files: string[];
  readonly problems: InputProblem[];
}

const SKIP_DIRS = new Set(["node_modules", ".git", "dist", ".turbo"]);

/** Expands files and directories (recursively, `.txt` only) into a sorted, de-duplicated list. */
export function collectInputs(paths: readonly string[]): CollectedInputs {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      problems.push({ path, message: "no such file or directory" });
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(resolve(path));
      if (found.length === 0) problems.push({ path, message: "directory holds no .txt article files" });
      for (const f of found) files.add(f);
    } else if (stat.isFile()) {
      files.add(resolve(path));
    } else {
      problems.push({ path, message: "not a regular file or directory" });
    }
  }
  return { files: [...files].sort(), problems };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) out.push(...walk(join(dir, entry.name)));
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".txt")) {
      out.push(join(dir, entry.name));
    }
  }
  return out;
}

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const MAX_BYTES = 5 * 1024 * 1024;

/** Reads an article as strict UTF-8 (a BOM is dropped); binary and non-UTF-8 files are refused with a reason. */
export function readArticle(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `cannot read file (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  if (bytes.length > MAX_BYTES) return { ok: false, message: `file is larger than ${MAX_BYTES / 1024 / 1024} MB` };
  const decoded = decodeArticle(bytes);
  if (decoded.kind === "binary") return { ok: false, message: "binary file (contains NUL bytes), not an article" };
  if (decoded.kind === "not-utf8") return { ok: false, message: "file is not valid UTF-8 text" };
  return { ok: true, text: decoded.text };
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}
