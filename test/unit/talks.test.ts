import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { extractTalks, isPersonName, KEYNOTE_SPEAKER_ALIASES } from '../../src/core/talks.js';
import { analyzeNote } from '../../src/core/note.js';
import { repairMojibake } from '../../src/core/mojibake.js';
import { parseFrontmatter } from '../../src/core/frontmatter.js';
import { parseMarkdown, type ParserName } from '../../src/core/markdown.js';
import type { Talk } from '../../src/core/types.js';
import { fixturesDir } from './helpers.js';

const FIXTURES = path.join(fixturesDir, 'talks');
const PARSERS: ParserName[] = ['fast', 'remark'];

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The pipeline note.ts runs, without the claim stages: frontmatter → markdown → talks. */
function talksOf(text: string, parser: ParserName = 'fast'): Talk[] {
  const fm = parseFrontmatter(text);
  const structure = parseMarkdown(text, fm.bodyStart, parser);
  const h1 = structure.headings.find((h) => h.depth === 1);
  const title = typeof fm.data.title === 'string' ? fm.data.title : (h1?.text ?? 'untitled');
  return extractTalks({ text, blocks: structure.blocks, headings: structure.headings, frontmatter: fm.data, title });
}

interface Shape {
  title: string | null;
  speakers: [string, string | null][];
  time: string | null;
  event: string | null;
  source: Talk['source'];
}

function shape(t: Talk): Shape {
  return {
    title: t.title,
    speakers: t.speakers.map((s) => [s.name, s.affiliation]),
    time: t.time,
    event: t.event,
    source: t.source,
  };
}

function assertSpansValid(text: string, talks: Talk[]): void {
  for (const t of talks) {
    assert.ok(Number.isInteger(t.span.start) && Number.isInteger(t.span.end), `integer span ${JSON.stringify(t.span)}`);
    assert.ok(t.span.start >= 0 && t.span.start <= t.span.end && t.span.end <= text.length, `span in bounds ${JSON.stringify(t.span)}`);
  }
}

const GPU_MODE_TALKS: Shape[] = [
  {
    title: 'The State of Hardware — and what it means for you writing software',
    speakers: [['Christos Kozyraki', 'Stanford']],
    time: '6:30 PM',
    event: 'GPU Mode',
    source: 'schedule',
  },
  { title: 'Opening Statement', speakers: [['Mark Saroufim', 'GPU MODE']], time: '7:00 PM', event: 'GPU Mode', source: 'schedule' },
  { title: 'KernelBench', speakers: [['Simon Guo', 'Stanford']], time: null, event: 'GPU Mode', source: 'schedule' },
  { title: 'KernelBot', speakers: [['Alex Zhang', 'Princeton']], time: null, event: 'GPU Mode', source: 'schedule' },
  { title: 'KernelBook', speakers: [['Sahan Paliskara', 'PyTorch']], time: null, event: 'GPU Mode', source: 'schedule' },
  { title: 'KernelLLM', speakers: [['Zacharias Fisches', 'FAIR']], time: null, event: 'GPU Mode', source: 'schedule' },
  { title: 'Thunderkittens', speakers: [['Simran Arora', 'Stanford']], time: null, event: 'GPU Mode', source: 'schedule' },
  { title: 'CUTLASS', speakers: [['Vijay Thakkar', 'NVIDIA']], time: '7:25 PM', event: 'GPU Mode', source: 'schedule' },
  {
    title: "How nothing's changed but also everything is different",
    speakers: [['Super Secret Guest Speaker', null]],
    time: '7:30 PM',
    event: 'GPU Mode',
    source: 'schedule',
  },
];

const AGENDA_WORDS = /doors|snacks|cocktails|keynote \+|lightning talks|schedule|talks$/i;

describe('real sample: GPU MODE / Beyond CUDA / GTC (TOML frontmatter, blockquote schedule, mojibake)', () => {
  const text = fixture('gpu-mode-beyond-cuda-gtc.md');

  test('fixture is the unedited sample (contains the mojibake and the blockquote schedule)', () => {
    assert.ok(text.startsWith('+++\ntitle = "GPU Mode, Beyond CUDA, and the GTC Keynote"'));
    assert.ok(text.includes('(Stanford) -The State of Hardware \u00e2\u20ac\u201d and what'));
    assert.ok(text.includes('>     7:30 PM | Super Secret Guest Speaker - How'));
  });

  for (const parser of PARSERS) {
    test(`exactly the nine GPU MODE talks, in order, with event "GPU Mode" (${parser} parser)`, () => {
      const talks = talksOf(text, parser);
      assertSpansValid(text, talks);
      const gpuMode = talks.filter((t) => t.event === 'GPU Mode');
      assert.deepEqual(gpuMode.map(shape), GPU_MODE_TALKS);
    });

    test(`nothing else but an optional prose talk for Chris Lattner (${parser} parser)`, () => {
      const others = talksOf(text, parser).filter((t) => t.event !== 'GPU Mode');
      assert.ok(others.length <= 1, JSON.stringify(others));
      for (const t of others) {
        assert.equal(t.source, 'prose');
        assert.deepEqual(t.speakers, [{ name: 'Chris Lattner', affiliation: null }]);
        assert.equal(t.event, 'GTC');
        assert.equal(text.slice(t.span.start, t.span.end), "Chris Lattner's lightning talk");
      }
    });

    test(`agenda items are not talks (${parser} parser)`, () => {
      for (const t of talksOf(text, parser)) {
        assert.doesNotMatch(t.title ?? '', AGENDA_WORDS);
        for (const s of t.speakers) assert.doesNotMatch(s.name, AGENDA_WORDS);
        assert.ok(!['5:30 PM', '5:45 PM', '8:00 PM'].includes(t.time ?? ''), `agenda time ${t.time}`);
        // "6:30 PM: Keynote + Lightning talks" must not be a talk; the 6:30 talk is Kozyraki's.
        if (t.time === '6:30 PM') assert.equal(t.speakers[0]!.name, 'Christos Kozyraki');
      }
    });
  }

  test('spans point at the schedule lines in the original text (mojibake and all)', () => {
    const talks = talksOf(text).filter((t) => t.event === 'GPU Mode');
    const slices = talks.map((t) => text.slice(t.span.start, t.span.end));
    assert.equal(
      slices[0],
      '6:30 PM | Christos Kozyraki (Stanford) -The State of Hardware \u00e2\u20ac\u201d and what it means for you writing software',
    );
    assert.equal(slices[1], '7:00 PM | Mark Saroufim (GPU MODE) - Opening Statement');
    assert.equal(slices[2], 'Simon Guo (Stanford) - KernelBench');
    assert.equal(slices[8], "7:30 PM | Super Secret Guest Speaker - How nothing's changed but also everything is different");
  });

  test('the same note with CRLF line endings gives the same talks', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    for (const parser of PARSERS) {
      const talks = talksOf(crlf, parser);
      assertSpansValid(crlf, talks);
      assert.deepEqual(talks.filter((t) => t.event === 'GPU Mode').map(shape), GPU_MODE_TALKS);
      assert.equal(crlf.slice(talks[2]!.span.start, talks[2]!.span.end), 'Simon Guo (Stanford) - KernelBench');
    }
  });

  test('the same post without frontmatter and without the schedule has no talks', () => {
    for (const parser of PARSERS) assert.deepEqual(talksOf(fixture('gpu-mode-beyond-cuda-gtc-short.md'), parser), []);
  });
});

describe('real sample: GTC day 1 (YAML frontmatter, prose)', () => {
  const text = fixture('gtc-day-1.md');
  for (const parser of PARSERS) {
    test(`the keynote (Jensen Huang) and Yann LeCun's talk, event from the frontmatter title (${parser} parser)`, () => {
      const talks = talksOf(text, parser);
      assertSpansValid(text, talks);
      assert.deepEqual(talks.map(shape), [
        { title: 'Keynote', speakers: [['Jensen Huang', null]], time: null, event: 'nvidia gtc', source: 'prose' },
        { title: null, speakers: [['Yann LeCun', null]], time: null, event: 'nvidia gtc', source: 'prose' },
      ]);
      const [keynote, lecun] = talks.map((t) => text.slice(t.span.start, t.span.end));
      assert.match(keynote!, /^the keynote at SAP center.*jensen$/);
      assert.equal(lecun, "Yann LeCun's talk");
    });
  }
});

describe('fixtures in other styles', () => {
  for (const parser of PARSERS) {
    test(`markdown table schedule with accented names (${parser} parser)`, () => {
      const text = fixture('table-schedule.md');
      const talks = talksOf(text, parser);
      assertSpansValid(text, talks);
      const event = 'MLSys Meetup Berlin'; // "## Lightning talks" is generic: the event is the H1 above it
      assert.deepEqual(talks.map(shape), [
        { title: 'Sparse kernels on MI300X', speakers: [['José Martínez-Ruiz', 'Universidad Politécnica de Madrid']], time: '18:00', event, source: 'table' },
        { title: 'Reasoning models need memory bandwidth', speakers: [['Łukasz Kaiser', 'OpenAI']], time: '18:20', event, source: 'table' },
        { title: 'Blackhole networking', speakers: [['Zoë Chen', 'Tenstorrent'], ['Françoise Dubois', 'Tenstorrent']], time: '18:40', event, source: 'table' },
        { title: 'FlashAttention on a budget', speakers: [["Søren O'Brien", 'ETH Zürich']], time: '19:00', event, source: 'table' },
      ]);
      assert.ok(text.slice(talks[0]!.span.start, talks[0]!.span.end).startsWith('| 18:00 | José Martínez-Ruiz'));
    });

    test(`Name — "Title" (Affiliation), "Title" by Name and 24-hour schedule lines (${parser} parser)`, () => {
      const text = fixture('quoted-titles.md');
      const talks = talksOf(text, parser);
      assertSpansValid(text, talks);
      const event = 'Hot Chips 2024';
      assert.deepEqual(talks.map(shape), [
        { title: 'FlashAttention-3: Fast and Accurate Attention with Asynchrony', speakers: [['Tri Dao', 'Princeton']], time: null, event, source: 'quoted-title' },
        { title: 'Scaling test-time compute', speakers: [['Noam Brown', 'OpenAI']], time: null, event, source: 'quoted-title' },
        { title: 'Wafer-scale inference in practice', speakers: [['Jean-Luc van der Berg', 'Cerebras']], time: null, event, source: 'quoted-title' },
        { title: 'LPU deterministic scheduling', speakers: [['Ana de la Cruz', 'Groq']], time: '18:30', event, source: 'schedule' },
      ]);
      assert.equal(text.slice(talks[3]!.span.start, talks[3]!.span.end), '18:30 – Ana de la Cruz, Groq: "LPU deterministic scheduling"');
    });

    test(`YAML frontmatter speakers/talks/event, merged with the body (${parser} parser)`, () => {
      const text = fixture('frontmatter-talks.md');
      const talks = talksOf(text, parser);
      assertSpansValid(text, talks);
      const event = 'ISCA 2025';
      assert.deepEqual(talks.map(shape), [
        { title: null, speakers: [['Bill Dally', null]], time: null, event, source: 'frontmatter' },
        { title: 'Reasoning at scale', speakers: [['Łukasz Kaiser', 'OpenAI']], time: '9:30 AM', event, source: 'frontmatter' },
        // YAML 1.1 reads an unquoted 14:30 as 870; it is written back as 14:30.
        { title: 'Memory walls', speakers: [['Ana de la Cruz', null], ['Ravi Kumar', null]], time: '14:30', event, source: 'frontmatter' },
        { title: 'Blackhole networking', speakers: [['Zoë Chen', 'Tenstorrent']], time: null, event, source: 'frontmatter' },
      ]);
      const slice = (t: Talk): string => text.slice(t.span.start, t.span.end);
      assert.equal(slice(talks[0]!), '- Bill Dally');
      assert.equal(slice(talks[1]!), '- title: Reasoning at scale');
      // Found in the frontmatter and again in the body: one talk, with the body span.
      assert.equal(slice(talks[3]!), 'Zoë Chen (Tenstorrent) - Blackhole networking');
      assert.ok(talks[3]!.span.start > text.indexOf('## Morning'));
    });

    test(`podcast episode and "sat down with" interview (${parser} parser)`, () => {
      const text = fixture('podcast.md');
      const talks = talksOf(text, parser);
      assertSpansValid(text, talks);
      assert.deepEqual(talks.map(shape), [
        // The heading is the talk itself, so the event falls back to the note title.
        { title: 'Podcast #494', speakers: [['Jensen Huang', null]], time: null, event: 'Podcast notes, March', source: 'prose' },
        { title: null, speakers: [['Dylan Patel', null], ['Dwarkesh Patel', null]], time: null, event: 'Dwarkesh Podcast', source: 'prose' },
      ]);
      assert.equal(text.slice(talks[0]!.span.start, talks[0]!.span.end), 'Podcast #494 with Jensen Huang');
      assert.equal(text.slice(talks[1]!.span.start, talks[1]!.span.end), 'Dylan Patel sat down with Dwarkesh Patel');
    });

    test(`prose: keynote by, possessive keynote and a talk also in the schedule (${parser} parser)`, () => {
      const text = fixture('prose-talks.md');
      const talks = talksOf(text, parser);
      assertSpansValid(text, talks);
      const event = 'AMD Advancing AI 2025';
      assert.deepEqual(talks.map(shape), [
        { title: 'Keynote', speakers: [['Lisa Su', 'AMD']], time: null, event, source: 'prose' },
        { title: 'Keynote', speakers: [['Jensen Huang', null]], time: null, event, source: 'prose' },
        // "Tri Dao's lightning talk" and the schedule entry are the same talk.
        { title: 'FlashAttention on AMD', speakers: [['Tri Dao', 'Together AI']], time: '2:00 PM', event, source: 'schedule' },
      ]);
      assert.equal(text.slice(talks[1]!.span.start, talks[1]!.span.end), "Jensen's keynote");
    });

    test(`negatives: agenda items, organisations, "NVIDIA GTC" and "The Keynote" headings, code (${parser} parser)`, () => {
      assert.deepEqual(talksOf(fixture('negatives.md'), parser), []);
    });
  }
});

