// Word lists and unit tables used by the quantity scanner (src/core/quantities.ts).
// Plain data plus tiny lookup helpers; no scanning logic lives here.

import type { Dimension, Precision } from '../types.js';

/** Canonical base units a unit word can resolve to. */
export type BaseUnit = 's' | 'B' | 'B/s' | 'FLOP' | 'FLOP/s' | 'W' | 'W·s' | 'USD' | 'Hz';

/** "terabyte", "petaflop", "gigawatt": may follow "a"/"an" ("a terabyte"). */
export const F_SPELLED_PREFIXED = 1;
/** Unprefixed "FLOPS": a rate, unless the number is written as a count (3.8e25 FLOPS). */
export const F_FLOPS_AMBIG = 2;

export interface UnitDef {
  base: BaseUnit;
  /** Power-of-ten scale to the canonical unit (kept separate for exact decimal values). */
  exp10: number;
  /** Remaining non-decimal factor (1024^n, 60, 1/8 for bits, ...). */
  mult: number;
  flags: number;
}

export const BASE_DIM: Readonly<Record<BaseUnit, Dimension>> = {
  s: { s: 1 },
  B: { B: 1 },
  'B/s': { B: 1, s: -1 },
  FLOP: { FLOP: 1 },
  'FLOP/s': { FLOP: 1, s: -1 },
  W: { W: 1 },
  'W·s': { W: 1, s: 1 },
  USD: { USD: 1 },
  Hz: { s: -1 },
};

export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86400;
export const WEEK = 7 * DAY;
/** Julian year, 365.25 days. */
export const YEAR = 31557600;
export const MONTH = YEAR / 12;

/** Unit words matched case-sensitively ("MB" ≠ "Mb"). */
export const UNITS_EXACT = new Map<string, UnitDef>();
/** Spelled unit words matched on their lowercase form ("Gigabytes", "exaFLOPS"). */
export const UNITS_LOWER = new Map<string, UnitDef>();

function def(base: BaseUnit, exp10: number, mult = 1, flags = 0): UnitDef {
  return { base, exp10, mult, flags };
}
function exact(keys: readonly string[], d: UnitDef): void {
  for (const k of keys) UNITS_EXACT.set(k, d);
}
function lower(keys: readonly string[], d: UnitDef): void {
  for (const k of keys) UNITS_LOWER.set(k, d);
}
function withPlural(word: string): string[] {
  return [word, word + 's'];
}

// --- time -------------------------------------------------------------------
exact(['ns', 'nsec', 'nsecs'], def('s', -9));
exact(['µs', 'μs', 'us', 'usec', 'usecs'], def('s', -6));
exact(['ms', 'msec', 'msecs'], def('s', -3));
exact(['s', 'sec', 'secs'], def('s', 0));
exact(['min', 'mins'], def('s', 0, MINUTE));
exact(['h', 'hr', 'hrs'], def('s', 0, HOUR));
exact(['wk', 'wks'], def('s', 0, WEEK));
exact(['yr', 'yrs'], def('s', 0, YEAR));
lower(withPlural('nanosecond'), def('s', -9));
lower(withPlural('microsecond'), def('s', -6));
lower(withPlural('millisecond'), def('s', -3));
lower(withPlural('second'), def('s', 0));
lower(withPlural('minute'), def('s', 0, MINUTE));
lower(withPlural('hour'), def('s', 0, HOUR));
lower(withPlural('day'), def('s', 0, DAY));
lower(withPlural('week'), def('s', 0, WEEK));
lower(withPlural('month'), def('s', 0, MONTH));
lower(withPlural('year'), def('s', 0, YEAR));

