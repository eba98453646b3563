// Talks in a note: who spoke, on what, when, at which event.
//
// Sources, in order of trust: frontmatter (`speakers`, `talks`, `event`),
// markdown tables with speaker/title columns, schedule lines
// ("6:30 PM | Name (Affiliation) - Title"), quoted titles
// ('Name — "Title" (Affiliation)', '"Title" by Name'), and prose
// ("Yann LeCun's talk", "keynote by Lisa Su", "X sat down with Y",
// "Podcast #494 with Jensen Huang", "the keynote … jensen …").
//
// Everything works on lines cleaned of inline markdown (links, emphasis,
// code ticks, URLs, HTML) and repaired of mojibake, with a per-character map
// back to offsets in the original text, so every span is exact.
//
// All regular expressions use bounded repetition and no nested quantifiers.

import type { Block, Heading, Speaker, Span, Talk } from './types.js';
import { repairMojibake } from './mojibake.js';
import { foldName, isPlaceholderSpeaker } from './speakers.js';
import { locateFrontmatter } from './frontmatter.js';
import { detach } from './text.js';

/** Whether a UTF-16 code unit is matched by the regex `\s` (WhiteSpace and LineTerminator). */
function isWs(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whitespace that `replace(/\s+/g, ' ')` would change: any but ' ', or ' ' followed by more. */
const WS_TO_COLLAPSE = /[^\S ]| \s/;

/** `s.replace(/\s+/g, ' ')`, without a copy when s has nothing to collapse. */
function collapseWs(s: string): string {
  return WS_TO_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

const UPPER_START = /^\p{Lu}/u;

/** `/^\p{Lu}/u.test(s.slice(i))`, with an ASCII fast path. */
function upperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (c !== c) return false; // NaN: past the end
  return UPPER_START.test(i === 0 ? s : s.slice(i, i + 2));
}

export interface ExtractTalksInput {
  text: string;
  blocks: Block[];
  headings: Heading[];
  frontmatter: Record<string, unknown>;
  title: string;
}

// ---------------------------------------------------------------------------
// Word lists

/**
 * Well-known ML-hardware keynote speakers, by the short or lower-case forms a
 * journal uses ("jensen", "lisa su"). Keys are lower-case; matched on word
 * boundaries, case-insensitively. Kept deliberately small.
 */
export const KEYNOTE_SPEAKER_ALIASES: ReadonlyMap<string, string> = new Map([
  ['jensen', 'Jensen Huang'],
  ['jensen huang', 'Jensen Huang'],
  ['lisa su', 'Lisa Su'],
  ['sam altman', 'Sam Altman'],
  ['satya nadella', 'Satya Nadella'],
  ['sundar pichai', 'Sundar Pichai'],
  ['yann lecun', 'Yann LeCun'],
  ['lecun', 'Yann LeCun'],
  ['pat gelsinger', 'Pat Gelsinger'],
  ['jim keller', 'Jim Keller'],
  ['demis hassabis', 'Demis Hassabis'],
  ['mark zuckerberg', 'Mark Zuckerberg'],
  ['bill dally', 'Bill Dally'],
]);

/** Lower-case particles allowed inside a name: "Ludwig van Beethoven", "Oscar de la Hoya". */
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'des', 'van', 'von', 'du', 'dos', 'das', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y']);

/**
 * Words (folded) that never belong to a person's name: generic agenda words,
 * organisations, products, places, days, and words capitalised at the start
 * of a sentence. Names that are also common first names (Mark, Grace, Will,
 * May, June, Rubin, Claude) are deliberately absent.
 */
const NON_NAME_WORDS = new Set(
  (
    // function words and pronouns
    'the a an and or of for to in on at by with from into onto about over under via vs versus per as ' +
    'my our your his her their its this that these those what why how when where who which whose ' +
    // ("He", "Do", "So" are also surnames: Horace He, Kaiming He)
    'i we you she they it is are was were be been am does did has have had not no yes ' +
    // agenda and talk words
    'new intro introduction keynote keynotes talk talks lightning session sessions panel panels panelist panelists ' +
    'discussion discussions fireside chat chats qa ama break breaks coffee lunch dinner breakfast brunch snack snacks ' +
    'drinks cocktails cocktail food espresso espressos doors door open opening closing close remarks remark welcome ' +
    'registration checkin networking reception happy hour hours poster posters demo demos workshop workshops ' +
    'tutorial tutorials lecture lectures statement agenda schedule program programme day days week night morning ' +
    'afternoon evening track tracks room stage center centre conference summit meetup event events expo booth ' +
    'notes note thoughts summary recap takeaways takeaway highlights part chapter section update updates ' +
    'announcement announcements award awards speaker speakers guest guests host hosts moderator moderated ' +
    'tba tbd team teams group groups lab labs university univ institute college school inc ltd llc corp ' +
    'corporation company foundation research capital ventures partners fund street ' +
    'state future age era road beyond towards toward building scaling making accelerating introducing inside ' +
    'understanding lessons learned overview deep dive wrap end start kickoff fun ' +
    // tech words
    'ai ml llm llms gpu gpus tpu tpus cpu cpus npu hardware software cloud data model models kernel kernels ' +
    'compute computing systems system learning machine intelligence network networks inference training ' +
    'performance benchmark benchmarks architecture architectures chip chips silicon memory compiler compilers ' +
    'stack source edition parallel programming generative agentic physical factory factories ' +
    // words of talk titles that look like names when capitalised ("Cheap Distillation")
    'efficient fast faster robust practical rethinking serving distributed cheap scalable optimal optimizing ' +
    'distillation quantization sparse sparsity parallelism decoding speculative retrieval agent agents reasoning ' +
    'evaluation caching compression bandwidth latency throughput ' +
    // podcasts and shows named like people
    'latent gradient dissent priors acquired ' +
    // organisations, products, places, venues
    'nvidia amd intel google deepmind meta facebook microsoft openai anthropic apple amazon aws azure gcp ibm ' +
    'qualcomm broadcom tesla xai mistral cohere cerebras groq graphcore sambanova tenstorrent modular ' +
    'huggingface hugging pytorch tensorflow jax triton cuda rocm mojo gtc hotchips neurips icml iclr isca mlsys ' +
    'siggraph computex ces sap oracle salesforce samsung hynix micron tsmc nvlink infiniband ethernet ' +
    'stanford princeton berkeley mit cmu harvard yale oxford caltech eth epfl ' +
    'fair valley san santa convention podcast episode show youtube twitter substack blog github arxiv paper papers ' +
    'gpt chatgpt llama gemini transformer transformers attention mamba semianalysis ' +
    // days and months that are not first names
    'monday tuesday wednesday thursday friday saturday sunday january february march july september october ' +
    'november december ' +
    // words capitalised at the start of a sentence
    'yesterday today tomorrow tonight then also finally first second third next last later after before during ' +
    'while since until but yet still just even really very great good best nice amazing awesome thanks thank ' +
    'watched attended saw loved liked enjoyed missed skipped heard met caught listened read random some many ' +
    'most lots few all every each any ok okay idk lol quick more less other another same such both either ' +
    'neither here there now soon again ever never always maybe perhaps probably definitely super'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Headings that name a part of a note rather than an event. */
const GENERIC_HEADING = /^(?:the\s+)?(?:talks?|schedule|agenda|program(?:me)?|speakers?|sessions?|line-?up|notes?|highlights|takeaways|summary|recap|links|resources|day\s*\d{1,2}|morning|afternoon|evening|lightning talks|keynotes?)$/i;

/** A heading that announces a schedule: "weak" Name - Title lines under it are talks. */
const SCHEDULE_HEADING = /\b(?:talks?|schedule|agenda|program(?:me)?|speakers?|sessions?|line-?up|lightning)\b/i;

// ---------------------------------------------------------------------------
// Names

const NAME_PART = /^(?:\p{Lu}['’]|[dl]['’])?\p{Lu}[\p{Ll}\p{M}]{1,30}(?:\p{Lu}[\p{Ll}\p{M}]{1,30})?$/u;
const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.){0,2}$/u;
const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?\s+/i;

function foldWord(w: string): string {
  const f = foldName(w);
  return f.includes('-') ? f.replace(/-/g, '') : f;
}

/** Han, Hangul and kana written as a name token ("Wei 李"). */
const CJK_NAME_TOKEN = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}$/u;

function isNameToken(token: string): boolean {
  if (token.length > 40) return false;
  if (CJK_NAME_TOKEN.test(token)) return true;
  const parts = token.split('-');
  if (parts.length > 3) return false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // "al-Khwarizmi", "bin-Salman": a lower-case particle before a hyphen.
    if (i === 0 && parts.length > 1 && PARTICLES.has(p)) continue;
    if (!NAME_PART.test(p)) return false;
    if (NON_NAME_WORDS.has(foldWord(p))) return false;
  }
  return !NON_NAME_WORDS.has(foldWord(token));
}

/**
 * A person's name as written in notes: 2–4 capitalised words (plus lower-case
 * particles and up to two initials), letters with accents, hyphens and
 * apostrophes only, none of them a generic, organisation or product word.
 * "José Martínez-Ruiz", "Łukasz Kaiser", "Yann LeCun", "Shane O'Brien",
 * "Ludwig van Beethoven" pass; "NVIDIA GTC", "Beyond CUDA", "SAP Center",
 * "The Keynote", "Opening Remarks" do not.
 */
export function isPersonName(name: string): boolean {
  const hit = PERSON_NAME_CACHE.get(name);
  if (hit !== undefined) return hit;
  const result = isPersonNameUncached(name);
  // The same candidates ("Key number", "Opening Remarks") recur within and across notes.
  if (PERSON_NAME_CACHE.size >= 50_000) PERSON_NAME_CACHE.clear();
  PERSON_NAME_CACHE.set(detach(name), result);
  return result;
}

const PERSON_NAME_CACHE = new Map<string, boolean>();

