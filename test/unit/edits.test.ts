import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/note.js';
import {
  applyEdits,
  detectEol,
  footnoteDefinition,
  footnoteEdits,
  hardwareFrontmatterEdits,
  isAnnotated,
  newNoteContent,
  nextFootnoteLabel,
  noteFileName,
  nonOverlappingFixes,
  problemFixEditIn,
  yamlScalar,
} from '../../src/core/edits.js';
import { parseFrontmatter } from '../../src/core/frontmatter.js';

const setHw = (text: string, hw: string): string => applyEdits(text, hardwareFrontmatterEdits(text, hw));

test('hardware: YAML frontmatter gets a new key before the closing fence', () => {
  const text = '---\ntitle: Notes\ntags: [a, b]\n---\n# Notes\n';
  const out = setHw(text, 'nvidia-h200');
  assert.equal(out, '---\ntitle: Notes\ntags: [a, b]\nhardware: nvidia-h200\n---\n# Notes\n');
  assert.equal(parseFrontmatter(out).data.hardware, 'nvidia-h200');
});

test('hardware: an existing YAML key is replaced (comment kept), and a block value entirely', () => {
  assert.equal(setHw('---\nhardware: H100   # lab box\ntitle: x\n---\nbody\n', 'nvidia-b200'), '---\nhardware: nvidia-b200   # lab box\ntitle: x\n---\nbody\n');
  assert.equal(setHw('---\nhardware:\n  - H100\n  - A100\ntitle: x\n---\n', 'nvidia-b200'), '---\nhardware: nvidia-b200\ntitle: x\n---\n');
  assert.equal(setHw('---\n"hardware": "H100"\n---\n', 'amd-mi300x'), '---\n"hardware": amd-mi300x\n---\n');
  assert.equal(setHw('---\nnested:\n  hardware: H100\n---\n', 'x-1'), '---\nnested:\n  hardware: H100\nhardware: x-1\n---\n', 'only top-level keys are replaced');
});

test('hardware: TOML stays TOML, before the first table', () => {
  const text = '+++\ntitle = "Notes"\n\n[extra]\nhardware = "nope"\n+++\nbody\n';
  const out = setHw(text, 'nvidia-h100-sxm');
  assert.equal(out, '+++\ntitle = "Notes"\n\nhardware = "nvidia-h100-sxm"\n[extra]\nhardware = "nope"\n+++\nbody\n');
  const fm = parseFrontmatter(out);
  assert.equal(fm.kind, 'toml');
  assert.equal(fm.problems.length, 0);
  assert.equal(fm.data.hardware, 'nvidia-h100-sxm');
  assert.equal(setHw('+++\nhardware = "H100" # lab\ntitle = "x"\n+++\n', 'a "quoted" id'), '+++\nhardware = "a \\"quoted\\" id" # lab\ntitle = "x"\n+++\n');
  assert.equal(setHw('+++\ntitle = "x"\n+++\n', 'tpu-v5e'), '+++\ntitle = "x"\nhardware = "tpu-v5e"\n+++\n');
});

test('hardware: a note without frontmatter gets a YAML block', () => {
  assert.equal(setHw('# Notes\n\nbody\n', 'nvidia-h100-sxm'), '---\nhardware: nvidia-h100-sxm\n---\n# Notes\n\nbody\n');
  assert.equal(setHw('', 'x'), '---\nhardware: x\n---\n');
});

test('hardware: CRLF is preserved', () => {
  assert.equal(setHw('---\r\ntitle: a\r\n---\r\nbody\r\n', 'nvidia-h200'), '---\r\ntitle: a\r\nhardware: nvidia-h200\r\n---\r\nbody\r\n');
  assert.equal(setHw('---\r\nhardware: old\r\n---\r\n', 'new-1'), '---\r\nhardware: new-1\r\n---\r\n');
  assert.equal(setHw('+++\r\ntitle = "a"\r\n+++\r\n', 'x'), '+++\r\ntitle = "a"\r\nhardware = "x"\r\n+++\r\n');
  assert.equal(setHw('# T\r\n', 'x'), '---\r\nhardware: x\r\n---\r\n# T\r\n');
  assert.equal(detectEol('a\r\nb'), '\r\n');
  assert.equal(detectEol('a\nb\r\n'), '\n');
});

test('hardware: YAML values that need quotes get them', () => {
  assert.equal(yamlScalar('nvidia-h100-sxm'), 'nvidia-h100-sxm');
  assert.equal(yamlScalar('H100 SXM5 80GB'), 'H100 SXM5 80GB');
  assert.equal(yamlScalar('true'), '"true"');
  assert.equal(yamlScalar('910B'), '"910B"');
  assert.equal(yamlScalar('a: b'), '"a: b"');
});

