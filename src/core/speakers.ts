// Speaker directory across notes: one entry per person (case- and
// accent-insensitive), and hints about likely misspellings of a name.

import { memoizeString } from './memo.js';
import type { Talk } from './types.js';

export interface SpeakerEntry {
  /** foldName() of the name. */
  key: string;
  /** Display name: properly cased, accented if any spelling is, then the most common spelling. */
  name: string;
  /** Distinct spellings as written, most frequent first. */
  variants: string[];
  /** Distinct affiliations (case-insensitive), most frequent first. */
  affiliations: string[];
  talks: { noteId: string; talk: Talk }[];
}

export interface SpeakerMisspelling {
  /** The suspected misspelling (display name of its entry). */
  a: string;
  /** The spelling that is probably right. */
  b: string;
  message: string;
  /** Notes that use the suspected misspelling `a`. */
  noteIds: string[];
}

export interface SpeakerDirectory {
  speakers: SpeakerEntry[];
  misspellings: SpeakerMisspelling[];
}

/** Letters that NFKD does not decompose into base + combining mark. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe',
  ı: 'i', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h',
};

/**
 * Case- and accent-insensitive key for a person's name: NFKD, combining marks
 * stripped, a few undecomposable letters (ł, ø, ß, æ …) mapped to ASCII,
 * lower-cased, punctuation removed except hyphens (dash variants become '-'),
 * whitespace collapsed. "José Martínez-Ruiz" → "jose martinez-ruiz",
 * "Yann LeCun" / "yann lecun" → "yann lecun", "O'Brien" → "obrien".
 */
export const foldName: (name: string) => string = memoizeString(foldUncached);

/** foldName without the memo, for text that rarely repeats (talk titles would crowd the names out of it). */
export function foldText(text: string): string {
  return foldUncached(text);
}

function foldUncached(name: string): string {
  let s = name.normalize('NFKD').replace(/\p{M}/gu, '');
  s = s.replace(/[łŁøØđĐßẞæÆœŒıþÞðÐħĦ]/g, (c) => SPECIAL_FOLDS[c] ?? c);
  s = s.toLowerCase();
  s = s.replace(/[\u2010\u2011\u2012\u2013\u2212]/g, '-');
  // Periods and underscores separate like spaces ("J.R.R. Tolkien"); other punctuation just goes.
  s = s.replace(/[._]/g, ' ');
  s = s.replace(/[^\p{L}\p{N}\s-]/gu, '');
  s = s.replace(/\s+/g, ' ').trim();
  // Hyphens with spaces around them are separators, not part of a name.
  s = s.replace(/ - /g, ' ').replace(/^-+|-+$/g, '');
  return s;
}

function hasDiacritics(s: string): boolean {
  return s !== foldAccentsOnly(s);
}

function foldAccentsOnly(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐßẞæÆœŒıþÞðÐħĦ]/g, (c) => SPECIAL_FOLDS[c] ?? c)
    .normalize('NFC');
}

/** Written with both upper- and lower-case letters (not "yann lecun", not "YANN LECUN"). */
function isProperlyCased(s: string): boolean {
  return /\p{Lu}/u.test(s) && /\p{Ll}/u.test(s);
}

/** Rank spellings: properly cased, then accented, then most frequent, then first seen. */
function pickDisplayName(counts: Map<string, { count: number; first: number }>): string {
  let best: string | null = null;
  let bestScore: [number, number, number, number] = [-1, -1, -1, 0];
  for (const [spelling, { count, first }] of counts) {
    const score: [number, number, number, number] = [
      isProperlyCased(spelling) ? 1 : 0,
      hasDiacritics(spelling) ? 1 : 0,
      count,
      -first,
    ];
    if (best === null || compareTuples(score, bestScore) > 0) {
      best = spelling;
      bestScore = score;
    }
  }
  return best ?? '';
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function sortByFrequency(counts: Map<string, { count: number; first: number }>): string[] {
  return [...counts.entries()]
    .sort((x, y) => y[1].count - x[1].count || x[1].first - y[1].first)
    .map(([s]) => s);
}

/** Names that are only placeholders, never a person to index. */
const PLACEHOLDER_KEYS = new Set(['tba', 'tbd', 'unknown', 'n a', 'na', 'speaker', 'guest']);

// Words separated by mandatory whitespace: no ambiguity, so no catastrophic backtracking.
const PLACEHOLDER_SPEAKER = /^(?:(?:super|secret|mystery|surprise|special|guest|unannounced)\s{1,3}){1,4}(?:speaker|guest|presenter)$/i;

/**
 * A stand-in for an unannounced person, written like a name in schedules:
 * "Super Secret Guest Speaker", "Mystery Speaker", "Special Guest". Talks keep
 * it as their speaker; the speaker directory does not index it.
 */
export function isPlaceholderSpeaker(name: string): boolean {
  // The pattern ends in "speaker", "guest" or "presenter": check the last letter before normalising.
  let e = name.length;
  while (e > 0 && isWhitespace(name.charCodeAt(e - 1))) e--;
  const last = name.charCodeAt(e - 1) | 0x20;
  if (last !== 0x72 && last !== 0x74) return false; // r, t (either case)
  return PLACEHOLDER_SPEAKER.test(name.replace(/\s+/g, ' ').trim());
}

/** Whether a UTF-16 code unit is matched by the regex `\s` (and removed by trim()). */
function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Optimal-string-alignment (restricted Damerau-Levenshtein) distance between a
 * and b, or max+1 as soon as it is known to exceed `max`.
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  const big = max + 1;
  if (Math.abs(la - lb) > max) return big;
  if (a === b) return 0;
  if (dlRows[0]!.length < lb + 2) dlRows = [0, 1, 2].map(() => new Int32Array(lb + 16));
  // Only the diagonal band |i - j| <= max can stay within max: compute just that.
  let pp = dlRows[0]!;
  let p = dlRows[1]!;
  let c = dlRows[2]!;
  for (let j = 0; j <= lb + 1; j++) {
    pp[j] = big;
    p[j] = j <= max ? j : big;
  }
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    c[0] = i <= max ? i : big;
    if (lo > 1) c[lo - 1] = big;
    let rowMin = lo === 1 ? c[0] : big;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(p[j]! + 1, c[j - 1]! + 1, p[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, pp[j - 2]! + 1);
      if (v > big) v = big;
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) c[hi + 1] = big;
    if (rowMin > max) return big;
    const t = pp;
    pp = p;
    p = c;
    c = t;
  }
  return Math.min(p[lb]!, big);
}

