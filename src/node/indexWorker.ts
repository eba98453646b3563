// A worker thread of the parallel indexer: reads files, analyses them with the core and sends
// them back as codec lines. It keeps one string table for its whole life, sending only the
// strings each batch added.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeNote } from '../core/note.js';
import { decodeNoteBytes, DEFAULT_MAX_FILE_BYTES } from '../core/decode.js';
import { encodeNoteParts, StringTable } from '../core/codec.js';
import { hashBytes } from '../core/text.js';
import { renderNoteClaims } from '../core/present/claimOutput.js';
import type { Batch, FromWorker, ToWorker, WorkerData } from './protocol.js';
import { FileReader, unreadableProblem } from './files.js';

const data = workerData as WorkerData;
if (data.nice) {
  try {
    // 0: this thread only. The editor's threads go first; indexing takes what they leave.
    os.setPriority(0, data.nice);
  } catch {
    // Not permitted here: index at normal priority.
  }
}
const table = new StringTable();
// Bytes are hashed and decoded into a string, never kept: one buffer serves every file.
const reader = new FileReader();
let sent = 0;

const utf8 = new TextEncoder();

function post(message: FromWorker): void {
  const bytes = message.type === 'batch' ? message.rendered : null;
  parentPort!.postMessage(message, bytes ? [bytes.buffer as ArrayBuffer] : []);
}

function indexFiles(files: Extract<ToWorker, { type: 'files' }>['files']): Batch {
  const batch: Batch = { type: 'batch', strings: [], notes: [], rendered: null, renderedEnds: [], hits: [], skipped: [], gone: [] };
  const rendered: string[] = [];
  let renderedBytes = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = reader.read(file.path);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'ENOENT') batch.gone.push(file.id);
      else batch.skipped.push({ id: file.id, problem: unreadableProblem(e.code, e.message) });
      continue;
    }
    const hash = hashBytes(bytes);
    if (file.cachedHash === hash) {
      batch.hits.push(file.id);
      continue;
    }
    const decoded = decodeNoteBytes(bytes, data.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if ('problem' in decoded) {
      batch.skipped.push({ id: file.id, problem: decoded.problem });
      continue;
    }
    try {
      const note = analyzeNote(file.id, decoded.text, data.options, hash);
      const parts = encodeNoteParts(note, table);
      const text = data.render ? renderNoteClaims(note, data.render.format, data.render.all) : undefined;
      batch.notes.push(parts);
      if (text !== undefined) {
        rendered.push(text);
        renderedBytes += Buffer.byteLength(text, 'utf8');
        batch.renderedEnds.push(renderedBytes);
      }
    } catch (error) {
      // An engine bug on one note must not lose the rest of the workspace.
      batch.skipped.push({ id: file.id, problem: { code: 'read-failed', severity: 'error', message: `Not indexed: analysis failed (${(error as Error).message}).` } });
    }
  }
  if (rendered.length) batch.rendered = utf8.encode(rendered.join(''));
  batch.strings = table.strings.slice(sent);
  sent = table.strings.length;
  return batch;
}

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'stop') {
    process.exit(0);
  }
  try {
    post(indexFiles(message.files));
  } catch (error) {
    post({ type: 'fatal', message: (error as Error).stack ?? String(error) });
  }
});
