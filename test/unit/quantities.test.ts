import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatQuantity, parseQuantities, parseQuantity, writesDotThousands } from '../../src/core/quantities.js';
import { analyzeNote } from '../../src/core/note.js';
import type { Dimension, Hedge, Precision, Quantity, QuantityKind } from '../../src/core/types.js';

// ---------------------------------------------------------------------------
// Expectation helpers. Unless given, an expectation means: hedge 'exact', range null,
// no noun, no per, no qualifiers; count units default to ''.

interface Exp {
  raw: string;
  value: number;
  unit: string;
  kind: QuantityKind;
  hedge?: Hedge;
  range?: [number, number] | null;
  noun?: string;
  per?: string;
  sig?: number;
  precision?: Precision;
  sparsity?: 'dense' | 'sparse';
  dim?: Dimension;
}
type Opts = Partial<Omit<Exp, 'raw' | 'value' | 'kind'>>;

const m = (raw: string, value: number, unit: string, o: Opts = {}): Exp => ({ raw, value, unit, kind: 'measure', ...o });
const c = (raw: string, value: number, o: Opts = {}): Exp => ({ raw, value, unit: '', kind: 'count', ...o });
const x = (raw: string, value: number, o: Opts = {}): Exp => ({ raw, value, unit: 'x', kind: 'multiplier', ...o });
const pc = (raw: string, value: number, o: Opts = {}): Exp => ({ raw, value, unit: '%', kind: 'percent', ...o });

const YEAR = 31557600;
const MONTH = YEAR / 12;

function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function check(text: string, q: Quantity, e: Exp): void {
  const where = `${JSON.stringify(text)} → ${JSON.stringify(q.raw)}`;
  assert.equal(q.raw, e.raw, `raw in ${where}`);
  assert.equal(text.slice(q.span.start, q.span.end), q.raw, `span in ${where}`);
  assert.ok(close(q.value, e.value), `value ${q.value} ≠ ${e.value} in ${where}`);
  assert.equal(q.unit, e.unit, `unit in ${where}`);
  assert.equal(q.kind, e.kind, `kind in ${where}`);
  assert.equal(q.hedge, e.hedge ?? 'exact', `hedge in ${where}`);
  if (e.range === undefined || e.range === null) assert.equal(q.range, null, `range in ${where}`);
  else {
    assert.ok(q.range !== null, `range missing in ${where}`);
    assert.ok(close(q.range[0], e.range[0]) && close(q.range[1], e.range[1]), `range ${JSON.stringify(q.range)} in ${where}`);
  }
  assert.equal(q.noun, e.noun, `noun in ${where}`);
  assert.equal(q.per, e.per, `per in ${where}`);
  if (e.sig !== undefined) assert.equal(q.significantDigits, e.sig, `significantDigits in ${where}`);
  assert.equal(q.qualifiers?.precision, e.precision, `precision in ${where}`);
  assert.equal(q.qualifiers?.sparsity, e.sparsity, `sparsity in ${where}`);
  if (e.dim !== undefined) assert.deepEqual(q.dimension, e.dim, `dimension in ${where}`);
}

// ---------------------------------------------------------------------------
// The table: each row lists every quantity the text must yield, in order.

