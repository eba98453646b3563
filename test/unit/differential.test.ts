// The fast scanner must build the same index as the remark parser of record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '../../src/core/frontmatter.js';
import { parseMarkdown } from '../../src/core/markdown.js';
import { analyzeNote } from '../../src/core/note.js';
import type { Note } from '../../src/core/types.js';
import { fixturesDir } from './helpers.js';

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

/** The parts of a note a user sees: structure, links, talks and claims with spans. */
export function indexView(note: Note): unknown {
  return {
    title: note.title,
    headings: note.headings.map((h) => [h.depth, h.text, h.span.start, h.span.end]),
    sections: note.sections.map((s) => [s.heading?.text ?? null, s.span.start, s.span.end]),
    links: note.links.map((l) => [l.kind, l.target, l.section ?? null, l.label ?? null, l.span.start, l.span.end]),
    talks: note.talks.map((t) => [t.title, t.time, t.event, t.speakers.map((s) => `${s.name}|${s.affiliation}`), t.span.start]),
    claims: note.claims.map((c) => [c.quantity.span.start, c.quantity.span.end, c.quantity.value, c.quantity.unit, c.subject, c.kind, c.evaluation.verdict, c.statementSpan.start, c.statementSpan.end]),
  };
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
