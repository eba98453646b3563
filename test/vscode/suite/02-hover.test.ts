import * as assert from 'node:assert/strict';
import { getApi, hoverText, openNote, positionOf } from '../helpers';

describe('hover', () => {
  before(async () => { await getApi(); });

  it('on an inconsistent claim shows the verdict and the derivation', async () => {
    const { doc } = await openNote('h200-notes.md');
    const text = await hoverText(doc.uri, positionOf(doc, '10 ms', 1));
    assert.match(text, /\binconsistent\b/i, `hover was:\n${text}`);
    // 141 GB ÷ 4.8 TB/s = 29.4 ms (H200 HBM3e)
    assert.match(text, /141\s*GB\s*(÷|\/)\s*4\.8\s*TB\/s\s*=\s*29\.4\s*ms/, `hover was:\n${text}`);
  });

  it('on a consistent claim shows the verdict "consistent"', async () => {
    const { doc } = await openNote('h200-notes.md');
    const text = await hoverText(doc.uri, positionOf(doc, 'about 300', 'about '.length + 1));
    assert.match(text, /(^|[^n])consistent\b/i, `hover was:\n${text}`);
    assert.doesNotMatch(text, /\binconsistent\b/i, `hover was:\n${text}`);
  });

  it('on a hardware name shows a spec card', async () => {
    const { doc } = await openNote('h200-notes.md');
    const text = await hoverText(doc.uri, positionOf(doc, 'H100 SXM', 2));
    assert.match(text, /H100/, `hover was:\n${text}`);
    assert.match(text, /3\.35\s*TB\/s/, `hover was:\n${text}`);
  });

  it('on a chip the catalog lacks says so, and its claim is not judged against the note\'s H200', async () => {
    const { doc } = await openNote('h200-notes.md');
    const card = await hoverText(doc.uri, positionOf(doc, 'V100', 1));
    assert.match(card, /V100 · hardware not in the catalog/, `hover was:\n${card}`);
    assert.match(card, /rooflineNotes\.hardwareFile/, `hover was:\n${card}`);
    const claim = await hoverText(doc.uri, positionOf(doc, '32 GB', 1));
    assert.match(claim, /\bunverifiable\b/i, `hover was:\n${claim}`);
    assert.match(claim, /about V100, which is not in the catalog/, `hover was:\n${claim}`);
    assert.doesNotMatch(claim, /141 GB/, `hover was:\n${claim}`);
  });

  it('shows nothing of ours on plain prose', async () => {
    const { doc } = await openNote('roofline-basics.md');
    const text = await hoverText(doc.uri, positionOf(doc, 'memory-bound', 3));
    for (const w of ['consistent', 'inconsistent', 'unverifiable']) {
      assert.doesNotMatch(text, new RegExp(`\\b${w}\\b`, 'i'), `unexpected hover:\n${text}`);
    }
  });
});