const CASES: Array<[string, Exp[]]> = [
  // --- the notes' own sentences, verbatim -------------------------------------
  ['- 2024: 1.3M hopper GPUs', [c('1.3M hopper GPUs', 1.3e6, { noun: 'gpu', sig: 2 })]],
  [
    '- 2025: 3.6 Blackwell GPUs (2-gpu per Chip)',
    [c('3.6 Blackwell GPUs', 3.6, { noun: 'gpu' }), c('2-gpu per Chip', 2, { noun: 'gpu', per: 'chip', unit: 'GPUs/chip' })],
  ],
  ['2028 prediction $1T+ data center Capex', [m('$1T+', 1e12, 'USD', { hedge: 'atLeast', dim: { USD: 1 } })]],
  ['reasoning ai inference compute > 100x one shot more tokens', [x('> 100x', 100, { hedge: 'atLeast' })]],
  ['post training with RLVR > 100T tokens', [c('> 100T tokens', 1e14, { noun: 'token', hedge: 'atLeast' })]],
  ['it takes human 400,000 years to read all text', [m('400,000 years', 400000 * YEAR, 's', { dim: { s: 1 } })]],
  ["a new batch departs every 20 ms because that's how long it takes to read HBM", [m('20 ms', 0.02, 's')]],
  ['optimal batch ≈ 300 × sparsity', [x('≈ 300 ×', 300, { hedge: 'approx' })]],
  ['KV cache ~2 KB per token', [m('~2 KB per token', 2000, 'B/token', { hedge: 'approx', per: 'token', dim: { B: 1 } })]],
  ['400 Gb/s', [m('400 Gb/s', 50e9, 'B/s', { per: 's', dim: { B: 1, s: -1 } })]],
  ["The H200's 141 GB drains in 10 ms", [m('141 GB', 141e9, 'B', { sig: 3 }), m('10 ms', 0.01, 's')]],
  [
    'H100 SXM: 989 TFLOPS dense BF16 over 3.35 TB/s, so ops:byte is about 300',
    [
      m('989 TFLOPS', 989e12, 'FLOP/s', { per: 's', precision: 'bf16', sparsity: 'dense', sig: 3, dim: { FLOP: 1, s: -1 } }),
      m('3.35 TB/s', 3.35e12, 'B/s', { per: 's', sig: 3 }),
      c('about 300', 300, { hedge: 'approx', sig: 1 }),
    ],
  ],
  [
    '64 trains/s × 2,000 tokens = 128,000 tokens/s',
    [
      c('64 trains/s', 64, { noun: 'train', per: 's', unit: 'trains/s', dim: { s: -1 } }),
      c('2,000 tokens', 2000, { noun: 'token', sig: 1 }),
      c('128,000 tokens/s', 128000, { noun: 'token', per: 's', unit: 'tokens/s', dim: { s: -1 } }),
    ],
  ],
  ['192 GB at 8 TB/s → 24 ms', [m('192 GB', 192e9, 'B'), m('8 TB/s', 8e12, 'B/s', { per: 's' }), m('24 ms', 0.024, 's')]],
  ['1 GB at 450 GB/s → 2 ms', [m('1 GB', 1e9, 'B'), m('450 GB/s', 450e9, 'B/s', { per: 's' }), m('2 ms', 0.002, 's')]],
  ['6:30 PM | Christos Kozyraki (Stanford)', []],
  ['sliding window of 16 frames', [c('16 frames', 16, { noun: 'frame' })]],
  ['3-5 years', [m('3-5 years', 4 * YEAR, 's', { range: [3 * YEAR, 5 * YEAR] })]],
  ['baby humans at 9 months', [m('9 months', 9 * MONTH, 's')]],
  ['Podcast #494 with Jensen Huang', []],
  ['8 TB/s of HBM3e', [m('8 TB/s', 8e12, 'B/s', { per: 's' })]],
  ['NVLink 5 at 1.8 TB/s', [m('1.8 TB/s', 1.8e12, 'B/s', { per: 's' })]],
  ['1.8TB/s', [m('1.8TB/s', 1.8e12, 'B/s', { per: 's' })]],
  ['3.6 exaflops of FP4', [m('3.6 exaflops', 3.6e18, 'FLOP/s', { per: 's', precision: 'fp4' })]],
  ['1.4 exaFLOPS', [m('1.4 exaFLOPS', 1.4e18, 'FLOP/s', { per: 's' })]],
  ['72 GPUs in one NVLink domain', [c('72 GPUs', 72, { noun: 'gpu' })]],
  ['120 kW per rack', [m('120 kW per rack', 120e3, 'W/rack', { per: 'rack', dim: { W: 1 } })]],
  ['$40,000 per GPU', [m('$40,000 per GPU', 40000, 'USD/GPU', { per: 'gpu', dim: { USD: 1 } })]],
  ['1,000 W TDP', [m('1,000 W', 1000, 'W')]],
  [
    '6 × 70e9 × 1.4e12 = 5.9e23 FLOPs',
    [c('6', 6), c('70e9', 70e9), c('1.4e12', 1.4e12), m('5.9e23 FLOPs', 5.9e23, 'FLOP', { dim: { FLOP: 1 } })],
  ],
  ['20 tokens per parameter', [c('20 tokens per parameter', 20, { noun: 'token', per: 'param', unit: 'tokens/param' })]],
  ['16 GiB', [m('16 GiB', 17179869184, 'B')]],
  ['2 KiB per token per layer', [m('2 KiB per token per layer', 2048, 'B/token/layer', { per: 'token/layer' })]],

  // --- plain numbers, separators, scientific -------------------------------------
  ['we need 2,000 of them', [c('2,000', 2000, { sig: 1 })]],
  ['a ratio of 1.3 here', [c('1.3', 1.3, { sig: 2 })]],
  ['roughly 400,000 of them', [c('roughly 400,000', 400000, { hedge: 'approx', sig: 1 })]],
  ['a 1,000,000 budget', [c('1,000,000', 1e6)]],
  // Decimal commas (European notes) only with a unit or magnitude after them; never the digits after the comma alone.
  ['Die H100 hat 3,35 TB/s', [m('3,35 TB/s', 3.35e12, 'B/s', { per: 's', sig: 3 })]],
  ['le campus fait 1,5 GW', [m('1,5 GW', 1.5e9, 'W', { sig: 2 })]],
  ['pages 1,2 and 4', [c('4', 4)]],
  // Other currencies keep their sign in the claim's text and are not counted as dollars.
  ['Mistral raised €600M', [c('€600M', 6e8, { sig: 1 })]],
  ['about €2.5B of capex', [c('about €2.5B', 2.5e9, { hedge: 'approx', sig: 2 })]],
  ['3.8e25 FLOP', [m('3.8e25 FLOP', 3.8e25, 'FLOP', { sig: 2 })]],
  ['1e-3 s', [m('1e-3 s', 1e-3, 's', { sig: 1 })]],
  ['3.8×10^25', [c('3.8×10^25', 3.8e25, { sig: 2 })]],
  ['10^26 FLOPs', [m('10^26 FLOPs', 1e26, 'FLOP', { sig: 1 })]],
  ['6.02×10²³ molecules', [c('6.02×10²³', 6.02e23, { sig: 3 })]],
  ['a 2 x 10^9 budget', [c('2 x 10^9', 2e9)]],
  ['takes .5 ms', [m('.5 ms', 0.0005, 's')]],
  ['3.8e25 FLOPS of compute', [m('3.8e25 FLOPS', 3.8e25, 'FLOP')]],
  ['1e25 flops', [m('1e25 flops', 1e25, 'FLOP')]],

  // --- magnitudes -----------------------------------------------------------------
  ['1.3M', [c('1.3M', 1.3e6, { sig: 2 })]],
  ['$7B', [m('$7B', 7e9, 'USD')]],
  ['100T tokens', [c('100T tokens', 1e14, { noun: 'token' })]],
  ['1.3 M users', [c('1.3 M users', 1.3e6, { noun: 'user' })]],
  ['1.3 million GPUs', [c('1.3 million GPUs', 1.3e6, { noun: 'gpu', sig: 2 })]],
  ['5k requests', [c('5k requests', 5000, { noun: 'request' })]],
  ['2.5K tokens', [c('2.5K tokens', 2500, { noun: 'token' })]],
  ['$7bn', [m('$7bn', 7e9, 'USD')]],
  ['4 trillion parameters', [c('4 trillion parameters', 4e12, { noun: 'param' })]],
  ['12 thousand GPUs', [c('12 thousand GPUs', 12000, { noun: 'gpu' })]],
  ['5 billion dollars', [m('5 billion dollars', 5e9, 'USD')]],
  ['1.5 quadrillion tokens', [c('1.5 quadrillion tokens', 1.5e15, { noun: 'token' })]],

  // --- the ambiguous "B" ------------------------------------------------------------
  ['7B params', [c('7B params', 7e9, { noun: 'param' })]],
  ['80 B', [m('80 B', 80, 'B')]],
  ['2 KB', [m('2 KB', 2000, 'B')]],
  ['671B parameters', [c('671B parameters', 671e9, { noun: 'param', sig: 3 })]],
  ['Llama 3.1 70B', [c('70B', 70e9, { noun: 'param' })]],
  ['100B training tokens', [c('100B training tokens', 1e11, { noun: 'token' })]],
  ['2B per token', [m('2B per token', 2, 'B/token', { per: 'token' })]],
  ['a 70B-parameter model', [c('70B-parameter', 70e9, { noun: 'param' })]],
  ['$2B+', [m('$2B+', 2e9, 'USD', { hedge: 'atLeast' })]],

  // --- time ---------------------------------------------------------------------------
  ['5 ns', [m('5 ns', 5e-9, 's')]],
  ['3 µs', [m('3 µs', 3e-6, 's')]],
  ['3 us', [m('3 us', 3e-6, 's')]],
  ['29.4 ms', [m('29.4 ms', 0.0294, 's', { sig: 3 })]],
  ['5 sec', [m('5 sec', 5, 's')]],
  ['30 seconds', [m('30 seconds', 30, 's')]],
  ['15 minutes', [m('15 minutes', 900, 's')]],
  ['2 min', [m('2 min', 120, 's')]],
  ['3 hours', [m('3 hours', 10800, 's')]],
  ['24h', [m('24h', 86400, 's')]],
  ['6 days', [m('6 days', 6 * 86400, 's')]],
  ['2 weeks', [m('2 weeks', 14 * 86400, 's')]],
  ['5 milliseconds', [m('5 milliseconds', 0.005, 's')]],
  ['20 microseconds', [m('20 microseconds', 20e-6, 's')]],
  ['100 nanoseconds', [m('100 nanoseconds', 100e-9, 's')]],

  // --- bytes and bits --------------------------------------------------------------------
  ['1.5 TB', [m('1.5 TB', 1.5e12, 'B')]],
  ['2 MB', [m('2 MB', 2e6, 'B')]],
  ['1 PB', [m('1 PB', 1e15, 'B')]],
  ['512 KiB', [m('512 KiB', 512 * 1024, 'B')]],
  ['4 MiB', [m('4 MiB', 4 * 1024 ** 2, 'B')]],
  ['80 GiB', [m('80 GiB', 80 * 1024 ** 3, 'B')]],
  ['2 TiB', [m('2 TiB', 2 * 1024 ** 4, 'B')]],
  ['3 kilobytes', [m('3 kilobytes', 3000, 'B')]],
  ['2 gigabytes', [m('2 gigabytes', 2e9, 'B')]],
  ['5 terabytes', [m('5 terabytes', 5e12, 'B')]],
  ['1 petabyte', [m('1 petabyte', 1e15, 'B')]],
  ['3 Gbps', [m('3 Gbps', 3e9 / 8, 'B/s', { per: 's', dim: { B: 1, s: -1 } })]],
  ['100 Gbit/s', [m('100 Gbit/s', 100e9 / 8, 'B/s', { per: 's' })]],
  ['25 gigabits per second', [m('25 gigabits per second', 25e9 / 8, 'B/s', { per: 's' })]],
  ['800 Mb', [m('800 Mb', 1e8, 'B')]],
  ['3 petabytes per second', [m('3 petabytes per second', 3e15, 'B/s', { per: 's' })]],
  ['2 terabytes per second', [m('2 terabytes per second', 2e12, 'B/s', { per: 's' })]],

  // --- FLOP and FLOP/s -----------------------------------------------------------------------
  ['989 TFLOP/s', [m('989 TFLOP/s', 989e12, 'FLOP/s', { per: 's' })]],
  ['20 PFLOPS', [m('20 PFLOPS', 20e15, 'FLOP/s', { per: 's' })]],
  ['2 petaflops', [m('2 petaflops', 2e15, 'FLOP/s', { per: 's' })]],
  ['67 teraflops', [m('67 teraflops', 67e12, 'FLOP/s', { per: 's' })]],
  ['1,000 TOPS', [m('1,000 TOPS', 1e15, 'FLOP/s', { per: 's' })]],
  ['a 2 PFLOP job', [m('2 PFLOP', 2e15, 'FLOP')]],
  ['3,640 PF-days', [m('3,640 PF-days', 3640e15 * 86400, 'FLOP')]],
  ['4.5 PF FP8 sparse', [m('4.5 PF', 4.5e15, 'FLOP/s', { per: 's', precision: 'fp8', sparsity: 'sparse' })]],
  ['10 PFLOPS of FP4', [m('10 PFLOPS', 10e15, 'FLOP/s', { per: 's', precision: 'fp4' })]],
  ['FP8: 1979 TFLOPS', [m('1979 TFLOPS', 1979e12, 'FLOP/s', { per: 's', precision: 'fp8', sig: 4 })]],
  ['50 GFLOPS/W', [m('50 GFLOPS/W', 50e9, 'FLOP/s/W', { per: 's/watt', dim: { FLOP: 1, s: -1, W: -1 } })]],
  ['20 PFLOPS per GPU', [m('20 PFLOPS per GPU', 20e15, 'FLOP/s/GPU', { per: 's/gpu' })]],
  ['2 TFLOPS/s (sic)', [m('2 TFLOPS/s', 2e12, 'FLOP/s', { per: 's' })]],
  ['2 FLOPs per byte', [m('2 FLOPs per byte', 2, 'FLOP/B', { per: 'byte', dim: { FLOP: 1, B: -1 } })]],

  // --- power, frequency, money -----------------------------------------------------------------
  ['700 W', [m('700 W', 700, 'W')]],
  ['1.2 kW', [m('1.2 kW', 1200, 'W')]],
  ['5 MW', [m('5 MW', 5e6, 'W')]],
  ['2 gigawatts', [m('2 gigawatts', 2e9, 'W')]],
  ['300 watts', [m('300 watts', 300, 'W')]],
  ['10 kilowatts', [m('10 kilowatts', 10e3, 'W')]],
  ['50 megawatts', [m('50 megawatts', 50e6, 'W')]],
  ['1.98 GHz', [m('1.98 GHz', 1.98e9, 'Hz', { dim: { s: -1 } })]],
  ['$1T', [m('$1T', 1e12, 'USD')]],
  ['$7-8 billion', [m('$7-8 billion', 7.5e9, 'USD', { range: [7e9, 8e9] })]],
  ['$2.50', [m('$2.50', 2.5, 'USD', { sig: 3 })]],
  ['US$ 3', [m('US$ 3', 3, 'USD')]],
  ['USD 5M', [m('USD 5M', 5e6, 'USD')]],
  ['5 dollars', [m('5 dollars', 5, 'USD')]],
  ['~$40K', [m('~$40K', 40000, 'USD', { hedge: 'approx' })]],
  ['$2 per GPU-hour', [m('$2 per GPU-hour', 2, 'USD/GPU-hour', { per: 'gpu-hour' })]],
  ['$2/hour', [m('$2/hour', 2 / 3600, 'USD/s', { per: 'hour', dim: { USD: 1, s: -1 } })]],
  ['$7B-$8B', [m('$7B-$8B', 7.5e9, 'USD', { range: [7e9, 8e9] })]],

  // --- rates and denominators -----------------------------------------------------------------------
  ['2 KB/token', [m('2 KB/token', 2000, 'B/token', { per: 'token' })]],
  ['5,000 tokens per second', [c('5,000 tokens per second', 5000, { noun: 'token', per: 's', unit: 'tokens/s' })]],
  ['8 GPUs per node', [c('8 GPUs per node', 8, { noun: 'gpu', per: 'node', unit: 'GPUs/node' })]],
  ['3 requests per user', [c('3 requests per user', 3, { noun: 'request', per: 'user', unit: 'requests/user' })]],
  ['50 tokens/s per user', [c('50 tokens/s per user', 50, { noun: 'token', per: 's/user', unit: 'tokens/s/user' })]],
  ['1 GB per layer', [m('1 GB per layer', 1e9, 'B/layer', { per: 'layer' })]],
  ['4 KB per request', [m('4 KB per request', 4000, 'B/request', { per: 'request' })]],
  ['2 KB per output token', [m('2 KB per output token', 2000, 'B/token', { per: 'token' })]],

  ['roughly $0.50 per million tokens', [m('roughly $0.50 per million tokens', 0.5e-6, 'USD/token', { hedge: 'approx', per: 'token' })]],
  ['$3/M input tokens', [m('$3/M input tokens', 3e-6, 'USD/token', { per: 'token' })]],
  ['$2 per 1,000 tokens', [m('$2 per 1,000 tokens', 0.002, 'USD/token', { per: 'token' })]],
  ['5 tokens per 100 ms', [c('5 tokens per 100 ms', 50, { noun: 'token', per: 'ms', unit: 'tokens/s' })]],
  ['$48K/day', [m('$48K/day', 48000 / 86400, 'USD/s', { per: 'day' })]],

  // --- count nouns ---------------------------------------------------------------------------------------
  ['2,000 tokens', [c('2,000 tokens', 2000, { noun: 'token' })]],
  ['8 H100 GPUs', [c('8 H100 GPUs', 8, { noun: 'gpu' })]],
  ['4 experts', [c('4 experts', 4, { noun: 'expert' })]],
  ['32 layers and 64 heads', [c('32 layers', 32, { noun: 'layer' }), c('64 heads', 64, { noun: 'head' })]],
  ['128 nodes in 2 racks', [c('128 nodes', 128, { noun: 'node' }), c('2 racks', 2, { noun: 'rack' })]],
  ['132 SMs', [c('132 SMs', 132, { noun: 'sm' })]],
  ['1,024 sequences', [c('1,024 sequences', 1024, { noun: 'sequence' })]],
  ['18 links', [c('18 links', 18, { noun: 'link' })]],
  ['16 batches', [c('16 batches', 16, { noun: 'batch' })]],
  ['42 widgets', [c('42', 42)]],
  ['a 405B model at FP8', [c('405B model', 405e9, { noun: 'param', precision: 'fp8' })]],
  ['208B transistors', [c('208B transistors', 208e9, { noun: 'transistor' })]],
  ['528 tensor cores', [c('528 tensor cores', 528, { noun: 'core' })]],
  ['a 1,000-GPU cluster', [c('1,000-GPU', 1000, { noun: 'gpu' })]],
  ['2048 tokens', [c('2048 tokens', 2048, { noun: 'token', sig: 4 })]],
  ['2,024 tokens', [c('2,024 tokens', 2024, { noun: 'token' })]],
  ['2024 GPUs', [c('2024 GPUs', 2024, { noun: 'gpu' })]],

  // --- ranges ----------------------------------------------------------------------------------------------
  ['2,000 to 3,000 tokens', [c('2,000 to 3,000 tokens', 2500, { noun: 'token', range: [2000, 3000] })]],
  ['2,000-3,000', [c('2,000-3,000', 2500, { range: [2000, 3000] })]],
  ['1.6 to 2 kilobytes', [m('1.6 to 2 kilobytes', 1800, 'B', { range: [1600, 2000] })]],
  ['between 10 and 20 ms', [m('between 10 and 20 ms', 0.015, 's', { range: [0.01, 0.02] })]],
  ['10x-100x', [x('10x-100x', 55, { range: [10, 100] })]],
  ['2-3x', [x('2-3x', 2.5, { range: [2, 3] })]],
  ['5-10%', [pc('5-10%', 7.5, { range: [5, 10] })]],
  ['20–30%', [pc('20–30%', 25, { range: [20, 30] })]],
  ['500 MB to 2 GB', [m('500 MB to 2 GB', 1.25e9, 'B', { range: [5e8, 2e9] })]],
  ['10 ms to 2 s', [m('10 ms to 2 s', 1.005, 's', { range: [0.01, 2] })]],
  ['from 8 to 72 GPUs', [c('8 to 72 GPUs', 40, { noun: 'gpu', range: [8, 72] })]],
  ['10K–20K GPUs', [c('10K–20K GPUs', 15000, { noun: 'gpu', range: [10000, 20000] })]],

  // --- hedges ---------------------------------------------------------------------------------------------------
  ['~2 KB', [m('~2 KB', 2000, 'B', { hedge: 'approx' })]],
  ['around 5 ms', [m('around 5 ms', 0.005, 's', { hedge: 'approx' })]],
  ['roughly 1,000 GPUs', [c('roughly 1,000 GPUs', 1000, { noun: 'gpu', hedge: 'approx' })]],
  ['approximately 3 TB', [m('approximately 3 TB', 3e12, 'B', { hedge: 'approx' })]],
  ['approx. 5 GB', [m('approx. 5 GB', 5e9, 'B', { hedge: 'approx' })]],
  ['nearly 1,000 GPUs', [c('nearly 1,000 GPUs', 1000, { noun: 'gpu', hedge: 'approx' })]],
  ['almost 2x', [x('almost 2x', 2, { hedge: 'approx' })]],
  ['close to 100%', [pc('close to 100%', 100, { hedge: 'approx' })]],
  ['some 300 GPUs', [c('some 300 GPUs', 300, { noun: 'gpu', hedge: 'approx' })]],
  ['order of 10 TB', [m('order of 10 TB', 10e12, 'B', { hedge: 'approx' })]],
  ['on the order of 1e25 FLOPs', [m('on the order of 1e25 FLOPs', 1e25, 'FLOP', { hedge: 'approx' })]],
  ['over 100 GPUs', [c('over 100 GPUs', 100, { noun: 'gpu', hedge: 'atLeast' })]],
  ['more than 5 ms', [m('more than 5 ms', 0.005, 's', { hedge: 'atLeast' })]],
  ['≥ 5 GB', [m('≥ 5 GB', 5e9, 'B', { hedge: 'atLeast' })]],
  ['at least 2x', [x('at least 2x', 2, { hedge: 'atLeast' })]],
  ['100T+ tokens', [c('100T+ tokens', 1e14, { noun: 'token', hedge: 'atLeast' })]],
  ['500-plus GPUs', [c('500-plus GPUs', 500, { noun: 'gpu', hedge: 'atLeast' })]],
  ['north of $1B', [m('north of $1B', 1e9, 'USD', { hedge: 'atLeast' })]],
  ['under 10 ms', [m('under 10 ms', 0.01, 's', { hedge: 'atMost' })]],
  ['less than 5%', [pc('less than 5%', 5, { hedge: 'atMost' })]],
  ['<5 ms', [m('<5 ms', 0.005, 's', { hedge: 'atMost' })]],
  ['≤ 8 GB', [m('≤ 8 GB', 8e9, 'B', { hedge: 'atMost' })]],
  ['up to 30 GB', [m('up to 30 GB', 30e9, 'B', { hedge: 'atMost' })]],
  ['at most 4 GPUs', [c('at most 4 GPUs', 4, { noun: 'gpu', hedge: 'atMost' })]],
  ['below 1 W', [m('below 1 W', 1, 'W', { hedge: 'atMost' })]],
  ['> 100 GB at line start is a blockquote', [m('100 GB', 100e9, 'B')]],
  ['x -> 5 GB', [m('5 GB', 5e9, 'B')]],
  ['<b>5 GB</b> and (>2x)', [m('5 GB', 5e9, 'B'), x('>2x', 2, { hedge: 'atLeast' })]],

  // --- multipliers and percent ---------------------------------------------------------------------------------------
  ['8x', [x('8x', 8)]],
  ['8×', [x('8×', 8)]],
  ['300 times faster', [x('300 times', 300)]],
  ['twice as fast', [x('twice', 2)]],
  ['three times larger', [x('three times', 3)]],
  ['2.5x speedup', [x('2.5x', 2.5, { sig: 2 })]],
  ['50%', [pc('50%', 50)]],
  ['50 percent', [pc('50 percent', 50)]],
  ['12.5 %', [pc('12.5 %', 12.5)]],

  // --- word numbers ---------------------------------------------------------------------------------------------------------
  ['a dozen GPUs', [c('a dozen GPUs', 12, { noun: 'gpu' })]],
  ['a thousand tokens', [c('a thousand tokens', 1000, { noun: 'token' })]],
  ['a million GPUs', [c('a million GPUs', 1e6, { noun: 'gpu' })]],
  ['a terabyte', [m('a terabyte', 1e12, 'B')]],
  ['a billion tokens', [c('a billion tokens', 1e9, { noun: 'token' })]],
  ['six days', [m('six days', 6 * 86400, 's')]],
  ['two GPUs', [c('two GPUs', 2, { noun: 'gpu' })]],
  ['half a terabyte', [m('half a terabyte', 0.5e12, 'B')]],
  ['twenty-five layers', [c('twenty-five layers', 25, { noun: 'layer' })]],
  ['two million users', [c('two million users', 2e6, { noun: 'user' })]],
  ['about two GPUs', [c('about two GPUs', 2, { noun: 'gpu', hedge: 'approx' })]],
  // compounds: each was read as its last part ("fifty-six GPUs", "half terabytes") or its first ("one hundred" GPUs)
  ['one hundred and twenty GPUs', [c('one hundred and twenty GPUs', 120, { noun: 'gpu', sig: 2 })]],
  ['one hundred twenty GPUs', [c('one hundred twenty GPUs', 120, { noun: 'gpu', sig: 2 })]],
  ['two hundred fifty-six GPUs', [c('two hundred fifty-six GPUs', 256, { noun: 'gpu', sig: 3 })]],
  ['The MI300X has one hundred ninety-two gigabytes', [m('one hundred ninety-two gigabytes', 192e9, 'B', { sig: 3 })]],
  ['one thousand two hundred GPUs', [c('one thousand two hundred GPUs', 1200, { noun: 'gpu', sig: 2 })]],
  ['one thousand and twenty-four tokens', [c('one thousand and twenty-four tokens', 1024, { noun: 'token', sig: 4 })]],
  ['two million five hundred thousand tokens', [c('two million five hundred thousand tokens', 2.5e6, { noun: 'token', sig: 2 })]],
  ['twenty five layers', [c('twenty five layers', 25, { noun: 'layer', sig: 2 })]],
  ['one and a half terabytes of HBM', [m('one and a half terabytes', 1.5e12, 'B', { sig: 2 })]],
  // spoken, as transcripts write it: decimals after "point", "gigs", rates "a second"
  ['two point five terabytes', [m('two point five terabytes', 2.5e12, 'B', { sig: 2 })]],
  ['H200 bandwidth is four point eight terabytes a second', [m('four point eight terabytes a second', 4.8e12, 'B/s', { per: 's', sig: 2 })]],
  ['three point three five TB/s', [m('three point three five TB/s', 3.35e12, 'B/s', { per: 's', sig: 3 })]],
  ['a hundred and ninety-two gigs of HBM', [m('a hundred and ninety-two gigs', 192e9, 'B', { sig: 3 })]],
  ['about one and a half terabytes per second', [m('about one and a half terabytes per second', 1.5e12, 'B/s', { hedge: 'approx', per: 's', sig: 2 })]],
  ['two and a half thousand GPUs', [c('two and a half thousand GPUs', 2500, { noun: 'gpu', sig: 2 })]],
  ['one and a half million tokens', [c('one and a half million tokens', 1.5e6, { noun: 'token', sig: 2 })]],
  ['two and a quarter hours', [m('two and a quarter hours', 2.25 * 3600, 's')]],
  // fractions of a unit (the "a petaflop" at the end was read as a whole one)
  ['three-quarters of a petaflop', [m('three-quarters of a petaflop', 7.5e14, 'FLOP/s', { per: 's', sig: 1 })]],
  ['three quarters of a terabyte', [m('three quarters of a terabyte', 7.5e11, 'B', { sig: 1 })]],
  ['a quarter of a petaflop', [m('a quarter of a petaflop', 2.5e14, 'FLOP/s', { per: 's', sig: 1 })]],
  ['a quarter of an hour', [m('a quarter of an hour', 900, 's')]],
  ['two-thirds of a terabyte', [m('two-thirds of a terabyte', 2e12 / 3, 'B', { sig: 1 })]],
  ['a quarter of a million GPUs', [c('a quarter of a million GPUs', 250000, { noun: 'gpu' })]],
  ['a quarter million GPUs', [c('a quarter million GPUs', 250000, { noun: 'gpu' })]],
  // ranges in words: the scale word of the upper bound applies to both
  ['We need two to three thousand GPUs.', [c('two to three thousand GPUs', 2500, { noun: 'gpu', range: [2000, 3000], sig: 1 })]],
  ['about two to three thousand GPUs', [c('about two to three thousand GPUs', 2500, { noun: 'gpu', range: [2000, 3000], hedge: 'approx' })]],
  ['between five and ten thousand H100s', [c('between five and ten thousand', 7500, { range: [5000, 10000] })]],
  ['twenty to thirty milliseconds per step', [m('twenty to thirty milliseconds per step', 0.025, 's/step', { range: [0.02, 0.03], per: 'step' })]],
  ['two or three thousand GPUs', [c('two or three thousand GPUs', 2500, { noun: 'gpu', range: [2000, 3000] })]],
  ['one or two GPUs', [c('one or two GPUs', 1.5, { noun: 'gpu', range: [1, 2] })]],
  ['two–three thousand GPUs', [c('two–three thousand GPUs', 2500, { noun: 'gpu', range: [2000, 3000] })]],
  ['two to three hundred GPUs', [c('two to three hundred GPUs', 250, { noun: 'gpu', range: [200, 300] })]],
  ['two to three hundred thousand tokens', [c('two to three hundred thousand tokens', 250000, { noun: 'token', range: [2e5, 3e5] })]],
  ['two or three dozen GPUs', [c('two or three dozen GPUs', 30, { noun: 'gpu', range: [24, 36] })]],
  ['two thousand to three thousand GPUs', [c('two thousand to three thousand GPUs', 2500, { noun: 'gpu', range: [2000, 3000] })]],
  ['a hundred to two hundred thousand GPUs', [c('a hundred to two hundred thousand GPUs', 150000, { noun: 'gpu', range: [1e5, 2e5] })]],
  ['five hundred to a thousand GPUs', [c('five hundred to a thousand GPUs', 750, { noun: 'gpu', range: [500, 1000] })]],
  ['five to a thousand GPUs', [c('five to a thousand GPUs', 502.5, { noun: 'gpu', range: [5, 1000] })]],
  ['one and a half to two terabytes', [m('one and a half to two terabytes', 1.75e12, 'B', { range: [1.5e12, 2e12] })]],
  ['twenty to thirty percent', [pc('twenty to thirty percent', 25, { range: [20, 30] })]],
  ['two to three times faster', [x('two to three times', 2.5, { range: [2, 3] })]],
  ['two to three billion dollars', [m('two to three billion dollars', 2.5e9, 'USD', { range: [2e9, 3e9] })]],
  ['two to 3 weeks', [m('two to 3 weeks', 2.5 * 7 * 86400, 's', { range: [14 * 86400, 21 * 86400] })]],
  ['five thousand to 10k GPUs', [c('five thousand to 10k GPUs', 7500, { noun: 'gpu', range: [5000, 10000] })]],
  // a magnitude word before a product name counts it
  ['ten thousand H100s', [c('ten thousand', 10000)]],
  ['a hundred thousand H100s', [c('a hundred thousand', 100000)]],

  // --- significant digits ------------------------------------------------------------------------------------------------------
  ['20 GPUs', [c('20 GPUs', 20, { noun: 'gpu', sig: 1 })]],
  ['300 GPUs', [c('300 GPUs', 300, { noun: 'gpu', sig: 1 })]],
  ['0.05 s', [m('0.05 s', 0.05, 's', { sig: 1 })]],
  ['1.30 ms', [m('1.30 ms', 0.0013, 's', { sig: 3 })]],

  // --- mixed prose --------------------------------------------------------------------------------------------------------------------
  [
    'Llama 3 has 8 GPUs; CUDA 12 on H100 with 80 GB',
    [c('8 GPUs', 8, { noun: 'gpu' }), m('80 GB', 80e9, 'B')],
  ],
  ['In 2024, Nvidia shipped 3.76M GPUs', [c('3.76M GPUs', 3.76e6, { noun: 'gpu', sig: 3 })]],
  ['B200: 8 TB/s, 192 GB, 1,000 W', [m('8 TB/s', 8e12, 'B/s', { per: 's' }), m('192 GB', 192e9, 'B'), m('1,000 W', 1000, 'W')]],
  ['**141 GB** of HBM3e at _4.8 TB/s_', [m('141 GB', 141e9, 'B'), m('4.8 TB/s', 4.8e12, 'B/s', { per: 's' })]],
  ['| H100 | 80 GB | 3.35 TB/s |', [m('80 GB', 80e9, 'B'), m('3.35 TB/s', 3.35e12, 'B/s', { per: 's' })]],
];

