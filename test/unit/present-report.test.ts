import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/note.js';
import { buildReport, renderReportHtml, renderReportMarkdown, reportCsp } from '../../src/core/present/report.js';

const A_TEXT = `# B notes

The H100 SXM has 80 GB of HBM3 at 3.35 TB/s.
On the H100, 80 GB drains in 2 ms <script>alert(1)</script>.
We saw 1.3M hopper GPUs.
`;
const A = analyzeNote('file:///w/b-notes.md', A_TEXT, {});
const B = analyzeNote('file:///w/a-notes.md', '# A notes\n\nNothing numeric here, but a mojibake: donâ€™t.\n', {});
const C = analyzeNote('file:///w/c.md', '# Empty\n\nplain prose\n', {});

const opts = { scope: 'Workspace', generated: new Date(2025, 5, 1, 9, 5), displayPath: (id: string) => id.replace('file:///w/', '') };

test('report groups claims by note (by path) and by verdict, worst first', () => {
  const m = buildReport([A, B, C], { ...opts, skipped: [{ id: 'file:///w/bin.md', message: 'Not indexed: looks binary' }] });
  assert.equal(m.notesChecked, 3);
  assert.deepEqual(m.notes.map((n) => n.path), ['a-notes.md', 'b-notes.md'], 'notes without claims or problems are left out');
  const b = m.notes[1]!;
  assert.deepEqual(b.groups.map((g) => g.verdict), ['inconsistent', 'unverifiable', 'consistent'].filter((v) => b.groups.some((g) => g.verdict === v)));
  assert.equal(b.groups[0]!.verdict, 'inconsistent');
  assert.equal(b.tally.total, A.claims.length);
  assert.equal(m.tally.total, A.claims.length + B.claims.length + C.claims.length);
  for (const g of b.groups) for (let i = 1; i < g.claims.length; i++) assert.ok(g.claims[i - 1]!.line <= g.claims[i]!.line);
  const drain = b.groups[0]!.claims.find((c) => c.claim.quantity.raw === '2 ms')!;
  assert.equal(drain.line, 3);
  assert.equal(m.notes[0]!.problems[0]!.problem.code, 'mojibake');
  assert.equal(m.skipped[0]!.path, 'bin.md');
});

test('markdown report links back to file:line and escapes note text', () => {
  const m = buildReport([A, B], opts);
  const md = renderReportMarkdown(m, (id, line) => `${id}#L${line + 1}`);
  assert.match(md, /^# Roofline Notes report/);
  assert.match(md, /\[b-notes\.md:4\]\(file:\/\/\/w\/b-notes\.md#L4\)/);
  assert.match(md, /### ✗ Inconsistent \(1\)/);
  assert.match(md, /80 GB ÷ 3\.35 TB\/s/);
  assert.ok(A.claims.some((c) => c.statement.includes('<script>')));
  assert.ok(!md.includes('<script>'));
  assert.ok(md.includes('\\<script\\>'));
  assert.match(md, /2025-06-01 09:05/);
});

test('HTML report has a strict CSP, no scripts, escaped text and command links', () => {
  const m = buildReport([A, B], opts);
  const html = renderReportHtml(m, {
    cspSource: 'vscode-webview://abc',
    styleHref: 'vscode-webview://abc/media/report.css',
    link: (id, line) => `command:rooflineNotes.revealLocation?${encodeURIComponent(JSON.stringify([id, line]))}`,
  });
  assert.ok(html.includes(`content="default-src &#39;none&#39;; style-src vscode-webview://abc; img-src vscode-webview://abc https:;"`));
  assert.equal(reportCsp('X'), "default-src 'none'; style-src X; img-src X https:;");
  assert.ok(!/<script/i.test(html));
  assert.ok(html.includes('&lt;script&gt;'));
  assert.match(html, /href="command:rooflineNotes\.revealLocation\?%5B%22file%3A%2F%2F%2Fw%2Fb-notes\.md%22%2C3%5D"/);
  assert.match(html, /<details class="group v-consistent">/);
  assert.match(html, /<details class="group v-inconsistent" open>/);
});

test('an empty report says so', () => {
  const m = buildReport([C], opts);
  assert.match(renderReportMarkdown(m, () => '#'), /No claims or problems found/);
});

test('a large report lists inconsistent claims and only counts the rest', () => {
  const many = Array.from({ length: 30 }, (_, i) => analyzeNote(`file:///w/n${String(i).padStart(2, '0')}.md`, A_TEXT, {}));
  const full = buildReport(many, opts);
  assert.equal(full.omitted, 0);
  const small = buildReport(many, { ...opts, maxListed: 10 });
  const listed = small.notes.flatMap((n) => n.groups.flatMap((g) => g.claims));
  assert.ok(listed.length <= 10);
  assert.ok(listed.every((c) => c.claim.evaluation.verdict === 'inconsistent'));
  assert.equal(small.omitted + listed.length, small.tally.total);
  const md = renderReportMarkdown(small, () => '#');
  assert.match(md, /claims are counted but not listed/);
  assert.match(md, /### ✓ Consistent \(\d+\)\n\n\*\d+ not listed\.\*/);
});
