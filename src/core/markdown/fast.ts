// A line scanner for the CommonMark + GFM subset that notes use: ATX/setext
// headings, paragraphs, nested lists and blockquotes (with lazy continuation),
// fenced/indented code, HTML blocks, thematic breaks and tables. It is ~50x
// faster than micromark; the differential test keeps it equal to remark.
import type { Block, Heading, Link } from '../types.js';
import { Mask, slugify } from '../text.js';
import { finishStructure, splitTableCells, trimSpan, type MarkdownStructure } from './structure.js';

type Container = { type: 'quote' } | { type: 'item'; indent: number; blankSeen: boolean };

interface Leaf {
  type: 'paragraph' | 'fence' | 'indented' | 'html' | 'table';
  start: number;
  end: number;
  lines: number;
  fence?: string;
  fenceIndent?: number;
  htmlEndsAtBlank?: boolean;
  htmlEnd?: string;
  containers: number;
  inQuote: boolean;
  listDepth: number;
  columns?: number;
  firstLineEnd?: number;
}

const ATX = /^(#{1,6})(?:[ \t]+|$)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET = /^([-+*])([ \t]+|$)/;
const ORDERED = /^(\d{1,9})([.)])([ \t]+|$)/;
const HTML_START = /^<(?:!--|\/?(?:address|article|aside|blockquote|body|details|dialog|div|dl|dt|dd|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|section|script|style|summary|table|tbody|td|th|thead|tr|ul)(?:[\s/>]|$))/i;
const HTML_ANY_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>\s*$/;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

