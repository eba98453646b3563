// Name resolution and mention finding over the catalog's aliases.
//
// findMentions matches ONE kind of regular expression: an alternation of escaped alias
// strings, longest first, with only bounded optional separators between alias tokens and
// fixed lookaround boundaries (no nested quantifiers), so matching cost stays linear in the
// text length times the alias table size — no catastrophic backtracking. A character-level
// filter (StartFilter) finds where an alias may start, and there the regex runs (sticky)
// with only the aliases that begin with the text's first two characters.

import type { Accelerator, HardwareRef, Mention, MentionKind, ModelArchitecture, System } from './types.js';
import { UNCATALOGUED, type UncataloguedEntry } from './uncatalogued.js';

type Target = { kind: MentionKind; id: string } | null;

/**
 * Every alias of a name the catalog has no figures for (other SKUs, other chips, other models).
 * They are found in text as their own kind of mention, so that they are never read as a
 * catalogued name ("H100 NVL" is not the H100 SXM) and a claim about them is not judged against
 * another chip (see uncatalogued.ts).
 */
export const SHADOW_ALIASES: readonly string[] = UNCATALOGUED.flatMap((e) => e.aliases);

const SEP_RE = /[\s_*-]+/g; // "*": emphasis markers inside a name ("**Llama** 3.1 8B")
const VENDOR_PREFIX = /^(?:nvidia|amd|google|aws|amazon|cloud|instinct|intel|habana|meta|mistral|openai|moonshot)+/;
const TRAILING_NOUN = /(?:gpus?|chips?|accelerators?|tpus?)$/;

/** Case-, space-, hyphen-, underscore- and asterisk-insensitive key. */
export function normalizeName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(SEP_RE, '');
}

/**
 * Codenames that are also ordinary words or names. Written in lower case they are the word ("the
 * hopper on the loading dock", "by the grace of"), not the chip: a wrong chip gives a wrong verdict,
 * a missed one only an unverifiable claim.
 */
const WORD_CODENAMES = new Set(['hopper', 'grace', 'ampere', 'trillium', 'ironwood', 'vera', 'rubin']);

