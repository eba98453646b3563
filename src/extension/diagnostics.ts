// Problems panel: verdicts (inconsistent, unverifiable), note problems (mojibake, frontmatter,
// suspicious quantities), broken wikilinks, cross-note conflicts and skipped files. Kept current
// as the index changes (throttled). A change republishes the changed notes and the notes that
// depend on them — found through link maps kept here, so a keystroke never scans the workspace.
import * as vscode from 'vscode';
import type { Note } from '../core/types.js';
import type { ConflictTable, CrossNote, IndexChange, WorkspaceIndex } from '../core/workspace.js';
import { noteDiagnostics, type DiagnosticSpec } from '../core/present/diagnostics.js';
import { AGREEMENT_FACTOR } from '../core/present/format.js';
import { boundOf, claimKeysOf, claimLabelsOf } from '../core/codec.js';
import { foldName } from '../core/speakers.js';
import { stripExtension } from '../core/workspace.js';
import type { Config } from './config.js';
import { toSeverity } from './config.js';
import type { Log } from './log.js';
import { DIAGNOSTIC_SOURCE, runInSlices, SLICE_MS, sliceStart, throttle, toRange, uriOf, yieldToEventLoop } from './util.js';


const RELATED_CONFLICTS = 3;

function linkKey(target: string): string {
  return foldName(stripExtension(target.split('/').pop() ?? target));
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('roofline-notes');
  private readonly pending = new Set<string>();
  private readonly refresh: ReturnType<typeof throttle>;
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolved target note id → notes linking to it; folded unresolved target → notes waiting for it. */
  private readonly linkers = new Map<string, Set<string>>();
  private readonly waiting = new Map<string, Set<string>>();
  /** What each published note registered in the two maps above (to undo it). */
  private readonly registered = new Map<string, { resolved: string[]; unresolved: string[] }>();
  /**
   * Cross-note state (conflicting claims, speaker misspellings) is recomputed on a slower
   * cadence: both scan the whole index, so doing it per keystroke or per indexed file would be
   * quadratic. Only notes whose cross-note state changed are republished.
   */
  private readonly slow: ReturnType<typeof throttle>;
  private readonly conflictTable: ConflictTable = new Map();
  /** Conflicting key → notes with an unverifiable claim of it (they carry the conflict diagnostics). */
  private readonly unverifiableByKey = new Map<string, string[]>();
  /** Claim keys per note as last seen, and the keys whose claims changed since the last cross-note check. */
  private readonly keysByNote = new Map<string, Set<string>>();
  private touchedKeys = new Set<string>();
  /** Notes to republish when the current full run ends (their links' targets changed during it). */
  private deferred = new Set<string>();
  /** Notes that may show a conflict diagnostic (an unverifiable claim under a conflicting key). */
  private misspellings = new Map<string, { message: string; noteIds: string[] }>();
  private misspellingNames = new Map<string, string>();
  private crossNoteDirty = false;
  /** Notes with talks, and whether a change touched talks since the last cross-note pass. */
  private readonly talkNotes = new Set<string>();
  private talksDirty = true;
  private continuation: ReturnType<typeof setImmediate> | undefined;
  /** Wikilink resolutions memoised for one batch (many notes link the same targets). */
  private resolveCache: Map<string, Note | undefined> | undefined;
  /**
   * Documents open in VS Code. Hints (unverifiable claims, by default) show only in an editor, never in
   * the Problems panel, so closed notes get none: at 10,000 notes that was ~170,000 markers nobody saw,
   * and drawing them kept the window busy while indexing.
   */
  private readonly open = new Set<string>();
  /** Diagnostics published in the current slice, not yet handed to VS Code (undefined: clear the note's). */
  private outbox: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly config: Config,
    private readonly log: Log,
    /** Whether a full indexing run is going on: cross-note checks wait for its end (they span every note). */
    private readonly isIndexing: () => boolean = () => false,
  ) {
    this.refresh = throttle(log.guard('publishing diagnostics', () => this.publishPending()), 250);
    this.slow = throttle(log.guard('checking claims across notes', () => this.publishCrossNote()), 2000);
    const off = index.onDidChange((c) => this.onChange(c));
    for (const doc of vscode.workspace.textDocuments) this.open.add(doc.uri.toString());
    const reopen = (doc: vscode.TextDocument, isOpen: boolean): void => {
      const id = doc.uri.toString();
      if (isOpen) this.open.add(id);
      else this.open.delete(id);
      if (this.index.getNote(id)) this.publishNote(id);
    };
    this.disposables.push(
      { dispose: off },
      config.onDidChange(() => this.refreshAll()),
      vscode.workspace.onDidOpenTextDocument(log.guard('showing hints of an opened note', (doc: vscode.TextDocument) => reopen(doc, true))),
      vscode.workspace.onDidCloseTextDocument(log.guard('dropping hints of a closed note', (doc: vscode.TextDocument) => reopen(doc, false))),
    );
  }

  /** Republishes everything in the background (settings changed). */
  refreshAll(): void {
    this.log.run('republishing diagnostics', () => this.publishAll());
  }

  /** Republishes every note now, in slices that yield to the event loop (Verify Claims in Workspace). */
  async publishAll(token?: { isCancellationRequested: boolean }): Promise<void> {
    this.pending.clear();
    this.queue.clear();
    this.collection.clear();
    this.resolveCache = new Map();
    this.talksDirty = true;
    this.computeCrossNote();
    const ids = [...this.index.allNotes().map((n) => n.id), ...this.index.skippedFiles().map((s) => s.id)];
    let slice = sliceStart();
    for (const id of ids) {
      if (token?.isCancellationRequested) break;
      this.publish(id);
      if (Date.now() - slice > SLICE_MS) {
        this.send();
        await yieldToEventLoop();
        slice = sliceStart();
      }
    }
    this.send();
    this.resolveCache = undefined;
  }

  /** Publishes now (Verify commands). */
  flush(): void {
    this.refresh.flush();
    if (this.crossNoteDirty && !this.crossNoteRunning && !this.isIndexing()) {
      // Now, in one go: the caller (a Verify command) shows the results next.
      this.crossNoteDirty = false;
      const ids = this.computeCrossNote(false);
      for (const id of this.deferred) ids.add(id);
      this.deferred = new Set();
      this.publishSome([...ids]);
    }
  }

  publishNote(id: string): void {
    this.pending.add(id);
    this.refresh.flush();
  }

  private onChange(change: IndexChange): void {
    for (const id of change.ids) this.pending.add(id);
    this.refresh();
  }

  private publishPending(): void {
    const changed = [...this.pending];
    this.pending.clear();
    const ids = new Set(changed);
    // During a full indexing run every note changes: notes whose links depend on the changed ones
    // are republished once, after the run, not once per target as each batch lands.
    const dependents = this.isIndexing() ? this.deferred : ids;
    for (const id of changed) {
      // Notes whose links pointed at this one, or wait for a note of its name or title.
      for (const l of this.linkers.get(id) ?? []) dependents.add(l);
      const note = this.index.getNote(id);
      if (note) {
        for (const l of this.waiting.get(foldName(note.name)) ?? []) dependents.add(l);
        for (const l of this.waiting.get(foldName(note.title)) ?? []) dependents.add(l);
      } else {
        for (const l of this.waiting.get(linkKey(id)) ?? []) dependents.add(l);
      }
    }
    for (const id of changed) this.deferred.delete(id);
    for (const id of changed) {
      // Keys this note claims now or claimed before: their cross-note checks may change.
      for (const k of this.keysByNote.get(id) ?? []) this.touchedKeys.add(k);
      const current = this.index.getNote(id);
      if (current) for (const k of claimKeysOf(current)) if (k) this.touchedKeys.add(k);
    }
    for (const id of changed) {
      const has = (this.index.getNote(id)?.talks.length ?? 0) > 0;
      if (has || this.talkNotes.has(id)) this.talksDirty = true;
      if (has) this.talkNotes.add(id);
      else this.talkNotes.delete(id);
    }
    if (changed.length) {
      this.crossNoteDirty = true;
      this.slow();
    }
    this.publishSome([...ids]);
  }

  /** Notes waiting to be published, in order (one queue: calls while a slice is pending do not start a second chain). */
  private queue = new Set<string>();

  /**
   * Publishes `ids` first, then whatever was still waiting, in slices of SLICE_MS (shared with other sliced work
   * of the same turn); the rest continues on the next turn of the event loop.
   */
  private publishSome(ids: string[]): void {
    this.queue = this.queue.size ? new Set([...ids, ...this.queue]) : new Set(ids);
    if (this.continuation) {
      clearImmediate(this.continuation);
      this.continuation = undefined;
    }
    this.drain();
  }

  private drain(): void {
    this.continuation = undefined;
    const start = sliceStart();
    this.resolveCache = new Map();
    let sent = 0;
    try {
      for (const id of this.queue) {
        this.queue.delete(id);
        sent += this.publish(id);
        // Handing the slice's diagnostics to VS Code costs in proportion to their number: it counts in the slice.
        if (Date.now() - start + sent * this.sendMsPerDiagnostic > SLICE_MS) break;
      }
    } finally {
      this.resolveCache = undefined;
      const t = performance.now();
      this.send();
      if (sent >= 100) this.sendMsPerDiagnostic = 0.7 * this.sendMsPerDiagnostic + 0.3 * ((performance.now() - t) / sent);
    }
    // setImmediate: the rest waits behind whatever else is due (input, timers), not only behind this thread's timers.
    if (this.queue.size) this.continuation = setImmediate(this.log.guard('publishing diagnostics', () => this.drain()));
  }

  private resolve(target: string): Note | undefined {
    if (!this.resolveCache) return this.index.resolveWikilink(target);
    if (this.resolveCache.has(target)) return this.resolveCache.get(target);
    const note = this.index.resolveWikilink(target);
    this.resolveCache.set(target, note);
    return note;
  }

  /** Recomputes conflicts and misspellings; returns the notes whose cross-note diagnostics may differ. */
  /** Cross-note state now, in one go (Verify commands, settings changes): every key, or the touched ones. */
  private computeCrossNote(all = true): Set<string> {
    const keys = all ? undefined : this.touchedKeys;
    if (keys) this.touchedKeys = new Set();
    return this.applyCrossNote(this.index.crossNote(keys), keys);
  }

  /** The touched keys only, a slice at a time: after an edit, work in proportion to what it touched. */
  private async computeCrossNoteSliced(): Promise<Set<string>> {
    const keys = this.touchedKeys;
    this.touchedKeys = new Set();
    const result = await runInSlices(this.index.crossNoteSteps(keys));
    // The speaker directory (for misspellings) spans every talk of the workspace: built in slices too.
    if (this.talksDirty) await runInSlices(this.index.speakerDirectorySteps());
    return this.applyCrossNote(result, keys);
  }


  /**
   * Merges fresh cross-note results for `keys` (undefined: every key) and returns the notes whose
   * conflict diagnostics may differ: those with an unverifiable claim of a key that changed.
   */
  private applyCrossNote(result: CrossNote, keys: ReadonlySet<string> | undefined): Set<string> {
    const affected = new Set<string>();
    const replaced = keys ?? new Set([...this.conflictTable.keys(), ...result.table.keys()]);
    for (const key of replaced) {
      for (const id of this.unverifiableByKey.get(key) ?? []) affected.add(id);
      const entries = result.table.get(key);
      if (entries) this.conflictTable.set(key, entries);
      else this.conflictTable.delete(key);
      const ids = result.unverifiable.get(key);
      if (ids) {
        this.unverifiableByKey.set(key, ids);
        for (const id of ids) affected.add(id);
      } else this.unverifiableByKey.delete(key);
    }
    if (!keys) this.touchedKeys = new Set();

    // The speaker directory is rebuilt over all talks: only when talks may have changed.
    if (!this.talksDirty) return affected;
    this.talksDirty = false;
    const misspellings = new Map<string, { message: string; noteIds: string[] }>();
    for (const m of this.index.speakerMisspellings()) misspellings.set(foldName(m.a), { message: m.message, noteIds: m.noteIds });
    for (const [key, m] of misspellings) {
      const old = this.misspellings.get(key);
      if (!old || old.message !== m.message || old.noteIds.join('\0') !== m.noteIds.join('\0')) for (const id of m.noteIds) affected.add(id);
    }
    for (const [key, m] of this.misspellings) if (!misspellings.has(key)) for (const id of m.noteIds) affected.add(id);
    this.misspellings = misspellings;
    this.misspellingNames = new Map([...misspellings].map(([k, v]) => [k, v.message]));
    return affected;
  }

  private crossNoteRunning = false;

  private publishCrossNote(): void {
    if (!this.crossNoteDirty) return;
    if (this.isIndexing() || this.crossNoteRunning) {
      // Once at the end of a run, not every two seconds during it (and one at a time).
      this.slow();
      return;
    }
    this.crossNoteDirty = false;
    this.crossNoteRunning = true;
    this.computeCrossNoteSliced()
      .then((ids) => {
        for (const id of this.deferred) ids.add(id);
        this.deferred = new Set();
        // Sliced like every other publish: in a workspace full of conflicts this is thousands of notes.
        this.publishSome([...ids]);
      })
      .catch((error: unknown) => this.log.error('checking claims across notes', error))
      .finally(() => {
        this.crossNoteRunning = false;
      });
  }

  private unregister(id: string): void {
    const old = this.registered.get(id);
    if (!old) return;
    for (const t of old.resolved) this.linkers.get(t)?.delete(id);
    for (const k of old.unresolved) this.waiting.get(k)?.delete(id);
    this.registered.delete(id);
  }

  private register(note: Note): void {
    const resolved: string[] = [];
    const unresolved: string[] = [];
    for (const link of note.links) {
      if (link.kind !== 'wikilink' || !link.target) continue;
      const target = this.resolve(link.target);
      if (target) {
        addTo(this.linkers, target.id, note.id);
        resolved.push(target.id);
      } else {
        const key = linkKey(link.target);
        addTo(this.waiting, key, note.id);
        unresolved.push(key);
      }
    }
    this.registered.set(note.id, { resolved, unresolved });
  }

  /** What handing one diagnostic to VS Code costs, in ms (a running average of measured sends). */
  private sendMsPerDiagnostic = 0.01;

  /** Queues a note's diagnostics for the next send; returns how many. */
  private publish(id: string): number {
    const uri = uriOf(id);
    this.unregister(id);
    const note = this.index.getNote(id);
    if (note) this.keysByNote.set(id, new Set(claimKeysOf(note).filter((k): k is string => k !== null)));
    else this.keysByNote.delete(id);
    if (!note) {
      const skipped = this.index.skippedFiles().find((s) => s.id === id);
      const severity = toSeverity(this.config.current.severity.problems);
      if (skipped && severity !== undefined) {
        const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), skipped.problem.message, severity);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = skipped.problem.code;
        this.outbox.push([uri, [d]]);
        return 1;
      }
      this.outbox.push([uri, undefined]);
      return 0;
    }
    this.register(note);
    const specs = noteDiagnostics(note, {
      severity: this.config.current.severity,
      resolveWikilink: (t) => this.resolve(t),
      conflictsOf: (n, claim) => {
        if (!claim.key || !this.conflictTable.has(claim.key)) return { others: [], total: 0 };
        // Three other notes as related locations (the message counts the rest): each costs a look at that note's lines.
        // Named by their labels: building the other notes' claims made publishing a note with many conflicts slow.
        const { entries, total } = this.index.disagreeingEntries(claim.key, claim.quantity.value, boundOf(claim.quantity.hedge), n.id, RELATED_CONFLICTS, AGREEMENT_FACTOR, this.conflictTable);
        const others = entries.flatMap((e) => {
          const note = this.index.getNote(e.noteId);
          if (!note) return [];
          const labels = claimLabelsOf(note);
          return [{ note, raw: labels.raws[e.claimIndex]!, span: { start: labels.starts[e.claimIndex]!, end: labels.ends[e.claimIndex]! } }];
        });
        return { others, total };
      },
      misspellings: this.misspellingNames,
    });
    const shown = this.open.has(id) ? specs : specs.filter((spec) => spec.severity !== 'hint');
    const diagnostics = shown.map((spec) => this.toDiagnostic(note, spec)).filter((d): d is vscode.Diagnostic => !!d);
    this.outbox.push([uri, diagnostics]);
    return diagnostics.length;
  }

  /** Hands a slice's diagnostics to VS Code in one call: one message to the window, not one per note. */
  private send(): void {
    if (this.outbox.length === 0) return;
    const entries = this.outbox;
    this.outbox = [];
    this.collection.set(entries);
  }

  private toDiagnostic(note: Note, spec: DiagnosticSpec): vscode.Diagnostic | undefined {
    const severity = toSeverity(spec.severity);
    if (severity === undefined) return undefined;
    const range = spec.span ? toRange(note, spec.span) : new vscode.Range(0, 0, 0, 0);
    const d = new vscode.Diagnostic(range, spec.message, severity);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = spec.code;
    if (spec.related?.length) {
      d.relatedInformation = spec.related.flatMap((r) => {
        const other = this.index.getNote(r.noteId);
        return other ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.noteId), toRange(other, r.span)), `${other.title}: ${r.message}`)] : [];
      });
    }
    return d;
  }

  dispose(): void {
    if (this.continuation) clearImmediate(this.continuation);
    this.refresh.dispose();
    this.slow.dispose();
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
  }
}
