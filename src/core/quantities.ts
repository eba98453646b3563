// Detects numeric quantities in prose ("~2 KB per token", "$7-8 billion", "989 TFLOPS dense
// BF16") and normalises them to canonical units (s, B, B/s, FLOP, FLOP/s, W, USD, counts,
// x, %). A hand-written scanner: it only stops at digits and at a few word-number words,
// every look-ahead/look-behind is bounded, and no regex runs over the note, so the cost is
// linear in the text and safe on adversarial input.
//
// Disambiguation rules (see also the comments on each step):
// - "B" after a number: billion after a currency ("$7B"), before a count noun ("7B params",
//   "100B tokens") or when glued to the number with nothing unit-like after it ("Llama 70B" →
//   70e9, noun 'param'); bytes when spaced ("80 B") or followed by "/" or a per-clause
//   ("2B per token"). "bn" is always billion; KB/MB/GB/TB/PB/EB/KiB… are always bytes.
// - FLOP vs FLOP/s: see lexicon.ts (prefixed TFLOPS/PFLOPs/exaflops/PF are rates; FLOP,
//   FLOPs, flops are counts; bare "FLOPS" is a rate unless written like a training budget).
// - Years: a bare 4-digit integer 1900–2100 (no unit, magnitude, currency or noun) is a year
//   and never a quantity; "2024 GPUs" is a count.

import type { Dimension, Hedge, Precision, Quantity, QuantityKind } from './types.js';
import {
  BASE_DIM,
  BIT_DEF,
  BYTE_DEF,
  CAPITAL_OK,
  DAY,
  F_FLOPS_AMBIG,
  F_SPELLED_PREFIXED,
  HEDGE_PHRASES,
  INDEX_WORDS,
  MAGNITUDE_EXACT,
  MAGNITUDE_WORDS,
  MONTHS,
  NOUNS,
  PRECISIONS,
  QUALIFIER_FILLERS,
  STOPWORDS,
  TIME_DENOMS,
  USD_DEF,
  WORD_NUMBERS,
  WORD_NUMBER_STARTS,
  displayNoun,
  lookupUnit,
  pluralNoun,
  type BaseUnit,
  type UnitDef,
} from './quantities/lexicon.js';

export { formatQuantity } from './quantities/format.js';

export interface ParseQuantitiesOptions {
  /** First offset to scan (default 0). */
  start?: number;
  /** Offset to stop scanning at, exclusive (default text.length). */
  end?: number;
}

// ---------------------------------------------------------------------------
// Scanner state and character helpers

interface Ctx {
  t: string;
  /** Region [lo, hi) being scanned; characters outside read as 0 (a boundary). */
  lo: number;
  hi: number;
  /** No new quantity may start before this offset (end of the previous one). */
  floor: number;
  /** End of the previous quantity including its qualifiers, or -1. */
  qualEnd: number;
  out: Quantity[];
}

function cc(ctx: Ctx, i: number): number {
  return i >= ctx.lo && i < ctx.hi ? ctx.t.charCodeAt(i) : 0;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  if (c === 0xb5 || c === 0x3bc) return true; // µ μ
  if (c < 0xc0 || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c < 0x3000) || (c >= 0xd800 && c <= 0xdfff)) return false;
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}
function isWordChar(c: number): boolean {
  return isDigit(c) || c === 95 || isLetter(c);
}
/** A digit, or an underscore that continues an identifier (not a closing "_emphasis_"). */
function gluedAfter(ctx: Ctx, i: number): boolean {
  const c = cc(ctx, i);
  return isDigit(c) || (c === 95 && isWordChar(cc(ctx, i + 1)));
}
function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x200a || c === 0x2002 || c === 0x2003;
}
/** Skip up to `max` horizontal spaces. */
function skipSpace(ctx: Ctx, i: number, max = 3): number {
  let n = 0;
  while (n < max && isHSpace(cc(ctx, i))) {
    i++;
    n++;
  }
  return i;
}
function lettersEnd(ctx: Ctx, i: number): number {
  while (isLetter(cc(ctx, i))) i++;
  return i;
}
function alnumEnd(ctx: Ctx, i: number): number {
  let c = cc(ctx, i);
  while (isLetter(c) || isDigit(c)) c = cc(ctx, ++i);
  return i;
}
/** Letters/digits with hyphen-joined segments ("GPU-hours", "H100-class"). */
function compoundEnd(ctx: Ctx, i: number): number {
  let e = alnumEnd(ctx, i);
  let parts = 0;
  while (parts < 3 && cc(ctx, e) === 45 && isLetter(cc(ctx, e + 1))) {
    e = alnumEnd(ctx, e + 1);
    parts++;
  }
  return e;
}
/**
 * Case-insensitive hash of an ASCII word of at most 16 letters, or -1; computed without
 * allocating, used only as a pre-filter before the real (string) comparison.
 */
