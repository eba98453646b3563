import { parseFast } from './fast.js';
import { parseWithRemark } from './remark.js';
import type { MarkdownStructure } from './structure.js';

export type ParserName = 'fast' | 'remark';
export type { MarkdownStructure } from './structure.js';
export { splitTableCells } from './structure.js';

/** Parses the body of a note (from bodyStart) into blocks, headings, links and masked prose. */
export function parseMarkdown(text: string, bodyStart: number, parser: ParserName = 'fast'): MarkdownStructure {
  return parser === 'remark' ? parseWithRemark(text, bodyStart) : parseFast(text, bodyStart);
}
