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
