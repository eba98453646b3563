// NVIDIA accelerators. Figures from hardware-reference.json (2026-11-22), each with its source.
// FLOP/s: 'dense' = no 2:4 structured sparsity; NVIDIA's datasheet headlines are the sparse ones.

import { SRC } from './sources.js';
import { bw, bytes, dies, flops, memBw, nic, sparse2x, watts, year } from './helpers.js';
import type { Accelerator, FlopsFigure } from './types.js';

const NVLINK_BIDIR = 'NVIDIA quotes NVLink bandwidth as the bidirectional total.';

// --- A100 -------------------------------------------------------------------
const a100Bf16 = flops('bf16', 'dense', 312e12, SRC.A100_GK);

export const A100_SXM_80GB: Accelerator = {
  id: 'nvidia-a100-sxm-80gb',
  name: 'A100 SXM4 80GB',
  vendor: 'NVIDIA',
  architecture: 'Ampere (GA100)',
  aliases: ['A100', 'A100 SXM', 'A100 SXM4', 'A100 80GB', 'A100 SXM 80GB', 'A100 SXM4 80GB', 'A100-SXM4-80GB'],
  year: year(2020, SRC.A100_GK, 'medium', { note: 'A100 launched May 2020 (40 GB); the 80 GB HBM2e variant followed later in 2020.' }),
  memoryType: 'HBM2e',
  hbmCapacity: bytes(80e9, SRC.A100_GK, 'high', { note: 'HBM2e, 5 stacks.' }),
  hbmBandwidth: memBw(2.039e12, SRC.A100_GK, 'high', {
    additionalSources: [SRC.A100_DATASHEET],
    note: 'Datasheet: 2,039 GB/s for SXM 80GB (the PCIe 80GB card is 1,935 GB/s).',
  }),
  flops: [
    a100Bf16,
    flops('bf16', 'sparse', 624e12, SRC.A100_GK, 'high', { note: 'Datasheet lists 312 dense / 624 with 2:4 sparsity.' }),
  ],
  headlineSparsity: 'mixed',
  scaleUpLink: 'NVLink 3',
  scaleUpInterconnect: 'nvlink-3',
  scaleUpDetail: '12 NVLink 3 links',
  scaleUpBandwidth: bw(600e9, 'bidirectional', SRC.A100_GK, 'high', {
    additionalSources: [SRC.A100_DENVR],
    note: '300 GB/s each way.',
  }),
  tdp: watts(400, SRC.A100_GK),
  dies: dies(1, SRC.A100_GK, 'high', { note: 'Monolithic GA100.' }),
  notes: ['No FP8 or FP4 tensor-core support on Ampere.'],
};

// --- A100 SXM4 40GB (the launch part: same GA100 compute, HBM2) -------------
export const A100_SXM_40GB: Accelerator = {
  id: 'nvidia-a100-sxm-40gb',
  name: 'A100 SXM4 40GB',
  vendor: 'NVIDIA',
  architecture: 'Ampere (GA100)',
  aliases: ['A100 40GB', 'A100 SXM4 40GB', 'A100 SXM 40GB', 'A100-40GB', 'A100-SXM4-40GB'],
  year: year(2020, SRC.A100_TPU, 'high', { additionalSources: [SRC.A100_GK], note: 'Launched 14 May 2020; the 80 GB part replaced it later.' }),
  memoryType: 'HBM2',
  hbmCapacity: bytes(40e9, SRC.A100_GK, 'high', { additionalSources: [SRC.A100_TPU], note: 'HBM2, 5 stacks.' }),
  hbmBandwidth: memBw(1.555e12, SRC.A100_GK, 'high', { additionalSources: [SRC.A100_TPU], note: '1,555 GB/s (the 80 GB part: 2,039 GB/s).' }),
  flops: [
    flops('bf16', 'dense', 312e12, SRC.A100_GK, 'high', { note: 'Same compute as the 80 GB part.' }),
    flops('bf16', 'sparse', 624e12, SRC.A100_GK, 'high', { note: 'With 2:4 sparsity.' }),
  ],
  headlineSparsity: 'mixed',
  scaleUpLink: 'NVLink 3',
  scaleUpInterconnect: 'nvlink-3',
  scaleUpDetail: '12 NVLink 3 links',
  scaleUpBandwidth: bw(600e9, 'bidirectional', SRC.A100_GK, 'high', { note: "'300+300 GB/s NVLink'." }),
  tdp: watts(400, SRC.A100_GK, 'high', { additionalSources: [SRC.A100_TPU] }),
  dies: dies(1, SRC.A100_GK, 'high', { note: 'Monolithic GA100.' }),
  notes: ['No FP8 or FP4 tensor-core support on Ampere. The A100 PCIe 40GB card is another SKU.'],
};

