// A compact, lossless encoding of an analysed note, used three ways:
//  - the persistent cache stores one line per note;
//  - worker threads send notes to the index as its three parts (strings copy far faster than objects);
//  - the index keeps each note's claims and details as text and builds the objects on first use,
//    so 10,000 notes fit in a few hundred MB and a warm start parses only what it reads.
//
// A line is `INDEX \t DETAIL \t ROWS`, three JSON texts (JSON never contains a raw tab):
//  - INDEX, read at load: what the workspace index and most views need (names, talks, problems,
//    wikilinks, and per claim its key, value, verdict and bound);
//  - DETAIL, read on first use: frontmatter, headings, sections, all links, line starts;
//  - ROWS, read on first use: one positional row per claim, its strings as indices into a table
//    shared by many notes (the process's pool, a cache file's table, a worker's table), since
//    sources, reasons and assumptions repeat across notes far more than within one.
import type {
  Claim,
  Dimension,
  Evaluation,
  Hedge,
  Heading,
  Link,
  Note,
  Problem,
  Quantity,
  Span,
  Talk,
} from './types.js';
import { detach } from './text.js';

/** Bump when the encoding changes (the cache header carries it). */
export const CODEC_VERSION = 9;

export interface ClaimTally {
  consistent: number;
  inconsistent: number;
  unverifiable: number;
}

/** JSON text, or its UTF-8 bytes as read from a cache file (decoded on first use). */
type LazyJson = string | Uint8Array;

const utf8 = new TextDecoder();
const utf8Bytes = new TextEncoder();

function jsonText(x: LazyJson): string {
  return typeof x === 'string' ? x : utf8.decode(x);
}

/** A note's claims: rows to build them from, and what the index reads without building them. */
interface ClaimsState {
  /** JSON rows, strings as indices into `strings`. */
  rows: LazyJson;
  strings: readonly string[];
  value: Claim[] | undefined;
  keys: (string | null)[];
  /** Claimed values (canonical units), in claim order: enough to find disagreements. */
  values: number[];
  /** Verdicts, in claim order. */
  verdicts: Evaluation['verdict'][];
  /** How each claim bounds its value, in claim order (`boundOf`). */
  bounds: Bound[];
  tally: ClaimTally;
  /** Labels, once a report or a conflict asked for them (`claimLabelsOf`). */
  labels?: ClaimLabels;
}

/** How a claim holds its value: as the value itself ("80 GB", "~80 GB"), an upper bound ("under 5 ms") or a lower bound ("at least 10 GB"). */
export type Bound = 0 | 1 | 2;
export const POINT: Bound = 0;
export const UPPER: Bound = 1;
export const LOWER: Bound = 2;

export function boundOf(hedge: Hedge): Bound {
  return hedge === 'atMost' ? UPPER : hedge === 'atLeast' ? LOWER : POINT;
}

/** Fields most queries never read, kept as JSON until one is read. */
const DETAIL_FIELDS = ['frontmatterKind', 'frontmatter', 'frontmatterSpan', 'context', 'headings', 'sections', 'links', 'lineStarts'] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];
type Detail = Pick<Note, DetailField>;
type IndexFields = Omit<Note, DetailField | 'claims'>;
const INDEX_FIELDS = ['id', 'name', 'title', 'date', 'tags', 'draft', 'event', 'talks', 'problems', 'hash'] as const satisfies readonly (keyof IndexFields)[];

interface DetailState {
  text: LazyJson;
  value: Detail | undefined;
  /**
   * Line starts read on their own: positions (diagnostics, related locations in other notes, CLI lines) need
   * only them, and decoding a whole detail row for each cost the VS Code host its longest pauses. Small, kept.
   */
  lineStarts?: number[];
}

interface NoteState {
  claims: ClaimsState;
  detail: DetailState;
  /** The note's wikilinks, which the index's backlink map needs at insert. */
  wikilinks: Link[];
}

const NONE = -1; // null
const ABSENT = -2; // optional field not set

const STATE = Symbol('roofline-notes.state');
type LazyNote = Note & { [STATE]?: NoteState };

// ---------------------------------------------------------------------------
// Public API

/**
 * An append-only string table. The process-wide pool holds the strings of every note the
 * index analysed itself; a cache file and each worker bring their own.
 */
export class StringTable {
  readonly strings: string[] = [];
  /** Built on the first `ref`: a table read from a cache may never be added to. */
  private indexValue: Map<string, number> | undefined;

