// roofline-notes verify|talks|check|hardware — argument parsing and output over the core.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { WorkspaceIndex, type ClaimRef } from '../core/workspace.js';
import { analyzeNote } from '../core/note.js';
import { positionAt } from '../core/text.js';
import { resolveHardware } from '../core/catalog/index.js';
import type { Claim, Note, Problem } from '../core/types.js';
import { formatHardware } from './hardware.js';
import { AGREEMENT_FACTOR } from '../core/present/format.js';
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
      --format text|json      output format (default text)
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

async function buildIndex(p: Parsed, io: Io): Promise<{ index: WorkspaceIndex; files: Map<string, string> }> {
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
  if (jobs > 0) {
    // Worker threads read and analyse; this thread only inserts (src/node/parallel.ts).
    await indexFilesInParallel(todo, index.options, { index, workers: jobs });
  } else {
    await indexFilesInProcess(todo, index, cached, true);
  }
  if (cacheFile) await saveCacheFile(cacheFile, index, io);
  return { index, files };
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

export function claimJson(file: string, note: Note, claim: Claim): Record<string, unknown> {
  const start = positionAt(note.lineStarts, claim.quantity.span.start);
  const end = positionAt(note.lineStarts, claim.quantity.span.end);
  const e = claim.evaluation;
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    raw: claim.quantity.raw,
    value: claim.quantity.value,
    unit: claim.quantity.unit,
    range: claim.quantity.range,
    hedge: claim.quantity.hedge,
    subject: claim.subject,
    statement: claim.statement,
    section: claim.section,
    speaker: claim.speaker,
    kind: claim.kind,
    verdict: e.verdict,
    modelValue: e.modelValue,
    modelText: e.modelText,
    ratio: e.ratio,
    tolerance: e.tolerance,
    derivation: e.derivation,
    assumptions: e.assumptions,
    reason: e.reason,
    sources: e.sources,
    ...(claim.suspicion ? { suspicion: claim.suspicion } : {}),
  };
}

/**
 * `JSON.stringify(claimJson(file, note, claim))`, written directly: a big workspace's report has
 * hundreds of thousands of claims, and building an object per claim to stringify it cost more than
 * the text. `fileJson` is `JSON.stringify(file)`, made once per note.
 */
export function claimJsonText(fileJson: string, note: Note, claim: Claim): string {
  const q = claim.quantity;
  const e = claim.evaluation;
  const start = positionAt(note.lineStarts, q.span.start);
  const end = positionAt(note.lineStarts, q.span.end);
  const str = JSON.stringify;
  return (
    `{"file":${fileJson},"line":${start.line + 1},"column":${start.character + 1},"endLine":${end.line + 1},"endColumn":${end.character + 1}` +
    `,"raw":${str(q.raw)},"value":${numberJson(q.value)},"unit":${str(q.unit)},"range":${q.range ? `[${numberJson(q.range[0])},${numberJson(q.range[1])}]` : 'null'}` +
    `,"hedge":${str(q.hedge)},"subject":${str(claim.subject)},"statement":${str(claim.statement)},"section":${str(claim.section)},"speaker":${str(claim.speaker)}` +
    `,"kind":${str(claim.kind)},"verdict":${str(e.verdict)},"modelValue":${numberJson(e.modelValue)},"modelText":${str(e.modelText)},"ratio":${numberJson(e.ratio)}` +
    `,"tolerance":${numberJson(e.tolerance)},"derivation":${str(e.derivation)},"assumptions":${str(e.assumptions)},"reason":${str(e.reason)},"sources":${str(e.sources)}` +
    `${claim.suspicion ? `,"suspicion":${str(claim.suspicion)}` : ''}}`
  );
}

/** A number as JSON writes it: non-finite values become null. */
function numberJson(n: number | null): string {
  return n !== null && Number.isFinite(n) ? String(n) : 'null';
}

function problemJson(file: string, note: Note | undefined, problem: Problem): Record<string, unknown> {
  const pos = note && problem.span ? positionAt(note.lineStarts, problem.span.start) : undefined;
  return { file, line: pos ? pos.line + 1 : null, column: pos ? pos.character + 1 : null, code: problem.code, severity: problem.severity, message: problem.message };
}

/**
 * The report's problems in order: skipped files, each note's own, speaker misspellings, then
 * cross-note conflicts. A generator: a big workspace has hundreds of thousands, written as they come.
 */
