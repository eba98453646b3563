import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { analyzeNote } from '../../src/core/note.js';
import { combineGlobs, enabledGlobs, globToRegExp, matchesAny } from '../../src/core/present/glob.js';
import { locateInJson, locateInYaml, parseJsonPath } from '../../src/core/present/jsonPath.js';
import { DEFAULT_SETTINGS, indexOptions, needsReanalysis, normalizeSettings } from '../../src/core/present/settings.js';
import { claimDescription, groupClaims, groupTalksByEvent, groupTalksBySpeaker, talkLabel } from '../../src/core/present/tree.js';
import { parseWikilinkInner, rooflineMarkdownItPlugin, type MarkdownItLike } from '../../src/core/present/markdownIt.js';
import { formatRatio, formatTolerance, tallyShort, tally, valuesAgree } from '../../src/core/present/format.js';
import { WorkspaceIndex } from '../../src/core/workspace.js';

test('globs follow VS Code semantics', () => {
  assert.ok(globToRegExp('**/*.md').test('a.md'));
  assert.ok(globToRegExp('**/*.md').test('x/y/a.md'));
  assert.ok(!globToRegExp('*.md').test('x/a.md'));
  assert.ok(globToRegExp('**/*.{md,markdown}').test('x/a.markdown'));
  assert.ok(globToRegExp('notes/[a-c]?.md').test('notes/b1.md'));
  assert.ok(!globToRegExp('notes/[!a-c]?.md').test('notes/b1.md'));
  assert.ok(matchesAny('node_modules/pkg/readme.md', ['**/node_modules/**']));
  assert.ok(matchesAny('a/node_modules/pkg/readme.md', ['**/node_modules']), 'a folder pattern excludes its contents');
  assert.ok(!matchesAny('notes/a.md', ['**/node_modules/**', '**/.git']));
  assert.deepEqual(enabledGlobs({ '**/.git': true, '**/x': false, y: 'no' }), ['**/.git']);
  assert.equal(combineGlobs(['**/*.md', '**/*.markdown']), '{**/*.md,**/*.markdown}');
  assert.equal(combineGlobs(['**/*.{a,b}']), undefined);
});

test('JSON paths are located in JSON text', () => {
  assert.deepEqual(parseJsonPath('$.accelerators[0].flops[1]["odd key"]'), ['accelerators', 0, 'flops', 1, 'odd key']);
  const json = '[\n  { "id": "lab", "flops": [ { "value": 1 }, { "value": 2, "precision": "bf17" } ] }\n]';
  const span = locateInJson(json, '$[0].flops[1].precision')!;
  assert.equal(json.slice(span.start, span.end), '"precision"');
  const missing = locateInJson(json, '$[0].flops[0].unit')!;
  assert.equal(json.slice(missing.start, missing.end), '{ "value": 1 }', 'falls back to the nearest ancestor');
});

test('JSON paths are located in block YAML', () => {
  const yaml = 'accelerators:\n  - id: lab\n    name: Lab GPU\n    flops:\n      - value: 1\n        unit: PFLOPS\n      - value: 2\n        precision: bf17\n';
  const span = locateInYaml(yaml, '$.accelerators[0].flops[1].precision')!;
  assert.equal(yaml.slice(span.start, span.end), 'precision: bf17');
  const name = locateInYaml(yaml, '$.accelerators[0].name')!;
  assert.equal(yaml.slice(name.start, name.end), 'name: Lab GPU');
  const id = locateInYaml(yaml, '$.accelerators[0].id')!;
  assert.equal(yaml.slice(id.start, id.end), 'id: lab');
});

test('settings are validated and map to core options', () => {
  const raw: Record<string, unknown> = { 'tolerances.exact': -1, 'severity.unverifiable': 'off', 'severity.problems': 'info', include: ['**/*.md', 3], maxFileSize: 1000, defaultHardware: ' H100 ' };
  const s = normalizeSettings((k) => raw[k]);
  assert.equal(s.tolerances.exact, DEFAULT_SETTINGS.tolerances.exact);
  assert.equal(s.severity.unverifiable, 'off');
  assert.equal(s.severity.problems, 'information');
  // Unset: unverifiable claims are editor hints, kept out of the Problems panel.
  assert.equal(normalizeSettings(() => undefined).severity.unverifiable, 'hint');
  assert.deepEqual(s.include, ['**/*.md']);
  assert.equal(s.defaultHardware, 'H100');
  const o = indexOptions(s);
  assert.equal(o.maxFileBytes, 1000);
  assert.equal(o.defaultHardware, 'H100');
  assert.ok(needsReanalysis(DEFAULT_SETTINGS, s));
  assert.ok(!needsReanalysis(s, { ...s, severity: { ...s.severity, inconsistent: 'error' } }));
});

test('format helpers', () => {
  assert.equal(formatRatio(0.08375), '0.08×');
  assert.equal(formatRatio(1), '1.00×');
  assert.equal(formatRatio(312.4), '312×');
  assert.equal(formatRatio(null), null);
  assert.equal(formatTolerance(0.05), '±5%');
  assert.ok(valuesAgree(100, 120));
  assert.ok(!valuesAgree(100, 200));
});

