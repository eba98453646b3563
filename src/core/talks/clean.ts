// Lines cleaned of inline markdown and repaired of mojibake, with a map
// back to offsets in the original text; the content lines of a block.

import type { Block, Span } from '../types.js';
import { MOJIBAKE_START, repairMojibake } from '../mojibake.js';
import { isWs } from './strings.js';

// ---------------------------------------------------------------------------
// Cleaned text with a map back to the original

/**
 * Text plus, for each character, the original [start, end) it came from.
 * Without arrays the map is the identity from `base` (the common case: a line
 * with no markup and no mojibake costs no allocation). Derived texts build
 * their arrays on first use (`build`): most lines never need a span.
 */
export interface Clean {
  s: string;
  base: number;
  starts: Int32Array | null;
  ends: Int32Array | null;
  build: ((c: Clean) => void) | null;
}

function identityClean(s: string, base: number): Clean {
  return { s, base, starts: null, ends: null, build: null };
}

function lazyClean(s: string, base: number, build: (c: Clean) => void): Clean {
  return { s, base, starts: null, ends: null, build };
}

/** Build a derived text's arrays if not done yet. */
function ensureMap(c: Clean): void {
  const build = c.build;
  if (build) {
    c.build = null;
    build(c);
  }
}

function startOf(c: Clean, i: number): number {
  if (c.build) ensureMap(c);
  return c.starts ? c.starts[i]! : c.base + i;
}

function endOf(c: Clean, i: number): number {
  if (c.build) ensureMap(c);
  return c.ends ? c.ends[i]! : c.base + i + 1;
}

export function spanOf(c: Clean, i: number, j: number): Span {
  if (c.s.length === 0) return { start: c.base, end: c.base };
  const a = Math.max(0, Math.min(i, c.s.length - 1));
  const b = Math.max(a + 1, Math.min(j, c.s.length));
  return { start: startOf(c, a), end: endOf(c, b - 1) };
}

/**
 * c without the characters in the ranges of `cuts` ([start, end) pairs, any
 * order, may overlap). The map is built from the kept runs on first use.
 */
function dropRanges(c: Clean, cuts: [number, number][]): Clean {
  if (cuts.length === 0) return c;
  for (let i = 1; i < cuts.length; i++) {
    if (cuts[i - 1]![0] > cuts[i]![0]) {
      cuts.sort((x, y) => x[0] - y[0]);
      break;
    }
  }
  const n = c.s.length;
  const runs: number[] = [];
  let pos = 0;
  for (const [a, b] of cuts) {
    if (a > pos) runs.push(pos, a);
    if (b > pos) pos = b;
  }
  if (pos < n) runs.push(pos, n);
  let s = '';
  for (let r = 0; r < runs.length; r += 2) s += c.s.slice(runs[r]!, runs[r + 1]!);
  return lazyClean(s, c.base, (out) => {
    ensureMap(c);
    const starts = new Int32Array(out.s.length);
    const ends = new Int32Array(out.s.length);
    const cs = c.starts;
    const ce = c.ends;
    let k = 0;
    for (let r = 0; r < runs.length; r += 2) {
      for (let i = runs[r]!, e = runs[r + 1]!; i < e; i++, k++) {
        if (cs && ce) {
          starts[k] = cs[i]!;
          ends[k] = ce[i]!;
        } else {
          starts[k] = c.base + i;
          ends[k] = c.base + i + 1;
        }
      }
    }
    out.starts = starts;
    out.ends = ends;
  });
}

/** Drop [start, end) of a line of length n. */
function mark(cuts: [number, number][], start: number, end: number, n: number): void {
  if (end > n) end = n;
  if (end > start) cuts.push([start, end]);
}

/**
 * Every match of a global regex in s, as String.prototype.matchAll yields them,
 * without the regex copy matchAll makes on each call.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advanceIndex(s, re.lastIndex, re.unicode);
  }
  return out;
}

export const NO_MATCHES: readonly RegExpExecArray[] = [];

function advanceIndex(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

const MD_LINK = /(!?\[)([^\]\n]{0,500})(\]\([^)\n]{0,1000}\))/g;
const WIKI_LINK = /!?\[\[([^[\]\n]{1,500})\]\]/g;
const AUTOLINK = /<(?:https?|mailto|ftp):[^>\s]{1,2000}>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]{1,2000}/gi;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?\/?>|<!--.{0,2000}?-->/g;
const EMPHASIS = /\*{1,3}|~~|_{2,3}/g;
const ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;
const FOOTNOTE_REF = /\[\^[^\]\s]{1,50}\]/g;
const EMPTY_PARENS = /\(\s{0,50}\)/g;

/** "www." in any case (BARE_URL is case-insensitive). */
const WWW_DOT = /www\./i;

