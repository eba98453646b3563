// Numbers written in words: cardinals ("two hundred and fifty", "one thousand two hundred",
// "one and a half"), fractions of a unit ("three-quarters of a petaflop") and the left-context
// test that keeps a word number inside an unparsed phrase ("a few hundred to a thousand") from
// being read on its own. Every reader looks at a bounded number of words, so the cost stays
// linear; none of it runs on a line without a word-number word.

import { MAGNITUDE_WORDS, UNITS_LOWER, WORD_NUMBERS, type UnitDef } from './lexicon.js';
import { cc, isAsciiLetter, isDigit, isHSpace, isLetter, lettersEnd, sigDigits, skipSpace, slice, type Ctx, type NumLit } from './scan.js';

/** A word after one or two spaces (ASCII letters, at most 12, not glued to a digit), lowercased. */
export interface Word {
  w: string;
  s: number;
  e: number;
}

export function nextWord(ctx: Ctx, p: number): Word | null {
  if (ctx.wordAt === p) return ctx.word;
  const s = skipSpace(ctx, p, 2);
  let r: Word | null = null;
  if (s > p && isAsciiLetter(cc(ctx, s))) {
    const e = lettersEnd(ctx, s);
    if (e - s <= 12 && !isDigit(cc(ctx, e))) r = { w: slice(ctx, s, e).toLowerCase(), s, e };
  }
  ctx.wordAt = p;
  ctx.word = r;
  return r;
}

/** "-" followed by a letter at p: the word is glued into a compound ("two-GPU", "one-hour"). */
function hyphenGlued(ctx: Ctx, p: number): boolean {
  return cc(ctx, p) === 45 && isLetter(cc(ctx, p + 1));
}

/**
 * One to ninety-nine from the word [s, e) (lowercase `w`): "seven", "fifteen", "twenty-five",
 * "twenty five". Returns the value and where it ends, or null.
 */
function readUnder100(ctx: Ctx, w: string, e: number): { v: number; end: number } | null {
  const v = WORD_NUMBERS.get(w);
  if (v === undefined) return null;
  if (v < 20 || v % 10 !== 0) return { v, end: e };
  // "twenty-five"
  if (cc(ctx, e) === 45 && isAsciiLetter(cc(ctx, e + 1))) {
    const ue = lettersEnd(ctx, e + 1);
    const u = WORD_NUMBERS.get(slice(ctx, e + 1, ue).toLowerCase());
    if (u !== undefined && u < 10 && !hyphenGlued(ctx, ue) && !isDigit(cc(ctx, ue))) return { v: v + u, end: ue };
    return { v, end: e };
  }
  // "twenty five" (but not "twenty one-hour sessions")
  const nw = nextWord(ctx, e);
  if (nw !== null && cc(ctx, e) === 32 && nw.s === e + 1) {
    const u = WORD_NUMBERS.get(nw.w);
    if (u !== undefined && u < 10 && !hyphenGlued(ctx, nw.e)) return { v: v + u, end: nw.e };
  }
  return { v, end: e };
}

/** A group below a thousand: "seven", "twenty-five", "two hundred", "two hundred and fifty", "twelve hundred", "a dozen". */
interface Group {
  v: number;
  end: number;
  /** The leading number alone (with "and a half"): 2 in "two hundred", 1.5 in "one and a half". */
  lead: number;
  /** 100 after "hundred", 12 after "dozen", else 1. */
  mult: number;
  /** Words after "hundred" ("two hundred and fifty"): the group is no longer lead × mult. */
  tail: boolean;
  /** "and a half" / "and a quarter". */
  frac: boolean;
}

