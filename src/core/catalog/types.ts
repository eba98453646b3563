// Types of the hardware catalog. Plain data: every number is a `Figure` that
// carries the URL it came from. Values are in canonical SI units:
//   bytes 'B' (decimal: 1 GB = 1e9 B, as vendors state it), bytes/s 'B/s',
//   'FLOP/s', watts 'W', seconds 's'; counts use 'count', parameters 'param'.

import type { Precision } from '../types.js';

export type { Precision } from '../types.js';

export type Confidence = 'high' | 'medium' | 'low';

export type Sparsity = 'dense' | 'sparse';

/**
 * 'bidirectional' = the sum of both directions (NVIDIA's "900 GB/s NVLink 4").
 * 'per-direction' = one way (a NIC's 400 Gb/s line rate, "450 GB/s each way").
 * Memory (HBM) bandwidth is a single shared total and is labelled 'bidirectional'.
 */
export type Direction = 'per-direction' | 'bidirectional';

/** A value some other source gives for the same quantity (same canonical unit). */
export interface Alternative {
  value: number;
  source: string;
  note?: string;
}

export interface Figure {
  /** Canonical SI value (B, B/s, FLOP/s, W, s, count ...). Always finite and > 0. */
  value: number;
  unit: string;
  /** http(s) URL of the page the figure was read from. */
  source: string;
  confidence: Confidence;
  note?: string;
  /** Computed from other sourced figures (the formula is in `note`). */
  derived?: boolean;
  /** The vendor stated the quantity in GiB; this is that GiB number. */
  gib?: number;
  additionalSources?: string[];
  /** Conflicting values from other sources, in the same unit. */
  alternatives?: Alternative[];
}

export interface FlopsFigure extends Figure {
  unit: 'FLOP/s';
  precision: Precision;
  sparsity: Sparsity;
  /** Vendors sometimes quote separate inference/training peaks (Rubin NVFP4). */
  workload?: 'inference' | 'training';
}

export interface BandwidthFigure extends Figure {
  unit: 'B/s';
  direction: Direction;
  /**
   * The same figure as its vendor also quotes it, in bits per second (value in bit/s), and the page that quotes it:
   * Google gives Ironwood's 1.2 TB/s bidirectional ICI as "9.6 Tb/s". A note's figure in bits is otherwise taken for a
   * line rate, which is per direction; one that is this quote counts in this figure's direction.
   */
  bits?: { value: number; source: string };
}

export type Vendor = 'NVIDIA' | 'AMD' | 'Google' | 'AWS' | 'Intel';

export interface Accelerator {
  /** Stable id, e.g. 'nvidia-h100-sxm'. */
  id: string;
  name: string;
  vendor: Vendor | string;
  architecture?: string;
  /** Names people write in notes ("H100", "Hopper"); matched case-insensitively. */
  aliases: string[];
  /** Year of launch/availability (unit 'year'). */
  year?: Figure;
  /** 'HBM3e', 'HBM4' ... */
  memoryType?: string;
  hbmCapacity?: Figure;
  hbmBandwidth?: BandwidthFigure;
  /** Peak tensor/matrix throughput; dense for every precision listed, sparse where the vendor quotes it. */
  flops: FlopsFigure[];
  /** Whether the vendor's headline FLOP/s number uses structured sparsity. */
  headlineSparsity?: 'dense' | 'sparse' | 'mixed' | 'unclear';
  /** e.g. 'NVLink 4'. */
  scaleUpLink?: string;
  /** Id in INTERCONNECTS of the scale-up fabric, e.g. 'nvlink-4'. */
  scaleUpInterconnect?: string;
  scaleUpDetail?: string;
  /** Per chip, total over its links. */
  scaleUpBandwidth?: BandwidthFigure;
  scaleOutNic?: string;
  /** Per accelerator, per direction (NIC line rate). */
  scaleOutBandwidth?: BandwidthFigure;
  tdp?: Figure;
  /** Compute dies per package (unit 'die'); the note says what else is in the package. */
  dies?: Figure;
  notes?: string[];
  /** Set on entries that came from the user's own hardware file. */
  userDefined?: boolean;
}

