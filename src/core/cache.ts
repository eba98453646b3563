// The persistent index cache: analysed notes keyed by content hash, so a warm
// start re-reads and hashes files but neither decodes nor analyses the unchanged ones. A version bump,
// different options or a corrupt file all mean "rebuild", never a crash.
import type { Note } from './types.js';
import { CATALOG_VERSION } from './catalog/index.js';
import { hashBytes, hashText } from './text.js';
import { adoptPool, CODEC_VERSION, decodeNoteLine, encodeNote, poolForSave, rebaseNote, settlePool } from './codec.js';

/** Bump when any analysis changes (a verdict, a talk, a tag): a cached note would keep the old result. */
const ANALYSIS_REVISION = '2026-11-23';

/** The codec's version (the Note's shape) and the analysis revision. */
export const ENGINE_VERSION = `roofline-notes-engine-2.${CODEC_VERSION}.${ANALYSIS_REVISION}`;

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

/**
 * A header line, the string table line, then one encoded note per line (src/core/codec.ts).
 * Notes are moved onto the process's string pool first, so a second save re-encodes nothing.
 */
export function serializeCache(header: CacheHeader, notes: Iterable<Note>): string {
  const table = poolForSave();
  const lines = [JSON.stringify(header), ''];
  for (const note of notes) {
    rebaseNote(note, table);
    lines.push(encodeNote(note, table));
  }
  // The table last: encoding may still add strings (notes built outside the pool).
  lines[1] = JSON.stringify(table.strings);
  settlePool(table);
  return lines.join('\n') + '\n';
}

/** Reads a whole cache (text or the file's bytes) at once; see `openCache` to read it in slices. */
export function deserializeCache(content: string | Uint8Array, expected: CacheHeader): CacheLoadResult {
  const opened = openCache(typeof content === 'string' ? new TextEncoder().encode(content) : content, expected);
  if (!opened.ok) return opened;
  const notes = new Map<string, Note>();
  for (;;) {
    const next = opened.reader.next(Number.POSITIVE_INFINITY);
    if (next === null) break;
    if ('corruptLine' in next) return { ok: false, reason: `cache line ${next.corruptLine} is corrupt` };
    for (const note of next.notes) notes.set(note.id, note);
  }
  return { ok: true, cache: { notes } };
}

export interface CacheReader {
  readonly strings: readonly string[];
  /** Up to `max` more notes; null when done; the 1-based line number of the first corrupt line. */
  next(max: number): { notes: Note[] } | { corruptLine: number } | null;
}

export type OpenedCache = { ok: true; reader: CacheReader } | { ok: false; reason: string };

const NEWLINE = 10;

/**
 * Checks the header and reads the string table of a cache file's bytes; the notes are then read
 * a slice at a time, each decoding only its index row (details and claims wait for first use).
 */
export function openCache(bytes: Uint8Array, expected: CacheHeader): OpenedCache {
  const decoder = new TextDecoder();
  const firstBreak = bytes.indexOf(NEWLINE);
  if (firstBreak < 0) return { ok: false, reason: 'cache file is empty or truncated' };
  let header: CacheHeader;
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(0, firstBreak))) as CacheHeader;
  } catch {
    return { ok: false, reason: 'cache header is not valid JSON' };
  }
  if (header.engine !== expected.engine) return { ok: false, reason: `cache was written by ${String(header.engine)}, this is ${expected.engine}` };
  if (header.catalog !== expected.catalog) return { ok: false, reason: 'the hardware catalog changed' };
  if (header.options !== expected.options) return { ok: false, reason: 'analysis options changed' };
  if (bytes[bytes.length - 1] !== NEWLINE) return { ok: false, reason: 'cache file is truncated' };
  const secondBreak = bytes.indexOf(NEWLINE, firstBreak + 1);
  if (secondBreak < 0) return { ok: false, reason: 'cache file is truncated' };
  let table: unknown;
  try {
    table = JSON.parse(decoder.decode(bytes.subarray(firstBreak + 1, secondBreak)));
  } catch {
    return { ok: false, reason: 'cache string table is corrupt' };
  }
  if (!Array.isArray(table) || table.some((s) => typeof s !== 'string')) return { ok: false, reason: 'cache string table is corrupt' };
  const strings = adoptPool(table as string[]);
  let at = secondBreak + 1;
  let line = 3;
  const reader: CacheReader = {
    strings,
    next(max) {
      if (at >= bytes.length) return null;
      const notes: Note[] = [];
      while (at < bytes.length && notes.length < max) {
        const end = bytes.indexOf(NEWLINE, at);
        const note = decodeNoteLine(bytes, at, end, strings);
        if (!note) return { corruptLine: line };
        notes.push(note);
        at = end + 1;
        line++;
      }
      return { notes };
    },
  };
  return { ok: true, reader };
}

/** Is the cached note still valid for these bytes (or this text)? */
export function cacheHit(cached: Note | undefined, content: Uint8Array | string): cached is Note {
  return !!cached && cached.hash === (typeof content === 'string' ? hashText(content) : hashBytes(content));
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
