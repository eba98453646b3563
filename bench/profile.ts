// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by file.
//   node out/bench/profile.js FILE.cpuprofile [--top 25]
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { repoRoot } from './common.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTimeRow {
  name: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: SelfTimeRow[];
  byFile: SelfTimeRow[];
}

/** src/core/x.ts for out/src/core/x.js, package name for node_modules, node:internal for builtins. */
export function fileLabel(url: string, functionName = ''): string {
  if (!url) {
    if (functionName.startsWith('RegExp:')) return '(regular expressions, all files)';
    if (functionName === '(garbage collector)') return '(garbage collector)';
    return `(native / V8${functionName && functionName.startsWith('(') ? ` ${functionName}` : ''})`;
  }
  if (url.startsWith('node:')) return url.startsWith('node:internal') ? 'node:internal/*' : url;
  let p = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const nm = p.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = p.slice(nm + '/node_modules/'.length).split('/');
    return `node_modules/${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const root = repoRoot.replace(/\\/g, '/');
  p = p.replace(/\\/g, '/');
  if (p.startsWith(root + '/')) p = p.slice(root.length + 1);
  // A run from a snapshot of out/ (bench/results/.snapshot-PID/out/...) names the same sources.
  p = p.replace(/^bench\/results\/\.snapshot-\d+\//, '');
  return p.replace(/^out\//, '').replace(/\.js$/, '.ts');
}

const maps = new Map<string, SourceMap | null>();

/** Line in the TypeScript source for a position in compiled out/**.js, via its source map (1-based), else the JS line. */
function sourceLine(url: string, line0: number, col0: number): number {
  if (!url.startsWith('file://') || url.includes('/node_modules/')) return line0 + 1;
  let map = maps.get(url);
  if (map === undefined) {
    map = null;
    const js = fileURLToPath(url);
    // The snapshot a run used is gone afterwards: fall back to the same file in out/.
    for (const candidate of [js, js.replace(/[\\/]bench[\\/]results[\\/]\.snapshot-\d+[\\/]/, path.sep)]) {
      try {
        map = new SourceMap(JSON.parse(fs.readFileSync(`${candidate}.map`, 'utf8')));
        break;
      } catch {
        // try the next one
      }
    }
    maps.set(url, map);
  }
  const entry = map?.findEntry(line0, col0) as { originalLine?: number } | undefined;
  return entry && typeof entry.originalLine === 'number' ? entry.originalLine + 1 : line0 + 1;
}

function clip(s: string, max = 90): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function summarizeProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length) {
    // timeDeltas[i] is the gap before sample i; charge each sample the gap that follows it.
    for (let i = 0; i < samples.length; i++) {
      const dt = deltas[i + 1] ?? deltas[i] ?? 0;
      selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + Math.max(0, dt));
    }
  } else {
    const per = (profile.endTime - profile.startTime) / Math.max(1, profile.nodes.reduce((a, n) => a + (n.hitCount ?? 0), 0));
    for (const n of profile.nodes) selfUs.set(n.id, (n.hitCount ?? 0) * per);
  }
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  // Regular expressions run as their own frames without a URL: charge them to the caller's file.
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  let total = 0;
  for (const n of profile.nodes) {
    const us = selfUs.get(n.id) ?? 0;
    if (!us) continue;
    total += us;
    const cf = n.callFrame;
    let f = fileLabel(cf.url, cf.functionName);
    if (!cf.url && cf.functionName.startsWith('RegExp:')) {
      let p = parent.get(n.id);
      while (p && !p.callFrame.url) p = parent.get(p.id);
      if (p) f = `${fileLabel(p.callFrame.url)} (regex)`;
    }
    const name = clip(cf.functionName || '(anonymous)');
    const key = cf.url ? `${name}  ${f}:${sourceLine(cf.url, cf.lineNumber, cf.columnNumber)}` : name;
    fn.set(key, (fn.get(key) ?? 0) + us);
    file.set(f, (file.get(f) ?? 0) + us);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), percent: Math.round((us / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), byFunction: rows(fn), byFile: rows(file) };
}

export function formatProfile(s: ProfileSummary): string {
  const lines = [`CPU profile: ${(s.totalMs / 1000).toFixed(1)} s sampled`, '', 'Self time by file:'];
  for (const r of s.byFile) lines.push(`  ${r.percent.toFixed(1).padStart(5)}%  ${String(r.ms).padStart(7)} ms  ${r.name}`);
  lines.push('', 'Self time by function:');
  for (const r of s.byFunction) lines.push(`  ${r.percent.toFixed(1).padStart(5)}%  ${String(r.ms).padStart(7)} ms  ${r.name}`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node out/bench/profile.js FILE.cpuprofile [--top N]\n');
    process.exitCode = 2;
  } else {
    const i = process.argv.indexOf('--top');
    const top = i > 0 ? Number(process.argv[i + 1]) : 25;
    process.stdout.write(formatProfile(summarizeProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, top)) + '\n');
  }
}