// --- bytes and bits (bits are converted to bytes) -----------------------------
export const BYTE_DEF = def('B', 0);
export const BIT_DEF = def('B', 0, 1 / 8);
const SI_PREFIX: ReadonlyArray<readonly [string, number, string]> = [
  ['k', 3, 'kilo'],
  ['M', 6, 'mega'],
  ['G', 9, 'giga'],
  ['T', 12, 'tera'],
  ['P', 15, 'peta'],
  ['E', 18, 'exa'],
  ['Z', 21, 'zetta'],
];
const BIN_PREFIX: ReadonlyArray<readonly [string, number, string]> = [
  ['Ki', 1, 'kibi'],
  ['Mi', 2, 'mebi'],
  ['Gi', 3, 'gibi'],
  ['Ti', 4, 'tebi'],
  ['Pi', 5, 'pebi'],
  ['Ei', 6, 'exbi'],
];
lower(withPlural('byte'), BYTE_DEF);
lower(withPlural('bit'), BIT_DEF);
exact(['bps'], def('B/s', 0, 1 / 8));
for (const [p, e, word] of SI_PREFIX) {
  const P = p.toUpperCase();
  const bytes = def('B', e);
  const bits = def('B', e, 1 / 8);
  exact([p + 'B', P + 'B'], bytes);
  // Informal lowercase "gb"/"mb" means bytes in prose; "Gb"/"Mb" (capital prefix, small b) means bits.
  exact([p.toLowerCase() + 'b'], bytes);
  exact([P + 'b'], bits);
  exact([p + 'bit', P + 'bit', p + 'bits', P + 'bits', P + 'Bit', P + 'Bits'], bits);
  exact([p + 'Bps', P + 'Bps'], def('B/s', e));
  exact([p + 'bps', P + 'bps', p.toLowerCase() + 'bps'], def('B/s', e, 1 / 8));
  // Ethernet by its line rate: "1 GbE", "100GbE", "400 GbE" (bits per second, each way).
  exact([P + 'bE'], def('B/s', e, 1 / 8));
  lower(withPlural(word + 'byte'), def('B', e, 1, F_SPELLED_PREFIXED));
  lower(withPlural(word + 'bit'), def('B', e, 1 / 8, F_SPELLED_PREFIXED));
}
// French octets: "80 Go", "3,35 To/s", "95 Gio" (not "Mo"/"Mio": months, and German "Mio." is a million).
// ("7 Ko par token": a kilo-octet is written with a capital K.)
for (const [p, e] of [['K', 3], ['G', 9], ['T', 12], ['P', 15]] as const) exact([p + 'o'], def('B', e));
for (const [p, n] of [['Gi', 3], ['Ti', 4]] as const) exact([p + 'o'], def('B', 0, 1024 ** n));
// Spoken shorthand in transcripts: "192 gigs of HBM", "a terabyte is a thousand gigs".
lower(withPlural('gig'), def('B', 9, 1, F_SPELLED_PREFIXED));
for (const [p, n, word] of BIN_PREFIX) {
  const m = 1024 ** n;
  exact([p + 'B'], def('B', 0, m));
  exact([p + 'b', p + 'bit'], def('B', 0, m / 8));
  lower(withPlural(word + 'byte'), def('B', 0, m, F_SPELLED_PREFIXED));
}

