// Google Cloud TPUs. Google quotes dense figures; ICI bandwidth is per chip, bidirectional.
// TPU power (TDP) is not published for any generation listed.

import { SRC } from './sources.js';
import { bw, bytes, dies, flops, gibToBytes, memBw, year } from './helpers.js';
import type { Accelerator } from './types.js';

const NO_TDP = 'TDP not published by Google.';

export const TPU_V5E: Accelerator = {
  id: 'google-tpu-v5e',
  name: 'TPU v5e',
  vendor: 'Google',
  architecture: 'TPU v5e',
  aliases: ['TPU v5e', 'v5e', 'TPU v5 lite', 'v5litepod', 'v5lite', 'Cloud TPU v5e'],
  year: year(2023, SRC.V5E, 'medium'),
  memoryType: 'HBM2',
  hbmCapacity: bytes(16e9, SRC.V5E, 'high', { note: 'HBM2.' }),
  hbmBandwidth: memBw(819e9, SRC.V5E, 'high', {
    note: "Doc revisions disagree: 819 GBps vs '800 GiBps' (= 859 GB/s).",
    alternatives: [{ value: 859e9, source: SRC.V5E_ALT, note: '800 GiB/s' }],
  }),
  flops: [
    flops('bf16', 'dense', 197e12, SRC.V5E),
    flops('int8', 'dense', 393e12, SRC.V5E_ALT, 'high', { note: 'INT8 393 TOPS (integer operations/s).' }),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'ICI',
  scaleUpInterconnect: 'tpu-ici-v5e',
  scaleUpDetail: 'ICI, 4 ports per chip, 2D torus, 256-chip pod',
  scaleUpBandwidth: bw(400e9, 'bidirectional', SRC.V5E, 'high', { note: "Older doc revision: '1,600 Gbps' (= 200 GB/s per direction)." }),
  dies: dies(1, SRC.V5E, 'high', { note: 'One TensorCore per chip.' }),
  notes: [NO_TDP],
};

export const TPU_V5P: Accelerator = {
  id: 'google-tpu-v5p',
  name: 'TPU v5p',
  vendor: 'Google',
  architecture: 'TPU v5p',
  aliases: ['TPU v5p', 'v5p', 'Cloud TPU v5p'],
  year: year(2023, SRC.V5P, 'medium'),
  memoryType: 'HBM',
  hbmCapacity: bytes(gibToBytes(95), SRC.V5P, 'high', { gib: 95, note: 'Docs: 95 GiB usable (96 GiB physical) = 102.0 GB.' }),
  hbmBandwidth: memBw(2.765e12, SRC.V5P, 'high', { note: 'Another doc revision: 2,575 GiBps (same quantity).' }),
  flops: [
    flops('bf16', 'dense', 459e12, SRC.V5P),
    flops('fp8', 'dense', 459e12, SRC.V5P, 'high', { note: 'Docs list FP8 = 459 (no FP8 speed-up over BF16).' }),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'ICI',
  scaleUpInterconnect: 'tpu-ici-v5p',
  scaleUpDetail: 'ICI, 3D torus, optical circuit switches between 4x4x4 cubes',
  scaleUpBandwidth: bw(1.2e12, 'bidirectional', SRC.V5P, 'high', {
    additionalSources: [SRC.V5P_OLD],
    note: 'Older revision: 4,800 Gbps (= 600 GB/s per direction).',
  }),
  scaleOutNic: 'DCN, 50 Gb/s per chip (see the v5p pod)',
  dies: dies(1, SRC.V5P, 'medium', { note: 'Die count not stated; 2 TensorCores + 4 SparseCores per chip.' }),
  notes: [NO_TDP],
};

export const TPU_V6E: Accelerator = {
  id: 'google-tpu-v6e',
  name: 'TPU v6e (Trillium)',
  vendor: 'Google',
  architecture: 'TPU v6e',
  aliases: ['TPU v6e', 'v6e', 'Trillium', 'TPU Trillium', 'Cloud TPU v6e'],
  year: year(2024, SRC.V6E, 'medium'),
  memoryType: 'HBM',
  hbmCapacity: bytes(32e9, SRC.V6E),
  hbmBandwidth: memBw(1.638e12, SRC.V6E, 'high', { note: 'Often quoted as 1,640 GB/s or 1.6 TB/s.' }),
  flops: [
    flops('bf16', 'dense', 918e12, SRC.V6E),
    flops('fp8', 'dense', 918e12, SRC.TPU7X, 'high', { note: 'TPU7x comparison table lists v6e FP8 = 918 (no FP8 speed-up).' }),
    flops('int8', 'dense', 1836e12, SRC.TPU7X, 'high', { note: 'INT8 1,836 TOPS (integer operations/s).' }),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'ICI',
  scaleUpInterconnect: 'tpu-ici-v6e',
  scaleUpDetail: 'ICI, 4 ports per chip, 2D torus, 256-chip pod',
  scaleUpBandwidth: bw(800e9, 'bidirectional', SRC.V6E),
  dies: dies(1, SRC.V6E, 'high', { note: 'One TensorCore per chip.' }),
  notes: [NO_TDP],
};

export const TPU7X_IRONWOOD: Accelerator = {
  id: 'google-tpu7x-ironwood',
  name: 'TPU7x (Ironwood)',
  vendor: 'Google',
  architecture: 'TPU v7 / Ironwood',
  aliases: ['TPU7x', 'TPU 7x', 'TPU v7', 'TPU v7x', 'Ironwood', 'TPU Ironwood', 'Ironwood TPU'],
  year: year(2025, SRC.TPU7X, 'high', { note: 'Announced Apr 2025, GA late 2025.' }),
  memoryType: 'HBM',
  hbmCapacity: bytes(gibToBytes(192), SRC.TPU7X, 'medium', {
    gib: 192,
    additionalSources: [SRC.IRONWOOD_BLOGSUM],
    note:
      "Cloud docs say '192 GiB' (= 206.2 GB); Google's blog and Hot Chips say '192 GB'. The 1.77 PB pod total = 9,216 x 192 GB (decimal), so the GiB label may be loose.",
    alternatives: [{ value: 192e9, source: SRC.IRONWOOD_BLOGSUM, note: "'192 GB'" }],
  }),
  hbmBandwidth: memBw(7.37e12, SRC.IRONWOOD_BLOGSUM, 'high', {
    additionalSources: [SRC.IRONWOOD_HOTCHIPS],
    note: 'Hot Chips coverage rounds to 7.3 TB/s; 7,380 GBps appears in third-party tables.',
  }),
  flops: [
    flops('bf16', 'dense', 2307e12, SRC.TPU7X),
    flops('fp8', 'dense', 4614e12, SRC.TPU7X, 'high', { additionalSources: [SRC.TPU7X_PERF], note: "Google's 4,614 TFLOPS headline is dense FP8." }),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'ICI',
  scaleUpInterconnect: 'tpu-ici-ironwood',
  scaleUpDetail: 'ICI + optical circuit switches, 9,216-chip pod',
  scaleUpBandwidth: bw(1.2e12, 'bidirectional', SRC.IRONWOOD_BLOGSUM, 'high', {
    additionalSources: [SRC.IRONWOOD_ICI96, SRC.IRONWOOD_THINGS],
    note: "Google's launch blog: '1.2 TBps bidirectional'; its later '3 things to know' post: 'ICI network operating at 9.6 Tb/s', the same figure in bits (1.2 TB/s × 8), not a per-direction line rate.",
    bits: { value: 9.6e12, source: SRC.IRONWOOD_THINGS },
  }),
  dies: dies(2, SRC.IRONWOOD_HOTCHIPS, 'medium', { note: 'Hot Chips: dual compute die; docs: 2 TensorCores + 4 SparseCores per chip.' }),
  notes: [NO_TDP],
};

export const GOOGLE_ACCELERATORS: Accelerator[] = [TPU_V5E, TPU_V5P, TPU_V6E, TPU7X_IRONWOOD];
