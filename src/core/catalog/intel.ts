// Intel Gaudi accelerators. Intel quotes dense matrix-engine (MME) peaks and no sparse figures.
// Main source: Intel's Hot Chips 2024 deck (R. Kaplan), read from a verbatim copy on a report-sharing site;
// every figure taken from it agrees with Intel's launch coverage or Intel's own docs (docs.habana.ai).

import { SRC } from './sources.js';
import { bw, bytes, dies, flops, memBw, watts, year } from './helpers.js';
import type { Accelerator } from './types.js';

const SHARED_PORTS = 'The same on-die Ethernet ports carry scale-up and scale-out.';

export const GAUDI3: Accelerator = {
  id: 'intel-gaudi3',
  name: 'Gaudi 3 (HL-325L OAM, air-cooled)',
  vendor: 'Intel',
  architecture: 'Gaudi 3',
  aliases: ['Gaudi 3', 'Gaudi3', 'Intel Gaudi 3', 'Gaudi 3 OAM', 'HL-325L'],
  year: year(2024, SRC.GAUDI3_REG, 'high', { note: 'Announced at Intel Vision, 9 Apr 2024.' }),
  memoryType: 'HBM2e',
  hbmCapacity: bytes(128e9, SRC.GAUDI_HC2024, 'high', { additionalSources: [SRC.GAUDI3_REG], note: '8 HBM2e stacks.' }),
  hbmBandwidth: memBw(3.67e12, SRC.GAUDI_HC2024, 'high', {
    additionalSources: [SRC.GAUDI3_REG],
    note: "Hot Chips 2024 spec table: 3.67 TB/s; Intel's launch material rounds it to 3.7 TB/s.",
  }),
  flops: [
    flops('bf16', 'dense', 1835e12, SRC.GAUDI_HC2024, 'high', { note: "'BF16 Matrix TFLOPs 1835' (8 MMEs); no sparse mode is quoted." }),
    flops('fp8', 'dense', 1835e12, SRC.GAUDI_HC2024, 'high', { additionalSources: [SRC.GAUDI3_EET], note: "'FP8 Matrix TFLOPs 1835': the same rate as BF16." }),
  ],
  headlineSparsity: 'dense',
  scaleUpLink: '24 × 200 GbE RoCE v2 (on die)',
  scaleUpDetail: 'HLS-3 box of 8: 21 ports all-to-all (3 to each other card), 3 ports to scale-out',
  // All 24 ports (Intel's headline): the ports serve scale-out too, so no separate scale-out figure is given.
  scaleUpBandwidth: bw(1.2e12, 'bidirectional', SRC.GAUDI_HC2024, 'high', {
    additionalSources: [SRC.GAUDI3_EET, SRC.GAUDI_NET],
    note: `Intel: 'Networking 1200 GB/s bidirectional' = 24 × 200 GbE (600 GB/s each way). ${SHARED_PORTS} In an HLS-3 box 21 ports are scale-up (1,050 GB/s bidirectional) and 3 scale-out (75 GB/s each way).`,
    alternatives: [{ value: 1.05e12, source: SRC.GAUDI_NET, note: '21 scale-up ports of an HLS-3 box' }],
  }),
  tdp: watts(900, SRC.GAUDI_HC2024, 'high', {
    note: 'Air-cooled OAM. The liquid-cooled OAM runs up to 1,200 W; the PCIe card (HL-338) is 600 W, another SKU.',
    alternatives: [{ value: 1200, source: SRC.GAUDI_HC2024, note: 'liquid-cooled OAM' }],
  }),
  dies: dies(2, SRC.GAUDI_HC2024, 'high', { additionalSources: [SRC.GAUDI3_REG], note: 'Two compute dies on an interposer bridge, 8 HBM2e stacks.' }),
  notes: ['The PCIe card (HL-338) and the China variants (HL-328, HL-388) are other SKUs and not catalogued.'],
};

export const GAUDI2: Accelerator = {
  id: 'intel-gaudi2',
  name: 'Gaudi 2 (OAM)',
  vendor: 'Intel',
  architecture: 'Gaudi 2',
  aliases: ['Gaudi 2', 'Gaudi2', 'Intel Gaudi 2'],
  memoryType: 'HBM2e',
  hbmCapacity: bytes(96e9, SRC.GAUDI_HC2024, 'high', { additionalSources: [SRC.GAUDI2_PCGUIA], note: 'HBM2e.' }),
  hbmBandwidth: memBw(2.46e12, SRC.GAUDI_HC2024, 'high', {
    note: "Hot Chips 2024 table: 2.46 TB/s; Intel's 2024 launch comparison and most press say 2.45 TB/s.",
    alternatives: [{ value: 2.45e12, source: SRC.GAUDI2_PCGUIA }],
  }),
  flops: [flops('bf16', 'dense', 432e12, SRC.GAUDI_HC2024, 'high', { additionalSources: [SRC.GAUDI2_PCGUIA], note: 'Matrix engines; no sparse mode is quoted.' })],
  headlineSparsity: 'dense',
  scaleUpLink: '24 × 100 GbE RoCE v2 (on die)',
  scaleUpDetail: 'HLS-2 box of 8: 21 ports all-to-all, 3 ports to scale-out',
  scaleUpBandwidth: bw(600e9, 'bidirectional', SRC.GAUDI_HC2024, 'high', {
    additionalSources: [SRC.GAUDI2_NET, SRC.GAUDI_NET],
    note: `Intel: embedded NIC 4.8 Tb/s bidirectional = 24 × 100 GbE (300 GB/s each way). ${SHARED_PORTS} In an HLS-2 box 21 ports are scale-up (525 GB/s bidirectional) and 3 scale-out (37.5 GB/s each way).`,
    alternatives: [{ value: 525e9, source: SRC.GAUDI_NET, note: '21 scale-up ports of an HLS-2 box' }],
  }),
  tdp: watts(600, SRC.GAUDI_HC2024, 'high', { additionalSources: [SRC.GAUDI2_PCGUIA], note: 'OAM TDP.' }),
  dies: dies(1, SRC.GAUDI_SQUEEZEBITS, 'medium', { note: 'Monolithic die (Gaudi 3 moved to two).' }),
  notes: ['FP8 left out: the only figure seen (835 TFLOPS, in press coverage) is not in an Intel document retrieved.'],
};

export const INTEL_ACCELERATORS: Accelerator[] = [GAUDI3, GAUDI2];
