// roofline-notes verify|talks|check|hardware — argument parsing and output over the core.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { WorkspaceIndex } from '../core/workspace.js';
import { claimBoundsOf, claimLabelsOf, claimValuesOf, noteLinksOf } from '../core/codec.js';
import { analyzeNote } from '../core/note.js';
import { positionAt } from '../core/text.js';
import { resolveHardware } from '../core/catalog/index.js';
import type { Note, Problem } from '../core/types.js';
import { formatHardware } from './hardware.js';
import { groupTalksByEvent } from '../core/present/tree.js';
import { AGREEMENT_FACTOR } from '../core/present/format.js';
import { claimJson, githubAnnotation, renderNoteClaims, type ClaimOutputFormat, type GithubLevel } from '../core/present/claimOutput.js';
import { brokenWikilinkProblems, buildReport, renderReportMarkdown } from '../core/present/report.js';
import { collectNotePaths } from './files.js';
import { loadCacheFile, saveCacheFile } from './cacheFile.js';
import { defaultWorkerCount, indexFilesInParallel } from '../node/parallel.js';
import { indexFilesInProcess, indexFromCache } from '../node/inProcess.js';

export const EXIT_OK = 0;
export const EXIT_INCONSISTENT = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage: roofline-notes <command> [options]

Commands:
  verify [PATH...]     Check every numeric claim in the notes (default: current folder)
      --format text|json|github|markdown
                              output format (default text); github: annotations for a
                              GitHub Actions log; markdown: the report (for a job summary)
      --hardware ID           chip for claims that name none (e.g. B200, h100-sxm)
      --fail-on inconsistent|never   exit 1 on inconsistent claims (default inconsistent)
      --all                   also list unverifiable claims in text output
      --parser fast|remark    markdown parser (default fast; remark is the reference)
      --cache FILE            reuse analyses of unchanged notes from FILE and update it (keyed by content)
      --jobs N                worker threads for indexing (default: one per core from 1,000 notes up; 0 = none)
  talks [PATH...]      List talks and speakers    (--format text|json)
  check "<sentence>"   Evaluate one statement and print the derivation   (--format, --hardware)
  hardware [ID]        Print the hardware catalog, or one entry, with sources

Exit codes: 0 clean, 1 inconsistent claims found, 2 usage or I/O error.`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  /** Raw output without a newline; when given, large JSON is streamed in pieces instead of built whole. */
  write?: (s: string) => void;
  /** Raw UTF-8 output (claims the index workers rendered), in order with `write`. */
  writeBytes?: (b: Uint8Array) => void;
}

class UsageError extends Error {}

interface Parsed {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['format', 'hardware', 'fail-on', 'parser', 'cache', 'jobs']);
const BOOL_FLAGS = new Set(['all', 'help', 'h']);

export function parseArgs(argv: string[]): Parsed {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
      if (VALUE_FLAGS.has(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
      } else if (BOOL_FLAGS.has(name)) flags.set(name, true);
      else throw new UsageError(`unknown option ${arg}`);
      continue;
    }
    positional.push(arg);
  }
  return { command, positional, flags };
}

function flag(p: Parsed, name: string, allowed: string[], fallback: string): string {
  const v = p.flags.get(name);
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !allowed.includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return v;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
    if (parsed.command === '' || parsed.command === 'help' || parsed.flags.has('help') || parsed.flags.has('h')) {
      io.out(USAGE);
      return parsed.command === '' ? EXIT_USAGE : EXIT_OK;
    }
    switch (parsed.command) {
      case 'verify':
        return await verify(parsed, io);
      case 'talks':
        return await talks(parsed, io);
      case 'check':
        return check(parsed, io);
      case 'hardware':
        return hardware(parsed, io);
      default:
        throw new UsageError(`unknown command "${parsed.command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`roofline-notes: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const e = error as NodeJS.ErrnoException;
    io.err(`roofline-notes: ${e.code ? `${e.code}: ` : ''}${e.message}`);
    return EXIT_USAGE;
  }
}

function hardwareOption(p: Parsed): string | undefined {
  const h = p.flags.get('hardware');
  if (h === undefined) return undefined;
  if (typeof h !== 'string' || !resolveHardware(h)) throw new UsageError(`unknown hardware "${String(h)}" (see \`roofline-notes hardware\`)`);
  return h;
}

