#!/usr/bin/env node
// Alternative entry: runs the same VS Code integration suite in desktop VS Code (Electron) through
// @vscode/test-electron, for machines that CAN download VS Code (a developer laptop, a CI with
// internet). It cannot run on our CI machines: they reach only the npm registry and Debian's apt,
// and @vscode/test-electron downloads VS Code from Microsoft's update server
// (getaddrinfo ENOTFOUND update.code.visualstudio.com). There, `npm run test:vscode` runs the
// identical suite in code-server instead (scripts/vscode/run-integration.mjs).
//
// Usage (from the repo root):
//   npm run build:extension && node scripts/vscode/build-suite.mjs
//   node test/vscode/test-electron.mjs            # newest stable VS Code
//   VSCODE_TEST_VERSION=1.139.1 node test/vscode/test-electron.mjs
// On a Linux box without a display, wrap it in xvfb-run:  xvfb-run -a node test/vscode/test-electron.mjs
//
// The suite runner (out/vscode-suite/index.cjs, from test/vscode/index.ts) is loaded by the
// extension host as `extensionTestsPath`; it writes its result JSON to ROOFLINE_TEST_RESULT.
// Closing line: `vscode-integration: N passed, N failed`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionTestsPath = join(repoRoot, 'out', 'vscode-suite', 'index.cjs');
const fixture = join(repoRoot, 'test', 'fixtures', 'vscode-workspace');

if (!existsSync(join(repoRoot, 'dist', 'extension.cjs')) || !existsSync(extensionTestsPath)) {
  console.error('build first: npm run build:extension && node scripts/vscode/build-suite.mjs');
  process.exit(2);
}

// The tests edit notes: run them on a temp copy so the repo's fixture never changes.
const runDir = mkdtempSync(join(tmpdir(), 'roofline-vscode-electron-'));
const workspace = join(runDir, 'workspace');
cpSync(fixture, workspace, { recursive: true });
const resultFile = join(runDir, 'result.json');

let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_TEST_VERSION || 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    extensionTestsEnv: { ROOFLINE_TEST_RESULT: resultFile, ROOFLINE_TEST_WORKSPACE: workspace },
    launchArgs: [
      workspace,
      '--disable-extensions', // only the extension under development
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', join(runDir, 'user-data'),
    ],
  });
} catch (e) {
  console.error('VS Code tests failed to run:', e?.message ?? e);
}

let passed = 0;
let failed = code === 0 ? 0 : 1;
if (existsSync(resultFile)) {
  const r = JSON.parse(readFileSync(resultFile, 'utf8'));
  passed = r.passed;
  failed = r.failed + (code !== 0 && r.failed === 0 ? 1 : 0);
}
if (code === 0) rmSync(runDir, { recursive: true, force: true });
else console.error(`kept ${runDir}`);
console.log(`vscode-integration: ${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 ? 0 : 1);
