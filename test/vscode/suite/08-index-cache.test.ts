import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { IndexCache } from '../../../src/extension/indexCache';
import { WorkspaceIndex } from '../../../src/core/workspace';
import type { Log } from '../../../src/extension/log';

const text = "The H200's 141 GB drains in 10 ms.\n";
const encode = (s: string) => new TextEncoder().encode(s);
const messages: string[] = [];
const log = { info: (m: string) => messages.push(m), error: (what: string, e: unknown) => messages.push(`${what}: ${String(e)}`) } as unknown as Log;

describe('index cache (warm start)', () => {
  it('writes the index through workspace.fs and reads it back; other options or a corrupt file are not used', async function () {
    this.timeout(30_000);
    const dir = vscode.Uri.file(path.join(os.tmpdir(), `rn-cache-${Date.now()}`));
    const cache = new IndexCache(dir, log);
    const index = new WorkspaceIndex();
    index.updateText('file:///notes/a.md', text);
    await cache.save(index);

    const token = new vscode.CancellationTokenSource().token;
    const fresh = new WorkspaceIndex();
    const loaded = await cache.load(fresh, token);
    assert.equal(loaded?.size, 1, messages.join('\n'));
    const note = fresh.updateBytes('file:///notes/a.md', encode(text), loaded!.get('file:///notes/a.md'));
    assert.ok('claims' in note);
    assert.deepEqual(
      note.claims.map((c) => [c.quantity.raw, c.evaluation.verdict]),
      index.getNote('file:///notes/a.md')!.claims.map((c) => [c.quantity.raw, c.evaluation.verdict]),
    );

    assert.equal(await cache.load(new WorkspaceIndex({ defaultHardware: 'B200' }), token), undefined, 'other analysis options');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'index-cache.jsonl'), encode('{"engine":"x"}\n{garbage'));
    assert.equal(await cache.load(fresh, token), undefined, 'a corrupt cache is not trusted');
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });
});
