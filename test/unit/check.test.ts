// `roofline-notes check` examples from the issue, and the three verification routes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixturesDir } from './helpers.js';
import path from 'node:path';
import { analyzeNote } from '../../src/core/note.js';
import type { Claim } from '../../src/core/types.js';
import { parseQuantities } from '../../src/core/quantities.js';

function claims(sentence: string, options = {}): Claim[] {
  return analyzeNote('check', sentence, options).claims;
}
function claimFor(sentence: string, raw: RegExp, options = {}): Claim {
  const c = claims(sentence, options).find((x) => raw.test(x.quantity.raw));
  assert.ok(c, `a claim matching ${raw} in "${sentence}"`);
  return c;
}

test("The H200's 141 GB drains in 10 ms: inconsistent, 141 GB ÷ 4.8 TB/s ≈ 29 ms", () => {
  const c = claimFor("The H200's 141 GB drains in 10 ms", /10 ms/);
  assert.equal(c.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(c.evaluation.modelValue! - 0.029375) < 1e-4);
  assert.match(c.evaluation.derivation.join('\n'), /141 GB ÷ 4\.8 TB\/s = 29\.4 ms/);
  assert.ok(c.evaluation.sources.every((s) => /^https?:\/\//.test(s)) && c.evaluation.sources.length > 0);
  assert.ok(Math.abs(c.evaluation.ratio! - 0.01 / 0.029375) < 1e-6);
});

test('H100 SXM ops:byte about 300 is consistent (989 TFLOPS ÷ 3.35 TB/s ≈ 295)', () => {
  const c = claimFor('H100 SXM: 989 TFLOPS dense BF16 over 3.35 TB/s, so ops:byte is about 300', /300/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.ok(c.evaluation.modelValue! > 290 && c.evaluation.modelValue! < 300);
});

test('spec lookup: 989 TFLOPS dense BF16 and 3.35 TB/s are consistent H100 SXM specs', () => {
  const all = claims('H100 SXM: 989 TFLOPS dense BF16 over 3.35 TB/s, so ops:byte is about 300');
  const flops = all.find((c) => c.quantity.unit === 'FLOP/s')!;
  assert.equal(flops.kind, 'spec');
  assert.equal(flops.evaluation.verdict, 'consistent');
  const bw = all.find((c) => c.quantity.unit === 'B/s')!;
  assert.equal(bw.evaluation.verdict, 'consistent');
});

test('dense vs sparse: 1,979 TFLOPS "dense" FP8 on H100 is the dense figure; 3,958 claimed dense is inconsistent', () => {
  assert.equal(claimFor('H100 SXM delivers 1,979 TFLOPS dense FP8', /1,979/).evaluation.verdict, 'consistent');
  const sparse = claimFor('H100 SXM delivers 3,958 TFLOPS dense FP8', /3,958/);
  assert.equal(sparse.evaluation.verdict, 'inconsistent');
  assert.match(sparse.evaluation.reason, /sparse/);
});

test('bits vs bytes: NVLink 4 at 900 Gb/s is inconsistent and the reason says ×8', () => {
  const c = claimFor('H100 NVLink 4 bandwidth is 900 Gb/s', /900/);
  assert.equal(c.evaluation.verdict, 'inconsistent');
  assert.match(c.evaluation.reason, /bits/);
  assert.equal(claimFor('H100 NVLink 4 bandwidth is 900 GB/s', /900/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('H100 NVLink is 450 GB/s per direction', /450/).evaluation.verdict, 'consistent');
});

test('arithmetic within a statement: 192 GB at 8 TB/s → 24 ms; 64 trains/s × 2,000 tokens = 128,000 tokens/s', () => {
  const a = claimFor('192 GB at 8 TB/s → 24 ms', /24 ms/);
  assert.equal(a.kind, 'arithmetic');
  assert.equal(a.evaluation.verdict, 'consistent');
  const b = claimFor('64 trains/s × 2,000 tokens = 128,000 tokens/s', /128,000/);
  assert.equal(b.evaluation.verdict, 'consistent');
  const c = claimFor('1 GB at 450 GB/s → 2 ms', /2 ms/);
  assert.equal(c.evaluation.verdict, 'consistent');
  const wrong = claimFor('192 GB at 8 TB/s → 240 ms', /240 ms/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
});

test('default hardware: a bare HBM read-time claim uses H100 SXM unless told otherwise', () => {
  const c = claimFor("a new batch departs every 20 ms because that's how long it takes to read HBM", /20 ms/);
  assert.equal(c.kind, 'roofline');
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.assumptions.join(' '), /H100 SXM/);
  const b200 = claimFor("a new batch departs every 20 ms because that's how long it takes to read HBM", /20 ms/, { defaultHardware: 'B200' });
  assert.match(b200.evaluation.derivation.join(' '), /180 GB ÷ 8 TB\/s = 22\.5 ms/);
});

test('KV cache per token needs a model; with Llama 3.1 70B it is 320 KiB', () => {
  const none = claimFor('KV cache ~2 KB per token', /2 KB/);
  assert.equal(none.evaluation.verdict, 'unverifiable');
  assert.match(none.evaluation.reason, /model/);
  const llama = claimFor('Llama 3.1 70B needs about 320 KB of KV cache per token', /320 KB/);
  assert.equal(llama.evaluation.verdict, 'consistent');
  assert.equal(llama.evaluation.modelValue, 327_680);
});

test('market figures are unverifiable and say why', () => {
  const c = claimFor('2028 prediction $1T+ data center Capex', /\$1T/);
  assert.equal(c.kind, 'market');
  assert.equal(c.evaluation.verdict, 'unverifiable');
  assert.match(c.evaluation.reason, /market/);
});

test('systems: GB200 NVL72 has 72 GPUs; NVL144 counts dies', () => {
  assert.equal(claimFor('GB200 NVL72 is 72 GPUs in one NVLink domain', /72 GPUs/).evaluation.verdict, 'consistent');
});

test('interconnects by name, per direction and in bits: NVLink 5, ConnectX-7, InfiniBand next to NVLink', () => {
  assert.equal(claimFor('NVLink 5 doubles bandwidth to 1.8 TB/s per GPU', /1\.8 TB/).evaluation.verdict, 'consistent');
  const cx7 = claims('ConnectX-7 runs at 400 Gb/s, i.e. 50 GB/s');
  assert.deepEqual(cx7.map((c) => c.evaluation.verdict), ['consistent', 'consistent'], 'the abbreviation "i.e." does not split the sentence');
  const mixed = claims('NVLink 4 gives 450 GB/s per direction versus 400 Gb/s InfiniBand, so scale-up is 9x scale-out.', { defaultHardware: 'H200' });
  assert.match(mixed[1]!.subject, /scale-out/);
  assert.equal(mixed[1]!.evaluation.verdict, 'consistent');
});

test('fleets written as "8 H100s" or "8 × MI355X", and model parameter counts', () => {
  assert.equal(claimFor('With 8 H100s you get 640 GB of HBM', /640 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Each H100 draws 700 W, so 1,000 H100s need 700 kW', /700 kW/).evaluation.modelValue, 700_000);
  assert.equal(claimFor('With 8 × MI355X you get 2.3 TB of HBM', /2\.3 TB/).evaluation.verdict, 'consistent');
  const ds = claims('DeepSeek-V3 has 671B total parameters with 37B active');
  assert.deepEqual(ds.map((c) => [c.evaluation.verdict, c.evaluation.modelValue]), [['consistent', 671e9], ['consistent', 37e9]]);
});

test('chip-to-chip ratios on the property named', () => {
  const mem = claimFor('MI300X has 2.4x the memory of H100', /2\.4x/);
  assert.equal(mem.evaluation.verdict, 'consistent');
  const fp8 = claimFor('B200 is 2.5x H100 in dense FP8', /2\.5x/);
  assert.equal(fp8.evaluation.verdict, 'inconsistent');
  assert.match(fp8.evaluation.derivation[0]!, /4\.5 PFLOP\/s ÷ .* 1\.98 PFLOP\/s = 2\.27×/);
});

test('arithmetic written out: ≈ as the marker, FLOP from counts, the reading that fits, operands not judged as specs', () => {
  const step = claims('For Llama 3.1 70B in FP8 on one H200 that is 70 GB ÷ 4.8 TB/s ≈ 15 ms per step');
  assert.equal(step.find((c) => c.quantity.raw.includes('70 GB'))!.evaluation.verdict, 'unverifiable', '70 GB is an operand, not the H200 capacity');
  const ms = step.find((c) => c.quantity.raw.includes('15 ms'))!;
  assert.equal(ms.kind, 'arithmetic');
  assert.equal(ms.evaluation.verdict, 'consistent');
  assert.equal(claimFor('Prefill: 2 × 70B × 4,096 tokens ≈ 573 TFLOP per prompt', /573/).evaluation.verdict, 'consistent');
  const tps = claimFor('Batch size 64 makes the same 15 ms step produce 64 tokens, i.e. ~4,300 tokens/s per GPU', /4,300/);
  assert.equal(tps.evaluation.verdict, 'consistent');
  assert.match(tps.evaluation.derivation[0]!, /64 ÷ 15 ms/);
  const price = claimFor("An H100 rents for about $2/hour; at 3,000 tokens/s that's roughly $0.19 per million tokens.", /0\.19/);
  assert.equal(price.evaluation.verdict, 'consistent');
  assert.match(price.evaluation.modelText!, /\$0\.185 per million tokens/);
});

test('parameters "X of Y", sparsity and the optimal batch with a stated sparsity', () => {
  const mix = claims('Mixtral 8x7B activates 2 of its 8 experts, about 12.9B of 46.7B parameters, so sparsity ≈ 3.6.');
  const byRaw = (r: RegExp) => mix.find((c) => r.test(c.quantity.raw))!;
  assert.equal(byRaw(/12\.9B/).evaluation.modelValue, 12.9e9);
  assert.equal(byRaw(/46\.7B/).evaluation.verdict, 'consistent');
  assert.equal(byRaw(/3\.6/).evaluation.verdict, 'consistent');
  assert.match(byRaw(/3\.6/).evaluation.derivation[0]!, /46\.7B parameters ÷ about 12\.9B = 3\.62/);
  const batch = claimFor('With sparsity 3.6 on H100, the optimal batch is about 1,000.', /1,000/);
  assert.equal(batch.evaluation.verdict, 'consistent');
  assert.ok(Math.abs(batch.evaluation.modelValue! - 295.4 * 3.6) < 5);
});

test('labels are not claims: room 4B, gate 12', () => {
  assert.deepEqual(claims('Call at 9:30 am, room 4B, then gate 12.'), []);
});

test('a "Speakers:" line names a talk; an 800 Gbps port is 100 GB/s; "eight of them"', async () => {
  const { analyzeNote: analyze } = await import('../../src/core/note.js');
  const note = analyze('m.md', '# Meetup\n\nSpeakers: Dylan Patel (SemiAnalysis) and Dwarkesh Patel\n');
  assert.deepEqual(note.talks.map((t) => [t.event, t.speakers.map((s) => s.name)]), [['Meetup', ['Dylan Patel', 'Dwarkesh Patel']]]);
  assert.equal(claimFor('an 800 Gbps port is 100 GB/s', /100 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('an 800 Gbps port is 200 GB/s', /200 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Each MI300X has 192 GB; eight of them give 1.5 TB', /1\.5 TB/).evaluation.verdict, 'consistent');
  const kv = claims('DeepSeek-R1 KV cache: about 70 KB per token with MLA vs ~1.6 to 2 kilobytes per token per layer for GQA models');
  assert.equal(kv[0]!.evaluation.verdict, 'consistent', 'per layer belongs to the other figure');
});

test('headline figures: sparse FP4 with a round number, FP16 = BF16 rate, per-rack power, active parameters', () => {
  const b200 = claimFor('B200: 20 PFLOPS FP4', /20 PFLOPS/);
  assert.equal(b200.evaluation.verdict, 'consistent');
  assert.match(b200.evaluation.assumptions.join(' '), /sparse FP4 figure/);
  assert.equal(claimFor('MI300X: 1.3 PFLOPS FP16', /1\.3/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('GB200 NVL72 draws about 120 kW per rack', /120 kW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Qwen3-235B-A22B has 22B active parameters', /22B/).evaluation.modelValue, 22e9);
  assert.equal(claimFor('An H100 has 80 GB, and at 3.35 TB/s it takes ~24 ms to read it all', /24 ms/).evaluation.verdict, 'consistent');
});

test('forward-pass FLOP per token: 2·N from a named model or a parameter count; "GFLOPs per token" is a count', () => {
  assert.equal(claimFor('A 1B model needs 2 GFLOP per token', /2 GFLOP/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('DeepSeek-V3 costs about 74 GFLOPs per token', /74/).evaluation.modelValue, 74e9);
  const llama = claimFor('Llama 3.1 8B: 2 × 8B = 16 GFLOPs per token', /16 GFLOPs/);
  assert.equal(llama.quantity.unit, 'FLOP/token');
  assert.equal(llama.evaluation.verdict, 'consistent');
});

test('plural codenames name their chip: "Trilliums have 32 GB", "Hoppers have 3.35 TB/s" are checked, not left unverifiable', () => {
  const trillium = claimFor('Trilliums have 32 GB of HBM each', /32 GB/);
  assert.equal(trillium.evaluation.verdict, 'consistent');
  assert.match(trillium.subject, /Trillium/);
  const hopper = claimFor('Hoppers have 2 TB/s of HBM bandwidth', /2 TB\/s/);
  assert.equal(hopper.evaluation.verdict, 'inconsistent', 'H100 SXM has 3.35 TB/s');
  // Codenames that are ordinary words name a chip only when written as a name.
  assert.equal(claimFor('The hopper on the loading dock holds 32 GB of photos', /32 GB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('The hoppers on the loading dock hold 32 GB of photos', /32 GB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor("The hopper's bin holds 32 GB of photos", /32 GB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('HOPPER has 3.35 TB/s of HBM bandwidth', /3\.35/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('blackwell has 192 GB of HBM', /192 GB/).evaluation.verdict, 'consistent', '"blackwell" is no ordinary word');
});

test('a per-chip figure next to a fleet is one chip\'s: "512 H100s with 80 GB each" is consistent, not 512 × 80 GB', () => {
  for (const sentence of ['We rented 512 H100s with 80 GB each', '512 H100s, each with 80 GB of HBM', '8 H100s with 80 GB of HBM apiece', 'A DGX has 8 H100s at 3.35 TB/s per GPU']) {
    const c = claimFor(sentence, /80 GB|3\.35/);
    assert.equal(c.evaluation.verdict, 'consistent', sentence);
    assert.doesNotMatch(c.evaluation.derivation.join('\n'), /\d+ × /, sentence);
  }
  // Without "each" the figure is the fleet's.
  assert.match(claimFor('8 H100s have 640 GB of HBM', /640 GB/).evaluation.derivation.join('\n'), /8 × 80 GB/);
  assert.equal(claimFor('8 H100s have 640 GB of HBM', /640 GB/).evaluation.verdict, 'consistent');
});

test('a decode step with a context length reads the KV cache too: Llama 3.1 70B, batch 32, 8k context on H100', () => {
  const withContext = claimFor('Llama 3.1 70B decode step at batch 32 with 8,192 tokens of context on H100 SXM takes 70 ms', /70 ms/);
  // (141.2 GB weights + 32 × 8192 × 327,680 B KV = 85.9 GB) ÷ 3.35 TB/s ≈ 67.8 ms; compute 2 × 70.6B × 32 ÷ 989 TFLOPS ≈ 4.6 ms.
  const expected = (70.6e9 * 2 + 32 * 8192 * 327680) / 3.35e12;
  assert.ok(Math.abs(withContext.evaluation.modelValue! - expected) / expected < 1e-3, `${withContext.evaluation.modelValue} vs ${expected}`);
  assert.equal(withContext.evaluation.verdict, 'consistent');
  assert.match(withContext.evaluation.derivation.join('\n'), /KV read per step = batch 32 × 8,192 tokens × 328 KB = 85\.9 GB/);
  assert.ok(withContext.evaluation.assumptions.some((a) => /context: 8,192 tokens/.test(a)));

  const without = claimFor('Llama 3.1 70B decode step at batch 32 on H100 SXM takes 70 ms', /70 ms/);
  assert.ok(Math.abs(without.evaluation.modelValue! - (70.6e9 * 2) / 3.35e12) < 1e-4, 'weights only');
  assert.ok(without.evaluation.assumptions.some((a) => /KV-cache reads ignored/.test(a)));
  // Steps at other batch sizes or contexts are different quantities, never one conflict.
  assert.notEqual(withContext.key, without.key);
  assert.notEqual(claimFor('Llama 3.1 70B decode step at batch 1 on H100 SXM takes 43 ms', /43 ms/).key, without.key);
});

test('names keep their numbers: emphasis inside a model name, and version/size figures in subjects', () => {
  const bold = claims('Reminder: **Llama** 3.1 8B weights are 16 GB in BF16.');
  assert.deepEqual(bold.map((c) => c.quantity.raw), ['16 GB'], '"3.1" and "8B" are part of the name, not figures');
  assert.equal(bold[0]!.evaluation.verdict, 'consistent');
  assert.match(claimFor('Training Llama 3.1 405B took 3.8e25 FLOPs', /3\.8e25/).subject, /Llama 3\.1 405B/);
  assert.match(claimFor('Mixtral 8x7B weights are 93 GB in BF16', /93 GB/).subject, /Mixtral 8x7B/);
  // A figure that is not part of a name does not leak into the subject ("T tokens", "B weights").
  assert.doesNotMatch(claimFor('We trained on 15.6T tokens for 54 days', /54 days/).subject, /^T\b|\b15\.6T\b/);
});

test('a fleet count belongs to the chip it counts, and "ms per step" of decode is a step time', () => {
  const ironwood = claimFor('Google quoted 256 Trilliums with 32 GB of HBM each; the Ironwoods come with 192 GB.', /192 GB/);
  assert.equal(ironwood.evaluation.verdict, 'consistent', '192 GB is one Ironwood, not 256 of them');
  const step = claimFor('Llama 3.1 70B decode at batch 16 with 32,768 tokens of context on one H200 SXM takes about 70 ms per step', /70 ms/);
  assert.equal(step.evaluation.verdict, 'consistent');
  assert.match(step.evaluation.derivation.join('\n'), /141 GB weights \+ 172 GB KV\) ÷ 4\.8 TB\/s = 65\.2 ms/);
});

test('a figure the catalog holds with low confidence is judged with at least ±20%, and says so', () => {
  const c = claimFor('Two racks of GB200 NVL72 at 132 kW each', /132 kW/);
  assert.equal(c.evaluation.verdict, 'consistent', '120 kW (secondary sources) vs the often quoted 132 kW');
  assert.match(c.evaluation.reason, /widened: the catalog figure is low-confidence/);
  assert.equal(claimFor('Two racks of GB200 NVL72 at 200 kW each', /200 kW/).evaluation.verdict, 'inconsistent');
  // High-confidence figures keep the stated tolerance: 3.0 TB/s is not the H100 SXM's 3.35 TB/s.
  assert.equal(claimFor('The H100 SXM has 3.0 TB/s of HBM bandwidth', /3\.0 TB/).evaluation.verdict, 'inconsistent');
});

test('a model verdict names its chip once in the assumptions', () => {
  const c = claimFor('Llama 3.1 70B decode at batch 1 on one H200 SXM takes about 30 ms per step', /30 ms/);
  assert.equal(c.evaluation.assumptions.filter((a) => a.startsWith('hardware:')).length, 1, c.evaluation.assumptions.join(' | '));
});

test('subjects drop how a figure was heard: lead-ins ("Reminder", "Apparently") and trailing verbs ("took", "said")', () => {
  assert.equal(claimFor('Reminder: p99 latency is about 200 ms', /200 ms/).subject, 'p99 latency');
  assert.equal(claimFor('Apparently TTFT is about 300 ms', /300 ms/).subject, 'TTFT');
  assert.equal(claimFor('Training GPT-4 took 90 days', /90 days/).subject, 'Training GPT-4');
  assert.equal(claimFor('Key number: 40 GB', /40 GB/).subject, 'Key number', 'nothing else to name it by: kept');
});

test('an achieved throughput below the peak is consistent and says its share; above the peak it is not', () => {
  const fa3 = claimFor('On H100, FA3 reaches 740 TFLOPS in FP16.', /740/);
  assert.equal(fa3.evaluation.verdict, 'consistent');
  assert.match(fa3.evaluation.reason, /achieved figure.*75% of the peak 989 TFLOP\/s/);
  assert.equal(fa3.key, null, 'an achieved figure does not conflict with the spec figure in other notes');
  assert.equal(claimFor('With FP8 on H100 they get close to 1.2 PFLOPS.', /1\.2/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('On H100 we measured 2.9 TB/s of HBM bandwidth.', /2\.9/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('FA3 hits 1,100 TFLOPS in BF16 on H100.', /1,100/).evaluation.verdict, 'inconsistent', 'more than the dense peak');
  assert.equal(claimFor('The H100 gets 500 TFLOPS of BF16.', /500/).evaluation.verdict, 'inconsistent', 'a spec claim, not an achieved one');
  assert.equal(claimFor('The H100 has 2.9 TB/s of HBM bandwidth.', /2\.9/).evaluation.verdict, 'inconsistent');
});

test("the memory weights are held against is the chip's capacity, not the weights", () => {
  const all = claims("Llama 3.1 70B weights are 141 GB in FP16 and don't fit on one 80 GB H100.");
  assert.equal(all.find((c) => c.quantity.raw === '141 GB')!.evaluation.verdict, 'consistent');
  const cap = all.find((c) => c.quantity.raw === '80 GB')!;
  assert.equal(cap.evaluation.verdict, 'consistent');
  assert.match(cap.evaluation.derivation.join(' '), /HBM capacity/);
  // A GPU count in a later clause is not a fleet the capacity is spread over.
  const fit = claimFor("On H100, Llama 3.1 70B's 140 GB of FP16 weights doesn't fit in 80 GB, so you need two GPUs.", /^80 GB$/);
  assert.equal(fit.evaluation.verdict, 'consistent');
  assert.equal(fit.evaluation.modelValue, 80e9);
});

test('decode split across GPUs: "on 8 H100s", "8x H100 node", "TP=8"; fleets larger than a replica are not', () => {
  const step = claimFor('Llama 3.1 405B decode at batch 1 on 8 H100s takes about 35 ms per token.', /35 ms/);
  assert.equal(step.evaluation.verdict, 'consistent');
  assert.ok(Math.abs(step.evaluation.modelValue! - 810e9 / (8 * 3.35e12)) < 1e-3);
  assert.match(step.evaluation.assumptions.join(' '), /split across 8 GPUs/);
  assert.match(step.key ?? '', /:g8$/, 'the GPU count is part of the conflict key');
  assert.equal(claimFor('Llama 3.1 405B decode at batch 1 on an 8x H100 node tops out near 30 tokens/s.', /30 tokens/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('With TP=8 on H200, Llama 3.1 405B decodes at about 40 tokens/s at batch 1.', /40 tokens/).evaluation.verdict, 'consistent');
  const one = claimFor('Llama 3.1 405B decode at batch 1 on one H100 tops out near 30 tokens/s.', /30 tokens/);
  assert.equal(one.evaluation.verdict, 'inconsistent', 'one GPU reads 810 GB per token: about 4 tokens/s');
  const fleet = claimFor('A cluster of 1,000 H100s serves Llama 3.1 70B decode at batch 1 at 24 tokens/s.', /24 tokens/);
  assert.doesNotMatch(fleet.evaluation.assumptions.join(' '), /split across/);
});

test('MoE decode reads the routed experts: active params at batch 1, nearly all at a large batch', () => {
  const one = claimFor('Mixtral 8x7B decode at batch 1 on one H100 tops out near 130 tokens/s.', /130/);
  assert.equal(one.evaluation.verdict, 'consistent');
  assert.ok(Math.abs(one.evaluation.modelValue! - 3.35e12 / (12.9e9 * 2)) < 1, `${one.evaluation.modelValue}`);
  assert.match(one.evaluation.derivation.join('\n'), /2 of 8 experts per layer \(one token\)/);
  assert.equal(claimFor('Mixtral 8x7B decode at batch 1 on one H100 tops out near 36 tokens/s.', /36/).evaluation.verdict, 'inconsistent', 'all 46.7B params is the dense reading');
  const big = claimFor('Mixtral 8x7B decode at batch 64 on one H100 takes 28 ms per step.', /28 ms/);
  assert.ok(Math.abs(big.evaluation.modelValue! - (46.7e9 * 2) / 3.35e12) < 1e-4, 'every expert is read at batch 64');
  const dense = claimFor('Llama 3.1 70B decode at batch 1 on one H100 tops out near 24 tokens/s.', /24/);
  assert.doesNotMatch(dense.evaluation.derivation.join('\n'), /experts/);
});

test('a statement with two sparsities or precisions: each figure takes its own clause', () => {
  const both = claims('FP4 dense on B200 is 9 PFLOPS, 18 PFLOPS with sparsity.');
  for (const c of both) assert.equal(c.evaluation.verdict, 'consistent', c.quantity.raw);
  assert.match(both.find((c) => c.quantity.raw === '9 PFLOPS')!.evaluation.derivation.join(' '), /dense FP4/);
  const prec = claims('H100 SXM: FP8 is 1,979 TFLOPS, BF16 989 TFLOPS.');
  assert.match(prec.find((c) => c.quantity.raw === '989 TFLOPS')!.evaluation.derivation.join(' '), /dense BF16/);
  assert.match(prec.find((c) => c.quantity.raw === '1,979 TFLOPS')!.evaluation.derivation.join(' '), /dense FP8/);
});

test('two figures compared are not arithmetic; "i.e. X each direction" is the half of a bidirectional figure', () => {
  const mha = claimFor('KV cache with MLA is about 70 KB per token, vs ~2.5 MB per token if it used plain MHA.', /2\.5 MB/);
  assert.notEqual(mha.kind, 'arithmetic');
  assert.notEqual(mha.evaluation.verdict, 'inconsistent');
  const half = claimFor('NVLink 5 is 1.8 TB/s per GPU, i.e. 900 GB/s each direction.', /900 GB\/s/);
  assert.equal(half.evaluation.verdict, 'consistent');
  assert.equal(half.evaluation.modelValue, 900e9);
  assert.equal(claimFor('NVLink 5 is 1.8 TB/s per GPU, i.e. 1.2 TB/s each direction.', /1\.2 TB\/s/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('A ConnectX-7 port runs at 400 Gb/s, i.e. 50 GB/s.', /50 GB\/s/).evaluation.verdict, 'consistent', 'a unit conversion still is one');
});

test('a count of chips written as a multiplier ("8×H200 node") is an operand, not a claim; a ratio between chips is', () => {
  const node = claims('In FP8 the DeepSeek-V3 weights are ~671 GB, so it fits on one 8×H200 node (1,128 GB total).');
  assert.deepEqual(node.map((c) => c.quantity.raw), ['~671 GB', '1,128 GB']);
  const total = node.find((c) => c.quantity.raw === '1,128 GB')!;
  assert.equal(total.evaluation.verdict, 'consistent', 'the node holds 8 × 141 GB; not the weights');
  assert.match(total.evaluation.derivation.join(' '), /8 × 141 GB/);
  assert.deepEqual(claims('An 8x H100 server draws about 10 kW.').map((c) => c.quantity.raw), ['about 10 kW']);
  assert.equal(claimFor('B200 is 2x H100 in dense FP8', /2x/).kind, 'spec', 'a ratio between chips stays a claim');
});

test('a capacity ratio between chips accepts the binary reading of a vendor GB figure', () => {
  const r = claimFor("B200 has 192 GB HBM3e at 8 TB/s; that's 2.4x the memory of an H100.", /2\.4x/);
  assert.equal(r.evaluation.verdict, 'consistent');
  assert.match(r.evaluation.derivation.join(' '), /read as GiB: 2\.42×/);
  assert.equal(claimFor('B200 has 1.5x the memory of an H100.', /1\.5x/).evaluation.verdict, 'inconsistent');
});

test('achieved decode figures are checked against the roofline bound on the right side', () => {
  const slow = claimFor('Llama 3.1 70B decode at batch 1 on one H100 takes 80 ms per token in practice.', /80 ms/);
  assert.equal(slow.evaluation.verdict, 'consistent');
  assert.match(slow.evaluation.reason, /at least the bound/);
  assert.equal(claimFor('Llama 3.1 70B decode at batch 1 on one H100: we measured 12 tokens/s.', /12 tokens/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 70B decode at batch 1 on one H100: we measured 60 tokens/s.', /60 tokens/).evaluation.verdict, 'inconsistent', 'faster than the bandwidth allows');
  assert.equal(claimFor('Llama 3.1 70B decode at batch 1 on one H100 takes 80 ms per token.', /80 ms/).evaluation.verdict, 'inconsistent', 'no word says achieved: the bound is the estimate');
});

test('numbers in words: compounds, ranges and fractions are checked like digits; prose and vague amounts are no claims', () => {
  const mi = claimFor('The MI300X has one hundred ninety-two gigabytes of HBM', /gigabytes/);
  assert.equal(mi.quantity.value, 192e9);
  assert.equal(mi.evaluation.verdict, 'consistent');
  const drain = claimFor('An H200 drains its HBM in twenty to thirty milliseconds', /milliseconds/);
  assert.deepEqual(drain.quantity.range, [0.02, 0.03]);
  assert.equal(drain.evaluation.verdict, 'consistent');
  const fleet = claimFor('We need two to three thousand GPUs for the run', /thousand/);
  assert.deepEqual([fleet.quantity.raw, fleet.quantity.range, fleet.subject], ['two to three thousand GPUs', [2000, 3000], 'GPUs']);
  assert.deepEqual(
    claims('One of the two talks covered the first three speakers; one thing to note: a few hundred GB/s, tens of thousands of GPUs, five to 10k GPUs.').map((c) => c.quantity.raw),
    [],
  );
});

test('a hypothetical under another design is not judged as the real one', () => {
  const c = claimFor('DeepSeek-V3 KV cache with MLA is about 70 KB per token, vs ~2.5 MB per token if it used plain MHA.', /2\.5 MB/);
  assert.equal(c.evaluation.verdict, 'unverifiable');
  assert.match(c.evaluation.reason, /hypothetical/);
  assert.equal(claimFor('DeepSeek-V3 KV cache with MLA is about 70 KB per token, vs ~2.5 MB per token if it used plain MHA.', /70 KB/).evaluation.verdict, 'consistent');
});

test('subjects: "per" joins one subject ("memory per SM"); a figure with no words of its own continues the previous one', () => {
  const [now, before] = claims('Shared memory per SM is 228 KB on Hopper, up from 164 KB on A100.');
  assert.equal(now!.subject, 'Shared memory per SM');
  assert.equal(before!.subject, 'Shared memory per SM', 'was the unit, "B"');
  assert.equal(claimFor('p99 latency is about 200 ms', /200 ms/).subject, 'p99 latency');
});

test('arithmetic needs a result marker next to the result: "in 2024 and" is no "drains in"; a figure divided by itself derives nothing', () => {
  const c = claimFor('The top 4 CSPs bought 1.3M Hopper GPUs in 2024 and 3.6M Blackwell GPUs so far in 2025.', /3\.6M/);
  assert.notEqual(c.kind, 'arithmetic');
  assert.notEqual(c.evaluation.verdict, 'inconsistent');
  assert.equal(claimFor("The H200's 141 GB drains in about 29 ms", /29 ms/).evaluation.verdict, 'consistent');
  const gw = claims('A gigawatt AI factory costs $50-60 billion; about 1 GW ≈ 500k–600k Blackwell GPUs at ~1.8 kW each all-in.');
  assert.ok(gw.every((x) => x.evaluation.verdict !== 'inconsistent'), gw.map((x) => `${x.quantity.raw}: ${x.evaluation.reason}`).join('\n'));
  assert.equal(gw.find((x) => /1\.8 kW/.test(x.quantity.raw))!.evaluation.verdict, 'consistent');
});

test('power of a node, of another part, and NVIDIA "fast memory" are not judged as GPU figures', () => {
  const node = claimFor('100 MW buys roughly 1,400 racks of H100 (8 GPUs, 10.2 kW per node).', /10\.2 kW/);
  assert.equal(node.evaluation.verdict, 'consistent');
  assert.match(node.evaluation.derivation.join(' '), /DGX H100 \/ HGX H100 8-GPU power: 10\.2 kW/);
  const part = claimFor('On B300, photonics saves ~6 MW in a 400k-GPU data center vs pluggable transceivers (each transceiver is 30 W).', /30 W/);
  assert.equal(part.evaluation.verdict, 'unverifiable');
  assert.match(part.evaluation.reason, /power of a transceiver/);
  assert.equal(claimFor('The H100 draws 700 W.', /700 W/).evaluation.verdict, 'consistent');
  const fast = claimFor('GB300 NVL72: 1.1 exaflops of FP4 inference, 40 TB of fast memory.', /40 TB/);
  assert.equal(fast.evaluation.verdict, 'unverifiable');
  assert.match(fast.evaluation.reason, /LPDDR5X/);
});

test('a multiplier between two named systems compares the property named', () => {
  const r = claimFor('Vera Rubin NVL144 in H2 2026: 3.6 EF FP4, 3.3x GB300 NVL72.', /3\.3x/);
  assert.equal(r.evaluation.verdict, 'consistent');
  assert.match(r.evaluation.derivation[0]!, /3\.6 EFLOP\/s ÷ GB300 NVL72 1\.08 EFLOP\/s = 3\.33×/);
  assert.equal(claimFor('Vera Rubin NVL144 in H2 2026: 3.6 EF FP4, 10x GB300 NVL72.', /10x/).evaluation.verdict, 'inconsistent');
});

test('arithmetic: asides in parentheses are no inputs, per-param is not per-nothing, and far-off readings are no reading', () => {
  const all = claims("Checkpoint of the weights in BF16 is 810 GB; with Adam states (fp32 master + 2 moments) it's ~16 bytes/param, ≈ 6.5 TB.");
  assert.ok(all.every((c) => c.evaluation.verdict !== 'inconsistent'), all.map((c) => `${c.quantity.raw}: ${c.evaluation.reason}`).join('\n'));
  assert.equal(claimFor('8 × 80 GB = 64 GB of HBM in the node', /64 GB/).evaluation.verdict, 'inconsistent', 'a 10× slip is still reported');
});

test('a system statement with one chip\'s figures: "per chip", or "each" after a count of chips', () => {
  const pod = claims('A v5p pod is 8,960 chips with 95 GB HBM each and 459 TFLOPS BF16 per chip.');
  for (const raw of ['95 GB', '459 TFLOPS']) assert.equal(pod.find((c) => c.quantity.raw === raw)!.evaluation.verdict, 'consistent', raw);
  const racks = claimFor('Two racks of GB200 NVL72 at 132 kW each', /132 kW/);
  assert.match(racks.evaluation.derivation.join(' '), /GB200 NVL72 power/, 'each rack, not each chip');
});

test('podcast-note figures: per stack, HBM of an H100 PCIe, per port, KV per sequence, INT4 weights, episode numbers', () => {
  const stacks = claims('HBM3e stacks of 24 GB each, 8 stacks → 192 GB on MI300X.');
  assert.match(stacks.find((c) => c.quantity.raw === '24 GB')!.evaluation.reason, /a figure per stack/);
  assert.equal(stacks.find((c) => c.quantity.raw === '192 GB')!.evaluation.verdict, 'consistent');
  const pcie = claimFor('PCIe Gen5 x16 is ~64 GB/s per direction; the H100 PCIe has 2 TB/s of HBM and 80 GB.', /2 TB\/s/);
  assert.equal(pcie.evaluation.verdict, 'consistent', 'the HBM of the H100 PCIe, not the PCIe link');
  assert.equal(claimFor('ConnectX-7 is 400 Gb/s per port.', /400 Gb/).evaluation.verdict, 'consistent');
  assert.notEqual(claimFor('On B300, the photonics switch does 1.6 Tb/s per port.', /1\.6 Tb/).evaluation.verdict, 'inconsistent', 'a port is no HBM');
  const kv = claimFor('KV cache for Llama 3.1 70B at 128k context is ~40 GB per sequence.', /40 GB/);
  assert.equal(kv.evaluation.verdict, 'consistent');
  const int4 = claimFor('Llama 3.1 70B in INT4 is ~35 GB of weights.', /35 GB/);
  assert.equal(int4.evaluation.verdict, 'consistent');
  assert.match(int4.evaluation.derivation.join(' '), /0\.5 B \(INT4\)/);
  assert.deepEqual(claims('Ep. 212, with Horace He.'), [], 'an episode number is no claim');
});

test('a table whose headers carry the units: bare numbers in cells are checked with their column unit', () => {
  const note = [
    '| Chip | HBM (GB) | BW [TB/s] | BF16 dense (TFLOPS) | TDP, W | Year (2024) |',
    '|---|---:|---:|---:|---:|---:|',
    '| H100 SXM | 80 | 3.35 | 989 | 700 | 2 |',
    '| MI300X | 160 | 5.3 | 1307 | 750 | 3 |',
    '',
  ].join('\n');
  const all = analyzeNote('t.md', note).claims;
  const byRaw = (raw: string) => all.find((c) => c.quantity.raw === raw);
  for (const raw of ['80 GB', '3.35 TB/s', '989 TFLOPS', '700 W', '5.3 TB/s', '1307 TFLOPS', '750 W']) assert.equal(byRaw(raw)?.evaluation.verdict, 'consistent', raw);
  assert.equal(byRaw('160 GB')?.evaluation.verdict, 'inconsistent', 'the MI300X has 192 GB');
  assert.equal(byRaw('80 GB')!.quantity.span.end - byRaw('80 GB')!.quantity.span.start, 2, 'the span is the number in the cell');
  assert.ok(!all.some((c) => /\(2024\)|^2 /.test(c.quantity.raw)), 'a parenthesis that is no unit gives none');
});

test('a table right under a line of text is a table: its cells are checked with their column and row', () => {
  const note = '# Specs\nThe numbers from the keynote:\n| chip | HBM bandwidth (TB/s) |\n|---|---|\n| H100 SXM | 4.8 |\n| H200 | 4.8 |\n';
  const all = analyzeNote('t.md', note).claims;
  assert.equal(all.length, 2, 'bare cells take the unit of their column');
  assert.deepEqual(all.map((c) => [c.subject, c.evaluation.verdict]), [['H100 SXM5 80GB HBM bandwidth', 'inconsistent'], ['H200 SXM 141GB HBM bandwidth', 'consistent']]);
});

test('"above batch 300" in a compute-bound statement is the critical batch; "batch 1" elsewhere stays context', () => {
  const right = claimFor('On H100 decode becomes compute-bound above batch 300.', /300/);
  assert.equal(right.evaluation.verdict, 'consistent');
  assert.ok(Math.abs(right.evaluation.modelValue! - 295) < 1);
  assert.equal(claimFor('Around batch 400 the H100 becomes compute-bound.', /400/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('H100 decode turns compute-bound at batch ≈ 295.', /295/).quantity.hedge, 'approx');
  assert.deepEqual(claims('Use batch 64 for the H100 runs.').map((c) => c.quantity.raw), [], 'a batch number in other statements is no claim');
});

test('a wikilink that shows a chip names it ("[[H200]]", "[[H100 SXM|H100]]", "chip:: [[MI300X]]"); a link to a note does not', () => {
  const note = '- [[H100 SXM|H100]] HBM3 bandwidth is 3.35 TB/s.\n- [[H200]] bumps memory to 141 GB.\n\nchip:: [[MI300X]]\nhbm:: 80 GB\n\n- [[GB200]] deep-dive\n  - HBM: 186 GB at 8 TB/s\n';
  const all = analyzeNote('obsidian.md', note).claims;
  assert.deepEqual(all.map((c) => [c.quantity.raw, c.evaluation.verdict]), [['3.35 TB/s', 'consistent'], ['141 GB', 'consistent'], ['80 GB', 'inconsistent'], ['186 GB', 'consistent'], ['8 TB/s', 'consistent']]);
  assert.match(all[2]!.subject, /MI300X/);
  // The linked note's name mentions a TPU: the claim stays the MI300X's.
  const linked = claimFor("The MI300X's 192 GB drains in 36 ms. See [[2022-11-12_kv-cache-offload-on-tpu-v5e_805]].", /36 ms/);
  assert.equal(linked.evaluation.verdict, 'consistent');
});

test('audit 13: "1,000 W" is no rounding of 1.4 kW; "up to" a datasheet figure is its peak; the precision nearest the figure is its', () => {
  assert.equal(claimFor('MI355X TBP is 1,000 W in the liquid-cooled config.', /1,000 W/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The MI355X has 8 TB/s.', /8 TB/).evaluation.verdict, 'consistent', 'a round figure that is the datasheet figure');
  assert.equal(claimFor('The MI300X delivers up to 10 PFLOPS of dense BF16.', /10 PFLOPS/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The MI300X delivers up to 1.3 PFLOPS of dense BF16.', /1\.3 PFLOPS/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The H100 has under 100 GB of HBM.', /100 GB/).evaluation.verdict, 'consistent', '"under" stays a bound');
  const bf16 = claimFor('CDNA 4 doubles the per-CU matrix rate for FP8/BF16: MI355X BF16 is 2.5 PFLOPS dense.', /2\.5 PFLOPS/);
  assert.equal(bf16.evaluation.verdict, 'consistent');
  assert.match(bf16.subject, /BF16/);
  assert.match(claimFor('In FP8 the H100 does 1979 TFLOPS vs 989 TFLOPS in BF16.', /1979/).subject, /dense FP8/);
});

test('audit 13: a system\'s "total" is the system\'s, even when the figure is one chip\'s', () => {
  const wrong = claimFor('DGX H100 total HBM bandwidth: 3.35 TB/s.', /3\.35/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.match(wrong.evaluation.reason, /one H100 SXM5 80GB's figure, not the DGX H100/);
  assert.doesNotMatch(wrong.evaluation.reason, /bits written/);
  assert.equal(claimFor('DGX H100 total HBM bandwidth: 26.8 TB/s.', /26\.8/).evaluation.verdict, 'consistent');
  // (The system as the subject of "has" is the same claim: one GPU's figure given as the system's.)
  assert.equal(claimFor('The DGX H100 has 3.35 TB/s of HBM bandwidth.', /3\.35/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Each GPU in the DGX H100 has 3.35 TB/s of HBM bandwidth.', /3\.35/).evaluation.verdict, 'consistent');
});

test('audit 13: a capacity the vendor states in GiB is not read as GiB twice ("102 GiB" for the v5p\'s 95 GiB)', () => {
  assert.equal(claimFor('TPU v5p has 102 GiB of HBM.', /102 GiB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Ironwood has 206 GiB.', /206 GiB/).evaluation.verdict, 'inconsistent');
  for (const ok of ['TPU v5p has 95 GiB of HBM.', 'TPU v5p has 102 GB of HBM.', 'Ironwood has 192 GiB.', 'H100 has 80 GiB of HBM3.']) {
    assert.equal(claims(ok)[0]!.evaluation.verdict, 'consistent', ok);
  }
});

test('audit 13: link figures: a header\'s "(GB/s, bidir)¹", "i.e. … each way", and a link named after the next figure', () => {
  const note = '| Chip | ICI (GB/s, bidir)¹ |\n|---|---:|\n| TPU v5e | 400 |\n| TPU v5p | 1,200 |\n\n| System | Scale-up / GPU (TB/s, bidir) |\n|---|---|\n| GB200 NVL72 | 1.8 |\n';
  const all = analyzeNote('t.md', note).claims;
  assert.deepEqual(all.map((c) => [c.quantity.unit, c.evaluation.verdict]), [['B/s', 'consistent'], ['B/s', 'consistent'], ['B/s', 'consistent']]);
  assert.match(all[0]!.subject, /ICI/);
  const perWay = claimFor('B200 NVLink 5 is 1.8 TB/s bidirectional, i.e. 900 GB/s each way.', /900/);
  assert.equal(perWay.evaluation.verdict, 'consistent');
  const [hbm, link] = claims('The B200 has 8 TB/s and 1.8 TB/s of NVLink 5.');
  assert.match(hbm!.subject, /HBM bandwidth/);
  assert.equal(hbm!.evaluation.verdict, 'consistent');
  assert.match(link!.subject, /NVLink 5/);
});

test('audit 13: per chip or per system: a pod given one chip\'s FLOPS, a box\'s total in a parenthesis, "a single H200" after a node\'s count', () => {
  const pod = claimFor('A v5e pod gives 197 TFLOPS BF16.', /197/);
  assert.equal(pod.evaluation.verdict, 'inconsistent');
  assert.match(pod.evaluation.reason, /one TPU v5e's figure, not the TPU v5e pod's/);
  assert.equal(claimFor('In a v5e pod each chip gives 197 TFLOPS BF16.', /197/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('whether the 8-GPU MI355X box (2.3 TB HBM) gets a rack-scale story', /2\.3 TB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('a 400k-GPU H100 data center (each transceiver is 30 W)', /30 W/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('An 8x H200 node holds 1.13 TB of HBM. Reminder: a single H200 draws 700 W.', /700 W/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('1.3M Hopper GPUs shipped in 2023; the H100 SXM5\'s 80 GB drains in 24 ms.', /80 GB/).evaluation.verdict, 'consistent');
});

test('audit 13: a rack\'s scale-up total after a link\'s per-GPU figure; training figures apart from inference ones', () => {
  const [perGpu, rack] = claims('NVLink 6 (Rubin) doubles it to 3.6 TB/s bidirectional per GPU; 260 TB/s for the NVL72 rack.');
  assert.equal(perGpu!.evaluation.verdict, 'consistent');
  assert.match(rack!.subject, /total scale-up bandwidth/);
  assert.equal(rack!.evaluation.verdict, 'consistent');
  const training = claimFor('Vera Rubin NVL72 is 3.6 exaFLOPS of FP4 for training.', /3\.6/);
  assert.equal(training.evaluation.verdict, 'inconsistent');
  assert.equal(training.evaluation.modelValue, 2.5e18);
  assert.match(training.key ?? '', /:training$/, 'its own cross-note key');
  assert.equal(claimFor('Vera Rubin NVL72 is 2.5 exaFLOPS of FP4 for training.', /2\.5/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Vera Rubin NVL72 is 3.6 exaFLOPS of FP4.', /3\.6/).evaluation.verdict, 'consistent', 'no workload stated: the headline (inference) figure');
});

test('audit 13: KV arithmetic that holds but leaves out K and V is still wrong about the named model', () => {
  const half = claimFor('Llama 3.1 8B: 32 layers × 8 KV heads × 128 × 2 bytes = 64 KB per token in BF16.', /64 KB/);
  assert.equal(half.evaluation.verdict, 'inconsistent');
  assert.match(half.evaluation.reason, /the arithmetic written holds/);
  assert.equal(claimFor('Llama 3.1 8B: 2 × 32 layers × 8 KV heads × 128 × 2 bytes = 128 KB per token in BF16.', /128 KB/).evaluation.verdict, 'consistent');
});

test('audit 14: a measure written out in full is no rounding ("1,000 W" for the GB200\'s 1.2 kW), even as an operand named TDP; a power cap is a setting', () => {
  assert.equal(claimFor('GPU TDP alone for 100,000 GB200s: 100,000 × 1,000 W = 100 MW.', /1,000 W/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('GPU TDP alone for 100,000 GB200s: 100,000 × 1,200 W = 120 MW.', /1,200 W/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The GB200 is 1 kW.', /1 kW/).evaluation.verdict, 'consistent', 'a figure written round is the datasheet figure rounded');
  assert.equal(claimFor('H100 FP8 is 2,000 TFLOPS dense.', /2,000/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('100,000 GB200s power-capped at 1,000 W each = 100 MW.', /1,000 W/).evaluation.verdict, 'unverifiable');
});

test('audit 14: the peak beside a utilisation is the peak; a rack\'s count times one chip\'s figure; "11 H100s (80 GB)" annotates one chip', () => {
  assert.equal(claimFor("Llama 3 trained at roughly 35% MFU against the H100's 989 TFLOP/s.", /989/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('At 40% MFU: 0.40 × 989 TFLOP/s ≈ 396 TFLOP/s per H100.', /^989/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('One H100 at 50% MFU trains at ~800 TFLOPS.', /800/).evaluation.verdict, 'inconsistent', 'an achieved figure is still held to peak × MFU');
  assert.equal(claimFor('GB200 NVL72 BF16: 72 × 2.5 PFLOP/s = 180 PFLOP/s.', /2\.5/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('In the NVL72 rack, 72 × 1.2 kW = 86.4 kW.', /1\.2 kW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 405B in BF16 needs at least 11 H100s (80 GB) just for weights.', /80 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('A node of 8 H100s (640 GB) holds it.', /640 GB/).evaluation.verdict, 'consistent');
});

test('audit 14: counts of systems, in digits or words, multiply the system\'s figure; each system\'s own figure and a chip count do not', () => {
  assert.equal(claimFor('Ten GB200 NVL72 racks hold 134 TB of HBM.', /134 TB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('10 GB200 NVL72 racks hold 134 TB of HBM.', /134 TB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Ten GB200 NVL72 racks hold 13.4 TB of HBM.', /13\.4 TB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('four DGX B200 per rack ≈ 114 kW.', /114/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('four DGX B200 per rack ≈ 57 kW.', /57/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('1,000 GB200 NVL72 racks at ~120 kW is ~120 MW.', /120 kW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Ten GB200 NVL72 racks, 120 kW per rack.', /120 kW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('An 8x H100 DGX draws 10.2 kW.', /10\.2/).evaluation.verdict, 'consistent', 'the 8× counts the DGX\'s GPUs');
  assert.equal(claimFor('the 8-GPU HGX B200 has 1.4 TB of HBM in total.', /1\.4 TB/).evaluation.verdict, 'consistent');
});

test('regressions caught by the session-10 diff: an aside\'s chip with its own figure; an achieved figure equal to the peak', () => {
  const note = '# AMD Advancing AI 2024\n\n## MI325X\n\n- Board power is up to 1,000 W (the MI300X was 750 W).\n';
  const [board, aside] = analyzeNote('amd.md', note).claims;
  assert.match(board!.subject, /MI325X/);
  assert.equal(board!.evaluation.verdict, 'consistent');
  assert.match(aside!.subject, /MI300X/);
  assert.equal(claimFor('MI300X at 50% MFU delivers about 1.31 PFLOP/s.', /1\.31/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('An H100 at 40% MFU delivers about 989 TFLOP/s.', /989/).evaluation.verdict, 'inconsistent');
});

test('audit 13: the chip a multiple is of is the other side; a ratio of links compares the links', () => {
  const note = '# Cloud Next 2025\n\n## Ironwood\n\n- 192 GB HBM per chip, which is 6x Trillium\'s 32 GB.\n';
  assert.deepEqual(analyzeNote('iw.md', note).claims.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
  assert.match(claimFor('The B200 is 2x H100 in FP8 at 4.5 PFLOPS.', /4\.5/).subject, /B200/);
  assert.match(claimFor('Trillium\'s HBM bandwidth is 1.6 TB/s, double v5e\'s 819 GB/s, and per-chip HBM is 32 GB.', /32 GB/).subject, /Trillium/);
  assert.equal(claimFor('The B200\'s 192 GB drains in 24 ms. Key number: an 8x H200 node holds 1,128 GB of HBM.', /1,128/).evaluation.verdict, 'consistent', 'an 8x before a chip still counts chips');
  const ici = claimFor('Ironwood ICI: 1.2 TB/s bidirectional per chip, 1.5x Trillium.', /1\.5x/);
  assert.equal(ici.evaluation.verdict, 'consistent');
  assert.match(ici.subject, /scale-up bandwidth/);
  assert.equal(claimFor('Ironwood ICI: 1.2 TB/s bidirectional per chip, 3x Trillium.', /3x/).evaluation.verdict, 'inconsistent');
});

test('audit 13: a note whose frontmatter says German reads "1.979 TFLOPS" as thousands in label lines too', () => {
  const note = '---\nlang: de\n---\n# Meetup München\n\n- H100 BF16 dicht: 1.979 TFLOPS\n- B200 FP8 dicht: 4.500 TFLOPS\n- Das Cluster hat 1.000 GPUs.\n- H100: 3.35 TB/s\n';
  const all = analyzeNote('de.md', note).claims;
  assert.deepEqual(all.map((c) => c.quantity.value), [1.979e15, 4.5e15, 1000, 3.35e12]);
  assert.deepEqual(all.map((c) => c.evaluation.verdict), ['inconsistent', 'consistent', 'unverifiable', 'consistent']);
  assert.equal(analyzeNote('en.md', '# Notes\n\n- H100 BF16 dense: 1.979 TFLOPS\n').claims[0]!.quantity.value, 1.979e12, 'without a language, a dot is a decimal point');
});

test('audit 13: French and Spanish units and words: "Ko", "Md", "par token", "Con 8 H200 hay 1,13 TB"', () => {
  const kv = claimFor('DeepSeek-V3 : environ 70 Ko par token de cache KV en BF16.', /70 Ko/);
  assert.equal(kv.quantity.unit, 'B/token');
  assert.equal(kv.evaluation.verdict, 'consistent');
  assert.equal(claimFor('DeepSeek-V3 : environ 7 Ko par token de cache KV en BF16.', /7 Ko/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Modèle de 70 Md de paramètres.', /70 Md/).quantity.value, 70e9);
  assert.equal(claimFor('Con 8 H200 hay 1,13 TB de HBM en el nodo.', /1,13 TB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Mit 8 H200 gibt es 1,13 TB HBM.', /1,13 TB/).evaluation.verdict, 'consistent');
});

test('audit 14: a wrong written division is reported from the operands written beside its operator, not hidden by a label\'s figure', () => {
  const wrong = claimFor('Same 8B FP8 model on an H200: 4.8 TB/s / 8 GB ≈ 6,000 tokens/s at batch 1.', /6,000/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.match(wrong.evaluation.derivation.join(' '), /4\.8 TB\/s ÷ 8 GB = 600/);
  assert.equal(claimFor('Same 8B FP8 model on an H200: 4.8 TB/s / 8 GB ≈ 600 tokens/s at batch 1.', /600/).evaluation.verdict, 'consistent');
});

test('audit 13: under a section that names nothing, the chip of the heading above is a figure\'s when the statement names only the compared one', () => {
  const note = "# Ironwood at Cloud Next '25\n\n## Per chip\n\n- 192 GB HBM per chip, which is 6x Trillium's 32 GB.\n- HBM bandwidth 7.37 TB/s, roughly 3.5x Trillium.\n- ICI: 1.2 TB/s bidirectional per chip, 1.5x Trillium.\n- [x] 512× H200 for serving: 512 × 141 GB = 72 TB of HBM\n";
  const all = analyzeNote('iw.md', note).claims;
  const by = (raw: string) => all.find((c) => c.quantity.raw === raw)!;
  assert.match(by('192 GB').subject, /Ironwood/);
  assert.equal(by('6x').evaluation.verdict, 'consistent');
  assert.equal(by('7.37 TB/s').evaluation.verdict, 'consistent');
  assert.equal(by('roughly 3.5x').evaluation.verdict, 'inconsistent', '7.37 ÷ 1.64 is 4.5');
  assert.equal(by('1.2 TB/s').evaluation.verdict, 'consistent');
  assert.equal(by('1.5x').evaluation.verdict, 'consistent');
  assert.doesNotMatch(by('512×').evaluation.reason, /compared with/, 'a count of chips is no comparison');
});

test('audit 13/14: a share of another chip\'s figure under a heading naming other hardware; a training run\'s rate is achieved', () => {
  const note = '# Podcast\n\n## TPU v4\n\n- 1.2 TB/s is about 23% of the MI300X\'s 5.3 TB/s.\n';
  const [v4, , mi300x] = analyzeNote('p.md', note).claims;
  assert.equal(v4!.evaluation.verdict, 'unverifiable');
  assert.match(v4!.evaluation.reason, /TPU v4/);
  assert.equal(mi300x!.evaluation.verdict, 'consistent');
  // (Gaudi 3, catalogued since: the heading's chip's own figure is checked.)
  const [gaudi] = analyzeNote('p.md', '# Podcast\n\n## Intel Gaudi 3\n\n- 3.7 TB/s is about 70% of the MI300X\'s 5.3 TB/s.\n').claims;
  assert.equal(gaudi!.evaluation.verdict, 'consistent');
  assert.match(gaudi!.subject, /Gaudi 3/);
  assert.equal(claimFor('Llama 3.1 405B pretraining on 16,384 H100s: 3.8e25 FLOPs at 400 TFLOP/s per GPU ≈ 67 days.', /400 TFLOP/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('3.8e25 FLOPs at 1,400 TFLOP/s per H100 ≈ 19 days.', /1,400/).evaluation.verdict, 'inconsistent', 'above the peak');
});

test('audit 14: a fleet\'s GPU count beside one rack\'s price is no claim about the rack\'s size', () => {
  assert.equal(claimFor('At ~$3M per NVL72 rack, 100k GPUs = 1,389 racks × $3M ≈ $4.2B.', /100k GPUs/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('The GB200 NVL72 has 144 GPUs.', /144/).evaluation.verdict, 'inconsistent');
});

test('audit 13: "Each one" points back to the chip the sentence before named', () => {
  const all = claims('The B200 does 4.5 petaflops of dense FP8. Each one has 180 gigabytes of HBM at 8 terabytes per second.');
  assert.deepEqual(all.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
  assert.match(all[1]!.subject, /B200/);
});

test('audit 17: chips the catalog lacks are named, not judged as the heading\'s chip (Tenstorrent, "Blackwell workstation cards")', () => {
  const note = '# Notes\n\n## Tenstorrent vs H100\n\n- The Wormhole n300 has 24 GB of GDDR6 and 576 GB/s, and the Blackhole p150 has 32 GB at 512 GB/s.\n- The H100 has 80 GB.\n\n## B200\n\n- Blackwell workstation cards top out at 96 GB, he said.\n';
  const all = analyzeNote('oc.md', note).claims;
  const verdicts = all.map((c) => [c.quantity.raw, c.evaluation.verdict]);
  assert.deepEqual(verdicts, [['24 GB', 'unverifiable'], ['576 GB/s', 'unverifiable'], ['32 GB', 'unverifiable'], ['512 GB/s', 'unverifiable'], ['80 GB', 'consistent'], ['96 GB', 'unverifiable']]);
  assert.match(all[0]!.evaluation.reason, /Tenstorrent/);
});

test('audit 17: a statement that points back and sets its chip "against the H100" is about the chip it points back to', () => {
  const [, pitched, h100] = claims('Gaudi 3 has 128 GB of HBM2e. Intel pitched it against the H100: 1,835 TFLOPS BF16 vs 989 TFLOPS on the H100.');
  assert.equal(pitched!.evaluation.verdict, 'consistent');
  assert.match(pitched!.subject, /Gaudi 3/);
  assert.equal(h100!.evaluation.verdict, 'consistent');
  assert.equal(claimFor('The H20 has 96 GB. Its memory bandwidth is higher than the H100\'s 3.35 TB/s.', /3\.35/).evaluation.verdict, 'consistent', 'the compared chip\'s own figure');
  const amd = claims('The MI300X has 192 GB. AMD pitched it against the H100: 1,307 TFLOPS BF16 vs 989 TFLOPS on the H100.');
  assert.match(amd[1]!.subject, /MI300X/);
});

test('audit 13: an outline item under "KV cache per token:" is a KV figure', () => {
  const all = analyzeNote('kv.md', '# Podcast\n\n- KV cache per token:\n  - Llama 3.1 405B: about 516 KB per token in BF16\n  - DeepSeek-V3 with MLA: ~7 KB per token\n').claims;
  assert.deepEqual(all.map((c) => [c.subject, c.evaluation.verdict]), [['KV cache per token (Llama 3.1 405B)', 'consistent'], ['KV cache per token (DeepSeek-V3 (same architecture: DeepSeek-R1))', 'inconsistent']]);
});

test('notes in other languages and styles: space-grouped thousands, "jede mit", links in another clause', () => {
  const note = '---\nhardware: H100 SXM\n---\n- Das Cluster hat 10 000 GPUs, jede mit 80 GiB HBM3.\n- Bandbreite: 3,35 TB/s pro GPU; NVLink 4 mit 900 GB/s.\n';
  const all = analyzeNote('de.md', note).claims;
  const byRaw = (raw: string) => all.find((c) => c.quantity.raw === raw)!;
  assert.equal(byRaw('10 000 GPUs').quantity.value, 10_000);
  assert.equal(byRaw('80 GiB').evaluation.verdict, 'consistent', 'per GPU ("jede mit"), not 10,000 × 80 GiB');
  assert.equal(byRaw('3,35 TB/s pro GPU').evaluation.verdict, 'consistent', 'the HBM, not NVLink 4 of the next clause ("pro" is "per")');
  assert.equal(byRaw('900 GB/s').evaluation.verdict, 'consistent');
  assert.deepEqual(claims('We run 8 100 GB cards.').map((c) => c.quantity.raw), ['100 GB'], 'one digit before a unit: no thousands group');
});

test('LaTeX math is not prose: its numbers are no claims; dollar amounts stay money', () => {
  assert.deepEqual(claims('Formel: $t = 141\\,\\text{GB} / 4.8\\,\\text{TB/s} \\approx 29\\,\\text{ms}$ auf der H200.'), []);
  assert.deepEqual(claims('An H100 rents for $2/hr and a B200 for $5/hr.').map((c) => c.quantity.raw), ['$2/hr', '$5/hr']);
});

test('paper notes: "reaches 73% of theoretical peak, i.e. up to 225 TFLOPS" is achieved; "each H100 in the cluster runs at 700 W" is the H100', () => {
  const fa2 = claimFor('Reaches 73% of theoretical peak on A100, i.e. up to 225 TFLOPS per A100 in FP16.', /225/);
  assert.equal(fa2.evaluation.verdict, 'consistent');
  assert.match(fa2.evaluation.reason, /achieved/);
  const tdp = claimFor('Each H100 in the cluster runs at 700 W TDP; 16,384 of them draw ~11.5 MW.', /^700 W$/);
  assert.equal(tdp.evaluation.verdict, 'consistent');
  assert.equal(claimFor('Each H100 in the cluster runs at 700 W TDP; 16,384 of them draw ~11.5 MW.', /11\.5 MW/).evaluation.verdict, 'consistent');
});

test('chip ratios: "faster on memory-bound decode" and "HBM bandwidth" compare bandwidth; all-in power is not TDP', () => {
  const h200 = claimFor('H200 is 1.4x faster than H100 on memory-bound decode.', /1\.4x/);
  assert.equal(h200.evaluation.verdict, 'consistent');
  assert.match(h200.evaluation.derivation[0]!, /4\.8 TB\/s ÷ H100 SXM5 80GB 3\.35 TB\/s/);
  assert.match(claimFor('The B200 has 2x the HBM bandwidth of the H100.', /2x/).evaluation.derivation[0]!, /HBM bandwidth/);
  assert.match(claimFor('MI300X has 2.4x the memory of H100.', /2\.4x/).evaluation.derivation[0]!, /HBM capacity/);
  const allIn = claimFor('A 1 GW datacenter holds about 700k H100s at 1.4 kW each including cooling.', /1\.4 kW/);
  assert.equal(allIn.evaluation.verdict, 'unverifiable');
  assert.match(allIn.evaluation.reason, /all-in/);
});

test('a named system without FLOP/s of its own is its chips (sparse headline accepted and said); a fractional multiplier is no fleet', () => {
  const dgx = claimFor('DGX H100 has 640 GB of HBM and 32 PFLOPS of FP8.', /32 PFLOPS/);
  assert.equal(dgx.evaluation.verdict, 'consistent');
  assert.match(dgx.evaluation.derivation[0]!, /8 × 3\.96 PFLOP\/s sparse FP8/);
  assert.match(dgx.evaluation.assumptions.join(' '), /NVIDIA quotes systems sparse/);
  assert.equal(claimFor('DGX H100 has 16 PFLOPS of dense FP8.', /16 PFLOPS/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('DGX H100 has 64 PFLOPS of FP8.', /64 PFLOPS/).evaluation.verdict, 'inconsistent');
  const a100 = claimFor("H100 HBM3 bandwidth is 3.35TB/s, roughly 1.6x A100's 2 TB/s.", /^2 TB/);
  assert.equal(a100.evaluation.verdict, 'consistent', "the A100's own 2 TB/s, not 1.6 A100s");
});

test("a figure's other sourced values: accepted when the figure is not high-confidence, named otherwise", () => {
  const rubin = claimFor('Rubin: 288 GB HBM4 at 13 TB/s.', /13 TB/);
  assert.equal(rubin.evaluation.verdict, 'consistent');
  assert.match(rubin.evaluation.derivation.join(' '), /matches another sourced figure, 13 TB\/s \(GTC 2025 roadmap\)/);
  const h100 = claimFor('The H100 SXM has 3.0 TB/s of HBM bandwidth', /3\.0 TB/);
  assert.equal(h100.evaluation.verdict, 'inconsistent');
  assert.match(h100.evaluation.reason, /3 TB\/s is another sourced figure \(early\/secondary figure\), not the datasheet's/);
});

test('a chip named right after a figure ("up from 192 GB on B200") is that figure\'s chip', () => {
  const [b300, b200] = claims('B300 has 288 GB HBM3e, up from 192 GB on B200.');
  assert.equal(b300!.evaluation.verdict, 'consistent');
  assert.equal(b200!.evaluation.verdict, 'consistent');
  assert.match(b200!.evaluation.derivation.join(' '), /B200 \(HGX/);
});

test('"8-way tensor parallelism", a named system\'s NVLink total, and a draft model\'s size', () => {
  const tp = claimFor('With 8-way tensor parallelism on H100s, Llama 3.1 70B decodes at about 5 ms per token.', /5 ms/);
  assert.equal(tp.evaluation.verdict, 'consistent');
  assert.match(tp.evaluation.assumptions.join(' '), /split across 8 GPUs/);
  const nvl = claimFor('GB200 NVL72 has 130 TB/s of NVLink bandwidth.', /130 TB/);
  assert.equal(nvl.evaluation.verdict, 'consistent');
  assert.match(nvl.evaluation.derivation.join(' '), /total scale-up bandwidth/);
  assert.equal(claimFor('GB200 NVL72: 1.8 TB/s of NVLink per GPU.', /1\.8 TB/).evaluation.verdict, 'consistent');
  const draft = claimFor('Speculative decoding with a 1B draft gives ~2.5x speedup on Llama 3.1 70B.', /^1B$/);
  assert.equal(draft.evaluation.verdict, 'unverifiable');
  assert.match(draft.evaluation.reason, /another model's size/);
});

test('what "fits" on a chip is the weights; the chip\'s capacity stays the capacity', () => {
  const all = claims('gpt-oss-120b fits on a single 80 GB H100 in MXFP4 (about 63 GB).');
  assert.match(all.find((c) => c.quantity.raw === '80 GB')!.evaluation.derivation.join(' '), /HBM capacity/);
  const w = all.find((c) => /63 GB/.test(c.quantity.raw))!;
  assert.equal(w.evaluation.verdict, 'consistent');
  assert.match(w.evaluation.derivation.join(' '), /× 0\.5 B \(FP4\)/);
});

test('a link the catalog does not have is not the chip\'s memory bandwidth', () => {
  assert.equal(claimFor('The B200 has two dies connected by a 10 TB/s NV-HBI link.', /10 TB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('NVLink 5 is a 1.8 TB/s link per GPU.', /1\.8 TB/).evaluation.verdict, 'consistent');
});

test('a label\'s unit in parentheses gives the bare numbers listed after it their unit', () => {
  const ridge = claims('Ridge points (FLOP/byte): H100 ≈ 295, B200 ≈ 281, MI300X ≈ 247.');
  assert.deepEqual(ridge.map((c) => [c.quantity.raw, c.evaluation.verdict]), [
    ['≈ 295 FLOP/byte', 'consistent'],
    ['≈ 281 FLOP/byte', 'consistent'],
    ['≈ 247 FLOP/byte', 'consistent'],
  ]);
  assert.deepEqual(claims('HBM (GB): H100 80, H200 120.').map((c) => c.evaluation.verdict), ['consistent', 'inconsistent']);
  assert.deepEqual(claims('Dates (2024): March 18, May 2.'), [], 'a year in parentheses is no unit');
});

test('a variant in parentheses takes the figure\'s unit, and direction words count only in the figure\'s own part', () => {
  assert.deepEqual(claims('FP8 on H100 SXM: ~2 PFLOPS dense (~4 sparse).').map((c) => [c.quantity.raw, c.evaluation.verdict]), [
    ['~2 PFLOPS', 'consistent'],
    ['~4 PFLOPS', 'consistent'],
  ]);
  assert.deepEqual(claims('NVLink 4 is 900 GB/s (450 per direction).').map((c) => [c.quantity.raw, c.evaluation.verdict]), [
    ['900 GB/s', 'consistent'],
    ['450 GB/s', 'consistent'],
  ]);
  assert.deepEqual(claims('The H100 has 80 GB (3 stacks).').map((c) => c.quantity.raw), ['80 GB', '3 stacks'], 'not a variant: no unit taken');
});

test('bytes per sequence at a stated context length are the KV cache, named or not', () => {
  const c = claimFor('For DeepSeek-V3, at 128k context that is ~9 GB per sequence.', /9 GB/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.derivation.join(' '), /70\.3 KB × 128K tokens = 8\.99 GB per sequence/);
  assert.equal(claimFor('Llama 3.1 70B at 32k context needs about 10.5 GB per request.', /10\.5 GB/).evaluation.verdict, 'consistent');
});

test('bytes per weight written out ("× 1 byte", "1 byte per param") state the precision', () => {
  const w = claimFor('Llama 3.1 70B weights at 1 byte per param are ~70 GB.', /70 GB/);
  assert.equal(w.evaluation.verdict, 'consistent');
  assert.match(w.evaluation.derivation.join(' '), /× 1 B \(FP8\)/);
  assert.equal(claimFor('Decode at batch 1 of DeepSeek-V3 on 8 H200s: ~ 37B × 1 byte / 4.8 TB/s per GPU… roughly 1 ms per token ideal.', /1 ms/).evaluation.verdict, 'consistent');
});

test('prefill and time to first token: at least the compute to prefill the prompt', () => {
  const p = claimFor('Prefill for a 4k-token prompt on Llama 3.1 70B costs 2 × 70B × 4096 ≈ 573 TFLOP, about 0.6 s on one H100 at 100% MFU.', /0\.6 s/);
  assert.equal(p.evaluation.verdict, 'consistent');
  assert.match(p.evaluation.derivation.join(' '), /prefill ≥ max\(571 ms/);
  const slow = claimFor('Llama 3.1 8B TTFT is ~200 ms for a 2,000-token prompt on an H100.', /200 ms/);
  assert.equal(slow.evaluation.verdict, 'consistent');
  assert.match(slow.evaluation.reason, /a latency: .* the roofline's lower bound/);
  assert.equal(claimFor('Llama 3.1 70B TTFT is 50 ms for an 8k-token prompt on one H100.', /50 ms/).evaluation.verdict, 'inconsistent', 'faster than the FLOPs allow');
});

test('a percentage between two named chips: "76% more than", "30% less … than"', () => {
  assert.equal(claimFor("H200's HBM is 76% more than H100's.", /76%/).evaluation.verdict, 'consistent');
  assert.equal(claimFor("H200's HBM is 20% more than H100's.", /20%/).evaluation.verdict, 'inconsistent');
  const less = claimFor('The H100 has 30% less HBM bandwidth than the H200.', /30%/);
  assert.equal(less.evaluation.verdict, 'consistent');
  assert.match(less.evaluation.derivation.join(' '), /30\.2% less/);
  assert.equal(claimFor('About 40% of the time was spent in attention.', /40%/).evaluation.verdict, 'unverifiable');
});

test('a tray\'s GPU count is not the system\'s; a figure in parentheses after a model is its weights', () => {
  const tray = claimFor('Each NVL72 tray holds 4 B200 GPUs and 2 Grace CPUs.', /4 B200/);
  assert.equal(tray.evaluation.verdict, 'unverifiable');
  assert.match(tray.evaluation.reason, /one part of GB200 NVL72/);
  assert.equal(claimFor('One rack of GB200 NVL72 holds 72 GPUs with 13.5 TB of HBM3e.', /72 GPUs/).evaluation.verdict, 'consistent');
  const w = claimFor("The MI300X's 192 GB lets one GPU hold Llama 3.1 70B in FP16 (141 GB).", /141 GB/);
  assert.equal(w.evaluation.verdict, 'consistent');
  assert.match(w.evaluation.derivation.join(' '), /params × 2 B \(FP16\)/);
});

test('numbers in an inline HTML comment are no claims (it is not rendered)', () => {
  const all = claims('The H100 has 80 GB. <!-- TODO: H100 is 3.35, H200 is 4.8 --> More later.');
  assert.deepEqual(all.map((c) => c.quantity.raw), ['80 GB']);
});

test('a sparse variant in parentheses is never read against the dense figure, even where the catalog lacks the sparse one', () => {
  const mi = claimFor('FP8 dense on the MI355X: ~5 PFLOPS (10 with sparsity).', /^10/);
  assert.equal(mi.evaluation.verdict, 'unverifiable');
  assert.match(mi.evaluation.reason, /no sparse FP8 figure for Instinct MI355X/);
  const h100 = claimFor('H100 FP8: 1,979 TFLOPS dense (3,958 with sparsity).', /^3,958/);
  assert.equal(h100.evaluation.verdict, 'consistent');
  assert.match(h100.subject, /sparse FP8/);
});

test('"each with A at B": both figures are per chip, not the pod\'s', () => {
  const all = claims('A TPU v5p pod has 8,960 chips, each with 95 GB of HBM2e at 2,765 GB/s.');
  const bw = all.find((c) => c.quantity.raw === '2,765 GB/s')!;
  assert.equal(bw.evaluation.verdict, 'consistent', bw.evaluation.reason);
  assert.equal(bw.evaluation.modelValue, 2765e9);
  assert.equal(all.find((c) => c.quantity.raw === '95 GB')!.evaluation.verdict, 'consistent');
});

test('a weights or checkpoint size under a chip heading is not the chip\'s memory', () => {
  const c = analyzeNote('n.md', '# Blackwell\n\nThe checkpoint of the weights in BF16 is 810 GB.\n').claims[0]!;
  assert.equal(c.evaluation.verdict, 'unverifiable', c.evaluation.reason);
  assert.match(c.evaluation.reason, /weights or a checkpoint/);
});

test('frontmatter tags written with "#" are the same tags, in a list as in a string', () => {
  assert.deepEqual(analyzeNote('n.md', '---\ntags: [hardware/tpu, "#compare"]\n---\n# x\n').tags, ['hardware/tpu', 'compare']);
  assert.deepEqual(analyzeNote('n.md', '---\ntags: "#a #b"\n---\n# x\n').tags, ['a', 'b']);
});

test('a paragraph hard-wrapped mid-sentence is read as one sentence ("you get\\n~50 tokens/s")', () => {
  const note = '# Serving\n\nLlama 3.1 70B in FP8 on one H100 at batch 1 gives you\n~50 tokens/s, bounded by the weights.\n\nH100: 80 GB\nH200: 141 GB\n';
  const all = analyzeNote('n.md', note).claims;
  const tps = all.find((c) => c.quantity.raw === '~50 tokens/s')!;
  assert.equal(tps.evaluation.verdict, 'consistent', tps.evaluation.reason);
  assert.match(tps.statement, /^Llama 3\.1 70B .* bounded by the weights\.$/s);
  // Lines that end a statement (no open last word, next one capitalised) stay apart.
  assert.deepEqual(all.filter((c) => c.quantity.unit === 'B').map((c) => [c.quantity.raw, c.evaluation.verdict]), [['80 GB', 'consistent'], ['141 GB', 'consistent']]);
});

test('the batch a throughput is at: a range is its low end, and the batch named last before the figure counts', () => {
  const all = claims('3,000 tokens/s per H100 for Llama 3.1 70B in FP8 needs a batch of roughly 64–128; at batch 1 you get ~50 tokens/s.');
  const high = all.find((c) => c.quantity.raw === '3,000 tokens/s')!;
  assert.equal(high.evaluation.verdict, 'consistent', high.evaluation.reason);
  assert.ok(high.evaluation.assumptions.includes('batch: 64'), high.evaluation.assumptions.join('; '));
  const low = all.find((c) => c.quantity.raw === '~50 tokens/s')!;
  assert.equal(low.evaluation.verdict, 'consistent', low.evaluation.reason);
  assert.ok(low.evaluation.assumptions.includes('batch: 1'), low.evaluation.assumptions.join('; '));
});

test('serving cost per token: the price of a GPU-second over its tokens, with the price in the statement or earlier in the paragraph', () => {
  const same = claimFor('At $2/GPU-hour and 1,000 tokens/s per GPU it costs $0.10 per million tokens.', /\$0\.10/);
  assert.equal(same.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(same.evaluation.modelValue! - 2 / 3600 / 1000) < 1e-12);
  assert.match(same.evaluation.derivation.join('\n'), /÷ 1,000 tokens\/s per GPU = \$0\.556 per million tokens/);
  const earlier = claimFor("We're paying $2.10/GPU-hour for H100s. At 3,000 tokens/s per GPU that's about $0.19 per million tokens.", /\$0\.19/);
  assert.equal(earlier.evaluation.verdict, 'consistent', earlier.evaluation.reason);
  assert.ok(earlier.evaluation.assumptions.some((a) => a.includes('earlier in the paragraph ($2.10/GPU-hour)')));
  // Without a throughput there is nothing to derive it from.
  assert.equal(claimFor('The API charges $0.60 per million tokens.', /\$0\.60/).evaluation.verdict, 'unverifiable');
});

test('a parenthesis after a product or division sign groups operands; one beside the arithmetic is an aside', () => {
  const grouped = claimFor('$2.10 / (3,000 × 3,600) × 1e6 ≈ $0.194 per 1M tokens', /0\.194/);
  assert.equal(grouped.evaluation.verdict, 'consistent', grouped.evaluation.reason);
  assert.match(grouped.evaluation.derivation.join('\n'), /\$2\.10 ÷ \(3,000 × 3,600\)/);
  const aside = claimFor('Adam keeps 405B params × 16 bytes (2 moments in fp32) ≈ 6.5 TB.', /6\.5 TB/);
  assert.equal(aside.evaluation.verdict, 'consistent', aside.evaluation.reason);
  assert.deepEqual(aside.evaluation.derivation, ['405B params × 16 bytes = 6.48 TB']);
});

test('a per-user rate is at most the roofline\'s per-stream rate (batch 1 when none is named)', () => {
  const served = claimFor('vLLM serves Llama 3.1 405B on 8 H100s at ~25 tokens/s per user.', /25 tokens/);
  assert.equal(served.evaluation.verdict, 'consistent', served.evaluation.reason);
  assert.match(served.evaluation.reason, /at most the roofline's .*batch 1: no batch named.*76% of it/);
  const tooFast = claimFor('Llama 3.1 8B on one H100 gives 400 tokens/s per user.', /400 tokens/);
  assert.equal(tooFast.evaluation.verdict, 'inconsistent', 'one stream cannot beat reading the weights once per token (209/s)');
});

test('a share of peak: an achieved figure before it over the chip\'s peak, compute for MFU, bandwidth for "of the bandwidth"', () => {
  const mfu = claimFor('On H100 we hit 400 TFLOPS BF16, i.e. 60% MFU.', /60%/);
  assert.equal(mfu.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(mfu.evaluation.modelValue! - 40.43) < 0.05);
  assert.equal(claimFor('We measured 2.9 TB/s on the H100, 87% of the HBM bandwidth.', /87%/).evaluation.verdict, 'consistent');
  // A spec figure quoted elsewhere in the line is not what the share is of.
  assert.equal(claimFor('“B200 memory bandwidth is 8 TB/s” — Camille “46% MFU”', /46%/).evaluation.verdict, 'unverifiable');
});

test('figures and chip names glued to Japanese, Chinese or Korean text are read (those scripts use no spaces)', () => {
  const ja = claims('H100のHBM帯域幅は3.35 TB/sです。');
  assert.deepEqual(ja.map((c) => [c.quantity.raw, c.evaluation.verdict]), [['3.35 TB/s', 'consistent']]);
  assert.deepEqual(claims('B200は192GBのHBM3eを搭載。').map((c) => [c.quantity.raw, c.evaluation.verdict]), [['192GB', 'consistent']]);
  assert.deepEqual(claims('H100 메모리 대역폭은 3.35TB/s입니다.').map((c) => [c.quantity.raw, c.evaluation.verdict]), [['3.35TB/s', 'consistent']]);
  // Latin letters still join: "GB200" holds no B200, "H1000" no H100.
  assert.match(claims('The GB200 has 186 GB.')[0]!.evaluation.assumptions.join('; '), /hardware: GB200 .*named in the statement \("GB200"\)/);
  assert.ok(!claims('An H1000 has 90 GB.')[0]!.evaluation.assumptions.some((a) => a.includes('H100')));
});

test('KV bytes per token per layer are checked; a figure for another attention design in a comparison is not the model\'s', () => {
  const llama = claimFor('Llama 3.1 70B KV cache ~2 KB per token per layer.', /2 KB/);
  assert.equal(llama.evaluation.verdict, 'inconsistent', 'GQA with 8 KV heads of 128 in BF16 is 4 KB per layer');
  assert.equal(claimFor('Llama 3.1 70B: KV cache is 4 KB per layer per token in BF16.', /4 KB/).evaluation.verdict, 'consistent');
  const gqa = claimFor('DeepSeek-R1 KV cache: about 70 KB per token with MLA vs ~1.6 to 2 kilobytes per token per layer for GQA models', /kilobytes/);
  assert.equal(gqa.evaluation.verdict, 'unverifiable');
  assert.match(gqa.evaluation.reason, /about GQA models/);
});

test('a figure followed by a question mark is asked about, not claimed', () => {
  const asked = claimFor('MI355X: 10 PF FP4 (dense ~5 PF? no — 10 PF dense FP4 per AMD)', /~5 PF/);
  assert.equal(asked.evaluation.verdict, 'unverifiable');
  assert.match(asked.evaluation.reason, /a question/);
  assert.equal(claimFor('Does the H100 really have 80 GB?', /80 GB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('The H100 has 80 GB. Is that enough?', /80 GB/).evaluation.verdict, 'consistent');
});

test('a sentence ends before a curly quote: the quote\'s figures are not read with the sentence before', () => {
  const all = claims('The slide claimed the TPU v5p\'s 95 GB drains in 34 ms. “Llama 3.1 8B weights are 16 GB in BF16” — Mónica');
  assert.equal(all.find((c) => c.quantity.raw === '95 GB')!.evaluation.verdict, 'consistent', 'not judged as Llama 3.1 8B weights');
  assert.equal(all.find((c) => c.quantity.raw === '16 GB')!.evaluation.verdict, 'consistent');
  assert.notEqual(all.find((c) => c.quantity.raw === '95 GB')!.statement, all.find((c) => c.quantity.raw === '16 GB')!.statement);
});

test('power: N chips at W each is their product; a named system\'s power; "~" after another clause is no "≈"', () => {
  const all = claims('100,000 H100s at ~700 W each is 70 MW of GPU power alone; with CPUs, networking and cooling (PUE 1.3) call it ~150 MW.');
  const gpus = all.find((c) => c.quantity.raw === '70 MW')!;
  assert.equal(gpus.evaluation.verdict, 'consistent', gpus.evaluation.reason);
  assert.deepEqual(gpus.evaluation.derivation, ['100,000 × ~700 W = 70 MW']);
  assert.notEqual(all.find((c) => c.quantity.raw === '~150 MW')!.evaluation.verdict, 'inconsistent');
  const node = claimFor('Each HGX H100 node draws 10.2 kW.', /10\.2 kW/);
  assert.equal(node.evaluation.verdict, 'consistent');
  assert.match(node.evaluation.derivation.join(' '), /HGX H100 8-GPU power/);
});

test('a training run\'s time is its FLOPs over N chips × dense peak × MFU; without MFU, at least the time at peak', () => {
  const run = claimFor("Training Llama 3.1 405B took 3.8e25 FLOPs; at 40% MFU on 16,384 H100s that's about 70 days.", /70 days/);
  assert.equal(run.evaluation.verdict, 'consistent', run.evaluation.reason);
  assert.ok(Math.abs(run.evaluation.modelValue! / 86400 - 67.8) < 0.1);
  assert.equal(claimFor('3.8e25 FLOPs on 16,384 H100s in BF16 takes 10 days.', /10 days/).evaluation.verdict, 'inconsistent', 'faster than the peak allows');
  assert.equal(claimFor('3.8e25 FLOPs on 16,384 H100s in BF16 takes 60 days.', /60 days/).evaluation.verdict, 'consistent', 'slower than peak is possible');
});

test('joules: "2 pJ per bit", "8 GB per joule" are energy figures, not sizes', () => {
  const [pj] = parseQuantities('NVLink costs about 2 pJ per bit.');
  assert.equal(pj!.unit, 'W·s/B');
  const gbPerJ = claimFor('A B200 at 1,000 W with 8 TB/s moves 8 GB per joule of HBM traffic.', /8 GB per joule/);
  assert.notEqual(gbPerJ.evaluation.verdict, 'inconsistent', 'not the B200\'s 180 GB');
});

test('lower-case units typed on a phone, and the first operand of a written division', () => {
  assert.equal(claimFor('h100 sxm: ~989 tflops bf16 (dense)', /tflops/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('b200: 2.25 pflops bf16 dense, 4.5 pf fp8', /4\.5 pf/).evaluation.verdict, 'consistent');
  const operand = claimFor('8b model @ bf16 on one h100 -> ~4.8ms/token decode at bs=1 (16gb / 3.35tb/s)', /16gb/);
  assert.notEqual(operand.evaluation.verdict, 'inconsistent', 'the weights divided by the bandwidth, not the H100\'s 80 GB');
});

test('two multipliers in one sentence: each compares the property named right after it', () => {
  const hbm = claimFor('Takeaway: B200 has 2.25× the HBM of H100 and 2.4× its bandwidth.', /2\.25×/);
  assert.equal(hbm.evaluation.verdict, 'consistent', hbm.evaluation.reason);
  assert.match(hbm.subject, /HBM capacity/);
});

test("a workload's FLOPs per byte is not the chip's ridge point: batch-1 decode in BF16 is 1 FLOP per byte", () => {
  const decode = claimFor('On the H100, decode at batch 1 in BF16 does about 1 FLOP per byte of weights.', /1 FLOP/);
  assert.equal(decode.evaluation.verdict, 'consistent');
  assert.match(decode.evaluation.derivation.join('\n'), /batch 1 ÷ 2 B per parameter \(BF16\) = 1 FLOP per byte/);
  assert.equal(claimFor('On the H100, decode at batch 64 in FP8 does ~128 FLOPs per byte.', /128 FLOP/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('On the H100, decode at batch 1 in BF16 does about 295 FLOPs per byte.', /295 FLOP/).evaluation.verdict, 'inconsistent');
  // The ridge point keeps its reading, even beside a workload word.
  assert.equal(claimFor("Decode is memory-bound: the H100's ridge point is ~295 FLOP/byte.", /295/).evaluation.modelValue !== null, true);
  assert.equal(claimFor('A fused attention kernel reaches 90 FLOPs per byte on the H100.', /90 FLOP/).evaluation.verdict, 'unverifiable');
});

test('a size right after a model ("Llama 3 8B = 16 GB in bf16") is its weights, not the HBM of the chip in the heading', () => {
  const note = analyzeNote('n', '# Why H100 inference is memory-bound\n\nLlama 3 8B = 16 GB in bf16.\n\nLlama 3.1 70B: ~70 GB in FP8.\n');
  const [eight, seventy] = note.claims;
  assert.match(eight!.subject, /weights of Llama 3\.1 8B in BF16/);
  assert.equal(eight!.evaluation.verdict, 'consistent');
  assert.match(seventy!.subject, /weights of Llama 3\.1 70B in FP8/);
});

test('a result after a written equation takes that equation\'s result, not its operands ("= 320 KB/token → ~40 GB per sequence at 128k")', () => {
  const c = claimFor('128k context on Llama 3.1 70B: KV cache = 2 × 80 layers × 8 KV heads × 128 dim × 2 bytes = 320 KB/token → ~40 GB per sequence at 128k.', /40 GB/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.ok(Math.abs(c.evaluation.modelValue! - 41.9e9) < 0.1e9, String(c.evaluation.modelValue));
});

test('bytes per parameter given in the statement ("Adam: 16 bytes per parameter") size the state, not BF16 weights', () => {
  const c = claimFor('Memory per parameter with Adam in mixed precision: 16 bytes, so 405B needs ~6.5 TB of optimizer+weights state.', /6\.5 TB/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.derivation.join('\n'), /405B params × 16 B/);
});

test('TeX math: display blocks are equations, not claims, and an inline "$…$" is no dollar amount', () => {
  const note = analyzeNote('n', '# Budget\n\n$$\nC = 6 \\times 70 \\times 10^{9} \\times 1.4 \\times 10^{12} \\approx 5.9 \\times 10^{23}\n$$\n\nThe weights are $2 \\times 405 \\times 10^9$ bytes = 810 GB in BF16. A GPU-hour is $2.\n');
  assert.deepEqual(note.claims.map((c) => c.quantity.raw), ['810 GB', '$2']);
  assert.notEqual(note.claims[0]!.evaluation.reason, 'a market or business figure: the hardware model cannot check it');
  assert.equal(note.claims[1]!.quantity.unit, 'USD');
});

test('outlines: a nested item is about the chip, model and precision of the items it is nested under', () => {
  const text = [
    '# Hallway notes',
    '',
    '- Llama 3.1 70B in FP8 = 70 GB of weights',
    '  - on one H200 (4.8 TB/s) a decode step is ≥ 14.6 ms at batch 1',
    '  - so at most ~68 tokens/s per stream',
    '  - a B200 decode step takes 8.9 ms',
    '- a decode step is 42 ms at batch 1',
    '',
  ].join('\n');
  const note = analyzeNote('n', text);
  const step = note.claims.find((c) => c.quantity.raw === '≥ 14.6 ms')!;
  assert.equal(step.evaluation.verdict, 'consistent');
  assert.match(step.evaluation.derivation.join('\n'), /70\.6B params × 1 B \(FP8\)/);
  // "so …" goes on from the item before: its H200, and the parent's model and FP8.
  const rate = note.claims.find((c) => /68 tokens/.test(c.quantity.raw))!;
  assert.equal(rate.evaluation.verdict, 'consistent');
  assert.match(rate.evaluation.derivation.join('\n'), /H200/);
  // The item's own chip wins over its parent's; a top-level item after the list takes nothing from it.
  const b200 = note.claims.find((c) => c.quantity.raw === '8.9 ms')!;
  assert.equal(b200.evaluation.verdict, 'consistent');
  assert.match(b200.evaluation.derivation.join('\n'), /70\.6 GB ÷ 8 TB\/s/);
  assert.equal(note.claims.find((c) => c.quantity.raw === '42 ms')!.evaluation.verdict, 'unverifiable');
  assert.match(step.evaluation.assumptions.join('\n'), /H200/);
});

test('memory left after the weights is the chip\'s HBM less the weights, not the weights', () => {
  const c = claimFor('The MI300X fits Llama 3.1 70B in BF16 (141 GB) on a single GPU, with ~51 GB left for KV cache.', /51 GB/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.derivation.join('\n'), /192 GB of HBM \(Instinct MI300X\) − 141 GB of weights = 50\.8 GB left/);
  assert.equal(claimFor('On an H100, Llama 3.1 8B in BF16 leaves about 20 GB for the KV cache.', /20 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('There is 30 GB left for the KV cache.', /30 GB/).evaluation.verdict, 'unverifiable');
});

test('a per-GPU power with the host and networking is all-in, not the chip\'s TDP', () => {
  const c = claimFor("An H100 is a 700 watt part, and with the host and networking you're at about 1.4 kW per GPU in a real cluster.", /1\.4 kW/);
  assert.equal(c.evaluation.verdict, 'unverifiable');
  assert.match(c.evaluation.reason, /all-in/);
});

test('a serving throughput at a named batch is held to the decode roofline; a target below it is feasible', () => {
  const target = claimFor('Throughput target: 2,500 tokens/s per H200 at batch 64 for Llama 3.1 70B in FP8', /2,500/);
  assert.equal(target.evaluation.verdict, 'consistent');
  assert.ok(Math.abs(target.evaluation.modelValue! - 4354) < 30, String(target.evaluation.modelValue));
  assert.equal(claimFor('Llama 3.1 70B in FP8 on one H200 at batch 64 does 9,000 tokens/s.', /9,000/).evaluation.verdict, 'inconsistent');
  // A prefill rate is no decode rate.
  assert.notEqual(claimFor('Prefill of Llama 3.1 70B in FP8 on one H200 at batch 64 runs at 9,000 tokens/s.', /9,000/).evaluation.verdict, 'inconsistent');
});

test('networking: line rates in bits are per direction, "400G" is 400 Gb/s, a node has eight NICs', () => {
  assert.equal(claimFor('ConnectX-7 is a 400 Gb/s NIC, i.e. 50 GB/s per direction.', /50 GB\/s/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('ConnectX-7: 400 Gb/s = 50 GB/s per direction.', /50 GB\/s/).evaluation.verdict, 'consistent', 'no halving of a line rate');
  assert.equal(claimFor('NVLink 5 is 1.8 TB/s, i.e. 900 GB/s each direction.', /900 GB\/s/).evaluation.verdict, 'consistent', 'a bidirectional figure still halves');
  const node = claims('An 8-GPU HGX H100 node usually has 8× 400G NICs = 3.2 Tb/s of scale-out bandwidth, i.e. 400 GB/s per node.');
  assert.equal(node.find((c) => c.quantity.raw === '400G')!.quantity.value, 50e9);
  assert.equal(node.find((c) => c.quantity.raw === '3.2 Tb/s')!.evaluation.verdict, 'consistent');
  assert.equal(node.find((c) => /per node/.test(c.quantity.raw))!.evaluation.verdict, 'consistent');
  assert.equal(parseQuantities('a 5G phone').length, 0, '5G is no line rate');
});

test('networking: the link of the figure\'s own clause, both scale-up and scale-out by value, a parenthesised size as an operand', () => {
  assert.equal(claimFor('NVLink 4 on H100: 900 GB/s bidirectional, 450 GB/s each way — 7× PCIe Gen5.', /450 GB/).evaluation.verdict, 'consistent');
  const both = claims('So scale-up is 18× the scale-out bandwidth per GPU on B200 (1.8 TB/s vs 100 GB/s).');
  assert.deepEqual(both.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
  const transfer = claimFor('A 405B checkpoint in BF16 (810 GB) over one 400 Gb/s link takes about 16 s.', /16 s/);
  assert.equal(transfer.evaluation.verdict, 'consistent');
  assert.match(transfer.evaluation.derivation.join('\n'), /810 GB ÷ 400 Gb\/s = 16\.2 s/);
});

test('"24 GB or 36 GB each" are two figures, and per-part figures ("stacks are …") are not the chip\'s', () => {
  const [a, b] = claims('On B200, HBM3e stacks are 24 GB or 36 GB each.');
  assert.equal(a!.evaluation.verdict, 'unverifiable');
  assert.equal(b!.evaluation.verdict, 'unverifiable');
  assert.match(b!.evaluation.reason, /per stack/);
  assert.equal(claimFor('A B200 has 180 GB or 192 GB, depending on who you ask.', /192 GB/).evaluation.route !== 'arithmetic', true);
});

test('a model named in the section heading is the model of the statements under it', () => {
  const note = analyzeNote('n', '# DeepSeek-V3\n\n- 671B total parameters, 37B active per token.\n- MLA keeps the KV cache small: about 70 KB per token.\n\n# Mixtral 8x7B\n\n- At batch 1 on an H100 in BF16, decode reads ~25.8 GB per token, about 7.7 ms per step.\n');
  const by = (raw: RegExp) => note.claims.find((c) => raw.test(c.quantity.raw))!;
  assert.equal(by(/671B/).evaluation.verdict, 'consistent');
  assert.equal(by(/37B/).evaluation.verdict, 'consistent');
  assert.match(by(/70 KB/).evaluation.derivation.join('\n'), /MLA/);
  // The weights one decode step reads: an MoE reads its routed experts only.
  const read = by(/25\.8 GB/);
  assert.equal(read.evaluation.verdict, 'consistent');
  assert.match(read.evaluation.derivation.join('\n'), /MoE reads 2 of 8 experts/);
  assert.equal(by(/7\.7 ms/).evaluation.verdict, 'consistent');
});

test('Chinchilla-optimal tokens are ~20 per parameter; operands that restate each other make no ratio', () => {
  const note = analyzeNote('n', '# Llama 3.1 405B\n\n- Chinchilla-optimal for 405B would be ~8.1T tokens (20 tokens per parameter), so it is ~2× over-trained.\n');
  const tokens = note.claims.find((c) => /8\.1T/.test(c.quantity.raw))!;
  assert.equal(tokens.evaluation.verdict, 'consistent');
  assert.match(tokens.evaluation.derivation.join('\n'), /405B params × 20 tokens per parameter = 8\.1T tokens/);
  assert.notEqual(note.claims.find((c) => /2×/.test(c.quantity.raw))!.evaluation.verdict, 'inconsistent', '8.1T ÷ (405B × 20) = 1 is no derivation of 2×');
});

test('a percentage written from a ratio: "so ~43% more", "30% less", a share', () => {
  const more = claimFor('B200 is 1,000 W; the H100 was 700 W, so ~43% more power per GPU.', /43%/);
  assert.equal(more.evaluation.verdict, 'consistent');
  assert.match(more.evaluation.derivation.join('\n'), /1,000 W ÷ 700 W = 1\.43×, i\.e\. 42\.9% more/);
  assert.equal(claimFor('The H100 was 700 W and the B200 is 1,000 W, so 30% less power on H100.', /30%/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('B200 is 1,000 W; the H100 was 700 W, so ~80% more power per GPU.', /80%/).evaluation.verdict, 'inconsistent');
});

test('a divisor written with a spaced slash is an input, not a spec claim of the chip named', () => {
  const c = claimFor('FP8 per watt: 4.5 PFLOPS / 1 kW = 4.5 TFLOPS/W vs 1.98 PFLOPS / 700 W ≈ 2.8 TFLOPS/W on H100.', /^1 kW/);
  assert.equal(c.evaluation.verdict, 'unverifiable');
  // (The H100 is named after "vs": the 1 kW is not held to it at all.)
  assert.match(c.evaluation.reason, /input to the arithmetic|only as what this figure is compared with/);
});

test('a table of model shapes: layers, head dims, KV per token and per 128k context, in KiB and GiB', () => {
  const note = analyzeNote('n', '# KV cache by model (BF16)\n\n| Model | Layers | Head dim | KV / token | 128k context |\n|---|---|---|---|---|\n| Llama 3.1 70B | 80 | 128 | 320 KiB | 40 GiB |\n| Llama 3.1 8B | 30 | 128 | 128 KiB | 16 GiB |\n');
  const by = (line: number, raw: string) => note.claims.find((c) => c.quantity.raw === raw && note.lineStarts[line]! <= c.quantity.span.start && c.quantity.span.start < (note.lineStarts[line + 1] ?? Infinity))!;
  assert.equal(by(4, '80').evaluation.verdict, 'consistent');
  assert.match(by(4, '80').subject, /Llama 3\.1 70B layers/);
  assert.equal(by(5, '30').evaluation.verdict, 'inconsistent', 'Llama 3.1 8B has 32 layers');
  assert.equal(by(4, '320 KiB').evaluation.verdict, 'consistent');
  assert.equal(by(4, '40 GiB').evaluation.verdict, 'consistent');
  assert.match(by(4, '40 GiB').evaluation.derivation.join('\n'), /131K tokens = 42\.9 GB per sequence/);
  // In prose, "80 layers" and "8 KV heads" of a named model are its config.
  assert.equal(claimFor('Llama 3.1 70B has 80 layers and 8 KV heads.', /8 KV heads/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 70B has 96 layers.', /96 layers/).evaluation.verdict, 'inconsistent');
});

test('corrections: struck through, denied or called wrong, a figure is taken back; a question and a hypothetical are no claims', () => {
  const struck = claims('~~H100 has 96 GB of HBM~~ → it is 80 GB on the H100 SXM.');
  assert.equal(struck[0]!.evaluation.verdict, 'unverifiable');
  assert.match(struck[0]!.evaluation.reason, /struck through/);
  assert.equal(struck[1]!.evaluation.verdict, 'consistent');
  const wrong = claims('I wrote 3.35 TB/s for the H200 — wrong, the H200 is 4.8 TB/s; 3.35 TB/s is the H100.');
  assert.deepEqual(wrong.map((c) => c.evaluation.verdict), ['unverifiable', 'consistent', 'consistent']);
  assert.match(wrong[0]!.evaluation.reason, /taken back/);
  assert.match(claimFor('Not 700 W: the B200 is 1,000 W.', /700 W/).evaluation.reason, /denied/);
  assert.match(claimFor('Would a 2 TB/s MI300X beat an H100? No — the MI300X is 5.3 TB/s anyway.', /2 TB\/s/).evaluation.reason, /a question/);
  assert.match(claimFor('If the B200 had 288 GB it would fit Llama 3.1 405B in FP8 on two GPUs.', /288 GB/).evaluation.reason, /hypothetical/);
  // A bound after "not" is no denial: "not more than 700 W" stays a claim.
  assert.equal(claimFor('The H100 SXM draws not more than 700 W.', /700 W/).evaluation.verdict, 'consistent');
});

test('PUE after a rack\'s power is the facility\'s, not the rack\'s: "~120 kW with PUE 1.2 pulls ~144 kW at the wall"', () => {
  const [rack, wall] = claims('A GB200 NVL72 rack at ~120 kW with PUE 1.2 pulls ~144 kW at the wall.').filter((c) => c.quantity.unit === 'W');
  assert.equal(rack!.evaluation.verdict, 'consistent');
  assert.equal(wall!.evaluation.verdict, 'consistent');
  assert.match(wall!.evaluation.derivation.join('\n'), /~120 kW × 1\.2 = 144 kW/);
  assert.equal(claims('A GB200 NVL72 rack at ~120 kW with PUE 1.2 pulls ~200 kW at the wall.').filter((c) => c.quantity.unit === 'W')[1]!.evaluation.verdict, 'inconsistent');
});

test('a serving section: the heading gives the model, precision and tensor-parallel GPUs; measured TPOT and throughput are achieved figures', () => {
  const text = [
    '# vLLM on 8×H200, Llama 3.1 405B FP8 (TP=8)',
    '',
    '- Batch 1: ~30 ms TPOT.',
    '- Batch 64: TPOT ~45 ms, aggregate ~1,400 tokens/s.',
    '- TTFT for a 2k prompt at batch 1: ~150 ms.',
    '- Weights per GPU with TP=8: ~51 GB, leaving ~90 GB for KV cache on each H200.',
    '- Batch 1: ~5 ms TPOT.',
    '',
  ].join('\n');
  const note = analyzeNote('n', text);
  const by = (raw: string) => note.claims.find((c) => c.quantity.raw === raw)!;
  const step = by('~30 ms');
  assert.equal(step.evaluation.verdict, 'consistent');
  assert.match(step.evaluation.derivation.join('\n'), /405 GB ÷ \(8 × 4\.8 TB\/s\) = 10\.5 ms/);
  assert.equal(by('~45 ms').evaluation.verdict, 'consistent');
  assert.equal(by('~1,400 tokens/s').evaluation.verdict, 'consistent');
  assert.equal(by('~150 ms').evaluation.verdict, 'consistent');
  assert.match(by('~51 GB').evaluation.derivation.join('\n'), /405 GB ÷ 8 GPUs \(tensor parallel\) = 50\.6 GB per GPU/);
  assert.equal(by('~90 GB').evaluation.verdict, 'consistent');
  // Faster than reading the weights allows is still impossible.
  assert.equal(by('~5 ms').evaluation.verdict, 'inconsistent');
});

test('a multiplier in parentheses after a figure compares that figure\'s property; a GiB vendor\'s totals may be written in its numbers', () => {
  const times = claimFor('Trillium (v6e) doubles HBM to 32 GB and bandwidth to 1.6 TB/s; 918 TFLOPS BF16 (4.7x v5e).', /4\.7x/);
  assert.equal(times.evaluation.verdict, 'consistent');
  assert.match(times.evaluation.derivation.join('\n'), /918 TFLOP\/s ÷ TPU v5e 197 TFLOP\/s/);
  const trn = claimFor('A Trn2 instance has 16 Trainium2 chips = 1.5 TB of HBM.', /1\.5 TB/);
  assert.equal(trn.evaluation.verdict, 'consistent');
  assert.match(trn.evaluation.derivation.join('\n'), /16 × 96 GiB = 1,536 GiB = 1\.5 TiB/);
  assert.equal(claimFor('A Trn2 instance has 16 Trainium2 chips = 1.2 TB of HBM.', /1\.2 TB/).evaluation.verdict, 'inconsistent');
});

test('Ethernet by line rate ("1 GbE is 125 MB/s") and Chinchilla compute (6 × N × 20N)', () => {
  assert.equal(claimFor('1 GbE is 125 MB/s, not 1 GB/s.', /125 MB/).evaluation.verdict, 'consistent');
  assert.match(claimFor('1 GbE is 125 MB/s, not 1 GB/s.', /1 GB\/s/).evaluation.reason, /denied/);
  const run = claimFor('So a 70B Chinchilla run is about 5.9e23 FLOPs.', /5\.9e23/);
  assert.equal(run.evaluation.verdict, 'consistent');
  assert.match(run.evaluation.derivation.join('\n'), /6 × 70B × 1\.4T/);
});

test('"H200 vs H100: 141 GB vs 80 GB" pairs in order; a power ratio between two chips', () => {
  const [a, b] = claims('H200 vs H100: 141 GB vs 80 GB');
  assert.equal(a!.evaluation.verdict, 'consistent');
  assert.match(a!.evaluation.derivation.join('\n'), /H200/);
  assert.equal(b!.evaluation.verdict, 'consistent');
  assert.equal(claims('H200 vs H100: 80 GB vs 141 GB')[0]!.evaluation.verdict, 'inconsistent', 'the order matters');
  const power = claimFor('B200: 1 kW — 1.43x the H100 SXM.', /1\.43x/);
  assert.equal(power.evaluation.verdict, 'consistent');
  assert.match(power.evaluation.derivation.join('\n'), /\(TDP\)/);
});

test('the batch where decode turns compute-bound is the ridge × bytes per parameter ÷ 2 (the same in BF16 and FP8)', () => {
  const fp8 = claimFor('The batch that makes an H100 compute-bound in FP8 is around 590.', /590/);
  assert.equal(fp8.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(fp8.evaluation.modelValue! - 295) < 2, String(fp8.evaluation.modelValue));
  assert.equal(claimFor('The batch that makes an H100 compute-bound in BF16 is around 300.', /300/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The batch that makes an H100 compute-bound in FP8 is around 300.', /300/).evaluation.verdict, 'consistent');
});

test('a spelled count right before a chip makes a fleet; "64 such users" counts users, not chips', () => {
  const node = claims('A batch of 64 such users needs ~640 GB, more than a node of eight H100s (640 GB) has after the weights.').find((c) => c.quantity.raw === '640 GB')!;
  assert.equal(node.evaluation.verdict, 'consistent');
  assert.match(node.evaluation.derivation.join('\n'), /8 × 80 GB HBM = 640 GB/);
});

test('"optimal batch ≈ 300 × sparsity" holds in FP8 too: the multiplier is the critical batch, not the FP8 ridge point', () => {
  const fp8 = claimFor('On H100 in FP8, optimal batch ≈ 300 × sparsity.', /300/);
  assert.equal(fp8.evaluation.verdict, 'consistent');
  assert.ok(Math.abs(fp8.evaluation.modelValue! - 295) < 2);
});

test('a link a statement compares with is not its figure\'s link; multipliers between links are checked', () => {
  // Before: 1.8 TB/s was held to NVLink 4 (900 GB/s) and reported inconsistent.
  const doubled = claimFor('NVLink 5 doubles NVLink 4: 1.8 TB/s per GPU.', /1\.8 TB/);
  assert.equal(doubled.evaluation.verdict, 'consistent');
  assert.match(doubled.subject, /NVLink 5/);
  const gen = claims('Fifth-gen NVLink is twice NVLink 4 at 1.8 TB/s.');
  assert.deepEqual(gen.map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
  // The compared link's own figure stays its own.
  assert.match(claimFor("5th-gen NVLink is 2x NVLink 4's 900 GB/s.", /900 GB/).subject, /NVLink 4/);
  assert.match(claimFor('All-reducing 1 GB over NVLink 4 at 450 GB/s takes about 2.2 ms.', /450 GB/).subject, /NVLink 4/, '"over" is the path, not a comparison');
  // The multiplier: NVLink-C2C 900 GB/s ÷ PCIe Gen5 x16 128 GB/s = 7.03×, both bidirectional.
  const c2c = claimFor('NVLink-C2C runs at 900 GB/s, 7× PCIe Gen5.', /7×/);
  assert.equal(c2c.evaluation.verdict, 'consistent');
  assert.match(c2c.evaluation.derivation.join('\n'), /900 GB\/s ÷ PCIe Gen5 x16 128 GB\/s = 7\.03× \(both bidirectional\)/);
  assert.equal(claimFor('NVLink-C2C runs at 900 GB/s, 7× PCIe Gen5.', /900 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('NVLink 4 is 10x PCIe Gen5.', /10x/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('NVLink 4 on H100: 900 GB/s bidirectional — 7× PCIe Gen5.', /7×/).evaluation.verdict, 'consistent', 'a dash sets the multiplier off');
  assert.equal(claimFor('XDR InfiniBand is twice NDR.', /twice/).evaluation.verdict, 'consistent', 'per direction on both sides');
});

test('"a Chinchilla-optimal 70B run": a describing compound before a size is no model name', () => {
  const tokens = claimFor('A Chinchilla-optimal 70B run needs about 1.4T tokens.', /1\.4T/);
  assert.equal(tokens.evaluation.verdict, 'consistent');
  assert.match(tokens.evaluation.derivation.join('\n'), /70B params × 20/);
  assert.equal(claims('Falcon-180B was trained on 3.5T tokens.').some((c) => c.quantity.raw === '180B'), false, 'a name written with its size stays a name');
});

test('napkin math: prefill FLOPs (2·N·T), the unwritten 2 or 6 of FLOP from parameters × tokens, weights per GPU, the cost of N tokens', () => {
  const prefill = claimFor('Prefill of a 32k prompt on Llama 3 70B is about 4.5 PFLOP.', /PFLOP/);
  assert.equal(prefill.evaluation.verdict, 'consistent');
  assert.match(prefill.evaluation.derivation.join('\n'), /2 × 70\.6B params × 32K tokens/);
  // Before: "8k × 7B = 56 TFLOP" judged the 112 TFLOP inconsistent.
  const forward = claimFor('A forward pass over 8k tokens of a 7B model is ~112 TFLOP.', /112/);
  assert.equal(forward.evaluation.verdict, 'consistent');
  assert.ok(forward.evaluation.assumptions.some((a) => /forward pass ≈ 2 FLOP/.test(a)));
  assert.equal(claimFor('Training a 7B model on 2T tokens takes ~8.4e22 FLOPs.', /8\.4e22/).evaluation.verdict, 'consistent');
  // Before: both held to 8 × 80 GB of HBM (640 GB) and inconsistent.
  const shard = claims('With 8×H100 and TP=8, each GPU holds ~50 GB of the 405 GB FP8 weights.');
  assert.deepEqual(shard.map((c) => c.evaluation.verdict), ['consistent', 'unverifiable']);
  assert.match(shard[1]!.evaluation.reason, /does not name/);
  assert.equal(claimFor('With TP=4 on H200s, each GPU holds 45 GB of the 140 GB of weights.', /45 GB/).evaluation.verdict, 'inconsistent');
  const cost = claimFor('At $2/hr per H100 and 3,000 tokens/s, a million tokens costs about $0.19.', /0\.19/);
  assert.equal(cost.evaluation.verdict, 'consistent');
  assert.equal(claimFor('At $2/hr and 3,000 tokens/s, a billion tokens costs $500.', /500/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('At $2/hr and 3,000 tokens/s per GPU we trained on 1B tokens of data with a $40M cluster.', /40M/).evaluation.verdict, 'unverifiable', 'a count the figure is not the cost of');
});

test('a chip named only after "versus" is the other side of the comparison, not the figure\'s (nor is the default chip)', () => {
  // Before: 4.8 TB/s was held to the H100's 3.35 TB/s and reported inconsistent.
  const [h200, h100] = claims('4.8 TB/s vs 3.35 TB/s on the H100.');
  assert.equal(h200!.evaluation.verdict, 'unverifiable');
  assert.match(h200!.evaluation.reason, /names H100 only as what this figure is compared with/);
  assert.equal(h100!.evaluation.verdict, 'consistent');
  assert.equal(claimFor('It has 141 GB, compared with 80 GB on the H100.', /141/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('The MI300X does 5.3 TB/s, more than the H100.', /5\.3/).evaluation.verdict, 'consistent', 'a chip before the figure is still its own');
  assert.equal(claimFor('4.8 TB/s vs 3.35 TB/s on the H100.', /4\.8/, { defaultHardware: 'h200' }).evaluation.verdict, 'unverifiable', 'the default chip does not stand in either');
});

test('spoken numbers: decimals after "point", "gigs", rates "a second"', () => {
  assert.equal(claimFor('H200 memory bandwidth is four point eight terabytes a second.', /four point eight/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Each B200 has about a hundred and ninety-two gigs of memory.', /gigs/).evaluation.verdict, 'consistent');
  assert.equal(parseQuantities('50% a year').map((q) => q.raw).join('|'), '50%', 'a percent a year is growth, not a rate');
});

test('utilisation: an achieved FLOP/s at a stated MFU is the peak × the share; a peak figure is not achieved', () => {
  const ok = claimFor('One H100 at 50% MFU trains at ~495 TFLOPS.', /495/);
  assert.equal(ok.evaluation.verdict, 'consistent');
  assert.match(ok.evaluation.derivation.join('\n'), /989 TFLOP\/s × 50% = 495 TFLOP\/s/);
  // Before: held to the 989 TFLOPS peak as an upper bound, so any figure under it passed.
  assert.equal(claimFor('At 40% MFU an H100 gives about 700 TFLOPS.', /700/).evaluation.verdict, 'inconsistent');
  // Before: the 40% was judged as 989 ÷ 989 = 100% and reported inconsistent.
  const peak = claims('H100: 989 TFLOPS peak, we see 40% MFU.');
  assert.deepEqual(peak.map((c) => c.evaluation.verdict), ['consistent', 'unverifiable']);
  assert.equal(claimFor('FA2 only gets ~35% utilization on H100 while FA3 reaches 740 TFLOPS in FP16.', /740/).evaluation.verdict, 'consistent', "another clause's share is not this figure's");
  assert.equal(claimFor('Llama 3.1 405B needs 810 GB in BF16, which is more than a single 8×H100 node.', /810/).evaluation.verdict, 'consistent', 'what a model needs is its weights');
});

test('nodes and systems: a node\'s power is the system\'s; a system named alone has its own FLOP/s; "each GPU" is one chip', () => {
  // Before: held to 8 × 700 W = 5.6 kW and reported inconsistent.
  const node = claimFor('An 8-GPU H100 node draws about 10.2 kW.', /10\.2/);
  assert.equal(node.evaluation.verdict, 'consistent');
  assert.match(node.subject, /DGX H100/);
  assert.equal(claimFor('Eight H100s draw 5.6 kW.', /5\.6/).evaluation.verdict, 'consistent', 'GPUs alone are still n × TDP');
  // Before: 72 PFLOPS was held to one B200's 4.5 PFLOPS and reported inconsistent.
  assert.equal(claimFor('A DGX B200 has 1,440 GB of HBM and 72 PFLOPS of FP8 training.', /72 PFLOPS/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('In a DGX B200 each GPU does 4.5 PFLOPS of dense FP8.', /4\.5/).evaluation.verdict, 'consistent');
  const eight = claimFor('Eight H100s draw 5.6 kW.', /5\.6/).evaluation.assumptions;
  assert.equal(eight.filter((a) => a.startsWith('hardware: H100')).length, 1, 'the chip is said once');
});

test('a token rate is no context length: "1.8 ms per token (~550 tokens/s)" reads no 550-token KV cache', () => {
  const step = claimFor('On one B200, Llama 3.1 8B BF16 single-stream decode: 1.8 ms per token (~550 tokens/s).', /1\.8 ms/);
  assert.doesNotMatch(step.evaluation.derivation.join('\n'), /550 tokens ×/);
});

test('chat-style shorthand: a size after a model and its precision; "A vs B → N× more memory"', () => {
  assert.equal(claimFor('one H100 can hold Llama 3 8B fp16 (16GB) + ~60GB of KV cache', /^16GB/).evaluation.verdict, 'consistent');
  const ratio = claimFor('mi300x 192GB vs h100 80GB → 2.4x more memory', /2\.4x/);
  assert.equal(ratio.evaluation.verdict, 'consistent');
  assert.match(ratio.evaluation.derivation.join('\n'), /192 GB ÷ H100 SXM5 80GB 80 GB = 2\.4×/);
  assert.equal(claimFor('H200 vs H100 → 2.5x the memory', /2\.5x/).evaluation.verdict, 'inconsistent');
});

test('throughput per GPU ("tok/s/gpu", "bs=64"), "Llama 70B" without a version, and "we\'re seeing" as achieved', () => {
  const seen = claimFor("we're seeing ~2.5k tok/s/gpu on h200 for llama 70b fp8 at bs=64", /2\.5k/);
  assert.equal(seen.evaluation.verdict, 'consistent', 'achieved: at most the roofline');
  assert.match(seen.evaluation.assumptions.join('\n'), /model: Llama 3\.1 70B/);
  assert.match(seen.evaluation.assumptions.join('\n'), /batch: 64/);
  assert.equal(claimFor("We're seeing 9,000 tokens/s per GPU on H200 at batch 64 for Llama 3.1 70B in FP8", /9,000/).evaluation.verdict, 'inconsistent', 'above the roofline');
  const tp = claimFor('On 8×H200 with TP=8, Llama 3.1 405B FP8 at batch 64 we get 400 tokens/s per GPU', /400 tokens/);
  assert.match(tp.evaluation.derivation.join('\n'), /÷ 8 GPUs/);
});

test('a footnote definition is about what the sentence with its reference names', () => {
  const note = analyzeNote('n', '# Notes\n\nThe MI355X carries 288 GB of HBM3E[^hbm].\n\nUnrelated paragraph.\n\n[^hbm]: Bandwidth is 8 TB/s; the H100 has 3.35 TB/s.\n');
  const mi = note.claims.find((c) => c.quantity.raw === '8 TB/s')!;
  assert.equal(mi.evaluation.verdict, 'consistent');
  assert.match(mi.evaluation.assumptions.join('\n'), /named in the sentence the footnote annotates \("MI355X"\)/);
  assert.equal(note.claims.find((c) => c.quantity.raw === '3.35 TB/s')!.evaluation.verdict, 'consistent', "the footnote's own chip comes first");
});

test('audit round: "(x vs y)" after two chips, a system named alone, chips "at" a figure, a fleet\'s quoted power', () => {
  // Before: both figures were held to the H100 (the last chip named) and the 192 GB reported inconsistent.
  const pair = claims('MI300X has 2.4x the HBM of an H100 (192 GB vs 80 GB).');
  assert.deepEqual(pair.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
  assert.equal(claimFor('B200 is ~43% more power than H100 (1,000 W vs 700 W).', /1,000 W/).evaluation.verdict, 'consistent');
  // Before: 1.6 PB/s was held to one Rubin GPU's 22 TB/s.
  assert.equal(claimFor('Vera Rubin NVL72: 3.6 EFLOPS FP4 inference, 20.7 TB HBM4, 1.6 PB/s.', /PB\/s/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('GB200 NVL72: 2 PB/s of HBM bandwidth.', /PB\/s/).evaluation.verdict, 'inconsistent', "held to the rack's 576 TB/s");
  // Before: the 1 kW was held to 72,000 × 1 kW.
  assert.equal(claimFor('72,000 B200s at 1 kW = 72 MW.', /^1 kW/).evaluation.verdict, 'consistent');
  // A site's power: the GPUs' TDP is its floor, up to 2.8× with hosts, networking and cooling.
  const site = claimFor('xAI Colossus: 100k H100s, 150 MW from the grid once cooling is counted.', /150 MW/);
  assert.equal(site.evaluation.verdict, 'consistent');
  assert.match(site.evaluation.reason, /2\.14× the GPUs' TDP/);
  assert.equal(claimFor('100k H100s draw 7 MW.', /7 MW/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Eight H100s at full TDP draw 9 kW.', /9 kW/).evaluation.verdict, 'inconsistent', '"TDP" holds it to the TDP sum');
});

test('audit round: shards on "8×H100", a compared model, "FLOPs" counts, active weights, reading bytes over several GPUs', () => {
  assert.equal(claimFor('Llama 3.1 405B FP8 on 8×H100: ~51 GB of weights per GPU.', /51 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 405B FP8 sharded on 8×H100 puts ~405 GB of weights on each GPU.', /405 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('DeepSeek-V3 has 37B active, so per token it costs about 74 GFLOPs, like a 37B dense model.', /dense model/).evaluation.verdict, 'unverifiable');
  // Before: "131 TFLOPs" was a rate and held to the H100's 989 TFLOP/s.
  assert.equal(claimFor('On an H100, an 8k-token prompt is 2 × 8B × 8,192 ≈ 131 TFLOPs of work.', /131/).evaluation.verdict, 'consistent');
  // Before: 25.8 GB of active weights was held to all 93.4 GB, and the time left unverifiable.
  const mixtral = claims('Mixtral 8x7B at batch 1 on an H100 reads 25.8 GB of active weights per token in BF16, so ~7.7 ms per token.');
  assert.deepEqual(mixtral.map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
  const ds = claimFor("Batch-1 decode of DeepSeek-V3 reads ~37 GB of active FP8 weights; on 8×H200 that's a ~1 ms lower bound.", /1 ms/);
  assert.equal(ds.evaluation.verdict, 'consistent');
  assert.match(ds.evaluation.derivation.join('\n'), /÷ 8 GPUs reading their shares at once/);
  const all = claims("At large batch every expert gets hit, so a Mixtral 8x7B decode step reads all 93 GB: on one H200 that's ~19 ms.");
  assert.deepEqual(all.map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
});

test('audit round: KV of many sequences, prefill intensity, CJK ratios, per-link figures, link labels, systems in headings', () => {
  assert.equal(claimFor("At batch 256 with 4k context on 8×H100, Llama 3.1 70B's KV reads add ~344 GB.", /344/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('For DeepSeek-V3, 100 users at 32k context hold ~230 GB of KV cache.', /230/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('For DeepSeek-V3, 100 users at 32k context each hold ~2.3 GB of KV cache.', /2\.3/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Prefill of a 2k prompt runs at ~2,000 FLOP/byte of weights in BF16.', /2,000/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('B200のHBM帯域は8TB/sで、H100の約2.4倍。', /倍/).evaluation.verdict, 'consistent');
  // Before: 50 GB/s was held to NVLink 4's 900 GB/s; "4 links" was a count.
  const links = claims('Each H100 has 18 NVLink 4 links at 50 GB/s = 900 GB/s.');
  assert.equal(links.find((c) => c.quantity.raw === '50 GB/s')!.evaluation.verdict, 'consistent');
  assert.ok(!links.some((c) => c.quantity.raw === '4 links'));
  // Before: 1,640 GB/s was held to the ICI link named after it.
  assert.equal(claimFor('Trillium: 32 GB HBM, 1,640 GB/s, ICI 800 GB/s bidirectional.', /1,640/).evaluation.verdict, 'consistent');
  assert.equal(claimFor("Per direction: 900 GB/s of NVLink 5 per B200, double Hopper's 450 GB/s.", /450/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('4 DGX B200 per rack = 57.2 kW, need the 60 kW rear-door HX.', /57\.2/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('4 DGX B200 per rack = 57.2 kW, need the 60 kW rear-door HX.', /60 kW/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('Copying 80 GB over PCIe Gen5 x16 takes ~0.6 s.', /0\.6/).evaluation.verdict, 'inconsistent', '80 GB ÷ 64 GB/s = 1.25 s');
  assert.equal(claims('Ridge points (FLOP/byte, BF16 dense): H100 ≈ 295, B200 ≈ 281, MI300X ≈ 247.').length, 3);
  const section = analyzeNote('n', '# GTC\n\n## GB200 NVL72\n\n- The rack draws about 40 kW.\n- 13.4 TB of HBM3e and 576 TB/s.\n');
  assert.deepEqual(section.claims.map((c) => c.evaluation.verdict), ['inconsistent', 'consistent', 'consistent']);
});

test('audit round: a per-user rate is not made from chip counts or TP; "instead of" compares precisions; a system figure it lacks is its chips\'', () => {
  // Before: "8 ÷ 5.3 ms" (TP=8) made 1,510 tokens/s per user: 190 was inconsistent, 1,500 consistent.
  assert.equal(claimFor('On an 8x H100 node with TP=8, a batch-1 decode step for Llama 3.1 70B is about 5.3 ms, so roughly 190 tokens/s per user.', /190/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('On 8×H100 with TP=8, a batch-1 decode step for Llama 3.1 70B is about 5.3 ms, so roughly 1,500 tokens/s per user.', /1,500/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('An FP8 KV cache halves it: for Llama 3.1 70B at 128k context that is 21.5 GB instead of 43 GB.', /^43 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('DGX B200: 72 PFLOPS FP8 dense for training.', /72/).evaluation.verdict, 'inconsistent', '8 × 4.5 = 36 PFLOPS dense; 72 is sparse');
});

test('"N ms per token" of a named model is its decode step; "6·N·D" is the training-compute formula', () => {
  assert.equal(claimFor('Llama 3.1 405B FP8 on 8×H100: ~4 ms per token at batch 1.', /4 ms/).evaluation.verdict, 'inconsistent', '405 GB ÷ 26.8 TB/s = 15.1 ms');
  assert.equal(claimFor('Llama 3.1 8B on one H100: 4.8 ms per token.', /4\.8 ms/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 405B: 6·N·D with 15.6T tokens = 3.8e25 FLOPs.', /3\.8e25/).evaluation.verdict, 'consistent');
});

test('a sum in parentheses is one operand of written arithmetic', () => {
  // Before: 61 × 512 × 64 × 2 = 4 MB/token, and the correct 70,272 B was reported inconsistent.
  const mla = claimFor('DeepSeek-V3 uses MLA: 61 layers × (512 + 64) × 2 bytes = 70,272 bytes per token', /70,272/);
  assert.equal(mla.evaluation.verdict, 'consistent');
  assert.match(mla.evaluation.derivation.join('\n'), /61 layers × \(512 \+ 64\) × 2 bytes/);
  assert.equal(claimFor('(1 + 3) × 80 GB = 480 GB', /480/).evaluation.verdict, 'inconsistent');
});

test('a bare number far from the optimal batch is an operand, not the batch', () => {
  // Before: both 32s were held to DeepSeek-V3's optimal batch on H100 (5.36K) and reported inconsistent.
  const note = analyzeNote('n', '# DeepSeek-V3\n\n- Sparsity is 256/8 = 32, so the optimal batch on H100 ≈ 295 × 32 ≈ 9,400 tokens.\n');
  assert.ok(note.claims.every((c) => c.evaluation.verdict !== 'inconsistent'));
});

test('memory left on a node is the node\'s total unless said per GPU; what the hardware has is no weights figure', () => {
  const node = claims('A full 8x H200 node has 1.13 TB; DeepSeek-V3 in FP8 — 671 GB — fits with ~460 GB left.');
  // Before: 1.13 TB was held to the 671 GB of weights, and ~460 GB to one GPU's 57 GB left.
  assert.deepEqual(node.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
  assert.equal(claimFor('Weights per GPU with TP=8 leave ~57 GB on each H200 for DeepSeek-V3 in FP8.', /57/).evaluation.verdict, 'consistent');
});

test('a KV figure counting every layer of a sliding-window model is the naive cache, also accepted', () => {
  assert.equal(claimFor('gpt-oss-120b KV cache is ~72 KB per token in BF16.', /72 KB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('gpt-oss-120b KV cache is ~37 KB per token in BF16.', /37 KB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('gpt-oss-120b KV cache is ~150 KB per token in BF16.', /150 KB/).evaluation.verdict, 'inconsistent');
});

test('training audit: labelled sums, assignments, expressions that go on, weights in parentheses, runs\' token ratios, other models, goodput', () => {
  assert.equal(claimFor('Mixed precision with Adam: 2 (bf16 weights) + 2 (grads) + 12 (fp32 master, m, v) = 16 bytes per parameter.', /16 bytes/).evaluation.verdict, 'consistent');
  // (An assignment is no result: a variable's value is no claim at all.)
  assert.ok(!claims("Activations are s·b·h·(34 + 5·a·s/h) bytes; for s=4096 that's a lot.").some((c) => /4096/.test(c.quantity.raw) && c.evaluation.verdict === 'inconsistent'), 'an assignment is no result');
  assert.notEqual(claimFor('At 50 GB/s per GPU the same 140 GB takes 2 × 140 GB / 50 GB/s ≈ 5.6 s.', /^140 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('8× 400G NICs = 3.2 Tb/s of scale-out bandwidth.', /3\.2/).evaluation.verdict, 'consistent', 'a noun before "=" is no variable');
  assert.equal(claimFor('Llama 3.1 70B weights in bf16 fit on 2 H100s (141 GB of weights vs 160 GB of HBM).', /141/).evaluation.verdict, 'consistent');
  const note = analyzeNote('n', '---\nmodel: Llama 3.1 8B\n---\n\n- Chinchilla compute for a 70B model: 6 × 70B × 1.4T = 5.9e23 FLOPs.\n- Llama 3.1 8B saw 15T tokens, ~1,900 tokens per parameter.\n- The model has 80B parameters.\n');
  const by = (raw: RegExp) => note.claims.find((c) => raw.test(c.quantity.raw))!;
  assert.equal(by(/70B model/).evaluation.verdict, 'unverifiable', "another model than the frontmatter's");
  assert.equal(by(/1,900/).evaluation.verdict, 'consistent', "a run's own ratio, 15T ÷ 8B");
  assert.equal(by(/80B/).evaluation.verdict, 'inconsistent', "still the note's model");
  assert.equal(claimFor('Losing 10 min per failure at one failure every 3 h gives ~94% goodput.', /94%/).evaluation.verdict, 'consistent');
  assert.equal(analyzeNote('d', '---\ntitle: x\ndraft: yes\n---\nbody\n').draft, true);
});

test('GPU-hours are GPUs × time in hours; "× 24 h" beside days is the conversion', () => {
  // Before: read as 16,384 × 54 days ÷ 24 h and reported inconsistent.
  assert.equal(claimFor('16,384 GPUs × 54 days × 24 h = 21.2M GPU-hours.', /21\.2M/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('16,384 GPUs × 54 days = 30M GPU-hours.', /30M/).evaluation.verdict, 'inconsistent');
});

test('audit 8: a chip the catalog lacks keeps its own figures, even beside a generation name ("RTX PRO 6000 Blackwell", "B100 … Blackwell")', () => {
  for (const [sentence, raw] of [
    ['The RTX PRO 6000 Blackwell has 96 GB of GDDR7 at 1.8 TB/s, 600 W.', /96 GB/],
    ['DGX Spark (GB10 Grace Blackwell) has 128 GB of unified LPDDR5x at 273 GB/s.', /273/],
    ['Jetson AGX Thor (Blackwell GPU): 128 GB, 273 GB/s.', /128 GB/],
    ['B100 was the 700 W Blackwell: 192 GB HBM3e, 8 TB/s.', /192 GB/],
  ] as const) {
    const c = claimFor(sentence, raw);
    assert.equal(c.evaluation.verdict, 'unverifiable', sentence);
    assert.match(c.evaluation.reason, /not in the catalog/, sentence);
  }
  // A generation compared with such a chip is still that generation's chip.
  assert.equal(claimFor('Gaudi 3 vs Hopper: Hopper has 80 GB.', /80 GB/).evaluation.verdict, 'consistent');
});

test('audit 8: "8-bit" and "4-bit" are precisions, each sentence of a list item its own; GGUF file sizes are no precision', () => {
  const all = claims('- Llama 3.1 8B: BF16 weights: 16 GB. 8-bit: 8 GB. 4-bit: about 4 GB (Q4_K_M file is 4.9 GB).');
  const by = (raw: RegExp) => all.find((c) => raw.test(c.quantity.raw))!;
  for (const [raw, gb] of [[/^16 GB/, 16], [/^8 GB/, 8], [/about 4 GB/, 4]] as const) {
    const c = by(raw);
    assert.equal(c.evaluation.verdict, 'consistent', String(raw));
    assert.ok(Math.abs(c.evaluation.modelValue! / 1e9 - gb) / gb < 0.02, `${raw}: ${c.evaluation.modelValue}`);
  }
  assert.equal(by(/4\.9 GB/).evaluation.verdict, 'unverifiable');
  assert.match(by(/4\.9 GB/).evaluation.reason, /GGUF/);
  assert.equal(claimFor('Llama 3.1 70B at 8-bit is 35 GB of weights.', /35 GB/).evaluation.verdict, 'inconsistent');
});

test('audit 8: "dense" and "per direction" in other languages; French byte units', () => {
  assert.equal(claimFor('Die B200 schafft 9 PFLOPS FP8 dicht.', /9 PFLOPS/).evaluation.verdict, 'inconsistent', 'dicht = dense: 4.5 PFLOPS');
  assert.equal(claimFor('H200のBF16性能は1979TFLOPS（密）。', /1979/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('NVLink 4 del H100: 900 GB/s por dirección.', /900/).evaluation.verdict, 'inconsistent', 'per direction: 450 GB/s');
  assert.equal(claimFor('PCIe Gen5 x16 haalt 128 GB/s per richting.', /128/).evaluation.verdict, 'inconsistent');
  const fr = claimFor('Le H100 SXM a 80 Go de HBM3 à 3,35 To/s.', /3,35/);
  assert.equal(fr.quantity.unit, 'B/s');
  assert.equal(fr.evaluation.verdict, 'consistent');
  assert.equal(claimFor('Le TPU v5p a 95 Gio de HBM.', /95 Gio/).quantity.value, 95 * 1024 ** 3);
});

test('a figure labelled as memory is no link\'s; a line ending in "says" wraps onto the next', () => {
  assert.equal(claimFor('The H100 datasheet puts HBM3 at 3.35 TB/s, and the GB200 NVL72 page says 130 TB/s of NVLink across the rack.', /3\.35/).evaluation.verdict, 'consistent');
  const wrapped = analyzeNote('n', '# x\n\nThe GB200 NVL72 page says\n130 TB/s of NVLink across the rack.\n').claims[0]!;
  assert.equal(wrapped.evaluation.verdict, 'consistent');
});

test('audit 8: numbers as other languages write them', () => {
  const value = (sentence: string, raw: RegExp) => claimFor(sentence, raw).quantity.value;
  // Dots for thousands where a decimal comma or the language says so.
  assert.equal(value('Um pod v5p tem 8.960 chips e chega a 4,11 EFLOPS em BF16.', /8\.960/), 8960);
  assert.equal(claimFor('Um pod v5p tem 8.960 chips e chega a 4,11 EFLOPS em BF16.', /4,11/).evaluation.verdict, 'consistent');
  assert.equal(value('Die B200 braucht 1.000 W.', /1\.000/), 1000);
  assert.equal(value('The H100 has 3.35 TB/s and costs 1.000 dollars?', /1\.000/), 1, 'English keeps the decimal point');
  // A decimal comma after thousands or four digits.
  assert.equal(value('El MI300X ofrece 1.307,4 TFLOPS en BF16 denso y 2.614,9 TFLOPS en FP8.', /1\.307,4/), 1307.4e12);
  assert.equal(claimFor('El MI300X ofrece 1.307,4 TFLOPS en BF16 denso y 2.614,9 TFLOPS en FP8.', /2\.614,9/).evaluation.verdict, 'consistent', 'FP8 is the second clause’s');
  assert.equal(value('Der MI300X liefert 1307,4 TFLOPS.', /1307,4/), 1307.4e12);
  // Space thousands before a product sign.
  assert.equal(claimFor('16 384 × 700 W ≈ 11,5 MW', /11,5/).evaluation.verdict, 'consistent');
  // Magnitude words.
  assert.equal(value('Llama 3.1 405B hat 405 Mrd. Parameter.', /Mrd/), 405e9);
  assert.equal(value('Llama 3.1 405B tem 405 bilhões de parâmetros.', /bilh/), 405e9);
  assert.equal(value('DeepSeek-V3は6710億パラメータ。', /億/), 671e9);
  assert.equal(value('Zużywa 15,6 mln watów.', /mln/), 15.6e6);
  // "each" and "layers" in other languages; "Mrd." does not end the sentence.
  assert.equal(claimFor('Um pod v5p tem 8.960 chips com 95 GiB cada.', /95 GiB/).evaluation.verdict, 'consistent', 'per chip, not the pod');
  assert.equal(claimFor('Llama 3.1 405B hat 126 Schichten.', /126/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 70B ma 64 warstwy.', /64/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Llama 3.1 405B hat 405 Mrd. Parameter.', /Mrd/).evaluation.verdict, 'consistent');
});

test('audit 8: "14.30 Uhr" is a time, in schedules and tables with headers in other languages', () => {
  const note = analyzeNote('n', '# Programm\n\n- 14.30 Uhr | Tensor-Parallelität – Anna Schmidt (TUM)\n- Der Vortrag beginnt um 14.30 Uhr.\n\n| Tijd | Spreker | Titel |\n|---|---|---|\n| 13.00 uur | Sanne de Vries (TU Delft) | Sparsity |\n');
  assert.deepEqual(note.claims.map((c) => c.quantity.raw), [], 'no time is a claim');
  assert.deepEqual(
    note.talks.map((t) => [t.time, t.title, t.speakers.map((s) => `${s.name} (${s.affiliation})`).join(', ')]),
    [
      ['14.30 Uhr', 'Tensor-Parallelität', 'Anna Schmidt (TUM)'],
      ['13.00 uur', 'Sparsity', 'Sanne de Vries (TU Delft)'],
    ],
  );
});

test('audit 8: what a named system draws is its own power, not the sum of its GPUs’ TDP', () => {
  const c = claimFor('DGX H100: 8 x 700 W = 5.6 kW for the system.', /5\.6 kW/);
  assert.equal(c.evaluation.verdict, 'inconsistent');
  assert.equal(c.evaluation.modelValue, 10.2e3);
  assert.match(c.evaluation.reason, /GPU TDP alone is 5\.6 kW/);
  assert.equal(claimFor('DGX B200 has 8 GPUs at 1 kW each, so the whole box draws ~8 kW.', /8 kW/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('A DGX H100 draws about 5.6 kW.', /5\.6/).evaluation.verdict, 'inconsistent', 'nearer the system’s 10.2 kW than a GPU’s 700 W');
  assert.equal(claimFor('DGX H100: 8 x 700 W = 5.6 kW of GPU power.', /5\.6 kW/).evaluation.verdict, 'consistent', 'the GPUs’ sum, said as such');
});

test('audit 8: a node named by its system decodes on all its GPUs; memory left on "8×H100" is HBM less the weights', () => {
  const c = claimFor('Llama 3.1 405B in FP8 on a DGX B200 (64 TB/s aggregate) decodes at ~160 tokens/s at batch 1.', /160/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.derivation.join('\n'), /8 × 8 TB\/s/);
  assert.equal(claimFor('Llama 3.1 405B in FP8 is 405 GB; on one 8×H100 node (640 GB) that leaves ~235 GB for KV cache.', /235/).evaluation.verdict, 'consistent');
});

test('audit 8: bits and bytes, GB and GiB: conversions are exact, a NIC is no 400 GB/s', () => {
  assert.equal(claimFor('XDR is 800 Gb/s, i.e. 200 GB/s per port.', /200 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('XDR is 800 Gb/s, i.e. 100 GB/s per port.', /100 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Each ConnectX-7 NIC gives you 400 GB/s per GPU.', /400 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The H100 has 80 GiB, which is about 74.5 GB.', /74\.5/).evaluation.verdict, 'inconsistent', '"about" is rounding, not GB read as GiB');
  assert.equal(claimFor('The H100 has 80 GiB, which is about 86 GB.', /86 GB/).evaluation.verdict, 'consistent');
});

test('audit 8: whose figure it is: totals, possessives, board parts, comparisons, layer counts', () => {
  assert.equal(claimFor('DeepSeek-V3 has 37B active of 671B total.', /671B/).evaluation.verdict, 'consistent');
  assert.equal(claimFor("Llama 3.1 405B in BF16 is 810 GB, which does not fit in a DGX H100's 640 GB.", /640/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Dense FP4 on the HGX B200 part is 9 PFLOPS.', /9 PFLOPS/).evaluation.verdict, 'consistent');
  for (const raw of [/256 GB/, /6 TB\/s/, /1000 W/]) assert.equal(claimFor('MI325X: same compute as the MI300X, 256 GB of HBM3e at 6 TB/s, 1000 W.', raw).evaluation.verdict, 'consistent', String(raw));
  assert.equal(claimFor("B300 has 288 GB of HBM3e per GPU, 50% more than B200's 192 GB.", /192/).evaluation.verdict, 'consistent', "B200's own figure");
  const layers = claimFor('Llama 3.3 70B has the same architecture as Llama 3.1 70B: 80 layers, 8 KV heads.', /80 layers/);
  assert.equal(layers.evaluation.verdict, 'consistent');
  assert.match(layers.subject, /layers/);
  assert.equal(claimFor('Llama 3.1 8B KV cache is 128 KB per token in BF16, i.e. ~1 GB at 8k context.', /1 GB/).evaluation.verdict, 'consistent');
  // An accented name is no InfiniBand ("Ibáñez" once read as "IB").
  assert.equal(claimFor('According to Oksana Ibáñez, MI325X memory bandwidth is 6 TB/s.', /6 TB/).evaluation.verdict, 'consistent');
});

test('audit 8: off-catalog hardware named in a note keeps the default chip out', () => {
  const c = claimFor('Compared with the H100, the 3090 has 936 GB/s.', /936 GB/);
  assert.equal(c.evaluation.verdict, 'unverifiable');
  assert.match(c.evaluation.reason, /RTX 3090/);
  // (The 4090 was the example until the catalog got it: now its own 1,008 GB/s, not the H100's.)
  const rtx = claimFor('Compared with the H100, the 4090 has 1 TB/s.', /1 TB/);
  assert.equal(rtx.evaluation.verdict, 'consistent');
  assert.match(rtx.subject, /RTX 4090/);
  const note = analyzeNote('m', '# llama.cpp on the M3 Max\n\nThe M3 Max has 400 GB/s of memory bandwidth.\n\n## Llama 3.1 70B\n\n- Decode of Llama 3.1 70B runs at ~7.5 tok/s.\n');
  const decode = note.claims.find((x) => /7\.5/.test(x.quantity.raw))!;
  assert.equal(decode.evaluation.verdict, 'unverifiable', 'not the default H100');
  assert.match(decode.evaluation.reason, /Apple M-series \(named earlier in the note\)/);
  assert.equal(claimFor('DeepSeek-R1-Distill-Qwen-7B fits on a 16 GB T4 at 8-bit (~7.6 GB).', /7\.6/).evaluation.verdict, 'unverifiable', 'a distill is not DeepSeek-R1');
  // A Grace Blackwell superchip holds two GPUs.
  assert.equal(claimFor('The GB200 Superchip carries 372 GB of HBM3e across its two GPUs.', /372/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The GB200 Superchip carries 186 GB of HBM3e per GPU.', /186/).evaluation.verdict, 'consistent');
});

test('audit 9: a count of chips counts its own chip; a GiB reading is close or nothing', () => {
  assert.equal(claimFor('TPU v6e pods reach 235 PFLOPS across 256 chips, and the H100 has 80 GB.', /80 GB/).evaluation.verdict, 'consistent', 'no 256 H100s');
  assert.equal(claimFor('One NVL72 rack has 72 Blackwell GPUs and 36 Grace CPUs, with 13.5 TB of HBM3e.', /13\.5/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('MI325X: 288 GB of HBM3E.', /288/).evaluation.verdict, 'inconsistent', "the MI355X's figure, not 256 GB read as GiB (275 GB)");
  assert.equal(claimFor('The B200 has 192 GB of HBM3e.', /192/).evaluation.verdict, 'consistent', '180 GiB');
});

test('note tools: comments, bracket math, org code blocks, macros, block refs and ids, metadata properties and task markers are no prose', () => {
  const text = readFileSync(path.join(fixturesDir, 'notes', 'note-tool-syntax.md'), 'utf8');
  for (const parser of ['fast', 'remark'] as const) {
    const note = analyzeNote('n', text, { parser });
    assert.deepEqual(
      note.claims.map((c) => c.quantity.raw),
      ['288 GB', '8 TB/s', '180 GB', '8 TB/s', '192 GiB', '7.37 TB/s', '141 GB', '288 GB'],
      parser,
    );
    // Subjects are read from the prose alone: no block id, marker or property key in them.
    const subjects = note.claims.map((c) => c.subject);
    assert.ok(subjects.every((s) => !/mi355x-mem|TODO|NOW|notes|65f1a2b3/.test(s)), subjects.join(' / '));
    assert.deepEqual(note.links.filter((l) => l.kind === 'wikilink'), [], 'a macro holds no wikilink');
  }
});

test('audit 9: tables: header units as last words, "(B)" of parameters, footnote marks, direction labels; round datasheet figures', () => {
  const note = analyzeNote(
    't',
    [
      '# Specs',
      '',
      '| Chip | HBM (GB) | BF16 dense TFLOPS | BW TB/s | TDP (W) |',
      '|---|---|---|---|---|',
      '| H100 SXM | 80 | 989 | 3.35 | 700 |',
      '| H200 | 141* | 989 | 4.8 | 1000¹ |',
      '',
      '| Model | Params (B) | Active (B) |',
      '|---|---|---|',
      '| DeepSeek-V3 | 671 | 37 |',
      '',
      '| Link | H100 | B200 |',
      '|---|---|---|',
      '| NVLink (bidir) | 900 GB/s | 900 GB/s |',
      '',
      '| Link | Per direction |',
      '|---|---|',
      '| NVLink 5 | 1.8 TB/s |',
    ].join('\n'),
  );
  const at = (line: number, raw: string) => note.claims.find((c) => c.quantity.raw.startsWith(raw) && note.lineStarts[line - 1]! <= c.quantity.span.start && c.quantity.span.start < (note.lineStarts[line] ?? Infinity))!;
  assert.equal(at(5, '989').quantity.unit, 'FLOP/s');
  assert.equal(at(5, '989').evaluation.verdict, 'consistent');
  assert.equal(at(5, '3.35').evaluation.verdict, 'consistent');
  assert.equal(at(6, '141').evaluation.verdict, 'consistent', 'the footnote mark is no digit');
  assert.equal(at(6, '1000').evaluation.verdict, 'inconsistent', 'the H200 is 700 W');
  assert.equal(at(10, '671').evaluation.verdict, 'consistent', '671B parameters, not 671 bytes');
  assert.equal(at(10, '37').evaluation.verdict, 'consistent', 'an "Active" column is the active parameters');
  assert.equal(at(14, '900').evaluation.verdict, 'consistent');
  assert.equal(note.claims.filter((c) => c.quantity.raw.startsWith('900'))[1]!.evaluation.verdict, 'inconsistent', "B200's NVLink 5 is 1.8 TB/s both ways");
  assert.equal(at(18, '1.8').evaluation.verdict, 'inconsistent', 'per direction it is 900 GB/s');
  // A round datasheet figure is the figure rounded: "5 TB/s" is the MI300X's 5.3, "6 TB/s" is not.
  assert.equal(claimFor('The MI300X has 5 TB/s of HBM bandwidth.', /5 TB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The MI300X has 6 TB/s of HBM bandwidth.', /6 TB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The MI355X reaches 10 TB/s.', /10 TB/).evaluation.verdict, 'inconsistent');
});

test('audit 9: a table cell names its own chip; a per-GPU column is one chip’s; a system’s draw the catalog lacks is no TDP', () => {
  const plan = analyzeNote('p', '---\nhardware: H200\n---\n# Plan\n\n| Option | GPU |\n|---|---|\n| A | H100 (80 GB) |\n| C | MI300X (192 GB) |\n');
  assert.deepEqual(plan.claims.map((c) => c.evaluation.verdict), ['consistent', 'consistent'], 'not the frontmatter H200');
  const nodes = analyzeNote('n', '# Nodes\n\n| System | HBM / GPU | HBM / node | Node power |\n|---|---|---|---|\n| DGX H100 | 80 GB | 640 GB | 10.2 kW |\n| DGX H200 | 141 GB | 1,128 GB | 10.2 kW |\n');
  assert.deepEqual(
    nodes.claims.map((c) => `${c.quantity.raw}: ${c.evaluation.verdict}`),
    ['80 GB: consistent', '640 GB: consistent', '10.2 kW: consistent', '141 GB: consistent', '1,128 GB: consistent', '10.2 kW: unverifiable'],
  );
});

test('audit 9: newest hardware: dies and packages, whole domains, many links, POD and pod totals, attention layers', () => {
  const v = (sentence: string, raw: RegExp) => claimFor(sentence, raw).evaluation.verdict;
  assert.equal(v('Vera Rubin NVL144 packs 144 Rubin GPU packages.', /144 Rubin/), 'inconsistent', '72 packages, 144 dies');
  assert.equal(v('Rubin Ultra NVL576 has 576 GPU packages.', /576 GPU/), 'inconsistent');
  assert.equal(v('Vera Rubin NVL72 has 144 GPUs in one NVLink domain.', /144 GPUs/), 'inconsistent', 'the NVL72 name counts packages');
  assert.equal(v('Vera Rubin NVL144 has 144 GPUs.', /144 GPUs/), 'consistent', 'the GTC 2025 name counted dies');
  assert.equal(v('Rubin Ultra NVL576 has 576 GPU dies.', /576 GPU/), 'consistent');
  assert.equal(v('NVLink 5 gives 130 TB/s across the NVL72 domain.', /130/), 'consistent');
  assert.equal(v('The HGX B300 8-GPU board has 14.4 TB/s of total NVLink.', /14\.4/), 'consistent');
  assert.equal(v('72 ConnectX-9 SuperNICs: 14.4 TB/s per direction.', /14\.4/), 'consistent');
  assert.equal(v("The Vera Rubin POD's 1,152 GPUs have 4.1 PB/s of total NVLink bandwidth.", /4\.1/), 'consistent');
  assert.equal(v('The 9,216-chip Ironwood superpod holds 1.9 PB of HBM.', /1\.9 PB/), 'consistent');
  assert.equal(v('gpt-oss-120b has 18 full-attention layers.', /18/), 'consistent');
  assert.equal(v('GB300 does 15 PFLOPS dense FP4, vs 10 PFLOPS dense on GB200.', /^10/), 'consistent', "the GB200's, named after the figure");
  assert.equal(v('GB300 NVL72 draws 1.4 MW per rack.', /1\.4 MW/), 'inconsistent', '142 kW');
  assert.equal(v('gpt-oss-120b active weights in FP4 are about 2.6 GB.', /2\.6/), 'consistent', 'the 5.1B active parameters');
  assert.equal(v('DeepSeek-R1 in FP4 fits on two B300s (576 GB) with ~240 GB left for KV cache.', /240/), 'consistent');
  const pod = analyzeNote('p', '---\nhardware: Ironwood\n---\nThe full superpod delivers 42.5 exaflops of BF16.\n\n- TPU v5p: 459 TFLOPS BF16; a pod is 8,960 chips.\n').claims;
  assert.deepEqual(pod.map((c) => `${c.quantity.raw}: ${c.evaluation.verdict}`), ['42.5 exaflops: inconsistent', '459 TFLOPS: consistent', '8,960 chips: consistent'], "a bare pod is the chip's pod, in its own clause");
});

test('HTML blocks (Notion exports): their text is prose, their markup and <pre>/<code>/<script> are not, in both parsers', () => {
  const text = [
    '# Trainium2',
    '',
    '<aside>💡 Trainium2 has 96 GiB of HBM at 2.9 TB/s.</aside>',
    '',
    '<table>',
    '<tr><th>Chip</th><th>HBM</th></tr>',
    '<tr><td>TPU v5p</td><td>95 GiB</td><td>3.2 TB/s</td></tr>',
    '</table>',
    '',
    '<pre>hbm = 288 GB</pre>',
    '',
    '<!-- the H100 has 40 GB -->',
    '',
  ].join('\n');
  for (const parser of ['fast', 'remark'] as const) {
    const claims = analyzeNote('n', text, { parser }).claims;
    assert.deepEqual(claims.map((c) => `${c.quantity.raw}: ${c.evaluation.verdict}`), ['96 GiB: consistent', '2.9 TB/s: consistent', '95 GiB: consistent', '3.2 TB/s: inconsistent'], parser);
  }
});

test('audit 9: "400G InfiniBand" is NDR and a line rate in bits; a slot number is no talk time', () => {
  assert.equal(claimFor('400G InfiniBand is 50 GB/s per direction.', /50 GB/).evaluation.verdict, 'consistent');
  const talks = analyzeNote('t', '# Lightning talks\n\n| Slot | Speaker | Title |\n|---|---|---|\n| 1 | Jane Doe (Meta) | KV at scale |\n| 2 | Ana Ruiz (BSC) | Sparse kernels |\n').talks;
  assert.deepEqual(talks.map((t) => [t.time, t.title]), [[null, 'KV at scale'], [null, 'Sparse kernels']]);
});

test('audit 10: "the former" and "the latter", a bare NVL72 rack beside its chip, a correction in the next sentence', () => {
  const pairs = analyzeNote('p', '# Racks\n\nThe GB200 NVL72 has 13.4 TB of HBM in total; the GB300 NVL72 has 20 TB. Each GPU in the latter has 288 GB, each GPU in the former 186 GB.\n').claims;
  assert.deepEqual(pairs.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent', 'consistent']);
  const models = analyzeNote('m', '# Weights\n\nDeepSeek-V3 and Llama 3.1 405B. In FP8 the former\'s weights are 671 GB and the latter\'s are 405 GB.\n').claims;
  assert.deepEqual(models.map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
  assert.equal(claimFor("The GB300 variant in the NVL72 rack is different: it's rated at 15 PFLOP/s of dense FP4.", /15/).evaluation.verdict, 'consistent', "the GB300's, not the GB200 rack's");
  const edit = analyzeNote('e', "# GTC\n\nThe speaker claimed the H200 was 5.2 TB/s. Edit: it's actually 4.8 TB/s.\n").claims;
  assert.deepEqual(edit.map((c) => c.evaluation.verdict), ['unverifiable', 'consistent']);
  assert.match(edit[0]!.evaluation.reason, /corrected in the next sentence/);
  // "Actually" before another chip's figure corrects nothing.
  assert.equal(analyzeNote('a', '# x\n\nThe H100 has 80 GB. Actually the B200 has 180 GB.\n').claims[0]!.evaluation.verdict, 'consistent');
});

test('audit 10: a paragraph ending with a colon is the parent of the list after it', () => {
  const note = analyzeNote('l', '# Llama 3.1 70B on H100\n\nSame exercise for the A100 80GB:\n\n- HBM: 80 GB\n- bandwidth 2.04 TB/s\n\nAnd if the model were Llama 3.1 8B instead:\n\n1. weights: 16 GB\n2. decode on the A100 is about 128 tokens/s\n');
  assert.deepEqual(note.claims.map((c) => `${c.quantity.raw}: ${c.evaluation.verdict}`), ['80 GB: consistent', '2.04 TB/s: consistent', '16 GB: consistent', 'about 128 tokens/s: consistent']);
});

test('audit 10: fullwidth digits and units, and a zero-width space, read as ASCII', () => {
  // (The claim's text is read from the prose, where the fullwidth forms are ASCII.)
  assert.equal(claimFor('H200のHBMは１４１ＧＢ。', /141/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The H100 has 80\u200bGB.', /80/).quantity.unit, 'B');
});

test('slash-joined dense/sparse figures are each checked against their own datasheet figure', () => {
  const all = claims('The H100 does 989/1979 TFLOPS of BF16 dense/sparse.');
  assert.deepEqual(all.map((c) => [c.quantity.raw, c.evaluation.verdict]), [
    ['989', 'consistent'],
    ['1979 TFLOPS', 'consistent'],
  ]);
  assert.match(all[1]!.subject, /sparse/);
  // Sparse stated for both: each is half its sparse figure. (This path once threw on a shared, frozen evaluation.)
  const sparse = claims('B200: 2.25/4.5 PFLOPS FP16/FP8 sparse');
  assert.deepEqual(sparse.map((c) => c.evaluation.verdict), ['inconsistent', 'inconsistent']);
});

test('"9x less memory than Ironwood" is judged as the inverse ratio (12.9× less), not as 116× too high', () => {
  const wrong = claimFor('The v5e has 9x less memory than Ironwood.', /9x/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(wrong.evaluation.modelValue! - 206 / 16) < 0.2, String(wrong.evaluation.modelValue));
  assert.ok(wrong.evaluation.ratio! > 0.6 && wrong.evaluation.ratio! < 0.8);
  assert.equal(claimFor('The v5e has 13x less memory than Ironwood.', /13x/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The H100 is 1.4x slower than the H200 on memory-bound decode.', /1\.4x/).evaluation.verdict, 'consistent');
});

test('per-GPU vs per-rack power: the GB300 named on its own keeps its 1,400 W; the rack said to draw 1,400 W is inconsistent', () => {
  const chip = claimFor("The GB300 variant in the NVL72 rack is different: it's rated at 15 PFLOP/s of dense FP4 and 1,400 W.", /1,400 W/);
  assert.equal(chip.evaluation.verdict, 'consistent');
  assert.equal(chip.evaluation.modelValue, 1400);
  const rack = claimFor('The GB300 NVL72 rack draws 1,400 W.', /1,400 W/);
  assert.equal(rack.evaluation.verdict, 'inconsistent');
  assert.match(rack.evaluation.reason, /one GB300.*TDP, not the GB300 NVL72's draw/);
  assert.equal(claimFor('The GB300 NVL72 rack draws 142 kW.', /142 kW/).evaluation.verdict, 'consistent');
});

test('how many chips a model takes: ⌈weights ÷ HBM⌉, fewer is inconsistent; "fits on" and serving are at least it', () => {
  const few = claimFor("DeepSeek-V3's weights in FP8 alone need 5 H100s.", /^5$/);
  assert.equal(few.evaluation.verdict, 'inconsistent');
  assert.equal(few.evaluation.modelValue, 9);
  assert.match(few.evaluation.reason, /cannot hold 671 GB/);
  assert.equal(claimFor('Llama 3.1 70B in BF16 needs 2 H100s just for the weights.', /^2$/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 70B weights in BF16 need 8 H100s.', /^8$/).evaluation.verdict, 'inconsistent', 'the weights take 2, not 8');
  assert.equal(claimFor('You need at least 8 H100s to serve Llama 3.1 405B in FP8.', /8/).evaluation.verdict, 'consistent');
  const fit = claimFor('Llama 3.1 405B in FP8 (405 GB) would fit on 3 GPUs of the GB200 NVL72.', /3 GPUs/);
  assert.equal(fit.evaluation.verdict, 'consistent', 'not the rack\'s 72 GPUs');
  assert.equal(fit.evaluation.modelValue, 3);
  assert.equal(claims('We bought 5 H100s for the Llama 3.1 70B team.').length, 0, 'a purchase is no claim');
});

test('"-fold" and multipliers in other languages ("2,4-fache", "2,4 fois", "1,76 veces", "fois moins") compare two chips', () => {
  for (const [sentence, raw] of [
    ['The MI300X has 2.4-fold the memory of the H100.', /2\.4-fold/],
    ['Der MI300X hat die 2,4-fache Speichermenge des H100.', /2,4-fache/],
    ['Le MI300X a 2,4 fois plus de mémoire que le H100.', /2,4 fois/],
    ['El H200 tiene 1,76 veces más memoria que el H100.', /1,76 veces/],
    ['Le H100 a 2,4 fois moins de mémoire que le MI300X.', /2,4 fois/],
  ] as const) {
    const c = claimFor(sentence, raw);
    assert.equal(c.evaluation.verdict, 'consistent', `${sentence}: ${c.evaluation.reason}`);
    assert.match(c.subject, /HBM capacity/);
  }
  assert.equal(claimFor('The MI300X has 4-fold the memory of the H100.', /4-fold/).evaluation.verdict, 'inconsistent');
});

test('written operators bind their figures: "6 × 405B FLOPs" is divided by as a whole, so ×6 cannot pass for ÷6', () => {
  const wrong = claimFor('At 400 TFLOPS per GPU, 6 × 405B FLOPs per token gives ~5,900 tokens/s per GPU.', /5,900/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(wrong.evaluation.modelValue! - 164.6) < 1, String(wrong.evaluation.modelValue));
  assert.match(wrong.evaluation.derivation.join(' '), /÷ \(6 × 405B FLOPs per token\)/);
  assert.equal(claimFor('At 400 TFLOPS per GPU, 6 × 405B FLOPs per token gives ~165 tokens/s per GPU.', /165/).evaluation.verdict, 'consistent');
});

test('a chip\'s own figure beside a fleet count ("each with a 700 W TDP", "each at 312 TFLOPS") is per chip; "of GPU TDP" is the chips\' sum', () => {
  assert.equal(claimFor('16,384 H100s, each with a 700 W TDP.', /700 W/).evaluation.modelValue, 700);
  assert.equal(claimFor('16,384 H100 80GB (SXM, 700 W TDP), 8 per server.', /700 W/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('25,000 A100s, each at 312 TFLOPS BF16.', /312/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The 16,384 H100s draw 11.5 MW of TDP.', /11\.5 MW/).evaluation.verdict, 'consistent', 'the fleet total still is the sum');
  const sum = claimFor('In a GB200 NVL72, 72 GPUs at 1.2 kW each, i.e. about 86 kW of GPU TDP; the whole rack with Grace CPUs and switches is about 120 kW.', /86 kW/);
  assert.equal(sum.evaluation.verdict, 'consistent', sum.evaluation.reason);
  assert.equal(claimFor('A GB200 NVL72 holds 120 kW of GPU TDP.', /120 kW/).evaluation.verdict, 'inconsistent', 'its GPUs\' TDP is 86.4 kW');
});

test('"the Vera Rubin rack" is the rack, and a rack\'s draw in another clause says nothing of the chip\'s', () => {
  const rack = claimFor('The Vera Rubin rack has about 3.6 exaflops of FP4 inference.', /3\.6/);
  assert.equal(rack.evaluation.verdict, 'consistent', rack.evaluation.reason);
  assert.match(rack.subject, /Vera Rubin NVL72/);
  const chip = claimFor('The B200 draws 1 kW; the rack draws 120 kW.', /^1 kW/);
  assert.equal(chip.evaluation.verdict, 'consistent', chip.evaluation.reason);
  assert.equal(claimFor('Each B200 is 1,000 W TDP; a GB200 NVL72 rack is ~120-132 kW.', /1,000 W/).evaluation.modelValue, 1000);
});

test('"Blackwell" in a rack-scale statement is the rack\'s chip (GB200, GB300), not the HGX B200', () => {
  const rack = claimFor("The rack is 72 Blackwell GPUs; it delivers 1.4 exaflops of FP4 per rack (that's with sparsity).", /1\.4 exaflops/);
  assert.equal(rack.evaluation.verdict, 'consistent', rack.evaluation.reason);
  assert.match(rack.subject, /GB200 NVL72 sparse FP4/);
  const gb300 = claimFor('GB300 NVL72 is now the majority of Blackwell shipments, and each rack has 72 GPUs with 288 GB of HBM3e apiece, about 20 TB of HBM per rack.', /^288 GB/);
  assert.equal(gb300.evaluation.verdict, 'consistent', gb300.evaluation.reason);
  assert.match(claimFor('Blackwell has 8 TB/s of HBM bandwidth.', /8 TB/).subject, /B200/, 'alone, Blackwell is still the B200');
});

test('a product written out is checked whatever marks its result: "comes to", "is", a comma and "about"', () => {
  const comes = claimFor('131,072 × 288 GB comes to about 3.8 PB.', /3\.8 PB/);
  assert.equal(comes.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(comes.evaluation.modelValue! - 37.75e15) < 0.1e15);
  assert.doesNotMatch(comes.evaluation.reason, /bits written/, 'a slip of 10 is no bits-for-bytes slip');
  assert.equal(claimFor('100k × 80 GB is 8 PB of HBM.', /8 PB/).evaluation.verdict, 'consistent');
  const comma = claimFor('64 × 667 TFLOPS, about 83 PFLOPS of BF16 for the Trn2 UltraServer.', /83 PFLOPS/);
  assert.equal(comma.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(comma.evaluation.modelValue! - 42.69e15) < 0.1e15);
});

test('audit 11 serving: a variant named "of H100", a model size set off by commas, and arithmetic after a capitalised word', () => {
  assert.equal(claimFor('(H800 is the export variant of H100, with NVLink cut to 400 GB/s.)', /400 GB/).evaluation.verdict, 'unverifiable', 'the H800, not the H100');
  const draft = claimFor('The draft is Llama 3.1 8B in BF16, about 16 GB, which takes ~4.8 ms per token on one H100.', /16 GB/);
  assert.equal(draft.evaluation.verdict, 'consistent', draft.evaluation.reason);
  assert.match(draft.subject, /weights of Llama 3\.1 8B/);
  assert.equal(claimFor('Llama 3.1 8B, 80 GB H100s and more.', /80 GB/).evaluation.verdict, 'consistent', 'a chip\'s figure after a bare comma stays the chip\'s');
  const sparsity = claims('Sparsity 671 ÷ 37 ≈ 18; times an H200 ridge of ~206 gives an optimal batch around 3,700 sequences.');
  assert.equal(sparsity.find((c) => c.quantity.raw === '37')?.evaluation.verdict, 'unverifiable', 'a divisor is no ridge point');
  assert.equal(sparsity.find((c) => c.quantity.raw === '≈ 18')?.evaluation.verdict, 'consistent');
});

test('training state and checkpoints: weights and Adam states at 16 (14 without gradients) bytes a parameter; "Mixtral" alone is the 8x7B', () => {
  const checkpoint = claimFor('A Llama 3 8B checkpoint with full optimizer state is about 16 GB.', /16 GB/);
  assert.equal(checkpoint.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(checkpoint.evaluation.modelValue! - 8.03e9 * 14) < 2e9, String(checkpoint.evaluation.modelValue));
  assert.equal(claimFor('Llama 3.1 405B training state with Adam states is ~6.5 TB.', /6\.5 TB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Mixtral decode at batch 1 reads ~26 GB of active weights in BF16.', /26 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Mixtral 8x22B has 141B parameters.', /141B/).evaluation.verdict, 'unverifiable', 'the 8x22B is not the 8x7B');
});

test('model counts by their words: "256 routed experts" is the total, experts held per GPU are a layout, "layers grow with context" are the full-attention ones', () => {
  assert.equal(claimFor('DeepSeek-V3 has 256 routed experts.', /256/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Each GPU holds 2 routed experts of DeepSeek-V3.', /2 routed/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('DeepSeek-V3 routes each token to 8 active experts.', /8 active/).evaluation.verdict, 'consistent');
  assert.equal(claimFor("Half of gpt-oss-120b's 36 layers use full attention, so 18 layers grow with context.", /18 layers/).evaluation.verdict, 'consistent');
});

test('reading weights: one GPU\'s stated share, a named model\'s weights over its GPUs, and no token rate from a chip count', () => {
  const share = claimFor('Spread over 8×H100 with TP=8 the same model reads ~8.8 GB per GPU per step, about 2.6 ms, so the single-user ceiling is ~380 tokens/s.', /2\.6 ms/);
  assert.equal(share.evaluation.verdict, 'consistent', share.evaluation.reason);
  assert.notEqual(claimFor('Spread over 8×H100 with TP=8 the same model reads ~8.8 GB per GPU per step, about 2.6 ms, so the single-user ceiling is ~380 tokens/s.', /380/).evaluation.verdict, 'inconsistent', 'not 8 ÷ 2.6 ms');
  const all = claimFor("Reading all of DeepSeek-V3's FP8 weights once on 8×H200 takes ~17 ms per step.", /17 ms/);
  assert.equal(all.evaluation.verdict, 'consistent', all.evaluation.reason);
  assert.ok(Math.abs(all.evaluation.modelValue! - 0.0175) < 0.0005);
  assert.equal(claimFor('Llama 3.1 70B in int8 (~70 GB) across a v5e-8 reads ~8.8 GB per chip per step: ~11 ms per step.', /11 ms/).evaluation.verdict, 'consistent', 'the nearest bytes, one chip\'s');
  assert.equal(claimFor('8×H100 at 2,500 tokens/s per GPU = 20,000 tokens/s.', /20,000/).evaluation.verdict, 'consistent', 'a per-GPU rate times the chips');
});

test('interconnect figures: "inter-chip interconnect", "talks to every other", a figure per direction, and a link named right after its figure', () => {
  for (const [sentence, raw] of [
    ['TPU v5p inter-chip interconnect: 4,800 Gbps per chip in the original docs, now written as 1,200 GB/s bidirectional.', /4,800/],
    ['TPU v5p inter-chip interconnect: 4,800 Gbps per chip in the original docs, now written as 1,200 GB/s bidirectional.', /1,200/],
    ['Within one HGX H100 (N = 8, 450 GB/s per direction) the ring all-reduce is fast.', /450/],
    ['In a GB200 NVL72 every GPU talks to every other at 1.8 TB/s.', /1\.8/],
    ['An HGX H100 has 8 GPUs with 900 GB/s NVLink each, 450 GB/s per direction.', /900/],
    ['An HGX H100 has 8 GPUs with 900 GB/s NVLink each, 450 GB/s per direction.', /450/],
  ] as const) {
    const c = claimFor(sentence, raw);
    assert.equal(c.evaluation.verdict, 'consistent', `${sentence} ${raw}: ${c.evaluation.reason}`);
    assert.match(c.subject, /ICI|NVLink/);
  }
});

test('"400 TFLOPS per H100 is about 40% of the 989 TFLOPS peak": an achieved figure and its share of the peak', () => {
  const all = claims('So 400 TFLOPS per H100 is about 40% of the 989 TFLOPS peak.');
  assert.deepEqual(all.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
  assert.equal(claimFor('So 400 TFLOPS per H100 is about 60% of the 989 TFLOPS peak.', /60%/).evaluation.verdict, 'inconsistent');
});

test('"A 24,576-H100 cluster is about 24 exaflops of dense BF16" is the fleet\'s compute', () => {
  const c = claimFor('A 24,576-H100 cluster is about 24 exaflops of dense BF16, or about 48 exaflops at FP8 dense.', /48 exaflops/);
  assert.equal(c.evaluation.verdict, 'consistent', c.evaluation.reason);
  assert.match(c.subject, /24\.6K × H100/);
});

test("an MoE's sparsity is total ÷ active parameters, and its optimal batch that many times a dense model's", () => {
  const wrong = claims("Qwen3-235B-A22B has a sparsity of about 20, so its optimal batch is ~20× a dense model's.");
  assert.deepEqual(wrong.map((c) => c.evaluation.verdict), ['inconsistent', 'inconsistent']);
  assert.ok(Math.abs(wrong[0]!.evaluation.modelValue! - 235 / 22) < 0.1);
  const right = claims("Qwen3-235B-A22B has a sparsity of about 11, so its optimal batch is ~11× a dense model's.");
  assert.deepEqual(right.map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
  assert.equal(claimFor("DeepSeek-V3's sparsity is about 18.", /18/).evaluation.verdict, 'consistent');
});

test('tokens per day from GPUs × a per-GPU rate, shown in the claim\'s own period', () => {
  const wrong = claimFor('A 1,000-GPU B200 cluster at 5,000 tok/s per GPU is about 43B tokens per day.', /43B/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.match(wrong.evaluation.derivation.join(' '), /432B tokens per day/);
  assert.equal(claimFor('A 1,000-GPU B200 cluster at 5,000 tok/s per GPU is about 430B tokens per day.', /430B/).evaluation.verdict, 'consistent');
  assert.match(claimFor('10,000 GPUs × 1,500 tok/s ÷ 86,400 s/day ≈ 1.3 trillion tokens per day.', /1\.3 trillion/).evaluation.derivation.join(' '), /15M tokens\/s/, 'a per-day figure held per second says so');
});

test('audit 11 training: "call it", a PUE, a supercomputer, a claim the note calls wrong, and measurements listed', () => {
  const ridge = claimFor('Two and a half petaflops dense BF16 over 8 TB/s, call it 310 FLOPs per byte.', /310/);
  assert.equal(ridge.evaluation.verdict, 'consistent');
  assert.ok(Math.abs(ridge.evaluation.modelValue! - 312.5) < 1, 'the figures written, not the default H100');
  assert.equal(claimFor('The IT load is 115 MW, and with a PUE of 1.3 that is about 150 MW at the meter.', /150 MW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The IT load is 115 MW, and with a PUE of 1.3 that is about 250 MW at the meter.', /250 MW/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor("Ironwood's 42.5 exaflops is far above El Capitan's ~1.7 exaflops.", /1\.7/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor("The H100 doing 1.9 PFLOPS dense BF16 is a claim you'll see in forum posts, but it's wrong.", /1\.9/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor("The speaker's measured speedups: 2.5× at batch 1, 1.6× at batch 16, ~1.0× at batch 128.", /1\.0×/).evaluation.verdict, 'unverifiable');
});

test('a prompt\'s intensity beside the chip\'s ridge named in another clause is the prompt\'s', () => {
  const all = claims("A 2k-token prompt in BF16 runs at about 2,000 FLOP/byte of weights, far above the H100's ~295 ridge.");
  assert.equal(all.find((c) => /2,000/.test(c.quantity.raw))!.evaluation.verdict, 'consistent');
  assert.equal(all.find((c) => /295/.test(c.quantity.raw))!.evaluation.verdict, 'consistent');
});

test('a rate under a "per user" or "per GPU" column header is per user or per GPU', () => {
  const note = analyzeNote('t.md', '| Setup | per user | batch | per GPU |\n|---|---|---|---|\n| Llama 3.1 70B FP8, 8×H100, batch 64 | ~35 tok/s | 64 | ~280 tok/s |\n');
  const user = note.claims.find((c) => c.quantity.raw === '~35 tok/s')!;
  assert.equal(user.quantity.per, 's/user');
  assert.equal(user.evaluation.verdict, 'consistent', 'at most 1 ÷ the 2.63 ms step, not the replica\'s 24K tokens/s');
  assert.equal(note.claims.find((c) => c.quantity.raw === '~280 tok/s')!.quantity.per, 's/gpu');
});

test('session 9 regressions found by diffing old audits: each keeps its earlier, right verdict', () => {
  const verdict = (s: string, raw: RegExp) => claimFor(s, raw).evaluation.verdict;
  assert.notEqual(verdict('B200 has a 10 TB/s chip-to-chip link.', /10 TB/), 'inconsistent', 'the die-to-die link is no NVLink');
  assert.equal(verdict('DeepSeek-V3 has 8 routed experts active per token.', /^8/), 'consistent');
  assert.equal(verdict("The B200 draws 1,000 W vs the H100's 700 W, ~43% more.", /43%/), 'consistent');
  const counted = claimFor('DeepSeek-V3 goes on H200 boxes. Its FP8 weights need 5 H100s.', /^5$/);
  assert.equal(counted.evaluation.verdict, 'inconsistent', 'sized against the H100s the count names');
  assert.equal(verdict('10,000 H100s × 1,500 tok/s ≈ 1.3 trillion tokens per day.', /1\.3 trillion/), 'consistent');
  assert.equal(verdict('DeepSeek-V3 sparsity is 671 ÷ 37 ≈ 18.', /^671$/), 'unverifiable', 'an operand is no sparsity');
  assert.notEqual(verdict('400,000 GB200 GPUs / 72 per rack ≈ 5,560 racks.', /400,000/), 'inconsistent');
  assert.equal(verdict("Het cluster van 24.576 H100's verbruikt zo'n 17,2 MW.", /17,2 MW/), 'consistent');
  assert.notEqual(verdict('DGX H100: 8 x 700 W = 5.6 kW for the system.', /700 W/), 'inconsistent');
  assert.equal(verdict('Each B200 has 180 GB of HBM and the NVL72 rack has 130 TB/s of NVLink.', /180 GB/), 'consistent');
  assert.equal(verdict('Blackwell Ultra has 288 GB, 50% more than GB200.', /288 GB/), 'consistent');
  assert.equal(verdict('In the GB300 NVL72, scale-up vs scale-out per GPU: 1.8 TB/s NVLink against 100 GB/s is an 18x gap.', /1\.8 TB/), 'consistent');
  assert.equal(verdict('A GB200 Superchip (2 Blackwell GPUs) has 372 GB.', /372 GB/), 'consistent');
  assert.equal(verdict('Llama 3.1 405B in FP8 needs 100 H100s.', /100/), 'inconsistent', 'a requirement far above what the weights take');
  assert.equal(verdict('DeepSeek-V3 at batch 1 on 8×H200 reads ~37 GB per step:\nso ~1,000 tokens/s for one user.', /1,000/), 'consistent', 'the bytes stated say FP8');
  const answer = analyzeNote('q.md', '**Q: Llama 3.1 405B in FP8 with TP=8?**\nA: ~51 GB per GPU.\n').claims[0]!;
  assert.notEqual(answer.evaluation.verdict, 'inconsistent', 'a per-GPU answer is no whole model');
});

test('on-chip caches and per-SM figures are unverifiable, never read as HBM or the chip\'s peak', () => {
  for (const [sentence, raw] of [
    ['H100 L2 cache is 80 GB', /80 GB/],
    ['MI325X Infinity Cache: 256 GB (unchanged from MI300X)', /256 GB/],
    ['H100 L2 bandwidth ~5.5 TB/s in a microbenchmark someone posted, ~1.6x HBM', /5\.5/],
    ['each H100 SM delivers 989 TFLOPS BF16', /989/],
    ['H100 has 80 GB of HBM3 and a 50 MB L2.', /50 MB/],
  ] as const) assert.equal(claimFor(sentence, raw).evaluation.verdict, 'unverifiable', sentence);
  assert.equal(claimFor('H100 has 80 GB of HBM3 and a 50 MB L2.', /80 GB/).evaluation.verdict, 'consistent', 'the HBM figure beside it stays checked');
});

test('shares of peak: the figure after "of" is the peak, the share is checked within 10%, and "~50% of the BF16 peak" reads the figure before it as achieved', () => {
  const split = claims('on H100 the split-KV kernel hits 2.9 TB/s of 3.35 TB/s, 87% of HBM bandwidth');
  assert.deepEqual(split.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
  assert.equal(claimFor('on H100 the split-KV kernel hits 2.9 TB/s of 3.35 TB/s, 99% of HBM bandwidth', /99%/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('up to 740 TFLOPS BF16 on H100 SXM ≈ 85% utilization', /85%/).evaluation.verdict, 'inconsistent', '74.8%, not 85%');
  assert.equal(claimFor('230 TFLOPS out of 312 TFLOPS = 74% of peak on A100', /312/).evaluation.verdict, 'consistent', 'the peak is no achieved figure');
  const fa2 = claims('so FA2 on H100 SXM is roughly 350 TFLOPS fwd, i.e. ~50% of the BF16 peak');
  assert.deepEqual(fa2.map((c) => c.evaluation.verdict), ['consistent', 'inconsistent'], '350 is achieved; 35%, not 50%');
});

test('"A vs B: 1307 vs 989 TFLOPS": the bare figure takes the unit after the other, and each is its own chip\'s', () => {
  const all = claims('MI300X vs H100 on paper: 1307 vs 989 TFLOPS ≈ 1.3x, 5.3 vs 3.35 TB/s ≈ 1.6x');
  assert.deepEqual(all.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent', 'consistent', 'consistent', 'consistent']);
  assert.match(all[0]!.subject, /MI300X/);
  assert.match(all[1]!.subject, /H100/);
  assert.deepEqual(parseQuantities('from 2 vs 3 GPUs').map((q) => q.unit), ['', ''], 'counts are no unit pair');
});

test('a GEMM\'s or a decode batch\'s intensity is the workload\'s, even beside "below ridge"', () => {
  // No GEMM model and no ridge point: the arithmetic as written is what is checked.
  const gemm = claimFor('M=N=K=4096 → 4096/3 ≈ 1365 FLOP/byte', /1365/);
  assert.equal(gemm.kind, 'arithmetic');
  assert.equal(gemm.evaluation.verdict, 'consistent');
  assert.equal(claimFor('M=N=K=4096 → 4096/3 ≈ 2000 FLOP/byte', /2000/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('batch 64 decode: 64 FLOP/byte → still below ridge on every chip here', /64 FLOP/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The H100 ridge point is about 295 FLOP/byte.', /295/).evaluation.verdict, 'consistent');
});

test('systems told as chips and chips as systems: N racks ≈ N × 72 GPUs, N GPUs ≈ N ÷ 72 racks', () => {
  const cases: [string, RegExp, Claim['evaluation']['verdict'], number][] = [
    ['At 1 GW you can power about 6,667 GB200 NVL72 racks ≈ 480,000 GPUs.', /480,000/, 'consistent', 480_024],
    ['Ten NVL72 racks (720 GPUs) arrived.', /720 GPUs/, 'consistent', 720],
    ['32 DGX H100 nodes = 256 GPUs', /256/, 'consistent', 256],
    ['16 DGX B200 = 64 GPUs', /64 GPUs/, 'inconsistent', 128],
    ['2 Vera Rubin NVL144 racks = 288 GPUs', /288/, 'consistent', 288],
    ["xAI's 100k GPUs are ~1,389 NVL72 racks.", /1,389/, 'consistent', 100_000 / 72],
    ['100,000 GPUs, or about 14,000 NVL72 racks', /14,000/, 'inconsistent', 100_000 / 72],
  ];
  for (const [sentence, raw, verdict, model] of cases) {
    const c = claimFor(sentence, raw);
    assert.equal(c.evaluation.verdict, verdict, sentence);
    assert.ok(Math.abs(c.evaluation.modelValue! - model) < 1e-6 * model, `${sentence}: ${c.evaluation.modelValue}`);
  }
  assert.match(claimFor('At 1 GW you can power about 6,667 GB200 NVL72 racks ≈ 480,000 GPUs.', /480,000/).evaluation.derivation.join('\n'), /6,667 × GB200 NVL72 \(72 accelerators each\) = 480,024 accelerators/);
  // Not a restatement: another chip, or two counts side by side.
  assert.notEqual(claimFor('4 DGX H100 nodes or 64 A100 GPUs', /64/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('We have 4 DGX H100 nodes and 48 GPUs in the lab.', /48/).evaluation.verdict, 'unverifiable');
});

test('a fleet count × per-chip power × PUE: "100,000 H100s at 700 W with a PUE of 1.3" is 91 MW, not 910 W', () => {
  const low = claimFor('100,000 H100s at 700 W with a PUE of 1.3 draw 70 MW.', /70 MW/);
  assert.equal(low.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(low.evaluation.modelValue! - 91e6) < 1);
  assert.match(low.evaluation.derivation.join('\n'), /100,000 × 700 W × PUE 1\.3 = 91 MW/);
  assert.equal(claimFor('100,000 H100s at 700 W with a PUE of 1.3 draw 91 MW.', /91 MW/).evaluation.verdict, 'consistent');
  // Hosts and networking add to the chips' power: up to HOSTS_FACTOR more is no error, far more is.
  assert.equal(claimFor('100,000 H100s at 700 W with a PUE of 1.3 draw about 150 MW.', /150 MW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('100,000 H100s at 700 W with a PUE of 1.3 draw about 300 MW.', /300 MW/).evaluation.verdict, 'inconsistent');
});

test('tokens/s from a compute rate ÷ (factor × parameters), written out', () => {
  const train = claimFor('Training Llama 3 70B on one H100 at 40% MFU: 989 TFLOPS × 0.4 ÷ (6 × 70B) ≈ 940 tokens/s.', /940/);
  assert.equal(train.evaluation.verdict, 'consistent');
  assert.match(train.evaluation.derivation.join('\n'), /989 TFLOPS × 0\.4 ÷ \(6 × 70B\) = 942 tokens\/s/);
  const wrong = claimFor('Prefill on an H100: 989 TFLOPS ÷ (2 × 8B params) ≈ 6,200 tokens/s.', /6,200/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(wrong.evaluation.modelValue! - 989e12 / 16e9) < 1);
  assert.equal(wrong.evaluation.modelText, '61.8K tokens/s');
});

test('a per-token KV figure, then a context, then the total: the total is the per-sequence cache', () => {
  const ok = claimFor("Llama 3 70B's KV cache is 320 KB per token, so a 128k context takes about 40 GB.", /40 GB/);
  assert.equal(ok.evaluation.verdict, 'consistent');
  assert.match(ok.evaluation.derivation.join('\n'), /328 KB × 128K tokens = 41\.9 GB per sequence/);
  assert.equal(claimFor("Llama 3 70B's KV cache is 320 KB per token, so a 128k context takes about 4 GB.", /4 GB/).evaluation.verdict, 'inconsistent');
  // The per-token figure itself stays per token.
  assert.equal(claimFor("Llama 3 70B's KV cache is 320 KB per token, so a 128k context takes about 40 GB.", /320 KB/).evaluation.verdict, 'consistent');
});

test('chained "≈ racks ≈ GPUs": each link from the one before it, with the system\'s size', () => {
  const ok = claimFor("A 1 GW campus at PUE 1.25 gives 800 MW of IT; at 120 kW per GB200 NVL72 rack that's ≈ 6,667 racks ≈ 480,000 GPUs.", /480,000/);
  assert.equal(ok.evaluation.verdict, 'consistent');
  const wrong = claimFor('At 142 kW per GB300 NVL72, 500 MW of IT ≈ 3,521 racks ≈ 506,000 GPUs.', /506,000/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.equal(wrong.evaluation.modelValue, 3521 * 72);
  const racks = claimFor('100 MW ÷ 1.2 kW per GB200 ≈ 83,000 GPUs ≈ 2,300 NVL72 racks.', /2,300/);
  assert.equal(racks.evaluation.verdict, 'inconsistent');
  assert.match(racks.evaluation.derivation.join('\n'), /83,000 accelerators ÷ 72 per GB200 NVL72 = ≈ 1,153 systems/);
  assert.equal(claimFor('100 MW ÷ 1.2 kW per GB200 ≈ 83,000 GPUs ≈ 1,160 NVL72 racks.', /1,160/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('100 MW ÷ 1.2 kW per GB200 ≈ 83,000 GPUs ≈ 1,160 NVL72 racks.', /83,000/).evaluation.verdict, 'consistent');
});

test('"A beats/upgrades/doubles B … with/to N": N is the subject chip\'s, not the one it is set against', () => {
  const cases: [string, RegExp, string][] = [
    ['MI355X beats the B200 with 288 GB of HBM3E.', /288 GB/, 'amd-mi355x'],
    ['The MI325X upgrades the MI300X to 256 GB of HBM3E.', /256 GB/, 'amd-mi325x'],
    ["Ironwood more than doubles v5p's HBM bandwidth to 7.37 TB/s.", /7\.37/, 'google-tpu7x-ironwood'],
    ['Trainium2 trails H100 with 667 TFLOPS BF16.', /667/, 'aws-trainium2'],
    ['v6e doubles ICI over v5e to 800 GB/s bidirectional.', /800/, 'google-tpu-v6e'],
  ];
  for (const [sentence, raw] of cases) assert.equal(claimFor(sentence, raw).evaluation.verdict, 'consistent', sentence);
  // A figure after the compared chip in a list of both keeps its own chip.
  assert.equal(claimFor('The H200 improves on the H100 with 4.8 TB/s vs 3.35 TB/s.', /3\.35/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('MI355X beats the B200 with 180 GB of HBM3E.', /180 GB/).evaluation.verdict, 'inconsistent');
});

test('capacity planning: the weights in parentheses after the model, and the sequences the memory left holds', () => {
  const s = 'H200 (141 GB) serving Llama 3 70B in FP8 (70 GB): ~71 GB left, which fits about 13 sequences at 32k context.';
  const weights = claimFor(s, /^70 GB/);
  assert.equal(weights.evaluation.verdict, 'consistent');
  assert.match(weights.subject ?? '', /weights of Llama 3\.1 70B/);
  const sequences = claimFor(s, /13 sequences/);
  assert.equal(sequences.evaluation.verdict, 'inconsistent');
  assert.equal(sequences.evaluation.modelValue, 6);
  assert.equal(claimFor('TPU v5e (16 GB) with Llama 3 8B in int8 (8 GB) leaves 8 GB.', /\(8 GB|^8 GB/).evaluation.verdict, 'consistent');
  const many = claimFor('8× B200 (1.44 TB total) with Llama 3.1 405B in FP8 (405 GB) leaves about 1,035 GB, i.e. about 15 sequences at 128k context.', /15 sequences/);
  assert.equal(many.evaluation.verdict, 'consistent');
  assert.equal(many.evaluation.modelValue, 15);
  // A chip's own figure in parentheses stays the chip's.
  assert.equal(claimFor('one 8×H200 node (1,128 GB total) holds DeepSeek-V3', /1,128/).evaluation.verdict, 'consistent');
});

test('a precision or sparsity named for another figure, later in the sentence or in an aside, is not this one\'s', () => {
  const s = 'The H100 SXM number is dense BF16, 989 TFLOPS; the sparse figure is 1,979 TFLOPS.';
  assert.equal(claimFor(s, /^989/).evaluation.verdict, 'consistent');
  assert.equal(claimFor(s, /1,979/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('B200 FP4 dense is 9 PFLOPS (FP8 is half that).', /9 PFLOPS/).evaluation.verdict, 'consistent');
  assert.match(claimFor('MI355X FP4 dense: 10 PFLOPS (FP6 runs at the same rate).', /10 PFLOPS/).subject ?? '', /FP4/);
  // A parenthesis of qualifiers alone is the figure's own.
  assert.equal(claimFor('MI355X: 2.5 PFLOPS (BF16, dense) and 10 PFLOPS FP4.', /2\.5/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('B200: 9 PFLOPS (dense FP8) is what NVIDIA quotes.', /9 PFLOPS/).evaluation.verdict, 'inconsistent');
});

test('a bare factor after a division multiplies ("10.2 kW ÷ 8 × 1.4"); a factor with a unit or noun joins the divisor ("÷ 6 × 70B")', () => {
  assert.equal(claimFor('A DGX H100 draws 10.2 kW, so each GPU is 10.2 kW ÷ 8 × 1.4 PUE ≈ 1.8 kW all-in.', /1\.8 kW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('A DGX H100 draws 10.2 kW, so each GPU is 10.2 kW ÷ 8 × 1.4 PUE ≈ 0.9 kW all-in.', /0\.9 kW/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('400 TFLOPS ÷ 6 × 405B FLOPs per token ≈ 165 tokens/s', /165/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('989 TFLOPS × 0.4 ÷ 6 × 70B ≈ 940 tokens/s', /940/).evaluation.verdict, 'consistent');
});

test('serving cost: a price per GPU with the throughput of all of them counts every GPU', () => {
  const low = claimFor('Llama 3 70B on 8× H100 at $2/GPU-hour with 3,000 tokens/s aggregate: about $0.19 per million tokens.', /0\.19/);
  assert.equal(low.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(low.evaluation.modelValue! - (16 / 3600 / 3000)) < 1e-12);
  assert.equal(claimFor('An 8× H100 node at $2/GPU-hour serving 3,000 tokens/s costs about $1.48 per million tokens.', /1\.48/).evaluation.verdict, 'consistent');
  // Per GPU, or each GPU's own throughput: one GPU's price over one GPU's tokens.
  assert.equal(claimFor('At $2/GPU-hour and 3,000 tokens/s per GPU, that\'s about $0.19 per million tokens.', /0\.19/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('8 H100s at $2/GPU-hour, each doing 3,000 tokens/s: about $0.19 per million tokens.', /0\.19/).evaluation.verdict, 'consistent');
});

test('N GPUs × TDP × PUE written out, the PUE named before or after its number', () => {
  for (const s of ['100,000 H100s × 700 W × PUE 1.3 = 91 MW.', '100,000 H100s × 700 W × 1.3 PUE = 91 MW.', 'A 32,768-GPU B200 cluster at 1 kW TDP and PUE 1.2 draws about 39 MW.']) {
    const c = claimFor(s, /MW/);
    assert.equal(c.evaluation.verdict, 'consistent', s);
  }
  for (const s of ['100,000 H100s × 700 W × PUE 1.3 = 70 MW.', '100,000 H100s × 700 W × 1.3 PUE = 70 MW.', 'A 32,768-GPU B200 cluster at 1 kW TDP and PUE 1.2 draws about 3.9 MW.']) {
    assert.equal(claimFor(s, /MW/).evaluation.verdict, 'inconsistent', s);
  }
  assert.equal(claimFor('GB300 at 1,400 W × PUE 1.25 = 1,750 W per GPU at the facility.', /1,750/).evaluation.verdict, 'consistent');
});

test('a link named by its family ("Infinity Fabric") is the named chip\'s own link of that family', () => {
  assert.equal(claimFor('Infinity Fabric on the MI355X is 1.07 TB/s bidirectional.', /1\.07/).evaluation.verdict, 'consistent');
  assert.equal(claimFor("The MI355X's Infinity Fabric gives 1.07 TB/s.", /1\.07/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Infinity Fabric on the MI300X is 896 GB/s.', /896/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Infinity Fabric on the MI300X is 1.07 TB/s.', /1\.07/).evaluation.verdict, 'inconsistent');
});

test('"A GB200 NVL72 rack has 8 TB/s": a system said to have one chip\'s figure is caught against the system total', () => {
  const rack = claimFor('A GB200 NVL72 rack has 8 TB/s of HBM bandwidth.', /8 TB\/s/);
  assert.equal(rack.evaluation.verdict, 'inconsistent');
  assert.match(rack.evaluation.reason, /one .*'s figure, not the GB200 NVL72's/);
  assert.equal(claimFor('A GB200 NVL72 rack has 576 TB/s of HBM bandwidth.', /576/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('A TPU v5e pod has 16 GB of HBM.', /16 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The DGX H100 has 8 H100s with 80 GB each.', /80 GB/).evaluation.verdict, 'consistent');
});

test('N systems by a generic noun ("32 DGX (256 GPUs)") and N systems "at X each": the count scales the system\'s figures', () => {
  const s = 'A DGX H100 is 10.2 kW; a SuperPOD of 32 DGX (256 GPUs) draws about 163 kW.';
  assert.equal(claimFor(s, /256 GPUs/).evaluation.verdict, 'consistent');
  const power = claimFor(s, /163 kW/);
  assert.equal(power.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(power.evaluation.modelValue! - 32 * 10.2e3) < 1);
  assert.equal(claimFor('32 DGX H100 nodes at 10.2 kW each draw about 326 kW.', /326 kW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('32 DGX H100 nodes at 10.2 kW each draw about 326 kW.', /10\.2 kW/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('1,000 GB200 NVL72 racks at ~120 kW each need 120 MW.', /120 MW/).evaluation.verdict, 'consistent');
});

test('decode tokens/s beside a stated bandwidth: "does … at N tokens/s per GPU", "per chip", and chips the catalog lacks', () => {
  assert.equal(claimFor('The A100 at 2.04 TB/s does Llama 3 8B in BF16 at roughly 255 tokens/s per GPU.', /255/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The A100 at 2.04 TB/s does Llama 3 8B in BF16 at roughly 127 tokens/s per GPU.', /127/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('TPU v5e has 819 GB/s, so Llama 3 8B in int8 (8 GB) decodes at ~102 tokens/s per chip.', /102/).evaluation.verdict, 'consistent');
  // An uncatalogued chip: the statement's own bandwidth ÷ the model's weights, not ÷ the chip's memory.
  const rtx = claimFor('The RTX 3090 is 24 GB at 936 GB/s, so Llama 3 8B in BF16 decodes at ~58 tokens/s.', /58/);
  assert.equal(rtx.evaluation.verdict, 'consistent');
  assert.match(rtx.evaluation.derivation.join('\n'), /936 GB\/s \(as stated\) ÷ 16 GB = 58\.5 tokens\/s/);
  // (The L40S was the example until the catalog got it: now its own 864 GB/s makes the roofline.)
  const l40s = claimFor('The L40S is 48 GB at 864 GB/s, so Llama 3 8B in BF16 decodes at ~54 tokens/s.', /54/);
  assert.equal(l40s.evaluation.verdict, 'consistent');
  assert.match(l40s.evaluation.derivation.join('\n'), /16 GB ÷ 864 GB\/s = 18\.5 ms/);
  assert.equal(claimFor('A Gaudi 3 with 3.7 TB/s would do Llama 3 8B in BF16 at ~460 tokens/s.', /460/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('A Gaudi 3 at 3.7 TB/s decodes Mixtral 8x7B in BF16 at ~143 tokens/s.', /143/).evaluation.verdict, 'consistent');
});

test('bare numbers multiplied, the unit written on the result: "4 × 3.35 = 13.4 TB/s aggregate"', () => {
  const agg = claimFor('Llama 3 70B in BF16 with TP=4 on H100s: 4 × 3.35 = 13.4 TB/s aggregate ÷ 141 GB ≈ 95 tokens/s per replica.', /13\.4/);
  assert.equal(agg.evaluation.verdict, 'consistent');
  assert.equal(claimFor('8 × 80 = 640 GB of HBM', /640/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('8 × 80 = 540 GB of HBM', /540/).evaluation.verdict, 'inconsistent');
  // Over one chip's figure only as that figure times a count; a fleet's total keeps its catalog check.
  assert.equal(claimFor('TP=4 on H100s: 4 × 2 = 8 TB/s aggregate.', /8 TB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Eight H200s give 8 × 3.35 = 26.8 TB/s aggregate.', /26\.8/).evaluation.verdict, 'inconsistent');
});

test('"the SXM part", "the PCIe version": a figure given for the named chip\'s other form factor is that sibling\'s', () => {
  for (const s of ['H100 PCIe is 2 TB/s, versus 3.35 TB/s on the SXM part.', 'The H100 PCIe is 350 W while the SXM version is 700 W.', 'The H100 SXM is 700 W while the PCIe version is 350 W.']) {
    for (const c of claims(s)) assert.equal(c.evaluation.verdict, 'consistent', `${s}: ${c.quantity.raw}`);
  }
  assert.equal(claimFor('The H100 PCIe is 350 W while the SXM version is 400 W.', /400 W/).evaluation.verdict, 'inconsistent');
  assert.match(claimFor('The A100 SXM has 2.04 TB/s; the PCIe version has 1.94 TB/s.', /1\.94/).evaluation.reason, /A100 PCIe, which is not in the catalog/);
});

test('under "## Per-sequence KV", "128 KiB × 8,192 = 1 GiB per sequence": the bytes a context multiplies are per token', () => {
  const note = analyzeNote('kv.md', '## Per-sequence KV\n\n- Llama 3 8B at 8k context: 128 KiB × 8,192 = 1 GiB per sequence.\n', {});
  const perToken = note.claims.find((c) => c.quantity.raw === '128 KiB')!;
  assert.equal(perToken.evaluation.verdict, 'consistent');
  assert.match(perToken.evaluation.derivation.join('\n'), /131 KB per token/);
  assert.equal(note.claims.find((c) => /1 GiB/.test(c.quantity.raw))!.evaluation.verdict, 'consistent');
});

test('a table with chips as columns takes each row\'s unit from its label', () => {
  const text = '| Spec | MI355X | B200 | MI300X |\n|---|---|---|---|\n| HBM (GB) | 288 | 180 | 192 |\n| BW (TB/s) | 8 | 8 | 5.3 |\n| FP8 dense (PFLOPS) | 10.1 | 4.5 | 2.6 |\n';
  const all = analyzeNote('t.md', text, {}).claims;
  assert.equal(all.length, 9);
  assert.deepEqual(all.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent', 'consistent', 'consistent', 'consistent', 'inconsistent', 'consistent', 'consistent']);
  assert.match(all[6]!.evaluation.derivation.join(''), /MI355X dense FP8/);
});

test('"ICI doubled vs v5e to 800 GB/s" under a Trillium heading: the chip compared with is not the figure\'s', () => {
  const note = analyzeNote('t.md', '## Trillium in production\n\n- v6e: 32 GB HBM, 1.6 TB/s, 918 TFLOPS BF16\n- ICI doubled vs v5e to 800 GB/s bidirectional\n', {});
  assert.equal(note.claims.find((c) => c.quantity.raw === '800 GB/s')!.evaluation.verdict, 'consistent');
  assert.match(claims('ICI doubled vs v5e to 800 GB/s bidirectional.')[0]!.evaluation.reason, /only as what this figure is compared with/);
  // A chip's own figure after the comparison keeps it.
  assert.equal(claimFor('Compared with the H100 at 3.35 TB/s, it is faster.', /3\.35/).evaluation.verdict, 'consistent');
});

test('compute-bound token rates: prefill at 2 and training at 6 FLOP per parameter per token, at the dense peak × MFU', () => {
  assert.equal(claimFor('H100 BF16 dense is 989 TFLOP/s, so prefill of Llama 3 8B peaks at ~62,000 tokens/s per GPU.', /62,000/).evaluation.verdict, 'consistent');
  const train = claimFor('Training Llama 3 8B on H100 at 40% MFU gives about 24,700 tokens/s per GPU.', /24,700/);
  assert.equal(train.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(train.evaluation.modelValue! - (989.4e12 * 0.4) / (6 * 8.03e9)) / train.evaluation.modelValue! < 0.02);
  // The sparse headline quoted as BF16 makes a prefill rate twice too high.
  assert.equal(claimFor("The B200's 4.5 PFLOP/s of BF16 means Llama 3 70B prefill runs at about 32,000 tokens/s per GPU.", /32,000/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('TPU v5p (459 TFLOP/s BF16) trains Llama 3 8B at ~4,800 tokens/s per chip at 50% MFU.', /4,800/).evaluation.verdict, 'consistent');
  // An MFU worked out from a rate before it is the claim; the rate is its input.
  const mfu = claimFor('Another team reported 600 tokens/s per GPU training Llama 3 70B on H100 and called it 52% MFU.', /52%/);
  assert.equal(mfu.evaluation.verdict, 'inconsistent');
  assert.notEqual(claimFor('Another team reported 600 tokens/s per GPU training Llama 3 70B on H100 and called it 52% MFU.', /600/).evaluation.verdict, 'inconsistent');
  // An MFU a rate after it is worked out from is that rate's input, and a chip's own figure is its peak.
  const s = "Trainium2's 667 TFLOP/s of BF16 means Llama 3 8B training at 40% MFU is about 5,560 tokens/s per chip.";
  assert.equal(claimFor(s, /40%/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor(s, /667/).evaluation.verdict, 'consistent');
  assert.equal(claimFor(s, /5,560/).evaluation.verdict, 'consistent');
});

test('what a kernel or library does is achieved throughput, not the chip\'s spec', () => {
  assert.equal(claimFor('Our H100 GEMM kernel gets 700 TFLOPS.', /700/, { defaultHardware: 'H100' }).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Our A100 copy kernel ran at 1.8 TB/s.', /1\.8/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('1. CUTLASS ping-pong kernel on H100: 780 TFLOPS.', /780/).evaluation.verdict, 'consistent');
  // Above the peak, or called the peak, it is still judged.
  assert.equal(claimFor('Our H100 GEMM kernel gets 1,200 TFLOPS dense BF16.', /1,200/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The H100 GEMM peak is 700 TFLOPS dense BF16.', /700/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The H100 gets 700 TFLOPS.', /700/).evaluation.verdict, 'inconsistent');
});

test('kernel notes: a variable\'s value is no figure, a figure set against the ridge is no ridge, a part of a cost is no conversion', () => {
  const dims = claims('M = N = K = 1024: 2.1 GFLOP, 6.3 MB, intensity ≈ 341 FLOP/byte — just above the ridge.', { defaultHardware: 'H100' });
  assert.ok(!dims.some((c) => c.quantity.raw === '1024'), 'no claim for a matrix dimension');
  assert.equal(dims.find((c) => /341/.test(c.quantity.raw))!.evaluation.verdict, 'consistent');
  assert.equal(claimFor('Intensity ≈ 16 FLOP/byte, far below the ridge, so this runs at HBM speed.', /16/, { defaultHardware: 'H100' }).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('H100 SXM ops:byte ridge ≈ 295, and decode sits below the ridge.', /295/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('1 GW costs $50–60B all-in, ~$35B of it NVIDIA content.', /35B/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('1 MW of GB200 NVL72 at 120 kW per rack is about 8 racks, i.e. 576 GPUs.', /576/).evaluation.verdict, 'consistent');
});

test('keynote notes: the second figure of "(A vs B)" is the compared chip\'s; a Trn2 server is no Trainium2 chip', () => {
  assert.equal(claimFor('B200 FP8 dense is 2.25x H100 (4.5 vs 1.98 PF).', /1\.98/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Trillium is 4.7x v5e peak compute (918 vs 197 TFLOPS).', /197/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Trillium is 4.7x v5e peak compute (918 vs 297 TFLOPS).', /297/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('A Trn2 instance delivers 20.8 petaflops of FP8.', /20\.8/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('A Trn2 UltraServer has 6 TB of HBM.', /6 TB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('Trn2 delivers 1.3 PFLOPS of FP8.', /1\.3/).evaluation.verdict, 'consistent');
});

test('a total under a heading that counts the chips ("## 8-GPU MI325X platform") is the chips\' total', () => {
  const note = analyzeNote('p.md', '## 8-GPU MI325X platform\n\n- 48 TB/s of aggregate memory bandwidth per platform.\n- 2 TB of HBM3E total.\n- Each MI325X has 6 TB/s.\n- 6 TB/s of aggregate memory bandwidth per platform.\n', {});
  const by = (raw: string, i = 0) => note.claims.filter((c) => c.quantity.raw === raw)[i]!;
  assert.equal(by('48 TB/s').evaluation.verdict, 'consistent');
  assert.equal(by('2 TB').evaluation.verdict, 'consistent');
  assert.equal(by('6 TB/s').evaluation.verdict, 'consistent');
  assert.equal(by('6 TB/s', 1).evaluation.verdict, 'inconsistent');
});

test('kernel arithmetic with squares and cubes: "2 × 4096³ = 137 GFLOP", not 68.7', () => {
  assert.equal(claimFor('2 × 4096³ = 137 GFLOP', /137/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('2 × 4096³ = 68.7 GFLOP', /68\.7/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('M = 16, N = K = 8192: weight matrix is 8192² × 2 bytes = 134 MB.', /134 MB/).evaluation.verdict, 'consistent');
});

test('"Peak … is P, so A is N%": P is the peak; "Per SM, …" is a per-SM figure; a utilisation before a possessive figure makes it achieved', () => {
  const s = 'Peak FP8 on this card is 1.98 PFLOPS dense, so 1.2 PFLOPS is about 61% utilization.';
  assert.equal(claimFor(s, /1\.98/, { defaultHardware: 'H100' }).evaluation.verdict, 'consistent');
  assert.equal(claimFor(s, /1\.2 PFLOPS/, { defaultHardware: 'H100' }).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Per SM, the H100 delivers 989 TFLOPS.', /989/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('H100 at 40% MFU on peak BF16 is 600 TFLOPS.', /600/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor("At 40% MFU, the H100's 600 TFLOPS is what you get.", /600/).evaluation.verdict, 'inconsistent');
});

test('"Ironwood peak compute is 5x Trillium": with no precision said, each chip at its fastest floating-point format', () => {
  const c = claimFor('Ironwood peak compute is 5x Trillium.', /5x/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.assumptions.join('\n'), /fastest floating-point format/);
  assert.equal(claimFor('Ironwood BF16 compute is 5x Trillium.', /5x/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Ironwood peak compute is 10x Trillium.', /10x/).evaluation.verdict, 'inconsistent');
});

test('the next bullet\'s "per GPU" is its own: "- a GB200 NVL72 rack is 1.44 exaflops of dense FP4" is the rack\'s', () => {
  const note = analyzeNote('t.md', '- a GB200 NVL72 rack is 1.44 exaflops of dense FP4\n- per GPU that is 20 PF sparse FP4, 10 PF dense\n', {});
  const rack = note.claims.find((c) => /1\.44/.test(c.quantity.raw))!;
  assert.equal(rack.evaluation.verdict, 'inconsistent');
  assert.equal(rack.evaluation.modelValue, 720e15);
});

test('a link figure with no direction is held to the direction it is quoted in; each figure keeps its own direction words', () => {
  const verdict = (s: string, raw: RegExp) => claimFor(s, raw, { defaultHardware: 'H100' }).evaluation.verdict;
  // Line rates in bits are per direction: a doubled NIC or port rate no longer passes as its bidirectional total.
  assert.equal(verdict('ConnectX-7 gives 800 Gb/s per GPU.', /800/), 'inconsistent');
  assert.equal(verdict('An XDR port is 1.6 Tb/s.', /1\.6/), 'inconsistent');
  assert.equal(verdict('ConnectX-7 runs at 400 Gb/s.', /400/), 'consistent');
  // NVLink is quoted both ways: NVLink 5's 1.8 TB/s is not NVLink 6's (3.6 TB/s), nor 450 GB/s NVLink 4's.
  assert.equal(verdict('NVLink 6 is 1.8 TB/s per GPU.', /1\.8/), 'inconsistent');
  const half = claimFor('NVLink 4 gives 450 GB/s per GPU.', /450/, { defaultHardware: 'H100' });
  assert.equal(half.evaluation.verdict, 'inconsistent');
  assert.match(half.evaluation.reason, /per-direction figure: say "per direction"/);
  // Said, or used as the rate data moves at, one direction's figure is right.
  assert.equal(verdict('NVLink 4 gives 450 GB/s per direction.', /450/), 'consistent');
  assert.equal(verdict('All-reducing 1 GB of gradients over NVLink 4 at 450 GB/s takes about 2.2 ms.', /450/), 'consistent');
  assert.equal(verdict("Per direction: 900 GB/s of NVLink 5 per B200, double Hopper's 450 GB/s.", /450/), 'consistent');
  // Bits that are bytes misnamed keep the ×8 hint.
  assert.match(claimFor('NVLink 4 is 900 Gb/s.', /900/, { defaultHardware: 'H100' }).evaluation.reason, /×8 would match/);
  // Two figures, two directions, joined by "and" or told by arithmetic.
  for (const s of ['NVLink 4 is 450 GB/s unidirectional and 900 GB/s bidirectional.', 'NVLink 4 is 900 GB/s bidirectional and 450 GB/s unidirectional.', 'For NVLink 4, 900 GB/s bidirectional is 2 × 450 GB/s.']) {
    assert.deepEqual(claims(s, { defaultHardware: 'H100' }).filter((c) => c.quantity.unit === 'B/s').map((c) => c.evaluation.verdict), ['consistent', 'consistent'], s);
  }
});

test('networking audit: collective and storage bandwidths, counts per system, per-node scale-out, rack totals, per-link figures', () => {
  const c = (s: string, raw: RegExp, hw = 'H100') => claimFor(s, raw, { defaultHardware: hw }).evaluation;
  // Before: measured bus bandwidth, a pod's all-reduce bandwidth and a bisection were held to HBM bandwidth.
  assert.equal(c('On 8× H100 she measured 360 GB/s of bus bandwidth.', /360/).verdict, 'unverifiable');
  assert.equal(c('TPU v5e bisection bandwidth is 1.6 TB/s.', /1\.6/).verdict, 'unverifiable');
  assert.equal(c('The TPU v5e pod all-reduce bandwidth is 51.2 TB/s.', /51\.2/).verdict, 'unverifiable');
  assert.match(c('the filesystem tops out at 10 TB/s.', /10 TB/).reason, /filesystem/);
  assert.equal(c('On 8× A100 SXM: 230 GB/s busbw, ~77% of the 300 GB/s per-direction peak.', /300/).verdict, 'consistent');
  // Before: "256 chips per pod" multiplied every per-chip figure after it (16 GB judged against 4.1 TB).
  assert.deepEqual(claims('v5e: 256 chips per pod; 16 GB HBM2 at 819 GB/s.').filter((x) => x.kind !== 'market').map((x) => x.evaluation.verdict), ['consistent', 'consistent']);
  assert.equal(c('A v5e pod has 256 chips per pod and 4 TB of HBM per pod.', /4 TB/).verdict, 'consistent');
  // Per node: said later in the clause, or a node as the subject; per GPU when it says so.
  assert.equal(c('A DGX B200 node gets 50 GB/s of scale-out per node.', /50/).verdict, 'inconsistent');
  assert.equal(c('Each DGX H100 has 400 GB/s of scale-out bandwidth.', /400/).verdict, 'consistent');
  assert.equal(c('Each server has 3.2 Tb/s of network bandwidth.', /3\.2/).verdict, 'consistent');
  assert.equal(c('A DGX H100 has 50 GB/s of scale-out per GPU.', /50/).verdict, 'consistent');
  // A rate in bits is a network's, never memory's.
  assert.equal(c('8 GPUs per server → 3.2 Tb/s per server.', /3\.2/).verdict, 'consistent');
  // Aggregate words make a rack total whichever chip name is nearer; a per-GPU label makes every figure one GPU's.
  assert.equal(c('GB200 NVL72: 72 Blackwell GPUs in one NVLink domain, 130 TB/s of aggregate NVLink bandwidth.', /130/).verdict, 'consistent');
  assert.equal(c('NVL72 per-GPU NVLink: 900 GB/s unidirectional, 1.8 TB/s bidirectional.', /1\.8/).verdict, 'consistent');
  // One link's figure, of the link named or the chip's own.
  assert.equal(c('Each MI300X Infinity Fabric link is 128 GB/s bidirectional.', /128/).verdict, 'consistent');
  assert.equal(c('NVLink 4 is 18 links × 25 GB/s per direction = 450 GB/s.', /25/).verdict, 'consistent');
  // A link the catalog lacks is no chip's scale-up link.
  assert.equal(c('A100 on PCIe Gen4 x16: 32 GB/s per direction.', /32/).verdict, 'unverifiable');
});

test('mojibake quotes around a figure or a name hide neither', () => {
  // Before: "â€œH100 …" named no chip (the B200 default was used) and "80 GBâ€" read no unit.
  const peak = claimFor('â€œH100 SXM5 peaks at 2,967 TFLOPS dense BF16â€ â€” Chidi MacLeod', /2,967/, { defaultHardware: 'B200' });
  assert.match(peak.evaluation.derivation.join('\n'), /H100/);
  const cap = claimFor('â€œH100 has 80 GBâ€ â€” Imke', /80/, { defaultHardware: 'B200' });
  assert.equal(cap.quantity.raw, '80 GB');
  assert.equal(cap.evaluation.verdict, 'consistent');
  assert.equal(claimFor('â€œNVLink 4 gives 900 GB/s per GPUâ€ â€” Imke Quintero', /900/, { defaultHardware: 'B200' }).evaluation.verdict, 'consistent');
});

test('networking audit: direction words before a parenthesised figure, per-direction totals, collective rates, a multiplied NIC rate', () => {
  const c = (s: string, raw: RegExp, hw = 'H100') => claimFor(s, raw, { defaultHardware: hw }).evaluation.verdict;
  assert.equal(c('NVLink 5 per direction (900 GB/s) vs one ConnectX-7 (50 GB/s): 18×.', /900/, 'B200'), 'consistent');
  assert.equal(c('On the 8-GPU MI300X mesh, per direction that is 448 GB/s in total.', /448/), 'consistent');
  assert.equal(c('Ring all-reduce of 140 GB over 8 MI300X GPUs at 448 GB/s.', /448/), 'consistent');
  assert.equal(c('Per HGX B200 server: 8 × 400 Gb/s = 3.2 Tb/s east-west.', /400/), 'consistent');
  assert.equal(c('Compute fabric: 8 × ConnectX-7 at 400 Gb/s → 3.2 Tb/s = 400 GB/s per node per direction.', /^400 Gb/, 'B200'), 'consistent');
});

test('audit 22 F4: a fraction written among the operands is one ("2 × 7/8 × 140 GB / 450 GB/s = 0.544 s")', () => {
  const kept = claimFor('7/8 × 140 GB / 450 GB/s = 0.272 s', /0\.272/);
  assert.equal(kept.evaluation.verdict, 'consistent');
  assert.match(kept.evaluation.derivation.join('\n'), /7\/8 × 140 GB ÷ 450 GB\/s = 272 ms/);
  assert.equal(claimFor('2 × 7/8 × 140 GB / 450 GB/s = 0.544 s', /0\.544/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('2 × 7/8 × 140 GB / 450 GB/s ≈ 0.544 s', /0\.544/).evaluation.verdict, 'consistent');
  // (Not the reading that drops the 2 and the 7/8.)
  assert.equal(claimFor('2 × 7/8 × 140 GB / 450 GB/s = 0.311 s', /0\.311/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('2 × 7/8 × 140 GB / 450 GB/s ≈ 0.311 s', /0\.311/).evaluation.verdict, 'inconsistent');
  // The result first: "0.544 s = 2 × …" (the "s" is the unit, no variable given the 2).
  assert.equal(claimFor('The ring takes 0.544 s = 2 × 7/8 × 140 GB / 450 GB/s.', /0\.544/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The ring takes 0.311 s = 2 × 7/8 × 140 GB / 450 GB/s.', /0\.311/).evaluation.verdict, 'inconsistent');
  // In parentheses of its own, and read as written though the prose before names a collective over n GPUs.
  const jotted = claimFor('allreduce of 16 GB over 8 gpus w/ nvlink4: 2*(7/8)*16GB / 450GB/s ≈ 62 ms', /62 ms/);
  assert.equal(jotted.evaluation.verdict, 'consistent');
  assert.match(jotted.evaluation.derivation.join('\n'), /2 × \(7\/8\) × 16GB ÷ 450GB\/s = 62\.2 ms/);
});

test('audit 22 F4: "a ring all-reduce of S over n GPUs at B" is 2(n−1)/n × S ÷ B, not S × n ÷ B', () => {
  const ring = claimFor('A ring all-reduce of 140 GB over 8 GPUs at 450 GB/s takes 0.544 s.', /0\.544/, { defaultHardware: 'H100' });
  assert.equal(ring.evaluation.verdict, 'consistent');
  assert.match(ring.evaluation.derivation.join('\n'), /2 × \(8 − 1\)\/8 × 140 GB ÷ 450 GB\/s = 544 ms/);
  assert.match(ring.evaluation.assumptions.join('\n'), /ring all-reduce/);
  assert.equal(claimFor('A ring all-reduce of 140 GB over 8 GPUs at 450 GB/s takes 2.49 s.', /2\.49/, { defaultHardware: 'H100' }).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('An all-gather of 140 GB across 8 GPUs at 450 GB/s takes about 0.27 s.', /0\.27/, { defaultHardware: 'H100' }).evaluation.verdict, 'consistent');
  // Another algorithm: left unchecked, not read as a product.
  assert.equal(claimFor('A tree all-reduce of 140 GB over 8 GPUs at 450 GB/s takes 2.49 s.', /2\.49/, { defaultHardware: 'H100' }).evaluation.verdict, 'unverifiable');
});

test('audit 22 F9: "→" converts bits to bytes like "is"; an 8 dividing bits is the bits-per-byte step, not a factor', () => {
  assert.equal(claimFor('Divide Gb/s by 8 for GB/s: 400 Gb/s → 50 GB/s.', /50 GB/).evaluation.verdict, 'consistent');
  const slip = claimFor('1.6 Tb/s → 400 GB/s.', /400 GB/);
  assert.equal(slip.evaluation.verdict, 'inconsistent');
  assert.equal(slip.evaluation.modelValue, 200e9);
  assert.equal(claimFor('80 GiB → 85.9 GB', /85\.9/).evaluation.verdict, 'consistent');
  // (A change from one figure to the next is no conversion.)
  assert.notEqual(claimFor('The link went from 100 GB/s → 200 GB/s.', /200 GB/).evaluation.route, 'arithmetic');
  const divided = claimFor('400 Gb/s ÷ 8 = 50 GB/s', /50 GB/);
  assert.equal(divided.evaluation.verdict, 'consistent');
  assert.match(divided.evaluation.derivation.join('\n'), /400 Gb\/s ÷ 8 bits\/byte = 50 GB\/s/);
  assert.equal(claimFor('400 Gb/s ÷ 8 = 6.25 GB/s', /6\.25/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Divide by 8 for bytes: 400 Gb/s gives 50 GB/s.', /50 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('8 × 400 Gb/s / 8 = 400 GB/s per node', /400 GB/).evaluation.verdict, 'consistent');
});

test('audit 22 F9: a sum of terms each after its label in parentheses ("BF16 weights (2 B) + FP32 master (4 B) + …")', () => {
  const state = claimFor('Mixed-precision Adam: BF16 weights (2 B) + FP32 master (4 B) + m (4 B) + v (4 B) = 14 bytes/param.', /14 bytes/);
  assert.equal(state.evaluation.verdict, 'consistent');
  assert.match(state.evaluation.derivation.join('\n'), /2 B \+ 4 B \+ 4 B \+ 4 B = 14 B\/param/);
  assert.equal(claimFor('Per param: weights (2 B) + master (4 B) + m (4 B) + v (4 B) = 16 bytes/param.', /16 bytes/).evaluation.verdict, 'inconsistent');
  // A result before is no operand of the next one; "plus" adds.
  const total = claimFor('across 16 nodes: 2 × 15/16 × 17.5 GB / 50 GB/s ≈ 0.656 s, plus 0.544 s of NVLink time ≈ 1.2 s total.', /1\.2 s/);
  assert.equal(total.evaluation.verdict, 'consistent');
  assert.match(total.evaluation.derivation.join('\n'), /^0\.656 s \+ 0\.544 s = 1\.2 s$/);
  assert.equal(claimFor('across 16 nodes: 2 × 15/16 × 17.5 GB / 50 GB/s ≈ 0.656 s, plus 0.544 s of NVLink time ≈ 2 s total.', /^≈ 2 s/).evaluation.verdict, 'inconsistent');
});

test('audit 22 F9: a square divided, which no figure reads, is the arithmetic ("2 tiers give 144²/2 = 20,736" is 10,368)', () => {
  const planted = claimFor('With 144-port Quantum-X800s, 2 tiers give 144²/2 = 20,736 endpoints.', /20,736/);
  assert.equal(planted.evaluation.verdict, 'inconsistent');
  assert.equal(planted.evaluation.modelValue, 10_368);
  assert.match(planted.evaluation.derivation.join('\n'), /144² ÷ 2 = 10,368/);
  assert.equal(claimFor('With 144-port Quantum-X800s, 2 tiers give 144²/2 = 10,368 endpoints.', /10,368/).evaluation.verdict, 'consistent');
});

test('audit 22 F10: weights arithmetic on a parameter count that is not the named model\'s is judged by the catalog', () => {
  const slipped = claimFor('Mixtral 8x7B weights in BF16 = 8 × 7B × 2 bytes = 112 GB.', /112 GB/);
  assert.equal(slipped.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(slipped.evaluation.modelValue! - 93.4e9) < 1e9);
  assert.match(slipped.evaluation.reason, /the arithmetic written holds \(8 × 7B × 2 bytes = 112 GB\), but its parameter count is not/);
  assert.equal(claimFor('A colleague sized Mixtral as 8 × 7B × 2 bytes = 112 GB of BF16 weights.', /112 GB/).evaluation.verdict, 'inconsistent');
  // The model's own count: the arithmetic stands.
  assert.equal(claimFor('Mixtral 8x7B weights in BF16 = 46.7B × 2 bytes = 93.4 GB.', /93\.4/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 70B in FP8 = 70B × 1 byte = 70 GB.', /70 GB/).evaluation.route, 'arithmetic');
});

test('audit 22 F8: a value given to a one-letter variable ("S = 140 GB") is an input, not the context chip\'s spec', () => {
  const note = analyzeNote('t.md', '---\nhardware: H100\n---\n# Ring all-reduce on one node\n\n- n = 8, S = 140 GB, B = 450 GB/s → 2 × 7/8 × 140 GB / 450 GB/s = 0.544 s\n', {});
  const [size, rate] = note.claims.filter((c) => /^(?:140 GB|450 GB\/s)$/.test(c.quantity.raw));
  assert.equal(size!.evaluation.verdict, 'unverifiable');
  assert.match(size!.evaluation.reason, /a value given to a variable/);
  assert.equal(rate!.evaluation.verdict, 'unverifiable');
  assert.equal(note.claims.find((c) => /0\.544/.test(c.quantity.raw))!.evaluation.verdict, 'consistent');
  // (A spec written with its name is still the chip's.)
  assert.equal(claimFor('The H100 has HBM = 80 GB.', /80 GB/).evaluation.verdict, 'consistent');
});

test('audit 22 F10: a conversion that holds of a figure off by the bits-to-bytes factor carries the slip', () => {
  const derived = claimFor('The notebook wrote NeuronLink-v3 as 1.28 Tb/s per chip, i.e. 160 GB/s.', /^160 GB/);
  assert.equal(derived.evaluation.verdict, 'inconsistent');
  assert.match(derived.evaluation.reason, /the conversion written holds \(1\.28 Tb\/s per chip = 160 GB\/s\)/);
  // (A right figure's conversion stands.)
  assert.equal(claimFor('A ConnectX-7 is 400 Gb/s, i.e. 50 GB/s.', /^50 GB/).evaluation.verdict, 'consistent');
});

test('a link\'s figure per rack is the rack-scale domain it builds', () => {
  // Before: 260 TB/s per rack was held to one GPU's NVLink 6 (3.6 TB/s).
  assert.equal(claimFor('NVLink 6 gives 260 TB/s per rack.', /260/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('NVLink 5 gives 72 TB/s per rack.', /72/).evaluation.verdict, 'inconsistent');
});

test('edge audit: memory other than HBM, devices the catalog lacks and PCIe cards are not judged as the note\'s chip', () => {
  const c = (s: string, raw: RegExp) => claimFor(s, raw, { defaultHardware: 'H100' }).evaluation;
  // Before: each was held to the default H100's 80 GB or 3.35 TB/s.
  assert.equal(c('My laptop GPU has 8 GB of VRAM.', /8 GB/).verdict, 'unverifiable');
  assert.equal(c('The Mac Studio has 192 GB of unified memory.', /192/).verdict, 'unverifiable');
  assert.match(c('DDR5 memory is 96 GB/s.', /96/).reason, /DDR5/);
  assert.equal(c('The Orin Nano has 8 GB of memory.', /8 GB/).verdict, 'unverifiable');
  assert.equal(c('The NPU does 45 TOPS.', /45/).verdict, 'unverifiable');
  assert.equal(claimFor('The Grace CPU in GB200 has up to 480 GB of LPDDR5X.', /480/).evaluation.verdict, 'unverifiable');
  assert.equal(c('The H100 has 80 GB of HBM3.', /80/).verdict, 'consistent');
  // "80GB PCIe" and "(PCIe)" name the PCIe card, not the SXM part.
  assert.equal(c('The H100 80GB PCIe has 2 TB/s.', /2 TB/).verdict, 'consistent');
  assert.equal(c('The H100 (PCIe) has 3.35 TB/s.', /3\.35/).verdict, 'inconsistent');
  assert.equal(c('A100 80GB PCIe: 80 GB, 1,935 GB/s, 300 W.', /1,935/).verdict, 'unverifiable');
});

test('a power figure per GPU is one chip\'s TDP, whatever box draws it', () => {
  // Before: held to the DGX H100's 10.2 kW.
  assert.equal(claimFor('The H100 box draws 700 W per GPU.', /700/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The DGX H100 box draws 10.2 kW.', /10\.2/).evaluation.verdict, 'consistent');
});

test('one link of a full mesh, and sizes an all-reduce or a checkpoint moves, are not a chip\'s totals', () => {
  const c = (s: string, raw: RegExp) => claimFor(s, raw, { defaultHardware: 'H100' }).evaluation.verdict;
  assert.equal(c('7 Infinity Fabric links per MI300X GPU; each link 128 GB/s bidirectional.', /128/), 'consistent');
  assert.equal(c("On MI300X, per direction that's 448 GB/s in total, but only 64 GB/s to any single peer.", /64/), 'consistent');
  // Before: 140 GB was held to 8 × 192 GB of HBM.
  assert.equal(c('Ring all-reduce of 140 GB over 8 MI300X GPUs at 448 GB/s.', /140/), 'unverifiable');
  assert.equal(c('The MI300X has 192 GB.', /192/), 'consistent');
});

test('a link named with markup or a hyphen between its words is still named', () => {
  // Before: "**NVLink** 4" named no link, and the note's chip (a TPU, an MI300X) stood in.
  assert.equal(claimFor('Reminder: **NVLink** 4 gives 900 GB/s per GPU.', /900/, { defaultHardware: 'MI300X' }).subject, 'NVLink 4');
  assert.equal(claimFor('Key number: **NVLink** 3 gives 300 GB/s per GPU.', /300/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('NVLink-5 is 1.8 TB/s.', /1\.8/).evaluation.verdict, 'consistent');
});

test('a spec figure off by a unit prefix is flagged, with the prefix named', () => {
  // Before: unverifiable ("nothing ties 4.8 GB/s to the HBM bandwidth"), though the statement says it is that figure.
  const slip = claimFor('The H200 has 4.8 GB/s of HBM bandwidth.', /4\.8/);
  assert.equal(slip.evaluation.verdict, 'inconsistent');
  assert.match(slip.evaluation.reason, /×1000 would match: a unit prefix slipped/);
  assert.equal(claimFor('The H100 has 80 TB of HBM.', /80/).evaluation.verdict, 'inconsistent');
});

test('a figure that may be thousands written with a dot is not called a unit-prefix slip', () => {
  assert.equal(claimFor('H100: 1.979 TFLOPS FP8.', /1\.979/).evaluation.verdict, 'unverifiable');
  // (With words of a language that writes dot thousands, it is read as thousands: "La H100 ha 1.979 TFLOPS".)
  assert.equal(claimFor('La H100 ha 1.979 TFLOPS FP8.', /1\.979/).evaluation.verdict, 'consistent');
});

test('"rated" ties a power figure to the chip; a spelled count before "cards (…)" totals them', () => {
  // Before: both unverifiable, and "(160 GB)" was held to one A100's 80 GB.
  assert.equal(claimFor('The H100 SXM is rated 72 W.', /72/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The H100 SXM is rated 700 W.', /700/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Two A100 80GB cards (160 GB).', /160/).evaluation.verdict, 'consistent');
});

test('a size after an unnamed model\'s parameter count and a precision is its weights ("A 70B model in FP16 needs 140 GB")', () => {
  const right = claimFor('A 70B model in FP16 needs 140 GB.', /140 GB/);
  assert.equal(right.evaluation.verdict, 'consistent');
  assert.equal(right.evaluation.modelValue, 140e9);
  assert.equal(claimFor('A 70B model in FP16 needs 70 GB.', /70 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('1T params → 1 TB at FP8.', /1 TB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('a 13B model in int4 is 6.5 GB', /6\.5 GB/).evaluation.verdict, 'consistent');
  // No precision named (a llama.cpp "Q4" is none), or memory for more than the weights: nothing to check.
  assert.equal(claimFor('A 70B model at Q4 is about 40 GB.', /40 GB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('A 70B model in FP16 with 32k context needs 180 GB.', /180 GB/).evaluation.verdict, 'unverifiable');
  // Only the first size after the count: "two 80 GB cards" are the hardware.
  assert.notEqual(claimFor('A 70B model in FP16 needs 140 GB, i.e. two 80 GB cards.', /80 GB/).evaluation.verdict, 'inconsistent');
});

test('a chip said to be a figure states its own ("The H100 is 72 W" is its TDP, off by 10×)', () => {
  const wrong = claimFor('The H100 is 72 W.', /72 W/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.equal(wrong.evaluation.modelValue, 700);
  assert.equal(claimFor('The H100 is 700 W.', /700 W/).evaluation.verdict, 'consistent');
  // Not a figure of its own: "30% faster", "2 years old".
  assert.equal(claimFor('The H100 is 2 years old.', /2 years/).evaluation.verdict, 'unverifiable');
});

test('a catalogued chip named as part of uncatalogued hardware is that hardware\'s ("The GH200\'s H100 has 96 GB")', () => {
  const c = claimFor("The GH200's H100 has 96 GB.", /96 GB/);
  assert.equal(c.evaluation.verdict, 'unverifiable');
  assert.match(c.evaluation.reason ?? '', /GH200/);
  assert.equal(claimFor('The H100 has 96 GB.', /96 GB/).evaluation.verdict, 'inconsistent');
});

test('a link-to-NIC ratio uses the NIC the statement names, not the chip\'s default ("vs one ConnectX-8 (100 GB/s): 18×" is 9×)', () => {
  const wrong = claimFor('NVLink 5 per direction vs one ConnectX-8 (100 GB/s): 18× more.', /18×/, { defaultHardware: 'B200' });
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.equal(wrong.evaluation.modelValue, 9);
  assert.match(wrong.evaluation.derivation.join('\n'), /ConnectX-8/);
  // No NIC named: the chip's own (a DGX B200 ships ConnectX-7, 50 GB/s per direction).
  assert.equal(claimFor('NVLink 5 per direction is 18× the NIC per direction.', /18×/, { defaultHardware: 'B200' }).evaluation.verdict, 'consistent');
});

test('how a figure looks, set right later in the same statement, is no claim; "A vs B" after two named links maps in order', () => {
  const all = claims('NVLink 4 per H100 (900 GB/s bidirectional) looks like 18× one ConnectX-7 port (50 GB/s per direction), but per direction it is 450 GB/s vs 50 GB/s = 9×.');
  const looks = all.find((c) => c.quantity.raw === '18×')!;
  assert.equal(looks.evaluation.verdict, 'unverifiable');
  // 450 GB/s is NVLink 4's per direction (the first of the pair), not the nearer ConnectX-7's 50 GB/s.
  const first = all.find((c) => c.quantity.raw === '450 GB/s')!;
  assert.equal(first.evaluation.verdict, 'consistent');
  assert.equal(first.evaluation.modelValue, 450e9);
  assert.ok(all.every((c) => c.evaluation.verdict !== 'inconsistent'));
  // A plain "looks like" with no correction is still a claim.
  assert.equal(claimFor('The H100 looks like 3.35 TB/s on paper.', /3\.35/).evaluation.verdict, 'consistent');
});

test('a named model\'s parameter count written out before its size: "Kimi K2: 1T params → 1 TB at FP8" is its FP8 weights', () => {
  const c = claimFor('Kimi K2: 1T params → 1 TB at FP8, 16 TB of in-memory training state at 16 bytes/param.', /^1 TB/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.derivation.join('\n'), /FP8/);
  assert.equal(claimFor('Llama 3.1 405B: 405B params = 810 GB in BF16.', /810 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 405B: 405B params = 405 GB in BF16.', /405 GB/).evaluation.verdict, 'inconsistent');
});

test('a link named in a leading label speaks for later clauses, and a chip count in the figure\'s own clause totals it', () => {
  const total = claimFor('NVLink 5 per GPU: 1.8 TB/s bidirectional; 14.4 TB/s for the 8-GPU baseboard.', /14\.4/, { defaultHardware: 'B200' });
  assert.equal(total.evaluation.verdict, 'consistent');
  assert.equal(total.evaluation.modelValue, 14.4e12);
  const half = claimFor('NVLink 5 per GPU: 1.8 TB/s bidirectional; 7.2 TB/s for the 8-GPU baseboard.', /7\.2/, { defaultHardware: 'B200' });
  assert.equal(half.evaluation.verdict, 'inconsistent');
  assert.equal(half.evaluation.modelValue, 14.4e12);
  // A chip named in the later clause has its own figure: the label's link does not reach past it.
  assert.equal(claimFor('NVLink 4: 900 GB/s; the H200 has 4.8 TB/s.', /4\.8/).evaluation.verdict, 'consistent');
});

test('bold markup is no multiplication: "an 8x H100 node **holds** 640 GB", "the A100 has **160GB**" are checked', () => {
  assert.equal(claimFor('Key number: an 8x H100 node **holds** 640 GB of HBM.', /640 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Apparently the A100 has **160GB** of HBM2e.', /160GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('“NVLink 3 **gives** 840 GB/s per GPU”', /840/).evaluation.verdict, 'inconsistent');
  // A spaced asterisk between figures still multiplies: "2 * 225 GB/s" is an input.
  assert.equal(claimFor('NVLink 4 is 2 * 225 GB/s', /225/).evaluation.verdict, 'unverifiable');
});

test('a link figure the statement multiplies is an input, checked only when it is one of the link\'s own figures', () => {
  const all = claims('NVIDIA quotes bidirectional totals: 1.8 TB/s = 2 × 900 GB/s for NVLink 5.');
  assert.equal(all.find((c) => c.quantity.raw === '900 GB/s')!.evaluation.verdict, 'consistent');
  const port = claimFor('One ConnectX-8 at 800 Gb/s can be split into 2 × 400 Gb/s ports.', /400 Gb\/s/, { defaultHardware: 'B200' });
  assert.equal(port.evaluation.verdict, 'unverifiable');
  assert.match(port.evaluation.reason ?? '', /input to the arithmetic/);
});

test('a bare "NVL72" after a statement naming two racks of that size is neither\'s; a count work is spread over is no system\'s', () => {
  const note = analyzeNote('gw.md', '# Gigawatt era\n\n- GB200 NVL72 is about 120 kW per rack; GB300 NVL72 about 142 kW.\n- A 1 GW campus at 120 kW per rack is ~8,300 NVL72 racks.\n\n## Ultra\n\n- GB300 NVL72 racks draw 142 kW.\n- The NVL72 at 100 kW would be wrong.\n');
  const at = (line: number, raw: string) => note.claims.find((c) => c.quantity.raw.includes(raw) && note.lineStarts[line - 1]! <= c.quantity.span.start && c.quantity.span.start < (note.lineStarts[line] ?? Infinity))!;
  assert.equal(at(4, '120 kW').evaluation.verdict, 'consistent');
  // One chip named before: its rack.
  assert.equal(at(9, '100 kW').evaluation.verdict, 'inconsistent');
  assert.equal(at(9, '100 kW').evaluation.modelValue, 142e3);
  const ring = analyzeNote('ring.md', '## inter-node: 16 × DGX H100 (128 GPUs)\n\n- flat ring over 128 GPUs: 2 × 127/128 × 140 GB / 50 GB/s ≈ 5.56 s.\n- Each DGX H100 holds 16 GPUs.\n');
  assert.equal(ring.claims.find((c) => c.quantity.raw === 'over 128 GPUs')!.evaluation.verdict, 'unverifiable');
  assert.equal(ring.claims.find((c) => c.quantity.raw === '16 GPUs')!.evaluation.verdict, 'inconsistent');
});

test('a link named after a figure and its restatement as arithmetic is both\'s: "1.8 TB/s = 2 × 900 GB/s for NVLink 5"', () => {
  const all = claims('NVIDIA quotes bidirectional totals: 1.8 TB/s = 2 × 900 GB/s for NVLink 5.');
  const total = all.find((c) => c.quantity.raw === '1.8 TB/s')!;
  assert.equal(total.evaluation.verdict, 'consistent');
  assert.match(total.subject ?? '', /NVLink 5/);
  assert.equal(claimFor('NVLink 5 is 3.6 TB/s = 2 × 1.8 TB/s.', /3\.6/).evaluation.verdict, 'inconsistent');
  // Not across a plain list: "8 TB/s and 1.8 TB/s of NVLink 5" gives the link only the second.
  assert.match(claimFor('The B200 has 8 TB/s and 1.8 TB/s of NVLink 5.', /^8 TB/).subject ?? '', /HBM/);
});

test('a table row\'s word cells before a figure label it: "| ICI | TPU v6e | 400 | 400 |", "| B200 | FP4 | 9 PFLOP/s |"', () => {
  const links = analyzeNote('t.md', '| Link | Chip | Per direction (GB/s) | Bidirectional (GB/s) |\n|---|---|---|---|\n| ICI | TPU v5p | 600 | 1,200 |\n| ICI | TPU v6e | 400 | 400 |\n').claims;
  assert.deepEqual(links.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent', 'inconsistent']);
  assert.equal(links[3]!.evaluation.modelValue, 800e9);
  const flops = analyzeNote('f.md', '| Chip | Precision | Dense | Sparse |\n|---|---|---|---|\n| B200 | FP4 | 9 PFLOP/s | 18 PFLOP/s |\n| H100 SXM | BF16 | 989 TFLOP/s | 1,979 TFLOP/s |\n').claims;
  assert.ok(flops.every((c) => c.evaluation.verdict === 'consistent'), JSON.stringify(flops.map((c) => [c.quantity.raw, c.evaluation.verdict])));
});

test('a local quantisation named without a precision ("Q4", "GGUF") gives weights no size to check', () => {
  assert.equal(claimFor('A 70B at Q4 (about 40 GB of weights) does not fit in 24 GB.', /40 GB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('Llama 3.1 70B at Q4 is about 40 GB of weights.', /40 GB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('Llama 3.1 8B GGUF weights are about 4.9 GB.', /4\.9/).evaluation.verdict, 'unverifiable');
  // A precision named beside it still decides: "in INT4".
  assert.equal(claimFor('Q4 of a 70B: 70B params in INT4 weights is 35 GB.', /35 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 8B in BF16 is 16 GB of weights.', /16 GB/).evaluation.verdict, 'consistent');
});

test('a dense figure followed by its sparse variant in parentheses stays dense', () => {
  const h100 = claims("The H100's FP8 dense peak is 1,979 TFLOPS (3,958 TFLOPS with sparsity).");
  assert.equal(h100.find((c) => c.quantity.raw === '1,979 TFLOPS')!.evaluation.verdict, 'consistent');
  assert.equal(h100.find((c) => c.quantity.raw === '3,958 TFLOPS')!.evaluation.verdict, 'consistent');
  const mi = claimFor('MI300X peak dense BF16 is 1.31 PFLOPS (2.61 PFLOPS with sparsity).', /^1\.31/);
  assert.equal(mi.evaluation.verdict, 'consistent', mi.evaluation.reason);
  assert.match(mi.subject, /dense BF16/);
});

test("a share's achieved figure is never the chip's own peak (\"989 TFLOPS … at ~40% MFU that's ~400 TFLOPS\")", () => {
  const s = "An H100 does 989 TFLOPS dense BF16; at ~40% MFU that's ~400 TFLOPS effective.";
  assert.notEqual(claimFor(s, /40%/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor(s, /~400 TFLOPS/).evaluation.verdict, 'consistent');
  assert.notEqual(claimFor('25,000 A100s × 312 TFLOPS × 90 days × 86,400 s ≈ 6.1e25 FLOPs at peak, so the rumor implies ~33% MFU.', /33%/).evaluation.verdict, 'inconsistent');
  // (An achieved figure below the peak is still checked.)
  assert.equal(claimFor('An H100 sustaining 430 TFLOPS is 22% MFU.', /22%/).evaluation.verdict, 'inconsistent');
});

test('"each at A with B": both figures are one chip\'s, not the cluster\'s', () => {
  const all = claims('Cluster: up to 16,384 H100 GPUs, each at 700 W TDP with 80 GB of HBM3.');
  assert.equal(all.find((c) => c.quantity.raw === '80 GB')!.evaluation.verdict, 'consistent');
  assert.equal(all.find((c) => c.quantity.raw === '700 W')!.evaluation.verdict, 'consistent');
  assert.equal(claimFor('Cluster: 16,384 H100 GPUs, each at 700 W TDP with 96 GB of HBM3.', /96 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('A cluster of 4,096 B200s, each at 1,000 W with 180 GB of HBM3e.', /180 GB/).evaluation.verdict, 'consistent');
});

test('a figure multiplied by the count of systems is each system\'s ("64 DGX H100 nodes draw 64 × 10.2 kW")', () => {
  const all = claims('The 64 DGX H100 nodes draw 64 × 10.2 kW = 653 kW at peak.');
  assert.equal(all.find((c) => c.quantity.raw === '10.2 kW')!.evaluation.verdict, 'consistent');
  assert.equal(all.find((c) => c.quantity.raw === '653 kW')!.evaluation.verdict, 'consistent');
  assert.equal(claimFor('The 64 DGX H100 nodes draw 64 × 10.2 kW = 1.3 MW at peak.', /1\.3 MW/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Four DGX H100 draw 41 kW.', /41 kW/).evaluation.verdict, 'consistent');
});

test('training state sharded over GPUs is what each holds, not the chip\'s HBM; what it must fit in is one chip\'s', () => {
  const h100 = claims("1.12 TB of states over 8 H100s with full sharding is 140 GB per GPU — doesn't fit in 80 GB.");
  assert.equal(h100.find((c) => c.quantity.raw === '1.12 TB')!.evaluation.verdict, 'unverifiable');
  const share = h100.find((c) => /^140 GB/.test(c.quantity.raw))!;
  assert.equal(share.evaluation.verdict, 'consistent', share.evaluation.reason);
  assert.equal(share.evaluation.modelValue, 140e9);
  assert.equal(h100.find((c) => c.quantity.raw === '80 GB')!.evaluation.verdict, 'consistent');
  assert.equal(claimFor('1.12 TB of states over 8 H100s with full sharding is 280 GB per GPU.', /^280 GB/).evaluation.verdict, 'inconsistent');
  const mi = claims("A 70B model's full Adam state is 70B × 16 bytes = 1.12 TB; over 8 MI300X (1.5 TB total HBM) it is 140 GB per GPU, which fits in 192 GB.");
  assert.equal(mi.find((c) => /^140 GB/.test(c.quantity.raw))!.evaluation.verdict, 'consistent');
  assert.equal(mi.find((c) => c.quantity.raw === '192 GB')!.evaluation.verdict, 'consistent');
  assert.equal(mi.find((c) => c.quantity.raw === '1.5 TB')!.evaluation.verdict, 'consistent');
});

test("a run's tokens per parameter compared with Chinchilla is the run's, not Chinchilla's 20", () => {
  assert.notEqual(claimFor("That's 1,875 tokens per parameter, almost 100× Chinchilla.", /1,875/).evaluation.verdict, 'inconsistent');
  const run = claimFor('Llama 3 8B saw 15T tokens for 8B params, 1,875 tokens per parameter, about 94× Chinchilla.', /1,875/);
  assert.equal(run.evaluation.verdict, 'consistent', run.evaluation.reason);
  assert.equal(claimFor('Chinchilla-optimal is about 20 tokens per parameter.', /20 tokens/).evaluation.verdict, 'consistent');
});

test("a statement's own count of GPUs, more than one rack holds, draws the power, not the heading's rack", () => {
  const note = '# Plan\n\n## Option C — GB200 NVL72\n\nAt 1,200 W per GPU, 2,016 GPUs draw 2.4 MW for the GPUs.\n';
  const c = analyzeNote('plan.md', note, {}).claims.find((x) => x.quantity.raw === '2.4 MW')!;
  assert.equal(c.evaluation.verdict, 'consistent', c.evaluation.reason);
  assert.ok(Math.abs(c.evaluation.modelValue! - 2016 * 1200) < 1);
  const one = analyzeNote('plan.md', '# Plan\n\n## Option C — GB200 NVL72\n\nThe rack draws 120 kW.\n', {}).claims.find((x) => x.quantity.raw === '120 kW')!;
  assert.equal(one.evaluation.verdict, 'consistent');
});

test('GPU-hours: a run\'s cost at a price per GPU-hour, its GPU-time spread over GPUs, and FLOPs over one GPU\'s rate', () => {
  assert.equal(claimFor('At $2 per GPU-hour, 2.788M GPU-hours cost $5.576M.', /5\.576/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('At $2 per GPU-hour, 2.788M GPU-hours cost $11.2M.', /11\.2/).evaluation.verdict, 'inconsistent');
  assert.notEqual(claimFor("At $2 per GPU-hour, 26M GPU-hours is $52M; at $3 it's $78M.", /78M/).evaluation.verdict, 'inconsistent');
  const rate = claimFor('8.4e23 FLOPs ÷ 1,720,320 GPU-hours ≈ 136 TFLOPS per A100.', /136/);
  assert.equal(rate.evaluation.verdict, 'consistent', rate.evaluation.reason);
  assert.equal(rate.kind, 'arithmetic');
  assert.equal(claimFor('2.788M GPU-hours ÷ 2,048 GPUs ≈ 1,361 hours.', /1,361/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('2.788M GPU-hours ÷ 2,048 GPUs ≈ 2,722 hours.', /2,722/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('3.8e25 FLOPs ÷ 400 TFLOPS ≈ 26M GPU-hours.', /26M/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('3.8e25 FLOPs ÷ 400 TFLOPS ≈ 2.6M GPU-hours.', /2\.6M/).evaluation.verdict, 'inconsistent');
});

test('a fleet\'s total FLOP/s after a rate per GPU below the peak is the count times that rate, not times the peak', () => {
  const s = 'Megatron-LM 1T: 3,072 A100s at 163 TFLOPS per GPU, 52% of peak, 502 PFLOP/s aggregate.';
  const c = claimFor(s, /502/);
  assert.equal(c.evaluation.verdict, 'consistent', c.evaluation.reason);
  assert.equal(claimFor('3,072 A100s at 163 TFLOPS per GPU is 1 EFLOP/s aggregate.', /1 EFLOP/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('3,072 A100s deliver 958 PFLOP/s of dense BF16.', /958/).evaluation.verdict, 'consistent');
});

test('a fleet of GPUs "at" a rate per GPU runs at what each achieves: at most the peak', () => {
  const c = claimFor('OPT-175B: 992 A100 80GB GPUs at about 147 TFLOPS per GPU.', /147/);
  assert.equal(c.evaluation.verdict, 'consistent', c.evaluation.reason);
  assert.equal(claimFor('OPT-175B: 992 A100 80GB GPUs at about 624 TFLOPS per GPU of dense BF16.', /624/).evaluation.verdict, 'inconsistent');
});

test('after "but", a figure is the sentence\'s subject\'s again, not the chip it was compared with', () => {
  const a = claimFor('The H800 has the same 989 TFLOPS dense BF16 as an H100 but NVLink cut to 400 GB/s.', /400 GB\/s/);
  assert.equal(a.evaluation.verdict, 'unverifiable', a.evaluation.reason);
  const b = claims("The H800 SXM keeps the H100's 80 GB and 3.35 TB/s but its NVLink is 400 GB/s.");
  assert.equal(b.find((c) => c.quantity.raw === '400 GB/s')!.evaluation.verdict, 'unverifiable');
  assert.equal(b.find((c) => c.quantity.raw === '3.35 TB/s')!.evaluation.verdict, 'consistent');
  // (A comparison with no "but" keeps its reading.)
  assert.equal(claimFor('The MI325X has the same compute as the MI300X, 256 GB of HBM3e.', /256 GB/).evaluation.verdict, 'consistent');
});

test('a share "of the 1,979 TFLOPS FP8 dense peak", "of dense BF16 peak" or "of the A100\'s 312 TFLOPS" is a share of that peak', () => {
  const both = claims('On H100, 11,000 × 6 × 8B = 528 TFLOPS, i.e. 27% of the 1,979 TFLOPS FP8 dense peak, but 53% of BF16 peak.');
  assert.equal(both.find((c) => c.quantity.raw === '27%')!.evaluation.verdict, 'consistent');
  assert.equal(both.find((c) => c.quantity.raw === '53%')!.evaluation.verdict, 'consistent');
  assert.equal(claimFor('On an MI300X, 500 TFLOPS is 38% of dense BF16 peak.', /38%/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('On an MI300X, 500 TFLOPS is 19% of dense BF16 peak.', /19%/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor("An A100 sustaining 136 TFLOPS is 43% of the A100's 312 TFLOPS.", /43%/).evaluation.verdict, 'consistent');
});

test('a parenthesis right after a figure holding just its product is its arithmetic ("About 26B tokens (20 × 13B)")', () => {
  assert.equal(claimFor('About 26B tokens (20 × 13B).', /26B/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('About 260B tokens (20 × 13B).', /260B/).evaluation.verdict, 'consistent');
  // (A parenthesis that goes on past the product is no arithmetic of the figure.)
  assert.notEqual(claimFor('About 26B tokens (20 × 13B is the rule, but we stopped early).', /26B/).evaluation.verdict, 'inconsistent');
});

test('a link named by its line rate in bits moves an eighth of it in bytes ("A 400 Gb/s NIC moves 400 GB/s")', () => {
  assert.equal(claimFor('A 400 Gb/s NIC moves 400 GB/s.', /400 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('A 400 Gb/s NIC moves 50 GB/s.', /50 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('An 800 Gb/s port carries about 100 GB/s.', /100 GB/).evaluation.verdict, 'consistent');
});

test('a parallel layout multiplies out: "TP 8 × PP 16 × DP 64 = 16,384 GPUs" (a name after × labels an operand)', () => {
  assert.equal(claimFor('TP 8 × PP 16 × DP 128 = 16,384 GPUs.', /16,384/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('TP 8 × PP 16 × DP 64 = 16,384 GPUs.', /16,384/).evaluation.verdict, 'inconsistent');
  assert.deepEqual(parseQuantities('TP 8 × PP 16 × DP 64 = 16,384 GPUs.').map((q) => q.value), [8, 16, 64, 16384]);
  assert.deepEqual(parseQuantities('We ran Llama 3 on it.').map((q) => q.value), []);
});

test("a run's cost takes its GPU-hours from an earlier sentence of the paragraph", () => {
  assert.equal(claimFor('512 GPUs × 6 days × 24 h = 73,728 GPU-hours. At $2.20 per GPU-hour: $162K.', /162K/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('512 GPUs × 6 days × 24 h = 73,728 GPU-hours. At $2.20 per GPU-hour: $1.6M.', /1\.6M/).evaluation.verdict, 'inconsistent');
  // (Not across paragraphs.)
  const apart = analyzeNote('n.md', 'The run took 73,728 GPU-hours.\n\nAt $2.20 per GPU-hour: $1.6M.\n', {}).claims.find((c) => c.quantity.raw === '$1.6M')!;
  assert.equal(apart.evaluation.verdict, 'unverifiable');
});

test("a table of runs: a FLOP figure under a Compute column is the row's 6 × params × tokens", () => {
  const note = '# Runs\n\n| Run | Params | Tokens | Compute |\n|---|---|---|---|\n| GPT-3 | 175B | 300B | 3.14e23 FLOPs |\n| Llama 2 7B | 7B | 2T | 8.4e23 FLOPs |\n';
  const all = analyzeNote('runs.md', note, {}).claims.filter((c) => c.quantity.unit === 'FLOP');
  assert.deepEqual(all.map((c) => c.evaluation.verdict), ['consistent', 'inconsistent']);
  assert.ok(Math.abs(all[1]!.evaluation.modelValue! - 8.4e22) < 1e20);
  // (No tokens column: nothing to check it with.)
  const bare = analyzeNote('runs.md', '| Run | Params | Compute |\n|---|---|---|\n| GPT-3 | 175B | 3.14e23 FLOPs |\n', {}).claims.find((c) => c.quantity.unit === 'FLOP')!;
  assert.equal(bare.evaluation.verdict, 'unverifiable');
});

test('a share per GPU of a total named anywhere in the statement; a chip only named as what weights fit in is not their size', () => {
  assert.equal(claimFor('With FSDP over 64 GPUs the 1.12 TB of state is 17.5 GB per GPU.', /17\.5/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Optimizer states for 70B are 840 GB, i.e. 105 GB per GPU on 8 GPUs.', /105/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Optimizer states for 70B are 840 GB, i.e. 210 GB per GPU on 8 GPUs.', /210/).evaluation.verdict, 'inconsistent');
  // (A unit conversion is still one: "80 GB, i.e. 74.5 GiB".)
  assert.equal(claimFor('The H100 has 80 GB, i.e. 74.5 GiB.', /74\.5/).evaluation.verdict, 'consistent');
  assert.notEqual(claimFor('The weights are 140 GB (70B × 2 bytes), which fits in two H100s.', /^140 GB/).evaluation.verdict, 'inconsistent');
  assert.notEqual(claimFor('Llama 3.1 70B in BF16 is 141 GB, so it fits in 2 × 80 GB.', /^80 GB/).evaluation.verdict, 'inconsistent');
});

test('a fraction written right before the result is the arithmetic ("11/59 ≈ 19%"); "peaks at" names the peak, not an achieved figure', () => {
  assert.equal(claimFor('The bubble with 12 stages and 48 microbatches is 11/59 ≈ 19%.', /19%/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The bubble with 12 stages and 48 microbatches is 11/59 ≈ 25%.', /25%/).evaluation.verdict, 'inconsistent');
  const fp8 = claims('In FP8 the H100 peaks at 1,979 TFLOPS dense, so 40% MFU in FP8 is ~790 TFLOPS.');
  assert.equal(fp8.find((c) => c.quantity.raw === '1,979 TFLOPS')!.evaluation.verdict, 'consistent');
  assert.equal(fp8.find((c) => c.quantity.raw === '~790 TFLOPS')!.evaluation.verdict, 'consistent');
});

test('the power a hall or site can supply is no hardware\'s power', () => {
  // Before: "our hall has 400 kW" was held to the DGX H100's 10.2 kW (inconsistent).
  const hall = claimFor('Power budget: 32 nodes × 10.2 kW per DGX H100-class node = 326 kW; our hall has 400 kW.', /400/);
  assert.equal(hall.evaluation.verdict, 'unverifiable');
  assert.match(hall.evaluation.reason, /hall or site/);
  assert.equal(claimFor('The site is provisioned for 30 MW.', /30/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('The DGX H100 draws 10.2 kW.', /10\.2/).evaluation.verdict, 'consistent');
});

test('a dataset or a download is no chip memory', () => {
  // Before: held to 8 × A100's 640 GB of HBM (inconsistent).
  assert.equal(claimFor('They run eight A100 80GB cards, and the dataset was 1.2 TB of parquet.', /1\.2/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('The H100 download page says 96 GB of HBM.', /96/).evaluation.verdict, 'inconsistent');
  // (Nor a checkpoint's size or a drive's: "the checkpoint is 140 GB; the B200 has 8 TB/s", "a 2 TB NVMe drive".)
  assert.equal(claimFor('The model card says the checkpoint is 140 GB; the B200 has 8 TB/s.', /140/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('A 2 TB NVMe drive per node, and 8 TB/s of HBM3e per B200.', /2 TB\b/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('A Llama 3 8B checkpoint with full optimizer state is about 112 GB.', /112/).evaluation.verdict, 'consistent');
  // (Only the figure's own sentence counts, and a chip's possessive figure stays its memory.)
  assert.equal(claimFor("Lots of talk about checkpoint bandwidth here. Key number: the MI300X's 192 GB drains in 100 ms.", /192/).evaluation.verdict, 'consistent');
});

test('a capacity written tight to a variant noun or after a form factor names the part', () => {
  // Before: "40GB" was held to the A100's 80 GB (inconsistent) and "80GB" judged consistent.
  const sku = claims('The A100 has 1,555 GB/s on the 40GB SKU, 2.04 TB/s on the 80GB SKU.');
  assert.deepEqual(sku.map((c) => c.quantity.raw), ['1,555 GB/s', '2.04 TB/s']);
  assert.deepEqual(claims('The A100 has 40 GB of HBM2e on our SXM4 80GB nodes.').map((c) => c.quantity.raw), ['40 GB']);
  // (A figure with a space, or before a chip, stays one: "two 80 GB H100s", "The H100 has 80GB.")
  assert.equal(claimFor('The H100 has 80GB.', /80/).evaluation.verdict, 'consistent');
});

test('a figure of a memory variant the catalog lacks ("on the 40GB SKU") is unverifiable', () => {
  // Before: 1,555 GB/s was held to the A100 80GB's 2.04 TB/s (inconsistent).
  const v = claimFor('The A100 has 1,555 GB/s on the 40GB SKU, 2.04 TB/s on the 80GB SKU.', /1,555/);
  assert.equal(v.evaluation.verdict, 'unverifiable');
  assert.match(v.evaluation.reason, /40GB SKU/);
  assert.equal(claimFor('The A100 has 1,555 GB/s on the 80GB SKU.', /1,555/).evaluation.verdict, 'inconsistent');
});

test('a figure right after "vs" is the other side: the chip named after it in its clause, or none', () => {
  // Before: 80 GB was held to the H200, and 192 GB to the H100 (both inconsistent).
  const pair = claims('The H200 has 141 GB of HBM3e and 4.8 TB/s, vs 80 GB and 3.35 TB/s on the H100.');
  for (const c of pair) assert.equal(c.evaluation.verdict, 'consistent', c.quantity.raw);
  assert.equal(claimFor('And the H100 is 80 GB, versus 192 GB for us.', /192/).evaluation.verdict, 'unverifiable');
  // (Two figures of one chip set against each other stay that chip's; so do pairs of chips in order.)
  assert.equal(claimFor('The H100 has 900 GB/s of NVLink vs 50 GB/s on InfiniBand.', /50 GB/).evaluation.verdict, 'consistent');
});

test('a capacity written before the chip ("two 80 GB H100s") is the chip\'s, not the weights\'', () => {
  // Before: 80 GB was held to a 70B model's 140 GB of weights (inconsistent).
  assert.equal(claimFor('At 140 GB of weights the 70B model needs two 80 GB H100s.', /80 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('At 140 GB of weights the 70B model needs two 96 GB H100s.', /96 GB/).evaluation.verdict, 'inconsistent');
});

test('a size at a precision after the model ("at FP8 that is ~671 GB") is its weights', () => {
  // Before: held to one H200's 141 GB (inconsistent).
  const w = claimFor('DeepSeek-V3 has 671B parameters (37B active); at FP8 that is ~671 GB, so it needs a full 8× H200 node.', /671 GB/);
  assert.equal(w.evaluation.verdict, 'consistent');
  assert.match(w.subject, /weights of DeepSeek-V3/);
  assert.equal(claimFor('Llama 3.1 70B: at FP8 that is about 140 GB.', /140/).evaluation.verdict, 'inconsistent');
});

test('a size right after a model the catalog lacks is its weights, unverifiable', () => {
  // Before: "(about 145 GB)" was held to the H200's 141 GB (consistent).
  const q = claimFor('The H200 has 141 GB of HBM3e, so Qwen2.5-72B in BF16 (about 145 GB) does not fit on one card.', /145/);
  assert.equal(q.evaluation.verdict, 'unverifiable');
  assert.match(q.evaluation.reason, /Qwen2\.5-72B/);
  assert.equal(claimFor('Llama 3.1 70B in BF16 (141 GB) fits on an H200.', /141/).evaluation.verdict, 'consistent');
  // (A version the name leaves out may come between: "Mistral Large 2 in BF16 (about 246 GB)".)
  assert.equal(claimFor('Mistral Large 2 in BF16 (about 246 GB) needs two H200s.', /246/).evaluation.verdict, 'unverifiable');
});

test('the digits of a phone number or a postal code are no figures', () => {
  // Before: "+41 44 632 11 11" gave five claims and "8092" one.
  assert.deepEqual(claims('Phone: +41 44 632 11 11. Postal code 8092.').map((c) => c.quantity.raw), []);
  assert.deepEqual(claims('Tel: +1 (415) 555-0100.').map((c) => c.quantity.raw), []);
  assert.deepEqual(claims('Scale: +20 GPUs per week, and 4 racks.').map((c) => c.quantity.raw), ['20 GPUs per week', '4 racks']);
});

test('a chip\'s possessive figure stays the chip\'s in a KV-cache statement; the accelerator\'s own module is the chip', () => {
  // Before: both unverifiable.
  assert.equal(claimFor("The H200's 141 GB is enough for Llama 3.1 70B in BF16 with room for KV cache.", /141/).evaluation.verdict, 'consistent');
  assert.equal(claimFor("The H200's 120 GB is enough for Llama 3.1 70B in BF16 with room for KV cache.", /120/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The MI300X OAM module is rated 560 W.', /560/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Each HBM module is 24 GB.', /24/).evaluation.verdict, 'unverifiable');
});

test('a KV-cache figure in a table row takes the model another cell of the row names', () => {
  // Before: "KV bytes per token depend on the model", though the row's Notes cell names it.
  const table = '| Setting | Value | Notes |\n|---|---|---|\n| KV cache per token | 320 KB | Llama 3.1 70B, BF16 |\n| KV cache per token | 128 KB | Llama 3.1 70B, BF16 |\n| HBM | 141 GB | fits Llama 3.1 8B |\n';
  const all = analyzeNote('t.md', table, {}).claims;
  assert.deepEqual(all.map((c) => c.evaluation.verdict), ['consistent', 'inconsistent', 'unverifiable']);
});

test('a Jupyter export\'s DataFrame table is output, not figures; other HTML tables are read', () => {
  // Before: each bare cell (38.2, 141.5, …) was a claim.
  const text = '<div>\n<table border="1" class="dataframe">\n  <tr><th>0</th><td>1</td><td>38.2</td><td>141.5</td></tr>\n</table>\n</div>\n\n<table>\n<tr><td>H100 SXM</td><td>80 GB</td></tr>\n</table>\n';
  assert.deepEqual(analyzeNote('nb.md', text, {}).claims.map((c) => c.quantity.raw), ['80 GB']);
});

test('a parameter count right after "… GB of weights" sizes them ("At 140 GB of weights the 70B model …")', () => {
  // Before: unverifiable ("the weights of a model the statement does not name").
  assert.equal(claimFor('At 140 GB of weights the 70B model needs two 80 GB H100s.', /140/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('140 GB of weights for a 70B model at FP8.', /140/).evaluation.verdict, 'inconsistent');
});

test('a power draw someone saw ("drew 650 W under load", "nvidia-smi showed 420 W") is at most the TDP', () => {
  // Before: held to the 700 W TDP as a spec figure (inconsistent).
  assert.equal(claimFor('At 10:30 the H100 drew 650 W under load.', /650/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The H100 drew 1,000 W under load.', /1,000/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The H100 is rated 650 W.', /650/).evaluation.verdict, 'inconsistent');
  // ("peaks at" states the peak: a spec claim.)
  assert.equal(claimFor('The H100 SXM5 peaks at 692 TFLOPS dense BF16.', /692/).evaluation.verdict, 'inconsistent');
});

test('a per-GPU size in a statement that spreads something over GPUs is a share, not the chip\'s HBM', () => {
  const note = analyzeNote('o5.md', 'The full training state is 1.12 TB. Over 8 H100s it is 140 GB per GPU.\n');
  const share = note.claims.find((c) => c.quantity.raw === '140 GB per GPU')!;
  assert.equal(share.evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('A DGX H100 spreads 640 GB across 8 GPUs, 80 GB per GPU.', /80 GB per/).evaluation.verdict, 'consistent');
  // Wrong either way: the reading reported is the share (810 GB ÷ 8), not a product no one wrote.
  const wrong = claimFor('Llama 405B in BF16 is 810 GB; over 8 H200s that is 150 GB per GPU.', /150/);
  assert.equal(wrong.evaluation.verdict, 'inconsistent');
  assert.ok(Math.abs(wrong.evaluation.modelValue! - 810e9 / 8) < 1e9);
});

test('a hedged figure set after another in other units restates it: "≈ 1,361 hours, about 57 days", "80 GiB (~86 GB)"', () => {
  assert.equal(claimFor('The run takes ≈ 1,361 hours, about 57 days.', /57 days/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('The run takes 1,361 hours, about 40 days.', /40 days/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The H100 has 80 GiB (~86 GB).', /86 GB/).evaluation.verdict, 'consistent');
  // Unhedged, a second figure in parentheses may be another thing's: "1,000 W (700 W for the H100)".
  assert.equal(claimFor('The B200 is 1,000 W (700 W for the H100).', /700 W/).evaluation.verdict, 'consistent');
});

test('bare numbers multiplied into a count rate with a magnitude: "512 × 7,500 = 3.84M tokens/s"', () => {
  assert.equal(claimFor('Across 512 GPUs that is 512 × 7,500 = 3.84M tokens/s.', /3\.84M/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Throughput: 512 × 7,500 = 4.84M tokens/s.', /4\.84M/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Throughput: 512 × 7,500 = 3,840,000 tokens/s.', /3,840,000/).evaluation.verdict, 'consistent');
});

test('a hedge "≈" after words is no written result: the model checks the rate ("6 TB/s → Llama 3.1 70B BF16 ≈ 42 tok/s")', () => {
  // Before: 6 TB/s ÷ 256 GB = 23.4 tokens/s (the chip's HBM read as the bytes per token), inconsistent.
  assert.equal(claimFor('MI325X: 256 GB, 6 TB/s → Llama 3.1 70B BF16 ≈ 42 tok/s.', /42/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('MI300X has 192 GB at 5.3 TB/s: Llama 70B BF16 fits on one card and decodes at ≈ 37.5 tok/s.', /37\.5/).evaluation.verdict, 'consistent');
  // (The stated bandwidth over the weights: a chip named "Trainium2" is not training, "batch 1" is the decode rate's.)
  assert.equal(claimFor('Trainium2: 96 GiB at 2.9 TB/s → Llama 70B FP8 on one chip ≈ 41 tok/s.', /41/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('L40S: 48 GB GDDR6 at 864 GB/s → Llama 3.1 8B BF16 at ≈ 54 tok/s batch 1.', /54/).evaluation.verdict, 'consistent');
  // A rate the model does not give stays wrong; an equation written with no words is still the arithmetic.
  assert.equal(claimFor('MI325X: 256 GB, 6 TB/s → Llama 3.1 70B BF16 ≈ 85 tok/s.', /85/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Step time: 141 GB ÷ 3.35 TB/s ≈ 84 ms.', /84/).evaluation.verdict, 'inconsistent');
});

test('a model named past a semicolon, or a parameter count that is not the default model\'s, is not the figure\'s model', () => {
  // Before: "8B BF16 ≈ 128 tok/s" was held to Llama 3.1 70B (14.4 tokens/s), the next clause's model.
  assert.notEqual(claimFor('A100 80GB: 2.04 TB/s → 8B BF16 ≈ 128 tok/s; Llama 3.1 70B INT4 (35 GB) ≈ 58 tok/s.', /128/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('A100 80GB: 2.04 TB/s → 8B BF16 ≈ 128 tok/s; Llama 3.1 70B INT4 (35 GB) ≈ 58 tok/s.', /58/).evaluation.verdict, 'consistent');
  // (Frontmatter Llama 3.1 8B; the statement counts 70B: another model's rate, the family's 70B, not the 8B's:
  // 141 GB over 4 × 3.35 TB/s is 94.9 tok/s, so 24 tok/s, one GPU's, is wrong about the 70B, not about the 8B.)
  const note = analyzeNote('n', '---\nmodel: Llama 3.1 8B\nhardware: H100\n---\n\n70B BF16 with TP=4 on H100 gives 24 tok/s at batch 1.\n\nThe 8B model decodes at about 209 tok/s at batch 1 in BF16.\n');
  const wrong = note.claims.find((c) => /24 tok/.test(c.quantity.raw))!.evaluation;
  assert.equal(wrong.verdict, 'inconsistent');
  assert.ok(Math.abs(wrong.modelValue! - 94.9) < 0.5, String(wrong.modelValue));
  assert.notEqual(note.claims.find((c) => /^70B/.test(c.quantity.raw))?.evaluation.verdict, 'inconsistent');
  assert.equal(note.claims.find((c) => /209/.test(c.quantity.raw))!.evaluation.verdict, 'consistent');
});

test('a tensor-parallel split from a table row or from the statement an item goes on from ("weights/GPU", "With TP=2 on H100s:" › "- per-GPU weight shard")', () => {
  // Before: held to the whole model's 141 GB (inconsistent), and the step and rate to one H100's 42.1 ms and 23.7 tokens/s.
  const note = analyzeNote('n', '---\nmodel: Llama 3.1 70B\n---\n\n| Config | weights/GPU |\n|---|---|\n| H100 ×4, TP=4, BF16 | 35.3 GB |\n| H100 ×4, TP=4, FP8 | 35.3 GB |\n\nLlama 3.1 70B in BF16. With TP=2 on H100s:\n\n- per-GPU weight shard: 70.6 GB\n- step time ≈ 21 ms, i.e. ≈ 47 tok/s at batch 1\n');
  const at = (statement: RegExp, raw: RegExp) => note.claims.find((c) => statement.test(c.statement) && raw.test(c.quantity.raw))!.evaluation.verdict;
  assert.equal(at(/BF16 \|/, /35\.3/), 'consistent');
  assert.equal(at(/FP8 \|/, /35\.3/), 'inconsistent', 'FP8 over 4 GPUs is 17.6 GB each');
  assert.equal(at(/shard/, /70\.6/), 'consistent');
  assert.equal(at(/step time/, /21 ms/), 'consistent');
  assert.equal(at(/step time/, /47/), 'consistent');
});

test('"per GPU" is read from a figure\'s own clause: "Weights 93.4 GB total, 46.7 GB per GPU"; "of the node\'s 640 GB" is the node\'s', () => {
  const mixtral = analyzeNote('m.md', '## Mixtral 8x7B BF16, TP=2 on H100\n\n- Weights 93.4 GB total, 46.7 GB per GPU.\n').claims;
  assert.deepEqual(mixtral.map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
  const node = analyzeNote('l.md', '## Llama 3.1 405B\n\n- FP8 on 8×H100: 405 GB of weights, leaves 235 GB of the node\'s 640 GB, i.e. 29 GB per GPU for KV.\n').claims;
  const at = (raw: string) => node.find((c) => c.quantity.raw.startsWith(raw))!.evaluation.verdict;
  assert.equal(at('405 GB'), 'consistent');
  assert.equal(at('235 GB'), 'consistent');
  assert.notEqual(at('640 GB'), 'inconsistent');
  assert.equal(at('29 GB'), 'consistent');
  // A table column still says it for its cells.
  const table = analyzeNote('t.md', '## Llama 3.1 70B\n\n| Setup | weights/GPU |\n|---|---|\n| H100 ×2, TP=2, BF16 | 70.6 GB |\n').claims;
  assert.equal(table[0]!.evaluation.verdict, 'consistent');
});

test('memory left after the weights, said as "leaving only …" or a KV pool, is not the weights', () => {
  const left = claimFor('Llama 3.1 70B in FP8 on a single H100: 70.6 GB fits (barely), leaving only 9.4 GB for KV cache.', /9\.4/);
  assert.equal(left.evaluation.verdict, 'consistent');
  assert.match(left.evaluation.derivation.join('\n'), /left/);
  const pool = analyzeNote('p.md', '## Llama 3.1 70B FP8 on B200\n\n- Weights: 70.6 GB on one GPU; KV pool 180 − 70.6 ≈ 109 GB.\n').claims.find((c) => c.quantity.raw.includes('109'))!;
  assert.equal(pool.evaluation.verdict, 'consistent');
});

test('a KV sentence: the context is the count each sequence is at, the weights stay weights, "(9.2 GB each)" is one sequence', () => {
  const kv = claims('On an H100 with Llama 3.1 8B in BF16, 64 GB is left after the 16 GB of weights, which holds ≈ 488k tokens of KV, i.e. about 59 sequences at 8k.');
  const at = (raw: string) => kv.find((c) => c.quantity.raw.includes(raw))!;
  assert.equal(at('16 GB').evaluation.verdict, 'consistent');
  assert.match(at('16 GB').evaluation.derivation.join('\n'), /8B params/);
  assert.equal(at('59 sequences').evaluation.verdict, 'consistent');
  const each = claimFor('DeepSeek-V3: with 769 GB of KV at 70 KB per token: 10.9 million tokens, or 83 sequences at the full 128k context (9.2 GB each).', /9\.2 GB/);
  assert.equal(each.evaluation.verdict, 'consistent');
  assert.ok(each.evaluation.modelValue! < 10e9);
});

test('a statement about the node takes the chip count its heading gives ("## The node (8× MI300X)" › "Node power: 6 kW")', () => {
  // Before: 20.9 PFLOPS, 10.5 PFLOPS and 6 kW were held to one MI300X (2.61 PFLOP/s, 1.31 PFLOP/s, 750 W).
  const text = '---\nhardware: MI300X\n---\n\n## The node (8× MI300X)\n\n- Node FP8 dense peak: 20.9 PFLOPS; BF16 dense: 10.5 PFLOPS.\n- Node power for GPUs alone: 6 kW.\n- The node has 3 TB of HBM.\n- HBM: 192 GB per GPU.\n';
  const got = analyzeNote('n.md', text, {}).claims.filter((c) => c.quantity.raw !== '8×').map((c) => [c.quantity.raw, c.evaluation.verdict]);
  assert.deepEqual(got, [['20.9 PFLOPS', 'consistent'], ['10.5 PFLOPS', 'consistent'], ['6 kW', 'consistent'], ['3 TB', 'inconsistent'], ['192 GB per GPU', 'consistent']]);
});

test('"versus NVLink 5 at 1.8 TB/s": the other side of a versus, with its figure "at" it, is that link\'s', () => {
  // Before: 1.8 TB/s was held to the MI300X's Infinity Fabric (896 GB/s), named later in the sentence.
  const s = 'Ironwood ICI is 1.2 TB/s per chip, versus NVLink 5 at 1.8 TB/s per GPU and Infinity Fabric on the MI300X at 896 GB/s.';
  const c = claimFor(s, /1\.8 TB/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.subject, /NVLink 5/);
  assert.equal(claimFor('Ironwood ICI is 1.2 TB/s per chip, versus NVLink 5 at 3.6 TB/s per GPU.', /3\.6/).evaluation.verdict, 'inconsistent');
  // (A multiple's "at" is still the subject's: "Fifth-gen NVLink is twice NVLink 4 at 1.8 TB/s".)
  assert.equal(claimFor('Fifth-gen NVLink is twice NVLink 4 at 1.8 TB/s.', /1\.8/).evaluation.verdict, 'consistent');
});

test('one chip\'s figure said per pod ("v5p pods hit 459 TFLOPS per pod") is the per-chip/per-pod slip; a pod total labelled "per pod:" is the pod\'s', () => {
  // Before: unverifiable ("nothing ties 459 TFLOPS per pod to TPU v5p pod dense BF16").
  const slip = claimFor("Priya said v5p pods hit 459 TFLOPS per pod — no, that's per chip.", /459/);
  assert.equal(slip.evaluation.verdict, 'inconsistent');
  assert.match(slip.evaluation.reason, /one chip's figure/);
  assert.equal(claimFor('The v5p pod reaches 4.11 exaflops per pod.', /4\.11/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('A v5p pod: 459 TFLOPS per chip.', /459/).evaluation.verdict, 'consistent');
  // Before: unverifiable ("nothing ties 24.8 PB/s to TPU v5p HBM bandwidth").
  assert.equal(claimFor('Aggregate HBM bandwidth per pod: 24.8 PB/s.', /24\.8/, { defaultHardware: 'TPU v5p' }).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Aggregate HBM bandwidth per pod: 2.77 PB/s.', /2\.77/, { defaultHardware: 'TPU v5p' }).evaluation.verdict, 'inconsistent');
});

test('a TPU\'s DCN is its scale-out ("DCN per chip: 50 Gbps" of a v5p)', () => {
  // Before: unverifiable (no catalog figure matched).
  assert.equal(claimFor('DCN per chip: 50 Gbps.', /50/, { defaultHardware: 'TPU v5p' }).evaluation.verdict, 'consistent');
  assert.equal(claimFor('DCN per chip: 100 Gbps.', /100/, { defaultHardware: 'TPU v5p' }).evaluation.verdict, 'inconsistent');
});

test('a total of an uncatalogued system is not its link\'s ("Trn2 UltraServer: 64 chips over NeuronLink, …, 185 TB/s")', () => {
  // Before: 185 TB/s (the UltraServer's HBM bandwidth) was held to 64 × NeuronLink-v3 (81.9 TB/s).
  const c = claimFor('Trn2 UltraServer: 64 chips over NeuronLink, 6 TB HBM, 83.2 PFLOPS FP8 dense, 185 TB/s.', /185/);
  assert.equal(c.evaluation.verdict, 'unverifiable');
  assert.match(c.evaluation.reason, /not in the catalog/);
  assert.equal(claimFor('Trainium2 has NeuronLink-v3 at 1.28 TB/s per chip.', /1\.28/).evaluation.verdict, 'consistent');
});

test('"it" points back no further than a statement of the frontmatter\'s chip ("MI350X runs at 1,000 W. · FP8 is 5 PFLOPS. · insisted it was 20 PF")', () => {
  // Before: the 20 PF was "about MI350X" (named three items up), although the items between were the MI355X's.
  const text = '---\nhardware: MI355X\n---\n\n- Board power is 1,400 W for the MI355X; the air-cooled MI350X runs at 1,000 W.\n- Peak FP4: about 10 PF dense per GPU.\n- FP8 is 5 PFLOPS dense.\n- Someone insisted it was 20 PF of FP4 dense per GPU.\n';
  const c = analyzeNote('n.md', text, {}).claims.find((x) => x.quantity.raw === '20 PF')!;
  assert.equal(c.evaluation.verdict, 'inconsistent');
  // (Right after the chip, "it" is still that chip: "The MI350X runs at 1,000 W. It has 288 GB" is the MI350X's.)
  const near = '---\nhardware: MI355X\n---\n\nThe air-cooled MI350X runs at 1,000 W. It has 288 GB of HBM3E.\n';
  assert.equal(analyzeNote('n.md', near, {}).claims.find((x) => x.quantity.raw === '288 GB')!.evaluation.verdict, 'unverifiable');
});

test('a pair after a colon that ends a comparison of two chips goes in order ("MI325X has 1.8x the HBM of the H200: 256 GB vs 141 GB")', () => {
  // Before: 256 GB was held to the H200's 141 GB (the chip named last before it).
  const s = 'MI325X has 1.8x the HBM of the H200: 256 GB vs 141 GB.';
  const first = claimFor(s, /256/);
  assert.equal(first.evaluation.verdict, 'consistent');
  assert.match(first.subject, /MI325X/);
  assert.match(claimFor(s, /141/).subject, /H200/);
  assert.equal(claimFor('MI325X has 1.8x the HBM of the H200: 288 GB vs 141 GB.', /288/).evaluation.verdict, 'inconsistent');
});

test('a figure whose unit says per link is one link\'s ("Infinity Fabric on MI300X: 128 GB/s per link, 896 GB/s total")', () => {
  // Before: 128 GB/s per link was held to the 896 GB/s of all seven links.
  assert.equal(claimFor('Infinity Fabric on MI300X: 128 GB/s per link, 896 GB/s total.', /128/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Infinity Fabric on MI300X: 896 GB/s per link.', /896/).evaluation.verdict, 'inconsistent');
});

test('a pod\'s total said of each chip is the per-pod/per-chip slip ("each Ironwood chip 42.5 exaflops FP8", "each Trillium chip has 8 TB")', () => {
  // Before: unverifiable ("nothing ties 42.5 exaflops to TPU7x (Ironwood) dense FP8").
  const c = claimFor('Error in the planning doc: each Ironwood chip 42.5 exaflops FP8.', /42\.5/);
  assert.equal(c.evaluation.verdict, 'inconsistent');
  assert.match(c.evaluation.reason, /superpod's figure/);
  assert.equal(claimFor('Each Trillium chip has 8 TB of HBM.', /8 TB/).evaluation.verdict, 'inconsistent');
  // (Not said of one chip: the pod may be meant.)
  assert.equal(claimFor('Ironwood: 42.5 exaflops FP8.', /42\.5/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('Each Ironwood chip has 192 GB of HBM.', /192/).evaluation.verdict, 'consistent');
});

test('a chip\'s node is its 8-GPU system: "An H200 node has 1,128 GB", "a 1.128 TB H200 node"; two H100s span two GPUs', () => {
  assert.equal(claimFor('An H200 node has 1,128 GB.', /1,128/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('It does not fit in a 1.128 TB H200 node.', /1\.128/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('An H200 node has 141 GB per GPU.', /141/).evaluation.verdict, 'consistent');
  const mixtral = analyzeNote('m.md', '## Mixtral 8x7B BF16, TP=2 on H100\n\n- Batch 1 reads only the 12.9B active params = 25.8 GB per token → ≈ 260 tok/s roofline across two H100s.\n').claims;
  assert.equal(mixtral.find((c) => c.quantity.raw.includes('260'))!.evaluation.verdict, 'consistent');
});

test('"the node\'s GPUs draw" is the GPUs\' TDP, not the node\'s draw', () => {
  const c = claimFor("Power: H100 SXM TDP is 700 W, so the node's GPUs draw up to 5.6 kW.", /5\.6/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.equal(c.evaluation.modelValue, 5600);
  assert.equal(claimFor('A DGX H100: the node draws 10.2 kW.', /10\.2/).evaluation.verdict, 'consistent');
});

test('an MoE sparsity written out before its value: "DeepSeek-V3\'s sparsity is 671/37 ≈ 18"', () => {
  assert.equal(claimFor('DeepSeek-V3 sparsity is 671/37 ≈ 18.', /18/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('DeepSeek-V3 sparsity is 671/37 ≈ 9.', /9/).evaluation.verdict, 'inconsistent');
});

test('a chain of bare numbers is read whole, in the result\'s unit or its base unit: "2 × 8 × 128 × 2 = 4 KiB"', () => {
  assert.equal(claimFor('Per layer that is 2 × 8 × 128 × 2 = 4 KiB for every Llama 3 size.', /4 KiB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Per layer that is 2 × 8 × 128 × 2 = 8 KiB.', /8 KiB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('TP=4 on H100s: 4 × 3.35 = 13.4 TB/s', /13\.4/).evaluation.verdict, 'consistent');
  // Under a KV heading, written arithmetic that holds but is not the named model's cache is still wrong about the model.
  const kv = analyzeNote('kv.md', '## KV cache per token\n\n- Llama 3.1 70B: 2 × 64 × 8 × 128 × 2 = 256 KiB per token.\n').claims.find((c) => c.quantity.raw.includes('256'))!;
  assert.equal(kv.evaluation.verdict, 'inconsistent');
});

test('N chips\' HBM, and a system\'s, may be written in the vendor\'s binary "GB": "an 8x B200 node holds 1,536 GB" (8 × 192)', () => {
  const node = claimFor('The slide claimed an 8x B200 node holds 1,536 GB of HBM.', /1,536/);
  assert.equal(node.evaluation.verdict, 'consistent');
  assert.match(node.evaluation.derivation.join(' '), /180 GB a chip as GiB = 193 GB: 8 × 193 GB = 1\.55 TB/);
  assert.equal(claimFor('A DGX B200 has 1,536 GB of HBM.', /1,536/).evaluation.verdict, 'consistent');
  // Close to that reading only: 1,640 GB is neither 1.44 TB nor 1.55 TB.
  assert.equal(claimFor('An 8x B200 node holds 1,640 GB of HBM.', /1,640/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('A DGX B200 has 1,640 GB of HBM.', /1,640/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('8 H100s give 640 GB of HBM.', /640/).evaluation.modelValue, 640e9);
});

test('napkin division with a hedged result: "the ceiling is 800 / 40 ≈ 20 tok/s"', () => {
  const ok = claimFor('Llama 3.1 70B at Q4 is about 40 GB, so the ceiling is 800 / 40 ≈ 20 tok/s.', /20 tok/);
  assert.equal(ok.evaluation.verdict, 'consistent');
  assert.equal(ok.kind, 'arithmetic');
  assert.match(ok.evaluation.derivation.join(' '), /800 ÷ 40 = 20/);
  assert.equal(claimFor('so the ceiling is 800 / 40 ≈ 30 tok/s.', /30 tok/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('close to 1008 / 8.5 ≈ 118 tok/s.', /118/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('KV per layer: 2 × 8 × 128 ≈ 2 KiB.', /2 KiB/).evaluation.verdict, 'consistent');
  // Without a sign between them, two numbers and a result are no equation.
  assert.equal(claimFor('ratio 3/4 20 tok/s', /20 tok/).evaluation.verdict, 'unverifiable');
});

test('a share whose whole is written after its "of" is arithmetic: "~740 TFLOPS, i.e. about 75% of the 989 TFLOPS peak"', () => {
  const share = claimFor('FA3 hits ~740 TFLOPS in BF16 forward, i.e. about 75% of the 989 TFLOPS peak.', /75%/);
  assert.equal(share.kind, 'arithmetic');
  assert.equal(share.evaluation.verdict, 'consistent');
  assert.match(share.evaluation.derivation.join(' '), /~740 TFLOPS ÷ 989 TFLOPS = 74\.8%/);
  assert.equal(claimFor('FA3 hits ~740 TFLOPS, about 90% of the 989 TFLOPS peak.', /90%/).evaluation.verdict, 'inconsistent');
  // A range is read at its middle: 13 ÷ 20.
  assert.equal(claimFor('I see 12–14 tok/s, which is ~65% of the 20 tok/s roofline.', /65%/).evaluation.verdict, 'consistent');
  // The part of such a share is achieved, at most the chip's figure; unless the whole is another chip's.
  assert.equal(claimFor("They got 2.9 TB/s, 87% of the H100's 3.35 TB/s.", /2\.9/).evaluation.verdict, 'consistent');
  assert.equal(claimFor("The H100 has 2.5 TB/s, 31% of the B200's 8 TB/s.", /2\.5/).evaluation.verdict, 'inconsistent');
});

test('a kernel table: "TFLOPS (BF16)" is the column\'s unit, its precision in brackets; a "% of peak" column is the row\'s figure over the chip\'s peak', () => {
  const note = [
    '| kernel | TFLOPS (BF16) | % of peak |',
    '|---|---|---|',
    '| FA2 on H100 | 350 | 35% |',
    '| FA3 on H100 | 740 | 60% |',
    '| Year (2024) | 2 | 3 |',
    '',
  ].join('\n');
  const all = analyzeNote('k.md', note).claims;
  const at = (raw: string) => all.find((c) => c.quantity.raw === raw)!;
  assert.equal(at('350 TFLOPS').quantity.unit, 'FLOP/s');
  assert.equal(at('350 TFLOPS').evaluation.verdict, 'consistent', 'achieved, at most the 989 TFLOPS peak');
  assert.equal(at('35%').evaluation.verdict, 'consistent');
  assert.equal(at('35%').evaluation.modelValue!.toFixed(1), '35.4');
  assert.equal(at('60%').evaluation.verdict, 'inconsistent', '740 of 989 is 75%');
  assert.ok(!all.some((c) => /year/i.test(c.quantity.unit)), 'a calendar word before brackets is no unit');
});

test('bare numbers multiplied into a price: "120 × 0.08 = $9.60 an hour", shown per hour', () => {
  const c = claimFor("At $0.08 per kWh that's 120 × 0.08 = $9.60 an hour.", /9\.60/);
  assert.equal(c.kind, 'arithmetic');
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.equal(c.evaluation.modelText, '$9.6/hour');
  assert.equal(claimFor('120 × 0.08 = $12.60', /12\.60/).evaluation.verdict, 'inconsistent');
});

test('variant names, a count past ";", a possessive\'s figure and an ordinal count (catalog additions)', () => {
  // A capacity that names a memory variant states no figure of it.
  assert.equal(claimFor('And the A100 40GB was 1.555 TB/s, which people forget is lower than the 80 GB part.', /80 GB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('The A100 40GB delivers 312 TFLOPS dense BF16, same silicon as the 80GB.', /80GB/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('The A100 40GB has 80 GB of HBM2.', /80 GB/).evaluation.verdict, 'inconsistent');
  // The figure's own clause names the chip again after ";": one chip, not the 440 before.
  const one = claimFor('MPT-7B ran on 440 A100-40GB; the A100 40GB has 1.6 TB/s of bandwidth.', /1\.6/);
  assert.equal(one.evaluation.verdict, 'consistent');
  assert.equal(one.evaluation.modelValue, 1.555e12);
  // A possessive owns the figure right after it; the next one of that kind is the subject's again.
  const h100 = claimFor("The H100 SXM is about 2x the L40S's 362 TFLOPS dense FP16 at 989 TFLOPS dense BF16.", /989/);
  assert.match(h100.subject, /H100/);
  assert.equal(h100.evaluation.verdict, 'consistent');
  // "a second 4090 … total" counts two, and the derivation names the card's own memory.
  const two = claimFor('I plan to add a second 4090 for 48 GB total.', /48 GB/);
  assert.equal(two.evaluation.verdict, 'consistent');
  assert.match(two.subject, /2 × GeForce RTX 4090.*GDDR6X capacity/);
  assert.equal(claimFor('I plan to add a second 4090 for 64 GB total.', /64 GB/).evaluation.verdict, 'inconsistent');
});

test('a form factor the statement names, of a chip named elsewhere as another form, is not judged as that form ("## Intel Gaudi 3" › "PCIe card: 600 W")', () => {
  const note = '## Intel Gaudi 3\n\n- OAM: 900 W.\n- PCIe card: 600 W.\n\n## H100\n\n- PCIe card: 350 W\n';
  const all = analyzeNote('p.md', note).claims;
  assert.equal(all.find((c) => c.quantity.raw === '900 W')!.evaluation.verdict, 'consistent');
  const pcie = all.find((c) => c.quantity.raw === '600 W')!;
  assert.equal(pcie.evaluation.verdict, 'unverifiable');
  assert.match(pcie.evaluation.reason, /PCIe card, another form of Gaudi 3/);
  assert.equal(all.find((c) => c.quantity.raw === '350 W')!.evaluation.verdict, 'unverifiable');
  // Named in the statement, the chip is what it says: "H100 SXM card: 350 W" stays wrong.
  assert.equal(claimFor('The H100 SXM card: 350 W.', /350/).evaluation.verdict, 'inconsistent');
});

test('a batch said to be where decode turns compute-bound is the ridge × bytes per weight ÷ 2, the same in FP8 as in BF16', () => {
  const lecture = 'So decode crosses the ridge at batch ≈ 295 on H100 in BF16. With FP8 weights and FP8 math the ridge point doubles but so do the FLOPs per byte, so the crossover stays near batch 295; the slide that said batch 590 for FP8 decode got that wrong.';
  // Before: the FP8 figures were held to the FP8 ridge, 591 FLOP/byte ('295' inconsistent, '590' consistent).
  const at = (raw: RegExp) => analyzeNote('l.md', `---\nhardware: H100\n---\n\n${lecture}\n`).claims.filter((c) => raw.test(c.quantity.raw)).map((c) => c.evaluation.verdict);
  assert.deepEqual(at(/295/), ['consistent', 'consistent']);
  assert.deepEqual(at(/590/), ['inconsistent']);
  assert.equal(claimFor('On a B200 running FP8 weights, decode turns compute-bound at about batch 281.', /281/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('With FP8 on the H200 the crossover batch is 412, per the deck.', /412/).evaluation.verdict, 'inconsistent');
  // A batch said to be on one side of the crossover is checked as that side; the ridge in FLOP/byte stays the ridge.
  assert.equal(claimFor('On an MI300X in BF16, a batch of 32 is still memory-bound.', /32/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('On H100 FP8 the ridge point is 591 FLOP/byte, so a batch of 64 is still memory-bound.', /64/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('On an H100 in BF16 a batch of 64 is already compute-bound.', /64/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('On H100 FP8 the ridge point is 591 FLOP/byte.', /591/).evaluation.verdict, 'consistent');
});

test('a decode rate the statement does not call decode: "roofline", "ceiling", a decode heading, or a model and precision named with the chip', () => {
  assert.equal(claimFor('So BF16 Llama 3.1 8B should do ~419 tok/s on one H100.', /419/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('Llama 3.1 8B in FP8 on one B200 does ~1,000 tok/s.', /1,000/).evaluation.verdict, 'consistent');
  const moe = analyzeNote('d.md', '---\nmodel: DeepSeek-V3\n---\n\n## Decode roofline (batch 1)\n\n- A draft says the 8×B200 ceiling is 95 tok/s.\n').claims.find((c) => /95/.test(c.quantity.raw))!;
  assert.equal(moe.evaluation.verdict, 'inconsistent');
  // (A server's or a benchmark's rate stays unchecked; so does one far above a stream's roofline, with no batch given.)
  assert.equal(claimFor('vLLM serves Llama 3.1 8B in BF16 on one H100 at 12,000 tok/s aggregate.', /12,000/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('Llama 3.1 70B FP8 on one H100 does 2,400 tok/s.', /2,400/).evaluation.verdict, 'unverifiable');
  assert.equal(claimFor('Llama 3.1 8B in FP8 on one H100 does 5,000 tok/s at high concurrency.', /5,000/).evaluation.verdict, 'unverifiable');
});

test('a heading\'s "8 GPUs, TP=8" holds for an item that names the node; a heading\'s "on 4×H200" makes a replica\'s bandwidth the total', () => {
  const node = analyzeNote('b.md', '## Llama 3.1 405B FP8, 8 GPUs, TP=8\n\n- H100 node: 405 GB weights, 50.6 GB per GPU, roofline 66 tok/s (15.1 ms per step).\n- MI300X node: roofline 105 tok/s.\n').claims;
  assert.deepEqual(node.filter((c) => c.quantity.raw !== '8 GPUs').map((c) => [c.quantity.raw, c.evaluation.verdict]), [['405 GB', 'consistent'], ['50.6 GB per GPU', 'consistent'], ['66 tok/s', 'consistent'], ['15.1 ms per step', 'consistent'], ['105 tok/s', 'consistent']]);
  const qwen = analyzeNote('q.md', '## Qwen3-235B-A22B FP8 on 4×H200\n\n- Active 22 GB per token → batch-1 roofline ≈ 870 tok/s over 19.2 TB/s.\n').claims;
  assert.equal(qwen.find((c) => c.quantity.raw.includes('19.2'))!.evaluation.verdict, 'consistent');
  // (A statement about one chip keeps to one, whatever split the heading names.)
  const one = analyzeNote('o.md', '## Llama 3.1 70B FP8, TP=4\n\n- On one H200: roofline 68 tok/s.\n').claims;
  assert.equal(one.find((c) => c.quantity.raw.includes('68'))!.evaluation.verdict, 'consistent');
  const two = analyzeNote('q.md', '## Llama 3.1 70B BF16 on 2×H200\n\n- Batch-1 roofline ≈ 68 tok/s over 19.2 TB/s.\n').claims;
  assert.equal(two.find((c) => c.quantity.raw.includes('19.2'))!.evaluation.verdict, 'inconsistent', 'two H200s have 9.6 TB/s');
});

test('a cost per token takes the price of the chip its statement names, from earlier in the list', () => {
  const list = '- One H100, aggregate 3,000 tokens/s at $2/GPU-hour: ≈ $0.19 per million tokens.\n- 8×H200 at $3.50/GPU-hour ($28/hour per node) and 38,900 tok/s: ≈ $0.20 per million.\n- Batch-1 Llama 3.1 8B BF16 on one H100, roofline 209 tok/s: ≈ $2.66 per million tokens.\n';
  // Before: the last price of the list, the H200 node's $28/hour ($37.2 per million tokens).
  const c = analyzeNote('c.md', list).claims.find((x) => x.quantity.raw.includes('2.66'))!;
  assert.equal(c.evaluation.verdict, 'consistent');
  const b200 = analyzeNote('c.md', '- One B200 at $5/GPU-hour and 6,000 tok/s: fine.\n- 8×H100 at $2/GPU-hour ($16/hour per node) and 24,000 tok/s aggregate: fine.\n- Batch-1 Llama 3.1 8B on one B200, roofline 500 tok/s: ≈ $2.78 per million tokens.\n').claims.find((x) => x.quantity.raw.includes('2.78'))!;
  assert.equal(b200.evaluation.verdict, 'consistent');
});

test('a statement that names no model or precision takes the precision of an earlier sentence about the note\'s model', () => {
  const note = '---\nmodel: Llama 3.1 70B\n---\n\nFor Llama 3.1 70B FP8 on one H100, batch 1 is 47 tok/s. At batch 64 the step still reads 70.6 GB of weights plus KV.\n';
  assert.equal(analyzeNote('p.md', note).claims.find((c) => c.quantity.raw === '70.6 GB')!.evaluation.verdict, 'consistent');
  // (Not when the earlier sentence is about another model than the one the statement is held to.)
  const other = '---\nmodel: Llama 3.1 70B\n---\n\nFor Llama 3.1 8B FP8 on one H100, batch 1 is 419 tok/s. The step reads 141 GB of weights.\n';
  assert.equal(analyzeNote('p.md', other).claims.find((c) => c.quantity.raw === '141 GB')!.evaluation.verdict, 'consistent');
});

test('what a named model needs of each chip of a slice is its shard of the weights, not the chip\'s HBM', () => {
  assert.equal(claimFor('TPU v5e: 16 GB, 819 GB/s. Llama 8B BF16 needs a v5e-4 slice: 4 GB per chip, ≈ 205 tok/s with TP=4.', /4 GB per chip/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 70B BF16 needs a v6e-8 slice: 17.6 GB per chip with TP=8.', /17\.6/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Llama 3.1 70B BF16 needs a v6e-8 slice: 32 GB per chip with TP=8.', /32 GB/).evaluation.verdict, 'inconsistent');
});

test('a KV heading two levels up makes written arithmetic per token the named model\'s KV cache', () => {
  const note = '# KV cache sizing cheat sheet\n\n## Worked examples\n\nCommon errors:\n\n- "Llama 3.1 70B: 2 × 64 × 8 × 128 × 2 = 256 KiB per token" — 70B has 80 layers, not 64.\n- "Llama 3.1 8B: 2 × 32 × 8 × 128 × 2 = 128 KiB per token".\n';
  const claims = analyzeNote('k.md', note).claims;
  assert.equal(claims.find((c) => c.quantity.raw.startsWith('256'))!.evaluation.verdict, 'inconsistent');
  assert.equal(claims.find((c) => c.quantity.raw.startsWith('128 KiB'))!.evaluation.verdict, 'consistent');
});

test('an answer that names no chip is about the one the turn before asked about', () => {
  const talk = '---\nhardware: H200\n---\n\n**Host:** Last one — the H800.\n\n**Priya Raman:** Same 3.35 TB/s HBM but NVLink cut to 400 GB/s.\n\n**Host:** And the MI300X?\n\n**Guest:** 192 GB at 5.3 TB/s.\n';
  const claims = analyzeNote('t.md', talk).claims;
  // Before: held to the frontmatter's H200 (4.8 TB/s, 900 GB/s), both inconsistent.
  assert.deepEqual(claims.filter((c) => c.statement.includes('H800') || c.statement.includes('NVLink cut')).map((c) => c.evaluation.verdict), ['unverifiable', 'unverifiable']);
  assert.deepEqual(claims.filter((c) => c.statement.includes('192 GB')).map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
});

test('table columns "roofline ITL" and "roofline tok/s" are the decode step and rate; an engine\'s row is measured, at most the roofline', () => {
  const table = '## Llama 3.1 70B, batch 1\n\n| Config | weights/GPU | roofline ITL | roofline tok/s |\n|---|---|---|---|\n| H100 ×2, TP=2, BF16 | 70.6 GB | 21.1 ms | 47.4 |\n| H100 ×4, TP=4, FP8 | 17.6 GB | 5.3 ms | 380 |\n\n## Llama 3.1 8B (BF16, TP=1), batch 1\n\n| Engine | GPU | ITL | decode tok/s | roofline tok/s |\n|---|---|---|---|---|\n| vLLM 0.6 | H100 | 5.6 ms | 178 | 209 |\n| SGLang | B200 | 1.8 ms | 540 | 500 |\n';
  const v = analyzeNote('t.md', table).claims.map((c) => `${c.quantity.raw}:${c.evaluation.verdict}`);
  assert.deepEqual(v, ['70.6 GB:consistent', '21.1 ms:consistent', '47.4 tok/s:consistent', '17.6 GB:consistent', '5.3 ms:consistent', '380 tok/s:inconsistent', '5.6 ms:consistent', '178 tok/s:consistent', '209 tok/s:consistent', '1.8 ms:inconsistent', '540 tok/s:inconsistent', '500 tok/s:consistent']);
});

test('a model\'s shard per GPU at a precision is its weights over the GPUs; an "ITL" in prose is the decode step', () => {
  const shard = analyzeNote('s.md', '## Llama 3.1 405B\n\n- Per GPU (TP=8) the 405B FP8 shard is 405 GB — copied from the node row.\n- Per GPU (TP=8) the 405B FP8 shard is 50.6 GB.\n').claims.filter((c) => c.quantity.unit === 'B');
  assert.deepEqual(shard.map((c) => c.evaluation.verdict), ['inconsistent', 'consistent']);
  assert.equal(claimFor("Each GPU's shard of Llama 3.1 70B in FP8 with TP=4 is 17.6 GB.", /17\.6/).evaluation.verdict, 'consistent');
  const itl = analyzeNote('i.md', '## Llama 3.1 70B FP8 on B200\n\n- Batch-1 ITL: 70.6 GB ÷ 8 TB/s ≈ 8.8 ms.\n- Intern\'s estimate: 4.4 ms ITL "because B200 FP8 is twice as fast".\n- Measured: 9.7 ms ITL.\n').claims;
  assert.equal(itl.find((c) => c.quantity.raw.startsWith('4.4'))!.evaluation.verdict, 'inconsistent');
  assert.equal(itl.find((c) => c.quantity.raw.startsWith('9.7'))!.evaluation.verdict, 'consistent', 'measured: at least the roofline');
});

test('a small count said to be a named MoE\'s sparsity is a claim: "Mixtral\'s sparsity is 8" (it is 46.7B ÷ 12.9B ≈ 3.6)', () => {
  assert.equal(claimFor("Someone on Twitter said Mixtral's sparsity is 8 because it has eight experts.", /^8$/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor("Mixtral 8x7B's sparsity is about 4.", /4/).evaluation.verdict, 'consistent');
  // (A small count that is no sparsity stays an enumeration.)
  assert.equal(analyzeNote('e.md', 'Mixtral has 3 reasons to like it.\n').claims.filter((c) => c.quantity.value === 3).length, 0);
});

test('a size in brackets after a parameter count is the model\'s, not the card\'s memory: "an 8B at Q8 (8.5 GB) runs at ~110 tok/s on a 4090"', () => {
  const c = claimFor('an 8B at Q8 (8.5 GB) runs at ~110 tok/s on a 4090', /8\.5 GB/);
  assert.equal(c.evaluation.verdict, 'unverifiable');
  assert.match(c.evaluation.reason, /size of a model/);
  assert.equal(claimFor('The 4090 (24 GB) is enough.', /24 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('A 4090 has 32 GB.', /32 GB/).evaluation.verdict, 'inconsistent');
});

test('a size in brackets after a parameter count and a precision is checked as its weights: "a 70B model in FP8 (70 GB) on one H200"', () => {
  assert.equal(claimFor('For a 70B model in FP8 (70 GB) on one H200: 70 GB / 4.8 TB/s ≈ 15 ms per token.', /^70 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('For a 70B model in FP8 (140 GB) on one H200.', /140 GB/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('MI355X: 288 GB at 8 TB/s → 405B FP8 (405 GB) needs two of them.', /405 GB/).evaluation.verdict, 'consistent');
});

test('a table cell\'s "~" is its own hedge, not "≈" making it the result of the cells before it', () => {
  const note = '| setup | memory | bandwidth | 8B Q8 tok/s |\n|---|---|---|---|\n| H100 SXM | 80 GB | 3.35 TB/s | ~390 |\n';
  const rate = analyzeNote('t.md', note).claims.find((c) => c.quantity.raw.includes('390'))!;
  assert.notEqual(rate.evaluation.verdict, 'inconsistent', 'not 3.35 TB/s ÷ 80 GB = 41.9 tok/s');
  assert.doesNotMatch(rate.evaluation.derivation.join(' '), /÷ 80 GB/);
});

test('with no chip named, a decode rate is over the bandwidth the statement gives, not the default chip\'s', () => {
  const c = claimFor('At batch 1, DeepSeek-V3 reads only its 37B active params: 37 GB in FP8 over 8 TB/s is ~4.6 ms, so ~216 tok/s per stream on one GPU.', /216/);
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.derivation.join(' '), /8 TB\/s \(as stated\) ÷ 37 GB = 216 tokens\/s/);
  // A chip named keeps its own bandwidth.
  assert.equal(claimFor('DeepSeek-V3 at batch 1 in FP8 on one H100 decodes at ~216 tok/s.', /216/).evaluation.verdict, 'inconsistent');
});

test('a network switch\'s bandwidth is no chip\'s or NIC\'s: "| leaf | 768 | 64 × 400G | 25.6 Tb/s each |" under an H100 heading', () => {
  const note = '# Cluster of 24k H100s\n\n| tier | switches | ports | bandwidth |\n|---|---|---|---|\n| leaf | 768 | 64 × 400G | 25.6 Tb/s each |\n\n- leaf switches: 25.6 Tb/s each\n- Each H100 has one 400 Gb/s NIC.\n';
  const all = analyzeNote('c.md', note).claims;
  for (const c of all.filter((x) => x.quantity.raw.startsWith('25.6'))) assert.equal(c.evaluation.verdict, 'unverifiable', c.statement);
  assert.equal(all.find((c) => c.quantity.raw.startsWith('400 Gb/s'))!.evaluation.verdict, 'consistent');
});

test('a conversion 8× a NIC\'s rate is no bits-for-bytes slip when the statement counts eight of them: "8 × 400 Gb/s ConnectX-7 = 3.2 Tb/s, i.e. 400 GB/s per node"', () => {
  assert.equal(claimFor('each node has 8 × 400 Gb/s ConnectX-7 = 3.2 Tb/s of scale-out, i.e. 400 GB/s per node.', /400 GB\/s/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('NeuronLink-v3 as 1.28 Tb/s per chip, i.e. 160 GB/s', /160 GB/).evaluation.verdict, 'inconsistent');
});