test('tree groups: events → talks, speakers → talks, notes → claims', () => {
  const index = new WorkspaceIndex();
  index.updateText('file:///w/day1.md', '---\nevent: GTC 2025\n---\n# Day 1\n\n6:30 PM | Jane Doe (NVIDIA) - Fast kernels\n7:00 PM | John Roe (AMD) - MI300X tricks\n');
  index.updateText('file:///w/day2.md', '---\nevent: GTC 2025\n---\n# Day 2\n\n9:00 AM | Jane Doe (NVIDIA) - More kernels\n');
  index.updateText('file:///w/h.md', '# H\n\nOn the H100, 80 GB drains in 2 ms. The H100 SXM has 80 GB of HBM3.\n');
  const events = groupTalksByEvent(index.allNotes());
  assert.equal(events.length, 1);
  assert.equal(events[0]!.event, 'GTC 2025');
  assert.equal(events[0]!.talks.length, 3);
  assert.equal(talkLabel(events[0]!.talks[0]!.talk), 'Fast kernels');
  const speakers = groupTalksBySpeaker(index.speakers(), (id) => index.getNote(id));
  const jane = speakers.find((s) => s.name === 'Jane Doe')!;
  assert.equal(jane.talks.length, 2);
  const claims = groupClaims(index.allNotes(), new Set(['inconsistent', 'consistent', 'unverifiable'] as const), (id) => id);
  const h = claims.find((c) => c.noteId === 'file:///w/h.md')!;
  assert.equal(h.worst, 'inconsistent');
  assert.match(claimDescription(h.claims.find((c) => c.claim.quantity.raw === '2 ms')!.claim), /model 23\.9 ms · 0\.08×/);
  const onlyBad = groupClaims(index.allNotes(), new Set(['inconsistent'] as const), (id) => id);
  assert.ok(onlyBad.every((n) => n.claims.every((c) => c.claim.evaluation.verdict === 'inconsistent')));
  assert.equal(tallyShort(tally(h.claims.map((c) => c.claim))), `✓ ${h.tally.consistent} ✗ ${h.tally.inconsistent}`);
});

test('wikilink inner text parses target, section and label', () => {
  assert.deepEqual(parseWikilinkInner('note#Sec|Label'), { target: 'note', section: 'Sec', label: 'Label' });
  assert.deepEqual(parseWikilinkInner('note'), { target: 'note' });
  assert.deepEqual(parseWikilinkInner('#Local'), { target: '', section: 'Local' });
  assert.equal(parseWikilinkInner('  '), undefined);
});

// markdown-it ships with @vscode/vsce (a dev dependency); skip if it is not installed.
function loadMarkdownIt(): (new (opts?: object) => MarkdownItLike & { render(src: string, env?: object): string; parse(src: string, env: object): unknown }) | undefined {
  try {
    return createRequire(import.meta.url)('markdown-it');
  } catch {
    return undefined;
  }
}

test('markdown-it plugin renders wikilinks and verdict badges, escaping note text', (t) => {
  const MarkdownIt = loadMarkdownIt();
  if (!MarkdownIt) return t.skip('markdown-it not installed');
  const md = new MarkdownIt();
  const text = '# T\n\nSee [[other#Intro|the <b>other</b> note]] and [[missing<script>]].\n\nOn the H100, 80 GB drains in 2 ms.\n';
  const note = analyzeNote('file:///w/t.md', text, {});
  const envs: unknown[] = [];
  rooflineMarkdownItPlugin(md, {
    resolveWikilink: (target, _section, env) => {
      envs.push(env);
      return target === 'other' ? { href: './other.md#L3', title: 'Other "note"' } : undefined;
    },
    badges: () => note.claims.map((c) => ({ line: 4, raw: c.quantity.raw, verdict: c.evaluation.verdict, title: `${c.evaluation.verdict}: <${c.evaluation.modelText}>` })),
  });
  const env = { currentDocument: 'file:///w/t.md' };
  const html = md.render(text, env);
  assert.ok(envs.every((e) => e === env), 'resolved at render time with the render env');
  assert.equal(md.render(text, env), html, 'rendering again gives the same HTML (no accumulated badges)');
  assert.match(html, /<a href="\.\/other\.md#L3" title="Other &quot;note&quot;" class="roofline-wikilink">the &lt;b&gt;other&lt;\/b&gt; note<\/a>/);
  assert.match(html, /<span class="roofline-wikilink roofline-broken" title="No note named “missing&lt;script&gt;” in the workspace">missing&lt;script&gt;<\/span>/);
  assert.match(html, /2 ms<span class="roofline-badge roofline-inconsistent" title="inconsistent: &lt;23\.9 ms&gt;" aria-label="Inconsistent">✗<\/span>/);
  assert.ok(!html.includes('<script>'));
  // Cached tokens (VS Code keeps them per document version) are not modified by rendering.
  const tokens = md.parse(text, {});
  const before = JSON.stringify(tokens);
  (md as unknown as { renderer: { render(t: unknown, o: unknown, e: unknown): string } }).renderer.render(tokens, {}, env);
  assert.equal(JSON.stringify(tokens), before);
});
