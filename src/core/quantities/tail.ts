// What follows a number: magnitude, unit / noun / % / x, range connectors and per-clauses.

import {
  BIT_DEF,
  BYTE_DEF,
  MAGNITUDE_EXACT,
  MAGNITUDE_WORDS,
  NOUNS,
  NUMBER_WORDS,
  STOPWORDS,
  TIME_DENOMS,
  USD_DEF,
  lookupUnit,
  type BaseUnit,
  type UnitDef,
} from './lexicon.js';
import {
  cc,
  compoundEnd,
  gluedAfter,
  isAsciiLetter,
  isDigit,
  isHSpace,
  isLetter,
  isWordChar,
  lettersEnd,
  litValue,
  readNumber,
  skipSpace,
  slice,
  type Ctx,
  type NumLit,
} from './scan.js';

// ---------------------------------------------------------------------------
// What follows a number: magnitude, unit / noun / % / x, per-clauses

export type Slot =
  | { k: 'unit'; def: UnitDef; end: number }
  | { k: 'pct'; end: number }
  | { k: 'x'; end: number }
  | { k: 'noun'; noun: string; end: number };

export const REJECT = -1 as const;

export interface HeadOpts {
  currency: boolean;
  adjLimit: number;
  yearLike: boolean;
}

export interface Head {
  lit: NumLit;
  magExp: number;
  hasMag: boolean;
  /** Glued ambiguous "B" read as billions of parameters ("Llama 3.1 70B"). */
  bParam: boolean;
  plus: boolean;
  slot: Slot | null;
  end: number;
}

/** A count noun at i (after a space or hyphen), with up to `adjLimit` words before it. */
export function nounAt(ctx: Ctx, i: number, adjLimit: number): { noun: string; end: number } | null {
  let k = i;
  for (let a = 0; a <= adjLimit; a++) {
    if (!isLetter(cc(ctx, k))) return null;
    const te = compoundEnd(ctx, k);
    if (gluedAfter(ctx, te) || te - k > 40) return null;
    const word = slice(ctx, k, te).toLowerCase();
    let n = NOUNS.get(word);
    if (n === undefined) {
      const dash = word.lastIndexOf('-');
      if (dash > 0) {
        // "two-GPU nodes" after "one thousand": the number goes on, it is no noun
        const first = word.indexOf('-');
        if (NUMBER_WORDS.has(word.slice(0, first))) return null;
        n = NOUNS.get(word.slice(dash + 1));
      }
    }
    if (n !== undefined) return { noun: n, end: te };
    if (a === adjLimit) return null;
    if (STOPWORDS.has(word) || MAGNITUDE_WORDS.has(word) || NUMBER_WORDS.has(word) || lookupUnit(slice(ctx, k, te)) !== undefined) return null;
    const ns = skipSpace(ctx, te, 2);
    if (ns === te) return null;
    k = ns;
  }
  return null;
}

/** Is there a per-clause at i ("/token", " per GPU")? */
export function perAhead(ctx: Ctx, i: number): boolean {
  if (cc(ctx, i) === 47) return true;
  const k = skipSpace(ctx, i);
  return k > i && (cc(ctx, k) | 32) === 112 && (cc(ctx, k + 1) | 32) === 101 && (cc(ctx, k + 2) | 32) === 114 && !isLetter(cc(ctx, k + 3));
}

const MAGNITUDE_EXACT_MAX = Math.max(...[...MAGNITUDE_EXACT.keys()].map((k) => k.length));