  /** Keeps every position of `strings` (a table read back must index as it was written). */
  constructor(strings: readonly string[] = []) {
    for (const s of strings) this.strings.push(s);
  }

  private get index(): Map<string, number> {
    if (!this.indexValue) {
      this.indexValue = new Map();
      for (let i = 0; i < this.strings.length; i++) if (!this.indexValue.has(this.strings[i]!)) this.indexValue.set(this.strings[i]!, i);
    }
    return this.indexValue;
  }

  ref(s: string | null | undefined): number {
    if (s === null) return NONE;
    if (s === undefined) return ABSENT;
    const index = this.index;
    let i = index.get(s);
    if (i === undefined) {
      // A copy: the table outlives the note whose text `s` may be a slice of.
      const copy = detach(s);
      i = this.strings.length;
      this.strings.push(copy);
      index.set(copy, i);
    }
    return i;
  }

  refs(list: readonly string[]): number[] {
    return list.map((s) => this.ref(s));
  }

  /** Lists already encoded, as a trie over their items: most lists repeat whole (the same sources,
   *  assumptions), and an item is often a constant whose hash V8 has kept, so walking the trie is
   *  cheaper than joining the items into a fresh string and hashing that. */
  private lists: ListNode | undefined;

  /** The encoding of a list of strings (see `listRef`), the same on every call with equal items. */
  list(items: readonly string[]): number | number[] {
    let node = (this.lists ??= { next: new Map(), ref: undefined });
    for (const item of items) {
      let child = node.next.get(item);
      // A copy, as in `ref`: the key must not keep a note's text alive.
      if (child === undefined) node.next.set(detach(item), (child = { next: new Map(), ref: undefined }));
      node = child;
    }
    return (node.ref ??= encodeList(this, items));
  }

  /** Per shared object (dimensions, qualifiers), the index of its JSON: one WeakMap hit per use. */
  private objectRefs: WeakMap<object, number> | undefined;

  /** The index of `objectJson(o)`, for shared objects that never change. */
  objectRef(o: object): number {
    if (!this.objectRefs) this.objectRefs = new WeakMap();
    let i = this.objectRefs.get(o);
    if (i === undefined) this.objectRefs.set(o, (i = this.ref(objectJson(o))));
    return i;
  }

  get size(): number {
    return this.strings.length;
  }
}

let pool = new StringTable();
/** Strings in the pool the last time it was written with live notes. */
let poolLive = 0;

/**
 * The table to write a cache with: the pool, or a fresh pool when edits have left the old one
 * mostly garbage (each edited sentence leaves its old text behind). Rebase every note onto it,
 * encode, then call `settlePool`.
 */
export function poolForSave(): StringTable {
  if (poolLive > 0 && pool.size > 2 * poolLive + 20_000) pool = new StringTable();
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
  return encodeNoteParts(note, table).join('\t');
}

/** The three parts of a note's line (index row, details, claim rows), kept apart for a worker to send. */
export function encodeNoteParts(note: Note, table: StringTable): [string, string, string] {
  const state = (note as LazyNote)[STATE];
  let rows: string;
  if (!state) rows = encodeRows(note.claims, table);
  else if (state.claims.strings === table.strings) rows = jsonText(state.claims.rows);
  else rows = remapRows(jsonText(state.claims.rows), state.claims.strings, table);
  const keys = state ? state.claims.keys : note.claims.map((c) => c.key);
  const values = state ? state.claims.values : note.claims.map((c) => c.quantity.value);
  const verdicts = state ? state.claims.verdicts : note.claims.map((c) => c.evaluation.verdict);
  const bounds = state ? state.claims.bounds : note.claims.map((c) => boundOf(c.quantity.hedge));
  const detail = state ? detailText(state.detail) : asciiJson(encodeDetail(note));
  return [JSON.stringify(encodeIndexRow(note, keys, values, verdicts, bounds, state ? state.wikilinks : noteLinksIn(note.links), table)), detail, rows];
}

/** A note from the parts `encodeNoteParts` made; undefined if they are not a whole note. */
export function decodeNoteParts(index: string, detail: string, rows: string, strings: readonly string[]): Note | undefined {
  // A truncated note is caught here, not at first hover: both lazy parts must at least close.
  if (detail[0] !== '[' || detail[detail.length - 1] !== ']' || rows[0] !== '[' || rows[rows.length - 1] !== ']') return undefined;
  let row: unknown;
  try {
    row = JSON.parse(index);
  } catch {
    return undefined;
  }
  return decodeIndexRow(row, detail, rows, strings);
}

