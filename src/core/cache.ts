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
  for (const note of notes) lines.push(JSON.stringify(stripForCache(note)));
  return lines.join('\n') + '\n';
}

export function deserializeCache(text: string, expected: CacheHeader): CacheLoadResult {
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
  const notes = new Map<string, Note>();
  let pos = firstBreak + 1;
  let lineNo = 2;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (end > pos) {
      let note: Note;
      try {
        note = JSON.parse(text.slice(pos, end)) as Note;
      } catch {
        return { ok: false, reason: `cache line ${lineNo} is corrupt` };
      }
      if (!isNoteShaped(note)) return { ok: false, reason: `cache line ${lineNo} is not a note` };
      notes.set(note.id, restore(note));
    }
    pos = end + 1;
    lineNo++;
  }
  return { ok: true, cache: { notes } };
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
