// The compact note encoding is lossless: the cache, the workers and the index all depend on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeNote } from '../../src/core/note.js';
import { claimKeysOf, claimLabelsOf, claimTallyOf, compactNote, decodeNote, encodeNote, rebaseNote, setDetailCacheLimit, StringTable, tallyOf, withNoteFields } from '../../src/core/codec.js';
import type { Note } from '../../src/core/types.js';
import { fixturesDir } from './helpers.js';

function fixtureNotes(): Note[] {
  const out: Note[] = [];
  for (const dir of ['samples', 'notes', 'talks', 'markdown']) {
    const full = path.join(fixturesDir, dir);
    for (const name of readdirSync(full)) {
      if (name.endsWith('.md')) out.push(analyzeNote(`${dir}/${name}`, readFileSync(path.join(full, name), 'utf8')));
    }
  }
  return out;
}

/** The note as plain data, with the claims built: what every consumer sees. */
function plain(note: Note): unknown {
  return JSON.parse(JSON.stringify({ ...note, claims: note.claims }, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `num:${v}` : v)));
}

test('every fixture note survives encode → decode unchanged, claims included', () => {
  const notes = fixtureNotes();
  assert.ok(notes.length >= 15, `found ${notes.length} fixture notes`);
  let claims = 0;
  const table = new StringTable();
  for (const note of notes) {
    const line = encodeNote(note, table);
    assert.ok(!line.includes('\n'), 'one line per note');
    const labels = { raws: note.claims.map((c) => c.quantity.raw), subjects: note.claims.map((c) => c.subject), starts: note.claims.map((c) => c.quantity.span.start), ends: note.claims.map((c) => c.quantity.span.end) };
    assert.deepEqual(claimLabelsOf(decodeNote(line, [...table.strings])!), labels, 'labels read from the rows, before any claim is built');
    const decoded = decodeNote(line, [...table.strings]);
    assert.ok(decoded, `${note.id} decodes`);
    assert.deepEqual(plain(decoded), plain(note), note.id);
    assert.deepEqual(claimKeysOf(decoded), note.claims.map((c) => c.key), 'keys are readable without building claims');
    assert.deepEqual(claimTallyOf(decoded), tallyOf(note.claims));
    assert.deepEqual(claimLabelsOf(decoded), labels, 'and from the claims once built');
    assert.equal(encodeNote(decoded, table), line, 'a decoded note encodes to the same line');
    const other = new StringTable(['padding', 'more padding']);
    assert.deepEqual(plain(decodeNote(encodeNote(decoded, other), other.strings)!), plain(note), 'and survives a move to another table');
    claims += note.claims.length;
  }
  assert.ok(claims > 150, `the fixtures hold ${claims} claims`);
});

test('odd values survive: NaN and infinite numbers, optional fields, sections under headings', () => {
  const note = analyzeNote('odd.md', '# Top\n\n## Sub\n\nThe H100 has 80 GB of HBM3 and 3.35 TB/s.\n\n[[other#Sub|label]] [[plain]]\n');
  const claim = note.claims[0]!;
  claim.evaluation.ratio = Number.POSITIVE_INFINITY;
  claim.evaluation.modelValue = Number.NaN;
  claim.evaluation.derivation = ['a line with a \u0001 control character', 'second'];
  claim.evaluation.assumptions = ['one', 'two'];
  const table = new StringTable();
  const decoded = decodeNote(encodeNote(note, table), table.strings)!;
  assert.equal(decoded.claims[0]!.evaluation.ratio, Number.POSITIVE_INFINITY);
  assert.ok(Number.isNaN(decoded.claims[0]!.evaluation.modelValue));
  assert.deepEqual(decoded.claims[0]!.evaluation.derivation, ['a line with a \u0001 control character', 'second']);
  assert.deepEqual(decoded.claims[0]!.evaluation.assumptions, ['one', 'two']);
  const moved = new StringTable(['pad']);
  const rebased = decodeNote(encodeNote(decoded, moved), moved.strings)!;
  assert.deepEqual(rebased.claims[0]!.evaluation.derivation, ['a line with a \u0001 control character', 'second']);
  assert.ok(decoded.sections.some((s) => s.heading !== null));
  assert.ok(decoded.sections.every((s) => s.heading === null || decoded.headings.includes(s.heading)), 'sections share their heading objects');
  const [withLabel, bare] = decoded.links;
  assert.equal(withLabel!.section, 'Sub');
  assert.equal(withLabel!.label, 'label');
  assert.ok(!('section' in bare!) || bare!.section === undefined);
});

