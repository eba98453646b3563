// Offsets, positions and string helpers shared by the core.
import type { Position, Range, Span } from './types.js';

/** Offsets at which each line starts (line 0 starts at 0). Handles \n, \r\n and lone \r. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
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
export function detach(s: string): string {
  // Concatenation flattens into a fresh buffer; the slice then points at that copy, not at the note.
  return s.length === 0 ? '' : (' ' + s).slice(1);
}

/** Ranges of a text to blank out; `apply` keeps line breaks so offsets and lines stay valid. */
export class Mask {
  private readonly ranges: number[] = [];
  constructor(private readonly length: number) {}

  add(start: number, end: number): void {
    if (end > start) this.ranges.push(Math.max(0, start), Math.min(end, this.length));
  }

  apply(text: string): string {
    if (this.ranges.length === 0) return text;
    const pairs: [number, number][] = [];
    for (let i = 0; i < this.ranges.length; i += 2) pairs.push([this.ranges[i]!, this.ranges[i + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    let out = '';
    let pos = 0;
    for (const [s, e] of pairs) {
      if (e <= pos) continue;
      const from = Math.max(s, pos);
      out += text.slice(pos, from) + text.slice(from, e).replace(/[^\r\n]/g, ' ');
      pos = e;
    }
    return out + text.slice(pos);
  }
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** FNV-1a 32-bit over UTF-16 code units, hex. Cheap content key for caches. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0') + text.length.toString(16);
}