// --- H100 SXM ---------------------------------------------------------------
export const H100_SXM: Accelerator = {
  id: 'nvidia-h100-sxm',
  name: 'H100 SXM5 80GB',
  vendor: 'NVIDIA',
  architecture: 'Hopper (GH100)',
  aliases: ['H100', 'H100 SXM', 'H100 SXM5', 'H100 80GB', 'H100 SXM 80GB', 'H100 SXM5 80GB', 'H100-SXM5-80GB', 'Hopper', 'Hopper GPU'],
  year: year(2022, SRC.H100_GK, 'medium', { note: 'Announced Mar 2022, shipped late 2022.' }),
  memoryType: 'HBM3',
  hbmCapacity: bytes(80e9, SRC.H100_GK, 'high', { additionalSources: [SRC.H100_TABLE], note: 'HBM3, 5 active stacks.' }),
  hbmBandwidth: memBw(3.35e12, SRC.H100_TABLE, 'high', {
    additionalSources: [SRC.H100_GK],
    note: 'Current NVIDIA datasheet value. Early NVIDIA material and many secondary pages say 3.0 TB/s.',
    alternatives: [{ value: 3.0e12, source: SRC.H100_GPUBLOG, note: 'early/secondary figure' }],
  }),
  flops: [
    flops('bf16', 'dense', 989.4e12, SRC.H100_GK),
    flops('bf16', 'sparse', 1979e12, SRC.H100_GK, 'high', { note: 'Datasheet headline 1,979 TFLOPS is with 2:4 sparsity.' }),
    flops('fp8', 'dense', 1978.9e12, SRC.H100_GK),
    flops('fp8', 'sparse', 3958e12, SRC.H100_GK, 'high', { note: 'Datasheet headline 3,958 TFLOPS is with 2:4 sparsity.' }),
  ],
  headlineSparsity: 'sparse',
  scaleUpLink: 'NVLink 4',
  scaleUpInterconnect: 'nvlink-4',
  scaleUpDetail: '18 NVLink 4 links via NVSwitch',
  scaleUpBandwidth: bw(900e9, 'bidirectional', SRC.H100_GK, 'high', {
    additionalSources: [SRC.H100_TABLE],
    note: `450 GB/s per direction. ${NVLINK_BIDIR}`,
  }),
  tdp: watts(700, SRC.H100_TABLE, 'high', { additionalSources: [SRC.H100_GK], note: "'Up to 700 W (configurable)'." }),
  dies: dies(1, SRC.H100_GK),
  notes: ['NVIDIA table: "Shown with sparsity. Specifications 1/2 lower without sparsity."', 'No FP4 on Hopper.'],
};

// --- H100 PCIe --------------------------------------------------------------
export const H100_PCIE: Accelerator = {
  id: 'nvidia-h100-pcie',
  name: 'H100 PCIe 80GB',
  vendor: 'NVIDIA',
  architecture: 'Hopper (GH100)',
  aliases: ['H100 PCIe', 'H100 PCIe 80GB', 'H100-PCIe', 'H100-PCIE-80GB', 'H100 80GB PCIe', 'H100 (PCIe)'],
  year: year(2022, SRC.H100PCIE_BRIEF, 'high', { note: 'Product brief v01 dated Sep 2022.' }),
  memoryType: 'HBM2e',
  hbmCapacity: bytes(80e9, SRC.H100_TABLE, 'high', { note: 'HBM2e.' }),
  hbmBandwidth: memBw(2.0e12, SRC.H100_TABLE, 'high', {
    additionalSources: [SRC.H100PCIE_BRIEF],
    note: "Product brief: 'greater than 2,000 GBps'. (H100 NVL, a different SKU, is 94 GB / 3.9 TB/s.)",
  }),
  flops: [
    flops('bf16', 'dense', 756.5e12, SRC.H100_TABLE, 'high', { derived: true, note: 'NVIDIA table lists 1,513 with sparsity; dense = 1,513 / 2.' }),
    flops('bf16', 'sparse', 1513e12, SRC.H100_TABLE),
    flops('fp8', 'dense', 1513e12, SRC.H100_TABLE, 'high', { derived: true, note: 'NVIDIA table lists 3,026 with sparsity; dense = 3,026 / 2.' }),
    flops('fp8', 'sparse', 3026e12, SRC.H100_TABLE),
  ],
  headlineSparsity: 'sparse',
  scaleUpLink: 'NVLink bridge',
  scaleUpDetail: 'NVLink bridge between pairs of cards; otherwise PCIe Gen5 (128 GB/s). Not a switched scale-up domain.',
  scaleUpBandwidth: bw(600e9, 'bidirectional', SRC.H100_TABLE, 'medium', { note: 'NVLink bridge between 2 cards only.' }),
  tdp: watts(350, SRC.H100PCIE_BRIEF, 'high', { note: 'Table lists 300-350 W (configurable).' }),
  dies: dies(1, SRC.H100_TABLE),
};

// --- H200 -------------------------------------------------------------------
const h200Bf16 = flops('bf16', 'dense', 989.4e12, SRC.H100_GK, 'high', {
  note: 'Same GH100 compute as H100 SXM (H200 sources list identical FP8/FP16 numbers).',
});

