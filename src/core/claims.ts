// Claims: every quantity in the prose of a note, with the statement it sits in
// (sentence, bullet or table row), a subject, its section and its speaker.
import type { Block, Quantity, Span, Talk } from './types.js';
import type { MarkdownStructure } from './markdown.js';
import { parseQuantities } from './quantities.js';
import { ACCELERATORS, MODELS, SYSTEMS, findHardwareMentions } from './catalog/index.js';
import type { Mention } from './catalog/types.js';

export interface Statement {
  span: Span;
  block: Block;
  /** For table rows: the header cells' text, by column. */
  headerCells?: string[];
  /** For table rows: the cells' spans. */
  cells?: Span[];
}

export interface DetectedClaim {
  quantity: Quantity;
  statement: Statement;
  /** All quantities of the statement, in order (for arithmetic). */
  siblings: Quantity[];
  /** Hardware and model names in the statement (absolute spans). */
  mentions: Mention[];
  subject: string;
  section: string | null;
  speaker: string | null;
  suspicion?: { message: string; suggestion: string };
}

const ABBREVIATION = /(?:^|[\s(])(?:i\.e|e\.g|vs|approx|cf|ca|incl|avg|est|fig|eq|no|vol|ch|sec|ref|resp|\p{Lu})\.$/iu;
const SENTENCE_END = /[.!?]["')\]]*\s+(?=[A-Z0-9"'(\[$~≈<>])/g;

/** Splits the note's prose blocks into statements. */
export function statementsOf(text: string, structure: MarkdownStructure): Statement[] {
  const out: Statement[] = [];
  let header: string[] | undefined;
  for (const block of structure.blocks) {
    if (block.kind === 'tableRow') {
      if (block.header) {
        header = (block.cells ?? []).map((c) => text.slice(c.start, c.end));
        continue;
      }
      out.push({ span: block.span, block, headerCells: header, cells: block.cells });
      continue;
    }
    header = undefined;
    if (block.kind === 'heading' || block.kind === 'listItem') {
      out.push({ span: block.span, block });
      continue;
    }
    if (block.kind !== 'paragraph') continue;
    // Paragraph: each line, then each sentence in it (notes use lines as statements).
    let lineStart = block.span.start;
    while (lineStart < block.span.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > block.span.end) lineEnd = block.span.end;
      const line = text.slice(lineStart, lineEnd);
      SENTENCE_END.lastIndex = 0;
      let from = 0;
      for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
        // "i.e. 50 GB/s", "vs. B200", "J. Smith": abbreviations and initials do not end a sentence.
        if (ABBREVIATION.test(line.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
        const cut = m.index + m[0].length;
        pushTrimmed(text, out, block, lineStart + from, lineStart + cut);
        from = cut;
      }
      pushTrimmed(text, out, block, lineStart + from, lineEnd);
      lineStart = lineEnd + 1;
    }
  }
  return out;
}

function pushTrimmed(text: string, out: Statement[], block: Block, start: number, end: number): void {
  while (start < end && /[\s>]/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ span: { start, end }, block });
}

export function detectClaims(text: string, structure: MarkdownStructure, extras: { talks: Talk[] }): DetectedClaim[] {
  const prose = structure.prose;
  const claims: DetectedClaim[] = [];
  const sectionAt = sectionFinder(structure);
  const speakerAt = speakerFinder(structure, extras.talks);
  for (const statement of statementsOf(text, structure)) {
    const found = parseQuantities(prose, { start: statement.span.start, end: statement.span.end });
    if (found.length === 0) continue;
    const statementText = prose.slice(statement.span.start, statement.span.end);
    const mentions = (mayNameHardware(statementText) ? findHardwareMentions(statementText) : [])
      .filter((m) => !isSurname(statementText, m.span.start, m.raw))
      .map((m) => ({
        ...m,
        span: { start: m.span.start + statement.span.start, end: m.span.end + statement.span.start },
      }));
    // A number inside a product or model name ("Llama 3.1 70B", "H200 141GB") is part of the name.
    const quantities = found.filter(
      (q) =>
        !mentions.some((m) => {
          const digit = q.span.start + Math.max(0, q.raw.search(/\d/));
          return digit >= m.span.start && digit < m.span.end;
        }) &&
        // "one sequence", "a node": the article, not a figure anyone would check.
        !(q.kind === 'count' && q.value === 1 && /^(?:one|a|an)\s/i.test(q.raw)) &&
        // "room 4B", "gate 12", "row 3": labels, not figures.
        !/\b(?:room|gate|seat|row|floor|suite|hall|building|table|booth|level|stage|track|apt)\.?\s*$/i.test(prose.slice(Math.max(0, q.span.start - 12), q.span.start)) &&
        !isPartOfName(prose, q),
    );
    if (quantities.length === 0) continue;
    for (const quantity of quantities) {
      // "4 things he's excited about", "top 4 US CSPs": small enumerations are operands, not claims.
      if (isEnumeration(quantity)) continue;
      shareCommonParts(quantity);
      claims.push({
        quantity,
        statement,
        siblings: quantities,
        mentions,
        subject: subjectOf(prose, statement, quantity),
        section: sectionAt(quantity.span.start),
        speaker: speakerAt(quantity.span.start),
      });
    }
  }
  flagSuspicious(text, claims);
  return claims;
}

/** The column header of the cell a quantity sits in, and the row's first cell. */
export function cellContext(text: string, statement: Statement, q: Quantity): { header: string; rowLabel: string; cell: string } | undefined {
  if (!statement.cells || !statement.headerCells) return undefined;
  const index = statement.cells.findIndex((c) => q.span.start >= c.start && q.span.start <= c.end);
  if (index < 0) return undefined;
  const rowLabel = index > 0 && statement.cells[0] ? text.slice(statement.cells[0].start, statement.cells[0].end) : '';
  const cell = statement.cells[index]!;
  return { header: statement.headerCells[index] ?? '', rowLabel, cell: text.slice(cell.start, cell.end) };
}

const STOP = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'of', 'at', 'in', 'on', 'to', 'for', 'with', 'and', 'or', 'the', 'a', 'an', 'about',
  'around', 'roughly', 'approximately', 'nearly', 'over', 'under', 'than', 'more', 'less', 'has', 'have', 'had', 'that', 'this',
  'it', 'its', 'so', 'by', 'from', 'takes', 'take', 'every', 'each', 'per', 'up', 'as', 'vs', 'like', 'into', 'which', 'we', 'you',
  'i', 'they', 'he', 'she', 'there', 'then', 'just', 'only', 'also', 'now', 'can', 'will', 'would', 'could', 'gets', 'get', 'got',
  'makes', 'make', 'gives', 'give', 'need', 'needs', 'same', 'what', 'who', 'how', 'when', 'where', 'why', 'but', 'if', 'not', 'no',
]);

