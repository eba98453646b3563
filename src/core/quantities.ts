// Detects numeric quantities in prose ("~2 KB per token", "$7-8 billion", "989 TFLOPS dense
// BF16") and normalises them to canonical units: s, B, B/s, FLOP, FLOP/s, W, Hz, USD, plain
// counts (with an optional counted noun), x for multipliers and % (50 for "50%").
//
// How it works: a hand-written scanner. The main loop only stops at digits and at a handful
// of word-number words ("two", "a dozen", "twice"); from there it reads the number literal
// (scan.ts) or the number in words (words.ts), looks back for a currency sign and hedge
// (context.ts), and forward for a magnitude, a unit / noun / % / x, a range's upper bound and
// per-clauses (tail.ts). Every look-around is bounded and no regex runs over the note, so the
// cost is linear in the text and safe on adversarial input.
//
// Numbers in words: cardinals ("two hundred and fifty-six", "one thousand two hundred", "one and
// a half", "a dozen"), fractions of a spelled unit or a magnitude ("three-quarters of a petaflop",
// "a quarter million"), and ranges ("two to three thousand GPUs", "between five and ten thousand
// H100s", "twenty to thirty milliseconds", "two or three", "two–three"). A scale word only the
// upper bound has ("thousand") applies to both bounds when the lower one lacks it, the bounds are
// at most 5x apart and no "from" comes before ("from eight to sixteen thousand GPUs" may start at
// 8); "one to ten thousand" and "five to 10k" are left unread rather than guessed. Vague amounts
// ("a few hundred", "several", "tens of thousands") have no value and are not read, and neither is
// a figure that ends a range starting with one ("a few hundred to a thousand GPUs"), nor a number
// word inside a phrase that did not parse ("nineteen ninety-five"). Without a unit or noun only a
// range with "hundred" or a magnitude word, or a figure with a magnitude word before a product
// name ("ten thousand H100s"), is a quantity.
//
// Disambiguation rules:
// - "B" after a number is a billion after a currency ("$7B"), before a count noun ("7B
//   params", "100B training tokens") or when glued to the number with nothing unit-like after
//   it ("Llama 3.1 70B" → 70e9, noun 'param'); it is bytes when spaced ("80 B"), followed by
//   "/" ("2 B/s") or by a per-clause ("2B per token"). "bn" is always a billion; KB, MB, GB,
//   TB, PB, EB and KiB… are always bytes; Kb, Mb, Gb, Gbit, Gbps (capital prefix, small b)
//   are bits, converted to bytes (400 Gb/s → 50e9 B/s). "405B model" counts params.
// - FLOP vs FLOP/s: SI-prefixed FLOPS/FLOPs/flops (TFLOPS, PFLOPs), TOPS, PF/TF/EF and the
//   spelled teraflops/petaflops/exaflops (any case) are rates; FLOP, FLOPs, flops and prefixed
//   singular TFLOP/PFLOP are counts (a rate only with "/s"); unprefixed all-caps "FLOPS" is a
//   rate unless the number is written as a training budget (scientific notation or ≥ 1e21),
//   then it is a count. "PF-days" / "petaflop/s-days" are FLOP counts.
// - Years: a bare 4-digit integer 1900–2100 (no unit, magnitude, currency or noun; a hedge or
//   range does not help) is a year and never a quantity; "2024 GPUs" and "2,024 tokens" are
//   counts. "years" is a duration only as a unit after a number ("3-5 years").
// - Other bare numbers (no unit, noun, magnitude, currency) are dropped after a name or
//   version word ("Llama 3", "CUDA 12", "NVLink 5", "episode 494", "No. 5", "layer 5"), next
//   to a month ("Mar 18"), as list markers ("1. ", "2) "), citations ("[3]") and "'24".
// - Numbers glued on the left to a letter, digit, "-", ".", "/", "#", "@", "^" or "&" are part
//   of a name ("H100", "GPT-5", "Qwen3-235B", "#494"); numbers glued on the right to
//   something that is not a unit are names too ("8x7B", "1st", "4o").
// - Rates: `per` lists the denominators as written, singular and lowercase ('s', 'token',
//   'gpu', 'token/layer', 's/user'); a one-word rate unit (Gbps, TFLOPS) implies 's'. Time
//   denominators other than seconds are converted: "$2/hour" is 2/3600 USD/s with per 'hour'.
//   Scaled denominators are folded in: "$0.50 per million tokens" is 5e-7 USD/token.

import type { Dimension, Hedge, Quantity, QuantityKind } from './types.js';
import {
  BASE_DIM,
  DAY,
  F_FLOPS_AMBIG,
  F_SPELLED_PREFIXED,
  MAGNITUDE_WORDS,
  UNITS_EXACT,
  UNITS_LOWER,
  USD_DEF,
  WORD_NUMBERS,
  WORD_NUMBER_STARTS,
  displayNoun,
  lookupUnit,
  pluralNoun,
  type BaseUnit,
  type UnitDef,
} from './quantities/lexicon.js';
import { isBareRejected, qualifierPair, qualifiersBefore, readPrefix, readQualifiers, type Prefix, type Quals } from './quantities/context.js';
import {
  MEASURE_PER_NAME,
  REJECT,
  isNetworkRate,
  readConnector,
  readHead,
  readPer,
  readPlus,
  readSlot,
  sameSlot,
  defValue,
  slotValue,
  type Head,
  type HeadOpts,
  type Slot,
} from './quantities/tail.js';
import {
  cc,
  digitsEnd,
  fresh,
  isAsciiLetter,
  isDigit,
  isHSpace,
  isLetter,
  isWordChar,
  leftBoundaryOk,
  lettersEnd,
  litValue,
  readNumber,
  sigDigits,
  skipGlued,
  skipSpace,
  slice,
  type Ctx,
  type NumLit,
} from './quantities/scan.js';
import {
  afterVagueConnector,
  continuesNumber,
  continuesWordNumber,
  DENOMINATOR_WORDS,
  isDenominator,
  nameAhead,
  nextWord,
  readCardinal,
  readFraction,
  simpleWordNum,
  wordBeforeIs,
  wordLit,
  type Fraction,
  type WordNum,
} from './quantities/words.js';