function one(text: string): Shape[] {
  return talksOf(text).map(shape);
}

describe('talks in prose: one-word hosts, openers and pairs', () => {
  test('a host who goes by one name is a speaker of the interview; without a host, the guest alone', () => {
    assert.deepEqual(one('# Latent Space\n\nSwyx sat down with Tri Dao (Together AI) to talk about kernels.\n'), [
      { title: null, speakers: [['Swyx', null], ['Tri Dao', 'Together AI']], time: null, event: 'Latent Space', source: 'prose' },
    ]);
    // "Then" is no name: the guest is still indexed.
    assert.deepEqual(one('# Ep. 12\n\nThen sat down with Dylan Patel (SemiAnalysis) about fabs.\n'), [
      { title: null, speakers: [['Dylan Patel', 'SemiAnalysis']], time: null, event: 'Ep. 12', source: 'prose' },
    ]);
  });

  test('"Lisa Su opened with …" and "kicked off GTC with …" are the person opening the event', () => {
    assert.deepEqual(one('# Advancing AI\n\nLisa Su opened with the MI355X launch.\n'), [
      { title: null, speakers: [['Lisa Su', null]], time: null, event: 'Advancing AI', source: 'prose' },
    ]);
    assert.deepEqual(one('# GTC\n\nJensen Huang kicked off GTC with the Rubin roadmap.\n'), [
      { title: null, speakers: [['Jensen Huang', null]], time: null, event: 'GTC', source: 'prose' },
    ]);
    // Not a person: no talk.
    assert.deepEqual(one('# Markets\n\nThe Nasdaq opened with a rally and NVIDIA kicked off the day with a gap up.\n'), []);
  });

  test('two presenters joined by "&": both, the affiliation only where it was written', () => {
    assert.deepEqual(one('# Hot Chips\n\nTri Dao & Albert Gu (Cartesia) presented "State space models at scale".\n'), [
      { title: 'State space models at scale', speakers: [['Tri Dao', null], ['Albert Gu', 'Cartesia']], time: null, event: 'Hot Chips', source: 'prose' },
    ]);
  });
});

describe('schedule lines', () => {
  test('"7:00 PM: Name - Title" and untimed lines of the same block', () => {
    const text = '# Meetup\n\n7:00 PM: Dylan Patel - The state of AI datacenters\nDwarkesh Patel - Scaling interviews\n';
    assert.deepEqual(one(text), [
      { title: 'The state of AI datacenters', speakers: [['Dylan Patel', null]], time: '7:00 PM', event: 'Meetup', source: 'schedule' },
      { title: 'Scaling interviews', speakers: [['Dwarkesh Patel', null]], time: null, event: 'Meetup', source: 'schedule' },
    ]);
  });

  test('time ranges, lower-case am/pm and em dashes are kept as written', () => {
    const text = '# Day\n\n- 6:30–7:00 pm — Horace He (Thinking Machines) — Making deep learning go brrrr\n';
    assert.deepEqual(one(text), [
      { title: 'Making deep learning go brrrr', speakers: [['Horace He', 'Thinking Machines']], time: '6:30–7:00 pm', event: 'Day', source: 'schedule' },
    ]);
  });

  test('several speakers: "A & B (Affiliation)", "A, B and C"', () => {
    const text = '# Panel day\n\n- 10:00 AM | Tri Dao & Albert Gu (Cartesia) - State space models\n- 11:00 AM | Jeff Dean, Noam Shazeer and Sholto Douglas - Gemini\n';
    assert.deepEqual(one(text), [
      { title: 'State space models', speakers: [['Tri Dao', null], ['Albert Gu', 'Cartesia']], time: '10:00 AM', event: 'Panel day', source: 'schedule' },
      { title: 'Gemini', speakers: [['Jeff Dean', null], ['Noam Shazeer', null], ['Sholto Douglas', null]], time: '11:00 AM', event: 'Panel day', source: 'schedule' },
    ]);
  });

  test('"Keynote - Name (Affiliation)" with a time, and a speaker without a title', () => {
    const text = '# GTC\n\n- 9:00 AM | Keynote - Jensen Huang (NVIDIA)\n- 11:00 AM | Bill Dally (NVIDIA)\n';
    assert.deepEqual(one(text), [
      { title: 'Keynote', speakers: [['Jensen Huang', 'NVIDIA']], time: '9:00 AM', event: 'GTC', source: 'schedule' },
      { title: null, speakers: [['Bill Dally', 'NVIDIA']], time: '11:00 AM', event: 'GTC', source: 'schedule' },
    ]);
  });

  test('mojibake in names and titles is repaired; spans still cover the original bytes', () => {
    const text = '# Madrid\n\n- JosÃ© MartÃ­nez (UPM) - Sparse kernels â€“ the â€œrealâ€\u009d story\n';
    const talks = talksOf(text);
    assert.deepEqual(talks.map(shape), [
      { title: 'Sparse kernels – the “real” story', speakers: [['José Martínez', 'UPM']], time: null, event: 'Madrid', source: 'schedule' },
    ]);
    assert.equal(text.slice(talks[0]!.span.start, talks[0]!.span.end), 'JosÃ© MartÃ­nez (UPM) - Sparse kernels â€“ the â€œrealâ€\u009d story');
  });

  test('markdown inside lines: bold names, links as titles, URLs dropped', () => {
    const text = '# Meetup\n\n- 7:00 PM | **Mark Saroufim** (GPU MODE) - [Opening Statement](https://gpumode.com/x) (https://youtu.be/abc)\n';
    assert.deepEqual(one(text), [
      { title: 'Opening Statement', speakers: [['Mark Saroufim', 'GPU MODE']], time: '7:00 PM', event: 'Meetup', source: 'schedule' },
    ]);
  });

  test('"Name: statement." attributions and lone "Name - text" bullets are not talks', () => {
    const text = [
      '# Notes',
      '',
      '- Dylan Patel: AMD is two years behind on software.',
      '- Dylan Patel (SemiAnalysis): the MI355X ships in volume in Q3.',
      '- Jensen Huang - leather jacket again',
      '',
      'Andrej Karpathy: "software 2.0" is eating software 1.0.',
      '',
      'Jane Lindqvist: "we are at 6.8 TB/s today and it keeps growing".',
      '',
      '> — Jane Lindqvist (Groq)',
    ].join('\n');
    assert.deepEqual(one(text), []);
  });

  test('a time with only a title is an agenda item; a show named like a person is not a speaker', () => {
    const text = '# Latent Space: Scaling laws revisited\n\n## 8:15 AM — Cheap Distillation\n\n- 9:00 AM: Practical Distillation\n';
    assert.deepEqual(one(text), []);
  });

  test('"## Name: Title" headings count with an affiliation or when the name is known from the note', () => {
    const withAffiliation = '# MLSys\n\n## Grace Hopper (Navy): Compilers for everyone\n';
    assert.deepEqual(one(withAffiliation), [
      { title: 'Compilers for everyone', speakers: [['Grace Hopper', 'Navy']], time: null, event: 'MLSys', source: 'schedule' },
    ]);
    const known = '---\nspeakers: [Wei 李]\n---\n# MLSys\n\n## Wei 李: Sparse attention on MI300X\n';
    assert.deepEqual(one(known), [
      { title: 'Sparse attention on MI300X', speakers: [['Wei 李', null]], time: null, event: 'MLSys', source: 'frontmatter' },
    ]);
    assert.deepEqual(one('# MLSys\n\n## Wei 李: Sparse attention on MI300X\n'), []);
  });

  test('"Name - Title" lines count when three or more form a list, or under a Talks heading', () => {
    const list = '# Day 2\n\n- Jim Keller - RISC-V everywhere\n- Lisa Su - Advancing AI\n- Raja Koduri - Chiplets\n';
    assert.deepEqual(one(list).map((t) => t.speakers[0]![0]), ['Jim Keller', 'Lisa Su', 'Raja Koduri']);
    const heading = '# Day 2\n\n## Talks\n\n- Jim Keller - RISC-V everywhere\n';
    assert.deepEqual(one(heading), [
      { title: 'RISC-V everywhere', speakers: [['Jim Keller', null]], time: null, event: 'Day 2', source: 'schedule' },
    ]);
  });

  test('a talk written as a heading; talks under a generic heading take the parent event', () => {
    const text = '# NeurIPS 2024\n\n## Yann LeCun — Objective-driven AI\n\n- world models\n\n## Schedule\n\n- 4:00 PM | Ilya Sutskever (SSI) - Sequence to sequence, ten years on\n';
    assert.deepEqual(one(text), [
      { title: 'Objective-driven AI', speakers: [['Yann LeCun', null]], time: null, event: 'NeurIPS 2024', source: 'schedule' },
      { title: 'Sequence to sequence, ten years on', speakers: [['Ilya Sutskever', 'SSI']], time: '4:00 PM', event: 'NeurIPS 2024', source: 'schedule' },
    ]);
  });

  test('frontmatter event overrides headings; TOML frontmatter speakers as objects', () => {
    const text = '+++\ntitle = "x"\nevent = "Hot Chips 2025"\n[[speakers]]\nname = "Łukasz Kaiser"\naffiliation = "OpenAI"\n+++\n\n## Session 3\n\n- 10:00 | Łukasz Kaiser - Thinking tokens\n';
    const talks = talksOf(text);
    assert.deepEqual(talks.map(shape), [
      { title: 'Thinking tokens', speakers: [['Łukasz Kaiser', 'OpenAI']], time: '10:00', event: 'Hot Chips 2025', source: 'frontmatter' },
    ]);
    assert.equal(text.slice(talks[0]!.span.start, talks[0]!.span.end), '10:00 | Łukasz Kaiser - Thinking tokens');
  });

  test('the same talk written twice in a note is one talk', () => {
    const text = '# Meetup\n\n- 7:00 PM | Simon Guo (Stanford) - KernelBench\n\nRecap:\n\n- 7:00 PM | Simon Guo (Stanford) - KernelBench\n\nSimon Guo\'s talk was the best.\n';
    assert.deepEqual(one(text), [
      { title: 'KernelBench', speakers: [['Simon Guo', 'Stanford']], time: '7:00 PM', event: 'Meetup', source: 'schedule' },
    ]);
  });

  test('code blocks and inline code are ignored', () => {
    const text = '# X\n\n```\n7:00 PM | Simon Guo (Stanford) - KernelBench\n```\n\n    7:30 PM | Alex Zhang (Princeton) - KernelBot\n';
    assert.deepEqual(one(text), []);
  });
});

