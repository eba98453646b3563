// Systems and scale-up domains. Totals are Figures; `gpusPerDomain` counts accelerator
// packages in ONE scale-up domain (NVIDIA's NVL144/NVL576 names count dies instead).

import { SRC } from './sources.js';
import { bw, bytes, flops, gibToBytes, memBw, nic, watts } from './helpers.js';
import type { System } from './types.js';

const SUM_BIDIR = 'Sum of per-accelerator bidirectional scale-up bandwidth (not bisection bandwidth).';

export const DGX_HGX_H100: System = {
  id: 'dgx-hgx-h100',
  name: 'DGX H100 / HGX H100 8-GPU',
  vendor: 'NVIDIA',
  aliases: ['DGX H100', 'HGX H100', 'HGX H100 8-GPU', 'H100 HGX', 'H100 DGX', 'DGX-H100', 'HGX-H100'],
  accelerator: 'nvidia-h100-sxm',
  gpusPerDomain: 8,
  totalAccelerators: 8,
  sizeSource: SRC.DGXH100_NETAPP,
  sizeNote:
    'NVSwitch domain = 8 GPUs. NVIDIA also described an NVLink Switch System scaling H100 to 256 GPUs (rarely deployed).',
  singleScaleUpDomain: true,
  totalHbm: bytes(640e9, SRC.DGXH100_NETAPP),
  totalHbmBandwidth: memBw(26.8e12, SRC.H100_TABLE, 'high', { derived: true, note: '8 x 3.35 TB/s.' }),
  totalScaleUpBandwidth: bw(7.2e12, 'bidirectional', SRC.GB200_KSHIROL, 'medium', {
    note: `8 x 900 GB/s; 4 NVSwitch chips. ${SUM_BIDIR}`,
  }),
  power: watts(10.2e3, SRC.DGXH100_NETAPP, 'high', { note: 'DGX H100 maximum system power.' }),
  scaleOutNic: 'ConnectX-7 400 Gb/s (8 single-port for the compute fabric + 2 dual-port for storage)',
  scaleOutPerGpu: nic(400, SRC.DGXH100_NETAPP),
  flops: [],
};

export const DGX_H200: System = {
  id: 'dgx-h200',
  name: 'DGX H200 / HGX H200 8-GPU',
  vendor: 'NVIDIA',
  aliases: ['DGX H200', 'HGX H200', 'H200 HGX', 'H200 DGX', 'DGX-H200', 'HGX-H200'],
  accelerator: 'nvidia-h200-sxm',
  gpusPerDomain: 8,
  totalAccelerators: 8,
  sizeSource: SRC.H200_MLPERF,
  singleScaleUpDomain: true,
  totalHbm: bytes(1128e9, SRC.H200_MLPERF, 'high', { derived: true, note: '8 x 141 GB.' }),
  totalHbmBandwidth: memBw(38.4e12, SRC.H200_AIM, 'high', { derived: true, note: '8 x 4.8 TB/s.' }),
  totalScaleUpBandwidth: bw(7.2e12, 'bidirectional', SRC.H200_MLPERF, 'medium', { derived: true, note: `8 x 900 GB/s. ${SUM_BIDIR}` }),
  scaleOutNic: 'ConnectX-7 400 Gb/s (NVIDIA MLPerf system: 10 x 400 Gb IB per 8-GPU node)',
  scaleOutPerGpu: nic(400, SRC.H200_MLPERF, 'medium'),
  flops: [],
  notes: ['System power not retrieved (commonly assumed equal to DGX H100, 10.2 kW; unverified); left out.'],
};

