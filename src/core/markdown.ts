// Compatibility entry: `parseMarkdown(text, bodyStart)` (see ./markdown/index.ts).
export { parseMarkdown, splitTableCells, type MarkdownStructure, type ParserName } from './markdown/index.js';
