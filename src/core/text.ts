// Offsets, positions and string helpers shared by the core.
import type { Position, Range, Span } from './types.js';

/**
 * Calls visit(start, end, next) for each line from `from` to the end of the text: [start, end) is the
 * line without its break (\n, \r\n or a lone \r), `next` where the following line starts.
 */
export function forEachLine(text: string, from: number, visit: (start: number, end: number, next: number) => void): void {
  const len = text.length;
  // The next \n and the next \r, each found natively and reused until passed.
  let nextLF = -1;
  let nextCR = -1;
  let pos = from;
  while (pos < len) {
    if (nextLF < pos) {
      nextLF = text.indexOf('\n', pos);
      if (nextLF < 0) nextLF = len;
    }
    if (nextCR < pos) {
      nextCR = text.indexOf('\r', pos);
      if (nextCR < 0) nextCR = len;
    }
    const end = nextLF < nextCR ? nextLF : nextCR;
    const next = end === nextCR && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    visit(pos, end, next);
    pos = next;
  }
}

/** Offsets at which each line starts (line 0 starts at 0). Handles \n, \r\n and lone \r. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  forEachLine(text, 0, (_start, end, next) => {
    if (end < text.length) starts.push(next);
  });
  return starts;
}

export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo]! };
}

export function offsetAt(lineStarts: readonly number[], position: Position): number {
  const line = Math.min(Math.max(position.line, 0), lineStarts.length - 1);
  return lineStarts[line]! + position.character;
}

export function rangeOf(lineStarts: readonly number[], span: Span): Range {
  return { start: positionAt(lineStarts, span.start), end: positionAt(lineStarts, span.end) };
}

/** A copy that does not keep the parent string alive in V8 (sliced strings do). */
/** What JavaScript's \s matches, for one UTF-16 code unit. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "[[Hot Chips 2026]]", "[[NVIDIA H100|Hopper]]": each wikilink as its text. */
export function withoutWikilinks(v: string): string {
  return v.includes('[[') ? v.replace(/\[\[([^\]|\n]{1,200})(?:\|([^\]\n]{1,200}))?\]\]/g, (_m, target: string, alias?: string) => alias ?? target) : v;
}

export function detach(s: string): string {
  if (s.length === 0) return '';
  // ASCII text comes back from a UTF-8 round trip as a fresh one-byte string, flat, at half the memory of
  // a slice of a note that has a "—" anywhere (V8 stores such a note's slices two bytes per character).
  // (Short strings only: the names and phrases an index keeps; a long one is a JSON row, one-byte already.)
  // (Encoded into one reused buffer: a fresh array per string cost three times as much.)
  if (s.length >= 13 && s.length <= 512 && !NON_ASCII.test(s)) return utf8Text.decode(asciiScratch.subarray(0, utf8Bytes.encodeInto(s, asciiScratch).written));
  // Concatenation flattens into a fresh buffer; the slice then points at that copy, not at the note.
  return (' ' + s).slice(1);
}

const NON_ASCII = /[^\x00-\x7f]/;
const utf8Text = new TextDecoder();
const utf8Bytes = new TextEncoder();
const asciiScratch = new Uint8Array(512);

/** Ranges of a text to blank out; `apply` keeps line breaks so offsets and lines stay valid. */
export class Mask {
  private readonly ranges: number[] = [];
  constructor(private readonly length: number) {}

  add(start: number, end: number): void {
    if (end > start) this.ranges.push(Math.max(0, start), Math.min(end, this.length));
  }

  /** Blanks the ranges (but not \r and \n) in text's code units `codes[0, length)`, in place. */
  blankInto(codes: Uint16Array, length: number): void {
    const r = this.ranges;
    for (let i = 0; i < r.length; i += 2) {
      const end = Math.min(r[i + 1]!, length);
      for (let k = r[i]!; k < end; k++) {
        const c = codes[k]!;
        if (c !== 10 && c !== 13) codes[k] = 32;
      }
    }
  }

  apply(text: string): string {
    const r = this.ranges;
    if (r.length === 0) return text;
    // Ranges mostly arrive in document order; sort (stably, by start) only when they don't.
    let ordered = r;
    for (let i = 2; i < r.length; i += 2) {
      if (r[i]! < r[i - 2]!) {
        const pairs: [number, number][] = [];
        for (let k = 0; k < r.length; k += 2) pairs.push([r[k]!, r[k + 1]!]);
        pairs.sort((a, b) => a[0] - b[0]);
        ordered = [];
        for (const [s, e] of pairs) ordered.push(s, e);
        break;
      }
    }
    let out = '';
    let pos = 0;
    for (let i = 0; i < ordered.length; i += 2) {
      const s = ordered[i]!;
      const e = ordered[i + 1]!;
      if (e <= pos) continue;
      const from = Math.max(s, pos);
      out += text.slice(pos, from) + blank(text, from, e);
      pos = e;
    }
    return out + text.slice(pos);
  }
}

