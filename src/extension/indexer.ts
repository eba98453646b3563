// Background indexing. activate() only constructs this; start() schedules the first run on a
// timer. A run lists the notes (include/exclude settings and files.exclude: local folders are walked
// here, others searched with findFiles), reads them in small batches with workspace.fs and yields to
// the event loop between slices, so the extension host never blocks for long. The index fires change events per note, so the
// views fill while the run goes on. Open markdown documents are always indexed from their
// buffer (debounced while typing); closed files from disk (file watcher, renames).
import * as vscode from 'vscode';
import type { Note } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { combineGlobs, matchesAny } from '../core/present/glob.js';
import { FileEvents } from './fileEvents.js';
import type { IndexCache } from './indexCache.js';
import type { Config } from './config.js';
import type { Log } from './log.js';
import { SLICE_MS, sliceStart, isMarkdown, readFile, setContext, type Read, yieldToEventLoop } from './util.js';
import { defaultWorkerCount, indexFilesInParallel } from '../node/parallel.js';
import { listFiles } from '../node/listFiles.js';

const BATCH = 16;
const EDIT_DEBOUNCE_MS = 300;
/** Index workers run at a lower priority than the editor (a nice value; 19 is the lowest). */
const WORKER_NICE = 10;
/** Below this, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 200;

export interface RunResult {
  files: number;
  indexed: number;
  cancelled: boolean;
  ms: number;
  /** Worker threads the run used (0: it ran in the extension host). */
  workers: number;
  /** The longest the extension host's event loop was held up while the run went on. */
  longestStallMs: number;
  /** Notes taken from the persistent cache (same content hash) instead of being analysed again. */
  reused: number;
  /** Notes read from the cache file at the start of the run (0: no cache, or stale, corrupt, not the first run). */
  cacheLoaded: number;
}

/** Watches the event loop with a short timer: how late a tick fires is how long the host was busy. */
function stallMonitor(): { stop(): number } {
  const period = 10;
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - period);
    last = now;
  }, period);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(0, Math.round(Math.max(longest, performance.now() - last - period)));
    },
  };
}

