// The persistent index cache in the workspace's storage folder: read on the first indexing run so
// unchanged notes (same content hash) are not analysed again, written after a full run. Parsing
// and encoding go a slice at a time so the extension host never blocks for long; a missing,
// stale or corrupt cache only means a normal, full run.
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Note } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { cacheHeader, cacheHeaderLine, cacheNoteLine, cacheTableLine, openCache } from '../core/cache.js';
import { poolForSave, settlePool } from '../core/codec.js';
import type { Log } from './log.js';
import { SLICE_MS, sliceStart, yieldToEventLoop } from './util.js';

const FILE = 'index-cache.jsonl';
/** Above this, writing the cache costs more than it saves at the next start. */
const MAX_BYTES = 256 * 1024 * 1024;

export class IndexCache {
  private writing: Promise<void> | undefined;

  constructor(
    private readonly storage: vscode.Uri | undefined,
    private readonly log: Log,
  ) {}

  private get uri(): vscode.Uri | undefined {
    return this.storage ? vscode.Uri.joinPath(this.storage, FILE) : undefined;
  }

  /** Cached notes keyed by id, or undefined (no cache, other options, corrupt): the run analyses everything. */
  async load(index: WorkspaceIndex, token: vscode.CancellationToken): Promise<Map<string, Note> | undefined> {
    const uri = this.uri;
    if (!uri) return undefined;
    let bytes: Uint8Array;
    try {
      // A local storage folder is read with Node's fs: no copy through the workbench's file service.
      bytes = uri.scheme === 'file' ? await fs.readFile(uri.fsPath) : await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined; // first start in this workspace
    }
    const t0 = Date.now();
    const opened = openCache(bytes, cacheHeader(index.options));
    if (!opened.ok) {
      this.log.info(`Index cache not used (${opened.reason}); analysing every note.`);
      return undefined;
    }
    const notes = new Map<string, Note>();
    for (;;) {
      if (token.isCancellationRequested) return undefined;
      // Each note decodes only its index row here: a slice of 500 takes a few ms.
      const next = opened.reader.next(500);
      if (next === null) break;
      if ('corruptLine' in next) {
        this.log.info(`Index cache is corrupt (line ${next.corruptLine}); analysing every note.`);
        return undefined;
      }
      for (const note of next.notes) notes.set(note.id, note);
      await yieldToEventLoop();
    }
    this.log.info(`Index cache: ${notes.size} note(s) read in ${Date.now() - t0} ms.`);
    return notes;
  }

  /** Resolves when the writes started so far are done (a failed write is logged, never thrown). */
  whenWritten(): Promise<void> {
    return this.writing ?? Promise.resolve();
  }

  /** Writes the whole index (one write at a time; a later call waits for the current one). */
  save(index: WorkspaceIndex): Promise<void> {
    const uri = this.uri;
    if (!uri || !this.storage) return Promise.resolve();
    const previous = this.writing ?? Promise.resolve();
    const storage = this.storage;
    this.writing = previous.then(async () => {
      const t0 = Date.now();
      const table = poolForSave();
      const out = await CacheOutput.open(uri, storage);
      let written = false;
      try {
        // Header, a line per note as it is encoded, then the string table (encoding notes may add strings).
        // Each line is encoded into one reused buffer and written as it fills: nothing the size of the
        // cache is ever held, so the host's heap and external memory stay flat (their growth set off
        // long garbage collections at the end of a run).
        await out.line(cacheHeaderLine(cacheHeader(index.options)));
        let slice = sliceStart();
        for (const note of index.allNotes()) {
          await out.line(cacheNoteLine(note, table));
          if (out.total > MAX_BYTES) {
            this.log.info(`Index cache not written: over ${MAX_BYTES / 1024 / 1024} MiB.`);
            return;
          }
          if (Date.now() - slice > SLICE_MS) {
            await yieldToEventLoop();
            slice = sliceStart();
          }
        }
        // The string table, a part at a time (it holds every distinct string of the workspace).
        const strings = table.strings;
        for (let i = 0; i < strings.length; i += TABLE_PART) {
          const part = cacheTableLine(strings.slice(i, i + TABLE_PART));
          const last = i + TABLE_PART >= strings.length;
          await out.text(`${i === 0 ? '[' : ','}${part.slice(1, -1)}${last ? ']\n' : ''}`);
          if (Date.now() - slice > SLICE_MS) {
            await yieldToEventLoop();
            slice = sliceStart();
          }
        }
        if (strings.length === 0) await out.text('[]\n');
        settlePool(table);
        await out.commit();
        written = true;
        this.log.info(`Index cache: ${index.size} note(s) written in ${Date.now() - t0} ms (${(out.total / 1024 / 1024).toFixed(1)} MiB).`);
      } finally {
        if (!written) await out.discard();
      }
    });
    this.writing = this.writing.catch((error: unknown) => this.log.error('writing the index cache', error));
    return this.writing;
  }
}

