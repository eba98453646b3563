// Talk shapes from the audit of conference, podcast and meetup notes written by different people (audit26): org-mode
// outlines, nested lists, titles with the speakers on the next line, panels, shows, day headings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/note.js';
import { extractTalks } from '../../src/core/talks.js';
import { parseFrontmatter } from '../../src/core/frontmatter.js';
import { parseMarkdown, type ParserName } from '../../src/core/markdown.js';

type Row = [string | null, string[], string | null];

function rows(file: string, text: string): Row[] {
  return analyzeNote(file, text).talks.map((t) => [t.title, t.speakers.map((s) => s.name), t.event]);
}

/** Both markdown parsers: the talks must not depend on which one read the note. */
function bothParsers(text: string): [string | null, string[]][][] {
  return (['fast', 'remark'] as ParserName[]).map((parser) => {
    const fm = parseFrontmatter(text);
    const structure = parseMarkdown(text, fm.bodyStart, parser);
    const h1 = structure.headings.find((h) => h.depth === 1);
    return extractTalks({ text, blocks: structure.blocks, headings: structure.headings, frontmatter: fm.data, title: h1?.text ?? '' }).map((t) => [t.title, t.speakers.map((s) => s.name)]);
  });
}

test('a keynote sentence that mentions a well-known person as its object names no speaker ("Lisa mentioned Sam Altman in the keynote")', () => {
  assert.deepEqual(rows('n.md', '# AMD Day\n\n- Lisa mentioned Sam Altman in the keynote (OpenAI partnership), and Jensen of course\n'), []);
  assert.deepEqual(rows('n.md', '# AMD Day\n\nThe keynote quoted Jensen twice.\n'), []);
  // Control: the keynote and its speaker in one sentence.
  assert.deepEqual(rows('n.md', '# GTC\n\nnotes from the keynote, jensen talked about GPUs.\n'), [['Keynote', ['Jensen Huang'], 'GTC']]);
});

test('three initials are a name ("J. R. R. Smith"), in a schedule line and before a title', () => {
  assert.deepEqual(rows('n.md', '# X 2026\n\n14:00 – Scaling NVLink beyond the rack (J. R. R. Smith, Meta)\n'), [['Scaling NVLink beyond the rack', ['J. R. R. Smith'], 'X 2026']]);
  assert.deepEqual(rows('n.md', '# X 2026\n\nJ. R. R. Smith — Optical interconnects\nAna de la Fuente — Liquid cooling\nSeán O\'Neil — UALink 1.0\n').map((r) => r[1]), [['J. R. R. Smith'], ['Ana de la Fuente'], ["Seán O'Neil"]]);
});

test('a title line, then a line that only names who gave the talk: heading and emphasis, org heading, bold item and its child', () => {
  const gpuMode = '# GPU MODE IRL 2026\n\n### Keynotes\n\n#### Why kernels still matter\n*Tri Dao (Princeton / Together AI)*\n\nFA4 notes.\n\n#### The bitter lesson of hardware\n*Jeff Dean & Noam Shazeer (Google)*\n\nMore notes.\n';
  for (const talks of bothParsers(gpuMode)) {
    assert.deepEqual(talks, [
      ['Why kernels still matter', ['Tri Dao']],
      ['The bitter lesson of hardware', ['Jeff Dean', 'Noam Shazeer']],
    ]);
  }
  // The headings are the talks, not the event.
  assert.deepEqual(rows('g.md', gpuMode).map((r) => r[2]), ['GPU MODE IRL 2026', 'GPU MODE IRL 2026']);
  const org = [
    '#+TITLE: Hot Chips 2026',
    '',
    '* Monday, Aug 24',
    '** DONE Tenstorrent Blackhole: a RISC-V AI computer                  :tenstorrent:',
    '   - presented by Jim Keller',
    '   - 140 Tensix cores',
    "** DONE Ironwood: Google's first inference TPU                        :tpu:",
    '   - Norm Jouppi & Sridhar Lakshmanamurthy (Google)',
    '** Break',
    '** TODO Cerebras WSE-4',
    '   - speaker: Sean Lie',
    '** DONE Photonic fabrics for scale-up',
    '   - Pieter van der Berg, Ayar Labs',
    '',
  ].join('\n');
  assert.deepEqual(rows('hc.md', org), [
    ['Tenstorrent Blackhole: a RISC-V AI computer', ['Jim Keller'], 'Hot Chips 2026'],
    ["Ironwood: Google's first inference TPU", ['Norm Jouppi', 'Sridhar Lakshmanamurthy'], 'Hot Chips 2026'],
    ['Cerebras WSE-4', ['Sean Lie'], 'Hot Chips 2026'],
    ['Photonic fabrics for scale-up', ['Pieter van der Berg'], 'Hot Chips 2026'],
  ]);
  const nested = '# MLSys 2026 notes\n\n## Wednesday\n- Morning session\n  - **FlashInfer 2: a kernel library for serving**\n    - Zihao Ye, Lequn Chen (UW)\n  - **Speculative decoding at scale**\n    - Tianqi Chen\n    - 3x speedup at batch 1\n';
  assert.deepEqual(rows('m.md', nested), [
    ['FlashInfer 2: a kernel library for serving', ['Zihao Ye', 'Lequn Chen'], 'MLSys 2026'],
    ['Speculative decoding at scale', ['Tianqi Chen'], 'MLSys 2026'],
  ]);
});