// Texts that contain no quantity at all.
const NEGATIVES: string[] = [
  '2012',
  '2024:',
  '(2012 Alexnet)',
  'in 2025',
  'by 2030, maybe ~2030',
  'the 1990s',
  '2025-01-28',
  'Mar 18, 2025',
  '18 March 2025',
  '03/18/2025',
  '2024-25',
  '6:30 PM',
  '5:30',
  '18:00',
  '7 PM',
  '7pm',
  'GPT-5',
  'GPT-4o',
  'H100',
  'B200',
  'GB200 NVL72',
  'MI300X',
  'FP8 and BF16',
  'HBM3e',
  'x86',
  'Llama 3',
  'Gemini 3.1',
  'v5e',
  'TPU v5p',
  'PCIe 5.0',
  'CUDA 12',
  'Python 3.11',
  'iOS 17',
  'M3',
  'A100',
  'Qwen3-235B',
  'DeepSeek-V3',
  'gpt-oss-120b',
  'Mixtral 8x7B',
  'version 1.2.3',
  '#494',
  'No. 5',
  'Ep. 12',
  'episode 494',
  'issue 42',
  '1. First item',
  '2) Second item',
  'text[^1]',
  'see [3]',
  'a1b2',
  '1st',
  '3rd',
  'the 2nd',
  'one',
  'a',
  'a GPU',
  'wait a second',
  'the 8-bit format',
  'layer 5',
  'NVLink 5',
  "back in '24",
  'Room 101',
  'see Figure 3 and Table 2',
  'at 10am or 10 a.m.',
  'the 4o-mini model',
  '2^10 entries',
  'on 28-01-2025 call 555-123-4567',
  // words: prose, vague amounts, and ranges that cannot be read safely
  'one of the two talks',
  'the first three speakers',
  'one thing to note',
  'one or more GPUs',
  'one to one mapping',
  'two to three of them',
  'a hundred or so',
  'at ten to two',
  'two thousand',
  'in two thousand and five',
  'thanks a million',
  'a few hundred GB/s',
  'a couple hundred GB/s',
  'several thousand GPUs',
  'tens of thousands of GPUs',
  'hundreds of thousands of tokens',
  'dozens of GPUs',
  'a few hundred to a thousand GPUs',
  'a few hundred to 1,000 GPUs',
  'dozens to 100 GPUs',
  'tens of thousands to 100k GPUs',
  'five to 10k GPUs',
  'five to 10,000 GPUs',
  'one to ten thousand GPUs',
  'from eight to sixteen thousand GPUs',
  'two to three thousand five hundred GPUs',
  'nineteen ninety-five GPUs',
  'one thousand two-GPU nodes',
  'twenty one-hour sessions',
  'a million and a half tokens',
  'a fraction of a petaflop',
  'most of a terabyte',
  'three quarters of the GPUs',
  'a quarter of the GPUs',
  'two — three GPUs',
];

