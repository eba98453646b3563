import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundsDisagree, WorkspaceIndex } from '../../src/core/workspace.js';
import { boundOf, LOWER, POINT, UPPER } from '../../src/core/codec.js';

const enc = (s: string) => new TextEncoder().encode(s);

function build(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.updateText('notes/hub.md', '# Roofline basics\n\nThe H100 SXM has 80 GB of HBM3.\n');
  index.updateText('notes/a.md', '# A\n\nSee [[hub]] and [[Hub#Roofline basics|the hub]].\n\n6:30 PM | Christos Kozyrakis (Stanford) - The State of Hardware\n');
  index.updateText('notes/b.md', '# B\n\nSee [[Roofline basics]] and [[missing-note]].\n\n7:00 PM | Christos Kozyraki (Stanford) - Hardware again\n');
  return index;
}

test('backlinks by file name and by title, without duplicates', () => {
  const index = build();
  const refs = index.backlinks('notes/hub.md').map((r) => `${r.note.id}:${r.link.target}`);
  assert.deepEqual(refs.sort(), ['notes/a.md:Hub', 'notes/a.md:hub', 'notes/b.md:Roofline basics']);
  assert.equal(index.resolveWikilink('HUB')?.id, 'notes/hub.md');
  assert.equal(index.resolveWikilink('roofline basics')?.id, 'notes/hub.md', 'a title resolves too');
});

test('unresolved links, and they resolve once the note exists', () => {
  const index = build();
  assert.deepEqual(index.unresolvedLinks().map((r) => r.link.target), ['missing-note']);
  index.updateText('notes/missing-note.md', '# Now here\n');
  assert.deepEqual(index.unresolvedLinks(), []);
  assert.equal(index.backlinks('notes/missing-note.md').length, 1);
});

test('an edit updates only that note and its reverse maps', () => {
  const index = build();
  const events: string[][] = [];
  index.onDidChange((c) => events.push(c.ids));
  index.updateText('notes/a.md', '# A\n\nNo links any more.\n');
  assert.deepEqual(events, [['notes/a.md']]);
  assert.deepEqual(index.backlinks('notes/hub.md').map((r) => r.note.id), ['notes/b.md']);
  index.remove('notes/b.md');
  assert.deepEqual(index.backlinks('notes/hub.md'), []);
  assert.equal(index.size, 2);
});

test('rename keeps the analysis and moves links', () => {
  const index = build();
  index.rename('notes/hub.md', 'notes/basics.md');
  assert.equal(index.getNote('notes/hub.md'), undefined);
  const moved = index.getNote('notes/basics.md')!;
  assert.equal(moved.claims.length, 1, 'claims survive a rename without re-reading');
  assert.equal(index.resolveWikilink('basics')?.id, 'notes/basics.md');
});

test('speakers merge across notes; a likely misspelling is reported', () => {
  const index = build();
  const speakers = index.speakers().map((s) => s.name);
  assert.ok(speakers.includes('Christos Kozyrakis'));
  const misspellings = index.speakerMisspellings();
  assert.equal(misspellings.length, 1);
  assert.match(misspellings[0]!.message, /Kozyraki.*Kozyrakis/);
});

test('claims filter by note, kind and verdict; conflicts across notes', () => {
  const index = new WorkspaceIndex();
  index.updateText('x.md', 'The H100 SXM has 3.35 TB/s of HBM bandwidth.\n');
  index.updateText('y.md', 'The H100 SXM has 2 TB/s of HBM bandwidth.\n');
  assert.equal(index.claims({ verdict: 'inconsistent' }).length, 1);
  assert.equal(index.claims({ noteId: 'x.md', kind: 'spec' }).length, 1);
  const [conflict] = index.conflicts();
  assert.ok(conflict);
  assert.deepEqual(conflict.claims.map((c) => c.note.id).sort(), ['x.md', 'y.md']);
  const other = index.sameQuantity(index.getNote('x.md')!.claims[0]!, 'x.md');
  assert.deepEqual(other.map((c) => c.note.id), ['y.md']);
});

