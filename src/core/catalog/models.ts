// LLM architectures. Architecture integers are Figures with unit 'count' so each carries its source.
// KV cache (bf16, one sequence, summed over layers):
//   GQA/MHA: 2 (K,V) x cached layers x kv_heads x head_dim x bytes
//   MLA:     layers x (kv_lora_rank + qk_rope_head_dim) x bytes

import { SRC } from './sources.js';
import { count, fig } from './helpers.js';
import type { FigureExtra } from './helpers.js';
import type { Confidence, Figure, ModelArchitecture } from './types.js';

const params = (value: number, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): Figure =>
  fig(value, 'param', source, confidence, extra);
const tokens = (value: number, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): Figure =>
  fig(value, 'token', source, confidence, extra);
const kvRef = (value: number, source: string, note: string): Figure =>
  fig(value, 'B/token', source, 'high', { derived: true, note });

const GQA_FORMULA = '2 (K,V) x layers x kv_heads x head_dim x 2 bytes';
const MLA_FORMULA = 'layers x (kv_lora_rank + qk_rope_head_dim) x 2 bytes';

export const LLAMA_31_8B: ModelArchitecture = {
  id: 'llama-3.1-8b',
  name: 'Llama 3.1 8B',
  developer: 'Meta',
  aliases: ['Llama 3.1 8B', 'Llama-3.1-8B', 'Meta-Llama-3.1-8B', 'Llama 3 8B', 'Llama-3-8B', 'Llama 3.x 8B', 'Llama3.1 8B', 'Llama 8B', 'Llama-8B'],
  totalParams: params(8.0e9, SRC.LLAMA_SKU, 'medium', { note: '~8.03B.' }),
  activeParams: params(8.0e9, SRC.LLAMA_SKU, 'high', { note: 'Dense.' }),
  layers: count(32, SRC.LLAMA_SKU),
  hidden: count(4096, SRC.LLAMA_SKU),
  heads: count(32, SRC.LLAMA_SKU),
  kvHeads: count(8, SRC.LLAMA_SKU),
  headDim: count(128, SRC.LLAMA_SKU, 'high', { derived: true, note: 'dim / heads = 4096 / 32.' }),
  attention: 'GQA',
  attentionNote: 'GQA, full attention.',
  kvBytesPerTokenBf16: kvRef(131072, SRC.LLAMA_SKU, `${GQA_FORMULA} = 2 x 32 x 8 x 128 x 2.`),
};

export const LLAMA_31_70B: ModelArchitecture = {
  id: 'llama-3.1-70b',
  name: 'Llama 3.1 70B',
  developer: 'Meta',
  aliases: [
    'Llama 3.1 70B',
    'Llama-3.1-70B',
    'Meta-Llama-3.1-70B',
    'Llama 3 70B',
    'Llama-3-70B',
    'Llama 3.x 70B',
    'Llama 3.3 70B',
    'Llama-3.3-70B',
    // Without a version, notes of the last two years mean the Llama 3 family (Llama 2 70B has the same shape).
    'Llama 70B',
    'Llama-70B',
    'Llama3.1 70B',
  ],
  totalParams: params(70.6e9, SRC.LLAMA_SKU, 'medium', { note: '~70.6B (marketed 70B).' }),
  activeParams: params(70.6e9, SRC.LLAMA_SKU, 'medium', { note: 'Dense.' }),
  layers: count(80, SRC.LLAMA_SKU),
  hidden: count(8192, SRC.LLAMA_SKU),
  heads: count(64, SRC.LLAMA_SKU),
  kvHeads: count(8, SRC.LLAMA_SKU),
  headDim: count(128, SRC.LLAMA_SKU, 'high', { derived: true, note: 'dim / heads = 8192 / 64.' }),
  attention: 'GQA',
  attentionNote: 'GQA, full attention.',
  kvBytesPerTokenBf16: kvRef(327680, SRC.LLAMA_SKU, `${GQA_FORMULA} = 2 x 80 x 8 x 128 x 2.`),
  notes: ['Llama 3.3 70B shares the Llama 3.1 70B architecture.'],
};