describe('parseQuantities table', () => {
  for (const [text, exps] of CASES) {
    test(text, () => {
      const qs = parseQuantities(text);
      assert.deepEqual(
        qs.map((q) => q.raw),
        exps.map((e) => e.raw),
        `quantities of ${JSON.stringify(text)}`,
      );
      qs.forEach((q, k) => check(text, q, exps[k]!));
    });
  }
});

describe('not quantities', () => {
  for (const text of NEGATIVES) {
    test(text, () => {
      assert.deepEqual(
        parseQuantities(text).map((q) => q.raw),
        [],
      );
    });
  }
});

describe('word numbers: no part of a phrase passes for the whole figure', () => {
  // The digits stay what they were; what must not appear is a figure read from the words alone.
  const rows: Array<[string, string[]]> = [
    ['1 and a half TB', ['1']],
    ['1 and a half million tokens', ['1']],
    ['5 to ten ms', ['5']],
    ['2 to three thousand GPUs', ['2']],
    ['between 5 and ten thousand GPUs', ['5']],
  ];
  for (const [text, raws] of rows) {
    test(text, () => assert.deepEqual(parseQuantities(text).map((q) => q.raw), raws));
  }
});

describe('table size', () => {
  test('at least 120 cases', () => {
    assert.ok(CASES.length + NEGATIVES.length >= 120, `${CASES.length + NEGATIVES.length}`);
  });
});

