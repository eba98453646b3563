// Small glue shared by the extension's features.
import * as vscode from 'vscode';
import type { Note, Span } from '../core/types.js';
import { positionAt } from '../core/text.js';
import { decodeNoteBytes } from '../core/decode.js';

export const DIAGNOSTIC_SOURCE = 'Roofline Notes';

export function toRange(note: Pick<Note, 'lineStarts'>, span: Span): vscode.Range {
  const s = positionAt(note.lineStarts, span.start);
  const e = positionAt(note.lineStarts, span.end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}

export function spanOf(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

export function uriOf(noteId: string): vscode.Uri {
  return vscode.Uri.parse(noteId, true);
}

/** A note id (URI string) or Uri from a command argument; undefined for anything else. */
export function uriArg(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) {
    try {
      return arg.includes(':') ? vscode.Uri.parse(arg, true) : vscode.Uri.file(arg);
    } catch {
      return undefined;
    }
  }
  if (arg && typeof arg === 'object' && 'scheme' in arg && 'path' in arg) {
    try {
      return vscode.Uri.from(arg as { scheme: string; path: string });
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function displayPath(noteId: string): string {
  // Fast path for the common single-folder workspace; asRelativePath otherwise.
  const folders = vscode.workspace.workspaceFolders;
  if (folders?.length === 1) {
    const root = folders[0]!.uri.toString().replace(/\/$/, '') + '/';
    if (noteId.startsWith(root)) {
      try {
        return decodeURIComponent(noteId.slice(root.length));
      } catch {
        return noteId.slice(root.length);
      }
    }
  }
  try {
    return vscode.workspace.asRelativePath(uriOf(noteId), vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1);
  } catch {
    return noteId;
  }
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

/** Calls `fn` at most once per `ms`, trailing: bursts of index changes become one refresh. */
export function throttle(fn: () => void, ms: number): { (): void; flush(): void; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const fire = (): void => {
    timer = undefined;
    last = Date.now();
    fn();
  };
  const call = (): void => {
    if (timer) return;
    const wait = Math.max(0, last + ms - Date.now());
    timer = setTimeout(fire, wait);
  };
  call.flush = (): void => {
    if (timer) {
      clearTimeout(timer);
      fire();
    }
  };
  call.dispose = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return call;
}

/**
 * Work done between two yields to the event loop, in ms. Well under the 50 ms a user notices: a
 * slice can overrun by one item, and GC and VS Code's own work (sending diagnostics) come on top.
 */
export const SLICE_MS = 12;

/** When sliced work began in this turn of the event loop; undefined between turns. */
let turnStarted: number | undefined;

/**
 * The start of this turn's slice, shared by every slicer: two that run in one turn (publishing diagnostics and
 * writing the cache, say, both continued with setImmediate) share one SLICE_MS instead of adding theirs up.
 * Each still does one item per turn at least.
 */
export function sliceStart(): number {
  if (turnStarted === undefined) {
    turnStarted = Date.now();
    // Immediates queued during this turn run in the next one, after this reset.
    const reset = () => (turnStarted = undefined);
    if (typeof setImmediate === 'function') setImmediate(reset);
    else setTimeout(reset, 0);
  }
  return turnStarted;
}

/** Yields to the event loop so other work (typing, rendering) can run between slices. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

export async function revealLocation(uri: vscode.Uri, line: number, character = 0, preserveFocus = false): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const pos = new vscode.Position(Math.max(0, Math.min(line, doc.lineCount - 1)), Math.max(0, character));
  // From the report (a webview), open the note next to it rather than on top of it.
  const group = vscode.window.tabGroups.activeTabGroup;
  const fromWebview = group.activeTab?.input instanceof vscode.TabInputWebview;
  const viewColumn = fromWebview ? (group.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One) : undefined;
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preserveFocus, preview: true, viewColumn });
}

/** Decodes a file's bytes like the index does (BOM, UTF-16) to text, or undefined. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const decoded = decodeNoteBytes(bytes, Number.MAX_SAFE_INTEGER);
    return 'text' in decoded ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

export type Read = { ok: true; bytes: Uint8Array } | { ok: false; error: unknown } | null;

/** Reads a file, never rejecting. */
export function readFile(uri: vscode.Uri): Promise<Read> {
  return Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
    (bytes): Read => ({ ok: true, bytes }),
    (error: unknown): Read => ({ ok: false, error }),
  );
}

/** Sets a `when`-clause context key; a failure is ignored (it only affects menus and welcome views). */
export function setContext(key: string, value: unknown): void {
  Promise.resolve(vscode.commands.executeCommand('setContext', key, value)).catch(() => undefined);
}

/** Runs a generator to its end, yielding to the event loop every SLICE_MS of work. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let slice = sliceStart();
  let r = steps.next();
  while (!r.done) {
    if (Date.now() - slice > SLICE_MS) {
      await yieldToEventLoop();
      slice = sliceStart();
    }
    r = steps.next();
  }
  return r.value;
}
