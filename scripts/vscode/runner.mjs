// What the suite runners (run-integration.mjs, run-restart.mjs) share: progress messages, the
// closing line test-all counts, the checks before a start, the run folder, and the exit.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRunDir, runCleanups } from './code-server.mjs';

/** Progress messages `[tag +Ns]` and a closing line `tag: N passed, N failed`, printed once. */
export function runnerLog(tag) {
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
  const say = (...a) => console.log(`[${tag} +${secs()}s]`, ...a);
  let closingPrinted = false;
  const closing = (passed, failed) => {
    if (closingPrinted) return;
    closingPrinted = true;
    console.log(`${tag}: ${passed} passed, ${failed} failed`);
  };
  return { t0, secs, say, closing };
}

/** What is missing before VS Code can start: the built extension, the suite bundle, the fixture. */
export function preflight({ extensionDir, suite, fixture, suiteBuild }) {
  const problems = [];
  const pkgPath = join(extensionDir, 'package.json');
  if (!existsSync(pkgPath)) problems.push(`no package.json in ${extensionDir}`);
  else {
    const main = JSON.parse(readFileSync(pkgPath, 'utf8')).main;
    if (!main) problems.push(`${pkgPath} has no "main"`);
    else if (!existsSync(resolve(extensionDir, main))) problems.push(`extension entry ${resolve(extensionDir, main)} missing (run: npm run build:extension)`);
  }
  if (!existsSync(suite)) problems.push(`suite ${suite} missing (run: ${suiteBuild})`);
  if (!existsSync(fixture)) problems.push(`fixture workspace ${fixture} missing`);
  return problems;
}

/**
 * A run folder with a copy of the fixture workspace (tests edit files) and a private copy of the
 * suite bundle (a concurrent `npm run build`, which empties out/, must not pull it away).
 */
export function prepareRunFolder(prefix, fixture, suite) {
  const runDir = createRunDir(prefix);
  const workspace = join(runDir, 'workspace');
  cpSync(fixture, workspace, { recursive: true });
  const suiteCopy = join(runDir, 'suite', basename(suite));
  mkdirSync(dirname(suiteCopy), { recursive: true });
  copyFileSync(suite, suiteCopy);
  return { runDir, workspace, suiteCopy };
}

/** Runs `main` (resolving { passed, failed, ok }), prints the closing line and exits with its status. */
export function runAndExit(main, { say, secs, closing }) {
  main().then(
    ({ passed, failed, ok }) => {
      say(`done in ${secs()}s`);
      closing(passed, failed);
      process.exit(ok ? 0 : 1);
    },
    async (e) => {
      console.error(e);
      await runCleanups();
      closing(0, 1);
      process.exit(1);
    },
  );
}
