// Name resolution and mention finding over the catalog's aliases.
//
// findMentions builds ONE regular expression: an alternation of escaped alias strings,
// longest first, with only bounded optional separators between alias tokens and fixed
// lookaround boundaries (no nested quantifiers), so matching cost stays linear in the
// text length times the alias table size — no catastrophic backtracking.

import type { Accelerator, HardwareKind, HardwareRef, Mention, ModelArchitecture, System } from './types.js';

type Target = { kind: HardwareKind | 'model'; id: string } | null;

/**
 * Names that would otherwise be read as a catalog entry but denote something else
 * (different SKU, CPU+GPU module, person). They are consumed and never reported.
 */
export const SHADOW_ALIASES: readonly string[] = [
  'Grace Hopper',
  'GH200',
  'GH100',
  'DGX GH200',
  'H100 NVL',
  'H200 NVL',
  'H800',
  'H20',
  'A100 PCIe',
  'A100 40GB',
  'A100 SXM4 40GB',
  'MI300A',
  'MI350X',
  'TPU v4',
  'Trainium',
  'Trainium1',
  'Trainium3',
  'Trn1',
  'Trn3',
  'Mixtral 8x22B',
  'gpt-oss-20b',
  'Kimi K2.5',
  'Kimi K2 Thinking',
  'Rubin CPX',
];

const SEP_RE = /[\s_-]+/g;
const VENDOR_PREFIX = /^(?:nvidia|amd|google|aws|amazon|cloud|instinct|meta|mistral|openai|moonshot)+/;
const TRAILING_NOUN = /(?:gpus?|chips?|accelerators?|tpus?)$/;

/** Case-, space-, hyphen- and underscore-insensitive key. */
export function normalizeName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(SEP_RE, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Alias → pattern where each space/hyphen/underscore becomes an optional short separator. */
function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split(/[\s_-]+/)
    .filter((t) => t.length > 0)
    .map(escapeRegExp)
    .join('[ \\t\\u00a0_-]{0,2}');
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

export function createCatalogIndex(data: CatalogData, shadows: readonly string[] = SHADOW_ALIASES): CatalogIndex {
  // normalized alias → target (null = shadow). Later entries override earlier ones,
  // so user-defined hardware (added last) wins over built-ins.
  const table = new Map<string, Target>();
  const patterns = new Map<string, string>(); // normalized alias → regex source
  const add = (alias: string, target: Target, inText = true): void => {
    const key = normalizeName(alias);
    if (key.length === 0) return;
    table.set(key, target);
    if (inText && !patterns.has(key)) patterns.set(key, aliasPattern(alias));
  };
  for (const s of shadows) add(s, null);
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
  // Before: not preceded by a letter/digit (so "B200" is not found inside "GB200"),
  // except a multiplier like "8xH100". After: not followed by a letter/digit or a
  // decimal continuation ("K2.5"); an optional plural "s" is allowed ("H100s").
  const source = `(?:(?<![\\p{L}\\p{N}])|(?<=\\p{N}[x×]))(${alternation})(?:'?s)?(?![\\p{L}\\p{N}]|\\.\\p{N})`;
  const mentionRe = new RegExp(source, 'giu');

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

  return {
    resolveHardware(nameOrAlias: string): HardwareRef | undefined {
      if (typeof nameOrAlias !== 'string') return undefined;
      const t = lookup(nameOrAlias);
      return t && t.kind !== 'model' ? { kind: t.kind, id: t.id } : undefined;
    },
    resolveModel(nameOrAlias: string): { kind: 'model'; id: string } | undefined {
      if (typeof nameOrAlias !== 'string') return undefined;
      const t = lookup(nameOrAlias);
      return t && t.kind === 'model' ? { kind: 'model', id: t.id } : undefined;
    },
    findMentions(text: string): Mention[] {
      const out: Mention[] = [];
      if (typeof text !== 'string' || text.length === 0 || keys.length === 0) return out;
      mentionRe.lastIndex = 0;
      for (let m = mentionRe.exec(text); m !== null; m = mentionRe.exec(text)) {
        const core = m[1]!;
        const target = table.get(normalizeName(core));
        if (target) {
          out.push({ span: { start: m.index, end: m.index + m[0].length }, id: target.id, kind: target.kind, raw: m[0] });
        }
        if (m[0].length === 0) mentionRe.lastIndex++;
      }
      return out;
    },
  };
}
