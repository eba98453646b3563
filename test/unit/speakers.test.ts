import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSpeakerDirectory, damerauLevenshtein, foldName, isPlaceholderSpeaker } from '../../src/core/speakers.js';
import { extractTalks } from '../../src/core/talks.js';
import { parseFrontmatter } from '../../src/core/frontmatter.js';
import { parseMarkdown } from '../../src/core/markdown.js';
import type { Talk } from '../../src/core/types.js';
import { fixturesDir } from './helpers.js';

const FIXTURES = path.join(fixturesDir, 'talks');

function talk(names: string | (string | [string, string | null])[], title: string | null = null): Talk {
  const list = typeof names === 'string' ? [names] : names;
  return {
    title,
    speakers: list.map((n) => (Array.isArray(n) ? { name: n[0], affiliation: n[1] } : { name: n, affiliation: null })),
    time: null,
    event: null,
    span: { start: 0, end: 0 },
    source: 'schedule',
  };
}

function entry(noteId: string, names: string | (string | [string, string | null])[], title: string | null = null): { noteId: string; talk: Talk } {
  return { noteId, talk: talk(names, title) };
}

describe('foldName', () => {
  test('case-, accent- and punctuation-insensitive keys', () => {
    const cases: [string, string][] = [
      ['Yann LeCun', 'yann lecun'],
      ['yann lecun', 'yann lecun'],
      ['  Yann   Lecun ', 'yann lecun'],
      ['José Martínez-Ruiz', 'jose martinez-ruiz'],
      ['Jose Martinez–Ruiz', 'jose martinez-ruiz'], // en dash in a name
      ['Łukasz Kaiser', 'lukasz kaiser'],
      ['Søren Kierkegaard', 'soren kierkegaard'],
      ['Zoë Chen', 'zoe chen'],
      ['Zoe\u0308 Chen', 'zoe chen'], // decomposed
      ['Françoise Barré-Sinoussi', 'francoise barre-sinoussi'],
      ["Shane O'Brien", 'shane obrien'],
      ['Shane O’Brien', 'shane obrien'],
      ['J.R.R. Tolkien', 'j r r tolkien'],
      ['Ｊｅｎｓｅｎ Huang', 'jensen huang'], // full-width (NFKD)
      ['Straße', 'strasse'],
      ['Wei 李', 'wei 李'],
    ];
    for (const [input, expected] of cases) assert.equal(foldName(input), expected, input);
  });
});

describe('damerauLevenshtein', () => {
  test('distances with a cut-off', () => {
    assert.equal(damerauLevenshtein('kozyraki', 'kozyrakis', 2), 1);
    assert.equal(damerauLevenshtein('huang', 'haung', 2), 1); // transposition
    assert.equal(damerauLevenshtein('abc', 'abc', 2), 0);
    assert.equal(damerauLevenshtein('kitten', 'sitting', 5), 3);
    assert.equal(damerauLevenshtein('simon guo', 'simran arora', 2), 3); // > max → max + 1
    assert.equal(damerauLevenshtein('a', 'abcdef', 2), 3);
    assert.equal(damerauLevenshtein('', '', 0), 0);
  });
});

