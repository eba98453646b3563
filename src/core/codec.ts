// A compact, lossless line encoding of an analysed note, used three ways:
//  - the persistent cache stores one line per note;
//  - worker threads send notes to the index as lines (a string copies far faster than objects);
//  - the index keeps each note's claims as their encoded text and builds the objects on first
//    use, so 10,000 notes fit in a few hundred MB and a warm start parses only what it reads.
//
// A line is `META \t ROWS`: two JSON texts (JSON never contains a raw tab). META holds the
// note's fields in a fixed order plus the claim keys and verdict counts the index needs without
// the claims; ROWS holds one positional row per claim whose strings are indices into a string
// table shared by many notes (the process's pool, a cache file's table, a worker's table), since
// sources, reasons and assumptions repeat across notes far more than within one.
import type {
  Claim,
  Dimension,
  Evaluation,
  Heading,
  Link,
  Note,
  Problem,
  Quantity,
  Section,
  Span,
  Talk,
} from './types.js';

/** Bump when the encoding changes (the cache header carries it). */
export const CODEC_VERSION = 1;

export interface ClaimTally {
  consistent: number;
  inconsistent: number;
  unverifiable: number;
}

/** What the index reads from a note's claims without building them. */
interface ClaimsState {
  /** JSON rows, strings as indices into `strings`. */
  rows: string;
  strings: readonly string[];
  value: Claim[] | undefined;
  keys: (string | null)[];
  tally: ClaimTally;
}

const NONE = -1; // null
const ABSENT = -2; // optional field not set

const STATE = Symbol('roofline-notes.claims');
type LazyNote = Note & { [STATE]?: ClaimsState };

// ---------------------------------------------------------------------------
// Public API

/**
 * An append-only string table. The process-wide pool holds the strings of every note the
 * index analysed itself; a cache file and each worker bring their own.
 */
export class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  /** Keeps every position of `strings` (a table read back must index as it was written). */
  constructor(strings: readonly string[] = []) {
    for (const s of strings) {
      if (!this.index.has(s)) this.index.set(s, this.strings.length);
      this.strings.push(s);
    }
  }

  ref(s: string | null | undefined): number {
    if (s === null) return NONE;
    if (s === undefined) return ABSENT;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  refs(list: readonly string[]): number[] {
    return list.map((s) => this.ref(s));
  }

  get size(): number {
    return this.strings.length;
  }
}

let pool = new StringTable();
/** Strings in the pool the last time it was rebuilt from live notes. */
let poolLive = 0;

/** The process-wide table of strings of notes analysed here. */
export function stringPool(): StringTable {
  return pool;
}

/**
 * The table to write a cache with: the pool, or a fresh pool when edits have left the old one
 * mostly garbage (each edited sentence leaves its old text behind). Rebase every note onto it,
 * encode, then call `settlePool`.
 */
export function poolForSave(): StringTable {
  if (pool.size > 2 * poolLive + 20_000) pool = new StringTable();
  return pool;
}

/** Records how many strings the notes just saved use, for the next `poolForSave`. */
export function settlePool(table: StringTable): void {
  if (table === pool) poolLive = pool.size;
}

/** Starts the pool from a loaded cache's table when nothing was analysed yet, so its notes need no rebase. */
export function adoptPool(strings: readonly string[]): readonly string[] {
  if (pool.size > 0) return strings;
  pool = new StringTable(strings);
  poolLive = pool.size;
  return pool.strings;
}

/** One line (no newline) holding everything in the note, its claim strings as indices into `table`. */
export function encodeNote(note: Note, table: StringTable): string {
  const state = (note as LazyNote)[STATE];
  let rows: string;
  if (!state) rows = encodeRows(note.claims, table);
  else if (state.strings === table.strings) rows = state.rows;
  else rows = remapRows(state.rows, state.strings, table);
  const keys = state ? state.keys : note.claims.map((c) => c.key);
  const tally = state ? state.tally : tallyOf(note.claims);
  return `${JSON.stringify(encodeMeta(note, keys, tally))}\t${rows}`;
}

/**
 * The note in a line whose claim strings index `strings`; its claims are built on first access.
 * Undefined if the line is not a whole note.
 */
export function decodeNote(line: string, strings: readonly string[]): Note | undefined {
  const tab = line.indexOf('\t');
  if (tab < 0) return undefined;
  let meta: unknown;
  try {
    meta = JSON.parse(line.slice(0, tab));
  } catch {
    return undefined;
  }
  const rows = line.slice(tab + 1);
  // A truncated line is caught here, not at first hover: the rows must at least close.
  if (rows[0] !== '[' || rows[rows.length - 1] !== ']') return undefined;
  return decodeMeta(meta, rows, strings);
}

