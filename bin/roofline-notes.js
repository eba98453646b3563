#!/usr/bin/env node
import { main } from '../out/src/cli/main.js';

const code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  cwd: process.cwd(),
  write: (s) => process.stdout.write(s),
});
process.exitCode = code;