// --- FLOP / FLOP/s --------------------------------------------------------------
// Rule: SI-prefixed FLOPS/FLOPs/flops (TFLOPS, PFLOPs) and spelled "teraflops", "exaFLOPS",
// "petaflop" are rates (FLOP/s), as in every spec sheet. Prefixed singular "TFLOP"/"PFLOP"
// is a count (FLOP/s only with "/s"). Unprefixed "FLOP", "FLOPs", "flops" are counts;
// unprefixed all-caps "FLOPS" is a rate unless the number is written like a training
// budget (scientific notation or ≥ 1e21), then it is a count.
exact(['FLOP', 'FLOPs', 'Flop', 'Flops', 'flop', 'flops'], def('FLOP', 0));
exact(['FLOPS'], def('FLOP/s', 0, 1, F_FLOPS_AMBIG));
for (const [p, e, word] of [['k', 3, 'kilo'], ['K', 3, 'kilo'], ...SI_PREFIX, ['Y', 24, 'yotta']] as const) {
  exact([p + 'FLOP', p + 'Flop', p + 'flop'], def('FLOP', e));
  exact([p + 'FLOPS', p + 'FLOPs', p + 'Flops', p + 'flops'], def('FLOP/s', e));
  exact([p + 'OPS', p + 'OPs', p + 'ops'], def('FLOP/s', e));
  lower(withPlural(word + 'flop'), def('FLOP/s', e, 1, F_SPELLED_PREFIXED));
}
UNITS_EXACT.set('TF', def('FLOP/s', 12));
UNITS_EXACT.set('PF', def('FLOP/s', 15));
UNITS_EXACT.set('EF', def('FLOP/s', 18));
// Typed in lower case on a phone ("~989 tflops bf16", "4.5 pf fp8"): the same rates. ("mflops" is left out: m is milli.)
for (const [p, e] of [['g', 9], ['t', 12], ['p', 15], ['e', 18]] as const) exact([p + 'flops', p + 'flop/s'], def('FLOP/s', e));
exact(['pf'], def('FLOP/s', 15));
exact(['ef'], def('FLOP/s', 18));

// --- power and energy -------------------------------------------------------------
exact(['W'], def('W', 0));
exact(['mW'], def('W', -3));
exact(['kW', 'KW'], def('W', 3));
exact(['MW'], def('W', 6));
exact(['GW'], def('W', 9));
exact(['TW'], def('W', 12));
lower(withPlural('watt'), def('W', 0));
lower(withPlural('milliwatt'), def('W', -3));
lower(withPlural('kilowatt'), def('W', 3, 1, F_SPELLED_PREFIXED));
lower(withPlural('megawatt'), def('W', 6, 1, F_SPELLED_PREFIXED));
lower(withPlural('gigawatt'), def('W', 9, 1, F_SPELLED_PREFIXED));
lower(withPlural('terawatt'), def('W', 12, 1, F_SPELLED_PREFIXED));
exact(['Wh'], def('W·s', 0, HOUR));
exact(['kWh', 'KWh'], def('W·s', 3, HOUR));
exact(['MWh'], def('W·s', 6, HOUR));
exact(['GWh'], def('W·s', 9, HOUR));
exact(['TWh'], def('W·s', 12, HOUR));
// Joules ("2 pJ per bit" of an interconnect, "0.4 J per token"): energy is power × time.
exact(['J'], def('W·s', 0));
exact(['pJ'], def('W·s', -12));
exact(['nJ'], def('W·s', -9));
exact(['µJ', 'μJ', 'uJ'], def('W·s', -6));
exact(['mJ'], def('W·s', -3));
exact(['kJ', 'KJ'], def('W·s', 3));
exact(['MJ'], def('W·s', 6));
exact(['GJ'], def('W·s', 9));
lower(withPlural('joule'), def('W·s', 0));
lower(withPlural('picojoule'), def('W·s', -12, 1, F_SPELLED_PREFIXED));
lower(withPlural('nanojoule'), def('W·s', -9, 1, F_SPELLED_PREFIXED));
lower(withPlural('millijoule'), def('W·s', -3, 1, F_SPELLED_PREFIXED));
lower(withPlural('kilojoule'), def('W·s', 3, 1, F_SPELLED_PREFIXED));
lower(withPlural('megajoule'), def('W·s', 6, 1, F_SPELLED_PREFIXED));

// --- frequency ---------------------------------------------------------------------
exact(['Hz'], def('Hz', 0));
exact(['kHz', 'KHz'], def('Hz', 3));
exact(['MHz'], def('Hz', 6));
exact(['GHz'], def('Hz', 9));
exact(['THz'], def('Hz', 12));
lower(['hertz'], def('Hz', 0));
lower(['kilohertz'], def('Hz', 3));
lower(['megahertz'], def('Hz', 6));
lower(['gigahertz'], def('Hz', 9));

