// A sentence that points back ("Its bandwidth …", "It draws …") is about the chip or model an earlier
// sentence of its paragraph named, before the section heading's or the frontmatter's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/note.js';
import type { Claim } from '../../src/core/types.js';

const H100_NOTE = '---\nhardware: H100\n---\n# Blackwell\n\n';

function claimIn(body: string, raw: string): Claim {
  const c = analyzeNote('n.md', H100_NOTE + body).claims.find((x) => x.quantity.raw === raw);
  assert.ok(c, `a claim "${raw}"`);
  return c;
}

test('"Its HBM bandwidth" after a sentence naming the MI300X is the MI300X\'s, not the heading\'s or the frontmatter\'s chip', () => {
  const c = claimIn('The MI300X has 192 GB. Its HBM bandwidth is 5.3 TB/s.\n', '5.3 TB/s');
  assert.equal(c.evaluation.verdict, 'consistent', c.evaluation.reason);
  assert.ok(c.evaluation.assumptions.some((a) => a.includes('Instinct MI300X') && a.includes('named earlier in the paragraph ("MI300X")')), c.evaluation.assumptions.join('; '));
});

test('a sentence without numbers names the chip for the next one ("It draws 1,000 W")', () => {
  const c = claimIn('We finally got a B200 last week. It draws 1,000 W.\n', '1,000 W');
  assert.equal(c.evaluation.verdict, 'consistent', c.evaluation.reason);
  assert.match(c.evaluation.assumptions.join('; '), /B200.*named earlier in the paragraph/);
});

test('a sentence that does not point back keeps its own reading ("NVLink 5 gives 1,800 GB/s per GPU" after the H100)', () => {
  const c = claimIn('The H100 has 80 GB. NVLink 5 gives 1,800 GB/s per GPU.\n', '1,800 GB/s per GPU');
  assert.ok(!c.evaluation.assumptions.some((a) => a.includes('earlier in the paragraph')), c.evaluation.assumptions.join('; '));
  assert.notEqual(c.evaluation.verdict, 'inconsistent', 'not judged against the H100\'s NVLink 4');
});

test('context does not cross paragraphs', () => {
  const c = claimIn('The MI300X has 192 GB.\n\nIts bandwidth is 3.35 TB/s.\n', '3.35 TB/s');
  assert.ok(!c.evaluation.assumptions.some((a) => a.includes('earlier in the paragraph')), c.evaluation.assumptions.join('; '));
});

test('a chip the catalog lacks is carried too: its figures are not judged against the frontmatter\'s H100', () => {
  const c = claimIn('A V100 has 32 GB of HBM2. Its bandwidth is 900 GB/s.\n', '900 GB/s');
  assert.equal(c.evaluation.verdict, 'unverifiable');
  assert.match(c.evaluation.reason, /V100/);
});

test('a model named earlier in the paragraph is the one "its weights" belong to', () => {
  const c = claimIn('Llama 3.1 70B is a dense model. In FP16 its weights are 141 GB.\n', '141 GB');
  assert.equal(c.evaluation.verdict, 'consistent', c.evaluation.reason);
  assert.match(c.evaluation.derivation.join('\n'), /70\.6B params × 2 B/);
});

test('a pronoun further on in the sentence is about something in it, not the chip of the item before', () => {
  const body = '- Each GPU has 80 GB of HBM.\n- The checkpoint of the weights in BF16 is 810 GB; with Adam states it\'s ~16 bytes/param.\n';
  const c = claimIn(body, '810 GB');
  assert.equal(c.evaluation.verdict, 'unverifiable', `${c.evaluation.verdict}: ${c.evaluation.reason}`);
});

test('items of one list carry the chip to an item that points back', () => {
  const c = claimIn('- MI355X: 288 GB of HBM3E at 8 TB/s.\n- It draws 1,400 W in the liquid-cooled version.\n', '1,400 W');
  assert.equal(c.evaluation.verdict, 'consistent', c.evaluation.reason);
  assert.match(c.evaluation.assumptions.join('; '), /MI355X.*earlier in the paragraph/);
});

test('a bare "NVL72" is the rack of the chip the section, its heading or the frontmatter names (not always the GB200 NVL72)', () => {
  const subject = (text: string, raw: string) => {
    const c = analyzeNote('n.md', text).claims.find((x) => x.quantity.raw === raw);
    assert.ok(c, `a claim "${raw}"`);
    return c;
  };
  const paragraph = subject('# GTC notes\n\nRubin is the next GPU. The NVL72 rack delivers 3.6 exaflops of NVFP4 inference.\n', '3.6 exaflops');
  assert.equal(paragraph.evaluation.verdict, 'consistent', paragraph.evaluation.reason);
  assert.match(paragraph.subject, /Vera Rubin NVL72/);
  const heading = subject('# Rubin\n\nThe NVL72 rack delivers 3.6 exaflops of FP4.\n\n## Older\n\nThe GB200 is current. Its NVL72 rack delivers 720 PFLOPS of FP4.\n', '720 PFLOPS');
  assert.match(heading.subject, /GB200 NVL72/, 'the chip named in its own section');
  const frontmatter = subject('---\nhardware: B300\n---\n# Notes\n\nThe NVL72 rack delivers 1.1 exaflops of FP4 dense.\n', '1.1 exaflops');
  assert.equal(frontmatter.evaluation.verdict, 'consistent', 'a B300 note\'s NVL72 is the GB300 NVL72');
});

