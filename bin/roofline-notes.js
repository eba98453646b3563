#!/usr/bin/env node
import { main } from '../out/src/cli/main.js';

// `roofline-notes verify | head`: a reader that stops early is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// Lines are written in 64 KB chunks: one write per line costs a system call each, and a big
// workspace's report has hundreds of thousands of lines.
const CHUNK = 1 << 16;
let pending = [];
let pendingLength = 0;
function flush() {
  if (pending.length === 0) return;
  process.stdout.write(pending.join(''));
  pending = [];
  pendingLength = 0;
}
function buffered(s) {
  if (s.length >= CHUNK) {
    // Already big (a note's claims as JSON): joining it into a chunk would only copy it.
    flush();
    process.stdout.write(s);
    return;
  }
  pending.push(s);
  pendingLength += s.length;
  if (pendingLength >= CHUNK) flush();
}

let code;
try {
  code = await main(process.argv.slice(2), {
    out: (s) => buffered(s + '\n'),
    // Errors stay in order with the output before them.
    err: (s) => {
      flush();
      process.stderr.write(s + '\n');
    },
    cwd: process.cwd(),
    write: buffered,
    // Claims the index workers rendered, already UTF-8: written as they are.
    writeBytes: (b) => {
      flush();
      process.stdout.write(b);
    },
  });
} finally {
  flush();
}
process.exitCode = code;