/**
 * JSON with every character above U+00FF escaped: V8 then stores the text one byte per character
 * (a single "—" in a heading would otherwise double the whole string).
 */
function asciiJson(value: unknown): string {
  // JSON.stringify and replace() keep the two-byte representation of their inputs (slices of a
  // note with one "—" anywhere are two-byte): a round trip through UTF-8 bytes of the ASCII text
  // makes a one-byte string.
  const json = JSON.stringify(value).replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Every character left is below U+0100: at most two UTF-8 bytes each, so a buffer of twice the
  // length always holds it. One scratch buffer serves all but huge notes (no new one per note).
  const bytes = 2 * json.length;
  if (bytes > ASCII_SCRATCH_MAX) return utf8.decode(utf8Bytes.encode(json));
  if (asciiScratch.length < bytes) asciiScratch = new Uint8Array(Math.min(ASCII_SCRATCH_MAX, Math.max(bytes, 2 * asciiScratch.length)));
  const { written } = utf8Bytes.encodeInto(json, asciiScratch);
  return utf8.decode(asciiScratch.subarray(0, written));
}

const ASCII_SCRATCH_MAX = 1 << 20;
let asciiScratch = new Uint8Array(1 << 14);

/**
 * The note in a line whose claim strings index `strings`; its details and claims are built on
 * first access. Undefined if the line is not a whole note.
 */
export function decodeNote(line: string, strings: readonly string[]): Note | undefined {
  const tab1 = line.indexOf('\t');
  const tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
  if (tab2 < 0) return undefined;
  // Copies, not slices: a slice would keep the whole line alive.
  return decodeNoteParts(line.slice(0, tab1), detach(line.slice(tab1 + 1, tab2)), detach(line.slice(tab2 + 1)), strings);
}

const TAB = 9;
const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]

/**
 * Like `decodeNote`, for the line `bytes[start, end)` of a cache file read as bytes: only the
 * index row is decoded now; details and claims stay bytes (views of `bytes`) until first use.
 */
export function decodeNoteLine(bytes: Uint8Array, start: number, end: number, strings: readonly string[]): Note | undefined {
  const tab1 = bytes.indexOf(TAB, start);
  const tab2 = tab1 < 0 || tab1 >= end ? -1 : bytes.indexOf(TAB, tab1 + 1);
  if (tab2 < 0 || tab2 >= end) return undefined;
  if (bytes[tab1 + 1] !== OPEN || bytes[tab2 - 1] !== CLOSE || bytes[tab2 + 1] !== OPEN || bytes[end - 1] !== CLOSE) return undefined;
  let row: unknown;
  try {
    row = JSON.parse(utf8.decode(bytes.subarray(start, tab1)));
  } catch {
    return undefined;
  }
  return decodeIndexRow(row, bytes.subarray(tab1 + 1, tab2), bytes.subarray(tab2 + 1, end), strings);
}

/**
 * The same note held compactly: claims as rows over the string pool, details as JSON, each built
 * again on demand (recently built claims are kept).
 */
export function compactNote(note: Note, table: StringTable = pool): Note {
  if ((note as LazyNote)[STATE]) return note;
  const claims = note.claims;
  // What the index reads without building claims, gathered in one pass.
  // (Pushed, not preallocated: V8 keeps pushed arrays packed, which later reads prefer.)
  const keys: (string | null)[] = [];
  const values: number[] = [];
  const verdicts: Evaluation['verdict'][] = [];
  const bounds: Bound[] = [];
  const tally: ClaimTally = { consistent: 0, inconsistent: 0, unverifiable: 0 };
  for (const c of claims) {
    keys.push(c.key);
    values.push(c.quantity.value);
    verdicts.push(c.evaluation.verdict);
    bounds.push(boundOf(c.quantity.hedge));
    tally[c.evaluation.verdict]++;
  }
  const state: NoteState = {
    claims: { rows: encodeRows(claims, table), strings: table.strings, value: claims, keys, values, verdicts, bounds, tally },
    detail: { text: asciiJson(encodeDetail(note)), value: undefined },
    wikilinks: noteLinksIn(note.links).map(detachLink),
  };
  remember(state.claims);
  return attach(detachIndexFields(pickIndexFields(note)), state);
}

