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
const MAX_WORKERS = 4;
/** Batches queued in each worker: one to work on, one waiting, so a worker never idles while the last is taken in. */
const IN_FLIGHT = 2;
/**
 * Batches this thread reads itself while the workers run: the analyser it will run on every keystroke is
 * then compiled by the time the user types, rather than during the first hundred edits.
 */
const HERE_BATCHES = 8;

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
 * `onBatch` on this thread, in the order batches are done; this thread stays free to answer requests, and
 * the garbage of analysis lives and dies with the workers' heaps. Small workspaces are read here, and so
 * is whatever a worker that failed to start or crashed left unread.
 */
export async function indexFiles(files: readonly FileToIndex[], options: IndexOptions, onBatch: (files: readonly IndexedFile[]) => void | Promise<void>): Promise<{ workers: number }> {
  const queue: FileToIndex[][] = [];
  for (let i = 0; i < files.length; i += BATCH) queue.push(files.slice(i, i + BATCH));
  let taking: Promise<void> = Promise.resolve();
  let failure: unknown;
  const take = (batch: readonly IndexedFile[]) => {
    taking = taking.then(() => onBatch(batch)).catch((error: unknown) => {
      failure ??= error;
    });
    return taking;
  };
  const count = files.length < WORKER_THRESHOLD ? 0 : Math.min(MAX_WORKERS, availableParallelism());
  const leftOver: FileToIndex[] = [];
  const working = runWorkers(count, queue, options, take, leftOver);
  if (count > 0) await readHere(queue, options, take, HERE_BATCHES);
  const workers = await working;
  for (let i = 0; i < leftOver.length; i += BATCH) queue.push(leftOver.slice(i, i + BATCH));
  await readHere(queue, options, take);
  await taking;
  if (failure !== undefined) throw failure;
  return { workers };
}

/** Reads the queue's batches on this thread, from its end, at most `limit` of them; each file's read lets waiting requests through. */
async function readHere(queue: FileToIndex[][], options: Omit<IndexOptions, "script">, take: (batch: readonly IndexedFile[]) => Promise<void>, limit = Infinity): Promise<void> {
  const aliases = new AliasTable(options.authority);
  for (let n = 0; n < limit; n++) {
    const batch = queue.pop();
    if (batch === undefined) return;
    const done: IndexedFile[] = [];
    for (const file of batch) done.push(prepareLoaded(file, await loadArticle(file.path, options.maxBytes), aliases));
    await take(done);
  }
}

/** Starts `count` workers on the shared queue; resolves, once they are all done, to how many ever answered. */
async function runWorkers(
  count: number,
  queue: FileToIndex[][],
  options: IndexOptions,
  take: (batch: readonly IndexedFile[]) => Promise<void>,
  leftOver: FileToIndex[],
): Promise<number> {
  let working = 0;
  const setup: WorkerSetup = { role: "dossier-indexer", authority: options.authority, maxBytes: options.maxBytes };
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
          resolve();
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
          void take(reply.files).then(() => {
            if (inFlight.length === 0) stop(false);
          });
        });
        worker.on("error", () => stop(true));
        worker.on("exit", () => stop(true));
        for (let k = 0; k < IN_FLIGHT; k++) send();
        if (inFlight.length === 0) stop(false);
      }),
    ),
  );
  return working;
}