async function buildIndex(p: Parsed, io: Io, claims?: ClaimStream): Promise<{ index: WorkspaceIndex; files: Map<string, string> }> {
  const parser = flag(p, 'parser', ['fast', 'remark'], 'fast') as 'fast' | 'remark';
  const index = new WorkspaceIndex({ defaultHardware: hardwareOption(p), parser });
  const roots = p.positional.length ? p.positional : ['.'];
  const files = new Map<string, string>();
  for (const root of roots) {
    const abs = path.resolve(io.cwd, root);
    let found: string[];
    try {
      found = await collectNotePaths(abs);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw Object.assign(new Error(`cannot read ${root}: ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}`), { code: undefined });
    }
    for (const file of found) {
      const shown = path.relative(io.cwd, file) || path.basename(file);
      files.set(shown, file);
    }
  }
  const cacheFile = typeof p.flags.get('cache') === 'string' ? path.resolve(io.cwd, p.flags.get('cache') as string) : undefined;
  // Files are read while the cache loads (a missing cache file is a cold run: nothing to overlap).
  const cached = cacheFile && existsSync(cacheFile) ? loadCacheFile(cacheFile, index.options, io) : undefined;
  const sorted = [...files].sort(([a], [b]) => a.localeCompare(b)).map(([id, file]) => ({ id, path: file }));
  let jobs = jobsOption(p, sorted.length);
  let todo = sorted;
  if (cached && jobs > 0) {
    // Warm start: a worker hashes the files while this thread reads the cache; unchanged notes come
    // from the cache, and only the changed ones are worth starting the analysis workers for.
    todo = await indexFromCache(sorted, index, cached);
    if (todo.length < PARALLEL_MIN_FILES) jobs = 0;
  }
  claims?.start(index, sorted.map((f) => f.id));
  if (jobs > 0) {
    // Worker threads read and analyse; this thread only inserts (src/node/parallel.ts). With a claim
    // stream, the workers render each note's claims and they are written while the rest is indexed.
    const stream = claims;
    if (stream) stream.expect(todo.map((f) => f.id));
    await indexFilesInParallel(todo, index.options, { index, workers: jobs, render: stream?.render, onSettled: stream ? (id, text) => stream.settle(id, text) : undefined });
  } else {
    await indexFilesInProcess(todo, index, cached, true);
  }
  if (cacheFile) await saveCacheFile(cacheFile, index, io);
  return { index, files };
}

/**
 * Writes each note's claims in the report's order (notes by id) as soon as every note before it is in the
 * index: with worker threads, while later notes are still being analysed, from the text the workers rendered
 * (a big workspace's claims are then never built again in this thread).
 */
class ClaimStream {
  readonly render: { format: ClaimOutputFormat; all: boolean };
  private index: WorkspaceIndex | undefined;
  private order: readonly string[] = [];
  private next = 0;
  private readonly rendered = new Map<string, Uint8Array>();
  private readonly pending = new Set<string>();
  private opened = false;
  private wroteClaim = false;

  /** `opening` is written before the first claim, or by `finish` (nothing is written if indexing fails). */
  constructor(
    format: ClaimOutputFormat,
    all: boolean,
    private readonly opening: string,
    private readonly write: (chunk: string) => void,
    private readonly writeBytes: (chunk: Uint8Array) => void,
  ) {
    this.render = { format, all };
  }

  start(index: WorkspaceIndex, order: readonly string[]): void {
    this.index = index;
    this.order = order;
  }

  /** Notes the workers are about to analyse: the stream waits for each. */
  expect(ids: readonly string[]): void {
    for (const id of ids) this.pending.add(id);
  }

  settle(id: string, rendered: Uint8Array | undefined): void {
    this.pending.delete(id);
    if (rendered !== undefined) this.rendered.set(id, rendered);
    this.flush();
  }

  /** Writes what is left, once every note is in the index. */
  finish(): void {
    this.pending.clear();
    this.flush();
    this.open();
  }

  private open(): void {
    if (this.opened) return;
    this.opened = true;
    this.write(this.opening);
  }