export const DGX_B200: System = {
  id: 'dgx-b200',
  name: 'DGX B200 / HGX B200 8-GPU',
  vendor: 'NVIDIA',
  aliases: ['DGX B200', 'HGX B200', 'B200 HGX', 'B200 DGX', 'DGX-B200', 'HGX-B200'],
  accelerator: 'nvidia-b200',
  gpusPerDomain: 8,
  totalAccelerators: 8,
  sizeSource: SRC.DGXB200_UG,
  singleScaleUpDomain: true,
  totalHbm: bytes(1440e9, SRC.DGXB200_UG),
  totalHbmBandwidth: memBw(64e12, SRC.DGXB200_WIKI),
  totalScaleUpBandwidth: bw(14.4e12, 'bidirectional', SRC.DGXB200_UG, 'high', {
    note: `2 NVSwitch chips, '14.4 TB/s aggregate' = 8 x 1.8 TB/s. ${SUM_BIDIR}`,
  }),
  power: watts(14.3e3, SRC.DGXB200_UG, 'high', { note: 'Maximum system power.' }),
  scaleOutNic: 'ConnectX-7 single-port, up to 400 Gb/s InfiniBand (8 cards) + 2 BlueField-3',
  scaleOutPerGpu: nic(400, SRC.DGXB200_UG),
  flops: [
    flops('fp4', 'dense', 72e15, SRC.DGXB200_WIKI),
    flops('fp4', 'sparse', 144e15, SRC.DGXB200_WIKI),
    flops('fp8', 'sparse', 72e15, SRC.DGXB200_WIKI),
  ],
};

export const GB200_NVL72: System = {
  id: 'gb200-nvl72',
  name: 'GB200 NVL72',
  vendor: 'NVIDIA',
  aliases: ['GB200 NVL72', 'GB200-NVL72', 'NVL72', 'GB200 NVL', 'GB200 rack'],
  accelerator: 'nvidia-gb200-per-gpu',
  gpusPerDomain: 72,
  totalAccelerators: 72,
  diesPerDomain: 144,
  sizeSource: SRC.GB200_DATACRUNCH,
  sizeNote: '72 Blackwell GPU packages (144 dies) + 36 Grace CPUs in one NVLink domain.',
  singleScaleUpDomain: true,
  totalHbm: bytes(13.4e12, SRC.GB200_AIWIKI, 'medium', {
    note: '13.4 TB (NVIDIA current) vs 13.5 TB vs 13.8 TB (72 x 192 GB).',
    alternatives: [
      { value: 13.5e12, source: SRC.GB200_AWESOME },
      { value: 13.8e12, source: SRC.GB200_FIBERMALL, note: '72 x 192 GB' },
    ],
  }),
  totalHbmBandwidth: memBw(576e12, SRC.B200_GK, 'medium', { derived: true, note: '72 x 8 TB/s.' }),
  totalScaleUpBandwidth: bw(130e12, 'bidirectional', SRC.GB200_DATACRUNCH, 'high', {
    additionalSources: [SRC.GB200_AIWIKI],
    note: `130 TB/s = 72 x 1.8 TB/s. ${SUM_BIDIR}`,
  }),
  power: watts(120e3, SRC.GB200_AWESOME, 'low', {
    additionalSources: [SRC.GB200_KSHIROL],
    note: 'Approximate; secondary sources only (compute tray up to 5.4 kW per FiberMall).',
  }),
  scaleOutNic: 'ConnectX-7 400 Gb/s class',
  scaleOutPerGpu: nic(400, SRC.GB200_MLPERF, 'medium', { note: 'From an MLPerf system description, not an NVIDIA spec page.' }),
  flops: [
    flops('bf16', 'sparse', 360e15, SRC.B200_GK, 'medium'),
    flops('fp8', 'dense', 360e15, SRC.GB200_AIWIKI, 'medium', { derived: true, note: '720 PF sparse / 2.' }),
    flops('fp8', 'sparse', 720e15, SRC.GB200_AIWIKI, 'medium'),
    flops('fp4', 'dense', 720e15, SRC.GB200_AIWIKI, 'medium', { derived: true, note: '1.44 EF sparse / 2.' }),
    flops('fp4', 'sparse', 1440e15, SRC.GB200_AIWIKI, 'medium', { note: "Marketed as '1.4 EF FP4'." }),
  ],
};