describe('options and helpers', () => {
  test('start/end scan a region and keep absolute offsets', () => {
    const text = 'H100: 80 GB here; then 10 ms and 5 GB';
    const start = text.indexOf('then');
    const end = text.indexOf(' and');
    const qs = parseQuantities(text, { start, end });
    assert.deepEqual(
      qs.map((q) => [q.raw, q.span.start]),
      [['10 ms', text.indexOf('10 ms')]],
    );
  });

  test('a quantity cut by the region end only sees the region', () => {
    const text = '5 GB';
    const qs = parseQuantities(text, { start: 0, end: 1 });
    assert.deepEqual(
      qs.map((q) => q.raw),
      ['5'],
    );
  });

  test('blanked regions keep offsets', () => {
    const text = 'See                          : 2 KB per token';
    const q = parseQuantities(text)[0]!;
    assert.equal(q.span.start, text.indexOf('2 KB'));
  });

  test('parseQuantity returns the first quantity', () => {
    const q = parseQuantity('the H200 has 141 GB and 4.8 TB/s');
    assert.ok(q);
    assert.equal(q.raw, '141 GB');
    assert.equal(parseQuantity('no numbers here'), undefined);
  });

  test('raw is a string equal to the span text', () => {
    const text = 'x'.repeat(100) + ' about 2,000 to 3,000 tokens per second ' + 'y'.repeat(100);
    const q = parseQuantity(text)!;
    assert.equal(q.raw, 'about 2,000 to 3,000 tokens per second');
    assert.equal(q.raw, text.slice(q.span.start, q.span.end));
  });
});