test('no talk from a title line over people who gave none: "## Attendees", a bare name under a bold item in a note with no talks, an org task keyword', () => {
  assert.deepEqual(rows('r.md', '# Retreat\n\n## Attendees\n*Jane Doe, John Smith*\n'), []);
  assert.deepEqual(rows('b.md', '# Booth day\n\n- **Met at the booth**\n  - Jane Doe\n- **Dinner**\n  - Bob Smith\n'), []);
  // "DONE Ironwood" is no person.
  assert.deepEqual(rows('o.md', "# Hot Chips\n\n** DONE Ironwood: Google's first inference TPU   :tpu:\n"), []);
});

test('a panel\'s moderator and panelists under its item are one talk, titled by the item ("Panel — …"); "panelists:: A, B" is no mention of A\'s own talk', () => {
  const nested = '# MLSys 2026\n\n- Afternoon\n  - Panel — "Is the GPU the last accelerator?"\n    - moderator: Ana de la Fuente (BSC)\n    - panelists: Bill Dally (NVIDIA), Jim Keller (Tenstorrent)\n';
  assert.deepEqual(rows('m.md', nested), [['Is the GPU the last accelerator?', ['Ana de la Fuente', 'Bill Dally', 'Jim Keller'], 'MLSys 2026']]);
  const logseq = [
    '- Went to the conference today',
    '\t- [[Philippe Tillet]] — Triton 4 roadmap #talk',
    '\t\t- Gluon as the low-level dialect',
    '\t- Panel: the future of kernel languages #talk',
    '\t\t- moderator:: [[Chris Lattner]]',
    '\t\t- panelists:: [[Philippe Tillet]], [[Tri Dao]], [[Jason Ansel]]',
    '',
  ].join('\n');
  assert.deepEqual(rows('2026-09-17.md', logseq).map((r) => [r[0], r[1]]), [
    ['Triton 4 roadmap', ['Philippe Tillet']],
    ['the future of kernel languages', ['Chris Lattner', 'Philippe Tillet', 'Tri Dao', 'Jason Ansel']],
  ]);
});

test('a table\'s speakers cell in labelled parts: "Moderator: …; Panelists: …"', () => {
  const text = '# PyTorch Conference 2026\n\n| Slot | Title | Who |\n| --- | --- | --- |\n| 13:30 | Panel: Who owns the kernel? | Moderator: Ana de la Fuente (BSC); Panelists: Tri Dao (Together AI), Philippe Tillet (OpenAI) |\n| 12:00 | Lunch | |\n';
  assert.deepEqual(rows('p.md', text), [['Panel: Who owns the kernel?', ['Ana de la Fuente', 'Tri Dao', 'Philippe Tillet'], 'PyTorch Conference 2026']]);
});

test('events: day and date headings are no event, "— my notes" and "2026 notes" are no part of it, a file named like a title is one', () => {
  const days = '---\ntitle: PyTorch Conference 2026\n---\n\n## Tuesday, Oct 21\n\n- 9:00 Keynote: Agents — Soumith Chintala (Meta)\n\n## Day 2 (Wed)\n\n- 9:00 Keynote: Hardware — Lisa Su (AMD)\n\n## Thursday\n\n- 9:00 Helion — Jason Ansel (Meta)\n';
  assert.deepEqual(rows('p.md', days).map((r) => r[2]), ['PyTorch Conference 2026', 'PyTorch Conference 2026', 'PyTorch Conference 2026']);
  assert.deepEqual(rows('o.md', '# OCP Global Summit 2026 — my notes\n\n- 9:00 UALink — Seán O\'Neil (AMD)\n').map((r) => r[2]), ['OCP Global Summit 2026']);
  assert.deepEqual(rows('m.md', '# MLSys 2026 notes\n\n- 9:00 UALink — Seán O\'Neil (AMD)\n').map((r) => r[2]), ['MLSys 2026']);
  assert.deepEqual(rows('GTC 2026 day 2.md', '09:00 – Dynamo internals (Kyle Kranen, NVIDIA)\n').map((r) => r[2]), ['GTC 2026']);
  // A slug or a daily page names no event.
  assert.deepEqual(rows('12-meetup-notes.md', '09:00 – Dynamo internals (Kyle Kranen, NVIDIA)\n').map((r) => r[2]), [null]);
  assert.deepEqual(rows('November 23rd, 2026.md', '09:00 – Dynamo internals (Kyle Kranen, NVIDIA)\n').map((r) => r[2]), [null]);
});

