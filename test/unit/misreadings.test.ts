// Misreadings found in the training, serving and other-vendor audits (session 14): each test is the sentence a user
// wrote and the reading it should get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/note.js';
import type { Claim } from '../../src/core/types.js';
import { INTERCONNECTS, ACCELERATORS, SYSTEMS } from '../../src/core/catalog/index.js';
import type { BandwidthFigure } from '../../src/core/catalog/types.js';
import { formatHardware } from '../../src/cli/hardware.js';

function claims(text: string, options = {}): Claim[] {
  return analyzeNote('check', text, options).claims;
}
function claimFor(text: string, raw: RegExp, options = {}): Claim {
  const c = claims(text, options).find((x) => raw.test(x.quantity.raw));
  assert.ok(c, `a claim matching ${raw} in "${text}"`);
  return c;
}
function near(actual: number | null | undefined, expected: number, rel = 1e-3): void {
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual / expected - 1) < rel, `${actual} ≈ ${expected}`);
}

test('"2 B200 boxes at 14.3 kW each": a count of a chip\'s systems, each at the DGX B200\'s 14.3 kW', () => {
  const each = claimFor('2 B200 boxes at 14.3 kW each', /14\.3 kW/);
  assert.equal(each.evaluation.verdict, 'consistent');
  near(each.evaluation.modelValue, 14.3e3);
  // The count times the system's power, not 2 × one B200's 1 kW TDP.
  const total = claimFor('2 B200 boxes draw 28.6 kW', /28\.6 kW/);
  assert.equal(total.evaluation.verdict, 'consistent');
  near(total.evaluation.modelValue, 28.6e3);
  assert.match(total.evaluation.derivation.join('\n'), /2 × 14\.3 kW/);
  assert.equal(claimFor('two B200 boxes draw 2 kW', /2 kW/).evaluation.verdict, 'inconsistent', 'two boxes are not two chips');
  // "each" right after another figure is that figure's: the total after it is all four systems'.
  const four = claimFor('4 B200 servers at 14.3 kW each draw 57 kW', /57 kW/);
  assert.equal(four.evaluation.verdict, 'consistent');
  near(four.evaluation.modelValue, 57.2e3);
  // A count before a singular node still counts the chips in it.
  assert.equal(claimFor('8 H100s draw 5.6 kW', /5\.6 kW/).evaluation.verdict, 'consistent');
});