function wordHash(ctx: Ctx, s: number, e: number): number {
  if (e - s > 16 || e <= s) return -1;
  let h = 0;
  for (let k = s; k < e; k++) {
    const c = ctx.t.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return -1;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}
function strHash(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + (w.charCodeAt(k) | 32)) | 0;
  return h;
}
function slice(ctx: Ctx, a: number, b: number): string {
  return ctx.t.slice(a, b);
}
/** A copy of text that does not keep the whole note alive. */
function fresh(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
const SUPERSCRIPT = new Map<number, number>([
  [0x2070, 0], [0xb9, 1], [0xb2, 2], [0xb3, 3], [0x2074, 4], [0x2075, 5], [0x2076, 6], [0x2077, 7], [0x2078, 8], [0x2079, 9],
]);

// ---------------------------------------------------------------------------
// Number literals

interface NumLit {
  start: number;
  end: number;
  /** Decimal mantissa as written, without separators ("2000", "3.35"). */
  mant: string;
  /** All mantissa digits as an integer (335 for "3.35"), or NaN when too long to be exact. */
  digitsNum: number;
  /** Power of ten that places the decimal point (-2 for "3.35"). */
  pointExp: number;
  /** Power of ten written with it (e25 in "3.8e25", 26 in "10^26"). */
  exp: number;
  sci: boolean;
  sig: number;
  /** Digits only: no separators, decimals or exponent. */
  plainInt: boolean;
  intLen: number;
}

function digitsEnd(ctx: Ctx, i: number): number {
  while (isDigit(cc(ctx, i))) i++;
  return i;
}

function sigDigits(intPart: string, frac: string): number {
  if (frac.length === 0) {
    let a = 0;
    while (a < intPart.length - 1 && intPart.charCodeAt(a) === 48) a++;
    let b = intPart.length;
    while (b > a + 1 && intPart.charCodeAt(b - 1) === 48) b--;
    return Math.max(1, b - a);
  }
  const all = intPart + frac;
  let a = 0;
  while (a < all.length - 1 && all.charCodeAt(a) === 48) a++;
  return Math.max(1, all.length - a);
}

/** Reads an exponent after "^" or as superscripts; returns [exp, end] or null. */
function readPowerExp(ctx: Ctx, i: number): [number, number] | null {
  let k = i;
  if (cc(ctx, k) === 94) {
    k++;
    const brace = cc(ctx, k) === 123 || cc(ctx, k) === 40;
    if (brace) k++;
    let neg = false;
    const s = cc(ctx, k);
    if (s === 45 || s === 0x2212) {
      neg = true;
      k++;
    } else if (s === 43) k++;
    const de = digitsEnd(ctx, k);
    if (de === k || de - k > 3) return null;
    let e = Number(slice(ctx, k, de));
    k = de;
    if (brace) {
      if (cc(ctx, k) !== 125 && cc(ctx, k) !== 41) return null;
      k++;
    }
    if (neg) e = -e;
    return [e, k];
  }
  let neg = false;
  if (cc(ctx, k) === 0x207b) {
    neg = true;
    k++;
  }
  let e = 0;
  let n = 0;
  let d = SUPERSCRIPT.get(cc(ctx, k));
  while (d !== undefined && n < 3) {
    e = e * 10 + d;
    n++;
    d = SUPERSCRIPT.get(cc(ctx, ++k));
  }
  if (n === 0) return null;
  return [neg ? -e : e, k];
}

/** Reads a number at i; returns the literal, or the offset to resume at when the token must be skipped. */
function readNumber(ctx: Ctx, i: number): NumLit | number {
  let j = digitsEnd(ctx, i);
  if (j - i > 24) return skipGlued(ctx, i); // a digit string, not a number
  let intPart = slice(ctx, i, j);
  let plainInt = true;
  if (j - i >= 1 && j - i <= 3) {
    for (let groups = 0; groups < 8; groups++) {
      if (!(
      cc(ctx, j) === 44 &&
      isDigit(cc(ctx, j + 1)) &&
      isDigit(cc(ctx, j + 2)) &&
      isDigit(cc(ctx, j + 3)) &&
      !isDigit(cc(ctx, j + 4))
      ))
        break;
      intPart += slice(ctx, j + 1, j + 4);
      j += 4;
      plainInt = false;
    }
  }
  let frac = '';
  if (cc(ctx, j) === 46 && isDigit(cc(ctx, j + 1))) {
    const fe = digitsEnd(ctx, j + 1);
    if (fe - j > 24) return skipGlued(ctx, i);
    frac = slice(ctx, j + 1, fe);
    j = fe;
    plainInt = false;
    if (cc(ctx, j) === 46 && isDigit(cc(ctx, j + 1))) return skipGlued(ctx, j); // "1.2.3": a version
  }
  if (intPart.length === 0) intPart = '0';
  let exp = 0;
  let sci = false;
  const ce = cc(ctx, j);
  if (ce === 101 || ce === 69) {
    let k = j + 1;
    let neg = false;
    const s = cc(ctx, k);
    if (s === 45 || s === 0x2212) {
      neg = true;
      k++;
    } else if (s === 43) k++;
    const de = digitsEnd(ctx, k);
    if (de > k && de - k <= 3) {
      exp = Number(slice(ctx, k, de)) * (neg ? -1 : 1);
      sci = true;
      j = de;
      plainInt = false;
    }
  }
  if (!sci && intPart === '10' && frac.length === 0 && plainInt) {
    const pw = readPowerExp(ctx, j);
    if (pw !== null) {
      intPart = '1';
      exp = pw[0];
      j = pw[1];
      sci = true;
      plainInt = false;
    }
  }
  if (cc(ctx, j) === 94) return skipGlued(ctx, j); // "2^10", "10^x"
  if (!sci) {
    // "3.8×10^25", "2 x 10^9", "6.02*10²³"
    let k = skipSpace(ctx, j, 1);
    const m = cc(ctx, k);
    if (m === 0xd7 || m === 120 || m === 88 || m === 42 || m === 0xb7 || m === 0x22c5) {
      k = skipSpace(ctx, k + 1, 1);
      if (cc(ctx, k) === 49 && cc(ctx, k + 1) === 48) {
        const pw = readPowerExp(ctx, k + 2);
        if (pw !== null) {
          exp = pw[0];
          j = pw[1];
          sci = true;
          plainInt = false;
        }
      }
    }
  }
  const mant = frac.length > 0 ? intPart + '.' + frac : intPart;
  let digitsNum = 0;
  if (intPart.length + frac.length <= 15) {
    for (let k = 0; k < intPart.length; k++) digitsNum = digitsNum * 10 + intPart.charCodeAt(k) - 48;
    for (let k = 0; k < frac.length; k++) digitsNum = digitsNum * 10 + frac.charCodeAt(k) - 48;
  } else digitsNum = NaN;
  return {
    start: i,
    end: j,
    mant,
    digitsNum,
    pointExp: -frac.length,
    exp,
    sci,
    sig: sigDigits(intPart, frac),
    plainInt,
    intLen: intPart.length,
  };
}

/** Skips a glued token (identifier, version, date, time) starting at or containing i. */
function skipGlued(ctx: Ctx, i: number): number {
  let k = i;
  for (;;) {
    const c = cc(ctx, k);
    if (isWordChar(c)) k++;
    else if ((c === 46 || c === 44 || c === 45 || c === 47 || c === 58) && isWordChar(cc(ctx, k + 1))) k += 2;
    else break;
  }
  return Math.max(k, i + 1);
}

const POW10: number[] = [];
for (let k = 0; k <= 22; k++) POW10.push(Number('1e' + k));

/** The literal's value times 10^extraExp, correctly rounded. */
function litValue(lit: NumLit, extraExp: number): number {
  const e = lit.exp + lit.pointExp + extraExp;
  // Both operands are exact doubles, so one multiplication/division rounds correctly.
  if (lit.digitsNum === lit.digitsNum && e >= -22 && e <= 22) return e >= 0 ? lit.digitsNum * POW10[e]! : lit.digitsNum / POW10[-e]!;
  return Number(lit.mant + 'e' + (lit.exp + extraExp));
}

// ---------------------------------------------------------------------------
// Prefix: currency and hedge written before the number

interface Prefix {
  start: number;
  /** Start of the number or its currency sign, without hedge words. */
  numStart: number;
  hedge: Hedge;
  between: boolean;
  currency: boolean;
}

const HEDGE_BY_LAST = new Map<string, Array<{ words: string[]; hedge: (typeof HEDGE_PHRASES)[number][1] }>>();
for (const [phrase, hedge] of HEDGE_PHRASES) {
  const words = phrase.split(' ').reverse();
  const last = words[0]!;
  let list = HEDGE_BY_LAST.get(last);
  if (list === undefined) HEDGE_BY_LAST.set(last, (list = []));
  list.push({ words, hedge });
}
const HEDGE_LAST_HASH = new Set<number>([...HEDGE_BY_LAST.keys()].map(strHash));

/** Up to `max` lowercase words ending at `end`, nearest first, separated by spaces only. */
function wordsBefore(ctx: Ctx, end: number, max: number): Array<{ w: string; start: number }> {
  const res: Array<{ w: string; start: number }> = [];
  let k = end;
  while (res.length < max) {
    let s = k;
    while (s > ctx.floor && s > k - 16 && isAsciiLetter(cc(ctx, s - 1))) s--;
    if (s === k || isLetter(cc(ctx, s - 1)) || isDigit(cc(ctx, s - 1)) || s < ctx.floor) break;
    res.push({ w: slice(ctx, s, k).toLowerCase(), start: s });
    let b = s;
    let n = 0;
    while (n < 3 && b - 1 >= ctx.floor && isHSpace(cc(ctx, b - 1))) {
      b--;
      n++;
    }
    if (b === s) break;
    k = b;
  }
  return res;
}

function onlySpaceBetween(ctx: Ctx, a: number, b: number): boolean {
  if (b - a > 8) return false;
  for (let k = a; k < b; k++) if (!isHSpace(cc(ctx, k))) return false;
  return true;
}

function readPrefix(ctx: Ctx, numStart: number): Prefix {
  const fl = ctx.floor;
  let p = numStart;
  let currency = false;
  const usBefore = (k: number): number =>
    k - 2 >= fl && cc(ctx, k - 1) === 83 && cc(ctx, k - 2) === 85 && !isWordChar(cc(ctx, k - 3)) ? k - 2 : k;
  if (p - 1 >= fl && cc(ctx, p - 1) === 36) {
    currency = true;
    p = usBefore(p - 1);
  } else if (p - 2 >= fl && isHSpace(cc(ctx, p - 1)) && cc(ctx, p - 2) === 36) {
    currency = true;
    p = usBefore(p - 2);
  } else {
    const k = isHSpace(cc(ctx, p - 1)) ? p - 1 : p;
    if (k - 3 >= fl && cc(ctx, k - 1) === 68 && cc(ctx, k - 2) === 83 && cc(ctx, k - 3) === 85 && !isWordChar(cc(ctx, k - 4))) {
      currency = true;
      p = k - 3;
    }
  }
  let k = p;
  let n = 0;
  while (n < 3 && k - 1 >= fl && isHSpace(cc(ctx, k - 1))) {
    k--;
    n++;
  }
  const res: Prefix = { start: p, numStart: p, hedge: 'exact', between: false, currency };
  if (k - 1 >= fl) {
    const c = cc(ctx, k - 1);
    const c2 = cc(ctx, k - 2);
    let sym: Hedge | null = null;
    let symStart = k - 1;
    if (c === 126 || c === 0x2248 || c === 0x223c || c === 0x301c || c === 0x2243) sym = 'approx';
    else if (c === 0x2265) sym = 'atLeast';
    else if (c === 0x2264) sym = 'atMost';
    else if (c === 61 && (c2 === 62 || c2 === 60) && k - 2 >= fl) {
      sym = c2 === 62 ? 'atLeast' : 'atMost';
      symStart = k - 2;
    } else if (c === 62 && c2 !== 45 && c2 !== 61 && c2 !== 62 && !isBlockquoteMarker(ctx, k - 1)) sym = 'atLeast';
    else if (c === 60 && c2 !== 60) sym = 'atMost';
    if (sym !== null) {
      res.start = symStart;
      res.hedge = sym;
      return res;
    }
    // Hedge words, possibly "approx." / "ca."
    let wend = k;
    let dotted = false;
    if (c === 46 && k - 2 >= fl && isAsciiLetter(c2)) {
      wend = k - 1;
      dotted = true;
    }
    let ws = wend;
    while (ws > fl && wend - ws <= 16 && isAsciiLetter(cc(ctx, ws - 1))) ws--;
    if (ws < wend && HEDGE_LAST_HASH.has(wordHash(ctx, ws, wend))) {
      const words = wordsBefore(ctx, wend, 4);
      const first = words[0];
      const cands = first !== undefined ? HEDGE_BY_LAST.get(first.w) : undefined;
      if (cands !== undefined) {
        let best: { n: number; hedge: (typeof HEDGE_PHRASES)[number][1] } | null = null;
        for (const cand of cands) {
          if (dotted && cand.words[0] !== 'approx' && cand.words[0] !== 'ca') continue;
          if (!dotted && cand.words[0] === 'ca') continue;
          if (cand.words.length > words.length) continue;
          let ok = true;
          for (let w = 1; w < cand.words.length; w++) if (words[w]!.w !== cand.words[w]) ok = false;
          if (ok && (best === null || cand.words.length > best.n)) best = { n: cand.words.length, hedge: cand.hedge };
        }
        if (best !== null) {
          const start = words[best.n - 1]!.start;
          // "141 GB over 4.8 TB/s" is a division, not "more than".
          const division =
            best.n === 1 && first!.w === 'over' && ctx.qualEnd >= 0 && onlySpaceBetween(ctx, ctx.qualEnd, start);
          if (!division) {
            res.start = start;
            if (best.hedge === 'between') res.between = true;
            else res.hedge = best.hedge;
          }
        }
      }
    }
  }
  return res;
}

/** A ">" at the start of a line (after spaces / other ">") is a blockquote marker. */
function isBlockquoteMarker(ctx: Ctx, i: number): boolean {
  for (let k = i - 1, n = 0; n < 12; k--, n++) {
    if (k < ctx.lo) return true;
    const c = ctx.t.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (!isHSpace(c) && c !== 62) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------
// What follows a number: magnitude, unit / noun / % / x, per-clauses

type Slot =
  | { k: 'unit'; def: UnitDef; end: number; attached: boolean }
  | { k: 'pct'; end: number }
  | { k: 'x'; end: number }
  | { k: 'noun'; noun: string; end: number };

const REJECT = -1 as const;

interface HeadOpts {
  currency: boolean;
  adjLimit: number;
  yearLike: boolean;
}

interface Head {
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
function nounAt(ctx: Ctx, i: number, adjLimit: number): { noun: string; end: number } | null {
  let k = i;
  for (let a = 0; a <= adjLimit; a++) {
    if (!isLetter(cc(ctx, k))) return null;
    const te = compoundEnd(ctx, k);
    if (gluedAfter(ctx, te) || te - k > 40) return null;
    const word = slice(ctx, k, te).toLowerCase();
    let n = NOUNS.get(word);
    if (n === undefined) {
      const dash = word.lastIndexOf('-');
      if (dash > 0) n = NOUNS.get(word.slice(dash + 1));
    }
    if (n !== undefined) return { noun: n, end: te };
    if (a === adjLimit) return null;
    if (STOPWORDS.has(word) || MAGNITUDE_WORDS.has(word) || lookupUnit(slice(ctx, k, te)) !== undefined) return null;
    const ns = skipSpace(ctx, te, 2);
    if (ns === te) return null;
    k = ns;
  }
  return null;
}

/** Is there a per-clause at i ("/token", " per GPU")? */
function perAhead(ctx: Ctx, i: number): boolean {
  if (cc(ctx, i) === 47) return true;
  const k = skipSpace(ctx, i);
  return k > i && (cc(ctx, k) | 32) === 112 && (cc(ctx, k + 1) | 32) === 101 && (cc(ctx, k + 2) | 32) === 114 && !isLetter(cc(ctx, k + 3));
}

function readMagnitude(ctx: Ctx, p: number, o: HeadOpts): { exp: number; end: number; bParam: boolean } | null {
  const s = skipSpace(ctx, p, 1);
  const spaced = s > p;
  if (!isAsciiLetter(cc(ctx, s))) return null;
  const we = lettersEnd(ctx, s);
  if (isDigit(cc(ctx, we)) || we - s > 11) return null;
  const w = slice(ctx, s, we);
  let m = MAGNITUDE_EXACT.get(w);
  if (m === undefined && we - s >= 7) m = MAGNITUDE_WORDS.get(w.toLowerCase());
  if (m !== undefined) {
    // "5 K80", "3 T4" are names; a spaced single letter must stand alone.
    return { exp: m, end: we, bParam: false };
  }
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

function readSlot(ctx: Ctx, p: number, lit: NumLit, o: HeadOpts): Slot | null | typeof REJECT {
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
    if (isDigit(cc(ctx, k)) || cc(ctx, k) === 46 || cc(ctx, k) === 36) return null;
    return { k: 'x', end: s + 1 };
  }
  if (!isLetter(c)) return null;
  const we = lettersEnd(ctx, s);
  const glued = !spaced;
  if (gluedAfter(ctx, we)) {
    // "8x7B", "1st2", "4o-mini": a name. Spaced "8 H100 GPUs" may still have a noun.
    if (glued) return REJECT;
    const n = nounAt(ctx, s, o.adjLimit);
    return n === null ? null : { k: 'noun', noun: n.noun, end: n.end };
  }
  const w = slice(ctx, s, we);
  if (w === 'x' || w === 'X') {
    if (!spaced && !hyph) return { k: 'x', end: we };
    if (spaced && isLetter(cc(ctx, skipSpace(ctx, we)))) return { k: 'x', end: we };
    return null;
  }
  if (o.currency) {
    const d = lookupUnit(w);
    return d !== undefined && d.base === 'USD' && !hyph ? { k: 'unit', def: d, end: we, attached: glued } : glued ? REJECT : null;
  }
  const lw = w.length <= 12 ? w.toLowerCase() : '';
  if (lw === 'times') return { k: 'x', end: we };
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
    return { k: 'unit', def: d, end: we, attached: glued };
  }
  const n = nounAt(ctx, s, hyph ? 0 : o.adjLimit);
  if (n !== null) return { k: 'noun', noun: n.noun, end: n.end };
  if (glued) return REJECT; // "1st", "5nm", "4-way"
  return null;
}

function readPlus(ctx: Ctx, p: number): number {
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

function readHead(ctx: Ctx, lit: NumLit, o: HeadOpts): Head | null {
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
function readConnector(ctx: Ctx, p: number, between: boolean, currency: boolean): number {
  let k: number;
  const c = cc(ctx, p);
  if (c === 45) k = p + 1;
  else {
    const s = skipSpace(ctx, p, 2);
    const c2 = cc(ctx, s);
    if (c2 === 0x2013 || c2 === 0x2014) k = skipSpace(ctx, s + 1, 2);
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

function sameSlot(a: Slot, b: Slot): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'unit' && b.k === 'unit') return a.def.base === b.def.base;
  if (a.k === 'noun' && b.k === 'noun') return a.noun === b.noun;
  return true;
}

function slotValue(lit: NumLit, magExp: number, slot: Slot | null): number {
  if (slot !== null && slot.k === 'unit') {
    const v = litValue(lit, magExp + slot.def.exp10);
    return slot.def.mult === 1 ? v : v * slot.def.mult;
  }
  return litValue(lit, magExp);
}

// Denominators ---------------------------------------------------------------

type Denom = { k: 'time'; seconds: number; name: string } | { k: 'noun'; noun: string } | { k: 'unit'; def: UnitDef };

const MEASURE_PER_NAME: Partial<Record<BaseUnit, string>> = { B: 'byte', W: 'watt', FLOP: 'flop', USD: 'usd' };

function resolveDenom(ctx: Ctx, s: number, e: number): Denom | null {
  const w = slice(ctx, s, e);
  const t = TIME_DENOMS.get(w) ?? (w.length > 2 ? TIME_DENOMS.get(w.toLowerCase()) : undefined);
  if (t !== undefined) return { k: 'time', seconds: t.seconds, name: t.name };
  const n = NOUNS.get(w.toLowerCase());
  if (n !== undefined) return { k: 'noun', noun: n };
  const d = w === 'B' ? BYTE_DEF : lookupUnit(w);
  if (d !== undefined && MEASURE_PER_NAME[d.base] !== undefined) return { k: 'unit', def: d };
  return null;
}

function readDenom(ctx: Ctx, i: number, allowAdj: boolean): { d: Denom; end: number } | null {
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
  if (d !== null) return { d, end: le };
  if (allowAdj) {
    // "per output token", "per decode step"
    const w = slice(ctx, i, le).toLowerCase();
    if (STOPWORDS.has(w)) return null;
    const k = skipSpace(ctx, le, 1);
    if (k > le) {
      const r = readDenom(ctx, k, false);
      if (r !== null && r.d.k === 'noun') return r;
    }
  }
  return null;
}

/** A per-clause at p: "/s", "/token", " per GPU", " per-layer". */
function readPer(ctx: Ctx, p: number): { d: Denom; end: number } | null {
  if (cc(ctx, p) === 47) return readDenom(ctx, p + 1, false);
  const k = skipSpace(ctx, p, 2);
  if (k > p && (cc(ctx, k) | 32) === 112 && (cc(ctx, k + 1) | 32) === 101 && (cc(ctx, k + 2) | 32) === 114) {
    const sep = cc(ctx, k + 3);
    if (isHSpace(sep) || sep === 45) {
      const ds = sep === 45 ? k + 4 : skipSpace(ctx, k + 3, 2);
      return readDenom(ctx, ds, true);
    }
  }
  return null;
}

// Qualifiers ------------------------------------------------------------------

interface Quals {
  precision?: Precision;
  sparsity?: 'dense' | 'sparse';
  end: number;
}

function readQualifiers(ctx: Ctx, p: number): Quals {
  const q: Quals = { end: p };
  let k = p;
  let paren = false;
  for (let n = 0; n < 5; n++) {
    let s = k;
    for (let m = 0; m < 4; m++) {
      const c = cc(ctx, s);
      if (c === 40) paren = true;
      // a comma ends the clause unless we are inside "( … )"
      if (isHSpace(c) || (c === 44 && paren) || c === 40 || c === 41 || c === 47 || c === 45) s++;
      else break;
    }
    if (!isAsciiLetter(cc(ctx, s))) break;
    const te = alnumEnd(ctx, s);
    if (te - s > 12) break;
    const w = slice(ctx, s, te).toLowerCase();
    const prec = PRECISIONS.get(w);
    if (prec !== undefined) {
      q.precision ??= prec;
      q.end = te;
    } else if (w === 'dense') {
      q.sparsity ??= 'dense';
      q.end = te;
    } else if (w === 'sparse' || w === 'sparsity') {
      q.sparsity ??= 'sparse';
      q.end = te;
    } else if (!QUALIFIER_FILLERS.has(w)) break;
    k = te;
  }
  return q;
}

/** Precision/sparsity written just before a FLOP figure ("FP8: 1979 TFLOPS"). */
function qualifiersBefore(ctx: Ctx, start: number, q: Quals): void {
  let k = start;
  for (let n = 0; n < 2; n++) {
    let m = 0;
    while (m < 3 && k - 1 >= ctx.floor && (isHSpace(cc(ctx, k - 1)) || cc(ctx, k - 1) === 58)) {
      k--;
      m++;
    }
    let s = k;
    while (s - 1 >= ctx.floor && k - s < 12 && (isAsciiLetter(cc(ctx, s - 1)) || isDigit(cc(ctx, s - 1)))) s--;
    if (s === k || isWordChar(cc(ctx, s - 1))) return;
    const w = slice(ctx, s, k).toLowerCase();
    const prec = PRECISIONS.get(w);
    if (prec !== undefined) q.precision ??= prec;
    else if (w === 'dense') q.sparsity ??= 'dense';
    else if (w === 'sparse') q.sparsity ??= 'sparse';
    else return;
    k = s;
  }
}

// ---------------------------------------------------------------------------
// Bare-number rejection (years, versions, indices, dates, list markers)

function isBareRejected(ctx: Ctx, start: number, lit: NumLit, endAll: number): boolean {
  const v = Number(lit.mant);
  if (lit.plainInt && lit.intLen === 4 && v >= 1900 && v <= 2100) return true; // a year
  // Word right before ("Llama 3", "CUDA 12", "episode 494", "Mar 18", "layer 5", "No. 5")
  let k = start;
  let m = 0;
  while (m < 3 && k - 1 >= ctx.lo && isHSpace(cc(ctx, k - 1))) {
    k--;
    m++;
  }
  let dotted = false;
  if (m <= 1 && cc(ctx, k - 1) === 46 && isAsciiLetter(cc(ctx, k - 2))) {
    k--;
    dotted = true;
  }
  if ((m > 0 || dotted) && (isLetter(cc(ctx, k - 1)) || isDigit(cc(ctx, k - 1)))) {
    let s = k;
    while (s - 1 >= ctx.lo && k - s < 24 && (isLetter(cc(ctx, s - 1)) || isDigit(cc(ctx, s - 1)))) s--;
    if (!isWordChar(cc(ctx, s - 1)) || s === ctx.lo) {
      const word = slice(ctx, s, k);
      const lw = word.toLowerCase();
      if (INDEX_WORDS.has(lw)) return true;
      if (MONTHS.has(lw) && lit.plainInt && v <= 31) return true;
      if (NOUNS.get(lw) === lw) return true; // "GPU 3", "layer 5"
      if (!CAPITAL_OK.has(lw) && !dotted) {
        for (let i = 0; i < word.length; i++) {
          const c = word.charCodeAt(i);
          if (((c >= 65 && c <= 90) || isDigit(c)) && isLetter(word.charCodeAt(0))) return true; // "Llama 3", "iOS 17", "GPT 4"
        }
      }
    }
  }
  // "18 March", "5 May"
  if (lit.plainInt && v <= 31) {
    const s = skipSpace(ctx, endAll, 1);
    if (s > endAll) {
      const e = lettersEnd(ctx, s);
      if (e - s >= 3 && e - s <= 9 && MONTHS.has(slice(ctx, s, e).toLowerCase()) && !isLetter(cc(ctx, e))) return true;
    }
  }
  // List numbering "1. " / "2) " at line start
  if (lit.plainInt && lit.end === endAll) {
    const a = cc(ctx, endAll);
    if ((a === 46 || a === 41) && (isHSpace(cc(ctx, endAll + 1)) || cc(ctx, endAll + 1) === 10 || cc(ctx, endAll + 1) === 0)) {
      let b = start - 1;
      let n = 0;
      while (n < 16 && b >= ctx.lo && (isHSpace(cc(ctx, b)) || cc(ctx, b) === 62)) {
        b--;
        n++;
      }
      if (b < ctx.lo || cc(ctx, b) === 10 || cc(ctx, b) === 13) return true;
    }
    // "[1]" citations, "(2)" enumerations
    const before = cc(ctx, start - 1);
    if ((before === 91 && a === 93) || (before === 40 && a === 41 && lit.intLen <= 2)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Building the quantity

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
  if (pre.currency && kind !== 'measure') {
    kind = 'measure';
    def = USD_DEF;
    base = 'USD';
    unitLabel = 'USD';
    noun = undefined;
  }
  let lo = slotValue(loLit, loMag, def !== null ? { k: 'unit', def, end: 0, attached: false } : null);
  let hi = hiLit !== null ? slotValue(hiLit, hiMag, def !== null ? { k: 'unit', def, end: 0, attached: false } : null) : lo;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  const dim: Dimension = base !== '' && base !== 'x' && base !== '%' ? { ...BASE_DIM[base] } : {};
  // Bare "FLOPS" after a training-budget-sized number is a count.
  if (def !== null && (def.flags & F_FLOPS_AMBIG) !== 0 && (loLit.sci || lo >= 1e21)) {
    base = 'FLOP';
    unitLabel = 'FLOP';
    delete dim.s;
  }
  // Per-clauses
  const pers: string[] = [];
  let divisor = 1;
  for (let n = 0; n < 3; n++) {
    const r = readPer(ctx, p);
    if (r === null) break;
    const d = r.d;
    if (d.k === 'time') {
      if (dim.s !== undefined && dim.s < 0) {
        // "TFLOPS/s" is a common slip for FLOP/s; other doubled rates stop here.
        if (base === 'FLOP/s' && d.seconds === 1 && pers.length === 0) {
          p = r.end;
          continue;
        }
        break;
      }
      divisor *= d.seconds;
      dim.s = (dim.s ?? 0) - 1;
      if (dim.s === 0) delete dim.s;
      if (base === 'B') unitLabel = 'B/s';
      else if (base === 'FLOP') unitLabel = 'FLOP/s';
      else if (base === 'W·s') unitLabel = 'W';
      else if (base === 's') unitLabel = '';
      else unitLabel = (noun !== undefined && pers.length === 0 ? pluralNoun(noun) : unitLabel) + '/s';
      if (base === 'B') base = 'B/s';
      else if (base === 'FLOP') base = 'FLOP/s';
      pers.push(d.name);
    } else if (d.k === 'noun') {
      unitLabel = (noun !== undefined && pers.length === 0 ? pluralNoun(noun) : unitLabel) + '/' + displayNoun(d.noun);
      pers.push(d.noun);
    } else {
      const dd = d.def;
      divisor *= Number('1e' + dd.exp10) * dd.mult;
      for (const [key, e] of Object.entries(BASE_DIM[dd.base]) as Array<[keyof Dimension, number]>) {
        const nv = (dim[key] ?? 0) - e;
        if (nv === 0) delete dim[key];
        else dim[key] = nv;
      }
      unitLabel = (noun !== undefined && pers.length === 0 ? pluralNoun(noun) : unitLabel) + '/' + dd.base;
      pers.push(MEASURE_PER_NAME[dd.base]!);
    }
    p = r.end;
  }
  if (divisor !== 1) {
    lo /= divisor;
    hi /= divisor;
  }
  // "PF-days", "petaflop/s-days": FLOP/s sustained for a day, a FLOP count.
  if (base === 'FLOP/s' && cc(ctx, p) === 45 && (cc(ctx, p + 1) | 32) === 100) {
    const e = lettersEnd(ctx, p + 1);
    const w = slice(ctx, p + 1, e).toLowerCase();
    if ((w === 'day' || w === 'days') && !isWordChar(cc(ctx, e))) {
      lo *= DAY;
      hi *= DAY;
      base = 'FLOP';
      unitLabel = 'FLOP';
      delete dim.s;
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
  const start = pre.start;
  const raw = slice(ctx, start, p);
  const q: Quantity = {
    span: { start, end: p },
    raw: fresh(raw),
    kind,
    value: hiLit !== null ? (lo + hi) / 2 : lo,
    range: hiLit !== null ? [lo, hi] : null,
    unit: unitLabel,
    dimension: dim,
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

function leftBoundaryOk(ctx: Ctx, i: number): boolean {
  const p = cc(ctx, i - 1);
  if (p === 0) return true;
  if (isDigit(p) || isLetter(p)) return false;
  switch (p) {
    case 45: // -
    case 46: // .
    case 47: // /
    case 92: // \
    case 35: // #
    case 64: // @
    case 94: // ^
    case 38: // &
    case 0x2013: // –
    case 0x2011: // non-breaking hyphen
    case 0x2212: // −
      return false;
    case 95: // _ (markdown emphasis only)
      return !isWordChar(cc(ctx, i - 2));
    default:
      return true;
  }
}

function scanNumber(ctx: Ctx, i: number): number {
  if (!leftBoundaryOk(ctx, i)) return skipGlued(ctx, i);
  const lit = readNumber(ctx, i);
  if (typeof lit === 'number') return lit;
  const after = cc(ctx, lit.end);
  // "6:30", "18:00" (times, ratios) and "03/18/2025", "1/2" (dates, fractions)
  if ((after === 58 || after === 47) && isDigit(cc(ctx, lit.end + 1))) return skipGlued(ctx, i);
  if (after === 46 && isLetter(cc(ctx, lit.end + 1))) return skipGlued(ctx, i); // "3.x", "1.e"
  const pre = readPrefix(ctx, i);
  const yearLike = lit.plainInt && lit.intLen === 4 && Number(lit.mant) >= 1900 && Number(lit.mant) <= 2100;
  const o: HeadOpts = { currency: pre.currency, adjLimit: yearLike ? 0 : 2, yearLike };
  const head = readHead(ctx, lit, o);
  if (head === null) return skipGlued(ctx, i);
  // Range
  let final = head;
  let loMag = head.magExp;
  let hiLit: NumLit | null = null;
  let hiMag = 0;
  let sig = lit.sig;
  const hs = readConnector(ctx, head.end, pre.between, pre.currency);
  if (hs >= 0) {
    const hl = readNumber(ctx, hs);
    if (typeof hl !== 'number') {
      const a2 = cc(ctx, hl.end);
      const glued = (a2 === 58 || a2 === 47) && isDigit(cc(ctx, hl.end + 1));
      const hh = glued ? null : readHead(ctx, hl, { currency: pre.currency, adjLimit: 2, yearLike: false });
      if (hh !== null) {
        let ok = true;
        if (head.slot !== null && (hh.slot === null || !sameSlot(head.slot, hh.slot))) ok = false;
        if (head.hasMag && !hh.hasMag) ok = false;
        const lm = head.hasMag ? head.magExp : head.slot === null ? hh.magExp : 0;
        const slot = hh.slot ?? head.slot;
        if (ok) {
          const lv = slotValue(lit, lm, slot);
          const hv = slotValue(hl, hh.magExp, slot);
          if (!(hv >= lv)) ok = false;
        }
        if (ok) {
          final = { ...hh, slot, plus: head.plus || hh.plus, bParam: hh.bParam };
          loMag = lm;
          hiLit = hl;
          hiMag = hh.magExp;
          sig = Math.min(lit.sig, hl.sig);
        }
      }
    }
  }
  if (hiLit === null && pre.between) pre.start = pre.numStart; // "between" without a second number
  const end = emit(ctx, pre, lit, final, loMag, hiLit, hiMag, sig, false);
  if (end === null) return skipGlued(ctx, i);
  return end;
}

const WORD_START_HASH = new Set<number>([...WORD_NUMBER_STARTS].map(strHash));

function nextWord(ctx: Ctx, p: number): { w: string; s: number; e: number } | null {
  const s = skipSpace(ctx, p, 1);
  if (s === p || !isAsciiLetter(cc(ctx, s))) return null;
  const e = lettersEnd(ctx, s);
  if (e - s > 12 || isDigit(cc(ctx, e))) return null;
  return { w: slice(ctx, s, e).toLowerCase(), s, e };
}

function scanWord(ctx: Ctx, s: number, e: number): number {
  if (!WORD_START_HASH.has(wordHash(ctx, s, e))) return e;
  const b = cc(ctx, s - 1);
  if (b === 45 || b === 39 || b === 0x2019 || b === 95 || b === 46 || b === 47 || isDigit(cc(ctx, e)) || cc(ctx, e) === 95) return e;
  const lw = slice(ctx, s, e).toLowerCase();
  if (!WORD_NUMBER_STARTS.has(lw)) return e;
  if (lw === 'twice' || lw === 'thrice') {
    const pre = readPrefix(ctx, s);
    if (pre.currency) return e;
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
  let value: number;
  let k = e;
  const isA = lw === 'a' || lw === 'an';
  if (isA) value = 1;
  else if (lw === 'half') {
    value = 0.5;
    const nw = nextWord(ctx, k);
    if (nw !== null && (nw.w === 'a' || nw.w === 'an')) k = nw.e;
  } else {
    value = WORD_NUMBERS.get(lw)!;
    if (value >= 20 && value % 10 === 0 && cc(ctx, k) === 45 && isAsciiLetter(cc(ctx, k + 1))) {
      const ue = lettersEnd(ctx, k + 1);
      const u = WORD_NUMBERS.get(slice(ctx, k + 1, ue).toLowerCase());
      if (u !== undefined && u < 10) {
        value += u;
        k = ue;
      }
    }
  }
  let scaled = false;
  let magExp = 0;
  let nw = nextWord(ctx, k);
  if (nw !== null && nw.w === 'hundred') {
    value *= 100;
    scaled = true;
    k = nw.e;
    nw = nextWord(ctx, k);
  }
  if (nw !== null && nw.w === 'dozen') {
    value *= 12;
    scaled = true;
    k = nw.e;
    nw = nextWord(ctx, k);
  }
  if (nw !== null && MAGNITUDE_WORDS.has(nw.w)) {
    magExp = MAGNITUDE_WORDS.get(nw.w)!;
    scaled = true;
    k = nw.e;
  }
  const half = value % 1 !== 0;
  const lit: NumLit = {
    start: s,
    end: k,
    mant: String(value),
    digitsNum: half ? value * 10 : value,
    pointExp: half ? -1 : 0,
    exp: 0,
    sci: false,
    sig: sigDigits(String(half ? value * 10 : value), ''),
    plainInt: false,
    intLen: 0,
  };
  const pre = readPrefix(ctx, s);
  if (pre.currency) return e;
  const slot = readSlot(ctx, k, lit, { currency: false, adjLimit: 1, yearLike: false });
  if (slot === REJECT || slot === null) return e;
  if (slot.k === 'unit' && isA && !scaled && (slot.def.flags & F_SPELLED_PREFIXED) === 0) return e;
  if (slot.k === 'noun' && isA && !scaled) return e;
  if ((slot.k === 'x' || slot.k === 'pct') && isA && !scaled) return e;
  const head: Head = { lit, magExp, hasMag: magExp !== 0, bParam: false, plus: false, slot, end: slot.end };
  const end = emit(ctx, pre, lit, head, magExp, null, 0, lit.sig, true);
  return end ?? e;
}

// ---------------------------------------------------------------------------
// Public API

/**
 * Finds the quantities in text[start, end) in order. Spans are absolute offsets into
 * `text`; the region is treated as isolated (characters outside it read as boundaries).
 * Never throws.
 */
export function parseQuantities(text: string, options?: ParseQuantitiesOptions): Quantity[] {
  const len = text.length;
  const clamp = (v: number | undefined, d: number): number =>
    v === undefined || Number.isNaN(v) ? d : Math.max(0, Math.min(len, Math.floor(v)));
  const lo = clamp(options?.start, 0);
  const hi = Math.max(lo, clamp(options?.end, len));
  const ctx: Ctx = { t: text, lo, hi, floor: lo, qualEnd: -1, out: [] };
  let i = lo;
  while (i < hi) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      i = scanNumber(ctx, i);
    } else if (c === 46 && isDigit(cc(ctx, i + 1)) && !isDigit(cc(ctx, i - 1)) && !isWordChar(cc(ctx, i - 1))) {
      // ".5 ms"
      const r = scanNumber(ctx, i);
      i = Math.max(r, i + 1);
    } else if (isAsciiLetter(c)) {
      const e = lettersEnd(ctx, i);
      i = isWordChar(cc(ctx, i - 1)) ? e : scanWord(ctx, i, e);
    } else {
      i++;
    }
  }
  return ctx.out;
}

/** The first quantity in a string, or undefined. */
export function parseQuantity(text: string): Quantity | undefined {
  return parseQuantities(text)[0];
}
