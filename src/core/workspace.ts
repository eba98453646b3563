// The workspace index: every note analysed once, updated one note at a time.
// An edit costs O(size of the edited note) plus O(links and claims of that note)
// to update the reverse maps; queries read prebuilt maps.
import type { Claim, ClaimKind, Link, Note, Problem, Talk, Verdict } from './types.js';
import { analyzeNote, fileStem, type AnalyzeOptions } from './note.js';
import { TalkMemo } from './talks/memo.js';
import { decodeNoteBytes, DEFAULT_MAX_FILE_BYTES } from './decode.js';
import { DEFAULT_TOLERANCES } from './verify.js';
import { hashBytes } from './text.js';
import { boundOf, claimBoundsOf, claimKeysOf, claimTallyOf, claimValuesOf, claimVerdictsOf, compactNote, LOWER, POINT, UPPER, noteLinksOf, withNoteFields, type Bound, type ClaimTally } from './codec.js';
import { buildSpeakerDirectory, buildSpeakerDirectorySteps, foldName, type SpeakerEntry } from './speakers.js';

export interface IndexOptions extends AnalyzeOptions {
  /** Files larger than this are skipped with a problem. */
  maxFileBytes?: number;
}

export interface ClaimRef {
  note: Note;
  claim: Claim;
}

export interface LinkRef {
  note: Note;
  link: Link;
}

export interface TalkRef {
  note: Note;
  talk: Talk;
}

export interface ClaimFilter {
  noteId?: string;
  kind?: ClaimKind;
  verdict?: Verdict;
}

/** A file that could not be indexed, and why. */
export interface SkippedFile {
  id: string;
  problem: Problem;
}

export type IndexChange = { type: 'update' | 'remove'; ids: string[] };

/** One claim of a key: enough to compare values without building the claim. */
export interface KeyedValue {
  noteId: string;
  claimIndex: number;
  value: number;
  /** The claim, once some query built it: many claims of a key list the same few others. */
  ref?: ClaimRef;
}

/**
 * A key's claims by how they hold their value, each list sorted by value (non-positive first):
 * values ("80 GB", "~80 GB"), upper bounds ("under 5 ms") and lower bounds ("at least 10 GB").
 */
export interface KeyClaims {
  points: KeyedValue[];
  uppers: KeyedValue[];
  lowers: KeyedValue[];
}

/** Conflicting key → its claims (see WorkspaceIndex.conflictTable). */
export type ConflictTable = Map<string, KeyClaims>;

export interface CrossNote {
  table: ConflictTable;
  /** Conflicting key → notes with an unverifiable claim of it. */
  unverifiable: Map<string, string[]>;
}

/** Every claim of one key, whether they disagree, and the notes that claim it unverifiably. */
interface KeyScan {
  entries: KeyClaims;
  unverifiable: Set<string>;
  conflicting: boolean;
}

/** Sorted by value; values that agree with nothing but themselves (zero, negative, NaN) first. */
function sortByValue(entries: KeyedValue[]): KeyedValue[] {
  const rank = (v: number) => (v > 0 ? v : Number.NEGATIVE_INFINITY);
  return entries.sort((a, b) => rank(a.value) - rank(b.value) || (a.noteId < b.noteId ? -1 : a.noteId > b.noteId ? 1 : a.claimIndex - b.claimIndex));
}

function sortKeyClaims(c: KeyClaims): KeyClaims {
  sortByValue(c.points);
  sortByValue(c.uppers);
  sortByValue(c.lowers);
  return c;
}

/**
 * Whether two claims of a key disagree beyond `factor`. Two values disagree when neither is within
 * the factor of the other; a bound disagrees with a value or bound on the wrong side of it by more
 * than the factor ("84 ms" and "under 280 ms" agree; "300 ms" and "under 200 ms" do not). Two
 * upper (or two lower) bounds never disagree, and a bound only compares with positive values.
 */
