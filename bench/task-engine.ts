// Engine tasks, each run in a fresh child process by run.ts.
import fs from 'node:fs';
import { WorkspaceIndex, type IndexOptions } from '../src/core/workspace.js';
import { poolForSave } from '../src/core/codec.js';
import { rangeOf } from '../src/core/text.js';
import { claimJson } from '../src/core/present/claimOutput.js';
import type { Claim, Note } from '../src/core/types.js';
import { engineModuleExists, engineUrl, listNoteFiles, memoryAfterGc, nowMs, summarize, type MemorySnapshot, type NoteFile, type Summary } from './common.js';
import { claimAtOffset } from './hover.js';
import { firstDifference, loadIndexView, short } from './index-view.js';
import { generateSingleNote, HUB_PATH } from './gen-corpus.js';
import { Rng } from './prng.js';

export interface EngineError {
  file: string;
  error: string;
}

function errorText(e: unknown): string {
  const err = e as Error;
  return (err?.stack ?? String(e)).split('\n').slice(0, 4).join(' | ');
}

/** Index every file of the corpus: list, read, updateBytes. Exceptions are recorded, not fatal. */
function indexAll(files: NoteFile[], options: IndexOptions, errors: EngineError[]): WorkspaceIndex {
  const index = new WorkspaceIndex(options);
  for (const f of files) {
    try {
      index.updateBytes(f.id, fs.readFileSync(f.abs));
    } catch (e) {
      errors.push({ file: f.id, error: errorText(e) });
    }
  }
  return index;
}

// ---------------------------------------------------------------------------
// Cold index

export interface ColdResult {
  ms: number;
  files: number;
  notes: number;
  skipped: number;
  claims: number;
  errors: EngineError[];
  errorCount: number;
  memoryBefore: MemorySnapshot;
  memory: MemorySnapshot;
  cacheWrite?: { ms: number; bytes: number } | { na: string };
}

export async function cold(args: { corpus: string; options?: IndexOptions; writeCache?: string }): Promise<ColdResult> {
  const options = args.options ?? {};
  const memoryBefore = memoryAfterGc();
  const errors: EngineError[] = [];
  const t0 = nowMs();
  const files = listNoteFiles(args.corpus);
  const index = indexAll(files, options, errors);
  const ms = nowMs() - t0;
  const memory = memoryAfterGc();
  const result: ColdResult = {
    ms,
    files: files.length,
    notes: index.size,
    skipped: index.skippedFiles().length,
    claims: index.claims().length,
    errors: errors.slice(0, 5),
    errorCount: errors.length,
    memoryBefore,
    memory,
  };
  if (args.writeCache) result.cacheWrite = await writeCache(index, options, args.writeCache);
  return result;
}

// ---------------------------------------------------------------------------
// Persistent cache (src/core/cache.ts): write after a cold index, load in a fresh process.

interface CacheApi {
  cacheHeader(options: unknown): unknown;
  serializeCache(header: unknown, notes: Iterable<Note>): string;
  deserializeCache(content: string | Uint8Array, expected: unknown): { ok: true; cache: { notes: Map<string, Note> } } | { ok: false; reason: string };
}

async function cacheApi(): Promise<CacheApi | string> {
  if (!engineModuleExists('src/core/cache.js')) return 'src/core/cache.ts not present';
  const mod = (await import(engineUrl('src/core/cache.js'))) as Record<string, unknown>;
  const need = ['cacheHeader', 'serializeCache', 'deserializeCache'];
  const missing = need.filter((k) => typeof mod[k] !== 'function');
  if (missing.length) return `cache.ts API not recognised (missing ${missing.join(', ')}; exports: ${Object.keys(mod).join(', ')})`;
  return mod as unknown as CacheApi;
}

async function writeCache(index: WorkspaceIndex, options: IndexOptions, file: string): Promise<{ ms: number; bytes: number } | { na: string }> {
  const api = await cacheApi();
  if (typeof api === 'string') return { na: api };
  const t0 = nowMs();
  const text = api.serializeCache(api.cacheHeader(options), index.allNotes());
  fs.writeFileSync(file, text);
  return { ms: nowMs() - t0, bytes: Buffer.byteLength(text) };
}

