// What both markdown parsers produce, and the steps they share.
import type { Block, Heading, Link, Section, Span } from '../types.js';
import { Mask } from '../text.js';

export interface MarkdownStructure {
  blocks: Block[];
  headings: Heading[];
  /** Markdown links, bare URLs and wikilinks, in document order. */
  links: Link[];
  sections: Section[];
  /** The text with frontmatter, code, HTML, URLs, link targets and wikilinks blanked (same length). */
  prose: string;
}

// The wikilink syntax, as a regex: /\[\[([^[\]|#\n]{1,200})(?:#([^[\]|\n]{1,200}))?(?:\|([^[\]\n]{1,200}))?\]\]/g
// run over each prose block of the masked text. `matchWikilink` below is that regex written
// out by hand: every part is a maximal run of a class that excludes what follows it, so
// the match is deterministic (no backtracking can change it).

/**
 * Blocks, headings and links in document order, wikilinks found in the prose blocks, the
 * sections, and the prose: `masked` is either the masked text itself or the Mask to
 * apply to `text` (then the masked text is only ever built in a scratch buffer).
 */
export function finishStructure(
  text: string,
  bodyStart: number,
  blocks: Block[],
  headings: Heading[],
  links: Link[],
  masked: string | Mask,
): MarkdownStructure {
  sortByStart(blocks);
  sortByStart(headings);
  const source = typeof masked === 'string' ? masked : text;
  const n = source.length;
  const buf = codeBuffer(n);
  const codes = buf.codes;
  writeCodes(buf, source, n);
  if (typeof masked !== 'string') masked.blankInto(codes, n);
  blankNoteToolSyntax(source, codes, bodyStart, n);
  // What reads as ASCII in the prose, one character for one: the division and fraction slashes of PDF copies
  // ("3.35 TB∕s"), fullwidth forms of Japanese and Chinese input ("１４１ＧＢ"), and a zero-width space ("80​GB").
  if (FOLDED_TO_ASCII.test(source)) {
    for (let k = bodyStart; k < n; k++) {
      const c = codes[k]!;
      if (c < 0x200b) continue;
      // (Not a fullwidth colon between a name or a label and a digit: "H100：80 GB", "HBM：141 GB" would read as one
      // token, "H100:80", as "10:30" does; a time "10：30" still folds.)
      if (c >= 0xff01 && c <= 0xff5e) {
        if (c !== 0xff1a || !isFoldedDigit(codes[k + 1]) || !afterNameOrLabel(codes, k, bodyStart)) codes[k] = c - 0xfee0;
      }
      else if (c === 0x2215 || c === 0x2044) codes[k] = 47;
      else if (c === 0x200b) codes[k] = 32;
    }
  }

  // "[[" in the masked text is "[[" in `source` that no mask covers. The first one at or
  // after `openFrom` is cached: blocks come in order, so the search runs once per note.
  let openFrom = -1;
  let openAt = -1;
  const wiki: number[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'heading' && block.kind !== 'tableRow') continue;
    const be = block.span.end;
    let from = block.span.start;
    while (from < be) {
      if (openFrom < 0 || from < openFrom || (openAt >= 0 && openAt < from)) {
        openAt = source.indexOf('[[', from);
        openFrom = from;
      }
      const k = openAt;
      if (k < 0 || k + 1 >= be) break;
      if (codes[k] !== 91 || codes[k + 1] !== 91) {
        from = k + 1;
        continue;
      }
      // ("#[[Vera Rubin]]" is a Logseq tag, read as one from the prose; "![[diagram.png]]" embeds a file.)
      const end = k > 0 && (codes[k - 1] === 35 || (codes[k - 1] === 33 && isFileEmbed(codes, k, be))) ? -1 : matchWikilink(codes, k, be);
      if (end < 0) {
        from = k + 1;
        continue;
      }
      const link: Link = { kind: 'wikilink', span: { start: k, end }, target: maskedSlice(source, masked, codes, k + 2, wikiG1End).trim() };
      if (wikiG2Start >= 0) link.section = maskedSlice(source, masked, codes, wikiG2Start, wikiG2End).trim();
      if (wikiG3Start >= 0) link.label = maskedSlice(source, masked, codes, wikiG3Start, wikiG3End).trim();
      links.push(link);
      wiki.push(k, end);
      from = end;
    }
  }
  // Blanked only now: every wikilink was read from the masked text without them.
  for (let i = 0; i < wiki.length; i += 2) blankRange(codes, wiki[i]!, wiki[i + 1]!);
  sortByStart(links);
  const prose = readCodes(buf, n);
  return { blocks, headings, links, sections: computeSections(text, bodyStart, headings), prose };
}