export const GB300_NVL72: System = {
  id: 'gb300-nvl72',
  name: 'GB300 NVL72',
  vendor: 'NVIDIA',
  aliases: ['GB300 NVL72', 'GB300-NVL72', 'GB300 NVL', 'GB300 rack'],
  accelerator: 'nvidia-gb300-per-gpu',
  gpusPerDomain: 72,
  totalAccelerators: 72,
  diesPerDomain: 144,
  sizeSource: SRC.GB300_RA,
  singleScaleUpDomain: true,
  totalHbm: bytes(20e12, SRC.GB300_VENDORDEEP, 'medium', {
    additionalSources: [SRC.B300_GK],
    note: 'NVIDIA says 20 TB; 72 x 288 GB = 20.7 TB.',
    alternatives: [{ value: 20.7e12, source: SRC.GB300_AWESOME, note: '72 x 288 GB' }],
  }),
  totalHbmBandwidth: memBw(576e12, SRC.GB300_VENDORDEEP, 'high', { additionalSources: [SRC.B300_GK] }),
  totalScaleUpBandwidth: bw(130e12, 'bidirectional', SRC.GB300_RA, 'high', {
    additionalSources: [SRC.GB300_VENDORDEEP],
    note: SUM_BIDIR,
  }),
  power: watts(142e3, SRC.GB300_RA, 'high', {
    note: "NVIDIA Enterprise RA: 8 x 33 kW power shelves, 'full rack requiring up to 142 kW'. Secondary sources say ~120 kW typical.",
  }),
  scaleOutNic: 'ConnectX-8 SuperNIC, 800 Gb/s per GPU (4 per 4-GPU compute tray)',
  scaleOutPerGpu: nic(800, SRC.GB300_VENDORDEEP, 'high', { additionalSources: [SRC.GB300_RA] }),
  flops: [
    flops('fp8', 'dense', 360e15, SRC.GB300_VENDORDEEP, 'high', { additionalSources: [SRC.B300_GK] }),
    flops('fp8', 'sparse', 720e15, SRC.GB300_VENDORDEEP, 'high', { additionalSources: [SRC.B300_GK] }),
    flops('fp4', 'dense', 1080e15, SRC.GB300_VENDORDEEP, 'high', { additionalSources: [SRC.B300_GK] }),
    flops('fp4', 'sparse', 1440e15, SRC.GB300_VENDORDEEP, 'high', {
      additionalSources: [SRC.B300_GK],
      note: 'Blackwell Ultra FP4 sparsity gives 1.33x over dense, not 2x.',
    }),
  ],
};

export const VERA_RUBIN_NVL72: System = {
  id: 'vera-rubin-nvl72',
  name: 'Vera Rubin NVL72 (GTC 2025 name: Vera Rubin NVL144)',
  vendor: 'NVIDIA',
  aliases: [
    'Vera Rubin NVL72',
    'Vera Rubin NVL144',
    'VR NVL72',
    'VR NVL144',
    'Rubin NVL72',
    'Rubin NVL144',
  ],
  accelerator: 'nvidia-rubin',
  gpusPerDomain: 72,
  totalAccelerators: 72,
  diesPerDomain: 144,
  sizeSource: SRC.VR_NVL144_HYPERAI,
  sizeNote:
    "Counting change: the GTC 2025 roadmap named it NVL144 (counting GPU dies, 2 per package); at CES 2026 NVIDIA marketed the same rack as 'Vera Rubin NVL72' (counting packages). 36 Vera CPUs.",
  singleScaleUpDomain: true,
  totalHbm: bytes(20.7e12, SRC.VR_NVL72_IMGTAG, 'high', {
    additionalSources: [SRC.VR_SILICONTALES],
    note: '72 x 288 GB HBM4, plus 54 TB LPDDR5X on the Vera CPUs.',
  }),
  totalHbmBandwidth: memBw(1584e12, SRC.RUBIN_3DT, 'medium', { derived: true, note: '72 x 22 TB/s (~1.6 PB/s).' }),
  totalScaleUpBandwidth: bw(260e12, 'bidirectional', SRC.VR_NVL144_TECHNEWS, 'high', {
    additionalSources: [SRC.VR_NVL72_IMGTAG],
    note: `72 x 3.6 TB/s NVLink 6. ${SUM_BIDIR}`,
  }),
  scaleOutNic: 'ConnectX-9 SuperNIC (1.6 Tb/s class)',
  scaleOutPerGpu: nic(1600, SRC.RUBIN_LINOS, 'low', {
    note: "GTC 2025: 'CX9 28.8 TB/s' per rack = 400 GB/s per package (direction/count ambiguous).",
  }),
  flops: [
    flops('fp4', 'dense', 3.6e18, SRC.VR_NVL72_IMGTAG, 'high', {
      workload: 'inference',
      additionalSources: [SRC.VR_NVL144_TECHNEWS],
      note: 'NVFP4 inference (72 x 50 PF); NVIDIA compares it with Blackwell dense, but it may rely on adaptive compression.',
    }),
    flops('fp4', 'dense', 2.5e18, SRC.VR_NVL72_IMGTAG, 'high', { workload: 'training', note: 'NVFP4 training.' }),
    flops('fp8', 'dense', 1.2e18, SRC.VR_NVL144_TECHNEWS, 'medium', {
      workload: 'training',
      note: 'GTC 2025 roadmap figure (3.3x GB300 NVL72); sparsity not stated.',
    }),
  ],
  notes: ['Rack power not published in retrieved vendor sources (a flashcard says 190-230 kW); left out.'],
};

