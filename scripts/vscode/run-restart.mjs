#!/usr/bin/env node
// The warm-start test: starts a real VS Code (code-server + chromium, as run-integration.mjs does)
// several times on ONE run folder, so the user data, the workspace copy and the extension's
// workspace storage (where the index cache lives) carry over from one start to the next. Each
// start runs the same suite bundle (test/vscode/restart), which learns its phase from
// ROOFLINE_RESTART_PHASE:
//   phase 1  indexes in the extension host (rooflineNotes.indexWorkers 0): a cold start
//   phase 2  indexes with a worker thread (indexWorkers 1): a warm start from phase 1's cache
// (a third start, with --phases 3, goes back to the host: a warm start there too). Each phase
// leaves what it saw in RUN/restart-state.json for the next one and changes the notes on disk.
// A phase that fails ends the run.
//   node scripts/vscode/build-suite.mjs --suite-dir test/vscode/restart --outfile out/vscode-restart/index.cjs
//   node scripts/vscode/run-restart.mjs
// Closing line: `vscode-restart: N passed, N failed` (all phases); exit code 0 only if all passed.
//
// Options: --extension-dir DIR  --suite FILE  --workspace DIR (fixture to copy)
//          --timeout SECONDS (all starts together; default 240)  --phases N (default 2; npm test runs 3)
// Env: ROOFLINE_KEEP_RUN=1 keeps the run folder; ROOFLINE_VSCODE_VERBOSE=1 echoes code-server's log.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './env.mjs';
import { deadline, removeRunDir, runCleanups } from './code-server.mjs';
import { preflight, prepareRunFolder, runAndExit, runnerLog } from './runner.mjs';
import { runSuiteSession } from './suite-session.mjs';

const { values: opt } = parseArgs({
  options: {
    'extension-dir': { type: 'string', default: REPO_ROOT },
    suite: { type: 'string', default: join(REPO_ROOT, 'out', 'vscode-restart', 'index.cjs') },
    workspace: { type: 'string', default: join(REPO_ROOT, 'test', 'fixtures', 'vscode-workspace') },
    timeout: { type: 'string', default: process.env.ROOFLINE_VSCODE_TIMEOUT || '240' },
    phases: { type: 'string', default: '2' },
  },
});
const TAG = 'vscode-restart';
const timeoutMs = Number(opt.timeout) * 1000;
const phases = Number(opt.phases);
const extensionDir = resolve(opt['extension-dir']);
const suite = resolve(opt.suite);
const fixture = resolve(opt.workspace);
const log = runnerLog(TAG);
const { t0, say, closing } = log;

/** Odd phases index in the extension host, even ones with a worker thread: both paths start warm. */
const indexWorkersFor = (phase) => (phase % 2 === 1 ? 0 : 1);

async function main() {
  const problems = preflight({ extensionDir, suite, fixture, suiteBuild: 'node scripts/vscode/build-suite.mjs --suite-dir test/vscode/restart --outfile out/vscode-restart/index.cjs' });
  if (!Number.isInteger(phases) || phases < 2) problems.push(`--phases must be a whole number from 2 (got ${opt.phases})`);
  if (problems.length) {
    for (const p of problems) console.error(`[${TAG}] ${p}`);
    return { passed: 0, failed: 1, ok: false };
  }

  const { runDir, workspace, suiteCopy } = prepareRunFolder('roofline-vscode-restart-', fixture, suite);
  say(`run folder ${runDir}`);

  const cancelBackstop = deadline(timeoutMs + 45_000, `[${TAG}] hard timeout`, 1, () => closing(0, 1));
  let passed = 0;
  let failed = 0;
  let ok = true;
  // Every start on the first one's port: the workspace storage (and the cache) is keyed by host:port.
  let port = 0;
  try {
    for (let phase = 1; phase <= phases && ok; phase++) {
      const indexWorkers = indexWorkersFor(phase);
      say(`── start ${phase} of ${phases} (rooflineNotes.indexWorkers ${indexWorkers})`);
      let session = { code: undefined, result: null, port };
      try {
        session = await runSuiteSession({
          runDir, workspace, extensionDir, suite: suiteCopy,
          resultFile: join(runDir, `result-${phase}.json`),
          env: {
            ROOFLINE_RESTART_PHASE: String(phase),
            ROOFLINE_RESTART_STATE: join(runDir, 'restart-state.json'),
          },
          // User settings (not the workspace's): the notes on disk stay as the suite left them.
          settings: { 'rooflineNotes.indexWorkers': indexWorkers },
          port,
          deadlineAt: t0 + timeoutMs, tag: TAG, say,
        });
      } catch (e) {
        console.error(`[${TAG}] error in start ${phase}: ${e?.stack ?? e}`);
      }
      const { code, result } = session;
      port = session.port;
      const phaseOk = code === 0 && !!result && result.failed === 0 && result.passed > 0;
      passed += result?.passed ?? 0;
      failed += result ? result.failed + (!phaseOk && result.failed === 0 ? 1 : 0) : 1;
      for (const t of result?.tests ?? []) {
        if (t.state === 'failed') console.log(`[${TAG}] ✗ start ${phase}: ${t.title}\n    ${String(t.error).split('\n')[0]}`);
      }
      if (!phaseOk) {
        ok = false;
        if (phase < phases) console.error(`[${TAG}] start ${phase} failed: the later start(s) would test nothing, not run`);
      }
    }
  } finally {
    await runCleanups();
    cancelBackstop();
  }

  if (ok && process.env.ROOFLINE_KEEP_RUN !== '1') removeRunDir(runDir);
  else say(`kept run folder for inspection: ${runDir}`);
  return { passed, failed, ok };
}

runAndExit(main, log);
