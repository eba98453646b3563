// Not part of `npm test`: the extension on a large workspace, for the performance notes.
//   node scripts/vscode/build-suite.mjs --suite-dir test/vscode/scale --outfile out/vscode-scale/index.cjs
//   node scripts/vscode/run-integration.mjs --suite out/vscode-scale/index.cjs --workspace DIR --timeout 900
// Prints one JSON line starting with "scale-result:", and writes a CPU profile of the extension host
// during the second run to /tmp/roofline-scale.cpuprofile (summarise it with `node out/bench/profile.js FILE`).
// A corpus: `npm run bench -- --quick` leaves one in the temp folder (roofline-bench-n1000-s42), or --n 10000.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import type { WorkspaceIndex } from '../../../src/core/workspace';

interface RunResult {
  files: number;
  indexed: number;
  ms: number;
  workers: number;
  longestStallMs: number;
}

interface Api {
  whenIndexed(): Promise<void>;
  reindex(): Promise<RunResult>;
  lastRun(): RunResult | undefined;
  index: WorkspaceIndex;
}

async function inHostRun(api: Api): Promise<RunResult> {
  const config = vscode.workspace.getConfiguration('rooflineNotes');
  await config.update('indexWorkers', 0, vscode.ConfigurationTarget.Workspace);
  try {
    return await api.reindex();
  } finally {
    await config.update('indexWorkers', undefined, vscode.ConfigurationTarget.Workspace);
  }
}

describe('scale', () => {
  it('indexes a large workspace with worker threads, the host never held up for long', async function () {
    this.timeout(900_000);
    const ext = vscode.extensions.getExtension<Api>('roofline-notes.roofline-notes');
    assert.ok(ext);
    const a0 = performance.now();
    const api = await ext.activate();
    const activateMs = performance.now() - a0;
    await api.whenIndexed();
    const first = api.lastRun()!;
    const profileFile = '/tmp/roofline-scale.cpuprofile';
    const session = profileFile ? new inspector.Session() : undefined;
    const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session!.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
    if (session) {
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.start');
    }
    const withWorkers = await api.reindex();
    await new Promise((r) => setTimeout(r, 5000));
    if (session) {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      fs.writeFileSync(profileFile!, JSON.stringify(profile));
      session.disconnect();
    }
    const inHost = process.env.ROOFLINE_TEST_GREP === 'in-host' ? await inHostRun(api) : null;
    const h0 = performance.now();
    const sample = api.index.allNotes().slice(0, 200);
    for (const note of sample) api.index.sameQuantitySample(note.claims[0] ?? ({ key: null } as never), note.id, 8);
    const hoverDataMs = (performance.now() - h0) / Math.max(1, sample.length);
    const memory = process.memoryUsage();
    console.log(
      `scale-result: ${JSON.stringify({ notes: api.index.size, activateMs: Math.round(activateMs), first, withWorkers, inHost, hoverDataMsPerNote: +hoverDataMs.toFixed(3), rssMB: Math.round(memory.rss / 1e6), heapMB: Math.round(memory.heapUsed / 1e6) })}`,
    );
    assert.ok(api.index.size > 0);
  });
});
