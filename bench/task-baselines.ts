// Baseline tasks (run in a fresh child process each): no engine imports.
import fs from 'node:fs';
import { listNoteFiles, memoryAfterGc, nowMs, type MemorySnapshot } from './common.js';

export interface BaselineResult {
  ms: number;
  files: number;
  bytes: number;
  detail: Record<string, number | string>;
  memory?: MemorySnapshot;
}

/** Read every file (bytes only): the I/O floor. */
export function readAll(corpus: string): BaselineResult {
  const t0 = nowMs();
  const files = listNoteFiles(corpus);
  let bytes = 0;
  for (const f of files) bytes += fs.readFileSync(f.abs).length;
  return { ms: nowMs() - t0, files: files.length, bytes, detail: {} };
}

/**
 * Read, decode UTF-8 and run one combined regular expression over every note:
 * wikilinks and number+unit pairs. The cheapest scan that still "finds" links
 * and figures; no structure, no verdicts.
 */
const ONE_PASS = /\[\[([^\]\n|#]+)[^\]\n]*\]\]|(\d[\d,.]*)\s?(TB\/s|GB\/s|TFLOPS|PFLOPS|GB|TB|MB|KB|ms|µs|W|MW|GW|%|x|×)(?![\p{L}])/gu;

export function regexPass(corpus: string): BaselineResult {
  const t0 = nowMs();
  const files = listNoteFiles(corpus);
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let links = 0;
  let numbers = 0;
  for (const f of files) {
    const buf = fs.readFileSync(f.abs);
    bytes += buf.length;
    const text = decoder.decode(buf);
    for (const m of text.matchAll(ONE_PASS)) {
      if (m[1] !== undefined) links++;
      else numbers++;
    }
  }
  return { ms: nowMs() - t0, files: files.length, bytes, detail: { wikilinks: links, numbers } };
}

/** foam-vscode's pipeline over the whole workspace (see foam-style.ts), graph included. */
export async function foamStyle(corpus: string): Promise<BaselineResult> {
  const importStart = nowMs();
  const { FoamStyleWorkspace } = await import('./foam-style.js');
  const importMs = nowMs() - importStart;
  const t0 = nowMs();
  const files = listNoteFiles(corpus);
  const ws = new FoamStyleWorkspace();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let errors = 0;
  for (const f of files) {
    const buf = fs.readFileSync(f.abs);
    bytes += buf.length;
    try {
      ws.add(f.id, decoder.decode(buf));
    } catch {
      errors++;
    }
  }
  const resolved = ws.buildGraph();
  const ms = nowMs() - t0;
  let links = 0;
  let sections = 0;
  for (const r of ws.resources.values()) {
    links += r.links.length;
    sections += r.sections.length;
  }
  const hubLinkers = ws.backlinks.get('hub.md')?.size ?? -1;
  const memory = memoryAfterGc(); // resources still referenced below
  return { ms, files: files.length, bytes, detail: { importMs: Math.round(importMs), links, resolved, sections, errors, hubLinkers, resources: ws.resources.size }, memory };
}

/** Foam-style re-parse of one note, repeated: the per-keystroke cost of the baseline. */
export async function foamSingle(text: string, repeats: number): Promise<number[]> {
  const { foamParse } = await import('./foam-style.js');
  const out: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const edited = text.slice(0, 100 + i) + 'x' + text.slice(100 + i);
    const t0 = nowMs();
    foamParse('keystroke-note.md', edited);
    out.push(nowMs() - t0);
  }
  return out;
}