function readGroup(ctx: Ctx, first: Word, allowA: boolean, allowFrac: boolean): Group | null {
  let lead: number;
  let k: number;
  const isA = first.w === 'a' || first.w === 'an';
  if (isA) {
    if (!allowA) return null;
    lead = 1;
    k = first.e;
  } else {
    const r = readUnder100(ctx, first.w, first.e);
    if (r === null) return null;
    lead = r.v;
    k = r.end;
  }
  const g: Group = { v: lead, end: k, lead, mult: 1, tail: false, frac: false };
  let nw = nextWord(ctx, k);
  if (nw === null) return g;
  if (allowFrac && !isA && nw.w === 'and') {
    // "one and a half", "two and a quarter"
    const a = nextWord(ctx, nw.e);
    if (a !== null && a.w === 'a') {
      const h = nextWord(ctx, a.e);
      const add = h === null || hyphenGlued(ctx, h.e) ? 0 : h.w === 'half' ? 0.5 : h.w === 'quarter' ? 0.25 : 0;
      if (add > 0) {
        g.v = g.lead = lead + add;
        g.end = h!.e;
        g.frac = true;
        return g;
      }
    }
    return g;
  }
  if (nw.w === 'hundred' && lead < 100) {
    g.mult = 100;
    g.v = lead * 100;
    g.end = nw.e;
    // "two hundred fifty-six", "one hundred and twenty"
    let t = nextWord(ctx, nw.e);
    if (t !== null && t.w === 'and') t = nextWord(ctx, t.e);
    if (t !== null) {
      const r = readUnder100(ctx, t.w, t.e);
      if (r !== null && !hyphenGlued(ctx, r.end)) {
        const after = nextWord(ctx, r.end);
        // "one hundred and two hundred" is two numbers, not 102
        if (after === null || (after.w !== 'hundred' && after.w !== 'dozen' && !MAGNITUDE_WORDS.has(after.w))) {
          g.v += r.v;
          g.end = r.end;
          g.tail = true;
        }
      }
    }
    return g;
  }
  if (nw.w === 'dozen' && lead < 100) {
    g.mult = 12;
    g.v = lead * 12;
    g.end = nw.e;
  }
  return g;
}

/** A cardinal written in words. The value is mant × 10^magExp. */
export interface WordNum {
  start: number;
  end: number;
  /** Value without the last magnitude word: 2 for "two thousand", 1200 for "one thousand two hundred". */
  mant: number;
  /** Power of ten of the last magnitude word ("thousand" 3), or 0. */
  magExp: number;
  /** Just "a" or "an", with nothing scaling it. */
  bareA: boolean;
  /** No hundred, dozen or magnitude word: "two", "twenty-five", "one and a half". */
  simple: boolean;
  /** Has "hundred" or a magnitude word: a figure even without a unit or noun. */
  big: boolean;
  /**
   * When the phrase is one number times its scale words ("three thousand", "three hundred",
   * "two dozen"): that number; else NaN. The scale is then mult × 10^magExp.
   */
  lead: number;
  mult: number;
  /** How many magnitude words ("two million five hundred thousand": 2). */
  magWords: number;
  /** One group times one magnitude word ("three hundred thousand", "a million"): mant is the group. */
  groupShape: boolean;
  sig: number;
}

/**
 * Reads a cardinal that starts with the word `first` (a word number, "a" or "an"): "two",
 * "twenty-five", "two hundred and fifty", "one thousand two hundred", "two and a half million",
 * "a hundred thousand". Null when `first` cannot start one.
 */
