import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { AliasTable, prepareArticle, type AuthorityConfig, type PreparedArticle } from "@dossier/core";
import { loadArticle, loadArticleSync, type LoadResult } from "./files.js";

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
/** Batches queued in each worker: one to work on, one waiting, so a worker never idles while the last is taken in. */
const IN_FLIGHT = 2;

/** True in a thread started by `indexFiles`. */
export function isIndexWorker(): boolean {
  return !isMainThread && (workerData as WorkerSetup | undefined)?.role === "dossier-indexer";
}

/** The worker's loop: read and prepare each batch of files, post the results back. */
export function runIndexWorker(): void {
  const setup = workerData as WorkerSetup;
  const aliases = new AliasTable(setup.authority);
  parentPort!.on("message", (request: Request) => {
    const files = request.files.map((file) => prepareLoaded(file, loadArticleSync(file.path, setup.maxBytes), aliases));
    parentPort!.postMessage({ files } satisfies Reply);
  });
}

function prepareLoaded(file: FileToIndex, loaded: LoadResult, aliases: AliasTable): IndexedFile {
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
  // batches are taken in one at a time, in the order they arrive
  let taking: Promise<void> = Promise.resolve();
  await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((resolve) => {
        const inFlight: FileToIndex[][] = [];
        let stopped = false;
        let worker: Worker;
        const stop = (failed: boolean) => {
          if (stopped) return;
          stopped = true;
          if (failed) leftOver.push(...inFlight.flat());
          inFlight.length = 0;
          void worker.terminate();
          void taking.then(resolve);
        };
        const send = () => {
          const batch = queue.shift();
          if (batch === undefined) return;
          inFlight.push(batch);
          worker.postMessage({ files: batch } satisfies Request);
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
          inFlight.shift();
          // the next batch is already queued in the worker, so it never waits for this one to be taken in
          send();
          taking = taking
            .then(() => onBatch(reply.files))
            .then(
              () => {
                if (inFlight.length === 0) stop(false);
              },
              () => stop(false),
            );
        });
        worker.on("error", () => stop(true));
        worker.on("exit", () => stop(true));
        for (let k = 0; k < IN_FLIGHT; k++) send();
        if (inFlight.length === 0) stop(false);
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
    for (const file of files.slice(i, i + BATCH)) batch.push(prepareLoaded(file, await loadArticle(file.path, options.maxBytes), aliases));
    await onBatch(batch);
  }
}