/**
 * What note tools write that is not prose, in both parsers' output alike: Obsidian comments (`%%…%%`), LaTeX
 * display and inline math in brackets (`\[…\]`, `\(…\)`), org/Logseq blocks (`#+BEGIN_SRC … #+END_SRC`), macros
 * (`{{query …}}`, `{{[[TODO]]}}`), block references (`((uuid))`) and ids (`^abc123` ending a line), Logseq
 * properties (`id:: …`) and task markers (`TODO`, `NOW`, … opening an item).
 */
function blankNoteToolSyntax(source: string, codes: Uint16Array, from: number, n: number): void {
  // One scan finds every needle (most notes have none); each is then handled where it is.
  let lines: Set<number> | undefined;
  // The line of the last per-line needle, and each pair's next close found (-1: none to the end): a run of needles
  // ("^^^^…", "\(\(\(…" with no "\)") costs one search, not one per needle.
  let lineFrom = -1;
  let lineTo = -1;
  const nextClose = new Map<string, number>();
  NOTE_TOOL.lastIndex = from;
  for (let m = NOTE_TOOL.exec(source); m; m = NOTE_TOOL.exec(source)) {
    const at = m.index;
    const token = m[0];
    const pair = PAIRS.get(token);
    if (pair) {
      const known = nextClose.get(token);
      const close = known !== undefined && (known < 0 || known >= at + token.length) ? known : source.indexOf(pair.close, at + token.length);
      nextClose.set(token, close);
      if (close >= 0 && close - at <= pair.max) {
        blankRange(codes, at, close + pair.close.length);
        NOTE_TOOL.lastIndex = close + pair.close.length;
      }
      continue;
    }
    if (token === '#+') {
      // (Source and example blocks are code; a quote block is prose, only its markers are not.)
      const head = source.slice(at, at + 20);
      if (/^#\+BEGIN_(?:SRC|EXAMPLE|EXPORT|COMMENT)\b/i.test(head)) {
        const close = indexOfPattern(source, END_CODE_BLOCK, at);
        const stop = close < 0 ? n : lineEndAt(source, close);
        blankRange(codes, at, stop);
        NOTE_TOOL.lastIndex = stop;
      } else if (/^#\+(?:BEGIN|END)_/i.test(head)) blankRange(codes, at, lineEndAt(source, at));
      continue;
    }
    // "^abc123" ending a line, "key:: value" properties, task markers opening an item: read per line, below.
    const lineStart = token.charCodeAt(0) === 10 ? at + 1 : at >= lineFrom && at < lineTo ? lineFrom : source.lastIndexOf('\n', at) + 1;
    if (lineStart !== lineFrom) {
      lineFrom = lineStart;
      lineTo = lineEndAt(source, lineStart);
      (lines ??= new Set()).add(lineStart);
    }
  }
  if (!lines) return;
  for (const start of lines) {
    if (start < from) continue;
    const end = lineEndAt(source, start);
    const line = source.slice(start, end);
    const id = BLOCK_ID.exec(line);
    if (id) blankRange(codes, start + id.index, end);
    // ("id:: 65f1…", "collapsed:: true": metadata; "notes:: Ironwood has 192 GB": the value is prose.)
    const property = PROPERTY_LINE.exec(line);
    if (property) blankRange(codes, start + property[1]!.length, METADATA_KEY.test(property[2]!) ? end : start + property[0].length);
    const task = TASK_MARKER.exec(line);
    if (task) blankRange(codes, start + task[1]!.length, start + task[0].length);
  }
}

/** Before codes[k]: a letter, or digits run on from a letter ("H100"), rather than a bare number ("10"). */
function afterNameOrLabel(codes: ArrayLike<number>, k: number, floor: number): boolean {
  let j = k - 1;
  while (j >= floor && j > k - 12 && isFoldedDigit(codes[j])) j--;
  const c = j >= floor ? codes[j]! : 32;
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** An ASCII or fullwidth digit (the next code may be folded after this one is read). */
function isFoldedDigit(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19));
}

