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