describe('prose', () => {
  test('"X\'s talk", "notes for X\'s talk", "keynote by X", "X gave the keynote"', () => {
    const text = [
      '# Summit',
      '',
      'Some notes for Yann LeCun\'s talk.',
      '',
      'The opening keynote by Jensen Huang ran long.',
      '',
      'Then Lisa Su gave the closing keynote.',
    ].join('\n');
    assert.deepEqual(one(text), [
      { title: null, speakers: [['Yann LeCun', null]], time: null, event: 'Summit', source: 'prose' },
      { title: 'Keynote', speakers: [['Jensen Huang', null]], time: null, event: 'Summit', source: 'prose' },
      { title: 'Keynote', speakers: [['Lisa Su', null]], time: null, event: 'Summit', source: 'prose' },
    ]);
  });

  test('lower-case aliases near "the keynote" in the same sentence only', () => {
    assert.deepEqual(one('# Day 1\n\nwatched the keynote from the overflow room; lisa su announced MI400.\n'), [
      { title: 'Keynote', speakers: [['Lisa Su', null]], time: null, event: 'Day 1', source: 'prose' },
    ]);
    // The alias is in a different sentence: no talk.
    assert.deepEqual(one('# Day 1\n\nThe keynote was packed. Jensen fans everywhere.\n'), []);
    // A keynote with no known speaker: no talk.
    assert.deepEqual(one('# Day 1\n\nThe keynote at SAP Center was loud.\n'), []);
  });

  test('podcast forms', () => {
    assert.deepEqual(one('# Listening\n\nLex Fridman Podcast #494 with Jensen Huang\n'), [
      { title: 'Podcast #494', speakers: [['Jensen Huang', null]], time: null, event: 'Listening', source: 'prose' },
    ]);
    assert.deepEqual(one('# Listening\n\nThe Dwarkesh podcast with Dylan Patel (SemiAnalysis) was great.\n'), [
      { title: 'Podcast', speakers: [['Dylan Patel', 'SemiAnalysis']], time: null, event: 'Listening', source: 'prose' },
    ]);
  });

  test('sentence-initial words are not part of the name; possessives of organisations are not talks', () => {
    assert.deepEqual(one('# X\n\nYesterday Chris Lattner\'s talk on Mojo.\n').map((t) => t.speakers[0]![0]), ['Chris Lattner']);
    assert.deepEqual(one("# X\n\nNVIDIA's keynote. Meta's talk. Modular's session. Simon's talk.\n"), []);
  });
});

describe('isPersonName', () => {
  test('accepts names with accents, particles, hyphens, apostrophes and initials', () => {
    for (const name of [
      'José Martínez-Ruiz',
      'Łukasz Kaiser',
      'Zoë Chen',
      'Françoise Barré-Sinoussi',
      'Søren Kierkegaard',
      "Shane O'Brien",
      'Yann LeCun',
      'Ludwig van Beethoven',
      'Ana de la Cruz',
      'Omar al-Khwarizmi',
      'J. Robert Oppenheimer',
      'Andrew Ng',
      'Christos Kozyraki',
      'Zoe\u0308 Chen', // decomposed diaeresis
    ]) {
      assert.ok(isPersonName(name), name);
    }
  });

  test('rejects organisations, products, events and agenda words', () => {
    for (const name of [
      'NVIDIA GTC',
      'Beyond CUDA',
      'SAP Center',
      'The Keynote',
      'Opening Remarks',
      'Doors open',
      'Lunch Break',
      'GPU MODE',
      'Google DeepMind',
      'Hugging Face',
      'Lightning Talks',
      'Super Secret Guest Speaker',
      'Accelerating GenAI',
      'Yann',
      'yann lecun',
      'Earth 2',
      'Jensen Huang (NVIDIA)',
      'A B',
    ]) {
      assert.ok(!isPersonName(name), name);
    }
  });

  test('the alias table maps to full names', () => {
    assert.equal(KEYNOTE_SPEAKER_ALIASES.get('jensen'), 'Jensen Huang');
    assert.equal(KEYNOTE_SPEAKER_ALIASES.get('lisa su'), 'Lisa Su');
    for (const full of KEYNOTE_SPEAKER_ALIASES.values()) assert.ok(isPersonName(full), full);
  });
});