export { formatQuantity } from './quantities/format.js';

export interface ParseQuantitiesOptions {
  /** First offset to scan (default 0). */
  start?: number;
  /** Offset to stop scanning at, exclusive (default text.length). */
  end?: number;
  /** A dot followed by three digits groups thousands ("1.000 W", "16.384 GPUs"), as German, Spanish, French,
   *  Italian and Portuguese write them; see `writesDotThousands`. */
  dotThousands?: boolean;
}

// ---------------------------------------------------------------------------
// Building the quantity

/** BASE_DIM as exponent vectors [s, B, FLOP, W, USD] (a missing exponent is 0): one shape, fast to read. */
type DimVec = readonly [number, number, number, number, number];
const NO_DIM_VEC: DimVec = [0, 0, 0, 0, 0];
const DIM_VEC = new Map<string, DimVec>();
for (const [base, d] of Object.entries(BASE_DIM) as [string, Dimension][]) DIM_VEC.set(base, [d.s ?? 0, d.B ?? 0, d.FLOP ?? 0, d.W ?? 0, d.USD ?? 0]);

function makeDim(s: number, B: number, FLOP: number, W: number, USD: number): Dimension {
  const d: Dimension = {};
  if (s !== 0) d.s = s;
  if (B !== 0) d.B = B;
  if (FLOP !== 0) d.FLOP = FLOP;
  if (W !== 0) d.W = W;
  if (USD !== 0) d.USD = USD;
  return d;
}

