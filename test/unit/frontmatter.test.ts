import { test } from 'node:test';
import { analyzeNote } from '../../src/core/note.js';
import assert from 'node:assert/strict';
import { parseFrontmatter, rawFrontmatterValue } from '../../src/core/frontmatter.js';
import { normalizeDate, parseDateText } from '../../src/core/dates.js';

test('YAML frontmatter: data, span and body start', () => {
  const text = "---\ntitle: 'nvidia gtc day 1'\ntags: 'journal'\ndate: 'Mar 18, 2025'\n---\n\nbody";
  const fm = parseFrontmatter(text);
  assert.equal(fm.kind, 'yaml');
  assert.equal(fm.data.title, 'nvidia gtc day 1');
  assert.equal(text.slice(fm.bodyStart), '\nbody');
  assert.deepEqual(fm.problems, []);
});

test('TOML frontmatter with +++ fences, including CRLF line endings', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = ['+++', 'title = "GPU Mode"', 'date = 2025-01-28', 'draft = true', '+++', '', 'Three days of fun.'].join(eol);
    const fm = parseFrontmatter(text);
    assert.equal(fm.kind, 'toml');
    assert.equal(fm.data.title, 'GPU Mode');
    assert.equal(fm.data.draft, true);
    assert.ok(fm.data.date instanceof Date);
    assert.deepEqual(fm.problems, [], `no problems with ${JSON.stringify(eol)}`);
    assert.ok(text.slice(fm.bodyStart).includes('Three days'));
  }
});

test('malformed YAML yields a positioned problem and the note keeps its body', () => {
  const text = '---\ntitle: ok\ntags: [a, b\n---\n# Heading\n';
  const fm = parseFrontmatter(text);
  assert.equal(fm.kind, 'yaml');
  assert.equal(fm.problems.length, 1);
  const p = fm.problems[0]!;
  assert.equal(p.code, 'frontmatter-invalid');
  assert.match(p.message, /Malformed YAML frontmatter \(\d+:\d+\)/);
  assert.ok(p.span && p.span.start >= 4 && p.span.start <= text.indexOf('---', 4));
  assert.equal(text.slice(fm.bodyStart), '# Heading\n');
});

