// The persistent index cache: analysed notes keyed by content hash, so a warm
// start re-reads and hashes files but neither decodes nor analyses the unchanged ones. A version bump,
// different options or a corrupt file all mean "rebuild", never a crash.
import type { Note } from './types.js';
import { CATALOG_VERSION } from './catalog/index.js';
import { hashBytes, hashText } from './text.js';
import { adoptPool, CODEC_VERSION, decodeNoteLine, encodeNote, poolForSave, rebaseNote, settlePool, type StringTable } from './codec.js';

/** Bump when any analysis changes (a verdict, a talk, a tag): a cached note would keep the old result. */
const ANALYSIS_REVISION = '2026-11-23.2';

/** The codec's version (the Note's shape) and the analysis revision. */
export const ENGINE_VERSION = `roofline-notes-engine-3.${CODEC_VERSION}.${ANALYSIS_REVISION}`;

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
 * A header line, one encoded note per line (src/core/codec.ts), then the string table as the last line:
 * encoding notes may still add strings, and with the table last a writer can stream every note out as it
 * is encoded instead of holding them all until the table is done.
 * Notes are moved onto the process's string pool first, so a second save re-encodes nothing.
 */
export function serializeCache(header: CacheHeader, notes: Iterable<Note>): string {
  const table = poolForSave();
  const lines = [cacheHeaderLine(header)];
  for (const note of notes) lines.push(cacheNoteLine(note, table));
  lines.push(cacheTableLine(table.strings));
  settlePool(table);
  return lines.join('\n') + '\n';
}

/** The parts of `serializeCache`, for a writer that streams: the header line, each note's, the table's last. */
export function cacheHeaderLine(header: CacheHeader): string {
  return JSON.stringify(header);
}

export function cacheNoteLine(note: Note, table: StringTable): string {
  rebaseNote(note, table);
  return encodeNote(note, table);
}

export function cacheTableLine(strings: readonly string[]): string {
  return JSON.stringify(strings);
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
  // The table is the last line; the notes are the lines between it and the header.
  const tableStart = bytes.lastIndexOf(NEWLINE, bytes.length - 2) + 1;
  if (tableStart <= firstBreak) return { ok: false, reason: 'cache file is truncated' };
  let table: unknown;
  try {
    table = JSON.parse(decoder.decode(bytes.subarray(tableStart, bytes.length - 1)));
  } catch {
    return { ok: false, reason: 'cache string table is corrupt' };
  }
  if (!Array.isArray(table) || table.some((s) => typeof s !== 'string')) return { ok: false, reason: 'cache string table is corrupt' };
  const strings = adoptPool(table as string[]);
  let at = firstBreak + 1;
  let line = 2;
  const notesEnd = tableStart;
  const reader: CacheReader = {
    strings,
    next(max) {
      if (at >= notesEnd) return null;
      const notes: Note[] = [];
      while (at < notesEnd && notes.length < max) {
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
