import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi } from '../helpers';
import type { WorkspaceIndex } from '../../../src/core/workspace';

interface RunResult {
  files: number;
  indexed: number;
  cancelled: boolean;
  workers: number;
}

/** What a user sees of the index: every note's claims with verdicts, problems and wikilinks. */
function snapshot(index: WorkspaceIndex): string {
  return JSON.stringify(
    index
      .allNotes()
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((n) => [n.id, n.title, n.claims.map((c) => [c.quantity.raw, c.quantity.span.start, c.evaluation.verdict, c.evaluation.modelText]), n.problems.map((p) => p.message), n.links.length, n.lineStarts.length]),
  );
}

describe('index worker threads', () => {
  it('a run with worker threads in the extension host gives the same index as one without', async function () {
    this.timeout(60_000);
    const api = (await getApi()) as unknown as { index: WorkspaceIndex; reindex(): Promise<RunResult>; whenIndexed(): Promise<void> };
    const config = vscode.workspace.getConfiguration('rooflineNotes');
    try {
      await config.update('indexWorkers', 0, vscode.ConfigurationTarget.Workspace);
      const inHost = await api.reindex();
      assert.equal(inHost.workers, 0);
      const before = snapshot(api.index);

      await config.update('indexWorkers', 2, vscode.ConfigurationTarget.Workspace);
      const withWorkers = await api.reindex();
      assert.equal(withWorkers.workers, 2, 'the bundled worker script ran (no fallback to the host)');
      assert.equal(withWorkers.indexed, inHost.indexed);
      assert.ok(!withWorkers.cancelled);
      assert.equal(snapshot(api.index), before);
      assert.ok(api.index.size >= 5);
    } finally {
      await config.update('indexWorkers', undefined, vscode.ConfigurationTarget.Workspace);
      await api.whenIndexed();
    }
  });
});