test('malformed TOML reports the line of the error', () => {
  const text = '+++\ntitle = "ok"\ndate = = 3\n+++\nbody';
  const fm = parseFrontmatter(text);
  assert.equal(fm.problems.length, 1);
  assert.match(fm.problems[0]!.message, /Malformed TOML frontmatter \(3:/);
  const span = fm.problems[0]!.span!;
  const line3 = text.indexOf('date = = 3');
  assert.ok(span.start >= line3 && span.end <= line3 + 'date = = 3'.length, 'the span sits on the bad line');
});

test('unclosed frontmatter is reported, and a lone --- is a thematic break', () => {
  const unclosed = parseFrontmatter('---\ntitle: x\nno end');
  assert.equal(unclosed.problems[0]?.code, 'frontmatter-invalid');
  assert.match(unclosed.problems[0]!.message, /never closed/);
  const hr = parseFrontmatter('---\n\nJust a rule above.');
  assert.equal(hr.kind, 'none');
});

test('dates people write normalise to ISO and keep the original', () => {
  assert.deepEqual(normalizeDate('Mar 18, 2025'), { iso: '2025-03-18', original: 'Mar 18, 2025' });
  assert.equal(parseDateText('18 March 2025'), '2025-03-18');
  assert.equal(parseDateText('March 18th 2025'), '2025-03-18');
  assert.equal(parseDateText('2025/03/18'), '2025-03-18');
  assert.equal(parseDateText('03/18/2025'), '2025-03-18');
  assert.equal(parseDateText('18.03.2025'), '2025-03-18');
  assert.equal(parseDateText('2025-01-28T09:30:00Z'), '2025-01-28T09:30:00Z');
  assert.equal(parseDateText('Sept 3, 2024'), '2024-09-03');
  assert.equal(parseDateText('31/02/2025'), null);
  assert.equal(parseDateText('someday'), null);
  const d = normalizeDate(new Date(Date.UTC(2025, 0, 28)), '2025-01-28');
  assert.deepEqual(d, { iso: '2025-01-28', original: '2025-01-28' });
});

test('the raw text of a frontmatter value: trimmed, unquoted, and linear on a line of many blanks', () => {
  const raw = (text: string, key: string) => rawFrontmatterValue(text, parseFrontmatter(text).contentSpan, key);
  assert.equal(raw('---\ndate:   Mar 18, 2025  \r\ntitle: x\n---\n', 'date'), 'Mar 18, 2025');
  assert.equal(raw("---\ndate: '18.03.2025'\n---\n", 'date'), '18.03.2025');
  assert.equal(raw('+++\ndate = 2025-03-18\n+++\n', 'date'), '2025-03-18');
  assert.equal(raw('---\ntitle: x\n---\n', 'date'), null);
  // A value with 200,000 blanks inside: a backtracking pattern would take hours here, this takes a moment.
  const blanks = ' '.repeat(200_000);
  assert.equal(raw(`---\ndate: 2025${blanks}x${blanks}\n---\n`, 'date'), `2025${blanks}x`);
});

test('Logseq page properties at the top of a note without frontmatter give its title, date and tags', () => {
  const text = 'title:: GTC 2025 hallway notes\ntags:: gtc, #hbm, [[Blackwell Ultra]]\ndate:: [[Mar 19th, 2025]]\nhardware:: B200\n\n- B200 has 192 GB\n';
  const fm = parseFrontmatter(text);
  assert.equal(fm.kind, 'none');
  assert.equal(fm.bodyStart, 0, 'the properties stay in the body, as Logseq shows them');
  assert.deepEqual(fm.data, { title: 'GTC 2025 hallway notes', tags: ['gtc', 'hbm', 'Blackwell Ultra'], date: 'Mar 19th, 2025', hardware: 'B200' });
  const note = analyzeNote('journals/2025_03_19.md', text);
  assert.equal(note.title, 'GTC 2025 hallway notes');
  assert.equal(note.date?.iso, '2025-03-19');
  assert.deepEqual(note.tags, ['gtc', 'hbm', 'Blackwell Ultra']);
  // Only lines at the very top count: a "key:: value" further down, or after other text, is body.
  assert.deepEqual(parseFrontmatter('# Title\ntitle:: not a property\n').data, {});
  assert.deepEqual(parseFrontmatter('- speaker:: [[Priya Raghavan]]\n').data, {});
  assert.deepEqual(parseFrontmatter('note: a colon, not a property\n').data, {});
});

test('dates in Japanese, Chinese, Korean and European languages', () => {
  assert.equal(parseDateText('2025年6月14日'), '2025-06-14');
  assert.equal(parseDateText('2025년 6월 14일'), '2025-06-14');
  assert.equal(parseDateText('14. März 2025'), '2025-03-14');
  assert.equal(parseDateText('1er juillet 2025'), '2025-07-01', 'juillet is not juin');
  assert.equal(parseDateText('14 juin 2025'), '2025-06-14');
  assert.equal(parseDateText('14 de junio de 2025'), '2025-06-14');
  assert.equal(parseDateText('3 dicembre 2024'), '2024-12-03');
  assert.equal(parseDateText('5 mei 2025'), '2025-05-05');
  assert.equal(parseDateText('2025年2月30日'), null, 'no 30 February');
  assert.equal(parseDateText('14 Foo 2025'), null);
});

test('Notion\'s exported properties ("Created: March 18, 2025 9:30 AM", "Tags: gpu, hbm") give the date, tags and event', () => {
  const note = analyzeNote('n.md', '# GTC notes\n\nCreated: March 18, 2025 9:30 AM\nTags: gpu, hbm\nEvent: GTC 2025\n\nThe H100 has 80 GB.\n');
  assert.equal(note.date?.iso, '2025-03-18');
  assert.deepEqual(note.tags, ['gpu', 'hbm']);
  assert.equal(note.event, 'GTC 2025');
  // A paragraph of prose is no property block, even with a colon in each line.
  const prose = analyzeNote('p.md', '# Notes\n\nNote: the H100 has 80 GB.\nAlso: it draws 700 W.\n');
  assert.deepEqual(prose.tags, []);
  assert.equal(prose.date, null);
});

test('a YAML alias bomb is malformed frontmatter, not a billion values; an impossible date is said, not rolled over', () => {
  const lines = ['---', 'title: Laughs', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 8; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`);
  lines.push('---', '# Laughs', '');
  const note = analyzeNote('bomb.md', lines.join('\n'));
  assert.ok(note.problems.some((p) => p.code === 'frontmatter-invalid' && /expands to more than/.test(p.message)));
  assert.ok(!('a8' in note.frontmatter), 'the expanding keys are not kept');
  const bad = analyzeNote('d.md', '---\ndate: 2024-13-45\n---\n# T\n');
  assert.equal(bad.date, null);
  assert.match(bad.problems.map((p) => p.message).join(' '), /2024-13-45 is no calendar date/);
});