function hasWwwDot(s: string): boolean {
  return WWW_DOT.test(s);
}

/**
 * Something cleanRange may drop: a markup character, "://" or "www." (BARE_URL
 * needs one), "()". Without one it returns the line as it is (mojibake aside).
 */
const NEEDS_CLEANING = /[[\]<*_`\\~]|:\/\/|www\.|\(\s{0,50}\)/i;
/** NEEDS_CLEANING for NoteScan, which searches the whole note (global, used by nothing else). */
const NEEDS_CLEANING_IN_NOTE = new RegExp(NEEDS_CLEANING.source, 'gi');
/** MOJIBAKE_LEAD for NoteScan (global, used by nothing else). */
const MOJIBAKE_LEAD_IN_NOTE = /[\u00c2-\u00f4]/g;
/** MOJIBAKE_START at one position (sticky, used by nothing else). */
const MOJIBAKE_START_AT = new RegExp(MOJIBAKE_START.source, 'y');

/**
 * The next match of a global regex in a note at or after a position. Lines are
 * cleaned in document order, so one search usually answers many lines: the
 * leftmost match at or after `from` is also the leftmost at or after any
 * position up to its start (the patterns have no anchors or lookbehind).
 */
class NextMatch {
  /** Where the remembered search started (none yet: every query searches). */
  private from = Number.MAX_SAFE_INTEGER;
  /** Start and end of the leftmost match at or after `from`; start -1: none. */
  private start = -1;
  private end = -1;

  constructor(
    private readonly re: RegExp,
    private readonly text: string,
  ) {}

  /** Start of the leftmost match at or after a, or -1. */
  next(a: number): number {
    if (a < this.from || (this.start >= 0 && a > this.start)) {
      this.re.lastIndex = a;
      const m = this.re.exec(this.text);
      this.from = a;
      this.start = m ? m.index : -1;
      this.end = m ? m.index + m[0].length : -1;
    }
    return this.start;
  }

  /** 1: a match lies within text[a, b); 0: none does; -1: undecided (the first match from a runs past b). */
  within(a: number, b: number): number {
    const start = this.next(a);
    if (start < 0 || start >= b) return 0;
    return this.end <= b ? 1 : -1;
  }
}

/**
 * Per-note searches that let cleanRange skip its per-line tests: whether a
 * line's raw text has anything to clean, and any character mojibake repair
 * could start at (cleaning only drops characters, so a clean line without
 * one in its raw text has none either). A line left as it is needs more to be
 * repaired: a lead character followed by a continuation character.
 */
export class NoteScan {
  private readonly markup: NextMatch;
  private readonly lead: NextMatch;

  constructor(private readonly text: string) {
    this.markup = new NextMatch(NEEDS_CLEANING_IN_NOTE, text);
    this.lead = new NextMatch(MOJIBAKE_LEAD_IN_NOTE, text);
  }

  /**
   * Whether text[a, b), as it is, may have mojibake to repair: a match of
   * MOJIBAKE_START starts in it. Its matches start at a lead character, and
   * the lead search is shared with mayHaveMojibake: only leads are tried.
   */
  mayHaveMojibakeAsIs(a: number, b: number): boolean {
    for (let p = this.lead.next(a); p >= 0 && p < b; p = this.lead.next(p + 1)) {
      MOJIBAKE_START_AT.lastIndex = p;
      if (MOJIBAKE_START_AT.test(this.text)) return true;
    }
    return false;
  }

  /** NEEDS_CLEANING.test(raw), raw being text[a, b). */
  needsCleaning(raw: string, a: number, b: number): boolean {
    const v = this.markup.within(a, b);
    return v < 0 ? NEEDS_CLEANING.test(raw) : v === 1;
  }

  /** Whether text[a, b) has a character mojibake repair may start at. */
  mayHaveMojibake(a: number, b: number): boolean {
    return this.lead.within(a, b) !== 0;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BACKTICK_OR_UNDERSCORE = /[`_]/g;