export interface WarmResult {
  na?: string;
  ms: number;
  loadMs: number;
  notes: number;
  claims: number;
  hits: number;
  errors: EngineError[];
  errorCount: number;
  memory?: MemorySnapshot;
}

/** Warm start: read + parse the cache file, then re-read every note and reuse cached analyses whose hash matches. */
export async function warm(args: { corpus: string; cacheFile: string; options?: IndexOptions }): Promise<WarmResult> {
  const options = args.options ?? {};
  const api = await cacheApi();
  const empty = { ms: NaN, loadMs: NaN, notes: 0, claims: 0, hits: 0, errors: [], errorCount: 0 };
  if (typeof api === 'string') return { na: api, ...empty };
  if (!fs.existsSync(args.cacheFile)) return { na: 'no cache file was written by the cold run', ...empty };
  const errors: EngineError[] = [];
  // The product's warm start (src/node/inProcess.ts, as the CLI runs it): a worker reads and hashes
  // every file while the cache is read and parsed; each unchanged note is reused from the cache.
  const t0 = nowMs();
  const files = listNoteFiles(args.corpus);
  let loadMs = NaN;
  let rejected: string | undefined;
  const loading = fs.promises.readFile(args.cacheFile).then((bytes) => {
    const loaded = api.deserializeCache(bytes, api.cacheHeader(options));
    loadMs = nowMs() - t0;
    if (!loaded.ok) {
      rejected = loaded.reason;
      return undefined;
    }
    return loaded.cache.notes;
  });
  const index = new WorkspaceIndex(options);
  const { indexFilesInProcess, indexFromCache } = (await import(engineUrl('src/node/inProcess.js'))) as typeof import('../src/node/inProcess.js');
  try {
    const all = files.map((f) => ({ id: f.id, path: f.abs }));
    const misses = await indexFromCache(all, index, loading);
    await indexFilesInProcess(misses, index);
  } catch (e) {
    errors.push({ file: '(warm start)', error: errorText(e) });
  }
  if (rejected) return { na: `cache rejected: ${rejected}`, ...empty };
  const cached = (await loading)!;
  const ms = nowMs() - t0;
  let hits = 0;
  for (const [id, note] of cached) if (index.getNote(id)?.claims === note.claims) hits++;
  return { ms, loadMs, notes: index.size, claims: index.claims().length, hits, errors: errors.slice(0, 5), errorCount: errors.length, memory: memoryAfterGc() };
}

// ---------------------------------------------------------------------------
// Parallel indexer (src/node/parallel.ts): what the CLI and the extension run on local files.

export async function parallel(args: { corpus: string; options?: IndexOptions }): Promise<{ na?: string; ms: number; notes: number | null; claims: number | null; workers?: number; memory?: MemorySnapshot }> {
  if (!engineModuleExists('src/node/parallel.js')) return { na: 'src/node/parallel.ts not present', ms: NaN, notes: null, claims: null };
  const mod = (await import(engineUrl('src/node/parallel.js'))) as typeof import('../src/node/parallel.js');
  const t0 = nowMs();
  const files = listNoteFiles(args.corpus);
  const result = await mod.indexFilesInParallel(
    files.map((f) => ({ id: f.id, path: f.abs })),
    args.options ?? {},
  );
  const ms = nowMs() - t0;
  const memory = memoryAfterGc();
  return { ms, notes: result.index.size, claims: result.index.tally().consistent + result.index.tally().inconsistent + result.index.tally().unverifiable, workers: result.workers, memory };
}

// ---------------------------------------------------------------------------
// Interactive: keystroke, hover, verify, backlinks on one 10k index.

interface Diagnostic {
  range: ReturnType<typeof rangeOf> | null;
  severity: string;
  message: string;
}