test('"The B200 has 8 TB/s vs 3.35 TB/s": the figure set against the chip\'s is the other side\'s, not the B200\'s', () => {
  const [own, other] = claims('The B200 has 8 TB/s vs 3.35 TB/s');
  assert.equal(own!.evaluation.verdict, 'consistent');
  near(own!.evaluation.modelValue, 8e12);
  assert.equal(other!.evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('B200: 192 GB vs 80 GB', /80 GB/).evaluation.verdict, 'unverifiable');
  // (Words about the first figure may come between: holdout 2.)
  assert.equal(claimFor('The B200 has 4.5 PFLOPS of dense FP8 vs 1.98 PFLOPS.', /1\.98/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('The B200 has 8 TB/s of HBM bandwidth vs 3.35 TB/s', /3\.35/).evaluation.verdict, 'unverifiable');
  // Named, the other side is checked against its own chip.
  const h100 = claimFor('The B200 has 8 TB/s vs 3.35 TB/s on the H100', /3\.35/);
  assert.equal(h100.evaluation.verdict, 'consistent');
  near(h100.evaluation.modelValue, 3.35e12);
  // The chip's own figure before "vs" is still checked.
  assert.equal(claimFor('The B200 has 6 TB/s vs 3.35 TB/s', /6 TB/).evaluation.verdict, 'inconsistent');
  // The chip's own figure in another precision, sparsity or direction stays the chip's; in the same one it is not.
  assert.deepEqual(claims('The H100 does 989 TFLOPS dense vs 1,979 TFLOPS sparse.').map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
  assert.deepEqual(claims('The B200 does 4.5 PFLOPS FP8 vs 9 PFLOPS FP4.').map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
  assert.deepEqual(claims('NVLink 4 on the H100: 900 GB/s bidirectional vs 450 GB/s per direction.').map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
  assert.equal(claimFor('The B200 has 4.5 PFLOPS FP8 vs 1.98 PFLOPS FP8.', /1\.98/).evaluation.verdict, 'unverifiable');
  // Two different links of one chip, far apart, stay the chip's.
  const links = claims('So scale-up is 18× the scale-out bandwidth per GPU on B200 (1.8 TB/s vs 100 GB/s).');
  assert.deepEqual(links.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
});

test('"HGX H100: 8 GPUs; per GPU it is 3.35 TB/s": "per GPU" in the figure\'s own clause makes it one GPU\'s', () => {
  const one = claimFor('HGX H100: 8 GPUs; per GPU it is 3.35 TB/s', /3\.35/);
  assert.equal(one.evaluation.verdict, 'consistent');
  near(one.evaluation.modelValue, 3.35e12);
  const node = claims('HGX H100: 8 GPUs × 3.35 TB/s = 26.8 TB/s node bandwidth; per GPU it is 3.35 TB/s.');
  assert.deepEqual(node.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent', 'consistent']);
  near(node[3]!.evaluation.modelValue, 3.35e12);
  // The node's total said per GPU is the per-GPU/per-node slip.
  const slip = claimFor('HGX H100: 8 GPUs; per GPU it is 26.8 TB/s', /26\.8/);
  assert.equal(slip.evaluation.verdict, 'inconsistent');
  assert.match(slip.evaluation.reason, /not one chip's/);
  assert.equal(claimFor('DGX B200 has 8 GPUs; per GPU that\'s 180 GB', /180 GB/).evaluation.verdict, 'consistent');
  // "per GPU" that is the unit of the figure before it says nothing of the next one.
  const sustained = claimFor('2,048 H100s at 350 TFLOPS per GPU is 717 PFLOPS sustained.', /717/);
  assert.equal(sustained.evaluation.verdict, 'consistent');
});

test('Ironwood ICI: Google\'s "9.6 Tb/s" is the 1.2 TB/s bidirectional figure in bits, sourced', () => {
  const ici = INTERCONNECTS.find((i) => i.id === 'tpu-ici-ironwood')!;
  assert.equal(ici.bidirectional!.value, 1.2e12);
  assert.equal(ici.bidirectional!.direction, 'bidirectional');
  assert.equal(ici.bidirectional!.bits!.value, 9.6e12);
  assert.match(ici.bidirectional!.bits!.source, /^https:\/\/blog\.google\//);
  const bits = claimFor('Ironwood: 9.6 Tbps of ICI bandwidth per chip', /9\.6/);
  assert.equal(bits.evaluation.verdict, 'consistent');
  near(bits.evaluation.modelValue, 1.2e12);
  assert.ok(bits.evaluation.sources.includes(ici.bidirectional!.bits!.source));
  assert.equal(claimFor('Ironwood ICI runs at 9.6 Tb/s', /9\.6/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('"Ironwood: 9.6 TB/s ICI per chip" — that\'s 9.6 Tb/s.', /9\.6 Tb\/s/).evaluation.verdict, 'consistent');
  // The note's "1.2 TB/s ICI per chip" is the bidirectional total; per direction it is 600 GB/s.
  const bytes = claimFor('Ironwood has 1.2 TB/s ICI per chip', /1\.2/);
  assert.equal(bytes.evaluation.verdict, 'consistent');
  near(bytes.evaluation.modelValue, 1.2e12);
  assert.equal(claimFor('Ironwood has 1.2 TB/s ICI per chip in each direction', /1\.2/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Ironwood has 600 GB/s ICI per direction', /600/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Ironwood has 9.6 Tb/s of ICI per direction', /9\.6/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Ironwood has 9.6 TB/s of ICI per chip', /9\.6/).evaluation.verdict, 'inconsistent', 'bits written as bytes');
  assert.equal(claimFor('Ironwood has 1.2 Tb/s ICI bidirectional', /1\.2/).evaluation.verdict, 'inconsistent', 'bytes written as bits');
  // v5p's older doc gave its ICI as 4,800 Gbps, per direction: a bit rate without a vendor quote stays per direction.
  const v5p = claimFor('TPU v5p ICI is 4,800 Gbps per chip', /4,800/);
  assert.equal(v5p.evaluation.verdict, 'consistent');
  near(v5p.evaluation.modelValue, 600e9);
  assert.match(formatHardware('ironwood') ?? '', /also quoted as 9\.6 Tb\/s\n\s+source: https:\/\/blog\.google\//);
});

test('a bandwidth figure quoted in bits states its source and is the figure × 8', () => {
  const figures: Array<[string, BandwidthFigure | undefined]> = [
    ...INTERCONNECTS.flatMap((i): Array<[string, BandwidthFigure | undefined]> => [[`${i.id}.bidirectional`, i.bidirectional], [`${i.id}.perDirection`, i.perDirection]]),
    ...ACCELERATORS.flatMap((a): Array<[string, BandwidthFigure | undefined]> => [[`${a.id}.scaleUp`, a.scaleUpBandwidth], [`${a.id}.scaleOut`, a.scaleOutBandwidth], [`${a.id}.hbm`, a.hbmBandwidth]]),
    ...SYSTEMS.flatMap((s): Array<[string, BandwidthFigure | undefined]> => [[`${s.id}.scaleUp`, s.totalScaleUpBandwidth], [`${s.id}.scaleOut`, s.scaleOutPerGpu]]),
  ];
  let quoted = 0;
  for (const [path, f] of figures) {
    if (!f?.bits) continue;
    quoted++;
    assert.match(f.bits.source, /^https?:\/\/\S+$/, `${path}: bits source`);
    assert.ok(Math.abs(f.bits.value / 8 / f.value - 1) < 0.01, `${path}: ${f.bits.value} b/s is ${f.value} B/s × 8`);
    assert.ok([f.source, ...(f.additionalSources ?? [])].includes(f.bits.source), `${path}: the bits quote's page is among the figure's sources`);
  }
  assert.ok(quoted >= 2);
});

test('training audit O1: compute-optimal framing carries to the next sentence that changes the size, and to a question\'s answer', () => {
  const [, compute70, , compute8] = claims("A 70B Chinchilla run is about 5.9e23 FLOPs. For an 8B model it's about 7.7e21 FLOPs.");
  assert.equal(compute70!.evaluation.verdict, 'consistent');
  assert.equal(compute8!.evaluation.verdict, 'consistent');
  near(compute8!.evaluation.modelValue, 7.68e21);
  assert.equal(claimFor('A 7B Chinchilla run needs 140B tokens. For a 13B model it is about 2.6T tokens.', /2\.6T/).evaluation.verdict, 'inconsistent', '20 × 13B is 260B');
  const qa = claimFor("**Host:** What's Chinchilla-optimal for a 405B model?\n\n**Lena Moore:** About 8.1T tokens. Llama 3 went to 15.6T, so roughly 2× over.", /8\.1T/);
  assert.equal(qa.evaluation.verdict, 'consistent');
  near(qa.evaluation.modelValue, 8.1e12);
  // Only the answer's first sentence, and only after a question.
  assert.equal(claimFor("**Host:** What's Chinchilla-optimal for a 405B model?\n\n**Lena Moore:** About 8.1T tokens. Llama 3 went to 15.6T, so roughly 2× over.", /15\.6T/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('Chinchilla says 20 tokens per parameter. Llama 3 8B saw 15T tokens.', /15T/).evaluation.verdict, 'unverifiable');
});

test('training audit O2: a result restated in other units ("≈ 1,361 hours, about 57 days")', () => {
  const [, , hours, days] = claims('2.788M GPU-hours ÷ 2,048 GPUs ≈ 1,361 hours, about 57 days.');
  assert.equal(hours!.evaluation.verdict, 'consistent');
  near(hours!.evaluation.modelValue, (2.788e6 / 2048) * 3600);
  assert.equal(days!.evaluation.verdict, 'consistent');
  assert.equal(claimFor('2.788M GPU-hours ÷ 2,048 GPUs ≈ 1,361 hours, about 75 days.', /75 days/).evaluation.verdict, 'inconsistent');
});

test('training audit O4: a price carried across ";" or ", so" to "N of them is $X"', () => {
  const owned = claimFor('Owning instead of renting: an H100 is ~$30,000; 16,384 of them is $490M of GPUs alone.', /490M/);
  assert.equal(owned.evaluation.verdict, 'consistent');
  near(owned.evaluation.modelValue, 30_000 * 16_384);
  assert.equal(claimFor('an H100 is ~$30,000; 16,384 of them is $4.9B', /4\.9B/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('An H100 costs about $30,000, so 1,000 of them cost $30M.', /30M/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('An H100 costs about $30,000, so 1,000 of them cost $3M.', /3M/).evaluation.verdict, 'inconsistent');
});

test('training audit O5: a per-GPU share of weights is the total ÷ the GPUs, and the weights are no HBM capacity', () => {
  const [weights, , share] = claims('The weights are 140 GB; over 8 H100s it is 140 GB per GPU.');
  assert.notEqual(weights!.evaluation.verdict, 'inconsistent', 'the weights are not held to the H100\'s 80 GB');
  assert.equal(share!.evaluation.verdict, 'inconsistent');
  near(share!.evaluation.modelValue, 17.5e9);
  assert.equal(claimFor('The weights are 140 GB; over 8 H100s it is 17.5 GB per GPU.', /17\.5/).evaluation.verdict, 'consistent');
  // Alone, the figure is read as the share, not as the H100's HBM.
  assert.equal(claimFor('Over 8 H100s it is 140 GB per GPU', /140 GB/).evaluation.verdict, 'unverifiable');
  // The total in the sentence "it" points back to.
  const state = claimFor('The H100 run keeps 1.12 TB of Adam state. Over 8 H100s it is 140 GB per GPU.', /140 GB/);
  assert.equal(state.evaluation.verdict, 'consistent');
  near(state.evaluation.modelValue, 140e9);
});

test('training audit O6: "it" after "..." goes back to the subject, past another chip\'s own figure', () => {
  const [h100, h20, fp8] = claims("The H20 keeps the H100's 80 GB... no, it has 96 GB, but its FP8 is only 296 TFLOPS.");
  assert.equal(h100!.evaluation.verdict, 'consistent');
  // The 96 GB and the FP8 figure are the H20's, not the H100's: checked against the H20 where the catalog has it,
  // unverifiable where it does not.
  for (const c of [h20!, fp8!]) {
    assert.notEqual(c.evaluation.verdict, 'inconsistent');
    assert.doesNotMatch(`${c.evaluation.derivation.join('\n')} ${c.evaluation.reason}`, /H100/);
  }
  assert.equal(claimFor("The H200 keeps the H100's 700 W; it has 141 GB of HBM.", /141/).evaluation.verdict, 'consistent');
  assert.equal(claimFor("The H200 keeps the H100's 700 W; it has 80 GB of HBM.", /80 GB/).evaluation.verdict, 'inconsistent');
});

test('training audit O7: fleet power said to be "for the GPUs" gets no facility allowance', () => {
  const note = '## Option C — GB200 NVL72\n\nAt 1,200 W per GPU, 2,016 GPUs draw 4.8 MW for the GPUs.\n\nAt 1,200 W per GPU, 2,016 GPUs draw 2.4 MW for the GPUs.\n\nAt 1,200 W per GPU, 2,016 GPUs draw 4.8 MW.\n';
  const mw = analyzeNote('t.md', note).claims.filter((c) => /MW/.test(c.quantity.raw));
  assert.deepEqual(mw.map((c) => c.evaluation.verdict), ['inconsistent', 'consistent', 'consistent']);
  near(mw[0]!.evaluation.modelValue, 2016 * 1200, 1e-3);
  assert.equal(claimFor('A 10,000-GPU H100 cluster draws ~15 MW for the GPUs.', /15 MW/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('A 10,000-GPU H100 cluster draws ~7 MW for the GPUs and maybe 15 MW all-in.', /7 MW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('A 10,000-GPU H100 cluster draws ~15 MW.', /15 MW/).evaluation.verdict, 'consistent', 'unsaid, a fleet\'s power may count hosts and cooling');
});

test('holdout: "it" goes back to the subject past figures of its own ("…no, it has 128 GB, at 3.7 TB/s")', () => {
  const [mi300x, capacity, bandwidth] = claims("Gaudi 3 keeps the MI300X's 192 GB... no, it has 128 GB, at 3.7 TB/s.");
  assert.equal(mi300x!.evaluation.verdict, 'consistent');
  // Gaudi 3's figures, not the MI300X's (checked against Gaudi 3 where the catalog has it).
  for (const c of [capacity!, bandwidth!]) {
    assert.notEqual(c.evaluation.verdict, 'inconsistent');
    assert.doesNotMatch(`${c.evaluation.derivation.join('\n')} ${c.evaluation.reason}`, /MI300X/);
  }
  assert.equal(claimFor("The H200 keeps the H100's 700 W; it has 141 GB of HBM at 3.35 TB/s.", /3\.35/).evaluation.verdict, 'inconsistent');
});

test('holdout: a platform\'s total said per GPU, for a system the catalog lacks, is the per-GPU/per-system slip', () => {
  const slip = claimFor('An 8-GPU MI300X platform; per GPU it is 1.5 TB.', /1\.5 TB/);
  assert.equal(slip.evaluation.verdict, 'inconsistent');
  near(slip.evaluation.modelValue, 192e9);
  assert.match(slip.evaluation.reason, /8 chips' figure, not one chip's/);
  assert.equal(claimFor('An 8-GPU MI300X platform; per GPU it is 192 GB.', /192 GB/).evaluation.verdict, 'consistent');
});

test('holdout 3: "Compared with the H100, the H200 has 141 GB vs 80 GB" sets the figure after "vs" against the H100', () => {
  const [h200, h100] = claims('Compared with the H100, the H200 has 141 GB vs 80 GB.');
  assert.equal(h200!.evaluation.verdict, 'consistent');
  near(h200!.evaluation.modelValue, 141e9);
  assert.equal(h100!.evaluation.verdict, 'consistent');
  near(h100!.evaluation.modelValue, 80e9);
  assert.equal(claimFor('Compared with the H100, the H200 has 141 GB vs 96 GB.', /96 GB/).evaluation.verdict, 'inconsistent');
});

test('holdout 3: the weights said again per GPU across N GPUs ("Across 4 H100s the 140 GB of weights is 140 GB per GPU")', () => {
  const wrong = claimFor('Across 4 H100s the 140 GB of weights is 140 GB per GPU.', /per GPU/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  near(wrong.evaluation.modelValue, 35e9);
  assert.equal(claimFor('Across 4 H100s the 140 GB of weights is 35 GB per GPU.', /per GPU/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The H100 has 80 GB, i.e. 80 GB per GPU.', /per GPU/).evaluation.verdict, 'consistent');
});