/** Moves a compact note's rows onto `table` (so a cache can be written with one table). */
export function rebaseNote(note: Note, table: StringTable): void {
  const state = (note as LazyNote)[STATE];
  if (!state || state.claims.strings === table.strings) return;
  state.claims.rows = remapRows(jsonText(state.claims.rows), state.claims.strings, table);
  state.claims.strings = table.strings;
}

/** A copy of a note with some fields replaced, still compact if the original was. */
export function withNoteFields(note: Note, fields: Partial<IndexFields>): Note {
  const state = (note as LazyNote)[STATE];
  if (!state) return { ...note, ...fields };
  return attach({ ...pickIndexFields(note), ...fields }, state);
}

/** Claim keys of a note, in claim order, without building its claims. */
export function claimKeysOf(note: Note): readonly (string | null)[] {
  const state = (note as LazyNote)[STATE];
  return state ? state.claims.keys : note.claims.map((c) => c.key);
}

/** Claimed values of a note, in claim order, without building its claims. */
export function claimValuesOf(note: Note): readonly number[] {
  const state = (note as LazyNote)[STATE];
  return state ? state.claims.values : note.claims.map((c) => c.quantity.value);
}

/** Verdicts of a note, in claim order, without building its claims. */
export function claimVerdictsOf(note: Note): readonly Evaluation['verdict'][] {
  const state = (note as LazyNote)[STATE];
  return state ? state.claims.verdicts : note.claims.map((c) => c.evaluation.verdict);
}

/** How each claim of a note bounds its value, in claim order, without building its claims. */
export function claimBoundsOf(note: Note): readonly Bound[] {
  const state = (note as LazyNote)[STATE];
  return state ? state.claims.bounds : note.claims.map((c) => boundOf(c.quantity.hedge));
}

/** Per claim of a note, what a report names it by: its quantity as written, its subject and where it starts. */
export interface ClaimLabels {
  raws: readonly string[];
  subjects: readonly string[];
  starts: readonly number[];
  ends: readonly number[];
}

/**
 * A note's claim labels, read from its rows without building its claims (or from the claims, if built), and kept:
 * conflicts name the same few claims of other notes again and again.
 */
export function claimLabelsOf(note: Note): ClaimLabels {
  const state = (note as LazyNote)[STATE];
  if (state?.claims.labels) return state.claims.labels;
  const built = state ? state.claims.value : note.claims;
  let labels: ClaimLabels;
  if (built) {
    labels = { raws: built.map((c) => c.quantity.raw), subjects: built.map((c) => c.subject), starts: built.map((c) => c.quantity.span.start), ends: built.map((c) => c.quantity.span.end) };
  } else {
    const { rows: text, strings } = state!.claims;
    const rows = JSON.parse(jsonText(text)) as Row[];
    const raws: string[] = [];
    const subjects: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (const r of rows) {
      raws.push(strings[r[2] as number]!);
      subjects.push(strings[r[13] as number]!);
      starts.push(r[0] as number);
      ends.push(r[1] as number);
    }
    labels = { raws, subjects, starts, ends };
  }
  if (state) state.claims.labels = labels;
  return labels;
}

/** Verdict counts of a note without building its claims. */
export function claimTallyOf(note: Note): ClaimTally {
  const state = (note as LazyNote)[STATE];
  return state ? state.claims.tally : tallyOf(note.claims);
}

/** The note's links to other notes (wikilinks, and markdown links to .md files) without building its other details. */
export function noteLinksOf(note: Note): readonly Link[] {
  const state = (note as LazyNote)[STATE];
  return state ? state.wikilinks : noteLinksIn(note.links);
}

export function tallyOf(claims: readonly Claim[]): ClaimTally {
  const t: ClaimTally = { consistent: 0, inconsistent: 0, unverifiable: 0 };
  for (const c of claims) t[c.evaluation.verdict]++;
  return t;
}

function noteLinksIn(links: readonly Link[]): Link[] {
  return links.filter((l) => l.kind === 'wikilink' || (l.kind === 'markdown' && isNoteFileTarget(l.target)));
}