export function readMagnitude(ctx: Ctx, p: number, o: HeadOpts): { exp: number; end: number; bParam: boolean } | null {
  const s = skipSpace(ctx, p, 1);
  const spaced = s > p;
  const c0 = cc(ctx, s);
  // "6710億", "80 亿", "706억", "1万": Japanese, Chinese and Korean magnitudes.
  const cjk = c0 > 0x3000 ? CJK_MAGNITUDES.get(c0) : undefined;
  if (cjk !== undefined) return { exp: cjk, end: s + 1, bParam: false };
  // "405 Mrd.", "1,5 Mio.", "405 mld", "405 bilhões", "80 mil millones", "671 mil milhões" (European Portuguese):
  // magnitudes of other languages.
  if (c0 === 77 || c0 === 109 || c0 === 98 || c0 === 66) {
    const m = CONTINENTAL_MAGNITUDE.exec(ctx.t.slice(s, Math.min(ctx.hi, s + 16)));
    if (m) return { exp: CONTINENTAL_MAGNITUDES[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!, end: s + m[1]!.length, bParam: false };
  }
  if (!isAsciiLetter(c0)) return null;
  const we = lettersEnd(ctx, s);
  if (isDigit(cc(ctx, we)) || we - s > 11) return null; // "5 K80", "3 T4" are names
  // Magnitude suffixes are short ("k", "bn"), magnitude words long ("million"): a word in
  // between is neither (nor "B"), so it is not even sliced.
  if (we - s > MAGNITUDE_EXACT_MAX && we - s < 7) return null;
  const w = slice(ctx, s, we);
  // "800G ports", "1.6T optics": a line rate (readSlot), not 800 billion.
  if (!spaced && we === s + 1 && (w === 'G' || w === 'T' || w === 'M') && isNetworkRate(ctx, we)) return null;
  let m = MAGNITUDE_EXACT.get(w);
  if (m === undefined && we - s >= 7) m = MAGNITUDE_WORDS.get(w.toLowerCase());
  if (m !== undefined) return { exp: m, end: we, bParam: false };
  if (w === 'B' || w === 'b') {
    if (o.currency) return { exp: 9, end: we, bParam: false };
    if (cc(ctx, we) === 47) return null; // "B/s", "B/token": bytes
    let r = we;
    if (cc(ctx, r) === 43) r++;
    const ns = cc(ctx, r) === 45 ? r + 1 : skipSpace(ctx, r, 2);
    if (ns > r && nounAt(ctx, ns, o.yearLike ? 0 : 2) !== null) return { exp: 9, end: we, bParam: false };
    if (!spaced && !perAhead(ctx, r)) return { exp: 9, end: we, bParam: true };
  }
  return null;
}

const CJK_MAGNITUDES = new Map<number, number>([
  [0x5104, 8], // 億
  [0x4ebf, 8], // 亿
  [0xc5b5, 8], // 억
  [0x4e07, 4], // 万
  [0x842c, 4], // 萬
  [0xb9cc, 4], // 만
  [0x5146, 12], // 兆
  [0xc870, 12], // 조
]);
/** Each a whole word; Polish "bln" is a bilion (10^12), as German "Billion" is. */
const CONTINENTAL_MAGNITUDES: Readonly<Record<string, number>> = {
  'md': 9, 'md.': 9, 'mrd': 9, 'mrd.': 9, 'milliarden': 9, 'milliarde': 9, 'mio': 6, 'mio.': 6, 'millionen': 6, 'milliards': 9, 'milliard': 9,
  'mld': 9, 'mld.': 9, 'miliardów': 9, 'miliardy': 9, 'miliard': 9, 'mln': 6, 'mln.': 6, 'bln': 12, 'bln.': 12,
  'mil millones': 9, 'mil milhões': 9, 'mil milhão': 9, 'millones': 6, 'bilhões': 9, 'bilhão': 9, 'milhões': 6, 'milhão': 6, 'miliardi': 9, 'miliardo': 9, 'milioni': 6, 'miljard': 9, 'miljoen': 6,
};
const CONTINENTAL_MAGNITUDE = /^(md\.?|mrd\.?|milliarden?|mio\.?|millionen|milliards?|mld\.?|miliard(?:ów|y)?|mln\.?|bln\.?|mil\s{1,2}millones|mil\s{1,2}milh(?:ões|ão)|millones|bilh(?:ões|ão)|milh(?:ões|ão)|miliard[io]|milioni|miljard|miljoen)(?![\p{L}\p{N}])/iu;

const NETWORK_AFTER = /^\s{0,2}(?:ethernet\b|ib\b|infiniband\b|ndr\b|xdr\b|nics?\b|ports?\b|links?\b|optics\b|transceivers?\b|switch(?:es)?\b|serdes\b|lanes?\b|networking\b|rdma\b|roce\b|supernics?\b|cards?\b)/i;

export function isNetworkRate(ctx: Ctx, at: number): boolean {
  return NETWORK_AFTER.test(ctx.t.slice(at, Math.min(ctx.hi, at + 24)));
}

/** Counter words after a number in Japanese, Chinese and Korean: 個 개 台 대 枚 张 張 块 塊. */
const COUNTERS = new Set([0x500b, 0xac1c, 0x53f0, 0xb300, 0x679a, 0x5f20, 0x5f35, 0x5757, 0x584a]);

export function readSlot(ctx: Ctx, p: number, lit: NumLit, o: HeadOpts): Slot | null | typeof REJECT {
  const c0 = cc(ctx, p);
  if (c0 === 37) return { k: 'pct', end: p + 1 };
  let s = p;
  let spaced = false;
  let hyph = false;
  if (isHSpace(c0)) {
    s = skipSpace(ctx, p, 2);
    spaced = true;
  } else if (c0 === 45 && isLetter(cc(ctx, p + 1))) {
    s = p + 1;
    hyph = true;
  }
  const c = cc(ctx, s);
  if (spaced && c === 37) return { k: 'pct', end: s + 1 };
  if (c === 0xd7) {
    // "8×", "300 × sparsity" — but "6 × 70e9" is a product
    const k = skipSpace(ctx, s + 1);
    if (isDigit(cc(ctx, k)) || (cc(ctx, k) === 46 && isDigit(cc(ctx, k + 1))) || cc(ctx, k) === 36) return null;
    return { k: 'x', end: s + 1 };
  }
  if (c === 0x500d || c === 0xbc30) return { k: 'x', end: s + 1 }; // 倍 / 배: "约2.4倍", "2.4배"
  if (COUNTERS.has(c)) {
    // "72個のGPU", "72개의 GPU", "8块GPU": a counter, a possessive, then the noun.
    let k = s + 1;
    const p2 = cc(ctx, k);
    if (p2 === 0x306e || p2 === 0xc758 || p2 === 0x7684) k++; // の / 의 / 的
    const n = nounAt(ctx, skipSpace(ctx, k, 1), 0);
    return n === null ? null : { k: 'noun', noun: n.noun, end: n.end };
  }
  if (!isLetter(c)) return null;
  const we = lettersEnd(ctx, s);
  const glued = !spaced;
  // "400G NICs", "800G ports", "1.6T optics": network line rates in bits per second, each way.
  if (glued && !hyph && we === s + 1 && (c === 71 || c === 84 || c === 77) && isNetworkRate(ctx, we)) {
    const def = lookupUnit(c === 71 ? 'Gbps' : c === 84 ? 'Tbps' : 'Mbps');
    if (def !== undefined) return { k: 'unit', def, end: we };
  }
  if (gluedAfter(ctx, we)) {
    // "a 24,576-H100 cluster", "a 512-MI300X pod": a count of chips named by their model number (the name is left to
    // be read as the chip's).
    if (hyph && Number.isInteger(Number(lit.mant)) && CHIP_MODEL.test(ctx.t.slice(s, Math.min(ctx.hi, s + 8)))) return { k: 'noun', noun: 'gpu', end: p };
    // "8x7B", "1st2", "4o-mini": a name. Spaced "8 H100 GPUs" may still have a noun.
    if (glued) return REJECT;
    const n = nounAt(ctx, s, o.adjLimit);
    return n === null ? null : { k: 'noun', noun: n.noun, end: n.end };
  }
  const w = slice(ctx, s, we);
  if (w === 'x' || w === 'X') {
    if (!spaced && !hyph) return { k: 'x', end: we };
    if (spaced) {
      // "10 x faster", "… 10 x." — but "4 x 4" and "2 x $5" are products
      const k = skipSpace(ctx, we);
      const n = cc(ctx, k);
      if (!isDigit(n) && !(n === 46 && isDigit(cc(ctx, k + 1))) && n !== 36 && n !== 40) return { k: 'x', end: we };
    }
    return null;
  }
  if (o.currency) {
    const d = lookupUnit(w);
    return d !== undefined && d.base === 'USD' && !hyph ? { k: 'unit', def: d, end: we } : glued ? REJECT : null;
  }
  const lw = w.length <= 12 ? w.toLowerCase() : '';
  // ("2.4-fold", "a 10 fold increase", "2,4-fach", "2,4 fois", "2,4 veces", "2,4 volte", "2,4 vezes": a multiplier too.)
  if (lw === 'times' || MULTIPLIER_WORDS.has(lw)) return { k: 'x', end: we };
  if (lw === 'percent' || lw === 'pct' || lw === 'percentage') {
    if (lw === 'percentage') {
      const k = skipSpace(ctx, we, 1);
      const pe = lettersEnd(ctx, k);
      const pw = slice(ctx, k, pe).toLowerCase();
      return pw === 'points' || pw === 'point' ? { k: 'pct', end: pe } : null;
    }
    return { k: 'pct', end: we };
  }
  if (lw === 'per') {
    const k = skipSpace(ctx, we, 1);
    const pe = lettersEnd(ctx, k);
    if (k > we && slice(ctx, k, pe).toLowerCase() === 'cent') return { k: 'pct', end: pe };
  }
  if ((lw === 'am' || lw === 'pm') && !hyph) return REJECT; // "7 PM", "7pm"
  if ((lw === 'a' || lw === 'p') && cc(ctx, we) === 46 && (cc(ctx, we + 1) | 32) === 109) return REJECT; // "7 a.m."
  let d = lookupUnit(w);
  if (d === undefined) {
    if (w === 'B') d = BYTE_DEF;
    else if (w === 'b') d = BIT_DEF;
  }
  if (d !== undefined) {
    if (hyph && d.base === 'B' && (lw === 'bit' || lw === 'bits')) return REJECT; // "8-bit": a format name
    if (w === 's' && glued) {
      // "1990s", "'90s", "1,000s of": decades and plurals of numbers, not seconds
      const k = skipSpace(ctx, we, 1);
      if (o.yearLike) return REJECT;
      const before = cc(ctx, lit.start - 1);
      if (before === 39 || before === 0x2019) return REJECT;
      if (k > we && (cc(ctx, k) | 32) === 111 && (cc(ctx, k + 1) | 32) === 102 && !isLetter(cc(ctx, k + 2))) return REJECT;
    }
    return { k: 'unit', def: d, end: we };
  }
  const n = nounAt(ctx, s, spaced ? o.adjLimit : 0);
  if (n !== null) return { k: 'noun', noun: n.noun, end: n.end };
  if (glued) return REJECT; // "1st", "5nm", "4-way"
  return null;
}

export function readPlus(ctx: Ctx, p: number): number {
  const c = cc(ctx, p);
  if (c === 43) {
    const n = cc(ctx, p + 1);
    if (!isDigit(n) && n !== 43 && n !== 61 && n !== 46) return p + 1;
    return p;
  }
  if (c === 45 && (cc(ctx, p + 1) | 32) === 112) {
    const e = lettersEnd(ctx, p + 1);
    if (e - p === 5 && slice(ctx, p + 1, e).toLowerCase() === 'plus') return e;
  }
  return p;
}

export function readHead(ctx: Ctx, lit: NumLit, o: HeadOpts): Head | null {
  let p = lit.end;
  let magExp = 0;
  let hasMag = false;
  let bParam = false;
  const mag = readMagnitude(ctx, p, o);
  if (mag !== null) {
    magExp = mag.exp;
    hasMag = true;
    bParam = mag.bParam;
    p = mag.end;
  }
  let plus = false;
  const pp = readPlus(ctx, p);
  if (pp > p) {
    plus = true;
    p = pp;
  }
  const slot = readSlot(ctx, p, lit, o);
  if (slot === REJECT) return null;
  if (slot !== null) {
    p = slot.end;
    bParam = false;
    const p2 = readPlus(ctx, p);
    if (p2 > p) {
      plus = true;
      p = p2;
    }
  } else if (isLetter(cc(ctx, p)) || gluedAfter(ctx, p)) {
    return null; // glued to something we do not understand
  }
  return { lit, magExp, hasMag, bParam, plus, slot, end: p };
}

/** Offset of the upper bound's number after a range connector at p, or -1. */
/** `bareLower`: the lower bound has no unit of its own ("3 - 5 ms" is a range; "141 GB - 80 GB" a difference). */
export function readConnector(ctx: Ctx, p: number, between: boolean, currency: boolean, bareLower = false): number {
  let k: number;
  const c = cc(ctx, p);
  if (c === 45) k = p + 1;
  else {
    const s = skipSpace(ctx, p, 2);
    const c2 = cc(ctx, s);
    if (c2 === 0x2013 || c2 === 0x2014 || c2 === 0x2011 || (c2 === 45 && bareLower && s > p && isHSpace(cc(ctx, s + 1)))) k = skipSpace(ctx, s + 1, 2);
    else if (s > p && (c2 | 32) === 116 && (cc(ctx, s + 1) | 32) === 111 && isHSpace(cc(ctx, s + 2))) k = skipSpace(ctx, s + 2, 2);
    else if (
      between &&
      s > p &&
      (c2 | 32) === 97 &&
      (cc(ctx, s + 1) | 32) === 110 &&
      (cc(ctx, s + 2) | 32) === 100 &&
      isHSpace(cc(ctx, s + 3))
    )
      k = skipSpace(ctx, s + 3, 2);
    else return -1;
  }
  if (currency && cc(ctx, k) === 36) k++;
  if (isDigit(cc(ctx, k)) || (cc(ctx, k) === 46 && isDigit(cc(ctx, k + 1)))) return k;
  return -1;
}

export function sameSlot(a: Slot, b: Slot): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'unit' && b.k === 'unit') return a.def.base === b.def.base;
  if (a.k === 'noun' && b.k === 'noun') return a.noun === b.noun;
  return true;
}

