// A line scanner for the CommonMark + GFM subset that notes use: ATX/setext
// headings, paragraphs, nested lists and blockquotes (with lazy continuation),
// fenced/indented code, HTML blocks, thematic breaks and tables. It is ~50x
// faster than micromark; the differential test keeps it equal to remark.
import type { Block, Heading, Link } from '../types.js';
import { forEachLine, Mask, slugify } from '../text.js';
import { finishStructure, maskHtmlMarkup, splitTableCells, trimSpan, type MarkdownStructure } from './structure.js';

type Container = { readonly type: 'quote' } | { readonly type: 'item'; readonly indent: number };

// Containers hold no state of their own, so they are shared: one quote, one item per indent.
const QUOTE: Container = { type: 'quote' };
const ITEMS: Container[] = [];
function itemContainer(indent: number): Container {
  return (ITEMS[indent] ??= { type: 'item', indent });
}

interface Leaf {
  type: 'paragraph' | 'fence' | 'indented' | 'html' | 'table';
  start: number;
  end: number;
  lines: number;
  fence: string | undefined;
  htmlEndsAtBlank: boolean | undefined;
  htmlEnd: string | undefined;
  containers: number;
  inQuote: boolean;
  listDepth: number;
  columns: number | undefined;
  /** Where the paragraph's last line starts, and its content after the containers' markers
   *  (-1: a lazy or indented line, which cannot be a table's header). */
  lastLineStart: number;
  lastContentStart: number;
}

// (The run is taken whole and the info string is the rest of the line: no backtracking into either.)
const FENCE = /^(`{3,}(?!`)|~{3,}(?!~))([^\n]*)$/;
const HTML_START = /^<(?:!--|\/?(?:address|article|aside|blockquote|body|details|dialog|div|dl|dt|dd|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|section|script|style|summary|table|tbody|td|th|thead|tr|ul)(?:[\s/>]|$))/i;
const HTML_ANY_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>\s*$/;
// (A closing "|" comes with its own trailing blanks: two blank runs never sit side by side.)
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/;
/**
 * Where a heading's closing sequence ("## Title ##") starts in text[start, end) (trimmed, ending in "#"), or -1:
 * the "#" run at the end, after blanks or at the start. Scanned back from the end, in one pass.
 */
function atxClosingStart(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && text.charCodeAt(k - 1) === 35) k--;
  if (k === start) return start;
  const c = text.charCodeAt(k - 1);
  if (c !== 32 && c !== 9) return -1;
  while (k > start && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  return k;
}
const LINK_DEFINITION = /^\[[^\]^\s][^\]]{0,998}\]:[ \t]*\S/;
const TASK = /^\[[ xX]\](?:[ \t]+|$)/;
const FOOTNOTE_LABEL = /^\[\^[^\]\s]{1,100}\]:[ \t]*/;

