// Character-level helpers and number literals for the quantity scanner.

import type { Quantity } from '../types.js';

// ---------------------------------------------------------------------------
// Scanner state and character helpers

export interface Ctx {
  t: string;
  /** Region [lo, hi) being scanned; characters outside read as 0 (a boundary). */
  lo: number;
  hi: number;
  /** No new quantity may start before this offset (end of the previous one). */
  floor: number;
  /** End of the previous quantity including its qualifiers, or -1. */
  qualEnd: number;
  out: Quantity[];
  /** nextWord's last answer (words.ts): the readers of spelled numbers ask for the same word more than once. */
  wordAt: number;
  word: { w: string; s: number; e: number } | null;
  /** "1.000" is a thousand (ParseQuantitiesOptions.dotThousands). */
  dotThousands: boolean;
}

export function cc(ctx: Ctx, i: number): number {
  return i >= ctx.lo && i < ctx.hi ? ctx.t.charCodeAt(i) : 0;
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
/** isLetter of each BMP code unit from 0xc0 up, memoised: 0 not yet known, 1 no, 2 yes. */
const LETTER_MEMO = new Uint8Array(0x10000);
export function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  if (c === 0xb5 || c === 0x3bc) return true; // µ μ
  if (c < 0xc0 || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c < 0x3000) || (c >= 0xd800 && c <= 0xdfff)) return false;
  // Kana, CJK ideographs and Hangul: scripts written without spaces, so a figure glued to them still stands
  // apart ("帯域幅は3.35 TB/sです", "192GBのHBM3e", "3.35TB/s입니다").
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f)) return false;
  const m = LETTER_MEMO[c]!;
  if (m !== 0) return m === 2;
  const yes = NON_ASCII_LETTER.test(String.fromCharCode(c));
  LETTER_MEMO[c] = yes ? 2 : 1;
  return yes;
}
export function isWordChar(c: number): boolean {
  return isDigit(c) || c === 95 || isLetter(c);
}
/** A digit, or an underscore that continues an identifier (not a closing "_emphasis_"). */
export function gluedAfter(ctx: Ctx, i: number): boolean {
  const c = cc(ctx, i);
  return isDigit(c) || (c === 95 && isWordChar(cc(ctx, i + 1)));
}
export function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x200a || c === 0x2002 || c === 0x2003;
}
/** Skip up to `max` horizontal spaces. */
export function skipSpace(ctx: Ctx, i: number, max = 3): number {
  let n = 0;
  while (n < max && isHSpace(cc(ctx, i))) {
    i++;
    n++;
  }
  return i;
}
/** The "â" of mojibake punctuation ("80 GBâ€\u009d", "NVLinkâ€™s") is a broken quote or dash: it ends a word. */
function mojibakeLeadAt(ctx: Ctx, i: number): boolean {
  return cc(ctx, i + 1) === 0x20ac && cc(ctx, i) === 0xe2;
}
export function lettersEnd(ctx: Ctx, i: number): number {
  while (isLetter(cc(ctx, i)) && !mojibakeLeadAt(ctx, i)) i++;
  return i;
}
export function alnumEnd(ctx: Ctx, i: number): number {
  let c = cc(ctx, i);
  while ((isLetter(c) && !mojibakeLeadAt(ctx, i)) || isDigit(c)) c = cc(ctx, ++i);
  return i;
}
/** Letters/digits with hyphen-joined segments ("GPU-hours", "H100-class"). */
export function compoundEnd(ctx: Ctx, i: number): number {
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
export function wordHash(ctx: Ctx, s: number, e: number): number {
  if (e - s > 16 || e <= s) return -1;
  let h = 0;
  for (let k = s; k < e; k++) {
    const c = ctx.t.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return -1;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}
export function strHash(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + (w.charCodeAt(k) | 32)) | 0;
  return h;
}
export function slice(ctx: Ctx, a: number, b: number): string {
  return ctx.t.slice(a, b);
}
/** A copy of text that does not keep the whole note alive. */
export function fresh(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
const SUPERSCRIPT = new Map<number, number>([
  [0x2070, 0], [0xb9, 1], [0xb2, 2], [0xb3, 3], [0x2074, 4], [0x2075, 5], [0x2076, 6], [0x2077, 7], [0x2078, 8], [0x2079, 9],
]);

// ---------------------------------------------------------------------------
// Number literals

export interface NumLit {
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
  /** Written with a decimal comma ("3,35"): a quantity only with a unit or magnitude after it. */
  decimalComma: boolean;
}

export function digitsEnd(ctx: Ctx, i: number): number {
  while (isDigit(cc(ctx, i))) i++;
  return i;
}

export function sigDigits(intPart: string, frac: string): number {
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

/** An optionally signed (+, -, −) run of 1–3 digits at k: [value, end] or null. */
function readSignedDigits(ctx: Ctx, k: number): [number, number] | null {
  let neg = false;
  const s = cc(ctx, k);
  if (s === 45 || s === 0x2212) {
    neg = true;
    k++;
  } else if (s === 43) k++;
  const de = digitsEnd(ctx, k);
  if (de === k || de - k > 3) return null;
  const value = Number(slice(ctx, k, de));
  return [neg ? -value : value, de];
}

/** Reads an exponent after "^" or as superscripts; returns [exp, end] or null. */
export function readPowerExp(ctx: Ctx, i: number): [number, number] | null {
  let k = i;
  if (cc(ctx, k) === 94) {
    k++;
    const brace = cc(ctx, k) === 123 || cc(ctx, k) === 40;
    if (brace) k++;
    const signed = readSignedDigits(ctx, k);
    if (!signed) return null;
    k = signed[1];
    if (brace) {
      if (cc(ctx, k) !== 125 && cc(ctx, k) !== 41) return null;
      k++;
    }
    return [signed[0], k];
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
/**
 * Is the space at j a thousands separator of the number starting at i ("10 000 GPUs")? Only when
 * no digit comes before the number and the groups end in a word: "8 100 GB" stays two numbers.
 */
const RATE_UNIT_AFTER = /^[kKMGTP]?(?:B|b)(?:\/s|ps)\b|^[kKMGTPE]?FLOPS\b|^[kMG]?W\b/;

function isTimesSign(c: number): boolean {
  return c === 0xd7 || c === 0x78 || c === 0x2a || c === 0x22c5;
}

function spaceGroupAt(ctx: Ctx, i: number, j: number): boolean {
  const b = cc(ctx, i - 1);
  if (isDigit(b) || b === 44 || b === 46) return false;
  for (let k = j; k < j + 40; k += 4) {
    if (cc(ctx, k) !== 32 || !isDigit(cc(ctx, k + 1)) || !isDigit(cc(ctx, k + 2)) || !isDigit(cc(ctx, k + 3))) return false;
    const after = cc(ctx, k + 4);
    // "16 384 × 700 W": a product of the grouped number.
    if (after === 32 && j - i >= 2 && isTimesSign(cc(ctx, k + 5)) && cc(ctx, k + 6) === 32) return true;
    // "1 000 W", "1 024 GB": a group that starts with 0 is no number of its own; "1 800 GB/s": a rate's unit after it.
    if (after === 32 && (cc(ctx, k + 1) === 48 || RATE_UNIT_AFTER.test(ctx.t.slice(k + 5, Math.min(ctx.hi, k + 16))))) return true;
    if (after === 32 && isLetter(cc(ctx, k + 5))) {
      // "10 000 GPUs", "5 000 chips"; but one digit before a unit ("8 100 GB cards") is two numbers.
      if (j - i >= 2) return true;
      let e = k + 5;
      while (isLetter(cc(ctx, e))) e++;
      return e - (k + 5) >= 3 && cc(ctx, e - 1) === 115; // a plural noun
    }
    if (after !== 32) return false;
  }
  return false;
}

export function readNumber(ctx: Ctx, i: number): NumLit | number {
  let j = digitsEnd(ctx, i);
  if (j - i > 24) return skipGlued(ctx, i); // a digit string, not a number
  let intPart = slice(ctx, i, j);
  let plainInt = true;
  let dotGrouped = false;
  if (j - i >= 1 && j - i <= 3) {
    // thousands separators: "2,000", "400,000", "1,000,000" (groups of exactly three digits); a thin or
    // no-break space ("10 000"), and a plain space where a word follows the number ("10 000 GPUs").
    // Swiss and typographic apostrophes too ("Die H100 liefert 1'979 TFLOPS", "1’000 W"): before, the
    // figure read as 979 TFLOPS and 000 W.
    for (let groups = 0; groups < 8; groups++) {
      const c = cc(ctx, j);
      const sep = (c === 44 || c === 0x2009 || c === 0x202f || c === 0xa0 || c === 39 || c === 0x2019 || (c === 32 && spaceGroupAt(ctx, i, j)) || (c === 46 && ctx.dotThousands)) && isDigit(cc(ctx, j + 1)) && isDigit(cc(ctx, j + 2)) && isDigit(cc(ctx, j + 3));
      if (!sep || isDigit(cc(ctx, j + 4))) break;
      intPart += slice(ctx, j + 1, j + 4);
      if (c === 46) dotGrouped = true;
      j += 4;
      plainInt = false;
    }
  }
  let frac = '';
  let decimalComma = false;
  // "3,35 TB/s", "1,5 GW": a decimal comma (one or two digits after it, no list around it). The
  // caller keeps it only when a unit or magnitude follows; before, "3,35 TB/s" read as 35 TB/s.
  // ("1.307,4 TFLOPS" after dot thousands, and "1307,4": no thousands group has one or two digits.)
  if ((plainInt ? j - i <= 6 : dotGrouped) && cc(ctx, j) === 44 && isDigit(cc(ctx, j + 1)) && cc(ctx, i - 1) !== 44) {
    const fe = digitsEnd(ctx, j + 1);
    const after = cc(ctx, fe);
    if (fe - j - 1 <= 2 && after !== 44 && after !== 46) {
      frac = slice(ctx, j + 1, fe);
      j = fe;
      plainInt = false;
      decimalComma = true;
    }
  }
  if (!decimalComma && cc(ctx, j) === 46 && isDigit(cc(ctx, j + 1))) {
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
    const signed = readSignedDigits(ctx, j + 1);
    if (signed) {
      exp = signed[0];
      sci = true;
      j = signed[1];
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
  // "8192² × 2 bytes", "2 × 4096³": a square or cube of an integer is that number (matrix sizes in notes on kernels).
  const power = !sci && plainInt && frac.length === 0 ? (cc(ctx, j) === 0xb2 ? 2 : cc(ctx, j) === 0xb3 ? 3 : 0) : 0;
  if (power && !SUPERSCRIPT.has(cc(ctx, j + 1))) {
    const raised = Number(intPart) ** power;
    if (Number.isSafeInteger(raised)) {
      intPart = String(raised);
      j++;
      plainInt = false;
    }
  }
  if (cc(ctx, j) === 94) return skipGlued(ctx, j); // "2^10", "10^x"
  if (!sci) {
    // "3.8×10^25", "2 x 10^9", "6.02*10²³"
    let k = skipSpace(ctx, j, 1);
    const m = cc(ctx, k);
    // (LaTeX writes the sign as "\times" or "\cdot": "3.8 \times 10^{25}".)
    const tex = m === 92 ? /^\\(?:times|cdot)(?![A-Za-z])/.exec(ctx.t.slice(k, k + 7)) : null;
    if (m === 0xd7 || m === 120 || m === 88 || m === 42 || m === 0xb7 || m === 0x22c5 || tex) {
      k = skipSpace(ctx, k + (tex ? tex[0].length : 1), 1);
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
    decimalComma,
  };
}

/** Skips a glued token (identifier, version, date, time) starting at or containing i. */
export function skipGlued(ctx: Ctx, i: number): number {
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
export function litValue(lit: NumLit, extraExp: number): number {
  const e = lit.exp + lit.pointExp + extraExp;
  // Both operands are exact doubles, so one multiplication/division rounds correctly.
  if (lit.digitsNum === lit.digitsNum && e >= -22 && e <= 22) return e >= 0 ? lit.digitsNum * POW10[e]! : lit.digitsNum / POW10[-e]!;
  return Number(lit.mant + 'e' + (lit.exp + extraExp));
}

export function leftBoundaryOk(ctx: Ctx, i: number): boolean {
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