export function readCardinal(ctx: Ctx, first: Word): WordNum | null {
  const g0 = readGroup(ctx, first, true, true);
  if (g0 === null) return null;
  if (first.w !== 'a' && first.w !== 'an' && !g0.frac && g0.v < 1000) {
    const decimal = readPointDecimal(ctx, first, g0.v, g0.end);
    if (decimal) return decimal;
  }
  let cur: Group = g0;
  let end = g0.end;
  let pairs = 0;
  let total = 0;
  let lastExp = 99;
  let pendingAdd = 0;
  for (let n = 0; n < 5; n++) {
    const nw = nextWord(ctx, cur.end);
    const m = nw !== null ? MAGNITUDE_WORDS.get(nw.w) : undefined;
    if (m === undefined || m >= lastExp || hyphenGlued(ctx, nw!.e)) break;
    // scale what was read so far down to the new magnitude
    total = total * Math.pow(10, lastExp === 99 ? 0 : lastExp - m) + cur.v;
    lastExp = m;
    pairs++;
    end = nw!.e;
    if (cur.frac) break; // "two and a half million" ends there
    // "one thousand two hundred", "two thousand and five", "two million five hundred thousand"
    let t = nextWord(ctx, end);
    let and = false;
    if (t !== null && t.w === 'and') {
      and = true;
      t = nextWord(ctx, t.e);
    }
    if (t === null || WORD_NUMBERS.get(t.w) === undefined) break;
    const g = readGroup(ctx, t, false, false);
    if (g === null || hyphenGlued(ctx, g.end)) break;
    const after = nextWord(ctx, g.end);
    const m2 = after !== null ? MAGNITUDE_WORDS.get(after.w) : undefined;
    if (m2 !== undefined) {
      // "between one thousand and five thousand": "and" joins two numbers
      if (and || m2 >= lastExp) break;
      cur = g;
      continue;
    }
    if (after !== null && (after.w === 'hundred' || after.w === 'dozen')) break;
    if (and && g.v >= 100) break;
    pendingAdd = g.v; // the units below the last magnitude
    end = g.end;
    break;
  }
  let mant: number;
  let magExp: number;
  if (pairs === 0) {
    mant = g0.v;
    magExp = 0;
    end = g0.end;
  } else if (pendingAdd > 0) {
    // "one thousand two hundred": down to units
    mant = total * Math.pow(10, lastExp) + pendingAdd;
    magExp = 0;
  } else {
    mant = total;
    magExp = lastExp;
  }
  if (!Number.isFinite(mant) || mant >= 1e15) return null;
  const leadShape = pairs <= 1 && pendingAdd === 0 && !g0.tail;
  const s = String(mant);
  const dot = s.indexOf('.');
  return {
    start: first.s,
    end,
    mant,
    magExp,
    bareA: (first.w === 'a' || first.w === 'an') && pairs === 0 && g0.mult === 1,
    simple: pairs === 0 && g0.mult === 1,
    big: pairs > 0 || g0.mult === 100,
    lead: leadShape ? g0.lead : NaN,
    mult: g0.mult,
    magWords: pairs,
    groupShape: pairs === 1 && pendingAdd === 0,
    sig: dot < 0 ? sigDigits(s, '') : sigDigits(s.slice(0, dot), s.slice(dot + 1)),
  };
}

const DIGIT_WORDS = new Map<string, number>([['zero', 0], ['oh', 0], ...[...WORD_NUMBERS].filter(([, v]) => v < 10)]);

/**
 * "four point eight", "three point three five", "one point eight trillion": a decimal spoken digit by digit
 * after "point" (at most four digits), and a magnitude word after it. Null without "point" and a digit.
 */
function readPointDecimal(ctx: Ctx, first: Word, whole: number, end: number): WordNum | null {
  const pt = nextWord(ctx, end);
  if (pt === null || pt.w !== 'point' || hyphenGlued(ctx, pt.e)) return null;
  let digits = '';
  let e = pt.e;
  for (let i = 0; i < 4; i++) {
    const d = nextWord(ctx, e);
    const v = d === null ? undefined : DIGIT_WORDS.get(d.w);
    if (v === undefined || hyphenGlued(ctx, d!.e)) break;
    digits += String(v);
    e = d!.e;
  }
  if (digits === '') return null;
  const mw = nextWord(ctx, e);
  const m = mw === null ? undefined : MAGNITUDE_WORDS.get(mw.w);
  return {
    start: first.s,
    end: m !== undefined ? mw!.e : e,
    mant: Number(`${whole}.${digits}`),
    magExp: m ?? 0,
    bareA: false,
    simple: false,
    big: m !== undefined,
    lead: NaN,
    mult: 1,
    magWords: m !== undefined ? 1 : 0,
    groupShape: false,
    sig: String(whole).length + digits.length,
  };
}

/** Words after a number word that may go on with it: more number words, scale words, "and", a range connector, a fraction. */
const CONTINUERS = new Set<string>([...WORD_NUMBERS.keys(), ...MAGNITUDE_WORDS.keys(), 'hundred', 'dozen', 'and', 'to', 'or', 'point']);

export function continuesWordNumber(w: string): boolean {
  return CONTINUERS.has(w) || DENOMINATORS.has(w);
}

/** A number word on its own ("two", "fifteen") as a WordNum. */
export function simpleWordNum(s: number, e: number, v: number): WordNum {
  return { start: s, end: e, mant: v, magExp: 0, bareA: false, simple: true, big: false, lead: v, mult: 1, magWords: 0, groupShape: false, sig: v < 10 || v % 10 === 0 ? 1 : 2 };
}