export function parseFast(text: string, bodyStart: number): MarkdownStructure {
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const links: Link[] = [];
  const chars = new Mask(text.length);
  chars.add(0, bodyStart);
  const leads = new InlineLeads(text);
  // Reference links ("[text][ref]", "[ref]") resolve against definitions anywhere in the note,
  // so they are collected as they come and resolved at the end.
  const definitions = new Map<string, string>();
  const references: Reference[] = [];

  // Open containers are stack[0, depth); the array only grows, so no line reallocates it.
  const stack: Container[] = [];
  let depth = 0;
  const pushContainer = (c: Container): void => {
    stack[depth++] = c;
  };
  // The open leaf block, if any. There is at most one at a time, so one object is reused.
  let leaf: Leaf | null = null;
  const leafObject: Leaf = { type: 'paragraph', start: 0, end: 0, lines: 0, containers: 0, inQuote: false, listDepth: 0, fence: undefined, htmlEndsAtBlank: undefined, htmlEnd: undefined, columns: undefined, lastLineStart: 0, lastContentStart: 0 };
  const openLeaf = (type: Leaf['type'], start: number, end: number, lines: number, containers: number, inQuote: boolean, listDepth: number): Leaf => {
    const l = leafObject;
    l.type = type;
    l.start = start;
    l.end = end;
    l.lines = lines;
    l.containers = containers;
    l.inQuote = inQuote;
    l.listDepth = listDepth;
    l.fence = undefined;
    l.htmlEndsAtBlank = undefined;
    l.htmlEnd = undefined;
    l.columns = undefined;
    l.lastLineStart = start;
    l.lastContentStart = start;
    return l;
  };

  const listDepthOf = (n: number): number => {
    let d = 0;
    for (let i = 0; i < n; i++) if (stack[i]!.type === 'item') d++;
    return d;
  };
  const quoteIn = (n: number): boolean => {
    for (let i = 0; i < n; i++) if (stack[i]!.type === 'quote') return true;
    return false;
  };
  const stackHasItem = (): boolean => {
    for (let i = 0; i < depth; i++) if (stack[i]!.type === 'item') return true;
    return false;
  };
  const directParentIsItem = (n: number): boolean => n > 0 && stack[n - 1]!.type === 'item';

  const closeLeaf = (): void => {
    if (!leaf) return;
    const l = leaf;
    leaf = null;
    if (l.type === 'paragraph') {
      const span = trimSpan(text, l.start, l.end);
      if (span.end <= span.start) return;
      const inItem = directParentIsItem(l.containers);
      blocks.push({ kind: inItem ? 'listItem' : 'paragraph', span, depth: inItem ? l.listDepth - 1 : 0, inBlockquote: l.inQuote });
      scanInline(text, span.start, span.end, chars, links, leads, references);
    } else if (l.type === 'table') {
      // rows were emitted as they came
    } else {
      const span = { start: l.start, end: trimEndNewline(text, l.start, l.end) };
      blocks.push({ kind: l.type === 'html' ? 'html' : 'code', span, depth: 0, inBlockquote: l.inQuote });
      if (l.type === 'html') maskHtmlMarkup(text, span.start, span.end, chars);
      else chars.add(span.start, span.end);
    }
  };

  const emitHeading = (depth: number, span: { start: number; end: number }, contentStart: number, contentEnd: number, inQuote: boolean): void => {
    blocks.push({ kind: 'heading', span, depth, inBlockquote: inQuote });
    scanInline(text, contentStart, contentEnd, chars, links, leads, references);
    const raw = text.slice(contentStart, contentEnd);
    const headingText = inlineToPlain(raw);
    headings.push({ depth, text: headingText, span, slug: slugify(headingText) });
  };

  const emitRow = (start: number, end: number, header: boolean, inQuote: boolean): void => {
    const span = trimSpan(text, start, end);
    const cells = splitTableCells(text, span);
    blocks.push({ kind: 'tableRow', span, depth: 0, inBlockquote: inQuote, cells, header });
    for (const cell of cells) scanInline(text, cell.start, cell.end, chars, links, leads, references);
  };

  forEachLine(text, bodyStart, (start, end) => processLine(start, end));
  closeLeaf();
  if (definitions.size > 0) resolveReferences(references, definitions, links, chars);
  return finishStructure(text, bodyStart, blocks, headings, links, chars);

  function processLine(lineStart: number, lineEnd: number): void {
    let p = lineStart;
    let matched = 0;
    // 1. Continue open containers.
    for (; matched < depth; matched++) {
      const c = stack[matched]!;
      if (c.type === 'quote') {
        const e = indentEnd(text, p, lineEnd);
        if (indCols <= 3 && text.charCodeAt(e) === 62) {
          p = e + 1;
          const n = text.charCodeAt(p);
          if (n === 32 || n === 9) p++;
          continue;
        }
        break;
      }
      if (isBlank(text, p, lineEnd)) continue;
      indentEnd(text, p, lineEnd);
      if (indCols >= c.indent) {
        p = advanceCols(text, p, c.indent);
        continue;
      }
      break;
    }
    const allMatched = matched === depth;

    // 2. Inside fenced code or HTML: only a matching close (or lost containers) ends it.
    if (leaf && (leaf.type === 'fence' || leaf.type === 'html') && allMatched) {
      if (leaf.type === 'fence') {
        if (isFenceClose(text, p, lineEnd, leaf.fence!)) {
          leaf.end = lineEnd;
          closeLeaf();
          return;
        }
        leaf.end = lineEnd;
        return;
      }
      if (leaf.htmlEndsAtBlank && isBlank(text, p, lineEnd)) {
        closeLeaf();
        return;
      }
      leaf.end = lineEnd;
      if (leaf.htmlEnd && text.slice(p, lineEnd).includes(leaf.htmlEnd)) closeLeaf();
      return;
    }

    // 3. Lazy paragraph continuation: unmatched containers, but the line is plain text.
    if (!allMatched && leaf?.type === 'paragraph' && !isBlank(text, p, lineEnd) && !startsBlock(text, p, lineEnd, true, stackHasItem())) {
      leaf.end = lineEnd;
      leaf.lines++;
      leaf.lastContentStart = -1;
      return;
    }
    if (!allMatched) {
      closeLeaf();
      depth = matched;
    }

    // 4. Open new containers.
    let freshItem = false;
    for (;;) {
      const ie = indentEnd(text, p, lineEnd);
      const cols = indCols;
      if (cols >= 4) break;
      const c0 = ie < lineEnd ? text.charCodeAt(ie) : -1;
      if (c0 === 62) {
        closeLeaf();
        pushContainer(QUOTE);
        p = ie + 1;
        const n = text.charCodeAt(p);
        if (n === 32 || n === 9) p++;
        continue;
      }
      let markerLen = -1;
      let markerWidth = 0;
      let ordered = false;
      if (c0 === 45 || c0 === 43 || c0 === 42) {
        markerLen = bulletLen(text, ie, lineEnd);
        markerWidth = 1;
        if (markerLen >= 0 && isThematic(text, ie, trimEndPos(text, ie, lineEnd))) markerLen = -1;
      } else if (c0 >= 48 && c0 <= 57) {
        markerLen = orderedLen(text, ie, lineEnd);
        markerWidth = ordDigits + 1;
        ordered = true;
      }
      if (markerLen >= 0) {
        const emptyItem = isBlank(text, ie + markerLen, lineEnd);
        const interruptsParagraph = leaf?.type === 'paragraph' && depth === matched;
        // An ordered list interrupts a paragraph only when it starts at "1".
        if (interruptsParagraph && (emptyItem || (ordered && !(ordDigits === 1 && c0 === 49)))) break;
        closeLeaf();
        const spaceCols = expandedWidth(text, ie + markerWidth, ie + markerLen, cols + markerWidth);
        const pad = emptyItem ? 1 : spaceCols >= 5 ? 1 : spaceCols;
        pushContainer(itemContainer(cols + markerWidth + pad));
        freshItem = true;
        p = emptyItem ? lineEnd : advanceCols(text, ie + markerWidth, pad, cols + markerWidth);
        continue;
      }
      break;
    }
    matched = depth;
    const inQuote = quoteIn(matched);
    const ie = indentEnd(text, p, lineEnd);
    const cols = indCols;

    if (isBlank(text, p, lineEnd)) {
      if (leaf?.type !== 'indented') closeLeaf();
      return;
    }
    if (leaf?.type === 'indented' && cols >= 4) {
      leaf.end = lineEnd;
      return;
    }
    if (leaf?.type === 'indented') closeLeaf();

    if (cols >= 4) {
      if (leaf?.type === 'paragraph') {
        leaf.end = lineEnd;
        leaf.lines++;
        leaf.lastContentStart = -1;
        return;
      }
      if (leaf?.type === 'table') closeLeaf();
      leaf = openLeaf('indented', p, lineEnd, 1, matched, inQuote, listDepthOf(matched));
      return;
    }
    // The line is not blank, so its first significant character is before lineEnd; every
    // block syntax below is recognised by it before any regex runs.
    const c0 = text.charCodeAt(ie);
    // Setext underline turns the open paragraph into a heading.
    if (leaf?.type === 'paragraph' && (c0 === 61 || c0 === 45) && isSetextUnderline(text, ie, lineEnd, c0)) {
      const l = leaf;
      leaf = null;
      const span = trimSpan(text, l.start, l.end);
      emitHeading(c0 === 61 ? 1 : 2, { start: span.start, end: lineEnd }, span.start, span.end, inQuote);
      return;
    }
    if (c0 === 35) {
      const atxLen = atxPrefixLen(text, ie, lineEnd);
      if (atxLen >= 0) {
        const depth = atxHashes;
        closeLeaf();
        let contentStart = ie + atxLen;
        let contentEnd = trimSpan(text, contentStart, lineEnd).end;
        // A closing sequence can only be there when the trimmed content ends in "#".
        const closing = contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 35 ? atxClosingStart(text, contentStart, contentEnd) : -1;
        if (closing >= 0) contentEnd = closing;
        contentEnd = Math.max(contentStart, trimSpan(text, contentStart, contentEnd).end);
        contentStart = Math.min(contentStart, contentEnd);
        emitHeading(depth, { start: ie, end: lineEnd }, contentStart, contentEnd, inQuote);
        return;
      }
    }
    if (c0 === 96 || c0 === 126) {
      const fence = FENCE.exec(text.slice(ie, lineEnd));
      if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
        closeLeaf();
        leaf = openLeaf('fence', ie, lineEnd, 1, matched, inQuote, listDepthOf(matched));
        leaf.fence = fence[1]!;
        return;
      }
    }
    if ((c0 === 42 || c0 === 45 || c0 === 95) && isThematic(text, ie, trimEndPos(text, ie, lineEnd))) {
      closeLeaf();
      blocks.push({ kind: 'thematicBreak', span: trimSpan(text, ie, lineEnd), depth: 0, inBlockquote: inQuote });
      return;
    }
    if (c0 === 60) {
      const content = text.slice(ie, lineEnd);
      const comment = content.startsWith('<!--');
      const known = HTML_START.test(content);
      const anyTag = !known && leaf?.type !== 'paragraph' && HTML_ANY_TAG.test(content);
      if (comment || known || anyTag) {
        closeLeaf();
        leaf = openLeaf('html', ie, lineEnd, 1, matched, inQuote, listDepthOf(matched));
        leaf.htmlEndsAtBlank = !comment;
        if (comment) {
          leaf.htmlEnd = '-->';
          if (content.indexOf('-->', 4) >= 0) closeLeaf();
        }
        return;
      }
    }
    // GFM table: a paragraph's last line followed by a delimiter row with the same column count;
    // the lines before it stay a paragraph, as in remark. (A delimiter row starts with "|", ":" or "-".)
    if (leaf?.type === 'paragraph' && leaf.lastContentStart >= 0 && (c0 === 124 || c0 === 58 || c0 === 45)) {
      const content = text.slice(ie, lineEnd);
      if (DELIMITER_ROW.test(content) && content.includes('-')) {
        const headerSpan = trimSpan(text, leaf.lastContentStart, leaf.end);
        const headerCells = splitTableCells(text, headerSpan).length;
        const delimiterCells = splitTableCells(text, trimSpan(text, ie, lineEnd)).length;
        if (headerCells === delimiterCells && (text.slice(headerSpan.start, headerSpan.end).includes('|') || content.includes('|'))) {
          const tableStart = leaf.lines === 1 ? leaf.start : leaf.lastLineStart;
          if (leaf.lines > 1) {
            leaf.end = leaf.lastLineStart;
            closeLeaf();
          }
          leaf = openLeaf('table', tableStart, lineEnd, 2, matched, inQuote, 0);
          leaf.columns = headerCells;
          emitRow(headerSpan.start, headerSpan.end, true, inQuote);
          return;
        }
      }
    }
    if (leaf?.type === 'table') {
      if (startsBlock(text, p, lineEnd, false)) closeLeaf();
      else {
        emitRow(ie, lineEnd, false, inQuote);
        leaf.end = lineEnd;
        return;
      }
    }
    // A footnote definition ("[^2]: …") interrupts a paragraph, as GFM's footnotes do in remark.
    if (leaf?.type === 'paragraph' && !(c0 === 91 && text.charCodeAt(ie + 1) === 94 && FOOTNOTE_LABEL.test(text.slice(ie, lineEnd)))) {
      leaf.end = lineEnd;
      leaf.lines++;
      leaf.lastLineStart = lineStart;
      leaf.lastContentStart = ie;
      return;
    }
    closeLeaf();
    let start = ie;
    if (c0 === 91) {
      const content = text.slice(ie, lineEnd);
      // Link reference definitions are not prose.
      if (LINK_DEFINITION.test(content)) {
        chars.add(ie, lineEnd);
        const def = readDefinition(content);
        // The first definition of a label wins (CommonMark).
        if (def && !definitions.has(def[0])) definitions.set(def[0], def[1]);
        return;
      }
      // GFM task items: the checkbox is not part of the paragraph; nor is a footnote label.
      const task = freshItem ? TASK.exec(content) : null;
      const footnote = task ? null : FOOTNOTE_LABEL.exec(content);
      const marker = task ?? footnote;
      if (marker && content.length > marker[0].length) start = ie + marker[0].length;
    }
    leaf = openLeaf('paragraph', start, lineEnd, 1, matched, inQuote, listDepthOf(matched));
  }
}