/** What the extension turns a note into on every change: one diagnostic per checked claim and per problem. */
function diagnosticsOf(note: Note): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of note.claims) {
    if (c.evaluation.verdict === 'unverifiable' && !c.suspicion) continue;
    out.push({ range: rangeOf(note.lineStarts, c.quantity.span), severity: c.evaluation.verdict === 'inconsistent' ? 'warning' : 'info', message: c.evaluation.reason });
  }
  for (const p of note.problems) out.push({ range: p.span ? rangeOf(note.lineStarts, p.span) : null, severity: p.severity, message: p.message });
  return out;
}

function hubId(index: WorkspaceIndex, files: NoteFile[]): { id: string; how: string } {
  if (files.some((f) => f.id === HUB_PATH)) return { id: HUB_PATH, how: 'hub.md from the generator' };
  // A corpus from elsewhere: the most linked-to note.
  const counts = new Map<string, number>();
  for (const note of index.allNotes()) {
    for (const l of note.links) {
      if (l.kind !== 'wikilink') continue;
      const target = index.resolveWikilink(l.target);
      if (target) counts.set(target.id, (counts.get(target.id) ?? 0) + 1);
    }
  }
  let best = files[0]?.id ?? '';
  for (const [id, c] of counts) if (c > (counts.get(best) ?? 0)) best = id;
  return { id: best, how: 'most linked-to note' };
}

export interface InteractiveResult {
  indexMs: number;
  notes: number;
  errors: EngineError[];
  keystroke: { samples: Summary; noteBytes: number; claims: number; diagnostics: number; foamReparse: Summary | null; foamError?: string };
  hover: { samples: Summary; lookups: number; using: string; hits: number; disagreements: number };
  verify: { samples: Summary; dataMs: Summary; stringifyMs: Summary; claims: number; jsonBytes: number };
  backlinks: { samples: Summary; hub: string; how: string; count: number };
}