const FOLDED_TO_ASCII = /[\u2215\u2044\u200b\uff01-\uff5e]/;
// (Task markers only where they open a line: "\n- TODO …".)
const NOTE_TOOL = /%%|\\[[(]|\{\{|\(\(|#\+|::|\^|\n[ \t]*(?:[-*+][ \t]+)?(?:TODO|DOING|DONE|NOW|LATER|WAIT|CANCEL|IN-PROGRESS)\b/g;
/** Pairs blanked whole (a pair may span lines; `max` bounds its length). */
const PAIRS = new Map<string, { close: string; max: number }>([
  ['%%', { close: '%%', max: 20_000 }],
  ['\\[', { close: '\\]', max: 20_000 }],
  ['\\(', { close: '\\)', max: 20_000 }],
  ['{{', { close: '}}', max: 20_000 }],
  ['((', { close: '))', max: 60 }],
]);

const BLOCK_ID = /\s\^[A-Za-z0-9-]{4,40}\s*$/;
const PROPERTY_LINE = /^(\s*(?:[-*+]\s+)?)([A-Za-z][\w-]{0,40})::(?:\s|$)/;
const METADATA_KEY = /^(?:id|collapsed|alias|aliases|tags?|icon|template|template-including-parent|created-at|updated-at|heading|background-color|ls-type|hl-type|hl-page|hl-color|hl-stamp|filters|public|exclude-from-graph-view|date|type|url|link)$/i;

const END_CODE_BLOCK = /#\+END_(?:SRC|EXAMPLE|EXPORT|COMMENT)\b/gi;

function indexOfPattern(source: string, re: RegExp, from: number): number {
  re.lastIndex = from;
  const m = re.exec(source);
  return m ? m.index : -1;
}
const TASK_MARKER = /^(\s*(?:[-*+]\s+)?)(?:TODO|DOING|DONE|NOW|LATER|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)(?=\s)/;

function lineEndAt(source: string, at: number): number {
  const e = source.indexOf('\n', at);
  return e < 0 ? source.length : e;
}


/** "![[nvl72-diagram.png|400]]": an embed of a file that is no note (an image, a PDF). */
function isFileEmbed(codes: Uint16Array, k: number, end: number): boolean {
  let e = k + 2;
  while (e < end && codes[e] !== 93 && codes[e] !== 124 && codes[e] !== 35 && codes[e] !== 10) e++;
  let dot = e - 1;
  while (dot > k + 2 && codes[dot] !== 46 && codes[dot] !== 47) dot--;
  if (codes[dot] !== 46) return false;
  let ext = '';
  for (let i = dot + 1; i < e && i < dot + 6; i++) ext += String.fromCharCode(codes[i]! | 32);
  return ext !== 'md' && ext !== 'markdown' && /^[a-z0-9]{2,5}$/.test(ext);
}

/**
 * An HTML block's markup, blanked so its text reads as prose (Notion exports write notes as <aside>, <details>,
 * <table> and <p>): tags, comments, and the whole of <script>, <style>, <pre>, <code> and <textarea> elements (and
 * of a Jupyter export's DataFrame table).
 */
export function maskHtmlMarkup(text: string, start: number, end: number, chars: Mask): void {
  for (let at = text.indexOf('<', start); at >= 0 && at < end; at = text.indexOf('<', at + 1)) {
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      const stop = close < 0 || close + 3 > end ? end : close + 3;
      chars.add(at, stop);
      at = stop - 1;
      continue;
    }
    const tag = HTML_OPEN_TAG.exec(text.slice(at, Math.min(end, at + 600)));
    if (!tag) continue;
    let stop = at + tag[0].length;
    const name = tag[1]!.toLowerCase();
    // (And a pandas DataFrame that a Jupyter export printed, `<table class="dataframe">`: program output, not prose.)
    if (tag[0][1] !== '/' && (RAW_TEXT_ELEMENTS.has(name) || (name === 'table' && /\bclass\s{0,2}=\s{0,2}["'][^"']{0,80}\bdataframe\b/i.test(tag[0])))) {
      const close = closingTagAt(text, name, stop, end);
      const closeEnd = close < 0 ? -1 : text.indexOf('>', close);
      stop = close < 0 || closeEnd < 0 || closeEnd >= end ? end : closeEnd + 1;
    }
    chars.add(at, stop);
    at = stop - 1;
  }
}

/** Where `</name` (any case) starts in text[from, end), or -1: searched in place, not in a lowercased copy of the note. */
function closingTagAt(text: string, name: string, from: number, end: number): number {
  for (let at = text.indexOf('</', from); at >= 0 && at < end; at = text.indexOf('</', at + 2)) {
    if (text.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return -1;
}

const HTML_OPEN_TAG = /^<\/?([A-Za-z][A-Za-z0-9-]{0,30})(?:\s[^<>]{0,500})?\/?>/;
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'pre', 'code', 'textarea']);

/** Stable sort by span start, skipped when the items already are in order. */
function sortByStart<T extends { span: Span }>(items: T[]): void {
  for (let i = 1; i < items.length; i++) {
    if (items[i]!.span.start < items[i - 1]!.span.start) {
      items.sort((a, b) => a.span.start - b.span.start);
      return;
    }
  }
}

// Scratch code-unit buffer for building the prose (grown as needed; big notes get their own).
// Under Node, a Buffer over the same memory copies strings in and out natively (utf16le
// round-trips every code unit, lone surrogates included); elsewhere plain JS does it.
interface CodeBuffer {
  codes: Uint16Array;
  bytes: Buffer | null;
}
const NodeBuffer: typeof Buffer | undefined = (globalThis as { Buffer?: typeof Buffer }).Buffer;
const SCRATCH_MAX = 1 << 20;
let scratch = makeCodeBuffer(1 << 14);

function makeCodeBuffer(units: number): CodeBuffer {
  const ab = new ArrayBuffer(units * 2);
  return { codes: new Uint16Array(ab), bytes: NodeBuffer ? NodeBuffer.from(ab) : null };
}

function codeBuffer(n: number): CodeBuffer {
  if (n <= scratch.codes.length) return scratch;
  if (n > SCRATCH_MAX) return makeCodeBuffer(n);
  let units = scratch.codes.length;
  while (units < n) units *= 2;
  scratch = makeCodeBuffer(units);
  return scratch;
}

function writeCodes(buf: CodeBuffer, s: string, n: number): void {
  if (n === 0) return;
  if (buf.bytes) buf.bytes.write(s, 0, 2 * n, 'utf16le');
  else for (let i = 0; i < n; i++) buf.codes[i] = s.charCodeAt(i);
}

function readCodes(buf: CodeBuffer, n: number): string {
  if (n === 0) return '';
  if (buf.bytes) return buf.bytes.toString('utf16le', 0, 2 * n);
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buf.codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

function blankRange(codes: Uint16Array, start: number, end: number): void {
  for (let k = start; k < end; k++) {
    const c = codes[k]!;
    if (c !== 10 && c !== 13) codes[k] = 32;
  }
}

/** The masked text's [start, end) as a string. */
function maskedSlice(source: string, masked: string | Mask, codes: Uint16Array, start: number, end: number): string {
  if (typeof masked === 'string') return source.slice(start, end);
  for (let k = start; k < end; k++) {
    if (codes[k] !== source.charCodeAt(k)) return String.fromCharCode(...codes.subarray(start, end));
  }
  return source.slice(start, end);
}

// Group bounds of the last successful matchWikilink (start -1: group absent).
let wikiG1End = 0;
let wikiG2Start = -1;
let wikiG2End = -1;
let wikiG3Start = -1;
let wikiG3End = -1;

/** The WIKILINK regex anchored at k (codes[k..k+1] are "[[") within [k, end): the match end, or -1. */
function matchWikilink(codes: Uint16Array, k: number, end: number): number {
  // ([^[\]|#\n]{1,200})
  let j = k + 2;
  while (j < end) {
    const c = codes[j]!;
    if (c === 91 || c === 93 || c === 124 || c === 35 || c === 10) break;
    j++;
  }
  if (j - (k + 2) < 1 || j - (k + 2) > 200) return -1;
  wikiG1End = j;
  wikiG2Start = wikiG2End = wikiG3Start = wikiG3End = -1;
  // (?:#([^[\]|\n]{1,200}))?
  if (j < end && codes[j] === 35) {
    const s = j + 1;
    let t = s;
    while (t < end) {
      const c = codes[t]!;
      if (c === 91 || c === 93 || c === 124 || c === 10) break;
      t++;
    }
    if (t - s < 1 || t - s > 200) return -1;
    wikiG2Start = s;
    wikiG2End = t;
    j = t;
  }
  // (?:\|([^[\]\n]{1,200}))?
  if (j < end && codes[j] === 124) {
    const s = j + 1;
    let t = s;
    while (t < end) {
      const c = codes[t]!;
      if (c === 91 || c === 93 || c === 10) break;
      t++;
    }
    if (t - s < 1 || t - s > 200) return -1;
    wikiG3Start = s;
    wikiG3End = t;
    j = t;
  }
  // \]\]
  return j + 1 < end && codes[j] === 93 && codes[j + 1] === 93 ? j + 2 : -1;
}

export function computeSections(text: string, bodyStart: number, headings: Heading[]): Section[] {
  const sections: Section[] = [];
  const first = headings[0]?.span.start ?? text.length;
  if (first > bodyStart && text.slice(bodyStart, first).trim() !== '') {
    sections.push({ heading: null, span: { start: bodyStart, end: first } });
  }
  headings.forEach((heading, i) => {
    let end = text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j]!.depth <= heading.depth) {
        end = headings[j]!.span.start;
        break;
      }
    }
    sections.push({ heading, span: { start: heading.span.start, end } });
  });
  return sections;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Cell content spans of a GFM table row (pipes and padding excluded; only `\|` stays, even inside code, as in GFM). */
export function splitTableCells(text: string, row: Span): Span[] {
  const cells: Span[] = [];
  let start = row.start;
  if (text[start] === '|') start++;
  let i = start;
  for (; i < row.end; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '|') {
      cells.push(trimSpan(text, start, i));
      start = i + 1;
    }
  }
  if (start < row.end) cells.push(trimSpan(text, start, row.end));
  return cells;
}