/** Would this line start a new block (so it can't be a lazy continuation)? */
function startsBlock(text: string, p: number, lineEnd: number, forLazy: boolean, inList = false): boolean {
  const ie = indentEnd(text, p, lineEnd);
  if (indCols >= 4) return false;
  const c0 = ie < lineEnd ? text.charCodeAt(ie) : -1;
  switch (c0) {
    case 62: // >
      return true;
    case 35: // #
      if (atxPrefixLen(text, ie, lineEnd) >= 0) return true;
      break;
    case 42: // *
    case 45: // -
    case 43: {
      // +
      if (c0 !== 43 && isThematic(text, ie, trimEndPos(text, ie, lineEnd))) return true;
      const m = bulletLen(text, ie, lineEnd);
      // Inside a list a marker starts a sibling item; elsewhere it must not be empty.
      if (m >= 0 && (inList || !isBlank(text, ie + m, lineEnd))) return true;
      break;
    }
    case 95: // _
      if (isThematic(text, ie, trimEndPos(text, ie, lineEnd))) return true;
      break;
    case 96: // `
    case 126: {
      // ~
      const fence = FENCE.exec(text.slice(ie, lineEnd));
      if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) return true;
      break;
    }
    case 60: {
      // <
      const content = text.slice(ie, lineEnd);
      if (content.startsWith('<!--') || HTML_START.test(content)) return true;
      break;
    }
    case 91: // [ (a footnote definition, "[^2]: …")
      if (text.charCodeAt(ie + 1) === 94 && FOOTNOTE_LABEL.test(text.slice(ie, lineEnd))) return true;
      break;
    default:
      if (c0 >= 48 && c0 <= 57) {
        const m = orderedLen(text, ie, lineEnd);
        // An ordered list must start at 1 outside a list.
        if (m >= 0 && (inList || (ordDigits === 1 && c0 === 49 && !isBlank(text, ie + m, lineEnd)))) return true;
      }
  }
  return !forLazy && isBlank(text, ie, lineEnd);
}

