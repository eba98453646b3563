// Deterministic synthetic workspaces of ML-hardware notes, for `npm run bench`.
//
//   node out/bench/gen-corpus.js --n 10000 --seed 42 --out DIR [--force]
//   node out/bench/gen-corpus.js --single --bytes 20480 --seed 42 --out FILE.md
//
// Same (n, seed) ⇒ byte-identical files on every machine. Note i is drawn from
// its own PRNG stream, so its text does not depend on the notes generated
// before it (only its link targets depend on n).
//
// Mix (defaults in MIX below; cross-checked against ../shared/bench/gen-corpus.mjs):
//   frontmatter YAML / TOML / none ≈ 50 / 30 / 20 %, ≈3 % CRLF, ≈7 % mojibake,
//   sizes log-uniform 1.5-16 KB (mean ≈ 7 KB) plus ≈0.3 % outliers of 150-220 KB,
//   one hub note (hub.md) that ≈90 % of notes link to, wikilinks between notes
//   (some dangling, some with |alias or #section), headings with times of day,
//   lists, tables of specs, blockquote and list schedules, fenced code, and
//   numeric claims ("80 GB", "3.35 TB/s", "989 TFLOPS dense BF16", "141 GB
//   drains in 10 ms", "$1T+", "1.3M Hopper GPUs", years, percentages...),
//   about 15 % of the spec figures deliberately wrong.
//
// Writes DIR/**.md and DIR.manifest.json (per-file facts and totals).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Rng } from './prng.js';

export const GENERATOR_VERSION = 3;

export const MIX = {
  yaml: 0.5,
  toml: 0.3, // the rest (0.2) has no frontmatter
  crlf: 0.03,
  mojibake: 0.07,
  outlier: 0.003,
  linksHub: 0.9,
  minKB: 1.5,
  maxKB: 16,
  outlierMinKB: 150,
  outlierMaxKB: 220,
} as const;

export const HUB_NAME = 'hub';
export const HUB_PATH = 'hub.md';

export type FrontmatterKind = 'yaml' | 'toml' | 'none';

export interface NotePlan {
  index: number;
  rel: string;
  name: string;
  title: string;
  date: string;
  year: number;
  event: EventInfo;
  frontmatter: FrontmatterKind;
  crlf: boolean;
  mojibake: boolean;
  outlier: boolean;
  linksHub: boolean;
  targetBytes: number;
}

export interface NoteStats {
  path: string;
  bytes: number;
  frontmatter: FrontmatterKind;
  crlf: boolean;
  mojibake: boolean;
  outlier: boolean;
  headings: number;
  wikilinks: number;
  hubLinks: number;
  danglingLinks: number;
  plantedClaims: number;
  wrongFigures: number;
  tables: number;
  schedules: number;
}

export interface CorpusManifest {
  generator: 'roofline-notes bench/gen-corpus';
  version: number;
  seed: number;
  n: number;
  hub: string;
  totals: {
    files: number;
    bytes: number;
    meanBytes: number;
    p50Bytes: number;
    p95Bytes: number;
    maxBytes: number;
    yaml: number;
    toml: number;
    none: number;
    crlf: number;
    mojibake: number;
    outliers: number;
    headings: number;
    wikilinks: number;
    hubLinkers: number;
    danglingLinks: number;
    plantedClaims: number;
    wrongFigures: number;
    tables: number;
    schedules: number;
  };
  files: NoteStats[];
}

// ---------------------------------------------------------------------------
// Vocabulary

const GIVEN = ['Ada', 'Bilal', 'Camille', 'Dario', 'Eun-ji', 'Farah', 'Gustavo', 'Hiroshi', 'Imke', 'Jonas', 'Kavya',
  'Lars', 'Mónica', 'Nikhil', 'Oksana', 'Paulo', 'Qiu', 'Rania', 'Stefan', 'Tomasz', 'Uma', 'Valérie', 'Wen', 'Xavier',
  'Yasmin', 'Zeynep', 'Anders', 'Beatriz', 'Chidi', 'Dagny', 'Émile', 'Freya', 'Gaurav', 'Hana', 'Ismael', 'Jörg'];
const FAMILY = ['Achterberg', 'Bianchi', 'Castellanos', 'Dvořák', 'Eriksen', 'Fujimoto', 'Gonçalves', 'Hartmann',
  'Ibáñez', 'Jovanović', 'Kapoor', 'Lindgren', 'Moreau', 'Nakamura', 'Oyelaran', 'Pereira', 'Quintero', 'Rasmussen',
  'Szabó', 'Takahashi', 'Umarov', 'Vasquez', 'Whitfield', 'Xu', 'Yilmaz', 'Zimmermann', "D'Souza", 'MacLeod', 'Ng'];
const ORGS = ['NVIDIA', 'AMD', 'Google', 'Meta', 'Microsoft', 'Stanford', 'Princeton', 'MIT', 'ETH Zürich', 'Cerebras',
  'Groq', 'Tenstorrent', 'Modal', 'Together AI', 'CoreWeave', 'Lambda', 'Hugging Face', 'PyTorch', 'SemiAnalysis',
  'Mistral', 'AWS', 'Graphcore', 'EPFL', 'Tsinghua', 'KAIST', 'independent'];

