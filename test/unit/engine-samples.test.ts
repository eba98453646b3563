// The engine on the first user's real notes (copied into test/fixtures/samples).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeNote } from '../../src/core/note.js';
import { fixturesDir } from './helpers.js';

const read = (name: string) => readFileSync(path.join(fixturesDir, 'samples', name), 'utf8');
const gtc = analyzeNote('gtc-day-1.md', read('gtc-day-1.md'));
const gpuMode = analyzeNote('gpu-mode-beyond-cuda-gtc.md', read('gpu-mode-beyond-cuda-gtc.md'));
const short = analyzeNote('gpu-mode-beyond-cuda-gtc-short.md', read('gpu-mode-beyond-cuda-gtc-short.md'));

test('GTC note: title, ISO date with original, tags', () => {
  assert.equal(gtc.title, 'nvidia gtc day 1');
  assert.deepEqual(gtc.date, { iso: '2025-03-18', original: 'Mar 18, 2025' });
  assert.deepEqual(gtc.tags, ['journal']);
  assert.equal(gtc.frontmatterKind, 'yaml');
});

test('GTC note: 1.3M Hopper GPUs is a claim of 1,300,000; 3.6 Blackwell GPUs is flagged as 3.6M', () => {
  const hopper = gtc.claims.find((c) => c.quantity.raw.includes('1.3M'));
  assert.ok(hopper, 'the 1.3M claim');
  assert.equal(hopper.quantity.value, 1_300_000);
  assert.match(hopper.subject, /hopper GPUs/i);
  assert.equal(hopper.kind, 'market');
  const blackwell = gtc.claims.find((c) => c.quantity.raw.startsWith('3.6'));
  assert.ok(blackwell?.suspicion, '3.6 Blackwell GPUs is flagged');
  assert.equal(blackwell.suspicion.suggestion, '3.6M');
  const problem = gtc.problems.find((p) => p.code === 'suspicious-quantity');
  assert.equal(problem?.fix?.replacement, '3.6M');
});

test('GTC note: years, list numbering and times are not claims', () => {
  const raws = gtc.claims.map((c) => c.quantity.raw);
  for (const notClaim of ['2012', '2024', '2025', '2028']) assert.ok(!raws.some((r) => r.trim() === notClaim), `${notClaim} is not a claim`);
  assert.ok(raws.some((r) => /\$1T\+?/.test(r)), '$1T+ capex is a claim');
  assert.ok(raws.some((r) => /100x/.test(r)), '> 100x is a claim');
  assert.ok(raws.some((r) => /100T/.test(r)), '100T tokens is a claim');
});

test('GTC note: the keynote and Yann LeCun\'s talk', () => {
  const lecun = gtc.talks.find((t) => t.speakers.some((s) => s.name === 'Yann LeCun'));
  assert.ok(lecun, 'Yann LeCun talk');
  assert.equal(lecun.event, 'nvidia gtc', 'the event, whichever day: "day 1" is dropped');
  const keynote = gtc.talks.find((t) => /keynote/i.test(t.title ?? ''));
  assert.ok(keynote, 'the keynote');
  const worldModels = gtc.claims.find((c) => c.quantity.raw.includes('400,000'));
  assert.equal(worldModels?.speaker, 'Yann LeCun', 'claims after "notes for Yann LeCun\'s talk" are his');
});

test('GPU MODE note: TOML frontmatter, draft, the nine talks with speakers, affiliations and times', () => {
  assert.equal(gpuMode.frontmatterKind, 'toml');
  assert.equal(gpuMode.title, 'GPU Mode, Beyond CUDA, and the GTC Keynote');
  assert.equal(gpuMode.date?.iso, '2025-01-28');
  assert.equal(gpuMode.draft, true);
  const schedule = gpuMode.talks.filter((t) => t.source === 'schedule');
  const rows = schedule.map((t) => [t.time, t.speakers.map((s) => `${s.name}${s.affiliation ? ` (${s.affiliation})` : ''}`).join(', '), t.title]);
  assert.deepEqual(rows, [
    ['6:30 PM', 'Christos Kozyraki (Stanford)', 'The State of Hardware — and what it means for you writing software'],
    ['7:00 PM', 'Mark Saroufim (GPU MODE)', 'Opening Statement'],
    [null, 'Simon Guo (Stanford)', 'KernelBench'],
    [null, 'Alex Zhang (Princeton)', 'KernelBot'],
    [null, 'Sahan Paliskara (PyTorch)', 'KernelBook'],
    [null, 'Zacharias Fisches (FAIR)', 'KernelLLM'],
    [null, 'Simran Arora (Stanford)', 'Thunderkittens'],
    ['7:25 PM', 'Vijay Thakkar (NVIDIA)', 'CUTLASS'],
    ['7:30 PM', 'Super Secret Guest Speaker', "How nothing's changed but also everything is different"],
  ]);
  assert.ok(schedule.every((t) => t.event === 'GPU Mode'));
});

test('GPU MODE note: times of day are not claims; mojibake is reported with its repair', () => {
  assert.ok(!gpuMode.claims.some((c) => /\d:\d\d/.test(c.quantity.raw)), 'no 6:30 PM claims');
  const mojibake = gpuMode.problems.filter((p) => p.code === 'mojibake');
  assert.equal(mojibake.length, 1);
  assert.equal(mojibake[0]!.fix?.replacement, '—');
  const text = read('gpu-mode-beyond-cuda-gtc.md');
  assert.equal(text.slice(mojibake[0]!.span!.start, mojibake[0]!.span!.end), 'â€”');
});

test('the same post without frontmatter: title from the H1, URLs and ids are not claims', () => {
  assert.equal(short.frontmatterKind, 'none');
  assert.equal(short.title, 'GPU Mode, Beyond CUDA, GTC Keynote');
  assert.equal(short.date, null);
  assert.ok(!short.claims.some((c) => /5912|2025|03\/19/.test(c.quantity.raw)));
  assert.ok(short.links.some((l) => l.kind === 'url' && l.target === 'https://lu.ma/beyondcuda25'));
});