function isPersonNameUncached(name: string): boolean {
  const n = name.trim();
  if (n.length < 4 || n.length > 60) return false;
  if (/[^\p{L}\p{M}'’. -]/u.test(n)) return false;
  const tokens = n.split(/ {1,3}/);
  if (tokens.length < 2 || tokens.length > 6) return false;
  if (PARTICLES.has(tokens[0]!) || PARTICLES.has(tokens[tokens.length - 1]!)) return false;
  let full = 0;
  let initials = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (PARTICLES.has(t)) continue;
    if (INITIAL.test(t)) {
      if (i === tokens.length - 1) return false;
      initials++;
      continue;
    }
    if (!isNameToken(t)) return false;
    full++;
  }
  return full >= 1 && full + initials >= 2 && full <= 4 && initials <= 2;
}

function stripHonorific(s: string): string {
  return s.replace(HONORIFIC, '');
}

/**
 * Normalise spaces and repair nothing else: names are kept as written.
 * (Strings are detached from the note once, when extractTalks returns them.)
 */
function tidy(s: string): string {
  return collapseWs(s).trim();
}

/** `s.split(/\s+/).length`: one more than the number of whitespace runs. */
function splitWsCount(s: string): number {
  let count = 1;
  let inWs = false;
  for (let i = 0; i < s.length; i++) {
    const ws = isWs(s.charCodeAt(i));
    if (ws && !inWs) count++;
    inWs = ws;
  }
  return count;
}

/** `/[.!?]$/.test(s)` */
function endsWithStop(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 33 || c === 63;
}

function looksLikeAffiliation(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (/["“”]/.test(t)) return false;
  if (!/^[\p{L}\p{N}@]/u.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 8;
}

function aliasFor(s: string): string | undefined {
  return KEYNOTE_SPEAKER_ALIASES.get(s.trim().toLowerCase().replace(/\s+/g, ' '));
}

// ---------------------------------------------------------------------------
// Cleaned text with a map back to the original

/**
 * Text plus, for each character, the original [start, end) it came from.
 * Without arrays the map is the identity from `base` (the common case: a line
 * with no markup and no mojibake costs no allocation). Derived texts build
 * their arrays on first use (`build`): most lines never need a span.
 */
interface Clean {
  s: string;
  base: number;
  starts: Int32Array | null;
  ends: Int32Array | null;
  build: ((c: Clean) => void) | null;
}

function identityClean(s: string, base: number): Clean {
  return { s, base, starts: null, ends: null, build: null };
}

function lazyClean(s: string, base: number, build: (c: Clean) => void): Clean {
  return { s, base, starts: null, ends: null, build };
}

/** Build a derived text's arrays if not done yet. */
function ensureMap(c: Clean): void {
  const build = c.build;
  if (build) {
    c.build = null;
    build(c);
  }
}

function startOf(c: Clean, i: number): number {
  if (c.build) ensureMap(c);
  return c.starts ? c.starts[i]! : c.base + i;
}

function endOf(c: Clean, i: number): number {
  if (c.build) ensureMap(c);
  return c.ends ? c.ends[i]! : c.base + i + 1;
}

function spanOf(c: Clean, i: number, j: number): Span {
  if (c.s.length === 0) return { start: c.base, end: c.base };
  const a = Math.max(0, Math.min(i, c.s.length - 1));
  const b = Math.max(a + 1, Math.min(j, c.s.length));
  return { start: startOf(c, a), end: endOf(c, b - 1) };
}

/**
 * c without the characters in the ranges of `cuts` ([start, end) pairs, any
 * order, may overlap). The map is built from the kept runs on first use.
 */
function dropRanges(c: Clean, cuts: [number, number][]): Clean {
  if (cuts.length === 0) return c;
  for (let i = 1; i < cuts.length; i++) {
    if (cuts[i - 1]![0] > cuts[i]![0]) {
      cuts.sort((x, y) => x[0] - y[0]);
      break;
    }
  }
  const n = c.s.length;
  const runs: number[] = [];
  let pos = 0;
  for (const [a, b] of cuts) {
    if (a > pos) runs.push(pos, a);
    if (b > pos) pos = b;
  }
  if (pos < n) runs.push(pos, n);
  let s = '';
  for (let r = 0; r < runs.length; r += 2) s += c.s.slice(runs[r]!, runs[r + 1]!);
  return lazyClean(s, c.base, (out) => {
    ensureMap(c);
    const starts = new Int32Array(out.s.length);
    const ends = new Int32Array(out.s.length);
    const cs = c.starts;
    const ce = c.ends;
    let k = 0;
    for (let r = 0; r < runs.length; r += 2) {
      for (let i = runs[r]!, e = runs[r + 1]!; i < e; i++, k++) {
        if (cs && ce) {
          starts[k] = cs[i]!;
          ends[k] = ce[i]!;
        } else {
          starts[k] = c.base + i;
          ends[k] = c.base + i + 1;
        }
      }
    }
    out.starts = starts;
    out.ends = ends;
  });
}

/** Drop [start, end) of a line of length n. */
function mark(cuts: [number, number][], start: number, end: number, n: number): void {
  if (end > n) end = n;
  if (end > start) cuts.push([start, end]);
}

/**
 * Every match of a global regex in s, as String.prototype.matchAll yields them,
 * without the regex copy matchAll makes on each call.
 */
function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advanceIndex(s, re.lastIndex, re.unicode);
  }
  return out;
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

function advanceIndex(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

const MD_LINK = /(!?\[)([^\]\n]{0,500})(\]\([^)\n]{0,1000}\))/g;
const WIKI_LINK = /!?\[\[([^[\]\n]{1,500})\]\]/g;
const AUTOLINK = /<(?:https?|mailto|ftp):[^>\s]{1,2000}>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]{1,2000}/gi;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?\/?>|<!--.{0,2000}?-->/g;
const EMPHASIS = /\*{1,3}|~~|_{2,3}/g;
const ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;
const FOOTNOTE_REF = /\[\^[^\]\s]{1,50}\]/g;
const EMPTY_PARENS = /\(\s{0,50}\)/g;

/** "www." in any case (BARE_URL is case-insensitive). */
const WWW_DOT = /www\./i;

function hasWwwDot(s: string): boolean {
  return WWW_DOT.test(s);
}

/** Clean text[start, end): inline markdown removed, URLs removed, mojibake repaired. */
const NEEDS_CLEANING = /[[\]<>*_`\\~]|https?:|www\.|\(\s{0,50}\)/i;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BACKTICK_OR_UNDERSCORE = /[`_]/g;

// Markup characters of a line (cleanRange runs each pattern only when its characters occur).
const HAS_BRACKET = 1;
const HAS_LT = 2;
const HAS_STAR = 4;
const HAS_TILDE = 8;
const HAS_UNDERSCORE = 16;
const HAS_BACKSLASH = 32;
const HAS_BACKTICK = 64;
const MARKUP_CHAR = /[[<*~_\\`]/g;

function markupChars(s: string): number {
  let has = 0;
  MARKUP_CHAR.lastIndex = 0;
  for (let m = MARKUP_CHAR.exec(s); m; m = MARKUP_CHAR.exec(s)) {
    const c = m[0];
    if (c === '[') has |= HAS_BRACKET;
    else if (c === '<') has |= HAS_LT;
    else if (c === '*') has |= HAS_STAR;
    else if (c === '~') has |= HAS_TILDE;
    else if (c === '_') has |= HAS_UNDERSCORE;
    else if (c === '\\') has |= HAS_BACKSLASH;
    else has |= HAS_BACKTICK;
  }
  return has;
}

function cleanRange(text: string, start: number, end: number): Clean {
  const raw = text.slice(start, end);
  const identity = identityClean(raw, start);
  if (!NEEDS_CLEANING.test(raw)) return repairClean(identity);
  const n = raw.length;
  const cuts: [number, number][] = [];
  const has = markupChars(raw);
  // Each pattern runs only when its literal is in the line.
  for (const m of has & HAS_BRACKET && raw.includes('](') ? allMatches(MD_LINK, raw) : NO_MATCHES) {
    const i = m.index;
    mark(cuts, i, i + m[1]!.length, n);
    const closeAt = i + m[1]!.length + m[2]!.length;
    mark(cuts, closeAt, closeAt + m[3]!.length, n);
  }
  for (const m of has & HAS_BRACKET && raw.includes('[[') ? allMatches(WIKI_LINK, raw) : NO_MATCHES) {
    const i = m.index;
    const inner = m[1]!;
    const innerStart = i + m[0].indexOf('[[') + 2;
    mark(cuts, i, innerStart, n);
    const bar = inner.indexOf('|');
    if (bar >= 0) mark(cuts, innerStart, innerStart + bar + 1, n);
    else {
      const hash = inner.indexOf('#');
      if (hash >= 0) mark(cuts, innerStart + hash, innerStart + inner.length, n);
    }
    mark(cuts, innerStart + inner.length, i + m[0].length, n);
  }
  if (has & HAS_LT) for (const m of allMatches(AUTOLINK, raw)) mark(cuts, m.index, m.index + m[0].length, n);
  for (const m of raw.includes('://') || hasWwwDot(raw) ? allMatches(BARE_URL, raw) : NO_MATCHES) {
    let url = m[0];
    // Leave the punctuation that closes the sentence or the parenthesis around the URL.
    while (url.length > 0 && /[.,;:!?'"”’]$/.test(url)) url = url.slice(0, -1);
    if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1);
    mark(cuts, m.index, m.index + url.length, n);
  }
  if (has & HAS_LT) for (const m of allMatches(HTML_TAG, raw)) mark(cuts, m.index, m.index + m[0].length, n);
  if (has & HAS_BRACKET && raw.includes('[^')) {
    for (const m of allMatches(FOOTNOTE_REF, raw)) mark(cuts, m.index, m.index + m[0].length, n);
  }
  if (has & HAS_STAR || (has & HAS_TILDE && raw.includes('~~')) || (has & HAS_UNDERSCORE && raw.includes('__'))) {
    for (const m of allMatches(EMPHASIS, raw)) mark(cuts, m.index, m.index + m[0].length, n);
  }
  if (has & HAS_BACKSLASH) for (const m of allMatches(ESCAPE, raw)) mark(cuts, m.index, m.index + 1, n);
  if (has & (HAS_BACKTICK | HAS_UNDERSCORE)) {
    // Code ticks, and underscores except inside a word ("snake_case").
    BACKTICK_OR_UNDERSCORE.lastIndex = 0;
    for (let m = BACKTICK_OR_UNDERSCORE.exec(raw); m; m = BACKTICK_OR_UNDERSCORE.exec(raw)) {
      const i = m.index;
      if (m[0] === '`') mark(cuts, i, i + 1, n);
      else {
        const before = i > 0 ? raw[i - 1]! : ' ';
        const after = i + 1 < n ? raw[i + 1]! : ' ';
        if (!(LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after))) mark(cuts, i, i + 1, n);
      }
    }
  }
  let c = dropRanges(identity, cuts);
  // "Session (https://…)" leaves "()" behind.
  if (c.s.includes('(')) {
    const cuts2: [number, number][] = [];
    for (const m of allMatches(EMPTY_PARENS, c.s)) mark(cuts2, m.index, m.index + m[0].length, c.s.length);
    c = dropRanges(c, cuts2);
  }
  return repairClean(c);
}

/**
 * repairMojibake only repairs runs that start with a Latin-1 lead character
 * (Â..ô, see its fast path): without one there is nothing to repair.
 */
const MOJIBAKE_LEAD = /[\u00c2-\u00f4]/;

function mayHaveMojibake(s: string): boolean {
  return MOJIBAKE_LEAD.test(s);
}

