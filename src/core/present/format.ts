// Small shared wording: verdict symbols and labels, ratios, tallies, figure values.
import type { Claim, Note, Verdict } from '../types.js';
import type { Figure } from '../catalog/types.js';
import { formatQuantity } from '../quantities.js';
import { positionAt } from '../text.js';

export const VERDICTS: readonly Verdict[] = ['inconsistent', 'unverifiable', 'consistent'];

export function verdictSymbol(v: Verdict): string {
  return v === 'consistent' ? '✓' : v === 'inconsistent' ? '✗' : '?';
}

export function verdictLabel(v: Verdict): string {
  return v === 'consistent' ? 'Consistent' : v === 'inconsistent' ? 'Inconsistent' : 'Unverifiable';
}

/** Worst first: inconsistent < unverifiable < consistent. */
export function verdictRank(v: Verdict): number {
  return v === 'inconsistent' ? 0 : v === 'unverifiable' ? 1 : 2;
}

export interface Tally {
  consistent: number;
  inconsistent: number;
  unverifiable: number;
  total: number;
}

export function tally(claims: Iterable<Claim>): Tally {
  const t: Tally = { consistent: 0, inconsistent: 0, unverifiable: 0, total: 0 };
  for (const c of claims) {
    t[c.evaluation.verdict]++;
    t.total++;
  }
  return t;
}

export function addTally(a: Tally, b: Tally): Tally {
  return {
    consistent: a.consistent + b.consistent,
    inconsistent: a.inconsistent + b.inconsistent,
    unverifiable: a.unverifiable + b.unverifiable,
    total: a.total + b.total,
  };
}

/** Status-bar text: "✓ 3 ✗ 1". */
export function tallyShort(t: Tally): string {
  return `✓ ${t.consistent} ✗ ${t.inconsistent}`;
}

/** "3 consistent, 1 inconsistent, 5 unverifiable". */
export function tallyLong(t: Tally): string {
  return `${t.consistent} consistent, ${t.inconsistent} inconsistent, ${t.unverifiable} unverifiable`;
}

/** claimed ÷ model as "0.10×", "1.02×", "312×". */
export function formatRatio(ratio: number | null | undefined): string | null {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return null;
  const abs = Math.abs(ratio);
  const text = abs !== 0 && (abs >= 1000 || abs < 0.01) ? ratio.toPrecision(3) : abs >= 100 ? ratio.toFixed(0) : abs >= 10 ? ratio.toFixed(1) : ratio.toFixed(2);
  return `${text}×`;
}

/** "±5%" style percentage of a relative tolerance. */
export function formatTolerance(tolerance: number | null | undefined): string | null {
  if (tolerance === null || tolerance === undefined || !Number.isFinite(tolerance)) return null;
  const pct = tolerance * 100;
  return `±${Number.isInteger(pct) ? pct : pct.toFixed(1)}%`;
}

const PLAIN_UNITS = new Set(['count', 'param', 'die', 'year', 'token', '']);

/** A catalog figure as text: "80 GB", "3.35 TB/s", "989 TFLOP/s"; counts as plain numbers. */
export function formatFigureValue(f: Pick<Figure, 'value' | 'unit'>): string {
  if (f.unit === 'year') return String(f.value);
  if (PLAIN_UNITS.has(f.unit)) {
    const n = f.value.toLocaleString('en-US', { maximumFractionDigits: 3 });
    return f.unit === 'token' ? `${n} tokens` : n;
  }
  try {
    return formatQuantity(f.value, f.unit);
  } catch {
    return `${f.value.toPrecision(4)} ${f.unit}`;
  }
}

/** 0-based line of an offset in a note. */
export function lineOf(note: Pick<Note, 'lineStarts'>, offset: number): number {
  return positionAt(note.lineStarts, offset).line;
}

/** Whether two claimed values of the same quantity agree (same rule as WorkspaceIndex.conflicts: within 1.25×). */
/** Two claimed values agree within this factor (hovers and cross-note diagnostics). */
export const AGREEMENT_FACTOR = 1.25;

export function valuesAgree(a: number, b: number, factor = AGREEMENT_FACTOR): boolean {
  if (a === b) return true;
  if (!(a > 0) || !(b > 0)) return false;
  return Math.max(a, b) / Math.min(a, b) <= factor;
}

/** Today's date as YYYY-MM-DD in local time. */
export function isoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
