#!/usr/bin/env node
// Runs the VS Code integration suite inside a real VS Code (code-server 4.139.1 = VS Code 1.139.1)
// driven by Debian's chromium, the way @vscode/test-electron would run it on a desktop:
//   extensionDevelopmentPath = the repo root (needs dist/extension.cjs: npm run build:extension)
//   extensionTestsPath       = out/vscode-suite/index.cjs (node scripts/vscode/build-suite.mjs)
// It builds nothing. The fixture workspace is copied to a temp folder first (tests edit files).
// Prerequisite: node scripts/vscode/install.mjs
// Closing line: `vscode-integration: N passed, N failed`; exit code 0 only if all passed.
//
// Options: --extension-dir DIR  --suite FILE  --workspace DIR (fixture to copy)
//          --timeout SECONDS (default 180)  --grep PATTERN
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
    suite: { type: 'string', default: join(REPO_ROOT, 'out', 'vscode-suite', 'index.cjs') },
    workspace: { type: 'string', default: join(REPO_ROOT, 'test', 'fixtures', 'vscode-workspace') },
    timeout: { type: 'string', default: process.env.ROOFLINE_VSCODE_TIMEOUT || '180' },
    grep: { type: 'string' },
  },
});
const TAG = 'vscode-integration';
const timeoutMs = Number(opt.timeout) * 1000;
const extensionDir = resolve(opt['extension-dir']);
const suite = resolve(opt.suite);
const fixture = resolve(opt.workspace);
const log = runnerLog(TAG);
const { t0, say, closing } = log;

async function main() {
  const problems = preflight({ extensionDir, suite, fixture, suiteBuild: 'node scripts/vscode/build-suite.mjs' });
  if (problems.length) {
    for (const p of problems) console.error(`[${TAG}] ${p}`);
    return { passed: 0, failed: 1, ok: false };
  }

  const { runDir, workspace, suiteCopy } = prepareRunFolder('roofline-vscode-it-', fixture, suite);
  say(`run folder ${runDir}`);

  // Hard backstop in case something below hangs past the soft timeout.
  const cancelBackstop = deadline(timeoutMs + 45_000, `[${TAG}] hard timeout`, 1, () => closing(0, 1));

  let ok = false;
  let result = null;
  try {
    const env = opt.grep ? { ROOFLINE_TEST_GREP: opt.grep } : {};
    const session = await runSuiteSession({
      runDir, workspace, extensionDir, suite: suiteCopy, resultFile: join(runDir, 'result.json'), env,
      deadlineAt: t0 + timeoutMs, tag: TAG, say,
    });
    result = session.result;
    ok = session.code === 0 && !!result && result.failed === 0 && result.passed > 0;
  } catch (e) {
    console.error(`[${TAG}] error: ${e?.stack ?? e}`);
  } finally {
    await runCleanups();
    cancelBackstop();
  }

  if (result?.tests) {
    const failedTests = result.tests.filter((t) => t.state === 'failed');
    if (failedTests.length) {
      console.log(`[${TAG}] failed tests:`);
      for (const t of failedTests) console.log(`  ✗ ${t.title}\n    ${String(t.error).split('\n')[0]}`);
    }
  }
  if (ok && process.env.ROOFLINE_KEEP_RUN !== '1') removeRunDir(runDir);
  else say(`kept run folder for inspection: ${runDir}`);

  const passed = result?.passed ?? 0;
  const failed = result ? result.failed + (ok ? 0 : result.failed === 0 ? 1 : 0) : 1;
  return { passed, failed, ok };
}

runAndExit(main, log);
