// Non-English notes (audit 22): number formats, weights and sparsity words, and clause breaks of other languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/note.js';
import type { Claim } from '../../src/core/types.js';
import { parseQuantities } from '../../src/core/quantities.js';

function claims(sentence: string): Claim[] {
  return analyzeNote('check', sentence, { defaultHardware: 'H100' }).claims;
}
function claimFor(sentence: string, raw: RegExp): Claim {
  const c = claims(sentence).find((x) => raw.test(x.quantity.raw));
  assert.ok(c, `a claim matching ${raw} in "${sentence}"`);
  return c;
}

test('audit 22: Swiss and typographic apostrophes group thousands ("1\'979 TFLOPS", "1’000 W")', () => {
  assert.deepEqual(parseQuantities("Die H100 liefert 1'979 TFLOPS FP8.").map((q) => q.value), [1.979e15]);
  assert.deepEqual(parseQuantities('Die MI325X braucht 1’000 W.').map((q) => q.value), [1000]);
  assert.deepEqual(parseQuantities("Ein Rack mit 1'000'000 Kernen.").map((q) => q.value), [1e6]);
  const h100 = claimFor("Die H100 liefert 1'979 TFLOPS FP8.", /979/);
  assert.equal(h100.quantity.raw, "1'979 TFLOPS");
  assert.equal(h100.evaluation.verdict, 'consistent', h100.evaluation.reason);
});

test('audit 22: weights words in French, Spanish, Portuguese and Italian make a model\'s size its weights, not the GPU\'s HBM', () => {
  const weights = (s: string, raw: RegExp) => {
    const c = claimFor(s, raw);
    assert.equal(c.evaluation.verdict, 'consistent', `${s}: ${c.evaluation.reason}`);
    assert.match(c.subject, /^weights of Llama 3\.1/, s);
  };
  weights('Llama 3.1 405B en BF16 pèse 810 Go ; sur 8 H200 cela fait 1128 Go de HBM au total.', /810/);
  weights('Les poids de Llama 3.1 405B en BF16 font 810 Go.', /810/);
  weights('Los pesos de Llama 3.1 405B en BF16 ocupan 810 GB; con FP8 son 405 GB.', /405 GB/);
  weights('O Llama 3.1 70B em BF16 precisa de 141 GB só de pesos.', /141/);
  weights('I pesi di Llama 3.1 405B in BF16 occupano 810 GB.', /810/);
  // The chips' memory beside the weights stays the chips': "1128 Go de HBM" on 8 H200.
  const hbm = claimFor('Llama 3.1 405B en BF16 pèse 810 Go ; sur 8 H200 cela fait 1128 Go de HBM au total.', /1128/);
  assert.equal(hbm.evaluation.verdict, 'consistent', hbm.evaluation.reason);
  assert.match(hbm.subject, /8 × H200.*HBM capacity/);
});

test('audit 22: sparsity words in Spanish, Portuguese and Chinese; full-width commas part the clauses', () => {
  const verdicts = (s: string) => claims(s).map((c) => `${c.quantity.raw} ${c.evaluation.verdict} ${c.evaluation.modelValue}`);
  // "con dispersión" / "com esparsidade" after the figure is its own sparsity, even with no comma before it.
  assert.equal(parseQuantities('9 PFLOPS con dispersión')[0]!.qualifiers?.sparsity, 'sparse');
  assert.equal(parseQuantities('5.230 TFLOPS com esparsidade')[0]!.qualifiers?.sparsity, 'sparse');
  assert.deepEqual(verdicts('La B200 alcanza 4,5 PFLOPS en FP8 denso y 9 PFLOPS con dispersión (FP8).'), ['4,5 PFLOPS consistent 4500000000000000', '9 PFLOPS consistent 9000000000000000']);
  assert.deepEqual(verdicts('B200: 4,5 PFLOPS FP8 denso e 9 PFLOPS com esparsidade.'), ['4,5 PFLOPS consistent 4500000000000000', '9 PFLOPS consistent 9000000000000000']);
  // 稠密 and 稀疏 in one statement: each figure takes its clause's word, and "，" "；" end a clause.
  assert.deepEqual(verdicts('B200 FP4 稠密算力 9 PFLOPS，稀疏 18 PFLOPS；FP8 稠密 4.5 PFLOPS。'), ['9 PFLOPS consistent 9000000000000000', '18 PFLOPS consistent 18000000000000000', '4.5 PFLOPS consistent 4500000000000000']);
  assert.deepEqual(verdicts('B200 の FP8 は スパース 9 PFLOPS、デンス 4.5 PFLOPS。'), ['9 PFLOPS consistent 9000000000000000', '4.5 PFLOPS consistent 4500000000000000']);
});

test('audit 22: a "(dense)" aside after a figure ends its qualifiers; the next clause\'s precision is the next figure\'s', () => {
  assert.deepEqual(parseQuantities('H100 FP8 1,979 TFLOPS (dense), BF16 989 TFLOPS.')[0]!.qualifiers, { precision: 'fp8', sparsity: 'dense' });
  const fp8 = claimFor('H100 FP8 1,979 TFLOPS (dense), BF16 989 TFLOPS.', /1,979/);
  assert.equal(fp8.evaluation.verdict, 'consistent', fp8.evaluation.reason);
  assert.match(fp8.subject, /dense FP8/);
  // Inside the parentheses a comma still joins: "(dense, BF16)" are both the figure's.
  assert.deepEqual(parseQuantities('The H100 does 989 TFLOPS (dense, BF16).')[0]!.qualifiers, { precision: 'bf16', sparsity: 'dense' });
  // "、" ends the clause too: FP8's figure is not BF16's sparse one.
  assert.match(claimFor('H100 の FP8 は 1,979 TFLOPS、BF16 は 989 TFLOPS。', /1,979/).subject, /dense FP8/);
});