export async function interactive(args: { corpus: string; seed: number; edits: number; lookups: number; repeats: number; backlinkRepeats: number; options?: IndexOptions }): Promise<InteractiveResult> {
  const options = args.options ?? {};
  const errors: EngineError[] = [];
  const t0 = nowMs();
  const files = listNoteFiles(args.corpus);
  const index = indexAll(files, options, errors);
  const indexMs = nowMs() - t0;

  // Keystroke: type short phrases into a 20 KB note, one character per update.
  const kid = 'bench/keystroke-note.md';
  let text = generateSingleNote(args.seed, 20 * 1024);
  index.updateText(kid, text);
  const rng = new Rng(args.seed, 0x6b6579);
  const phrase = ' roughly 42 GB at 3.35 TB/s';
  const keyMs: number[] = [];
  let cursor = 0;
  let diagnostics = 0;
  for (let i = 0; i < args.edits; i++) {
    if (i % 10 === 0) cursor = rng.int(0, text.length);
    text = text.slice(0, cursor) + phrase[i % phrase.length] + text.slice(cursor);
    cursor++;
    const k0 = nowMs();
    index.updateText(kid, text);
    const note = index.getNote(kid)!;
    diagnostics = diagnosticsOf(note).length;
    keyMs.push(nowMs() - k0);
  }
  const keyNote = index.getNote(kid)!;
  let foamReparse: Summary | null = null;
  let foamError: string | undefined;
  try {
    const { foamSingle } = await import('./task-baselines.js');
    foamReparse = summarize(await foamSingle(text, args.edits));
  } catch (e) {
    foamError = errorText(e);
  }

  // Hover: claim under the cursor, from the index.
  let using = 'bench/hover.ts claimAtOffset (binary search)';
  let claimAt: (note: Note, offset: number) => Claim | undefined = claimAtOffset;
  if (engineModuleExists('src/core/query.js')) {
    const q = (await import(engineUrl('src/core/query.js'))) as Record<string, unknown>;
    if (typeof q.claimAt === 'function') {
      claimAt = q.claimAt as typeof claimAtOffset;
      using = 'src/core/query.ts claimAt';
    }
  }
  const withClaims = index.allNotes().filter((n) => n.claims.length > 0).map((n) => n.id);
  const hoverRng = new Rng(args.seed, 0x686f76);
  const probes: [string, number][] = [];
  for (let i = 0; i < args.lookups && withClaims.length; i++) {
    const id = hoverRng.pick(withClaims);
    const note = index.getNote(id)!;
    if (hoverRng.chance(0.7)) {
      const s = hoverRng.pick(note.claims).quantity.span;
      probes.push([id, hoverRng.int(s.start, s.end)]);
    } else {
      probes.push([id, hoverRng.int(0, note.lineStarts[note.lineStarts.length - 1] ?? 0)]);
    }
  }
  // What the extension's hover does on a claim: find it, sample the other notes that claim the same
  // quantity, render the card.
  let card: ((note: Note, claim: Claim) => string) | undefined;
  if (engineModuleExists('src/core/present/hover.js')) {
    const h = (await import(engineUrl('src/core/present/hover.js'))) as typeof import('../src/core/present/hover.js');
    card = (note, claim) => {
      const { refs, total } = index.sameQuantitySample(claim, note.id, h.MAX_OTHERS);
      return h.claimHoverMarkdown({ note, claim, others: refs, othersTotal: total, displayPath: (id) => id });
    };
    using += ' + sameQuantitySample + claimHoverMarkdown';
  }
  const hoverMs: number[] = [];
  let hits = 0;
  let disagreements = 0;
  for (const [id, offset] of probes) {
    const h0 = nowMs();
    const note = index.getNote(id);
    const claim = note ? claimAt(note, offset) : undefined;
    if (note && claim && card) card(note, claim);
    hoverMs.push(nowMs() - h0);
    if (claim) hits++;
    const ref = note ? claimAtOffset(note, offset) : undefined;
    if ((claim?.quantity.span.start ?? -1) !== (ref?.quantity.span.start ?? -1)) disagreements++;
  }

  // Verify report data: every claim with its verdict, formatted as the CLI's JSON.
  const verifyMs: number[] = [];
  const dataMs: number[] = [];
  const stringifyMs: number[] = [];
  let claimCount = 0;
  let jsonBytes = 0;
  for (let r = 0; r < args.repeats; r++) {
    const v0 = nowMs();
    const refs = index.claims();
    const rows = refs.map((ref) => claimJson(ref.note.id, ref.note, ref.claim));
    const v1 = nowMs();
    const json = JSON.stringify({ schemaVersion: 1, notes: index.size, claims: rows });
    const v2 = nowMs();
    verifyMs.push(v2 - v0);
    dataMs.push(v1 - v0);
    stringifyMs.push(v2 - v1);
    claimCount = rows.length;
    jsonBytes = json.length;
  }

  // Backlinks of the hub note.
  const hub = hubId(index, files);
  const blMs: number[] = [];
  let blCount = 0;
  for (let r = 0; r < args.backlinkRepeats; r++) {
    const b0 = nowMs();
    blCount = index.backlinks(hub.id).length;
    blMs.push(nowMs() - b0);
  }

  return {
    indexMs,
    notes: index.size,
    errors: errors.slice(0, 5),
    keystroke: { samples: summarize(keyMs), noteBytes: Buffer.byteLength(text), claims: keyNote.claims.length, diagnostics, foamReparse, foamError },
    hover: { samples: summarize(hoverMs), lookups: probes.length, using, hits, disagreements },
    verify: { samples: summarize(verifyMs), dataMs: summarize(dataMs), stringifyMs: summarize(stringifyMs), claims: claimCount, jsonBytes },
    backlinks: { samples: summarize(blMs), hub: hub.id, how: hub.how, count: blCount },
  };
}

// ---------------------------------------------------------------------------
// Memory breakdown: which parts of a Note hold the heap.

