import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, getApi, openNote } from '../helpers';

describe('activation', () => {
  it('is installed and activates in a markdown workspace, returning { whenIndexed, index }', async function () {
    this.timeout(60_000);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found`);
    await openNote('h200-notes.md');
    const api = await getApi();
    assert.ok(ext.isActive, 'extension is active');
    assert.equal(typeof api.whenIndexed, 'function');
    assert.ok(api.index, 'api.index is set');
  });

  it('registers its commands', async () => {
    await getApi();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of ['rooflineNotes.verifyWorkspace', 'rooflineNotes.verifyNote', 'rooflineNotes.showReport', 'rooflineNotes.setNoteHardware']) {
      assert.ok(all.has(id), `command ${id} is registered`);
    }
  });

  it('contributes the Roofline Notes views container with talks and claims views', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const containers = pkg.contributes?.viewsContainers?.activitybar ?? [];
    assert.ok(containers.some((c: { id: string }) => c.id === 'rooflineNotes'), 'activity bar container rooflineNotes');
    const views: { id: string }[] = pkg.contributes?.views?.rooflineNotes ?? [];
    const ids = views.map((v) => v.id);
    assert.ok(ids.includes('rooflineNotes.talks'), `views: ${ids.join(', ')}`);
    assert.ok(ids.includes('rooflineNotes.claims'), `views: ${ids.join(', ')}`);
  });
});