function repairClean(c: Clean): Clean {
  if (!mayHaveMojibake(c.s)) return c;
  const { fixes } = repairMojibake(c.s);
  if (fixes.length === 0) return c;
  let len = c.s.length;
  for (const fix of fixes) len += fix.replacement.length - (fix.span.end - fix.span.start);
  const starts = new Int32Array(len);
  const ends = new Int32Array(len);
  let s = '';
  let k = 0;
  let at = 0;
  const copyTo = (limit: number): void => {
    s += c.s.slice(at, limit);
    for (; at < limit; at++, k++) {
      starts[k] = startOf(c, at);
      ends[k] = endOf(c, at);
    }
  };
  for (const fix of fixes) {
    copyTo(fix.span.start);
    const from = startOf(c, fix.span.start);
    const to = endOf(c, fix.span.end - 1);
    s += fix.replacement;
    for (let r = 0; r < fix.replacement.length; r++, k++) {
      starts[k] = from;
      ends[k] = to;
    }
    at = fix.span.end;
  }
  copyTo(c.s.length);
  return { s, base: c.base, starts, ends, build: null };
}

/** The parts joined with `joiner` (`joined`: their texts already joined so). */
function concatClean(parts: Clean[], joiner: string, joined?: string): Clean {
  if (parts.length === 1) return parts[0]!;
  let s = joined ?? '';
  if (joined === undefined) for (let i = 0; i < parts.length; i++) s += i > 0 ? joiner + parts[i]!.s : parts[i]!.s;
  return lazyClean(s, parts[0]?.base ?? 0, (out) => {
    const starts = new Int32Array(out.s.length);
    const ends = new Int32Array(out.s.length);
    let k = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (i > 0) {
        const prev = parts[i - 1]!;
        const at = prev.s.length > 0 ? endOf(prev, prev.s.length - 1) : p.base;
        for (let r = 0; r < joiner.length; r++, k++) {
          starts[k] = at;
          ends[k] = at;
        }
      }
      for (let q = 0; q < p.s.length; q++, k++) {
        starts[k] = startOf(p, q);
        ends[k] = endOf(p, q);
      }
    }
    out.starts = starts;
    out.ends = ends;
  });
}

// ---------------------------------------------------------------------------
// Lines of a block

interface Line {
  clean: Clean;
  /** The block this line belongs to. */
  block: Block;
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]{1,8}|$)/;
const TASK_BOX = /^\[[ xX]\][ \t]{1,8}/;
const ATX_OPEN = /^#{1,6}(?:[ \t]{1,8}|$)/;
const ATX_CLOSE = /[ \t]{1,8}#{1,20}[ \t]{0,8}$/;
const SETEXT_UNDERLINE = /^[=-]{1,200}[ \t]{0,8}$/;

/** Length of a LIST_MARKER match at text[s] in the line ending at le, or -1. */
function listMarkerAt(text: string, s: number, le: number): number {
  let k = s;
  const c = text.charCodeAt(k);
  if (c === 45 || c === 42 || c === 43) k++; // - * +
  else {
    while (k < le && k - s < 10 && isDigit(text.charCodeAt(k))) k++;
    const digits = k - s;
    if (digits < 1 || digits > 9 || k >= le) return -1;
    const d = text.charCodeAt(k);
    if (d !== 46 && d !== 41) return -1; // . )
    k++;
  }
  if (k >= le) return k - s; // $
  return blanksAfter(text, k, le) > 0 ? k + blanksAfter(text, k, le) - s : -1;
}

/** Number of spaces and tabs (at most 8) at text[k], within the line ending at le. */
function blanksAfter(text: string, k: number, le: number): number {
  let b = 0;
  while (b < 8 && k + b < le && (text.charCodeAt(k + b) === 32 || text.charCodeAt(k + b) === 9)) b++;
  return b;
}