/** The same note, its claims held as rows over the string pool (built again on demand, recent ones kept). */
export function compactNote(note: Note, table: StringTable = pool): Note {
  if ((note as LazyNote)[STATE]) return note;
  const claims = note.claims;
  const state: ClaimsState = { rows: encodeRows(claims, table), strings: table.strings, value: claims, keys: claims.map((c) => c.key), tally: tallyOf(claims) };
  const { claims: _claims, ...rest } = note;
  const lazy = attach(rest, state);
  remember(state);
  return lazy;
}

/** Moves a compact note's rows onto `table` (so a cache can be written with one table). */
export function rebaseNote(note: Note, table: StringTable): void {
  const state = (note as LazyNote)[STATE];
  if (!state || state.strings === table.strings) return;
  state.rows = remapRows(state.rows, state.strings, table);
  state.strings = table.strings;
}

/** A copy of a note with some fields replaced, still lazy if the original was. */
export function withNoteFields(note: Note, fields: Partial<Omit<Note, 'claims'>>): Note {
  const state = (note as LazyNote)[STATE];
  if (!state) return { ...note, ...fields };
  const copy: Partial<Note> = {};
  for (const key of Object.keys(note) as (keyof Note)[]) if (key !== 'claims') (copy as Record<string, unknown>)[key] = note[key];
  return attach({ ...(copy as Omit<Note, 'claims'>), ...fields }, state);
}

/** Claim keys of a note, in claim order, without building its claims. */
export function claimKeysOf(note: Note): readonly (string | null)[] {
  const state = (note as LazyNote)[STATE];
  return state ? state.keys : note.claims.map((c) => c.key);
}

/** Verdict counts of a note without building its claims. */
export function claimTallyOf(note: Note): ClaimTally {
  const state = (note as LazyNote)[STATE];
  return state ? state.tally : tallyOf(note.claims);
}

export function tallyOf(claims: readonly Claim[]): ClaimTally {
  const t: ClaimTally = { consistent: 0, inconsistent: 0, unverifiable: 0 };
  for (const c of claims) t[c.evaluation.verdict]++;
  return t;
}

// ---------------------------------------------------------------------------
// Recently built claims stay built; older ones go back to text (their objects are freed
// once nobody holds them).

const RECENT_LIMIT = 512;
const recent = new Set<ClaimsState>();

function remember(state: ClaimsState): void {
  recent.delete(state);
  recent.add(state);
  if (recent.size > RECENT_LIMIT) {
    const oldest = recent.values().next().value as ClaimsState;
    recent.delete(oldest);
    oldest.value = undefined;
  }
}

function attach(fields: Omit<Note, 'claims'>, state: ClaimsState): Note {
  const note = fields as LazyNote;
  Object.defineProperty(note, STATE, { value: state, enumerable: false });
  Object.defineProperty(note, 'claims', {
    enumerable: true,
    configurable: true,
    get(): Claim[] {
      if (state.value === undefined) state.value = decodeRows(state.rows, state.strings);
      remember(state);
      return state.value;
    },
  });
  return note;
}

// ---------------------------------------------------------------------------
// Meta: every field but the claims, in a fixed order.

type Row = unknown[];

function encodeMeta(note: Note, keys: readonly (string | null)[], tally: ClaimTally): Row {
  const headingIndex = new Map<Heading, number>();
  note.headings.forEach((h, i) => headingIndex.set(h, i));
  return [
    note.id,
    note.name,
    note.title,
    note.date ? [note.date.iso, note.date.original] : null,
    note.tags,
    note.draft ? 1 : 0,
    note.event,
    note.frontmatterKind,
    note.frontmatter,
    note.frontmatterSpan ? [note.frontmatterSpan.start, note.frontmatterSpan.end] : null,
    note.context,
    note.headings.map(headingRow),
    note.sections.map((s) => [s.heading === null ? -1 : (headingIndex.get(s.heading) ?? headingRow(s.heading)), s.span.start, s.span.end]),
    note.links.map((l) => [l.kind, l.span.start, l.span.end, l.target, l.section ?? null, l.label ?? null, l.section === undefined ? 0 : 1, l.label === undefined ? 0 : 1]),
    note.talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation]), t.time, t.event, t.span.start, t.span.end, t.source]),
    note.problems.map(problemRow),
    deltas(note.lineStarts),
    note.hash,
    keys,
    [tally.consistent, tally.inconsistent, tally.unverifiable],
  ];
}

