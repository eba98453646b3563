// The roofline model: quantities derived from catalog figures, each with the
// arithmetic spelled out and the sources of every figure it used.
import type { Accelerator, Figure, FlopsFigure, ModelArchitecture } from './catalog/types.js';
import type { Precision } from './types.js';
import { formatQuantity } from './quantities.js';

export interface Derived {
  value: number;
  unit: string;
  derivation: string[];
  sources: string[];
  assumptions: string[];
}

/** Like formatQuantity, but seconds get SI prefixes before a "/step" and tiny dollar rates read per million. */
export const fmt = (value: number, unit: string): string => {
  // Catalog figures are formatted again and again: remember each unit's recent values (bounded).
  let byValue = FORMATTED.get(unit);
  if (byValue === undefined) {
    byValue = new Map();
    if (FORMATTED.size < 256) FORMATTED.set(unit, byValue);
  }
  let text = byValue.get(value);
  if (text === undefined) {
    text = format(value, unit);
    if (byValue.size >= 4096) byValue.clear();
    byValue.set(value, text);
  }
  return text;
};

/** Per unit, value → fmt(value, unit). Map keys treat 0 and -0 alike, and so does formatting. */
const FORMATTED = new Map<string, Map<number, string>>();

function format(value: number, unit: string): string {
  const per = /^(s|USD)\/([A-Za-z]+)$/.exec(unit);
  if (per && per[1] === 's') return `${formatQuantity(value, 's')}/${per[2]}`;
  if (per && per[1] === 'USD' && value > 0 && value < 1e-3) return `${formatQuantity(value * 1e6, 'USD')} per million ${per[2]}s`;
  // Dollars a second read per hour, as prices are quoted ("$9.60 an hour", not "$0.00267/s").
  if (unit === 'USD/s' && value > 0 && value < 1) return `${formatQuantity(value * 3600, 'USD')}/hour`;
  return formatQuantity(value, unit);
}

const BYTES_PER_PARAM: Record<Precision, number> = {
  fp64: 8, fp32: 4, tf32: 4, bf16: 2, fp16: 2, fp8: 1, int8: 1, fp6: 0.75, fp4: 0.5, int4: 0.5,
};

export function bytesPerParam(precision: Precision): number {
  return BYTES_PER_PARAM[precision];
}