// Markup characters of a line, and pairs of them (cleanRange runs each pattern only when its literal occurs).
const HAS_BRACKET = 1;
const HAS_LT = 2;
const HAS_STAR = 4;
const HAS_TILDE = 8;
const HAS_UNDERSCORE = 16;
const HAS_BACKSLASH = 32;
const HAS_BACKTICK = 64;
const HAS_LINK_TARGET = 128; // "]("
const HAS_WIKI_OPEN = 256; // "[["
const HAS_FOOTNOTE_OPEN = 512; // "[^"
const HAS_TILDES = 1024; // "~~"
const HAS_UNDERSCORES = 2048; // "__"
const MARKUP_CHAR = /[[\]<*~_\\`]/g;

function markupChars(s: string): number {
  let has = 0;
  MARKUP_CHAR.lastIndex = 0;
  // test, not exec: the match is the one character before lastIndex (no match array).
  while (MARKUP_CHAR.test(s)) {
    const i = MARKUP_CHAR.lastIndex;
    const c = s.charCodeAt(i - 1);
    const next = s.charCodeAt(i);
    if (c === 91) {
      // [
      has |= HAS_BRACKET;
      if (next === 91) has |= HAS_WIKI_OPEN;
      else if (next === 94) has |= HAS_FOOTNOTE_OPEN;
    } else if (c === 93) {
      // ]
      if (next === 40) has |= HAS_LINK_TARGET;
    } else if (c === 60) has |= HAS_LT; // <
    else if (c === 42) has |= HAS_STAR; // *
    else if (c === 126) has |= next === 126 ? HAS_TILDE | HAS_TILDES : HAS_TILDE; // ~
    else if (c === 95) has |= next === 95 ? HAS_UNDERSCORE | HAS_UNDERSCORES : HAS_UNDERSCORE; // _
    else if (c === 92) has |= HAS_BACKSLASH; // \
    else has |= HAS_BACKTICK;
  }
  return has;
}

/** Clean text[start, end): inline markdown removed, URLs removed, mojibake repaired. */
export function cleanRange(text: string, start: number, end: number, scan?: NoteScan): Clean {
  const raw = text.slice(start, end);
  const identity = identityClean(raw, start);
  if (!(scan === undefined ? NEEDS_CLEANING.test(raw) : scan.needsCleaning(raw, start, end))) {
    return scan === undefined || scan.mayHaveMojibakeAsIs(start, end) ? repairClean(identity) : identity;
  }
  const repair = scan === undefined || scan.mayHaveMojibake(start, end);
  const n = raw.length;
  const cuts: [number, number][] = [];
  const has = markupChars(raw);
  // Each pattern runs only when its literal is in the line.
  for (const m of has & HAS_LINK_TARGET ? allMatches(MD_LINK, raw) : NO_MATCHES) {
    const i = m.index;
    mark(cuts, i, i + m[1]!.length, n);
    const closeAt = i + m[1]!.length + m[2]!.length;
    mark(cuts, closeAt, closeAt + m[3]!.length, n);
  }
  for (const m of has & HAS_WIKI_OPEN ? allMatches(WIKI_LINK, raw) : NO_MATCHES) {
    const i = m.index;
    const inner = m[1]!;
    const innerStart = i + m[0].indexOf('[[') + 2;
    mark(cuts, i, innerStart, n);
    const bar = inner.indexOf('|');
    if (bar >= 0) mark(cuts, innerStart, innerStart + bar + 1, n);
    else {
      const hash = inner.indexOf('#');
      if (hash >= 0) mark(cuts, innerStart + hash, innerStart + inner.length, n);
    }
    mark(cuts, innerStart + inner.length, i + m[0].length, n);
  }
  if (has & HAS_LT) for (const m of allMatches(AUTOLINK, raw)) mark(cuts, m.index, m.index + m[0].length, n);
  for (const m of raw.includes('://') || hasWwwDot(raw) ? allMatches(BARE_URL, raw) : NO_MATCHES) {
    let url = m[0];
    // Leave the punctuation that closes the sentence or the parenthesis around the URL.
    while (url.length > 0 && /[.,;:!?'"”’]$/.test(url)) url = url.slice(0, -1);
    if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1);
    mark(cuts, m.index, m.index + url.length, n);
  }
  if (has & HAS_LT) for (const m of allMatches(HTML_TAG, raw)) mark(cuts, m.index, m.index + m[0].length, n);
  if (has & HAS_FOOTNOTE_OPEN) {
    for (const m of allMatches(FOOTNOTE_REF, raw)) mark(cuts, m.index, m.index + m[0].length, n);
  }
  if (has & (HAS_STAR | HAS_TILDES | HAS_UNDERSCORES)) {
    for (const m of allMatches(EMPHASIS, raw)) mark(cuts, m.index, m.index + m[0].length, n);
  }
  if (has & HAS_BACKSLASH) for (const m of allMatches(ESCAPE, raw)) mark(cuts, m.index, m.index + 1, n);
  if (has & (HAS_BACKTICK | HAS_UNDERSCORE)) {
    // Code ticks, and underscores except inside a word ("snake_case").
    BACKTICK_OR_UNDERSCORE.lastIndex = 0;
    while (BACKTICK_OR_UNDERSCORE.test(raw)) {
      const i = BACKTICK_OR_UNDERSCORE.lastIndex - 1; // (one-character matches)
      if (raw.charCodeAt(i) === 96) mark(cuts, i, i + 1, n); // `
      else {
        const before = i > 0 ? raw[i - 1]! : ' ';
        const after = i + 1 < n ? raw[i + 1]! : ' ';
        if (!(LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after))) mark(cuts, i, i + 1, n);
      }
    }
  }
  let c = dropRanges(identity, cuts);
  // "Session (https://…)" leaves "()" behind.
  if (c.s.includes('(')) {
    const cuts2: [number, number][] = [];
    for (const m of allMatches(EMPTY_PARENS, c.s)) mark(cuts2, m.index, m.index + m[0].length, c.s.length);
    c = dropRanges(c, cuts2);
  }
  return repair ? repairClean(c) : c;
}