/** Length of a TASK_BOX match ("[ ] ", "[x] ") at text[k], or -1. */
function taskBoxAt(text: string, k: number, le: number): number {
  if (k + 3 > le || text.charCodeAt(k) !== 91 || text.charCodeAt(k + 2) !== 93) return -1;
  const x = text.charCodeAt(k + 1);
  if (x !== 32 && x !== 120 && x !== 88) return -1;
  const b = blanksAfter(text, k + 3, le);
  return b > 0 ? 3 + b : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Content lines of a block, container markers (>, bullets, #) stripped.
 * `noCR`: the text has no '\r', so lines end at the next '\n'.
 */
function blockLines(text: string, block: Block, limit: number, noCR = text.indexOf('\r') < 0): Line[] {
  const lines: Line[] = [];
  const end = Math.min(block.span.end, limit);
  const kind = block.kind;
  let pos = block.span.start;
  let first = true;
  while (pos < end) {
    let le: number;
    if (noCR) {
      le = text.indexOf('\n', pos);
      if (le < 0 || le > end) le = end;
    } else {
      le = pos;
      while (le < end && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    }
    let s = pos;
    // Blockquote markers and indentation.
    for (let guard = 0; guard < 40 && s < le; guard++) {
      const ch = text.charCodeAt(s);
      if (ch === 32 || ch === 9 || ch === 62) s++;
      else break;
    }
    if (kind === 'listItem' && first && s < le) {
      const m = listMarkerAt(text, s, le);
      if (m >= 0) {
        s += m;
        const t = taskBoxAt(text, s, le);
        if (t >= 0) s += t;
      }
    }
    let e = le;
    let blank = false;
    if (kind === 'heading') {
      let rest = text.slice(s, le);
      if (SETEXT_UNDERLINE.test(rest) && !first) {
        blank = true;
      } else {
        const m = ATX_OPEN.exec(rest);
        if (m) {
          s += m[0].length;
          rest = rest.slice(m[0].length);
        }
        const c = ATX_CLOSE.exec(rest);
        if (c) e = s + c.index;
      }
    }
    while (e > s && isWs(text.charCodeAt(e - 1))) e--;
    // (e > s: the line has a non-space character.)
    if (!blank && e > s) lines.push({ clean: cleanRange(text, s, e), block });
    first = false;
    if (le >= end) break;
    pos = text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
  }
  return lines;
}

// ---------------------------------------------------------------------------
// Speakers and titles in a line

interface ParsedSpeakers {
  speakers: Speaker[];
  /** Some speaker had "(Affiliation)". */
  parenAffiliation: boolean;
}

const PAREN_AFFILIATION = /^(.{1,100}?)\s{0,4}\(([^()]{1,100})\)$/u;
const AT_AFFILIATION = /^(.{1,100}?)\s{1,4}(?:@|from)\s{1,4}(.{1,80})$/u;

/**
 * `input.replace(/\s+/g, ' ').trim().replace(/[\s,;:]+$/, '')`: after collapsing,
 * the only whitespace left is ' ', so trimming is a scan for ' ' (and ',;:' at the end).
 */
function normalizeSpeakerText(input: string): string {
  const s = collapseWs(input);
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32) a++;
  while (b > a) {
    const c = s.charCodeAt(b - 1);
    if (c === 32 || c === 44 || c === 59 || c === 58) b--;
    else break;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** `s.trim()` for a string whose only whitespace is ' '. */
function trimSpaces(s: string, from: number, to: number): string {
  while (from < to && s.charCodeAt(from) === 32) from++;
  while (to > from && s.charCodeAt(to - 1) === 32) to--;
  return s.slice(from, to);
}

const HONORIFIC_AT = /(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?\s+/iy;
const PLACEHOLDER_FIRST = new Set(['super', 'secret', 'mystery', 'surprise', 'special', 'guest', 'unannounced']);
const PLACEHOLDER_SECOND = new Set([...PLACEHOLDER_FIRST, 'speaker', 'presenter']);

/** Characters a name may contain, besides spaces (isPersonName). */
function isNameChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 46;
  return (c >= 0xd800 && c <= 0xdfff) || NAME_CHAR.test(s[i]!); // surrogates: decided by the whole token
}

/** Token verdicts for speakerStartOk, memoised: 1 = may be a first token, 2 = may be a second token. */
const TOKEN_CACHE = new Map<string, number>();

function tokenVerdict(t: string): number {
  const hit = TOKEN_CACHE.get(t);
  if (hit !== undefined) return hit;
  const particle = PARTICLES.has(t);
  const token = INITIAL.test(t) || isNameToken(t);
  const low = t.toLowerCase();
  let v = (!particle && token ? 1 : 0) | (particle || token ? 2 : 0);
  if (PLACEHOLDER_FIRST.has(low)) v |= 4;
  if (PLACEHOLDER_SECOND.has(low)) v |= 8;
  if (TOKEN_CACHE.size >= 50_000) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(detach(t), v);
  return v;
}

/**
 * A cheap necessary condition for parseSpeakers: its first part must be a
 * person's name (or a placeholder), so the first two words of the input
 * (after an honorific) must be possible name tokens. Those words are the
 * first two tokens isPersonName would see: a part, and the name inside it,
 * end at whitespace or at a character that is not a name character.
 */
function speakerStartOk(input: string, from: number, allowPlaceholder: boolean): boolean {
  const n = input.length;
  // Honorifics start with d, p, m or s.
  const h = input.charCodeAt(from) | 0x20;
  HONORIFIC_AT.lastIndex = from;
  const w0 = (h === 0x64 || h === 0x70 || h === 0x6d || h === 0x73) && HONORIFIC_AT.test(input) ? HONORIFIC_AT.lastIndex : from;
  let w1 = w0;
  while (w1 < n && !isWs(input.charCodeAt(w1))) w1++;
  if (w1 === w0 || w1 === n) return false;
  let r0 = w1;
  while (r0 < n && isWs(input.charCodeAt(r0))) r0++;
  let r1 = r0;
  while (r1 < n && isNameChar(input, r1)) r1++;
  if (r1 === r0) return false;
  const second = maySecondToken(input, r0, r1);
  const placeholder = allowPlaceholder && mayBePlaceholderWord(input, w0, w1, false) && mayBePlaceholderWord(input, r0, r1, true);
  if (!second && !placeholder) return false;
  const first = tokenVerdict(input.slice(w0, w1));
  if (second && (first & 1) !== 0 && (tokenVerdict(input.slice(r0, r1)) & 2) !== 0) return true;
  return placeholder && (first & 4) !== 0 && (tokenVerdict(input.slice(r0, r1)) & 8) !== 0;
}

/**
 * False when s[a, b) is no word of PLACEHOLDER_FIRST (or, `second`,
 * PLACEHOLDER_SECOND) at a glance: by its length and first letter.
 */
function mayBePlaceholderWord(s: string, a: number, b: number, second: boolean): boolean {
  const len = b - a;
  if (len !== 5 && len !== 6 && len !== 7 && len !== 8 && len !== 11 && !(second && len === 9)) return false;
  const c = s.charCodeAt(a) | 0x20;
  return c === 0x73 || c === 0x6d || c === 0x67 || c === 0x75 || (second && c === 0x70); // s m g u (p)
}

/**
 * False when s[a, b) can be no second name token (tokenVerdict bit 2) at a
 * glance: a word starting with an ASCII lower-case letter is a particle ("van",
 * at most 5 letters), a particle before a hyphen ("al-Khwarizmi") or an
 * elided "d'"/"l'" ("d'Artagnan"); initials and other name parts are capitalised.
 */
function maySecondToken(s: string, a: number, b: number): boolean {
  const c = s.charCodeAt(a);
  if (c < 97 || c > 122 || b - a <= 5) return true;
  const c1 = s.charCodeAt(a + 1);
  if ((c === 100 || c === 108) && (c1 === 39 || c1 === 0x2019)) return true;
  for (let i = a + 1; i < b && i <= a + 5; i++) if (s.charCodeAt(i) === 45) return true;
  return false;
}

/**
 * "Name (Aff)", "Name, Aff", "A & B (Aff)", "A, B and C", "Dr. Name @ Aff".
 * The whole string must be speakers (and their affiliations), else null.
 *
 * The string is split at depth-0 (outside parentheses and brackets) chunk
 * separators (' & ', ' and ', ' + ', ' / ', '; ') and, inside chunks, at
 * commas. Parts are read in one left-to-right scan and the first part that is
 * neither a speaker nor an affiliation ends it.
 */
function parseSpeakers(input: string, allowPlaceholder: boolean, startChecked = false): ParsedSpeakers | null {
  // Names start with a capital (or an honorific, also capitalised); placeholders too.
  if (!startChecked) {
    let f = 0;
    while (f < input.length && isWs(input.charCodeAt(f))) f++;
    if (!upperAt(input, f) || !speakerStartOk(input, f, allowPlaceholder)) return null;
  }
  const s = normalizeSpeakerText(input);
  if (s.length === 0 || s.length > 240) return null;
  if (!upperAt(s, 0)) return null;
  const speakers: Speaker[] = [];
  let parenAffiliation = false;
  let prevInChunk: Speaker | null = null;
  const n = s.length;
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= n; i++) {
    let sepLen = 0;
    let chunkEnd = false;
    if (i < n) {
      const ch = s.charCodeAt(i);
      if (ch === 40 || ch === 91) {
        depth++;
        continue;
      }
      if ((ch === 41 || ch === 93) && depth > 0) {
        depth--;
        continue;
      }
      if (depth !== 0) continue;
      if (ch === 44) sepLen = 1; // ','
      else if (ch === 32) {
        const c1 = s.charCodeAt(i + 1);
        if ((c1 === 38 || c1 === 43 || c1 === 47) && s.charCodeAt(i + 2) === 32) sepLen = 3; // ' & ', ' + ', ' / '
        else if (c1 === 97 && s.charCodeAt(i + 2) === 110 && s.charCodeAt(i + 3) === 100 && s.charCodeAt(i + 4) === 32) sepLen = 5; // ' and '
        else continue;
        chunkEnd = true;
      } else if (ch === 59 && s.charCodeAt(i + 1) === 32) {
        sepLen = 2; // '; '
        chunkEnd = true;
      } else continue;
    } else chunkEnd = true;
    const part = trimSpaces(s, from, i);
    const last = i === n;
    from = i + sepLen;
    i = from - 1;
    if (part !== '') {
      let name = part;
      let aff: string | null = null;
      // Both patterns need their literal: a closing parenthesis at the end, " @ " or " from ".
      const pm = part.charCodeAt(part.length - 1) === 41 ? PAREN_AFFILIATION.exec(part) : null;
      if (pm) {
        name = pm[1]!;
        aff = pm[2]!.trim();
      } else if (part.includes(' @ ') || part.includes(' from ')) {
        const am = AT_AFFILIATION.exec(part);
        if (am && isPersonName(stripHonorific(am[1]!.trim()))) {
          name = am[1]!;
          aff = am[2]!.trim();
        }
      }
      name = stripHonorific(name.trim());
      if (isPersonName(name) || (allowPlaceholder && isPlaceholderSpeaker(name))) {
        const sp: Speaker = { name: tidy(name), affiliation: aff ? tidy(aff) : null };
        if (pm) parenAffiliation = true;
        speakers.push(sp);
        prevInChunk = sp;
      } else if (prevInChunk && prevInChunk.affiliation === null && !pm && looksLikeAffiliation(part)) {
        prevInChunk.affiliation = tidy(part);
        prevInChunk = null;
      } else {
        return null;
      }
    }
    if (last) break;
    if (chunkEnd) prevInChunk = null;
  }
  if (speakers.length === 0 || speakers.length > 8) return null;
  return { speakers, parenAffiliation };
}

const OPEN_QUOTES = '"“«‘\'';
const WRAPPED_TITLE = /^["“«]([^"“”«»]{1,300})["”»]$/u;

/** Strip wrapping quotes and trailing punctuation; null when nothing is left. */
function cleanTitle(raw: string): string | null {
  let t = collapseWs(raw).trim();
  // Trailing spaces, commas and semicolons (the only whitespace left is ' ').
  let e = t.length;
  while (e > 0) {
    const c = t.charCodeAt(e - 1);
    if (c === 32 || c === 44 || c === 59) e--;
    else break;
  }
  if (e < t.length) t = t.slice(0, e);
  const m = WRAPPED_TITLE.exec(t);
  if (m) t = m[1]!.trim();
  else if (t.length >= 2 && /^['‘]/.test(t) && /['’]$/.test(t) && !t.slice(1, -1).includes("'")) t = t.slice(1, -1).trim();
  if (t === '' || !/[\p{L}\p{N}]/u.test(t)) return null;
  return t;
}

interface Separator {
  start: number;
  end: number;
}

/**
 * Places where a speaker part may end and a title begin: '|', '–', '—'
 * anywhere; '-' after whitespace or ')' ("(Stanford) -The State…"); ':'
 * followed by a space or a quote; ',' followed by an opening quote.
 * Returns the first separator at or after `from`, with the spaces around it;
 * the scan for the next one resumes at its `end`.
 */
function nextSeparator(s: string, from: number): Separator | null {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch !== 124 && ch !== 0x2013 && ch !== 0x2014 && ch !== 45 && ch !== 58 && ch !== 44) continue;
    let isSep = false;
    let j = i + 1;
    if (ch === 124 || ch === 0x2013 || ch === 0x2014) isSep = true; // | – —
    else if (ch === 45) {
      // '-'
      const prev = i > 0 ? s.charCodeAt(i - 1) : -1;
      if (prev === 32 || prev === 9 || prev === 41 || prev === 34 || prev === 0x201d) {
        isSep = true;
        while (j < n && s.charCodeAt(j) === 45) j++;
        if (s.charCodeAt(j) === 62) isSep = false; // "->" arrows
      }
    } else if (ch === 58) {
      // ':'
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 32;
      if (next === 32 || next === 9 || isOpenQuote(next)) isSep = true;
    } else {
      // ','
      let k = i + 1;
      while (k < n && s.charCodeAt(k) === 32) k++;
      if (k < n && (s.charCodeAt(k) === 34 || s.charCodeAt(k) === 0x201c)) isSep = true;
    }
    if (!isSep) continue;
    let a = i;
    while (a > 0 && isWs(s.charCodeAt(a - 1))) a--;
    while (j < n && isWs(s.charCodeAt(j))) j++;
    return { start: a, end: j };
  }
  return null;
}

/** A character of OPEN_QUOTES. */
function isOpenQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0xab || c === 0x2018 || c === 39;
}

interface ParsedTalkText {
  speakers: Speaker[];
  title: string | null;
  titleQuoted: boolean;
  parenAffiliation: boolean;
  /** The speaker part ended at a colon ("Name: …"), the usual way to attribute a quote. */
  colon?: boolean;
}

interface ParseOptions {
  /** The line had a time, or is a table cell: looser forms are allowed. */
  lenient: boolean;
  allowPlaceholder: boolean;
}

