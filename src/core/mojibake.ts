// Repair of UTF-8 text that was decoded as Windows-1252 (or Latin-1) somewhere
// along the way: "â€”" → "—", "â€™" → "’", "Ã©" → "é", "Å‚" → "ł", "ðŸ˜€" → "😀".
//
// The repair is generic rather than a fixed table: a run of characters is
// re-encoded to the bytes Windows-1252 would have produced for it and decoded
// as UTF-8. Only complete, valid multi-byte sequences are replaced, and only
// when the lead byte decodes into a script that is plausible in notes (so an
// honest "É’" inside an upper-case word is left alone).

import type { Span } from './types.js';

export interface MojibakeFix {
  /** Range of the mojibake in the input string. */
  span: Span;
  /** The repaired text for that range. */
  replacement: string;
  /** The mojibake as it appears in the input. */
  original: string;
}

export interface MojibakeRepair {
  text: string;
  fixes: MojibakeFix[];
}

/** Windows-1252 characters in 0x80–0x9F that differ from Latin-1, keyed by code point → byte. */
const CP1252_BYTE: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85],
  [0x2020, 0x86], [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a],
  [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92],
  [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97],
  [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c],
  [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** The byte Windows-1252 (or Latin-1, for the C1 controls it leaves undefined) encodes `code` as, or -1. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code; // Latin-1 range, including C1 controls used for undefined cp1252 bytes
  return CP1252_BYTE.get(code) ?? -1;
}

/**
 * A lead character (Â..ô) and a character whose Windows-1252 byte is a
 * continuation byte (0x80–0xBF: U+0080–U+00BF and the cp1252 characters):
 * where a repair can start. A lead without one never is (the shortest
 * repair, "â€" + dropped 0x9D, needs two continuation bytes).
 */
export const MOJIBAKE_START = new RegExp(
  `[\\u00c2-\\u00f4][\\u0080-\\u00bf${[...CP1252_BYTE.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

function isContinuation(b: number): boolean {
  return b >= 0x80 && b <= 0xbf;
}

/**
 * Lead bytes of two-byte sequences we accept: Latin-1 supplement and Latin
 * Extended-A (C2–C5), Greek and Cyrillic (CE–D4), Hebrew and Arabic (D7–DB).
 * IPA, combining marks and rarer scripts are skipped, because their lead bytes
 * are common upper-case letters (É, È, Ç, Ü, ß) that legitimately precede
 * punctuation such as ’ or ”.
 */
function plausibleTwoByteLead(b: number): boolean {
  return (b >= 0xc2 && b <= 0xc5) || (b >= 0xce && b <= 0xd4) || (b >= 0xd7 && b <= 0xdb);
}

/** Length of the sequence a lead byte starts, or 0 if it is no (accepted) lead byte. */
function sequenceLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return plausibleTwoByteLead(b) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

function decode(bytes: number[]): number {
  if (bytes.length === 2) {
    return ((bytes[0]! & 0x1f) << 6) | (bytes[1]! & 0x3f);
  }
  if (bytes.length === 3) {
    const cp = ((bytes[0]! & 0x0f) << 12) | ((bytes[1]! & 0x3f) << 6) | (bytes[2]! & 0x3f);
    if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
    return cp;
  }
  const cp =
    ((bytes[0]! & 0x07) << 18) | ((bytes[1]! & 0x3f) << 12) | ((bytes[2]! & 0x3f) << 6) | (bytes[3]! & 0x3f);
  if (cp < 0x10000 || cp > 0x10ffff) return -1;
  return cp;
}

/**
 * Find and repair UTF-8-as-Windows-1252 mojibake. Returns the repaired text and
 * one fix per repaired sequence, with spans into the INPUT string (ascending,
 * non-overlapping). Text without mojibake is returned unchanged with no fixes.
 *
 * Also handles the usual lossy variant of a closing double quote, where the
 * undefined byte 0x9D was dropped: "â€" followed by anything that is not a
 * continuation character becomes "”".
 */
export function repairMojibake(s: string): MojibakeRepair {
  const fixes: MojibakeFix[] = [];
  let out = '';
  let copiedTo = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    // Fast path: every repair starts at a lead character (Â..ô) followed by a
    // continuation character; the regex skips to the next such pair.
    MOJIBAKE_START.lastIndex = i;
    if (!MOJIBAKE_START.test(s)) break;
    i = MOJIBAKE_START.lastIndex - 2;
    const code = s.charCodeAt(i);
    const len = sequenceLength(code);
    if (len === 0) {
      i++;
      continue;
    }
    const bytes: number[] = [code];
    let j = i + 1;
    while (bytes.length < len && j < n) {
      const b = byteOf(s.charCodeAt(j));
      if (!isContinuation(b)) break;
      bytes.push(b);
      j++;
    }
    let replacement: string | null = null;
    if (bytes.length === len) {
      const cp = decode(bytes);
      if (cp >= 0x80) replacement = String.fromCodePoint(cp);
    } else if (len === 3 && bytes.length === 2 && bytes[0] === 0xe2 && bytes[1] === 0x80) {
      // "â€" + dropped 0x9D: right double quotation mark.
      replacement = '\u201d';
    }
    if (replacement === null) {
      i++;
      continue;
    }
    out += s.slice(copiedTo, i) + replacement;
    fixes.push({ span: { start: i, end: j }, replacement, original: s.slice(i, j) });
    copiedTo = j;
    i = j;
  }
  if (fixes.length === 0) return { text: s, fixes };
  out += s.slice(copiedTo);
  return { text: out, fixes };
}