export function parseFast(text: string, bodyStart: number): MarkdownStructure {
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const links: Link[] = [];
  const chars = new Mask(text.length);
  chars.add(0, bodyStart);

  const stack: Container[] = [];
  let leaf: Leaf | null = null;

  const listDepthOf = (n: number): number => {
    let d = 0;
    for (let i = 0; i < n; i++) if (stack[i]!.type === 'item') d++;
    return d;
  };
  const quoteIn = (n: number): boolean => {
    for (let i = 0; i < n; i++) if (stack[i]!.type === 'quote') return true;
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
      scanInline(text, span.start, span.end, chars, links);
    } else if (l.type === 'table') {
      // rows were emitted as they came
    } else {
      const span = { start: l.start, end: trimEndNewline(text, l.start, l.end) };
      blocks.push({ kind: l.type === 'html' ? 'html' : 'code', span, depth: 0, inBlockquote: l.inQuote });
      chars.add(span.start, span.end);
    }
  };

  const emitHeading = (depth: number, span: { start: number; end: number }, contentStart: number, contentEnd: number, inQuote: boolean): void => {
    blocks.push({ kind: 'heading', span, depth, inBlockquote: inQuote });
    scanInline(text, contentStart, contentEnd, chars, links);
    const raw = text.slice(contentStart, contentEnd);
    const headingText = inlineToPlain(raw);
    headings.push({ depth, text: headingText, span, slug: slugify(headingText) });
  };

  const emitRow = (start: number, end: number, header: boolean, inQuote: boolean): void => {
    const span = trimSpan(text, start, end);
    const cells = splitTableCells(text, span);
    blocks.push({ kind: 'tableRow', span, depth: 0, inBlockquote: inQuote, cells, header });
    for (const cell of cells) scanInline(text, cell.start, cell.end, chars, links);
  };

  let pos = bodyStart;
  while (pos < text.length) {
    let lineEnd = pos;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const next = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
    processLine(pos, lineEnd);
    pos = next;
  }
  closeLeaf();
  return finishStructure(text, bodyStart, blocks, headings, links, chars.apply(text));

  function processLine(lineStart: number, lineEnd: number): void {
    let p = lineStart;
    let matched = 0;
    const isBlankFrom = (at: number): boolean => text.slice(at, lineEnd).trim() === '';
    // 1. Continue open containers.
    for (; matched < stack.length; matched++) {
      const c = stack[matched]!;
      if (c.type === 'quote') {
        const ind = indentOf(text, p, lineEnd);
        if (ind.cols <= 3 && text[ind.end] === '>') {
          p = ind.end + 1;
          if (text[p] === ' ' || text[p] === '\t') p++;
          continue;
        }
        break;
      }
      if (isBlankFrom(p)) {
        c.blankSeen = true;
        continue;
      }
      const ind = indentOf(text, p, lineEnd);
      if (ind.cols >= c.indent) {
        p = advanceCols(text, p, c.indent);
        continue;
      }
      break;
    }
    const rest = text.slice(p, lineEnd);
    const allMatched = matched === stack.length;

    // 2. Inside fenced code or HTML: only a matching close (or lost containers) ends it.
    if (leaf && (leaf.type === 'fence' || leaf.type === 'html') && allMatched) {
      if (leaf.type === 'fence') {
        const trimmed = rest.replace(/^ {0,3}/, '');
        const close = /^(`{3,}|~{3,})[ \t]*$/.exec(trimmed);
        if (close && close[1]![0] === leaf.fence![0] && close[1]!.length >= leaf.fence!.length) {
          leaf.end = lineEnd;
          closeLeaf();
          return;
        }
        leaf.end = lineEnd;
        return;
      }
      if (leaf.htmlEndsAtBlank && rest.trim() === '') {
        closeLeaf();
        return;
      }
      leaf.end = lineEnd;
      if (leaf.htmlEnd && rest.includes(leaf.htmlEnd)) closeLeaf();
      return;
    }

    // 3. Lazy paragraph continuation: unmatched containers, but the line is plain text.
    const inList = stack.some((c) => c.type === 'item');
    if (!allMatched && leaf?.type === 'paragraph' && rest.trim() !== '' && !startsBlock(text, p, lineEnd, true, inList)) {
      leaf.end = lineEnd;
      leaf.lines++;
      return;
    }
    if (!allMatched) {
      closeLeaf();
      stack.length = matched;
    }

    // 4. Open new containers.
    let freshItem = false;
    for (;;) {
      const ind = indentOf(text, p, lineEnd);
      if (ind.cols >= 4) break;
      const after = text.slice(ind.end, lineEnd);
      if (after[0] === '>') {
        closeLeaf();
        stack.push({ type: 'quote' });
        p = ind.end + 1;
        if (text[p] === ' ' || text[p] === '\t') p++;
        continue;
      }
      const bullet = BULLET.exec(after);
      const ordered = bullet ? null : ORDERED.exec(after);
      const marker = bullet ?? ordered;
      if (marker && !THEMATIC.test(after.trimEnd())) {
        const emptyItem = after.slice(marker[0].length).trim() === '';
        const interruptsParagraph = leaf?.type === 'paragraph' && stack.length === matched;
        if (interruptsParagraph && (emptyItem || (ordered && ordered[1] !== '1'))) break;
        closeLeaf();
        const markerWidth = marker[0].length - marker[marker.length - 1]!.length;
        const spaceCols = expandedWidth(marker[marker.length - 1]!, ind.cols + markerWidth);
        const pad = emptyItem ? 1 : spaceCols >= 5 ? 1 : spaceCols;
        stack.push({ type: 'item', indent: ind.cols + markerWidth + pad, blankSeen: false });
        freshItem = true;
        p = emptyItem ? lineEnd : advanceCols(text, ind.end + markerWidth, pad, ind.cols + markerWidth);
        continue;
      }
      break;
    }
    matched = stack.length;
    const inQuote = quoteIn(matched);
    const line = text.slice(p, lineEnd);
    const ind = indentOf(text, p, lineEnd);
    const content = text.slice(ind.end, lineEnd);

    if (line.trim() === '') {
      if (leaf?.type !== 'indented') closeLeaf();
      return;
    }
    if (leaf?.type === 'indented' && ind.cols >= 4) {
      leaf.end = lineEnd;
      return;
    }
    if (leaf?.type === 'indented') closeLeaf();

    if (ind.cols >= 4) {
      if (leaf?.type === 'paragraph') {
        leaf.end = lineEnd;
        leaf.lines++;
        return;
      }
      if (leaf?.type === 'table') closeLeaf();
      leaf = { type: 'indented', start: p, end: lineEnd, lines: 1, containers: matched, inQuote, listDepth: listDepthOf(matched) };
      return;
    }
    // Setext underline turns the open paragraph into a heading.
    if (leaf?.type === 'paragraph' && /^(=+|-+)[ \t]*$/.test(content)) {
      const l = leaf;
      leaf = null;
      const span = trimSpan(text, l.start, l.end);
      emitHeading(content[0] === '=' ? 1 : 2, { start: span.start, end: lineEnd }, span.start, span.end, inQuote);
      return;
    }
    const atx = ATX.exec(content);
    if (atx) {
      closeLeaf();
      let contentStart = ind.end + atx[0].length;
      let contentEnd = trimSpan(text, contentStart, lineEnd).end;
      const closing = /(?:^|[ \t]+)#+[ \t]*$/.exec(text.slice(contentStart, contentEnd));
      if (closing) contentEnd = contentStart + closing.index;
      contentEnd = Math.max(contentStart, trimSpan(text, contentStart, contentEnd).end);
      contentStart = Math.min(contentStart, contentEnd);
      emitHeading(atx[1]!.length, { start: ind.end, end: lineEnd }, contentStart, contentEnd, inQuote);
      return;
    }
    const fence = FENCE.exec(content);
    if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
      closeLeaf();
      leaf = { type: 'fence', start: ind.end, end: lineEnd, lines: 1, fence: fence[1]!, containers: matched, inQuote, listDepth: listDepthOf(matched) };
      return;
    }
    if (THEMATIC.test(content.trimEnd())) {
      closeLeaf();
      blocks.push({ kind: 'thematicBreak', span: trimSpan(text, ind.end, lineEnd), depth: 0, inBlockquote: inQuote });
      return;
    }
    if (content[0] === '<') {
      const comment = content.startsWith('<!--');
      const known = HTML_START.test(content);
      const anyTag = !known && leaf?.type !== 'paragraph' && HTML_ANY_TAG.test(content);
      if (comment || known || anyTag) {
        closeLeaf();
        leaf = { type: 'html', start: ind.end, end: lineEnd, lines: 1, containers: matched, inQuote, listDepth: listDepthOf(matched), htmlEndsAtBlank: !comment };
        if (comment) {
          leaf.htmlEnd = '-->';
          if (content.indexOf('-->', 4) >= 0) closeLeaf();
        }
        return;
      }
    }
    // GFM table: a one-line paragraph followed by a delimiter row with the same column count.
    if (leaf?.type === 'paragraph' && leaf.lines === 1 && DELIMITER_ROW.test(content) && content.includes('-')) {
      const headerSpan = trimSpan(text, leaf.start, leaf.end);
      const headerCells = splitTableCells(text, headerSpan).length;
      const delimiterCells = splitTableCells(text, trimSpan(text, ind.end, lineEnd)).length;
      if (headerCells === delimiterCells && (text.slice(headerSpan.start, headerSpan.end).includes('|') || content.includes('|'))) {
        const l = leaf;
        leaf = { type: 'table', start: l.start, end: lineEnd, lines: 2, containers: matched, inQuote, listDepth: 0, columns: headerCells };
        emitRow(headerSpan.start, headerSpan.end, true, inQuote);
        return;
      }
    }
    if (leaf?.type === 'table') {
      if (startsBlock(text, p, lineEnd, false)) closeLeaf();
      else {
        emitRow(ind.end, lineEnd, false, inQuote);
        leaf.end = lineEnd;
        return;
      }
    }
    if (leaf?.type === 'paragraph') {
      leaf.end = lineEnd;
      leaf.lines++;
      return;
    }
    closeLeaf();
    // Link reference definitions are not prose.
    if (/^\[[^\]^\s][^\]]{0,998}\]:[ \t]*\S/.test(content)) {
      chars.add(ind.end, lineEnd);
      return;
    }
    // GFM task items: the checkbox is not part of the paragraph; nor is a footnote label.
    const task = freshItem ? /^\[[ xX]\](?:[ \t]+|$)/.exec(content) : null;
    const footnote = task ? null : /^\[\^[^\]\s]{1,100}\]:[ \t]*/.exec(content);
    const marker = task ?? footnote;
    const start = marker && content.length > marker[0].length ? ind.end + marker[0].length : ind.end;
    leaf = { type: 'paragraph', start, end: lineEnd, lines: 1, containers: matched, inQuote, listDepth: listDepthOf(matched) };
  }
}

/** Would this line start a new block (so it can't be a lazy continuation)? */
function startsBlock(text: string, p: number, lineEnd: number, forLazy: boolean, inList = false): boolean {
  const ind = indentOf(text, p, lineEnd);
  if (ind.cols >= 4) return false;
  const content = text.slice(ind.end, lineEnd);
  if (content[0] === '>') return true;
  if (ATX.test(content) || THEMATIC.test(content.trimEnd())) return true;
  const fence = FENCE.exec(content);
  if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) return true;
  const bullet = BULLET.exec(content);
  // Inside a list a marker starts a sibling item; elsewhere it must not be empty (or an ordered list must start at 1).
  if (bullet && (inList || content.slice(bullet[0].length).trim() !== '')) return true;
  const ordered = ORDERED.exec(content);
  if (ordered && (inList || (ordered[1] === '1' && content.slice(ordered[0].length).trim() !== ''))) return true;
  if (content.startsWith('<!--') || HTML_START.test(content)) return true;
  return !forLazy && content.trim() === '';
}

function indentOf(text: string, from: number, lineEnd: number): { cols: number; end: number } {
  let cols = 0;
  let i = from;
  for (; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) cols++;
    else if (c === 9) cols += 4 - (cols % 4);
    else break;
  }
  return { cols, end: i };
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

function expandedWidth(ws: string, startCol: number): number {
  let col = startCol;
  for (const ch of ws) col += ch === '\t' ? 4 - (col % 4) : 1;
  return col - startCol;
}

function trimEndNewline(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/;
const INLINE_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?\/?>/;
const BARE_URL = /^(?:https?:\/\/|www\.)[^\s<]{1,2000}/i;

/** Masks code spans, link targets, autolinks, bare URLs, images and inline HTML; records links. */
export function scanInline(text: string, start: number, end: number, chars: Mask, links: Link[]): void {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (text[i + n] === '`') n++;
      const closeAt = findBacktickRun(text, i + n, end, n);
      if (closeAt < 0) {
        i += n - 1;
        continue;
      }
      chars.add(i, closeAt + n);
      i = closeAt + n - 1;
      continue;
    }
    if (c === '[' && text[i + 1] === '[') {
      const close = text.indexOf(']]', i + 2);
      if (close > 0 && close < end && !text.slice(i + 2, close).includes('\n')) {
        i = close + 1;
        continue;
      }
    }
    if (c === '[' || (c === '!' && text[i + 1] === '[')) {
      const open = c === '!' ? i + 1 : i;
      const labelEnd = matchBracket(text, open, end);
      if (labelEnd > 0 && text[labelEnd + 1] === '(') {
        const destEnd = matchParen(text, labelEnd + 1, end);
        if (destEnd > 0) {
          if (c === '!') chars.add(i, destEnd + 1);
          else {
            const inner = text.slice(labelEnd + 2, destEnd).trim();
            const target = inner.startsWith('<') ? inner.slice(1, inner.indexOf('>') > 0 ? inner.indexOf('>') : undefined) : inner.split(/\s+/)[0]!;
            links.push({ kind: 'markdown', span: { start: i, end: destEnd + 1 }, target, label: inlineToPlain(text.slice(open + 1, labelEnd)) });
            chars.add(labelEnd, destEnd + 1);
            // The label may itself hold code or URLs.
            scanInline(text, open + 1, labelEnd, chars, links);
          }
          i = destEnd;
          continue;
        }
      }
      continue;
    }
    if (c === '<') {
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
    if ((c === 'h' || c === 'H' || c === 'w' || c === 'W') && (i === start || /[\s*_~(]/.test(text[i - 1]!))) {
      const url = BARE_URL.exec(text.slice(i, Math.min(end, i + 2100)));
      if (url) {
        const len = trimUrl(url[0]);
        if (/^www\./i.test(url[0]) && !/^www\.[^.\s]+\.[^\s]/i.test(url[0].slice(0, len))) continue;
        links.push({ kind: 'url', span: { start: i, end: i + len }, target: text.slice(i, i + len) });
        chars.add(i, i + len);
        i += len - 1;
      }
    }
  }
}

function findBacktickRun(text: string, from: number, end: number, n: number): number {
  for (let j = from; j < end; j++) {
    if (text[j] !== '`') continue;
    let m = 1;
    while (text[j + m] === '`') m++;
    if (m === n) return j;
    j += m - 1;
  }
  return -1;
}

function matchBracket(text: string, open: number, end: number): number {
  let depth = 0;
  for (let j = open; j < end; j++) {
    const ch = text[j];
    if (ch === '\\') j++;
    else if (ch === '`') {
      let n = 1;
      while (text[j + n] === '`') n++;
      const close = findBacktickRun(text, j + n, end, n);
      j = close < 0 ? j + n - 1 : close + n - 1;
    } else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return j;
  }
  return -1;
}

function matchParen(text: string, open: number, end: number): number {
  let depth = 0;
  for (let j = open; j < end; j++) {
    const ch = text[j];
    if (ch === '\\') j++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return j;
    else if (ch === '\n' && text.slice(open + 1, j).trim() !== '' && depth === 1 && !/["'(]/.test(text.slice(open + 1, j))) return -1;
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
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/<[^<>]{1,500}>/g, '')
    .replace(/(\*{1,3}|_{1,3})(\S(?:[^*_]*\S)?)\1/g, '$2')
    .replace(/~~([^~]+)~~/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