describe('robustness', () => {
  test('adversarial lines finish quickly (no catastrophic backtracking)', () => {
    const inputs = [
      'A '.repeat(20000) + "'s talk",
      'Aa '.repeat(20000) + 'sat down with ' + 'Bb '.repeat(20000),
      '- 7:00 PM | ' + '('.repeat(20000) + ' - x',
      '- ' + 'Name (Aff) - '.repeat(5000),
      '| Time | Speaker | Talk |\n|---|---|---|\n' + `| 1:00 | ${'A, '.repeat(5000)} | x |\n`.repeat(20),
      'podcast # with '.repeat(10000),
      '[' + 'x'.repeat(50000) + '](' + 'y'.repeat(50000),
      'â€'.repeat(20000) + 'Ã'.repeat(20000),
      '"' + 'a "'.repeat(20000) + ' by Ann Lee',
      '6:30 PM ' + '- '.repeat(20000),
      'keynote jensen '.repeat(10000),
    ];
    const started = Date.now();
    for (const body of inputs) {
      const text = `# T\n\n${body}\n`;
      const talks = talksOf(text);
      assertSpansValid(text, talks);
    }
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 20000, `took ${elapsed} ms`);
  });

  test('property: any markdown-ish text gives valid talks and never throws (both parsers)', () => {
    const pieces = [
      '\n', '\n\n', '- ', '> ', '# ', '## ', '| ', ' | ', '|---|---|\n', '7:00 PM', '18:30', ' - ', ' – ', ' — ', ': ', ', ',
      '(', ')', '"', '“', '”', "'s ", 'talk', 'keynote', ' by ', ' with ', 'sat down with ', 'Podcast #1 ',
      'Jensen Huang', 'jensen', 'Zoë Chen', 'José Martínez-Ruiz', 'NVIDIA', 'GTC', 'Stanford', 'Title Words', 'â€”', 'Ã©',
      '**', '`', '[x](http://a.b)', 'https://x.y/z', '---\n', '+++\n', 'title: x\n', '```\n', '    ', 'Time | Speaker | Talk\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom<ParserName>('fast', 'remark'), (parts, parser) => {
        const text = parts.join('');
        const talks = talksOf(text, parser);
        assertSpansValid(text, talks);
        for (const t of talks) {
          assert.ok(t.speakers.length > 0 || t.title !== null);
          for (const s of t.speakers) assert.ok(s.name.trim().length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('extractTalks with empty or odd input', () => {
    assert.deepEqual(extractTalks({ text: '', blocks: [], headings: [], frontmatter: {}, title: '' }), []);
    const text = '---\ntalks: 42\nspeakers: {bad: true}\nevent: [1, 2]\n---\n';
    assert.deepEqual(talksOf(text), []);
  });
});

describe('repairMojibake', () => {
  test('common UTF-8-as-Windows-1252 sequences', () => {
    const cases: [string, string][] = [
      ['The State of Hardware \u00e2\u20ac\u201d and what', 'The State of Hardware — and what'], // â€” (0x94 → ”)
      ['nothing\u00e2\u20ac\u2122s changed', 'nothing’s changed'],
      ['\u00e2\u20ac\u0153real\u00e2\u20ac\u009d', '“real”'],
      ['\u00e2\u20ac\u0153real\u00e2\u20ac end', '“real” end'], // 0x9D dropped
      ['6:30\u00e2\u20ac\u201c7:00', '6:30–7:00'],
      ['Jos\u00c3\u00a9 Mart\u00c3\u00adnez', 'José Martínez'],
      ['Zo\u00c3\u00ab', 'Zoë'],
      ['\u00c5\u0081ukasz', 'Łukasz'],
      ['S\u00c3\u00b8ren', 'Søren'],
      ['caf\u00c3\u00a9 \u00e2\u20ac\u00a6', 'café …'],
      ['\u00f0\u0178\u02dc\u20ac', '😀'],
      ['100\u00c2\u00a0GB', '100\u00a0GB'],
    ];
    for (const [input, expected] of cases) assert.equal(repairMojibake(input).text, expected, JSON.stringify(input));
  });

  test('fixes carry spans into the input, the original text and the replacement', () => {
    const input = 'a \u00e2\u20ac\u201d b Jos\u00c3\u00a9';
    const { text, fixes } = repairMojibake(input);
    assert.equal(text, 'a — b José');
    assert.deepEqual(fixes, [
      { span: { start: 2, end: 5 }, replacement: '—', original: '\u00e2\u20ac\u201d' },
      { span: { start: 11, end: 13 }, replacement: 'é', original: '\u00c3\u00a9' },
    ]);
    for (const f of fixes) assert.equal(input.slice(f.span.start, f.span.end), f.original);
  });

  test('correct text is left alone, including accented capitals before punctuation', () => {
    for (const s of ['José Martínez — “quoted” – ok…', 'CAFÉ’s menu', 'ÉCOLE”', 'Ü€', 'Ã', 'Â', 'plain ascii', '², ³, µ', 'naïve façade', 'Łukasz Kaiser', '日本語', '😀']) {
      const r = repairMojibake(s);
      assert.equal(r.text, s, s);
      assert.deepEqual(r.fixes, []);
    }
  });

  test('the real sample has exactly one mojibake run', () => {
    const text = fixture('gpu-mode-beyond-cuda-gtc.md');
    const { fixes } = repairMojibake(text);
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0]!.replacement, '—');
  });
});

test('names written only in Han, kana or Hangul are speakers in a schedule; longer runs are not names', () => {
  const text = [
    '# vLLM Beijing meetup',
    '',
    '## Schedule',
    '',
    '- 10:00 张伟 (Tsinghua) — Serving DeepSeek-V3 at scale',
    '- 10:30 Li Wei (Moonshot) — Kimi K2 inference',
    '- 11:00 山田太郎 (Preferred Networks) — PLaMo on MN-Core',
    '- 11:30 김민수 (Naver) — HyperCLOVA serving',
    '',
  ].join('\n');
  for (const parser of PARSERS) {
    const talks = talksOf(text, parser);
    assert.deepEqual(
      talks.map((t) => [t.time, t.speakers.map((s) => `${s.name} (${s.affiliation})`).join(', '), t.title]),
      [
        ['10:00', '张伟 (Tsinghua)', 'Serving DeepSeek-V3 at scale'],
        ['10:30', 'Li Wei (Moonshot)', 'Kimi K2 inference'],
        ['11:00', '山田太郎 (Preferred Networks)', 'PLaMo on MN-Core'],
        ['11:30', '김민수 (Naver)', 'HyperCLOVA serving'],
      ],
      parser,
    );
  }
  assert.ok(isPersonName('张伟') && isPersonName('山田太郎') && isPersonName('김 민수'));
  assert.ok(!isPersonName('大模型推理服务'), 'five or more characters: a title, not a name');
  assert.ok(!isPersonName('张'), 'one character is no name');
});

describe('East Asian typography in schedules', () => {
  /** [time, "Name (Affiliation), …", title] for each talk, checked with both parsers. */
  function rows(text: string): [string | null, string, string | null][][] {
    return PARSERS.map((parser) =>
      talksOf(text, parser).map((t) => [t.time, t.speakers.map((s) => (s.affiliation === null ? s.name : `${s.name} (${s.affiliation})`)).join(', '), t.title]),
    );
  }
  function assertRows(text: string, expected: [string | null, string, string | null][]): void {
    for (const [i, got] of rows(text).entries()) assert.deepEqual(got, expected, PARSERS[i]);
  }

  test('a fullwidth parenthesis holds the affiliation like an ASCII one: Han, kana, Hangul and Latin names', () => {
    const text = [
      '# 北京 Meetup',
      '',
      '- 09:30 张伟（清华）— 大模型推理的显存墙',
      '- 10:00 Wei Zhang（Tsinghua University）: Serving at scale',
      '- 10:30 山田太郎（東京大学）— 推論の最適化',
      '- 11:00 김민준（KAIST）— 추론 최적화',
      '- 11:30 김민준 (KAIST) — HyperCLOVA serving',
      '- 12:00 José Álvarez（UPC）— Sparse attention',
      '- 12:30 Zoë Nguyễn (VinAI) — Quantization',
      '- 13:00 佐々木健（京都大学）— MN-Core',
      '',
    ].join('\n');
    assertRows(text, [
      ['09:30', '张伟 (清华)', '大模型推理的显存墙'],
      ['10:00', 'Wei Zhang (Tsinghua University)', 'Serving at scale'],
      ['10:30', '山田太郎 (東京大学)', '推論の最適化'],
      ['11:00', '김민준 (KAIST)', '추론 최적화'],
      ['11:30', '김민준 (KAIST)', 'HyperCLOVA serving'],
      ['12:00', 'José Álvarez (UPC)', 'Sparse attention'],
      ['12:30', 'Zoë Nguyễn (VinAI)', 'Quantization'],
      ['13:00', '佐々木健 (京都大学)', 'MN-Core'],
    ]);
  });

  test('fullwidth colon, ideographic comma, ideographic space and the "——" dash', () => {
    const text = [
      '# 北京 Meetup',
      '',
      '- 09:30 张伟（清华）：大模型推理',
      '- 10:00 Wei Zhang (Tsinghua University)：Serving at scale',
      '- 10:30 李娜（北大）、王磊（字节跳动）— MoE 推理',
      // "A、B（Aff）" reads like "A & B (Aff)": the affiliation is B's.
      '- 11:00 张伟、李娜（清华）— 推理芯片',
      '- 11:30 张伟（清华、智谱）— 长上下文',
      '- 12:00 张伟 (清华) —— 大模型推理',
      '- 12:30 张伟（清华）——大模型推理的显存墙',
      '- 13:00\u3000张伟\u3000（清华）\u3000—\u3000显存墙',
      '- 13:30 —— 山田太郎（東京大学）：FP8 推論',
      '- 14:00 山田\u3000太郎（東京大学）— MN-Core',
      '',
    ].join('\n');
    assertRows(text, [
      ['09:30', '张伟 (清华)', '大模型推理'],
      ['10:00', 'Wei Zhang (Tsinghua University)', 'Serving at scale'],
      ['10:30', '李娜 (北大), 王磊 (字节跳动)', 'MoE 推理'],
      ['11:00', '张伟, 李娜 (清华)', '推理芯片'],
      ['11:30', '张伟 (清华、智谱)', '长上下文'],
      ['12:00', '张伟 (清华)', '大模型推理'],
      ['12:30', '张伟 (清华)', '大模型推理的显存墙'],
      ['13:00', '张伟 (清华)', '显存墙'],
      ['13:30', '山田太郎 (東京大学)', 'FP8 推論'],
      ['14:00', '山田 太郎 (東京大学)', 'MN-Core'],
    ]);
  });

  test('without a time: "Name（Aff）— Title" is a talk; "Title — Name（Aff）" too', () => {
    const text = '# 北京 Meetup\n\n张伟（清华）— 大模型推理\n\n大模型推理的显存墙 — 李娜（北大）\n\nServing at scale — Wei Zhang（Tsinghua）\n';
    assertRows(text, [
      [null, '张伟 (清华)', '大模型推理'],
      [null, '李娜 (北大)', '大模型推理的显存墙'],
      [null, 'Wei Zhang (Tsinghua)', 'Serving at scale'],
    ]);
  });

  test('agenda words, field names and attributed statements are not speakers', () => {
    const text = [
      '# 北京 Meetup',
      '',
      '## 议程 / Agenda',
      '',
      '- 13:30 签到',
      '- 14:00 开场致辞 — 主办方',
      '- 14:10 张伟（清华）— 显存墙',
      '- 12:00 午餐 — 园区食堂',
      '- 15:40 茶歇',
      '- 17:30 圆桌讨论：国产推理芯片的机会',
      '- 12:00 昼食 — 会場',
      '- 12:00 점심 — 휴식',
      '',
      '## 笔记',
      '',
      '- 时间：周六下午',
      '- 地点：北京海淀',
      '- 形式：线下',
      '- 张伟：decode 阶段基本是 memory-bound。',
      '- 张伟（清华）：显存是瓶颈。',
      '',
    ].join('\n');
    assertRows(text, [['14:10', '张伟 (清华)', '显存墙']]);
    // "议程 / Agenda" and "笔记" name parts of the note, not the event.
    assert.deepEqual(talksOf(text).map((t) => t.event), ['北京 Meetup']);
  });

  test('CJK schedule headings: weak "Name（Aff）：Title" lines under "议程" are talks', () => {
    const text = '# 北京 Meetup\n\n## 议程\n\n- 张伟（清华）：大模型推理\n';
    assertRows(text, [[null, '张伟 (清华)', '大模型推理']]);
  });

  test('frontmatter speakers with a fullwidth parenthesis', () => {
    const text = '---\ntitle: 北京 Meetup\nspeakers:\n  - 张伟（清华）\n  - 欧阳娜娜娜（北京大学）\n---\n\n# 北京 Meetup\n';
    assert.deepEqual(
      talksOf(text).flatMap((t) => t.speakers.map((s) => [s.name, s.affiliation])),
      [
        ['张伟', '清华'],
        // Not a name by the rules (five characters), but declared: kept, the affiliation taken off.
        ['欧阳娜娜娜', '北京大学'],
      ],
    );
  });

  test('names: the iteration mark, agenda words', () => {
    assert.ok(isPersonName('佐々木健'));
    for (const w of ['茶歇', '签到', '主持人', '开场致辞', '休憩', '점심']) assert.ok(!isPersonName(w), w);
    assert.ok(isPersonName('José Álvarez') && isPersonName('Zoë Nguyễn'));
  });

  test('fullwidth punctuation in adversarial lines finishes quickly', () => {
    // Lines up to the 600 characters parseTalkText reads, and a long frontmatter value.
    const inputs = [
      '- 10:00 张伟' + '（'.repeat(580) + '— x',
      '- 10:00 ' + '张伟（清华）、'.repeat(80) + '— x',
      '- ' + '张伟（清华）— '.repeat(70),
      '- 10:00 张伟 ' + '—'.repeat(580) + ' x',
      '- 10:00 张伟' + '：'.repeat(580),
      '- 10:00' + '\u3000'.repeat(580) + '张伟（清华）',
      '- 10:00 ' + '大模型推理 — '.repeat(70) + '张伟（清华）',
      '- 10:00 Wei Zhang' + '（Tsinghua'.repeat(60) + '）: x',
      '- 10:00 Wei Zhang' + ' （清华）'.repeat(100),
      '- 10:00 ' + '张伟、'.repeat(190) + '李娜（清华）',
      '---\nspeakers:\n  - ' + '张'.repeat(20000) + '（清华）\n---\n',
    ];
    const started = Date.now();
    for (const body of inputs) {
      const text = `# T\n\n${body}\n`.repeat(20);
      assertSpansValid(text, talksOf(text));
    }
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 5000, `took ${elapsed} ms`);
  });
});

describe('speaker lines written as sentences', () => {
  const talksOf = (body: string) => analyzeNote('n.md', `---\ntitle: Reading group\n---\n\n# Training-run math\n\n${body}\n`).talks;

  test('"Speaker: Name (Org)." keeps its speaker despite the full stop', () => {
    const t = talksOf('Speaker: Zoë Nguyễn (MIT).');
    assert.deepEqual(t.map((x) => x.speakers), [[{ name: 'Zoë Nguyễn', affiliation: 'MIT' }]]);
  });

  test('a name in Han followed by its romanisation and affiliation: the affiliation is what follows the romanisation', () => {
    const t = talksOf('Speakers: 张伟 (Zhang Wei, Alibaba) and José Martínez-Ruiz (Red Hat).');
    assert.deepEqual(t[0]!.speakers, [
      { name: '张伟', affiliation: 'Alibaba' },
      { name: 'José Martínez-Ruiz', affiliation: 'Red Hat' },
    ]);
  });

  test('"X gave a talk" is found without any other prose hint in the block', () => {
    const t = talksOf('Jim Keller gave a talk on RISC-V economics.');
    assert.deepEqual(t.map((x) => x.speakers[0]!.name), ['Jim Keller']);
  });
});

test('a podcast line names every guest: "with A (Org) and B (Org)"', () => {
  const t = analyzeNote('n.md', '# Serving at scale\n\nEp. 212, with Horace He (PyTorch) and Ana Lúcia Ferreira (Nubank).\n').talks;
  assert.deepEqual(t[0]!.speakers, [
    { name: 'Horace He', affiliation: 'PyTorch' },
    { name: 'Ana Lúcia Ferreira', affiliation: 'Nubank' },
  ]);
});

test('schedule lines: "14.30 - Name: Title" (a dotted time), and a panel with a quoted title and its speakers', () => {
  const note = '# Afternoon\n\n- 14.30 - Sebastian Raschka: LLMs from scratch\n- 15:00–15:45 Panel: "Is HBM the bottleneck?" with Jeff Dean, Noam Shazeer and Amir Gholami\n';
  const n = analyzeNote('s.md', note);
  assert.deepEqual(n.talks.map((t) => [t.time, t.title, t.speakers.map((s) => s.name)]), [
    ['14.30', 'LLMs from scratch', ['Sebastian Raschka']],
    ['15:00–15:45', 'Is HBM the bottleneck?', ['Jeff Dean', 'Noam Shazeer', 'Amir Gholami']],
  ]);
  assert.deepEqual(n.claims.map((c) => c.quantity.raw), [], 'the dotted time is no claim');
});

test('a keynote heading read twice is one talk; "Name (Org) presented \\"Title\\"" is a talk', () => {
  const note = '---\ntitle: Hot Chips notes\n---\n\n# Day 1\n\n## Keynote: "The next decade of AI silicon" — Lisa Su (AMD)\nGreat talk.\n\nThen Ian Buck (NVIDIA) presented "Blackwell at scale".\n';
  const t = analyzeNote('h.md', note).talks;
  assert.deepEqual(t.map((x) => [x.title, x.speakers]), [
    ['The next decade of AI silicon', [{ name: 'Lisa Su', affiliation: 'AMD' }]],
    ['Blackwell at scale', [{ name: 'Ian Buck', affiliation: 'NVIDIA' }]],
  ]);
});

test('"**Speaker:** Name, Org" followed by "**Title:** …" is one talk with that title', () => {
  const t = analyzeNote('h.md', '# Session 2\n\n**Speaker:** Mark Papermaster, AMD\n**Title:** Chiplets everywhere\n').talks;
  assert.deepEqual(t.map((x) => [x.title, x.speakers.map((s) => s.name)]), [['Chiplets everywhere', ['Mark Papermaster']]]);
});

test('talks in German, French, Spanish, Italian and Dutch prose: talk word, optional quoted title, "by" word, name', () => {
  const note = [
    '# Workshop-Notizen',
    '',
    'Der Vortrag von Anna Schmidt (TUM) ging um HBM-Bandbreite.',
    '',
    'Danach der Vortrag „Speicher ist alles“ von Jürgen Weiß.',
    '',
    "L'exposé de Zoë Martin (INRIA) était clair.",
    '',
    'La charla de Ana García sobre inferencia fue la mejor.',
    '',
    "L'intervento di Luca Bianchi è stato breve.",
    '',
    'De lezing door Pieter de Vries (TU Delft) was druk.',
    '',
    'Die Keynote von Jensen war lang.',
  ].join('\n');
  for (const parser of PARSERS) {
    const talks = talksOf(note, parser);
    assertSpansValid(note, talks);
    assert.deepEqual(
      talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.source]),
      [
        [null, [['Anna Schmidt', 'TUM']], 'prose'],
        ['Speicher ist alles', [['Jürgen Weiß', null]], 'prose'],
        [null, [['Zoë Martin', 'INRIA']], 'prose'],
        [null, [['Ana García', null]], 'prose'],
        [null, [['Luca Bianchi', null]], 'prose'],
        [null, [['Pieter de Vries', 'TU Delft']], 'prose'],
        ['Keynote', [['Jensen Huang', null]], 'prose'],
      ],
      parser,
    );
  }
});

