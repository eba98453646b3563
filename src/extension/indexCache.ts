// The persistent index cache in the workspace's storage folder: read on the first indexing run so
// unchanged notes (same content hash) are not analysed again, written after a full run. Parsing
// and encoding go a slice at a time so the extension host never blocks for long; a missing,
// stale or corrupt cache only means a normal, full run.
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Note } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { cacheHeader, openCache } from '../core/cache.js';
import { encodeNote, poolForSave, rebaseNote, settlePool } from '../core/codec.js';
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
      const encoder = new TextEncoder();
      const notes = index.allNotes();
      const table = poolForSave();
      // Header, string table (encoded last: encoding notes may add strings), then a line per note.
      const header = encoder.encode(JSON.stringify(cacheHeader(index.options)) + '\n');
      const lines: Uint8Array[] = [];
      let total = header.length;
      let slice = sliceStart();
      for (const note of notes) {
        rebaseNote(note, table);
        const chunk = encoder.encode(encodeNote(note, table) + '\n');
        lines.push(chunk);
        total += chunk.length;
        if (total > MAX_BYTES) {
          this.log.info(`Index cache not written: over ${MAX_BYTES / 1024 / 1024} MiB.`);
          return;
        }
        if (Date.now() - slice > SLICE_MS) {
          await yieldToEventLoop();
          slice = sliceStart();
        }
      }
      // The string table, a slice at a time too (it holds every distinct string of the workspace).
      const tableParts: Uint8Array[] = [];
      for (let i = 0; i < table.strings.length; i += TABLE_PART) {
        const part = JSON.stringify(table.strings.slice(i, i + TABLE_PART));
        tableParts.push(encoder.encode(`${i === 0 ? '' : ','}${part.slice(1, -1)}`));
        if (Date.now() - slice > SLICE_MS) {
          await yieldToEventLoop();
          slice = sliceStart();
        }
      }
      // Kept in parts: joining a whole table (tens of MB) at once held the host up.
      const chunks = [header, encoder.encode('['), ...tableParts, encoder.encode(']\n'), ...lines];
      settlePool(table);
      for (const part of tableParts) total += part.length + 3;
      await vscode.workspace.fs.createDirectory(storage);
      if (uri.scheme === 'file') {
        // Written chunk by chunk with Node's fs (off the event loop), to a temporary file renamed into place.
        const tmp = `${uri.fsPath}.${process.pid}.tmp`;
        const handle = await fs.open(tmp, 'w');
        try {
          // A write per ~1 MiB, not per note: ten thousand small writes kept the host busy for 100+ ms at the end.
          let batch: Uint8Array[] = [];
          let size = 0;
          for (const chunk of chunks) {
            batch.push(chunk);
            size += chunk.length;
            if (size >= WRITE_BATCH_BYTES) {
              await writeAll(handle, concat(batch));
              batch = [];
              size = 0;
              // (A write completes off the event loop; the next batch waits for a turn of its own.)
              await yieldToEventLoop();
            }
          }
          if (batch.length) await writeAll(handle, concat(batch));
        } finally {
          await handle.close();
        }
        await fs.rename(tmp, uri.fsPath);
      } else {
        await vscode.workspace.fs.writeFile(uri, concat(chunks));
      }
      this.log.info(`Index cache: ${index.size} note(s) written in ${Date.now() - t0} ms (${(total / 1024 / 1024).toFixed(1)} MiB).`);
    });
    this.writing = this.writing.catch((error: unknown) => this.log.error('writing the index cache', error));
    return this.writing;
  }
}

const WRITE_BATCH_BYTES = 1 << 20;
/** Strings of the table encoded per step (a step stays a few milliseconds). */
const TABLE_PART = 1_000;

/** A write may take fewer bytes than given: go on until all are written. */
async function writeAll(handle: fs.FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
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