test('conflicts, disagreements and "also claimed in" are found from keys and values, a few claims built', () => {
  const index = new WorkspaceIndex();
  // A quantity the model cannot check (a market figure), claimed in many notes, two of them differently.
  for (let i = 0; i < 30; i++) index.updateText(`n${String(i).padStart(2, '0')}.md`, `The H100 SXM has ${i < 28 ? '3.35' : '2'} TB/s of HBM bandwidth.\n`);
  const key = index.getNote('n00.md')!.claims[0]!.key!;
  assert.deepEqual([...index.conflictingKeys()], [key]);
  const claim = index.getNote('n00.md')!.claims[0]!;
  const { refs, total } = index.disagreeing(claim, 'n00.md', 1, 1.25);
  assert.equal(total, 2, 'both 2 TB/s notes disagree with 3.35 TB/s');
  assert.deepEqual(refs.map((r) => r.note.id), ['n28.md'], 'only the first is built');
  const table = index.conflictTable();
  assert.deepEqual([...table.keys()], [key]);
  const steps = index.crossNoteSteps(undefined, 1);
  let r = steps.next();
  let yields = 0;
  for (; !r.done; r = steps.next()) yields++;
  assert.ok(yields >= 1, 'the one-pass builder yields between keys');
  assert.deepEqual(r.value.table, table);
  assert.deepEqual(index.crossNote([key]).table, table, 'the same for just the touched key');
  assert.equal(index.crossNote(['some-other-key']).table.size, 0);
  assert.deepEqual(new Set([...r.value.unverifiable.values()].flat()), index.notesWithConflicts());
  const low = index.getNote('n29.md')!.claims[0]!;
  const fromLow = index.disagreeing(low, 'n29.md', 100, 1.25, table);
  assert.equal(fromLow.total, 28, 'a 2 TB/s claim disagrees with the 28 notes at 3.35 TB/s, not with the other 2 TB/s one');
  assert.ok(fromLow.refs.every((r) => r.claim.quantity.value > 3e12));
  const sample = index.sameQuantitySample(claim, 'n00.md', 3);
  assert.equal(sample.total, 29);
  assert.deepEqual(sample.refs.map((r) => r.note.id), ['n01.md', 'n02.md', 'n03.md']);
  // Spec claims are checked by the catalog, so no note has an unverifiable claim in conflict.
  assert.equal(index.notesWithConflicts().size, 0);
  assert.deepEqual(index.tally(), { consistent: 28, inconsistent: 2, unverifiable: 0 });
});

test('a hover lists the same few other notes (first by id) whatever order the notes were indexed in', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `m${String(i).padStart(2, '0')}.md`);
  const shuffled = [...ids].sort((a, b) => ((a.charCodeAt(2) * 7919 + a.charCodeAt(1)) % 13) - ((b.charCodeAt(2) * 7919 + b.charCodeAt(1)) % 13) || (a < b ? 1 : -1));
  const index = new WorkspaceIndex();
  for (const id of shuffled) index.updateText(id, `The H100 SXM has 3.35 TB/s of HBM bandwidth; yes, 3.35 TB/s.\n`);
  const claim = index.getNote('m20.md')!.claims[0]!;
  const sample = index.sameQuantitySample(claim, 'm20.md', 5);
  assert.deepEqual(sample.refs.map((r) => r.note.id), ['m00.md', 'm00.md', 'm01.md', 'm01.md', 'm02.md']);
  assert.equal(sample.total, 78, 'two claims in each of the 39 other notes');
  assert.deepEqual(index.sameQuantitySample(claim, 'm00.md', 1).refs.map((r) => r.note.id), ['m01.md']);
  // Counts and order follow edits: a note removed, another rewritten without the claim, one added back.
  index.remove('m00.md');
  index.updateText('m01.md', 'Nothing to claim here.\n');
  index.updateText('m99.md', 'The H100 SXM has 3.35 TB/s of HBM bandwidth.\n');
  const after = index.sameQuantitySample(claim, 'm20.md', 3);
  assert.deepEqual(after.refs.map((r) => r.note.id), ['m02.md', 'm02.md', 'm03.md']);
  assert.equal(after.total, 78 - 4 + 1);
});