export const H200_SXM: Accelerator = {
  id: 'nvidia-h200-sxm',
  name: 'H200 SXM 141GB',
  vendor: 'NVIDIA',
  architecture: 'Hopper (GH100)',
  aliases: ['H200', 'H200 SXM', 'H200 SXM 141GB', 'H200 141GB', 'H200-SXM-141GB'],
  year: year(2024, SRC.H200_AIWIKI, 'high', { note: 'Announced 13 Nov 2023 (SC23); shipments from Q2 2024.' }),
  memoryType: 'HBM3e',
  hbmCapacity: bytes(141e9, SRC.H200_MLPERF, 'high', {
    additionalSources: [SRC.H200_AIM],
    note: '141 GB is the usable/marketed value; Glenn Lockwood gives 144 GB physical (6 x 24 GB).',
    alternatives: [{ value: 144e9, source: SRC.H100_GK, note: 'physical' }],
  }),
  hbmBandwidth: memBw(4.8e12, SRC.H200_AIM, 'high', { additionalSources: [SRC.H200_LZW] }),
  flops: [
    h200Bf16,
    sparse2x(h200Bf16, '2:4 structured sparsity = 2 x dense (H100 datasheet headline 1,979).'),
    flops('fp8', 'dense', 1978.9e12, SRC.H100_GK, 'high', { additionalSources: [SRC.H200_LZW] }),
    flops('fp8', 'sparse', 3958e12, SRC.H200_LZW, 'high', { note: "Headline 3,958 TFLOPS, marked 'include sparsity'." }),
  ],
  headlineSparsity: 'sparse',
  scaleUpLink: 'NVLink 4',
  scaleUpInterconnect: 'nvlink-4',
  scaleUpDetail: '18 NVLink 4 links via NVSwitch',
  scaleUpBandwidth: bw(900e9, 'bidirectional', SRC.H200_MLPERF, 'high', { note: `450 GB/s per direction. ${NVLINK_BIDIR}` }),
  tdp: watts(700, SRC.H200_MLPERF, 'high', { additionalSources: [SRC.H200_AIM], note: "MLPerf system note 'H200 TGP 700W'." }),
  dies: dies(1, SRC.H200_AIM),
};

// --- H20 (China-market Hopper) ---------------------------------------------
// NVIDIA published no H20 datasheet on its site; the figures are the spec sheet as reported by third parties.
const H20_THIRD_PARTY = 'Third-party copies of the H20 spec sheet (no NVIDIA page retrieved).';