/** text.slice(from, to) with every character but \r and \n turned into a space. */
function blank(text: string, from: number, to: number): string {
  const a = Math.min(from, text.length);
  const b = Math.min(to, text.length);
  if (b <= a) return '';
  let out = '';
  let run = a;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) {
      out += ' '.repeat(k - run) + (c === 10 ? '\n' : '\r');
      run = k + 1;
    }
  }
  return run === a ? ' '.repeat(b - a) : out + ' '.repeat(b - run);
}

/**
 * Punctuation besides ASCII that slugify drops and that NFKD and toLowerCase leave alone
 * (dashes, curly quotes, bullets, currency signs): text made of ASCII and these takes the
 * one-pass path. Each is checked against the full pipeline when the module loads.
 */
const SLUG_DROP = new Set<number>();
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x00b7, 0x00a7, 0x00b6, 0x20ac, 0x00a3, 0x00a5, 0x00a9, 0x00ae, 0x2192, 0x2190, 0x00d7, 0x2248, 0x2264, 0x2265, 0x00ab, 0x00bb]) {
  const ch = String.fromCharCode(c);
  if (/^[\p{P}\p{S}]$/u.test(ch) && ch.normalize('NFKD') === ch && ch.toLowerCase() === ch && slugifyUnicode('a' + ch + 'b') === 'ab') SLUG_DROP.add(c);
}

export function slugify(text: string): string {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 && !SLUG_DROP.has(c)) return slugifyUnicode(text);
  }
  // ASCII (and dropped punctuation): NFKD and the combining-mark strip change nothing and
  // lowercasing keeps offsets, so one pass does the rest: keep letters, digits and "-",
  // trim whitespace and turn each run of it into one "-".
  const lower = text.toLowerCase();
  let out = '';
  let gap = false;
  let run = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : -1;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) {
      if (run < 0) {
        if (gap && out.length > 0) out += '-';
        gap = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += lower.slice(run, i);
      run = -1;
    }
    if (c === 32 || (c >= 9 && c <= 13)) gap = true;
  }
  return out;
}

function slugifyUnicode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** FNV-1a 32-bit over UTF-16 code units, hex. Cheap content key for caches. */
const utf8 = new TextEncoder();

/** Content hash of a text: the hash of its UTF-8 bytes, so a file's bytes and its text agree. */
export function hashText(text: string): string {
  return hashBytes(utf8.encode(text));
}

/**
 * A 64-bit content hash (two independent 32-bit MurmurHash3-style lanes plus the length), four
 * bytes a step: fast enough to key the cache on content for every file at every start.
 */
export function hashBytes(bytes: Uint8Array): string {
  let h1 = 0x9747b28c;
  let h2 = 0x85ebca6b ^ bytes.length;
  const n = bytes.length;
  const words = n >>> 2;
  // Aligned bytes are read as 32-bit words (the same little-endian words the byte path builds).
  const wordView = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, words) : undefined;
  for (let w = 0; w < words; w++) {
    const i = w << 2;
    const k = wordView ? wordView[w]! | 0 : bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    let k1 = Math.imul(k, 0xcc9e2d51);
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
    h1 ^= k1;
    h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
    let k2 = Math.imul(k ^ 0x5bd1e995, 0x85ebca6b);
    k2 = Math.imul((k2 << 17) | (k2 >>> 15), 0xc2b2ae35);
    h2 ^= k2;
    h2 = Math.imul((h2 << 11) | (h2 >>> 21), 9) + 0x1b873593;
  }
  let i = words << 2;
  let tail = 0;
  for (let shift = 0; i < n; i++, shift += 8) tail |= bytes[i]! << shift;
  h1 = fmix(h1 ^ Math.imul(tail, 0xcc9e2d51) ^ n);
  h2 = fmix(h2 ^ Math.imul(tail, 0x1b873593) ^ n);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0') + n.toString(16);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * TeX math in a text, as [start, end) offset pairs: display math ("$$ … $$", across lines) and inline math
 * ("$2 \times 10^9$") when it holds a command or an exponent, so "$2 and $3" stay dollars.
 */
export function texMathSpans(text: string): number[] {
  const spans: number[] = [];
  if (!text.includes('$')) return spans;
  for (const m of text.matchAll(TEX_MATH)) {
    if (m[1] !== undefined || /[\\^]/.test(m[2]!)) spans.push(m.index!, m.index! + m[0].length);
  }
  return spans;
}

const TEX_MATH = /\$\$([^$]{1,4000})\$\$|\$([^$\n]{1,400})\$/g;

/** The text with its TeX math blanked out (same length, so offsets hold). */
export function withoutTexMath(text: string): string {
  const spans = texMathSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < spans.length; i += 2) {
    out += text.slice(at, spans[i]) + ' '.repeat(spans[i + 1]! - spans[i]!);
    at = spans[i + 1]!;
  }
  return out + text.slice(at);
}
