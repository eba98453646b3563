// A worker thread that reads files and hashes their bytes, so a warm start can check every note
// against the cache while the calling thread parses the cache itself.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { hashBytes } from '../core/text.js';

export type HashRequest = { paths: string[] };
/** Per path, its content hash, or an error code ("ENOENT") when it could not be read. */
export type HashReply = { hashes: string[]; errors: (string | null)[] };

let buffer = new Uint8Array(1 << 20);

function hashFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > buffer.length) buffer = new Uint8Array(Math.max(size, buffer.length * 2));
    let length = 0;
    for (let n = 1; n > 0 && length < size; length += n) n = readSync(fd, buffer, length, size - length, null);
    return hashBytes(buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}

parentPort!.on('message', ({ paths }: HashRequest) => {
  const reply: HashReply = { hashes: [], errors: [] };
  for (const path of paths) {
    try {
      reply.hashes.push(hashFile(path));
      reply.errors.push(null);
    } catch (error) {
      reply.hashes.push('');
      reply.errors.push((error as NodeJS.ErrnoException).code ?? 'EIO');
    }
  }
  parentPort!.postMessage(reply);
});
