// Bytes → note text, or a clear reason why a file is not indexed.
import type { Problem } from './types.js';

/** 2 MiB: far above any hand-written note, well below what would stall an editor. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type Decoded = { text: string } | { problem: Problem };

export function decodeNoteBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    return skip('file-too-large', `Not indexed: ${formatBytes(bytes.length)} is over the ${formatBytes(maxBytes)} limit (setting rooflineNotes.maxFileSize).`);
  }
  // UTF-16 with a byte-order mark is an odd but valid encoding for a note.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    try {
      return { text: new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2)) };
    } catch {
      return skip('invalid-utf8', 'Not indexed: the file starts with a UTF-16 byte-order mark but is not valid UTF-16.');
    }
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return skip('binary-file', `Not indexed: looks binary (NUL byte at offset ${i}).`);
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return skip('invalid-utf8', `Not indexed: not valid UTF-8 (first bad byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}). Re-save the file as UTF-8.`);
  }
}

function skip(code: Problem['code'], message: string): { problem: Problem } {
  return { problem: { code, severity: 'warning', message } };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}