export function slotValue(lit: NumLit, magExp: number, slot: Slot | null): number {
  return defValue(lit, magExp, slot !== null && slot.k === 'unit' ? slot.def : null);
}

/** The literal's value times 10^magExp, in the unit's canonical scale when there is a unit. */
export function defValue(lit: NumLit, magExp: number, def: UnitDef | null): number {
  if (def !== null) {
    const v = litValue(lit, magExp + def.exp10);
    return def.mult === 1 ? v : v * def.mult;
  }
  return litValue(lit, magExp);
}

// Denominators ---------------------------------------------------------------

export type Denom = { k: 'time'; seconds: number; name: string } | { k: 'noun'; noun: string } | { k: 'unit'; def: UnitDef };

export const MEASURE_PER_NAME: Partial<Record<BaseUnit, string>> = { B: 'byte', W: 'watt', 'W·s': 'joule', FLOP: 'flop', USD: 'usd' };

export function resolveDenom(ctx: Ctx, s: number, e: number): Denom | null {
  const w = slice(ctx, s, e);
  const t = TIME_DENOMS.get(w) ?? (w.length > 2 ? TIME_DENOMS.get(w.toLowerCase()) : undefined);
  if (t !== undefined) return { k: 'time', seconds: t.seconds, name: t.name };
  const n = NOUNS.get(w.toLowerCase());
  if (n !== undefined) return { k: 'noun', noun: n };
  const d = w === 'B' ? BYTE_DEF : lookupUnit(w);
  if (d !== undefined && MEASURE_PER_NAME[d.base] !== undefined) return { k: 'unit', def: d };
  return null;
}

