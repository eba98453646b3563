// The parallel indexer (worker threads) must build the same index as analysing in-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { indexFilesInParallel } from '../../src/node/parallel.js';
import { WorkspaceIndex } from '../../src/core/workspace.js';
import { deserializeCache, serializeCache, cacheHeader } from '../../src/core/cache.js';
import { fixturesDir } from './helpers.js';

function fixtureFiles(): { id: string; path: string }[] {
  const out: { id: string; path: string }[] = [];
  for (const dir of ['samples', 'notes', 'talks', 'markdown']) {
    for (const name of readdirSync(path.join(fixturesDir, dir))) if (name.endsWith('.md')) out.push({ id: `${dir}/${name}`, path: path.join(fixturesDir, dir, name) });
  }
  return out;
}

/** Everything a user sees of an index, in a stable order. */
function snapshot(index: WorkspaceIndex): unknown {
  return {
    notes: index
      .allNotes()
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((n) => JSON.parse(JSON.stringify({ ...n, claims: n.claims, links: n.links, headings: n.headings, sections: n.sections, lineStarts: n.lineStarts, frontmatter: n.frontmatter }))),
    skipped: index.skippedFiles().sort((a, b) => a.id.localeCompare(b.id)),
    backlinks: index
      .allNotes()
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((n) => [n.id, index.backlinks(n.id).length]),
    tally: index.tally(),
  };
}

test('worker threads build the same index as one thread, note for note', async () => {
  const files = fixtureFiles();
  assert.ok(files.length >= 15);
  const serial = new WorkspaceIndex();
  for (const f of files) serial.updateBytes(f.id, readFileSync(f.path));
  const changes: string[] = [];
  const parallel = new WorkspaceIndex();
  parallel.onDidChange((c) => changes.push(...c.ids));
  const result = await indexFilesInParallel(files, {}, { index: parallel, workers: 2, chunk: 3 });
  assert.equal(result.workers, 2);
  assert.equal(result.analysed, files.length);
  assert.deepEqual(snapshot(parallel), snapshot(serial));
  assert.deepEqual(new Set(changes), new Set(files.map((f) => f.id)), 'listeners hear of every note as its batch lands');
});

test('unreadable, binary and vanished files are reported, and cached notes are reused', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rn-parallel-'));
  const good = path.join(dir, 'good.md');
  writeFileSync(good, "The H200's 141 GB drains in 10 ms.\n");
  const binary = path.join(dir, 'binary.md');
  writeFileSync(binary, Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
  const files = [
    { id: 'good.md', path: good },
    { id: 'binary.md', path: binary },
    { id: 'gone.md', path: path.join(dir, 'gone.md') },
  ];
  const first = await indexFilesInParallel(files, {}, { workers: 1 });
  assert.equal(first.analysed, 1);
  const skipped = new Map(first.index.skippedFiles().map((s) => [s.id, s.problem.message]));
  assert.match(skipped.get('binary.md') ?? '', /binary/);
  assert.match(skipped.get('gone.md') ?? '', /deleted while the workspace was being indexed/);

  const header = cacheHeader({});
  const loaded = deserializeCache(serializeCache(header, first.index.allNotes()), header);
  assert.ok(loaded.ok);
  const gone: string[] = [];
  const second = await indexFilesInParallel(files, {}, { workers: 1, cached: Promise.resolve(loaded.cache.notes), onGone: (id) => gone.push(id) });
  assert.equal(second.reused, 1, 'an unchanged note is not analysed again');
  assert.equal(second.analysed, 0);
  assert.deepEqual(gone, ['gone.md']);
  assert.deepEqual(second.index.getNote('good.md')!.claims.map((c) => c.evaluation.verdict), first.index.getNote('good.md')!.claims.map((c) => c.evaluation.verdict));
});

