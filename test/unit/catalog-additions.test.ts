// Chips added to the catalog in session 14 (they were known by name only): their figures, sources and
// aliases, and how claims about them are judged now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/note.js';
import { catalogFigures, findMentions, getAccelerator, peakFlops, resolveHardware } from '../../src/core/catalog/index.js';
import type { Accelerator, FlopsFigure } from '../../src/core/catalog/index.js';
import type { Claim } from '../../src/core/types.js';

function acc(id: string): Accelerator {
  const a = getAccelerator(id);
  assert.ok(a, `accelerator ${id} missing`);
  return a;
}

function claimFor(sentence: string, raw: RegExp): Claim {
  const c = analyzeNote('check', sentence).claims.find((x) => raw.test(x.quantity.raw));
  assert.ok(c, `a claim matching ${raw} in "${sentence}"`);
  return c;
}

const verdict = (sentence: string, raw: RegExp): string => claimFor(sentence, raw).evaluation.verdict;

/** Every figure of an added chip carries a source, and its FLOP/s a precision and a sparsity. */
function assertSourced(id: string): void {
  const figures = catalogFigures().filter((f) => f.path.startsWith(`accelerators.${id}.`));
  assert.ok(figures.length >= 4, `${id}: only ${figures.length} figures`);
  for (const { path, figure } of figures) {
    assert.match(figure.source, /^https?:\/\/\S+$/, `${path}: source`);
    assert.ok(['high', 'medium', 'low'].includes(figure.confidence), `${path}: confidence`);
    if (figure.unit === 'FLOP/s') {
      const f = figure as FlopsFigure;
      assert.ok(f.precision && (f.sparsity === 'dense' || f.sparsity === 'sparse'), `${path}: precision and sparsity`);
    }
  }
}

test('Intel Gaudi 3: 128 GB HBM2e at 3.67 TB/s, 1,835 TFLOPS dense BF16 and FP8, 900 W, 24 × 200 GbE = 1.2 TB/s bidirectional', () => {
  const g = acc('intel-gaudi3');
  assertSourced('intel-gaudi3');
  assert.equal(g.vendor, 'Intel');
  assert.equal(g.memoryType, 'HBM2e');
  assert.equal(g.hbmCapacity?.value, 128e9);
  assert.equal(g.hbmBandwidth?.value, 3.67e12);
  assert.equal(peakFlops(g, 'bf16')?.value, 1835e12);
  assert.equal(peakFlops(g, 'fp8')?.value, 1835e12);
  assert.equal(g.flops.filter((f) => f.sparsity === 'sparse').length, 0, 'Intel quotes no sparse figure');
  assert.equal(g.tdp?.value, 900);
  // 24 ports × 200 Gb/s = 600 GB/s each way.
  assert.equal(g.scaleUpBandwidth?.value, (24 * 200e9) / 8 * 2);
  assert.equal(g.scaleUpBandwidth?.direction, 'bidirectional');
  assert.equal(g.dies?.value, 2);
});

test('Intel Gaudi 2: 96 GB HBM2e at 2.46 TB/s, 432 TFLOPS dense BF16, 600 W; FP8 left out (no Intel document seen)', () => {
  const g = acc('intel-gaudi2');
  assertSourced('intel-gaudi2');
  assert.equal(g.hbmCapacity?.value, 96e9);
  assert.equal(g.hbmBandwidth?.value, 2.46e12);
  assert.equal(peakFlops(g, 'bf16')?.value, 432e12);
  assert.equal(peakFlops(g, 'fp8'), undefined);
  assert.equal(g.tdp?.value, 600);
  assert.equal(g.scaleUpBandwidth?.value, (24 * 100e9) / 8 * 2);
});