  private flush(): void {
    while (this.next < this.order.length) {
      const id = this.order[this.next]!;
      if (this.pending.has(id)) return;
      this.next++;
      const bytes = this.rendered.get(id);
      this.rendered.delete(id);
      // Read from the cache, or analysed in this thread: rendered here.
      const note = bytes === undefined ? this.index?.getNote(id) : undefined;
      const text = note ? renderNoteClaims(note, this.render.format, this.render.all) : '';
      if (bytes ? bytes.length === 0 : text === '') continue;
      this.open();
      if (this.render.format === 'json' && this.wroteClaim) this.write(',');
      this.wroteClaim = true;
      if (bytes) this.writeBytes(bytes);
      else this.write(text);
    }
  }
}

/** Problems per write in JSON output. */
const PROBLEMS_PER_CHUNK = 512;

/** Below about this many files, starting workers (each compiles the engine afresh) costs more than it saves. */
const PARALLEL_MIN_FILES = 1000;

/** Worker threads for --jobs (0: analyse in this thread). */
function jobsOption(p: Parsed, files: number): number {
  const raw = p.flags.get('jobs');
  if (raw === undefined) return files >= PARALLEL_MIN_FILES ? defaultWorkerCount() : 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw Object.assign(new Error(`--jobs must be a whole number of worker threads (0 to analyse in-process), not "${String(raw)}"`), { code: undefined });
  return n;
}

function problemJson(file: string, note: Note | undefined, problem: Problem): Record<string, unknown> {
  const pos = note && problem.span ? positionAt(note.lineStarts, problem.span.start) : undefined;
  return { file, line: pos ? pos.line + 1 : null, column: pos ? pos.character + 1 : null, code: problem.code, severity: problem.severity, message: problem.message };
}

/** Wikilinks to no note of the workspace, as the extension reports them. */
function brokenWikilinks(index: WorkspaceIndex, note: Note): Problem[] {
  return brokenWikilinkProblems(noteLinksOf(note), (target) => !!index.resolveWikilink(target));
}

/**
 * The report's problems in order: skipped files, each note's own, speaker misspellings, then
 * cross-note conflicts. A generator: a big workspace has hundreds of thousands, written as they come.
 */
function* reportProblems(index: WorkspaceIndex, notes: readonly Note[]): Generator<Record<string, unknown>> {
  for (const s of index.skippedFiles().sort((a, b) => a.id.localeCompare(b.id))) yield problemJson(s.id, undefined, s.problem);
  for (const n of notes) {
    for (const pr of n.problems) yield problemJson(n.id, n, pr);
    for (const pr of brokenWikilinks(index, n)) yield problemJson(n.id, n, pr);
  }
  for (const m of index.speakerMisspellings()) yield { file: m.noteIds[0] ?? null, line: null, column: null, code: 'speaker-misspelling', severity: 'info', message: m.message };
  // Claims of conflicts (hundreds of thousands in a big workspace) sort by the notes' rank, not by comparing ids again.
  // They are named by labels read from each note's rows once: building every claim again cost seconds.
  const rank = new Map(notes.map((n, i) => [n.id, i]));
  // Sorted so the output never depends on the order notes were indexed in (workers finish in any order).
  const table = index.conflictTable();
  for (const key of [...table.keys()].sort((a, b) => a.localeCompare(b))) {
    const lists = table.get(key)!;
    const placed: { note: Note; i: number; start: number; rank: number }[] = [];
    for (const e of [...lists.points, ...lists.uppers, ...lists.lowers]) {
      const note = index.getNote(e.noteId)!;
      placed.push({ note, i: e.claimIndex, start: claimLabelsOf(note).starts[e.claimIndex]!, rank: rank.get(e.noteId)! });
    }
    placed.sort((a, b) => a.rank - b.rank || a.start - b.start);
    for (const { note, i, start } of placed) {
      // Only claims that disagree with this one are named (a key's claims can agree in clusters),
      // at most three, found by binary search: a key claimed in thousands of notes costs O(log k) each.
      const { entries: others, total } = index.disagreeingEntries(key, claimValuesOf(note)[i]!, claimBoundsOf(note)[i]!, note.id, 3, AGREEMENT_FACTOR, table);
      if (total === 0) continue;
      const named = others.map((o) => `${claimLabelsOf(index.getNote(o.noteId)!).raws[o.claimIndex]} in ${o.noteId}`);
      const more = total > named.length ? ` and ${total - named.length} more` : '';
      const own = claimLabelsOf(note);
      yield problemJson(note.id, note, {
        code: 'conflicting-claims',
        severity: 'info',
        message: `${own.subjects[i]}: ${own.raws[i]} here, but ${named.join(', ')}${more}`,
        span: { start, end: start },
      });
    }
  }
}

