import { test } from 'node:test';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { commandUri, escapeHtml, escapeMarkdown, locationHref, markdownLink, markdownLinkTarget, safeWebUrl, sourceLink, truncate } from '../../src/core/present/escape.js';

// markdown-it ships with @vscode/vsce (a dev dependency): a CommonMark + GFM renderer to prove
// that escaped text renders as exactly the original characters, with no markup at all.
type Md = { render(src: string): string; renderInline(src: string): string };
function markdownIt(): Md | undefined {
  try {
    const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (o?: object) => Md;
    return new MarkdownIt({ html: true, linkify: true });
  } catch {
    return undefined;
  }
}

const EVIL = [
  '<script>alert(1)</script>',
  '[x](command:workbench.action.terminal.new)',
  '[y]: command:workbench.action.terminal.new',
  '`rm -rf` and ``double``',
  '*bold* _it_ **strong** ~~strike~~',
  '![img](https://x/y.png)',
  'https://example.com www.example.com mail@example.com',
  '<img src=x onerror=alert(1)>',
  '&lt;script&gt; &#x3C;b&#x3E; &amp;',
  '# heading',
  '- item',
  '+ item',
  '1. item',
  '2) item',
  '> quote',
  '=====',
  '    indented code',
  '| a | b |',
  '$(zap) $x$',
  'back\\slash\\',
  '<https://auto.link> <command:foo>',
];

function renderedText(html: string): string {
  // The only markup allowed in the output is the paragraph around it.
  const inner = html.trim().replace(/^<p>/, '').replace(/<\/p>$/, '');
  assert.ok(!/<(?!\/?p>)/.test(inner), `markup in ${html}`);
  return inner.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

test('escapeMarkdown: note text renders as itself — no HTML, links, images, code, emphasis or blocks', (t) => {
  const md = markdownIt();
  if (!md) return t.skip('markdown-it not installed');
  for (const evil of EVIL) {
    const escaped = escapeMarkdown(evil);
    assert.equal(renderedText(md.render(escaped)), evil.trim(), `${JSON.stringify(evil)} → ${escaped}`);
  }
  const all = escapeMarkdown(EVIL.join(' '));
  assert.equal(renderedText(md.render(all)), EVIL.join(' '));
  // In a table cell and after a list marker it stays inert too.
  const table = md.render(`| k | v |\n|---|---|\n| x | ${escapeMarkdown('a | b `c` <i>')} |`);
  assert.match(table, /<td>a \| b `c` &lt;i&gt;<\/td>/);
});

test('escapeMarkdown keeps ordinary text readable', () => {
  assert.equal(escapeMarkdown('141 GB ÷ 4.8 TB/s = 29.4 ms (H200 HBM3e)'), '141 GB ÷ 4.8 TB/s = 29.4 ms (H200 HBM3e)');
  assert.equal(escapeMarkdown('hardware: H100 SXM5 80GB (named in the statement ("H100 SXM"))'), 'hardware: H100 SXM5 80GB (named in the statement ("H100 SXM"))');
});

test('escapeMarkdown collapses line breaks and strips control and bidi characters', () => {
  assert.equal(escapeMarkdown('a\n\n# heading\r\n- item'), 'a # heading - item');
  assert.equal(escapeMarkdown('# a\nb'), '\\# a b');
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

test('sourceLink links URLs and escapes citations', (t) => {
  assert.match(sourceLink('https://www.nvidia.com/en-us/data-center/h100/'), /^\[nvidia\.com\/en-us\/data-center\/h100\/\]\(https:\/\/www\.nvidia\.com\/en-us\/data-center\/h100\/ "https\\:\/\/www\\\.nvidia\.com/);
  const md = markdownIt();
  if (!md) return t.skip('markdown-it not installed');
  assert.equal(renderedText(md.render(sourceLink('[evil](command:x) lab notebook'))), '[evil](command:x) lab notebook');
  assert.match(md.render(sourceLink('https://nvidia.com/a')), /<a href="https:\/\/nvidia\.com\/a" title="https:\/\/nvidia\.com\/a">nvidia\.com\/a<\/a>/);
});

test('markdown link targets cannot break out of the destination', () => {
  assert.equal(markdownLinkTarget('file:///a (1)/b c.md#L3'), 'file:///a%20%281%29/b%20c.md#L3');
  const link = markdownLink('a](command:x)', 'file:///n.md');
  assert.equal(link, '[a\\](command:x)](file:///n.md)');
});

test('commandUri encodes JSON arguments and locationHref adds a 1-based line fragment', () => {
  assert.equal(commandUri('rooflineNotes.setNoteHardware', ['file:///a b.md']), `command:rooflineNotes.setNoteHardware?${encodeURIComponent('["file:///a b.md"]')}`);
  assert.equal(locationHref('file:///w/a.md', 0), 'file:///w/a.md#L1');
  assert.equal(locationHref('file:///w/a.md#old', 9), 'file:///w/a.md#L10');
});
