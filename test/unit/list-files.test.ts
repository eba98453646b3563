import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import os from 'node:os';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { listFiles } from '../../src/node/listFiles.js';

// The extension lists local workspace folders with this walker instead of findFiles; these are the
// settings it passes (rooflineNotes.include / exclude plus VS Code's default files.exclude).
const INCLUDE = ['**/*.md', '**/*.markdown'];
const EXCLUDE = ['**/node_modules/**', '**/.git', '**/.obsidian/**', 'archive/**'];

function workspace(files: string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'roofline-list-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), '# note\n');
  }
  return root;
}

test('lists notes in nested folders, relative and sorted, skipping excluded folders and other files', async () => {
  const root = workspace([
    'b.md',
    'a.markdown',
    'journal/2024/x.md',
    'journal/2024/readme.txt',
    'node_modules/pkg/README.md',
    '.git/HEAD.md',
    '.obsidian/templates/t.md',
    'archive/old.md',
    'notes/archive/kept.md',
    'Zoë Nguyễn/talk notes #1.md',
  ]);
  const found = await listFiles(root, { include: INCLUDE, exclude: EXCLUDE });
  assert.deepEqual(found, ['Zoë Nguyễn/talk notes #1.md', 'a.markdown', 'b.md', 'journal/2024/x.md', 'notes/archive/kept.md']);
});

test('an include glob for one folder lists only that folder', async () => {
  const root = workspace(['notes/a.md', 'notes/deep/b.md', 'drafts/c.md']);
  assert.deepEqual(await listFiles(root, { include: ['notes/**/*.md'], exclude: [] }), ['notes/a.md', 'notes/deep/b.md']);
});

test('symbolic links are followed once: a link back up does not loop, a dangling link is skipped', async () => {
  const root = workspace(['real/a.md', 'other/b.md']);
  symlinkSync(path.join(root, 'other'), path.join(root, 'real', 'linked'));
  symlinkSync(root, path.join(root, 'real', 'loop'));
  symlinkSync(path.join(root, 'missing.md'), path.join(root, 'dangling.md'));
  symlinkSync(path.join(root, 'other', 'b.md'), path.join(root, 'alias.md'));
  const found = await listFiles(root, { include: INCLUDE, exclude: [] });
  // "other" is reached twice (directly and through real/linked): its notes are listed under one path.
  assert.equal(found.filter((f) => f.endsWith('b.md') && !f.startsWith('alias')).length, 1);
  assert.ok(found.includes('alias.md'), 'a link to a file is a file');
  assert.ok(found.includes('real/a.md'));
  assert.ok(!found.some((f) => f.includes('dangling')));
  assert.ok(!found.some((f) => f.startsWith('real/loop/')), 'the link back to the root is not entered again');
});

test('an unreadable folder is reported and the rest is still listed', { skip: process.getuid?.() === 0 ? 'root reads every folder' : false }, async () => {
  const root = workspace(['open/a.md', 'locked/b.md']);
  chmodSync(path.join(root, 'locked'), 0o000);
  const unreadable: string[] = [];
  try {
    const found = await listFiles(root, { include: INCLUDE, exclude: [], onUnreadable: (dir) => unreadable.push(path.basename(dir)) });
    assert.deepEqual(found, ['open/a.md']);
    assert.deepEqual(unreadable, ['locked']);
  } finally {
    chmodSync(path.join(root, 'locked'), 0o755);
  }
});

test('a folder deleted before listing is reported, not thrown', async () => {
  const missing = path.join(os.tmpdir(), 'roofline-list-missing-' + process.pid);
  const unreadable: string[] = [];
  assert.deepEqual(await listFiles(missing, { include: INCLUDE, exclude: [], onUnreadable: (_dir, e) => unreadable.push(e.code ?? '') }), []);
  assert.deepEqual(unreadable, ['ENOENT']);
});

test('cancelling stops the walk', async () => {
  const root = workspace(['a/1.md', 'b/2.md', 'c/3.md']);
  assert.deepEqual(await listFiles(root, { include: INCLUDE, exclude: [], isCancelled: () => true }), []);
});

test('the walk stops at maxFolders and says so (a link to a huge tree must not walk the disk)', async () => {
  const root = workspace(['a/1.md', 'a/b/2.md', 'a/b/c/3.md', 'a/b/c/d/4.md']);
  const truncated: number[] = [];
  const found = await listFiles(root, { include: INCLUDE, exclude: [], maxFolders: 3, onTruncated: (n) => truncated.push(n) });
  assert.deepEqual(found, ['a/1.md', 'a/b/2.md']);
  assert.deepEqual(truncated, [3]);
  assert.equal((await listFiles(root, { include: INCLUDE, exclude: [] })).length, 4, 'the default reaches them all');
});