interface EventInfo {
  name: string;
  kind: 'conferences' | 'podcasts' | 'meetups' | 'journal';
}
const EVENTS: EventInfo[] = [
  { name: 'GTC', kind: 'conferences' },
  { name: 'Hot Chips', kind: 'conferences' },
  { name: 'ISSCC', kind: 'conferences' },
  { name: 'MLSys', kind: 'conferences' },
  { name: 'NeurIPS', kind: 'conferences' },
  { name: 'OCP Global Summit', kind: 'conferences' },
  { name: 'SC', kind: 'conferences' },
  { name: 'Computex', kind: 'conferences' },
  { name: 'AMD Advancing AI', kind: 'conferences' },
  { name: 'Google Cloud Next', kind: 'conferences' },
  { name: 'GPU MODE', kind: 'meetups' },
  { name: 'Beyond CUDA', kind: 'meetups' },
  { name: 'Bay Area ML Systems meetup', kind: 'meetups' },
  { name: 'Dwarkesh Podcast', kind: 'podcasts' },
  { name: 'Latent Space', kind: 'podcasts' },
  { name: 'Lex Fridman Podcast', kind: 'podcasts' },
  { name: 'Dylan Patel on BG2', kind: 'podcasts' },
  { name: 'reading notes', kind: 'journal' },
  { name: 'daily log', kind: 'journal' },
];

const THEMES = ['HBM capacity', 'memory bandwidth', 'KV-cache offload', 'FP8 training', 'FP4 inference', 'NVLink domains',
  'scale-out networking', 'co-packaged optics', 'liquid cooling', 'rack power density', 'speculative decoding',
  'disaggregated prefill', 'MoE expert parallelism', 'kernel fusion', 'CUTLASS templates', 'Triton kernels',
  'compiler autotuning', 'collective communication', 'checkpoint bandwidth', 'tokenomics', 'serving cost per token',
  'attention variants', 'long-context inference', 'wafer-scale compute', 'systolic arrays', 'chiplet packaging',
  'supply of CoWoS', 'datacenter siting', 'power purchase agreements', 'GPU utilisation'];
const OPENERS = ['Notes on', 'Rethinking', 'Inside', 'A tour of', 'Lessons from', 'Scaling', 'The economics of',
  'Measuring', 'Debugging', 'What comes after'];
const TAGS = ['gpu', 'hbm', 'inference', 'training', 'networking', 'power', 'economics', 'kernels', 'compilers', 'tpu',
  'amd', 'nvidia', 'roofline', 'todo', 'follow-up', 'podcast', 'talk', 'paper'];

// Rough public figures per accelerator, used to write spec and roofline sentences.
interface Chip {
  name: string;
  aliases: string[];
  memGB: number;
  bwTBs: number;
  bf16TF: number;
  fp8TF: number | null;
  watts: number;
  memKind: string;
}
const CHIPS: Chip[] = [
  { name: 'H100 SXM', aliases: ['H100', 'H100 SXM', 'H100 SXM5'], memGB: 80, bwTBs: 3.35, bf16TF: 989, fp8TF: 1979, watts: 700, memKind: 'HBM3' },
  { name: 'H200', aliases: ['H200', 'H200 SXM'], memGB: 141, bwTBs: 4.8, bf16TF: 989, fp8TF: 1979, watts: 700, memKind: 'HBM3e' },
  { name: 'B200', aliases: ['B200', 'Blackwell B200'], memGB: 192, bwTBs: 8, bf16TF: 2250, fp8TF: 4500, watts: 1000, memKind: 'HBM3e' },
  { name: 'A100', aliases: ['A100', 'A100 80GB', 'A100 SXM'], memGB: 80, bwTBs: 2.039, bf16TF: 312, fp8TF: null, watts: 400, memKind: 'HBM2e' },
  { name: 'MI300X', aliases: ['MI300X', 'Instinct MI300X'], memGB: 192, bwTBs: 5.3, bf16TF: 1307, fp8TF: 2615, watts: 750, memKind: 'HBM3' },
  { name: 'MI325X', aliases: ['MI325X'], memGB: 256, bwTBs: 6, bf16TF: 1307, fp8TF: 2615, watts: 1000, memKind: 'HBM3e' },
  { name: 'TPU v5p', aliases: ['TPU v5p', 'v5p'], memGB: 95, bwTBs: 2.765, bf16TF: 459, fp8TF: null, watts: 0, memKind: 'HBM2e' },
  { name: 'TPU v5e', aliases: ['TPU v5e', 'v5e'], memGB: 16, bwTBs: 0.819, bf16TF: 197, fp8TF: null, watts: 0, memKind: 'HBM2' },
];
const MODELS = [
  { name: 'Llama 3.1 8B', weightsGB: 16, decodeGB: 16 },
  { name: 'Llama 3.1 70B', weightsGB: 141, decodeGB: 141 },
  { name: 'Llama 3.1 405B', weightsGB: 810, decodeGB: 810 },
  // A mixture of experts reads only its active parameters (12.9B) per token at batch 1.
  { name: 'Mixtral 8x7B', weightsGB: 93, decodeGB: 25.8 },
];

// ---------------------------------------------------------------------------
// Small helpers

function fmt(value: number, digits: number): string {
  const s = value.toFixed(digits);
  return digits > 0 ? s.replace(/\.?0+$/, '') : s;
}

