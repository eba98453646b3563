// Not part of `npm test`: the extension on a large workspace, for the performance notes.
//   node scripts/vscode/build-suite.mjs --suite-dir test/vscode/scale --outfile out/vscode-scale/index.cjs
//   node scripts/vscode/run-integration.mjs --suite out/vscode-scale/index.cjs --workspace DIR --timeout 900
// Prints one JSON line starting with "scale-result:": the first (cold) run, a second run, and the
// longest pauses of the extension host from activation until the diagnostics have settled, each
// with what the host was doing (from a CPU profile of that whole period, written to
// /tmp/roofline-scale.cpuprofile; summarise it with `node out/bench/profile.js FILE`).
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

interface Pause {
  /** performance.now() when the late tick was due, and how late it fired. */
  at: number;
  ms: number;
}

/** A 5 ms timer in the extension host: every tick later than that is a pause. */
function pauseMonitor(): { stop(): Pause[] } {
  const period = 5;
  const pauses: Pause[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - last - period;
    if (late > 20) pauses.push({ at: last + period, ms: Math.round(late) });
    last = now;
  }, period);
  return {
    stop() {
      clearInterval(timer);
      return pauses;
    },
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** What the host ran during a pause: the heaviest stacks (outermost five frames) and leaf functions. */
function explain(profile: Profile, profileStartedAt: number, pause: Pause): { stacks: string[]; leaves: string[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const from = (pause.at - profileStartedAt) * 1000;
  const to = from + pause.ms * 1000;
  const stacks = new Map<string, number>();
  const leaves = new Map<string, number>();
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    if (t < from || t > to) continue;
    const leaf = byId.get(profile.samples[i]!)!;
    if (leaf.callFrame.functionName === '(idle)') continue;
    leaves.set(name(leaf), (leaves.get(name(leaf)) ?? 0) + 1);
    const chain: string[] = [];
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) chain.push(name(byId.get(id)!));
    const key = chain.reverse().slice(1, 6).join(' > ');
    stacks.set(key, (stacks.get(key) ?? 0) + 1);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${v}× ${k}`);
  return { stacks: top(stacks), leaves: top(leaves) };
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
    const session = new inspector.Session();
    const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 1000 });
    await post('Profiler.start');
    const profileStartedAt = performance.now();
    const monitor = pauseMonitor();
    const a0 = performance.now();
    const api = await ext.activate();
    const activateMs = performance.now() - a0;
    await api.whenIndexed();
    const first = api.lastRun()!;
    // Cross-note checks, the diagnostics they change and the cache write all follow the run.
    await new Promise((r) => setTimeout(r, Number(process.env.ROOFLINE_SETTLE_MS ?? 20000)));
    const pauses = monitor.stop();
    const { profile } = (await post('Profiler.stop')) as { profile: Profile };
    fs.writeFileSync('/tmp/roofline-scale.cpuprofile', JSON.stringify(profile));
    // What the host keeps once indexed and published (after a full GC), not garbage yet to collect.
    await post('HeapProfiler.collectGarbage');
    const settled = process.memoryUsage();
    session.disconnect();
    const longest = [...pauses].sort((a, b) => b.ms - a.ms).slice(0, 6);
    const explained = longest.map((p) => ({ ms: p.ms, atS: +((p.at - a0) / 1000).toFixed(2), ...explain(profile, profileStartedAt, p) }));
    const over50 = pauses.filter((p) => p.ms > 50).length;

    const withWorkers = await api.reindex();
    const inHost = process.env.ROOFLINE_TEST_GREP === 'in-host' ? await inHostRun(api) : null;
    const h0 = performance.now();
    const sample = api.index.allNotes().slice(0, 200);
    for (const note of sample) api.index.sameQuantitySample(note.claims[0] ?? ({ key: null } as never), note.id, 8);
    const hoverDataMs = (performance.now() - h0) / Math.max(1, sample.length);
    const memory = process.memoryUsage();
    console.log(
      `scale-result: ${JSON.stringify({ notes: api.index.size, activateMs: Math.round(activateMs), first, pausesOver50ms: over50, longestPauses: explained, settledAfterGcMB: { rss: Math.round(settled.rss / 1e6), heapUsed: Math.round(settled.heapUsed / 1e6), external: Math.round(settled.external / 1e6) }, withWorkers, inHost, hoverDataMsPerNote: +hoverDataMs.toFixed(3), rssMB: Math.round(memory.rss / 1e6), heapMB: Math.round(memory.heapUsed / 1e6) })}`,
    );
    assert.ok(api.index.size > 0);
  });
});