function headingRow(h: Heading): Row {
  return [h.depth, h.text, h.span.start, h.span.end, h.slug];
}

function problemRow(p: Problem): Row {
  return [p.code, p.severity, p.message, p.span ? [p.span.start, p.span.end] : null, p.fix ? [p.fix.span.start, p.fix.span.end, p.fix.replacement, p.fix.title] : null];
}

function decodeMeta(raw: unknown, rows: string, strings: readonly string[]): Note | undefined {
  if (!Array.isArray(raw) || raw.length !== 20 || typeof raw[0] !== 'string' || typeof raw[17] !== 'string') return undefined;
  const m = raw as [
    string, string, string, [string, string] | null, string[], number, string | null, Note['frontmatterKind'], Record<string, unknown>,
    [number, number] | null, Note['context'], Row[], Row[], Row[], Row[], Row[], number[], string, (string | null)[], [number, number, number],
  ];
  const headings: Heading[] = m[11].map(decodeHeading);
  const sections: Section[] = m[12].map((r) => ({
    heading: typeof r[0] === 'number' ? (r[0] < 0 ? null : headings[r[0]]!) : decodeHeading(r[0] as Row),
    span: span(r[1], r[2]),
  }));
  const links: Link[] = m[13].map((r) => {
    const link: Link = { kind: r[0] as Link['kind'], span: span(r[1], r[2]), target: r[3] as string };
    if (r[6]) link.section = r[4] as string;
    if (r[7]) link.label = r[5] as string;
    return link;
  });
  const talks: Talk[] = m[14].map((r) => ({
    title: r[0] as string | null,
    speakers: (r[1] as [string, string | null][]).map(([name, affiliation]) => ({ name, affiliation })),
    time: r[2] as string | null,
    event: r[3] as string | null,
    span: span(r[4], r[5]),
    source: r[6] as Talk['source'],
  }));
  const problems: Problem[] = m[15].map((r) => {
    const p: Problem = { code: r[0] as Problem['code'], severity: r[1] as Problem['severity'], message: r[2] as string };
    const s = r[3] as [number, number] | null;
    if (s) p.span = span(s[0], s[1]);
    const f = r[4] as [number, number, string, string] | null;
    if (f) p.fix = { span: span(f[0], f[1]), replacement: f[2], title: f[3] };
    return p;
  });
  const fields: Omit<Note, 'claims'> = {
    id: m[0],
    name: m[1],
    title: m[2],
    date: m[3] ? { iso: m[3][0], original: m[3][1] } : null,
    tags: m[4],
    draft: m[5] === 1,
    event: m[6],
    frontmatterKind: m[7],
    frontmatter: m[8],
    frontmatterSpan: m[9] ? span(m[9][0], m[9][1]) : null,
    context: m[10],
    headings,
    sections,
    links,
    talks,
    problems,
    lineStarts: undeltas(m[16]),
    hash: m[17],
  };
  const [consistent, inconsistent, unverifiable] = m[19];
  return attach(fields, { rows, strings, value: undefined, keys: m[18], tally: { consistent, inconsistent, unverifiable } });
}

function decodeHeading(r: Row): Heading {
  return { depth: r[0] as number, text: r[1] as string, span: span(r[2], r[3]), slug: r[4] as string };
}

function span(start: unknown, end: unknown): Span {
  return { start: start as number, end: end as number };
}

function deltas(values: readonly number[]): number[] {
  const out = new Array<number>(values.length);
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    out[i] = values[i]! - prev;
    prev = values[i]!;
  }
  return out;
}

function undeltas(values: readonly number[]): number[] {
  const out = new Array<number>(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) out[i] = sum += values[i]!;
  return out;
}

// ---------------------------------------------------------------------------
// Claim rows: one positional array per claim, strings as table indices.



/** JSON has no NaN or Infinity: those travel as strings. */
function num(n: number): number | string {
  return Number.isFinite(n) ? n : String(n);
}

function numOrNull(n: number | null): number | string | null {
  return n === null ? null : num(n);
}

