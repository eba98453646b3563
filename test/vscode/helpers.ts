// Helpers shared by the VS Code integration tests (run inside the real extension host).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'roofline-notes.roofline-notes';
export const DIAGNOSTIC_SOURCE = 'Roofline Notes';
export const VERDICT_WORDS = ['consistent', 'inconsistent', 'unverifiable'] as const;

/** The activate() result the extension promises to return. */
export interface RooflineApi {
  whenIndexed(): Promise<void>;
  index: unknown;
  talksTree?: vscode.TreeDataProvider<unknown>;
}

let apiPromise: Promise<RooflineApi> | undefined;

/** Activate the extension (once) and wait until it has indexed the workspace. */
export function getApi(): Promise<RooflineApi> {
  apiPromise ??= (async () => {
    const ext = vscode.extensions.getExtension<RooflineApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
    const api = await ext.activate();
    assert.ok(api && typeof api.whenIndexed === 'function', 'activate() must return { whenIndexed, index }');
    await api.whenIndexed();
    return api;
  })();
  return apiPromise;
}

export function workspaceRoot(): string {
  const fromEnv = process.env.ROOFLINE_TEST_WORKSPACE;
  if (fromEnv) return fromEnv;
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'tests need an open workspace folder');
  return folder.uri.fsPath;
}

export function noteUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), name));
}

export async function openNote(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(noteUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Position of `needle` in the document (its `at`-th character), failing clearly if absent. */
export function positionOf(doc: vscode.TextDocument, needle: string, at = 0, occurrence = 0): vscode.Position {
  const text = doc.getText();
  let idx = -1;
  for (let i = 0; i <= occurrence; i++) {
    idx = text.indexOf(needle, idx + 1);
    assert.ok(idx >= 0, `"${needle}" not found in ${path.basename(doc.uri.fsPath)}`);
  }
  return doc.positionAt(idx + at);
}

export function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const start = positionOf(doc, needle);
  return new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + needle.length));
}

/** Plain text of markdown: drops backslash escapes, code ticks, emphasis and HTML tags. */
export function plain(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

function contentText(c: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof c === 'string') return c;
  if ('value' in c) return c.value;
  return '';
}

/** All hover text at a position, as plain text. */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  return plain(hovers.flatMap((h) => h.contents.map(contentText)).join('\n'));
}

/** Poll `fn` until it returns a truthy value (or throw after `ms`). */
export async function waitFor<T>(fn: () => T | Promise<T>, what: string, ms = 10_000, step = 100): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    if (Date.now() > end) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, step));
  }
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

/** Revert a document to its saved contents (undoing any test edits). */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !doc.isDirty, `${path.basename(doc.uri.fsPath)} to revert`, 5_000);
}

export function treeLabel(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : (l?.label ?? '');
}