export const H20: Accelerator = {
  id: 'nvidia-h20',
  name: 'H20 96GB (China-market Hopper)',
  vendor: 'NVIDIA',
  architecture: 'Hopper (GH100)',
  aliases: ['H20', 'H20 96GB', 'H20 SXM'],
  memoryType: 'HBM3',
  hbmCapacity: bytes(96e9, SRC.H20_WIRA, 'medium', { note: `HBM3. ${H20_THIRD_PARTY} A 141 GB H20 is reported too, another SKU.` }),
  hbmBandwidth: memBw(4.0e12, SRC.H20_WIRA, 'medium', { additionalSources: [SRC.H20_ZSX], note: H20_THIRD_PARTY }),
  flops: [
    flops('bf16', 'dense', 148e12, SRC.H20_ZSX, 'medium', {
      additionalSources: [SRC.H20_WIRA],
      note: `Sources give 'FP16 dense 148 TFLOPS'; Hopper tensor cores run BF16 at the FP16 rate. ${H20_THIRD_PARTY}`,
    }),
    flops('fp16', 'dense', 148e12, SRC.H20_ZSX, 'medium', { additionalSources: [SRC.H20_WIRA], note: `Dense. ${H20_THIRD_PARTY}` }),
    flops('fp8', 'dense', 296e12, SRC.H20_ZSX, 'medium', {
      additionalSources: [SRC.H20_WIRA],
      note: `Sources give INT8 296 (dense); Hopper tensor cores run FP8 at the INT8 rate (H100: 3,958 both, sparse). ${H20_THIRD_PARTY}`,
    }),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: 'NVLink 4',
  scaleUpInterconnect: 'nvlink-4',
  scaleUpDetail: 'NVLink 4 kept at full rate',
  scaleUpBandwidth: bw(900e9, 'bidirectional', SRC.H20_WIRA, 'medium', { note: `450 GB/s per direction. ${NVLINK_BIDIR} ${H20_THIRD_PARTY}` }),
  tdp: watts(400, SRC.H20_WIRA, 'medium', { note: H20_THIRD_PARTY }),
  dies: dies(1, SRC.H20_ZSX, 'medium', { note: 'A cut-down GH100 (78 SMs reported).' }),
};

// --- B200 -------------------------------------------------------------------
export const B200: Accelerator = {
  id: 'nvidia-b200',
  name: 'B200 (HGX/DGX B200, SXM, 1,000 W)',
  vendor: 'NVIDIA',
  architecture: 'Blackwell',
  aliases: ['B200', 'B200 SXM', 'Blackwell', 'Blackwell GPU', 'Blackwell B200'],
  year: year(2024, SRC.B200_GK, 'medium', { note: 'Announced GTC Mar 2024; DGX/HGX B200 volume shipments late 2024 - 2025.' }),
  memoryType: 'HBM3e',
  hbmCapacity: bytes(180e9, SRC.DGXB200_UG, 'high', {
    note: 'DGX B200 = 1,440 GB / 8 GPUs. Many sources quote 192 GB (8 x 24 GB physical); Vultr sees 179 GB via nvidia-smi.',
    alternatives: [
      { value: 192e9, source: SRC.B200_GK, note: 'physical' },
      { value: 179e9, source: SRC.B200_VULTR, note: 'visible to software' },
    ],
  }),
  hbmBandwidth: memBw(8.0e12, SRC.DGXB200_WIKI, 'high', {
    additionalSources: [SRC.B200_GK, SRC.B200_VULTR],
    note: 'DGX B200 64 TB/s / 8.',
  }),
  flops: [
    flops('bf16', 'dense', 2250e12, SRC.B200_GK, 'high', { note: 'HGX (1,000 W) table; Verda lists 2.25 PF as well.' }),
    flops('bf16', 'sparse', 4500e12, SRC.B200_GK),
    flops('fp8', 'dense', 4500e12, SRC.B200_GK, 'high', { additionalSources: [SRC.DGXB200_WIKI] }),
    flops('fp8', 'sparse', 9000e12, SRC.DGXB200_WIKI, 'high', { derived: true, note: 'DGX B200 72 PF FP8 (sparse) / 8 GPUs.' }),
    flops('fp4', 'dense', 9000e12, SRC.B200_GK, 'high', {
      additionalSources: [SRC.DGXB200_WIKI],
      note: 'DGX B200 FP4 72 PF dense / 8 GPUs.',
    }),
    flops('fp4', 'sparse', 18000e12, SRC.DGXB200_WIKI, 'high', { derived: true, note: 'DGX B200 FP4 144 PF (sparse) / 8 GPUs.' }),
  ],
  headlineSparsity: 'sparse',
  scaleUpLink: 'NVLink 5',
  scaleUpInterconnect: 'nvlink-5',
  scaleUpDetail: '18 NVLink 5 links via NVSwitch',
  scaleUpBandwidth: bw(1.8e12, 'bidirectional', SRC.B200_VULTR, 'high', {
    additionalSources: [SRC.B200_GK],
    note: `900 GB/s per direction. ${NVLINK_BIDIR}`,
  }),
  scaleOutNic: 'ConnectX-7 400 Gb/s (DGX B200)',
  scaleOutBandwidth: nic(400, SRC.DGXB200_UG),
  tdp: watts(1000, SRC.B200_GK, 'high', { additionalSources: [SRC.B200_VULTR] }),
  dies: dies(2, SRC.BWU_BLOG, 'high', { note: 'Two reticle-sized dies joined by the 10 TB/s NV-HBI.' }),
};

// --- B300 -------------------------------------------------------------------
export const B300: Accelerator = {
  id: 'nvidia-b300',
  name: 'B300 / Blackwell Ultra (HGX/DGX B300 SXM)',
  vendor: 'NVIDIA',
  architecture: 'Blackwell Ultra',
  aliases: ['B300', 'B300 SXM', 'Blackwell Ultra', 'Blackwell Ultra GPU'],
  year: year(2025, SRC.DGXB300_AIWIKI, 'medium', { note: 'Announced GTC Mar 2025; DGX B300 shipping from Jan 2026 per AI Wiki.' }),
  memoryType: 'HBM3e',
  hbmCapacity: bytes(288e9, SRC.BWU_BLOG, 'high', {
    additionalSources: [SRC.HGXB300_ACE],
    note: 'HBM3e 12-high, 8 stacks.',
    alternatives: [{ value: 270e9, source: SRC.VERDA, note: 'visible to software' }],
  }),
  hbmBandwidth: memBw(8.0e12, SRC.BWU_BLOG, 'high', {
    additionalSources: [SRC.HGXB300_ACE],
    alternatives: [{ value: 7.7e12, source: SRC.VERDA }],
  }),
  flops: [
    flops('bf16', 'dense', 2250e12, SRC.B300_GK, 'high', { additionalSources: [SRC.VERDA], note: 'HGX B300 table: FP16/BF16 2,250 dense / 4,500 sparse.' }),
    flops('bf16', 'sparse', 4500e12, SRC.B300_GK),
    flops('fp16', 'dense', 2250e12, SRC.B300_GK, 'high', { note: 'Listed together with BF16.' }),
    flops('fp16', 'sparse', 4500e12, SRC.B300_GK),
    flops('fp8', 'dense', 4500e12, SRC.B300_GK, 'high', { additionalSources: [SRC.VERDA] }),
    flops('fp8', 'sparse', 9000e12, SRC.DGXB300_AIWIKI, 'high', { derived: true, note: "DGX B300 '72 PF FP8' (sparse) / 8 GPUs." }),
    flops('fp4', 'sparse', 18000e12, SRC.DGXB300_AIWIKI, 'medium', {
      derived: true,
      note: "DGX B300 '144 PF FP4' (sparse) / 8 GPUs. Blackwell Ultra FP4 sparsity gives < 2x over dense.",
    }),
  ],
  headlineSparsity: 'sparse',
  scaleUpLink: 'NVLink 5',
  scaleUpInterconnect: 'nvlink-5',
  scaleUpDetail: 'NVLink 5 via NVSwitch (8-GPU HGX)',
  scaleUpBandwidth: bw(1.8e12, 'bidirectional', SRC.HGXB300_ACE, 'high', {
    additionalSources: [SRC.BWU_BLOG],
    note: `900 GB/s per direction. ${NVLINK_BIDIR}`,
  }),
  scaleOutNic: 'ConnectX-8 SuperNIC, 800 Gb/s per GPU',
  scaleOutBandwidth: nic(800, SRC.HGXB300_ACE),
  tdp: watts(1100, SRC.VERDA, 'medium', {
    note: "Verda: B300 (HGX) 1.1 kW vs GB300 1.4 kW. Glenn Lockwood's B300 page says 1,400 W (the GB300 configuration).",
    alternatives: [{ value: 1400, source: SRC.B300_GK }],
  }),
  dies: dies(2, SRC.BWU_BLOG),
  notes: [
    'Dense FP4 for the HGX (1,100 W) part is unresolved: 13,125 TFLOPS (Glenn Lockwood) vs 14,000 (Verda) vs 15,000 (NVIDIA chip-level, the GB300 figure); left out.',
  ],
};

// --- GB200 (per GPU) ----------------------------------------------------------
export const GB200_PER_GPU: Accelerator = {
  id: 'nvidia-gb200-per-gpu',
  name: 'GB200 (per Blackwell GPU, NVL72 configuration, 1,200 W)',
  vendor: 'NVIDIA',
  architecture: 'Blackwell',
  aliases: ['GB200', 'GB200 GPU', 'Grace Blackwell', 'GB200 Superchip'],
  year: year(2024, SRC.GB200_AIWIKI, 'high', { note: 'Announced 18 Mar 2024; first racks late 2024, volume 2025.' }),
  memoryType: 'HBM3e',
  hbmCapacity: bytes(186e9, SRC.GB200_MLPERF, 'medium', {
    additionalSources: [SRC.GB200_AIWIKI],
    note: '186 GB (13.4 TB / 72; MLPerf config) vs 192 GB nominal (13.8 TB / 72) vs 187.5 GB (13.5 TB / 72).',
    alternatives: [{ value: 192e9, source: SRC.GB200_FIBERMALL, note: 'nominal' }],
  }),
  hbmBandwidth: memBw(8.0e12, SRC.B200_GK, 'high', { alternatives: [{ value: 7.7e12, source: SRC.VERDA }] }),
  flops: [
    flops('bf16', 'dense', 2500e12, SRC.B200_GK, 'medium', {
      note: 'GB200 at 1,200 W. NVL72 360 PF BF16 (sparse) / 72 / 2 = 2,500. Verda lists 2,250 (the HGX B200 value).',
      alternatives: [{ value: 2250e12, source: SRC.VERDA }],
    }),
    flops('bf16', 'sparse', 5000e12, SRC.B200_GK, 'medium', { derived: true, note: 'NVL72 360 PF BF16 (sparse) / 72.' }),
    flops('fp8', 'dense', 5000e12, SRC.B200_GK, 'medium', {
      note: 'NVL72 720 PF FP8 (sparse) / 72 / 2. Verda lists 4,500.',
      alternatives: [{ value: 4500e12, source: SRC.VERDA }],
    }),
    flops('fp8', 'sparse', 10000e12, SRC.GB200_AIWIKI, 'medium', { derived: true, note: 'NVL72 720 PF FP8 (sparse) / 72.' }),
    flops('fp4', 'dense', 10000e12, SRC.B200_GK, 'medium', {
      additionalSources: [SRC.GB200_AIWIKI],
      note: 'NVL72 1.44 EF FP4 (sparse) / 72 / 2. Verda lists 9 PF.',
      alternatives: [{ value: 9000e12, source: SRC.VERDA }],
    }),
    flops('fp4', 'sparse', 20000e12, SRC.GB200_AIWIKI, 'medium', { derived: true, note: 'NVL72 1.44 EF FP4 (sparse) / 72.' }),
  ],
  headlineSparsity: 'sparse',
  scaleUpLink: 'NVLink 5',
  scaleUpInterconnect: 'nvlink-5',
  scaleUpDetail: '72-GPU NVLink Switch domain',
  scaleUpBandwidth: bw(1.8e12, 'bidirectional', SRC.GB200_AIWIKI, 'high', { note: `900 GB/s per direction. ${NVLINK_BIDIR}` }),
  scaleOutNic: 'ConnectX-7 400 Gb/s class per GPU',
  scaleOutBandwidth: nic(400, SRC.GB200_MLPERF, 'medium', {
    note: 'From an MLPerf system description, not an NVIDIA spec page; some deployments use BlueField-3/CX-7.',
  }),
  tdp: watts(1200, SRC.B200_GK, 'high', { additionalSources: [SRC.VERDA] }),
  dies: dies(2, SRC.BWU_BLOG),
  notes: ['A GB200 superchip = 1 Grace CPU + 2 Blackwell GPUs; figures here are per GPU.'],
};

// --- GB300 (per GPU) ----------------------------------------------------------
const gb300Bf16 = flops('bf16', 'dense', 2500e12, SRC.VERDA, 'medium', { note: 'Operator table; not seen on an NVIDIA page.' });

export const GB300_PER_GPU: Accelerator = {
  id: 'nvidia-gb300-per-gpu',
  name: 'GB300 (per Blackwell Ultra GPU, NVL72 configuration, 1,400 W)',
  vendor: 'NVIDIA',
  architecture: 'Blackwell Ultra',
  aliases: ['GB300', 'GB300 GPU', 'Grace Blackwell Ultra', 'GB300 Superchip'],
  year: year(2025, SRC.GB300_AWESOME, 'high', { note: 'Announced GTC Mar 2025; first rack delivered Jul 2025.' }),
  memoryType: 'HBM3e',
  hbmCapacity: bytes(288e9, SRC.BWU_BLOG, 'high', {
    additionalSources: [SRC.GB300_AWESOME],
    note: 'Rack: 20 TB (NVIDIA) / 20.7 TB (= 72 x 288).',
    alternatives: [{ value: 279e9, source: SRC.VERDA, note: 'visible to software' }],
  }),
  hbmBandwidth: memBw(8.0e12, SRC.BWU_BLOG, 'high', { additionalSources: [SRC.GB300_VENDORDEEP], note: '576 TB/s per rack / 72.' }),
  flops: [
    gb300Bf16,
    sparse2x(gb300Bf16),
    flops('fp8', 'dense', 5000e12, SRC.B300_GK, 'high', {
      additionalSources: [SRC.VERDA],
      derived: true,
      note: "GB300 NVL72 '360 PF FP8 for training' (dense) / 72.",
    }),
    flops('fp8', 'sparse', 10000e12, SRC.GB300_VENDORDEEP, 'high', { derived: true, note: 'GB300 NVL72 720 PF FP8/FP6 (sparse) / 72.' }),
    flops('fp6', 'sparse', 10000e12, SRC.GB300_VENDORDEEP, 'medium', { derived: true, note: 'GB300 NVL72 720 PF FP8/FP6 (sparse) / 72.' }),
    flops('fp4', 'dense', 15000e12, SRC.BWU_BLOG, 'high', {
      additionalSources: [SRC.GB300_VENDORDEEP],
      note: 'NVIDIA: 15 PF dense NVFP4; rack 1,080 PF dense.',
    }),
    flops('fp4', 'sparse', 20000e12, SRC.GB300_VENDORDEEP, 'high', {
      derived: true,
      note: 'Rack 1,440 PF FP4 (sparse) / 72. Blackwell Ultra FP4 sparsity gives only 1.33x over dense, not 2x.',
    }),
  ],
  headlineSparsity: 'mixed',
  scaleUpLink: 'NVLink 5',
  scaleUpInterconnect: 'nvlink-5',
  scaleUpDetail: '72-GPU NVLink Switch domain',
  scaleUpBandwidth: bw(1.8e12, 'bidirectional', SRC.BWU_BLOG, 'high', {
    additionalSources: [SRC.VERDA],
    note: `900 GB/s per direction. ${NVLINK_BIDIR}`,
  }),
  scaleOutNic: 'ConnectX-8 SuperNIC, 800 Gb/s per GPU',
  scaleOutBandwidth: nic(800, SRC.GB300_VENDORDEEP, 'high', { additionalSources: [SRC.GB300_RA] }),
  tdp: watts(1400, SRC.VERDA, 'high', { additionalSources: [SRC.GB300_AWESOME, SRC.B300_GK] }),
  dies: dies(2, SRC.BWU_BLOG),
  notes: ['Rack sheet lists FP4 as sparse | dense; FP8/BF16 rack figures are sparse.'],
};

// --- Rubin ------------------------------------------------------------------
const rubinFp4: FlopsFigure[] = [
  flops('fp4', 'dense', 50000e12, SRC.RUBIN_3DT, 'medium', {
    workload: 'inference',
    additionalSources: [SRC.VR_NVL72_IMGTAG],
    note:
      'NVFP4 inference headline (preliminary). NVIDIA compares it with Blackwell dense FP4 (5x GB200), but it may rely on ' +
      "'adaptive compression' rather than 2:4 sparsity; the 35 PF training figure is the conservative dense one.",
  }),
  flops('fp4', 'dense', 35000e12, SRC.RUBIN_3DT, 'medium', {
    workload: 'training',
    additionalSources: [SRC.VR_NVL72_IMGTAG],
    note: 'NVFP4 training figure (preliminary), 3.5x Blackwell.',
  }),
];

export const RUBIN: Accelerator = {
  id: 'nvidia-rubin',
  name: 'Rubin GPU (VR200 package, Vera Rubin NVL72)',
  vendor: 'NVIDIA',
  architecture: 'Rubin',
  aliases: ['Rubin', 'Rubin GPU', 'VR200', 'Vera Rubin', 'Vera Rubin GPU'],
  year: year(2026, SRC.RUBIN_3DT, 'high', { note: 'Production shipments targeted H2 2026 (preliminary vendor specs).' }),
  memoryType: 'HBM4',
  hbmCapacity: bytes(288e9, SRC.RUBIN_3DT, 'high', { additionalSources: [SRC.VR_NVL72_IMGTAG], note: 'HBM4, 8 stacks.' }),
  hbmBandwidth: memBw(22e12, SRC.RUBIN_3DT, 'medium', {
    note: 'Revised: the GTC 2025 roadmap quoted ~13 TB/s (some outlets 12); the CES/GTC 2026 figure is 22 TB/s.',
    alternatives: [
      { value: 13e12, source: SRC.VR_NVL144_TECHNEWS, note: 'GTC 2025 roadmap' },
      { value: 22.2e12, source: SRC.RUBIN_POWER_WTN, note: 'SemiAnalysis via press' },
    ],
  }),
  flops: rubinFp4,
  headlineSparsity: 'unclear',
  scaleUpLink: 'NVLink 6',
  scaleUpInterconnect: 'nvlink-6',
  scaleUpDetail: '72-package NVLink 6 domain',
  scaleUpBandwidth: bw(3.6e12, 'bidirectional', SRC.VR_POD_CRYPTO, 'high', {
    additionalSources: [SRC.VR_NVL72_IMGTAG],
    note: `NVL72: 72 x 3.6 TB/s = 260 TB/s. ${NVLINK_BIDIR}`,
  }),
  scaleOutNic: 'ConnectX-9 SuperNIC, 1.6 Tb/s class per GPU',
  scaleOutBandwidth: nic(1600, SRC.RUBIN_LINOS, 'low', { note: "Source prints '1,600 GB/s', almost certainly Gb/s." }),
  dies: dies(2, SRC.RUBIN_3DT, 'high', { note: 'Two reticle-sized compute dies (plus I/O dies); 336B transistors.' }),
  notes: [
    'BF16/FP8 per GPU not published by NVIDIA in the sources retrieved (a 12.5 PF BF16 figure seen elsewhere assumes the 50 PF is sparse; not trusted).',
    'TDP not published by NVIDIA; press reports 1.8-2.3 kW (unverified); left out.',
  ],
};

// --- Rubin Ultra --------------------------------------------------------------
export const RUBIN_ULTRA: Accelerator = {
  id: 'nvidia-rubin-ultra',
  name: 'Rubin Ultra (4-die package, Kyber rack)',
  vendor: 'NVIDIA',
  architecture: 'Rubin Ultra',
  aliases: ['Rubin Ultra', 'Rubin Ultra GPU'],
  year: year(2027, SRC.RU_TOMS, 'high', { additionalSources: [SRC.RU_AIWIKI], note: 'Roadmap: H2 2027. All figures are roadmap targets.' }),
  memoryType: 'HBM4e',
  hbmCapacity: bytes(1e12, SRC.VR_NVL144_TECHNEWS, 'medium', {
    additionalSources: [SRC.RU_KYBER, SRC.RU_AIWIKI],
    note: "'1 TB HBM4e' per package (16 stacks reported). Roadmap.",
  }),
  flops: [],
  headlineSparsity: 'unclear',
  scaleUpLink: 'NVLink 7 (roadmap)',
  dies: dies(4, SRC.VR_NVL144_TECHNEWS, 'high', { additionalSources: [SRC.RU_AIWIKI, SRC.RU_KYBER] }),
  notes: [
    'Per-package FLOP/s, HBM bandwidth, NVLink bandwidth and TDP are not published; only rack-level roadmap targets exist (see rubin-ultra-nvl576).',
  ],
};

// --- Ada Lovelace (PCIe cards, GDDR memory, no NVLink) ----------------------
export const L40S: Accelerator = {
  id: 'nvidia-l40s',
  name: 'L40S 48GB (PCIe)',
  vendor: 'NVIDIA',
  architecture: 'Ada Lovelace (AD102)',
  aliases: ['L40S', 'L40S 48GB', 'L40S PCIe'],
  memoryType: 'GDDR6',
  hbmCapacity: bytes(48e9, SRC.L40S_TABLE, 'medium', { additionalSources: [SRC.L40S_OMEGA], note: "48 GB GDDR6 with ECC (not HBM). NVIDIA's L40/L40S datasheet table as copied by resellers." }),
  hbmBandwidth: memBw(864e9, SRC.L40S_TABLE, 'medium', { additionalSources: [SRC.L40S_OMEGA], note: 'GDDR6, 384-bit.' }),
  flops: [
    // NVIDIA's table: "362.05 | 733*", "* With Sparsity". Its sparse BF16 is 733, not 2 × 362.05.
    flops('bf16', 'dense', 362.05e12, SRC.L40S_TABLE, 'medium', { note: "Datasheet '362.05 | 733*' (* with sparsity)." }),
    flops('bf16', 'sparse', 733e12, SRC.L40S_TABLE, 'medium', { additionalSources: [SRC.L40S_OMEGA], note: "Datasheet prints 733*, slightly over 2 × 362.05." }),
    flops('fp16', 'dense', 362.05e12, SRC.L40S_TABLE, 'medium', { note: 'Listed with BF16.' }),
    flops('fp16', 'sparse', 733e12, SRC.L40S_TABLE, 'medium', { additionalSources: [SRC.L40S_OMEGA] }),
    flops('fp8', 'dense', 733e12, SRC.L40S_TABLE, 'medium', { note: "Datasheet '733 | 1,466*' (* with sparsity)." }),
    flops('fp8', 'sparse', 1466e12, SRC.L40S_TABLE, 'medium', { additionalSources: [SRC.L40S_OMEGA], note: 'The headline FP8 figure is the sparse one.' }),
    flops('tf32', 'dense', 183e12, SRC.L40S_TABLE, 'medium'),
    flops('tf32', 'sparse', 366e12, SRC.L40S_TABLE, 'medium', { additionalSources: [SRC.L40S_OMEGA] }),
  ],
  headlineSparsity: 'sparse',
  scaleUpDetail: 'No NVLink: PCIe Gen4 x16 (64 GB/s bidirectional).',
  tdp: watts(350, SRC.L40S_TABLE, 'medium', { additionalSources: [SRC.L40S_OMEGA], note: "'Max Power Consumption 350W' (the L40: 300 W)." }),
  notes: ['The L40 (300 W, 181 TFLOPS dense BF16) is another card and not catalogued.'],
};

export const RTX_4090: Accelerator = {
  id: 'nvidia-rtx-4090',
  name: 'GeForce RTX 4090 (24 GB)',
  vendor: 'NVIDIA',
  architecture: 'Ada Lovelace (AD102)',
  // "4090" alone: cards are known by their number (the precedent of "3090", "5090" in uncatalogued.ts).
  aliases: ['RTX 4090', 'GeForce RTX 4090', '4090', 'RTX4090'],
  year: year(2022, SRC.RTX4090_WAREDB, 'medium'),
  memoryType: 'GDDR6X',
  hbmCapacity: bytes(24e9, SRC.RTX4090_FPS, 'medium', { additionalSources: [SRC.RTX4090_WAREDB], note: '24 GB GDDR6X (not HBM), 384-bit.' }),
  hbmBandwidth: memBw(1008e9, SRC.RTX4090_FPS, 'medium', { additionalSources: [SRC.RTX4090_WAREDB], note: "1,008 GB/s: the '1 TB/s' of local-inference notes." }),
  flops: [
    flops('bf16', 'dense', 165.2e12, SRC.RTX4090_GIGAGPU, 'medium', {
      additionalSources: [SRC.RTX4090_WAREDB],
      note: 'Tensor cores with FP32 accumulate (GeForce runs them at half the FP16-accumulate rate).',
    }),
    flops('bf16', 'sparse', 330.3e12, SRC.RTX4090_GIGAGPU, 'medium', { additionalSources: [SRC.RTX4090_WAREDB] }),
  ],
  headlineSparsity: 'unclear',
  scaleUpDetail: 'No NVLink: PCIe Gen4 x16.',
  tdp: watts(450, SRC.RTX4090_FPS, 'medium', { note: 'Default total graphics power.' }),
  dies: dies(1, SRC.RTX4090_FPS, 'medium', { note: 'AD102.' }),
  notes: [
    'FP16 with FP16 accumulate (330 dense) and FP8 (330 or 661 dense, by accumulator) depend on the accumulator; sources disagree, left out.',
  ],
};

export const NVIDIA_ACCELERATORS: Accelerator[] = [
  A100_SXM_80GB,
  A100_SXM_40GB,
  H100_SXM,
  H100_PCIE,
  H200_SXM,
  H20,
  B200,
  B300,
  GB200_PER_GPU,
  GB300_PER_GPU,
  RUBIN,
  RUBIN_ULTRA,
  L40S,
  RTX_4090,
];