export const LLAMA_31_405B: ModelArchitecture = {
  id: 'llama-3.1-405b',
  name: 'Llama 3.1 405B',
  developer: 'Meta',
  aliases: ['Llama 3.1 405B', 'Llama-3.1-405B', 'Meta-Llama-3.1-405B', 'Llama 3 405B', 'Llama 3.x 405B', 'Llama3.1 405B', 'Llama 405B', 'Llama-405B'],
  totalParams: params(405e9, SRC.LLAMA_PAPER),
  activeParams: params(405e9, SRC.LLAMA_PAPER, 'high', { note: 'Dense.' }),
  layers: count(126, SRC.LLAMA_SKU, 'high', { additionalSources: [SRC.LLAMA405_HFCOPY] }),
  hidden: count(16384, SRC.LLAMA_SKU),
  heads: count(128, SRC.LLAMA_SKU),
  kvHeads: count(8, SRC.LLAMA_SKU, 'high', {
    additionalSources: [SRC.LLAMA_PAPER],
    note:
      "Architecture has 8 KV heads (Meta sku_list bf16-mp8 and FP8, Llama 3 paper). The HF 'meta-llama/Llama-3.1-405B' config (bf16-mp16 checkpoint) sets 16, duplicated for 16-way model parallelism: an engine loading it caches 2x the KV bytes (1,032,192 B/token).",
    alternatives: [{ value: 16, source: SRC.LLAMA405_HFCOPY, note: 'HF config (mp16 duplication)' }],
  }),
  headDim: count(128, SRC.LLAMA_SKU, 'high', { derived: true, note: 'dim / heads = 16384 / 128.' }),
  attention: 'GQA',
  attentionNote: 'GQA, full attention.',
  kvBytesPerTokenBf16: kvRef(516096, SRC.LLAMA_SKU, `${GQA_FORMULA} = 2 x 126 x 8 x 128 x 2.`),
};

export const MIXTRAL_8X7B: ModelArchitecture = {
  id: 'mixtral-8x7b',
  name: 'Mixtral 8x7B (v0.1)',
  developer: 'Mistral AI',
  // ("Mixtral" alone is the 8x7B: the 8x22B is named in full, and the longer name wins.)
  aliases: ['Mixtral 8x7B', 'Mixtral-8x7B', 'Mixtral 8x7B v0.1', 'Mixtral-8x7B-v0.1', 'Mixtral-8x7B-Instruct', 'Mixtral'],
  totalParams: params(46.7e9, SRC.MIXTRAL_BLOG, 'high', {
    additionalSources: [SRC.MIXTRAL_PAPER],
    note: 'The paper rounds to 47B total / 13B active.',
    alternatives: [{ value: 47e9, source: SRC.MIXTRAL_PAPER }],
  }),
  activeParams: params(12.9e9, SRC.MIXTRAL_BLOG, 'high', {
    additionalSources: [SRC.MIXTRAL_PAPER],
    alternatives: [{ value: 13e9, source: SRC.MIXTRAL_PAPER }],
  }),
  layers: count(32, SRC.MIXTRAL_HFCOPY),
  hidden: count(4096, SRC.MIXTRAL_HFCOPY),
  heads: count(32, SRC.MIXTRAL_HFCOPY),
  kvHeads: count(8, SRC.MIXTRAL_HFCOPY),
  headDim: count(128, SRC.MIXTRAL_HFCOPY, 'high', { derived: true, note: '4096 / 32.' }),
  attention: 'GQA',
  attentionNote:
    "GQA, full attention over 32k (paper: 'fully dense context'); config sliding_window null (an early revision had 32768 = max length, i.e. no effect).",
  expertsTotal: count(8, SRC.MIXTRAL_HFCOPY),
  expertsActive: count(2, SRC.MIXTRAL_HFCOPY),
  contextLength: tokens(32768, SRC.MIXTRAL_PAPER),
  kvBytesPerTokenBf16: kvRef(131072, SRC.MIXTRAL_HFCOPY, `${GQA_FORMULA} = 2 x 32 x 8 x 128 x 2.`),
};

