// Fixture notes with expected index output. A missing or stale expectation fails;
// `UPDATE_EXPECTED=1 npm run test:unit` rewrites them (then review the diff).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeNote } from '../../src/core/note.js';
import type { Note } from '../../src/core/types.js';
import { fixturesDir } from './helpers.js';

const folders = ['samples', 'notes'];

function expectedView(note: Note): unknown {
  return {
    title: note.title,
    date: note.date,
    tags: note.tags,
    frontmatterKind: note.frontmatterKind,
    talks: note.talks.map((t) => ({ title: t.title, time: t.time, event: t.event, speakers: t.speakers, source: t.source })),
    claims: note.claims.map((c) => ({
      raw: c.quantity.raw,
      value: c.quantity.value,
      unit: c.quantity.unit,
      kind: c.kind,
      verdict: c.evaluation.verdict,
      model: c.evaluation.modelText,
      ...(c.suspicion ? { suggestion: c.suspicion.suggestion } : {}),
    })),
    problems: note.problems.map((p) => p.code),
  };
}

for (const folder of folders) {
  const dir = path.join(fixturesDir, folder);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'SOURCE.md')) {
    test(`expected output: ${folder}/${file}`, () => {
      const note = analyzeNote(file, readFileSync(path.join(dir, file), 'utf8'));
      const actual = expectedView(note);
      const expectedPath = path.join(fixturesDir, 'expected', folder, file.replace(/\.md$/, '.json'));
      if (process.env.UPDATE_EXPECTED) {
        mkdirSync(path.dirname(expectedPath), { recursive: true });
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      }
      assert.ok(existsSync(expectedPath), `missing expectation ${path.relative(fixturesDir, expectedPath)}: run with UPDATE_EXPECTED=1 and review it`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
}
