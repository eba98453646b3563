// A worker thread that reads files and hashes their bytes, so a warm start can check every note
// against the cache while the calling thread parses the cache itself.
import { parentPort } from 'node:worker_threads';
import { hashBytes } from '../core/text.js';
import { FileReader } from './files.js';

export type HashRequest = { paths: string[] };
/** Per path, its content hash, or an error code ("ENOENT") when it could not be read. */
export type HashReply = { hashes: string[]; errors: (string | null)[] };

const reader = new FileReader();

parentPort!.on('message', ({ paths }: HashRequest) => {
  const reply: HashReply = { hashes: [], errors: [] };
  for (const path of paths) {
    try {
      reply.hashes.push(hashBytes(reader.read(path)));
      reply.errors.push(null);
    } catch (error) {
      reply.hashes.push('');
      reply.errors.push((error as NodeJS.ErrnoException).code ?? 'EIO');
    }
  }
  parentPort!.postMessage(reply);
});