// Line-syntax helpers. They read char codes in place (no slices, no regexes) and match
// exactly what the anchored regexes they replace matched on text.slice(from, lineEnd).

/** Columns of the indentation that `indentEnd` last measured. */
let indCols = 0;
/** Digits of the ordered-list marker that `orderedLen` last matched. */
let ordDigits = 0;
/** Hashes of the ATX opening that `atxPrefixLen` last matched. */
let atxHashes = 0;

/** End of the spaces/tabs at `from` (sets indCols to their width in columns). */
function indentEnd(text: string, from: number, lineEnd: number): number {
  let cols = 0;
  let i = from;
  for (; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) cols++;
    else if (c === 9) cols += 4 - (cols % 4);
    else break;
  }
  indCols = cols;
  return i;
}

/** JavaScript's whitespace (what String#trim and \s remove/match). */
function isWs(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** text.slice(from, to).trim() === '' */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWs(text.charCodeAt(i))) return false;
  return true;
}

/** from + text.slice(from, to).trimEnd().length */
function trimEndPos(text: string, from: number, to: number): number {
  while (to > from && isWs(text.charCodeAt(to - 1))) to--;
  return to;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Length of the ws run `([ \t]+|$)` at k on a line ending at lineEnd, or -1. */
function wsOrEnd(text: string, k: number, lineEnd: number): number {
  if (k >= lineEnd) return 0;
  let w = k;
  while (w < lineEnd && isSpaceOrTab(text.charCodeAt(w))) w++;
  return w > k ? w - k : -1;
}

/** /^([-+*])([ \t]+|$)/ at from: the match length, or -1. */
function bulletLen(text: string, from: number, lineEnd: number): number {
  const ws = wsOrEnd(text, from + 1, lineEnd);
  return ws < 0 ? -1 : 1 + ws;
}

/** /^(\d{1,9})([.)])([ \t]+|$)/ at from: the match length (sets ordDigits), or -1. */
function orderedLen(text: string, from: number, lineEnd: number): number {
  let k = from;
  while (k < lineEnd && k - from <= 9) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) break;
    k++;
  }
  const n = k - from;
  if (n === 0 || n > 9 || k >= lineEnd) return -1;
  const d = text.charCodeAt(k);
  if (d !== 46 && d !== 41) return -1;
  const ws = wsOrEnd(text, k + 1, lineEnd);
  if (ws < 0) return -1;
  ordDigits = n;
  return n + 1 + ws;
}