test('Gaudi names: "Gaudi 3", "Gaudi3", "Intel Gaudi 3", "HL-325L"; the PCIe card and the first Gaudi stay uncatalogued', () => {
  for (const name of ['Gaudi 3', 'Gaudi3', 'gaudi-3', 'Intel Gaudi 3', 'HL-325L', 'intel-gaudi3']) assert.deepEqual(resolveHardware(name), { kind: 'accelerator', id: 'intel-gaudi3' }, name);
  for (const name of ['Gaudi 2', 'Gaudi2', 'Intel Gaudi 2']) assert.deepEqual(resolveHardware(name), { kind: 'accelerator', id: 'intel-gaudi2' }, name);
  for (const name of ['Gaudi', 'Gaudi 3 PCIe', 'HL-338']) assert.equal(resolveHardware(name), undefined, name);
  assert.deepEqual(findMentions('Gaudi 3 PCIe cards').map((m) => m.kind), ['otherHardware']);
});

test('claims about Gaudi 3 and Gaudi 2 are judged against their own figures', () => {
  assert.equal(verdict('Gaudi 3 has 128 GB of HBM2e at 3.7 TB/s.', /128 GB/), 'consistent');
  assert.equal(verdict('Gaudi 3 has 128 GB of HBM2e at 3.7 TB/s.', /3\.7 TB/), 'consistent');
  assert.equal(verdict('Gaudi 3 does 1,835 TFLOPS of dense FP8.', /1,835/), 'consistent');
  assert.equal(verdict('Gaudi 3 delivers 1,835 TFLOPS BF16.', /1,835/), 'consistent');
  assert.equal(verdict('The Gaudi 3 OAM draws 900 W.', /900 W/), 'consistent');
  assert.equal(verdict('Gaudi 3 scale-up bandwidth is 1.2 TB/s bidirectional.', /1\.2 TB/), 'consistent');
  assert.equal(verdict('Gaudi 3 scale-up bandwidth is 600 GB/s per direction.', /600 GB/), 'consistent');
  assert.equal(verdict('Gaudi 2 has 96 GB at 2.45 TB/s.', /2\.45/), 'consistent');
  assert.equal(verdict('Gaudi 2 does 432 TFLOPS of BF16 and draws 600 W.', /432/), 'consistent');
  // Wrong figures.
  assert.equal(verdict('Gaudi 3 has 144 GB of HBM.', /144 GB/), 'inconsistent');
  assert.equal(verdict('Gaudi 3 has 128 GB of HBM2e at 4.8 TB/s.', /4\.8 TB/), 'inconsistent');
  assert.equal(verdict('Gaudi 3 does 3,670 TFLOPS of dense FP8.', /3,670/), 'inconsistent');
  // Intel quotes no sparse figure: a sparse claim is not judged against the dense one.
  assert.equal(verdict('Gaudi 3 does 3,670 TFLOPS of FP8 with sparsity.', /3,670/), 'unverifiable');
  // The liquid-cooled OAM is a sourced other figure: named in the reason, not silently accepted.
  assert.match(claimFor('The Gaudi 3 runs at 1,200 W.', /1,200 W/).evaluation.reason, /liquid-cooled/);
});

test('NVIDIA L40S: 48 GB GDDR6 at 864 GB/s, 362.05 TFLOPS dense BF16 / 733 dense FP8 (the datasheet\'s starred figures are sparse), 350 W', () => {
  const l = acc('nvidia-l40s');
  assertSourced('nvidia-l40s');
  assert.equal(l.memoryType, 'GDDR6');
  assert.equal(l.hbmCapacity?.value, 48e9);
  assert.equal(l.hbmBandwidth?.value, 864e9);
  assert.equal(peakFlops(l, 'bf16')?.value, 362.05e12);
  assert.equal(peakFlops(l, 'fp8')?.value, 733e12);
  assert.equal(peakFlops(l, 'fp8', 'sparse')?.value, 1466e12);
  assert.equal(l.tdp?.value, 350);
  assert.equal(l.scaleUpBandwidth, undefined, 'no NVLink');
  assert.equal(resolveHardware('L40S')?.id, 'nvidia-l40s');
  assert.equal(resolveHardware('L40'), undefined, 'the L40 is another card');
});