test('a show\'s frontmatter speakers are one episode, titled without its number or its guests', () => {
  const toml = '+++\ntitle = "Hardware Happy Hour #31: optics everywhere"\nshow = "Hardware Happy Hour"\nspeakers = ["Marta van der Berg", "Rajesh Iyer", "Chloé Lefèvre"]\n+++\n\n[00:02:10] Marta van der Berg: Welcome back.\n[00:04:45] Rajesh Iyer: A 1.6T port at 5 pJ/bit is 8 W.\n';
  assert.deepEqual(rows('h.md', toml), [['optics everywhere', ['Marta van der Berg', 'Rajesh Iyer', 'Chloé Lefèvre'], 'Hardware Happy Hour']]);
  const yaml = '---\ntitle: "Ep. 212 — The memory wall, with Nguyễn Thị Minh and Seán O\'Neil"\npodcast: Latent Space\nhost: Alessio Fanelli\nguests:\n  - Nguyễn Thị Minh\n  - Seán O\'Neil\n---\n\nNotes.\n';
  assert.deepEqual(rows('l.md', yaml), [['The memory wall', ['Alessio Fanelli', 'Nguyễn Thị Minh', "Seán O'Neil"], 'Latent Space']]);
  // (The guests as the frontmatter declares them, whatever their names' shape.)
  const ep = '+++\ntitle = "Chips & Coffee ep. 9 — HBM shortages, with Kim Soo-jin"\npodcast = "Chips & Coffee"\nspeakers = ["Daniel O\'Connor", "Kim Soo-jin"]\n+++\n\n- she quoted Jensen: "the more you buy"\n';
  assert.deepEqual(rows('c.md', ep), [['HBM shortages', ["Daniel O'Connor", 'Kim Soo-jin'], 'Chips & Coffee']]);
});

test('tags after a title are no part of it; the session\'s kind before two speakers in a heading; "fireside chat with A and Secretary B"', () => {
  assert.deepEqual(rows('t.md', '# Triton Conf 2026\n\n- 10:00 Triton 4 roadmap #talk #[[kernels]] — Philippe Tillet (OpenAI)\n').map((r) => r[0]), ['Triton 4 roadmap']);
  assert.deepEqual(rows('g.md', '---\nevent: GTC DC 2026\n---\n\n# Keynote: Jensen Huang & Bill Dally — "AI factories for science"\n\nJoint keynote.\n'), [['AI factories for science', ['Jensen Huang', 'Bill Dally'], 'GTC DC 2026']]);
  // ("Keynote: Lisa Su (AMD)." with no title after who: the kind is the title.)
  assert.deepEqual(rows('a.md', '# AMD Advancing AI 2025\n\nKeynote: Lisa Su (AMD). Product deep-dive: José Ramírez-Núñez (AMD).\n').map((r) => [r[0], r[1]]), [['Keynote', ['Lisa Su']], ['Product deep-dive', ['José Ramírez-Núñez']]]);
  assert.deepEqual(rows('f.md', '# GTC DC 2026\n\nAfterwards a short fireside chat with Jensen Huang and Secretary Chris Wright on DOE labs.\n'), [['Fireside chat', ['Jensen Huang', 'Chris Wright'], 'GTC DC 2026']]);
  assert.deepEqual(rows('p.md', '# X 2026\n\nThere was a panel with Jeff Dean, Bill Dally and Jim Keller about chips.\n\nI had a chat with Jensen at the booth.\n').map((r) => [r[0], r[1]]), [['Panel', ['Jeff Dean', 'Bill Dally', 'Jim Keller']]]);
});

test('a journal page\'s talks nested under an item that links an event take that event ("- Went to the [[Triton Developer Conference 2026]]")', () => {
  const page = '- Went to the [[Triton Developer Conference 2026]] today #conference\n\t- [[Philippe Tillet]] (OpenAI) — Triton 4 roadmap\n\t\t- Gluon\n\t- lunch with folks from [[OpenAI]]\n- [[Jane Doe]] (Acme) — Unrelated talk\n';
  assert.deepEqual(rows('2026-09-17.md', page).map((r) => [r[0], r[2]]), [['Triton 4 roadmap', 'Triton Developer Conference 2026'], ['Unrelated talk', null]]);
  // A link that names no event is none.
  assert.deepEqual(rows('2026-09-18.md', '- Met [[Some Person]] at lunch\n\t- [[Philippe Tillet]] (OpenAI) — Triton 4 roadmap\n').map((r) => r[2]), [null]);
});
