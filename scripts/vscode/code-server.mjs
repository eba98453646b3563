// Shared helpers for running a real VS Code (code-server from npm) and Debian's chromium
// in tests. Every run lives in a fresh temp "run folder":
//   RUN/user-data  RUN/extensions  RUN/xdg/{config,data,cache}  RUN/tmp  RUN/chromium-profile
//   RUN/code-server.log  RUN/result.json (written by the suite runner)
// code-server is started with `setsid` so it leads its own process group; stop() kills that
// whole group (extension hosts included) and then sweeps for any process still carrying this
// run's marker environment variable. stop() also runs on SIGINT/SIGTERM/SIGHUP, on uncaught
// errors, and (synchronously, SIGKILL) on process exit, so no process is left running.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM, node24Env, requireTools } from './env.mjs';

export const RUN_MARKER_VAR = 'ROOFLINE_VSCODE_RUN';
const HERE = dirname(fileURLToPath(import.meta.url));

/** Settings that keep a first start quiet (no welcome page, trust prompt, chat, update checks...). */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 100,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
};

// ---------------------------------------------------------------------------------------------
// cleanup registry
// ---------------------------------------------------------------------------------------------
const cleanups = new Set(); // async () => void
const groupsToKill = new Set(); // pgids for the synchronous exit fallback
let handlersInstalled = false;
let cleaningUp = null;

/** Register an async cleanup; returns a function that unregisters it. */
export function onCleanup(fn) {
  installHandlers();
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Run (once) every registered cleanup, newest first. */
export function runCleanups() {
  if (!cleaningUp) {
    cleaningUp = (async () => {
      for (const fn of [...cleanups].reverse()) {
        cleanups.delete(fn);
        try { await fn(); } catch (e) { console.error('[vscode] cleanup error:', e?.message ?? e); }
      }
    })().finally(() => { cleaningUp = null; });
  }
  return cleaningUp;
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const bail = async (code, why) => {
    console.error(`[vscode] ${why}: stopping code-server/chromium ...`);
    const cap = sleep(20_000).then(() => console.error('[vscode] cleanup took too long'));
    await Promise.race([runCleanups(), cap]);
    process.exit(code);
  };
  process.once('SIGINT', () => bail(130, 'SIGINT'));
  process.once('SIGTERM', () => bail(143, 'SIGTERM'));
  process.once('SIGHUP', () => bail(129, 'SIGHUP'));
  process.on('uncaughtException', (e) => { console.error('[vscode] uncaught exception:', e); bail(1, 'uncaught exception'); });
  process.on('unhandledRejection', (e) => { console.error('[vscode] unhandled rejection:', e); bail(1, 'unhandled rejection'); });
  // Last resort (synchronous): whatever group is still registered gets SIGKILL.
  process.on('exit', () => {
    for (const pgid of groupsToKill) { try { process.kill(-pgid, 'SIGKILL'); } catch {} }
  });
}

/**
 * Put an overall deadline on a run: after `ms`, print `message`, run every cleanup and exit
 * with `code`. Returns a function that cancels the deadline.
 */
export function deadline(ms, message, code = 1, beforeExit) {
  const t = setTimeout(async () => {
    console.error(message);
    try { await beforeExit?.(); } catch {}
    await Promise.race([runCleanups(), sleep(20_000)]);
    process.exit(code);
  }, ms);
  t.unref?.();
  return () => clearTimeout(t);
}

// ---------------------------------------------------------------------------------------------
// /proc helpers (Linux)
// ---------------------------------------------------------------------------------------------
function procStat(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0], ppid: Number(rest[1]), pgid: Number(rest[2]) };
  } catch {
    return null;
  }
}

function allPids() {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
}

/** Live (non-zombie) members of a process group. */
export function groupMembers(pgid) {
  return allPids().filter((pid) => {
    const st = procStat(pid);
    return st && st.pgid === pgid && st.state !== 'Z' && st.state !== 'X';
  });
}

