import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, openNote, ourDiagnostics, positionOf, revert, waitFor } from '../helpers';

describe('editing a note', () => {
  before(async () => { await getApi(); });

  it('updates diagnostics as you type (unsaved), and clears them when the claim goes away', async function () {
    this.timeout(30_000);
    const { doc, editor } = await openNote('scratch.md');
    try {
      const isWarning = (d: vscode.Diagnostic) => d.severity === vscode.DiagnosticSeverity.Warning;
      assert.equal(ourDiagnostics(doc.uri).filter(isWarning).length, 0, 'scratch starts clean');

      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((e) => e.insert(end, "\n\nThe H200's 141 GB drains in 10 ms.\n"));
      assert.ok(doc.isDirty);
      const at = positionOf(doc, '10 ms', 1);
      await waitFor(() => ourDiagnostics(doc.uri).some((d) => isWarning(d) && d.range.contains(at)), 'a warning on the typed claim');

      // fix the number: the warning goes away
      const wrong = new vscode.Range(at.translate(0, -1), at.translate(0, 1));
      await editor.edit((e) => e.replace(wrong, '29.4'));
      assert.match(doc.getText(), /drains in 29\.4 ms/);
      await waitFor(() => !ourDiagnostics(doc.uri).some(isWarning), 'the warning to clear after fixing the number');
    } finally {
      await revert(doc);
    }
    await waitFor(() => !ourDiagnostics(doc.uri).some((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'a clean note after revert');
  });
});