function emit(
  ctx: Ctx,
  pre: Prefix,
  loLit: NumLit,
  head: Head,
  loMag: number,
  hiLit: NumLit | null,
  hiMag: number,
  sig: number,
  wordNumber: boolean,
  /** The lower bound's own unit when it differs in scale ("500 MB to 2 GB"). */
  loUnit: UnitDef | null = null,
): number | null {
  const slot = head.slot;
  let p = head.end;
  let kind: QuantityKind = 'count';
  let base: BaseUnit | 'x' | '%' | '' = '';
  let unitLabel = '';
  let noun: string | undefined;
  let def: UnitDef | null = null;
  if (slot !== null) {
    if (slot.k === 'pct') {
      kind = 'percent';
      base = '%';
      unitLabel = '%';
    } else if (slot.k === 'x') {
      kind = 'multiplier';
      base = 'x';
      unitLabel = 'x';
    } else if (slot.k === 'unit') {
      kind = 'measure';
      def = slot.def;
      base = slot.def.base;
      unitLabel = base;
    } else {
      noun = slot.noun;
    }
  } else if (pre.currency) {
    kind = 'measure';
    def = USD_DEF;
    base = 'USD';
    unitLabel = 'USD';
  } else if (head.bParam) {
    noun = 'param';
  }
  // "405B model", "a 1T model": a model size, counted in parameters
  if (noun === 'model' && loMag >= 6) noun = 'param';
  // "the 3.1 model card": a version, not a count of models.
  if (noun === 'model' && !loLit.plainInt && hiLit === null) return null;
  if (pre.currency && kind !== 'measure') {
    kind = 'measure';
    def = USD_DEF;
    base = 'USD';
    unitLabel = 'USD';
    noun = undefined;
  }
  // "a 400Gb NIC", "800 Gbit ports": bits before a network word are a line rate, per second.
  if (base === 'B' && def !== null && def.mult === 0.125 && isNetworkRate(ctx, head.end)) {
    base = 'B/s';
    unitLabel = 'B/s';
  }
  const loDef = loUnit ?? def;
  let lo = defValue(loLit, loMag, loDef);
  let hi = hiLit !== null ? defValue(hiLit, hiMag, def) : lo;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  // Dimension exponents, kept in locals and materialised once (no `delete` on the result).
  const bd = base !== '' && base !== 'x' && base !== '%' ? DIM_VEC.get(base)! : NO_DIM_VEC;
  let dS = bd[0];
  let dB = bd[1];
  let dF = bd[2];
  let dW = bd[3];
  let dU = bd[4];
  // Bare "FLOPS" after a training-budget-sized number is a count ("3.8e25 FLOPS"), not a chip's peak written in
  // scientific notation ("9.89E14 FLOPS": no chip or pod reaches 1e20 FLOP/s).
  if (def !== null && (def.flags & F_FLOPS_AMBIG) !== 0 && (loLit.sci ? lo >= 1e20 : lo >= 1e21)) {
    base = 'FLOP';
    unitLabel = 'FLOP';
    dS = 0;
  }
  // Per-clauses
  // A rate unit written in one word ("Gbps", "TFLOPS", "PF") is "per second" too.
  const pers: string[] = base === 'B/s' || base === 'FLOP/s' ? ['s'] : [];
  const implicitS = pers.length === 1;
  let divisor = 1;
  for (let n = 0; n < 3; n++) {
    const r = readPer(ctx, p, base !== '%');
    if (r === null) break;
    const d = r.d;
    if (d.k === 'time') {
      if (dS < 0) {
        // "TFLOPS/s" is a common slip for FLOP/s; other doubled rates stop here.
        if (base === 'FLOP/s' && d.seconds === 1 && r.scale === 1 && implicitS && pers.length === 1) {
          p = r.end;
          continue;
        }
        break;
      }
      divisor *= d.seconds * r.scale;
      dS -= 1;
      if (base === 'B') unitLabel = 'B/s';
      else if (base === 'FLOP') unitLabel = 'FLOP/s';
      else if (base === 'W·s') unitLabel = 'W';
      else if (base === 's') unitLabel = '';
      else unitLabel = (noun !== undefined && pers.length === 0 ? pluralNoun(noun) : unitLabel) + '/s';
      if (base === 'B') base = 'B/s';
      else if (base === 'FLOP') base = 'FLOP/s';
      pers.push(d.name);
    } else if (d.k === 'noun') {
      divisor *= r.scale;
      unitLabel = (noun !== undefined && pers.length === 0 ? pluralNoun(noun) : unitLabel) + '/' + displayNoun(d.noun);
      pers.push(d.noun);
    } else {
      const dd = d.def;
      divisor *= Number('1e' + dd.exp10) * dd.mult;
      const den = DIM_VEC.get(dd.base)!;
      dS -= den[0];
      dB -= den[1];
      dF -= den[2];
      dW -= den[3];
      dU -= den[4];
      unitLabel = (noun !== undefined && pers.length === 0 ? pluralNoun(noun) : unitLabel) + '/' + dd.base;
      pers.push(MEASURE_PER_NAME[dd.base]!);
    }
    p = r.end;
  }
  if (divisor !== 1) {
    lo /= divisor;
    hi /= divisor;
  }
  // "PF-days", "petaflop/s-days": FLOP/s sustained for a day, a FLOP count; "PFLOP-days" too (the singular is read
  // as a count, but no one counts FLOP in days).
  if ((base === 'FLOP/s' || (base === 'FLOP' && /[kKMGTPEZ](?:FLOP|flop)$/.test(slice(ctx, Math.max(ctx.lo, p - 6), p)))) && cc(ctx, p) === 45 && (cc(ctx, p + 1) | 32) === 100) {
    const e = lettersEnd(ctx, p + 1);
    const w = slice(ctx, p + 1, e).toLowerCase();
    if ((w === 'day' || w === 'days') && !isWordChar(cc(ctx, e))) {
      lo *= DAY;
      hi *= DAY;
      base = 'FLOP';
      unitLabel = 'FLOP';
      dS = 0;
      const si = pers.indexOf('s');
      if (si >= 0) pers.splice(si, 1);
      p = e;
    }
  }
  let plus = head.plus;
  const pp = readPlus(ctx, p);
  if (pp > p) {
    plus = true;
    p = pp;
  }
  const bare = kind === 'count' && noun === undefined && pers.length === 0 && loMag === 0 && !wordNumber;
  if (bare && isBareRejected(ctx, pre.start, loLit, p)) return null;
  const quals: Quals = kind === 'measure' || kind === 'count' ? readQualifiers(ctx, p) : { end: p };
  if (base === 'FLOP/s' || base === 'FLOP') qualifiersBefore(ctx, pre.start, quals);
  let hedge: Hedge = pre.hedge;
  if (plus) hedge = 'atLeast';
  // "600 W or more", "700 W max": a bound written after the figure.
  else if (hedge === 'exact' && isHSpace(cc(ctx, p)) && POSTFIX_FIRST.has(cc(ctx, p + 1) | 32)) {
    const after = ctx.t.slice(p, Math.min(ctx.hi, p + 16));
    if (POSTFIX_AT_LEAST.test(after)) hedge = 'atLeast';
    else if (POSTFIX_AT_MOST.test(after)) hedge = 'atMost';
  }
  const start = pre.start;
  const raw = slice(ctx, start, p);
  // "the 90s", "their 30s", "the early 2010s": decades and ages, not seconds.
  if (base === 's' && DECADE.test(raw) && DECADE_BEFORE.test(ctx.t.slice(Math.max(ctx.lo, start - 12), start))) return null;
  const q: Quantity = {
    span: { start, end: p },
    raw: fresh(raw),
    kind,
    value: hiLit !== null ? (lo + hi) / 2 : lo,
    range: hiLit !== null ? [lo, hi] : null,
    unit: unitLabel,
    dimension: makeDim(dS, dB, dF, dW, dU),
    hedge,
    significantDigits: sig,
  };
  if (noun !== undefined) q.noun = noun;
  if (pers.length > 0) q.per = pers.join('/');
  if (quals.precision !== undefined || quals.sparsity !== undefined) {
    q.qualifiers = {};
    if (quals.precision !== undefined) q.qualifiers.precision = quals.precision;
    if (quals.sparsity !== undefined) q.qualifiers.sparsity = quals.sparsity;
  }
  ctx.out.push(q);
  ctx.floor = p;
  ctx.qualEnd = Math.max(p, quals.end);
  return p;
}

// ---------------------------------------------------------------------------
// Entry points from the main loop

// The head options in use (read-only): a year-like number takes no adjectives before its noun.
const HEAD_OPTS: readonly HeadOpts[] = [
  { currency: false, adjLimit: 2, yearLike: false },
  { currency: false, adjLimit: 0, yearLike: true },
  { currency: true, adjLimit: 2, yearLike: false },
  { currency: true, adjLimit: 0, yearLike: true },
];
const WORD_HEAD_OPTS: HeadOpts = { currency: false, adjLimit: 1, yearLike: false };

function headOpts(currency: boolean, yearLike: boolean): HeadOpts {
  return HEAD_OPTS[(currency ? 2 : 0) + (yearLike ? 1 : 0)]!;
}

