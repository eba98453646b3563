import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { getApi, openNote, positionOf, revert } from '../helpers';

function targetOf(l: vscode.Location | vscode.LocationLink): vscode.Uri {
  return 'targetUri' in l ? l.targetUri : l.uri;
}

describe('wikilinks', () => {
  before(async () => { await getApi(); });

  it('go to definition resolves [[roofline-basics]]', async () => {
    const { doc } = await openNote('h200-notes.md');
    const defs = (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '[[roofline-basics]]', 4),
    )) ?? [];
    assert.deepEqual(defs.map((d) => path.basename(targetOf(d).fsPath)), ['roofline-basics.md']);
  });

  it('a broken link has no definition', async () => {
    const { doc } = await openNote('h200-notes.md');
    const defs = (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '[[kv-cache-sizing]]', 4),
    )) ?? [];
    assert.deepEqual(defs.filter((d) => /kv-cache-sizing/.test(targetOf(d).fsPath)), []);
  });

  it('completes note names after [[', async () => {
    const { doc, editor } = await openNote('scratch.md');
    try {
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((e) => e.insert(end, '\nSee [['));
      const pos = doc.lineAt(doc.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, '[');
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      for (const name of ['h200-notes', 'roofline-basics', 'gpu-mode-meetup']) {
        assert.ok(labels.some((l) => l === name || l.startsWith(`${name}`)), `completion "${name}" in [${labels.slice(0, 30).join(', ')}]`);
      }
    } finally {
      await revert(doc);
    }
  });
});
