import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WorkspaceIndex } from '../../src/core/workspace.js';
import { analyzeNote } from '../../src/core/note.js';
import type { Note } from '../../src/core/types.js';
import { fixturesDir } from './helpers.js';

// The note being edited is re-analysed with a memo of its lines from the analysis before. Whatever the
// edit, the result must be the analysis of the new text from scratch.

function essentials(note: Note): string {
  return JSON.stringify({
    talks: note.talks,
    claims: note.claims.map((c) => ({ key: c.key, raw: c.quantity.raw, span: c.quantity.span, verdict: c.evaluation.verdict, model: c.evaluation.modelValue, speaker: c.speaker })),
    problems: note.problems,
    headings: note.headings,
    links: note.links,
  });
}

/** Edits that move lines, split them, join them and change talk lines. */
function* edits(text: string): Generator<string> {
  let t = text;
  const at = (f: number) => Math.floor(t.length * f);
  for (const f of [0.1, 0.35, 0.6, 0.85]) {
    // Type a few characters.
    for (const ch of ' 42x') {
      const i = at(f);
      t = t.slice(0, i) + ch + t.slice(i);
      yield t;
    }
    // A new line, then take it back.
    const i = at(f);
    const before = t;
    t = t.slice(0, i) + '\n' + t.slice(i);
    yield t;
    t = before;
    yield t;
  }
  // A schedule line added at the top and the bottom, then one of its names changed.
  t = '- 10:30 — Memory walls (Zoë Ó Briain, Tenstorrent)\n' + t + '\n- 11:00 — Scaling out (Jean-Baptiste Dupont, Mistral)\n';
  yield t;
  t = t.replace('Zoë Ó Briain', 'Søren Østergaard');
  yield t;
  // Every line once more, in reverse (each line moves).
  yield t.split('\n').reverse().join('\n');
}

const DIRS = ['notes', 'samples', 'talks'];

test('re-analysing an edited note with the memo of its lines equals analysing it afresh', () => {
  let checked = 0;
  for (const dir of DIRS) {
    const folder = path.join(fixturesDir, dir);
    for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.md')).sort()) {
      const id = `${dir}/${name}`;
      const index = new WorkspaceIndex({ defaultHardware: 'H100' });
      const original = fs.readFileSync(path.join(folder, name), 'utf8');
      index.updateText(id, original);
      for (const text of edits(original)) {
        index.updateText(id, text);
        const fresh = analyzeNote(id, text, { defaultHardware: 'H100' });
        assert.equal(essentials(index.getNote(id)!), essentials(fresh), `${id} after an edit`);
        checked++;
      }
    }
  }
  assert.ok(checked > 500, `${checked} edits checked`);
});

test('a note edited before another keeps its analysis once the other is edited', () => {
  const index = new WorkspaceIndex({ defaultHardware: 'H100' });
  const a = '# A\n\n- 10:30 — Memory walls (Zoë Ó Briain, Tenstorrent)\n\nThe H100 has 80 GB of HBM3. See [[b]].\n';
  index.updateText('a.md', a);
  index.updateText('b.md', '# B\n');
  index.updateText('a.md', a + 'The H100 has 3.35 TB/s.\n');
  index.updateText('b.md', '# B\n\nThe H100 has 40 GB.\n');
  const noteA = index.getNote('a.md')!;
  assert.deepEqual(noteA.talks.map((t) => [t.title, t.speakers[0]!.name]), [['Memory walls', 'Zoë Ó Briain']]);
  assert.deepEqual(noteA.claims.map((c) => [c.quantity.raw, c.evaluation.verdict]), [['80 GB', 'consistent'], ['3.35 TB/s', 'consistent']]);
  assert.deepEqual(index.backlinks('b.md').map((r) => r.note.id), ['a.md']);
  assert.deepEqual(index.getNote('b.md')!.claims.map((c) => c.evaluation.verdict), ['inconsistent']);
});
