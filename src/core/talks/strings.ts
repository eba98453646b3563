// String helpers shared by the talk extractors: whitespace, capitals, tidying.



/** Whether a UTF-16 code unit is matched by the regex `\s` (WhiteSpace and LineTerminator). */
export function isWs(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whitespace that `replace(/\s+/g, ' ')` would change: any but ' ', or ' ' followed by more. */
const WS_TO_COLLAPSE = /[^\S ]| \s/;

/** `s.replace(/\s+/g, ' ')`, without a copy when s has nothing to collapse. */
export function collapseWs(s: string): string {
  return WS_TO_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

const UPPER_START = /^\p{Lu}/u;

/**
 * A kana, Han or Hangul letter, or the iteration mark "々" ("佐々木"); not CJK
 * punctuation such as "（", "、" or "：".
 */
export function isCjkLetter(c: number): boolean {
  return (c >= 0x3041 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || c === 0x3005;
}

/** An opening parenthesis: ASCII "(" or fullwidth "（" (U+FF08). */
export function isOpenParen(c: number): boolean {
  return c === 40 || c === 0xff08;
}

/** A closing parenthesis: ASCII ")" or fullwidth "）" (U+FF09). */
export function isCloseParen(c: number): boolean {
  return c === 41 || c === 0xff09;
}

/** Whether s has a closing parenthesis, ASCII or fullwidth, in [from, to). */
export function hasCloseParen(s: string, from = 0, to = s.length): boolean {
  const a = s.indexOf(')', from);
  if (a >= 0 && a < to) return true;
  // A second scan only without an ASCII one (indexOf is a fast scan; '）' is in CJK text only).
  const b = s.indexOf('\uff09', from);
  return b >= 0 && b < to;
}

/** `/^\p{Lu}/u.test(s.slice(i))`, with an ASCII fast path. */
export function upperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (c !== c) return false; // NaN: past the end
  // Kana, Han and Hangul have no case: a name in them starts where a capital would.
  if (isCjkLetter(c)) return true;
  return UPPER_START.test(i === 0 ? s : s.slice(i, i + 2));
}

/**
 * Normalise spaces and repair nothing else: names are kept as written.
 * (Strings are detached from the note once, when extractTalks returns them.)
 */
export function tidy(s: string): string {
  return collapseWs(s).trim();
}

/** `s.split(/\s+/).length`: one more than the number of whitespace runs. */
export function splitWsCount(s: string): number {
  let count = 1;
  let inWs = false;
  for (let i = 0; i < s.length; i++) {
    const ws = isWs(s.charCodeAt(i));
    if (ws && !inWs) count++;
    inWs = ws;
  }
  return count;
}

/** `/[.!?。！？]$/.test(s)`: a sentence stop, ASCII or CJK ("。", fullwidth "！" and "？"). */
export function endsWithStop(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  if (c < 128) return c === 46 || c === 33 || c === 63;
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}
