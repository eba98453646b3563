// AMD Instinct accelerators. AMD headlines are dense; sparse figures are listed separately.

import { SRC } from './sources.js';
import { bw, bytes, dies, flops, memBw, watts, year } from './helpers.js';
import type { Accelerator } from './types.js';

const IF_NOTE =
  'Aggregate of 7 Infinity Fabric links in a direct 8-GPU mesh (no switch): any single GPU pair gets one link only.';

export const MI300X: Accelerator = {
  id: 'amd-mi300x',
  name: 'Instinct MI300X',
  vendor: 'AMD',
  architecture: 'CDNA 3',
  aliases: ['MI300X', 'Instinct MI300X', 'MI300X OAM'],
  year: year(2023, SRC.MI300X_ROCM, 'medium', { note: 'Launched Dec 2023.' }),
  memoryType: 'HBM3',
  hbmCapacity: bytes(192e9, SRC.MI300X_MLPERF, 'high', { additionalSources: [SRC.MI300X_ROCM], note: 'HBM3, 8 stacks.' }),
  hbmBandwidth: memBw(5.3e12, SRC.MI300X_ROCM),
  flops: [
    flops('bf16', 'dense', 1307.4e12, SRC.MI300X_ROCM, 'high', { note: 'ROCm table, dense.' }),
    flops('bf16', 'sparse', 2614.9e12, SRC.MI300X_ROCM, 'high', { note: 'With structured sparsity.' }),
    flops('fp8', 'dense', 2614.9e12, SRC.MI300X_ROCM),
    flops('fp8', 'sparse', 5229.8e12, SRC.MI300X_ROCM, 'high', { note: 'With structured sparsity.' }),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'Infinity Fabric',
  scaleUpInterconnect: 'infinity-fabric-mi300',
  scaleUpDetail: 'Infinity Fabric (XGMI), 7 links, direct full mesh of 8 GPUs',
  scaleUpBandwidth: bw(896e9, 'bidirectional', SRC.MI300X_IF, 'medium', {
    derived: true,
    note: `7 x 128 GB/s bidirectional = 896 GB/s (448 GB/s per direction). ${IF_NOTE}`,
  }),
  tdp: watts(750, SRC.MI300X_MLPERF, 'high', { note: "MLPerf system name 'MI300X-NPS1-SPX-192GB-750W'." }),
  dies: dies(8, SRC.MI300X_ROCM, 'high', { note: '8 XCD compute chiplets + 4 IOD.' }),
  notes: ['No FP4 on CDNA 3.'],
};

export const MI325X: Accelerator = {
  id: 'amd-mi325x',
  name: 'Instinct MI325X',
  vendor: 'AMD',
  architecture: 'CDNA 3',
  aliases: ['MI325X', 'Instinct MI325X'],
  year: year(2024, SRC.MI325X_SVET, 'high', { note: 'Announced Oct 2024.' }),
  memoryType: 'HBM3e',
  hbmCapacity: bytes(256e9, SRC.MI325X_SVET, 'high', {
    additionalSources: [SRC.MI325X_AWESOME],
    note: "HBM3E. AMD's ROCm spec table labels it 256 'GiB'.",
  }),
  hbmBandwidth: memBw(6.0e12, SRC.MI325X_SVET, 'high', { additionalSources: [SRC.MI325X_AWESOME] }),
  flops: [
    flops('bf16', 'dense', 1307.4e12, SRC.MI325X_AWESOME, 'high', {
      additionalSources: [SRC.MI325X_SVET],
      note: 'Same CDNA 3 die and clocks as MI300X.',
    }),
    flops('fp8', 'dense', 2614.9e12, SRC.MI325X_AWESOME),
    flops('fp8', 'sparse', 5229.8e12, SRC.MI325X_AWESOME),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'Infinity Fabric',
  scaleUpInterconnect: 'infinity-fabric-mi300',
  scaleUpDetail: 'Infinity Fabric, 7 links (8-GPU mesh)',
  scaleUpBandwidth: bw(896e9, 'bidirectional', SRC.MI325X_WIAIX, 'medium', {
    derived: true,
    note: `Assumes the MI300X link rate (128 GB/s per link); MI325X sources do not state it. ${IF_NOTE}`,
  }),
  tdp: watts(1000, SRC.MI325X_SVET, 'high', { note: 'Total board power (MI300X: 750 W).' }),
  dies: dies(8, SRC.MI325X_SVET, 'medium', { note: '8 XCD + 4 IOD; same chip as MI300X.' }),
  notes: ['No FP4 on CDNA 3.'],
};

export const MI355X: Accelerator = {
  id: 'amd-mi355x',
  name: 'Instinct MI355X',
  vendor: 'AMD',
  architecture: 'CDNA 4',
  aliases: ['MI355X', 'Instinct MI355X'],
  year: year(2025, SRC.MI355X_HYPERAI, 'high', { note: 'Announced Jun 2025.' }),
  memoryType: 'HBM3e',
  hbmCapacity: bytes(288e9, SRC.MI355X_HYPERAI, 'high', {
    additionalSources: [SRC.MI355X_BOSTON],
    note: "HBM3E (8 x 36 GB). ROCm's spec table writes 288 'GiB'.",
  }),
  hbmBandwidth: memBw(8.0e12, SRC.MI355X_HYPERAI, 'high', { additionalSources: [SRC.MI355X_BOSTON] }),
  flops: [
    flops('bf16', 'dense', 2516.6e12, SRC.MI355X_REG, 'medium', {
      note: "~2.5 PF dense; the exact 2,516.6 matches AMD's ratios but was only seen in third-party code and press. MI350X (1,000 W) is ~8% lower.",
    }),
    flops('fp8', 'dense', 5033.2e12, SRC.MI355X_ISSCC, 'medium', {
      additionalSources: [SRC.MI355X_REG],
      note: "ISSCC coverage: 'five petaflops' FP8.",
    }),
    flops('fp6', 'dense', 10066.4e12, SRC.MI355X_HUME, 'medium', { note: 'MXFP6 runs at the MXFP4 rate (~10 PF).' }),
    flops('fp4', 'dense', 10066.4e12, SRC.MI355X_HUME, 'medium', {
      additionalSources: [SRC.MI355X_REG],
      note: "MXFP4 ~10 PF dense (AMD headline). The Register's sparsity wording is garbled.",
    }),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'Infinity Fabric',
  scaleUpInterconnect: 'infinity-fabric-mi355',
  scaleUpDetail: 'Infinity Fabric (XGMI), 7 links, 8-GPU mesh',
  scaleUpBandwidth: bw(1075e9, 'bidirectional', SRC.MI355X_HUME, 'low', {
    derived: true,
    note: `~153.6 GB/s bidirectional per link x 7 links (analyst figure). ${IF_NOTE}`,
  }),
  tdp: watts(1400, SRC.MI355X_HYPERAI, 'high', { additionalSources: [SRC.MI355X_WCCF], note: 'Total board power; MI350X = 1,000 W.' }),
  dies: dies(8, SRC.MI355X_HYPERAI, 'high', { additionalSources: [SRC.MI355X_BOSTON], note: '8 XCD compute chiplets + 2 IOD.' }),
  notes: ['Sparse FP4 (~20 PF) is recalled from the AMD spec sheet but not confirmed in retrieved sources; left out.'],
};

// AMD's MI250X page was not retrievable: its table as reproduced by press, with the ROCm MI250 page (same memory, two GCDs).
const MI250X_COPY = "AMD's MI250X spec table as reproduced by press; not read on an AMD page.";

export const MI250X: Accelerator = {
  id: 'amd-mi250x',
  name: 'Instinct MI250X (OAM, 2 GCDs)',
  vendor: 'AMD',
  architecture: 'CDNA 2',
  aliases: ['MI250X', 'Instinct MI250X', 'MI250X OAM'],
  year: year(2021, SRC.MI250X_YOBITEL, 'medium', { note: 'Launched Nov 2021 (Frontier).' }),
  memoryType: 'HBM2e',
  hbmCapacity: bytes(128e9, SRC.MI250X_TABLE, 'medium', {
    additionalSources: [SRC.MI250X_YOBITEL],
    note: `8 HBM2e stacks, 64 GB per GCD: software sees each GCD as its own GPU. ${MI250X_COPY}`,
  }),
  hbmBandwidth: memBw(3.2e12, SRC.MI250X_TABLE, 'medium', {
    additionalSources: [SRC.MI250_ROCM, SRC.MI250X_YOBITEL],
    note: `1.6 TB/s per GCD (ROCm MI250 page: 3.2 TB/s aggregate for the OAM). ${MI250X_COPY}`,
  }),
  flops: [
    flops('bf16', 'dense', 383e12, SRC.MI250X_TABLE, 'medium', {
      additionalSources: [SRC.MI250X_YOBITEL],
      note: `Matrix cores, both GCDs; CDNA 2 has no sparsity mode (the MI250: 362.1). ${MI250X_COPY}`,
    }),
    flops('fp16', 'dense', 383e12, SRC.MI250X_TABLE, 'medium', { additionalSources: [SRC.MI250X_YOBITEL], note: 'Listed with BF16.' }),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'Infinity Fabric (CDNA 2)',
  scaleUpDetail: 'Infinity Fabric links of 50 GB/s per direction between GCDs (per-OAM total not sourced)',
  tdp: watts(560, SRC.MI250X_TABLE, 'medium', { additionalSources: [SRC.MI250X_YOBITEL], note: 'Peak board power (the MI250: 500 W).' }),
  dies: dies(2, SRC.MI250_ROCM, 'medium', { note: 'Two graphics compute dies (GCDs) in one OAM package.' }),
  notes: ['No FP8 on CDNA 2. The MI250 (208 CUs, 362.1 TFLOPS BF16, 500 W) is another SKU.'],
};

export const AMD_ACCELERATORS: Accelerator[] = [MI300X, MI325X, MI355X, MI250X];