const QUOTED_BY = /^["“]([^"“”]{1,300})["”]\s{0,4},?\s{1,4}(?:by|from|with|[-–—])\s{1,4}(.{1,300})$/u;
const TITLE_BY = /^(.{1,200}?)\s{1,4}by\s{1,4}(.{1,200})$/u;
const QUOTED_WITH_AFFILIATION = /^["“]([^"“”]{1,300})["”]\s{0,4}(?:\(([^()]{1,100})\))?\s{0,4}[.,;]?$/u;

function applyAffiliation(speakers: Speaker[], aff: string | undefined): void {
  if (!aff) return;
  for (const s of speakers) if (s.affiliation === null) s.affiliation = tidy(aff);
}

const SPEAKER_AFTER_SEPARATOR = /[|\u2013\u2014:-]-*\s*\p{Lu}/u;

/** Speakers and title from the text of one schedule entry (time already removed). */
function parseTalkText(str: string, opts: ParseOptions): ParsedTalkText | null {
  const s = str.trim();
  if (s.length < 4 || s.length > 600) return null;

  // "Title" by Name (Affiliation)
  const c0 = s.charCodeAt(0);
  const qb = c0 === 34 || c0 === 0x201c ? QUOTED_BY.exec(s) : null;
  if (qb) {
    const sp = parseSpeakers(qb[2]!, opts.allowPlaceholder);
    if (sp) return { speakers: sp.speakers, title: cleanTitle(qb[1]!), titleQuoted: true, parenAffiliation: sp.parenAffiliation };
  }

  // Each loop below needs parseSpeakers to accept a part of s; find the separators only if
  // one of them can. Left parts all start where s does, and end at whitespace or at a
  // character that is not a name character: parseSpeakers' start check gives the same
  // answer for s as for each of them (or they have fewer than two words).
  const speakersFirst = upperAt(s, 0) && speakerStartOk(s, 0, opts.allowPlaceholder);
  // A right part starts with a capital right after a separator ('|', '–', '—', ':', '-',
  // spaces), and without a time or table needs an affiliation in parentheses.
  const needsParen = !opts.lenient && !s.includes(')');
  const speakersLast = !needsParen && SPEAKER_AFTER_SEPARATOR.test(s);
  // Name (Affiliation) - Title, Name - "Title" (Affiliation), Name, Affiliation: "Title"
  // (separators found one at a time: the first one usually ends the speakers).
  if (speakersFirst) for (let sep = nextSeparator(s, 0); sep; sep = nextSeparator(s, sep.end)) {
    const left = s.slice(0, sep.start);
    const right = s.slice(sep.end).trim();
    if (right === '') continue;
    // (speakersFirst: the start check holds for every left part, or it has fewer than two words.)
    const sp = parseSpeakers(left, opts.allowPlaceholder, true);
    if (!sp) continue;
    const colon = s.slice(sep.start, sep.end).trim() === ':';
    const qa = QUOTED_WITH_AFFILIATION.exec(right);
    if (qa) {
      applyAffiliation(sp.speakers, qa[2]);
      return { speakers: sp.speakers, title: cleanTitle(qa[1]!), titleQuoted: true, parenAffiliation: sp.parenAffiliation || qa[2] !== undefined, colon };
    }
    return { speakers: sp.speakers, title: cleanTitle(right), titleQuoted: false, parenAffiliation: sp.parenAffiliation, colon };
  }

  // Title - Name (Affiliation): only with a time, in a table, or with a parenthesised affiliation.
  if (speakersLast) for (let sep = nextSeparator(s, 0); sep; sep = nextSeparator(s, sep.end)) {
    // The right part starts at sep.end (separators end at a non-space): speakers start with a capital.
    if (!upperAt(s, sep.end)) continue;
    const left = s.slice(0, sep.start).trim();
    const right = s.slice(sep.end).trim();
    if (left === '' || right === '') continue;
    const sp = parseSpeakers(right, opts.allowPlaceholder);
    if (!sp || !(opts.lenient || sp.parenAffiliation)) continue;
    if (splitWsCount(left) > 20) continue;
    return { speakers: sp.speakers, title: cleanTitle(left), titleQuoted: false, parenAffiliation: sp.parenAffiliation };
  }

  // Title by Name (Affiliation) (the affiliation shows as a closing parenthesis).
  const tb = !needsParen && s.includes('by') ? TITLE_BY.exec(s) : null;
  if (tb && splitWsCount(tb[1]!) <= 20) {
    const sp = parseSpeakers(tb[2]!, opts.allowPlaceholder);
    if (sp && (opts.lenient || sp.parenAffiliation)) {
      return { speakers: sp.speakers, title: cleanTitle(tb[1]!), titleQuoted: false, parenAffiliation: sp.parenAffiliation };
    }
  }

  // Just the speaker(s) with an affiliation, e.g. "7:25 PM | Vijay Thakkar (NVIDIA)"
  // (not "8:15 AM — Cheap Distillation").
  if (opts.lenient) {
    const sp = parseSpeakers(s, opts.allowPlaceholder);
    if (sp && sp.parenAffiliation) return { speakers: sp.speakers, title: null, titleQuoted: false, parenAffiliation: sp.parenAffiliation };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Schedule lines

const TIME_TOKEN = String.raw`\d{1,2}(?::[0-5]\d)?\s?[AaPp]\.?[Mm]\.?(?![\p{L}\p{N}])|\d{1,2}[:h][0-5]\d(?![\p{L}\p{N}])`;
const LEADING_TIME = new RegExp(`^(?:${TIME_TOKEN})(?:\\s{0,2}[-–—]\\s{0,2}(?:${TIME_TOKEN}))?`, 'u');
const AFTER_TIME = /^(?:[ \t]{0,4}[|:–—-][ \t]{0,8}|[ \t]{1,8})/;

interface Candidate {
  talk: Talk;
  strong: boolean;
  /** Index of the group (schedule block or run of list items) it came from. */
  group: number;
}

const SPEAKERS_LABEL = /^(?:speakers?|presenters?|panel(?:ists)?|guests?|hosts?)\s{0,2}:\s{0,4}/i;

function parseScheduleLine(line: Line, group: number, inHeading: boolean): Candidate | null {
  const c = line.clean;
  const s = c.s;
  let i = 0;
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  let end = s.length;
  while (end > i && isWs(s.charCodeAt(end - 1))) end--;
  if (end - i < 4) return null;
  // "Speakers: Name (Org) and Name (Org)": a talk whose title the note does not give.
  const label = SPEAKERS_LABEL.exec(s.slice(i, Math.min(end, i + 24)));
  if (label) {
    const sp = parseSpeakers(s.slice(i + label[0].length, end), false);
    if (sp) return { talk: { title: null, speakers: sp.speakers, time: null, event: null, span: spanOf(c, i, end), source: 'prose' }, strong: true, group };
  }
  let time: string | null = null;
  let restStart = i;
  // Times start with an ASCII digit.
  const d = s.charCodeAt(i);
  const tm = d >= 48 && d <= 57 ? LEADING_TIME.exec(s.slice(i)) : null;
  if (tm) {
    const after = AFTER_TIME.exec(s.slice(i + tm[0].length));
    if (after) {
      time = tm[0].trim();
      restStart = i + tm[0].length + after[0].length;
    }
  }
  const parsed = parseTalkText(s.slice(restStart, end), { lenient: time !== null, allowPlaceholder: time !== null || !inHeading });
  if (!parsed) return null;
  if (time === null && !parsed.titleQuoted && parsed.title !== null) {
    // "José Martínez-Ruiz: 2:4 sparsity only pays off above 70% utilisation." is a
    // statement attributed to someone, not a talk: titles are not sentences.
    if (endsWithStop(parsed.title) && !parsed.title.endsWith('...')) return null;
    if (splitWsCount(parsed.title) > 16) return null;
  }
  // "Name (Affiliation): text" and 'Name: "we are at 5 ms today".' attribute a quote
  // more often than they list a talk: without a time they need a schedule around them,
  // and a quoted text must look like a title (capitalised, short, not a sentence).
  const colon = parsed.colon === true && time === null;
  if (colon && parsed.titleQuoted && !inHeading) {
    const t = parsed.title ?? '';
    if (!/^[\p{Lu}\p{N}]/u.test(t) || endsWithStop(t) || endsWithStop(s.slice(i, end)) || splitWsCount(t) > 12) return null;
  }
  // "# Latent Space: Scaling laws" is a show, not a person: a heading "Name: Title"
  // without an affiliation needs the name to be known from elsewhere in the note.
  const strong = time !== null || (inHeading && !(colon && !parsed.parenAffiliation)) || (!colon && (parsed.titleQuoted || parsed.parenAffiliation));
  const source: Talk['source'] = time === null && parsed.titleQuoted ? 'quoted-title' : 'schedule';
  return {
    talk: { title: parsed.title, speakers: parsed.speakers, time, event: null, span: spanOf(c, i, end), source },
    strong,
    group,
  };
}

// ---------------------------------------------------------------------------
// Tables

type Column = 'time' | 'speaker' | 'title' | 'affiliation';

function classifyHeader(cell: string): Column | null {
  const h = cell.toLowerCase();
  if (/\b(?:affiliations?|org|orgs|organi[sz]ations?|company|companies|employer|institution|lab)\b/.test(h)) return 'affiliation';
  if (/\b(?:time|when|slot|start|hour)\b/.test(h)) return 'time';
  if (/\b(?:speakers?|presenters?|who|names?|hosts?|guests?|panelists?|by)\b/.test(h)) return 'speaker';
  if (/\b(?:talks?|titles?|sessions?|topics?|subjects?|presentations?|abstract)\b/.test(h)) return 'title';
  return null;
}

function tableCells(text: string, row: Block): Span[] {
  if (row.cells) return row.cells;
  // Fallback when the parser gave no cells: split on unescaped pipes.
  const cells: Span[] = [];
  let start = row.span.start;
  if (text[start] === '|') start++;
  for (let i = start; i <= row.span.end; i++) {
    if (i === row.span.end || (text[i] === '|' && text[i - 1] !== '\\')) {
      let a = start;
      let b = i;
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (!(i === row.span.end && a === b && text[i - 1] === '|')) cells.push({ start: a, end: b });
      start = i + 1;
    }
  }
  return cells;
}

function cellText(text: string, span: Span | undefined): string {
  if (!span || span.end <= span.start) return '';
  return cleanRange(text, span.start, span.end).s.trim();
}

function extractTable(text: string, rows: Block[]): Talk[] {
  const headerIdx = rows.findIndex((r) => r.header === true);
  const header = rows[headerIdx >= 0 ? headerIdx : 0]!;
  const columns = tableCells(text, header).map((c) => classifyHeader(cellText(text, c)));
  const col = (k: Column): number => columns.indexOf(k);
  if (col('speaker') < 0 && col('title') < 0) return [];
  const talks: Talk[] = [];
  for (const row of rows) {
    if (row === header || row.header) continue;
    const cells = tableCells(text, row);
    const get = (k: Column): string => (col(k) >= 0 ? cellText(text, cells[col(k)]) : '');
    const timeText = get('time');
    const time = timeText && /\d/.test(timeText) ? timeText : null;
    let speakers: Speaker[] | null = null;
    let title: string | null = null;
    if (col('speaker') >= 0) {
      speakers = parseSpeakers(get('speaker'), true)?.speakers ?? null;
      title = col('title') >= 0 ? cleanTitle(get('title')) : null;
    } else {
      const parsed = parseTalkText(get('title'), { lenient: true, allowPlaceholder: true });
      if (parsed) {
        speakers = parsed.speakers;
        title = parsed.title;
      }
    }
    if (!speakers) continue;
    const aff = get('affiliation');
    if (aff && !/^[-–—]+$/.test(aff)) applyAffiliation(speakers, aff);
    talks.push({ title, speakers, time, event: null, span: { ...row.span }, source: 'table' });
  }
  return talks;
}

// ---------------------------------------------------------------------------
// Prose

const TALK_WORD = String.raw`keynote(?:\s{1,3}address)?|lightning\s{1,3}talk|talk|presentation|lecture|session|fireside\s{1,3}chat|tutorial`;
const POSSESSIVE_TALK = new RegExp(String.raw`['’]s\s{1,3}((?:[\p{L}\p{N}-]{1,20}\s{1,3}){0,2}?)(${TALK_WORD})\b`, 'giu');
const TALK_BY = new RegExp(String.raw`\b(${TALK_WORD})\s{1,3}(?:(?:given|delivered|presented|held)\s{1,3})?by\s{1,3}`, 'giu');
const GAVE_TALK = new RegExp(String.raw`\s(?:gave|gives|delivered|delivers|opened\s{1,3}with|kicked\s{1,3}off\s{1,3}with|presented)\s{1,3}(?:the|a|an|his|her|their)\s{1,3}((?:[\p{L}\p{N}-]{1,20}\s{1,3}){0,2}?)(${TALK_WORD})\b`, 'giu');
const INTERVIEW = /\s(?:sat|sits|sit|sitting)\s{1,3}down\s{1,3}with\s{1,3}|\s(?:interviewed|interviews|in\s{1,3}conversation\s{1,3}with|chatted\s{1,3}with|chats\s{1,3}with)\s{1,3}/giu;
const PODCAST = /\b(podcast|episode|ep\.)\s{0,3}(?:(?:#|no\.?|number|ep\.?|episode)\s{0,3})?(\d{1,5})?\s{0,3}(?:[,:–—-]\s{0,3})?(?:with|w\/|featuring|feat\.|ft\.)\s{1,3}/giu;
const KEYNOTE_WORD = /\bkeynote\b/giu;
const FILLER_WORDS = new Set(['and', 'or', 'but', 'with', 'the', 'a', 'an', 'of', 'to', 'about', 'on', 'in', 'at', 'for', 'that', 'this']);

const aliasPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${[...KEYNOTE_SPEAKER_ALIASES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s{1,3}`))
    .join('|')})(?![\p{L}\p{N}])`,
  'giu',
);

interface TokenRange {
  start: number;
  end: number;
}

const NAME_CHAR = /[\p{L}\p{M}'’.-]/u;

/** Up to `max` space-separated name-ish tokens ending right before `end`. */
function tokensBefore(s: string, end: number, max: number): TokenRange[] {
  const out: TokenRange[] = [];
  let i = end;
  while (out.length < max) {
    let e = i;
    while (e > 0 && s[e - 1] === ' ') e--;
    if (out.length > 0 && e === i) break; // tokens must be separated by spaces
    let b = e;
    while (b > 0 && NAME_CHAR.test(s[b - 1]!)) b--;
    if (b === e) break;
    out.unshift({ start: b, end: e });
    i = b;
    if (b === 0 || s[b - 1] !== ' ') break;
  }
  return out;
}

/** Up to `max` space-separated name-ish tokens starting at `start`. */
function tokensAfter(s: string, start: number, max: number): TokenRange[] {
  const out: TokenRange[] = [];
  let i = start;
  while (out.length < max && i < s.length) {
    let e = i;
    while (e < s.length && NAME_CHAR.test(s[e]!)) e++;
    if (e === i) break;
    out.push({ start: i, end: e });
    if (s[e] !== ' ') break;
    i = e;
    while (i < s.length && s[i] === ' ') i++;
  }
  return out;
}

/** Strip trailing sentence punctuation and a possessive from a name candidate's end. */
function trimNameEnd(s: string, start: number, end: number): number {
  let e = end;
  if (/['’]s$/.test(s.slice(start, e))) e -= 2;
  while (e > start && /[.'’-]/.test(s[e - 1]!)) {
    // Keep the period of an initial ("J.").
    if (s[e - 1] === '.' && e - 2 >= start && /\p{Lu}/u.test(s[e - 2]!) && (e - 3 < start || !/\p{L}/u.test(s[e - 3]!))) break;
    e--;
  }
  return e;
}

interface Found {
  name: string;
  start: number;
  end: number;
  affiliation: string | null;
}

/** The person named right before `end` ("… Yann LeCun|'s talk"), or a keynote alias ("jensen"). */
function nameBefore(s: string, end: number): Found | null {
  const toks = tokensBefore(s, end, 6);
  for (let k = Math.min(5, toks.length); k >= 2; k--) {
    const start = toks[toks.length - k]!.start;
    const candidate = s.slice(start, end);
    if (isPersonName(candidate)) return { name: tidy(candidate), start, end, affiliation: null };
  }
  for (let k = Math.min(2, toks.length); k >= 1; k--) {
    const start = toks[toks.length - k]!.start;
    const alias = aliasFor(s.slice(start, end));
    if (alias) return { name: alias, start, end, affiliation: null };
  }
  return null;
}

/** The person named from `start` on ("keynote by |Lisa Su (AMD)"), or a keynote alias. */
function nameAfter(s: string, start: number): Found | null {
  const toks = tokensAfter(s, start, 6);
  let found: Found | null = null;
  for (let k = Math.min(5, toks.length); k >= 2 && !found; k--) {
    const end = trimNameEnd(s, start, toks[k - 1]!.end);
    const candidate = s.slice(start, end);
    if (isPersonName(candidate)) found = { name: tidy(candidate), start, end, affiliation: null };
  }
  for (let k = Math.min(2, toks.length); k >= 1 && !found; k--) {
    const end = trimNameEnd(s, start, toks[k - 1]!.end);
    const alias = aliasFor(s.slice(start, end));
    if (alias) found = { name: alias, start, end, affiliation: null };
  }
  if (!found) return null;
  const aff = /^\s{0,3}\(([^()]{1,80})\)/.exec(s.slice(found.end));
  if (aff && looksLikeAffiliation(aff[1]!)) {
    found.affiliation = tidy(aff[1]!);
    found.end += aff[0].length;
  }
  return found;
}

function talkTitleFor(word: string): string | null {
  return /^keynote/i.test(word) ? 'Keynote' : null;
}

const SMALL_TITLE_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'via', 'vs', 'is', 'are']);

/** Title Case-ish text, e.g. "Beyond CUDA: Accelerating GenAI with MAX and Mojo". */
function looksLikeTitle(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 16) return false;
  const content = words.filter((w) => !SMALL_TITLE_WORDS.has(w.toLowerCase()));
  if (content.length < 2) return false;
  const capitalised = content.filter((w) => /^[^\p{L}]{0,2}\p{Lu}/u.test(w)).length;
  return capitalised / content.length >= 0.75;
}

/** "Some Title (Name's talk …)": the title written before the opening parenthesis. */
function titleBeforeParen(s: string, nameStart: number): string | null {
  let p = nameStart - 1;
  while (p >= 0 && s[p] === ' ') p--;
  if (p < 0 || s[p] !== '(') return null;
  let depth = 0;
  let q = p - 1;
  for (; q >= 0; q--) {
    if (s[q] === ')') depth++;
    else if (s[q] === '(') {
      if (depth === 0) break;
      depth--;
    } else if (s[q] === '\n') break;
  }
  const segment = s.slice(q + 1, p).trim();
  if (segment === '' || !looksLikeTitle(segment)) return null;
  return cleanTitle(segment);
}

interface SentenceRange {
  start: number;
  end: number;
}

function sentences(s: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const boundary = ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= s.length || /\s/.test(s[i + 1]!)));
    if (boundary) {
      out.push({ start: from, end: ch === '\n' ? i : i + 1 });
      from = i + 1;
    }
  }
  if (from < s.length) out.push({ start: from, end: s.length });
  return out;
}

function proseTalk(c: Clean, title: string | null, speakers: Speaker[], start: number, end: number): Talk {
  return { title, speakers, time: null, event: null, span: spanOf(c, start, end), source: 'prose' };
}

/** Every prose pattern needs one of these words: skip the rest of the regexes otherwise. */
const PROSE_HINT = /['’]s\s|keynote|podcast|episode|\bep\.|interview|conversation|chat|\bdown\s|\bby\s/i;

/**
 * Words the prose patterns need, found in one pass with the patterns' flags.
 * Bits: 1 talk word (POSSESSIVE_TALK, TALK_BY, GAVE_TALK), 2 INTERVIEW,
 * 4 PODCAST, 8 "keynote" (keynote sentences). A pattern without its words is
 * not run. Every pattern needs its word at the start of a word (after \b or
 * whitespace), and such an occurrence is always found: no two words can match
 * at the same place ("episode" and "ep." share a bit), and an occurrence that
 * starts inside another match is preceded by a letter, so starts no word.
 */
const PROSE_WORD = /(keynote)|(chat)|(talk|presentation|lecture|session|tutorial)|(down|interview|conversation)|(podcast|episode|ep\.)/giu;

function proseWords(s: string): number {
  let bits = 0;
  PROSE_WORD.lastIndex = 0;
  for (let m = PROSE_WORD.exec(s); m; m = PROSE_WORD.exec(s)) {
    if (m[1] !== undefined) bits |= 1 | 8;
    else if (m[2] !== undefined) bits |= 1 | 2;
    else if (m[3] !== undefined) bits |= 1;
    else if (m[4] !== undefined) bits |= 2;
    else bits |= 4;
    if (bits === 15) break;
  }
  return bits;
}

function extractProse(c: Clean): Talk[] {
  const s = c.s;
  const talks: Talk[] = [];
  if (!PROSE_HINT.test(s)) return talks;
  const keynoteSpeakerAt: { start: number; end: number }[] = [];
  // Each pattern runs only when the words it needs are in the text (and "'s" its apostrophe).
  const words = proseWords(s);
  const talkWord = (words & 1) !== 0;

  for (const m of talkWord && (s.includes("'") || s.includes('’')) ? allMatches(POSSESSIVE_TALK, s) : NO_MATCHES) {
    const between = m[1]!.trim();
    if (between && between.split(/\s+/).some((w) => FILLER_WORDS.has(w.toLowerCase()))) continue;
    const who = nameBefore(s, m.index);
    if (!who) continue;
    const end = m.index + m[0].length;
    const title = talkTitleFor(m[2]!) ?? titleBeforeParen(s, who.start);
    talks.push(proseTalk(c, title, [{ name: who.name, affiliation: null }], who.start, end));
    if (/keynote/i.test(m[2]!)) keynoteSpeakerAt.push({ start: who.start, end });
  }
  for (const m of talkWord ? allMatches(TALK_BY, s) : NO_MATCHES) {
    const who = nameAfter(s, m.index + m[0].length);
    if (!who) continue;
    talks.push(proseTalk(c, talkTitleFor(m[1]!), [{ name: who.name, affiliation: who.affiliation }], m.index, who.end));
    if (/keynote/i.test(m[1]!)) keynoteSpeakerAt.push({ start: m.index, end: who.end });
  }
  for (const m of talkWord ? allMatches(GAVE_TALK, s) : NO_MATCHES) {
    const between = m[1]!.trim();
    if (between && between.split(/\s+/).some((w) => FILLER_WORDS.has(w.toLowerCase()))) continue;
    const who = nameBefore(s, m.index);
    if (!who) continue;
    const end = m.index + m[0].length;
    talks.push(proseTalk(c, talkTitleFor(m[2]!), [{ name: who.name, affiliation: null }], who.start, end));
    if (/keynote/i.test(m[2]!)) keynoteSpeakerAt.push({ start: who.start, end });
  }
  for (const m of (words & 2) !== 0 ? allMatches(INTERVIEW, s) : NO_MATCHES) {
    const a = nameBefore(s, m.index);
    const b = nameAfter(s, m.index + m[0].length);
    if (!a || !b || foldName(a.name) === foldName(b.name)) continue;
    talks.push(proseTalk(c, null, [{ name: a.name, affiliation: null }, { name: b.name, affiliation: b.affiliation }], a.start, b.end));
  }
  for (const m of (words & 4) !== 0 ? allMatches(PODCAST, s) : NO_MATCHES) {
    const who = nameAfter(s, m.index + m[0].length);
    if (!who) continue;
    const kind = /^pod/i.test(m[1]!) ? 'Podcast' : 'Episode';
    const title = m[2] ? `${kind} #${m[2]}` : kind;
    talks.push(proseTalk(c, title, [{ name: who.name, affiliation: who.affiliation }], m.index, who.end));
  }
  // "notes from the keynote at SAP center … and jensen starting talking": a keynote
  // and a well-known keynote speaker in the same sentence.
  for (const sent of (words & 8) !== 0 ? sentences(s) : []) {
    const text = s.slice(sent.start, sent.end);
    KEYNOTE_WORD.lastIndex = 0;
    const k = KEYNOTE_WORD.exec(text);
    if (!k) continue;
    const kStart = sent.start + k.index;
    const kEnd = kStart + k[0].length;
    if (keynoteSpeakerAt.some((r) => r.start < sent.end && r.end > sent.start)) continue;
    aliasPattern.lastIndex = 0;
    const a = aliasPattern.exec(text);
    if (!a) continue;
    const aStart = sent.start + a.index;
    const aEnd = aStart + a[0].length;
    const name = aliasFor(a[0]);
    if (!name) continue;
    let start = Math.min(kStart, aStart);
    // Include "the" before "keynote" when the span starts there.
    if (start === kStart && /\bthe\s$/i.test(s.slice(Math.max(sent.start, kStart - 4), kStart))) start = kStart - 4;
    talks.push(proseTalk(c, 'Keynote', [{ name, affiliation: null }], start, Math.max(kEnd, aEnd)));
  }
  return talks;
}

// ---------------------------------------------------------------------------
// Frontmatter

function lowerKeys(o: Record<string, unknown>): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const [k, v] of Object.entries(o)) if (!m.has(k.toLowerCase())) m.set(k.toLowerCase(), v);
  return m;
}

function asText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (v && typeof v === 'object' && typeof (v as { toString?: unknown }).toString === 'function') {
    const s = String(v);
    return s === '[object Object]' ? null : s;
  }
  return null;
}

/** YAML 1.1 reads an unquoted 18:30 as the sexagesimal integer 1110. */
function asTime(v: unknown): string | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 24 * 60) {
    return `${Math.floor(v / 60)}:${String(v % 60).padStart(2, '0')}`;
  }
  return asText(v);
}