test('talk words in other languages before a place, an organisation or a lowercase word are no talks', () => {
  const note = [
    '# Notes',
    '',
    'La conférence de Paris a réuni 3,000 personnes.',
    '',
    'Die Präsentation von NVIDIA zeigte 8 TB/s.',
    '',
    'La presentación de la nueva GPU fue breve.',
    '',
    'Een presentatie van het team over FP8.',
  ].join('\n');
  assert.deepEqual(talksOf(note).map((t) => [t.title, t.speakers.map((s) => s.name)]), []);
});

test('schedules with full-width parentheses and corner quotes, and "Name (Org) “Title”" without a separator', () => {
  const talks = talksOf('# 東京ミートアップ\n\n- 18:30 — 佐藤健一（Preferred Networks）「MN-Core とHBM帯域」\n- 19:00 — Kenichi Sato (PFN) “Scaling MN-Core”\n- 19:30 Lunch (hall B) “free”\n');
  assert.deepEqual(
    talks.map((t) => [t.time, t.title, t.speakers.map((s) => `${s.name} / ${s.affiliation}`)]),
    [
      ['18:30', 'MN-Core とHBM帯域', ['佐藤健一 / Preferred Networks']],
      ['19:00', 'Scaling MN-Core', ['Kenichi Sato / PFN']],
    ],
  );
});

test('index audit: "Name of Org presented", a moderator is no talk, frontmatter mojibake, a dated timestamp keeps its day', () => {
  const note = analyzeNote('n', '# Day 1\n\nLater, Jean-François Lebrun of Schneider Electric presented "Cooling 1 MW racks".\n\n- 1:30 PM — Wei Zhang (Meta): Training at scale\n  - Q&A moderated by Anne-Marie O\'Neil (AMD)\n');
  // Before: "Schneider Electric" was the speaker, and "Q&A moderated" a talk.
  assert.deepEqual(note.talks.map((t) => t.title), ['Cooling 1 MW racks', 'Training at scale']);
  assert.deepEqual(note.talks[0]!.speakers, [{ name: 'Jean-François Lebrun', affiliation: 'Schneider Electric' }]);
  const mangled = analyzeNote('m', '---\ntitle: Hot Chips â€” Day 1\nevent: Hot Chips â€” 2025\n---\n\n- 9:00 — Ana Lima (IBM): Telum\n');
  assert.equal(mangled.title, 'Hot Chips — Day 1');
  assert.equal(mangled.talks[0]!.event, 'Hot Chips — 2025');
  assert.equal(mangled.problems.filter((p) => p.code === 'mojibake').length, 2, 'reported where it is, with its repair');
  assert.equal(analyzeNote('d', '---\ndate: 2025-08-26 00:30:00 +02:00\n---\nx\n').date?.iso.slice(0, 10), '2025-08-26');
});

test('a note without a frontmatter date takes a full date from its title or first line; a file name is no event', () => {
  const titled = analyzeNote('isscc.md', '# ISSCC 2025 — Feb 17, 2025\n\n- 9:00 — Ana Lima (IBM): Telum\n');
  assert.deepEqual(titled.date, { iso: '2025-02-17', original: 'Feb 17, 2025' });
  const first = analyzeNote('12-meetup.md', '2025-06-14 — notes from the meetup\n\n- 9:00 — Ana Lima (IBM): Telum\n');
  assert.equal(first.date?.iso, '2025-06-14');
  assert.equal(first.talks[0]!.event, null, 'not "12-meetup"');
  assert.equal(analyzeNote('v.md', '# Notes on v2.1\n\nNothing dated here, 2025 maybe.\n').date, null);
});

test('an honorific before a Han, kana or Hangul name: "Dr. 山田太郎 (Toshiba)"', () => {
  const note = analyzeNote('n', '# Day\n\n- 8:30 AM — Dr. 山田太郎 (Toshiba): 3D-stacked SRAM\n');
  assert.deepEqual(note.talks.map((t) => [t.title, t.speakers]), [['3D-stacked SRAM', [{ name: '山田太郎', affiliation: 'Toshiba' }]]]);
});

test('a table speaker with a native name in parentheses and the affiliation after a comma', () => {
  const note = analyzeNote('n', '# Day\n\n| Time | Speaker | Talk |\n|---|---|---|\n| 09:45 | Chen Wei (陈伟), Tsinghua University | Sparse MoE kernels |\n');
  assert.deepEqual(note.talks.map((t) => [t.title, t.speakers]), [['Sparse MoE kernels', [{ name: 'Chen Wei', affiliation: 'Tsinghua University' }]]]);
});

test('malformed YAML: the unclosed quote is pointed at, and the lines that parse alone are kept', () => {
  const note = analyzeNote('m', '---\ntitle: "SC25 notes\ndate: Nov 17, 2025\nevent: SC25\ntags: [sc25, hpc\n---\n\nbody\n');
  const problem = note.problems.find((p) => p.code === 'frontmatter-invalid')!;
  assert.match(problem.message, /\(2:1\).*unclosed quote or bracket.*kept date, event/);
  assert.equal(note.date?.iso, '2025-11-17');
  assert.equal(note.event, 'SC25');
});

describe('talks: a comma after a quoted title, a time written last, a "Talk::" label', () => {
  test('"13:00 — \\"Title\\", Name, Org", "… (AMD), 10:30" and "Talk:: Title by Name (Org) at 09:30"', () => {
    const text = '# MLSys\n\n- 13:00 — "Ironwood at scale", Norm Jouppi, Google\n- Talk: "CDNA 3 packaging" — Alan Smith (AMD), 10:30\n- Talk:: **MI355X launch** by Lisa Su (AMD) at 09:30\n';
    assert.deepEqual(one(text), [
      { title: 'Ironwood at scale', speakers: [['Norm Jouppi', 'Google']], time: '13:00', event: 'MLSys', source: 'schedule' },
      { title: 'CDNA 3 packaging', speakers: [['Alan Smith', 'AMD']], time: '10:30', event: 'MLSys', source: 'schedule' },
      { title: 'MI355X launch', speakers: [['Lisa Su', 'AMD']], time: '09:30', event: 'MLSys', source: 'schedule' },
    ]);
  });
});

test('a <br> inside a table cell parts the words of a talk title', () => {
  const note = analyzeNote('br.md', '# Meetup\n\n| Time | Speaker | Talk |\n|---|---|---|\n| 18:00 | Jane Doe (Meta) | Serving at scale<br>with vLLM |\n| 18:30 | Tri Dao | FlashAttention-3<br/>on Hopper |\n');
  assert.deepEqual(note.talks.map((t) => t.title), ['Serving at scale with vLLM', 'FlashAttention-3 on Hopper']);
});

test('a quoted sentence with its speaker is a quote, not a talk; the speaker still makes a "Name: Title" heading a talk', () => {
  const text = [
    '# Day 2',
    '',
    '## Wen Pereira: Why supply of CoWoS matters now',
    '',
    'Notes.',
    '',
    '- “The A100 SXM has 160 GB of HBM2e” — Wen Pereira',
    '> “Memory bandwidth per FLOP has halved every two generations.” — Lisa Su',
    '- 14:30 “FP8 Training Without Tears” — Zhang Wei (Tsinghua)',
    '- “Ironwood at scale” — Norm Jouppi (Google)',
    '',
  ].join('\n');
  const talks = analyzeNote('day2.md', text).talks;
  assert.deepEqual(talks.map((t) => t.title).sort(), ['FP8 Training Without Tears', 'Ironwood at scale', 'Why supply of CoWoS matters now']);
  assert.ok(!talks.some((t) => t.speakers.some((s) => s.name === 'Lisa Su')));
});

test('claims take the speaker their line names: a quote\'s attribution, "Name:" of a note\'s speaker, a transcript\'s timestamped name', () => {
  const text = [
    '---',
    'speakers: [Jensen Huang]',
    '---',
    '# GTC keynote',
    '',
    '## Talks',
    '- 10:00 Zoë Ørsted (SK hynix) — HBM3e roadmap',
    '',
    '## Notes',
    '- Jensen: B200 has 192 GB of HBM3e.',
    '- Zoë: HBM3e gives 4.8 TB/s on the H200.',
    '- [00:42:10] Dylan: the H100 does 989 TFLOPS dense BF16.',
    '- “H100 SXM has 3.35 TB/s of HBM bandwidth” — Woosuk Kwon',
    '- Memory: H200 has 141 GB.',
    '- My take: H100 has 80 GB.',
    '- Nobody: A100 has 80 GB.',
    '',
  ].join('\n');
  const claims = analyzeNote('gtc.md', text).claims;
  assert.deepEqual(claims.map((c) => [c.quantity.raw, c.speaker]), [
    ['192 GB', 'Jensen Huang'],
    ['4.8 TB/s', 'Zoë Ørsted'],
    ['989 TFLOPS', 'Dylan'],
    ['3.35 TB/s', 'Woosuk Kwon'],
    ['141 GB', null],
    ['80 GB', null],
    ['80 GB', null],
  ]);
});

test('a speakers label in other languages names the talk of the heading right above it, its title and time', () => {
  const text = '# Jornadas HPC\n\n### 10:00 — Aceleradores europeos: el chip de EPI\n\nPonente: José Martínez-Ibáñez (BSC)\n\n### 11:00 — „Inférence LLM sur Gaudi 3“\n\nIntervenant : François Lefèvre-Dubois (Mistral AI)\n\n## Dwarkesh Podcast\n\nGuest: Dylan Patel\n';
  const talks = analyzeNote('hpc.md', text).talks;
  assert.deepEqual(
    talks.map((t) => [t.title, t.time, t.speakers.map((s) => s.name).join(', '), t.event]),
    [
      ['Aceleradores europeos: el chip de EPI', '10:00', 'José Martínez-Ibáñez', 'Jornadas HPC'],
      ['Inférence LLM sur Gaudi 3', '11:00', 'François Lefèvre-Dubois', 'Jornadas HPC'],
      [null, null, 'Dylan Patel', 'Dwarkesh Podcast'],
    ],
  );
});

test('references are no talks: a reading list with years, a footnote citing a keynote; the event drops "day 2"', () => {
  const text = [
    '# Hot Chips 2024 — Day 2',
    '',
    '- 09:00 Sam Naffziger (AMD) — MI300X chiplets',
    '',
    '## Reading list',
    '- FlashAttention: Fast and Memory-Efficient Exact Attention — Tri Dao, Christopher Ré (2022)',
    '- Roofline: An Insightful Visual Performance Model — Samuel Williams, David Patterson (CACM 2009)',
    '',
    'As Jensen said.[^1]',
    '',
    '[^1]: Jensen Huang, GTC 2024 keynote, March 18, 2024.',
    '',
  ].join('\n');
  const talks = analyzeNote('hc.md', text).talks;
  assert.deepEqual(talks.map((t) => [t.title, t.event]), [['MI300X chiplets', 'Hot Chips 2024']]);
});

test('a trip log\'s dated lines are talks: "Mar 4 — Name (Org): “Title” — Event"; a dated reminder is not', () => {
  const text = '# Spring trip log\n\nMar 4 — Lisa Su (AMD): “AI Everywhere, from Cloud to PC” — Computex preview, Taipei\n19/03/2024 — Zoë Ørsted (SK hynix): “HBM3e Reliability at 12-high” — GTC 2024\n\nMar 6 — flight TPE → SFO, 23:55\n';
  const talks = analyzeNote('trip.md', text).talks;
  assert.deepEqual(talks.map((t) => [t.title, t.speakers[0]!.name, t.speakers[0]!.affiliation, t.event]), [
    ['AI Everywhere, from Cloud to PC', 'Lisa Su', 'AMD', 'Computex preview, Taipei'],
    ['HBM3e Reliability at 12-high', 'Zoë Ørsted', 'SK hynix', 'GTC 2024'],
  ]);
});

test('talk connectors: "w/", French "par" after «…», "by Name @ Org" after a dash', () => {
  const text = '# Meetup\n\n- 14:30–15:00 “FP8 Training Without Tears” w/ Zhang Wei (Tsinghua)\n- « Le coût du token sur H200 » par Hugo Lambert (Mistral AI)\n- Running Llama 3 70B on two Mac Studios — by Awni Hannun @ Apple\n';
  const talks = analyzeNote('meetup.md', text).talks;
  assert.deepEqual(talks.map((t) => [t.title, t.speakers[0]!.name, t.speakers[0]!.affiliation]), [
    ['FP8 Training Without Tears', 'Zhang Wei', 'Tsinghua'],
    ['Le coût du token sur H200', 'Hugo Lambert', 'Mistral AI'],
    ['Running Llama 3 70B on two Mac Studios', 'Awni Hannun', 'Apple'],
  ]);
});