function scanNumber(ctx: Ctx, i: number): number {
  if (!leftBoundaryOk(ctx, i)) return skipGlued(ctx, i);
  const lit = readNumber(ctx, i);
  if (typeof lit === 'number') return lit;
  const after = cc(ctx, lit.end);
  // "6:30", "18:00" (times, ratios) and "03/18/2025", "1/2" (dates, fractions); but "$0.60/1M tokens" is a price per
  // a scaled count of tokens.
  if ((after === 58 || after === 47) && isDigit(cc(ctx, lit.end + 1)) && !(after === 47 && SCALED_PER.test(ctx.t.slice(lit.end + 1, Math.min(ctx.hi, lit.end + 24))))) {
    if (after === 47) {
      const pair = scanPairedFigures(ctx, i, lit, lit.end + 1);
      if (pair >= 0) return pair;
    }
    return skipGlued(ctx, i);
  }
  if (after === 46 && isLetter(cc(ctx, lit.end + 1))) return skipGlued(ctx, i); // "3.x", "1.e"
  if (lit.plainInt && after === 45 && isDigit(cc(ctx, lit.end + 1))) {
    // "28-01-2025", "555-123-4567": dates and phone numbers, not ranges
    const k = digitsEnd(ctx, lit.end + 1);
    if (cc(ctx, k) === 45 && isDigit(cc(ctx, k + 1))) return skipGlued(ctx, i);
  }
  const pre = readPrefix(ctx, i);
  const yearLike = lit.plainInt && lit.intLen === 4 && Number(lit.mant) >= 1900 && Number(lit.mant) <= 2100;
  const o = headOpts(pre.money, yearLike);
  const head = readHead(ctx, lit, o);
  if (head === null || (lit.decimalComma && head.slot === null && !head.hasMag)) return skipGlued(ctx, i);
  // "1307 vs 989 TFLOPS", "5.3 vs 3.35 TB/s": a bare figure compared with one in a unit is in that unit too.
  if (head.slot === null && !head.hasMag && !pre.money && isHSpace(cc(ctx, head.end)) && (cc(ctx, skipSpace(ctx, head.end, 2)) | 32) === 118) {
    const vs = VERSUS_AFTER.exec(ctx.t.slice(head.end, Math.min(ctx.hi, head.end + 12)));
    if (vs && isDigit(cc(ctx, head.end + vs[0].length))) {
      const pair = scanPairedFigures(ctx, i, lit, head.end + vs[0].length);
      if (pair >= 0) return pair;
    }
  }
  // Range
  let final = head;
  let loMag = head.magExp;
  let hiLit: NumLit | null = null;
  let hiMag = 0;
  let sig = lit.sig;
  let loUnit: UnitDef | null = null;
  let hs = readConnector(ctx, head.end, pre.between, pre.money, head.slot === null && !head.hasMag);
  // "2 TB/s–3 TB/s", "$2/hr to $3/hr": both bounds carry the same per-clause; the lower's is passed over.
  let lowerPer: string | null = null;
  if (hs < 0 && (head.slot !== null || pre.money) && (cc(ctx, head.end) === 47 || isHSpace(cc(ctx, head.end))) && connectorAhead(ctx, head.end)) {
    const per = readPer(ctx, head.end);
    if (per !== null) {
      const hs2 = readConnector(ctx, per.end, pre.between, pre.money, false);
      if (hs2 >= 0) {
        hs = hs2;
        lowerPer = ctx.t.slice(head.end, per.end);
      }
    }
  }
  if (hs >= 0) {
    const hl = readNumber(ctx, hs);
    if (typeof hl !== 'number') {
      const a2 = cc(ctx, hl.end);
      const glued = (a2 === 58 || a2 === 47) && isDigit(cc(ctx, hl.end + 1)) && lowerPer === null;
      const hh = glued ? null : readHead(ctx, hl, headOpts(pre.money, false));
      if (hh !== null) {
        let ok = true;
        if (lowerPer !== null) {
          const per2 = readPer(ctx, hh.end);
          if (per2 === null || ctx.t.slice(hh.end, per2.end) !== lowerPer) ok = false;
        }
        if (head.slot !== null && (hh.slot === null || !sameSlot(head.slot, hh.slot))) ok = false;
        if (head.hasMag && !hh.hasMag) ok = false;
        const lm = head.hasMag ? head.magExp : head.slot === null ? hh.magExp : 0;
        const slot = hh.slot ?? head.slot;
        if (ok) {
          const lv = slotValue(lit, lm, head.slot ?? slot);
          const hv = slotValue(hl, hh.magExp, slot);
          if (!(hv >= lv)) ok = false;
        }
        if (ok) {
          final = { lit: hh.lit, magExp: hh.magExp, hasMag: hh.hasMag, bParam: hh.bParam, plus: head.plus || hh.plus, slot, end: hh.end };
          loMag = lm;
          hiLit = hl;
          hiMag = hh.magExp;
          sig = Math.min(lit.sig, hl.sig);
          if (head.slot !== null && head.slot.k === 'unit') loUnit = head.slot.def;
        }
      }
    }
  }
  // "700 ± 50 W", "2.5 ± 0.3 ms": the figure is the centre, in the tolerance's unit; the tolerance is no claim.
  if (hs < 0 && head.slot === null && !head.hasMag) {
    const pm = skipSpace(ctx, head.end, 2);
    if (cc(ctx, pm) === 0xb1) {
      const tl = readNumber(ctx, skipSpace(ctx, pm + 1, 2));
      const th = typeof tl === 'number' ? null : readHead(ctx, tl, o);
      if (th !== null && th.slot !== null && th.slot.k === 'unit') {
        final = { ...head, slot: th.slot, magExp: th.magExp, hasMag: th.hasMag, end: th.end };
        loMag = th.magExp;
        if (pre.hedge === 'exact') pre.hedge = 'approx';
      }
    }
  }
  // "a few hundred to 1,000 GPUs": the upper end of a vague range is no exact figure
  if (hiLit === null && isHSpace(cc(ctx, pre.start - 1))) {
    const c2 = cc(ctx, pre.start - 2) | 32; // the last letter of "to", "or", "and"
    if ((c2 === 111 || c2 === 114 || c2 === 100) && afterVagueConnector(ctx, pre.start)) return skipGlued(ctx, i);
  }
  if (hiLit === null && pre.between) pre.start = pre.numStart; // "between" without a second number
  const end = emit(ctx, pre, lit, final, loMag, hiLit, hiMag, sig, false, loUnit);
  if (end === null) return skipGlued(ctx, i);
  return end;
}

const VERSUS_AFTER = /^\s{1,2}(?:vs\.?|versus)\s{1,2}(?:~|≈)?/;