/**
 * text[start, end) when cleanRange would return it as it is (nothing to
 * clean, nothing mojibake repair could start at), else null: the caller can
 * read the line without making its Clean (see verbatimClean).
 */
export function verbatimText(text: string, start: number, end: number, scan: NoteScan): string | null {
  const raw = text.slice(start, end);
  return scan.needsCleaning(raw, start, end) || scan.mayHaveMojibakeAsIs(start, end) ? null : raw;
}

/** The Clean cleanRange returns for a line verbatimText returned (the identity map). */
export function verbatimClean(raw: string, start: number): Clean {
  return identityClean(raw, start);
}

/**
 * repairMojibake only repairs runs that start with a Latin-1 lead character
 * (Â..ô, see its fast path): without one there is nothing to repair.
 */
const MOJIBAKE_LEAD = /[\u00c2-\u00f4]/;

function mayHaveMojibake(s: string): boolean {
  return MOJIBAKE_LEAD.test(s);
}

function repairClean(c: Clean): Clean {
  if (!mayHaveMojibake(c.s)) return c;
  const { text: s, fixes } = repairMojibake(c.s);
  if (fixes.length === 0) return c;
  // The map is built on first use: most lines never need a span.
  return lazyClean(s, c.base, (out) => {
    const starts = new Int32Array(out.s.length);
    const ends = new Int32Array(out.s.length);
    let k = 0;
    let at = 0;
    const copyTo = (limit: number): void => {
      for (; at < limit; at++, k++) {
        starts[k] = startOf(c, at);
        ends[k] = endOf(c, at);
      }
    };
    for (const fix of fixes) {
      copyTo(fix.span.start);
      const from = startOf(c, fix.span.start);
      const to = endOf(c, fix.span.end - 1);
      for (let r = 0; r < fix.replacement.length; r++, k++) {
        starts[k] = from;
        ends[k] = to;
      }
      at = fix.span.end;
    }
    copyTo(c.s.length);
    out.starts = starts;
    out.ends = ends;
  });
}

/** The parts joined with `joiner` (`joined`: their texts already joined so). */
export function concatClean(parts: Clean[], joiner: string, joined?: string): Clean {
  if (parts.length === 1) return parts[0]!;
  let s = joined ?? '';
  if (joined === undefined) for (let i = 0; i < parts.length; i++) s += i > 0 ? joiner + parts[i]!.s : parts[i]!.s;
  return lazyClean(s, parts[0]?.base ?? 0, (out) => {
    const starts = new Int32Array(out.s.length);
    const ends = new Int32Array(out.s.length);
    let k = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (i > 0) {
        const prev = parts[i - 1]!;
        const at = prev.s.length > 0 ? endOf(prev, prev.s.length - 1) : p.base;
        for (let r = 0; r < joiner.length; r++, k++) {
          starts[k] = at;
          ends[k] = at;
        }
      }
      for (let q = 0; q < p.s.length; q++, k++) {
        starts[k] = startOf(p, q);
        ends[k] = endOf(p, q);
      }
    }
    out.starts = starts;
    out.ends = ends;
  });
}

// ---------------------------------------------------------------------------
// Lines of a block

export interface Line {
  clean: Clean;
  /** The block this line belongs to. */
  block: Block;
}