const WORD = /[\p{L}][\p{L}\p{N}'’._/-]*/gu;

/** A short noun phrase naming what the quantity measures. */
export function subjectOf(prose: string, statement: Statement, q: Quantity): string {
  const text = prose;
  if (statement.cells && statement.headerCells) {
    const ctx = cellContext(text, statement, q);
    if (ctx && (ctx.header || ctx.rowLabel)) return [ctx.rowLabel, ctx.header].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  }
  // Words right after the quantity: "1.3M hopper GPUs", "$1T+ data center Capex", "8 TB/s of HBM3e".
  const after = wordsAfter(text, q.span.end, statement.span.end, 4);
  const before = wordsBefore(text, statement.span.start, q.span.start, 4);
  const perPart = q.per && !/\b(s|second)\b/.test(q.per) ? ` per ${q.per}` : '';
  // Count nouns sit inside the quantity's own text: "1.3M hopper GPUs" → "hopper GPUs".
  const nounWords = q.noun ? (q.raw.replace(/^[^\d]*[\d.,]+(?:\s*(?:[kKMBT]|bn|thousand|million|billion|trillion|quadrillion)\b)?[+]?\s*/, '').match(WORD) ?? []) : [];
  if (nounWords.length) return [...nounWords, ...after].slice(0, 5).join(' ');
  if (q.noun && after.length) return after.join(' ');
  if (after.length && (q.kind === 'count' || q.unit === 'USD')) return after.join(' ');
  if (before.length) return before.join(' ') + (after.length && after[0] === 'of' ? '' : perPart);
  if (after.length) return after.join(' ');
  return q.unit === 's' ? 'duration' : q.unit ? q.unit : 'number';
}

function wordsAfter(text: string, from: number, end: number, max: number): string[] {
  const slice = text.slice(from, Math.min(end, from + 80));
  const cut = slice.search(/[,;:.!?()\[\]|=→≈×÷~]|\s[-–—]\s/);
  const words = (cut >= 0 ? slice.slice(0, cut) : slice).match(WORD) ?? [];
  const out: string[] = [];
  for (const w of words) {
    const lw = w.toLowerCase();
    if (out.length === 0 && (lw === 'of' || lw === 'for')) continue;
    if (STOP.has(lw) || isContraction(lw) || UNIT_WORD.test(w)) break;
    out.push(w);
    if (out.length >= max) break;
  }
  return out;
}

function wordsBefore(text: string, start: number, to: number, max: number): string[] {
  const slice = text.slice(Math.max(start, to - 80), to);
  const lastStop = Math.max(slice.lastIndexOf(','), slice.lastIndexOf(';'), slice.lastIndexOf('('), slice.lastIndexOf('.  '), slice.lastIndexOf('|'), slice.lastIndexOf('='), slice.lastIndexOf('→'));
  const words = (lastStop >= 0 ? slice.slice(lastStop + 1) : slice).match(WORD) ?? [];
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const lw = words[i]!.toLowerCase();
    // Stop words, contractions ("that's") and the units of other figures ("GB", "TB/s") are not the subject.
    if (STOP.has(lw) || isContraction(lw) || UNIT_WORD.test(words[i]!)) {
      if (out.length) break;
      continue;
    }
    out.unshift(words[i]!.replace(/[:'’]s?$/, ''));
    if (out.length >= max) break;
  }
  return out.filter(Boolean);
}

/** "that's", "it's", "we're": a stop word with its contraction. */
function isContraction(lw: string): boolean {
  return /['’](?:s|re|ll|ve|d)$/.test(lw) && STOP.has(lw.replace(/['’].*$/, ''));
}

const UNIT_WORD = /^(?:[kKMGTPE]i?B|[kKMGTPE]?b(?:ps)?|[kMGTPE]?B\/s|[kMGTPE]?b\/s|[munµ]?s|ms|min|h|[kMGTPE]?W|[TPE]?FLOPS?|TOPS|tokens?\/s|x)$/;

function sectionFinder(structure: MarkdownStructure): (offset: number) => string | null {
  const headings = structure.headings;
  return (offset) => {
    let found: string | null = null;
    for (const h of headings) {
      if (h.span.start > offset) break;
      found = h.text;
    }
    return found;
  };
}

/**
 * A claim belongs to the speaker of the talk that the note introduced before it
 * ("notes for Yann LeCun's talk"), until the next heading or thematic break.
 */
function speakerFinder(structure: MarkdownStructure, talks: Talk[]): (offset: number) => string | null {
  const starters = talks.filter((t) => t.source === 'prose' && t.speakers.length > 0).sort((a, b) => a.span.start - b.span.start);
  const breaks = structure.blocks.filter((b) => b.kind === 'thematicBreak' || b.kind === 'heading').map((b) => b.span.start);
  return (offset) => {
    let speaker: string | null = null;
    for (const t of starters) {
      if (t.span.start > offset) break;
      const interrupted = breaks.some((b) => b > t.span.end && b < offset);
      speaker = interrupted ? null : t.speakers.map((s) => s.name).join(', ');
    }
    return speaker;
  };
}

const DISCRETE_NOUNS = new Set(['gpu', 'chip', 'accelerator', 'die', 'node', 'rack', 'server', 'card', 'person', 'people', 'employee', 'user', 'customer', 'datacenter', 'cluster']);

/**
 * A fractional count of discrete things is almost surely a dropped magnitude suffix:
 * "3.6 Blackwell GPUs" under "1.3M Hopper GPUs" means 3.6M.
 */
function flagSuspicious(text: string, claims: DetectedClaim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const q = c.quantity;
    if (q.kind !== 'count' || !q.noun || !DISCRETE_NOUNS.has(q.noun) || q.per) continue;
    if (Number.isInteger(q.value) || q.range || q.value >= 1000) continue;
    const suffix = neighbourSuffix(text, claims, i);
    const numberText = q.raw.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? String(q.value);
    const suggestion = suffix ? `${numberText}${suffix}` : `${numberText}M`;
    c.suspicion = {
      message: `"${q.raw}" counts ${q.noun}s in fractions${suffix ? `, while a neighbouring line says "${suffix}"` : ''}: is a magnitude missing (${suggestion})?`,
      suggestion,
    };
  }
}