const CLAIM_TEXT = '# H100\n\nOn the H100, 80 GB drains in 2 ms.\n';

test('footnote: reference after the quantity, definition at the end with verdict, derivation and date', () => {
  const note = analyzeNote('file:///w/n.md', CLAIM_TEXT, {});
  const claim = note.claims.find((c) => c.quantity.raw === '2 ms')!;
  const r = footnoteEdits(CLAIM_TEXT, claim, '2025-06-01')!;
  assert.equal(r.label, 'rn-1');
  const out = applyEdits(CLAIM_TEXT, r.edits);
  const lines = out.split('\n');
  assert.equal(lines[2], 'On the H100, 80 GB drains in 2 ms[^rn-1].');
  assert.equal(lines[3], '');
  assert.match(lines[4]!, /^\[\^rn-1\]: Roofline Notes check, 2025-06-01: ✗ inconsistent — claimed 2 ms, model 23\.9 ms \(ratio 0\.08×\)\. Derivation: 80 GB ÷ 3\.35 TB\/s = 23\.9 ms/);
  assert.match(lines[4]!, /Sources: <https:\/\//);
  assert.equal(lines[5], '');
  assert.equal(lines.length, 6);
  // A second annotation follows the first definition directly and gets the next label.
  const note2 = analyzeNote('file:///w/n.md', out, {});
  const other = note2.claims.find((c) => c.quantity.raw === '80 GB')!;
  assert.ok(isAnnotated(out, note2.claims.find((c) => c.quantity.raw === '2 ms')!));
  const r2 = footnoteEdits(out, other, '2025-06-02')!;
  assert.equal(r2.label, 'rn-2');
  const out2 = applyEdits(out, r2.edits);
  assert.match(out2, /80 GB\[\^rn-2\] drains/);
  assert.match(out2, /\n\[\^rn-1\]: [^\n]+\n\[\^rn-2\]: Roofline Notes check, 2025-06-02/);
  assert.equal(nextFootnoteLabel('x[^rn-7] y[^rn-3]'), 'rn-8');
});

test('footnote: CRLF and a note without a final newline', () => {
  const crlf = CLAIM_TEXT.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
  const note = analyzeNote('file:///w/n.md', crlf, {});
  const claim = note.claims.find((c) => c.quantity.raw === '2 ms')!;
  const out = applyEdits(crlf, footnoteEdits(crlf, claim, '2025-06-01')!.edits);
  assert.ok(!/[^\r]\n/.test(out), 'only CRLF line breaks');
  assert.match(out, /2 ms\[\^rn-1\]\.\r\n\r\n\[\^rn-1\]: /);
  assert.ok(out.endsWith('\r\n'));
});

test('footnote definition for an unverifiable claim says why', () => {
  const note = analyzeNote('file:///w/n.md', 'We saw 1.3M hopper GPUs.\n', {});
  const claim = note.claims[0]!;
  const def = footnoteDefinition('rn-1', claim, '2025-01-02');
  assert.match(def, /^\[\^rn-1\]: Roofline Notes check, 2025-01-02: \? unverifiable\. Why: /);
  assert.ok(!def.includes('\n'));
});

test('problem fixes: mojibake, and a suspicious quantity keeps its words', () => {
  const text = '# T\n\n- 2024: 1.3M hopper GPUs\n- 2025: 3.6 Blackwell GPUs\n\nIt donâ€™t matter.\n';
  const note = analyzeNote('file:///w/n.md', text, {});
  const moji = note.problems.find((p) => p.code === 'mojibake')!;
  assert.equal(applyEdits(text, [problemFixEditIn(text, moji)!]).includes('don’t'), true);
  const sus = note.problems.find((p) => p.code === 'suspicious-quantity');
  if (sus) {
    const out = applyEdits(text, [problemFixEditIn(text, sus)!]);
    assert.match(out, /2025: 3\.6M Blackwell GPUs/);
  }
  const all = nonOverlappingFixes(note.problems);
  assert.ok(all.length >= 1);
});

test('new notes from wikilink targets', () => {
  assert.equal(noteFileName('GTC day 2'), 'GTC day 2.md');
  assert.equal(noteFileName('talks/Keynote: Jensen?'), 'talks/Keynote- Jensen-.md');
  assert.equal(noteFileName('../../etc/passwd'), 'etc/passwd.md');
  assert.equal(noteFileName('x.md'), 'x.md');
  assert.equal(noteFileName('..'), undefined);
  assert.equal(newNoteContent('GTC day 2'), '# GTC day 2\n\n');
  assert.equal(newNoteContent('a', '\r\n'), '# a\r\n\r\n');
});