function thousands(n: number): string {
  const s = String(Math.round(n));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return out;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function timeOfDay(rng: Rng): string {
  const h = rng.int(8, 19);
  const m = rng.pick(['00', '10', '15', '30', '45']);
  const h12 = h > 12 ? h - 12 : h;
  return rng.chance(0.85) ? `${h12}:${m} ${h >= 12 ? 'PM' : 'AM'}` : `${String(h).padStart(2, '0')}:${m}`;
}

function person(rng: Rng): string {
  return `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
}

function talkTitle(rng: Rng): string {
  const theme = rng.pick(THEMES);
  switch (rng.int(0, 3)) {
    case 0:
      return `${rng.pick(OPENERS)} ${theme}`;
    case 1:
      return `${theme[0]!.toUpperCase()}${theme.slice(1)} on ${rng.pick(CHIPS).name}`;
    case 2:
      return `Why ${theme} matters now`;
    default:
      return `${rng.pick(OPENERS)} ${theme} at ${rng.pick(ORGS)}`;
  }
}

// ---------------------------------------------------------------------------
// Claims: each returns a sentence fragment with a number in it, and whether the
// figure was deliberately perturbed.

interface Planted {
  text: string;
  wrong: boolean;
}

/** Mostly the real figure, sometimes a wrong one (a typo, a misremembered spec). */
function perturb(rng: Rng, value: number): { value: number; wrong: boolean } {
  if (!rng.chance(0.15)) return { value, wrong: false };
  return { value: value * rng.pick([0.5, 0.7, 1.4, 1.6, 2, 3]), wrong: true };
}

function chipName(rng: Rng, chip: Chip): string {
  return rng.pick(chip.aliases);
}

const CLAIM_MAKERS: ((rng: Rng) => Planted)[] = [
  // memory capacity
  (rng) => {
    const c = rng.pick(CHIPS);
    const p = perturb(rng, c.memGB);
    const unit = rng.chance(0.8) ? ' GB' : 'GB';
    return { text: `the ${chipName(rng, c)} has ${fmt(p.value, 0)}${unit} of ${c.memKind}`, wrong: p.wrong };
  },
  // bandwidth
  (rng) => {
    const c = rng.pick(CHIPS);
    const p = perturb(rng, c.bwTBs);
    const text = rng.chance(0.75)
      ? `${chipName(rng, c)} memory bandwidth is ${fmt(p.value, 2)} TB/s`
      : `${chipName(rng, c)} pulls about ${thousands(p.value * 1000)} GB/s from ${c.memKind}`;
    return { text, wrong: p.wrong };
  },
  // dense compute with precision qualifiers
  (rng) => {
    const c = rng.pick(CHIPS);
    const fp8 = c.fp8TF !== null && rng.chance(0.3);
    const p = perturb(rng, fp8 ? c.fp8TF! : c.bf16TF);
    const prec = fp8 ? 'FP8' : 'BF16';
    const form = rng.int(0, 2);
    const text =
      form === 0
        ? `${chipName(rng, c)} peaks at ${thousands(p.value)} TFLOPS dense ${prec}`
        : form === 1
          ? `${chipName(rng, c)} does ${fmt(p.value / 1000, 2)} PFLOPS of ${prec} (dense)`
          : `${thousands(p.value)} TFLOPS ${prec} on the ${chipName(rng, c)}`;
    return { text, wrong: p.wrong };
  },
  // HBM drain time (memory / bandwidth), often quoted wrong
  (rng) => {
    const c = rng.pick(CHIPS.filter((x) => x.bwTBs > 1));
    const right = c.memGB / c.bwTBs; // GB / (TB/s) = ms
    const wrong = rng.chance(0.4);
    const ms = wrong ? rng.pick([5, 10, 100]) : right;
    return { text: `the ${chipName(rng, c)}'s ${c.memGB} GB drains in ${fmt(ms, ms < 10 ? 1 : 0)} ms`, wrong };
  },
  // roofline decode bound
  (rng) => {
    const c = rng.pick(CHIPS.filter((x) => x.memGB >= 80));
    const m = rng.pick(MODELS.filter((x) => x.weightsGB <= c.memGB));
    const p = perturb(rng, (c.bwTBs * 1000) / m.decodeGB);
    return { text: `${m.name} decode at batch 1 on one ${chipName(rng, c)} tops out near ${fmt(p.value, 0)} tokens/s`, wrong: p.wrong };
  },
  // weights size
  (rng) => {
    const m = rng.pick(MODELS);
    const p = perturb(rng, m.weightsGB);
    return { text: `${m.name} weights are ${fmt(p.value, 0)} GB in BF16`, wrong: p.wrong };
  },
  // power
  (rng) => {
    const c = rng.pick(CHIPS.filter((x) => x.watts > 0));
    const p = perturb(rng, c.watts);
    return { text: `a single ${chipName(rng, c)} draws ${fmt(p.value, 0)} W`, wrong: p.wrong };
  },
  // node-level capacity
  (rng) => {
    const c = rng.pick(CHIPS.slice(0, 3));
    const p = perturb(rng, c.memGB * 8);
    return { text: `an 8x ${c.aliases[0]} node holds ${thousands(p.value)} GB of HBM`, wrong: p.wrong };
  },
  // interconnect
  (rng) => {
    const gen = rng.pick([
      ['NVLink 4', 900],
      ['NVLink 5', 1800],
      ['NVLink 3', 600],
    ] as const);
    const p = perturb(rng, gen[1]);
    return { text: `${gen[0]} gives ${thousands(p.value)} GB/s per GPU`, wrong: p.wrong };
  },
  // market and counts
  (rng) => ({ text: `${fmt(rng.int(5, 40) / 10, 1)}M Hopper GPUs shipped in ${rng.int(2023, 2025)}`, wrong: false }),
  (rng) => ({ text: `$${rng.int(1, 3)}T+ of data center capex by ${rng.int(2027, 2030)}`, wrong: false }),
  (rng) => ({ text: `$${rng.int(2, 95)}B in quarterly datacenter revenue`, wrong: false }),
  (rng) => ({ text: `${thousands(rng.int(10, 200) * 1000)} H100s in one cluster`, wrong: false }),
  (rng) => ({ text: `a ${fmt(rng.int(1, 50) / 10, 1)} GW campus`, wrong: false }),
  (rng) => ({ text: `${rng.int(20, 900)} MW for the first phase`, wrong: false }),
  // latencies, rates, ratios
  (rng) => ({ text: `TTFT under ${rng.int(50, 900)} ms`, wrong: false }),
  (rng) => ({ text: `p99 latency of ${rng.int(5, 300)} ms`, wrong: false }),
  (rng) => ({ text: `${thousands(rng.int(1, 40) * 500)} tokens per second per node`, wrong: false }),
  (rng) => ({ text: `${rng.int(2, 40)}x ${rng.pick(['faster', 'cheaper', 'more tokens per watt', 'lower latency'])}`, wrong: false }),
  (rng) => ({ text: `${rng.int(20, 65)}% MFU`, wrong: false }),
  (rng) => ({ text: `${rng.pick([32, 128, 200, 1000])}k context`, wrong: false }),
  (rng) => ({ text: `a KV cache of ${rng.pick([128, 160, 320, 512])} KB per token`, wrong: false }),
  (rng) => ({ text: `${rng.pick([3, 4, 5, 7])} nm`, wrong: false }),
];