export interface MemoryBreakdown {
  notes: number;
  emptyHeapMB: number;
  heapUsedMB: number;
  parts: { part: string; mb: number }[];
}

/**
 * Builds the index, then empties one part of every note at a time (in place: the
 * index holds the same objects), collects garbage and charges the drop in heapUsed
 * to that part. Strings shared between parts are charged to the last holder; a
 * sliced string pins its whole note text until its last holder goes.
 */
export function memoryBreakdown(args: { corpus: string; options?: IndexOptions }): MemoryBreakdown {
  const emptyHeapMB = memoryAfterGc().heapUsedMB;
  const index = indexAll(listNoteFiles(args.corpus), args.options ?? {}, []);
  const notes = index.allNotes();
  const heapUsedMB = memoryAfterGc().heapUsedMB;
  type Loose = Record<string, unknown>;
  // Notes in the index are compact (src/core/codec.ts): claims and details stay JSON text behind
  // getters until read. Strip that state part by part (reading a getter would build the objects).
  const stateOf = (n: Loose): Loose | undefined => {
    const sym = Object.getOwnPropertySymbols(n)[0];
    return sym === undefined ? undefined : ((n as unknown as Record<symbol, Loose>)[sym] as Loose);
  };
  const steps: [string, (n: Loose) => void][] = [
    ['claim rows (JSON text: quantities, evaluations, derivations)', (n) => {
      const claims = stateOf(n)?.claims as Loose | undefined;
      if (claims) Object.assign(claims, { rows: '[]', value: undefined });
    }],
    ['claim keys, values and verdicts (read at load)', (n) => {
      const claims = stateOf(n)?.claims as Loose | undefined;
      if (claims) Object.assign(claims, { keys: [], values: [], verdicts: [] });
    }],
    ['details (JSON text: frontmatter, headings, sections, links, line starts)', (n) => {
      const detail = stateOf(n)?.detail as Loose | undefined;
      if (detail) Object.assign(detail, { text: '[]', value: undefined });
    }],
    ['wikilinks (for the backlink map)', (n) => {
      const state = stateOf(n);
      if (state) state.wikilinks = [];
    }],
  ];
  // Every other array or object field of a Note held as a plain value, whatever the current shape is.
  const sample = (notes[0] ?? {}) as unknown as Loose;
  for (const key of Object.keys(sample)) {
    const desc = Object.getOwnPropertyDescriptor(sample, key);
    if (!desc || desc.get || desc.value === null || typeof desc.value !== 'object') continue;
    const v = desc.value as unknown;
    steps.push([key, (n) => (n[key] = Array.isArray(v) ? [] : {})]);
  }
  const parts: MemoryBreakdown['parts'] = [];
  let prev = heapUsedMB;
  for (const [part, strip] of steps) {
    for (const n of notes) strip(n as unknown as Loose);
    const now = memoryAfterGc().heapUsedMB;
    parts.push({ part, mb: Math.round((prev - now) * 10) / 10 });
    prev = now;
  }
  // The process-wide string table behind the claim rows (statements, subjects, reasons) is shared, not per note.
  const pool = poolForSave().strings;
  let chars = 0;
  for (const s of pool) chars += s.length;
  parts.push({ part: `rest: string table (${pool.length} strings, ${Math.round(chars / 1e5) / 10}M chars), note skeletons, titles, index maps`, mb: Math.round((prev - emptyHeapMB) * 10) / 10 });
  if (index.size !== notes.length) parts.push({ part: '(index size changed?)', mb: 0 });
  return { notes: notes.length, emptyHeapMB, heapUsedMB, parts };
}

// ---------------------------------------------------------------------------
// Differential: fast parser vs remark parser on the generated corpus.

export interface DiffMismatch {
  file: string;
  path: string;
  fast: string;
  remark: string;
  /** Line (1-based) and text at the first differing row, when it has an offset. */
  where?: string;
}