describe('formatQuantity', () => {
  const rows: Array<[number, string, string]> = [
    [0.0294, 's', '29.4 ms'],
    [4.8e12, 'B/s', '4.8 TB/s'],
    [989e12, 'FLOP/s', '989 TFLOP/s'],
    [141e9, 'B', '141 GB'],
    [1e12, 'USD', '$1T'],
    [1.3e6, '', '1.3M'],
    [2000, 'B/token', '2 KB/token'],
    [128000, 'tokens/s', '128K tokens/s'],
    [8, 'x', '8x'],
    [50, '%', '50%'],
    [700, 'W', '700 W'],
    [120e3, 'W/rack', '120 kW/rack'],
    [40000, 'USD/GPU', '$40K/GPU'],
    [0.0001234, 's', '123 µs'],
    [5.9e23, 'FLOP', '5.9e23 FLOP'],
    [1.98e9, 'Hz', '1.98 GHz'],
    [999.96e9, 'B', '1 TB'],
    [2.5, 'USD', '$2.5'],
    [300, '', '300'],
    [90, 's', '90 s'],
    [3 * 3600, 's', '3 h'],
    [6 * 86400, 's', '6 days'],
    [400000 * YEAR, 's', '400000 years'],
  ];
  for (const [v, unit, want] of rows) {
    test(`${v} ${unit} → ${want}`, () => assert.equal(formatQuantity(v, unit), want));
  }
  test('formatted values parse back', () => {
    for (const [v, unit] of rows) {
      if (unit === 'W/rack' || unit === 'USD/GPU') continue;
      const q = parseQuantity(formatQuantity(v, unit));
      assert.ok(q, `${v} ${unit}`);
      assert.ok(Math.abs(q.value - v) <= 0.005 * v, `${formatQuantity(v, unit)} → ${q.value}`);
    }
  });
});