export const RUBIN_ULTRA_NVL576: System = {
  id: 'rubin-ultra-nvl576',
  name: "Rubin Ultra NVL576 (Kyber rack; later marketed as 'NVL144' counting packages)",
  vendor: 'NVIDIA',
  aliases: ['Rubin Ultra NVL576', 'NVL576', 'Kyber NVL576', 'Kyber', 'Rubin Ultra NVL144', 'Kyber NVL144'],
  accelerator: 'nvidia-rubin-ultra',
  gpusPerDomain: 144,
  totalAccelerators: 144,
  diesPerDomain: 576,
  sizeSource: SRC.RU_AIWIKI,
  sizeNote: "'576' counts dies (4 per package): 144 packages. Tom's: 4 pods x 18 blades x 8 dies.",
  singleScaleUpDomain: true,
  totalHbm: bytes(144e12, SRC.VR_NVL144_TECHNEWS, 'low', {
    derived: true,
    note: "144 x 1 TB HBM4e (roadmap). The '365 TB fast memory' figure includes CPU LPDDR.",
  }),
  totalScaleUpBandwidth: bw(1.5e15, 'bidirectional', SRC.VR_NVL144_TECHNEWS, 'medium', { note: "NVLink 7 '1.5 PB/s' (roadmap)." }),
  power: watts(600e3, SRC.RU_TOMS, 'medium', { additionalSources: [SRC.RU_AIWIKI], note: 'Jensen Huang Q&A: up to 600 kW per rack.' }),
  flops: [
    flops('fp4', 'dense', 15e18, SRC.VR_NVL144_TECHNEWS, 'low', {
      workload: 'inference',
      additionalSources: [SRC.RU_TOMS],
      note: 'Roadmap 15 EF FP4 inference; sparsity not stated.',
    }),
    flops('fp8', 'dense', 5e18, SRC.VR_NVL144_TECHNEWS, 'low', {
      workload: 'training',
      additionalSources: [SRC.RU_AIWIKI],
      note: 'Roadmap 5 EF FP8 training; sparsity not stated.',
    }),
  ],
  notes: ['Aggregate HBM bandwidth not in retrieved sources (4.6 PB/s recalled from a GTC 2025 slide, unverified); left out.'],
};

export const VERA_RUBIN_POD: System = {
  id: 'vera-rubin-pod',
  name: 'NVIDIA Vera Rubin POD (GTC 2026)',
  vendor: 'NVIDIA',
  aliases: ['Vera Rubin POD', 'VR POD'],
  accelerator: 'nvidia-rubin',
  gpusPerDomain: 72,
  totalAccelerators: 1152,
  racks: 40,
  sizeSource: SRC.VR_POD_BLOG,
  sizeNote:
    'Not one scale-up domain: 40 racks of five types (VR NVL72, Groq 3 LPX, Vera CPU, BlueField-4 STX storage, networking); 1,152 Rubin GPUs = 16 NVL72 racks; NVLink domains remain 72 GPUs.',
  singleScaleUpDomain: false,
  totalHbm: bytes(331.776e12, SRC.VR_POD_BLOG, 'medium', { derived: true, note: '1,152 x 288 GB (GPU HBM only).' }),
  // (The POD-wide figure counts more than the GPUs' NVLink: its 16 NVL72 racks hold 16 x 260 TB/s = 4.16 PB/s.)
  totalScaleUpBandwidth: bw(10e15, 'bidirectional', SRC.VR_POD_BLOG, 'medium', {
    note: "'10 PB/s total scale-up bandwidth' for the whole 40-rack POD, summed across domains, not a single fabric; the 1,152 GPUs' NVLink is 16 x 260 TB/s = 4.16 PB/s.",
    alternatives: [{ value: 4.16e15, source: SRC.VR_POD_BLOG, note: "16 NVL72 racks x 260 TB/s: the GPUs' NVLink alone" }],
  }),
  flops: [],
  notes: [
    "NVIDIA's '60 exaflops' has no stated precision (1,152 x 50 PF NVFP4 = 57.6 EF; may include LPUs); left out of flops.",
    'Power not published in retrieved sources.',
  ],
};