/** Live processes whose environment carries this run's marker (catches anything that left the group). */
export function markedProcesses(runDir) {
  const needle = Buffer.from(`${RUN_MARKER_VAR}=${runDir}\0`);
  return allPids().filter((pid) => {
    if (pid === process.pid) return false;
    try {
      if (!readFileSync(`/proc/${pid}/environ`).includes(needle)) return false;
    } catch {
      return false;
    }
    const st = procStat(pid);
    return st && st.state !== 'Z' && st.state !== 'X';
  });
}

async function waitUntil(pred, ms, step = 100) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (pred()) return true;
    await sleep(step);
  }
  return pred();
}

/** Kill every process carrying the run's marker; returns how many were found. */
export async function killMarked(runDir) {
  const left = markedProcesses(runDir);
  for (const pid of left) { try { process.kill(pid, 'SIGKILL'); } catch {} }
  if (left.length) await waitUntil(() => markedProcesses(runDir).length === 0, 5_000);
  return left.length;
}

// ---------------------------------------------------------------------------------------------
// run folder
// ---------------------------------------------------------------------------------------------
/** A fresh run folder in the system temp dir, with the layout described at the top. */
export function createRunDir(prefix = 'roofline-vscode-') {
  const runDir = mkdtempSync(join(tmpdir(), prefix));
  for (const d of ['user-data/User', 'extensions', 'xdg/config', 'xdg/data', 'xdg/cache', 'tmp', 'chromium-profile']) {
    mkdirSync(join(runDir, d), { recursive: true });
  }
  return runDir;
}

/** Environment for code-server / chromium processes of this run (Node 24 first on PATH). */
export function runEnv(runDir, tools = requireTools(), extra = {}) {
  const env = node24Env(tools, {
    XDG_CONFIG_HOME: join(runDir, 'xdg', 'config'),
    XDG_DATA_HOME: join(runDir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(runDir, 'xdg', 'cache'),
    TMPDIR: join(runDir, 'tmp'),
    [RUN_MARKER_VAR]: runDir,
    ...extra,
  });
  // never let the test instance talk to the developer's own VS Code / code-server
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k === 'CODE_SERVER_PARENT_PID') delete env[k];
  }
  return env;
}

export function removeRunDir(runDir) {
  try { rmSync(runDir, { recursive: true, force: true, maxRetries: 3 }); } catch {}
}

