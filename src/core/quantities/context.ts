// What surrounds a number: hedges and currency before it, precision/sparsity qualifiers
// around it, and the contexts that make a bare number a year, version, index or list marker.

import type { Hedge, Precision } from '../types.js';
import { CAPITAL_OK, HEDGE_PHRASES, INDEX_WORDS, MONTHS, NOUNS, PRECISIONS, QUALIFIER_FILLERS } from './lexicon.js';
import {
  cc,
  isAsciiLetter,
  isDigit,
  isHSpace,
  isLetter,
  isWordChar,
  alnumEnd,
  lettersEnd,
  skipSpace,
  slice,
  strHash,
  wordHash,
  type Ctx,
  type NumLit,
} from './scan.js';

// ---------------------------------------------------------------------------
// Prefix: currency and hedge written before the number

export interface Prefix {
  start: number;
  /** Start of the number or its currency sign, without hedge words. */
  numStart: number;
  hedge: Hedge;
  between: boolean;
  /** A dollar sign (or "USD") before the number: the figure is in USD. */
  currency: boolean;
  /** Any currency sign ("$", "€", "£" …): "B" after the number is a billion, not parameters. */
  money: boolean;
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

/** €, £, ¥, ₹, ₩: currency signs other than the dollar. */
function isOtherCurrency(c: number): boolean {
  return c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 0x20a9;
}

/** "US" right before a "$" at k ("US$5"): where the currency starts. */
function usBefore(ctx: Ctx, fl: number, k: number): number {
  return k - 2 >= fl && cc(ctx, k - 1) === 83 && cc(ctx, k - 2) === 85 && !isWordChar(cc(ctx, k - 3)) ? k - 2 : k;
}

export function readPrefix(ctx: Ctx, numStart: number): Prefix {
  const fl = ctx.floor;
  let p = numStart;
  let currency = false;
  let otherMoney = false;
  if (p - 1 >= fl && cc(ctx, p - 1) === 36) {
    currency = true;
    p = usBefore(ctx, fl, p - 1);
  } else if (p - 2 >= fl && isHSpace(cc(ctx, p - 1)) && cc(ctx, p - 2) === 36) {
    currency = true;
    p = usBefore(ctx, fl, p - 2);
  } else if (p - 1 >= fl && isOtherCurrency(cc(ctx, p - 1))) {
    // "€600M", "£2B", "¥5 billion": the sign stays in the claim's text, but it is no dollar figure.
    p = p - 1;
    otherMoney = true;
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
  const res: Prefix = { start: p, numStart: p, hedge: 'exact', between: false, currency, money: currency || otherMoney };
  if (k - 1 >= fl) {
    const c = cc(ctx, k - 1);
    const c2 = cc(ctx, k - 2);
    let sym: Hedge | null = null;
    let symStart = k - 1;
    // ("~~96 GB~~ 80 GB": the tildes that close a strikethrough are no "about".)
    if ((c === 126 && c2 !== 126) || c === 0x2248 || c === 0x223c || c === 0x301c || c === 0x2243) sym = 'approx';
    else if (c === 0x2272) sym = 'atMost'; // ≲
    else if (c === 0x2273) sym = 'atLeast'; // ≳
    // 約 / 约 / 약 ("about" in Japanese, Chinese, Korean), unless the end of a word (契約 "contract", 계약); a
    // particle before it is fine ("重みは約70 GB").
    else if ((c === 0x7d04 || c === 0x7ea6 ? !isIdeograph(c2) : c === 0xc57d && !isHangul(c2))) sym = 'approx';
    else if (c === 0x2265) sym = 'atLeast';
    else if (c === 0x2264) sym = 'atMost';
    else if (c === 61 && (c2 === 62 || c2 === 60) && k - 2 >= fl) {
      sym = c2 === 62 ? 'atLeast' : 'atMost';
      symStart = k - 2;
    } else if (c === 62 && symbolHedgeOk(c2) && !isBlockquoteMarker(ctx, k - 1)) sym = 'atLeast';
    else if (c === 60 && symbolHedgeOk(c2)) sym = 'atMost';
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
            // "never draws more than 800 W", "doesn't use over 80 GB": a negated lower bound is an upper one.
            if ((res.hedge === 'atLeast' || res.hedge === 'atMost') && negatedBefore(ctx, start, fl)) res.hedge = res.hedge === 'atLeast' ? 'atMost' : 'atLeast';
          }
        }
      }
    }
  }
  return res;
}