/** Reused rows for damerauLevenshtein (grown on demand). */
let dlRows: Int32Array[] = [0, 1, 2].map(() => new Int32Array(64));

interface Candidate {
  entry: SpeakerEntry;
  tokens: string[];
  /** The key without spaces and hyphens. */
  squashed: string;
  occurrences: number;
}

/**
 * Whether two different keys are likely the same person spelled differently.
 * The caller only compares names whose first and last tokens start with the
 * same letters, so "Simon Guo" vs "Simran Arora" or "Alex Zhang" vs "Alex
 * Wang" never get here.
 *
 *  - Spacing and hyphenation variants: "Yann Le Cun" / "Yann LeCun",
 *    "José Martínez Ruiz" / "José Martínez-Ruiz".
 *  - Same number of tokens, whole name of 8+ characters, Damerau-Levenshtein
 *    distance 1–2 in total, and every token that differs is itself close:
 *    a first name of 4+ letters within 1 edit ("Cristos" / "Christos"), any
 *    other name of 5+ letters within 1 edit (2 for 8+ letters:
 *    "Kozyraki" / "Kozyrakis", "Huang" / "Haung"). Short names that differ
 *    are left alone: one letter often separates two real people (Jane / José,
 *    Wei / Wen, Chen / Chan, Li / Lu).
 *  - Different token counts (a dropped or added particle): the names without
 *    spaces within 1 edit, 10+ characters.
 */
function looksLikeMisspelling(x: Candidate, y: Candidate): boolean {
  const xk = x.entry.key;
  const yk = y.entry.key;
  const xs = x.squashed;
  const ys = y.squashed;
  if (xs === ys) return xs.length >= 6;
  if (Math.min(xk.length, yk.length) < 8) return false;
  const xt = x.tokens;
  const yt = y.tokens;
  if (xt.length !== yt.length) {
    return Math.min(xs.length, ys.length) >= 10 && damerauLevenshtein(xs, ys, 1) <= 1;
  }
  let total = 0;
  for (let i = 0; i < xt.length; i++) {
    const a = xt[i]!;
    const b = yt[i]!;
    if (a === b) continue;
    if (a.charAt(0) !== b.charAt(0)) return false;
    const minLen = Math.min(a.length, b.length);
    const maxD = i === 0 ? (minLen >= 4 ? 1 : 0) : minLen >= 8 ? 2 : minLen >= 5 ? 1 : 0;
    if (maxD === 0) return false;
    const d = damerauLevenshtein(a, b, maxD);
    if (d > maxD) return false;
    total += d;
    if (total > 2) return false;
  }
  return total >= 1;
}

/**
 * Group talks' speakers into a directory keyed by foldName(), and report
 * likely misspellings between different keys. Comparisons only happen inside
 * buckets of (first letter of first name, first letter of last name), sorted by
 * length with a ±2 window, so thousands of speakers stay cheap.
 */