const HOURLY_NOUNS = new Set(['gpu', 'chip', 'accelerator', 'tpu', 'card', 'device']);

export function readDenom(ctx: Ctx, i: number, allowAdj: boolean): { d: Denom; end: number } | null {
  if (cc(ctx, i) === 36 && !isWordChar(cc(ctx, i + 1))) return { d: { k: 'unit', def: USD_DEF }, end: i + 1 };
  if (!isLetter(cc(ctx, i))) return null;
  const le = lettersEnd(ctx, i);
  if (gluedAfter(ctx, le)) return null;
  if (cc(ctx, le) === 45 && isLetter(cc(ctx, le + 1))) {
    const ce = compoundEnd(ctx, i);
    const n = NOUNS.get(slice(ctx, i, ce).toLowerCase());
    if (n !== undefined && !isWordChar(cc(ctx, ce))) return { d: { k: 'noun', noun: n }, end: ce };
  }
  const d = resolveDenom(ctx, i, le);
  // "$2 per GPU hour", "per node hour": the hour of a chip or a node, as "GPU-hour" is.
  if (d !== null && d.k === 'noun' && HOURLY_NOUNS.has(d.noun) && isHSpace(cc(ctx, le))) {
    const hs = le + 1;
    const he = lettersEnd(ctx, hs);
    if (/^(?:hour|hr)$/i.test(slice(ctx, hs, he)) && !isWordChar(cc(ctx, he))) return { d: { k: 'noun', noun: 'gpu-hour' }, end: he };
  }
  if (d !== null) return { d, end: le };
  if (allowAdj) {
    // "per output token", "per decode step"
    const w = slice(ctx, i, le);
    const lw = w.toLowerCase();
    if (STOPWORDS.has(lw) || MAGNITUDE_WORDS.has(lw) || MAGNITUDE_EXACT.has(w)) return null;
    const k = skipSpace(ctx, le, 1);
    if (k > le) {
      const r = readDenom(ctx, k, false);
      if (r !== null && r.d.k === 'noun') return r;
    }
  }
  return null;
}