const GITHUB_LEVEL: Record<Problem['severity'], GithubLevel> = { error: 'error', warning: 'warning', info: 'notice' };

async function verify(p: Parsed, io: Io): Promise<number> {
  const format = flag(p, 'format', ['text', 'json', 'github', 'markdown'], 'text') as ClaimOutputFormat | 'markdown';
  const failOn = flag(p, 'fail-on', ['inconsistent', 'never'], 'inconsistent');
  if (format === 'markdown') return verifyMarkdown(p, io, failOn);
  // Without a raw writer (a test's), the output is gathered and written as one text.
  const parts: string[] = [];
  const emit = (s: string) => (io.write ? io.write(s) : parts.push(s));
  // Claims are written note by note as indexing goes (claims first, then problems, then the count),
  // problems a chunk at a time: the whole workspace as one object tree would take gigabytes.
  const utf8 = new TextDecoder();
  const emitBytes = (b: Uint8Array) => (io.writeBytes ? io.writeBytes(b) : emit(utf8.decode(b)));
  const claims = new ClaimStream(format, p.flags.has('all'), format === 'json' ? '{"schemaVersion":1,"claims":[' : '', emit, emitBytes);
  const { index } = await buildIndex(p, io, claims);
  claims.finish();
  const notes = index.allNotes().sort((a, b) => a.id.localeCompare(b.id));
  const tally = index.tally();
  const inconsistent = tally.inconsistent;
  const claimCount = tally.consistent + tally.inconsistent + tally.unverifiable;
  if (format === 'json') {
    emit('],"problems":[');
    let chunk: string[] = [];
    let count = 0;
    for (const problem of reportProblems(index, notes)) {
      chunk.push(JSON.stringify(problem));
      if (chunk.length === PROBLEMS_PER_CHUNK) {
        emit((count ? ',' : '') + chunk.join(','));
        count += chunk.length;
        chunk = [];
      }
    }
    if (chunk.length) emit((count ? ',' : '') + chunk.join(','));
    emit(`],"notes":${notes.length}}`);
    if (io.write) io.write('\n');
    else io.out(parts.join(''));
  } else {
    // Claim lines end in a newline; `out` adds its own.
    if (!io.write && parts.length) io.out(parts.join('').slice(0, -1));
    let problems = 0;
    for (const pr of reportProblems(index, notes)) {
      problems++;
      if (format === 'github') {
        const at = typeof pr.line === 'number' ? { line: pr.line, column: pr.column as number } : null;
        io.out(githubAnnotation(GITHUB_LEVEL[pr.severity as Problem['severity']] ?? 'notice', String(pr.file ?? ''), at, `Roofline Notes: ${String(pr.code)}`, String(pr.message)));
      } else io.out(`${pr.file}${pr.line ? `:${pr.line}:${pr.column}` : ''} ${pr.severity} ${pr.code}: ${pr.message}`);
    }
    io.out(
      `\n${notes.length} note${notes.length === 1 ? '' : 's'}, ${claimCount} claims: ${tally.consistent} consistent, ${inconsistent} inconsistent, ${tally.unverifiable} unverifiable; ${problems} problem${problems === 1 ? '' : 's'}${
        index.skippedFiles().length ? ` (${index.skippedFiles().length} file(s) skipped)` : ''
      }`,
    );
  }
  return failOn === 'inconsistent' && inconsistent > 0 ? EXIT_INCONSISTENT : EXIT_OK;
}

