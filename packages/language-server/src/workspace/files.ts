import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { decodeArticle } from "@dossier/core";
import picomatch from "picomatch";

export interface FileFilter {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

export const DEFAULT_FILTER: FileFilter = {
  include: ["**/seeds/**/*.txt", "**/articles/**/*.txt", "**/*.article.txt"],
  exclude: ["**/node_modules/**", "**/.git/**"],
};

/** Tests workspace-relative paths against include and exclude globs. */
export function createMatcher(filter: FileFilter): (relativePath: string) => boolean {
  const include = picomatch(filter.include as string[], { dot: false });
  const exclude = picomatch(filter.exclude as string[], { dot: true });
  return (path) => {
    const posix = path.split(sep).join("/");
    return include(posix) && !exclude(posix);
  };
}

/**
 * Whether a file belongs to the workspace: its path relative to the folder matches, or the same path with
 * the folder's own name in front, so that opening the `seeds` folder itself still matches the `seeds` glob.
 */
export function inFolder(root: string, path: string, matches: (relativePath: string) => boolean): boolean {
  const rel = relative(root, path);
  if (rel.startsWith("..") || rel === "") return false;
  return matches(rel) || matches(join(basename(root), rel));
}

/** Every file under `root` that the filter accepts; unreadable folders are skipped, never fatal. */
export async function findArticleFiles(root: string, matches: (relativePath: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === "node_modules" || e.name === ".git") continue;
        await walk(full);
      } else if (e.isFile() && inFolder(root, full, matches)) {
        out.push(full);
      }
    }
  };
  await walk(root);
  return out.sort();
}

export type LoadResult =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "too-large"; readonly size: number }
  | { readonly kind: "binary" }
  | { readonly kind: "not-utf8" }
  | { readonly kind: "unreadable"; readonly reason: string };

/** Reads an article from disk: strict UTF-8 with the BOM dropped; binary and oversized files are refused. */
export async function loadArticle(path: string, maxBytes: number): Promise<LoadResult> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) return { kind: "too-large", size: info.size };
    return decodeArticle(await readFile(path));
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * `loadArticle` for an indexing worker, which owns its thread: a blocking read there holds up nothing
 * and saves each file two round trips through libuv's thread pool.
 */
export function loadArticleSync(path: string, maxBytes: number): LoadResult {
  try {
    // the size from the open file: one path lookup per file instead of two
    const fd = openSync(path, "r");
    try {
      const size = fstatSync(fd).size;
      if (size > maxBytes) return { kind: "too-large", size };
      return decodeArticle(readFileSync(fd));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return unreadable(error);
  }
}

function unreadable(error: unknown): LoadResult {
  return { kind: "unreadable", reason: (error as NodeJS.ErrnoException).code ?? "error" };
}