/**
 * A scaled denominator: "per million tokens", "/M input tokens", "per 1,000 tokens",
 * "per 100 ms". Returns the denominator with the scale folded in, or null.
 */
function readScaledDenom(ctx: Ctx, i: number): { d: Denom; scale: number; end: number } | null {
  let scale = 1;
  let k = i;
  if (isDigit(cc(ctx, i))) {
    const lit = readNumber(ctx, i);
    if (typeof lit === 'number' || lit.sci) return null;
    scale = litValue(lit, 0);
    k = lit.end;
    if (isAsciiLetter(cc(ctx, k))) {
      const we = lettersEnd(ctx, k);
      const w = slice(ctx, k, we);
      const m = w === 'B' ? 9 : MAGNITUDE_EXACT.get(w);
      if (m === undefined) return null;
      scale *= Number('1e' + m);
      k = we;
    }
  } else {
    const we = lettersEnd(ctx, i);
    const w = slice(ctx, i, we);
    const m = MAGNITUDE_EXACT.get(w) ?? (we - i >= 7 ? MAGNITUDE_WORDS.get(w.toLowerCase()) : undefined);
    if (m === undefined) return null;
    scale = Number('1e' + m);
    k = we;
  }
  const ns = skipSpace(ctx, k, 1);
  if (ns === k || !(scale > 0) || !Number.isFinite(scale)) return null;
  const r = readDenom(ctx, ns, true);
  if (r === null || r.d.k === 'unit') return null;
  return { d: r.d, scale, end: r.end };
}

