// The parser of record: unified + remark-parse + remark-frontmatter + remark-gfm.
// Produces the same MarkdownStructure as the fast scanner; the differential test
// holds the two to each other, and where they differ this one is right.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents, Root } from 'mdast';
import type { Block, Heading, Link } from '../types.js';
import { Mask, slugify } from '../text.js';
import { finishStructure, maskHtmlMarkup, splitTableCells, trimSpan, type MarkdownStructure } from './structure.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

export function parseWithRemark(text: string, bodyStart: number): MarkdownStructure {
  const tree = processor.parse(text) as Root;
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const links: Link[] = [];
  const chars = new Mask(text.length);
  chars.add(0, bodyStart);
  const definitions = definitionsIn(tree);

  const walk = (node: Nodes, ancestors: Parents[]): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (end <= bodyStart && node.type !== 'root') return;
    const inBlockquote = ancestors.some((a) => a.type === 'blockquote');
    const listDepth = ancestors.filter((a) => a.type === 'list').length;
    switch (node.type) {
      case 'heading': {
        const span = { start, end };
        blocks.push({ kind: 'heading', span, depth: node.depth, inBlockquote });
        const headingText = plainText(node);
        headings.push({ depth: node.depth, text: headingText, span, slug: slugify(headingText) });
        break;
      }
      case 'paragraph': {
        const parent = ancestors[ancestors.length - 1];
        const kind = parent?.type === 'listItem' ? 'listItem' : 'paragraph';
        blocks.push({ kind, span: { start, end }, depth: kind === 'listItem' ? listDepth - 1 : 0, inBlockquote });
        break;
      }
      case 'tableRow': {
        const table = ancestors[ancestors.length - 1];
        const header = table?.type === 'table' && table.children[0] === node;
        const span = trimSpan(text, start, end);
        blocks.push({ kind: 'tableRow', span, depth: 0, inBlockquote, cells: splitTableCells(text, span), header });
        break;
      }
      case 'code':
        blocks.push({ kind: 'code', span: { start, end }, depth: 0, inBlockquote });
        chars.add(start, end);
        return;
      case 'html':
        // mdast uses 'html' for inline tags too; only block-level HTML is a block, whose text is prose.
        if (isBlockContainer(ancestors[ancestors.length - 1])) {
          blocks.push({ kind: 'html', span: { start, end }, depth: 0, inBlockquote });
          maskHtmlMarkup(text, start, end, chars);
        } else chars.add(start, end);
        return;
      case 'thematicBreak':
        blocks.push({ kind: 'thematicBreak', span: { start, end }, depth: 0, inBlockquote });
        return;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'definition':
        chars.add(start, end);
        return;
      case 'linkReference': {
        // micromark makes one only for a defined label; the text is masked from its closing bracket on.
        const target = definitions.get(node.identifier);
        if (target === undefined) break;
        const labelEnd = node.children.length ? node.children[node.children.length - 1]!.position?.end.offset ?? start + 1 : start + 1;
        links.push({ kind: 'markdown', span: { start, end }, target, label: plainText(node) });
        chars.add(labelEnd, end);
        break;
      }
      case 'link': {
        if (text[start] === '[') {
          const labelEnd = node.children.length ? node.children[node.children.length - 1]!.position?.end.offset ?? start + 1 : start + 1;
          links.push({ kind: 'markdown', span: { start, end }, target: node.url, label: plainText(node) });
          chars.add(labelEnd, end);
        } else {
          // <autolink> or a bare URL (GFM literal): the text is the target.
          const inner = text[start] === '<' ? text.slice(start + 1, end - 1) : text.slice(start, end);
          links.push({ kind: 'url', span: { start, end }, target: inner });
          chars.add(start, end);
          return;
        }
        break;
      }
      default:
        break;
    }
    if ('children' in node) {
      const next = [...ancestors, node as Parents];
      for (const child of node.children as Nodes[]) walk(child, next);
    }
  };
  walk(tree, []);
  return finishStructure(text, bodyStart, blocks, headings, links, chars.apply(text));
}

/** Link reference definitions by identifier; the first of a label wins (CommonMark). */
function definitionsIn(tree: Root): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') {
      if (!out.has(node.identifier)) out.set(node.identifier, node.url);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return out;
}

function isBlockContainer(node: Parents | undefined): boolean {
  return !node || node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition';
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
