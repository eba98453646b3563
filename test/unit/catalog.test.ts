import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACCELERATORS,
  CATALOG_VERSION,
  CONSTANTS,
  INTERCONNECTS,
  MODELS,
  SCALE_UP_VS_SCALE_OUT,
  SYSTEMS,
  catalogFigures,
  createCatalogIndex,
  findHardwareMentions,
  getAccelerator,
  getInterconnect,
  getModel,
  getSystem,
  kvBytesPerToken,
  kvSlidingWindowBytesPerSequence,
  mergeUserHardware,
  peakFlops,
  resolveHardware,
  resolveModel,
} from '../../src/core/catalog/index.js';
import type { Accelerator, BandwidthFigure, FlopsFigure } from '../../src/core/catalog/index.js';
import { UNCATALOGUED } from '../../src/core/catalog/uncatalogued.js';

const PRECISIONS = ['fp64', 'fp32', 'tf32', 'bf16', 'fp16', 'fp8', 'int8', 'fp6', 'fp4'];

function close(actual: number | undefined, expected: number, rel = 1e-9, msg?: string): void {
  assert.ok(actual !== undefined, msg ?? `expected ${expected}, got undefined`);
  assert.ok(Math.abs(actual - expected) <= Math.abs(expected) * rel, msg ?? `expected ${expected}, got ${actual}`);
}

function acc(id: string): Accelerator {
  const a = getAccelerator(id);
  assert.ok(a, `accelerator ${id} missing`);
  return a;
}

function dense(id: string, precision: FlopsFigure['precision']): number | undefined {
  return peakFlops(acc(id), precision, 'dense')?.value;
}

// ---------------------------------------------------------------------------
// Data integrity

test('catalog has a version and the expected entries', () => {
  assert.match(CATALOG_VERSION, /^\d{4}-\d{2}-\d{2}/);
  for (const id of [
    'nvidia-a100-sxm-80gb',
    'nvidia-h100-sxm',
    'nvidia-h100-pcie',
    'nvidia-h200-sxm',
    'nvidia-b200',
    'nvidia-b300',
    'nvidia-gb200-per-gpu',
    'nvidia-gb300-per-gpu',
    'nvidia-rubin',
    'nvidia-rubin-ultra',
    'amd-mi300x',
    'amd-mi325x',
    'amd-mi355x',
    'google-tpu-v5e',
    'google-tpu-v5p',
    'google-tpu-v6e',
    'google-tpu7x-ironwood',
    'aws-trainium2',
  ])
    acc(id);
  for (const id of [
    'dgx-hgx-h100',
    'dgx-h200',
    'dgx-b200',
    'gb200-nvl72',
    'gb300-nvl72',
    'vera-rubin-nvl72',
    'rubin-ultra-nvl576',
    'vera-rubin-pod',
    'tpu-v5e-pod',
    'tpu-v5p-pod',
    'tpu-v6e-pod',
    'tpu7x-ironwood-pod',
  ])
    assert.ok(getSystem(id), `system ${id} missing`);
  for (const id of ['llama-3.1-8b', 'llama-3.1-70b', 'llama-3.1-405b', 'mixtral-8x7b', 'deepseek-v3', 'qwen3-235b-a22b', 'gpt-oss-120b', 'kimi-k2'])
    assert.ok(getModel(id), `model ${id} missing`);
});