/**
 * "989/1979 TFLOPS", "3.35/4.8 TB/s", "1307 vs 989 TFLOPS": two figures sharing the unit written after the second, as
 * spec sheets pair dense/sparse or two chips. Each is its own quantity; "dense/sparse" or
 * "FP8/FP16" written with them labels them in order. Dates ("3/18/2025") and bare fractions
 * ("1/2", "24/7", "4/8 GPUs") are no pair: the second figure must carry a unit. Returns where to
 * resume, or -1.
 */
function scanPairedFigures(ctx: Ctx, i: number, lit: NumLit, j: number): number {
  const pre = readPrefix(ctx, i);
  if (pre.money) return -1;
  const lit2 = readNumber(ctx, j);
  if (typeof lit2 === 'number') return -1;
  const a2 = cc(ctx, lit2.end);
  if (a2 === 47 || a2 === 58 || a2 === 46 || (a2 === 45 && isDigit(cc(ctx, lit2.end + 1)))) return -1;
  const h2 = readHead(ctx, lit2, headOpts(false, false));
  if (h2 === null || h2.slot === null || h2.slot.k !== 'unit' || h2.hasMag) return -1;
  const v1 = litValue(lit, 0);
  const v2 = litValue(lit2, 0);
  if (!(v1 > 0 && v2 > 0)) return -1;
  const n = ctx.out.length;
  const pre2: Prefix = { start: j, numStart: j, hedge: pre.hedge, between: false, currency: false, money: false };
  const end = emit(ctx, pre2, lit2, h2, h2.magExp, null, 0, lit2.sig, false);
  if (end === null || ctx.out.length !== n + 1) return -1;
  const second = ctx.out[n]!;
  const first: Quantity = {
    ...second,
    span: { start: pre.start, end: lit.end },
    raw: fresh(slice(ctx, pre.start, lit.end)),
    value: (second.value * v1) / v2,
    range: null,
    significantDigits: lit.sig,
  };
  const labels = qualifierPair(ctx, pre.start, second.span.end);
  if (labels !== null) {
    first.qualifiers = { ...second.qualifiers, ...labels[0] };
    second.qualifiers = { ...second.qualifiers, ...labels[1] };
  } else if (second.qualifiers) first.qualifiers = { ...second.qualifiers };
  ctx.out.splice(n, 0, first);
  return end;
}

/**
 * WORD_NUMBER_STARTS by length and first letter: WORD_STARTS_BY[len * 26 + first - 97] lists
 * the words to compare a letter run with, so most words are ruled out without hashing,
 * slicing or a set lookup.
 */
const WORD_STARTS_MAX = Math.max(...[...WORD_NUMBER_STARTS].map((w) => w.length));
const WORD_STARTS_BY: (string[] | undefined)[] = [];
for (const w of WORD_NUMBER_STARTS) (WORD_STARTS_BY[w.length * 26 + w.charCodeAt(0) - 97] ??= []).push(w);

/** Is text[s, e), a run of ASCII letters, a WORD_NUMBER_STARTS word (any case)? */
function isWordNumberStart(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n > WORD_STARTS_MAX) return false;
  const cands = WORD_STARTS_BY[n * 26 + (text.charCodeAt(s) | 32) - 97];
  if (cands === undefined) return false;
  for (let k = 0; k < cands.length; k++) {
    const w = cands[k]!;
    let j = 1;
    while (j < n && (text.charCodeAt(s + j) | 32) === w.charCodeAt(j)) j++;
    if (j === n) return true;
  }
  return false;
}

/** What the main loop does with an ASCII character: 0 skip it, 1 digit, 2 ".", 3 letter. */
const CHAR_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = 1;
CHAR_CLASS[46] = 2;
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] = CHAR_CLASS[c + 32] = 3;

const NUMBER_WORD_HEAD = (lit: NumLit, magExp: number, slot: Slot | null, end: number): Head => ({
  lit,
  magExp,
  hasMag: magExp !== 0,
  bParam: false,
  plus: false,
  slot,
  end,
});

/**
 * Where the upper bound starts after a range connector between word numbers (" to ", " or ",
 * "–", " and " after "between"), or -1. Not an em dash: "two — three of them" is an aside.
 */
function wordConnector(ctx: Ctx, p: number, between: () => boolean): number {
  const s = skipSpace(ctx, p, 2);
  const c = cc(ctx, s);
  if (c === 0x2013) return skipSpace(ctx, s + 1, 2);
  if (s === p) return -1;
  const c1 = cc(ctx, s + 1) | 32;
  let after: number;
  if ((((c | 32) === 116 && c1 === 111) || ((c | 32) === 111 && c1 === 114)) && isHSpace(cc(ctx, s + 2))) after = s + 2; // to, or
  else if ((c | 32) === 97 && c1 === 110 && (cc(ctx, s + 2) | 32) === 100 && isHSpace(cc(ctx, s + 3)) && between()) after = s + 3; // and
  else return -1;
  return skipSpace(ctx, after, 2);
}

/**
 * A range whose lower bound L is written in words, the upper bound starting at k ("two to three
 * thousand GPUs", "twenty to thirty milliseconds", "between five and ten thousand", "two to 3
 * weeks"). Returns where to resume: past the quantity, past the upper bound when the range is
 * ambiguous or invalid (so that it is not read alone as an exact figure), or -1 when there is no
 * number at k.
 */