test('dots group thousands in German, Spanish and French statements, and stay decimal points in English', () => {
  assert.equal(writesDotThousands('Das H100-Cluster hat 16.384 GPUs und jede hat 80 GB.'), true);
  assert.equal(writesDotThousands('El clúster tiene 10.000 GPUs H100, cada una con 80 GB.'), true);
  assert.equal(writesDotThousands('Un B200 consume 1.000 W.'), true);
  assert.equal(writesDotThousands('The H100 draws 1.000 kW per node.'), false, 'English');
  assert.equal(writesDotThousands('Der Durchsatz ist 3.35 TB/s und mehr.'), false, 'no dot before exactly three digits');
  const values = (s: string) => parseQuantities(s, { dotThousands: writesDotThousands(s) }).map((q) => q.value);
  assert.deepEqual(values('Das Cluster hat 16.384 GPUs und 1.000.000 Kerne.'), [16384, 1e6]);
  assert.deepEqual(values('Der Chip hat 3,35 TB/s und 2.5 PFLOPS.'), [3.35e12, 2.5e15], 'decimal commas and two-digit fractions are untouched');
  assert.deepEqual(values('The H100 draws 1.000 kW.'), [1000]);
  const b200 = analyzeNote('n.md', 'Un B200 consume 1.000 W.').claims[0]!;
  assert.equal(b200.quantity.value, 1000);
  assert.equal(b200.evaluation.verdict, 'consistent', b200.evaluation.reason);
});

test('Japanese, Chinese and Korean: counters name the noun, 倍/배 are multipliers, 約/约/약 hedge', () => {
  const [gpus] = parseQuantities('72個のGPUで');
  assert.equal(gpus!.value, 72);
  assert.equal(gpus!.noun, 'gpu');
  assert.equal(parseQuantities('H100 72개의 GPU로')[0]!.noun, 'gpu');
  assert.equal(parseQuantities('8块GPU')[0]!.noun, 'gpu');
  const [times] = parseQuantities('B200は約2.4倍');
  assert.equal(times!.kind, 'multiplier');
  assert.equal(times!.value, 2.4);
  assert.equal(times!.hedge, 'approx');
  assert.equal(parseQuantities('약 50 kW를 소비한다')[0]!.hedge, 'approx');
  assert.equal(parseQuantities('대역폭은 2.4배')[0]!.kind, 'multiplier');
  // 約 at the end of a word ("契約", a contract) is no hedge.
  assert.equal(parseQuantities('契約100 GB')[0]!.hedge, 'exact');
});

test('Japanese and Korean notes: weights, decode steps and fleets are read in their own words', () => {
  const note = analyzeNote('ja.md', '# メモ\n\nLlama 3.1 70BをFP8で動かすと重みは約70 GB。H200一枚（4.8 TB/s）でLlama 3.1 70BをFP8でデコードすると1ステップは約15 ms。\n\nH100 72개의 GPU로 구성된 클러스터는 약 50 kW를 소비한다.\n');
  const by = (raw: RegExp) => note.claims.find((c) => raw.test(c.quantity.raw))!;
  assert.match(by(/70 GB/).subject, /weights of Llama 3\.1 70B in FP8/);
  assert.equal(by(/15 ms/).evaluation.verdict, 'consistent');
  assert.equal(by(/50 kW/).evaluation.verdict, 'consistent');
  assert.match(by(/50 kW/).evaluation.derivation.join('\n'), /72 × 700 W/);
});

/** The one quantity `s` holds (fails when it holds none or several). */
function one(s: string): Quantity {
  const q = parseQuantities(s);
  assert.equal(q.length, 1, `${s}: ${JSON.stringify(q.map((x) => x.raw))}`);
  return q[0]!;
}

test('a street number is no quantity ("548 Market St")', () => {
  assert.deepEqual(parseQuantities('The meetup is at 548 Market St in SF, 2 blocks away.').map((q) => q.raw), ['2 blocks']);
});