// --- money ---------------------------------------------------------------------------
export const USD_DEF = def('USD', 0);
exact(['USD'], USD_DEF);
lower(withPlural('dollar'), USD_DEF);

/** Look a unit word up: exact spelling first, then the spelled forms case-insensitively. */
export function lookupUnit(word: string): UnitDef | undefined {
  const d = UNITS_EXACT.get(word);
  if (d !== undefined) return d;
  if (word.length < 3) return undefined;
  return UNITS_LOWER.get(word.toLowerCase());
}

// --- magnitudes ------------------------------------------------------------------
/** Magnitude suffixes matched exactly. "B"/"b" are ambiguous and handled by the scanner. */
export const MAGNITUDE_EXACT = new Map<string, number>([
  ['k', 3],
  ['K', 3],
  ['M', 6],
  ['mn', 6],
  ['MM', 6],
  ['bn', 9],
  ['Bn', 9],
  ['BN', 9],
  ['T', 12],
  ['tn', 12],
  ['Tn', 12],
]);
/** Magnitude words matched on their lowercase form. */
export const MAGNITUDE_WORDS = new Map<string, number>([
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['quadrillion', 15],
]);

// --- time denominators ("per hour", "/s") ---------------------------------------------
export interface TimeDenom {
  /** Seconds in one unit. */
  seconds: number;
  /** Normalised `per` name. */
  name: string;
}
export const TIME_DENOMS = new Map<string, TimeDenom>();
function timeDenom(keys: readonly string[], seconds: number, name: string): void {
  for (const k of keys) TIME_DENOMS.set(k, { seconds, name });
}
timeDenom(['s', 'sec', 'secs', 'second', 'seconds'], 1, 's');
timeDenom(['ms', 'msec', 'millisecond', 'milliseconds'], 1e-3, 'ms');
timeDenom(['us', 'µs', 'μs', 'microsecond', 'microseconds'], 1e-6, 'us');
timeDenom(['min', 'mins', 'minute', 'minutes'], MINUTE, 'min');
timeDenom(['h', 'hr', 'hrs', 'hour', 'hours'], HOUR, 'hour');
timeDenom(['day', 'days', 'd'], DAY, 'day');
timeDenom(['week', 'weeks', 'wk'], WEEK, 'week');
timeDenom(['month', 'months', 'mo'], MONTH, 'month');
timeDenom(['year', 'years', 'yr', 'annum'], YEAR, 'year');

