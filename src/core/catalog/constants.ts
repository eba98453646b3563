// Rules of thumb used by claim checks, each with its source. Canonical units: per second, not per minute.

import { SRC } from './sources.js';
import type { ConstantFigure, ConstantId } from './types.js';

export const CONSTANT_TABLE: Record<ConstantId, ConstantFigure> = {
  chinchillaTokensPerParam: {
    name: 'Chinchilla compute-optimal tokens per parameter',
    value: 20,
    unit: 'token/param',
    source: SRC.CHINCHILLA,
    confidence: 'high',
    note:
      "Rule of thumb from Chinchilla (70B params trained on 1.4T tokens = 20 tokens/param; paper Table 1). The abstract says only that params and tokens should scale equally; '~20' is the community summary. Later models (e.g. Llama 3) train far beyond it.",
  },
  trainingFlopsPerParamPerToken: {
    name: 'Training compute per parameter per token',
    formula: 'C ≈ 6·N·D',
    value: 6,
    unit: 'FLOP/(param·token)',
    source: SRC.KAPLAN,
    confidence: 'high',
    note: "Kaplan et al. 2020: ~2N FLOPs/token forward + ~4N backward (ignores attention's context-dependent term). For MoE use active params.",
  },
  inferenceFlopsPerParamPerToken: {
    name: 'Inference (forward) compute per parameter per token',
    formula: 'C ≈ 2·N per token',
    value: 2,
    unit: 'FLOP/(param·token)',
    source: SRC.KAPLAN,
    confidence: 'high',
    note: 'Forward pass only; plus an attention term ~2·n_layers·n_ctx·d_attn. For MoE use active params.',
  },
  readingSpeedNonfiction: {
    name: 'Silent reading speed, non-fiction (adults)',
    value: 238 / 60,
    unit: 'word/s',
    source: SRC.BRYSBAERT,
    confidence: 'high',
    note: '238 words/min (most adults 175-300 wpm).',
  },
  readingSpeedFiction: {
    name: 'Silent reading speed, fiction (adults)',
    value: 260 / 60,
    unit: 'word/s',
    source: SRC.BRYSBAERT,
    confidence: 'high',
    note: '260 words/min.',
  },
  readingSpeedAloud: {
    name: 'Reading-aloud speed (adults)',
    value: 183 / 60,
    unit: 'word/s',
    source: SRC.BRYSBAERT,
    confidence: 'high',
    note: '183 words/min.',
  },
  tokensPerWord: {
    name: 'Tokens per English word',
    value: 1.33,
    unit: 'token/word',
    source: SRC.OPENAI_TOKENS,
    confidence: 'medium',
    note: 'OpenAI rule of thumb: 1 token ≈ 3/4 word (100 tokens ≈ 75 words); varies by tokenizer (GPT-3.5/4 era; newer tokenizers are somewhat more efficient).',
  },
  readingSpeedTokensPerSecond: {
    name: 'Human reading speed in tokens per second',
    value: (238 * 1.33) / 60,
    unit: 'token/s',
    source: SRC.BRYSBAERT,
    additionalSources: [SRC.OPENAI_TOKENS],
    confidence: 'medium',
    derived: true,
    note: '238 words/min x 1.33 tokens/word / 60 ≈ 5.28 tokens/s.',
  },
};