export class Indexer implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Document version each open note was last indexed at. */
  private readonly versions = new Map<string, number>();
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly files: FileEvents;
  private running: Promise<RunResult> | undefined;
  private runCancel: vscode.CancellationTokenSource | undefined;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  private started = false;
  private resolveStarted!: () => void;
  private readonly startedPromise = new Promise<void>((r) => (this.resolveStarted = r));
  private disposed = false;

  /** Notes from the persistent cache, used by the first full run only. */
  private cached: Map<string, Note> | undefined;
  private fullRunDone = false;
  private lastRunValue: RunResult | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly config: Config,
    private readonly log: Log,
    private readonly cache?: IndexCache,
    /** The bundled worker script (dist/indexWorker.cjs); without it, runs stay in the extension host. */
    private readonly workerScript?: string,
  ) {
    this.files = new FileEvents(this, index, config, log);
    const g = <A extends unknown[]>(what: string, fn: (...a: A) => unknown) => log.guard(what, fn);
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(g('indexing an opened document', (doc: vscode.TextDocument) => this.onOpen(doc))),
      vscode.workspace.onDidChangeTextDocument(g('indexing an edit', (e: vscode.TextDocumentChangeEvent) => this.onEdit(e))),
      vscode.workspace.onDidCloseTextDocument(g('handling a closed document', (doc: vscode.TextDocument) => this.onClose(doc))),
      vscode.workspace.onDidRenameFiles(g('handling renamed files', (e: vscode.FileRenameEvent) => this.onRename(e))),
      vscode.workspace.onDidChangeWorkspaceFolders(g('handling workspace folders', () => this.restart())),
    );
  }

  /** Schedules the first run (outside activate) and starts watching files. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.startTimer = setTimeout(() => {
      this.startTimer = undefined;
      this.resolveStarted();
      if (this.disposed) return;
      this.files.watch();
      for (const doc of vscode.workspace.textDocuments) this.onOpen(doc);
      this.log.run('indexing the workspace', () => this.reindexAll());
    }, 0);
  }

  /** Resolves when the current (or first) run is over and pending edits and file events are applied. */
  async whenIndexed(): Promise<void> {
    await this.startedPromise;
    for (;;) {
      this.flushEdits();
      const run = this.running;
      if (run) await run.catch(() => undefined);
      await this.files.settle();
      if (!this.running && this.files.idle && this.editTimers.size === 0) return;
    }
  }

  /** Resolves when every index cache write started so far is done (or has failed and been logged). */
  whenCacheWritten(): Promise<void> {
    return this.cache?.whenWritten() ?? Promise.resolve();
  }

  /** The last finished full run. */
  get lastRun(): RunResult | undefined {
    return this.lastRunValue;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  get isIndexing(): boolean {
    return this.running !== undefined;
  }

  /** Re-reads every note (new run; a run in progress is cancelled). With a token, reports progress there. */
  reindexAll(options: { token?: vscode.CancellationToken; progress?: vscode.Progress<{ message?: string; increment?: number }> } = {}): Promise<RunResult> {
    this.runCancel?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.runCancel = cts;
    const sub = options.token?.onCancellationRequested(() => cts.cancel());
    const task = async (progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<RunResult> => {
      setContext('rooflineNotes.indexing', true);
      try {
        return await this.run(cts.token, progress);
      } finally {
        sub?.dispose();
        if (this.runCancel === cts) {
          this.runCancel = undefined;
          setContext('rooflineNotes.indexing', false);
        }
        cts.dispose();
      }
    };
    const promise: Promise<RunResult> = options.progress
      ? task(options.progress)
      : Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Roofline Notes: indexing notes' }, (p) => task(p)));
    this.running = promise;
    const clear = (): void => {
      if (this.running === promise) this.running = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }

  /** The note for an open document, analysed now if the buffer changed since it was last indexed. */
  ensureFresh(document: vscode.TextDocument): Note | undefined {
    if (!this.accepts(document)) return undefined;
    const id = document.uri.toString();
    if (this.versions.get(id) !== document.version || !this.index.getNote(id)) this.indexDocument(document);
    return this.index.getNote(id);
  }

  /** Re-analyses a document now (Verify This Note). */
  reindexDocument(document: vscode.TextDocument): Note | undefined {
    if (!this.accepts(document)) return undefined;
    this.indexDocument(document);
    return this.index.getNote(document.uri.toString());
  }

  /** Markdown documents in schemes we index (files, untitled, and the workspace's own, e.g. vscode-vfs). */
  accepts(document: vscode.TextDocument): boolean {
    if (!isMarkdown(document)) return false;
    const scheme = document.uri.scheme;
    if (scheme === 'file' || scheme === 'untitled') return true;
    return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === scheme);
  }

  /** Whether a URI is a note of the workspace: inside a folder, matching include, not excluded. */
  isWorkspaceNote(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const s = this.config.current;
    return matchesAny(rel, s.include) && !matchesAny(rel, this.config.allExcludes);
  }

  private restart(): void {
    this.files.watch();
    this.log.run('re-indexing the workspace', () => this.reindexAll());
  }

  /** Settings changed: new watchers and a full run; `reanalyse` also re-analyses open documents. */
  rescan(reanalyse = false): void {
    if (!this.started) return;
    if (reanalyse) {
      this.versions.clear();
      for (const doc of vscode.workspace.textDocuments) if (this.accepts(doc)) this.indexDocument(doc);
    }
    this.restart();
  }

  // -------------------------------------------------------------------------
  // Full runs

  private async findNotes(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length > 0 && folders.every((f) => f.uri.scheme === 'file')) return this.listLocalNotes(folders, token);
    const s = this.config.current;
    const exclude = combineGlobs(this.config.allExcludes) ?? null;
    // One search for the brace-free include globs together, one per glob that has braces.
    const combined = combineGlobs(s.include);
    const patterns = [...(combined ? [combined] : []), ...s.include.filter((g) => /[{}]/.test(g))];
    const results = await Promise.all(patterns.map((p) => vscode.workspace.findFiles(p, exclude, undefined, token)));
    const seen = new Map<string, vscode.Uri>();
    for (const found of results) for (const uri of found) seen.set(uri.toString(), uri);
    return [...seen.values()].filter((u) => this.isWorkspaceNote(u)).sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /** Local folders are listed here, a folder per step (findFiles' one big result held the host for 130 ms). */
  private async listLocalNotes(folders: readonly vscode.WorkspaceFolder[], token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const s = this.config.current;
    const out: vscode.Uri[] = [];
    for (const folder of folders) {
      const rels = await listFiles(folder.uri.fsPath, {
        include: s.include,
        exclude: this.config.allExcludes,
        isCancelled: () => token.isCancellationRequested,
        onUnreadable: (dir, error) => {
          if (error.code !== 'ENOENT') this.log.warn(`Could not list ${dir} (${error.code ?? error.message}); its notes are not indexed.`);
        },
        onTruncated: (count) => this.log.warn(`Stopped listing ${folder.uri.fsPath} after ${count} folders (a link to a large tree?); notes further in are not indexed. Exclude it with rooflineNotes.exclude.`),
      });
      let slice = sliceStart();
      for (const rel of rels) {
        const uri = vscode.Uri.joinPath(folder.uri, rel);
        // Nested workspace folders: a note is listed once, by the innermost folder (whose globs it matched).
        if (folders.length === 1 || vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === folder.uri.toString()) out.push(uri);
        // Uri caches both: the run reads them for every note right after, in one go.
        void uri.toString();
        void uri.fsPath;
        if (Date.now() - slice > SLICE_MS) {
          await yieldToEventLoop();
          slice = sliceStart();
        }
      }
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  private async run(token: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<RunResult> {
    const t0 = Date.now();
    const stalls = stallMonitor();
    try {
      return await this.runMonitored(token, progress, t0, stalls);
    } finally {
      stalls.stop();
    }
  }

  private async runMonitored(token: vscode.CancellationToken, progress: vscode.Progress<{ message?: string; increment?: number }> | undefined, t0: number, stalls: { stop(): number }): Promise<RunResult> {
    const uris = await this.findNotes(token);
    const listed = Date.now() - t0;
    const result: RunResult = { files: uris.length, indexed: 0, cancelled: false, ms: 0, workers: 0, longestStallMs: 0, reused: 0, cacheLoaded: 0 };
    if (token.isCancellationRequested) return { ...result, cancelled: true, ms: Date.now() - t0 };
    const wanted = new Set(uris.map((u) => u.toString()));
    const open = this.openDocuments();
    // Notes that no longer match (deleted meanwhile, or settings changed) go, unless open in an editor.
    for (const note of this.index.allNotes()) if (!wanted.has(note.id) && !open.has(note.id)) this.index.remove(note.id);
    for (const skipped of this.index.skippedFiles()) if (!wanted.has(skipped.id)) this.index.remove(skipped.id);

    // The persistent cache is read (a slice at a time) while the workers start up.
    const loading = (!this.fullRunDone && this.cache ? this.cache.load(this.index, token) : Promise.resolve(undefined)).then((notes) => {
      result.cacheLoaded = notes?.size ?? 0;
      return notes;
    });
    progress?.report({ message: `0/${uris.length} notes` });
    const workers = this.workerCount(uris);
    if (workers > 0) {
      try {
        result.workers = workers;
        await this.runWithWorkers(uris, workers, token, progress, result, loading);
      } catch (error) {
        // Workers unavailable (a restricted host, a missing bundle): index here instead.
        this.log.warn(`Index workers failed (${(error as Error).message}); indexing in the extension host.`);
        result.indexed = 0;
        result.workers = 0;
        result.reused = 0;
        this.cached = await loading;
        await this.runInHost(uris, token, progress, result);
      }
    } else {
      this.cached = await loading;
      await this.runInHost(uris, token, progress, result);
    }
    result.cancelled = token.isCancellationRequested;
    result.ms = Date.now() - t0;
    result.longestStallMs = stalls.stop();
    if (!result.cancelled && !this.disposed) {
      this.fullRunDone = true;
      this.cached = undefined;
      if (this.cache) void this.cache.save(this.index);
    }
    this.log.info(`Indexed ${result.indexed} of ${result.files} note file(s) in ${result.ms} ms (listing ${listed} ms${result.workers > 0 ? `, ${result.workers} worker thread(s)` : ''}${result.reused > 0 ? `, ${result.reused} from the cache` : ''}; longest pause of the extension host ${result.longestStallMs} ms)${result.cancelled ? ' (cancelled)' : ''}.`);
    this.lastRunValue = result;
    return result;
  }

  /** Worker threads for this run: only for local files, and only when there is enough to do. */
  private workerCount(uris: vscode.Uri[]): number {
    const setting = this.config.current.indexWorkers;
    if (!this.workerScript || setting === 0 || !uris.every((u) => u.scheme === 'file')) return 0;
    // A count set by the user always applies; "auto" waits until workers pay for their start-up.
    if (setting !== 'auto') return setting;
    // One core stays with the extension host (and the window): on two cores, two workers made the
    // host wait for the CPU (pauses of 100+ ms) and finished no sooner than one.
    return uris.length < MIN_FILES_FOR_WORKERS ? 0 : Math.max(1, defaultWorkerCount() - 1);
  }

  /** Workers read and analyse; this thread inserts each batch (a few ms) and open buffers win. */
  private async runWithWorkers(
    uris: vscode.Uri[],
    workers: number,
    token: vscode.CancellationToken,
    progress: vscode.Progress<{ message?: string; increment?: number }> | undefined,
    result: RunResult,
    cached: Promise<Map<string, Note> | undefined>,
  ): Promise<void> {
    const open = this.openDocuments();
    for (const doc of open.values()) if (this.versions.get(doc.uri.toString()) !== doc.version || !this.index.getNote(doc.uri.toString())) this.indexDocument(doc);
    const files = uris.filter((u) => !open.has(u.toString())).map((u) => ({ id: u.toString(), path: u.fsPath }));
    result.indexed = uris.length - files.length;
    let reported = 0;
    const done = await indexFilesInParallel(files, this.index.options, {
      index: this.index,
      workers,
      cached,
      workerScript: this.workerScript,
      // Background work: on two cores the host, the window and the language servers come first.
      nice: WORKER_NICE,
      isCancelled: () => token.isCancellationRequested || this.disposed,
      skip: (id) => this.isOpen(id),
      onGone: (id) => {
        this.index.remove(id);
        this.log.info(`${id} disappeared while indexing.`);
      },
      onProgress: (count) => {
        result.indexed = uris.length - files.length + count;
        progress?.report({ message: `${result.indexed}/${uris.length} notes`, increment: (100 * (count - reported)) / Math.max(1, uris.length) });
        reported = count;
      },
    });
    result.reused = done.reused;
  }

  private isOpen(id: string): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === id && this.accepts(d));
  }

  private async runInHost(uris: vscode.Uri[], token: vscode.CancellationToken, progress: vscode.Progress<{ message?: string; increment?: number }> | undefined, result: RunResult): Promise<void> {
    for (let i = 0; i < uris.length; i += BATCH) {
      if (token.isCancellationRequested || this.disposed) break;
      const batch = uris.slice(i, i + BATCH);
      const docs = this.openDocuments();
      const reads: Read[] = await Promise.all(
        batch.map((u) =>
          docs.has(u.toString()) ? Promise.resolve(null) : readFile(u),
        ),
      );
      let slice = sliceStart();
      for (let k = 0; k < batch.length; k++) {
        if (token.isCancellationRequested) break;
        if (this.apply(batch[k]!, reads[k]!, this.openDocuments())) result.reused++;
        result.indexed++;
        if (Date.now() - slice > SLICE_MS) {
          await yieldToEventLoop();
          slice = sliceStart();
        }
      }
      progress?.report({ message: `${Math.min(i + BATCH, uris.length)}/${uris.length} notes`, increment: (100 * batch.length) / Math.max(1, uris.length) });
      await yieldToEventLoop();
    }
  }

  openDocuments(): Map<string, vscode.TextDocument> {
    const out = new Map<string, vscode.TextDocument>();
    for (const d of vscode.workspace.textDocuments) if (this.accepts(d)) out.set(d.uri.toString(), d);
    return out;
  }

  /**
   * Applies one file read: buffer if open, bytes if read, a problem (never a crash) if not.
   * Returns true when the note came from the persistent cache (its bytes hash as cached).
   */
  apply(uri: vscode.Uri, read: Read, open: Map<string, vscode.TextDocument>): boolean {
    const id = uri.toString();
    const doc = open.get(id);
    if (doc) {
      if (this.versions.get(id) !== doc.version || !this.index.getNote(id)) this.indexDocument(doc);
      return false;
    }
    if (!read) return false;
    if (read.ok) {
      this.versions.delete(id);
      const cached = this.cached?.get(id);
      const note = this.index.updateBytes(id, read.bytes, cached);
      return cached !== undefined && note === cached;
    }
    if (isNotFound(read.error)) {
      // Deleted while we were indexing: it simply is not a note any more.
      this.index.remove(id);
      this.log.info(`${uri.toString(true)} disappeared while indexing.`);
      return false;
    }
    const reason = read.error instanceof Error ? read.error.message : String(read.error);
    this.log.warn(`Could not read ${uri.toString(true)}: ${reason}`);
    this.index.insertSkipped(id, { code: 'read-failed', severity: 'warning', message: `Not indexed: the file could not be read (${reason}).` });
    return false;
  }

  private indexDocument(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    const timer = this.editTimers.get(id);
    if (timer) clearTimeout(timer);
    this.editTimers.delete(id);
    this.index.updateText(id, doc.getText());
    this.versions.set(id, doc.version);
  }

  // -------------------------------------------------------------------------
  // Documents

  private onOpen(doc: vscode.TextDocument): void {
    if (!this.started || !this.accepts(doc)) return;
    const id = doc.uri.toString();
    if (this.versions.get(id) === doc.version && this.index.getNote(id)) return;
    this.indexDocument(doc);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!this.started || e.contentChanges.length === 0 || !this.accepts(e.document)) return;
    const doc = e.document;
    const id = doc.uri.toString();
    const old = this.editTimers.get(id);
    if (old) clearTimeout(old);
    this.editTimers.set(
      id,
      setTimeout(
        this.log.guard('indexing an edit', () => {
          this.editTimers.delete(id);
          if (!doc.isClosed) this.indexDocument(doc);
        }),
        EDIT_DEBOUNCE_MS,
      ),
    );
  }

  private flushEdits(): void {
    for (const id of [...this.editTimers.keys()]) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
      if (doc && !doc.isClosed) this.indexDocument(doc);
      else {
        clearTimeout(this.editTimers.get(id));
        this.editTimers.delete(id);
      }
    }
  }

  private onClose(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    const timer = this.editTimers.get(id);
    if (timer) clearTimeout(timer);
    this.editTimers.delete(id);
    if (!this.versions.has(id)) return;
    this.versions.delete(id);
    if (doc.uri.scheme !== 'untitled' && this.isWorkspaceNote(doc.uri)) {
      // Unsaved changes are gone: go back to what is on disk.
      this.files.queue(doc.uri, false);
    } else {
      this.index.remove(id);
    }
  }

  private onRename(e: vscode.FileRenameEvent): void {
    for (const { oldUri, newUri } of e.files) {
      this.files.queue(oldUri, true);
      this.files.queue(newUri, false);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.resolveStarted();
    if (this.startTimer) clearTimeout(this.startTimer);
    this.runCancel?.cancel();
    this.files.dispose();
    for (const t of this.editTimers.values()) clearTimeout(t);
    this.editTimers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

function isNotFound(error: unknown): boolean {
  if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound')) return true;
  return /ENOENT|FileNotFound|EntryNotFound|no such file/i.test(String((error as { code?: string })?.code ?? '') + String(error));
}
