// Inline verdict badges after each claim (✓ ✗ ?) in visible markdown editors, on by default
// (rooflineNotes.decorations.enabled). Updated when the index or the visible editors change.
import * as vscode from 'vscode';
import type { Verdict } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { verdictSymbol } from '../core/present/format.js';
import type { Config } from './config.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import { throttle, toRange } from './util.js';

const COLORS: Record<Verdict, string> = {
  consistent: 'testing.iconPassed',
  inconsistent: 'testing.iconFailed',
  unverifiable: 'descriptionForeground',
};

export function registerDecorations(deps: { index: WorkspaceIndex; indexer: Indexer; config: Config; log: Log }): vscode.Disposable {
  const { index, indexer, config, log } = deps;
  const types = new Map<Verdict, vscode.TextEditorDecorationType>();
  for (const v of ['consistent', 'inconsistent', 'unverifiable'] as const) {
    types.set(
      v,
      vscode.window.createTextEditorDecorationType({
        after: { contentText: ` ${verdictSymbol(v)}`, color: new vscode.ThemeColor(COLORS[v]), fontWeight: v === 'inconsistent' ? 'bold' : 'normal' },
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
  }
  const dirty = new Set<string>();

  const update = (editor: vscode.TextEditor): void => {
    const enabled = config.current.decorationsEnabled;
    const note = enabled && indexer.accepts(editor.document) ? index.getNote(editor.document.uri.toString()) : undefined;
    // While a note is not indexed yet, keep whatever is painted (VS Code moves decorations with edits).
    if (enabled && !note) return;
    for (const [verdict, type] of types) {
      const ranges = note ? note.claims.filter((c) => c.evaluation.verdict === verdict).map((c) => new vscode.Range(toRange(note, c.quantity.span).end, toRange(note, c.quantity.span).end)) : [];
      editor.setDecorations(type, ranges);
    }
  };

  const updateAll = throttle(
    log.guard('updating decorations', () => {
      for (const editor of vscode.window.visibleTextEditors) {
        if (dirty.size && !dirty.has(editor.document.uri.toString())) continue;
        update(editor);
      }
      dirty.clear();
    }),
    150,
  );

  const offIndex = index.onDidChange((change) => {
    for (const id of change.ids) dirty.add(id);
    updateAll();
  });
  const all = (): void => {
    dirty.clear();
    for (const editor of vscode.window.visibleTextEditors) update(editor);
  };
  setTimeout(log.guard('painting decorations', all), 0);

  return vscode.Disposable.from(
    { dispose: offIndex },
    { dispose: () => updateAll.dispose() },
    vscode.window.onDidChangeVisibleTextEditors(log.guard('updating decorations', all)),
    config.onDidChange(log.guard('updating decorations', all)),
    ...types.values(),
  );
}