function scanWordRange(ctx: Ctx, s: number, lw: string, L: WordNum, k: number, pre: Prefix): number {
  const c = cc(ctx, k);
  if (isDigit(c)) {
    // "two to 3 weeks": the upper bound in digits
    const hl = readNumber(ctx, k);
    if (typeof hl === 'number') return -1;
    const a2 = cc(ctx, hl.end);
    if ((a2 === 58 || a2 === 47) && isDigit(cc(ctx, hl.end + 1))) return -1; // "five to 6:30"
    if (hl.plainInt && hl.intLen === 4) return -1; // years are the digit scanner's business
    const hh = readHead(ctx, hl, headOpts(false, false));
    if (hh === null) return -1;
    const skip = hh.end;
    // "five to 10k GPUs", "five to 10,000 GPUs": 5 or 5,000? Neither reading is safe.
    if (L.simple && (hh.hasMag || hl.sci || litValue(hl, 0) >= 1000)) return skip;
    const loLit = wordLit(s, L.end, L.mant, L.sig);
    if (loLit === null || !(litValue(loLit, L.magExp) < litValue(hl, hh.magExp))) return skip;
    if (hh.slot === null && !L.big) return skip;
    if (continuesNumber(ctx, s, lw)) return skip;
    return emit(ctx, pre, loLit, hh, L.magExp, hl, hh.magExp, Math.min(L.sig, hl.sig), true) ?? skip;
  }
  if (!isAsciiLetter(c)) return -1;
  const ue = lettersEnd(ctx, k);
  if (ue - k > 12 || isDigit(cc(ctx, ue)) || !isWordNumberStart(ctx.t, k, ue)) return -1;
  const uw = slice(ctx, k, ue).toLowerCase();
  if (uw === 'twice' || uw === 'thrice' || uw === 'half') return -1;
  const U = readCardinal(ctx, { w: uw, s: k, e: ue });
  if (U === null || U.bareA) return -1;
  let loMant = L.mant;
  let loMag = L.magExp;
  // Scale words that only the upper bound has may apply to both: all of them when the lower bound
  // is a bare number ("two to three thousand"), the magnitude word when it has only "hundred" or
  // "dozen" ("a hundred to two hundred thousand"). When that reading makes a valid range too, it is
  // taken only for bounds close together and not after "from" ("from eight to sixteen thousand
  // GPUs" may well start at 8); otherwise the range is left unread. "five to a thousand" can only
  // be literal.
  let dLead = NaN;
  let dMant = 0;
  let dMag = 0;
  if (L.simple && !U.simple) {
    if (Number.isNaN(U.lead)) return U.end; // "two to three thousand five hundred"
    dLead = U.lead;
    dMant = L.mant * U.mult;
    dMag = U.magExp;
  } else if (!L.simple && L.magWords === 0 && U.groupShape) {
    dLead = U.mant;
    dMant = L.mant;
    dMag = U.magExp;
  }
  if (L.mant < dLead) {
    if (dLead > 5 * L.mant || wordBeforeIs(ctx, s, 'from') || wordBeforeIs(ctx, pre.start, 'from')) return U.end;
    loMant = dMant;
    loMag = dMag;
  }
  const loLit = wordLit(s, L.end, loMant, L.sig);
  const hiLit = wordLit(k, U.end, U.mant, U.sig);
  if (loLit === null || hiLit === null || !(litValue(loLit, loMag) < litValue(hiLit, U.magExp))) return U.end;
  const slot = readSlot(ctx, U.end, hiLit, WORD_HEAD_OPTS);
  if (slot === REJECT) return U.end;
  // Without a unit or noun only a figure with "hundred" or a magnitude word ("between five and ten thousand H100s").
  if (slot === null && !U.big) return U.end;
  if (continuesNumber(ctx, s, lw)) return U.end;
  const head = NUMBER_WORD_HEAD(hiLit, U.magExp, slot, slot !== null ? slot.end : U.end);
  return emit(ctx, pre, loLit, head, loMag, hiLit, U.magExp, Math.min(L.sig, U.sig), true) ?? U.end;
}

/** "half a terabyte", "half a million GPUs", "half a dozen", "half an hour". */
function scanHalf(ctx: Ctx, s: number, e: number): number {
  let k = e;
  let value = 0.5;
  let nw = nextWord(ctx, k);
  if (nw !== null && (nw.w === 'a' || nw.w === 'an')) {
    k = nw.e;
    nw = nextWord(ctx, k);
  }
  if (nw !== null && nw.w === 'hundred') {
    value *= 100;
    k = nw.e;
    nw = nextWord(ctx, k);
  }
  if (nw !== null && nw.w === 'dozen') {
    value *= 12;
    k = nw.e;
    nw = nextWord(ctx, k);
  }
  let magExp = 0;
  if (nw !== null && MAGNITUDE_WORDS.has(nw.w)) {
    magExp = MAGNITUDE_WORDS.get(nw.w)!;
    k = nw.e;
  }
  const lit = wordLit(s, k, value, sigDigits(String(value * 10), ''))!;
  const slot = readSlot(ctx, k, lit, WORD_HEAD_OPTS);
  if (slot === REJECT || slot === null) return e;
  const pre = readPrefix(ctx, s);
  if (pre.money || continuesNumber(ctx, s, 'half')) return e;
  if (pre.between) pre.start = pre.numStart;
  return emit(ctx, pre, lit, NUMBER_WORD_HEAD(lit, magExp, slot, slot.end), magExp, null, 0, lit.sig, true) ?? e;
}

/** "a quarter of a petaflop", "three-quarters of a terabyte", "a quarter million GPUs". */
function scanFraction(ctx: Ctx, s: number, lw: string, f: Fraction): number {
  const lit = wordLit(s, f.end, f.value, 1);
  if (lit === null) return f.end;
  let slot: Slot;
  if (f.unit !== null) slot = { k: 'unit', def: f.unit, end: f.end };
  else {
    const sl = readSlot(ctx, f.end, lit, WORD_HEAD_OPTS);
    if (sl === REJECT || sl === null) return f.end;
    slot = sl;
  }
  const pre = readPrefix(ctx, s);
  if (pre.money || continuesNumber(ctx, s, lw)) return f.end;
  if (pre.between) pre.start = pre.numStart;
  return emit(ctx, pre, lit, NUMBER_WORD_HEAD(lit, f.magExp, slot, slot.end), f.magExp, null, 0, 1, true) ?? f.end;
}