/** /^(#{1,6})(?:[ \t]+|$)/ at from: the match length (sets atxHashes), or -1. */
function atxPrefixLen(text: string, from: number, lineEnd: number): number {
  let k = from;
  while (k < lineEnd && text.charCodeAt(k) === 35) k++;
  const n = k - from;
  if (n === 0 || n > 6) return -1;
  const ws = wsOrEnd(text, k, lineEnd);
  if (ws < 0) return -1;
  atxHashes = n;
  return n + ws;
}

/** THEMATIC on text.slice(from, to) (to already trimmed): three or more of one of * - _, spaces/tabs between. */
// The last character that is neither the marker nor a blank, before the end of the line last asked about: nested
// list markers ("- - - - a") ask about one line again and again, and each answer is then one comparison.
let thematicText = '';
let thematicTo = -1;
let thematicMark = -1;
let thematicBad = -1;

function isThematic(text: string, from: number, to: number): boolean {
  const m = text.charCodeAt(from);
  if (from >= to || (m !== 42 && m !== 45 && m !== 95)) return false;
  if (text !== thematicText || to !== thematicTo || m !== thematicMark) {
    let bad = to - 1;
    while (bad >= 0 && (text.charCodeAt(bad) === m || isSpaceOrTab(text.charCodeAt(bad))) && text.charCodeAt(bad) !== 10) bad--;
    thematicText = text;
    thematicTo = to;
    thematicMark = m;
    thematicBad = bad;
  }
  if (from <= thematicBad) return false;
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === m) count++;
    else if (!isSpaceOrTab(c)) return false;
  }
  return count >= 3;
}

/** /^(=+|-+)[ \t]*$/ on text.slice(from, lineEnd), the first char being c0. */
function isSetextUnderline(text: string, from: number, lineEnd: number, c0: number): boolean {
  let k = from;
  while (k < lineEnd && text.charCodeAt(k) === c0) k++;
  while (k < lineEnd && isSpaceOrTab(text.charCodeAt(k))) k++;
  return k === lineEnd;
}

/** A closing fence: up to 3 spaces, then /^(`{3,}|~{3,})[ \t]*$/ of the fence's character, at least as long. */
function isFenceClose(text: string, p: number, lineEnd: number, fence: string): boolean {
  let q = p;
  while (q < lineEnd && q - p < 3 && text.charCodeAt(q) === 32) q++;
  const f = q < lineEnd ? text.charCodeAt(q) : -1;
  if (f !== 96 && f !== 126) return false;
  let r = q;
  while (r < lineEnd && text.charCodeAt(r) === f) r++;
  if (r - q < 3) return false;
  let t = r;
  while (t < lineEnd && isSpaceOrTab(text.charCodeAt(t))) t++;
  return t === lineEnd && f === fence.charCodeAt(0) && r - q >= fence.length;
}