test('a panel: its line above gives title and time, the moderator and panelists are one talk; a host joins the episode; "Speaker:" after a time', () => {
  const text = [
    '# Bay Area silicon meetup',
    '',
    '**7:15 pm** — Panel: “Who Will Build the Next Interconnect?”',
    'Moderator: Ian Cutress',
    'Panelists: Dr. Zoë Ørsted (SK hynix), Jan van der Berg (Ayar Labs) and Ólafur Jóhannsson (UEC)',
    '',
    '**8:45 pm** — Speaker: Bill Dally, NVIDIA — Trends in Deep Learning Hardware',
    '',
  ].join('\n');
  const talks = analyzeNote('meetup.md', text).talks;
  assert.deepEqual(talks.map((t) => [t.title, t.time, t.speakers.map((s) => s.name)]), [
    ['Who Will Build the Next Interconnect?', '7:15 pm', ['Ian Cutress', 'Zoë Ørsted', 'Jan van der Berg', 'Ólafur Jóhannsson']],
    ['Trends in Deep Learning Hardware', '8:45 pm', ['Bill Dally']],
  ]);
  const podcast = analyzeNote('lex.md', '---\nshow: Lex Fridman Podcast\n---\n\n# Episode 494 with Dylan Patel & Nathan Lambert\n\nHost: Lex Fridman\nGuests: Dylan Patel (SemiAnalysis), Nathan Lambert (Ai2)\n').talks;
  assert.equal(podcast.length, 1);
  assert.equal(podcast[0]!.event, 'Lex Fridman Podcast');
  assert.deepEqual(podcast[0]!.speakers.map((s) => s.name).sort(), ['Dylan Patel', 'Lex Fridman', 'Nathan Lambert']);
});

test('the writer\'s own lines and a talk of several speakers attribute a figure to nobody', () => {
  const text = '# Episode 494 with Dylan Patel & Nathan Lambert\n\nListened on the train, ~5 hours, the H100 has 80 GB.\n\nThe B200 has 192 GB.\n';
  const claims = analyzeNote('ep.md', text).claims;
  assert.ok(claims.length >= 2);
  assert.ok(claims.every((c) => c.speaker === null), JSON.stringify(claims.map((c) => c.speaker)));
});

test('"X (Org) in conversation with Y (Org)" on a timed line: both speakers with their affiliations, and the time', () => {
  const talks = analyzeNote('fc.md', '# Meetup\n\n**6:30 pm** — Fireside chat: Jim Keller (Tenstorrent) in conversation with Dylan Patel (SemiAnalysis)\n').talks;
  assert.deepEqual(talks.map((t) => [t.time, t.speakers.map((s) => [s.name, s.affiliation])]), [['6:30 pm', [['Jim Keller', 'Tenstorrent'], ['Dylan Patel', 'SemiAnalysis']]]]);
});

test('a lecture heading is a talk: "# Lecture 7 — Prof. Kayvon Fatahalian: GPU Architecture and CUDA"', () => {
  const talks = analyzeNote('cs149.md', '---\ncourse: CS149 Parallel Computing\n---\n\n# Lecture 7 — Prof. Kayvon Fatahalian: GPU Architecture and CUDA\n\n- SM = 4 sub-cores\n').talks;
  assert.deepEqual(talks.map((t) => [t.title, t.speakers[0]!.name, t.event]), [['GPU Architecture and CUDA', 'Kayvon Fatahalian', 'CS149 Parallel Computing']]);
});

test('names: "Prof. Dr." stacked titles, a Vietnamese given name that is an English word', () => {
  const talks = analyzeNote('n.md', '# Day\n\n- 10:00 “Chiplets” — Prof. Dr. Matthias Müller (TU München)\n- 11:00 “QLoRA on a single 4090” — Nguyễn Văn An (VinAI)\n').talks;
  assert.deepEqual(talks.map((t) => t.speakers[0]!.name), ['Matthias Müller', 'Nguyễn Văn An']);
});

test('German schedule lines: the speakers label and the talk word are no part of the title', () => {
  const text = '# KI-Hardware-Tag\n\n- 09.30 Uhr „Chiplets für KI-Beschleuniger“ — Referent: Prof. Dr. Matthias Müller-Lüdenscheidt (TU München)\n\n### 11.00 Uhr — Vortrag: Speicherbandbreite als Flaschenhals\n\nReferentin: Anna-Lena Schröder (Fraunhofer IIS)\n';
  const talks = analyzeNote('ki.md', text).talks;
  assert.deepEqual(talks.map((t) => [t.title, t.time, t.speakers[0]!.name]), [
    ['Chiplets für KI-Beschleuniger', '09.30 Uhr', 'Matthias Müller-Lüdenscheidt'],
    ['Speicherbandbreite als Flaschenhals', '11.00 Uhr', 'Anna-Lena Schröder'],
  ]);
});

test('a date in parentheses after a speaker is when, not an affiliation', () => {
  const talks = analyzeNote('q.md', '# Podcasts — January\n\n- Dwarkesh Podcast: Dario Amodei in conversation with Dwarkesh Patel (Jan 15)\n- 10:00 Lisa Su (AMD) — Keynote\n').talks;
  assert.ok(talks.every((t) => t.speakers.every((s) => s.affiliation === null || s.affiliation === 'AMD')), JSON.stringify(talks.map((t) => t.speakers)));
});

test('names with a one-letter token: the Irish "Ó Briain", a bare middle initial, the Vietnamese "Nguyễn Văn A"', () => {
  const text = [
    '# Hot Chips 2025 — Day 2',
    '',
    '| Time | Talk | Speaker | Affiliation |',
    '|------|------|---------|-------------|',
    '| 09:30 | Groq LPU v2: deterministic at rack scale | Søren Østergaard | Groq |',
    '| 10:00 | Gaudi 3 retrospective | Zoë Ó Briain | Intel |',
    '| 10:30 | Wafer-scale memory | Nguyễn Văn A | Cerebras |',
    '',
    '- 11:00 — Serving at the edge — Jane Q Public (Qualcomm)',
    '- 11:30 — Gaudi 2 lessons — Aoife O Briain (Intel)',
    '',
  ].join('\n');
  const talks = analyzeNote('hc.md', text).talks;
  assert.deepEqual(talks.map((t) => [t.time, t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.event]), [
    ['09:30', 'Groq LPU v2: deterministic at rack scale', [['Søren Østergaard', 'Groq']], 'Hot Chips 2025'],
    ['10:00', 'Gaudi 3 retrospective', [['Zoë Ó Briain', 'Intel']], 'Hot Chips 2025'],
    ['10:30', 'Wafer-scale memory', [['Nguyễn Văn A', 'Cerebras']], 'Hot Chips 2025'],
    ['11:00', 'Serving at the edge', [['Jane Q Public', 'Qualcomm']], 'Hot Chips 2025'],
    ['11:30', 'Gaudi 2 lessons', [['Aoife O Briain', 'Intel']], 'Hot Chips 2025'],
  ]);
  for (const name of ['Zoë Ó Briain', 'Zoe\u0308 O\u0301 Briain', 'Jane Q Public', 'Nguyễn Văn A', 'Jane Q. Public']) assert.ok(isPersonName(name), name);
  // A letter that is a word, a letter first or last, two letters in a row, a variant's letter: no names.
  for (const name of ['Plan A Rollout', 'Then I Left', 'Q Public', 'Jane Q', 'Jane Q R Public', 'Series B Funding', 'Type C Ports', 'Nguyen Van A', 'Section B Notes']) assert.ok(!isPersonName(name), name);
});

test('"Title (Name, Org)" in a heading or on a timed line, and "·" between time, title and speaker; an aside in parentheses is no speaker', () => {
  const text = [
    '+++',
    'title = "ISSCC 2025 — Session 2"',
    'event = "ISSCC 2025"',
    'speakers = ["Nguyễn Thị Minh Anh", "Søren Østergaard"]',
    '+++',
    '',
    '# ISSCC 2025, Session 2 — Processors for AI',
    '',
    '## 2.1 Wafer-scale inference (Nguyễn Thị Minh Anh, Cerebras)',
    '',
    '- WSE-3 packs 44 GB of on-chip SRAM.',
    '',
    '## 2.4 Deterministic dataflow (Søren Østergaard, Groq)',
    '',
    '## 10:30 – MI355X deep dive (José Ramírez-Núñez, AMD)',
    '',
    '## Schedule',
    '',
    '- 10:30 Serving LLMs on TPU v5e (François Lefèvre, Google DeepMind)',
    '- 11:00 – 11:30 · Gaudi 3 retrospective · Zoë Whitfield (Intel)',
    '',
    '## Dense numbers (FP8, dense)',
    '',
    '## MI355X at a glance (see slide 4, AMD)',
    '',
    '- 12:00 Lunch (Hall B, level 2)',
    '- The H100 figure came from an earlier slide (Jane Smith, NVIDIA)',
    '',
  ].join('\n');
  const talks = analyzeNote('isscc.md', text).talks;
  assert.deepEqual(talks.map((t) => [t.time, t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.event]), [
    [null, 'Wafer-scale inference', [['Nguyễn Thị Minh Anh', 'Cerebras']], 'ISSCC 2025'],
    [null, 'Deterministic dataflow', [['Søren Østergaard', 'Groq']], 'ISSCC 2025'],
    ['10:30', 'MI355X deep dive', [['José Ramírez-Núñez', 'AMD']], 'ISSCC 2025'],
    ['10:30', 'Serving LLMs on TPU v5e', [['François Lefèvre', 'Google DeepMind']], 'ISSCC 2025'],
    ['11:00 – 11:30', 'Gaudi 3 retrospective', [['Zoë Whitfield', 'Intel']], 'ISSCC 2025'],
  ]);
});

test('"Title — talk by Name (Org)" and "Title, a talk by Name (Org)": the talk word is no part of the title', () => {
  const text = [
    '- # MLSys 2025 — TPU serving track',
    '- date:: 13/05/2025',
    '- ## Serving LLMs on TPU v5e — talk by François Lefèvre (Google DeepMind)',
    '\t- TPU v5e: 16 GB of HBM2 per chip at 819 GB/s',
    '- ## Trillium in production, a talk by Chloé Dubois (Google)',
    '- ## Lightning talk by Jane Smith (NVIDIA)',
    '',
  ].join('\n');
  const talks = analyzeNote('mlsys.md', text).talks;
  assert.deepEqual(talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.event]), [
    ['Serving LLMs on TPU v5e', [['François Lefèvre', 'Google DeepMind']], 'MLSys 2025 — TPU serving track'],
    ['Trillium in production', [['Chloé Dubois', 'Google']], 'MLSys 2025 — TPU serving track'],
    ['Lightning talk', [['Jane Smith', 'NVIDIA']], 'MLSys 2025 — TPU serving track'],
  ]);
});

test('two labelled talks on one line, and a "Speaker:" label after a date and place written as a sentence', () => {
  const amd = analyzeNote('amd.md', '# AMD Advancing AI 2025 (launch event)\n\nDate: 12/06/2025 · San Jose McEnery Convention Center, Hall 2\nKeynote: Lisa Su (AMD). Product deep-dive: José Ramírez-Núñez (AMD).\n\n## MI350 series\n\n- MI350X has 288 GB of HBM3E.\n').talks;
  assert.deepEqual(amd.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.time, t.event]), [
    ['Keynote', [['Lisa Su', 'AMD']], null, 'AMD Advancing AI 2025 (launch event)'],
    ['Product deep-dive', [['José Ramírez-Núñez', 'AMD']], null, 'AMD Advancing AI 2025 (launch event)'],
  ]);
  const intel = analyzeNote('intel.md', 'Intel Vision 2024\n=================\n\n*Phoenix, Apr 9, 2024.* Speaker: Zoë Ó Briain (Intel Habana Labs).\n\nGaudi 3 headline specs:\n- Gaudi 3 has 128 GB of HBM2e.\n').talks;
  assert.deepEqual(intel.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.time, t.event]), [[null, [['Zoë Ó Briain', 'Intel Habana Labs']], null, 'Intel Vision 2024']]);
  // An abbreviation or an initial ends no sentence; a remark after a label is no talk.
  const none = analyzeNote('n.md', '# Notes\n\nAsked Dr. Zoë Ørsted: she said HBM4 is late. Note: the B200 has 192 GB. Update: Lisa Su said so.\n').talks;
  assert.deepEqual(none, []);
});

