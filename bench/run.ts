// npm run bench [-- --quick | --n 10000 --seed 42 | --corpus DIR | --full-diff | --profile ...]
//
// Generates (or reuses) a synthetic workspace, then measures the engine against
// baselines measured in the same run, interleaved round by round so that load on
// a shared machine hits both alike. Prints a table and writes
// bench/results/latest.json. Every timed run is a fresh child process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { RESULT_PREFIX, outRoot, repoRoot, summarize, engineModuleExists, type Summary, type MemorySnapshot } from './common.js';
import { generateCorpus, manifestPath, GENERATOR_VERSION, type CorpusManifest } from './gen-corpus.js';
import { formatProfile, summarizeProfile, type ProfileSummary } from './profile.js';
import type { BaselineResult } from './task-baselines.js';
import type { ColdResult, DiffResult, InteractiveResult, MemoryBreakdown, WarmResult } from './task-engine.js';
import { FOAM_PACKAGES } from './foam-style.js';

const TASK_JS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'task.js');
const RESULTS_DIR = path.join(repoRoot, 'bench', 'results');
/** bin/roofline-notes.js next to the out/ tree in use (the repo's, or the snapshot's copy). */
const CLI_JS = path.join(outRoot, '..', 'bin', 'roofline-notes.js');
const SNAPSHOT_ENV = 'ROOFLINE_BENCH_SNAPSHOT';

// ---------------------------------------------------------------------------
// Flags

interface Flags {
  snapshot: boolean;
  n: number;
  seed: number;
  corpus?: string;
  quick: boolean;
  repeats: number;
  foamRepeats: number;
  cliRepeats: number;
  diffSample: number | 'all';
  diff: boolean;
  profile: boolean;
  strict: boolean;
  regen: boolean;
  only: Set<string> | null;
}

const SECTIONS = ['baselines', 'foam', 'cold', 'warm', 'parallel', 'interactive', 'cli', 'diff'] as const;

const HELP = `Usage: npm run bench -- [options]

  --quick              n=1000, 3 repeats, Foam-style and CLI once (smoke test)
  --n N                notes to generate (default 10000)
  --seed S             generator seed (default 42)
  --corpus DIR         use an existing folder of notes instead of generating one
  --regen              regenerate the corpus even if a matching one is in the temp folder
  --repeats K          repeats of the cheap measurements (default 5)
  --foam-repeats K     repeats of the slow Foam-style baseline (default 3)
  --cli-repeats K      repeats of the CLI end-to-end run (default 3)
  --diff-sample K      notes in the fast-vs-remark differential check (default 1000)
  --full-diff          differential check on every note
  --no-diff            skip the differential check
  --profile            also CPU-profile one cold index and print self time by file/function
  --only a,b           run only some of: ${SECTIONS.join(', ')}
  --strict             exit 1 when a target fails (default: only on mismatches/crashes)
  --no-snapshot        run from out/ directly instead of a private copy (a rebuild during the run breaks it)`;