test('claims about the L40S: dense and sparse figures told apart; its GDDR6 is its memory', () => {
  assert.equal(verdict('The L40S does 733 TFLOPS dense FP8.', /733/), 'consistent');
  assert.equal(verdict('The L40S does 1,466 TFLOPS of dense FP8.', /1,466/), 'inconsistent', 'the sparse figure quoted as dense');
  assert.equal(verdict('The L40S does 1,466 TFLOPS of FP8 with sparsity.', /1,466/), 'consistent');
  assert.equal(verdict('The L40S does 733 TFLOPS of dense BF16.', /733/), 'inconsistent', 'the sparse BF16 figure quoted as dense');
  assert.equal(verdict('The L40S does 362 TFLOPS of dense BF16.', /362/), 'consistent');
  assert.equal(verdict('The L40S has 48 GB of GDDR6 at 864 GB/s.', /48 GB/), 'consistent');
  assert.equal(verdict('The L40S has 48 GB of GDDR6 at 864 GB/s.', /864/), 'consistent');
  assert.equal(verdict('The L40S has 96 GB of GDDR6.', /96 GB/), 'inconsistent');
  // Another chip's memory is still not the chip's HBM.
  assert.equal(verdict('The H100 node has 2 TB of DDR5.', /2 TB/), 'unverifiable');
});

test('NVIDIA A100 SXM4 40GB: 40 GB HBM2 at 1.555 TB/s, the same 312 TFLOPS dense BF16; "A100" alone stays the 80 GB part', () => {
  const a = acc('nvidia-a100-sxm-40gb');
  assertSourced('nvidia-a100-sxm-40gb');
  assert.equal(a.hbmCapacity?.value, 40e9);
  assert.equal(a.hbmBandwidth?.value, 1.555e12);
  assert.equal(peakFlops(a, 'bf16')?.value, 312e12);
  assert.equal(a.tdp?.value, 400);
  for (const name of ['A100 40GB', 'A100 SXM4 40GB', 'A100-40GB', 'A100-SXM4-40GB', 'A100 40 GB']) assert.equal(resolveHardware(name)?.id, 'nvidia-a100-sxm-40gb', name);
  assert.equal(resolveHardware('A100')?.id, 'nvidia-a100-sxm-80gb');
  assert.equal(resolveHardware('A100 PCIe 40GB'), undefined, 'the PCIe card is another SKU');
  assert.equal(verdict('The A100 40GB has 1.555 TB/s of HBM2.', /1\.555/), 'consistent');
  assert.equal(verdict('The A100 40GB has 2 TB/s of HBM.', /2 TB/), 'inconsistent', "the 80 GB part's bandwidth");
  assert.equal(verdict('The A100 has 80 GB at 2 TB/s.', /2 TB/), 'consistent');
});

test('NVIDIA H20: 96 GB HBM3 at 4.0 TB/s, 148 TFLOPS dense BF16, 296 dense FP8, 400 W (third-party sources: medium)', () => {
  const h = acc('nvidia-h20');
  assertSourced('nvidia-h20');
  assert.equal(h.hbmCapacity?.value, 96e9);
  assert.equal(h.hbmBandwidth?.value, 4.0e12);
  assert.equal(peakFlops(h, 'bf16')?.value, 148e12);
  assert.equal(peakFlops(h, 'fp8')?.value, 296e12);
  assert.equal(h.tdp?.value, 400);
  assert.ok([h.hbmCapacity!, h.hbmBandwidth!, ...h.flops].every((f) => f.confidence === 'medium'), 'no NVIDIA page: medium');
  assert.equal(verdict('The H20 has 96 GB of HBM3 at 4.0 TB/s.', /4\.0 TB/), 'consistent');
  assert.equal(verdict('The H20 does 148 TFLOPS of dense BF16.', /148/), 'consistent');
  assert.equal(verdict('The H20 does 989 TFLOPS of dense BF16.', /989/), 'inconsistent', "the H100's figure");
  assert.equal(resolveHardware('H20 141GB'), undefined, 'the 141 GB H20 is another SKU');
});