function readNum(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function readNumOrNull(v: unknown): number | null {
  return v === null ? null : readNum(v);
}

function encodeRows(claims: readonly Claim[], t: StringTable): string {
  if (claims.length === 0) return '[]';
  const rows = claims.map((c) => {
    const q = c.quantity;
    const e = c.evaluation;
    return [
      q.span.start,
      q.span.end,
      t.ref(q.raw),
      t.ref(q.kind),
      num(q.value),
      q.range ? [num(q.range[0]), num(q.range[1])] : null,
      t.ref(q.unit),
      t.ref(JSON.stringify(q.dimension)),
      t.ref(q.hedge),
      t.ref(q.noun),
      t.ref(q.per),
      q.significantDigits,
      q.qualifiers === undefined ? ABSENT : t.ref(JSON.stringify(q.qualifiers)),
      t.ref(c.subject),
      t.ref(c.statement),
      c.statementSpan.start,
      c.statementSpan.end,
      t.ref(c.section),
      t.ref(c.speaker),
      t.ref(c.kind),
      c.suspicion ? [t.ref(c.suspicion.message), t.ref(c.suspicion.suggestion)] : null,
      t.ref(c.key),
      t.ref(e.verdict),
      numOrNull(e.modelValue),
      numOrNull(e.ratio),
      t.ref(e.modelText),
      t.ref(e.route),
      t.refs(e.assumptions),
      t.refs(e.derivation),
      t.refs(e.sources),
      t.ref(e.reason),
      numOrNull(e.tolerance),
    ];
  });
  return JSON.stringify(rows);
}

// Parsed dimensions and qualifiers are few and shared by every claim that uses them.
const parsedJson = new Map<string, unknown>();
function sharedJson<T>(s: string): T {
  let v = parsedJson.get(s);
  if (v === undefined) {
    v = JSON.parse(s);
    if (parsedJson.size < 10_000) parsedJson.set(s, v);
  }
  return v as T;
}

function decodeRows(text: string, strings: readonly string[]): Claim[] {
  const rows = JSON.parse(text) as Row[];
  const str = (i: unknown): string => strings[i as number]!;
  const strOrNull = (i: unknown): string | null => (i === NONE ? null : strings[i as number]!);
  const list = (l: unknown): string[] => (l as number[]).map((i) => strings[i]!);
  return rows.map((r) => {
    const quantity: Quantity = {
      span: span(r[0], r[1]),
      raw: str(r[2]),
      kind: str(r[3]) as Quantity['kind'],
      value: readNum(r[4]),
      range: r[5] ? [readNum((r[5] as unknown[])[0]), readNum((r[5] as unknown[])[1])] : null,
      unit: str(r[6]),
      dimension: sharedJson<Dimension>(str(r[7])),
      hedge: str(r[8]) as Quantity['hedge'],
      significantDigits: r[11] as number,
    };
    if (r[9] !== ABSENT) quantity.noun = str(r[9]);
    if (r[10] !== ABSENT) quantity.per = str(r[10]);
    if (r[12] !== ABSENT) quantity.qualifiers = sharedJson<NonNullable<Quantity['qualifiers']>>(str(r[12]));
    const evaluation: Evaluation = {
      verdict: str(r[22]) as Evaluation['verdict'],
      modelValue: readNumOrNull(r[23]),
      ratio: readNumOrNull(r[24]),
      modelText: strOrNull(r[25]),
      route: strOrNull(r[26]) as Evaluation['route'],
      assumptions: list(r[27]),
      derivation: list(r[28]),
      sources: list(r[29]),
      reason: str(r[30]),
      tolerance: readNumOrNull(r[31]),
    };
    const claim: Claim = {
      quantity,
      subject: str(r[13]),
      statement: str(r[14]),
      statementSpan: span(r[15], r[16]),
      section: strOrNull(r[17]),
      speaker: strOrNull(r[18]),
      kind: str(r[19]) as Claim['kind'],
      evaluation,
      key: strOrNull(r[21]),
    };
    const sus = r[20] as [number, number] | null;
    if (sus) claim.suspicion = { message: str(sus[0]), suggestion: str(sus[1]) };
    return claim;
  });
}

/** Slots of a row holding one string index, and those holding a list of them. */
const STRING_SLOTS = [2, 3, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19, 21, 22, 25, 26, 30];
const STRING_LIST_SLOTS = [20, 27, 28, 29];

function remapRows(text: string, from: readonly string[], to: StringTable): string {
  const rows = JSON.parse(text) as Row[];
  const map = (i: number): number => (i < 0 ? i : to.ref(from[i]!));
  for (const r of rows) {
    for (const k of STRING_SLOTS) r[k] = map(r[k] as number);
    for (const k of STRING_LIST_SLOTS) if (r[k]) r[k] = (r[k] as number[]).map(map);
  }
  return JSON.stringify(rows);
}
