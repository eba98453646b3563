// Small constructors that keep the data files short and uniform.

import type { Precision } from '../types.js';
import type { BandwidthFigure, Confidence, Direction, Figure, FlopsFigure, Sparsity } from './types.js';

export type FigureExtra = Partial<
  Pick<Figure, 'note' | 'derived' | 'gib' | 'additionalSources' | 'alternatives'>
>;

function strip<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** Any figure, value already in canonical units. */
export function fig(value: number, unit: string, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): Figure {
  return strip({ value, unit, source, confidence, ...extra });
}

export function bytes(value: number, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): Figure {
  return fig(value, 'B', source, confidence, extra);
}

export function watts(value: number, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): Figure {
  return fig(value, 'W', source, confidence, extra);
}

export function count(value: number, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): Figure {
  return fig(value, 'count', source, confidence, extra);
}

export function year(value: number, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): Figure {
  return fig(value, 'year', source, confidence, extra);
}

export function dies(value: number, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): Figure {
  return fig(value, 'die', source, confidence, extra);
}

export function bw(
  value: number,
  direction: Direction,
  source: string,
  confidence: Confidence = 'high',
  extra: FigureExtra & Pick<BandwidthFigure, 'bits'> = {},
): BandwidthFigure {
  return strip({ value, unit: 'B/s' as const, direction, source, confidence, ...extra });
}

/** Memory bandwidth: one shared total, labelled 'bidirectional'. */
export function memBw(value: number, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): BandwidthFigure {
  return bw(value, 'bidirectional', source, confidence, extra);
}

/**
 * A NIC/network line rate given in Gb/s, stored per direction in bytes/s
 * (400 Gb/s → 50e9 B/s); the original wording is kept in the note.
 */
export function nic(gbitPerSecond: number, source: string, confidence: Confidence = 'high', extra: FigureExtra = {}): BandwidthFigure {
  const original = gbitPerSecond >= 1000 ? `${gbitPerSecond / 1000} Tb/s` : `${gbitPerSecond} Gb/s`;
  const note = extra.note ? `${original} line rate per direction. ${extra.note}` : `${original} line rate per direction.`;
  return bw((gbitPerSecond * 1e9) / 8, 'per-direction', source, confidence, { ...extra, note });
}

export function flops(
  precision: Precision,
  sparsity: Sparsity,
  value: number,
  source: string,
  confidence: Confidence = 'high',
  extra: FigureExtra & { workload?: 'inference' | 'training' } = {},
): FlopsFigure {
  return strip({ value, unit: 'FLOP/s' as const, precision, sparsity, source, confidence, ...extra });
}

/** The 2:4-sparse figure NVIDIA quotes for Hopper/Blackwell: 2× the dense one (derived). */
export function sparse2x(dense: FlopsFigure, note?: string): FlopsFigure {
  return flops(dense.precision, 'sparse', dense.value * 2, dense.source, dense.confidence, {
    derived: true,
    note: note ?? '2:4 structured sparsity = 2 x dense.',
  });
}

/** Decimal bytes of a GiB quantity. */
export function gibToBytes(gib: number): number {
  return gib * 2 ** 30;
}
