#!/usr/bin/env node
import { main } from '../out/src/cli/main.js';

// `roofline-notes verify | head`: a reader that stops early is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  cwd: process.cwd(),
  write: (s) => process.stdout.write(s),
});
process.exitCode = code;
