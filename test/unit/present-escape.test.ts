import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandUri, escapeHtml, escapeMarkdown, locationHref, markdownLink, markdownLinkTarget, safeWebUrl, sourceLink, truncate } from '../../src/core/present/escape.js';

// A tiny check that no markdown construct survives: every ASCII punctuation character is escaped.
function assertInert(md: string): void {
  for (let i = 0; i < md.length; i++) {
    const c = md[i]!;
    if (c === '\\') {
      assert.match(md[i + 1] ?? '', /[!-/:-@[-`{-~]/, `a backslash escapes punctuation at ${i} in ${md}`);
      i++; // skip the escaped character
    } else {
      assert.ok(!/[!-/:-@[-`{-~]/.test(c), `unescaped ${JSON.stringify(c)} at ${i} in ${md}`);
    }
  }
}

test('escapeMarkdown neutralises HTML, links, command links, code spans and emphasis', () => {
  const evil = '<script>alert(1)</script> [x](command:workbench.action.terminal.new) `code` *bold* _it_ ![img](https://x/y.png) https://example.com <img src=x onerror=alert(1)>';
  const out = escapeMarkdown(evil);
  assertInert(out);
  assert.ok(!out.includes('<script>'));
  assert.ok(!/\]\(/.test(out.replace(/\\\]\\\(/g, '')), 'no link syntax left');
  assert.ok(!out.includes('`'.repeat(1)) || out.includes('\\`'));
  assert.ok(out.includes('\\<script\\>'));
  assert.ok(out.includes('command\\:'));
});

test('escapeMarkdown collapses line breaks and strips control and bidi characters', () => {
  assert.equal(escapeMarkdown('a\n\n# heading\r\n- item'), 'a \\# heading \\- item');
  assert.equal(escapeMarkdown('x\u202ey\u0007z'), 'xyz');
});

test('truncate keeps surrogate pairs whole', () => {
  const s = 'ab😀cd';
  const t = truncate(s, 4);
  assert.equal(t, 'ab…');
  assert.equal(truncate('short', 10), 'short');
});

test('escapeHtml escapes attribute and element specials', () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&\``), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
});

test('safeWebUrl only lets http(s) through', () => {
  assert.equal(safeWebUrl('https://nvidia.com/a b'), 'https://nvidia.com/a%20b');
  assert.equal(safeWebUrl('javascript:alert(1)'), undefined);
  assert.equal(safeWebUrl('command:rooflineNotes.verifyWorkspace'), undefined);
  assert.equal(safeWebUrl('file:///etc/passwd'), undefined);
  assert.equal(safeWebUrl('data:text/html,hi'), undefined);
});

test('sourceLink links URLs and escapes citations', () => {
  assert.match(sourceLink('https://www.nvidia.com/en-us/data-center/h100/'), /^\[nvidia\\\.com.*\]\(https:\/\/www\.nvidia\.com\/en-us\/data-center\/h100\/ "/);
  const citation = sourceLink('[evil](command:x) lab notebook');
  assertInert(citation);
});

test('markdown link targets cannot break out of the destination', () => {
  assert.equal(markdownLinkTarget('file:///a (1)/b c.md#L3'), 'file:///a%20%281%29/b%20c.md#L3');
  const link = markdownLink('a](command:x)', 'file:///n.md');
  assert.equal(link, '[a\\]\\(command\\:x\\)](file:///n.md)');
});

test('commandUri encodes JSON arguments and locationHref adds a 1-based line fragment', () => {
  assert.equal(commandUri('rooflineNotes.setNoteHardware', ['file:///a b.md']), `command:rooflineNotes.setNoteHardware?${encodeURIComponent('["file:///a b.md"]')}`);
  assert.equal(locationHref('file:///w/a.md', 0), 'file:///w/a.md#L1');
  assert.equal(locationHref('file:///w/a.md#old', 9), 'file:///w/a.md#L10');
});