test('audit 10: ranges with a spaced hyphen, "±", space thousands before a unit, negated and postfix bounds, strike marks', () => {
  assert.deepEqual(one('TTFT is 3 - 5 ms.').range, [0.003, 0.005]);
  assert.deepEqual(one('Bandwidth is 1.5 - 2 TB/s.').range, [1.5e12, 2e12]);
  assert.deepEqual(parseQuantities('141 GB - 80 GB = 61 GB').map((q) => q.value), [141e9, 80e9, 61e9], 'a difference of figures with units is no range');
  const pm = one('The H100 SXM draws 700 ± 50 W.');
  assert.deepEqual([pm.value, pm.unit, pm.hedge], [700, 'W', 'approx']);
  assert.equal(one('NVLink 5 gives 1 800 GB/s per GPU.').value, 1.8e12);
  assert.equal(one('The B200 draws 1 000 W.').value, 1000);
  assert.equal(one('The node has 1 024 GB of memory.').value, 1.024e12);
  assert.equal(parseQuantities('8 100 GB cards').length, 2, 'eight cards of 100 GB');
  assert.equal(one('It never draws more than 800 W.').hedge, 'atMost');
  assert.equal(one("It doesn't use over 80 GB.").hedge, 'atMost');
  assert.equal(one('not less than 80 GB').hedge, 'atLeast');
  assert.equal(one('The H100 SXM draws 600 W or more.').hedge, 'atLeast');
  assert.equal(one('700 W max').hedge, 'atMost');
  assert.equal(one('The H100 SXM draws max 800 W.').hedge, 'atMost');
  assert.equal(one('≲ 5 ms').hedge, 'atMost');
  assert.deepEqual(parseQuantities('H100 SXM has ~~96 GB~~ 80 GB of HBM3.').map((q) => q.hedge), ['exact', 'exact'], 'closing tildes are no "about"');
  assert.equal(one('H100 SXM peaks at 9.89E14 FLOPS dense BF16.').unit, 'FLOP/s');
  assert.equal(one('3.8e25 FLOPS of training').unit, 'FLOP');
  assert.equal(one('GPT-3 took 3,640 PFLOP-days.').value, 3640e15 * 86400);
});

test('audit 10: prices per scaled tokens and per GPU hour, line rates in bits, decades', () => {
  assert.deepEqual([one('Output is $0.60/1M tokens.').value, one('Output is $0.60/1M tokens.').unit], [6e-7, 'USD/token']);
  assert.equal(one('$0.002/1K tokens').value, 2e-6);
  assert.equal(one('Pricing: $15/MTok output.').value, 1.5e-5);
  assert.equal(one('It costs $2 per GPU hour.').unit, 'USD/GPU-hour');
  assert.deepEqual(parseQuantities('on 03/18/2025 and 1/2 of it'), [], 'dates and fractions stay out');
  assert.deepEqual([one('Each GPU gets a 400Gb NIC.').value, one('Each GPU gets a 400Gb NIC.').unit], [5e10, 'B/s']);
  assert.equal(one('A 10 gbps link').unit, 'B/s');
  assert.equal(one('80 Gb of memory').unit, 'B', 'bits of memory stay a size');
  assert.deepEqual(parseQuantities('in the 90s it was different, in their 30s'), []);
  assert.equal(one('it took 90s to load').value, 90);
});

test('audit 10: ranges whose bounds both carry a per-clause, and LaTeX times signs', () => {
  assert.deepEqual(one('2 TB/s–3 TB/s').range, [2e12, 3e12]);
  assert.deepEqual(one('500 GB/s–1 TB/s').range, [5e11, 1e12]);
  assert.deepEqual(one('2 TB/s to 3 TB/s').range, [2e12, 3e12]);
  assert.equal(one('$2/hr to $3/hr').unit, 'USD/s');
  assert.equal(parseQuantities('ranges from 2 TB/s to 1 TB/s').length, 2, 'a falling pair is no range');
  assert.equal(one('with 3.8 \\times 10^{25} FLOP.').value, 3.8e25);
});

test('slash-joined pairs: "989/1979 TFLOPS" is two figures in the unit after the second; dates and fractions are not', () => {
  const pair = parseQuantities('The H100 does 989/1979 TFLOPS of BF16 dense/sparse.');
  assert.deepEqual(pair.map((q) => [q.raw, q.value, q.unit]), [
    ['989', 989e12, 'FLOP/s'],
    ['1979 TFLOPS', 1979e12, 'FLOP/s'],
  ]);
  assert.deepEqual(pair.map((q) => q.qualifiers?.sparsity), ['dense', 'sparse'], 'labelled in order');
  assert.deepEqual(parseQuantities('B200: 2.25/4.5 PFLOPS FP16/FP8 dense').map((q) => q.qualifiers?.precision), ['fp16', 'fp8']);
  assert.deepEqual(parseQuantities('H100 vs H200: 3.35/4.8 TB/s').map((q) => q.value), [3.35e12, 4.8e12]);
  assert.equal(parseQuantities('~1979/3958 TFLOPS')[0]!.hedge, 'approx', 'a hedge before the pair covers both');
  assert.deepEqual(parseQuantities('on 3/18/2025 at 1/2 price, 24/7, 4/8 GPUs'), []);
});

test('a count hyphenated to a chip\'s model number ("a 24,576-H100 cluster") counts chips; "the 3.1 model card" counts nothing', () => {
  const fleet = parseQuantities('A 24,576-H100 cluster is about 24 exaflops');
  assert.equal(fleet[0]!.value, 24576);
  assert.equal(fleet[0]!.noun, 'gpu');
  assert.equal(parseQuantities('a 512-MI300X pod')[0]!.value, 512);
  assert.deepEqual(parseQuantities('The 3.1 model card lists'), []);
  assert.deepEqual(parseQuantities('GPT-4-class models and 3-D parallelism'), []);
});

test('formatQuantity: energy reads in joules per token and watt-hours in total, and parses back', () => {
  const cases: [number, string, string][] = [
    [0.233, 'W·s/token', '0.233 J/token'],
    [0.0004, 'W·s/token', '400 µJ/token'],
    [3.6e12, 'W·s', '1 GWh'],
    [5e3, 'W·s', '5 kJ'],
  ];
  for (const [value, unit, text] of cases) {
    assert.equal(formatQuantity(value, unit), text);
    const back = parseQuantities(text)[0]!;
    assert.ok(Math.abs(back.value - value) < 1e-9 * value, `${text} reads back as ${back.value}`);
  }
});

test('a square or cube of an integer is that number: "8192²", "4096³" (matrix sizes); "10²³" stays a power of ten', () => {
  assert.equal(parseQuantities('8192² × 2 bytes')[0]!.value, 8192 ** 2);
  assert.equal(parseQuantities('2 × 4096³ = 137 GFLOP')[1]!.value, 4096 ** 3);
  assert.equal(parseQuantities('6.02*10²³')[0]!.value, 6.02e23);
  assert.equal(parseQuantities('10² GPUs')[0]!.value, 100);
});