// --- count nouns -----------------------------------------------------------------------
/** Lowercase word (singular or plural) → canonical singular noun. */
export const NOUNS = new Map<string, string>();
function noun(singular: string, ...forms: string[]): void {
  NOUNS.set(singular, singular);
  const last = singular[singular.length - 1];
  if (last === 'y' && !/[aeiou]y$/.test(singular)) NOUNS.set(singular.slice(0, -1) + 'ies', singular);
  else if (/(?:s|x|z|ch|sh)$/.test(singular)) NOUNS.set(singular + 'es', singular);
  else NOUNS.set(singular + 's', singular);
  for (const f of forms) NOUNS.set(f, singular);
}
for (const n of [
  'gpu', 'tpu', 'cpu', 'npu', 'asic', 'chip', 'chiplet', 'die', 'token', 'layer', 'head', 'expert',
  'request', 'user', 'batch', 'microbatch', 'sequence', 'node', 'rack', 'server', 'card',
  'accelerator', 'train', 'word', 'frame', 'step', 'core', 'sm', 'link', 'lane', 'port', 'query',
  'image', 'sample', 'example', 'document', 'page', 'patch', 'pixel', 'channel', 'neuron',
  'kernel', 'thread', 'warp', 'block', 'tile', 'instance', 'replica', 'shard', 'stage',
  'iteration', 'epoch', 'cluster', 'pod', 'superpod', 'host', 'machine', 'transistor', 'register',
  'stack', 'cycle', 'instruction', 'op', 'operation', 'model', 'agent', 'prompt', 'response',
  'completion', 'character', 'conversation', 'session', 'customer', 'subscriber', 'developer',
  'employee', 'engineer', 'researcher', 'datacenter', 'gpu-hour', 'chip-hour', 'switch', 'cable',
  'transceiver', 'tray', 'socket', 'slot', 'device', 'rank', 'worker', 'job', 'video', 'call',
  'turn', 'question', 'answer', 'paper', 'line', 'file', 'row', 'column', 'entry', 'item', 'vector',
  'embedding', 'dimension', 'feature', 'weight', 'activation', 'subcore', 'cu', 'xpu', 'wafer',
]) {
  noun(n);
}
noun('param', 'parameter', 'parameters');
noun('person', 'people');
noun('die', 'dies');
noun('token', 'tok', 'toks');
noun('request', 'req', 'reqs');
noun('sequence', 'seq', 'seqs');
noun('dimension', 'dim', 'dims');
noun('document', 'doc', 'docs');
noun('gpu-hour', 'gpu-hrs', 'gpu-hr');
noun('data-center', 'data-centers');
// The same nouns as notes in other languages write them (ASCII words only: the scanner reads those).
noun('layer', 'schichten', 'schicht', 'couches', 'couche', 'capas', 'capa', 'strati', 'strato', 'camadas', 'camada', 'lagen', 'laag', 'warstwy', 'warstw', 'warstwa');
noun('param', 'parameter', 'parameters', 'parametros', 'parametri', 'parametrow', 'parametres');
// (With their accents, as they are written: Spanish, Portuguese, French.)
noun('param', 'parámetros', 'parámetro', 'parâmetros', 'parâmetro', 'paramètres', 'paramètre');
noun('chip', 'chips', 'puces', 'puce');

/** How a noun is spelled in unit strings ("USD/GPU", "GPUs/rack"). */
const DISPLAY = new Map<string, string>([
  ['gpu', 'GPU'],
  ['tpu', 'TPU'],
  ['cpu', 'CPU'],
  ['npu', 'NPU'],
  ['xpu', 'XPU'],
  ['asic', 'ASIC'],
  ['sm', 'SM'],
  ['cu', 'CU'],
  ['gpu-hour', 'GPU-hour'],
]);
const IRREGULAR_PLURAL = new Map<string, string>([
  ['person', 'people'],
  ['batch', 'batches'],
  ['microbatch', 'microbatches'],
  ['query', 'queries'],
  ['entry', 'entries'],
  ['switch', 'switches'],
  ['patch', 'patches'],
]);
export function displayNoun(n: string): string {
  return DISPLAY.get(n) ?? n;
}
export function pluralNoun(n: string): string {
  const irr = IRREGULAR_PLURAL.get(n);
  if (irr !== undefined) return irr;
  return displayNoun(n) + 's';
}

// --- word numbers ----------------------------------------------------------------------
export const WORD_NUMBERS = new Map<string, number>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
/** Word numbers and the words that scale them: never an adjective before a counted noun ("two hundred fifty-six GPUs"). */
export const NUMBER_WORDS = new Set<string>([...WORD_NUMBERS.keys(), 'hundred', 'dozen']);
/** Words that may start a word-number quantity. */
export const WORD_NUMBER_STARTS = new Set<string>([...WORD_NUMBERS.keys(), 'a', 'an', 'half', 'twice', 'thrice']);