function* reportProblems(index: WorkspaceIndex, notes: readonly Note[]): Generator<Record<string, unknown>> {
  for (const s of index.skippedFiles().sort((a, b) => a.id.localeCompare(b.id))) yield problemJson(s.id, undefined, s.problem);
  for (const n of notes) for (const pr of n.problems) yield problemJson(n.id, n, pr);
  for (const m of index.speakerMisspellings()) yield { file: m.noteIds[0] ?? null, line: null, column: null, code: 'speaker-misspelling', severity: 'info', message: m.message };
  // Claims of conflicts (hundreds of thousands in a big workspace) sort by the notes' rank, not by comparing ids again.
  const rank = new Map(notes.map((n, i) => [n.id, i]));
  const byPlace = (a: ClaimRef, b: ClaimRef) => rank.get(a.note.id)! - rank.get(b.note.id)! || a.claim.quantity.span.start - b.claim.quantity.span.start;
  // Sorted so the output never depends on the order notes were indexed in (workers finish in any order).
  const table = index.conflictTable();
  const conflicts = index.conflicts(table).sort((a, b) => a.key.localeCompare(b.key));
  for (const conflict of conflicts) {
    for (const r of conflict.claims.sort(byPlace)) {
      // Only claims that disagree with this one are named (a key's claims can agree in clusters),
      // at most three, found by binary search: a key claimed in thousands of notes costs O(log k) each.
      const { refs: others, total } = index.disagreeing(r.claim, r.note.id, 3, AGREEMENT_FACTOR, table);
      if (total === 0) continue;
      const named = others.map((o) => `${o.claim.quantity.raw} in ${o.note.id}`);
      const more = total > named.length ? ` and ${total - named.length} more` : '';
      yield problemJson(r.note.id, r.note, {
        code: 'conflicting-claims',
        severity: 'info',
        message: `${r.claim.subject}: ${r.claim.quantity.raw} here, but ${named.join(', ')}${more}`,
        span: r.claim.quantity.span,
      });
    }
  }
}

export function claimLine(file: string, note: Note, claim: Claim): string {
  const pos = positionAt(note.lineStarts, claim.quantity.span.start);
  const e = claim.evaluation;
  const where = `${file}:${pos.line + 1}:${pos.character + 1}`;
  if (e.verdict === 'unverifiable') return `${where} unverifiable ${claim.quantity.raw} (${claim.subject}): ${e.reason}`;
  const ratio = e.ratio !== null ? `, ratio ${e.ratio.toFixed(2)}` : '';
  return `${where} ${e.verdict} ${claim.quantity.raw} → ${e.modelText}${ratio} (${e.derivation.join('; ')})`;
}

async function verify(p: Parsed, io: Io): Promise<number> {
  const format = flag(p, 'format', ['text', 'json'], 'text');
  const failOn = flag(p, 'fail-on', ['inconsistent', 'never'], 'inconsistent');
  const { index } = await buildIndex(p, io);
  const notes = index.allNotes().sort((a, b) => a.id.localeCompare(b.id));
  const tally = index.tally();
  const inconsistent = tally.inconsistent;
  const claimCount = tally.consistent + tally.inconsistent + tally.unverifiable;
  if (format === 'json') {
    // One note's claims at a time, then problems a chunk at a time: the whole workspace as one
    // object tree would take gigabytes.
    const parts: string[] = [];
    const emit = (s: string) => (io.write ? io.write(s) : parts.push(s));
    emit(`{"schemaVersion":1,"notes":${notes.length},"claims":[`);
    let first = true;
    for (const note of notes) {
      const claims = note.claims;
      if (claims.length === 0) continue;
      const file = JSON.stringify(note.id);
      let json = first ? '' : ',';
      for (let i = 0; i < claims.length; i++) json += (i ? ',' : '') + claimJsonText(file, note, claims[i]!);
      emit(json);
      first = false;
    }
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
    emit(']}');
    if (io.write) io.write('\n');
    else io.out(parts.join(''));
  } else {
    const showAll = p.flags.has('all');
    for (const note of notes) {
      for (const claim of note.claims) {
        if (claim.evaluation.verdict === 'unverifiable' && !showAll) continue;
        io.out(claimLine(note.id, note, claim));
      }
    }
    let problems = 0;
    for (const pr of reportProblems(index, notes)) {
      problems++;
      io.out(`${pr.file}${pr.line ? `:${pr.line}:${pr.column}` : ''} ${pr.severity} ${pr.code}: ${pr.message}`);
    }
    io.out(
      `\n${notes.length} note${notes.length === 1 ? '' : 's'}, ${claimCount} claims: ${tally.consistent} consistent, ${inconsistent} inconsistent, ${tally.unverifiable} unverifiable; ${problems} problem${problems === 1 ? '' : 's'}${
        index.skippedFiles().length ? ` (${index.skippedFiles().length} file(s) skipped)` : ''
      }`,
    );
  }
  return failOn === 'inconsistent' && inconsistent > 0 ? EXIT_INCONSISTENT : EXIT_OK;
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
  let lastEvent: string | null | undefined;
  for (const r of rows) {
    if (r.event !== lastEvent) io.out(`\n${r.event ?? '(no event)'}`);
    lastEvent = r.event;
    const who = r.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(', ');
    io.out(`  ${r.time ? `${r.time.padEnd(8)} ` : '         '}${who || '(unknown speaker)'}${r.title ? ` — ${r.title}` : ''}   ${r.file}:${r.line}`);
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
