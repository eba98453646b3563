// Messages between the parallel indexer and its workers. Notes travel as codec lines (strings
// copy far faster than objects), with the strings a worker's table gained since its last batch.
import type { AnalyzeOptions } from '../core/note.js';
import type { Problem } from '../core/types.js';
import type { ClaimOutputFormat } from '../core/present/claimOutput.js';

export interface WorkerData {
  options: AnalyzeOptions;
  maxFileBytes?: number;
  /** The worker thread's nice value (Linux and macOS set it per thread). */
  nice?: number;
  /** Render each analysed note's claims for the CLI's report (core/present/claimOutput.ts). */
  render?: { format: ClaimOutputFormat; all: boolean };
}

export interface FileJob {
  id: string;
  /** Absolute path the worker reads. */
  path: string;
  /** Content hash of a cached analysis: if the bytes still hash to it, the worker sends `hit`. */
  cachedHash?: string;
}

export type ToWorker = { type: 'files'; files: FileJob[] } | { type: 'stop' };

export interface Batch {
  type: 'batch';
  /** Strings appended to this worker's table since its previous batch. */
  strings: string[];
  /** Per note, its three codec parts (index row, details, claim rows): separate strings, so each
   *  keeps its own one-byte representation. */
  notes: [string, string, string][];
  /**
   * With `render`, the notes' claims as the report writes them, as UTF-8 (transferred, not copied: a big
   * workspace's report is hundreds of MB), one after another in the order of `notes`; `renderedEnds[i]` is
   * where note i's bytes end.
   */
  rendered: Uint8Array | null;
  renderedEnds: number[];
  /** Ids whose bytes still match their cached hash. */
  hits: string[];
  skipped: { id: string; problem: Problem }[];
  /** Ids whose file was gone when read (deleted while indexing). */
  gone: string[];
}

export type FromWorker = Batch | { type: 'fatal'; message: string };