export function buildSpeakerDirectory(entries: { noteId: string; talk: Talk }[]): SpeakerDirectory {
  const steps = buildSpeakerDirectorySteps(entries);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** `buildSpeakerDirectory` as a generator that yields every `every` talks or comparisons, for callers that slice the work. */
export function* buildSpeakerDirectorySteps(entries: { noteId: string; talk: Talk }[], every = 500): Generator<void, SpeakerDirectory> {
  let work = 0;
  interface Acc {
    key: string;
    spellings: Map<string, { count: number; first: number }>;
    affiliations: Map<string, { count: number; first: number; display: string }>;
    talks: { noteId: string; talk: Talk }[];
    noteIds: Set<string>;
    occurrences: number;
  }
  const byKey = new Map<string, Acc>();
  let seq = 0;
  for (const item of entries) {
    if (++work % every === 0) yield;
    const seenInTalk = new Set<string>();
    for (const speaker of item.talk.speakers) {
      const written = speaker.name.replace(/\s+/g, ' ').trim();
      const key = foldName(written);
      if (key === '' || PLACEHOLDER_KEYS.has(key) || isPlaceholderSpeaker(written)) continue;
      let acc = byKey.get(key);
      if (!acc) {
        acc = { key, spellings: new Map(), affiliations: new Map(), talks: [], noteIds: new Set(), occurrences: 0 };
        byKey.set(key, acc);
      }
      seq++;
      const sp = acc.spellings.get(written);
      if (sp) sp.count++;
      else acc.spellings.set(written, { count: 1, first: seq });
      const aff = speaker.affiliation?.replace(/\s+/g, ' ').trim();
      if (aff) {
        const affKey = aff.toLowerCase();
        const a = acc.affiliations.get(affKey);
        if (a) a.count++;
        else acc.affiliations.set(affKey, { count: 1, first: seq, display: aff });
      }
      if (!seenInTalk.has(key)) {
        seenInTalk.add(key);
        acc.talks.push(item);
        acc.noteIds.add(item.noteId);
      }
      acc.occurrences++;
    }
  }

  const speakers: SpeakerEntry[] = [];
  const candidates: Candidate[] = [];
  const noteIdsByKey = new Map<string, Set<string>>();
  for (const acc of byKey.values()) {
    const affs = [...acc.affiliations.values()].sort((x, y) => y.count - x.count || x.first - y.first);
    const entry: SpeakerEntry = {
      key: acc.key,
      name: pickDisplayName(acc.spellings),
      variants: sortByFrequency(acc.spellings),
      affiliations: affs.map((a) => a.display),
      talks: acc.talks,
    };
    speakers.push(entry);
    noteIdsByKey.set(acc.key, acc.noteIds);
    candidates.push({ entry, tokens: acc.key.split(' '), squashed: acc.key.replace(/[\s-]/g, ''), occurrences: acc.occurrences });
  }
  speakers.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));

  // Bucket by first letter of first and last token; compare within a length window.
  const buckets = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.tokens.length < 2) continue;
    const bucketKey = c.tokens[0]!.charAt(0) + '\u0000' + c.tokens[c.tokens.length - 1]!.charAt(0);
    let list = buckets.get(bucketKey);
    if (!list) buckets.set(bucketKey, (list = []));
    list.push(c);
  }
  const misspellings: SpeakerMisspelling[] = [];
  const report = (x: Candidate, y: Candidate): void => {
    const [wrong, right] = orderPair(x, y);
    misspellings.push({
      a: wrong.entry.name,
      b: right.entry.name,
      message: `"${wrong.entry.name}" may be a misspelling of "${right.entry.name}"`,
      noteIds: [...(noteIdsByKey.get(wrong.entry.key) ?? [])].sort(),
    });
  };
  const reported = new Set<string>();
  const pairKey = (x: Candidate, y: Candidate): string => (x.entry.key < y.entry.key ? x.entry.key + '\u0000' + y.entry.key : y.entry.key + '\u0000' + x.entry.key);
  // Spacing and hyphenation variants ("Yann Le Cun" / "Yann LeCun") can fall in different
  // buckets: find them by their key without spaces and hyphens.
  const bySquashed = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const sq = c.squashed;
    if (sq.length < 6) continue;
    const list = bySquashed.get(sq);
    if (list) list.push(c);
    else bySquashed.set(sq, [c]);
  }
  for (const list of bySquashed.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        reported.add(pairKey(list[i]!, list[j]!));
        report(list[i]!, list[j]!);
      }
    }
  }
  for (const list of buckets.values()) {
    list.sort((x, y) => x.entry.key.length - y.entry.key.length || (x.entry.key < y.entry.key ? -1 : 1));
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        if (++work % every === 0) yield;
        const y = list[j]!;
        if (y.entry.key.length - x.entry.key.length > 2) break;
        if (reported.has(pairKey(x, y)) || !looksLikeMisspelling(x, y)) continue;
        report(x, y);
      }
    }
  }
  misspellings.sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  return { speakers, misspellings };
}

/** [probably wrong, probably right]: the more frequent spelling wins, then the longer, then the accented one. */
function orderPair(x: Candidate, y: Candidate): [Candidate, Candidate] {
  const score = (c: Candidate): number[] => [
    c.occurrences,
    c.entry.name.length,
    hasDiacritics(c.entry.name) ? 1 : 0,
  ];
  const cmp = compareTuples(score(x), score(y));
  if (cmp > 0) return [y, x];
  if (cmp < 0) return [x, y];
  return x.entry.key < y.entry.key ? [x, y] : [y, x];
}