function parseFlags(argv: string[]): Flags | null {
  const f: Flags = { snapshot: true, n: 10000, seed: 42, quick: false, repeats: 5, foamRepeats: 3, cliRepeats: 3, diffSample: 1000, diff: true, profile: false, strict: false, regen: false, only: null };
  const explicit = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [name, inline] = raw.replace(/^--/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`--${name} needs a value`);
      return v;
    };
    const int = () => {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a non-negative integer`);
      return v;
    };
    explicit.add(name);
    switch (name) {
      case 'help':
      case 'h':
        return null;
      case 'quick':
        f.quick = true;
        break;
      case 'n':
        f.n = int();
        break;
      case 'seed':
        f.seed = int();
        break;
      case 'corpus':
        f.corpus = path.resolve(value());
        break;
      case 'repeats':
        f.repeats = Math.max(1, int());
        break;
      case 'foam-repeats':
        f.foamRepeats = int();
        break;
      case 'cli-repeats':
        f.cliRepeats = int();
        break;
      case 'diff-sample':
        f.diffSample = int();
        break;
      case 'full-diff':
        f.diffSample = 'all';
        break;
      case 'no-diff':
        f.diff = false;
        break;
      case 'profile':
        f.profile = true;
        break;
      case 'strict':
        f.strict = true;
        break;
      case 'regen':
        f.regen = true;
        break;
      case 'no-snapshot':
        f.snapshot = false;
        break;
      case 'only': {
        const parts = value().split(',').map((s) => s.trim()).filter(Boolean);
        const bad = parts.filter((p) => !(SECTIONS as readonly string[]).includes(p));
        if (bad.length) throw new Error(`--only: unknown section(s) ${bad.join(', ')}`);
        f.only = new Set(parts);
        break;
      }
      default:
        throw new Error(`unknown option ${raw}`);
    }
  }
  if (f.quick) {
    if (!explicit.has('n')) f.n = 1000;
    if (!explicit.has('repeats')) f.repeats = 3;
    if (!explicit.has('foam-repeats')) f.foamRepeats = 1;
    if (!explicit.has('cli-repeats')) f.cliRepeats = 1;
  }
  return f;
}

// ---------------------------------------------------------------------------
// Child processes

interface TaskRun<T> {
  result: T;
  wallMs: number;
}

function runTask<T>(task: string, args: Record<string, unknown>, nodeFlags: string[] = []): Promise<TaskRun<T>> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, TASK_JS, task, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      let result: T | undefined;
      for (const line of out.split('\n')) {
        if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
        else if (line.trim()) process.stdout.write(`    [${task}] ${line}\n`);
      }
      if (code !== 0 || result === undefined) reject(new Error(`task ${task} exited with code ${code}${result === undefined ? ' and no result' : ''}`));
      else resolve({ result, wallMs });
    });
  });
}

/** runTask, but a failure is recorded as a problem and the bench goes on. */
async function tryTask<T>(problems: string[], task: string, args: Record<string, unknown>, nodeFlags: string[] = []): Promise<TaskRun<T> | null> {
  try {
    return await runTask<T>(task, args, nodeFlags);
  } catch (e) {
    problems.push(`${task}: ${(e as Error).message}`);
    return null;
  }
}

interface CliRun {
  wallMs: number;
  exitCode: number | null;
  signal: string | null;
  /** First lines of stderr when it failed (e.g. a V8 heap out-of-memory). */
  failure?: string;
  outputBytes: number;
  notesReported: number | null;
}

/** `roofline-notes verify --format json` over the corpus, output to a temp file. */
function runCli(corpus: string, outFile: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const fd = fs.openSync(outFile, 'w');
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI_JS, 'verify', '--format', 'json', '--fail-on', 'never', '.'], {
      cwd: corpus,
      stdio: ['ignore', fd, 'pipe'],
    });
    let err = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - t0;
      fs.closeSync(fd);
      const outputBytes = fs.statSync(outFile).size;
      // The count of notes is the object's last field.
      const tail = Buffer.alloc(Math.min(200, outputBytes));
      const hfd = fs.openSync(outFile, 'r');
      fs.readSync(hfd, tail, 0, tail.length, outputBytes - tail.length);
      fs.closeSync(hfd);
      const m = /"notes":(\d+)\}\s*$/.exec(tail.toString('utf8'));
      const failed = code !== 0;
      const oom = /heap out of memory|allocation failure/i.test(err);
      if (err.trim()) process.stdout.write(`    [cli stderr] ${err.trim().split('\n').slice(0, 3).join('\n    ')}\n`);
      resolve({
        wallMs,
        exitCode: code,
        signal,
        outputBytes,
        notesReported: m ? Number(m[1]) : null,
        failure: failed ? (oom ? `JavaScript heap out of memory (${signal ?? `exit ${code}`})` : `${signal ?? `exit ${code}`}: ${err.trim().split('\n')[0] ?? ''}`) : undefined,
      });
    });
  });
}

// ---------------------------------------------------------------------------
// Corpus

interface CorpusInfo {
  dir: string;
  generated: boolean;
  reused: boolean;
  manifest: Omit<CorpusManifest, 'files'> | null;
  genMs: number | null;
}

function readOurManifest(dir: string): CorpusManifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(manifestPath(dir), 'utf8')) as CorpusManifest;
    return m.generator === 'roofline-notes bench/gen-corpus' ? m : null;
  } catch {
    return null;
  }
}

function stripFiles(m: CorpusManifest | null): Omit<CorpusManifest, 'files'> | null {
  if (!m) return null;
  const { files: _files, ...rest } = m;
  return rest;
}

function prepareCorpus(f: Flags): CorpusInfo {
  if (f.corpus) {
    if (!fs.existsSync(f.corpus)) throw new Error(`--corpus ${f.corpus}: no such folder`);
    return { dir: f.corpus, generated: false, reused: true, manifest: stripFiles(readOurManifest(f.corpus)), genMs: null };
  }
  const dir = path.join(os.tmpdir(), `roofline-bench-n${f.n}-s${f.seed}`);
  const existing = readOurManifest(dir);
  if (!f.regen && existing && existing.version === GENERATOR_VERSION && existing.n === f.n && existing.seed === f.seed && fs.existsSync(dir)) {
    return { dir, generated: false, reused: true, manifest: stripFiles(existing), genMs: null };
  }
  const t0 = performance.now();
  const m = generateCorpus({ n: f.n, seed: f.seed, out: dir, force: true });
  return { dir, generated: true, reused: false, manifest: stripFiles(m), genMs: performance.now() - t0 };
}

// ---------------------------------------------------------------------------
// Formatting

function fmtMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return 'n/a';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(3)} ms`;
}