/** After "a"/"an", the words that make it a number: a scale word, a fraction or a spelled, prefixed unit ("a terabyte"). */
function aMayCount(w: string): boolean {
  if (w === 'hundred' || w === 'dozen' || MAGNITUDE_WORDS.has(w) || isDenominator(w)) return true;
  const d = lookupUnit(w);
  return d !== undefined && (d.flags & F_SPELLED_PREFIXED) !== 0;
}

/**
 * The (lowercase, ASCII) words aMayCount accepts, by length and first letter (len * 26 + first - 97).
 * Every word it accepts is among these candidates: it looks words up in these tables only.
 */
const A_NEXT_BY: (string[] | undefined)[] = [];
for (const w of new Set([...MAGNITUDE_WORDS.keys(), ...UNITS_EXACT.keys(), ...UNITS_LOWER.keys(), ...DENOMINATOR_WORDS, 'hundred', 'dozen'].map((k) => k.toLowerCase()))) {
  if (/^[a-z]{1,12}$/.test(w) && aMayCount(w)) (A_NEXT_BY[w.length * 26 + w.charCodeAt(0) - 97] ??= []).push(w);
}

/**
 * scanWord's test for "a"/"an" on the next word (nextWord: one or two spaces, at most 12 letters,
 * no digit after), read in place: "a" is nearly always the article, so it costs no slice or lowercasing.
 * A letter that is not ASCII never lowercases to one that is (0x2000-0x2fff are no letters here).
 */
function aNextMayCount(ctx: Ctx, p: number): boolean {
  const s = skipSpace(ctx, p, 2);
  if (s === p || !isAsciiLetter(cc(ctx, s))) return false;
  const e = lettersEnd(ctx, s);
  const n = e - s;
  if (n > 12 || isDigit(cc(ctx, e))) return false;
  const cands = A_NEXT_BY[n * 26 + (cc(ctx, s) | 32) - 97];
  if (cands === undefined) return false;
  for (let k = 0; k < cands.length; k++) {
    const w = cands[k]!;
    let j = 1;
    while (j < n && (cc(ctx, s + j) | 32) === w.charCodeAt(j)) j++;
    if (j === n) return true;
  }
  return false;
}

function scanWord(ctx: Ctx, s: number, e: number): number {
  const b = cc(ctx, s - 1);
  if (b === 45 || b === 39 || b === 0x2019 || b === 95 || b === 46 || b === 47 || isDigit(cc(ctx, e)) || cc(ctx, e) === 95) return e;
  // The article "a"/"an" (the run is ASCII letters): turned away before any slicing.
  if ((cc(ctx, s) | 32) === 97 && (e - s === 1 || (e - s === 2 && (cc(ctx, s + 1) | 32) === 110)) && !aNextMayCount(ctx, e)) return e;
  const lw = slice(ctx, s, e).toLowerCase();
  if (!WORD_NUMBER_STARTS.has(lw)) return e;
  if (lw === 'twice' || lw === 'thrice') {
    const pre = readPrefix(ctx, s);
    if (pre.money) return e;
    const q: Quantity = {
      span: { start: pre.start, end: e },
      raw: fresh(slice(ctx, pre.start, e)),
      kind: 'multiplier',
      value: lw === 'twice' ? 2 : 3,
      range: null,
      unit: 'x',
      dimension: {},
      hedge: pre.hedge,
      significantDigits: 1,
    };
    ctx.out.push(q);
    ctx.floor = e;
    ctx.qualEnd = e;
    return e;
  }
  if (lw === 'half') return scanHalf(ctx, s, e);
  const isA = lw === 'a' || lw === 'an';
  if (isA) {
    // The article, nearly always: only a scale word, a fraction or a spelled, prefixed unit
    // ("a terabyte", "an exaflop") makes it a number.
    const nw = nextWord(ctx, e);
    if (nw === null || !aMayCount(nw.w)) return e;
  }
  // "a quarter of a petaflop", "three-quarters of a terabyte"
  const num = isA ? 1 : WORD_NUMBERS.get(lw)!;
  let L: WordNum | null;
  const nw = isA || cc(ctx, e) === 45 ? null : nextWord(ctx, e);
  if (nw !== null && !continuesWordNumber(nw.w)) {
    // The common case ("one of the", "two GPUs"): a lone number word, no phrase to read.
    L = simpleWordNum(s, e, num);
  } else {
    if (num < 10) {
      const f = readFraction(ctx, num, e);
      if (f !== null) return scanFraction(ctx, s, lw, f);
    }
    L = readCardinal(ctx, { w: lw, s, e });
    if (L === null) return e;
  }
  let pre: Prefix | null = null;
  const prefix = (): Prefix => (pre ??= readPrefix(ctx, s));
  if (!L.bareA) {
    const k = wordConnector(ctx, L.end, () => prefix().between);
    if (k >= 0) {
      if (prefix().money) return L.end;
      const r = scanWordRange(ctx, s, lw, L, k, prefix());
      if (r >= 0) return r;
    }
  }
  const lit = wordLit(s, L.end, L.mant, L.sig);
  if (lit === null) return L.end;
  const found = readSlot(ctx, L.end, lit, WORD_HEAD_OPTS);
  if (found === REJECT) return L.end;
  // No unit or noun: only a figure with a magnitude word before a product name ("ten thousand H100s").
  if (found === null && !(L.magExp >= 3 && nameAhead(ctx, L.end))) return L.end;
  const slot = found;
  // "a" alone only counts before a spelled, prefixed unit ("a terabyte", "an exaflop")
  if (L.bareA && (slot === null || slot.k !== 'unit' || (slot.def.flags & F_SPELLED_PREFIXED) === 0)) return e;
  const p = prefix();
  if (p.money || continuesNumber(ctx, s, lw)) return L.end;
  if (p.between) p.start = p.numStart; // "between" without a second number
  return emit(ctx, p, lit, NUMBER_WORD_HEAD(lit, L.magExp, slot, slot !== null ? slot.end : L.end), L.magExp, null, 0, L.sig, true) ?? L.end;
}