/** A markdown link's target that is a note of the workspace: a relative path to a .md file ("kv.md", "../a%20b.md#x"). */
export function isNoteFileTarget(target: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//')) return false;
  return /\.(?:md|markdown)$/i.test(target.replace(/[?#].*$/s, ''));
}

/**
 * The index outlives the note's text: copy every string it keeps, or one slice keeps the whole
 * text alive (talks and problems arrive interned from analyzeNote).
 */
function detachIndexFields(f: IndexFields): IndexFields {
  const opt = (s: string | null): string | null => (s === null ? null : detach(s));
  return {
    ...f,
    id: detach(f.id),
    name: detach(f.name),
    title: detach(f.title),
    date: f.date ? { iso: detach(f.date.iso), original: detach(f.date.original) } : null,
    tags: f.tags.map(detach),
    event: opt(f.event),
  };
}

function detachLink(l: Link): Link {
  const out: Link = { ...l, target: detach(l.target) };
  if (l.section !== undefined) out.section = detach(l.section);
  if (l.label !== undefined) out.label = detach(l.label);
  return out;
}

function pickIndexFields(note: Note): IndexFields {
  const out = {} as Record<string, unknown>;
  for (const key of INDEX_FIELDS) out[key] = note[key];
  return out as unknown as IndexFields;
}

// ---------------------------------------------------------------------------
// Recently built claims stay built; older ones go back to rows (their objects are freed
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

// Details (frontmatter, headings, sections, links, line starts) stay built once read, unless a limit is
// set: the extension keeps the 2,048 most recently built (publishing diagnostics reads every note's line
// starts once, and keeping them all cost its host ~70 MB at 10,000 notes). The CLI keeps them all: it reads
// a note's line starts for its claims, then its problems, then its conflicts, and a limit made it 30% slower.
let detailLimit = Number.POSITIVE_INFINITY;
const recentDetails = new Set<DetailState>();

/** How many notes' details stay built (default: all). */
export function setDetailCacheLimit(limit: number): void {
  detailLimit = limit;
  trimDetails();
}

function trimDetails(): void {
  while (recentDetails.size > detailLimit) {
    const oldest = recentDetails.values().next().value as DetailState;
    recentDetails.delete(oldest);
    oldest.value = undefined;
  }
}

function detailOf(state: DetailState): Detail {
  let value = state.value;
  if (value === undefined) {
    value = state.value = decodeDetail(JSON.parse(jsonText(state.text)) as Row);
    if (detailLimit !== Number.POSITIVE_INFINITY) {
      recentDetails.add(state);
      trimDetails();
    }
  }
  return value;
}

/** A detail's text is what gets written, built or not. */
function detailText(state: DetailState): string {
  return jsonText(state.text);
}

// One getter per field for all notes (not a closure per note), so every compact note shares
// one object shape.
function claimsGetter(this: LazyNote): Claim[] {
  const claims = this[STATE]!.claims;
  if (claims.value === undefined) claims.value = decodeRows(jsonText(claims.rows), claims.strings);
  remember(claims);
  return claims.value;
}

const DETAIL_GETTERS = new Map<DetailField, (this: LazyNote) => unknown>(
  DETAIL_FIELDS.map((field) => [
    field,
    field === 'lineStarts'
      ? function (this: LazyNote): unknown {
          const detail = this[STATE]!.detail;
          if (detail.value !== undefined) return detail.value.lineStarts;
          return (detail.lineStarts ??= lineStartsOnly(detail.text) ?? detailOf(detail).lineStarts);
        }
      : function (this: LazyNote): unknown {
          return detailOf(this[STATE]!.detail)[field];
        },
  ]),
);

/**
 * The line starts of a detail row without decoding the rest: they are its last element, an array of numbers
 * (deltas), so the row's last "[" opens it. Undefined if the row does not end that way.
 */
function lineStartsOnly(text: LazyJson): number[] | undefined {
  try {
    const json = typeof text === 'string' ? text.slice(text.lastIndexOf('['), -1) : utf8.decode(text.subarray(text.lastIndexOf(OPEN), text.length - 1));
    const deltas: unknown = JSON.parse(json);
    return Array.isArray(deltas) && deltas.every((d) => typeof d === 'number') ? undeltas(deltas as number[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The lazy fields' descriptors, the same for every note: claims, then the details in order. */
const LAZY_FIELDS: PropertyDescriptorMap = { claims: { enumerable: true, configurable: true, get: claimsGetter } };
for (const field of DETAIL_FIELDS) LAZY_FIELDS[field] = { enumerable: true, configurable: true, get: DETAIL_GETTERS.get(field) };

function attach(fields: IndexFields, state: NoteState): Note {
  const note = fields as LazyNote;
  Object.defineProperty(note, STATE, { value: state, enumerable: false });
  Object.defineProperties(note, LAZY_FIELDS);
  return note;
}

// ---------------------------------------------------------------------------
// Index row (read at load) and detail row (read on demand), each in a fixed order.

type Row = unknown[];

// Strings that repeat across notes (claim keys, problem messages, speakers) are table indices here too.
function encodeIndexRow(note: Note, keys: readonly (string | null)[], values: readonly number[], verdicts: readonly Evaluation['verdict'][], bounds: readonly Bound[], wikilinks: readonly Link[], t: StringTable): Row {
  return [
    note.id,
    note.name,
    note.title,
    note.date ? [note.date.iso, note.date.original] : null,
    note.tags,
    note.draft ? 1 : 0,
    note.event,
    note.talks.map((k) => [t.ref(k.title), k.speakers.map((s) => [t.ref(s.name), t.ref(s.affiliation)]), t.ref(k.time), t.ref(k.event), k.span.start, k.span.end, k.source]),
    note.problems.map((p) => problemRow(p, t)),
    note.hash,
    keys.map((k) => t.ref(k)),
    verdicts.map((v) => code(VERDICTS, v)),
    wikilinks.map(linkRow),
    values.map(num),
    bounds,
  ];
}

function encodeDetail(note: Note): Row {
  const headingIndex = new Map<Heading, number>();
  note.headings.forEach((h, i) => headingIndex.set(h, i));
  return [
    note.frontmatterKind,
    note.frontmatter,
    note.frontmatterSpan ? [note.frontmatterSpan.start, note.frontmatterSpan.end] : null,
    note.context,
    note.headings.map(headingRow),
    note.sections.map((s) => [s.heading === null ? -1 : (headingIndex.get(s.heading) ?? headingRow(s.heading)), s.span.start, s.span.end]),
    note.links.map(linkRow),
    deltas(note.lineStarts),
  ];
}

function linkRow(l: Link): Row {
  return [l.kind, l.span.start, l.span.end, l.target, l.section ?? null, l.label ?? null, l.section === undefined ? 0 : 1, l.label === undefined ? 0 : 1];
}

function decodeLink(r: Row): Link {
  const link: Link = { kind: r[0] as Link['kind'], span: span(r[1], r[2]), target: r[3] as string };
  if (r[6]) link.section = r[4] as string;
  if (r[7]) link.label = r[5] as string;
  return link;
}

function headingRow(h: Heading): Row {
  return [h.depth, h.text, h.span.start, h.span.end, h.slug];
}

function problemRow(p: Problem, t: StringTable): Row {
  return [p.code, p.severity, t.ref(p.message), p.span ? [p.span.start, p.span.end] : null, p.fix ? [p.fix.span.start, p.fix.span.end, t.ref(p.fix.replacement), t.ref(p.fix.title)] : null];
}

function decodeIndexRow(raw: unknown, detail: LazyJson, rows: LazyJson, strings: readonly string[]): Note | undefined {
  if (!Array.isArray(raw) || raw.length !== 15 || typeof raw[0] !== 'string' || typeof raw[9] !== 'string' || !Array.isArray(raw[14])) return undefined;
  const m = raw as [string, string, string, [string, string] | null, string[], number, string | null, Row[], Row[], string, number[], number[], Row[], (number | string)[], Bound[]];
  const str = (i: unknown): string => strings[i as number]!;
  const strOrNull = (i: unknown): string | null => (i === NONE ? null : strings[i as number]!);
  const talks: Talk[] = m[7].map((r) => ({
    title: strOrNull(r[0]),
    speakers: (r[1] as [number, number][]).map(([name, affiliation]) => ({ name: str(name), affiliation: strOrNull(affiliation) })),
    time: strOrNull(r[2]),
    event: strOrNull(r[3]),
    span: span(r[4], r[5]),
    source: r[6] as Talk['source'],
  }));
  const problems: Problem[] = m[8].map((r) => {
    const p: Problem = { code: r[0] as Problem['code'], severity: r[1] as Problem['severity'], message: str(r[2]) };
    const s = r[3] as [number, number] | null;
    if (s) p.span = span(s[0], s[1]);
    const f = r[4] as [number, number, number, number] | null;
    if (f) p.fix = { span: span(f[0], f[1]), replacement: str(f[2]), title: str(f[3]) };
    return p;
  });
  const fields: IndexFields = {
    id: m[0],
    name: m[1],
    title: m[2],
    date: m[3] ? { iso: m[3][0], original: m[3][1] } : null,
    tags: m[4],
    draft: m[5] === 1,
    event: m[6],
    talks,
    problems,
    hash: m[9],
  };
  const verdicts = m[11].map((v) => VERDICTS[v]!);
  const tally: ClaimTally = { consistent: 0, inconsistent: 0, unverifiable: 0 };
  for (const v of verdicts) tally[v]++;
  return attach(fields, {
    claims: { rows, strings, value: undefined, keys: m[10].map(strOrNull), values: m[13].map(readNum), verdicts, bounds: m[14], tally },
    detail: { text: detail, value: undefined },
    wikilinks: m[12].map(decodeLink),
  });
}

function decodeDetail(r: Row): Detail {
  const headings: Heading[] = (r[4] as Row[]).map(decodeHeading);
  const fmSpan = r[2] as [number, number] | null;
  return {
    frontmatterKind: r[0] as Note['frontmatterKind'],
    frontmatter: r[1] as Record<string, unknown>,
    frontmatterSpan: fmSpan ? span(fmSpan[0], fmSpan[1]) : null,
    context: r[3] as Note['context'],
    headings,
    sections: (r[5] as Row[]).map((x) => ({
      heading: typeof x[0] === 'number' ? (x[0] < 0 ? null : headings[x[0]]!) : decodeHeading(x[0] as Row),
      span: span(x[1], x[2]),
    })),
    links: (r[6] as Row[]).map(decodeLink),
    lineStarts: undeltas(r[7] as number[]),
  };
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

// Closed sets travel as small codes, not table lookups (most of a row's fields).
const QUANTITY_KINDS: readonly Quantity['kind'][] = ['measure', 'count', 'multiplier', 'percent'];
const HEDGES: readonly Quantity['hedge'][] = ['exact', 'approx', 'atLeast', 'atMost'];
const CLAIM_KINDS: readonly Claim['kind'][] = ['spec', 'roofline', 'arithmetic', 'market'];
const VERDICTS: readonly Evaluation['verdict'][] = ['consistent', 'inconsistent', 'unverifiable'];
const ROUTES: readonly NonNullable<Evaluation['route']>[] = ['spec', 'model', 'arithmetic'];

function code<T>(list: readonly T[], value: T): number {
  const i = list.indexOf(value);
  if (i < 0) throw new Error(`codec: unknown value ${String(value)}`);
  return i;
}

/** Dimensions and qualifiers are shared objects (claims.ts): their JSON is computed once each. */
const jsonOf = new WeakMap<object, string>();
function objectJson(o: object): string {
  let s = jsonOf.get(o);
  if (s === undefined) jsonOf.set(o, (s = JSON.stringify(o)));
  return s;
}

// A list is one table entry (its items joined): lists repeat whole far more often than not.
const LIST_SEPARATOR = '\u0001';
const EMPTY_LIST = NONE;

interface ListNode {
  next: Map<string, ListNode>;
  ref: number | number[] | undefined;
}

function listRef(t: StringTable, list: readonly string[]): number | number[] {
  return list.length === 0 ? EMPTY_LIST : t.list(list);
}

function encodeList(t: StringTable, list: readonly string[]): number | number[] {
  if (list.length === 0) return EMPTY_LIST;
  if (list.length === 1 && !list[0]!.includes(LIST_SEPARATOR)) return t.ref(list[0]);
  // An item holding the separator (a control character copied from a note) goes item by item.
  return list.some((item) => item.includes(LIST_SEPARATOR)) ? t.refs(list) : t.ref(list.join(LIST_SEPARATOR));
}

function encodeRows(claims: readonly Claim[], t: StringTable): string {
  if (claims.length === 0) return '[]';
  // Claims of one sentence share its statement: look it up once.
  let lastStatement: string | undefined;
  let lastStatementRef = 0;
  // Neighbouring claims repeat most of their strings (unit, section, reason, model text): the same string object
  // compares at once, where a table lookup hashes and compares its text.
  const last: (string | null | undefined)[] = [];
  const lastRef: number[] = [];
  const ref = (slot: number, s: string | null | undefined): number => {
    if (last.length > slot && last[slot] === s) return lastRef[slot]!;
    last[slot] = s;
    return (lastRef[slot] = t.ref(s));
  };
  const rows = claims.map((c) => {
    const q = c.quantity;
    const e = c.evaluation;
    if (c.statement !== lastStatement) {
      lastStatement = c.statement;
      lastStatementRef = t.ref(c.statement);
    }
    return [
      q.span.start,
      q.span.end,
      ref(0, q.raw),
      code(QUANTITY_KINDS, q.kind),
      num(q.value),
      q.range ? [num(q.range[0]), num(q.range[1])] : null,
      ref(1, q.unit),
      t.objectRef(q.dimension),
      code(HEDGES, q.hedge),
      ref(2, q.noun),
      ref(3, q.per),
      q.significantDigits,
      q.qualifiers === undefined ? ABSENT : t.objectRef(q.qualifiers),
      ref(4, c.subject),
      lastStatementRef,
      c.statementSpan.start,
      c.statementSpan.end,
      ref(5, c.section),
      ref(6, c.speaker),
      code(CLAIM_KINDS, c.kind),
      c.suspicion ? [t.ref(c.suspicion.message), t.ref(c.suspicion.suggestion)] : null,
      ref(7, c.key),
      code(VERDICTS, e.verdict),
      numOrNull(e.modelValue),
      numOrNull(e.ratio),
      ref(8, e.modelText),
      e.route === null ? NONE : code(ROUTES, e.route),
      listRef(t, e.assumptions),
      listRef(t, e.derivation),
      listRef(t, e.sources),
      ref(9, e.reason),
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
  const list = (i: unknown): string[] => (Array.isArray(i) ? i.map((k: number) => strings[k]!) : i === EMPTY_LIST ? [] : strings[i as number]!.split(LIST_SEPARATOR));
  return rows.map((r) => {
    const quantity: Quantity = {
      span: span(r[0], r[1]),
      raw: str(r[2]),
      kind: QUANTITY_KINDS[r[3] as number]!,
      value: readNum(r[4]),
      range: r[5] ? [readNum((r[5] as unknown[])[0]), readNum((r[5] as unknown[])[1])] : null,
      unit: str(r[6]),
      dimension: sharedJson<Dimension>(str(r[7])),
      hedge: HEDGES[r[8] as number]!,
      significantDigits: r[11] as number,
    };
    if (r[9] !== ABSENT) quantity.noun = str(r[9]);
    if (r[10] !== ABSENT) quantity.per = str(r[10]);
    if (r[12] !== ABSENT) quantity.qualifiers = sharedJson<NonNullable<Quantity['qualifiers']>>(str(r[12]));
    const evaluation: Evaluation = {
      verdict: VERDICTS[r[22] as number]!,
      modelValue: readNumOrNull(r[23]),
      ratio: readNumOrNull(r[24]),
      modelText: strOrNull(r[25]),
      route: r[26] === NONE ? null : ROUTES[r[26] as number]!,
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
      kind: CLAIM_KINDS[r[19] as number]!,
      evaluation,
      key: strOrNull(r[21]),
    };
    const sus = r[20] as [number, number] | null;
    if (sus) claim.suspicion = { message: str(sus[0]), suggestion: str(sus[1]) };
    return claim;
  });
}

/** Slots of a row holding one string index, and those holding a list of them. */
const STRING_SLOTS = [2, 6, 7, 9, 10, 12, 13, 14, 17, 18, 21, 25, 30];
/** Slots holding either one index or a list of them. */
const STRING_LIST_SLOTS = [20, 27, 28, 29];

/** Per source table, its indices already looked up in a target table: each string is looked up once. */
const remapMemo = new WeakMap<readonly string[], { to: StringTable; map: number[] }>();

function remapRows(text: string, from: readonly string[], to: StringTable): string {
  const rows = JSON.parse(text) as Row[];
  let memo = remapMemo.get(from);
  if (!memo || memo.to !== to) remapMemo.set(from, (memo = { to, map: [] }));
  const known = memo.map;
  const map = (i: number): number => {
    if (i < 0) return i;
    let j = known[i];
    if (j === undefined) known[i] = j = to.ref(from[i]!);
    return j;
  };
  for (const r of rows) {
    for (const k of STRING_SLOTS) r[k] = map(r[k] as number);
    for (const k of STRING_LIST_SLOTS) {
      const v = r[k];
      if (Array.isArray(v)) r[k] = (v as number[]).map(map);
      else if (typeof v === 'number') r[k] = map(v);
    }
  }
  return JSON.stringify(rows);
}
