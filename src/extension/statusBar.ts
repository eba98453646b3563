// Status bar: the active note's tally "✓ n ✗ m"; clicking runs Verify Claims in This Note.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/workspace.js';
import { tally, tallyLong, tallyShort } from '../core/present/format.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import { throttle } from './util.js';

export function registerStatusBar(deps: { index: WorkspaceIndex; indexer: Indexer; log: Log }): vscode.Disposable {
  const { index, indexer, log } = deps;
  const item = vscode.window.createStatusBarItem('rooflineNotes.tally', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Roofline Notes';
  item.command = 'rooflineNotes.verifyNote';

  const update = log.guard('updating the status bar', () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !indexer.accepts(editor.document)) {
      item.hide();
      return;
    }
    const note = index.getNote(editor.document.uri.toString());
    if (!note) {
      item.text = '$(sync~spin) Roofline';
      item.tooltip = 'Roofline Notes: indexing…';
      item.backgroundColor = undefined;
      item.show();
      return;
    }
    const t = tally(note.claims);
    item.text = tallyShort(t);
    item.tooltip = `Roofline Notes — ${tallyLong(t)} in this note. Click to verify it.`;
    item.accessibilityInformation = { label: `Roofline Notes: ${tallyLong(t)}. Verify claims in this note.` };
    item.backgroundColor = t.inconsistent > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  });
  const throttled = throttle(() => update(), 200);
  const off = index.onDidChange((change) => {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (active && change.ids.includes(active)) throttled();
  });
  setTimeout(() => update(), 0);

  return vscode.Disposable.from(item, { dispose: off }, { dispose: () => throttled.dispose() }, vscode.window.onDidChangeActiveTextEditor(() => update()));
}