test('audit 22: frontmatter language tags with any subtags, a list, a region in parentheses, or Catalan turn dot thousands on', () => {
  for (const lang of ['es-419', '[de]', 'de-Latn-CH', 'ca', 'Español (México)', 'es']) {
    const c = analyzeNote('n.md', `---\nlang: ${lang}\n---\nLa H200 tiene 4.800 GB/s de ancho de banda.\n`).claims[0]!;
    assert.equal(c.quantity.value, 4.8e12, lang);
    assert.equal(c.evaluation.verdict, 'consistent', lang);
  }
  for (const lang of ['en-US', 'fr', '[en, de]']) {
    assert.equal(analyzeNote('n.md', `---\nlang: ${lang}\n---\nLa H200 tiene 4.800 GB/s de ancho de banda.\n`).claims[0]!.quantity.value, 4.8e9, lang);
  }
});

test('audit 22: a capacity written as a variant\'s name ("A100 da 64 GB", "H100 64GB") the catalog lacks is unverifiable, not wrong', () => {
  for (const s of ['Leonardo usa A100 da 64 GB (versione custom).', 'MareNostrum 5 usa H100 de 64 GB (variante especial).', 'The cluster uses H100 64GB cards.']) {
    const c = claimFor(s, /64/);
    assert.equal(c.evaluation.verdict, 'unverifiable', s);
    assert.match(c.evaluation.reason, /memory variant of (?:A100|H100)/, s);
  }
  // A capacity the chip is said to have stays checked, and the catalogued variant's own name passes.
  assert.equal(claimFor('The H100 has 64 GB.', /64/).evaluation.verdict, 'inconsistent');
  assert.equal(claimFor('The H100 80GB has 80 GB.', /80 GB/).evaluation.verdict, 'consistent');
});

test('audit 22: with inference and training both named, each figure\'s clause says its workload', () => {
  const verdicts = (s: string) => claims(s).map((c) => c.evaluation.verdict);
  assert.deepEqual(verdicts('Rubin does 50 PFLOPS of FP4 for inference, 50 PFLOPS for training too.'), ['consistent', 'inconsistent']);
  assert.deepEqual(verdicts('Rubin does 50 PFLOPS of FP4 for inference, 35 PFLOPS for training.'), ['consistent', 'consistent']);
});

test('"mil milhões" is a thousand million (European Portuguese), and parameter words keep their accents', () => {
  const [pt] = parseQuantities('671 mil milhões de parâmetros');
  assert.equal(pt!.value, 671e9);
  assert.equal(pt!.noun, 'param');
  for (const s of ['O DeepSeek-V3 tem 671 mil milhões de parâmetros.', 'DeepSeek-V3 tiene 671 mil millones de parámetros.', 'DeepSeek-V3 a 671 milliards de paramètres.']) {
    assert.equal(claimFor(s, /671/).evaluation.verdict, 'consistent', s);
  }
  assert.equal(claimFor('O DeepSeek-V3 tem 335 mil milhões de parâmetros.', /335/).evaluation.verdict, 'inconsistent');
});

test('an aside set apart in full-width parentheses is not its figure\'s sparsity: "デンス性能は 4.5 PFLOPS（スパース値と混同）"', () => {
  for (const s of ['B200 の BF16 デンス性能は 4.5 PFLOPS と紹介された（スパース値と混同）。', "The B200's BF16 dense figure is 4.5 PFLOPS (confused with the sparse value)."]) {
    const c = claimFor(s, /4\.5/);
    assert.equal(c.evaluation.verdict, 'inconsistent', s);
    assert.equal(c.evaluation.modelValue, 2.25e15);
  }
});

test('dot thousands in Italian and German statements without `lang:`: "La H100 ha 1.979 TFLOPS", "1.979 TFLOPS FP8 (dicht), laut Datenblatt"', () => {
  for (const s of ['La H100 ha 1.979 TFLOPS FP8 denso, secondo la slide.', 'H100: 1.979 TFLOPS FP8 (dicht), laut Datenblatt.']) {
    const c = claimFor(s, /1\.979/);
    assert.equal(c.quantity.value, 1.979e15, s);
    assert.equal(c.evaluation.verdict, 'consistent', s);
  }
  // English keeps the dot a decimal point.
  assert.equal(claimFor('The H100 has 1.979 PFLOPS dense FP8.', /1\.979/).quantity.value, 1.979e15);
});

test('a fullwidth colon between a name and a figure is no time ("H100：80 GB")', () => {
  // Before: folded to "H100:80 GB", read as one token like "10:30", so 80 GB was no figure.
  assert.equal(claimFor('H100：80 GB、3.35 TB/s（HBM3）', /80 GB/).evaluation.verdict, 'consistent');
  assert.equal(claimFor('Ｈ２００：１４１ GB', /141/).evaluation.verdict, 'consistent');
  // (A time written with one still is one: "10：30".)
  assert.deepEqual(claims('会議は10：30から'), []);
});