test('ids are unique across each table', () => {
  for (const table of [ACCELERATORS, SYSTEMS, INTERCONNECTS, MODELS] as ReadonlyArray<ReadonlyArray<{ id: string }>>) {
    const ids = table.map((x) => x.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${ids.join(',')}`);
  }
});

test('every figure has an http(s) source, a finite positive value, a unit and a confidence', () => {
  const figures = catalogFigures();
  assert.ok(figures.length > 200, `only ${figures.length} figures found`);
  const paths = new Set<string>();
  for (const { path, figure } of figures) {
    assert.ok(!paths.has(path), `duplicate path ${path}`);
    paths.add(path);
    assert.match(figure.source, /^https?:\/\/\S+$/, `${path}: source ${figure.source}`);
    for (const s of figure.additionalSources ?? []) assert.match(s, /^https?:\/\/\S+$/, `${path}: additional source ${s}`);
    for (const alt of figure.alternatives ?? []) {
      assert.ok(Number.isFinite(alt.value) && alt.value > 0, `${path}: alternative ${alt.value}`);
      assert.match(alt.source, /^https?:\/\//, `${path}: alternative source`);
    }
    assert.ok(Number.isFinite(figure.value) && figure.value > 0, `${path}: value ${figure.value}`);
    assert.ok(figure.unit.length > 0, `${path}: unit`);
    assert.ok(['high', 'medium', 'low'].includes(figure.confidence), `${path}: confidence ${figure.confidence}`);
    // A hover lists every source: a Q&A or benchmark dataset is no datasheet, even as a second source.
    for (const s of [figure.source, ...(figure.additionalSources ?? []), ...(figure.alternatives ?? []).map((a) => a.source)]) {
      assert.doesNotMatch(s, /huggingface\.co\/datasets\//, `${path}: ${s} is a dataset, not a source`);
    }
  }
});

test('units are canonical (no GB, TB/s, TFLOPS, Gb/s, kW)', () => {
  const allowed = new Set(['B', 'B/s', 'FLOP/s', 'W', 's', 'year', 'die', 'count', 'param', 'token', 'B/token', 'token/param', 'FLOP/(param·token)', 'word/s', 'token/word', 'token/s']);
  for (const { path, figure } of catalogFigures()) assert.ok(allowed.has(figure.unit), `${path}: unit ${figure.unit}`);
});

test('every FLOP/s figure has precision and sparsity; every bandwidth has a direction', () => {
  let flopsSeen = 0;
  let bwSeen = 0;
  for (const { path, figure } of catalogFigures()) {
    if (figure.unit === 'FLOP/s') {
      flopsSeen++;
      const f = figure as FlopsFigure;
      assert.ok(PRECISIONS.includes(f.precision), `${path}: precision ${f.precision}`);
      assert.ok(f.sparsity === 'dense' || f.sparsity === 'sparse', `${path}: sparsity ${f.sparsity}`);
    }
    if (figure.unit === 'B/s') {
      bwSeen++;
      const b = figure as BandwidthFigure;
      assert.ok(b.direction === 'per-direction' || b.direction === 'bidirectional', `${path}: direction ${b.direction}`);
    }
  }
  assert.ok(flopsSeen > 50 && bwSeen > 50);
});

test('every accelerator with FLOP/s figures has a dense figure, and vendors other than the roadmap parts have bf16 dense', () => {
  for (const a of ACCELERATORS) {
    if (a.flops.length > 0) assert.ok(a.flops.some((f) => f.sparsity === 'dense'), `${a.id}: no dense figure`);
    if (!['nvidia-rubin', 'nvidia-rubin-ultra'].includes(a.id)) assert.ok(peakFlops(a, 'bf16'), `${a.id}: no bf16 dense`);
    assert.equal(new Set(a.flops.map((f) => `${f.precision}-${f.sparsity}-${f.workload ?? ''}`)).size, a.flops.length, `${a.id}: duplicate flops`);
  }
});

test('NVIDIA Hopper/Blackwell sparse FLOP/s = 2x dense where both are present (2:4)', () => {
  // Blackwell Ultra FP4 is the documented exception (sparsity gives 1.33x, rack 1,440 vs 1,080 PF).
  const exceptions = new Set(['nvidia-gb300-per-gpu:fp4', 'nvidia-b300:fp4']);
  let pairs = 0;
  for (const a of ACCELERATORS.filter((x) => x.vendor === 'NVIDIA')) {
    for (const s of a.flops.filter((f) => f.sparsity === 'sparse')) {
      const d = peakFlops(a, s.precision, 'dense');
      if (!d) continue;
      if (exceptions.has(`${a.id}:${s.precision}`)) {
        assert.ok(s.value / d.value < 2, `${a.id} ${s.precision}: exception no longer needed?`);
        continue;
      }
      // NVIDIA's L40S table prints 733 sparse beside 362.05 dense for BF16/FP16 (2.02x): kept as printed.
      if (a.id === 'nvidia-l40s' && (s.precision === 'bf16' || s.precision === 'fp16')) {
        close(s.value / d.value, 2, 0.02, `${a.id} ${s.precision}: sparse/dense = ${s.value / d.value}`);
        continue;
      }
      pairs++;
      close(s.value / d.value, 2, 1e-3, `${a.id} ${s.precision}: sparse/dense = ${s.value / d.value}`);
    }
  }
  assert.ok(pairs >= 15, `only ${pairs} dense/sparse pairs checked`);
  const gb300 = acc('nvidia-gb300-per-gpu');
  close(peakFlops(gb300, 'fp4', 'sparse')!.value / peakFlops(gb300, 'fp4')!.value, 4 / 3, 1e-9);
});

test('system flops are consistent with their accelerators where both are sourced', () => {
  for (const id of ['dgx-b200', 'gb200-nvl72', 'gb300-nvl72']) {
    const sys = getSystem(id)!;
    const a = acc(sys.accelerator);
    for (const f of sys.flops) {
      const per = peakFlops(a, f.precision, f.sparsity);
      if (per) close(per.value * sys.totalAccelerators, f.value, 1e-6, `${id} ${f.precision} ${f.sparsity}`);
    }
  }
});

// ---------------------------------------------------------------------------
// Key figures

test('H100 SXM: 80 GB HBM3 at 3.35 TB/s, 989.4 TFLOPS dense BF16, NVLink 4 900 GB/s, 700 W', () => {
  const h = acc('nvidia-h100-sxm');
  assert.equal(h.hbmCapacity?.value, 80e9);
  assert.equal(h.hbmCapacity?.unit, 'B');
  assert.equal(h.hbmBandwidth?.value, 3.35e12);
  assert.equal(h.hbmBandwidth?.unit, 'B/s');
  assert.equal(h.memoryType, 'HBM3');
  close(dense('nvidia-h100-sxm', 'bf16'), 989.4e12);
  close(peakFlops(h, 'bf16', 'sparse')?.value, 1979e12);
  close(dense('nvidia-h100-sxm', 'fp8'), 1978.9e12);
  assert.equal(h.scaleUpBandwidth?.value, 900e9);
  assert.equal(h.scaleUpBandwidth?.direction, 'bidirectional');
  assert.equal(h.scaleUpLink, 'NVLink 4');
  assert.equal(h.tdp?.value, 700);
  assert.ok(h.hbmBandwidth?.alternatives?.some((a) => a.value === 3.0e12), 'keeps the 3.0 TB/s conflict');
  assert.equal(peakFlops(h, 'fp4'), undefined, 'no FP4 on Hopper');
});

test('H200 141 GB / 4.8 TB/s; B200 180 GB / 8 TB/s; B300 and GB300 288 GB', () => {
  const h200 = acc('nvidia-h200-sxm');
  assert.equal(h200.hbmCapacity?.value, 141e9);
  assert.equal(h200.hbmBandwidth?.value, 4.8e12);
  const b200 = acc('nvidia-b200');
  assert.equal(b200.hbmCapacity?.value, 180e9);
  assert.equal(b200.hbmBandwidth?.value, 8e12);
  close(dense('nvidia-b200', 'fp4'), 9000e12);
  assert.equal(acc('nvidia-b300').hbmCapacity?.value, 288e9);
  assert.equal(acc('nvidia-gb300-per-gpu').hbmCapacity?.value, 288e9);
  close(dense('nvidia-gb300-per-gpu', 'fp4'), 15000e12);
});

test('unresolved or unpublished figures are absent, not guessed', () => {
  assert.equal(peakFlops(acc('nvidia-b300'), 'fp4', 'dense'), undefined, 'B300 dense FP4 is unresolved');
  assert.equal(peakFlops(acc('nvidia-rubin'), 'bf16'), undefined);
  assert.equal(acc('nvidia-rubin').tdp, undefined);
  assert.equal(acc('nvidia-rubin-ultra').hbmBandwidth, undefined);
  assert.equal(acc('google-tpu-v6e').tdp, undefined);
  assert.equal(acc('aws-trainium2').dies, undefined);
  assert.equal(getSystem('dgx-h200')!.power, undefined);
});

test('GiB-stated capacities are converted to decimal bytes and keep the GiB figure', () => {
  const v5p = acc('google-tpu-v5p').hbmCapacity!;
  assert.equal(v5p.gib, 95);
  assert.equal(v5p.value, 95 * 2 ** 30);
  const trn2 = acc('aws-trainium2').hbmCapacity!;
  assert.equal(trn2.gib, 96);
  close(trn2.value, 103.08e9, 1e-3);
  const ironwood = acc('google-tpu7x-ironwood').hbmCapacity!;
  assert.equal(ironwood.gib, 192);
  assert.ok(ironwood.alternatives?.some((a) => a.value === 192e9));
});

test('NIC speeds are converted from bits to bytes per direction', () => {
  const cx7 = getInterconnect('ConnectX-7')!;
  assert.equal(cx7.perDirection?.value, 50e9);
  assert.equal(cx7.perDirection?.unit, 'B/s');
  assert.equal(cx7.perDirection?.direction, 'per-direction');
  assert.match(cx7.perDirection?.note ?? '', /400 Gb\/s/);
  assert.equal(getInterconnect('connectx-8')?.perDirection?.value, 100e9);
  assert.equal(getInterconnect('CX-9')?.perDirection?.value, 200e9);
  assert.equal(getInterconnect('NDR')?.perDirection?.value, 50e9);
  assert.equal(getInterconnect('XDR')?.perDirection?.value, 100e9);
  assert.equal(getSystem('dgx-hgx-h100')!.scaleOutPerGpu?.value, 50e9);
  assert.equal(getSystem('gb300-nvl72')!.scaleOutPerGpu?.value, 100e9);
  assert.equal(getSystem('tpu-v5p-pod')!.scaleOutPerGpu?.value, 6.25e9);
});

test('NVLink per-GPU bandwidth: bidirectional and per direction', () => {
  const expected: Record<string, [number, number]> = {
    'nvlink-3': [600e9, 300e9],
    'nvlink-4': [900e9, 450e9],
    'nvlink-5': [1.8e12, 900e9],
    'nvlink-6': [3.6e12, 1.8e12],
  };
  for (const [id, [bi, per]] of Object.entries(expected)) {
    const i = getInterconnect(id)!;
    assert.equal(i.bidirectional?.value, bi, id);
    assert.equal(i.bidirectional?.direction, 'bidirectional');
    assert.equal(i.perDirection?.value, per, id);
    assert.equal(i.perDirection?.direction, 'per-direction');
  }
  assert.equal(getInterconnect('NVLink 4')?.id, 'nvlink-4');
  // Every accelerator's scale-up interconnect exists and agrees with its per-chip figure.
  for (const a of ACCELERATORS) {
    if (!a.scaleUpInterconnect) continue;
    const i = getInterconnect(a.scaleUpInterconnect);
    assert.ok(i, `${a.id}: unknown interconnect ${a.scaleUpInterconnect}`);
    assert.equal(i.bidirectional?.value, a.scaleUpBandwidth?.value, `${a.id} vs ${i.id}`);
  }
});

test('scale-up vs scale-out table: per-direction bandwidths and their ratio', () => {
  assert.equal(SCALE_UP_VS_SCALE_OUT.length, 4);
  for (const row of SCALE_UP_VS_SCALE_OUT) {
    assert.equal(row.scaleUpPerDirection.direction, 'per-direction');
    assert.equal(row.scaleOutPerDirection.direction, 'per-direction');
    close(row.scaleUpPerDirection.value / row.scaleOutPerDirection.value, row.ratio, 1e-9, row.platform);
    for (const s of row.systems) assert.ok(getSystem(s), `${row.platform}: unknown system ${s}`);
  }
  assert.equal(SCALE_UP_VS_SCALE_OUT[0]!.scaleUpPerDirection.value, 450e9);
  assert.equal(SCALE_UP_VS_SCALE_OUT[1]!.ratio, 18);
});

test('systems point at existing accelerators and have consistent counts', () => {
  for (const s of SYSTEMS) {
    assert.ok(getAccelerator(s.accelerator), `${s.id}: unknown accelerator ${s.accelerator}`);
    assert.ok(Number.isInteger(s.gpusPerDomain) && s.gpusPerDomain > 0);
    assert.ok(s.totalAccelerators >= s.gpusPerDomain, s.id);
    assert.match(s.sizeSource, /^https?:\/\//);
  }
  const nvl72 = getSystem('gb200-nvl72')!;
  assert.equal(nvl72.gpusPerDomain, 72);
  assert.equal(nvl72.diesPerDomain, 144);
  assert.equal(nvl72.totalScaleUpBandwidth?.value, 130e12);
  const nvl576 = getSystem('rubin-ultra-nvl576')!;
  assert.equal(nvl576.gpusPerDomain, 144);
  assert.equal(nvl576.diesPerDomain, 576);
  const pod = getSystem('vera-rubin-pod')!;
  assert.equal(pod.singleScaleUpDomain, false);
  assert.equal(pod.totalAccelerators, 1152);
  assert.equal(getSystem('dgx-b200')!.totalHbm?.value, 1440e9);
  assert.equal(getSystem('dgx-b200')!.power?.value, 14.3e3);
});

test('catalog data is frozen', () => {
  assert.ok(Object.isFrozen(ACCELERATORS));
  assert.ok(Object.isFrozen(acc('nvidia-h100-sxm').hbmCapacity));
  assert.throws(() => {
    (acc('nvidia-h100-sxm').hbmCapacity as { value: number }).value = 1;
  });
});

// ---------------------------------------------------------------------------
// Models and constants

test('KV bytes per token from the architecture', () => {
  const ds = getModel('deepseek-v3')!;
  assert.equal(ds.attention, 'MLA');
  assert.equal(ds.kvLoraRank?.value, 512);
  assert.equal(ds.qkRopeHeadDim?.value, 64);
  assert.equal(kvBytesPerToken(ds), 61 * (512 + 64) * 2);
  assert.equal(kvBytesPerToken(ds), 70272);
  assert.equal(kvBytesPerToken(getModel('llama-3.1-70b')!), 2 * 80 * 8 * 128 * 2);
  assert.equal(kvBytesPerToken(getModel('llama-3.1-70b')!), 327680);
  assert.equal(kvBytesPerToken(getModel('llama-3.1-8b')!), 131072);
  assert.equal(kvBytesPerToken(getModel('llama-3.1-405b')!), 516096);
  assert.equal(kvBytesPerToken(getModel('qwen3-235b-a22b')!), 192512);
  assert.equal(kvBytesPerToken(getModel('kimi-k2')!), 70272);
  const oss = getModel('gpt-oss-120b')!;
  assert.equal(kvBytesPerToken(oss), 36864);
  assert.equal(kvSlidingWindowBytesPerSequence(oss), 4718592);
  assert.equal(kvBytesPerToken(getModel('llama-3.1-70b')!, 1), 163840, 'fp8 cache halves it');
  for (const m of MODELS) assert.equal(kvBytesPerToken(m), m.kvBytesPerTokenBf16.value, `${m.id}: stored reference disagrees`);
});

test('model architecture fields', () => {
  const l405 = getModel('llama-3.1-405b')!;
  assert.equal(l405.kvHeads?.value, 8);
  assert.ok(l405.kvHeads?.alternatives?.some((a) => a.value === 16), 'keeps the HF-config 16 KV heads conflict');
  const mix = getModel('mixtral-8x7b')!;
  assert.equal(mix.expertsTotal?.value, 8);
  assert.equal(mix.expertsActive?.value, 2);
  assert.equal(mix.totalParams.value, 46.7e9);
  const oss = getModel('gpt-oss-120b')!;
  assert.equal(oss.slidingWindowLayers?.value, 18);
  assert.equal(oss.slidingWindow?.value, 128);
  assert.equal(getModel('deepseek-v3')!.activeParams.value, 37e9);
  for (const m of MODELS) {
    assert.ok(['MHA', 'GQA', 'MLA'].includes(m.attention));
    assert.ok(m.activeParams.value <= m.totalParams.value, m.id);
    if (m.attention !== 'MLA') assert.ok(m.kvHeads && m.headDim, `${m.id}: kvHeads/headDim`);
  }
});

test('constants', () => {
  assert.equal(CONSTANTS.chinchillaTokensPerParam.value, 20);
  assert.equal(CONSTANTS.trainingFlopsPerParamPerToken.value, 6);
  assert.equal(CONSTANTS.inferenceFlopsPerParamPerToken.value, 2);
  close(CONSTANTS.readingSpeedNonfiction.value * 60, 238);
  assert.equal(CONSTANTS.tokensPerWord.value, 1.33);
  close(CONSTANTS.readingSpeedTokensPerSecond.value, 5.28, 1e-3);
  assert.equal(CONSTANTS.chinchillaTokensPerParam.source, 'https://arxiv.org/abs/2203.15556');
});

// ---------------------------------------------------------------------------
// Name resolution

test('resolveHardware: aliases, case and separators', () => {
  const cases: Array<[string, 'accelerator' | 'system', string]> = [
    ['Hopper', 'accelerator', 'nvidia-h100-sxm'],
    ['H100', 'accelerator', 'nvidia-h100-sxm'],
    ['h100', 'accelerator', 'nvidia-h100-sxm'],
    ['H100 SXM5', 'accelerator', 'nvidia-h100-sxm'],
    ['H100 PCIe', 'accelerator', 'nvidia-h100-pcie'],
    ['h100-pcie', 'accelerator', 'nvidia-h100-pcie'],
    ['NVIDIA H100', 'accelerator', 'nvidia-h100-sxm'],
    ['H100 GPUs', 'accelerator', 'nvidia-h100-sxm'],
    ['nvidia-h200-sxm', 'accelerator', 'nvidia-h200-sxm'],
    ['Blackwell', 'accelerator', 'nvidia-b200'],
    ['Blackwell Ultra', 'accelerator', 'nvidia-b300'],
    ['GB200', 'accelerator', 'nvidia-gb200-per-gpu'],
    ['GB200 NVL72', 'system', 'gb200-nvl72'],
    ['gb200-nvl72', 'system', 'gb200-nvl72'],
    ['NVL72', 'system', 'gb200-nvl72'],
    ['GB300 NVL72', 'system', 'gb300-nvl72'],
    ['Vera Rubin NVL144', 'system', 'vera-rubin-nvl72'],
    ['Vera Rubin NVL72', 'system', 'vera-rubin-nvl72'],
    ['Rubin Ultra NVL576', 'system', 'rubin-ultra-nvl576'],
    ['DGX H100', 'system', 'dgx-hgx-h100'],
    ['HGX B200', 'system', 'dgx-b200'],
    ['MI300X', 'accelerator', 'amd-mi300x'],
    ['AMD Instinct MI355X', 'accelerator', 'amd-mi355x'],
    ['TPU v5e', 'accelerator', 'google-tpu-v5e'],
    ['v5e', 'accelerator', 'google-tpu-v5e'],
    ['TPUv5p', 'accelerator', 'google-tpu-v5p'],
    ['Trillium', 'accelerator', 'google-tpu-v6e'],
    ['Ironwood', 'accelerator', 'google-tpu7x-ironwood'],
    ['TPU7x', 'accelerator', 'google-tpu7x-ironwood'],
    ['Ironwood pod', 'system', 'tpu7x-ironwood-pod'],
    ['Trn2', 'accelerator', 'aws-trainium2'],
    ['Trainium 2', 'accelerator', 'aws-trainium2'],
  ];
  for (const [name, kind, id] of cases) assert.deepEqual(resolveHardware(name), { kind, id }, name);
  for (const unknown of ['', 'H100 NVL', 'GH200', 'MI250', 'Llama 3.1 70B', 'Grace Hopper', 'TPU v4'])
    assert.equal(resolveHardware(unknown), undefined, unknown);
});

test('resolveModel', () => {
  const cases: Array<[string, string]> = [
    ['Llama 3.1 70B', 'llama-3.1-70b'],
    ['llama-3.1-8b', 'llama-3.1-8b'],
    ['Llama 3.x 405B', 'llama-3.1-405b'],
    ['Llama 3.3 70B', 'llama-3.1-70b'],
    ['Meta-Llama-3.1-70B', 'llama-3.1-70b'],
    ['Mixtral 8x7B', 'mixtral-8x7b'],
    ['DeepSeek-V3', 'deepseek-v3'],
    ['deepseek r1', 'deepseek-v3'],
    ['Qwen3-235B-A22B', 'qwen3-235b-a22b'],
    ['GPT-OSS-120B', 'gpt-oss-120b'],
    ['Kimi K2', 'kimi-k2'],
  ];
  for (const [name, id] of cases) assert.equal(resolveModel(name)?.id, id, name);
  assert.equal(resolveModel('H100'), undefined);
  assert.equal(resolveModel('gpt-oss-20b'), undefined);
  assert.equal(getModel('Llama 3.1 70B')?.id, 'llama-3.1-70b');
});

test('findHardwareMentions: longest match, word boundaries, systems vs chips', () => {
  const text =
    'We compared H100 PCIe with H100 SXM5 and 8xH200, then a GB200 NVL72 rack vs B200 and a GB200 chip; ' +
    'TPU v5e and Trillium too. Llama 3.1 70B on MI300X, DeepSeek-V3 on Trn2.';
  const found = findHardwareMentions(text);
  const summary = found.map((m) => `${m.kind}:${m.id}:${m.raw}`);
  assert.deepEqual(summary, [
    'accelerator:nvidia-h100-pcie:H100 PCIe',
    'accelerator:nvidia-h100-sxm:H100 SXM5',
    'accelerator:nvidia-h200-sxm:H200',
    'system:gb200-nvl72:GB200 NVL72',
    'accelerator:nvidia-b200:B200',
    'accelerator:nvidia-gb200-per-gpu:GB200',
    'accelerator:google-tpu-v5e:TPU v5e',
    'accelerator:google-tpu-v6e:Trillium',
    'model:llama-3.1-70b:Llama 3.1 70B',
    'accelerator:amd-mi300x:MI300X',
    'model:deepseek-v3:DeepSeek-V3',
    'accelerator:aws-trainium2:Trn2',
  ]);
  for (const m of found) assert.equal(text.slice(m.span.start, m.span.end), m.raw);
});

test('findHardwareMentions: B200 is not found inside GB200, nor H100 inside H1000', () => {
  assert.deepEqual(
    findHardwareMentions('GB200').map((m) => m.id),
    ['nvidia-gb200-per-gpu'],
  );
  assert.deepEqual(findHardwareMentions('XB200 H1000 B2000 h100x'), []);
  assert.deepEqual(
    findHardwareMentions('the NVL72 and the GB300 NVL72').map((m) => m.id),
    ['gb200-nvl72', 'gb300-nvl72'],
  );
});

test('findHardwareMentions: plurals, case, punctuation, shadowed names', () => {
  const m = findHardwareMentions('1.3M Hopper GPUs; (h100s), "Blackwell Ultra". Grace Hopper and H100 NVL are different.');
  assert.deepEqual(
    m.map((x) => `${x.id}:${x.raw}`),
    ['nvidia-h100-sxm:Hopper GPUs', 'nvidia-h100-sxm:h100s', 'nvidia-b300:Blackwell Ultra'],
  );
  assert.deepEqual(findHardwareMentions('Kimi K2.5 is not Kimi K2').map((x) => x.raw), ['Kimi K2']);
  assert.deepEqual(findHardwareMentions('Rubin CPX, DGX GH200, H200NVL, gpt-oss-20b, Mixtral 8x22B'), []);
  assert.deepEqual(findHardwareMentions('NVIDIA H100 SXM').map((x) => x.raw), ['H100 SXM']);
  assert.deepEqual(findHardwareMentions(''), []);
});

test('findHardwareMentions is linear-time on adversarial input', () => {
  const big = 'H100 '.repeat(20000) + 'GB200-NVL7'.repeat(5000) + 'x'.repeat(100000) + ' B200';
  const t0 = performance.now();
  const found = findHardwareMentions(big);
  const ms = performance.now() - t0;
  // 20,000 x H100, the first GB200 (the later ones follow a digit), the final B200.
  assert.equal(found.length, 20002);
  assert.ok(ms < 2000, `took ${ms} ms`);
});

// ---------------------------------------------------------------------------
// User hardware

test('mergeUserHardware: a valid entry is converted to canonical units and resolvable', () => {
  const { accelerators, errors } = mergeUserHardware([
    {
      id: 'lab-x1',
      name: 'Lab X1',
      vendor: 'Lab',
      aliases: ['X1 chip'],
      hbmCapacity: { value: 96, unit: 'GiB', source: 'https://example.com/x1' },
      hbmBandwidth: { value: 4, unit: 'TB/s', source: 'https://example.com/x1' },
      scaleUpBandwidth: { value: 800, unit: 'Gb/s', source: 'https://example.com/x1', direction: 'per-direction' },
      flops: [{ value: 1.5, unit: 'PFLOPS', source: 'https://example.com/x1', precision: 'bf16', sparsity: 'dense', confidence: 'high' }],
      tdp: { value: 1.2, unit: 'kW', source: 'https://example.com/x1' },
    },
  ]);
  assert.deepEqual(errors, []);
  assert.equal(accelerators.length, ACCELERATORS.length + 1);
  const x1 = accelerators.find((a) => a.id === 'lab-x1')!;
  assert.equal(x1.userDefined, true);
  assert.equal(x1.hbmCapacity?.value, 96 * 2 ** 30);
  assert.equal(x1.hbmCapacity?.gib, 96);
  assert.equal(x1.hbmBandwidth?.value, 4e12);
  assert.equal(x1.hbmBandwidth?.direction, 'bidirectional');
  assert.equal(x1.scaleUpBandwidth?.value, 100e9);
  assert.equal(x1.flops[0]!.value, 1.5e15);
  assert.equal(x1.flops[0]!.unit, 'FLOP/s');
  assert.equal(x1.tdp?.value, 1200);
  assert.equal(x1.hbmCapacity?.confidence, 'medium');
  assert.deepEqual(resolveHardware('X1 chip', accelerators), { kind: 'accelerator', id: 'lab-x1' });
  assert.equal(getAccelerator('lab-x1', accelerators)?.name, 'Lab X1');
  assert.equal(getAccelerator('lab-x1'), undefined, 'built-in lookups are unaffected');
  assert.deepEqual(
    findHardwareMentions('an X1 chip beside an H100', accelerators).map((m) => m.id),
    ['lab-x1', 'nvidia-h100-sxm'],
  );
  const idx = createCatalogIndex({ accelerators, systems: SYSTEMS, models: MODELS });
  assert.deepEqual(idx.resolveHardware('lab x1'), { kind: 'accelerator', id: 'lab-x1' });
});

test('mergeUserHardware: overrides replace a built-in unless disabled', () => {
  const entry = { id: 'nvidia-h100-sxm', name: 'My H100', hbmBandwidth: { value: 3.0, unit: 'TB/s', source: 'https://example.com/measured' } };
  const merged = mergeUserHardware([entry]);
  assert.deepEqual(merged.errors, []);
  assert.equal(merged.accelerators.length, ACCELERATORS.length);
  const mine = merged.accelerators.find((a) => a.id === 'nvidia-h100-sxm')!;
  assert.equal(mine.name, 'My H100');
  assert.equal(mine.userDefined, true);
  assert.equal(mine.hbmBandwidth?.value, 3.0e12, 'user figure wins');
  assert.equal(mine.hbmCapacity?.value, 80e9, 'other built-in figures are kept');
  close(peakFlops(mine, 'bf16')?.value, 989.4e12);
  assert.equal(getAccelerator('H100', merged.accelerators)?.name, 'My H100', 'built-in aliases still resolve');
  const nameless = mergeUserHardware([{ id: 'nvidia-b200', flops: [{ value: 2, unit: 'PFLOPS', source: 'https://e.com', precision: 'bf16', sparsity: 'dense' }] }]);
  assert.deepEqual(nameless.errors, []);
  const b = nameless.accelerators.find((a) => a.id === 'nvidia-b200')!;
  assert.equal(b.name, acc('nvidia-b200').name);
  assert.equal(b.vendor, 'NVIDIA');
  assert.equal(peakFlops(b, 'bf16')?.value, 2e15);
  assert.equal(peakFlops(b, 'fp8')?.value, 4500e12);
  assert.equal(b.flops.filter((f) => f.precision === 'bf16' && f.sparsity === 'dense').length, 1);
  const blocked = mergeUserHardware([entry], { allowOverrides: false });
  assert.equal(blocked.errors.length, 1);
  assert.equal(blocked.errors[0]!.path, '$[0].id');
  assert.match(blocked.errors[0]!.message, /built-in.*allowOverrides/);
  assert.equal(blocked.accelerators.find((a) => a.id === 'nvidia-h100-sxm')?.name, 'H100 SXM5 80GB');
});

test('mergeUserHardware: clear errors with the JSON path of the bad field', () => {
  const { accelerators, errors } = mergeUserHardware({
    accelerators: [
      { name: 'No id', tdp: { value: 100, unit: 'W', source: 'https://e.com' } },
      {
        id: 'bad-figures',
        name: 'Bad',
        hbmCapacity: { value: -1, unit: 'GB', source: 'https://e.com' },
        hbmBandwidth: { value: 2, unit: 'GB', source: 'https://e.com' },
        scaleUpBandwidth: { value: 900, unit: 'GB/s', source: 'https://e.com' },
        flops: [{ value: 1, unit: 'PFLOPS', source: 'https://e.com', precision: 'fp12' }, { value: 1, unit: 'PFLOPS', precision: 'bf16', sparsity: 'dense' }],
        hbm_capacity: 80,
      },
      { id: 'ok', name: 'OK', tdp: { value: 100, unit: 'W', source: 'https://e.com' } },
      { id: 'ok', name: 'OK again', tdp: { value: 100, unit: 'W', source: 'https://e.com' } },
      { id: 'empty', name: 'Empty' },
      'not an object',
    ],
  });
  const byPath = new Map(errors.map((e) => [e.path, e.message]));
  assert.match(byPath.get('$.accelerators[0].id') ?? '', /required/);
  assert.match(byPath.get('$.accelerators[1].hbmCapacity.value') ?? '', /positive number/);
  assert.match(byPath.get('$.accelerators[1].hbmBandwidth.unit') ?? '', /not a bandwidth unit/);
  assert.match(byPath.get('$.accelerators[1].scaleUpBandwidth.direction') ?? '', /per-direction/);
  assert.match(byPath.get('$.accelerators[1].flops[0].precision') ?? '', /fp12/);
  assert.match(byPath.get('$.accelerators[1].flops[0].sparsity') ?? '', /required/);
  assert.match(byPath.get('$.accelerators[1].flops[1].source') ?? '', /required/);
  assert.match(byPath.get('$.accelerators[1].hbm_capacity') ?? '', /unknown field/);
  assert.match(byPath.get('$.accelerators[3].id') ?? '', /duplicate id "ok".*\$\.accelerators\[2\]/);
  assert.match(byPath.get('$.accelerators[4]') ?? '', /no figures/);
  assert.match(byPath.get('$.accelerators[5]') ?? '', /expected an object/);
  assert.deepEqual(
    accelerators.filter((a) => a.userDefined).map((a) => a.id),
    ['ok'],
  );
  const notArray = mergeUserHardware(42);
  assert.deepEqual(notArray.errors.map((e) => e.path), ['$']);
  assert.equal(notArray.accelerators.length, ACCELERATORS.length);
  assert.deepEqual(mergeUserHardware(undefined).errors, []);
});

test('findMentions: an alias with a one-letter first token ("d-Matrix Corsair") changes no other mention', () => {
  const plain = createCatalogIndex({ accelerators: ACCELERATORS, systems: SYSTEMS, models: MODELS });
  const withShort = createCatalogIndex({ accelerators: ACCELERATORS, systems: SYSTEMS, models: MODELS }, [...UNCATALOGUED, { name: 'Lab chip', kind: 'hardware', aliases: ['d-Matrix Lab'] }]);
  const texts = [
    'GB10 (Grace Blackwell) has 128 GB of unified memory',
    'The B100 was the 700 W Blackwell',
    'H800 has 80 GB vs the H100 at 3.35 TB/s',
    '8xH100 and 4×B200 nodes; d was 3 dB',
    'a dram die, dd-Matrix and an MI300X',
  ];
  for (const t of texts) assert.deepEqual(withShort.findMentions(t), plain.findMentions(t), t);
  const found = withShort.findMentions('The d-Matrix Lab card and the d Matrix Lab card beside an H100');
  assert.deepEqual(found.map((m) => [m.raw, m.kind]), [['d-Matrix Lab', 'otherHardware'], ['d Matrix Lab', 'otherHardware'], ['H100', 'accelerator']]);
});