export function precisionLabel(p: Precision): string {
  return p.toUpperCase();
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** The FLOP/s figure for a precision, dense unless asked; falls back to dense × 2 for NVIDIA-style 2:4 sparsity. */
export function flopsFigure(acc: Accelerator, precision: Precision, sparsity: 'dense' | 'sparse' = 'dense'): FlopsFigure | undefined {
  const exact = acc.flops.find((f) => f.precision === precision && f.sparsity === sparsity && f.workload !== 'training');
  if (exact) return exact;
  // bf16 and fp16 share tensor-core throughput on every chip in the catalog.
  const twin = precision === 'fp16' ? 'bf16' : precision === 'bf16' ? 'fp16' : undefined;
  return twin ? acc.flops.find((f) => f.precision === twin && f.sparsity === sparsity) : undefined;
}

/** Time to stream all of HBM once: capacity ÷ bandwidth. */
export function hbmDrainTime(acc: Accelerator, capacityOverride?: number): Derived | undefined {
  const bw = acc.hbmBandwidth;
  const cap = acc.hbmCapacity;
  if (!bw || (!cap && capacityOverride === undefined)) return undefined;
  const capacity = capacityOverride ?? cap!.value;
  const value = capacity / bw.value;
  const mem = acc.memoryType ? ` ${acc.memoryType}` : ' HBM';
  return {
    value,
    unit: 's',
    derivation: [`${fmt(capacity, 'B')} ÷ ${fmt(bw.value, 'B/s')} = ${fmt(value, 's')} (${acc.name}${mem})`],
    sources: uniq([...(capacityOverride === undefined ? [cap!.source] : []), bw.source]),
    assumptions: [
      capacityOverride === undefined ? `capacity: ${fmt(cap!.value, 'B')} (${acc.name})` : `capacity: ${fmt(capacity, 'B')} (as stated)`,
      `bandwidth: ${fmt(bw.value, 'B/s')} (${acc.name})`,
    ],
  };
}

/** Ridge point (arithmetic intensity where compute and memory balance): FLOP/s ÷ B/s. */
export function ridgePoint(acc: Accelerator, precision: Precision, sparsity: 'dense' | 'sparse' = 'dense'): Derived | undefined {
  const flops = flopsFigure(acc, precision, sparsity);
  const bw = acc.hbmBandwidth;
  if (!flops || !bw) return undefined;
  const value = flops.value / bw.value;
  return {
    value,
    unit: 'FLOP/B',
    derivation: [`${fmt(flops.value, 'FLOP/s')} ${sparsity} ${precisionLabel(flops.precision)} ÷ ${fmt(bw.value, 'B/s')} = ${round(value)} FLOP/byte (${acc.name})`],
    sources: uniq([flops.source, bw.source]),
    assumptions: [`precision: ${precisionLabel(flops.precision)} ${sparsity}`],
  };
}

/**
 * FLOPs per byte of weights in a decode step: each token in the batch does 2 FLOPs per parameter, and the
 * step reads every weight once, so batch 1 in BF16 is 1 FLOP per byte (far below any chip's ridge point).
 */
export function decodeIntensity(precision: Precision, batch: number): Derived {
  const b = BYTES_PER_PARAM[precision];
  const value = (2 * batch) / b;
  return {
    value,
    unit: 'FLOP/B',
    derivation: [`2 FLOPs per parameter × batch ${batch} ÷ ${b} B per parameter (${precisionLabel(precision)}) = ${round(value)} FLOP per byte of weights`],
    sources: [],
    assumptions: [`precision: ${precisionLabel(precision)}`, 'each decode step reads every weight once; KV-cache reads not counted'],
  };
}

/** Optimal decode batch ≈ ridge point × sparsity (total ÷ active parameters). */
/**
 * The decode batch at which a dense model turns compute-bound: a step does 2 FLOPs per parameter per sequence and
 * reads each parameter's bytes once, so the batch is the ridge point × bytes per parameter ÷ 2 (≈ the ridge at BF16;
 * in FP8 the ridge doubles and the bytes halve: the same batch).
 */
export function criticalBatch(acc: Accelerator, precision: Precision): Derived | undefined {
  const ridge = ridgePoint(acc, precision);
  if (!ridge) return undefined;
  const b = BYTES_PER_PARAM[precision];
  if (b === 2) return ridge;
  const value = (ridge.value * b) / 2;
  return { ...ridge, value, derivation: [...ridge.derivation, `× ${b} B per parameter ÷ 2 FLOPs per parameter = batch ${round(value)} (${precisionLabel(precision)} weights)`] };
}

export function optimalBatch(acc: Accelerator, precision: Precision, model?: ModelArchitecture): Derived | undefined {
  const ridge = criticalBatch(acc, precision);
  if (!ridge) return undefined;
  if (!model) return { ...ridge, unit: '', assumptions: [...ridge.assumptions, 'sparsity: 1 (dense model; name a model for MoE sparsity)'] };
  const sparsity = model.totalParams.value / model.activeParams.value;
  const value = ridge.value * sparsity;
  return {
    value,
    unit: '',
    derivation: [
      ...ridge.derivation,
      `sparsity = ${fmt(model.totalParams.value, '')} ÷ ${fmt(model.activeParams.value, '')} params = ${round(sparsity)} (${model.name})`,
      `optimal batch ≈ ${round(ridge.value)} × ${round(sparsity)} = ${round(value)}`,
    ],
    sources: uniq([...ridge.sources, model.totalParams.source, model.activeParams.source]),
    assumptions: [...ridge.assumptions, `model: ${model.name}`],
  };
}

/** KV-cache bytes per token for one sequence (all layers, or one layer), at `bytesPerValue` (2 = bf16). */
export function kvBytesPerToken(model: ModelArchitecture, options: { perLayer?: boolean; bytesPerValue?: number } = {}): Derived {
  const bytes = options.bytesPerValue ?? 2;
  const layers = model.fullAttentionLayers?.value ?? model.layers.value;
  const sources = [model.layers.source];
  let perLayer: number;
  let formula: string;
  if (model.attention === 'MLA' && model.kvLoraRank && model.qkRopeHeadDim) {
    perLayer = (model.kvLoraRank.value + model.qkRopeHeadDim.value) * bytes;
    formula = `(${model.kvLoraRank.value} latent + ${model.qkRopeHeadDim.value} RoPE) × ${bytes} B`;
    sources.push(model.kvLoraRank.source);
  } else {
    const kvHeads = model.kvHeads?.value ?? model.heads.value;
    const headDim = model.headDim?.value ?? model.hidden.value / model.heads.value;
    perLayer = 2 * kvHeads * headDim * bytes;
    formula = `2 (K,V) × ${kvHeads} KV heads × ${headDim} head dim × ${bytes} B`;
    sources.push((model.kvHeads ?? model.heads).source);
  }
  const total = perLayer * layers;
  const derivation = [`${formula} = ${fmt(perLayer, 'B')} per token per layer (${model.name}, ${model.attention})`];
  if (!options.perLayer) derivation.push(`${fmt(perLayer, 'B')} × ${layers} ${model.fullAttentionLayers ? 'full-attention ' : ''}layers = ${fmt(total, 'B')} per token`);
  return {
    value: options.perLayer ? perLayer : total,
    unit: 'B/token',
    derivation,
    sources: uniq(sources),
    assumptions: [`model: ${model.name}`, `KV dtype: ${bytes} ${bytes === 1 ? 'byte' : 'bytes'}/value${bytes === 2 ? ' (BF16)' : bytes === 1 ? ' (FP8)' : ''}`],
  };
}

/** Weight bytes = parameters × bytes per parameter at a precision. */
export function weightBytes(model: ModelArchitecture, precision: Precision): Derived {
  const b = BYTES_PER_PARAM[precision];
  const value = model.totalParams.value * b;
  return {
    value,
    unit: 'B',
    derivation: [`${fmt(model.totalParams.value, '')} params × ${b} B (${precisionLabel(precision)}) = ${fmt(value, 'B')} (${model.name})`],
    sources: [model.totalParams.source],
    assumptions: [`model: ${model.name}`, `precision: ${precisionLabel(precision)}`],
  };
}

/**
 * Weight bytes one decode step reads. A dense model reads all of them. A mixture of experts reads its
 * shared part (attention, embeddings, shared experts, dense layers) and the experts the batch routes to:
 * one token reads exactly its active parameters; a batch of b reads E·(1 − (1 − k/E)^b) of the E experts
 * per layer on average (uniform routing), so all of them only at large batches.
 */
export function decodeWeightBytes(model: ModelArchitecture, precision: Precision, batch = 1): Derived {
  const total = model.totalParams.value;
  const active = model.activeParams.value;
  const E = model.expertsTotal?.value;
  const k = model.expertsActive?.value;
  if (!E || !k || E <= k || active >= total) return weightBytes(model, precision);
  const b = BYTES_PER_PARAM[precision];
  const perExpert = (total - active) / (E - k);
  const shared = active - k * perExpert;
  const touched = batch <= 1 ? k : E * (1 - Math.pow(1 - k / E, batch));
  const params = Math.min(total, shared + touched * perExpert);
  const value = params * b;
  const experts = batch <= 1 ? `${k} of ${E} experts per layer (one token)` : `${round(touched)} of ${E} experts per layer on average (batch ${batch}, uniform routing: E·(1 − (1 − k/E)^b))`;
  return {
    value,
    unit: 'B',
    derivation: [
      `MoE reads ${experts}: ${fmt(shared, '')} shared + ${round(touched)} × ${fmt(perExpert, '')} per expert = ${fmt(params, '')} of ${fmt(total, '')} params (${model.name})`,
      `${fmt(params, '')} params × ${b} B (${precisionLabel(precision)}) = ${fmt(value, 'B')}`,
    ],
    sources: uniq([model.totalParams.source, model.activeParams.source, model.expertsTotal!.source]),
    assumptions: [`model: ${model.name}`, `precision: ${precisionLabel(precision)}`, 'MoE decode reads only the routed experts (uniform routing)'],
  };
}

/**
 * Lower bound on one decode step for a replica: max((weight bytes + KV-cache bytes) ÷ HBM bandwidth,
 * 2·N_active·batch ÷ FLOP/s). KV reads are counted when the context length is known (every sequence of
 * the batch reads its whole cache, at BF16); otherwise they are left out and the bound says so.
 * tokens/s per replica = batch ÷ step.
 */
export function decodeStep(model: ModelArchitecture, acc: Accelerator, precision: Precision, batch = 1, gpus = 1, contextTokens?: number): Derived | undefined {
  const bw = acc.hbmBandwidth;
  const flops = flopsFigure(acc, precision);
  if (!bw || !flops) return undefined;
  const weights = decodeWeightBytes(model, precision, batch);
  const kv = contextTokens && contextTokens > 0 ? kvBytesPerToken(model) : undefined;
  const kvBytes = kv ? kv.value * contextTokens! * batch : 0;
  const bytes = weights.value + kvBytes;
  const memTime = bytes / (bw.value * gpus);
  const computeTime = (2 * model.activeParams.value * batch) / (flops.value * gpus);
  const value = Math.max(memTime, computeTime);
  const on = gpus > 1 ? `${gpus} × ${acc.name}` : acc.name;
  const read = kv ? `(${fmt(weights.value, 'B')} weights + ${fmt(kvBytes, 'B')} KV)` : fmt(weights.value, 'B');
  return {
    value,
    unit: 's',
    derivation: [
      ...weights.derivation,
      ...(kv ? [...kv.derivation, `KV read per step = batch ${batch} × ${tokenCount(contextTokens!)} tokens × ${fmt(kv.value, 'B')} = ${fmt(kvBytes, 'B')}`] : []),
      `memory time = ${read} ÷ ${gpus > 1 ? `(${gpus} × ${fmt(bw.value, 'B/s')})` : fmt(bw.value, 'B/s')} = ${fmt(memTime, 's')}`,
      `compute time = 2 × ${fmt(model.activeParams.value, '')} active × batch ${batch} ÷ ${fmt(flops.value * gpus, 'FLOP/s')} = ${fmt(computeTime, 's')}`,
      `decode step ≥ max(${fmt(memTime, 's')}, ${fmt(computeTime, 's')}) = ${fmt(value, 's')} on ${on}`,
    ],
    sources: uniq([...weights.sources, ...(kv ? kv.sources : []), bw.source, flops.source, model.activeParams.source]),
    assumptions: [
      ...weights.assumptions,
      `hardware: ${on}`,
      `batch: ${batch}`,
      kv ? `context: ${tokenCount(contextTokens!)} tokens per sequence, KV cache in BF16, read once per step` : 'KV-cache reads ignored (lower bound; give the context length to count them)',
    ],
  };
}

/** A context length as people write it: 8,192 tokens, not 8.19K. */
export function tokenCount(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : fmt(n, '');
}

/**
 * Lower bound on prefilling a prompt: max(2·N_active·tokens ÷ FLOP/s, weight bytes ÷ HBM bandwidth), the
 * attention's own FLOPs left out (small next to the weights' below long contexts). Time to first token is at least this.
 */
export function prefillTime(model: ModelArchitecture, acc: Accelerator, precision: Precision, tokens: number, gpus = 1): Derived | undefined {
  const bw = acc.hbmBandwidth;
  const flops = flopsFigure(acc, precision);
  if (!bw || !flops) return undefined;
  const work = 2 * model.activeParams.value * tokens;
  const computeTime = work / (flops.value * gpus);
  const weights = weightBytes(model, precision);
  const memTime = weights.value / (bw.value * gpus);
  const value = Math.max(computeTime, memTime);
  const on = gpus > 1 ? `${gpus} × ${acc.name}` : acc.name;
  return {
    value,
    unit: 's',
    derivation: [
      `prefill compute = 2 × ${fmt(model.activeParams.value, '')} active × ${tokenCount(tokens)} tokens = ${fmt(work, 'FLOP')} ÷ ${fmt(flops.value * gpus, 'FLOP/s')} = ${fmt(computeTime, 's')}`,
      `weights read once = ${fmt(weights.value, 'B')} ÷ ${fmt(bw.value * gpus, 'B/s')} = ${fmt(memTime, 's')}`,
      `prefill ≥ max(${fmt(computeTime, 's')}, ${fmt(memTime, 's')}) = ${fmt(value, 's')} on ${on}`,
    ],
    sources: uniq([model.activeParams.source, flops.source, bw.source, ...weights.sources]),
    assumptions: [`model: ${model.name}`, `precision: ${precisionLabel(precision)}`, `hardware: ${on}`, '100% of peak FLOP/s, attention FLOPs left out (a lower bound)'],
  };
}

export function tokensPerSecond(model: ModelArchitecture, acc: Accelerator, precision: Precision, batch = 1, gpus = 1, contextTokens?: number): Derived | undefined {
  const step = decodeStep(model, acc, precision, batch, gpus, contextTokens);
  if (!step) return undefined;
  const value = batch / step.value;
  return { ...step, value, unit: 'tokens/s', derivation: [...step.derivation, `tokens/s per replica = ${batch} ÷ ${fmt(step.value, 's')} = ${fmt(value, 'tokens/s')}`] };
}

export function trainingFlops(params: number, tokens: number, source: string): Derived {
  const value = 6 * params * tokens;
  return {
    value,
    unit: 'FLOP',
    derivation: [`6 × ${fmt(params, '')} params × ${fmt(tokens, '')} tokens = ${fmt(value, 'FLOP')} (C ≈ 6·N·D)`],
    sources: [source],
    assumptions: ['training compute ≈ 6·N·D (forward 2N + backward 4N per token)'],
  };
}

export function inferenceFlopsPerToken(params: number, source: string): Derived {
  const value = 2 * params;
  return {
    value,
    unit: 'FLOP/token',
    derivation: [`2 × ${fmt(params, '')} params = ${fmt(value, 'FLOP')} per token (forward pass ≈ 2·N)`],
    sources: [source],
    assumptions: ['attention term ignored'],
  };
}

export function chinchillaTokens(params: number, figure: Figure): Derived {
  const value = params * figure.value;
  return {
    value,
    unit: 'tokens',
    derivation: [`${fmt(params, '')} params × ${figure.value} tokens/param = ${fmt(value, '')} tokens (Chinchilla)`],
    sources: [figure.source],
    assumptions: ['Chinchilla rule of thumb: ~20 tokens per parameter'],
  };
}

/** "HBM", or the chip's own memory when it is another kind ("GDDR6X" of an RTX 4090): what derivations call it. */
export function memoryWord(acc: Accelerator): string {
  return acc.memoryType && !/^hbm/i.test(acc.memoryType) ? acc.memoryType : 'HBM';
}

/** N accelerators → aggregate FLOP/s, HBM capacity, HBM bandwidth or power. */
export function fleetAggregate(acc: Accelerator, count: number, what: 'flops' | 'hbm' | 'hbm-bandwidth' | 'power', precision: Precision = 'bf16', sparsity: 'dense' | 'sparse' = 'dense'): Derived | undefined {
  const figure = what === 'flops' ? flopsFigure(acc, precision, sparsity) : what === 'hbm' ? acc.hbmCapacity : what === 'hbm-bandwidth' ? acc.hbmBandwidth : acc.tdp;
  if (!figure) return undefined;
  const unit = what === 'flops' ? 'FLOP/s' : what === 'hbm' ? 'B' : what === 'hbm-bandwidth' ? 'B/s' : 'W';
  const value = figure.value * count;
  const label = what === 'flops' ? `${sparsity} ${precisionLabel(precision)}` : what === 'power' ? 'TDP' : what === 'hbm' ? memoryWord(acc) : `${memoryWord(acc)} bandwidth`;
  return {
    value,
    unit,
    derivation: [`${fmt(count, '')} × ${fmt(figure.value, unit)} ${label} = ${fmt(value, unit)} (${acc.name})`],
    sources: [figure.source],
    assumptions: [`hardware: ${acc.name}`, ...(what === 'power' ? ['power: chip TDP only (no host, network or cooling)'] : [])],
  };
}

/** bytes ÷ bandwidth. */
export function transferTime(bytes: number, bandwidth: number, label: string, sources: string[]): Derived {
  const value = bytes / bandwidth;
  return {
    value,
    unit: 's',
    derivation: [`${fmt(bytes, 'B')} ÷ ${fmt(bandwidth, 'B/s')} = ${fmt(value, 's')} (${label})`],
    sources,
    assumptions: [label],
  };
}

function round(x: number): string {
  if (x >= 100) return String(Math.round(x));
  if (x >= 10) return x.toFixed(1).replace(/\.0$/, '');
  return x.toFixed(2).replace(/\.?0+$/, '');
}
export { round as roundForDisplay };
