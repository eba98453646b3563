// Problems panel: verdicts (inconsistent, unverifiable), note problems (mojibake, frontmatter,
// suspicious quantities), broken wikilinks, cross-note conflicts and skipped files. Kept current
// as the index changes (throttled): a changed note and the notes that link to it are republished.
import * as vscode from 'vscode';
import type { Note } from '../core/types.js';
import type { IndexChange, WorkspaceIndex } from '../core/workspace.js';
import { noteDiagnostics, type DiagnosticSpec } from '../core/present/diagnostics.js';
import { foldName } from '../core/speakers.js';
import { stripExtension } from '../core/workspace.js';
import type { Config } from './config.js';
import { toSeverity } from './config.js';
import type { Log } from './log.js';
import { DIAGNOSTIC_SOURCE, throttle, toRange, uriOf } from './util.js';

export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('roofline-notes');
  private readonly pending = new Set<string>();
  private everything = false;
  private readonly refresh: ReturnType<typeof throttle>;
  private readonly disposables: vscode.Disposable[] = [];
  /** Notes currently showing a broken-link or conflict diagnostic (they depend on other notes). */
  private readonly dependent = new Set<string>();
  private misspellings = new Map<string, string>();
  /** Notes with talks (a change to one of them can change the speaker directory). */
  private readonly talkNotes = new Set<string>();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly config: Config,
    private readonly log: Log,
  ) {
    this.refresh = throttle(log.guard('publishing diagnostics', () => this.publishPending()), 250);
    const off = index.onDidChange((c) => this.onChange(c));
    this.disposables.push({ dispose: off }, config.onDidChange(() => this.refreshAll()));
  }

  refreshAll(): void {
    this.everything = true;
    this.refresh();
  }

  /** Publishes now (Verify commands). */
  flush(): void {
    this.refresh.flush();
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
    const ids = new Set<string>();
    const everything = this.everything;
    if (this.everything) {
      this.everything = false;
      this.collection.clear();
      for (const n of this.index.allNotes()) ids.add(n.id);
      for (const s of this.index.skippedFiles()) ids.add(s.id);
    } else {
      for (const id of this.pending) {
        ids.add(id);
        for (const ref of this.index.backlinks(id)) ids.add(ref.note.id);
        // Notes claiming the same quantities may start or stop conflicting with this one.
        for (const claim of this.index.getNote(id)?.claims ?? []) if (claim.key) for (const ref of this.index.sameQuantity(claim, id)) ids.add(ref.note.id);
      }
      if (this.pending.size) {
        // Their targets may have appeared, gone or changed headings; unresolved links anywhere may now resolve.
        for (const d of this.dependent) ids.add(d);
        for (const ref of this.index.unresolvedLinks()) ids.add(ref.note.id);
      }
    }
    let talksChanged = everything;
    for (const id of everything ? ids : this.pending) {
      const has = (this.index.getNote(id)?.talks.length ?? 0) > 0;
      if (has || this.talkNotes.has(id)) talksChanged = true;
      if (has) this.talkNotes.add(id);
      else this.talkNotes.delete(id);
    }
    this.pending.clear();
    const conflicts = this.conflictMap();
    if (talksChanged) {
      // The speaker directory is rebuilt across all notes: only when talks may have changed.
      this.misspellings = new Map();
      for (const m of this.index.speakerMisspellings()) this.misspellings.set(foldName(m.a), m.message);
      for (const id of this.talkNotes) ids.add(id);
    }
    const misspellings = this.misspellings;
    for (const id of ids) this.publish(id, conflicts, misspellings);
  }

  private conflictMap(): Map<string, { note: Note; claim: Note['claims'][number] }[]> {
    const map = new Map<string, { note: Note; claim: Note['claims'][number] }[]>();
    for (const c of this.index.conflicts()) map.set(c.key, c.claims);
    return map;
  }

  private publish(id: string, conflicts: Map<string, { note: Note; claim: Note['claims'][number] }[]>, misspellings: Map<string, string>): void {
    const uri = uriOf(id);
    const note = this.index.getNote(id);
    if (!note) {
      const skipped = this.index.skippedFiles().find((s) => s.id === id);
      const severity = toSeverity(this.config.current.severity.problems);
      if (skipped && severity !== undefined) {
        const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), skipped.problem.message, severity);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = skipped.problem.code;
        this.collection.set(uri, [d]);
      } else this.collection.delete(uri);
      this.dependent.delete(id);
      return;
    }
    const s = this.config.current;
    const specs = noteDiagnostics(note, {
      severity: s.severity,
      resolveWikilink: (t) => this.index.resolveWikilink(t),
      conflictsOf: (n, claim) => {
        if (!claim.key) return [];
        const all = conflicts.get(claim.key);
        if (!all) return [];
        return all.filter((o) => o.note.id !== n.id && Math.max(o.claim.quantity.value, claim.quantity.value) / Math.min(o.claim.quantity.value, claim.quantity.value) > 1.25);
      },
      misspellings,
    });
    if (specs.some((d) => d.code === 'broken-wikilink' || d.code === 'broken-wikilink-section' || d.code === 'conflicting-claims')) this.dependent.add(id);
    else this.dependent.delete(id);
    this.collection.set(uri, specs.map((spec) => this.toDiagnostic(note, spec)).filter((d): d is vscode.Diagnostic => !!d));
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
    this.refresh.dispose();
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
  }
}
