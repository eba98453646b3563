import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/note.js';
import { getAccelerator, getModel, getSystem, SYSTEMS, MODELS } from '../../src/core/catalog/index.js';
import {
  acceleratorCardMarkdown,
  uncataloguedCardMarkdown,
  claimHoverMarkdown,
  findHeading,
  modelCardMarkdown,
  notePreviewMarkdown,
  speakerCardMarkdown,
  speakerNamesOf,
  systemCardMarkdown,
} from '../../src/core/present/hover.js';
import type { Claim, Note } from '../../src/core/types.js';

const EVIL = '<script>alert(1)</script> [x](command:workbench.action.terminal.new) `rm -rf` *bold* <img src=x onerror=alert(1)>';

const TEXT = `---
title: "H100 notes ${EVIL.replace(/"/g, "'")}"
---
# H100 notes

The H100 SXM has 80 GB of HBM3. ${EVIL}
Reading all 80 GB drains in 2 ms on the H100 ${EVIL}.

## Section ${EVIL}

More text ${EVIL}

6:30 PM | Jane Doe (NVIDIA) - Fast kernels ${EVIL}
`;

function note(id = 'file:///w/h100.md', text = TEXT): Note {
  return analyzeNote(id, text, {});
}

/** Links in the markdown that are not escaped: [label](target). Returns the targets. */
function linkTargets(md: string): string[] {
  const out: string[] = [];
  const re = /(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)/g;
  for (const m of md.matchAll(re)) out.push(m[2]!);
  return out;
}

function assertSafe(md: string, allowedCommands: string[] = []): void {
  assert.ok(!/(?<!\\)<(script|img|b)/i.test(md), 'no raw HTML');
  assert.ok(!/(?<!\\)`/.test(md), 'no unescaped backtick');
  for (const target of linkTargets(md)) {
    if (target.startsWith('command:')) {
      const id = target.slice('command:'.length).split('?')[0]!;
      assert.ok(allowedCommands.includes(id), `unexpected command link ${target}`);
    } else {
      assert.match(target, /^(https?:|file:)/, `unexpected link target ${target}`);
    }
  }
  // Every '*' that emphasises is ours ("**Derivation**"); note text stars are escaped.
  assert.ok(!md.includes('*bold*'));
  assert.ok(!md.includes('[x](command:'));
}

function claimByRaw(n: Note, raw: string): Claim {
  const c = n.claims.find((c) => c.quantity.raw === raw);
  assert.ok(c, `claim ${raw} in ${n.claims.map((c) => c.quantity.raw).join(', ')}`);
  return c;
}

test('claim hover: verdict, numbers, derivation, assumptions link, sources — and inert note text', () => {
  const n = note();
  const claim = claimByRaw(n, '2 ms');
  const other = note('file:///w/other.md', 'On the H100, 80 GB drains in about 24 ms.\n');
  const md = claimHoverMarkdown({
    note: n,
    claim,
    others: other.claims.filter((c) => c.key === claim.key).map((c) => ({ note: other, claim: c })),
    displayPath: (id) => id.replace('file:///w/', ''),
  });
  assertSafe(md, ['rooflineNotes.setNoteHardware']);
  assert.match(md, /\*\*✗ Inconsistent\*\*/);
  assert.match(md, /\| Claimed \| 2 ms \|/);
  assert.match(md, /\| Model \| 23\.9 ms \|/);
  assert.match(md, /\| Ratio \| 0\.08× \(claimed ÷ model\) \|/);
  assert.match(md, /\*\*Derivation\*\*/);
  assert.match(md, /command:rooflineNotes\.setNoteHardware\?%5B%22file%3A%2F%2F%2Fw%2Fh100\.md%22%5D/);
  assert.match(md, /\*\*Sources:\*\* \[/);
  if (other.claims.some((c) => c.key === claim.key)) {
    assert.match(md, /\*\*Also claimed in\*\*/);
    assert.match(md, /\(file:\/\/\/w\/other\.md#L1\)/);
    assert.match(md, /\*\*disagrees\*\*/);
  }
});

test('claim hover escapes the statement text', () => {
  const n = note();
  const claim = claimByRaw(n, '2 ms');
  assert.ok(claim.statement.includes('<script>'), claim.statement);
  const md = claimHoverMarkdown({ note: n, claim, others: [], displayPath: (id) => id });
  assertSafe(md, ['rooflineNotes.setNoteHardware']);
  assert.ok(md.includes('\\<script\\>'), md);
});

test('claim hover names who said it, escaped', () => {
  const n = analyzeNote('gtc.md', '# GTC\n\n- 10:00 Zoë <b>Ørsted</b> (SK hynix) — HBM3e\n\n- “H100 SXM has 3.35 TB/s of HBM bandwidth” — Woosuk Kwon\n');
  const claim = n.claims.find((c) => c.quantity.raw === '3.35 TB/s')!;
  assert.equal(claim.speaker, 'Woosuk Kwon');
  const md = claimHoverMarkdown({ note: n, claim, others: [], displayPath: (id) => id });
  assert.match(md, /\n> — Woosuk Kwon\n/);
});

test('hardware, system and model cards link their sources', () => {
  const a = getAccelerator('nvidia-h100-sxm')!;
  const md = acceleratorCardMarkdown(a);
  assertSafe(md);
  assert.match(md, /\*\*H100 SXM5 80GB\*\*/);
  assert.match(md, /HBM bandwidth \| 3\.35 TB\/s/);
  assert.match(md, /\]\(https:\/\//);
  const s = SYSTEMS[0]!;
  const smd = systemCardMarkdown(s, getAccelerator(s.accelerator));
  assertSafe(smd);
  assert.ok(smd.includes('per scale-up domain'));
  assert.ok(getSystem(s.id));
  const m = MODELS[0]!;
  const mmd = modelCardMarkdown(getModel(m.id)!);
  assertSafe(mmd);
});

test('user-defined accelerator text is escaped in its card', () => {
  const md = acceleratorCardMarkdown({
    id: 'lab`gpu',
    name: EVIL,
    vendor: '[v](command:x)',
    aliases: ['<b>'],
    flops: [{ value: 1e15, unit: 'FLOP/s', precision: 'bf16', sparsity: 'dense', source: 'javascript:alert(1)', confidence: 'low' }],
    notes: [EVIL],
    userDefined: true,
  });
  assertSafe(md);
  assert.ok(!md.includes('](javascript:'));
});

