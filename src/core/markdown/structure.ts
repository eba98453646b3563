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

// Bounded classes only: no nested quantifiers, so no catastrophic backtracking.
const WIKILINK = /\[\[([^[\]|#\n]{1,200})(?:#([^[\]|\n]{1,200}))?(?:\|([^[\]\n]{1,200}))?\]\]/g;

export function finishStructure(
  text: string,
  bodyStart: number,
  blocks: Block[],
  headings: Heading[],
  links: Link[],
  masked: string,
): MarkdownStructure {
  blocks.sort((a, b) => a.span.start - b.span.start);
  headings.sort((a, b) => a.span.start - b.span.start);
  const wikiMask = new Mask(masked.length);
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'heading' && block.kind !== 'tableRow') continue;
    const slice = masked.slice(block.span.start, block.span.end);
    WIKILINK.lastIndex = 0;
    for (let m = WIKILINK.exec(slice); m; m = WIKILINK.exec(slice)) {
      const start = block.span.start + m.index;
      const end = start + m[0].length;
      const link: Link = { kind: 'wikilink', span: { start, end }, target: m[1]!.trim() };
      if (m[2] !== undefined) link.section = m[2].trim();
      if (m[3] !== undefined) link.label = m[3].trim();
      links.push(link);
      wikiMask.add(start, end);
    }
  }
  links.sort((a, b) => a.span.start - b.span.start);
  return { blocks, headings, links, sections: computeSections(text, bodyStart, headings), prose: wikiMask.apply(masked) };
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
