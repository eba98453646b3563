// The fast scanner must build the same index as the remark parser of record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '../../src/core/frontmatter.js';
import { parseMarkdown } from '../../src/core/markdown.js';
import { analyzeNote } from '../../src/core/note.js';
import { fixturesDir } from './helpers.js';
import { indexView } from '../../bench/index-view.js';

function fixtureNotes(): string[] {
  const dirs = ['samples', 'notes', 'markdown'].map((d) => path.join(fixturesDir, d));
  return dirs.flatMap((d) => {
    try {
      return readdirSync(d).filter((f) => f.endsWith('.md') && f !== 'SOURCE.md').map((f) => path.join(d, f));
    } catch {
      return [];
    }
  });
}

test('fixtures exist for the differential test', () => {
  assert.ok(fixtureNotes().length >= 6);
});

for (const file of fixtureNotes()) {
  test(`fast parser = remark parser: ${path.relative(fixturesDir, file)}`, () => {
    const text = readFileSync(file, 'utf8');
    const fm = parseFrontmatter(text);
    const fast = parseMarkdown(text, fm.bodyStart, 'fast');
    const remark = parseMarkdown(text, fm.bodyStart, 'remark');
    assert.deepEqual(fast.blocks, remark.blocks);
    assert.deepEqual(fast.headings, remark.headings);
    assert.deepEqual(fast.links, remark.links);
    assert.equal(fast.prose, remark.prose);
    const a = analyzeNote(file, text, { parser: 'fast' });
    const b = analyzeNote(file, text, { parser: 'remark' });
    assert.deepEqual(indexView(a), indexView(b));
  });
}

// Constructs whose scanning was rewritten to stay linear on runs of openers (session 9): both parsers agree.
const EDGE_CASES = [
  '## Title ##\n\n# Title#\n\n#   \n\n### a  b   ###   \n\n# #\n',
  '| a | b |\n|-|-:|\n| 1 | 2 |\n\n| x |\n|:--| \n| y |\n\na | b\n--- | ---\nc | d\n',
  '~~~~ python\nx = 1\n~~~~\n\n```js title\ny\n```\n',
  '- - - -\n\n* * *\n\n- - - a\n\n---\n',
  'See [[a]] and [[b|c]] and [[ [[x]] and [a](b) and [c](d (e)) and [[[ ]] <!-- c --> <!-- open\n',
  '# Heading with [a link](url) and [[wiki]] and [[[\n',
  // A table may interrupt a paragraph: its last line is the header (session 10).
  'Specs below:\n| chip | HBM |\n|---|---|\n| H100 | 80 GB |\n\nTwo lines\nof text\nchip | TB/s\n--- | ---\nH200 | 4.8\n',
  '> Quoted intro\n> | a | b |\n> |---|---|\n> | 1 | 2 |\n\n- item text\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n',
  'Not a table\n| a | b |\n|---|---|---|\n\nlazy\n    | a | b |\n|---|---|\n',
  // A Jupyter export's DataFrame table is blanked as output (audit 24).
  '<div>\n<table border="1" class="dataframe">\n  <tr><th>0</th><td>38.2</td><td>141.5</td></tr>\n</table>\n</div>\n\n<table>\n<tr><td>H100</td><td>80 GB</td></tr>\n</table>\n',
];
for (const [i, text] of EDGE_CASES.entries()) {
  test(`fast parser = remark parser: edge case ${i + 1}`, () => {
    const fast = parseMarkdown(text, 0, 'fast');
    const remark = parseMarkdown(text, 0, 'remark');
    assert.deepEqual(fast.blocks, remark.blocks);
    assert.deepEqual(fast.headings, remark.headings);
    assert.deepEqual(fast.links, remark.links);
    assert.equal(fast.prose, remark.prose);
  });
}