/** The report the extension writes, as markdown on stdout: `>> "$GITHUB_STEP_SUMMARY"` in a workflow. */
async function verifyMarkdown(p: Parsed, io: Io, failOn: string): Promise<number> {
  const { index } = await buildIndex(p, io);
  const notes = index.allNotes().sort((a, b) => a.id.localeCompare(b.id));
  const roots = p.positional.length ? p.positional : ['.'];
  const model = buildReport(notes, {
    scope: roots.join(', '),
    generated: new Date(),
    displayPath: (id) => id,
    onlyInconsistent: !p.flags.has('all'),
    omittedHint: 'run with --all to list them',
    skipped: index.skippedFiles().map((s) => ({ id: s.id, message: s.problem.message })),
    extraProblems: (note) => brokenWikilinks(index, note),
  });
  // Paths relative to where it ran, with GitHub's line anchors.
  io.out(renderReportMarkdown(model, (id, line) => `${id.split(path.sep).join('/')}${line > 0 ? `#L${line + 1}` : ''}`));
  return failOn === 'inconsistent' && index.tally().inconsistent > 0 ? EXIT_INCONSISTENT : EXIT_OK;
}

async function talks(p: Parsed, io: Io): Promise<number> {
  const format = flag(p, 'format', ['text', 'json'], 'text');
  const { index } = await buildIndex(p, io);
  const refs = index.talks().sort((a, b) => a.note.id.localeCompare(b.note.id) || a.talk.span.start - b.talk.span.start);
  const rows = refs.map(({ note, talk }) => ({
    file: note.id,
    line: positionAt(note.lineStarts, talk.span.start).line + 1,
    title: talk.title,
    speakers: talk.speakers.map((s) => ({ name: s.name, affiliation: s.affiliation })),
    time: talk.time,
    event: talk.event,
  }));
  if (format === 'json') {
    io.out(JSON.stringify({ talks: rows, misspellings: index.speakerMisspellings().map((m) => m.message) }));
    return EXIT_OK;
  }
  // Grouped as the sidebar groups them: one heading per event, whichever notes its talks are in.
  for (const group of groupTalksByEvent(index.allNotes())) {
    io.out(`\n${group.event}`);
    for (const { noteId, talk, line } of group.talks) {
      const who = talk.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(', ');
      io.out(`  ${talk.time ? `${talk.time.padEnd(8)} ` : '         '}${who || '(unknown speaker)'}${talk.title ? ` — ${talk.title}` : ''}   ${noteId}:${line + 1}`);
    }
  }
  for (const m of index.speakerMisspellings()) io.out(`\nnote: ${m.message}`);
  io.out(`\n${rows.length} talk${rows.length === 1 ? '' : 's'}, ${index.speakers().length} speaker${index.speakers().length === 1 ? '' : 's'}`);
  return EXIT_OK;
}

function check(p: Parsed, io: Io): number {
  const format = flag(p, 'format', ['text', 'json'], 'text');
  const sentence = p.positional.join(' ').trim();
  if (!sentence) throw new UsageError('check needs a sentence, e.g. roofline-notes check "The H200\'s 141 GB drains in 10 ms"');
  const note = analyzeNote('check', sentence, { defaultHardware: hardwareOption(p) });
  if (format === 'json') {
    io.out(JSON.stringify({ schemaVersion: 1, statement: sentence, claims: note.claims.map((c) => claimJson('check', note, c)) }));
  } else {
    if (note.claims.length === 0) io.out('No numeric claim found in that statement.');
    for (const claim of note.claims) {
      const e = claim.evaluation;
      io.out(`${e.verdict.toUpperCase()}  ${claim.quantity.raw}  (${claim.subject}; ${claim.kind})`);
      if (e.modelText) io.out(`  model: ${e.modelText}${e.ratio !== null ? `   ratio claimed ÷ model = ${e.ratio.toFixed(3)}` : ''}`);
      for (const line of e.derivation) io.out(`  = ${line}`);
      for (const a of e.assumptions) io.out(`  assuming ${a}`);
      io.out(`  ${e.reason}`);
      for (const s of e.sources) io.out(`  source: ${s}`);
      if (claim.suspicion) io.out(`  suspicious: ${claim.suspicion.message}`);
    }
  }
  return note.claims.some((c) => c.evaluation.verdict === 'inconsistent') ? EXIT_INCONSISTENT : EXIT_OK;
}

function hardware(p: Parsed, io: Io): number {
  const id = p.positional[0];
  const text = formatHardware(id);
  if (text === undefined) throw new UsageError(`unknown hardware "${id}"`);
  io.out(text);
  return EXIT_OK;
}