function plantClaim(rng: Rng): Planted {
  return rng.pick(CLAIM_MAKERS)(rng);
}

const CLAIM_FRAMES: ((claim: string, who: string) => string)[] = [
  (c, w) => `${w} said ${c}.`,
  (c) => `Key number: ${c}.`,
  (c) => `Apparently ${c} — need to double-check that.`,
  (c, w) => `According to ${w}, ${c}.`,
  (c) => `The slide claimed ${c}, which seems optimistic.`,
  (c) => `I wrote down that ${c}.`,
  (c) => `Reminder: ${c}.`,
  (c, w) => `“${c[0]!.toUpperCase()}${c.slice(1)}” — ${w}`,
];

const FILLER: ((rng: Rng) => string)[] = [
  (rng) => `The talk spent a long time on ${rng.pick(THEMES)} and barely touched ${rng.pick(THEMES)}.`,
  (rng) => `${person(rng)} pushed back on the ${rng.pick(THEMES)} framing — fair point.`,
  (rng) => `Q&A was mostly about ${rng.pick(THEMES)}; nobody asked about cost.`,
  (rng) => `Hallway track: everyone’s worried about ${rng.pick(THEMES)}.`,
  (rng) => `I’m not sure the ${rng.pick(THEMES)} argument holds up for smaller teams.`,
  (rng) => `Need to reread the paper on ${rng.pick(THEMES)} before the next meetup.`,
  (rng) => `The demo worked on the first try, which was a nice surprise.`,
  (rng) => `“It’s a memory problem, not a compute problem” — repeated all afternoon.`,
  (rng) => `Good overview of ${rng.pick(THEMES)}, light on numbers.`,
  (rng) => `${rng.pick(ORGS)} seems to be betting on ${rng.pick(THEMES)}.`,
  (rng) => `The speaker’s slides will be posted later — check back.`,
  (rng) => `Lots of hand-waving about ${rng.pick(THEMES)} here.`,
];

// ---------------------------------------------------------------------------
// Plans

function planNote(i: number, seed: number): NotePlan {
  const rng = new Rng(seed, 1 + i);
  const year = rng.int(2019, 2025);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const event = rng.pick(EVENTS);
  const title =
    event.kind === 'journal'
      ? `${rng.pick(['Thoughts on', 'Notes:', 'Reading:'])} ${rng.pick(THEMES)}`
      : rng.chance(0.5)
        ? `${event.name} ${year} day ${rng.int(1, 4)}`
        : `${event.name}: ${talkTitle(rng)}`;
  const r = rng.float();
  const frontmatter: FrontmatterKind = r < MIX.yaml ? 'yaml' : r < MIX.yaml + MIX.toml ? 'toml' : 'none';
  const outlier = rng.chance(MIX.outlier);
  const targetBytes = Math.round(1024 * (outlier ? rng.int(MIX.outlierMinKB, MIX.outlierMaxKB) : rng.logUniform(MIX.minKB, MIX.maxKB)));
  const name = `${date}_${slug(title)}_${i}`;
  return {
    index: i,
    rel: `${event.kind}/${year}/${name}.md`,
    name,
    title,
    date,
    year,
    event,
    frontmatter,
    crlf: rng.chance(MIX.crlf),
    mojibake: rng.chance(MIX.mojibake),
    outlier,
    linksHub: rng.chance(MIX.linksHub),
    targetBytes,
  };
}