test('binary, invalid UTF-8, oversized and UTF-16 files: skipped with a reason or decoded, never thrown', () => {
  const index = new WorkspaceIndex({ maxFileBytes: 1000 });
  const bin = index.updateBytes('bin.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  assert.ok('problem' in bin && bin.problem.code === 'binary-file');
  const bad = index.updateBytes('bad.md', new Uint8Array([0x61, 0xff, 0x62]));
  assert.ok('problem' in bad && bad.problem.code === 'invalid-utf8');
  const big = index.updateBytes('big.md', enc('x'.repeat(2000)));
  assert.ok('problem' in big && /over the 1000 B limit/.test(big.problem.message));
  const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('80 GB', (c) => [c.charCodeAt(0), 0]).flat()]);
  const ok = index.updateBytes('utf16.md', utf16);
  assert.ok('claims' in ok && ok.claims.length === 1);
  assert.deepEqual(index.skippedFiles().map((s) => s.id).sort(), ['bad.md', 'big.md', 'bin.md']);
  // A file that becomes valid leaves the skipped list.
  index.updateBytes('bin.md', enc('# fine now\n'));
  assert.equal(index.skippedFiles().length, 2);
});

test('disagreeing() from the sorted table counts exactly what a scan of every claim counts', () => {
  const index = new WorkspaceIndex();
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const values = [0.5, 1, 1.2, 2, 2.4, 3, 3.35, 3.35, 4, 4.8, 6];
  for (let i = 0; i < 40; i++) index.updateText(`r${i}.md`, `The H100 SXM has ${values[Math.floor(rand() * values.length)]} TB/s of HBM bandwidth.\n`);
  const table = index.conflictTable();
  const all = index.allNotes().map((n) => ({ id: n.id, claim: n.claims[0]! }));
  const agree = (a: number, b: number) => a === b || (a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 1.25);
  for (const { id, claim } of all) {
    const expected = all.filter((o) => o.id !== id && !agree(o.claim.quantity.value, claim.quantity.value));
    const got = index.disagreeing(claim, id, 1000, 1.25, table);
    assert.equal(got.total, expected.length, `${id} ${claim.quantity.raw}`);
    assert.deepEqual(got.refs.map((r) => r.note.id).sort(), expected.map((o) => o.id).sort());
  }
});

test('bounds in conflicts: a value within a bound agrees with it, one beyond it disagrees', () => {
  const index = new WorkspaceIndex();
  index.updateText('point.md', 'The H100 SXM has 2 TB/s of HBM bandwidth.\n');
  index.updateText('under.md', 'The H100 SXM has under 3 TB/s of HBM bandwidth.\n');
  index.updateText('under2.md', 'The H100 SXM has up to 5 TB/s of HBM bandwidth.\n');
  const hedges = index.allNotes().map((n) => n.claims[0]!.quantity.hedge);
  assert.deepEqual(hedges.sort(), ['atMost', 'atMost', 'exact']);
  assert.equal(index.conflictingKeys().size, 0, '2 TB/s is under 3 and under 5 TB/s; two upper bounds never disagree');
  index.updateText('over.md', 'The H100 SXM has at least 4 TB/s of HBM bandwidth.\n');
  assert.equal(index.conflictingKeys().size, 1, 'at least 4 TB/s disagrees with 2 TB/s and with under 3 TB/s');
  const over = index.getNote('over.md')!.claims[0]!;
  const fromOver = index.disagreeing(over, 'over.md', 10, 1.25, index.conflictTable());
  assert.deepEqual(fromOver.refs.map((r) => r.note.id).sort(), ['point.md', 'under.md']);
  const under2 = index.getNote('under2.md')!.claims[0]!;
  assert.equal(index.disagreeing(under2, 'under2.md', 10, 1.25).total, 0, 'up to 5 TB/s agrees with at least 4 TB/s');
  assert.ok(!boundsDisagree(POINT, 84, UPPER, 280, 1.25) && boundsDisagree(POINT, 300, UPPER, 200, 1.25));
  assert.ok(!boundsDisagree(UPPER, 10, UPPER, 1, 1.25) && !boundsDisagree(LOWER, 10, LOWER, 1, 1.25));
  assert.ok(boundsDisagree(LOWER, 10, UPPER, 5, 1.25) && !boundsDisagree(LOWER, 10, UPPER, 11, 1.25));
});