function isLowerCaseWord(matched: string): boolean {
  const c = matched.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  // The mention may carry a plural or possessive ("hoppers", "hopper's"): the word is what is left.
  return WORD_CODENAMES.has(matched) || WORD_CODENAMES.has(matched.replace(/['’]?s$/, ''));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Alias → pattern where each space/hyphen/underscore becomes an optional short separator, which
 * may hold emphasis markers too ("**Llama** 3.1 8B": else "3.1" and "8B" read as figures).
 */
function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split(/[\s_-]+/)
    .filter((t) => t.length > 0)
    .map(escapeRegExp)
    .join('[ \\t\\u00a0_*-]{0,4}');
}

export interface CatalogData {
  accelerators: readonly Accelerator[];
  systems: readonly System[];
  models: readonly ModelArchitecture[];
}

export interface CatalogIndex {
  resolveHardware(nameOrAlias: string): HardwareRef | undefined;
  resolveModel(nameOrAlias: string): { kind: 'model'; id: string } | undefined;
  findMentions(text: string): Mention[];
}

export function createCatalogIndex(data: CatalogData, uncatalogued: readonly UncataloguedEntry[] = UNCATALOGUED): CatalogIndex {
  // normalized alias → target. Later entries override earlier ones, so catalogued names win over
  // uncatalogued ones, and user-defined hardware (added last) over built-ins.
  const table = new Map<string, Target>();
  const patterns = new Map<string, string>(); // normalized alias → regex source
  const starts = new StartFilter(); // which two characters a scanned alias can start with
  const groupOf = new Map<string, number>(); // normalized alias → its StartFilter group
  const add = (alias: string, target: Target, inText = true): void => {
    const key = normalizeName(alias);
    if (key.length === 0) return;
    table.set(key, target);
    if (inText && !patterns.has(key)) {
      patterns.set(key, aliasPattern(alias));
      groupOf.set(key, starts.add(alias));
    }
  };
  for (const e of uncatalogued) for (const al of e.aliases) add(al, { kind: e.kind === 'hardware' ? 'otherHardware' : 'otherModel', id: e.name });
  for (const a of data.accelerators) {
    add(a.id, { kind: 'accelerator', id: a.id }, false); // ids resolve but are not scanned for in prose
    add(a.name, { kind: 'accelerator', id: a.id }, false); // display names resolve, but are not scanned for
    for (const al of a.aliases) add(al, { kind: 'accelerator', id: a.id });
  }
  for (const s of data.systems) {
    add(s.id, { kind: 'system', id: s.id }, false);
    for (const al of s.aliases) add(al, { kind: 'system', id: s.id });
  }
  for (const m of data.models) {
    add(m.id, { kind: 'model', id: m.id }, false);
    for (const al of m.aliases) add(al, { kind: 'model', id: m.id });
  }

  // Longest first so "H100 PCIe" beats "H100" and "GB200 NVL72" beats "GB200".
  const keys = [...patterns.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternation = keys.map((k) => patterns.get(k)!).join('|');
  const source = mentionSource(alternation);
  const mentionRe = new RegExp(source, 'giu');
  // The same pattern, tried only where StartFilter lets an alias begin: in full where the text
  // is not ASCII, else with only the aliases that begin with the text's two characters (the
  // others cannot match there; the order of the rest, longest first, is kept).
  const mentionAt = new RegExp(source, 'iuy');
  const mentionInGroup = starts.usable
    ? starts.groups().map((g) => new RegExp(mentionSource(keys.filter((k) => groupOf.get(k) === g).map((k) => patterns.get(k)!).join('|')), 'iuy'))
    : [];

  const lookup = (name: string): Target | undefined => {
    const n = normalizeName(name);
    if (n.length === 0) return undefined;
    const candidates = [n];
    const noVendor = n.replace(VENDOR_PREFIX, '');
    candidates.push(noVendor);
    for (const c of [n, noVendor]) {
      const noNoun = c.replace(TRAILING_NOUN, '');
      candidates.push(noNoun);
      if (noNoun.endsWith('s')) candidates.push(noNoun.slice(0, -1));
    }
    for (const c of candidates) {
      if (c.length === 0) continue;
      const t = table.get(c);
      if (t !== undefined) return t;
    }
    return undefined;
  };

  // The same few spellings ("H100", "Blackwell") recur in every note: remember their targets
  // (the table does not change after this point) instead of normalising each one again.
  const targetBySpelling = new Map<string, Target | undefined>();
  const targetOf = (core: string): Target | undefined => {
    if (targetBySpelling.has(core)) return targetBySpelling.get(core);
    const target = table.get(normalizeName(core));
    if (targetBySpelling.size >= 1000) targetBySpelling.clear();
    targetBySpelling.set(core, target);
    return target;
  };
  // Mentions of short texts (headings, table cells), shared and frozen: callers only read them.
  const mentionsOfShortText = new Map<string, Mention[]>();
  const pushMention = (out: Mention[], m: RegExpExecArray): void => {
    if (isLowerCaseWord(m[0])) return;
    const target = targetOf(m[1]!);
    if (target) out.push({ span: { start: m.index, end: m.index + m[0].length }, id: target.id, kind: target.kind, raw: m[0] });
  };

  return {
    resolveHardware(nameOrAlias: string): HardwareRef | undefined {
      if (typeof nameOrAlias !== 'string') return undefined;
      const t = lookup(nameOrAlias);
      return t && (t.kind === 'accelerator' || t.kind === 'system') ? { kind: t.kind, id: t.id } : undefined;
    },
    resolveModel(nameOrAlias: string): { kind: 'model'; id: string } | undefined {
      if (typeof nameOrAlias !== 'string') return undefined;
      const t = lookup(nameOrAlias);
      return t && t.kind === 'model' ? { kind: 'model', id: t.id } : undefined;
    },
    findMentions(text: string): Mention[] {
      if (typeof text !== 'string' || text.length > SHORT_TEXT) return scanMentions(text);
      // Headings and table headers are asked about again and again (once per claim under them).
      let found = mentionsOfShortText.get(text);
      if (found === undefined) {
        found = scanMentions(text);
        for (const m of found) Object.freeze(Object.freeze(m).span);
        Object.freeze(found);
        if (mentionsOfShortText.size >= 2000) mentionsOfShortText.clear();
        mentionsOfShortText.set(text, found);
      }
      return found;
    },
  };

  function scanMentions(text: string): Mention[] {
    const out: Mention[] = [];
    if (typeof text !== 'string' || text.length === 0 || keys.length === 0) return out;
    if (!starts.usable) {
      mentionRe.lastIndex = 0;
      for (let m = mentionRe.exec(text); m !== null; m = mentionRe.exec(text)) {
        pushMention(out, m);
        if (m[0].length === 0) mentionRe.lastIndex++;
      }
      return withoutGenerationDescriptors(text, out);
    }
    // Same matches as the global regex: it tries each position left to right and resumes
    // after a match; here positions where no alias can start are skipped without the regex.
    const n = text.length;
    for (let i = 0; i < n; ) {
      const group = starts.groupAt(text, i);
      if (group === NO_ALIAS) {
        i++;
        continue;
      }
      const re = group === ANY_ALIAS ? mentionAt : mentionInGroup[group]!;
      re.lastIndex = i;
      const m = re.exec(text);
      if (m === null) {
        i++;
        continue;
      }
      pushMention(out, m);
      i = m[0].length === 0 ? i + 1 : m.index + m[0].length;
    }
    return withoutGenerationDescriptors(text, out);
  }
}

const DESCRIPTOR_GAP_STOP = /[.,;:!?]|\b(?:vs|versus|than|unlike|compared|against|and|or|but|while|like|over|beats?|to|from)\b/i;

/** Generation names that are also a catalog chip's alias ("Blackwell" for the B200). */
const GENERATION_NAMES = new Set(['hopper', 'hopper gpu', 'blackwell', 'blackwell gpu', 'blackwell ultra', 'blackwell ultra gpu', 'grace blackwell', 'grace blackwell ultra', 'rubin', 'rubin gpu', 'vera rubin', 'vera rubin gpu']);

/**
 * "RTX PRO 6000 Blackwell", "GB10 (Grace Blackwell)", "Blackwell B100": a generation name written beside a chip the
 * catalog does not hold describes that chip; it is no mention of the generation's catalogued chip.
 */
function withoutGenerationDescriptors(text: string, mentions: Mention[]): Mention[] {
  if (mentions.length < 2 || !mentions.some((m) => m.kind === 'otherHardware')) return mentions;
  return mentions.filter((m, i) => {
    if (m.kind !== 'accelerator' || !GENERATION_NAMES.has(m.raw.toLowerCase().replace(/['’]?s$/, '').replace(/[\s-]+/g, ' '))) return true;
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    // Right beside it, or later in the same clause ("B100 was the 700 W Blackwell"), not across a comparison.
    const beside = (a: number, b: number) => (b - a <= 3 && /^[\s(–—-]*$/.test(text.slice(a, b))) || (b - a <= 32 && !DESCRIPTOR_GAP_STOP.test(text.slice(a, b)));
    return !((before?.kind === 'otherHardware' && beside(before.span.end, m.span.start)) || (after?.kind === 'otherHardware' && beside(m.span.end, after.span.start)));
  });
}

/**
 * A letter or digit that joins a name to its neighbours. Kana, CJK ideographs and Hangul do not: those scripts
 * write without spaces, so "H100のHBM" and "B200는" name the chip.
 */
const WORD_CHAR = String.raw`(?:[^\P{L}\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]|\p{N})`;
/** Before a name, also not the "œ" that ends a mojibake opening quote ("â€œH100 SXM5 peaks at …"). */
const WORD_CHAR_BEFORE = String.raw`(?:[^\P{L}\u0153\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]|\p{N})`;

/**
 * The mention regex around an alternation of alias patterns. Before: not preceded by a
 * letter/digit (so "B200" is not found inside "GB200"), except a multiplier like "8xH100".
 * After: not followed by a letter/digit or a decimal continuation ("K2.5"); an optional
 * plural "s" is allowed ("H100s").
 */
function mentionSource(alternation: string): string {
  return `(?:(?<!${WORD_CHAR_BEFORE})|(?<=\\p{N}[x×]))(${alternation})(?:'?s)?(?!${WORD_CHAR}|\\.\\p{N})`;
}


/** StartFilter.groupAt: no alias starts here; or any alias may (the text is not ASCII there). */
const NO_ALIAS = -2;
const ANY_ALIAS = -1;

/**
 * Texts up to this length (headings, table cells) have their mentions remembered. Most
 * sentences are longer, and rarely repeat: hashing them would cost more than it saves.
 */
const SHORT_TEXT = 40;

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiAlnum(c)) ASCII_ALNUM[c] = 1;
const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/**
 * A cheap necessary condition for a mention to start at a position: the mention regex's left
 * boundary, and the first token of some alias (its text up to the first separator). Under the
 * regex's /iu flags an ASCII text character matches an ASCII pattern character exactly when
 * both lowercase to the same; a non-ASCII text character is left to the regex. If some alias
 * does not begin with two ASCII characters, the filter is not usable.
 */
class StartFilter {
  usable = true;
  /** By the first two characters (c0 * 128 + c1): 0, or 1 + the index of their first tokens in `tokenLists`. */
  private readonly pairs = new Uint16Array(128 * 128);
  /** 1 for the (lowercased) ASCII characters a first token starts with. */
  private readonly firsts = new Uint8Array(128);
  /** For a one-character first token ("d" of "d-Matrix"), by that character and the next token's first (c0 * 128 + c1): 1 if
   *  some alias starts so (then every alias is tried); by c0 * 128 alone when the next token does not start with ASCII. */
  private readonly singles = new Uint8Array(128 * 128);
  private hasSingles = false;
  /** Lowercased first tokens, grouped by their first two characters. */
  private readonly tokenLists: string[][] = [];

  /** Adds a scanned alias; returns its group (aliases with the same first two characters), or -1. */
  add(alias: string): number {
    const tokens = alias.trim().split(/[\s_-]+/).filter((t) => t.length > 0);
    const first = tokens[0];
    if (first === undefined || first.charCodeAt(0) >= 128 || (first.length > 1 && first.charCodeAt(1) >= 128)) {
      this.usable = false;
      return -1;
    }
    if (first.length === 1) {
      // Separators may follow it in the text ("d-Matrix", "d Matrix"): filed under the next token's first character.
      const c0 = asciiLower(first.charCodeAt(0));
      const c1 = tokens.length > 1 ? asciiLower(tokens[1]!.charCodeAt(0)) : 0;
      this.firsts[c0] = 1;
      this.singles[c0 * 128 + (c1 < 128 ? c1 : 0)] = 1;
      this.hasSingles = true;
      return ANY_ALIAS;
    }
    const token = first.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const pair = token.charCodeAt(0) * 128 + token.charCodeAt(1);
    this.firsts[token.charCodeAt(0)] = 1;
    if (this.pairs[pair] === 0) this.pairs[pair] = this.tokenLists.push([]);
    const list = this.tokenLists[this.pairs[pair]! - 1]!;
    if (!list.includes(token)) list.push(token);
    return this.pairs[pair]! - 1;
  }

  /** May an alias with a one-letter first token c0 start at i: the next token's first character, past up to 4 separators. */
  private singleAt(text: string, i: number, c0: number): boolean {
    if (this.singles[c0 * 128] === 1) return true;
    let j = i + 1;
    // The separators aliasPattern allows between tokens.
    for (let k = 0; k < 4 && j < text.length && ' \t\u00a0_*-'.includes(text[j]!); k++) j++;
    const c1 = text.charCodeAt(j);
    return c1 >= 128 || (c1 >= 0 && this.singles[c0 * 128 + asciiLower(c1)] === 1);
  }

  /** The group ids, 0 .. n-1. */
  groups(): number[] {
    return this.tokenLists.map((_, g) => g);
  }

  /**
   * NO_ALIAS if no mention can start at i; else the group of aliases that may start there
   * (the text's first two characters are ASCII), or ANY_ALIAS.
   */
  groupAt(text: string, i: number): number {
    // Most positions are inside a word: rule them out first (see the left boundary below).
    if (i > 0) {
      const b = text.charCodeAt(i - 1);
      if (b < 128 && ASCII_ALNUM[b] === 1 && (b | 32) !== 120) return NO_ALIAS;
    }
    const c0 = text.charCodeAt(i);
    if (c0 >= 128) return c0 >= 0xd800 && c0 <= 0xdfff ? NO_ALIAS : ANY_ALIAS; // a surrogate is never an ASCII letter's case fold
    if (this.firsts[asciiLower(c0)] === 0) return NO_ALIAS;
    const c1 = text.charCodeAt(i + 1); // NaN past the end: no alias fits
    let group = ANY_ALIAS;
    if (this.hasSingles && this.singleAt(text, i, asciiLower(c0))) {
      // An alias with a one-letter first token may start here: the full pattern decides.
    } else if (c1 >= 128) {
      if (c1 >= 0xd800 && c1 <= 0xdfff) return NO_ALIAS;
    } else {
      if (!(c1 >= 0)) return NO_ALIAS;
      const list = this.pairs[asciiLower(c0) * 128 + asciiLower(c1)]!;
      if (list === 0 || !startsWithAny(text, i, this.tokenLists[list - 1]!)) return NO_ALIAS;
      group = list - 1;
    }
    if (i === 0) return group;
    // Left boundary: not after a letter or digit, except a multiplier ("8xH100", "4×B200").
    const b = text.charCodeAt(i - 1);
    if (b >= 128 || !isAsciiAlnum(b)) return group;
    if ((b | 32) !== 120 || i < 2) return NO_ALIAS;
    const bb = text.charCodeAt(i - 2);
    return bb >= 128 || (bb >= 48 && bb <= 57) ? group : NO_ALIAS;
  }
}

/** Does text at i start with one of the lowercase ASCII tokens, ignoring ASCII case (non-ASCII text counts as a maybe)? */
function startsWithAny(text: string, i: number, tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (i + token.length > text.length) continue;
    let j = 2; // the first two characters matched already
    for (; j < token.length; j++) {
      const c = text.charCodeAt(i + j);
      if (c >= 128) return true;
      if (asciiLower(c) !== token.charCodeAt(j)) break;
    }
    if (j === token.length) return true;
  }
  return false;
}