test('wikilink preview shows title, first lines (escaped) and facts', () => {
  const n = note();
  const md = notePreviewMarkdown({ note: n, text: TEXT, displayPath: 'h100.md', backlinkCount: 2 });
  assertSafe(md);
  assert.ok(md.startsWith('**H100 notes'));
  assert.match(md, /2 backlinks/);
  assert.match(md, /The H100 SXM has 80 GB of HBM3\./);
  const section = n.headings.find((h) => h.depth === 2)!;
  const smd = notePreviewMarkdown({ note: n, text: TEXT, section: section.slug, displayPath: 'h100.md', backlinkCount: 0 });
  assert.match(smd, /More text/);
  assert.ok(!smd.includes('The H100 SXM has'));
  assert.ok(findHeading(n.headings, section.text));
  const missing = notePreviewMarkdown({ note: n, text: TEXT, section: 'nope', displayPath: 'h100.md', backlinkCount: 0 });
  assert.match(missing, /No heading “nope”/);
});

test('speaker card lists talks with locations', () => {
  const n = note();
  assert.ok(n.talks.length >= 1, 'fixture has a talk');
  const names = speakerNamesOf(n.talks);
  assert.ok(names.includes('Jane Doe'));
  const md = speakerCardMarkdown({
    speaker: { key: 'jane doe', name: 'Jane Doe', variants: ['Jane Doe', 'jane doe'], affiliations: ['NVIDIA'], talks: n.talks.map((talk) => ({ noteId: n.id, talk })) },
    note: (id) => (id === n.id ? n : undefined),
    displayPath: (id) => id,
  });
  assertSafe(md);
  assert.match(md, /\*\*Jane Doe\*\* · NVIDIA/);
  assert.match(md, /file:\/\/\/w\/h100\.md#L\d+/);
  assert.match(md, /Also written:\* jane doe/);
});

test('uncatalogued card: names the chip escaped and says how to make its claims checkable', () => {
  const md = uncataloguedCardMarkdown('V100 <b>*', 'hardware');
  assert.ok(md.startsWith('**V100 \\<b\\>\\*** · hardware not in the catalog'), md);
  assert.match(md, /rooflineNotes\.hardwareFile/);
  assert.doesNotMatch(uncataloguedCardMarkdown('GPT-4', 'model'), /hardwareFile/);
});

test('claim hover: an achieved figure says why instead of a tolerance; an inconsistent one says by how much', () => {
  const note = analyzeNote('x.md', 'On H100, FA3 reaches 740 TFLOPS in FP16.\n\nThe H100 has 3.0 TB/s of HBM bandwidth.\n');
  const [fa3, bw] = note.claims;
  const a = claimHoverMarkdown({ note, claim: fa3!, others: [], displayPath: (id) => id });
  assert.match(a, /An achieved figure, not the spec: 740 TFLOPS is 75% of the peak/);
  assert.doesNotMatch(a, /\| Tolerance \|/);
  const b = claimHoverMarkdown({ note, claim: bw!, others: [], displayPath: (id) => id });
  assert.match(b, /\| Tolerance \| ±5% \|/);
  assert.match(b, /Claimed 3\.0 TB\/s is 1\.12× smaller than the model's 3\.35 TB\/s/);
});