// ---------------------------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------------------------
/** Run the code-server CLI once (e.g. --install-extension) against this run's dirs. */
export function codeServerCli(runDir, args, { timeoutMs = 120_000 } = {}) {
  const tools = requireTools();
  const r = spawnSync(tools.node, [
    tools.codeServerEntry,
    '--user-data-dir', join(runDir, 'user-data'),
    '--extensions-dir', join(runDir, 'extensions'),
    ...args,
  ], { env: runEnv(runDir, tools), encoding: 'utf8', timeout: timeoutMs });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}`, error: r.error };
}

/**
 * Start code-server for `folder` in `runDir` (see createRunDir). Resolves once it listens, on
 * `port` (default: any free one). The workbench keys a folder's workspace storage by its remote
 * URI, host:port included: a later start that should find the same storage needs the same port.
 * @returns {Promise<{port:number, baseUrl:string, pid:number, runDir:string, logFile:string,
 *   userDataDir:string, extensionsDir:string, stop:()=>Promise<void>, logTail:()=>string}>}
 */
export async function startCodeServer({
  runDir,
  folder,
  port: bindPort = 0,
  smokeTestDriver = false,
  settings = {},
  extraArgs = [],
  startTimeoutMs = 90_000,
  echo = process.env.ROOFLINE_VSCODE_VERBOSE === '1',
} = {}) {
  const tools = requireTools();
  const userDataDir = join(runDir, 'user-data');
  const extensionsDir = join(runDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));

  const args = [
    tools.node, tools.codeServerEntry,
    '--bind-addr', `127.0.0.1:${bindPort}`,
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--reconnection-grace-time', '10',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...extraArgs,
    ...(folder ? [folder] : []),
  ];
  const logFile = join(runDir, 'code-server.log');
  const logStream = createWriteStream(logFile);
  const tail = [];
  // setsid: code-server becomes the leader of a new session + process group (pgid == pid),
  // so one kill(-pid) reaches it and everything it forks.
  const child = spawn('setsid', args, { env: runEnv(runDir, tools), stdio: ['ignore', 'pipe', 'pipe'], cwd: runDir });
  const pid = child.pid;
  groupsToKill.add(pid);
  // A watchdog in its own session cleans up if this process dies without running stop().
  // It carries the run marker, so stop()'s final sweep ends it too.
  const watchdog = spawn(process.execPath, [join(HERE, 'watchdog.mjs'), String(process.pid), String(pid), runDir], {
    env: { ...process.env, [RUN_MARKER_VAR]: runDir },
    stdio: 'ignore',
    detached: true,
  });
  watchdog.unref();
  let exited = null;
  child.once('exit', (code, signal) => { exited = { code, signal }; });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const st = procStat(pid);
    if (st && st.pgid === pid) {
      try { process.kill(-pid, 'SIGTERM'); } catch {}
      if (!(await waitUntil(() => groupMembers(pid).length === 0, 5_000))) {
        try { process.kill(-pid, 'SIGKILL'); } catch {}
        await waitUntil(() => groupMembers(pid).length === 0, 5_000);
      }
    } else if (st) {
      try { process.kill(pid, 'SIGKILL'); } catch {}
    }
    groupsToKill.delete(pid);
    try { watchdog.kill('SIGKILL'); } catch {}
    await waitUntil(() => watchdog.exitCode !== null || watchdog.signalCode !== null, 2_000);
    const strays = await killMarked(runDir);
    if (strays) console.error(`[vscode] killed ${strays} stray process(es) of ${runDir}`);
    logStream.end();
    unregister();
  };
  const unregister = onCleanup(stop);

  let resolveListen;
  let rejectListen;
  const listening = new Promise((res, rej) => { resolveListen = res; rejectListen = rej; });
  const onLine = (line) => {
    tail.push(line);
    if (tail.length > 200) tail.shift();
    if (echo) console.log(`[code-server] ${line}`);
    const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
    if (m) resolveListen(Number(m[1]));
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.on('data', (chunk) => {
      logStream.write(chunk);
      buf += chunk.toString('utf8');
      let i;
      while ((i = buf.indexOf('\n')) >= 0) { onLine(buf.slice(0, i)); buf = buf.slice(i + 1); }
    });
  }
  child.once('exit', (code, signal) => rejectListen(new Error(`code-server exited early (${code ?? signal})`)));
  child.once('error', (e) => rejectListen(e));

  const logTail = (n = 40) => tail.slice(-n).join('\n');
  let port;
  try {
    port = await Promise.race([
      listening,
      sleep(startTimeoutMs, null, { ref: false }).then(() => { throw new Error(`code-server did not listen within ${startTimeoutMs} ms`); }),
    ]);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n--- code-server log (${logFile}) ---\n${logTail()}`);
  }
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}/`,
    pid,
    runDir,
    logFile,
    userDataDir,
    extensionsDir,
    stop,
    logTail,
    get exited() { return exited; },
  };
}

// ---------------------------------------------------------------------------------------------
// chromium via playwright-core
// ---------------------------------------------------------------------------------------------
export const CHROMIUM_ARGS = [
  '--no-sandbox', // required as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--password-store=basic',
];

/**
 * Launch Debian's chromium headless with a fresh profile in the run folder.
 * @returns {Promise<{context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void>}>}
 */
export async function launchChromium(runDir, { viewport = { width: 1440, height: 900 }, headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(join(runDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless,
    args: CHROMIUM_ARGS,
    env: runEnv(runDir),
    viewport,
    timeout: 60_000,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
    unregister();
  };
  const unregister = onCleanup(close);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close };
}

/** Build the workbench URL; with `payload` (array of [key, value]) the smoke-test driver runs it. */
export function workbenchUrl(baseUrl, folder, payload) {
  let url = `${baseUrl}?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** vscode-remote URI for a path on the code-server machine (the remote authority is literally "remote"). */
export function remoteUri(absPath) {
  return `vscode-remote://remote${absPath.split('/').map(encodeURIComponent).join('/')}`;
}

