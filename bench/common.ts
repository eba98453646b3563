// Helpers shared by the benchmark runner and its child tasks. No engine imports
// here: the baselines must run even while src/core is being rewritten.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Repository root: the nearest folder above this file with the project's package.json
 * (this file runs from out/bench/, or from a snapshot of out/ under bench/results/).
 */
export const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'roofline-notes') return dir;
    } catch {
      // keep going up
    }
    if (path.dirname(dir) === dir) return path.resolve(start, '../..');
  }
}

/** The folder holding the compiled tree this code runs from (out/, or a snapshot's out/). */
export const outRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** URL of a compiled engine module, e.g. engineUrl('src/core/workspace.js'). */
export function engineUrl(rel: string): string {
  return new URL(`../${rel}`, import.meta.url).href;
}

export function engineModuleExists(rel: string): boolean {
  return fs.existsSync(fileURLToPath(engineUrl(rel)));
}

export interface NoteFile {
  /** Path relative to the corpus root, forward slashes: the note id the bench uses. */
  id: string;
  abs: string;
}

const NOTE_EXT = /\.(md|markdown)$/i;

/** Every note under root, sorted by id. Same rules as the CLI: skip dot-folders and node_modules. */
export function listNoteFiles(root: string): NoteFile[] {
  const out: NoteFile[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const abs = path.join(dir, e.name);
      const id = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(abs, id);
      else if (e.isFile() && NOTE_EXT.test(e.name)) out.push({ id, abs });
    }
  };
  walk(root, '');
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------
// Statistics

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile (p in 0..1) of an ascending array. With 5 samples p95 is the maximum. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN, mean: NaN };
  const median = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  return { n, median, p95: percentile(s, 0.95), min: s[0]!, max: s[n - 1]!, mean: s.reduce((a, b) => a + b, 0) / n };
}

/** hrtime in milliseconds (sub-microsecond resolution). */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export interface MemorySnapshot {
  rssMB: number;
  heapUsedMB: number;
  externalMB: number;
  gc: boolean;
}

/** Memory after a full GC when node runs with --expose-gc (otherwise as is, and says so). */
export function memoryAfterGc(): MemorySnapshot {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  const mb = (x: number) => Math.round((x / 2 ** 20) * 10) / 10;
  return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external), gc: !!gc };
}

export const RESULT_PREFIX = 'BENCH_RESULT ';

/** Child tasks report one JSON line; everything else they print is passed through. */
export function emitResult(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}
