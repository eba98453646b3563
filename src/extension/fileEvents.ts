// File-system side of indexing: watchers for the include globs (create/change/delete) and
// for folders (a deleted or moved folder is reported as the folder only), debounced into a
// queue that is applied in slices. Open documents win over the disk (their buffer is indexed).
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/workspace.js';
import { combineGlobs } from '../core/present/glob.js';
import type { Config } from './config.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import { SLICE_MS, sliceStart, readFile, type Read, yieldToEventLoop } from './util.js';

const DEBOUNCE_MS = 150;

export class FileEvents implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, { uri: vscode.Uri; deleted: boolean }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private task: Promise<void> | undefined;

  constructor(
    private readonly indexer: Indexer,
    private readonly index: WorkspaceIndex,
    private readonly config: Config,
    private readonly log: Log,
  ) {}

  /** No queued or running file work. */
  get idle(): boolean {
    return !this.timer && !this.task && this.pending.size === 0;
  }

  /** Applies queued events now and waits for them. */
  async settle(): Promise<void> {
    if (this.timer || this.pending.size) await this.process();
    if (this.task) await this.task.catch(() => undefined);
  }

  watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const include of this.config.current.include) {
      const w = vscode.workspace.createFileSystemWatcher(include);
      w.onDidCreate((u) => this.queue(u, false));
      w.onDidChange((u) => this.queue(u, false));
      w.onDidDelete((u) => this.queue(u, true));
      this.watchers.push(w);
    }
    // Folders: deleting or moving one reports the folder only.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    folders.onDidCreate((u) => {
      if (!/\.[^/]*$/.test(u.path)) this.queue(u, false);
    });
    folders.onDidDelete((u) => {
      if (!/\.[^/]*$/.test(u.path)) this.queue(u, true);
    });
    this.watchers.push(folders);
  }

  queue(uri: vscode.Uri, deleted: boolean): void {
    this.pending.set(uri.toString(), { uri, deleted });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.log.run('applying file changes', () => this.process()), DEBOUNCE_MS);
  }

  private process(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const previous = this.task ?? Promise.resolve();
    const task = previous
      .catch(() => undefined)
      .then(() => this.drain())
      .finally(() => {
        if (this.task === task) this.task = undefined;
      });
    this.task = task;
    return task;
  }

  private async drain(): Promise<void> {
    while (this.pending.size && !this.indexer.isDisposed) {
      const entries = [...this.pending.values()];
      this.pending.clear();
      let slice = sliceStart();
      for (const { uri, deleted } of entries) {
        const id = uri.toString();
        if (deleted) {
          this.index.remove(id);
          const prefix = id.endsWith('/') ? id : `${id}/`;
          const open = this.indexer.openDocuments();
          for (const n of this.index.allNotes()) if (n.id.startsWith(prefix) && !open.has(n.id)) this.index.remove(n.id);
          for (const s of this.index.skippedFiles()) if (s.id.startsWith(prefix)) this.index.remove(s.id);
          continue;
        }
        if (this.indexer.isWorkspaceNote(uri)) {
          const read: Read = this.indexer.openDocuments().has(id) ? null : await readFile(uri);
          this.indexer.apply(uri, read, this.indexer.openDocuments());
        } else {
          await this.scanFolder(uri);
        }
        if (Date.now() - slice > SLICE_MS) {
          await yieldToEventLoop();
          slice = sliceStart();
        }
      }
    }
  }

  /** A created or moved-in folder: queue the notes inside it. */
  private async scanFolder(uri: vscode.Uri): Promise<void> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return;
    }
    if (!(stat.type & vscode.FileType.Directory) || !vscode.workspace.getWorkspaceFolder(uri)) return;
    // The include globs are relative to the workspace folder, so list the folder and filter.
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'), combineGlobs(this.config.allExcludes) ?? null);
    for (const u of found) if (this.indexer.isWorkspaceNote(u)) this.pending.set(u.toString(), { uri: u, deleted: false });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
  }
}