test('disagreeing() with bounds counts exactly what a scan of every claim counts', () => {
  const index = new WorkspaceIndex();
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const values = [0.5, 1, 1.2, 2, 2.4, 3, 3.35, 4, 4.8, 6];
  const hedges = ['', '', 'about ', 'under ', 'up to ', 'at least ', 'over '];
  for (let i = 0; i < 60; i++) {
    const h = hedges[Math.floor(rand() * hedges.length)]!;
    index.updateText(`b${i}.md`, `The H100 SXM has ${h}${values[Math.floor(rand() * values.length)]} TB/s of HBM bandwidth.\n`);
  }
  const table = index.conflictTable();
  const all = index.allNotes().map((n) => ({ id: n.id, claim: n.claims[0]! }));
  assert.ok(new Set(all.map((a) => a.claim.quantity.hedge)).size === 4, 'every hedge occurs');
  for (const { id, claim } of all) {
    const b = boundOf(claim.quantity.hedge);
    const expected = all.filter((o) => o.id !== id && boundsDisagree(b, claim.quantity.value, boundOf(o.claim.quantity.hedge), o.claim.quantity.value, 1.25));
    const got = index.disagreeing(claim, id, 1000, 1.25, table);
    assert.equal(got.total, expected.length, `${id} ${claim.quantity.raw}`);
    assert.deepEqual(got.refs.map((r) => r.note.id).sort(), expected.map((o) => o.id).sort());
  }
});

test('the speaker directory built in steps equals the one built at once, and a change meanwhile is not lost', () => {
  const index = new WorkspaceIndex();
  for (let i = 0; i < 60; i++) {
    index.updateText(`t${i}.md`, `# Meetup ${i}\n\n- 6:30 PM — "Kernels ${i}" by Simran Arora (Stanford)\n- 7:00 PM — "Serving ${i}" by Christos Kozyrakis (Stanford)\n`);
  }
  const atOnce = JSON.stringify(new WorkspaceIndex().speakers());
  assert.equal(atOnce, '[]');
  const steps = index.speakerDirectorySteps();
  let r = steps.next();
  // A note with talks changes half-way: the directory being built is stale and must not be kept.
  index.updateText('late.md', '# Late\n\n- 8:00 PM — "Late talk" by Mark Saroufim (PyTorch)\n');
  while (!r.done) r = steps.next();
  const names = index.speakers().map((s) => s.name);
  assert.ok(names.includes('Mark Saroufim'), 'rebuilt with the late talk');
  assert.ok(names.includes('Simran Arora') && names.includes('Christos Kozyrakis'));
  const again = index.speakerDirectorySteps();
  let yields = 0;
  for (let x = again.next(); !x.done; x = again.next()) yields++;
  assert.equal(yields, 0, 'already built: nothing to do');
});

test('reference-style links ("[text][ref]", "[text][]", "[ref]") link to the defined target, in either parser', () => {
  for (const parser of ['fast', 'remark'] as const) {
    const index = new WorkspaceIndex({ parser });
    index.updateText('notes/hub.md', '# Hub\n');
    const text = [
      '# Reading',
      '',
      'The [hub note][Hub] and the [Spec Sheet][] and [NVLink].',
      'Undefined: [nope][missing] and [plain words].',
      '',
      '```',
      '[fake]: https://example.com/in-code',
      '```',
      '',
      '[hub]: hub.md',
      '[spec   sheet]: <https://example.com/spec sheet.pdf> "title"',
      '[nvlink]: https://example.com/nvlink',
      '[HUB]: https://example.com/second-definition-loses',
    ].join('\n');
    index.updateText('notes/reading.md', text);
    const links = index.getNote('notes/reading.md')!.links.filter((l) => l.kind === 'markdown');
    assert.deepEqual(
      links.map((l) => [text.slice(l.span.start, l.span.end), l.target, l.label]),
      [
        ['[hub note][Hub]', 'hub.md', 'hub note'],
        ['[Spec Sheet][]', 'https://example.com/spec sheet.pdf', 'Spec Sheet'],
        ['[NVLink]', 'https://example.com/nvlink', 'NVLink'],
      ],
      parser,
    );
    assert.deepEqual(index.backlinks('notes/hub.md').map((r) => r.note.id), ['notes/reading.md'], `${parser}: a reference link is a backlink`);
  }
});