function pick(m: Map<string, unknown>, ...keys: string[]): unknown {
  for (const k of keys) if (m.has(k)) return m.get(k);
  return undefined;
}

function speakersFromValue(v: unknown): Speaker[] {
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: Speaker[] = [];
  for (const item of items) {
    if (typeof item === 'string' || typeof item === 'number') {
      const str = String(item).trim();
      if (!str) continue;
      const parsed = parseSpeakers(str, true);
      if (parsed) {
        out.push(...parsed.speakers);
        continue;
      }
      // Declared by the author: trust it, taking "(Affiliation)" off if present.
      const pm = PAREN_AFFILIATION.exec(str);
      out.push({ name: tidy(pm ? pm[1]! : str), affiliation: pm ? tidy(pm[2]!) : null });
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const m = lowerKeys(item as Record<string, unknown>);
      const name = asText(pick(m, 'name', 'speaker', 'who'));
      if (!name) continue;
      const aff = asText(pick(m, 'affiliation', 'org', 'organization', 'organisation', 'company', 'employer'));
      out.push({ name: tidy(name), affiliation: aff ? tidy(aff) : null });
    }
  }
  return out;
}

interface FrontmatterTalks {
  talks: Talk[];
  event: string | null;
}

function extractFrontmatter(text: string, fm: Record<string, unknown>, located: ReturnType<typeof locateFrontmatter>): FrontmatterTalks {
  const m = lowerKeys(fm);
  const eventValue = asText(pick(m, 'event', 'conference'));
  const event = eventValue ? tidy(eventValue) : null;
  const region: Span = located ? { ...located.span } : { start: 0, end: 0 };
  const regionText = text.slice(region.start, region.end);
  /** The frontmatter line that mentions `needle`, else the whole region. */
  const spanFor = (...needles: (string | null | undefined)[]): Span => {
    for (const needle of needles) {
      if (!needle) continue;
      const at = regionText.indexOf(needle);
      if (at < 0) continue;
      let a = at;
      while (a > 0 && regionText[a - 1] !== '\n') a--;
      let b = at + needle.length;
      while (b < regionText.length && regionText[b] !== '\n' && regionText[b] !== '\r') b++;
      while (a < b && /\s/.test(regionText[a]!)) a++;
      return { start: region.start + a, end: region.start + b };
    }
    return { ...region };
  };

  const declared = speakersFromValue(pick(m, 'speakers', 'speaker', 'presenters', 'guests', 'guest'));
  const declaredByKey = new Map(declared.map((s) => [foldName(s.name), s]));
  const talks: Talk[] = [];
  const rawTalks = pick(m, 'talks', 'sessions');
  const talkItems = Array.isArray(rawTalks) ? rawTalks : rawTalks === undefined || rawTalks === null ? [] : [rawTalks];
  for (const item of talkItems) {
    let title: string | null = null;
    let speakers: Speaker[] = [];
    let time: string | null = null;
    let rawForSpan: string | null = null;
    if (typeof item === 'string') {
      rawForSpan = item.trim();
      const tm = LEADING_TIME.exec(rawForSpan);
      let rest = rawForSpan;
      if (tm) {
        const after = AFTER_TIME.exec(rawForSpan.slice(tm[0].length));
        if (after) {
          time = tm[0].trim();
          rest = rawForSpan.slice(tm[0].length + after[0].length);
        }
      }
      const repaired = repairMojibake(rest).text;
      const parsed = parseTalkText(repaired, { lenient: false, allowPlaceholder: true });
      if (parsed) {
        speakers = parsed.speakers;
        title = parsed.title;
      } else {
        title = cleanTitle(repaired);
      }
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const t = lowerKeys(item as Record<string, unknown>);
      const rawTitle = asText(pick(t, 'title', 'talk', 'name', 'topic', 'session'));
      title = rawTitle ? cleanTitle(repairMojibake(rawTitle).text) : null;
      speakers = speakersFromValue(pick(t, 'speakers', 'speaker', 'presenter', 'presenters', 'by', 'who'));
      const tv = asTime(pick(t, 'time', 'when', 'slot', 'start'));
      time = tv ? tidy(tv) : null;
      const aff = asText(pick(t, 'affiliation', 'org', 'organization', 'organisation', 'company'));
      if (aff) applyAffiliation(speakers, aff);
      rawForSpan = rawTitle ?? speakers[0]?.name ?? null;
    } else continue;
    if (title === null && speakers.length === 0) continue;
    talks.push({ title, speakers, time, event, span: spanFor(rawForSpan, title, speakers[0]?.name), source: 'frontmatter' });
  }
  // Talks without speakers take the declared ones when that is unambiguous.
  const speakerless = talks.filter((t) => t.speakers.length === 0);
  if (speakerless.length > 0 && declared.length > 0) {
    if (declared.length === 1) for (const t of speakerless) t.speakers = [{ ...declared[0]! }];
    else if (speakerless.length === talks.length && declared.length === talks.length) {
      talks.forEach((t, i) => (t.speakers = [{ ...declared[i]! }]));
    }
  }
  // Affiliations from the speakers list.
  const used = new Set<string>();
  for (const t of talks) {
    for (const sp of t.speakers) {
      const key = foldName(sp.name);
      used.add(key);
      const d = declaredByKey.get(key);
      if (sp.affiliation === null && d?.affiliation) sp.affiliation = d.affiliation;
    }
  }
  // Declared speakers with no talk of their own: one untitled talk each.
  for (const d of declared) {
    const key = foldName(d.name);
    if (used.has(key)) continue;
    used.add(key);
    talks.push({ title: null, speakers: [{ ...d }], time: null, event, span: spanFor(d.name), source: 'frontmatter' });
  }
  return { talks, event };
}