/** A number literal for a value read from words (the scanner's common currency). */
export function wordLit(start: number, end: number, mant: number, sig: number): NumLit | null {
  const s = String(mant);
  if (s.indexOf('e') >= 0) return null;
  const dot = s.indexOf('.');
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  return {
    start,
    end,
    mant: s,
    digitsNum: intPart.length + frac.length <= 15 ? Number(intPart + frac) : NaN,
    pointExp: -frac.length,
    exp: 0,
    sci: false,
    sig,
    plainInt: false,
    intLen: 0,
    decimalComma: false,
  };
}

// ---------------------------------------------------------------------------
// Fractions of a unit: "three-quarters of a petaflop", "a third of a second"

const DENOMINATORS = new Map<string, number>();
for (const [w, d] of [
  ['half', 2], ['third', 3], ['quarter', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
] as const) {
  DENOMINATORS.set(w, d);
  DENOMINATORS.set(w === 'half' ? 'halves' : w + 's', d);
}

export const DENOMINATOR_WORDS: readonly string[] = [...DENOMINATORS.keys()];

export function isDenominator(w: string): boolean {
  return DENOMINATORS.has(w);
}

export interface Fraction {
  /** num / den */
  value: number;
  /** The unit after "of a" ("petaflop"), or null when a magnitude word follows instead. */
  unit: UnitDef | null;
  magExp: number;
  end: number;
}

/**
 * A fraction after its numerator (`num`, ending at k): "-quarters of a petaflop", " third of
 * a second", " quarter of a million", " quarter million" (a quarter or half only). Only a
 * spelled unit or a magnitude word may follow "of a": "three quarters of the GPUs" is a share,
 * not a figure.
 */
export function readFraction(ctx: Ctx, num: number, k: number): Fraction | null {
  let dw: Word | null;
  if (cc(ctx, k) === 45 && isAsciiLetter(cc(ctx, k + 1))) {
    const de = lettersEnd(ctx, k + 1);
    dw = { w: slice(ctx, k + 1, de).toLowerCase(), s: k + 1, e: de };
  } else dw = nextWord(ctx, k);
  if (dw === null) return null;
  const den = DENOMINATORS.get(dw.w);
  if (den === undefined || num >= den || hyphenGlued(ctx, dw.e)) return null;
  const value = num / den;
  const nw = nextWord(ctx, dw.e);
  if (nw === null) return null;
  const direct = MAGNITUDE_WORDS.get(nw.w);
  if (direct !== undefined) {
    // "a quarter million", "a half million"
    return num === 1 && (den === 2 || den === 4) ? { value, unit: null, magExp: direct, end: nw.e } : null;
  }
  if (nw.w !== 'of') return null;
  const a = nextWord(ctx, nw.e);
  if (a === null || (a.w !== 'a' && a.w !== 'an')) return null;
  const t = nextWord(ctx, a.e);
  if (t === null || hyphenGlued(ctx, t.e)) return null;
  const m = MAGNITUDE_WORDS.get(t.w);
  if (m !== undefined) return { value, unit: null, magExp: m, end: t.e };
  const u = UNITS_LOWER.get(t.w);
  if (u !== undefined) return { value, unit: u, magExp: 0, end: t.e };
  return null;
}

// ---------------------------------------------------------------------------
// Left context: is this word number the tail of a number phrase that was not read?

/** Words that make a following "to", "or", "and" join two figures, or that scale the next word number. */
const NUMBERISH = new Set<string>([
  ...WORD_NUMBERS.keys(), 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'trillions', 'dozen', 'dozens', 'tens', 'few', 'several', 'couple', 'handful', 'half',
]);
/** "<word> of a terabyte": only part of the terabyte. */
const PART_OF = new Set<string>([
  ...DENOMINATORS.keys(), 'hundredth', 'hundredths', 'thousandth', 'thousandths', 'millionth', 'millionths', 'fraction', 'part',
  'portion', 'most', 'bulk', 'majority', 'sliver', 'bit',
]);

/** The lowercase word of ASCII letters ending at k (a word boundary before it), or null. */
function wordEndingAt(ctx: Ctx, k: number): { w: string; s: number } | null {
  let s = k;
  while (s > ctx.lo && k - s < 12 && isAsciiLetter(cc(ctx, s - 1))) s--;
  if (s === k || isLetter(cc(ctx, s - 1)) || isDigit(cc(ctx, s - 1))) return null;
  return { w: slice(ctx, s, k).toLowerCase(), s };
}

/** Skips one or two spaces back from k; returns k itself when there are none. */
function spacesBack(ctx: Ctx, k: number): number {
  let n = 0;
  while (n < 2 && isHSpace(cc(ctx, k - 1))) {
    k--;
    n++;
  }
  return k;
}

/** Is the token ending at k a figure: a number-ish word, or a token that starts with a digit ("5", "10k", "1,000")? */
function figureEndsAt(ctx: Ctx, k: number): boolean {
  const c = cc(ctx, k - 1);
  if (isDigit(c) || isAsciiLetter(c)) {
    let s = k;
    while (s > ctx.lo && k - s < 24) {
      const d = cc(ctx, s - 1);
      if (isDigit(d) || isAsciiLetter(d) || d === 44 || d === 46 || d === 45) s--;
      else break;
    }
    if (isDigit(cc(ctx, s))) return true;
    const w = wordEndingAt(ctx, k);
    return w !== null && NUMBERISH.has(w.w);
  }
  return false;
}

/**
 * Does the word number at s (lowercase `lw`) continue a number phrase that was not read as a
 * whole? Then reading it alone would misstate the figure: "a few hundred to a thousand GPUs",
 * "5 to ten ms", "nineteen ninety-five", "1 and a half TB", "two point five", "a fraction of a petaflop".
 */
export function continuesNumber(ctx: Ctx, s: number, lw: string): boolean {
  const k = spacesBack(ctx, s);
  const c = cc(ctx, k - 1);
  if (c === 0x2013 || c === 0x2014) return figureEndsAt(ctx, spacesBack(ctx, k - 1)); // "two – three"
  if (k === s) return false;
  const prev = wordEndingAt(ctx, k);
  if (prev === null) return false;
  if (NUMBERISH.has(prev.w)) return true;
  // "two to three", "few or two", "one and a half", and "two point five" (read alone, "five terabytes")
  if (prev.w === 'to' || prev.w === 'or' || prev.w === 'and' || prev.w === 'point') {
    const j = spacesBack(ctx, prev.s);
    if (j === prev.s) return false;
    return figureEndsAt(ctx, j);
  }
  if (prev.w === 'of' && (lw === 'a' || lw === 'an')) {
    const j = spacesBack(ctx, prev.s);
    const w = j < prev.s ? wordEndingAt(ctx, j) : null;
    return w !== null && PART_OF.has(w.w);
  }
  if (prev.w === 'a' && (lw === 'half' || lw === 'quarter')) {
    const j = spacesBack(ctx, prev.s);
    const w = j < prev.s ? wordEndingAt(ctx, j) : null;
    return w !== null && w.w === 'and'; // "1 and a half TB"
  }
  return false;
}

/** Is the word before `at` (after one or two spaces) `word`? */
export function wordBeforeIs(ctx: Ctx, at: number, word: string): boolean {
  const k = spacesBack(ctx, at);
  if (k === at) return false;
  const w = wordEndingAt(ctx, k);
  return w !== null && w.w === word;
}

/**
 * Is the number at `at` the upper end of a range whose lower end is vague ("a few hundred to
 * 1,000 GPUs", "dozens to 100")? Read alone it would pass for an exact figure.
 */
export function afterVagueConnector(ctx: Ctx, at: number): boolean {
  const k = spacesBack(ctx, at);
  if (k === at) return false;
  const c = cc(ctx, k - 1) | 32;
  if (c !== 111 && c !== 114 && c !== 100) return false; // to, or, and
  const prev = wordEndingAt(ctx, k);
  if (prev === null || (prev.w !== 'to' && prev.w !== 'or' && prev.w !== 'and')) return false;
  const j = spacesBack(ctx, prev.s);
  if (j === prev.s) return false;
  const w = wordEndingAt(ctx, j);
  return w !== null && NUMBERISH.has(w.w);
}

/**
 * Does a product name follow at p ("H100s", "B200", "MI300X")? A figure in words with a
 * magnitude word counts those: "ten thousand H100s".
 */
export function nameAhead(ctx: Ctx, p: number): boolean {
  const s = skipSpace(ctx, p, 1);
  if (s === p || !isAsciiLetter(cc(ctx, s))) return false;
  let k = s;
  let digit = false;
  while (k - s < 16) {
    const c = cc(ctx, k);
    if (isDigit(c)) digit = true;
    else if (!isAsciiLetter(c)) break;
    k++;
  }
  return digit && !isLetter(cc(ctx, k)) && !isDigit(cc(ctx, k));
}