/** The magnitude suffix (k, M, B) used by a count of the same noun in a nearby statement. */
function neighbourSuffix(text: string, claims: DetectedClaim[], i: number): string | undefined {
  const c = claims[i]!;
  for (let d = 1; d <= 4; d++) {
    for (const j of [i - d, i + d]) {
      const other = claims[j];
      if (!other || other.quantity.noun !== c.quantity.noun || other.statement === c.statement) continue;
      if (Math.abs(other.quantity.span.start - c.quantity.span.start) > 600) continue;
      const m = /\d\s?(k|K|M|B|bn|T|thousand|million|billion)\b/.exec(other.quantity.raw);
      if (m) return m[1]!.length > 2 ? ` ${m[1]}` : m[1];
    }
  }
  void text;
  return undefined;
}

const SENTENCE_STARTERS =
  /^(?:Grace|Vera|Blackwell|Hopper|Rubin|Ampere|Ironwood|Trillium|Nvidia|NVIDIA|Google|AMD|Cloud|TPU|GPU|GPUs|DGX|HGX|The|A|An|On|In|With|Each|Every|This|That|These|Those|One|Our|My|Their|His|Her|Its|New|Next|Both|All|Some|Many|Most|For|At|By|From|And|But|So|If|When|While|Why|How|What|Which|Your|Then|Now|Today|Only|Just|Even|Also|Per|Using|Unlike|Like|Compared|Versus|Vs|Than|Over|Under|Two|Three|Four|Eight|Current|Previous|Last|First|Second|Nvidia's|Google's|NVIDIA's)$/;
const CODENAMES = /^(?:hopper|blackwell|rubin|ampere|vera|trillium|ironwood|grace)\b/i;
const NOT_FIRST_NAMES = new Set(['nvidia', 'nvidia\'s', 'google', 'amd', 'the', 'a', 'an', 'and', 'on', 'of', 'vs', 'with', 'new', 'more', 'per', 'for', 'to', 'in', 'from', 'at', 'by']);

/** "Chloé Hopper" is a person, not an H100: a codename right after a capitalised first name. */
function isSurname(text: string, at: number, raw: string): boolean {
  if (!CODENAMES.test(raw)) return false;
  // "Ironwood chip", "Hopper GPUs", "Blackwell's": hardware, whatever comes before.
  if (/^(?:['’]s\b|\s+(?:chips?|gpus?|tpus?|pods?|superpods?|racks?|nodes?|architecture|generation|systems?|dies?|packages?|ultra|nvl\d*|hbm|sxm|pcie)\b)/i.test(text.slice(at + raw.length, at + raw.length + 16))) return false;
  const before = /([\p{Lu}][\p{L}'’-]{1,20})\s+$/u.exec(text.slice(Math.max(0, at - 24), at));
  if (!before) return false;
  const word = before[1]!;
  if (NOT_FIRST_NAMES.has(word.toLowerCase())) return false;
  // A capitalised word at the start of the statement is usually a sentence start, not a name... unless it reads as one.
  return !SENTENCE_STARTERS.test(word);
}

const COUNTED_HARDWARE = new Set(['gpu', 'chip', 'accelerator', 'die', 'node', 'rack', 'server', 'card', 'tpu', 'core', 'sm', 'link', 'lane', 'port', 'layer', 'head', 'expert', 'stack', 'hbm', 'nic', 'switch', 'token', 'param', 'bit', 'byte']);

function isEnumeration(q: Quantity): boolean {
  return q.kind === 'count' && !q.per && !q.range && q.hedge === 'exact' && Number.isInteger(q.value) && q.value < 10 && /^\d\b/.test(q.raw) && !(q.noun && COUNTED_HARDWARE.has(q.noun));
}

// Dimensions repeat across thousands of claims: one shared object each.
const DIMENSIONS = new Map<string, Quantity['dimension']>();

function shareCommonParts(q: Quantity): void {
  // "16 GFLOPs per token" is a count of operations per token, not a rate per token.
  if (/^FLOP\/s\/(token|param|sample|image|request)$/.test(q.unit)) {
    const per = q.unit.split('/')[2]!;
    q.unit = `FLOP/${per}`;
    q.per = per;
    q.dimension = { FLOP: 1 };
  }
  const key = JSON.stringify(q.dimension);
  let dim = DIMENSIONS.get(key);
  if (!dim) {
    dim = Object.freeze({ ...q.dimension });
    if (DIMENSIONS.size < 1000) DIMENSIONS.set(key, dim);
  }
  q.dimension = dim;
}

/**
 * A cheap test before the catalog's big alias regex: every alias either glues a letter to a digit
 * ("H100", "v5e", "70B") or contains one of a few name words ("Hopper", "Trillium", "Llama").
 */
const HARDWARE_WORDS = (() => {
  const words = new Set<string>();
  for (const entry of [...ACCELERATORS, ...SYSTEMS, ...MODELS]) {
    for (const alias of [entry.name, entry.id, ...entry.aliases]) {
      if (/[A-Za-z]\d|\d[A-Za-z]/.test(alias)) continue;
      const word = /[A-Za-z]{2,}/.exec(alias);
      if (word) words.add(word[0].toLowerCase());
    }
  }
  return words;
})();
const GLUED = /[A-Za-z]\d|\d[A-Za-z]/;
const WORDS = /[A-Za-z]{2,}/g;

export function mayNameHardware(text: string): boolean {
  if (GLUED.test(text)) return true;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) if (HARDWARE_WORDS.has(m[0].toLowerCase())) return true;
  return false;
}

/**
 * Numbers that belong to a name rather than state a figure: a model size after a model's name
 * ("Gemma 3 27B"), a year after an event ("GTC 2025 session"), a port ("localhost:3000"),
 * a display resolution ("4K display").
 */
function isPartOfName(prose: string, q: Quantity): boolean {
  const before = prose.slice(Math.max(0, q.span.start - 40), q.span.start);
  const after = prose.slice(q.span.end, q.span.end + 12);
  if (/[A-Za-z]:$/.test(before)) return true;
  if (/^\d+(?:\.\d+)?B$/.test(q.raw) && q.noun === 'param' && /\b[A-Z][A-Za-z-]{1,20}(?:\s+v?\d+(?:\.\d+)*)?\s+$/.test(before) && !/\b(?:The|A|An|Each|Every|With|For|Of|On|In|Our|Its|This|That)\s+$/.test(before)) return true;
  if (q.kind === 'count' && Number.isInteger(q.value) && q.value >= 1990 && q.value <= 2100 && !/[,.]/.test(q.raw) && !(q.noun && COUNTED_HARDWARE.has(q.noun)) && /\b[A-Z][A-Za-z]{1,20}\s+$/.test(before)) return true;
  if (/^[248]K$/.test(q.raw.trim()) && /^\s*(?:display|monitor|screen|video|tv|resolution)/i.test(after)) return true;
  return false;
}