test('a warm start hashes files on a worker while the cache loads, and reuses only unchanged notes', async () => {
  const { indexFromCache } = await import('../../src/node/inProcess.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rn-warm-'));
  const a = path.join(dir, 'a.md');
  const b = path.join(dir, 'b.md');
  writeFileSync(a, "The H200's 141 GB drains in 10 ms.\n");
  writeFileSync(b, 'The H100 SXM has 3.35 TB/s of HBM bandwidth.\n');
  const files = [
    { id: 'a.md', path: a },
    { id: 'b.md', path: b },
    { id: 'gone.md', path: path.join(dir, 'gone.md') },
  ];
  const first = new WorkspaceIndex();
  for (const f of files.slice(0, 2)) first.updateBytes(f.id, readFileSync(f.path));
  const header = cacheHeader({});
  const text = serializeCache(header, first.allNotes());
  writeFileSync(b, 'The H100 SXM has 2 TB/s of HBM bandwidth.\n');
  const index = new WorkspaceIndex();
  const misses = await indexFromCache(files, index, Promise.resolve((deserializeCache(text, header) as { ok: true; cache: { notes: Map<string, never> } }).cache.notes));
  assert.deepEqual(misses.map((m) => m.id), ['b.md', 'gone.md'], 'a changed file and a vanished one are left to analyse');
  assert.deepEqual(index.allNotes().map((n) => n.id), ['a.md']);
  assert.equal(index.getNote('a.md')!.claims[0]!.evaluation.verdict, first.getNote('a.md')!.claims[0]!.evaluation.verdict);
});

test('a worker that cannot start fails the run with a clear error, and no worker is left running', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rn-parallel-bad-'));
  const bad = path.join(dir, 'not-a-worker.mjs');
  writeFileSync(bad, 'throw new Error("broken worker script");\n');
  const files = fixtureFiles().slice(0, 6);
  await assert.rejects(indexFilesInParallel(files, {}, { workers: 2, workerScript: bad }), /broken worker script|exited with code/);
});

test('a warm start without a usable cache, or without a hash worker, still indexes every file', async () => {
  const { indexFromCache } = await import('../../src/node/inProcess.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rn-warm-none-'));
  const a = path.join(dir, 'a.md');
  writeFileSync(a, "The H200's 141 GB drains in 10 ms.\n");
  const files = [{ id: 'a.md', path: a }];
  const none = await indexFromCache(files, new WorkspaceIndex(), Promise.resolve(undefined));
  assert.deepEqual(none.map((f) => f.id), ['a.md'], 'no cache: everything is left to analyse');
  const first = new WorkspaceIndex();
  first.updateBytes('a.md', readFileSync(a));
  const header = cacheHeader({});
  const loaded = deserializeCache(serializeCache(header, first.allNotes()), header) as { ok: true; cache: { notes: Map<string, never> } };
  const broken = path.join(dir, 'broken-worker.mjs');
  writeFileSync(broken, 'throw new Error("no hashing here");\n');
  const index = new WorkspaceIndex();
  const misses = await indexFromCache(files, index, Promise.resolve(loaded.cache.notes), broken);
  assert.deepEqual(misses, [], 'hashed in this thread instead, and reused');
  assert.equal(index.size, 1);
});

/** Nice values of this process's threads (Linux: /proc/self/task/TID/stat, field 19). */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((tid) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));
}

test('workers asked to be nice run at that priority, and only they do', { skip: process.platform !== 'linux' ? 'reads /proc' : false }, async () => {
  const files = fixtureFiles();
  const seen = new Set<number>();
  await indexFilesInParallel(files, {}, { workers: 1, chunk: 1, nice: 7, onProgress: () => threadNiceValues().forEach((n) => seen.add(n)) });
  assert.ok(seen.has(7), `a thread at nice 7 while indexing (saw ${[...seen].join(', ')})`);
  assert.ok(seen.has(0), 'the calling thread keeps its priority');
  assert.equal(os.getPriority(0), 0);
});
