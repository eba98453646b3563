// Cold indexing on every core: worker threads read and analyse notes, the calling thread only
// decodes each note's index row and inserts it, so it stays responsive. Work is handed out in
// small chunks as workers finish, so one huge note does not hold back the rest.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { decodeNoteParts } from '../core/codec.js';
import { WorkspaceIndex, type IndexOptions } from '../core/workspace.js';
import type { Note } from '../core/types.js';
import type { FileJob, FromWorker, WorkerData } from './protocol.js';
import { unreadableProblem } from './files.js';

export interface ParallelFile {
  id: string;
  path: string;
}

export interface ParallelOptions {
  /** Worker threads (default: available cores, at least 1). */
  workers?: number;
  /** Files per message to a worker. */
  chunk?: number;
  /** Index to fill (default: a new one with `options`). */
  index?: WorkspaceIndex;
  /** Analyses from the persistent cache: a note whose bytes still hash the same is reused. A promise
   *  lets the workers start while the cache is still being read. */
  cached?: Map<string, Note> | Promise<Map<string, Note> | undefined>;
  /** Called after each batch is inserted, with the number of files done so far. */
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** A file deleted between listing and reading (default: recorded as skipped, with the reason). */
  onGone?: (id: string) => void;
  /** Notes to leave alone when their result arrives (say, open in an editor, whose buffer wins). */
  skip?: (id: string) => boolean;
  /** Nice value for the worker threads (say 10: an editor's own threads then get the CPU first). */
  nice?: number;
  /** The compiled worker script (the extension bundles its own). */
  workerScript?: string | URL;
  /** Have the workers render each analysed note's claims for the CLI's report. */
  render?: WorkerData['render'];
  /** Called for every file once its batch is in the index (analysed, reused, skipped or gone), with its
   *  rendered claims when `render` is set and the worker analysed it. */
  onSettled?: (id: string, rendered: Uint8Array | undefined) => void;
}

export interface ParallelResult {
  index: WorkspaceIndex;
  analysed: number;
  reused: number;
  skipped: number;
  workers: number;
  cancelled: boolean;
}


export function defaultWorkerCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, cores);
}

/** Indexes `files` (ids and absolute paths) with worker threads. */
export async function indexFilesInParallel(files: readonly ParallelFile[], options: IndexOptions = {}, parallel: ParallelOptions = {}): Promise<ParallelResult> {
  const index = parallel.index ?? new WorkspaceIndex(options);
  const count = Math.max(1, Math.min(parallel.workers ?? defaultWorkerCount(), Math.ceil(files.length / 8) || 1));
  const chunk = parallel.chunk ?? 24;
  const result: ParallelResult = { index, analysed: 0, reused: 0, skipped: 0, workers: count, cancelled: false };
  if (files.length === 0) return result;

  const data: WorkerData = { options: index.options, maxFileBytes: index.options.maxFileBytes, nice: parallel.nice, render: parallel.render };
  // Resolved here, not at load: a bundle that passes its own script has no import.meta.url.
  const script = parallel.workerScript ?? new URL('./indexWorker.js', import.meta.url);
  let next = 0;
  let done = 0;
  /** The first failure stops every worker: the caller gets one error, not a half-filled index growing on. */
  let failure: Error | undefined;

  // Workers boot (load the engine) while the cache is read.
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
  let cached: Map<string, Note> | undefined;
  try {
    cached = await parallel.cached;
  } catch {
    cached = undefined;
  }

  const runWorker = (worker: Worker): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      // This worker's string table, mirrored: its notes index into it.
      const strings: string[] = [];
      let inFlight = 0;
      let finished = false;
      const finish = (error?: Error) => {
        if (finished) return;
        finished = true;
        void worker.terminate();
        if (error && !failure) {
          failure = error;
          for (const other of workers) void other.terminate();
        }
        if (error) reject(error);
        else resolve();
      };
      const send = () => {
        // Two chunks in flight: the worker never waits for this thread between chunks.
        while (inFlight < 2 && next < files.length && !result.cancelled && !failure) {
          const jobs: FileJob[] = files.slice(next, next + chunk).map((f) => ({ id: f.id, path: f.path, cachedHash: cached?.get(f.id)?.hash }));
          next += jobs.length;
          inFlight++;
          worker.postMessage({ type: 'files', files: jobs });
        }
        if (inFlight === 0) finish();
      };
      worker.on('message', (message: FromWorker) => {
        if (failure) return;
        if (message.type === 'fatal') return finish(new Error(`index worker failed: ${message.message}`));
        inFlight--;
        for (const s of message.strings) strings.push(s);
        const ids: string[] = [];
        const settled: [string, Uint8Array | undefined][] = [];
        const rendered = message.rendered;
        message.notes.forEach(([indexRow, detail, rows], i) => {
          const note = decodeNoteParts(indexRow, detail, rows, strings);
          if (note && !parallel.skip?.(note.id)) {
            index.insert(note);
            ids.push(note.id);
            result.analysed++;
            settled.push([note.id, rendered ? rendered.subarray(i ? message.renderedEnds[i - 1] : 0, message.renderedEnds[i]) : undefined]);
          }
        });
        for (const id of message.hits) {
          if (parallel.skip?.(id)) continue;
          index.insert(cached!.get(id)!);
          ids.push(id);
          result.reused++;
        }
        index.announce(ids);
        for (const s of message.skipped) {
          if (parallel.skip?.(s.id)) continue;
          index.insertSkipped(s.id, s.problem);
          result.skipped++;
        }
        for (const id of message.gone) {
          if (parallel.skip?.(id)) continue;
          if (parallel.onGone) parallel.onGone(id);
          else index.insertSkipped(id, unreadableProblem('ENOENT'));
          result.skipped++;
        }
        if (parallel.onSettled) {
          for (const [id, rendered] of settled) parallel.onSettled(id, rendered);
          for (const id of message.hits) parallel.onSettled(id, undefined);
          for (const s of message.skipped) parallel.onSettled(s.id, undefined);
          for (const id of message.gone) parallel.onSettled(id, undefined);
        }
        done += message.notes.length + message.hits.length + message.skipped.length + message.gone.length;
        parallel.onProgress?.(done, files.length);
        if (parallel.isCancelled?.()) result.cancelled = true;
        send();
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => finish(code === 0 || finished ? undefined : (failure ?? new Error(`index worker exited with code ${code}`))));
      send();
    });

  await Promise.all(workers.map(runWorker));
  return result;
}
