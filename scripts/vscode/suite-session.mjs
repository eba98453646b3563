// One start of a real VS Code (code-server + Debian's chromium) that runs a bundled mocha suite
// (extensionTestsPath) on a workspace folder, waits for the extension host to report its exit
// code, and stops both processes again. Used by run-integration.mjs (one start) and
// run-restart.mjs (several starts on the same run folder, so user data and workspace storage
// carry over from one start to the next).
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchChromium, remoteUri, startCodeServer, workbenchUrl } from './code-server.mjs';

const SUITE_START_MARKER = 'roofline-vscode-suite: starting';
// Harmless messages of an offline code-server (no marketplace, no GitHub, no vsda).
const NOISE = [/open-vsx\.org/, /vsda/, /github.*authentication|authentication.*github/i, /^\[AccountPolicyGate\]/, /^\[AgentHost/];

/**
 * @param {object} o
 * @param {string} o.runDir       run folder from createRunDir (user data, profiles, logs)
 * @param {string} o.workspace    folder to open
 * @param {string} o.extensionDir extensionDevelopmentPath
 * @param {string} o.suite        bundled suite (extensionTestsPath)
 * @param {string} o.resultFile   where the suite runner writes its JSON result
 * @param {Record<string,string>} [o.env]      extra extensionEnvironment for the suite
 * @param {Record<string,unknown>} [o.settings] user settings on top of QUIET_SETTINGS
 * @param {number} [o.port]       code-server's port (default: any free one; see startCodeServer)
 * @param {number} o.deadlineAt   Date.now() by which the suite must have finished
 * @param {string} o.tag          prefix of this script's messages
 * @param {(...a: unknown[]) => void} o.say  progress messages
 * @returns {Promise<{ code: number | 'timeout', result: any, port: number }>} the extension host's
 *   exit code ('timeout' if it never reported one), the suite's result file (null if not written)
 *   and the port code-server listened on
 */
export async function runSuiteSession({ runDir, workspace, extensionDir, suite, resultFile, env = {}, settings = {}, port = 0, deadlineAt, tag, say }) {
  const consoleLog = join(runDir, 'browser-console.log');
  const automationLog = join(runDir, 'automation.log');
  rmSync(resultFile, { force: true });
  const server = await startCodeServer({ runDir, folder: workspace, port, smokeTestDriver: true, settings });
  let browser;
  try {
    say(`code-server listening on ${server.baseUrl} (pid ${server.pid})`);
    browser = await launchChromium(runDir);
    const { page } = browser;
    let exitCode;
    const exited = new Promise((res) => { exitCode = res; });
    // The workbench and the extension host share this hook. Everything goes to automation.log;
    // the console gets the suite's own output (from the runner's start marker on) minus known
    // offline noise.
    let suiteStarted = false;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? format(...args) : format(args);
      appendFileSync(automationLog, `[${type}] ${text}\n`);
      if (!suiteStarted && text.includes(SUITE_START_MARKER)) suiteStarted = true;
      if (!suiteStarted || NOISE.some((re) => re.test(text))) return;
      for (const line of text.replace(/\n$/, '').split('\n')) console.log(`  ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => { exitCode(Number(code)); });
    page.on('console', (m) => appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => appendFileSync(consoleLog, `[pageerror] ${e.message}\n`));

    const payload = [
      ['extensionDevelopmentPath', remoteUri(extensionDir)],
      ['extensionTestsPath', remoteUri(suite)],
      ['extensionEnvironment', JSON.stringify({ ROOFLINE_TEST_RESULT: resultFile, ROOFLINE_TEST_WORKSPACE: workspace, ...env })],
    ];
    await page.goto(workbenchUrl(server.baseUrl, workspace, payload), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    say('workbench loaded; running suite ...');

    const remaining = Math.max(1_000, deadlineAt - Date.now());
    let timer;
    const code = await Promise.race([
      exited,
      new Promise((res) => { timer = setTimeout(() => res('timeout'), remaining); }),
    ]);
    clearTimeout(timer);
    if (code === 'timeout') {
      console.error(`[${tag}] timed out waiting for the suite to finish`);
      await page.screenshot({ path: join(runDir, 'timeout.png') }).catch(() => {});
      console.error(`[${tag}] screenshot of the workbench: ${join(runDir, 'timeout.png')}`);
      console.error(`--- code-server log tail ---\n${server.logTail(30)}`);
    } else {
      say(`extension host reported exit code ${code}`);
    }
    const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null;
    if (!result && code !== 'timeout') {
      console.error(`[${tag}] no result file: the runner never ran (extension failed to load? see ${automationLog})`);
      try { console.error(readFileSync(automationLog, 'utf8').split('\n').slice(-30).join('\n')); } catch {}
    }
    return { code, result, port: server.port };
  } finally {
    await browser?.close();
    await server.stop();
  }
}
