// The persistent index cache: analysed notes keyed by content hash, so a warm
// start re-reads files but skips analysing the unchanged ones. A version bump,
// different options or a corrupt file all mean "rebuild", never a crash.
import type { Note } from './types.js';
import { CATALOG_VERSION } from './catalog/index.js';
import { hashText } from './text.js';

/** Bump when the Note shape or any analysis changes. */
export const ENGINE_VERSION = 'roofline-notes-engine-1';

export interface CacheHeader {
  engine: string;
  catalog: string;
  /** Hash of the options that change analysis results (hardware, tolerances, parser). */
  options: string;
}

export interface LoadedCache {
  notes: Map<string, Note>;
}

export type CacheLoadResult = { ok: true; cache: LoadedCache } | { ok: false; reason: string };

export function cacheHeader(options: unknown): CacheHeader {
  return { engine: ENGINE_VERSION, catalog: CATALOG_VERSION, options: hashText(stableJson(options)) };
}

/** One header line, then one JSON note per line: cheap to write and to stream. */
export function serializeCache(header: CacheHeader, notes: Iterable<Note>): string {
  const lines = [JSON.stringify(header)];
  for (const note of notes) lines.push(serializeCacheLine(note));
  return lines.join('\n') + '\n';
}

export function deserializeCache(text: string, expected: CacheHeader): CacheLoadResult {
  const opened = openCacheLines(text, expected);
  if (!opened.ok) return opened;
  const notes = new Map<string, Note>();
  for (let i = 0; i < opened.lines.length; i++) {
    const note = parseCacheLine(opened.lines[i]!);
    if (!note) return { ok: false, reason: `cache line ${i + 2} is corrupt` };
    notes.set(note.id, note);
  }
  return { ok: true, cache: { notes } };
}

/** Checks the header and splits off the note lines, for callers that parse them a slice at a time. */
export function openCacheLines(text: string, expected: CacheHeader): { ok: true; lines: string[] } | { ok: false; reason: string } {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return { ok: false, reason: 'cache file is empty or truncated' };
  let header: CacheHeader;
  try {
    header = JSON.parse(text.slice(0, firstBreak)) as CacheHeader;
  } catch {
    return { ok: false, reason: 'cache header is not valid JSON' };
  }
  if (header.engine !== expected.engine) return { ok: false, reason: `cache was written by ${String(header.engine)}, this is ${expected.engine}` };
  if (header.catalog !== expected.catalog) return { ok: false, reason: 'the hardware catalog changed' };
  if (header.options !== expected.options) return { ok: false, reason: 'analysis options changed' };
  return { ok: true, lines: text.slice(firstBreak + 1).split('\n').filter((l) => l.length > 0) };
}

/** One cached note, or undefined if the line is corrupt or not a note. */
export function parseCacheLine(line: string): Note | undefined {
  let note: Note;
  try {
    note = JSON.parse(line) as Note;
  } catch {
    return undefined;
  }
  return isNoteShaped(note) ? restore(note) : undefined;
}

/** One note as a cache line (no trailing newline). */
export function serializeCacheLine(note: Note): string {
  return JSON.stringify(stripForCache(note));
}

/** Is the cached note still valid for this text? */
export function cacheHit(cached: Note | undefined, text: string): cached is Note {
  return !!cached && cached.hash === hashText(text);
}

function stripForCache(note: Note): Omit<Note, 'lineStarts'> & { lineStarts?: number[] } {
  // Line starts are cheap to recompute from the text but large to store.
  const { lineStarts: _drop, ...rest } = note;
  return rest;
}

function restore(note: Note): Note {
  if (!Array.isArray(note.lineStarts)) note.lineStarts = [];
  return note;
}

function isNoteShaped(n: unknown): n is Note {
  const x = n as Partial<Note>;
  return !!x && typeof x.id === 'string' && typeof x.hash === 'string' && Array.isArray(x.claims) && Array.isArray(x.links) && Array.isArray(x.talks);
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`)
    .join(',')}}`;
}