function fmtMB(mb: number | null | undefined): string {
  return mb === null || mb === undefined || Number.isNaN(mb) ? 'n/a' : `${mb.toFixed(0)} MB`;
}

/** "3.10× faster" or "1.25× slower" for a speed-up factor base/x. */
function faster(x: number | null): string {
  if (x === null) return 'n/a';
  return x >= 1 ? `${x.toFixed(2)}× faster` : `${(1 / x).toFixed(2)}× slower`;
}

function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a && b && Number.isFinite(a) && Number.isFinite(b) ? a / b : null;
}

interface Row {
  metric: string;
  median: string;
  p95: string;
  target: string;
  vsBaseline: string;
  pass: boolean | null;
  values?: Record<string, number | null>;
}

function table(rows: Row[]): string {
  const head = ['metric', 'median', 'p95', 'target', 'ratio to baseline', 'result'];
  const cells = rows.map((r) => [r.metric, r.median, r.p95, r.target, r.vsBaseline, r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => (i === 1 || i === 2 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

function gitInfo(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

// ---------------------------------------------------------------------------
// Main

/**
 * A bench takes minutes; `npm run build` deletes out/ first. Copy out/ and bin/ to a private
 * snapshot under bench/results/ (inside the repo, so node_modules still resolves) and run from it.
 */
async function runFromSnapshot(argv: string[]): Promise<number> {
  // Leftovers of runs that were interrupted (their process is gone).
  for (const e of fs.existsSync(RESULTS_DIR) ? fs.readdirSync(RESULTS_DIR) : []) {
    const pid = /^\.snapshot-(\d+)$/.exec(e)?.[1];
    if (!pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      fs.rmSync(path.join(RESULTS_DIR, e), { recursive: true, force: true });
    }
  }
  const snap = path.join(RESULTS_DIR, `.snapshot-${process.pid}`);
  fs.rmSync(snap, { recursive: true, force: true });
  fs.mkdirSync(snap, { recursive: true });
  try {
    fs.cpSync(outRoot, path.join(snap, 'out'), { recursive: true });
    fs.cpSync(path.join(repoRoot, 'bin'), path.join(snap, 'bin'), { recursive: true });
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(snap, 'out', 'bench', 'run.js'), ...argv], { stdio: 'inherit', env: { ...process.env, [SNAPSHOT_ENV]: snap } });
      child.on('error', reject);
      child.on('close', (c) => resolve(c ?? 1));
    });
    return code;
  } finally {
    fs.rmSync(snap, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  let flags: Flags | null;
  try {
    flags = parseFlags(argv);
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (!flags) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const f = flags;
  if (f.snapshot && !process.env[SNAPSHOT_ENV]) return runFromSnapshot(argv);
  const on = (s: (typeof SECTIONS)[number]) => !f.only || f.only.has(s);
  const started = new Date();
  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemMB: Math.round(os.totalmem() / 2 ** 20),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: started.toISOString(),
    loadavgStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    ...gitInfo(),
  };
  process.stdout.write(`Roofline Notes bench — ${machine.date}\nnode ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemMB} MB, load ${machine.loadavgStart.join(' ')}\n`);
  if (machine.loadavgStart[0]! > machine.cpus) process.stdout.write(`warning: load average ${machine.loadavgStart[0]} is above the CPU count; absolute times will be noisy (ratios are interleaved to compensate)\n`);

  const corpus = prepareCorpus(f);
  const m = corpus.manifest;
  process.stdout.write(
    `corpus: ${corpus.dir} (${corpus.generated ? `generated in ${fmtMs(corpus.genMs)}` : 'reused'})` +
      (m ? `\n  ${m.totals.files} files (${m.n} notes + hub), ${(m.totals.bytes / 1e6).toFixed(1)} MB, mean ${(m.totals.meanBytes / 1024).toFixed(1)} KB, max ${(m.totals.maxBytes / 1024).toFixed(0)} KB; yaml/toml/none ${m.totals.yaml}/${m.totals.toml}/${m.totals.none}, crlf ${m.totals.crlf}, mojibake ${m.totals.mojibake}, outliers ${m.totals.outliers}; ${m.totals.wikilinks} wikilinks (${m.totals.hubLinkers} notes link the hub), ${m.totals.plantedClaims} planted figures` : '') +
      '\n',
  );
  const scale = m ? m.n : null;
  if (scale !== null && scale !== 10000) process.stdout.write(`note: targets are set for 10,000 notes; this corpus has ${scale}, so PASS/FAIL is indicative only\n`);

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roofline-bench-run-'));
  const cacheFile = path.join(tmp, 'index.cache');
  const problems: string[] = [];

  // Warm the OS page cache so that the first timed run does not pay for disk reads the others skip.
  await runTask<BaselineResult>('read', { corpus: corpus.dir });

  const read: number[] = [];
  const regex: number[] = [];
  const foam: TaskRun<BaselineResult>[] = [];
  const coldRuns: ColdResult[] = [];
  const warmRuns: WarmResult[] = [];
  const parallelRuns: { na?: string; ms: number; notes: number | null; claims: number | null; workers?: number; memory?: MemorySnapshot }[] = [];
  const cliRuns: CliRun[] = [];
  const parallelPresent = engineModuleExists('src/node/parallel.js');
  const rounds = Math.max(f.repeats, on('foam') ? f.foamRepeats : 0, on('cli') ? f.cliRepeats : 0);
  const gcFlags = ['--expose-gc'];

  for (let r = 0; r < rounds; r++) {
    const line: string[] = [];
    if (on('baselines') && r < f.repeats) {
      const a = await runTask<BaselineResult>('read', { corpus: corpus.dir });
      read.push(a.result.ms);
      const b = await runTask<BaselineResult>('regex', { corpus: corpus.dir });
      regex.push(b.result.ms);
      line.push(`read ${fmtMs(a.result.ms)}`, `regex ${fmtMs(b.result.ms)}`);
    }
    if ((on('cold') || on('warm')) && r < f.repeats) {
      const c = await runTask<ColdResult>('cold', { corpus: corpus.dir, writeCache: r === 0 && on('warm') ? cacheFile : undefined }, gcFlags);
      coldRuns.push(c.result);
      line.push(`cold ${fmtMs(c.result.ms)} (rss ${fmtMB(c.result.memory.rssMB)})`);
      if (c.result.errorCount) problems.push(`cold index: the engine threw on ${c.result.errorCount} file(s), e.g. ${c.result.errors[0]?.file}: ${c.result.errors[0]?.error}`);
    }
    if (on('foam') && r < f.foamRepeats) {
      const fo = await runTask<BaselineResult>('foam', { corpus: corpus.dir }, gcFlags);
      foam.push(fo);
      line.push(`foam-style ${fmtMs(fo.result.ms)}`);
    }
    if (on('warm') && r < f.repeats) {
      const w = await tryTask<WarmResult>(problems, 'warm', { corpus: corpus.dir, cacheFile });
      if (w) {
        warmRuns.push(w.result);
        line.push(w.result.na ? `warm n/a` : `warm ${fmtMs(w.result.ms)} (${w.result.hits} hits)`);
      }
    }
    if (on('parallel') && parallelPresent && r < f.repeats) {
      const p = await tryTask<(typeof parallelRuns)[number]>(problems, 'parallel', { corpus: corpus.dir }, gcFlags);
      if (p) {
        parallelRuns.push(p.result);
        line.push(p.result.na ? 'parallel n/a' : `parallel ${fmtMs(p.result.ms)} (${p.result.workers} workers, rss ${fmtMB(p.result.memory?.rssMB ?? NaN)})`);
      }
    }
    if (on('cli') && r < f.cliRepeats) {
      const c = await runCli(corpus.dir, path.join(tmp, 'verify.json'));
      cliRuns.push(c);
      line.push(c.failure ? `cli FAILED after ${fmtMs(c.wallMs)}: ${c.failure}` : `cli ${fmtMs(c.wallMs)} (${(c.outputBytes / 1e6).toFixed(0)} MB of JSON, ${c.notesReported} notes)`);
      if (c.failure) problems.push(`CLI verify failed after ${fmtMs(c.wallMs)}: ${c.failure}`);
    }
    process.stdout.write(`  round ${r + 1}/${rounds}: ${line.join(', ')}\n`);
  }

  let inter: InteractiveResult | null = null;
  if (on('interactive')) {
    process.stdout.write('  interactive: index, then 200 keystrokes, 10,000 hovers, verify ×' + f.repeats + ', backlinks ×50 …\n');
    inter = (await tryTask<InteractiveResult>(problems, 'interactive', { corpus: corpus.dir, seed: f.seed, edits: 200, lookups: 10000, repeats: f.repeats, backlinkRepeats: 50 }))?.result ?? null;
    if (inter?.errors.length) problems.push(`interactive index: the engine threw, e.g. ${inter!.errors[0]!.file}: ${inter!.errors[0]!.error}`);
  }

  let diff: DiffResult | null = null;
  if (on('diff') && f.diff) {
    process.stdout.write(`  differential fast vs remark on ${f.diffSample === 'all' ? 'every note' : `a sample of ${f.diffSample}`} …\n`);
    diff = (await tryTask<DiffResult>(problems, 'diff', { corpus: corpus.dir, sample: f.diffSample, seed: f.seed }))?.result ?? null;
  }

  let profile: (ProfileSummary & { file: string }) | null = null;
  let memBreakdown: MemoryBreakdown | null = null;
  if (f.profile) {
    const dir = path.join(RESULTS_DIR, 'profiles');
    fs.mkdirSync(dir, { recursive: true });
    const name = `cold-${started.toISOString().replace(/[:.]/g, '-')}.cpuprofile`;
    process.stdout.write('  profiling one cold index (node --cpu-prof) …\n');
    if (await tryTask<ColdResult>(problems, 'cold', { corpus: corpus.dir }, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', name])) {
      const file = path.join(dir, name);
      profile = { ...summarizeProfile(JSON.parse(fs.readFileSync(file, 'utf8')), 25), file };
    }
    process.stdout.write('  memory breakdown of the index (strip one part of every note, gc, measure) …\n');
    memBreakdown = (await tryTask<MemoryBreakdown>(problems, 'memory-breakdown', { corpus: corpus.dir }, gcFlags))?.result ?? null;
  }

  // ---------------------------------------------------------------------------
  // Table
  const S = (xs: number[]) => summarize(xs);
  const readS = S(read);
  const regexS = S(regex);
  const foamS = S(foam.map((x) => x.result.ms));
  const foamWallS = S(foam.map((x) => x.wallMs));
  const coldS = S(coldRuns.map((x) => x.ms));
  const warmOk = warmRuns.filter((w) => !w.na);
  const warmS = S(warmOk.map((x) => x.ms));
  const parOk = parallelRuns.filter((p) => !p.na);
  const parS = S(parOk.map((x) => x.ms));
  const rssS = S(coldRuns.map((x) => x.memory.rssMB));
  const heapS = S(coldRuns.map((x) => x.memory.heapUsedMB));
  const foamRss = S(foam.map((x) => x.result.memory?.rssMB ?? NaN).filter((x) => !Number.isNaN(x)));
  const cliOk = cliRuns.filter((x) => !x.failure);
  const cliS = S(cliOk.map((x) => x.wallMs));
  const rows: Row[] = [];
  const has = (s: Summary) => s.n > 0;
  const speedup = (base: Summary, x: Summary) => ratio(base.median, x.median);
  const foamNote = `Foam-style, ${foam.length} run${foam.length === 1 ? '' : 's'}`;

  if (has(readS)) rows.push({ metric: 'baseline: read every file', median: fmtMs(readS.median), p95: fmtMs(readS.p95), target: '—', vsBaseline: 'floor', pass: null });
  if (has(regexS)) rows.push({ metric: 'baseline: one regex pass', median: fmtMs(regexS.median), p95: fmtMs(regexS.p95), target: '—', vsBaseline: `${ratio(regexS.median, readS.median)?.toFixed(2) ?? 'n/a'}× read`, pass: null });
  if (has(foamS)) rows.push({ metric: `baseline: Foam-style index (${foam.length} run${foam.length === 1 ? '' : 's'})`, median: fmtMs(foamS.median), p95: fmtMs(foamS.p95), target: '—', vsBaseline: `${ratio(foamS.median, readS.median)?.toFixed(0) ?? 'n/a'}× read`, pass: null });
  if (has(coldS)) {
    const x = speedup(foamS, coldS);
    rows.push({
      metric: 'cold full index, one thread',
      median: fmtMs(coldS.median),
      p95: fmtMs(coldS.p95),
      target: '≤ 5 s and ≥ 5× Foam',
      vsBaseline: x ? `${faster(x)} than ${foamNote}` : `n/a (no Foam run); ${ratio(coldS.median, readS.median)?.toFixed(0) ?? '?'}× read`,
      pass: coldS.median <= 5000 && (x === null ? true : x >= 5),
    });
  }
  if (on('parallel')) {
    if (has(parS)) {
      const x = speedup(foamS, parS);
      rows.push({ metric: 'cold full index, worker threads', median: fmtMs(parS.median), p95: fmtMs(parS.p95), target: '≤ 5 s and ≥ 5× Foam', vsBaseline: x ? `${faster(x)} than Foam-style; ${faster(speedup(coldS, parS))} than single-thread` : 'n/a', pass: parS.median <= 5000 && (x === null || x >= 5) });
    } else rows.push({ metric: 'cold full index, worker threads', median: 'n/a', p95: 'n/a', target: '≤ 5 s', vsBaseline: parallelRuns[0]?.na ?? 'src/node/parallel.ts not present', pass: null });
  }
  if (on('warm')) {
    if (has(warmS)) rows.push({ metric: 'warm start from cache', median: fmtMs(warmS.median), p95: fmtMs(warmS.p95), target: '≤ 1 s', vsBaseline: `${faster(speedup(coldS, warmS))} than cold`, pass: warmS.median <= 1000 });
    else rows.push({ metric: 'warm start from cache', median: 'n/a', p95: 'n/a', target: '≤ 1 s', vsBaseline: warmRuns[0]?.na ?? 'not run', pass: null });
  }
  if (inter) {
    const k = inter.keystroke;
    rows.push({
      metric: `keystroke, 20 KB note (${k.samples.n} edits)`,
      median: fmtMs(k.samples.median),
      p95: fmtMs(k.samples.p95),
      target: '≤ 15 ms p95',
      vsBaseline: k.foamReparse ? `${ratio(k.samples.p95, k.foamReparse.p95)?.toFixed(2)}× Foam-style re-parse (p95 ${fmtMs(k.foamReparse.p95)})` : 'n/a',
      pass: k.samples.p95 <= 15,
    });
    const h = inter.hover;
    rows.push({ metric: `hover card: claim, others, markdown (${h.lookups})`, median: fmtMs(h.samples.median), p95: fmtMs(h.samples.p95), target: '≤ 2 ms p95', vsBaseline: '—', pass: h.samples.p95 <= 2 });
    const v = inter.verify;
    rows.push({
      metric: `verify report data (${v.claims} claims)`,
      median: fmtMs(v.dataMs.median),
      p95: fmtMs(v.dataMs.p95),
      target: '≤ 2 s beyond index',
      vsBaseline: `${((v.dataMs.median / (coldS.median || inter.indexMs)) * 100).toFixed(1)}% of cold index`,
      pass: v.dataMs.median <= 2000,
    });
    rows.push({
      metric: `  + JSON.stringify of it (${(v.jsonBytes / 1e6).toFixed(0)} MB)`,
      median: fmtMs(v.stringifyMs.median),
      p95: fmtMs(v.stringifyMs.p95),
      target: '—',
      vsBaseline: `data + JSON ${fmtMs(v.samples.median)} = ${((v.samples.median / (coldS.median || inter.indexMs)) * 100).toFixed(1)}% of cold index`,
      pass: null,
    });
    const b = inter.backlinks;
    rows.push({ metric: `backlinks of hub (${b.count} linkers)`, median: fmtMs(b.samples.median), p95: fmtMs(b.samples.p95), target: '≤ 100 ms p95', vsBaseline: '—', pass: b.samples.p95 <= 100 });
  }
  const parRssS = S(parOk.map((x) => x.memory?.rssMB ?? NaN).filter((x) => !Number.isNaN(x)));
  if (has(parRssS)) {
    rows.push({ metric: 'memory: RSS after index, worker threads (gc)', median: fmtMB(parRssS.median), p95: fmtMB(parRssS.p95), target: '≤ 300 MB', vsBaseline: has(foamRss) ? `${ratio(parRssS.median, foamRss.median)?.toFixed(2)}× Foam-style (${fmtMB(foamRss.median)})` : '—', pass: parRssS.median <= 300 });
  }
  if (has(rssS)) {
    rows.push({ metric: 'memory: RSS after index, one thread (gc)', median: fmtMB(rssS.median), p95: fmtMB(rssS.p95), target: '≤ 300 MB', vsBaseline: has(foamRss) ? `${ratio(rssS.median, foamRss.median)?.toFixed(2)}× Foam-style (${fmtMB(foamRss.median)})` : '—', pass: rssS.median <= 300 });
    rows.push({ metric: 'memory: heapUsed after index (gc)', median: fmtMB(heapS.median), p95: fmtMB(heapS.p95), target: '—', vsBaseline: '—', pass: null });
  }
  if (cliRuns.length && !cliOk.length) {
    rows.push({ metric: `CLI verify --format json (${cliRuns.length} run${cliRuns.length === 1 ? '' : 's'})`, median: 'crashed', p95: '', target: 'completes', vsBaseline: cliRuns[0]!.failure ?? 'failed', pass: false });
  }
  if (has(cliS)) {
    rows.push({
      metric: `CLI verify --format json (${cliOk.length} run${cliOk.length === 1 ? '' : 's'}${cliOk.length < cliRuns.length ? `, ${cliRuns.length - cliOk.length} crashed` : ''})`,
      median: fmtMs(cliS.median),
      p95: fmtMs(cliS.p95),
      target: '—',
      vsBaseline: has(foamWallS) ? `${faster(speedup(foamWallS, cliS))} than Foam-style process (${fmtMs(foamWallS.median)})` : 'n/a',
      pass: null,
    });
  }
  if (diff) {
    rows.push({
      metric: `differential fast = remark (${diff.checked} notes)`,
      median: `${diff.mismatchCount} diff`,
      p95: '',
      target: '0 mismatches',
      vsBaseline: `remark ${(diff.remarkMs / Math.max(1, diff.fastMs)).toFixed(1)}× slower than fast`,
      pass: diff.mismatchCount === 0 && diff.errors.length === 0,
    });
  }

  process.stdout.write(`\n${table(rows)}\n`);
  process.stdout.write(`\nFoam-style = ${FOAM_PACKAGES.join(' + ')}, every note parsed and walked, wikilinks resolved into a backlink map.\n`);
  process.stdout.write(`Medians/p95 over ${f.repeats} fresh-process runs (p95 of ≤ 20 samples is the max); keystroke/hover/backlinks are per-operation p95 in one process.\n`);
  if (has(foamRss)) process.stdout.write(`Foam-style memory is inflated the way Foam's own is: wikilink targets from remark-wiki-link (kept as Foam keeps node.value) pin remark-parse 8's flattened substrings.\n`);
  if (coldRuns[0]?.cacheWrite && 'ms' in coldRuns[0].cacheWrite) process.stdout.write(`cache write after cold index: ${fmtMs(coldRuns[0].cacheWrite.ms)}, ${(coldRuns[0].cacheWrite.bytes / 1e6).toFixed(1)} MB\n`);
  if (inter) {
    process.stdout.write(`verify report data = index.claims() + claimJson per claim (the CLI's formatting); the JSON.stringify row is the CLI's output cost on top. Hover via ${inter.hover.using}${inter.hover.disagreements ? `, ${inter.hover.disagreements} disagreements with bench/hover.ts` : ''}.\n`);
  }
  if (diff) process.stdout.write(`differential compared indexView from ${diff.view}\n`);
  if (diff && diff.mismatchCount) {
    process.stdout.write(`\nDifferential mismatches (${diff.mismatchCount}; first ${diff.mismatches.length}):\n`);
    for (const x of diff.mismatches) process.stdout.write(`  ${x.file}: ${x.path}\n      fast:   ${x.fast}\n      remark: ${x.remark}${x.where ? `\n      at ${x.where}` : ''}\n`);
    if (diff.backlinks && !diff.backlinks.equal) process.stdout.write(`  backlinks of ${diff.backlinks.hub}: fast ${diff.backlinks.fast} vs remark ${diff.backlinks.remark}\n`);
  }
  if (diff && diff.errors.length) {
    process.stdout.write(`\nDifferential: the engine threw on ${diff.errors.length} note(s):\n`);
    for (const e of diff.errors.slice(0, 10)) process.stdout.write(`  ${e.file} (${e.parser}): ${e.error}\n`);
  }
  if (profile) process.stdout.write(`\n${formatProfile(profile)}\n(profile: ${path.relative(repoRoot, profile.file)})\n`);
  if (memBreakdown) {
    process.stdout.write(`\nHeap retained by the index (${memBreakdown.notes} notes, heapUsed ${fmtMB(memBreakdown.heapUsedMB)} after gc; ${fmtMB(memBreakdown.emptyHeapMB)} before indexing):\n`);
    for (const r of memBreakdown.parts) process.stdout.write(`  ${fmtMB(r.mb).padStart(8)}  ${r.part}\n`);
  }
  for (const p of problems) process.stdout.write(`problem: ${p}\n`);

  const failedTargets = rows.filter((r) => r.pass === false && !r.metric.startsWith('differential')).map((r) => r.metric);
  const results = {
    machine: { ...machine, loadavgEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    flags: { ...f, only: f.only ? [...f.only] : null },
    corpus,
    table: rows,
    failedTargets,
    problems,
    raw: {
      read: readS,
      regex: regexS,
      foam: { ms: foamS, wallMs: foamWallS, runs: foam.map((x) => x.result) },
      cold: { ms: coldS, rssMB: rssS, heapUsedMB: heapS, runs: coldRuns },
      warm: { ms: warmS, runs: warmRuns },
      parallel: { ms: parS, runs: parallelRuns },
      cli: { ms: cliS, runs: cliRuns },
      interactive: inter,
      diff,
      profile,
      memoryBreakdown: memBreakdown,
    },
  };
  const out = path.join(RESULTS_DIR, 'latest.json');
  const json = JSON.stringify(results, null, 2);
  fs.writeFileSync(out, json);
  // Every run also keeps its own file, so a partial run (--only) never loses a full one.
  const stamped = path.join(RESULTS_DIR, `run-${started.toISOString().replace(/[:.]/g, '-')}${f.only ? '-partial' : ''}.json`);
  fs.writeFileSync(stamped, json);
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), out) || out} (and ${path.relative(process.cwd(), stamped) || stamped})\n`);
  fs.rmSync(tmp, { recursive: true, force: true });

  const diffFailed = !!diff && (diff.mismatchCount > 0 || diff.errors.length > 0);
  if (diffFailed) process.stdout.write('FAIL: the fast parser and the remark parser disagree (see above)\n');
  if (failedTargets.length) process.stdout.write(`targets failed: ${failedTargets.join('; ')}\n`);
  return diffFailed || problems.length || (f.strict && failedTargets.length) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