/** "never", "not" or a word ending in "n't" among the two words before `at` (with a verb between at most). */
function negatedBefore(ctx: Ctx, at: number, floor: number): boolean {
  const before = ctx.t.slice(Math.max(floor, at - 28), at).toLowerCase();
  return /(?:^|\s)(?:never|not|no longer|\w+n['’]t)(?:\s+\w+)?\s+$/.test(before) && !/\b(?:not|no) (?:only|just)\s/.test(before);
}

/**
 * ">"/"<" is a comparison only when it stands on its own: not an arrow ("->", "=>"), a
 * doubled sign, or the end of an HTML tag ("<b>5 GB").
 */
function symbolHedgeOk(before: number): boolean {
  if (isWordChar(before)) return false;
  return before !== 45 && before !== 61 && before !== 62 && before !== 60 && before !== 34 && before !== 39 && before !== 47;
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

// Qualifiers ------------------------------------------------------------------

export interface Quals {
  precision?: Precision;
  sparsity?: 'dense' | 'sparse';
  end: number;
}

/** "dense" as German, Spanish, Italian, Portuguese, Dutch and Polish notes write it. */
const DENSE_WORDS = new Set(['dense', 'dicht', 'denso', 'densa', 'dichte', 'gęste']);
/** "sparse" so, after the figure: "9 PFLOPS con dispersión", "5.230 TFLOPS com esparsidade", "FP4 esparso". */
const SPARSE_WORDS = new Set(['sparse', 'sparsity', 'dispersión', 'dispersion', 'disperso', 'dispersa', 'esparsidade', 'esparso', 'esparsa', 'sparsità', 'sparsité']);

export function readQualifiers(ctx: Ctx, p: number): Quals {
  const q: Quals = { end: p };
  let k = p;
  let paren = false;
  let closed = false;
  // What was read before a parenthesis opened: an aside ("(FP8 is half that)") names no qualifier of this figure.
  let beforeParen: Quals | undefined;
  for (let n = 0; n < 5; n++) {
    let s = k;
    for (let m = 0; m < 4; m++) {
      const c = cc(ctx, s);
      if (c === 40 && !paren) {
        paren = true;
        beforeParen = { ...q };
      }
      if (c === 41) closed = true;
      // a comma ends the clause unless we are inside "( … )"; one after the ")" does too ("H100 FP8 1,979 TFLOPS
      // (dense), BF16 989 TFLOPS": BF16 is the next figure's, and took this one before)
      if (isHSpace(c) || (c === 44 && paren && !closed) || c === 40 || c === 41 || c === 47 || c === 45) s++;
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
    } else if (DENSE_WORDS.has(w)) {
      q.sparsity ??= 'dense';
      q.end = te;
    } else if (SPARSE_WORDS.has(w)) {
      q.sparsity ??= 'sparse';
      q.end = te;
    } else if (!QUALIFIER_FILLERS.has(w)) {
      if (paren && !closed && beforeParen) return beforeParen;
      break;
    }
    k = te;
  }
  return q;
}

const QUALIFIER_PAIR = /\b([a-z]+[0-9]*)\s?\/\s?([a-z]+[0-9]*)\b/gi;

function qualifierOf(w: string): { precision?: Precision; sparsity?: 'dense' | 'sparse' } | null {
  const lw = w.toLowerCase();
  const prec = PRECISIONS.get(lw);
  if (prec !== undefined) return { precision: prec };
  if (DENSE_WORDS.has(lw)) return { sparsity: 'dense' };
  if (lw === 'sparse') return { sparsity: 'sparse' };
  return null;
}

/**
 * "dense/sparse", "FP8/FP16" within a few words before `start` or after `end`: the labels of a
 * slash-joined pair of figures, in order. Both words must be the same kind of qualifier.
 */
export function qualifierPair(ctx: Ctx, start: number, end: number): [{ precision?: Precision; sparsity?: 'dense' | 'sparse' }, { precision?: Precision; sparsity?: 'dense' | 'sparse' }] | null {
  const windows: [number, number][] = [
    [end, Math.min(ctx.hi, end + 40)],
    [Math.max(ctx.lo, start - 32), start],
  ];
  for (const [a, b] of windows) {
    const text = ctx.t.slice(a, b);
    QUALIFIER_PAIR.lastIndex = 0;
    for (let m = QUALIFIER_PAIR.exec(text); m !== null; m = QUALIFIER_PAIR.exec(text)) {
      const x = qualifierOf(m[1]!);
      const y = qualifierOf(m[2]!);
      if (x !== null && y !== null && (x.precision !== undefined) === (y.precision !== undefined)) return [x, y];
    }
  }
  return null;
}

/** Precision/sparsity written just before a FLOP figure ("FP8: 1979 TFLOPS"). */
export function qualifiersBefore(ctx: Ctx, start: number, q: Quals): void {
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
    else if (DENSE_WORDS.has(w)) q.sparsity ??= 'dense';
    else if (w === 'sparse') q.sparsity ??= 'sparse';
    else return;
    k = s;
  }
}

// ---------------------------------------------------------------------------
// Bare-number rejection (years, versions, indices, dates, list markers)

/** Only spaces and list or quote markers between the line's start and i. */
function opensLine(ctx: Ctx, i: number): boolean {
  let b = i - 1;
  for (let n = 0; n < 16 && b >= ctx.lo; n++, b--) {
    const c = cc(ctx, b);
    if (c === 10 || c === 13) return true;
    if (!(isHSpace(c) || c === 45 || c === 42 || c === 43 || c === 62)) return false;
  }
  return b < ctx.lo;
}

/** An arithmetic operator after `end` ("671 ÷ 37", "8 × 80 GB", "405 / 8"). */
function isOperatorAfter(ctx: Ctx, end: number): boolean {
  const s = skipSpace(ctx, end, 2);
  const c = cc(ctx, s);
  return (c === 0xf7 || c === 0xd7 || c === 42 || (c === 47 && s > end)) && (isHSpace(cc(ctx, s + 1)) || isDigit(cc(ctx, s + 1)));
}

/** A product sign right before `start`, past up to two spaces ("… × DP 64"). */
function isOperatorBefore(ctx: Ctx, start: number): boolean {
  let k = start;
  for (let n = 0; n < 2 && k - 1 >= ctx.lo && isHSpace(cc(ctx, k - 1)); n++) k--;
  const c = cc(ctx, k - 1);
  return k < start && (c === 0xd7 || c === 42);
}

/** Words of a statement about where decode turns compute-bound (a batch figure there is the claim). */
const ROOFLINE_BATCH = /compute[- ]bound|memory[- ]bound|bandwidth[- ]bound|critical batch|break[- ]?even|ridge/i;

/** A bare number right after "X = " for a one-letter variable X. */
function isVariableValue(ctx: Ctx, start: number): boolean {
  let k = start;
  let n = 0;
  while (n < 2 && k - 1 >= ctx.lo && isHSpace(cc(ctx, k - 1))) (k--, n++);
  if (cc(ctx, k - 1) !== 61) return false; // =
  k--;
  n = 0;
  while (n < 2 && k - 1 >= ctx.lo && isHSpace(cc(ctx, k - 1))) (k--, n++);
  // One ASCII letter, not glued to a word before it.
  // (Nor a unit after a figure: "0.544 s = 2 × 7/8 × 140 GB / 450 GB/s" restates the seconds as arithmetic.)
  return isAsciiLetter(cc(ctx, k - 1)) && !(k - 2 >= ctx.lo && (isLetter(cc(ctx, k - 2)) || isDigit(cc(ctx, k - 2)))) && !(isHSpace(cc(ctx, k - 2)) && isDigit(cc(ctx, k - 3)));
}

export function isBareRejected(ctx: Ctx, start: number, lit: NumLit, endAll: number): boolean {
  const v = Number(lit.mant);
  if (lit.plainInt && lit.intLen === 4 && v >= 1900 && v <= 2100) return true; // a year
  // "M = N = K = 1024", "d = 128": a variable's value (a matrix dimension, a head size), not a figure.
  if (isVariableValue(ctx, start)) return true;
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
      // ("Above batch 300 decode turns compute-bound": that batch is a size, the claim the roofline checks.)
      if (NOUNS.get(lw) === lw && !(lw === 'batch' && ROOFLINE_BATCH.test(slice(ctx, ctx.lo, ctx.hi)))) return true; // "GPU 3", "layer 5"
      // ("Sparsity 671 ÷ 37 ≈ 18": a capitalised word before an operand is a sentence's first word, not a name.)
      // ("TP 8 × PP 16 × DP 64 = 16,384 GPUs": a name after a product sign labels an operand.)
      if (!CAPITAL_OK.has(lw) && !dotted && !isOperatorAfter(ctx, endAll) && !isOperatorBefore(ctx, s)) {
        for (let i = 0; i < word.length; i++) {
          const c = word.charCodeAt(i);
          if (((c >= 65 && c <= 90) || isDigit(c)) && isLetter(word.charCodeAt(0))) return true; // "Llama 3", "iOS 17", "GPT 4"
        }
      }
    }
  }
  // "'24", "’90": abbreviated years
  const before = cc(ctx, lit.start - 1);
  if ((before === 39 || before === 0x2019) && lit.plainInt && lit.intLen === 2 && !isLetter(cc(ctx, lit.start - 2))) return true;
  // "18 March", "5 May"
  if (lit.plainInt && v <= 31) {
    const s = skipSpace(ctx, endAll, 1);
    if (s > endAll) {
      const e = lettersEnd(ctx, s);
      if (e - s >= 3 && e - s <= 9 && MONTHS.has(slice(ctx, s, e).toLowerCase()) && !isLetter(cc(ctx, e))) return true;
    }
  }
  // "14.30 - Sebastian Raschka: …": a time written with a dot, opening a schedule line.
  if (lit.mant.length === 5 && lit.mant.charCodeAt(2) === 46 && lit.end === endAll && v < 24 && Number(lit.mant.slice(3)) < 60) {
    const a = skipSpace(ctx, endAll, 2);
    const dash = cc(ctx, a);
    if ((dash === 45 || dash === 0x2013 || dash === 0x2014 || dash === 124) && isHSpace(cc(ctx, a + 1)) && opensLine(ctx, start)) return true;
    // "14.30 Uhr", "13.00 uur": a time of day in German or Dutch.
    if (a > endAll && /^(?:uhr|uur)(?![\p{L}\p{N}])/iu.test(ctx.t.slice(a, Math.min(ctx.hi, a + 4)))) return true;
  }
  // "548 Market St", "1 Infinite Loop Dr": a street number.
  if (lit.plainInt && STREET_AFTER.test(ctx.t.slice(endAll, Math.min(ctx.hi, endAll + 40)))) return true;
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
    const open = cc(ctx, start - 1);
    if ((open === 91 && a === 93) || (open === 40 && a === 41 && lit.intLen <= 2)) return true;
  }
  return false;
}

const STREET_AFTER = /^ (?:[A-Z][a-z]+ ){1,2}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Ln|Lane|Pl|Place|Sq|Square)\b/;

function isIdeograph(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isHangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}
