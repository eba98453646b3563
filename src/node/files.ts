// Reading note files for indexing, and the problem a file that cannot be read becomes.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Problem } from '../core/types.js';

/**
 * Reads whole files into one growing buffer: a note's bytes are hashed, then decoded into a string
 * or dropped, so a new buffer per file is wasted work. Each read's bytes are valid until the next.
 */
export class FileReader {
  private buffer = new Uint8Array(1 << 20);

  read(path: string): Uint8Array {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > this.buffer.length) this.buffer = new Uint8Array(Math.max(size, this.buffer.length * 2));
      let length = 0;
      for (let n = 1; n > 0 && length < size; length += n) n = readSync(fd, this.buffer, length, size - length, null);
      return this.buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  }
}

/** The problem for a file that could not be read: deleted between listing and reading, or unreadable. */
export function unreadableProblem(code: string | undefined, detail?: string): Problem {
  const why = code === 'ENOENT' ? 'the file was deleted while the workspace was being indexed' : `the file could not be read (${code ?? detail ?? 'unknown error'})`;
  return { code: 'read-failed', severity: 'warning', message: `Not indexed: ${why}.` };
}