describe('buildSpeakerDirectory', () => {
  test('"Yann LeCun" / "yann lecun" / "Yann Lecun" are one speaker', () => {
    const dir = buildSpeakerDirectory([
      entry('a.md', 'Yann LeCun', 'World models'),
      entry('b.md', 'yann lecun'),
      entry('c.md', [['Yann Lecun', 'Meta']], 'JEPA'),
      entry('d.md', 'Yann LeCun'),
    ]);
    assert.equal(dir.speakers.length, 1);
    const [s] = dir.speakers;
    assert.equal(s!.key, 'yann lecun');
    assert.equal(s!.name, 'Yann LeCun');
    assert.deepEqual(s!.variants, ['Yann LeCun', 'yann lecun', 'Yann Lecun']);
    assert.deepEqual(s!.affiliations, ['Meta']);
    assert.deepEqual(s!.talks.map((t) => t.noteId), ['a.md', 'b.md', 'c.md', 'd.md']);
    assert.deepEqual(dir.misspellings, []);
  });

  test('"José Martínez" / "Jose Martinez" are one speaker named with the accents', () => {
    const dir = buildSpeakerDirectory([
      entry('a.md', 'Jose Martinez'),
      entry('b.md', 'Jose Martinez'),
      entry('c.md', [['José Martínez', 'UPM']]),
      entry('d.md', [['jose martinez', 'upm']]),
    ]);
    assert.equal(dir.speakers.length, 1);
    assert.equal(dir.speakers[0]!.name, 'José Martínez');
    assert.deepEqual(dir.speakers[0]!.variants, ['Jose Martinez', 'José Martínez', 'jose martinez']);
    assert.deepEqual(dir.speakers[0]!.affiliations, ['UPM']); // case-insensitive
  });

  test('a proper-cased spelling beats a more frequent lower-case one', () => {
    const dir = buildSpeakerDirectory([entry('a.md', 'jensen huang'), entry('b.md', 'jensen huang'), entry('c.md', 'Jensen Huang')]);
    assert.equal(dir.speakers[0]!.name, 'Jensen Huang');
  });

  test('"Christos Kozyraki" is reported as a likely misspelling of "Christos Kozyrakis"', () => {
    const dir = buildSpeakerDirectory([
      entry('gpu-mode.md', [['Christos Kozyraki', 'Stanford']], 'The State of Hardware'),
      entry('isca.md', [['Christos Kozyrakis', 'Stanford']], 'Vortex'),
    ]);
    assert.equal(dir.speakers.length, 2);
    assert.deepEqual(dir.misspellings, [
      {
        a: 'Christos Kozyraki',
        b: 'Christos Kozyrakis',
        message: '"Christos Kozyraki" may be a misspelling of "Christos Kozyrakis"',
        noteIds: ['gpu-mode.md'],
      },
    ]);
  });

  test('the more frequent spelling is taken as the right one', () => {
    const dir = buildSpeakerDirectory([
      entry('1.md', 'Jensen Haung'),
      entry('2.md', 'Jensen Huang'),
      entry('3.md', 'Jensen Huang'),
      entry('4.md', 'Jensen Haung'),
      entry('5.md', 'Jensen Huang'),
    ]);
    assert.deepEqual(
      dir.misspellings.map((m) => [m.a, m.b, m.noteIds]),
      [['Jensen Haung', 'Jensen Huang', ['1.md', '4.md']]],
    );
  });

  test('other likely misspellings: first name, spacing, hyphenation, two small edits', () => {
    const pairs: [string, string][] = [
      ['Cristos Kozyrakis', 'Christos Kozyrakis'], // first name, 1 edit
      ['Yann Le Cun', 'Yann LeCun'], // spacing
      ['José Martínez Ruiz', 'José Martínez-Ruiz'], // hyphenation
      ['Sahan Paliskra', 'Sahan Paliskara'],
      ['Cristos Kozyraki', 'Christos Kozyrakis'], // 1 + 1 edits
      ['Zacharias Fishces', 'Zacharias Fisches'], // transposition
    ];
    for (const [wrong, right] of pairs) {
      const dir = buildSpeakerDirectory([entry('w.md', wrong), entry('r1.md', right), entry('r2.md', right)]);
      assert.deepEqual(dir.misspellings.map((m) => [m.a, m.b]), [[wrong, right]], `${wrong} / ${right}`);
    }
  });

  test('different people are not reported', () => {
    const names = [
      'Simon Guo',
      'Simran Arora',
      'Alex Zhang',
      'Alex Wang',
      'Mark Chen',
      'Mark Chan',
      'Jason Wei',
      'Jason Wu',
      'Jane Doe',
      'José Doe',
      'Wei Zhang',
      'Wen Zhang',
      'Dylan Patel',
      'Dwarkesh Patel',
      'Tri Dao',
      'Tri Dai',
      'Li Chen',
      'Lu Chen',
      'Andrew Ng',
      'Andrew Wu',
    ];
    const dir = buildSpeakerDirectory(names.map((n, i) => entry(`${i}.md`, n)));
    assert.equal(dir.speakers.length, names.length);
    assert.deepEqual(dir.misspellings, []);
  });

  test('placeholders ("Super Secret Guest Speaker", "TBA") are not indexed', () => {
    assert.ok(isPlaceholderSpeaker('Super Secret Guest Speaker'));
    assert.ok(isPlaceholderSpeaker('Mystery Speaker'));
    assert.ok(isPlaceholderSpeaker('special guest'));
    assert.ok(!isPlaceholderSpeaker('Jensen Huang'));
    assert.ok(!isPlaceholderSpeaker('Guest'));
    const dir = buildSpeakerDirectory([
      entry('a.md', 'Super Secret Guest Speaker'),
      entry('b.md', 'Super Secret Guest Speaker'),
      entry('c.md', 'TBA'),
      entry('d.md', 'Mark Saroufim'),
    ]);
    assert.deepEqual(dir.speakers.map((s) => s.name), ['Mark Saroufim']);
  });

  test('a talk with two speakers is listed under both; a speaker twice in one talk counts once', () => {
    const dir = buildSpeakerDirectory([entry('p.md', ['Dylan Patel', 'Dwarkesh Patel', 'dylan patel'])]);
    assert.deepEqual(dir.speakers.map((s) => [s.name, s.talks.length]), [
      ['Dwarkesh Patel', 1],
      ['Dylan Patel', 1],
    ]);
  });

  test('empty input', () => {
    assert.deepEqual(buildSpeakerDirectory([]), { speakers: [], misspellings: [] });
  });

  test('a 5,000-name synthetic directory builds, and the planted misspellings are found', () => {
    const first = ['Ana', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Mateus', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomasz'];
    const syllables = ['ka', 'ro', 'vi', 'len', 'mar', 'dos', 'ter', 'qui', 'bal', 'zen', 'ost', 'ric', 'hum', 'pel', 'gau', 'nor', 'sil', 'wex', 'yat', 'fiz'];
    // Deterministic PRNG (mulberry32).
    let seed = 42;
    const rand = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T,>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const names = new Set<string>();
    while (names.size < 5000) {
      const n = 3 + Math.floor(rand() * 3);
      let last = '';
      for (let i = 0; i < n; i++) last += pick(syllables);
      names.add(`${pick(first)} ${last[0]!.toUpperCase()}${last.slice(1)}`);
    }
    const entries = [...names].map((n, i) => entry(`note-${i % 700}.md`, n, `Talk ${i}`));
    // Plant misspellings: drop the last letter of ten long last names, in one note each.
    const planted = [...names].filter((n) => n.split(' ')[1]!.length >= 9).slice(0, 10);
    for (const n of planted) entries.push(entry('typos.md', n.slice(0, -1)), entry('again.md', n));
    const dir = buildSpeakerDirectory(entries);
    assert.ok(dir.speakers.length >= 5000);
    const found = new Set(dir.misspellings.map((m) => `${m.a} → ${m.b}`));
    for (const n of planted) assert.ok(found.has(`${n.slice(0, -1)} → ${n}`), `planted ${n}`);
    for (const m of dir.misspellings) assert.match(m.message, /^".+" may be a misspelling of ".+"$/);
  });
});