test('claims take the speaker a sentence names: \'"…," José said\', "Zoë said …", "According to Zoë Whitfield, …"; a line under "Speaker:" is the writer\'s', () => {
  const text = [
    '# Hot Chips 2025',
    '',
    '## Schedule',
    '- 10:30 — AMD Instinct MI355X: CDNA 4 Architecture — José Ramírez-Núñez (AMD)',
    '- 11:00 — Ironwood: Google\'s 7th-gen TPU for Inference — Zoë Whitfield (Google)',
    '- 11:30 — Serving LLMs on TPU v5e — François Lefèvre (Google DeepMind)',
    '',
    '## Notes',
    '- "FP8 hits 10 PFLOPS dense," José said. I think he meant 5 PFLOPS.',
    '- Zoë said Ironwood has 192 GB of HBM.',
    '- According to Zoë Whitfield, Ironwood reads its HBM at 7.4 TB/s.',
    '- François said the v5e has 16 GB of HBM. The slide claimed 819 GB/s.',
    '- Someone said the H100 has 80 GB.',
    '- According to NVIDIA, the H200 has 141 GB.',
    '',
  ].join('\n');
  const claims = analyzeNote('hc.md', text).claims;
  assert.deepEqual(claims.map((c) => [c.quantity.raw, c.speaker]), [
    ['10 PFLOPS', 'José Ramírez-Núñez'],
    ['5 PFLOPS', null],
    ['192 GB', 'Zoë Whitfield'],
    ['7.4 TB/s', 'Zoë Whitfield'],
    ['16 GB', 'François Lefèvre'],
    ['819 GB/s', null],
    ['80 GB', null],
    ['141 GB', null],
  ]);
  const lecture = '# GPU MODE Lecture 71 — Rooflines beyond NVIDIA\n\nSpeaker: Björn Åkesson (KTH Royal Institute of Technology)\nStreamed 2025-03-15, ~1,200 people on the livestream.\n\nThe H100 has 80 GB of HBM.\n';
  assert.deepEqual(analyzeNote('gm.md', lecture).claims.map((c) => [c.quantity.raw, c.speaker]), [
    ['~1,200 people', null],
    ['80 GB', 'Björn Åkesson'],
  ]);
});

test('a frontmatter speakers list under a title naming one talk is that talk, with all its speakers; a day\'s notes keep one talk per speaker', () => {
  const text = [
    '---',
    'title: "PyTorch Conference 2025: ROCm & MI300X in production"',
    'date: 2025-10-22',
    'event: PyTorch Conference 2025',
    'speakers:',
    '  - name: Małgorzata Dvořák',
    '    affiliation: AMD',
    '  - name: İlkay Şahin',
    '    affiliation: Meta',
    '---',
    '',
    '# ROCm & MI300X in production',
    '',
    '- MI300X has 192 GB of HBM3.',
    '',
  ].join('\n');
  const shapeOf = (talks: Talk[]) => talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.time, t.event]);
  assert.deepEqual(shapeOf(analyzeNote('pt.md', text).talks), [['ROCm & MI300X in production', [['Małgorzata Dvořák', 'AMD'], ['İlkay Şahin', 'Meta']], null, 'PyTorch Conference 2025']]);
  const flow = '---\ntitle: "Meetup — Serving at scale"\nevent: Meetup\ntime: "14:10"\nspeakers: [Bob Smith, Ann Lee]\n---\n\nNotes.\n';
  assert.deepEqual(shapeOf(analyzeNote('m.md', flow).talks), [['Serving at scale', [['Bob Smith', null], ['Ann Lee', null]], '14:10', 'Meetup']]);
  const day = '---\ntitle: GTC 2025 day 1\nevent: GTC 2025\nspeakers: [Bob Smith, Ann Lee]\n---\n\nNotes.\n';
  assert.deepEqual(shapeOf(analyzeNote('d.md', day).talks), [[null, [['Bob Smith', null]], null, 'GTC 2025'], [null, [['Ann Lee', null]], null, 'GTC 2025']]);
});

test('speaker lists joined by a non-English "and": und, et, y, e, と; labels "Participantes:", "Auf dem Podium:"; a table row of two people', () => {
  const panel = (line: string): [string, string | null][][] =>
    analyzeNote('p.md', `# Conf 2026\n\n## 16:15 — Panel: Sovereign AI\n\n${line}\n`).talks.map((t) => t.speakers.map((s) => [s.name, s.affiliation]));
  assert.deepEqual(panel('Panelists: John Smith (Google), Mary Jones (AWS) und Ann Lee (Meta).'), [[['John Smith', 'Google'], ['Mary Jones', 'AWS'], ['Ann Lee', 'Meta']]]);
  assert.deepEqual(panel('Intervenants : Jean-Baptiste de la Tour (Scaleway) et Amélie Lefèvre-Dubois (Mistral AI).'), [[['Jean-Baptiste de la Tour', 'Scaleway'], ['Amélie Lefèvre-Dubois', 'Mistral AI']]]);
  assert.deepEqual(panel('Participantes: María José Fernández-Villaverde (BSC), Nguyễn Văn An (VinAI) y Jean-Baptiste de la Tour (Scaleway).'), [
    [['María José Fernández-Villaverde', 'BSC'], ['Nguyễn Văn An', 'VinAI'], ['Jean-Baptiste de la Tour', 'Scaleway']],
  ]);
  assert.deepEqual(panel('Auf dem Podium: Søren Østergaard, Jean-Baptiste de la Tour (Scaleway) und Zoë Ó Briain (Mistral AI).'), [
    [['Søren Østergaard', null], ['Jean-Baptiste de la Tour', 'Scaleway'], ['Zoë Ó Briain', 'Mistral AI']],
  ]);
  assert.deepEqual(panel('登壇者：山田太郎（PFN）と佐藤花子（NTT）'), [[['山田太郎', 'PFN'], ['佐藤花子', 'NTT']]]);
  // ("y" is still a particle where the list needs no separator there.)
  assert.deepEqual(panel('Speaker: Santiago Ramón y Cajal (CSIC)'), [[['Santiago Ramón y Cajal', 'CSIC']]]);
  const table = analyzeNote('t.md', '# Encontro 2026\n\n| Hora | Orador | Afiliação | Título |\n|---|---|---|---|\n| 16:15 | João Conceição e Zoë Ó Briain | INESC TEC / Mistral AI | Painel: soberania digital |\n').talks;
  assert.deepEqual(table.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation])]), [['Painel: soberania digital', [['João Conceição', 'INESC TEC'], ['Zoë Ó Briain', 'Mistral AI']]]]);
});

/** A note with one line under an H1 "Conf 2026": each talk's time, title and speakers with affiliations. */
function talksOfLine(line: string): unknown[] {
  return analyzeNote('t.md', `# Conf 2026\n\n${line}\n`).talks.map((t) => [t.time, t.title, t.speakers.map((s) => [s.name, s.affiliation])]);
}

test('"Talk by Name (Org): Title" and its German, Spanish, Portuguese, Italian, French forms: title, time, and the name alone', () => {
  assert.deepEqual(talksOfLine('## 11:00 — Talk by John Smith (Google): Scaling TPUs'), [['11:00', 'Scaling TPUs', [['John Smith', 'Google']]]]);
  assert.deepEqual(talksOfLine('## 14:00 Uhr — Vortrag von Zoë Ó Briain (Mistral AI): Inferenz mit langen Kontexten'), [['14:00 Uhr', 'Inferenz mit langen Kontexten', [['Zoë Ó Briain', 'Mistral AI']]]]);
  assert.deepEqual(talksOfLine('## 09:30 — Charla de María José Fernández-Villaverde (BSC): MareNostrum 5 y la IA generativa'), [['09:30', 'MareNostrum 5 y la IA generativa', [['María José Fernández-Villaverde', 'BSC']]]]);
  assert.deepEqual(talksOfLine('## 10:00 — Palestra de João Conceição (INESC TEC): Soberania digital'), [['10:00', 'Soberania digital', [['João Conceição', 'INESC TEC']]]]);
  assert.deepEqual(talksOfLine("## 10:00 — Intervento di Pietro dell'Acqua (CINECA): Leonardo"), [['10:00', 'Leonardo', [["Pietro dell'Acqua", 'CINECA']]]]);
  assert.deepEqual(talksOfLine('Talk by Jürgen Weiß-Müller (Aleph Alpha): Why HBM capacity decides inference cost'), [[null, 'Why HBM capacity decides inference cost', [['Jürgen Weiß-Müller', 'Aleph Alpha']]]]);
  assert.ok(!isPersonName('Vortrag von Zoë Ó Briain') && !isPersonName('Charla de María José'));
  assert.ok(isPersonName("Pietro dell'Acqua") && isPersonName("Giulia D'Amico"));
});

test('Logseq, Dataview and Roam properties: "speaker:: [[Name]]" with affiliation, time and event around it, "Talk:: [[Name]] (Org) — …"; a "Name: figure" bullet is a spec, no talk', () => {
  const logseq = [
    'title:: Hot Chips 2026',
    '',
    '- ## Talk: MI355X deep dive',
    '  speaker:: [[Nguyễn Văn An]]',
    '  affiliation:: AMD',
    '  event:: [[Hot Chips 2026]]',
    '  time:: 10:15',
    '\t- MI355X: 288 GB HBM3E, 8 TB/s',
    '\t- Infinity Fabric: 1.07 TB/s bidirectional',
    '',
  ].join('\n');
  assert.deepEqual(analyzeNote('Hot Chips 2026.md', logseq).talks.map(shape), [
    { title: 'MI355X deep dive', speakers: [['Nguyễn Văn An', 'AMD']], time: '10:15', event: 'Hot Chips 2026', source: 'prose' },
  ]);
  const dataview = '# Swiss AI Summit 2026\n\n## Vortrag: Alps und die GH200-Partition\nspeaker:: [[Jean-Baptiste de la Tour]]\naffiliation:: CSCS\ntime:: 09:30\n';
  assert.deepEqual(analyzeNote('s.md', dataview).talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.time]), [
    ['Alps und die GH200-Partition', [['Jean-Baptiste de la Tour', 'CSCS']], '09:30'],
  ]);
  const roam = '- [[AI Infra Meetup Amsterdam]]\n    - Talk:: [[Ruud van der Berg]] (ASML) — "Van transistor tot tensor"\n        - Time:: 18:30\n        - De H100 heeft 80 GB HBM3.\n';
  assert.deepEqual(analyzeNote('r.md', roam).talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.time]), [
    ['Van transistor tot tensor', [['Ruud van der Berg', 'ASML']], '18:30'],
  ]);
  const spec = analyzeNote('h.md', '# Hot Chips 2026\n\n## Talk: MI355X deep dive\n\n- Infinity Fabric: 1.07 TB/s bidirectional\n- Lisa Su: MI355X launch\n').talks;
  assert.deepEqual(spec.map((t) => t.speakers[0]!.name), ['Lisa Su']);
});