test('a compact note builds its claims on demand and a copy with new fields stays compact', () => {
  const note = analyzeNote('a.md', "The H200's 141 GB drains in 10 ms.\n");
  const compact = compactNote(note);
  assert.deepEqual(plain(compact), plain(note));
  const moved = withNoteFields(compact, { id: 'b.md', name: 'b' });
  assert.equal(moved.id, 'b.md');
  assert.deepEqual(moved.claims.map((c) => c.evaluation.verdict), note.claims.map((c) => c.evaluation.verdict));
  assert.ok(moved.claims.some((c) => c.evaluation.verdict === 'inconsistent'));
  assert.equal(compact.id, 'a.md', 'the original is untouched');
  const elsewhere = new StringTable(['x']);
  rebaseNote(moved, elsewhere);
  assert.deepEqual(plain(moved), plain({ ...note, id: 'b.md', name: 'b' }), 'rebased onto another table, nothing changes');
});

test('truncated or foreign lines are rejected, not half-read', () => {
  const table = new StringTable();
  const line = encodeNote(analyzeNote('a.md', "The H200's 141 GB drains in 10 ms.\n"), table);
  assert.equal(decodeNote(line.slice(0, line.length - 5), table.strings), undefined);
  assert.equal(decodeNote(line.slice(0, line.indexOf('\t') - 3), table.strings), undefined);
  assert.equal(decodeNote('{"id":"a.md"}\t[]', table.strings), undefined);
  assert.equal(decodeNote('not json at all', table.strings), undefined);
});

test('with a detail cache limit, details read long ago are dropped and rebuilt equal on the next read', () => {
  const texts = ['# One\n\nSee [[two]].\n', '# Two\n\n## Part\n\nText.\n', '---\ntitle: Three\n---\nBody [[one]].\n'];
  const notes = texts.map((t, i) => compactNote(analyzeNote(`n${i}.md`, t)));
  const expected = texts.map((t, i) => analyzeNote(`n${i}.md`, t));
  setDetailCacheLimit(2);
  try {
    const first = notes[0]!.headings;
    void notes[1]!.links;
    void notes[2]!.frontmatter; // the third read drops the first note's details
    assert.notEqual(notes[0]!.headings, first, 'rebuilt, not kept');
    for (let i = 0; i < notes.length; i++) {
      // Compared as JSON: a decoded link has no `label` key where a fresh one has `label: undefined`.
      for (const field of ['headings', 'sections', 'links', 'lineStarts', 'frontmatter'] as const) assert.deepEqual(JSON.parse(JSON.stringify(notes[i]![field])), JSON.parse(JSON.stringify(expected[i]![field])), `${field} of n${i}`);
    }
  } finally {
    setDetailCacheLimit(Number.POSITIVE_INFINITY);
  }
  const kept = notes[0]!.headings;
  void notes[1]!.headings;
  void notes[2]!.headings;
  assert.equal(notes[0]!.headings, kept, 'without a limit details stay built');
});

test('line starts are read on their own, from a line or from cache bytes, and equal the whole detail\'s', async () => {
  const { decodeNoteLine } = await import('../../src/core/codec.js');
  const table = new StringTable();
  for (const original of fixtureNotes()) {
    const line = encodeNote(original, table);
    const fromText = decodeNote(line, table.strings)!;
    assert.deepEqual(fromText.lineStarts, original.lineStarts, original.id);
    // The rest of the details still decode, and agree.
    assert.deepEqual(fromText.headings, original.headings, original.id);
    assert.deepEqual(fromText.lineStarts, original.lineStarts, original.id);
    const bytes = new TextEncoder().encode(line);
    const fromBytes = decodeNoteLine(bytes, 0, bytes.length, table.strings)!;
    assert.deepEqual(fromBytes.lineStarts, original.lineStarts, `${original.id} (bytes)`);
    assert.deepEqual(fromBytes.frontmatter, JSON.parse(JSON.stringify(original.frontmatter)), `${original.id} (bytes)`);
  }
});