test('GeForce RTX 4090: 24 GB GDDR6X at 1,008 GB/s ("1 TB/s, 24 GB"), 165.2 TFLOPS dense BF16, 450 W; "4090" alone names it, not a year', () => {
  const r = acc('nvidia-rtx-4090');
  assertSourced('nvidia-rtx-4090');
  assert.equal(r.hbmCapacity?.value, 24e9);
  assert.equal(r.hbmBandwidth?.value, 1008e9);
  assert.equal(peakFlops(r, 'bf16')?.value, 165.2e12);
  assert.equal(peakFlops(r, 'fp8'), undefined, 'FP8 depends on the accumulator: left out');
  assert.equal(r.tdp?.value, 450);
  assert.equal(verdict('A local rig: one RTX 4090 with 24 GB at 1 TB/s.', /24 GB/), 'consistent');
  assert.equal(verdict('A local rig: one RTX 4090 with 24 GB at 1 TB/s.', /1 TB/), 'consistent');
  assert.equal(verdict('Two 4090s have 48 GB.', /48 GB/), 'consistent');
  assert.equal(verdict('The 4090 has 32 GB.', /32 GB/), 'inconsistent');
  assert.deepEqual(findMentions('In 4090 BC, and by 4,090 W, and 14090.').map((m) => m.raw), ['4090'], 'a bare number is named as in uncatalogued.ts');
  assert.equal(resolveHardware('RTX 4090 D'), undefined, 'the China-market 4090 D is another SKU');
});

test('AMD MI250X: 128 GB HBM2e at 3.2 TB/s, 383 TFLOPS dense BF16, 560 W, two GCDs; the MI250 and one GCD stay uncatalogued', () => {
  const m = acc('amd-mi250x');
  assertSourced('amd-mi250x');
  assert.equal(m.hbmCapacity?.value, 128e9);
  assert.equal(m.hbmBandwidth?.value, 3.2e12);
  assert.equal(peakFlops(m, 'bf16')?.value, 383e12);
  assert.equal(m.flops.filter((f) => f.sparsity === 'sparse').length, 0, 'no sparsity on CDNA 2');
  assert.equal(m.tdp?.value, 560);
  assert.equal(m.dies?.value, 2);
  assert.equal(verdict('And MI250X in Frontier: 128 GB, 3.2 TB/s.', /3\.2 TB/), 'consistent');
  assert.equal(verdict('The MI250X does 383 TFLOPS BF16 at 560 W.', /383/), 'consistent');
  assert.equal(verdict('The MI250X does 766 TFLOPS of dense BF16.', /766/), 'inconsistent');
  assert.equal(verdict('The MI250 does 362 TFLOPS.', /362/), 'unverifiable', 'another SKU');
  assert.equal(verdict('Each MI250X GCD has 64 GB.', /64 GB/), 'unverifiable', 'half a package is not the package');
});

test('an Ethernet port rate beside the chip\'s HBM figures is no memory bandwidth ("24 200 GbE ports")', () => {
  const all = analyzeNote('p.md', '**Ravi:** Gaudi 3, briefly: 128 GB HBM2e at 3.7 TB/s, 24 200 GbE ports.\n').claims;
  assert.deepEqual(all.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'unverifiable']);
  assert.match(all[2]!.evaluation.reason, /Ethernet line rate/);
  assert.equal(verdict('Each B200 gets a 400 GbE NIC.', /400 GbE/), 'consistent', 'a NIC rate is still checked as one');
});

test('Gaudi 3 8-card server (HLS-3): 8 × 128 GB = 1 TB of HBM, 29.6 TB/s, 8 × 1,835 TFLOPS; "8-card Gaudi 3 server: 1 TB" holds', () => {
  const note = '# S\n\n## Intel Gaudi 3\n\n- 8-card Gaudi 3 server: 1 TB of HBM.\n';
  const tb = analyzeNote('g.md', note).claims.find((c) => c.quantity.raw === '1 TB')!;
  assert.equal(tb.evaluation.verdict, 'consistent');
  assert.match(tb.subject, /8-card server/);
  assert.equal(verdict('An HLS-3 box has 29.6 TB/s of HBM bandwidth.', /29\.6/), 'consistent');
  assert.equal(verdict('An HLS-3 box does 14.6 PFLOPS of FP8.', /14\.6/), 'consistent');
  assert.equal(verdict('An HLS-3 box has 640 GB of HBM.', /640/), 'inconsistent');
});