// ---------------------------------------------------------------------------
// Events, merging, the whole note

function headingPlainText(h: Heading): string {
  return collapseWs(h.text).trim();
}

/** Index of the last heading starting at or before pos, or -1 (headings sorted by start). */
function headingIndexAt(headings: Heading[], pos: number): number {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.span.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** For each heading, the index of the nearest earlier heading of smaller depth (its parent), or -1. */
function headingParents(headings: Heading[]): number[] {
  const parents: number[] = [];
  const stack: number[] = [];
  headings.forEach((h, i) => {
    while (stack.length > 0 && headings[stack[stack.length - 1]!]!.depth >= h.depth) stack.pop();
    parents.push(stack.length > 0 ? stack[stack.length - 1]! : -1);
    stack.push(i);
  });
  return parents;
}

/**
 * The event a body position belongs to: the nearest heading above it, skipping
 * generic headings ("Talks", "Schedule", "Day 2") and headings that are talks
 * themselves by walking up to parent headings; else the fallback (note title).
 */
function eventAt(info: HeadingInfo, parents: number[], pos: number, talkHeadings: Set<number>, fallback: string | null): string | null {
  const from = headingIndexAt(info.headings, pos);
  if (from < 0) return fallback;
  const hit = info.events.get(from);
  if (hit !== undefined) return hit;
  let event = fallback;
  for (let i = from, guard = 0; i >= 0 && guard < 8; i = parents[i]!, guard++) {
    const h = info.headings[i]!;
    const t = info.plainText(i);
    if (talkHeadings.has(h.span.start) || t === '' || info.isGeneric(i)) continue;
    event = t;
    break;
  }
  info.events.set(from, event);
  return event;
}

/** Per-heading facts of one note, computed once (headings sorted by start). */
class HeadingInfo {
  private readonly plain: (string | undefined)[] = [];
  private readonly schedule: (boolean | undefined)[] = [];
  private readonly generic: (boolean | undefined)[] = [];
  /** eventAt results by the index of the heading the walk starts from. */
  readonly events = new Map<number, string | null>();

  constructor(readonly headings: Heading[]) {}

  plainText(i: number): string {
    let t = this.plain[i];
    if (t === undefined) this.plain[i] = t = headingPlainText(this.headings[i]!);
    return t;
  }

  isSchedule(i: number): boolean {
    let v = this.schedule[i];
    if (v === undefined) this.schedule[i] = v = SCHEDULE_HEADING.test(this.plainText(i));
    return v;
  }

  isGeneric(i: number): boolean {
    let v = this.generic[i];
    if (v === undefined) this.generic[i] = v = GENERIC_HEADING.test(this.plainText(i));
    return v;
  }
}

const SOURCE_RANK: Record<Talk['source'], number> = { frontmatter: 5, table: 4, schedule: 3, 'quoted-title': 2, prose: 1 };

/** A talk with its folded keys computed once, for deduplication (the title's when first needed). */
interface Keyed {
  talk: Talk;
  speakerKeys: Set<string>;
  /** undefined until titleKeyOf computes it. */
  titleKey: string | null | undefined;
  timeKey: string | null;
}

function speakerKeysOf(talk: Talk): Set<string> {
  const keys = new Set<string>();
  for (const s of talk.speakers) keys.add(foldName(s.name));
  return keys;
}

function keyed(talk: Talk): Keyed {
  return {
    talk,
    speakerKeys: speakerKeysOf(talk),
    titleKey: undefined,
    timeKey: timeKeyOf(talk.time),
  };
}

const HAS_WS = /\s/;

function timeKeyOf(time: string | null): string | null {
  if (time === null) return null;
  return (HAS_WS.test(time) ? time.replace(/\s/g, '') : time).toLowerCase();
}

function titleKeyOf(k: Keyed): string | null {
  if (k.titleKey === undefined) k.titleKey = k.talk.title === null ? null : foldName(k.talk.title);
  return k.titleKey;
}

/**
 * Two findings of the same talk: no conflicting times, the same speakers (a
 * shared speaker is enough when one side is prose or frontmatter), and the
 * same title or no title on one side. Speakerless talks match on title.
 */
function sameTalk(a: Keyed, b: Keyed): boolean {
  if (a.timeKey !== null && b.timeKey !== null && a.timeKey !== b.timeKey) return false;
  if (a.speakerKeys.size === 0 || b.speakerKeys.size === 0) {
    if (a.speakerKeys.size !== b.speakerKeys.size) return false;
    const ta = titleKeyOf(a);
    return ta !== null && ta === titleKeyOf(b);
  }
  let shared = 0;
  for (const k of a.speakerKeys) if (b.speakerKeys.has(k)) shared++;
  if (shared === 0) return false;
  const loose = a.talk.source === 'prose' || a.talk.source === 'frontmatter' || b.talk.source === 'prose' || b.talk.source === 'frontmatter';
  const sameSet = shared === a.speakerKeys.size && shared === b.speakerKeys.size;
  if (!sameSet && !loose) return false;
  const ta = titleKeyOf(a);
  if (ta === null) return true;
  const tb = titleKeyOf(b);
  if (tb === null || ta === tb) return true;
  // Prose "Keynote" and a schedule's "GTC 2025 Keynote".
  return (ta === 'keynote' && tb.includes('keynote')) || (tb === 'keynote' && ta.includes('keynote'));
}

function mergeInto(keep: Talk, other: Talk, frontmatterRegion: Span | null): void {
  const [hi, lo] = SOURCE_RANK[other.source] > SOURCE_RANK[keep.source] ? [other, keep] : [keep, other];
  const isRegion = (s: Span): boolean => frontmatterRegion !== null && s.start >= frontmatterRegion.start && s.end <= frontmatterRegion.end;
  const body = [hi, lo].filter((t) => t.source !== 'frontmatter' && !isRegion(t.span)).sort((x, y) => SOURCE_RANK[y.source] - SOURCE_RANK[x.source]);
  const span = hi.source === 'frontmatter' && body.length > 0 ? body[0]!.span : hi.span;
  const titleFrom = [hi, lo].find((t) => t.title !== null && t.title.toLowerCase() !== 'keynote') ?? [hi, lo].find((t) => t.title !== null);
  const speakers: Speaker[] = hi.speakers.map((s) => ({ ...s }));
  for (const s of lo.speakers) {
    const key = foldName(s.name);
    const existing = speakers.find((x) => foldName(x.name) === key);
    if (existing) {
      if (existing.affiliation === null) existing.affiliation = s.affiliation;
    } else speakers.push({ ...s });
  }
  keep.title = titleFrom?.title ?? null;
  keep.speakers = speakers;
  keep.time = hi.time ?? lo.time;
  keep.event = hi.event ?? lo.event;
  keep.span = { ...span };
  keep.source = hi.source;
}

function addToIndex(map: Map<string, Keyed[]>, key: string, k: Keyed): void {
  const list = map.get(key);
  if (!list) map.set(key, [k]);
  else if (!list.includes(k)) list.push(k);
}

/** Merge repeated findings of a talk; candidates are looked up by speaker (or title) key. */
function dedupe(talks: Talk[], frontmatterRegion: Span | null): Talk[] {
  const result: Keyed[] = [];
  const bySpeaker = new Map<string, Keyed[]>();
  const byTitle = new Map<string, Keyed[]>();
  const index = (k: Keyed): void => {
    if (k.speakerKeys.size > 0) for (const key of k.speakerKeys) addToIndex(bySpeaker, key, k);
    else {
      const t = titleKeyOf(k);
      if (t !== null) addToIndex(byTitle, t, k);
    }
  };
  for (const talk of talks) {
    const k = keyed(talk);
    let same: Keyed | undefined;
    if (k.speakerKeys.size > 0) {
      for (const key of k.speakerKeys) {
        same = bySpeaker.get(key)?.find((r) => sameTalk(r, k));
        if (same) break;
      }
    } else {
      const t = titleKeyOf(k);
      if (t !== null) same = byTitle.get(t)?.find((r) => sameTalk(r, k));
    }
    if (same) {
      mergeInto(same.talk, talk, frontmatterRegion);
      same.speakerKeys = speakerKeysOf(same.talk);
      same.titleKey = undefined;
      same.timeKey = timeKeyOf(same.talk.time);
      index(same);
    } else {
      result.push(k);
      index(k);
    }
  }
  return result.map((k) => k.talk);
}

/** A copy sorted by span start (the sort is stable: an already sorted list keeps its order). */
function sortedByStart<T extends { span: Span }>(items: readonly T[]): T[] {
  const copy = items.slice();
  for (let i = 1; i < copy.length; i++) {
    if (copy[i - 1]!.span.start > copy[i]!.span.start) return copy.sort((a, b) => a.span.start - b.span.start);
  }
  return copy;
}

/**
 * All talks of a note, deduplicated, in document order (frontmatter-only talks
 * first). Spans are offsets into `input.text`.
 */
export function extractTalks(input: ExtractTalksInput): Talk[] {
  const { text } = input;
  const headings = sortedByStart(input.headings);
  const blocks = sortedByStart(input.blocks);
  const noteTitle = input.title && input.title.trim() !== '' ? tidy(input.title) : null;
  const located = locateFrontmatter(text);
  const fm = extractFrontmatter(text, input.frontmatter ?? {}, located);
  const fmRegion = located ? located.span : null;
  const noCR = text.indexOf('\r') < 0;
  const headingInfo = new HeadingInfo(headings);

  const found: Talk[] = [];
  const candidates: Candidate[] = [];
  // By group number (groups are numbered from 1).
  const groupHasStrong: boolean[] = [];
  const groupWeakCount: number[] = [];
  const groupScheduleHeading: boolean[] = [];
  const talkHeadings = new Set<number>();

  let group = 0;
  let prev: Block | null = null;
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    if (fmRegion && block.span.start < fmRegion.end) continue;
    if (block.kind === 'tableRow') {
      if (prev?.kind !== 'tableRow') {
        const rows: Block[] = [];
        let j = bi;
        while (j < blocks.length && blocks[j]!.kind === 'tableRow') rows.push(blocks[j++]!);
        found.push(...extractTable(text, rows));
      }
      prev = block;
      continue;
    }
    if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'heading') {
      prev = block;
      continue;
    }
    // Lists: consecutive items share a group; every other block is a group of its own.
    if (!(block.kind === 'listItem' && prev?.kind === 'listItem' && prev.inBlockquote === block.inBlockquote)) group++;
    prev = block;
    // A parent item's span may include its children: stop at the next block.
    const next = blocks[bi + 1];
    const limit = next && next.span.start > block.span.start && next.span.start < block.span.end ? next.span.start : block.span.end;
    const lines = blockLines(text, block, limit, noCR);
    if (groupScheduleHeading.length <= group) {
      // The group's first block (groups are numbered in order, from 1).
      while (groupScheduleHeading.length < group) {
        groupScheduleHeading.push(false);
        groupHasStrong.push(false);
        groupWeakCount.push(0);
      }
      const hi = headingIndexAt(headings, block.span.start - 1);
      groupScheduleHeading.push(hi >= 0 && headingInfo.isSchedule(hi));
      groupHasStrong.push(false);
      groupWeakCount.push(0);
    }
    for (const line of lines) {
      const cand = parseScheduleLine(line, group, block.kind === 'heading');
      if (!cand) continue;
      candidates.push(cand);
      if (cand.strong) groupHasStrong[group] = true;
      else groupWeakCount[group]!++;
      if (block.kind === 'heading') talkHeadings.add(block.span.start);
    }
    // extractProse needs PROSE_HINT: test it on the joined text before building the joined map.
    const joined = lines.length === 0 ? '' : lines.length === 1 ? lines[0]!.clean.s : lines.map((l) => l.clean.s).join('\n');
    if (lines.length > 0 && PROSE_HINT.test(joined)) {
      const prose = extractProse(concatClean(lines.map((l) => l.clean), '\n', joined));
      if (prose.length > 0 && block.kind === 'heading') talkHeadings.add(block.span.start);
      found.push(...prose);
    }
  }
  // Speakers the note names with confidence: frontmatter and strong candidates.
  const known = new Set<string>();
  for (const t of fm.talks) for (const sp of t.speakers) known.add(foldName(sp.name));
  for (const cand of candidates) if (cand.strong) for (const sp of cand.talk.speakers) known.add(foldName(sp.name));
  for (const cand of candidates) {
    const accepted =
      cand.strong ||
      cand.talk.speakers.every((sp) => known.has(foldName(sp.name))) ||
      groupHasStrong[cand.group] === true ||
      (groupWeakCount[cand.group] ?? 0) >= 3 ||
      groupScheduleHeading[cand.group] === true;
    if (accepted) found.push(cand.talk);
  }

  const parents = headingParents(headings);
  for (const t of found) t.event = fm.event ?? eventAt(headingInfo, parents, t.span.start, talkHeadings, noteTitle);
  for (const t of fm.talks) t.event = fm.event ?? noteTitle;

  // Frontmatter first, then body talks in document order; merge duplicates.
  found.sort((a, b) => a.span.start - b.span.start || SOURCE_RANK[b.source] - SOURCE_RANK[a.source]);
  const result = dedupe([...fm.talks, ...found], fmRegion);
  const inRegion = (t: Talk): boolean => fmRegion !== null && t.span.end <= fmRegion.end;
  result.sort((a, b) => Number(!inRegion(a)) - Number(!inRegion(b)) || a.span.start - b.span.start);
  return result.map((t) => ({
    title: t.title === null ? null : detach(t.title),
    speakers: t.speakers.map((s) => ({ name: detach(s.name), affiliation: s.affiliation === null ? null : detach(s.affiliation) })),
    time: t.time === null ? null : detach(t.time),
    event: t.event === null ? null : detach(t.event),
    span: { start: t.span.start, end: t.span.end },
    source: t.source,
  }));
}
