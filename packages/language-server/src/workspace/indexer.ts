import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { AliasTable, prepareArticle, type AuthorityConfig, type PreparedArticle } from "@dossier/core";
import { loadArticle, type LoadResult } from "./files.js";

/** A workspace file to index: where it is on disk and the URI it goes by. */
export interface FileToIndex {
  readonly path: string;
  readonly uri: string;
}

/** A file read and, when it is article text, prepared for the corpus. */
export type IndexedFile = FileToIndex & (Exclude<LoadResult, { kind: "text" }> | { readonly kind: "text"; readonly text: string; readonly prepared: PreparedArticle });

export interface IndexOptions {
  readonly authority: AuthorityConfig;
  readonly maxBytes: number;
  /** The script a worker runs: the server's own bundle, which turns into a worker when started as one. */
  readonly script: string;
}

interface WorkerSetup {
  readonly role: "dossier-indexer";
  readonly authority: AuthorityConfig;
  readonly maxBytes: number;
}

type Request = { readonly files: readonly FileToIndex[] };
type Reply = { readonly files: readonly IndexedFile[] };

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 200;
const BATCH = 32;

/** True in a thread started by `indexFiles`. */
export function isIndexWorker(): boolean {
  return !isMainThread && (workerData as WorkerSetup | undefined)?.role === "dossier-indexer";
}

/** The worker's loop: read and prepare each batch of files, post the results back. */
export function runIndexWorker(): void {
  const setup = workerData as WorkerSetup;
  const aliases = new AliasTable(setup.authority);
  parentPort!.on("message", async (request: Request) => {
    const files: IndexedFile[] = [];
    for (const file of request.files) files.push(await readAndPrepare(file, aliases, setup.maxBytes));
    parentPort!.postMessage({ files } satisfies Reply);
  });
}

async function readAndPrepare(file: FileToIndex, aliases: AliasTable, maxBytes: number): Promise<IndexedFile> {
  const loaded = await loadArticle(file.path, maxBytes);
  if (loaded.kind !== "text") return { ...file, ...loaded };
  try {
    return { ...file, kind: "text", text: loaded.text, prepared: prepareArticle(file.uri, loaded.text, aliases) };
  } catch (error) {
    return { ...file, kind: "unreadable", reason: (error as Error).message };
  }
}

/**
 * Reads and prepares files on worker threads (one per core, at most four) and hands each batch to
 * `onBatch` on the main thread, which stays free to answer requests; the garbage of analysis lives and
 * dies with the workers' heaps. Small workspaces are read on this thread, and so is whatever a worker
 * that failed to start or crashed left unread.
 */
export async function indexFiles(files: readonly FileToIndex[], options: IndexOptions, onBatch: (files: readonly IndexedFile[]) => void | Promise<void>): Promise<{ workers: number }> {
  const count = Math.min(4, availableParallelism(), Math.ceil(files.length / BATCH));
  if (files.length < WORKER_THRESHOLD) {
    await indexHere(files, options, onBatch);
    return { workers: 0 };
  }
  let working = 0;
  const queue: FileToIndex[][] = [];
  for (let i = 0; i < files.length; i += BATCH) queue.push(files.slice(i, i + BATCH));
  const leftOver: FileToIndex[] = [];
  const setup: WorkerSetup = { role: "dossier-indexer", authority: options.authority, maxBytes: options.maxBytes };
  await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((resolve) => {
        let inFlight: FileToIndex[] | undefined;
        let worker: Worker;
        const stop = (failed: boolean) => {
          if (failed && inFlight !== undefined) leftOver.push(...inFlight);
          inFlight = undefined;
          void worker.terminate();
          resolve();
        };
        const feed = () => {
          inFlight = queue.shift();
          if (inFlight === undefined) stop(false);
          else worker.postMessage({ files: inFlight } satisfies Request);
        };
        try {
          worker = new Worker(options.script, { workerData: setup });
        } catch {
          return resolve();
        }
        let counted = false;
        worker.on("message", (reply: Reply) => {
          if (!counted) working++;
          counted = true;
          inFlight = undefined;
          Promise.resolve(onBatch(reply.files)).then(feed, () => stop(false));
        });
        worker.on("error", () => stop(true));
        worker.on("exit", () => stop(true));
        feed();
      }),
    ),
  );
  await indexHere([...leftOver, ...queue.flat()], options, onBatch);
  return { workers: working };
}

async function indexHere(files: readonly FileToIndex[], options: Omit<IndexOptions, "script">, onBatch: (files: readonly IndexedFile[]) => void | Promise<void>): Promise<void> {
  if (files.length === 0) return;
  const aliases = new AliasTable(options.authority);
  for (let i = 0; i < files.length; i += BATCH) {
    const batch: IndexedFile[] = [];
    for (const file of files.slice(i, i + BATCH)) batch.push(await readAndPrepare(file, aliases, options.maxBytes));
    await onBatch(batch);
  }
}