export function boundsDisagree(a: Bound, v: number, b: Bound, w: number, factor: number): boolean {
  if (a === POINT && b === POINT) return !(w === v || (w > 0 && v > 0 && Math.max(w, v) / Math.min(w, v) <= factor));
  if (!(v > 0) || !(w > 0)) return false;
  const lowV = a === UPPER ? 0 : v;
  const highV = a === LOWER ? Number.POSITIVE_INFINITY : v;
  const lowW = b === UPPER ? 0 : w;
  const highW = b === LOWER ? Number.POSITIVE_INFINITY : w;
  return lowV > highW * factor || lowW > highV * factor;
}

/** First index in [from, to) where `test` holds, for a `test` false then true over that range. */
function partition(entries: readonly KeyedValue[], from: number, to: number, test: (e: KeyedValue) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(entries[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index whose value is ≥ x, in entries sorted by value (non-positive first). */
function lowerBound(entries: readonly KeyedValue[], x: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = entries[mid]!.value;
    if (v > 0 && v >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export class WorkspaceIndex {
  private readonly notes = new Map<string, Note>();
  private readonly skipped = new Map<string, SkippedFile>();
  /** folded note name → note ids (wikilink resolution). */
  private readonly byName = new Map<string, Set<string>>();
  /** folded title → note ids (wikilinks may name a note by its title). */
  private readonly byTitle = new Map<string, Set<string>>();
  /** folded target name → ids of notes linking to it. */
  private readonly linkers = new Map<string, Map<string, Link[]>>();
  /** claim key → note ids claiming it. */
  private readonly byKey = new Map<string, Set<string>>();
  /** Claims per key across the index, and each key's note ids sorted (built on a hover, dropped when the key's notes change). */
  private readonly claimCountByKey = new Map<string, number>();
  private readonly sortedIdsByKey = new Map<string, string[]>();
  private speakerCache: ReturnType<typeof buildSpeakerDirectory> | undefined;
  /** Bumped whenever talks change, so a directory built in steps knows whether it is still current. */
  private talksVersion = 0;
  private readonly listeners = new Set<(change: IndexChange) => void>();
  private optionsValue: IndexOptions;

  constructor(options: IndexOptions = {}) {
    this.optionsValue = { ...options };
  }

  get options(): IndexOptions {
    return this.optionsValue;
  }

  /** Changing options (hardware, tolerances) re-analyses every note from its cached text. */
  setOptions(options: IndexOptions, texts?: (id: string) => string | undefined): void {
    this.optionsValue = { ...options };
    if (!texts) return;
    const ids = [...this.notes.keys()];
    for (const id of ids) {
      const text = texts(id);
      if (text !== undefined) this.updateText(id, text, false);
    }
    this.emit({ type: 'update', ids });
  }

  get size(): number {
    return this.notes.size;
  }

  /**
   * Index or re-index one note from raw bytes: binary, invalid UTF-8 or oversized files are skipped
   * with a problem. A cached note whose hash matches the bytes is used as it is: no decode, no analysis.
   */
  updateBytes(id: string, bytes: Uint8Array, cached?: Note, knownHash?: string): Note | SkippedFile {
    const hash = knownHash ?? hashBytes(bytes);
    if (cached && cached.hash === hash) {
      const note = cached.id === id ? cached : withNoteFields(cached, { id });
      this.insert(note);
      this.emit({ type: 'update', ids: [id] });
      return note;
    }
    const decoded = decodeNoteBytes(bytes, this.optionsValue.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if ('problem' in decoded) {
      this.removeInternal(id);
      const skipped = { id, problem: decoded.problem };
      this.skipped.set(id, skipped);
      this.emit({ type: 'update', ids: [id] });
      return skipped;
    }
    return this.updateText(id, decoded.text, true, hash);
  }

  /** Records a file that could not be read (deleted while indexing, permissions). */
  insertSkipped(id: string, problem: Problem): void {
    this.removeInternal(id);
    this.skipped.set(id, { id, problem });
    this.emit({ type: 'update', ids: [id] });
  }

  /** Index or re-index one note from text (an open editor's buffer, for instance). */
  updateText(id: string, text: string, notify = true, hash?: string): Note {
    // A note analysed again (an edit) is the note being edited: it stays as analysed, with a memo of its lines,
    // until another note is. Compacting it on every keystroke would encode its claims only for the diagnostics
    // that follow to decode them again.
    const again = this.notes.has(id);
    if (this.editing && (this.editing.id !== id || !again)) this.settleEditing();
    if (again) this.editing ??= { id, memo: new TalkMemo() };
    const memo = this.editing?.memo;
    let note: Note;
    try {
      const analysed = analyzeNote(id, text, this.optionsValue, hash, memo);
      note = again ? analysed : compactNote(analysed);
    } catch (error) {
      // An engine failure on one note (a stack overflow on pathological nesting, say) must not stop the rest of the
      // workspace: the note is indexed empty, with a problem that says why. Its file is not touched.
      const empty = analyzeNote(id, '', this.optionsValue, hash);
      const problem: Problem = { code: 'read-failed', severity: 'error', message: `Not analysed: the engine failed on this note (${(error as Error).message}). Its text is unchanged.` };
      note = compactNote({ ...empty, problems: [problem] });
    }
    this.insert(note);
    if (notify) this.emit({ type: 'update', ids: [id] });
    return note;
  }

  /** The note analysed again most recently, kept as analysed, and the memo of its lines. */
  private editing: { id: string; memo: TalkMemo } | undefined;

  /** Compacts the note being edited (another note is now), and drops its memo. */
  private settleEditing(): void {
    const editing = this.editing;
    if (!editing) return;
    this.editing = undefined;
    const note = this.notes.get(editing.id);
    if (note) this.notes.set(editing.id, compactNote(note));
  }

  /** Inserts a cached note whose content hash the caller checked (see `announce`). */
  insertCached(id: string, note: Note): void {
    this.insert(note.id === id ? note : withNoteFields(note, { id }));
  }

  private invalidateSpeakers(): void {
    this.speakerCache = undefined;
    this.talksVersion++;
  }

  /** Tells listeners about notes added with `insert` (the parallel indexer announces each batch). */
  announce(ids: string[]): void {
    if (ids.length) this.emit({ type: 'update', ids });
  }

  /** Inserts an already analysed note (from the persistent cache or a worker); see `announce`. */
  insert(note: Note): void {
    this.removeInternal(note.id);
    this.notes.set(note.id, note);
    addTo(this.byName, foldName(note.name), note.id);
    addTo(this.byTitle, foldName(note.title), note.id);
    for (const link of noteLinksOf(note)) {
      const key = linkKey(link);
      let byNote = this.linkers.get(key);
      if (!byNote) this.linkers.set(key, (byNote = new Map()));
      const list = byNote.get(note.id);
      if (list) list.push(link);
      else byNote.set(note.id, [link]);
    }
    // Claims of one sentence or table row often share a key: a repeat is already filed.
    let previousKey: string | null = null;
    for (const key of claimKeysOf(note)) {
      if (!key) continue;
      this.claimCountByKey.set(key, (this.claimCountByKey.get(key) ?? 0) + 1);
      if (key !== previousKey) {
        addTo(this.byKey, key, note.id);
        this.sortedIdsByKey.delete(key);
      }
      previousKey = key;
    }
    if (note.talks.length) this.invalidateSpeakers();
  }

  remove(id: string): void {
    if (this.removeInternal(id)) this.emit({ type: 'remove', ids: [id] });
  }

  /** Moves a note to a new id; without new text the analysis is kept (only the name changes). */
  rename(oldId: string, newId: string, text?: string): void {
    const note = this.notes.get(oldId);
    this.removeInternal(oldId);
    if (text !== undefined) this.updateText(newId, text, false);
    else if (note) this.insert(withNoteFields(note, { id: newId, name: fileStem(newId), title: note.title === note.name ? fileStem(newId) : note.title }));
    this.emit({ type: 'update', ids: [oldId, newId] });
  }

  private removeInternal(id: string): boolean {
    this.skipped.delete(id);
    const note = this.notes.get(id);
    if (!note) return false;
    this.notes.delete(id);
    deleteFrom(this.byName, foldName(note.name), id);
    deleteFrom(this.byTitle, foldName(note.title), id);
    for (const link of noteLinksOf(note)) {
      const key = linkKey(link);
      const byNote = this.linkers.get(key);
      byNote?.delete(id);
      if (byNote && byNote.size === 0) this.linkers.delete(key);
    }
    for (const key of claimKeysOf(note)) {
      if (!key) continue;
      deleteFrom(this.byKey, key, id);
      this.sortedIdsByKey.delete(key);
      const count = (this.claimCountByKey.get(key) ?? 1) - 1;
      if (count > 0) this.claimCountByKey.set(key, count);
      else this.claimCountByKey.delete(key);
    }
    if (note.talks.length) this.invalidateSpeakers();
    return true;
  }

  getNote(id: string): Note | undefined {
    return this.notes.get(id);
  }

  allNotes(): Note[] {
    return [...this.notes.values()];
  }

  skippedFiles(): SkippedFile[] {
    return [...this.skipped.values()];
  }

  claims(filter: ClaimFilter = {}): ClaimRef[] {
    const notes = filter.noteId ? [this.notes.get(filter.noteId)].filter((n): n is Note => !!n) : this.notes.values();
    const out: ClaimRef[] = [];
    for (const note of notes) {
      for (const claim of note.claims) {
        if (filter.kind && claim.kind !== filter.kind) continue;
        if (filter.verdict && claim.evaluation.verdict !== filter.verdict) continue;
        out.push({ note, claim });
      }
    }
    return out;
  }

  /** Verdict counts over the workspace (or one note), without building any claim. */
  tally(noteId?: string): ClaimTally {
    const total: ClaimTally = { consistent: 0, inconsistent: 0, unverifiable: 0 };
    const notes = noteId ? [this.notes.get(noteId)].filter((n): n is Note => !!n) : this.notes.values();
    for (const note of notes) {
      const t = claimTallyOf(note);
      total.consistent += t.consistent;
      total.inconsistent += t.inconsistent;
      total.unverifiable += t.unverifiable;
    }
    return total;
  }

  talks(): TalkRef[] {
    const out: TalkRef[] = [];
    for (const note of this.notes.values()) for (const talk of note.talks) out.push({ note, talk });
    return out;
  }

  speakers(): SpeakerEntry[] {
    return this.speakerDirectory().speakers;
  }

  speakerMisspellings(): ReturnType<typeof buildSpeakerDirectory>['misspellings'] {
    return this.speakerDirectory().misspellings;
  }

  findSpeaker(name: string): SpeakerEntry | undefined {
    const key = foldName(name);
    return this.speakers().find((s) => s.key === key);
  }

  private speakerDirectory(): ReturnType<typeof buildSpeakerDirectory> {
    if (!this.speakerCache) {
      this.speakerCache = buildSpeakerDirectory(this.talks().map(({ note, talk }) => ({ noteId: note.id, talk })));
    }
    return this.speakerCache;
  }

  /**
   * Builds the speaker directory in steps (a generator that yields between talks), so a caller can
   * spread it over the event loop; later `speakers()` calls then find it built. A change to talks
   * meanwhile leaves it unbuilt (the next call rebuilds).
   */
  *speakerDirectorySteps(): Generator<void, void> {
    if (this.speakerCache) return;
    const version = this.talksVersion;
    const directory = yield* buildSpeakerDirectorySteps(this.talks().map(({ note, talk }) => ({ noteId: note.id, talk })));
    if (version === this.talksVersion) this.speakerCache = directory;
  }

  /** Resolves [[target]] from a note: exact file name first (case- and accent-insensitive), then title. */
  resolveWikilink(target: string): Note | undefined {
    const key = foldName(stripExtension(target.split('/').pop() ?? target));
    const ids = this.byName.get(key);
    if (ids && ids.size) return this.notes.get(firstId(ids));
    const byTitle = this.byTitle.get(key);
    return byTitle && byTitle.size ? this.notes.get(firstId(byTitle)) : undefined;
  }

  /** Links to a note (wikilinks by file name or title, markdown links by file name), from the reverse map: no scan of the workspace. */
  backlinks(noteId: string): LinkRef[] {
    const note = this.notes.get(noteId);
    if (!note) return [];
    const out: LinkRef[] = [];
    const keys = new Set([foldName(note.name), foldName(note.title)]);
    for (const key of keys) {
      for (const [id, links] of this.linkers.get(key) ?? []) {
        const from = this.notes.get(id);
        if (from) for (const link of links) out.push({ note: from, link });
      }
    }
    return keys.size > 1 ? dedupeRefs(out) : out;
  }

  unresolvedLinks(): LinkRef[] {
    const out: LinkRef[] = [];
    for (const note of this.notes.values()) {
      for (const link of noteLinksOf(note)) if (link.kind === 'wikilink' && !this.resolveWikilink(link.target)) out.push({ note, link });
    }
    return out;
  }

  /** Other notes' claims of the same quantity (same key), for "also claimed in …". */
  sameQuantity(claim: Claim, exceptNoteId?: string): ClaimRef[] {
    return this.sameQuantitySample(claim, exceptNoteId, Number.POSITIVE_INFINITY).refs;
  }

  /**
   * The first `limit` other claims of the same key (by note id) and how many there are in all:
   * only those notes' claims are built, however many notes claim the key.
   */
  sameQuantitySample(claim: Claim, exceptNoteId: string | undefined, limit: number): { refs: ClaimRef[]; total: number } {
    if (!claim.key) return { refs: [], total: 0 };
    const key = claim.key;
    // The count is kept up to date by insert and remove; only the note's own claims are taken off.
    let total = this.claimCountByKey.get(key) ?? 0;
    const own = exceptNoteId === undefined ? undefined : this.notes.get(exceptNoteId);
    if (own) for (const k of claimKeysOf(own)) if (k === key) total--;
    const refs: ClaimRef[] = [];
    for (const id of this.sortedIdsOf(key)) {
      if (refs.length >= limit) break;
      if (id === exceptNoteId) continue;
      const note = this.notes.get(id);
      if (!note) continue;
      const keys = claimKeysOf(note);
      const claims = note.claims;
      for (let i = 0; i < claims.length && refs.length < limit; i++) if (keys[i] === key) refs.push({ note, claim: claims[i]! });
    }
    return { refs, total };
  }

  /** A key's note ids in order, sorted once and kept until a note of the key changes (hovers repeat keys). */
  private sortedIdsOf(key: string): readonly string[] {
    let sorted = this.sortedIdsByKey.get(key);
    if (!sorted) {
      sorted = [...(this.byKey.get(key) ?? [])].sort();
      this.sortedIdsByKey.set(key, sorted);
    }
    return sorted;
  }

  /**
   * Cross-note disagreements in one pass over claim keys (all, or just `keys`, say those an edit
   * touched), without building any claim: for each conflicting key its claims sorted by value, and
   * the notes with an unverifiable claim of it (where a conflict is reported). A generator, yielding
   * every few hundred notes visited, so the extension can spread the work over the event loop.
   */
  *crossNoteSteps(keys?: Iterable<string>, notesPerStep = 256): Generator<void, CrossNote> {
    const table: ConflictTable = new Map();
    const unverifiable = new Map<string, string[]>();
    // Steps are counted in notes visited, not keys: a workspace may have a few dozen keys each
    // claimed in thousands of notes.
    const budget = { left: notesPerStep, every: notesPerStep };
    for (const key of keys ? [...keys] : [...this.byKey.keys()]) {
      const found = yield* this.claimsOfKeySteps(key, budget);
      if (!found.conflicting) continue;
      table.set(key, sortKeyClaims(found.entries));
      if (found.unverifiable.size) unverifiable.set(key, [...found.unverifiable]);
    }
    return { table, unverifiable };
  }

  /** `crossNoteSteps` run to the end. */
  crossNote(keys?: Iterable<string>): CrossNote {
    const steps = this.crossNoteSteps(keys);
    let r = steps.next();
    while (!r.done) r = steps.next();
    return r.value;
  }

  /** Keys claimed in two or more notes with values that disagree beyond the hedge tolerance; no claim is built. */
  conflictingKeys(): Set<string> {
    return new Set(this.crossNote().table.keys());
  }

  /** Notes with an unverifiable claim of a conflicting key (where a conflict is worth reporting); no claim is built. */
  notesWithConflicts(): Set<string> {
    return new Set([...this.crossNote().unverifiable.values()].flat());
  }

  /** For each conflicting key, every claim of it sorted by value (`crossNote().table`). */
  conflictTable(): ConflictTable {
    return this.crossNote().table;
  }

  /**
   * Every claim of one key, from claim keys, values and verdicts alone: whether its values disagree
   * beyond the hedge tolerance, and which notes claim it unverifiably.
   */
  private claimsOfKey(key: string): KeyScan {
    const steps = this.claimsOfKeySteps(key, { left: Number.POSITIVE_INFINITY, every: Number.POSITIVE_INFINITY });
    let r = steps.next();
    while (!r.done) r = steps.next();
    return r.value;
  }

  /** `claimsOfKey`, yielding whenever `budget` notes have been visited (the budget spans keys). */
  private *claimsOfKeySteps(key: string, budget: { left: number; every: number }): Generator<void, KeyScan> {
    const tolerance = 1 + (this.optionsValue.tolerances?.approx ?? DEFAULT_TOLERANCES.approx);
    const entries: KeyClaims = { points: [], uppers: [], lowers: [] };
    const unverifiable = new Set<string>();
    const ids = this.byKey.get(key);
    if (!ids || ids.size < 2) return { entries, unverifiable, conflicting: false };
    // Extremes of positive values, of upper bounds (the lowest) and of lower bounds (the highest).
    let min = Number.POSITIVE_INFINITY;
    let max = 0;
    let positives = 0;
    let lowestUpper = Number.POSITIVE_INFINITY;
    let highestLower = 0;
    for (const id of ids) {
      if (--budget.left <= 0) {
        budget.left = budget.every;
        yield;
      }
      const note = this.notes.get(id);
      if (!note) continue;
      const noteKeys = claimKeysOf(note);
      const values = claimValuesOf(note);
      const verdicts = claimVerdictsOf(note);
      const bounds = claimBoundsOf(note);
      for (let i = 0; i < noteKeys.length; i++) {
        if (noteKeys[i] !== key) continue;
        const value = values[i]!;
        const bound = bounds[i]!;
        const entry: KeyedValue = { noteId: id, claimIndex: i, value };
        if (verdicts[i] === 'unverifiable') unverifiable.add(id);
        if (bound === UPPER) {
          entries.uppers.push(entry);
          if (value > 0 && value < lowestUpper) lowestUpper = value;
          continue;
        }
        if (bound === LOWER) {
          entries.lowers.push(entry);
          if (value > highestLower) highestLower = value;
          continue;
        }
        entries.points.push(entry);
        if (!(value > 0)) continue;
        positives++;
        if (value < min) min = value;
        if (value > max) max = value;
      }
    }
    const conflicting =
      (positives >= 2 && max / min > tolerance) ||
      (positives > 0 && (max > lowestUpper * tolerance || highestLower > min * tolerance)) ||
      highestLower > lowestUpper * tolerance;
    return { entries, unverifiable, conflicting };
  }

  /**
   * Claims in other notes of the same key whose values differ by more than `factor` (the first `limit`
   * built, all counted), from a `conflictTable`. Without a table the key's notes are scanned.
   */
  disagreeing(claim: Claim, exceptNoteId: string | undefined, limit: number, factor = 1 + DEFAULT_TOLERANCES.approx, table?: ConflictTable): { refs: ClaimRef[]; total: number } {
    const refs: ClaimRef[] = [];
    if (!claim.key) return { refs, total: 0 };
    const key = claim.key;
    const total = this.disagreeingSteps(key, claim.quantity.value, boundOf(claim.quantity.hedge), exceptNoteId, factor, table, (e) => {
      if (!e.ref) {
        const note = this.notes.get(e.noteId);
        // The note may have been re-analysed since the table was built: only the same claim counts.
        const c = note && claimKeysOf(note)[e.claimIndex] === key ? note.claims[e.claimIndex] : undefined;
        if (note && c) e.ref = { note, claim: c };
      }
      if (e.ref) refs.push(e.ref);
      return refs.length < limit;
    }, limit > 0);
    return { refs, total };
  }

  /**
   * `disagreeing` for a claim given by its key, value and bound, as table entries: no claim is built
   * (a report names thousands of conflicts, and building every claim of every note twice cost it seconds).
   */
  disagreeingEntries(key: string, value: number, bound: Bound, exceptNoteId: string | undefined, limit: number, factor: number, table?: ConflictTable): { entries: KeyedValue[]; total: number } {
    const entries: KeyedValue[] = [];
    const total = this.disagreeingSteps(key, value, bound, exceptNoteId, factor, table, (e) => {
      const note = this.notes.get(e.noteId);
      if (note && claimKeysOf(note)[e.claimIndex] === key) entries.push(e);
      return entries.length < limit;
    }, limit > 0);
    return { entries, total };
  }

  /** The count of disagreeing claims; `take` is called on them (not the note's own), far values first, until it returns false. */
  private disagreeingSteps(key: string, v: number, bound: Bound, exceptNoteId: string | undefined, factor: number, table: ConflictTable | undefined, take: (e: KeyedValue) => boolean, wanted: boolean): number {
    const lists = table ? table.get(key) : sortKeyClaims(this.claimsOfKey(key).entries);
    if (!lists) return 0;
    // Each list's disagreeing claims are one or two runs of it, found by binary search; far values come first.
    const runs: { entries: readonly KeyedValue[]; from: number; to: number; down: boolean }[] = [];
    const run = (entries: readonly KeyedValue[], from: number, to: number, down: boolean) => {
      if (to > from) runs.push({ entries, from, to, down });
    };
    if (bound === POINT) {
      let points = lists.points;
      const agrees = (w: number) => !boundsDisagree(POINT, v, POINT, w, factor);
      // The agreeing values are one run of the sorted list (values within the factor of v).
      let lo = points.length;
      let hi = points.length;
      if (v > 0) {
        // Binary searches, then a step or two for rounding at the edges.
        lo = lowerBound(points, v / factor);
        while (lo > 0 && agrees(points[lo - 1]!.value)) lo--;
        while (lo < points.length && !agrees(points[lo]!.value) && points[lo]!.value <= v) lo++;
        hi = Math.max(lo, lowerBound(points, v * factor * (1 + 1e-12)));
        while (hi > lo && !agrees(points[hi - 1]!.value)) hi--;
        while (hi < points.length && agrees(points[hi]!.value)) hi++;
      } else {
        // Zero, negative or NaN: only an equal value agrees (rare; a scan is fine).
        const equal = points.filter((e) => e.value === v);
        lo = 0;
        hi = equal.length;
        points = [...equal, ...points.filter((e) => e.value !== v)];
      }
      run(points, hi, points.length, true);
      run(points, 0, lo, false);
      if (v > 0) {
        // Upper bounds below v, lower bounds above it (beyond the factor).
        const uppers = lists.uppers;
        const firstUpper = lowerBound(uppers, Number.MIN_VALUE);
        run(uppers, firstUpper, partition(uppers, firstUpper, uppers.length, (e) => !boundsDisagree(POINT, v, UPPER, e.value, factor)), false);
        const lowers = lists.lowers;
        run(lowers, partition(lowers, 0, lowers.length, (e) => boundsDisagree(POINT, v, LOWER, e.value, factor)), lowers.length, true);
      }
    } else if (v > 0) {
      // An upper bound disagrees with values and lower bounds above it; a lower bound with values and upper bounds below it.
      const above = (entries: readonly KeyedValue[], other: Bound) => run(entries, partition(entries, 0, entries.length, (e) => boundsDisagree(bound, v, other, e.value, factor)), entries.length, true);
      const below = (entries: readonly KeyedValue[], other: Bound) => {
        const first = lowerBound(entries, Number.MIN_VALUE);
        run(entries, first, partition(entries, first, entries.length, (e) => !boundsDisagree(bound, v, other, e.value, factor)), false);
      };
      if (bound === UPPER) {
        above(lists.points, POINT);
        above(lists.lowers, LOWER);
      } else {
        below(lists.points, POINT);
        below(lists.uppers, UPPER);
      }
    }
    // Count without walking the runs, less the note's own claims.
    let total = 0;
    for (const r of runs) total += r.to - r.from;
    const own = exceptNoteId === undefined ? undefined : this.notes.get(exceptNoteId);
    if (own) {
      const keys = claimKeysOf(own);
      const values = claimValuesOf(own);
      const bounds = claimBoundsOf(own);
      for (let i = 0; i < keys.length; i++) if (keys[i] === key && boundsDisagree(bound, v, bounds[i]!, values[i]!, factor)) total--;
    }
    const visit = (e: KeyedValue): boolean => e.noteId === exceptNoteId || take(e);
    // Far values first: values from the top down, then from the bottom up, then bounds; stop once `take` has enough.
    let more = wanted;
    for (const r of runs) {
      if (r.down) for (let i = r.to - 1; more && i >= r.from; i--) more = visit(r.entries[i]!);
      else for (let i = r.from; more && i < r.to; i++) more = visit(r.entries[i]!);
    }
    return total;
  }

  /** Conflicting keys with every claim of each (each note involved is built once); `table` if the caller has one. */
  conflicts(table: ConflictTable = this.crossNote().table): { key: string; claims: ClaimRef[] }[] {
    const byNote = new Map<string, { claimIndex: number; refs: ClaimRef[] }[]>();
    const out: { key: string; claims: ClaimRef[] }[] = [];
    for (const [key, lists] of table) {
      const refs: ClaimRef[] = [];
      out.push({ key, claims: refs });
      for (const e of [...lists.points, ...lists.uppers, ...lists.lowers]) {
        let list = byNote.get(e.noteId);
        if (!list) byNote.set(e.noteId, (list = []));
        list.push({ claimIndex: e.claimIndex, refs });
      }
    }
    for (const [id, wanted] of byNote) {
      const note = this.notes.get(id)!;
      const claims = note.claims;
      for (const w of wanted) w.refs.push({ note, claim: claims[w.claimIndex]! });
    }
    return out;
  }

  onDidChange(listener: (change: IndexChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: IndexChange): void {
    for (const l of this.listeners) {
      try {
        l(change);
      } catch {
        // A listener's failure must not break indexing.
      }
    }
  }
}

/** The smallest id of a non-empty set (the usual single one without sorting). */
function firstId(ids: ReadonlySet<string>): string {
  let best: string | undefined;
  for (const id of ids) if (best === undefined || id < best) best = id;
  return best!;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

function deleteFrom(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}

/** The reverse-map key of a wikilink target: its file name, folded ("Notes/H100.md" → "h100"). */
function linkKey(link: Link): string {
  // A markdown link's target is a URL path: drop "#section" and "?query", decode "%20".
  let target = link.target;
  if (link.kind === 'markdown') {
    target = target.replace(/[?#].*$/s, '');
    try {
      target = decodeURIComponent(target);
    } catch {
      // A stray "%": the path as written.
    }
  }
  // The part after the last "/" (the whole target when it has none), without splitting it up.
  return foldName(stripExtension(target.slice(target.lastIndexOf('/') + 1)));
}

export function stripExtension(name: string): string {
  return name.replace(/\.(md|markdown)$/i, '');
}

function dedupeRefs(refs: LinkRef[]): LinkRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.note.id}:${r.link.span.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
