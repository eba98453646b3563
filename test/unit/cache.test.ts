import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeNote } from '../../src/core/note.js';
import { cacheHeader, cacheHit, deserializeCache, serializeCache, ENGINE_VERSION } from '../../src/core/cache.js';
import { WorkspaceIndex } from '../../src/core/workspace.js';
import { main } from '../../src/cli/main.js';

const text = "---\nhardware: H200\n---\n# Drain\n\nThe H200's 141 GB drains in 10 ms.\n";

test('a cached note round-trips and is reused only for identical content', () => {
  const note = analyzeNote('a.md', text);
  const header = cacheHeader({});
  const loaded = deserializeCache(serializeCache(header, [note]), header);
  assert.ok(loaded.ok);
  const cached = loaded.cache.notes.get('a.md')!;
  assert.deepEqual(cached.claims, JSON.parse(JSON.stringify(note.claims)));
  assert.ok(cacheHit(cached, text));
  assert.ok(!cacheHit(cached, text + ' '), 'any content change misses, whatever the mtime');
  const index = new WorkspaceIndex();
  const restored = index.updateBytes('a.md', new TextEncoder().encode(text), cached);
  assert.ok('claims' in restored);
  assert.deepEqual(restored.lineStarts, note.lineStarts, 'line starts are rebuilt from the text');
  assert.equal(index.claims({ verdict: 'inconsistent' }).length, 1);
});

test('a version bump, other options or a corrupt file all mean rebuild, with a reason', () => {
  const note = analyzeNote('a.md', text);
  const header = cacheHeader({});
  const good = serializeCache(header, [note]);
  const other = deserializeCache(good, { ...header, engine: ENGINE_VERSION + '-next' });
  assert.ok(!other.ok && /written by/.test(other.reason));
  const options = deserializeCache(good, cacheHeader({ defaultHardware: 'B200' }));
  assert.ok(!options.ok && /options changed/.test(options.reason));
  const truncated = deserializeCache(good.slice(0, Math.floor(good.length / 2)), header);
  assert.ok(!truncated.ok && /corrupt|truncated/.test(truncated.reason));
  const lines = good.split('\n');
  assert.equal(lines.length, 4, 'header, the note, the string table last, and the final newline');
  const cutLine = deserializeCache(`${lines[0]}\n${lines[1]!.slice(0, lines[1]!.length - 9)}\n${lines[2]}\n`, header);
  assert.ok(!cutLine.ok && /line 2 is corrupt/.test(cutLine.reason), 'a note line cut short is caught at load, not at first use');
  const cutTable = deserializeCache(`${lines[0]}\n${lines[1]}\n${lines[2]!.slice(0, 20)}\n`, header);
  assert.ok(!cutTable.ok && /string table is corrupt/.test(cutTable.reason), 'a string table cut short is caught too');
  assert.ok(!deserializeCache(`${lines[0]}\n`, header).ok, 'a header alone is truncated');
  assert.ok(!deserializeCache('', header).ok);
  assert.ok(!deserializeCache('{"engine":1}\n{"not":"a note"}\n', header).ok);
});

test('verify --cache writes a cache, reuses it, and survives a corrupt one', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rn-cache-'));
  writeFileSync(path.join(dir, 'a.md'), text);
  const cacheFile = path.join(dir, '.cache', 'index.jsonl');
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), cwd: dir };
  assert.equal(await main(['verify', '--format', 'json', '--cache', cacheFile, 'a.md'], io), 1);
  const first = out.pop()!;
  assert.match(readFileSync(cacheFile, 'utf8'), /"a\.md"/);
  assert.equal(await main(['verify', '--format', 'json', '--cache', cacheFile, 'a.md'], io), 1);
  assert.equal(out.pop(), first, 'a warm run gives the same result');
  writeFileSync(cacheFile, '{"engine":"x"}\n{garbage');
  assert.equal(await main(['verify', '--format', 'json', '--cache', cacheFile, 'a.md'], io), 1);
  assert.equal(out.pop(), first, 'a corrupt cache is rebuilt, not trusted');
  assert.match(err.join('\n'), /not used: .*rebuilding/);
});

test('the content hash is the same wherever the bytes sit in memory, and any change moves it', async () => {
  const { hashBytes, hashText } = await import('../../src/core/text.js');
  const text = 'The H200’s 141 GB drains in 10 ms. — ünïcödé, CRLF\r\n'.repeat(37) + 'tail';
  const bytes = new TextEncoder().encode(text);
  const shifted = new Uint8Array(bytes.length + 3);
  shifted.set(bytes, 3);
  const unaligned = shifted.subarray(3);
  assert.equal(hashBytes(unaligned), hashBytes(bytes), 'aligned word reads and byte reads agree');
  assert.equal(hashText(text), hashBytes(bytes), "a text hashes as its UTF-8 bytes, so an editor buffer matches its file");
  const changed = bytes.slice();
  changed[100] = changed[100]! ^ 1;
  assert.notEqual(hashBytes(changed), hashBytes(bytes));
  assert.notEqual(hashBytes(bytes.subarray(0, bytes.length - 1)), hashBytes(bytes));
});