// --- hedges --------------------------------------------------------------------------------
/** Hedge phrases (lowercase, single spaces) that may precede a number, longest first when matched. */
export const HEDGE_PHRASES: ReadonlyArray<readonly [string, 'approx' | 'atLeast' | 'atMost' | 'between']> = [
  ['on the order of', 'approx'],
  ['in the order of', 'approx'],
  ['in excess of', 'atLeast'],
  ['no less than', 'atLeast'],
  ['no fewer than', 'atLeast'],
  ['no more than', 'atMost'],
  ['not more than', 'atMost'],
  ['never more than', 'atMost'],
  ['not over', 'atMost'],
  ['not above', 'atMost'],
  ['no higher than', 'atMost'],
  ['not less than', 'atLeast'],
  ['never less than', 'atLeast'],
  ['not under', 'atLeast'],
  ['not below', 'atLeast'],
  ['no lower than', 'atLeast'],
  ['as high as', 'atMost'],
  ['as low as', 'atLeast'],
  ['in the ballpark of', 'approx'],
  ['just shy of', 'atMost'],
  ['maximum', 'atMost'],
  ['max', 'atMost'],
  ['minimum', 'atLeast'],
  ['exceeds', 'atLeast'],
  ['as many as', 'atMost'],
  ['as much as', 'atMost'],
  ['a little over', 'atLeast'],
  ['a little under', 'atMost'],
  ['close to', 'approx'],
  ['order of', 'approx'],
  ['more than', 'atLeast'],
  ['greater than', 'atLeast'],
  ['at least', 'atLeast'],
  ['north of', 'atLeast'],
  ['upwards of', 'atLeast'],
  ['just over', 'atLeast'],
  ['well over', 'atLeast'],
  ['just above', 'atLeast'],
  ['well above', 'atLeast'],
  ['less than', 'atMost'],
  ['fewer than', 'atMost'],
  ['up to', 'atMost'],
  ['at most', 'atMost'],
  ['just under', 'atMost'],
  ['well under', 'atMost'],
  ['just below', 'atMost'],
  ['south of', 'atMost'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['approx', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['some', 'approx'],
  ['circa', 'approx'],
  ['ca', 'approx'],
  ['over', 'atLeast'],
  ['above', 'atLeast'],
  ['exceeding', 'atLeast'],
  ['under', 'atMost'],
  ['below', 'atMost'],
  ['between', 'between'],
];

// --- words that may not sit between a number and its noun ------------------------------------
export const STOPWORDS = new Set<string>([
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'per',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'than', 'that', 'which', 'this', 'these',
  'those', 'it', 'its', 'as', 'into', 'onto', 'over', 'under', 'but', 'not', 'no', 'so', 'we',
  'you', 'they', 'i', 'he', 'she', 'if', 'then', 'when', 'while', 'also', 'only', 'just', 'each',
  'every', 'all', 'both', 'between', 'about', 'around', 'up', 'down', 'out', 'many', 'few', 'most',
  'several', 'some', 'other', 'such', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'will',
  'would', 'should', 'could', 'may', 'might', 'must', 'our', 'their', 'his', 'her', 'my', 'your',
  'there', 'here', 'where', 'who', 'whom', 'what', 'how', 'why', 'because', 'via', 'vs', 'versus',
  'after', 'before', 'during', 'until', 'since', 'ago', 'later', 'earlier', 'across', 'through',
  'against', 'among', 'without', 'within', 'like', 'unlike', 'whereas', 'though', 'although',
  'times', 'x', 'plus', 'minus', 'divided', 'equals', 'equal', 'using', 'used', 'use', 'uses',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

// --- bare-number context ---------------------------------------------------------------------------
/** Words after which a bare number is an index, version or episode rather than a quantity. */
export const INDEX_WORDS = new Set<string>([
  'version', 'ver', 'v', 'rev', 'revision', 'gen', 'generation', 'episode', 'ep', 'issue', 'no',
  'nr', 'number', 'num', 'chapter', 'ch', 'part', 'section', 'sec', 'figure', 'fig', 'table', 'tab',
  'page', 'p', 'pp', 'phase', 'round', 'season', 'vol', 'volume', 'level', 'tier', 'lesson',
  'lecture', 'slide', 'item', 'line', 'day', 'week', 'month', 'year', 'q', 'quarter', 'eq',
  'equation', 'ref', 'note', 'footnote', 'appendix', 'exercise', 'problem', 'question', 'rule',
  'act', 'book', 'track', 'session', 'id', 'index', 'rank', 'step', 'epoch', 'iteration', 'stage',
  'option', 'case', 'group', 'team', 'room', 'hall', 'building', 'floor', 'gate', 'platform',
  'release', 'build', 'patch', 'update', 'series', 'model', 'type', 'class', 'grade', 'level',
]);
/** Common capitalised sentence words that do not make the following number a name/version. */
export const CAPITAL_OK = new Set<string>([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'of', 'for', 'with', 'about', 'only', 'just', 'all',
  'and', 'or', 'but', 'so', 'to', 'from', 'over', 'under', 'nearly', 'almost', 'roughly', 'around',
  'approximately', 'some', 'each', 'every', 'those', 'these', 'that', 'this', 'its', 'their', 'our',
  'his', 'her', 'my', 'your', 'we', 'they', 'it', 'i', 'you', 'he', 'she', 'top', 'first', 'last',
  'next', 'another', 'another', 'use', 'uses', 'using', 'need', 'needs', 'add', 'adds', 'takes',
  'take', 'get', 'gets', 'got', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'then',
  'than', 'also', 'maybe', 'perhaps', 'total', 'plus', 'minus', 'even', 'still', 'yes', 'no',
  'note', 'want', 'wants', 'buy', 'buys', 'shipped', 'ships', 'sold', 'sells', 'expect', 'expects',
  // The same opening a sentence in the other languages notes are written in ("Con 8 H200 hay 1,13 TB").
  'mit', 'bei', 'für', 'von', 'im', 'auf', 'über', 'unter', 'etwa', 'rund', 'je', 'die', 'der', 'das', 'ein', 'eine', 'nur',
  'con', 'sin', 'para', 'por', 'en', 'de', 'del', 'los', 'las', 'el', 'la', 'un', 'una', 'unos', 'unas', 'hay', 'solo', 'cada',
  'avec', 'pour', 'sur', 'sous', 'dans', 'le', 'les', 'des', 'du', 'une', 'environ', 'chaque', 'seulement',
  'per', 'su', 'il', 'lo', 'gli', 'circa', 'ogni', 'met', 'voor', 'op', 'bij', 'het', 'een', 'com', 'sem', 'os', 'as', 'um', 'uma', 'cerca',
  // A ratio named by its initials: "PUE 1.3" is a value, not a version.
  'pue',
]);
export const MONTHS = new Set<string>([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul',
  'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec',
  'december',
]);

// --- qualifiers ----------------------------------------------------------------------------------
export const PRECISIONS = new Map<string, Precision>([
  ['fp64', 'fp64'], ['float64', 'fp64'],
  ['fp32', 'fp32'], ['float32', 'fp32'],
  ['tf32', 'tf32'],
  ['bf16', 'bf16'], ['bfloat16', 'bf16'],
  ['fp16', 'fp16'], ['float16', 'fp16'],
  ['fp8', 'fp8'], ['mxfp8', 'fp8'], ['e4m3', 'fp8'], ['e5m2', 'fp8'],
  ['int8', 'int8'],
  ['fp6', 'fp6'], ['mxfp6', 'fp6'],
  ['fp4', 'fp4'], ['mxfp4', 'fp4'], ['nvfp4', 'fp4'],
  ['int4', 'int4'],
]);
/** Filler words allowed between a quantity and its qualifiers ("10 PFLOPS of FP4"). */
export const QUALIFIER_FILLERS = new Set<string>(['of', 'at', 'in', 'with', 'using', 'for', 'tensor', 'precision', 'w', 'en', 'em', 'bei', 'mit', 'im', 'de', 'con', 'com', 'avec', 'op', 'met', 'para', 'per', 'z']);