const WRITE_BUFFER_BYTES = 1 << 20;
/** Strings of the table encoded per step (a step stays a few milliseconds). */
const TABLE_PART = 1_000;

/**
 * Where a cache is written: for a local folder, a temporary file beside it, filled through one reused
 * buffer and renamed into place at the end; elsewhere (a remote storage folder), parts collected for one
 * `workspace.fs.writeFile`.
 */
class CacheOutput {
  total = 0;
  private readonly encoder = new TextEncoder();
  private readonly buffer = new Uint8Array(WRITE_BUFFER_BYTES);
  private used = 0;
  private readonly parts: Uint8Array[] = [];

  private constructor(
    private readonly uri: vscode.Uri,
    private readonly handle: fs.FileHandle | undefined,
    private readonly tmp: string | undefined,
  ) {}

  static async open(uri: vscode.Uri, storage: vscode.Uri): Promise<CacheOutput> {
    await vscode.workspace.fs.createDirectory(storage);
    if (uri.scheme !== 'file') return new CacheOutput(uri, undefined, undefined);
    const tmp = `${uri.fsPath}.${process.pid}.tmp`;
    return new CacheOutput(uri, await fs.open(tmp, 'w'), tmp);
  }

  line(text: string): Promise<void> {
    return this.text(`${text}\n`);
  }

  async text(text: string): Promise<void> {
    // At most 3 bytes per UTF-16 unit: make room first, or encode a line bigger than the buffer on its own.
    if (text.length * 3 > this.buffer.length - this.used) {
      await this.flush();
      if (text.length * 3 > this.buffer.length) {
        const bytes = this.encoder.encode(text);
        this.total += bytes.length;
        await this.write(bytes);
        return;
      }
    }
    const { written } = this.encoder.encodeInto(text, this.buffer.subarray(this.used));
    this.used += written;
    this.total += written;
  }

  async commit(): Promise<void> {
    await this.flush();
    if (this.handle) {
      await this.handle.close();
      await fs.rename(this.tmp!, this.uri.fsPath);
    } else {
      await vscode.workspace.fs.writeFile(this.uri, concat(this.parts));
    }
  }

  async discard(): Promise<void> {
    if (!this.handle) return;
    await this.handle.close().catch(() => undefined);
    await fs.rm(this.tmp!, { force: true }).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    // (A remote target keeps a copy; a local write completes before the buffer is reused.)
    await this.write(this.handle ? this.buffer.subarray(0, this.used) : this.buffer.slice(0, this.used));
    this.used = 0;
  }

  private async write(bytes: Uint8Array): Promise<void> {
    if (!this.handle) {
      this.parts.push(bytes);
      return;
    }
    // A write may take fewer bytes than given: go on until all are written.
    for (let at = 0; at < bytes.length; ) at += (await this.handle.write(bytes, at, bytes.length - at)).bytesWritten;
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let total = 0;
  for (const c of chunks) total += c.length;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}