// ---------------------------------------------------------------------------
// Public API

function clampOffset(v: number | undefined, d: number, len: number): number {
  return v === undefined || Number.isNaN(v) ? d : Math.max(0, Math.min(len, Math.floor(v)));
}

/**
 * Finds the quantities in text[start, end) in order. Spans are absolute offsets into
 * `text`; the region is treated as isolated (characters outside it read as boundaries).
 * Never throws.
 */
/** "1M tokens", "1K input tokens", "1,000 tok": a scaled denominator after "/". */
const SCALED_PER = /^1(?:[KkMB]|,000(?:,000)?|000(?:000)?)\s?(?:(?:input|output|prompt|completion)\s)?(?:tokens?|toks?|requests?|queries|images?)\b/;
const DECADE = /^(?:\d0|\d{3}0)['’]?s$/;
const DECADE_BEFORE = /(?:^|\s)(?:the|their|his|her|my|our|your|early|late|mid-?)\s{0,2}$/i;
/** First letters of the postfix bounds: "or …", "at …", "min…", "max…", "tops". */
const POSTFIX_FIRST = new Set([0x6f, 0x61, 0x6d, 0x74]);

/** A range's connector ("–", "—", " to ", " - ") within the next few characters (before reading a per-clause). */
function connectorAhead(ctx: Ctx, from: number): boolean {
  const end = Math.min(ctx.hi, from + 16);
  for (let k = from; k < end; k++) {
    const c = ctx.t.charCodeAt(k);
    if (c === 0x2013 || c === 0x2014 || c === 45) return true;
    if (c === 116 && ctx.t.charCodeAt(k + 1) === 111 && ctx.t.charCodeAt(k - 1) === 32 && ctx.t.charCodeAt(k + 2) === 32) return true;
  }
  return false;
}

const POSTFIX_AT_LEAST = /^\s{1,2}(?:or (?:more|higher|above|greater)|at (?:the )?least|minimum|min)\b/i;
const POSTFIX_AT_MOST = /^\s{1,2}(?:or (?:less|lower|below|fewer)|at (?:the )?most|max(?:imum)?|tops)\b/i;
const DOT_GROUP = /\d\.\d{3}(?!\d|\.\d|,\d{3})/;
/** Function words of German, Spanish, French, Italian and Portuguese that English prose does not use. */
const CONTINENTAL_WORD = /(?<![\p{L}\p{N}])(?:der|die|das|und|mit|hat|haben|ist|jede[rs]?|je|bei|sind|eine[rmn]?|verbraucht|braucht|bietet|liefert|schafft|zusammen|für|laut|dicht|etwa|rund|ungefähr|el|un|los|las|tiene|tienen|hay|con|cada|una|uno|del|en|consume|ofrece|según|les|des|avec|est|chaque|une|consomme|offre|sont|pour|gli|ha|hanno|ogni|della|il|la|di|sono|secondo|denso|densa|circa|oltre|tem|têm|com|uma|consome|chega|são|het|een|van|met|heeft|hebben|elke|samen|verbruikt|biedt|jest|są|oraz|każd[yae]|ma|mają|zużywa)(?![\p{L}\p{N}])/giu;
/** A decimal comma ("4,11 EFLOPS", "1,31 PB"): one or two digits after it, where English thousands have three. */
const DECIMAL_COMMA = /\d,\d{1,2}(?![\d,])/;
const ENGLISH_WORD = /\b(?:the|and|with|of|is|are|has|have|each|per)\b/i;

/**
 * Does this statement write thousands with dots ("Das Cluster hat 16.384 GPUs", "Un B200 consume 1.000 W")?
 * Only if it has a dot before exactly three digits, two function words of those languages and none of English:
 * in English "1.000" is one.
 */
export function writesDotThousands(statement: string): boolean {
  if (!DOT_GROUP.test(statement) || ENGLISH_WORD.test(statement)) return false;
  const seen = new Set<string>();
  // A decimal comma is as good as a word of those languages.
  if (DECIMAL_COMMA.test(statement)) seen.add(',');
  CONTINENTAL_WORD.lastIndex = 0;
  for (let m = CONTINENTAL_WORD.exec(statement); m; m = CONTINENTAL_WORD.exec(statement)) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= 2) return true;
  }
  return false;
}

export function parseQuantities(text: string, options?: ParseQuantitiesOptions): Quantity[] {
  const len = text.length;
  const lo = clampOffset(options?.start, 0, len);
  const hi = Math.max(lo, clampOffset(options?.end, len, len));
  const ctx: Ctx = { t: text, lo, hi, floor: lo, qualEnd: -1, out: [], wordAt: -1, word: null, dotThousands: options?.dotThousands === true };
  let i = lo;
  while (i < hi) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CHAR_CLASS[c]! : 0;
    if (k === 0) {
      i++;
    } else if (k === 1) {
      i = scanNumber(ctx, i);
    } else if (k === 2) {
      if (isDigit(cc(ctx, i + 1)) && !isDigit(cc(ctx, i - 1)) && !isWordChar(cc(ctx, i - 1))) {
        // ".5 ms"
        const r = scanNumber(ctx, i);
        i = Math.max(r, i + 1);
      } else i++;
    } else {
      // A run of ASCII letters: only word-number candidates go further.
      let e = i + 1;
      while (e < hi) {
        const l = text.charCodeAt(e) | 32;
        if (l < 97 || l > 122) break;
        e++;
      }
      if (e < hi && text.charCodeAt(e) >= 128 && isLetter(text.charCodeAt(e))) {
        i = lettersEnd(ctx, e);
        continue;
      }
      i = isWordNumberStart(text, i, e) && !isWordChar(cc(ctx, i - 1)) ? scanWord(ctx, i, e) : e;
    }
  }
  return ctx.out;
}

/** The first quantity in a string, or undefined. */
export function parseQuantity(text: string): Quantity | undefined {
  return parseQuantities(text)[0];
}