test('a podcast episode is one talk of its host and guests, titled from the episode heading: "Host: … · Guests: …", frontmatter guests, "**Convidados:**"', () => {
  const people = (t: Talk): [string, string | null][] => t.speakers.map((s) => [s.name, s.affiliation]);
  const line = analyzeNote('p.md', '# The Memory Wall — Episode 117: HBM4 and Rubin\n\nHost: Tom Ruiz · Guests: Dylan Patel (SemiAnalysis), Soren Berg (DTU)\n').talks;
  assert.deepEqual(line.map((t) => [t.title, people(t), t.event]), [['HBM4 and Rubin', [['Tom Ruiz', null], ['Dylan Patel', 'SemiAnalysis'], ['Soren Berg', 'DTU']], 'The Memory Wall']]);
  const fm = analyzeNote('p.md', '---\nguests:\n  - Dylan Patel (SemiAnalysis)\n  - Soren Berg (DTU)\nhost: Tom Ruiz\n---\n# Episode 117: HBM4 and Rubin\n').talks;
  assert.deepEqual(fm.map((t) => [t.title, people(t)]), [['HBM4 and Rubin', [['Tom Ruiz', null], ['Dylan Patel', 'SemiAnalysis'], ['Soren Berg', 'DTU']]]]);
  const fmTitled = analyzeNote('p.md', '---\ntitle: "The Memory Wall, ep. 117 — HBM4 and the Rubin generation"\nshow: The Memory Wall\nhost: Tomás Ruiz-Castañeda\nguests:\n  - Dylan Patel (SemiAnalysis)\n---\nHost: Tomás Ruiz-Castañeda · Guests: Dylan Patel (SemiAnalysis)\n').talks;
  assert.deepEqual(fmTitled.map((t) => [t.title, people(t), t.event]), [['HBM4 and the Rubin generation', [['Tomás Ruiz-Castañeda', null], ['Dylan Patel', 'SemiAnalysis']], 'The Memory Wall']]);
  const pt = analyzeNote('p.md', '# Episódio 42 — Chips e HBM\n\n**Apresentação:** Rafael Gonçalves\n**Convidados:** Dylan Patel (SemiAnalysis), Ana Luíza Conceição (Unicamp)\n').talks;
  assert.deepEqual(pt.map((t) => [t.title, people(t)]), [['Chips e HBM', [['Rafael Gonçalves', null], ['Dylan Patel', 'SemiAnalysis'], ['Ana Luíza Conceição', 'Unicamp']]]]);
});

test('CJK and other heading shapes: a time range with 〜 or ~, "Keynote: Name (Org) — Title" after a time, 主题演讲：, 《…》 title marks, a "嘉宾：" label', () => {
  assert.deepEqual(talksOfLine('## 10:00〜10:45 Taro Yamada (PFN) — MN-Core'), [['10:00〜10:45', 'MN-Core', [['Taro Yamada', 'PFN']]]]);
  assert.deepEqual(talksOfLine('## 10:00~10:45 山田 太郎（Preferred Networks）「MN-Core L1000 と LLM 推論」'), [['10:00~10:45', 'MN-Core L1000 と LLM 推論', [['山田 太郎', 'Preferred Networks']]]]);
  assert.deepEqual(talksOfLine('## 09:30 Keynote: Wang Xiaoming (Alibaba) — Memory wall'), [['09:30', 'Memory wall', [['Wang Xiaoming', 'Alibaba']]]]);
  assert.deepEqual(talksOfLine('## 09:30 主题演讲：王小明（阿里云）—《大模型推理的显存墙》'), [['09:30', '大模型推理的显存墙', [['王小明', '阿里云']]]]);
  assert.deepEqual(talksOfLine('## 14:00 圆桌：国产算力与生态\n\n嘉宾：李娜（华为昇腾）、陈志强（寒武纪）'), [['14:00', '圆桌：国产算力与生态', [['李娜', '华为昇腾'], ['陈志强', '寒武纪']]]]);
  // (A kind before a title stays a title's: the speakers come last.)
  assert.deepEqual(talksOfLine('## 09:00 Keynote: The roofline is dead — Zoë Ó Briain (Meta)').map((t) => (t as unknown[])[2]), [[['Zoë Ó Briain', 'Meta']]]);
});

test('the session kind before a title is no part of it: "Vortrag: Title — Name (Org)", "Keynote: Title — Name (Org)"', () => {
  const titles = (text: string): (string | null)[] => analyzeNote('t.md', text).talks.map((t) => t.title);
  assert.deepEqual(titles('# Summit 2026\n\n## Vortrag: Sparsity in der Praxis — Søren Østergaard (DTU)\n'), ['Sparsity in der Praxis']);
  assert.deepEqual(titles('#+TITLE: MLSys 2026\n\n** 09:00 Keynote: The roofline is dead, long live the roofline — Zoë Ó Briain (Meta)\n'), ['The roofline is dead, long live the roofline']);
});

test('claims take the speaker a German, French, Spanish, Italian or Portuguese speech verb names after the full name: "Søren Østergaard erklärte, …", "Jean-Baptiste de la Tour a rappelé que …"', () => {
  const lines = [
    ['Søren Østergaard erklärte, die H100 habe 80 GB HBM3.', 'Søren Østergaard'],
    ['Søren Østergaard sagte, die H200 habe 141 GB.', 'Søren Østergaard'],
    ['Jean-Baptiste de la Tour a rappelé que la H200 dispose de 141 Go de HBM3e.', 'Jean-Baptiste de la Tour'],
    ['Jean-Baptiste de la Tour a expliqué que la H100 offre 80 Go.', 'Jean-Baptiste de la Tour'],
    ['María José Fernández-Villaverde explicó que la H100 tiene 80 GB.', 'María José Fernández-Villaverde'],
    ["Giulia D'Amico ha detto che la MI355X ha 288 GB di HBM3E.", "Giulia D'Amico"],
    ['İlkay Şahin disse que a MI300X tem 192 GB.', 'İlkay Şahin'],
    // (Not a surname alone, nor a name the note does not give a talk.)
    ['Østergaard sagte, die H100 habe 80 GB.', null],
    ['Jensen Müller erklärte, die H100 habe 80 GB.', null],
  ] as const;
  for (const [line, speaker] of lines) {
    const text = [
      '# Notes',
      '',
      '- 10:30 — Blackwell im Rechenzentrum — Søren Østergaard (Novo Nordisk Foundation)',
      '- 11:00 — Servir Llama — Jean-Baptiste de la Tour (Scaleway)',
      '- 11:30 — Aceleradores — María José Fernández-Villaverde (BSC)',
      "- 12:00 — MI355X — Giulia D'Amico (AMD)",
      '- 12:30 — MI300X — İlkay Şahin (Meta)',
      '',
      '## Notizen',
      '',
      line,
      '',
    ].join('\n');
    const claims = analyzeNote('intl.md', text).claims;
    assert.ok(claims.length > 0, line);
    assert.equal(claims[0]!.speaker, speaker, line);
  }
});

test('a line opening with a speaker\'s surname and its particles is that speaker\'s: "- de la Tour: a H200 tem 141 GB" is Jean-Baptiste de la Tour\'s', () => {
  const text = [
    '# Lisboa AI Infra',
    '',
    '- 10:00 — Inferência em H200 — Jean-Baptiste de la Tour (Scaleway)',
    '- 10:30 — Treino em FP8 — Søren Østergaard (Novo Nordisk Foundation)',
    '',
    '## Notas',
    '',
    '- de la Tour: a H200 tem 141 GB e 4.800 GB/s.',
    '- Østergaard: a H100 tem 80 GB.',
    '- la Tour: a B200 tem 192 GB.',
    '- de la Vega: a MI300X tem 192 GB.',
    '',
  ].join('\n');
  assert.deepEqual(analyzeNote('pt.md', text).claims.map((c) => [c.quantity.raw, c.speaker]), [
    ['141 GB', 'Jean-Baptiste de la Tour'],
    ['4.800 GB/s', 'Jean-Baptiste de la Tour'],
    ['80 GB', 'Søren Østergaard'],
    ['192 GB', null],
    ['192 GB', null],
  ]);
});

test('a pronoun and a speech verb right after a sentence attributed to one speaker are that speaker\'s: "Jane Doe explained that …" then "She argued that …"', () => {
  const note = (...lines: string[]): (string | null)[][] => {
    const text = ['# Notes', '', '- 10:30 — Scaling HBM4 — Jane Doe (NVIDIA)', '- 11:00 — Blackwell — John Smith (AMD)', '', '## Notes', '', ...lines, ''].join('\n');
    return analyzeNote('p.md', text).claims.map((c) => [c.quantity.raw, c.speaker]);
  };
  assert.deepEqual(note('Jane Doe explained that the H100 has 3.35 TB/s.', 'She argued that the B200 has 8 TB/s.', 'He also said the H200 has 141 GB.'), [
    ['3.35 TB/s', 'Jane Doe'],
    ['8 TB/s', 'Jane Doe'],
    ['141 GB', 'Jane Doe'],
  ]);
  // On the same line, up to the writer's next sentence.
  assert.deepEqual(note('Jane Doe explained that the H100 has 80 GB. She argued that the B200 has 8 TB/s. The slide showed 9 PFLOPS.'), [
    ['80 GB', 'Jane Doe'],
    ['8 TB/s', 'Jane Doe'],
    ['9 PFLOPS', null],
  ]);
  // German, French.
  assert.deepEqual(note('- John Smith said the H100 has 80 GB.', '- Er sagte, die H200 habe 141 GB.', '- Il a ajouté que la B200 a 192 Go.'), [
    ['80 GB', 'John Smith'],
    ['141 GB', 'John Smith'],
    ['192 Go', 'John Smith'],
  ]);
  // Nobody's: a blank line between, two speakers named, the writer's sentence last, no attribution before.
  assert.deepEqual(note('Jane Doe said the H100 has 80 GB.', '', 'She argued that the B200 has 8 TB/s.'), [['80 GB', 'Jane Doe'], ['8 TB/s', null]]);
  assert.deepEqual(note("Jane Doe said John Smith's H100 has 80 GB.", 'He argued that the B200 has 8 TB/s.'), [['80 GB', 'Jane Doe'], ['8 TB/s', null]]);
  assert.deepEqual(note('Jane Doe said the H100 has 80 GB. The slide showed 3.35 TB/s.', 'She argued that the B200 has 8 TB/s.'), [['80 GB', 'Jane Doe'], ['3.35 TB/s', null], ['8 TB/s', null]]);
  assert.deepEqual(note('The H100 has 80 GB.', 'She said the B200 has 8 TB/s.'), [['80 GB', null], ['8 TB/s', null]]);
});

test('"#+TITLE:" atop an org-style note is its title; a top "event:: [[…]]" property line is its event, and its talks\'', () => {
  const org = analyzeNote('mlsys-2026-org.md', '#+TITLE: MLSys 2026\n#+DATE: <2026-11-23 Mon>\n\n* Notes\n** 09:00 Keynote: The roofline is dead — Zoë Ó Briain (Meta)\n- H100: 989 TFLOPS dense BF16\n');
  assert.equal(org.title, 'MLSys 2026');
  assert.deepEqual(org.talks.map((t) => [t.title, t.event]), [['The roofline is dead', 'MLSys 2026']]);
  // (Not further down: "#+TITLE:" only among the keyword lines opening the note.)
  assert.equal(analyzeNote('x.md', '# Real title\n\n#+TITLE: not this\n').title, 'Real title');
  const swiss = analyzeNote('s.md', '# Swiss AI Summit 2026 — Zürich\n\nevent:: [[Swiss AI Summit 2026]]\nort:: ETH Zürich\n\n## Vortrag: Alps und die GH200-Partition\nspeaker:: [[Jean-Baptiste de la Tour]]\naffiliation:: CSCS\n');
  assert.equal(swiss.event, 'Swiss AI Summit 2026');
  assert.deepEqual(swiss.talks.map((t) => [t.title, t.event]), [['Alps und die GH200-Partition', 'Swiss AI Summit 2026']]);
  // A talk's own "event::" under its heading is no note-level event.
  const talkLevel = analyzeNote('t.md', '# Notes\n\n## Vortrag: Alps\nspeaker:: [[Jean-Baptiste de la Tour]]\nevent:: [[Other Summit]]\n');
  assert.equal(talkLevel.event, null);
});

test('family names in capitals, as Japanese and French programmes write them: "YAMADA Taro", "Jean DUPONT"; acronyms are not names', () => {
  const text = ['# Tokyo AI Infra 2026', '', '## Schedule', '', '- 10:00 YAMADA Taro (Preferred Networks): Inference at scale', '- 11:00 Jean DUPONT — HBM roadmaps', '- 12:00 GTC Paris: recap', '- 13:00 ISSCC Keynote — what we heard', ''].join('\n');
  const talks = talksOf(text).map(shape);
  assert.deepEqual(
    talks.filter((t) => t.speakers.length > 0).map((t) => [t.title, t.speakers]),
    [
      ['Inference at scale', [['YAMADA Taro', 'Preferred Networks']]],
      ['HBM roadmaps', [['Jean DUPONT', null]]],
    ],
  );
});
