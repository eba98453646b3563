// The core is pure: no `vscode`, no Node-only I/O, so the extension and the CLI share it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir } from './helpers.js';

const coreDir = path.resolve(fixturesDir, '../../src/core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test('src/core never imports vscode, node:fs or child_process', () => {
  const offenders: string[] = [];
  for (const file of files(coreDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
      if (/^(?:vscode|(?:node:)?(?:fs|fs\/promises|child_process))$/.test(m[1]!)) offenders.push(`${path.relative(coreDir, file)} imports ${m[1]}`);
    }
  }
  assert.deepEqual(offenders, []);
  assert.ok(files(coreDir).length > 10, 'the scan found the core');
});

test('the hardware prefilter lets every catalog alias through', async () => {
  const { mayNameHardware } = await import('../../src/core/claims.js');
  const { ACCELERATORS, SYSTEMS, MODELS, findHardwareMentions } = await import('../../src/core/catalog/index.js');
  const missed: string[] = [];
  for (const entry of [...ACCELERATORS, ...SYSTEMS, ...MODELS]) {
    for (const alias of [entry.name, ...entry.aliases]) {
      if (findHardwareMentions(`we used ${alias} here`).length > 0 && !mayNameHardware(`we used ${alias} here`)) missed.push(alias);
    }
  }
  assert.deepEqual(missed, []);
});

test('source files hold no control characters (a "\\b" in a regex that became a backspace would match nothing)', () => {
  const srcDir = path.resolve(fixturesDir, '../../src');
  const offenders: string[] = [];
  for (const file of files(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const at = text.search(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    if (at >= 0) offenders.push(`${path.relative(srcDir, file)}:${text.slice(0, at).split('\n').length}`);
  }
  assert.deepEqual(offenders, []);
  assert.ok(files(srcDir).length > 40);
});