test('markdown links to .md files are backlinks (by file name, decoded, without #section); web links are not', () => {
  const index = new WorkspaceIndex();
  index.updateText('notes/My Hub.md', '# Hub\n');
  index.updateText('notes/a.md', '# A\n\nSee [the hub](My%20Hub.md#roofline), [again](<../notes/My Hub.md>) and [the web](https://example.com/My%20Hub.md).\n\nAlso [a missing note](gone.md).\n');
  const refs = index.backlinks('notes/My Hub.md').map((r) => r.link.target);
  assert.deepEqual(refs, ['My%20Hub.md#roofline', '../notes/My Hub.md']);
  // Only wikilinks are reported as broken: a markdown link may point anywhere.
  assert.deepEqual(index.unresolvedLinks(), []);
});

test('daily notes take their date from the file name; inline tags are indexed; tag pages and file embeds are no note links', async () => {
  const { analyzeNote } = await import('../../src/core/note.js');
  assert.deepEqual(analyzeNote('journals/2025_03_18.md', '- standup\n').date, { iso: '2025-03-18', original: '2025_03_18' });
  assert.deepEqual(analyzeNote('daily/2025-03-18.md', '- standup\n').date, { iso: '2025-03-18', original: '2025-03-18' });
  assert.equal(analyzeNote('notes/12345.md', '- x\n').date, null);
  const text = '---\ntags: [gpu]\n---\n# Hot Chips\n\nOn #HBM and #gpu/nvidia (#[[Vera Rubin]]), not issue #42 nor C# or `#code`; ![[nvl72.png|400]] and [[real note]].\n';
  for (const parser of ['fast', 'remark'] as const) {
    const note = analyzeNote('n.md', text, { parser });
    assert.deepEqual(note.tags, ['gpu', 'HBM', 'gpu/nvidia', 'Vera Rubin'], parser);
    assert.deepEqual(note.links.map((l) => l.target), ['real note'], parser);
  }
});

test('wikilinks in frontmatter properties are backlinks, as Obsidian lists them', () => {
  const index = build();
  index.updateText('notes/c.md', '---\ntitle: C\nrelated: "[[hub]]"\nup:\n  - "[[Roofline basics|basics]]"\n---\n# C\n\nNo body links.\n');
  const refs = index.backlinks('notes/hub.md').filter((r) => r.note.id === 'notes/c.md');
  assert.deepEqual(refs.map((r) => [r.link.target, r.link.label]), [['hub', undefined], ['Roofline basics', 'basics']]);
  const text = '---\ntitle: C\nrelated: "[[hub]]"\n';
  assert.equal(refs[0]!.link.span.start, text.indexOf('[[hub]]'), 'the link points at its place in the frontmatter');
});

test('a TOML array of tables ("[[talks]]") in frontmatter is no wikilink; a quoted one still is', () => {
  const index = build();
  index.updateText('notes/toml.md', '+++\ntitle = "Meetup"\nrelated = "[[hub]]"\n\n[[talks]]\ntitle = "FP8 training"\n\n  [[talks]] # second\ntitle = "KV cache"\n+++\n# Meetup\n');
  const note = index.getNote('notes/toml.md')!;
  assert.deepEqual(note.links.map((l) => l.target), ['hub']);
  assert.ok(!note.problems.some((p) => p.code === 'broken-wikilink'));
  assert.equal(note.talks.length, 2);
});

test('a note the engine fails on is indexed empty with a problem naming why; the rest of the workspace goes on', () => {
  const index = new WorkspaceIndex({ parser: 'remark' });
  index.updateText('notes/deep.md', '>'.repeat(10000) + ' a\n');
  index.updateText('notes/ok.md', '# OK\n\nThe H100 has 80 GB.\n');
  const deep = index.getNote('notes/deep.md');
  assert.ok(deep, 'still in the index');
  assert.match(deep!.problems.map((p) => p.message).join(' '), /Not analysed: the engine failed/);
  assert.equal(index.getNote('notes/ok.md')!.claims.length, 1);
});
