// Hardware and models the catalog has no figures for: named in a note, they must never be judged
// against another chip (the frontmatter's, a heading's, the default).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/note.js';
import { findHardwareMentions, findMentions, mergeUserHardware, resolveHardware } from '../../src/core/catalog/index.js';
import type { Claim } from '../../src/core/types.js';

function claimIn(text: string, raw: string, options = {}): Claim {
  const c = analyzeNote('n.md', text, options).claims.find((x) => x.quantity.raw === raw);
  assert.ok(c, `a claim "${raw}"`);
  return c;
}

test('findMentions names uncatalogued chips and models; findHardwareMentions keeps to the catalog', () => {
  const text = 'A V100, an A100, an A10G, TPU v4, the H100 NVL, GPT-4 and Llama 3.1 70B.';
  assert.deepEqual(
    findMentions(text).map((m) => `${m.kind}:${m.id}:${m.raw}`),
    ['otherHardware:V100:V100', 'accelerator:nvidia-a100-sxm-80gb:A100', 'otherHardware:A10:A10G', 'otherHardware:TPU v4:TPU v4', 'otherHardware:H100 NVL:H100 NVL', 'otherModel:GPT-4:GPT-4', 'model:llama-3.1-70b:Llama 3.1 70B'],
  );
  assert.deepEqual(
    findHardwareMentions(text).map((m) => m.raw),
    ['A100', 'Llama 3.1 70B'],
  );
  // (Gaudi 3 was here until the catalog got it; its other SKUs stay uncatalogued.)
  assert.deepEqual(
    findMentions('Gaudi 3, Gaudi 3 PCIe, HL-338, Gaudi2 and the first Gaudi.').map((m) => `${m.kind}:${m.id}`),
    ['accelerator:intel-gaudi3', 'otherHardware:Gaudi 3 PCIe card (HL-338)', 'otherHardware:Gaudi 3 PCIe card (HL-338)', 'accelerator:intel-gaudi2', 'otherHardware:Gaudi'],
  );
  assert.equal(resolveHardware('V100'), undefined, 'an uncatalogued name is not hardware the catalog can resolve');
});

test('a claim about an uncatalogued chip is not judged against the frontmatter chip', () => {
  const note = '---\nhardware: H100 SXM\n---\n# Chips\n\nA V100 has 32 GB of HBM2 at 900 GB/s.\nThe H100 has 80 GB of HBM3.\n';
  for (const raw of ['32 GB', '900 GB/s']) {
    const c = claimIn(note, raw);
    assert.equal(c.evaluation.verdict, 'unverifiable', raw);
    assert.match(c.evaluation.reason, /about V100, which is not in the catalog/);
    assert.equal(c.key, null, 'no conflict key: it is not a catalog quantity');
  }
  assert.equal(claimIn(note, '80 GB').evaluation.verdict, 'consistent');
});

test("a statement naming an uncatalogued chip does not fall back to its heading's chip", () => {
  const note = '# H200 notes\n\nThe GH200 has 96 GB of HBM3.\n\nIt has 141 GB of HBM3e.\n';
  const gh = claimIn(note, '96 GB');
  assert.equal(gh.evaluation.verdict, 'unverifiable');
  assert.match(gh.evaluation.reason, /GH200/);
  assert.equal(claimIn(note, '141 GB').evaluation.verdict, 'consistent', 'the heading still names the chip of the next statement');
});

test('a heading naming only an uncatalogued chip stops the frontmatter chip from applying', () => {
  const note = '---\nhardware: H100\n---\n# TPU v4 deep dive\n\nIt has 32 GB of HBM2 at 1.2 TB/s.\n';
  for (const raw of ['32 GB', '1.2 TB/s']) assert.match(claimIn(note, raw).evaluation.reason, /about TPU v4/);
  // Once catalogued, the heading's chip is what the figures are checked against (not the frontmatter's H100).
  const gaudi = '---\nhardware: H100\n---\n# Gaudi 3 deep dive\n\nIt has 128 GB of HBM2e at 3.7 TB/s.\n';
  for (const raw of ['128 GB', '3.7 TB/s']) {
    assert.equal(claimIn(gaudi, raw).evaluation.verdict, 'consistent', raw);
    assert.match(claimIn(gaudi, raw).subject, /Gaudi 3/, raw);
  }
});

test('a table row of an uncatalogued chip is not judged; catalogued rows are', () => {
  const note = '| GPU | HBM | Bandwidth |\n|---|---|---|\n| H100 SXM | 80 GB | 3.35 TB/s |\n| V100 | 32 GB | 900 GB/s |\n';
  assert.equal(claimIn(note, '80 GB').evaluation.verdict, 'consistent');
  assert.equal(claimIn(note, '3.35 TB/s').evaluation.verdict, 'consistent');
  assert.match(claimIn(note, '32 GB').evaluation.reason, /about V100/);
  assert.match(claimIn(note, '900 GB/s').evaluation.reason, /about V100/);
});

test('a model the catalog lacks stops the frontmatter model from applying', () => {
  const note = '---\nmodel: Llama 3.1 70B\n---\nLlama 2 7B weights are 14 GB in FP16.\n\nThe weights are 141 GB in FP16.\n';
  assert.equal(claimIn(note, '14 GB').evaluation.verdict, 'unverifiable', 'not judged as Llama 3.1 70B weights');
  assert.equal(claimIn(note, '141 GB').evaluation.verdict, 'consistent', 'the frontmatter model still applies elsewhere');
});

test('market figures in a sentence naming an uncatalogued chip keep their own reason', () => {
  const c = claimIn('Intel priced Gaudi 3 at $125M per cluster.', '$125M per cluster');
  assert.match(c.evaluation.reason, /market or business figure/);
});

test("the user's hardware file makes an uncatalogued name checkable", () => {
  const { accelerators, errors } = mergeUserHardware([
    { id: 'nvidia-v100-sxm2-32gb', name: 'V100 SXM2 32GB', aliases: ['V100'], hbmCapacity: { value: 32, unit: 'GB', source: 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf' } },
  ]);
  assert.deepEqual(errors, []);
  const c = claimIn('---\nhardware: H100\n---\nA V100 has 32 GB of HBM2.\n', '32 GB', { userAccelerators: accelerators });
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.derivation.join(' '), /V100 SXM2 32GB/);
});

test('a chip from the hardware file named in a statement is that chip, whatever its name', () => {
  const { accelerators, errors } = mergeUserHardware([
    { id: 'lab-x1', name: 'Lab Accelerator', aliases: ['Lab Accelerator'], hbmCapacity: { value: 96, unit: 'GB', source: 'https://example.com/x1' } },
  ]);
  assert.deepEqual(errors, []);
  const c = claimIn('---\nhardware: H100\n---\nThe Lab Accelerator has 96 GB of HBM.\n', '96 GB', { userAccelerators: accelerators });
  assert.equal(c.evaluation.verdict, 'consistent');
  assert.match(c.evaluation.derivation.join(' '), /Lab Accelerator/);
});