test('a sentence hard-wrapped in a blockquote, after a possessive, or after "step:" is read whole', () => {
  const verdict = (text: string, raw: string) => {
    const c = analyzeNote('n.md', text).claims.find((x) => x.quantity.raw === raw);
    assert.ok(c, `a claim "${raw}" in ${JSON.stringify(text)}`);
    return c.evaluation.verdict;
  };
  assert.equal(verdict('> A GB200 NVL72 has about\n> 13.4 TB of HBM.\n', '13.4 TB'), 'consistent');
  assert.equal(verdict("Its KV cache is smaller than Llama 3.1 405B's\n~516 KB per token.\n", '~516 KB per token'), 'consistent');
  assert.equal(verdict('DeepSeek-V3 in FP8 at batch 1 on 8×H200 takes per decode step:\nabout 1 ms.\n', 'about 1 ms'), 'consistent');
  // A schedule in a blockquote stays one talk a line.
  const talks = analyzeNote('s.md', '# Meetup\n\n> 6:30 PM | Christos Kozyrakis (Stanford) - The State of Hardware\n> 7:00 PM | Jane Doe (Meta) - Serving at scale\n').talks;
  assert.equal(talks.length, 2);
});

test('"per rack" and "the rack" are the chip\'s rack: its totals, not one GPU\'s figures', () => {
  const claim = (text: string, raw: RegExp) => {
    const c = analyzeNote('n.md', text).claims.find((x) => raw.test(x.quantity.raw));
    assert.ok(c, `a claim ${raw}`);
    return c;
  };
  const perRack = claim('And GB300 raises memory to 288 GB per GPU, about 20 TB per rack.\n', /20 TB/);
  assert.equal(perRack.evaluation.verdict, 'consistent', perRack.evaluation.reason);
  assert.match(perRack.subject, /GB300 NVL72 total HBM/);
  const rack = claim('Each B200 has 8 TB/s of HBM, so the rack has about 576 TB/s.\n', /576/);
  assert.match(rack.subject, /GB200 NVL72 total HBM bandwidth/);
  assert.equal(claim('Each B200 has 8 TB/s of HBM, so the rack has about 576 TB/s.\n', /^8 TB\/s/).subject.includes('NVL72'), false, 'the chip\'s own figure stays the chip\'s');
  const back = claim("For a GB200 NVL72 that's about 13.4 TB of HBM. Compute-wise the rack is about 720 PFLOP/s of dense FP8.\n", /720/);
  assert.equal(back.evaluation.verdict, 'inconsistent', 'the sparse figure, named dense');
  assert.match(back.subject, /GB200 NVL72 dense FP8/);
});

test('under "## MI300X recap", "192 GB … — 2.4x the capacity of an H100" is the MI300X\'s, and the ratio is MI300X over H100', () => {
  const note = analyzeNote('n.md', '## MI300X recap\n\n192 GB of HBM3 at 5.3 TB/s per GPU — 2.4x the capacity of an H100.\n');
  assert.deepEqual(note.claims.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
  assert.match(note.claims[0]!.subject, /MI300X/);
  assert.match(note.claims[2]!.evaluation.derivation.join(' '), /MI300X 192 GB ÷ H100/);
});

test('"6x Trillium\'s 32 GB" is one Trillium\'s, and "— double v5e on both" compares with the v5e under a Trillium heading', () => {
  const six = analyzeNote('n.md', "Ironwood has 192 GB of HBM per chip, 6x Trillium's 32 GB.\n").claims;
  assert.deepEqual(six.map((c) => c.evaluation.verdict), ['consistent', 'consistent', 'consistent']);
  const double = analyzeNote('n.md', '### Trillium (TPU v6e)\n\n32 GB HBM per chip at 1.6 TB/s — double v5e on both.\n').claims;
  assert.deepEqual(double.map((c) => c.evaluation.verdict), ['consistent', 'consistent']);
  assert.match(double[1]!.subject, /Trillium/);
});

test('an answer ("A: Roughly 810 GB") is about the model its question names', () => {
  const c = analyzeNote('n.md', '**Q: How big is Llama 3.1 405B in FP8?**\nA: Roughly 810 GB, so you need a full 8×H200 node (1.13 TB) to hold it.\n').claims[0]!;
  assert.equal(c.evaluation.verdict, 'inconsistent');
  assert.equal(c.evaluation.modelValue, 405e9);
  const right = analyzeNote('n.md', 'Q: How big is Llama 3.1 405B in FP8?\nA: Roughly 405 GB.\n').claims[0]!;
  assert.equal(right.evaluation.verdict, 'consistent');
});

test('a chip named only in an outer heading ("# MI300X …" › "## Roofline") is the chip of roofline quantities under it, never of spec lookups', () => {
  const note = analyzeNote('k.md', '# MI300X for kernel people\n\n## Roofline\n\n- reading all 192 GB of HBM takes ~36 ms\n- ridge point BF16 ≈ 247 FLOP/byte\n\n## Misc\n\nClosing thoughts, 1,000 W parts are coming.\n');
  const drain = note.claims.find((c) => c.quantity.raw === '~36 ms')!;
  assert.equal(drain.evaluation.verdict, 'consistent', drain.evaluation.reason);
  assert.equal(note.claims.find((c) => c.quantity.raw.includes('247'))!.evaluation.verdict, 'consistent');
  assert.notEqual(note.claims.find((c) => c.quantity.raw === '1,000 W')!.evaluation.verdict, 'inconsistent', 'no spec is guessed from an outer heading');
  const two = analyzeNote('t.md', '# TPU v5p vs MI355X\n\n## Memory\n\n- reading all 192 GB of HBM takes ~36 ms\n');
  assert.doesNotMatch(two.claims.find((c) => c.quantity.raw === '~36 ms')!.evaluation.assumptions.join(' '), /TPU v5p|MI355X/, 'two chips above: neither');
});