export const DEEPSEEK_V3: ModelArchitecture = {
  id: 'deepseek-v3',
  name: 'DeepSeek-V3 (same architecture: DeepSeek-R1)',
  developer: 'DeepSeek',
  aliases: ['DeepSeek-V3', 'DeepSeek V3', 'DeepSeekV3', 'DeepSeek-R1', 'DeepSeek R1'],
  totalParams: params(671e9, SRC.DSV3_PAPER, 'high', { note: 'HF card: 685B including the 14B MTP module.' }),
  activeParams: params(37e9, SRC.DSV3_PAPER),
  layers: count(61, SRC.DSV3_CFG, 'high', {
    additionalSources: [SRC.DSV3_MIRROR, SRC.DSV3_VLLM],
    note: 'First 3 dense (first_k_dense_replace = 3); the +1 MTP layer is not counted.',
  }),
  hidden: count(7168, SRC.DSV3_MIRROR),
  heads: count(128, SRC.DSV3_MIRROR),
  attention: 'MLA',
  attentionNote: 'Multi-head latent attention: the cache holds one compressed latent + decoupled RoPE key per layer (config num_key_value_heads = 128 is nominal).',
  kvLoraRank: count(512, SRC.DSV3_MIRROR),
  qkRopeHeadDim: count(64, SRC.DSV3_MIRROR),
  qkNopeHeadDim: count(128, SRC.DSV3_MIRROR),
  vHeadDim: count(128, SRC.DSV3_MIRROR),
  qLoraRank: count(1536, SRC.DSV3_MIRROR),
  expertsTotal: count(256, SRC.DSV3_MIRROR, 'high', { note: '256 routed (+1 shared).' }),
  expertsActive: count(8, SRC.DSV3_MIRROR, 'high', { note: '8 routed (+1 shared).' }),
  sharedExperts: count(1, SRC.DSV3_MIRROR),
  denseLayers: count(3, SRC.DSV3_MIRROR, 'high', { note: 'first_k_dense_replace = 3.' }),
  kvBytesPerTokenBf16: kvRef(70272, SRC.DSV3_MIRROR, `${MLA_FORMULA} = 61 x (512 + 64) x 2. (~5.0 MB/token if expanded to 128-head MHA.)`),
};

export const QWEN3_235B_A22B: ModelArchitecture = {
  id: 'qwen3-235b-a22b',
  name: 'Qwen3-235B-A22B',
  developer: 'Alibaba Qwen',
  aliases: ['Qwen3-235B-A22B', 'Qwen3 235B A22B', 'Qwen3-235B', 'Qwen3 235B', 'Qwen 3 235B'],
  totalParams: params(235e9, SRC.QWEN3_BLOG),
  activeParams: params(22e9, SRC.QWEN3_BLOG),
  layers: count(94, SRC.QWEN3_BLOG, 'high', { additionalSources: [SRC.QWEN3_MINDSPEED] }),
  hidden: count(4096, SRC.QWEN3_CFG, 'high', { additionalSources: [SRC.QWEN3_MINDSPEED] }),
  heads: count(64, SRC.QWEN3_BLOG),
  kvHeads: count(4, SRC.QWEN3_BLOG),
  headDim: count(128, SRC.QWEN3_MINDSPEED, 'high', { note: 'Explicit head_dim (64 x 128 = 8192 != hidden 4096).' }),
  attention: 'GQA',
  attentionNote: 'GQA, full attention, QK-norm.',
  expertsTotal: count(128, SRC.QWEN3_BLOG, 'high', { note: 'No shared expert.' }),
  expertsActive: count(8, SRC.QWEN3_BLOG),
  kvBytesPerTokenBf16: kvRef(192512, SRC.QWEN3_BLOG, `${GQA_FORMULA} = 2 x 94 x 4 x 128 x 2.`),
};

export const GPT_OSS_120B: ModelArchitecture = {
  id: 'gpt-oss-120b',
  name: 'gpt-oss-120b',
  developer: 'OpenAI',
  aliases: ['gpt-oss-120b', 'gpt-oss 120b', 'gpt oss 120b', 'gptoss-120b'],
  totalParams: params(117e9, SRC.GPTOSS_README, 'high', {
    note: 'README: 117B; the model card says 116.8B.',
    alternatives: [{ value: 116.8e9, source: SRC.GPTOSS_README, note: 'model card (not fetched)' }],
  }),
  activeParams: params(5.1e9, SRC.GPTOSS_README),
  layers: count(36, SRC.GPTOSS_MODEL),
  hidden: count(2880, SRC.GPTOSS_MODEL),
  heads: count(64, SRC.GPTOSS_MODEL),
  kvHeads: count(8, SRC.GPTOSS_MODEL),
  headDim: count(64, SRC.GPTOSS_MODEL),
  attention: 'GQA',
  attentionNote: 'GQA with attention sinks; alternating sliding-window (128 tokens, even layers) and full attention (odd layers).',
  expertsTotal: count(128, SRC.GPTOSS_MODEL),
  expertsActive: count(4, SRC.GPTOSS_MODEL),
  fullAttentionLayers: count(18, SRC.GPTOSS_MODEL, 'high', { derived: true, note: 'Odd layers of 36.' }),
  slidingWindowLayers: count(18, SRC.GPTOSS_MODEL, 'high', { derived: true, note: 'Even layers of 36.' }),
  slidingWindow: tokens(128, SRC.GPTOSS_MODEL),
  kvBytesPerTokenBf16: kvRef(
    36864,
    SRC.GPTOSS_MODEL,
    'Only the 18 full-attention layers grow with context: 18 x 2 x 8 x 64 x 2. The 18 sliding layers add a fixed 18 x 2,048 x 128 = 4,718,592 B per sequence (73,728 B/token if all 36 layers were cached naively).',
  ),
};

