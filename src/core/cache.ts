// The persistent index cache: analysed notes keyed by content hash, so a warm
// start re-reads and hashes files but neither decodes nor analyses the unchanged ones. A version bump,
// different options or a corrupt file all mean "rebuild", never a crash.
import type { Note } from './types.js';
import { CATALOG_VERSION } from './catalog/index.js';
import { hashBytes, hashText } from './text.js';
import { adoptPool, CODEC_VERSION, decodeNote, encodeNote, poolForSave, rebaseNote, settlePool } from './codec.js';

/** Bump when the Note shape or any analysis changes. */
export const ENGINE_VERSION = `roofline-notes-engine-2.${CODEC_VERSION}`;

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

export function deserializeCache(text: string, expected: CacheHeader): CacheLoadResult {
  const opened = openCacheLines(text, expected);
  if (!opened.ok) return opened;
  const notes = new Map<string, Note>();
  for (let i = 0; i < opened.lines.length; i++) {
    const note = parseCacheLine(opened.lines[i]!, opened.strings);
    if (!note) return { ok: false, reason: `cache line ${i + 3} is corrupt` };
    notes.set(note.id, note);
  }
  return { ok: true, cache: { notes } };
}

export type OpenedCache = { ok: true; lines: string[]; strings: readonly string[] } | { ok: false; reason: string };

/** Checks the header, reads the string table and splits off the note lines, for callers that parse them a slice at a time. */
export function openCacheLines(text: string, expected: CacheHeader): OpenedCache {
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
  if (!text.endsWith('\n')) return { ok: false, reason: 'cache file is truncated' };
  const secondBreak = text.indexOf('\n', firstBreak + 1);
  if (secondBreak < 0) return { ok: false, reason: 'cache file is truncated' };
  let strings: unknown;
  try {
    strings = JSON.parse(text.slice(firstBreak + 1, secondBreak));
  } catch {
    return { ok: false, reason: 'cache string table is corrupt' };
  }
  if (!Array.isArray(strings) || strings.some((s) => typeof s !== 'string')) return { ok: false, reason: 'cache string table is corrupt' };
  const body = text.slice(secondBreak + 1, text.length - 1);
  return { ok: true, lines: body.length ? body.split('\n') : [], strings: adoptPool(strings as string[]) };
}

/** One cached note (claims built on first use), or undefined if the line is corrupt or not a note. */
export function parseCacheLine(line: string, strings: readonly string[]): Note | undefined {
  return decodeNote(line, strings);
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