function advanceCols(text: string, from: number, cols: number, startCol = 0): number {
  let col = startCol;
  let i = from;
  while (col - startCol < cols) {
    const c = text.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
    i++;
  }
  return i;
}

/** Width in columns of the spaces/tabs text[from, to) starting at column startCol. */
function expandedWidth(text: string, from: number, to: number, startCol: number): number {
  let col = startCol;
  for (let i = from; i < to; i++) col += text.charCodeAt(i) === 9 ? 4 - (col % 4) : 1;
  return col - startCol;
}

function trimEndNewline(text: string, start: number, end: number): number {
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/;
const INLINE_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?\/?>/;
const BARE_URL = /^(?:https?:\/\/|www\.)[^\s<]{1,2000}/i;
const WWW_HOST = /^www\.[^.\s]+\.[^\s]/i;

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/**
 * Where scanInline has something to do: "\\", "`", "[", "![", "<" and the starts of bare
 * URLs ("http://", "https://", "www.", any case). Each is found natively (indexOf, or one
 * regex for the URLs) and the next occurrence is cached, so the text is searched about once
 * per kind however many spans ask.
 */
const LEAD_NEEDLES = ['\\', '`', '[', '![', '<'];
const URL_START = /https?:\/\/|www\./gi;

export class InlineLeads {
  private readonly from = [-1, -1, -1, -1, -1, -1];
  private readonly at = [-1, -1, -1, -1, -1, -1];
  constructor(private readonly text: string) {}

  /** The first lead at or after p and before end, or -1. */
  next(p: number, end: number): number {
    let best = -1;
    for (let k = 0; k < 6; k++) {
      let at = this.at[k]!;
      const from = this.from[k]!;
      if (from < 0 || p < from || (at >= 0 && at < p)) {
        at = this.search(k, p);
        this.at[k] = at;
        this.from[k] = p;
      }
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best >= 0 && best < end ? best : -1;
  }

  private search(k: number, p: number): number {
    if (k < 5) return this.text.indexOf(LEAD_NEEDLES[k]!, p);
    URL_START.lastIndex = p;
    const m = URL_START.exec(this.text);
    return m === null ? -1 : m.index;
  }
}

/** Masks code spans, link targets, autolinks, bare URLs, images and inline HTML; records links. */
/** `references`: where to collect "[text][ref]" and "[ref]" (resolved by the caller once definitions are known). */
// Labels inside labels are read recursively; past this depth (no note nests links 32 deep) they are left as text,
// so 3,500 nested "[" cannot overflow the stack.
const MAX_LABEL_DEPTH = 32;
let labelDepth = 0;

/** scanInline on a link's label, one level deeper; past MAX_LABEL_DEPTH the label is left as text. */
function scanLabel(text: string, start: number, end: number, chars: Mask, links: Link[], leads: InlineLeads, references: Reference[] | undefined): void {
  if (labelDepth >= MAX_LABEL_DEPTH) return;
  labelDepth++;
  try {
    scanInline(text, start, end, chars, links, leads, references);
  } finally {
    labelDepth--;
  }
}

export function scanInline(text: string, start: number, end: number, chars: Mask, links: Link[], leads = new InlineLeads(text), references?: Reference[]): void {
  // Where the searches for a closer last came up empty, so a run of openers with none ("[[[[…", "[a]([a](…",
  // "<!--<!--…") costs one search, not one per opener: the last "]" and ")" of the span, the line a "]]" was
  // missing on, and whether a "-->" is left at all.
  let lastBracket = -2;
  let lastParen = -2;
  let wikiMissFrom = -1;
  let wikiMissTo = -1;
  let commentMissing = false;
  for (let i = start; i < end; i++) {
    // Every other character is passed over: only leads start anything.
    i = leads.next(i, end);
    if (i < 0) return;
    const c = text.charCodeAt(i);
    if ((c | 32) === 104 || (c | 32) === 119) {
      // h H w W: "http://", "https://" or "www." — a bare URL at the start of a word.
      if (i !== start && !isUrlLead(text.charCodeAt(i - 1))) continue;
      const url = BARE_URL.exec(text.slice(i, Math.min(end, i + 2100)));
      if (url) {
        const len = trimUrl(url[0]);
        if ((c | 32) === 119 && !WWW_HOST.test(url[0].slice(0, len))) continue;
        links.push({ kind: 'url', span: { start: i, end: i + len }, target: text.slice(i, i + len) });
        chars.add(i, i + len);
        i += len - 1;
      }
      continue;
    }
    switch (c) {
      case 92: // \
        i++;
        continue;
      case 96: {
        // `
        let n = 1;
        while (text.charCodeAt(i + n) === 96) n++;
        const closeAt = findBacktickRun(text, i + n, end, n);
        if (closeAt < 0) {
          i += n - 1;
          continue;
        }
        chars.add(i, closeAt + n);
        i = closeAt + n - 1;
        continue;
      }
      case 91: // [
      case 33: {
        // !
        if (c === 91 && text.charCodeAt(i + 1) === 91) {
          // [[wikilink]]: skipped here (finishStructure reads it); no line break inside.
          const close = i + 2 >= wikiMissFrom && i + 2 < wikiMissTo ? -1 : wikiClose(text, i + 2, end);
          if (close > 0) {
            i = close + 1;
            continue;
          }
          if (close < 0 && !(i + 2 >= wikiMissFrom && i + 2 < wikiMissTo)) {
            wikiMissFrom = i + 2;
            const nl = text.indexOf('\n', i + 2);
            wikiMissTo = nl < 0 || nl > end ? end : nl;
          }
        }
        if (c === 33 && text.charCodeAt(i + 1) !== 91) continue;
        const open = c === 33 ? i + 1 : i;
        if (lastBracket === -2) lastBracket = text.lastIndexOf(']', end - 1);
        const labelEnd = open > lastBracket ? -1 : matchBracket(text, open, end);
        if (c === 91 && labelEnd > 0 && text.charCodeAt(labelEnd + 1) !== 40 && references !== undefined && text.charCodeAt(i + 1) !== 94) {
          // "[text][ref]", "[text][]" or "[ref]": a link if the note defines ref (known only at the end).
          const refEnd = text.charCodeAt(labelEnd + 1) === 91 ? matchBracket(text, labelEnd + 1, end) : -1;
          if (refEnd > 0) {
            const ref = refEnd === labelEnd + 2 ? text.slice(i + 1, labelEnd) : text.slice(labelEnd + 2, refEnd);
            references.push({ start: i, labelEnd, end: refEnd + 1, ref, label: text.slice(i + 1, labelEnd) });
            scanLabel(text, i + 1, labelEnd, chars, links, leads, references);
            i = refEnd;
            continue;
          }
          references.push({ start: i, labelEnd, end: labelEnd + 1, ref: text.slice(i + 1, labelEnd), label: text.slice(i + 1, labelEnd) });
        }
        if (labelEnd > 0 && text.charCodeAt(labelEnd + 1) === 40) {
          if (lastParen === -2) lastParen = text.lastIndexOf(')', end - 1);
          const destEnd = labelEnd + 1 > lastParen ? -1 : matchParen(text, labelEnd + 1, end);
          if (destEnd > 0) {
            if (c === 33) chars.add(i, destEnd + 1);
            else {
              const inner = text.slice(labelEnd + 2, destEnd).trim();
              const target = inner.startsWith('<') ? inner.slice(1, inner.indexOf('>') > 0 ? inner.indexOf('>') : undefined) : inner.split(/\s+/)[0]!;
              links.push({ kind: 'markdown', span: { start: i, end: destEnd + 1 }, target, label: inlineToPlain(text.slice(open + 1, labelEnd)) });
              chars.add(labelEnd, destEnd + 1);
              // The label may itself hold code or URLs.
              scanLabel(text, open + 1, labelEnd, chars, links, leads, references);
            }
            i = destEnd;
            continue;
          }
        }
        continue;
      }
      case 60: {
        // <: an autolink or a tag needs a letter (or "/") right after it; "<!--" opens a comment.
        const c1 = i + 1 < end ? text.charCodeAt(i + 1) : -1;
        if (c1 === 33) {
          const close = commentMissing ? -1 : commentEnd(text, i, end);
          if (close > 0) {
            chars.add(i, close);
            i = close - 1;
          } else if (text.startsWith('<!--', i) && !text.startsWith('>', i + 4) && !text.startsWith('->', i + 4)) commentMissing = true;
          continue;
        }
        if (c1 !== 47 && !isAsciiLetter(c1)) continue;
        const after = text.slice(i + 1, Math.min(end, i + 2100));
        const auto = SCHEME.exec(after);
        if (auto) {
          const close = i + 1 + auto[0].length;
          links.push({ kind: 'url', span: { start: i, end: close }, target: text.slice(i + 1, close - 1) });
          chars.add(i, close);
          i = close - 1;
          continue;
        }
        const tag = INLINE_TAG.exec(text.slice(i, Math.min(end, i + 600)));
        if (tag) {
          chars.add(i, i + tag[0].length);
          i += tag[0].length - 1;
        }
        continue;
      }
      default:
        continue;
    }
  }
}

/**
 * Where an inline HTML comment opened at `i` ends (CommonMark 0.31: "<!-->", "<!--->", or "<!--" up to the
 * first "-->"), or -1 if there is none before `end`. Its text is not rendered: its numbers are no claims.
 */
function commentEnd(text: string, i: number, end: number): number {
  if (!text.startsWith('<!--', i)) return -1;
  if (text.startsWith('>', i + 4)) return i + 5;
  if (text.startsWith('->', i + 4)) return i + 6;
  const close = text.indexOf('-->', i + 4);
  return close < 0 || close + 3 > end ? -1 : close + 3;
}

/** /[\s*_~(]/ */
function isUrlLead(c: number): boolean {
  return c === 42 || c === 95 || c === 126 || c === 40 || isWs(c);
}

/** Offset of the first "]]" at or after from that starts before end, if no line break comes first; else -1. */
function wikiClose(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return -1;
    if (c === 93 && text.charCodeAt(k + 1) === 93) return k;
  }
  return -1;
}

function findBacktickRun(text: string, from: number, end: number, n: number): number {
  for (let j = from; j < end; j++) {
    if (text.charCodeAt(j) !== 96) continue;
    let m = 1;
    while (text.charCodeAt(j + m) === 96) m++;
    if (m === n) return j;
    j += m - 1;
  }
  return -1;
}

/** A reference link's text and label, resolved once the whole note is read. */
interface Reference {
  start: number;
  /** The "]" that closes the link text. */
  labelEnd: number;
  end: number;
  ref: string;
  label: string;
}

/** A label as CommonMark matches it: case-folded, inner whitespace collapsed (as mdast's `identifier`). */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase().toLowerCase();
}