export function planCorpus(n: number, seed: number): NotePlan[] {
  const plans: NotePlan[] = [];
  for (let i = 0; i < n; i++) plans.push(planNote(i, seed));
  return plans;
}

// ---------------------------------------------------------------------------
// Rendering one note

class NoteWriter {
  readonly lines: string[] = [];
  length = 0;
  headings = 0;
  wikilinks = 0;
  hubLinks = 0;
  dangling = 0;
  claims = 0;
  wrong = 0;
  tables = 0;
  schedules = 0;

  constructor(
    readonly rng: Rng,
    readonly plans: readonly NotePlan[],
    readonly self: number,
    readonly speakers: string[],
  ) {}

  line(s = ''): void {
    this.lines.push(s);
    this.length += s.length + 1;
  }

  heading(depth: number, text: string): void {
    this.line(`${'#'.repeat(depth)} ${text}`);
    this.line();
    this.headings++;
  }

  claim(): string {
    const p = plantClaim(this.rng);
    this.claims++;
    if (p.wrong) this.wrong++;
    return p.text;
  }

  claimSentence(): string {
    const c = this.claim();
    return this.rng.pick(CLAIM_FRAMES)(c, this.rng.pick(this.speakers).replace(/ \(.*$/, ''));
  }

  wikilink(): string {
    const rng = this.rng;
    this.wikilinks++;
    if (rng.chance(0.05) || this.plans.length < 2) {
      this.dangling++;
      return `[[${rng.pick(['todo', 'someday', 'unwritten'])}-${slug(rng.pick(THEMES))}]]`;
    }
    let target = this.plans[rng.int(0, this.plans.length - 1)]!;
    if (target.index === this.self) target = this.plans[(this.self + 1) % this.plans.length]!;
    const r = rng.float();
    if (r < 0.75) return `[[${target.name}]]`;
    if (r < 0.9) return `[[${target.name}|${rng.pick(THEMES)}]]`;
    return `[[${target.name}#Key points]]`;
  }

  hubLink(): string {
    this.wikilinks++;
    this.hubLinks++;
    return this.rng.weighted([
      [70, '[[hub]]'],
      [10, '[[Hub]]'],
      [15, '[[hub|all notes]]'],
      [5, '[[hub#Events]]'],
    ] as const);
  }

  url(): string {
    const rng = this.rng;
    return rng.weighted([
      [3, () => `https://www.youtube.com/watch?v=${rng.nextU32().toString(36)}${rng.int(10, 99)}`],
      [3, () => `https://arxiv.org/abs/${rng.int(2101, 2512)}.${String(rng.int(1, 23999)).padStart(5, '0')}`],
      [2, () => `https://github.com/${slug(rng.pick(ORGS))}/${slug(rng.pick(THEMES))}`],
      [2, () => `https://example.org/${rng.int(2019, 2025)}/${slug(talkTitle(rng))}.pdf`],
    ] as const)();
  }

  sentence(claimP: number): string {
    const rng = this.rng;
    let s = rng.chance(claimP) ? this.claimSentence() : rng.pick(FILLER)(rng);
    if (rng.chance(0.06)) s += ` See ${this.wikilink()}.`;
    if (rng.chance(0.04)) s += ` [${rng.pick(['slides', 'paper', 'video', 'thread'])}](${this.url()})`;
    if (rng.chance(0.02)) s += ` ${this.url()}`;
    if (rng.chance(0.03)) s += ` Try \`${rng.pick(['nvidia-smi', 'torch.compile', 'ncu --set full', 'rocprof'])}\`.`;
    if (rng.chance(0.04)) s = s.replace(/ (\w{5,}) /, ' **$1** ');
    if (rng.chance(0.02)) s += ` #${rng.pick(TAGS)}`;
    return s;
  }

  paragraph(min: number, max: number, claimP = 0.2): void {
    const k = this.rng.int(min, max);
    const parts: string[] = [];
    for (let j = 0; j < k; j++) parts.push(this.sentence(claimP));
    // Hard-wrapped paragraphs are common in hand-written notes.
    if (this.rng.chance(0.3)) for (const p of parts) this.line(p);
    else this.line(parts.join(' '));
    this.line();
  }

  section(): void {
    const rng = this.rng;
    const kind = rng.weighted([
      [30, 'prose'],
      [22, 'talk'],
      [12, 'points'],
      [5, 'table'],
      [6, 'quote-schedule'],
      [4, 'list-schedule'],
      [7, 'links'],
      [4, 'code'],
      [4, 'todo'],
      [3, 'numbered'],
    ] as const);
    switch (kind) {
      case 'prose':
        if (rng.chance(0.5)) this.heading(2, rng.pick(['Thoughts', 'Takeaways', 'Context', 'Hallway track', rng.pick(THEMES)]));
        this.paragraph(2, 7);
        break;
      case 'talk': {
        const who = rng.pick(this.speakers);
        this.heading(rng.chance(0.8) ? 2 : 3, rng.chance(0.5) ? `${timeOfDay(rng)} — ${talkTitle(rng)}` : `${who.replace(/ \(.*$/, '')}: ${talkTitle(rng)}`);
        this.paragraph(1, 4);
        if (rng.chance(0.7)) {
          this.heading(3, 'Key points');
          const k = rng.int(2, 7);
          for (let j = 0; j < k; j++) {
            this.line(`- ${this.sentence(0.3)}`);
            if (rng.chance(0.25)) this.line(`  - ${this.sentence(0.3)}`);
          }
          this.line();
        }
        if (rng.chance(0.35)) {
          this.line(`> ${rng.chance(0.5) ? this.claimSentence() : rng.pick(FILLER)(rng)}`);
          this.line(`> — ${who}`);
          this.line();
        }
        break;
      }
      case 'points': {
        const k = rng.int(3, 9);
        for (let j = 0; j < k; j++) {
          const bullet = rng.pick(['-', '*', '-']);
          this.line(`${bullet} ${rng.chance(0.15) ? `${rng.int(2012, 2025)}: ` : ''}${this.sentence(0.3)}`);
          if (rng.chance(0.2)) this.line(`    ${bullet} ${this.sentence(0.25)}`);
        }
        this.line();
        break;
      }
      case 'table': {
        this.tables++;
        this.heading(rng.chance(0.6) ? 2 : 3, rng.pick(['Specs', 'Numbers', 'Comparison', 'Spec sheet']));
        this.line('| chip | memory | bandwidth | dense BF16 |');
        this.line(rng.chance(0.5) ? '|---|---|---|---|' : '| :--- | ---: | ---: | ---: |');
        for (const c of rng.sample(CHIPS, rng.int(2, 6))) {
          const mem = perturb(rng, c.memGB);
          const bw = perturb(rng, c.bwTBs);
          const tf = perturb(rng, c.bf16TF);
          this.claims += 3;
          this.wrong += Number(mem.wrong) + Number(bw.wrong) + Number(tf.wrong);
          this.line(`| ${c.aliases[0]} | ${fmt(mem.value, 0)} GB | ${fmt(bw.value, 2)} TB/s | ${thousands(tf.value)} TFLOPS |`);
        }
        this.line();
        break;
      }
      case 'quote-schedule': {
        this.schedules++;
        this.line(`> ${rng.pick(['Schedule', 'Talks', 'Agenda'])}`);
        this.line('>');
        const k = rng.int(3, 9);
        for (let j = 0; j < k; j++) {
          const sp = `${person(rng)} (${rng.pick(ORGS)})`;
          this.line(rng.chance(0.8) ? `>     ${timeOfDay(rng)} | ${sp} - ${talkTitle(rng)}` : `>     ${sp} - ${talkTitle(rng)}`);
        }
        this.line();
        break;
      }
      case 'list-schedule': {
        this.schedules++;
        this.heading(2, 'Schedule');
        const k = rng.int(3, 8);
        for (let j = 0; j < k; j++) this.line(`- ${timeOfDay(rng)} — ${talkTitle(rng)} (${person(rng)}, ${rng.pick(ORGS)})`);
        this.line();
        break;
      }
      case 'links': {
        this.heading(2, rng.pick(['Links', 'Related', 'See also']));
        const k = rng.int(2, 6);
        for (let j = 0; j < k; j++) this.line(rng.chance(0.55) ? `- ${this.wikilink()}` : `- [${talkTitle(rng)}](${this.url()})`);
        if (rng.chance(0.3)) this.line(`- <${this.url()}>`);
        this.line();
        break;
      }
      case 'code': {
        this.heading(3, 'Snippet');
        this.line(rng.chance(0.7) ? '```python' : '```');
        this.line(`# ${rng.int(2, 64)} GPUs, ${rng.int(1, 8)} nodes, 80 GB each`);
        this.line(`batch_size = ${rng.pick([8, 16, 32, 64, 128])}`);
        this.line(`peak_tflops = ${rng.pick([312, 989, 2250])}  # dense BF16`);
        this.line('```');
        this.line();
        break;
      }
      case 'todo': {
        this.heading(3, 'TODO');
        const k = rng.int(1, 4);
        for (let j = 0; j < k; j++) this.line(`- [${rng.chance(0.3) ? 'x' : ' '}] ask ${person(rng)} about ${rng.pick(THEMES)}`);
        this.line();
        break;
      }
      case 'numbered': {
        const k = rng.int(2, 5);
        for (let j = 1; j <= k; j++) this.line(`${j}. ${this.sentence(0.3)}`);
        this.line();
        break;
      }
    }
  }
}

function yamlString(s: string, rng: Rng): string {
  if (/[:#'"\[\]{}]/.test(s) || rng.chance(0.5)) return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return rng.chance(0.2) ? `'${s.replace(/'/g, "''")}'` : s;
}

function frontmatterLines(plan: NotePlan, rng: Rng, speakers: string[]): string[] {
  const tags = rng.sample(TAGS, rng.int(1, 4));
  if (plan.frontmatter === 'yaml') {
    const L = ['---', `title: ${yamlString(plan.title, rng)}`];
    const [y, m, d] = plan.date.split('-').map(Number) as [number, number, number];
    L.push(
      rng.weighted([
        [8, `date: ${plan.date}`],
        [1, `date: '${MONTHS[m - 1]} ${d}, ${y}'`],
        [1, `date: "${plan.date}"`],
      ] as const),
    );
    L.push(rng.chance(0.5) ? `tags: [${tags.join(', ')}]` : `tags:\n${tags.map((t) => `  - ${t}`).join('\n')}`);
    if (plan.event.kind !== 'journal') {
      L.push(`event: ${yamlString(plan.event.name, rng)}`);
      L.push('speakers:');
      for (const s of speakers) {
        const m2 = /^(.*) \((.*)\)$/.exec(s)!;
        if (rng.chance(0.6)) L.push(`  - ${yamlString(s, rng)}`);
        else L.push(`  - name: ${yamlString(m2[1]!, rng)}`, `    affiliation: ${yamlString(m2[2]!, rng)}`);
      }
    }
    if (rng.chance(0.15)) L.push(`hardware: ${rng.pick(CHIPS).aliases[0]}`);
    if (rng.chance(0.05)) L.push(`precision: ${rng.pick(['bf16', 'fp8'])}`);
    L.push('---', '');
    return L;
  }
  if (plan.frontmatter === 'toml') {
    const L = ['+++', `title = "${plan.title.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`, `date = ${plan.date}`, `draft = ${rng.chance(0.25)}`];
    if (rng.chance(0.5)) L.push(`tags = [${tags.map((t) => `"${t}"`).join(', ')}]`);
    if (rng.chance(0.1)) L.push(`hardware = "${rng.pick(CHIPS).aliases[0]}"`);
    L.push('+++', '');
    return L;
  }
  return [];
}

const MOJIBAKE: [string, string][] = [
  ['—', 'â€”'],
  ['–', 'â€“'],
  ['’', 'â€™'],
  ['‘', 'â€˜'],
  ['“', 'â€œ'],
  ['”', 'â€\u009d'],
  ['é', 'Ã©'],
  ['ü', 'Ã¼'],
];

/** UTF-8 bytes read as Windows-1252, for the characters notes commonly contain. */
function toMojibake(text: string): string {
  // One pass: a replacement may hold a character replaced later ("—" becomes "â€”", whose "”" must stay).
  return text.replace(MOJIBAKE_CHARS, (c) => MOJIBAKE_OF.get(c)!);
}
const MOJIBAKE_OF = new Map(MOJIBAKE);
const MOJIBAKE_CHARS = new RegExp(`[${MOJIBAKE.map(([good]) => good).join('')}]`, 'g');

function render(plan: NotePlan, plans: readonly NotePlan[], seed: number, hub: boolean): { text: string; stats: NoteStats } {
  // A stream distinct from the plan's so that body changes never move plans.
  const rng = new Rng(seed ^ 0x5eed, 1 + plan.index);
  const speakers = Array.from({ length: rng.int(1, 5) }, () => `${person(rng)} (${rng.pick(ORGS)})`);
  const w = new NoteWriter(rng, plans, plan.index, speakers);
  for (const l of frontmatterLines(plan, rng, speakers)) w.line(l);
  w.heading(1, plan.title);
  let intro = `${plan.event.name}, ${plan.date} — rough notes, unedited.`;
  const hubAtTop = plan.linksHub && rng.chance(0.6);
  if (hubAtTop) intro += ` Filed under ${w.hubLink()}.`;
  if (rng.chance(0.4)) intro += ` Previous: ${w.wikilink()}.`;
  w.line(intro);
  w.line();
  if (hub) {
    w.heading(2, 'Events');
    for (const e of EVENTS) {
      w.heading(3, e.name);
      const mine = plans.filter((p) => p.event === e).slice(0, 25);
      for (const p of mine) {
        w.wikilinks++;
        w.line(`- [[${p.name}]] (${p.date})`);
      }
      w.line();
    }
  }
  if (rng.chance(0.01) || plan.index % 997 === 5) {
    // The journal pattern that tripped the first user: a count missing its "M".
    w.line('top 4 US CSPs');
    w.line();
    w.line(`- 2024: 1.3M hopper GPUs`);
    w.line(`- 2025: 3.6 Blackwell GPUs (2-gpu per Chip)`);
    w.line();
    w.claims += 2;
  }
  while (w.length < plan.targetBytes) w.section();
  if (plan.linksHub && !hubAtTop) {
    w.line(rng.chance(0.5) ? `Back to ${w.hubLink()}` : `- ${w.hubLink()}`);
  }
  let text = w.lines.join('\n');
  if (!text.endsWith('\n')) text += '\n';
  if (plan.mojibake) text = toMojibake(text);
  if (plan.crlf) text = text.replace(/\n/g, '\r\n');
  return {
    text,
    stats: {
      path: plan.rel,
      bytes: Buffer.byteLength(text, 'utf8'),
      frontmatter: plan.frontmatter,
      crlf: plan.crlf,
      mojibake: plan.mojibake,
      outlier: plan.outlier,
      headings: w.headings,
      wikilinks: w.wikilinks,
      hubLinks: w.hubLinks,
      danglingLinks: w.dangling,
      plantedClaims: w.claims,
      wrongFigures: w.wrong,
      tables: w.tables,
      schedules: w.schedules,
    },
  };
}

function hubPlan(): NotePlan {
  return {
    index: -1,
    rel: HUB_PATH,
    name: HUB_NAME,
    title: 'Hub',
    date: '2025-01-01',
    year: 2025,
    event: { name: 'index', kind: 'journal' },
    frontmatter: 'yaml',
    crlf: false,
    mojibake: false,
    outlier: false,
    linksHub: false,
    targetBytes: 4096,
  };
}

// ---------------------------------------------------------------------------
// Public API

export interface GenerateOptions {
  n: number;
  seed: number;
  out: string;
  /** Replace `out` if it exists. */
  force?: boolean;
}

export function manifestPath(out: string): string {
  return `${path.resolve(out).replace(/[\\/]+$/, '')}.manifest.json`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

/** Writes n notes plus hub.md under `out`, and `out`.manifest.json. The hub is not counted in n. */
export function generateCorpus(options: GenerateOptions): CorpusManifest {
  const out = path.resolve(options.out);
  if (fs.existsSync(out)) {
    if (!options.force) throw new Error(`${out} exists; pass --force to replace it`);
    fs.rmSync(out, { recursive: true, force: true });
  }
  const plans = planCorpus(options.n, options.seed);
  const files: NoteStats[] = [];
  const made = new Set<string>();
  const write = (plan: NotePlan, hub: boolean) => {
    const { text, stats } = render(plan, plans, options.seed, hub);
    const file = path.join(out, plan.rel);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(file, text);
    files.push(stats);
  };
  fs.mkdirSync(out, { recursive: true });
  write(hubPlan(), true);
  for (const plan of plans) write(plan, false);

  const notes = files.filter((f) => f.path !== HUB_PATH);
  const count = (pred: (f: NoteStats) => boolean) => notes.filter(pred).length;
  const sum = (key: keyof NoteStats) => files.reduce((a, f) => a + (f[key] as number), 0);
  const sizes = files.map((f) => f.bytes).sort((a, b) => a - b);
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const manifest: CorpusManifest = {
    generator: 'roofline-notes bench/gen-corpus',
    version: GENERATOR_VERSION,
    seed: options.seed,
    n: options.n,
    hub: HUB_PATH,
    totals: {
      files: files.length,
      bytes,
      meanBytes: Math.round(bytes / files.length),
      p50Bytes: percentile(sizes, 0.5),
      p95Bytes: percentile(sizes, 0.95),
      maxBytes: sizes[sizes.length - 1] ?? 0,
      yaml: count((f) => f.frontmatter === 'yaml'),
      toml: count((f) => f.frontmatter === 'toml'),
      none: count((f) => f.frontmatter === 'none'),
      crlf: count((f) => f.crlf),
      mojibake: count((f) => f.mojibake),
      outliers: count((f) => f.outlier),
      headings: sum('headings'),
      wikilinks: sum('wikilinks'),
      hubLinkers: count((f) => f.hubLinks > 0),
      danglingLinks: sum('danglingLinks'),
      plantedClaims: sum('plantedClaims'),
      wrongFigures: sum('wrongFigures'),
      tables: sum('tables'),
      schedules: sum('schedules'),
    },
    files,
  };
  fs.writeFileSync(manifestPath(out), JSON.stringify(manifest));
  return manifest;
}

/** One note of about `bytes` bytes (YAML frontmatter, LF, no mojibake), for the keystroke benchmark. */
export function generateSingleNote(seed: number, bytes = 20 * 1024): string {
  const plans = planCorpus(200, seed);
  const plan: NotePlan = {
    ...plans[0]!,
    index: 0,
    rel: 'keystroke-note.md',
    name: 'keystroke-note',
    title: 'GTC keystroke benchmark note',
    frontmatter: 'yaml',
    crlf: false,
    mojibake: false,
    outlier: false,
    linksHub: true,
    targetBytes: bytes,
  };
  return render(plan, plans, seed, false).text;
}

// ---------------------------------------------------------------------------
// CLI

function parseFlags(argv: string[]): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) flags.set(k, inline);
    else if (next !== undefined && !next.startsWith('--')) flags.set(k, (i++, next));
    else flags.set(k, true);
  }
  return flags;
}

function cli(argv: string[]): number {
  const flags = parseFlags(argv);
  const num = (k: string, d: number) => {
    const v = flags.get(k);
    if (v === undefined) return d;
    const x = Number(v);
    if (!Number.isInteger(x) || x < 0) throw new Error(`--${k} must be a non-negative integer`);
    return x;
  };
  const out = flags.get('out');
  if (typeof out !== 'string') {
    process.stderr.write('usage: gen-corpus --n 10000 --seed 42 --out DIR [--force]\n       gen-corpus --single [--bytes 20480] [--seed 42] --out FILE.md\n');
    return 2;
  }
  const seed = num('seed', 42);
  if (flags.has('single')) {
    const text = generateSingleNote(seed, num('bytes', 20 * 1024));
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, text);
    process.stdout.write(JSON.stringify({ out: path.resolve(out), bytes: Buffer.byteLength(text) }) + '\n');
    return 0;
  }
  const t0 = performance.now();
  const m = generateCorpus({ n: num('n', 10000), seed, out, force: flags.has('force') });
  const { files: _files, ...summary } = m;
  process.stdout.write(JSON.stringify({ out: path.resolve(out), manifest: manifestPath(out), ms: Math.round(performance.now() - t0), ...summary }) + '\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = cli(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`gen-corpus: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
