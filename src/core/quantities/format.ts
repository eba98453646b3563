// Human formatting of canonical quantities: "29.4 ms", "4.8 TB/s", "989 TFLOP/s", "$1T",
// "1.3M", "2 KB/token". Three significant digits, trailing zeros trimmed. The output is
// always something parseQuantities reads back to the same value (within rounding).

import { DAY, HOUR, MINUTE, YEAR } from './lexicon.js';

// toPrecision is slow next to a map lookup, and the same figures are formatted over and over.
const ROUNDED = new Map<number, number>();

function round3(x: number): number {
  if (x === 0) return 0;
  let r = ROUNDED.get(x);
  if (r === undefined) {
    r = Number(x.toPrecision(3));
    if (ROUNDED.size >= 50_000) ROUNDED.clear();
    ROUNDED.set(x, r);
  }
  return r;
}

function num(x: number): string {
  const s = String(round3(x));
  return s.includes('e') ? s.replace('e+', 'e') : s;
}

/** Picks the largest prefix not exceeding the (rounded) value. */
function prefixed(v: number, prefixes: ReadonlyArray<readonly [string, number]>, suffix: string): string {
  const r = round3(v);
  let best = prefixes[0]!;
  for (const p of prefixes) if (r >= p[1]) best = p;
  return `${num(v / best[1])} ${best[0]}${suffix}`;
}

const DECIMAL: ReadonlyArray<readonly [string, number]> = [
  ['', 1],
  ['K', 1e3],
  ['M', 1e6],
  ['G', 1e9],
  ['T', 1e12],
  ['P', 1e15],
  ['E', 1e18],
];
const POWER: ReadonlyArray<readonly [string, number]> = [
  ['', 1],
  ['k', 1e3],
  ['M', 1e6],
  ['G', 1e9],
  ['T', 1e12],
];
const ENERGY: ReadonlyArray<readonly [string, number]> = [
  ['p', 1e-12],
  ['n', 1e-9],
  ['µ', 1e-6],
  ['m', 1e-3],
  ['', 1],
  ['k', 1e3],
  ['M', 1e6],
];
const COMPACT: ReadonlyArray<readonly [string, number]> = [
  ['', 1],
  ['K', 1e3],
  ['M', 1e6],
  ['B', 1e9],
  ['T', 1e12],
];

/** "1.3M", "400K", "7B", "100T", "300", "1.2e15". */
function compact(v: number): string {
  const r = round3(v);
  if (r >= 1e15) return num(r);
  let best = COMPACT[0]!;
  for (const p of COMPACT) if (r >= p[1]) best = p;
  return num(v / best[1]) + best[0];
}

function time(v: number): string {
  const r = round3(v);
  if (r === 0) return '0 s';
  if (r < 1e-6) return `${num(v * 1e9)} ns`;
  if (r < 1e-3) return `${num(v * 1e6)} µs`;
  if (r < 1) return `${num(v * 1e3)} ms`;
  if (r < 120) return `${num(v)} s`;
  if (r < 2 * HOUR) return `${num(v / MINUTE)} min`;
  if (r < 2 * DAY) return `${num(v / HOUR)} h`;
  if (r < 2 * YEAR) return `${num(v / DAY)} days`;
  return `${num(v / YEAR)} years`;
}

/**
 * Formats a canonical value in its canonical unit for people: SI prefixes, 3 significant
 * digits, trailing zeros trimmed. Units: 's', 'B', 'B/s', 'FLOP', 'FLOP/s', 'W', 'Hz',
 * 'USD', 'x', '%', '' (count) and compounds such as 'B/token', 'USD/GPU', 'tokens/s'.
 */
export function formatQuantity(value: number, unit: string): string {
  if (!Number.isFinite(value)) return unit === '' ? String(value) : `${value} ${unit}`;
  if (value < 0) return '-' + formatQuantity(-value, unit);
  const slash = unit.indexOf('/');
  const head = slash < 0 ? unit : unit.slice(0, slash);
  const tail = slash < 0 ? '' : unit.slice(slash);
  switch (head) {
    case 's':
      return tail === '' ? time(value) : `${num(value)} ${unit}`;
    case 'B':
      return prefixed(value, DECIMAL, 'B' + tail);
    case 'FLOP':
      if (round3(value) >= 1e21) return `${num(value)} FLOP${tail}`;
      return prefixed(value, DECIMAL, 'FLOP' + tail);
    case 'W':
      return prefixed(value, POWER, 'W' + tail);
    case 'Hz':
      return prefixed(value, POWER, 'Hz' + tail);
    case 'W·s':
      // Energy: joules per token or bit ("0.233 J/token", "5 pJ/bit"), a total in watt-hours from 1 kWh ("21.5 GWh").
      if (tail === '' && round3(value) >= HOUR * 1e3) return prefixed(value / HOUR, POWER, 'Wh');
      // ("0.233 J/token" as people write it, not "233 mJ/token".)
      if (round3(value) >= 0.01 && round3(value) < 1e3) return `${num(value)} J${tail}`;
      return prefixed(value, ENERGY, 'J' + tail);
    case 'USD':
      return '$' + compact(value) + tail;
    case 'x':
      return num(value) + 'x' + tail;
    case '%':
      return num(value) + '%' + tail;
    case '':
      return compact(value) + tail;
    default:
      // Count nouns ("tokens/s", "GPUs/rack") and anything else.
      if (/^[A-Za-z-]+s$/.test(head)) return `${compact(value)} ${unit}`;
      return `${num(value)} ${unit}`;
  }
}