/** "[label]: <url> 'title'" as [normalized label, url]. */
function readDefinition(line: string): [string, string] | null {
  const close = line.indexOf(']:');
  if (close < 0) return null;
  const rest = line.slice(close + 2).trimStart();
  const url = rest.startsWith('<') ? rest.slice(1, rest.indexOf('>') > 0 ? rest.indexOf('>') : undefined) : rest.split(/\s/, 1)[0]!;
  return url === '' ? null : [normalizeLabel(line.slice(1, close)), url];
}

function resolveReferences(references: readonly Reference[], definitions: ReadonlyMap<string, string>, links: Link[], chars: Mask): void {
  let after = -1;
  for (const r of references) {
    // Not inside a link already made (a shortcut within a full reference's text).
    if (r.start < after) continue;
    const target = definitions.get(normalizeLabel(r.ref));
    if (target === undefined) continue;
    links.push({ kind: 'markdown', span: { start: r.start, end: r.end }, target, label: inlineToPlain(r.label) });
    chars.add(r.labelEnd, r.end);
    after = r.end;
  }
}

function matchBracket(text: string, open: number, end: number): number {
  let depth = 0;
  for (let j = open; j < end; j++) {
    const ch = text.charCodeAt(j);
    if (ch === 92) j++;
    else if (ch === 96) {
      let n = 1;
      while (text.charCodeAt(j + n) === 96) n++;
      const close = findBacktickRun(text, j + n, end, n);
      j = close < 0 ? j + n - 1 : close + n - 1;
    } else if (ch === 91) depth++;
    else if (ch === 93 && --depth === 0) return j;
  }
  return -1;
}