export const TPU_V5E_POD: System = {
  id: 'tpu-v5e-pod',
  name: 'TPU v5e pod',
  vendor: 'Google',
  aliases: ['TPU v5e pod', 'v5e pod', 'v5e-256', 'v5litepod-256'],
  accelerator: 'google-tpu-v5e',
  gpusPerDomain: 256,
  totalAccelerators: 256,
  sizeSource: SRC.V5E,
  singleScaleUpDomain: true,
  totalHbm: bytes(4096e9, SRC.V5E, 'high', { derived: true, note: '256 x 16 GB.' }),
  totalHbmBandwidth: memBw(209.7e12, SRC.V5E, 'high', { derived: true, note: '256 x 819 GB/s.' }),
  totalScaleUpBandwidth: bw(102.4e12, 'bidirectional', SRC.V5E, 'high', { derived: true, note: `256 x 400 GB/s. ${SUM_BIDIR}` }),
  scaleOutNic: 'DCN: 2 x 100 Gbps NICs per 8-chip host',
  scaleOutPerGpu: nic(25, SRC.V5E_ALT, 'high', { derived: true, note: '2 x 100 Gbps per 8-chip host.' }),
  flops: [flops('bf16', 'dense', 50.63e15, SRC.V5E_ALT)],
  notes: ['Google also lists 51.2 TB/s all-reduce and 1.6 TB/s bisection bandwidth per pod.'],
};

export const TPU_V5P_POD: System = {
  id: 'tpu-v5p-pod',
  name: 'TPU v5p pod',
  vendor: 'Google',
  aliases: ['TPU v5p pod', 'v5p pod'],
  accelerator: 'google-tpu-v5p',
  gpusPerDomain: 8960,
  totalAccelerators: 8960,
  sizeSource: SRC.V5P,
  sizeNote: 'Largest single-slice job 6,144 chips (96 cubes); Multislice to 18,432 chips over DCN.',
  singleScaleUpDomain: true,
  totalHbm: bytes(8960 * gibToBytes(95), SRC.V5P, 'high', { derived: true, note: '8,960 x 95 GiB usable (= 914 TB).' }),
  totalHbmBandwidth: memBw(24774e12, SRC.V5P, 'high', { derived: true, note: '8,960 x 2.765 TB/s.' }),
  totalScaleUpBandwidth: bw(10752e12, 'bidirectional', SRC.V5P, 'high', { derived: true, note: `8,960 x 1.2 TB/s. ${SUM_BIDIR}` }),
  scaleOutNic: 'DCN, 50 Gb/s per chip',
  scaleOutPerGpu: nic(50, SRC.V5P),
  flops: [flops('bf16', 'dense', 4.11e18, SRC.V5P, 'high', { derived: true, note: '8,960 x 459 TFLOPS.' })],
};

export const TPU_V6E_POD: System = {
  id: 'tpu-v6e-pod',
  name: 'TPU v6e (Trillium) pod',
  vendor: 'Google',
  aliases: ['TPU v6e pod', 'v6e pod', 'Trillium pod', 'v6e-256'],
  accelerator: 'google-tpu-v6e',
  gpusPerDomain: 256,
  totalAccelerators: 256,
  sizeSource: SRC.V6E,
  singleScaleUpDomain: true,
  totalHbm: bytes(8192e9, SRC.V6E, 'high', { derived: true, note: '256 x 32 GB.' }),
  totalHbmBandwidth: memBw(419.3e12, SRC.V6E, 'high', { derived: true, note: '256 x 1.638 TB/s.' }),
  totalScaleUpBandwidth: bw(204.8e12, 'bidirectional', SRC.V6E, 'high', { derived: true, note: `256 x 800 GB/s. ${SUM_BIDIR}` }),
  flops: [flops('bf16', 'dense', 234.9e15, SRC.V6E)],
  notes: ['Google also lists 102.4 TB/s all-reduce and 3.2 TB/s bisection bandwidth per pod.'],
};

