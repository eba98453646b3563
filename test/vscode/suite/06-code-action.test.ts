import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, openNote, rangeOf, revert, waitFor } from '../helpers';

const TITLE = 'Annotate claim with its check';

describe('code action: annotate claim', () => {
  before(async () => { await getApi(); });

  it('inserts a footnote with the check, and one undo restores the exact text', async function () {
    this.timeout(30_000);
    const { doc, editor } = await openNote('h200-notes.md');
    const original = doc.getText();
    try {
      const range = rangeOf(doc, '10 ms');
      editor.selection = new vscode.Selection(range.start, range.end);
      const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', doc.uri, range,
      )) ?? [];
      const action = actions.find((a) => a.title === TITLE);
      assert.ok(action, `"${TITLE}" among [${actions.map((a) => a.title).join(', ')}]`);

      if (typeof action.command === 'string') {
        const c = action as vscode.Command; // a bare command
        await vscode.commands.executeCommand(c.command, ...(c.arguments ?? []));
      } else {
        const ca = action as vscode.CodeAction;
        if (ca.edit) assert.ok(await vscode.workspace.applyEdit(ca.edit), 'edit applied');
        if (ca.command) await vscode.commands.executeCommand(ca.command.command, ...(ca.command.arguments ?? []));
      }

      const annotated = await waitFor(() => (doc.getText() !== original ? doc.getText() : ''), 'the annotation edit');
      const ref = /\[\^([^\]\s]+)\]/.exec(annotated);
      assert.ok(ref, `a footnote reference [^…] was inserted:\n${annotated}`);
      const def = new RegExp(`^\\[\\^${ref[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]:(.*)$`, 'm').exec(annotated);
      assert.ok(def, `a footnote definition [^${ref[1]}]: … was added:\n${annotated}`);
      assert.match(def[1], /inconsistent|29\.4\s*ms/i, `footnote explains the check: ${def[1]}`);
      assert.ok(annotated.includes('drains in 10 ms'), 'the claim itself is kept');

      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('undo');
      await waitFor(() => doc.getText() === original, 'one undo to restore the exact original text', 5_000);
      assert.equal(doc.getText(), original);
    } finally {
      await revert(doc);
    }
  });
});
