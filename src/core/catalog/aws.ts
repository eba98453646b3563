// AWS Trainium. AWS lists dense figures; its sparse figure is listed separately.

import { SRC } from './sources.js';
import { bw, bytes, flops, gibToBytes, memBw, year } from './helpers.js';
import type { Accelerator } from './types.js';

export const TRAINIUM2: Accelerator = {
  id: 'aws-trainium2',
  name: 'Trainium2',
  vendor: 'AWS',
  architecture: 'NeuronCore-v3',
  aliases: ['Trainium2', 'Trainium 2', 'Trn2', 'AWS Trainium2'],
  year: year(2024, SRC.TRN2, 'medium', { note: 'Trn2 instances GA Dec 2024.' }),
  memoryType: 'HBM',
  hbmCapacity: bytes(gibToBytes(96), SRC.TRN2, 'high', { gib: 96, note: '96 GiB (4 HBM stacks) = 103.1 GB.' }),
  hbmBandwidth: memBw(2.9e12, SRC.TRN2, 'high', {
    note: 'NKI guide v2.29.0 says 3 TB/s; the latest revision says 2.9 TB/s.',
    alternatives: [{ value: 3.0e12, source: SRC.TRN2_NKI }],
  }),
  flops: [
    flops('bf16', 'dense', 667e12, SRC.TRN2, 'high', { note: 'AWS lists BF16/FP16/TF32 together.' }),
    flops('fp16', 'dense', 667e12, SRC.TRN2, 'high', { note: 'AWS lists BF16/FP16/TF32 together.' }),
    flops('tf32', 'dense', 667e12, SRC.TRN2, 'high', { note: 'AWS lists BF16/FP16/TF32 together.' }),
    flops('fp8', 'dense', 1299e12, SRC.TRN2),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'NeuronLink-v3',
  scaleUpInterconnect: 'neuronlink-v3',
  scaleUpDetail: 'NeuronLink-v3 (4 links); memory pool up to 64 chips (Trn2 UltraServer)',
  scaleUpBandwidth: bw(1.28e12, 'bidirectional', SRC.TRN2, 'medium', {
    note: "AWS states '1.28 TB/s per chip' without a direction convention; labelled as a total like other vendors' figures.",
  }),
  notes: [
    "AWS also lists 2,563 TFLOPS 'sparse' (precision not stated with it; AWS sparsity is not necessarily 2:4); left out.",
    'Die count and TDP not published.',
  ],
};

export const AWS_ACCELERATORS: Accelerator[] = [TRAINIUM2];