const ATX_OPEN = /^#{1,6}(?:[ \t]{1,8}|$)/;
const ATX_CLOSE = /[ \t]{1,8}#{1,20}[ \t]{0,8}$/;
const SETEXT_UNDERLINE = /^[=-]{1,200}[ \t]{0,8}$/;

/** Length of a list marker (`/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]{1,8}|$)/`) at text[s] in the line ending at le, or -1. */
function listMarkerAt(text: string, s: number, le: number): number {
  let k = s;
  const c = text.charCodeAt(k);
  if (c === 45 || c === 42 || c === 43) k++; // - * +
  else {
    while (k < le && k - s < 10 && isDigit(text.charCodeAt(k))) k++;
    const digits = k - s;
    if (digits < 1 || digits > 9 || k >= le) return -1;
    const d = text.charCodeAt(k);
    if (d !== 46 && d !== 41) return -1; // . )
    k++;
  }
  if (k >= le) return k - s; // $
  return blanksAfter(text, k, le) > 0 ? k + blanksAfter(text, k, le) - s : -1;
}

/** Number of spaces and tabs (at most 8) at text[k], within the line ending at le. */
function blanksAfter(text: string, k: number, le: number): number {
  let b = 0;
  while (b < 8 && k + b < le && (text.charCodeAt(k + b) === 32 || text.charCodeAt(k + b) === 9)) b++;
  return b;
}

/** Length of a task box (`/^\[[ xX]\][ \t]{1,8}/`: "[ ] ", "[x] ") at text[k], or -1. */
function taskBoxAt(text: string, k: number, le: number): number {
  if (k + 3 > le || text.charCodeAt(k) !== 91 || text.charCodeAt(k + 2) !== 93) return -1;
  const x = text.charCodeAt(k + 1);
  if (x !== 32 && x !== 120 && x !== 88) return -1;
  const b = blanksAfter(text, k + 3, le);
  return b > 0 ? 3 + b : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Content lines of a block, container markers (>, bullets, #) stripped.
 * `noCR`: the text has no '\r', so lines end at the next '\n'. `scan`: the
 * note's NoteScan, when lines are taken in document order.
 */
export function blockLines(text: string, block: Block, limit: number, noCR = text.indexOf('\r') < 0, scan?: NoteScan): Line[] {
  const ranges: number[] = [];
  const n = blockLineRanges(text, block, limit, noCR, ranges);
  const lines: Line[] = [];
  for (let k = 0; k < n; k++) lines.push({ clean: cleanRange(text, ranges[2 * k]!, ranges[2 * k + 1]!, scan), block });
  return lines;
}

/**
 * The lines of blockLines as [start, end) pairs into text, before cleaning:
 * written to `out` (from index 0, reusable); returns the number of lines.
 * Each line starts after stripped markers or whitespace (or at the start of a
 * text line) and ends before whitespace or a line break.
 */
export function blockLineRanges(text: string, block: Block, limit: number, noCR: boolean, out: number[]): number {
  let count = 0;
  const end = Math.min(block.span.end, limit);
  const kind = block.kind;
  let pos = block.span.start;
  let first = true;
  while (pos < end) {
    let le: number;
    if (noCR) {
      le = text.indexOf('\n', pos);
      if (le < 0 || le > end) le = end;
    } else {
      le = pos;
      while (le < end && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    }
    let s = pos;
    // Blockquote markers and indentation.
    for (let guard = 0; guard < 40 && s < le; guard++) {
      const ch = text.charCodeAt(s);
      if (ch === 32 || ch === 9 || ch === 62) s++;
      else break;
    }
    if (kind === 'listItem' && first && s < le) {
      const m = listMarkerAt(text, s, le);
      if (m >= 0) {
        s += m;
        const t = taskBoxAt(text, s, le);
        if (t >= 0) s += t;
      }
    }
    let e = le;
    let blank = false;
    if (kind === 'heading') {
      let rest = text.slice(s, le);
      if (SETEXT_UNDERLINE.test(rest) && !first) {
        blank = true;
      } else {
        const m = ATX_OPEN.exec(rest);
        if (m) {
          s += m[0].length;
          rest = rest.slice(m[0].length);
        }
        const c = ATX_CLOSE.exec(rest);
        if (c) e = s + c.index;
      }
    }
    while (e > s && isWs(text.charCodeAt(e - 1))) e--;
    // (e > s: the line has a non-space character.)
    if (!blank && e > s) {
      out[2 * count] = s;
      out[2 * count + 1] = e;
      count++;
    }
    first = false;
    if (le >= end) break;
    pos = text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
  }
  return count;
}