export interface System {
  id: string;
  name: string;
  vendor: Vendor | string;
  aliases: string[];
  /** Accelerator id. */
  accelerator: string;
  /** Accelerator packages in ONE scale-up (NVLink/ICI/XGMI) domain. */
  gpusPerDomain: number;
  totalAccelerators: number;
  /** Compute dies per domain where NVIDIA's product name counts dies (NVL144, NVL576). */
  diesPerDomain?: number;
  racks?: number;
  /** Source of the counts above. */
  sizeSource: string;
  sizeNote?: string;
  /** False when the system spans several scale-up domains (Vera Rubin POD). */
  singleScaleUpDomain: boolean;
  totalHbm?: Figure;
  totalHbmBandwidth?: BandwidthFigure;
  /** Sum of the per-accelerator bidirectional scale-up bandwidth (not bisection). */
  totalScaleUpBandwidth?: BandwidthFigure;
  power?: Figure;
  /** Per accelerator, per direction. */
  scaleOutPerGpu?: BandwidthFigure;
  scaleOutNic?: string;
  flops: FlopsFigure[];
  notes?: string[];
}

export type InterconnectKind = 'scale-up' | 'scale-out' | 'host';

export interface Interconnect {
  id: string;
  name: string;
  kind: InterconnectKind;
  vendor: string;
  aliases: string[];
  /** What the bandwidth figures are counted over. */
  scope: 'per-accelerator' | 'per-port';
  bidirectional?: BandwidthFigure;
  perDirection?: BandwidthFigure;
  /** One link, bidirectional (Infinity Fabric: a GPU pair only gets one link). */
  perLink?: BandwidthFigure;
  links?: number;
  /** Accelerator ids that use it. */
  usedBy: string[];
  notes?: string[];
}

/** Per-GPU scale-up vs scale-out bandwidth, both per direction. */
export interface ScaleUpVsScaleOut {
  platform: string;
  systems: string[];
  scaleUpPerDirection: BandwidthFigure;
  scaleOutPerDirection: BandwidthFigure;
  /** scaleUp / scaleOut. */
  ratio: number;
}

export type AttentionKind = 'MHA' | 'GQA' | 'MLA';

export interface ModelArchitecture {
  id: string;
  name: string;
  developer: string;
  aliases: string[];
  /** unit 'param'. */
  totalParams: Figure;
  activeParams: Figure;
  /** Architecture integers: Figures with unit 'count' (or 'token' for windows). */
  layers: Figure;
  hidden: Figure;
  heads: Figure;
  /** Absent for MLA (the cache holds one shared latent per layer). */
  kvHeads?: Figure;
  headDim?: Figure;
  attention: AttentionKind;
  attentionNote?: string;
  /** MLA only. */
  kvLoraRank?: Figure;
  qkRopeHeadDim?: Figure;
  qkNopeHeadDim?: Figure;
  vHeadDim?: Figure;
  qLoraRank?: Figure;
  expertsTotal?: Figure;
  expertsActive?: Figure;
  sharedExperts?: Figure;
  /** Leading dense (non-MoE) layers. */
  denseLayers?: Figure;
  /** Layers whose KV cache grows with context (when some layers use a sliding window). */
  fullAttentionLayers?: Figure;
  slidingWindowLayers?: Figure;
  /** Window length, unit 'token'. */
  slidingWindow?: Figure;
  /** Native context length, unit 'token'. */
  contextLength?: Figure;
  /** Reference KV-cache bytes per token at bf16 (derived, unit 'B/token'); equals kvBytesPerToken(model). */
  kvBytesPerTokenBf16: Figure;
  notes?: string[];
}

export type ConstantId =
  | 'chinchillaTokensPerParam'
  | 'trainingFlopsPerParamPerToken'
  | 'inferenceFlopsPerParamPerToken'
  | 'readingSpeedNonfiction'
  | 'readingSpeedFiction'
  | 'readingSpeedAloud'
  | 'tokensPerWord'
  | 'readingSpeedTokensPerSecond';

export interface ConstantFigure extends Figure {
  name: string;
  /** e.g. 'C ≈ 6·N·D'. */
  formula?: string;
}

export type HardwareKind = 'accelerator' | 'system';

export interface HardwareRef {
  kind: HardwareKind;
  id: string;
}

/** What a name in text is: a catalog entry, or hardware or a model the catalog has no figures for. */
export type MentionKind = HardwareKind | 'model' | 'otherHardware' | 'otherModel';

export interface Mention {
  span: { start: number; end: number };
  /** The catalog id; for `otherHardware` and `otherModel`, the name to show. */
  id: string;
  kind: MentionKind;
  /** The matched text. */
  raw: string;
}

export interface UserHardwareError {
  /** JSON path of the bad field, e.g. '$[0].flops[1].precision'. */
  path: string;
  message: string;
}