export interface DiffResult {
  checked: number;
  sample: 'all' | number;
  mismatches: DiffMismatch[];
  mismatchCount: number;
  fastMs: number;
  remarkMs: number;
  errors: { file: string; parser: string; error: string }[];
  backlinks: { hub: string; fast: number; remark: number; equal: boolean } | null;
  /** Where the compared projection came from. */
  view: string;
}

/** Where a row of indexView keeps its start offset. */
const OFFSET_COLUMN: Record<string, number> = { headings: 2, sections: 1, blocks: 1, links: 4, talks: 4, claims: 0 };
// (blocks: for older versions of indexView that listed them.)

function whereOf(text: string, view: Record<string, unknown>, path: string): string | undefined {
  const m = /^(\w+)\[(\d+)\]/.exec(path);
  if (!m) return undefined;
  const rows = view[m[1]!] as unknown[][] | undefined;
  const row = rows?.[Number(m[2])];
  const col = OFFSET_COLUMN[m[1]!];
  if (!row || col === undefined || typeof row[col] !== 'number') return undefined;
  const offset = row[col] as number;
  const line = text.slice(0, offset).split('\n').length;
  return `line ${line}: ${short(text.slice(offset, offset + 80), 100)}`;
}

export function diff(args: { corpus: string; sample: 'all' | number; seed: number }): DiffResult {
  const files = listNoteFiles(args.corpus);
  let chosen = files;
  if (args.sample !== 'all' && files.length > args.sample) {
    const rng = new Rng(args.seed, 0x64696666);
    const picked = new Set(rng.sample(files, args.sample).map((f) => f.id));
    picked.add(HUB_PATH);
    chosen = files.filter((f) => picked.has(f.id));
  }
  const { fn: indexView, from: view } = loadIndexView();
  const fast = new WorkspaceIndex({ parser: 'fast' });
  const remark = new WorkspaceIndex({ parser: 'remark' });
  const mismatches: DiffMismatch[] = [];
  const errors: DiffResult['errors'] = [];
  let mismatchCount = 0;
  let fastMs = 0;
  let remarkMs = 0;
  for (const f of chosen) {
    const bytes = fs.readFileSync(f.abs);
    let a: Note | undefined;
    let b: Note | undefined;
    let t = nowMs();
    try {
      fast.updateBytes(f.id, bytes);
      a = fast.getNote(f.id);
    } catch (e) {
      errors.push({ file: f.id, parser: 'fast', error: errorText(e) });
    }
    fastMs += nowMs() - t;
    t = nowMs();
    try {
      remark.updateBytes(f.id, bytes);
      b = remark.getNote(f.id);
    } catch (e) {
      errors.push({ file: f.id, parser: 'remark', error: errorText(e) });
    }
    remarkMs += nowMs() - t;
    if (!a && !b) continue; // both skipped (or both threw: reported above)
    const va = a ? indexView(a) : { missing: true };
    const vb = b ? indexView(b) : { missing: true };
    const d = firstDifference(va, vb);
    if (!d) continue;
    mismatchCount++;
    if (mismatches.length < 50) {
      const text = new TextDecoder().decode(bytes);
      mismatches.push({ file: f.id, path: d.path, fast: short(d.fast), remark: short(d.remark), where: whereOf(text, va, d.path) ?? whereOf(text, vb, d.path) });
    }
  }
  let backlinks: DiffResult['backlinks'] = null;
  if (fast.getNote(HUB_PATH) && remark.getNote(HUB_PATH)) {
    const key = (refs: ReturnType<WorkspaceIndex['backlinks']>) => refs.map((r) => `${r.note.id}@${r.link.span.start}`).sort().join('\n');
    const fa = fast.backlinks(HUB_PATH);
    const rb = remark.backlinks(HUB_PATH);
    backlinks = { hub: HUB_PATH, fast: fa.length, remark: rb.length, equal: key(fa) === key(rb) };
    if (!backlinks.equal) mismatchCount++;
  }
  return { checked: chosen.length, sample: args.sample, mismatches, mismatchCount, fastMs, remarkMs, errors: errors.slice(0, 20), backlinks, view };
}