describe('directory over extracted talks', () => {
  function talksOf(file: string): Talk[] {
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    const fm = parseFrontmatter(text);
    const st = parseMarkdown(text, fm.bodyStart);
    const title = typeof fm.data.title === 'string' ? fm.data.title : 'untitled';
    return extractTalks({ text, blocks: st.blocks, headings: st.headings, frontmatter: fm.data, title });
  }

  test('the GPU MODE sample next to a note spelling "Kozyrakis" correctly', () => {
    const entries = talksOf('gpu-mode-beyond-cuda-gtc.md').map((t) => ({ noteId: 'gpu-mode-beyond-cuda-gtc.md', talk: t }));
    entries.push(entry('isca-2025.md', [['Christos Kozyrakis', 'Stanford']], 'Hardware for ML'));
    entries.push(entry('hot-chips.md', [['Christos Kozyrakis', 'Stanford']]));
    const dir = buildSpeakerDirectory(entries);
    assert.deepEqual(dir.misspellings.map((m) => m.message), ['"Christos Kozyraki" may be a misspelling of "Christos Kozyrakis"']);
    assert.deepEqual(dir.misspellings[0]!.noteIds, ['gpu-mode-beyond-cuda-gtc.md']);
    const names = dir.speakers.map((s) => s.name);
    assert.ok(names.includes('Simon Guo') && names.includes('Simran Arora'));
    assert.ok(!names.includes('Super Secret Guest Speaker'));
  });

  test('all fixtures together: accented and plain spellings of one person merge', () => {
    const files = ['table-schedule.md', 'frontmatter-talks.md', 'quoted-titles.md', 'gtc-day-1.md', 'prose-talks.md', 'podcast.md'];
    const entries = files.flatMap((f) => talksOf(f).map((t) => ({ noteId: f, talk: t })));
    entries.push(entry('plain.md', [['Lukasz Kaiser', 'OpenAI']]), entry('plain.md', 'Zoe Chen'));
    const dir = buildSpeakerDirectory(entries);
    const kaiser = dir.speakers.find((s) => s.key === 'lukasz kaiser')!;
    assert.equal(kaiser.name, 'Łukasz Kaiser');
    assert.deepEqual(kaiser.talks.map((t) => t.noteId), ['table-schedule.md', 'frontmatter-talks.md', 'plain.md']);
    const zoe = dir.speakers.find((s) => s.key === 'zoe chen')!;
    assert.equal(zoe.name, 'Zoë Chen');
    assert.deepEqual(zoe.affiliations, ['Tenstorrent']);
    const jensen = dir.speakers.find((s) => s.key === 'jensen huang')!;
    assert.deepEqual(jensen.talks.map((t) => t.noteId), ['gtc-day-1.md', 'prose-talks.md', 'podcast.md']);
    assert.deepEqual(dir.misspellings, []);
  });
});