function matchParen(text: string, open: number, end: number): number {
  let depth = 0;
  for (let j = open; j < end; j++) {
    const ch = text.charCodeAt(j);
    if (ch === 92) j++;
    else if (ch === 40) depth++;
    else if (ch === 41 && --depth === 0) return j;
    else if (ch === 10 && text.slice(open + 1, j).trim() !== '' && depth === 1 && !/["'(]/.test(text.slice(open + 1, j))) return -1;
  }
  return -1;
}

/** GFM's extended-autolink trailing-punctuation rules. */
function trimUrl(url: string): number {
  let len = url.length;
  for (;;) {
    const last = url[len - 1];
    if (last && '?!.,:*_~\'"'.includes(last)) {
      len--;
      continue;
    }
    if (last === ')') {
      const open = (url.slice(0, len).match(/\(/g) ?? []).length;
      const close = (url.slice(0, len).match(/\)/g) ?? []).length;
      if (close > open) {
        len--;
        continue;
      }
    }
    if (last === ';') {
      const entity = /&[A-Za-z0-9]+;$/.exec(url.slice(0, len));
      if (entity) {
        len -= entity[0].length;
        continue;
      }
    }
    return len;
  }
}

/** Plain text of inline markdown, close to mdast's toString for headings and labels. */
export function inlineToPlain(raw: string): string {
  // Each rewrite below needs one of [ ` < * _ ~ \ to match; plain text comes back as is.
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 91 || c === 96 || c === 60 || c === 42 || c === 95 || c === 126 || c === 92) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  return raw
    // (No "[" inside a link's text: a run of "[" fails at the next one, not at the end of the heading.)
    .replace(/!?\[([^\][]*)\]\([^()]*\)/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/<[^<>]{1,500}>/g, '')
    .replace(/(\*{1,3}|_{1,3})(\S(?:[^*_]*\S)?)\1/g, '$2')
    .replace(/~~([^~]+)~~/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