export const TPU7X_IRONWOOD_POD: System = {
  id: 'tpu7x-ironwood-pod',
  name: 'TPU7x Ironwood superpod',
  vendor: 'Google',
  aliases: ['TPU7x pod', 'TPU7x superpod', 'Ironwood pod', 'Ironwood superpod', 'TPU v7 pod'],
  accelerator: 'google-tpu7x-ironwood',
  gpusPerDomain: 9216,
  totalAccelerators: 9216,
  sizeSource: SRC.TPU7X,
  sizeNote: 'Also offered as a 256-chip configuration.',
  singleScaleUpDomain: true,
  totalHbm: bytes(1.77e15, SRC.IRONWOOD_HOTCHIPS, 'medium', {
    note: "'1.77 PB' = 9,216 x 192 GB (decimal); with 192 GiB per chip it would be 1.90 PB.",
    alternatives: [{ value: 1.9e15, source: SRC.TPU7X, note: '9,216 x 192 GiB (206 GB), as the per-chip figure is held' }],
  }),
  totalHbmBandwidth: memBw(67922e12, SRC.IRONWOOD_BLOGSUM, 'medium', { derived: true, note: '9,216 x 7.37 TB/s.' }),
  totalScaleUpBandwidth: bw(11059e12, 'bidirectional', SRC.IRONWOOD_BLOGSUM, 'high', {
    derived: true,
    note: `9,216 x 1.2 TB/s. ${SUM_BIDIR}`,
  }),
  flops: [
    flops('bf16', 'dense', 21.3e18, SRC.TPU7X, 'high', { derived: true, note: '9,216 x 2,307 TFLOPS.' }),
    flops('fp8', 'dense', 42.5e18, SRC.IRONWOOD_BLOGSUM, 'high', { note: '9,216 x 4,614 TFLOPS FP8.' }),
  ],
  notes: ['Pod power not retrieved.'],
};

// Intel's 8-card Gaudi 3 baseboard (HLS-3): an all-to-all of the cards' own Ethernet ports, no switch.
export const GAUDI3_8X: System = {
  id: 'intel-gaudi3-8x',
  name: 'Gaudi 3 8-card server (HLS-3 / universal baseboard)',
  vendor: 'Intel',
  aliases: ['HLS-Gaudi3', 'HLS-3', 'Gaudi 3 UBB', 'Gaudi 3 universal baseboard', 'Gaudi 3 baseboard'],
  accelerator: 'intel-gaudi3',
  gpusPerDomain: 8,
  totalAccelerators: 8,
  sizeSource: SRC.GAUDI_NET,
  sizeNote: 'Each Gaudi 3 links to the 7 others with 3 of its 24 × 200 GbE ports each (21 ports); 3 ports per card (24 per box, 600 GB/s each way) go to scale-out.',
  singleScaleUpDomain: true,
  totalHbm: bytes(1024e9, SRC.GAUDI3_EET, 'high', {
    derived: true,
    additionalSources: [SRC.GAUDI_HC2024],
    note: "8 x 128 GB; Intel: 'greater than 1 TB of HBM2e'.",
  }),
  totalHbmBandwidth: memBw(29.6e12, SRC.GAUDI3_EET, 'high', { note: 'Intel: 29.6 TB/s (8 x 3.7 TB/s; 8 x 3.67 = 29.4).' }),
  flops: [
    flops('fp8', 'dense', 8 * 1835e12, SRC.GAUDI_HC2024, 'high', {
      derived: true,
      additionalSources: [SRC.GAUDI3_EET],
      note: "8 x 1,835 TFLOPS; Intel: '14.6 PFLOPs' FP8.",
    }),
    flops('bf16', 'dense', 8 * 1835e12, SRC.GAUDI_HC2024, 'high', { derived: true, note: '8 x 1,835 TFLOPS.' }),
  ],
  notes: ['No NVLink-style switch: the box is a full mesh of the cards.', 'Scale-out per card is left out: the same ports carry scale-up.'],
};

export const SYSTEM_LIST: System[] = [
  DGX_HGX_H100,
  DGX_H200,
  DGX_B200,
  GB200_NVL72,
  GB300_NVL72,
  VERA_RUBIN_NVL72,
  RUBIN_ULTRA_NVL576,
  VERA_RUBIN_POD,
  TPU_V5E_POD,
  TPU_V5P_POD,
  TPU_V6E_POD,
  TPU7X_IRONWOOD_POD,
  GAUDI3_8X,
];