export const KIMI_K2: ModelArchitecture = {
  id: 'kimi-k2',
  name: 'Kimi K2 (Base/Instruct)',
  developer: 'Moonshot AI',
  aliases: ['Kimi K2', 'Kimi-K2', 'Kimi K2 Instruct', 'Kimi-K2-Instruct', 'Kimi K2 Base'],
  totalParams: params(1e12, SRC.KIMI_README, 'medium', {
    note: "README '1T'; the tech report (not fetched) says 1.04T / 32.6B.",
    alternatives: [{ value: 1.04e12, source: SRC.KIMI_README, note: 'tech report, not fetched' }],
  }),
  activeParams: params(32e9, SRC.KIMI_README, 'high', { alternatives: [{ value: 32.6e9, source: SRC.KIMI_README, note: 'tech report, not fetched' }] }),
  layers: count(61, SRC.KIMI_README, 'high', { note: '1 dense + 60 MoE.' }),
  hidden: count(7168, SRC.KIMI_README),
  heads: count(64, SRC.KIMI_README),
  attention: 'MLA',
  attentionNote: 'Multi-head latent attention (DeepSeek-V3-style).',
  kvLoraRank: count(512, SRC.KIMI_CFG, 'medium'),
  qkRopeHeadDim: count(64, SRC.KIMI_CFG, 'medium'),
  qkNopeHeadDim: count(128, SRC.KIMI_CFG, 'medium'),
  vHeadDim: count(128, SRC.KIMI_CFG, 'medium'),
  expertsTotal: count(384, SRC.KIMI_README, 'high', { note: '384 routed (+1 shared).' }),
  expertsActive: count(8, SRC.KIMI_README, 'high', { note: '8 routed (+1 shared).' }),
  sharedExperts: count(1, SRC.KIMI_README),
  denseLayers: count(1, SRC.KIMI_README),
  kvBytesPerTokenBf16: kvRef(70272, SRC.KIMI_CFG, `${MLA_FORMULA} = 61 x (512 + 64) x 2.`),
};

export const MODEL_LIST: ModelArchitecture[] = [
  LLAMA_31_8B,
  LLAMA_31_70B,
  LLAMA_31_405B,
  MIXTRAL_8X7B,
  DEEPSEEK_V3,
  QWEN3_235B_A22B,
  GPT_OSS_120B,
  KIMI_K2,
];

/**
 * KV-cache bytes per token of context for one sequence, summed over layers
 * (only the layers whose cache grows with context). bytesPerElement: 2 for bf16/fp16, 1 for fp8.
 * Returns undefined when the architecture lacks the needed dimensions.
 */
export function kvBytesPerToken(model: ModelArchitecture, bytesPerElement = 2): number | undefined {
  if (model.attention === 'MLA') {
    if (!model.kvLoraRank || !model.qkRopeHeadDim) return undefined;
    return model.layers.value * (model.kvLoraRank.value + model.qkRopeHeadDim.value) * bytesPerElement;
  }
  if (!model.kvHeads || !model.headDim) return undefined;
  const cachedLayers = model.fullAttentionLayers?.value ?? model.layers.value;
  return 2 * cachedLayers * model.kvHeads.value * model.headDim.value * bytesPerElement;
}

/** Fixed KV bytes per sequence held by sliding-window layers (0 when the model has none). */
export function kvSlidingWindowBytesPerSequence(model: ModelArchitecture, bytesPerElement = 2): number {
  if (!model.slidingWindowLayers || !model.slidingWindow || !model.kvHeads || !model.headDim) return 0;
  return 2 * model.slidingWindowLayers.value * model.kvHeads.value * model.headDim.value * bytesPerElement * model.slidingWindow.value;
}