/** A per-clause at p: "/s", "/token", " per GPU", " per-layer", " per million tokens". */
export function readPer(ctx: Ctx, p: number, spoken = true): { d: Denom; scale: number; end: number } | null {
  if (cc(ctx, p) === 47) {
    const r = readDenom(ctx, p + 1, false);
    if (r !== null) return { d: r.d, scale: 1, end: r.end }; // (no spread: this runs after every figure)
    // "$15/MTok", "$0.5/Mtok": per million tokens, as pricing pages write it.
    const c1 = cc(ctx, p + 1);
    if (c1 === 77 || c1 === 75) {
      const m = /^[MK]\s?tok(?:en)?s?\b/i.exec(ctx.t.slice(p + 1, Math.min(ctx.hi, p + 12)));
      if (m) return { d: { k: 'noun', noun: 'token' }, scale: c1 === 77 ? 1e6 : 1e3, end: p + 1 + m[0].length };
    }
    return readScaledDenom(ctx, p + 1);
  }
  const k = skipSpace(ctx, p, 2);
  // Spoken rates: "4.8 terabytes a second", "$2 an hour" (not a percent: "50% a year" is growth, read on its own).
  if (spoken && k > p && (cc(ctx, k) | 32) === 97) {
    const ae = lettersEnd(ctx, k);
    if (ae - k <= 2 && (ae === k + 1 || (cc(ctx, k + 1) | 32) === 110) && isHSpace(cc(ctx, ae))) {
      const ts = skipSpace(ctx, ae, 1);
      const te = lettersEnd(ctx, ts);
      const t = te > ts && !gluedAfter(ctx, te) ? TIME_DENOMS.get(slice(ctx, ts, te).toLowerCase()) : undefined;
      if (t !== undefined && te - ts > 2) return { d: { k: 'time', seconds: t.seconds, name: t.name }, scale: 1, end: te };
    }
  }
  // "per", and "par", "pro", "por" as French, German and Spanish notes write it ("7 Ko par token", "80 GB pro GPU").
  const c1 = cc(ctx, k + 1) | 32;
  const c2 = cc(ctx, k + 2) | 32;
  if (k > p && (cc(ctx, k) | 32) === 112 && ((c1 === 101 && c2 === 114) || (c1 === 97 && c2 === 114) || (c1 === 114 && c2 === 111) || (c1 === 111 && c2 === 114))) {
    const sep = cc(ctx, k + 3);
    if (isHSpace(sep) || sep === 45) {
      const ds = sep === 45 ? k + 4 : skipSpace(ctx, k + 3, 2);
      const r = readDenom(ctx, ds, true);
      if (r !== null) return { d: r.d, scale: 1, end: r.end };
      return readScaledDenom(ctx, ds);
    }
  }
  return null;
}

const MULTIPLIER_WORDS = new Set(['fold', 'fach', 'fache', 'fachen', 'fois', 'veces', 'volte', 'vezes', 'keer']);

/** A chip's model number: H100, B200, A100, MI300X, GB200 (letters, then three or four digits, then a letter at most). */
const CHIP_MODEL = /^(?:[A-Z]{1,2}|MI)\d{3,4}[A-Z]?(?![A-Za-z0-9])/;
