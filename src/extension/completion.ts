// Completion: notes after `[[` (by file name, title as detail), headings after `[[note#`,
// speaker names after `@` and in frontmatter `speakers:` lists.
import * as vscode from 'vscode';
import type { Note } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import { displayPath } from './util.js';

export interface CompletionDeps {
  index: WorkspaceIndex;
  indexer: Indexer;
  log: Log;
}

const SPEAKER_KEYS = /^(?:speakers?|presenters?|hosts?|guests?|authors?)$/i;

export function registerCompletion(deps: CompletionDeps): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems: deps.log.guard('completion', (document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) =>
      complete(deps, document, position, token),
    ),
  };
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, provider, '[', '#', '@');
}

function complete(deps: CompletionDeps, document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.CompletionItem[] | vscode.CompletionList | undefined {
  const line = document.lineAt(position.line).text;
  const before = line.slice(0, position.character);
  const after = line.slice(position.character);
  const closing = after.startsWith(']]') ? '' : ']]';

  const heading = /\[\[([^[\]|#]*)#([^[\]|#]*)$/.exec(before);
  if (heading) {
    const current = deps.indexer.ensureFresh(document);
    const target = heading[1]!.trim() ? deps.index.resolveWikilink(heading[1]!.trim()) : current;
    if (!target) return undefined;
    const range = new vscode.Range(position.line, position.character - heading[2]!.length, position.line, position.character);
    return target.headings.map((h, i) => {
      const item = new vscode.CompletionItem({ label: h.text, description: `${'#'.repeat(h.depth)} ${target.title}` }, vscode.CompletionItemKind.Reference);
      item.range = range;
      item.insertText = `${h.text}${closing}`;
      item.sortText = String(i).padStart(5, '0');
      return item;
    });
  }

  const note = /\[\[([^[\]|#]*)$/.exec(before);
  if (note) {
    const typed = note[1]!;
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    const self = document.uri.toString();
    const items: vscode.CompletionItem[] = [];
    for (const n of deps.index.allNotes()) {
      if (token.isCancellationRequested) break;
      if (n.id === self) continue;
      items.push(noteItem(n, range, closing));
    }
    return new vscode.CompletionList(items, deps.indexer.isIndexing);
  }

  const at = /(?:^|[\s(,;])@([\p{L}\p{M}'’.\- ]{0,40})$/u.exec(before);
  if (at) {
    const typed = at[1]!;
    const range = new vscode.Range(position.line, position.character - typed.length - 1, position.line, position.character);
    return speakerItems(deps, range, '@');
  }

  const fm = deps.indexer.ensureFresh(document);
  if (fm?.frontmatterSpan && document.offsetAt(position) < fm.frontmatterSpan.end && inSpeakerKey(document, position)) {
    const m = /([\p{L}\p{M}'’.\- ]*)$/u.exec(before.replace(/^\s*(?:-\s*|[\w-]+\s*[:=]\s*\[?)?/, (s) => ' '.repeat(s.length)))!;
    const typed = m[1]!.replace(/^\s+/, '');
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    return speakerItems(deps, range, '');
  }
  return undefined;
}

function noteItem(n: Note, range: vscode.Range, closing: string): vscode.CompletionItem {
  const path = displayPath(n.id);
  const item = new vscode.CompletionItem({ label: n.name, description: n.title !== n.name ? n.title : undefined, detail: undefined }, vscode.CompletionItemKind.File);
  item.detail = n.title;
  item.documentation = path;
  item.range = range;
  item.insertText = `${n.name}${closing}`;
  item.filterText = `${n.name} ${n.title}`;
  return item;
}

function speakerItems(deps: CompletionDeps, range: vscode.Range, prefix: string): vscode.CompletionItem[] {
  return deps.index.speakers().map((s) => {
    const item = new vscode.CompletionItem({ label: s.name, description: s.affiliations.slice(0, 2).join(', ') || undefined }, vscode.CompletionItemKind.User);
    item.detail = `${s.talks.length} talk${s.talks.length === 1 ? '' : 's'}`;
    item.range = range;
    item.insertText = s.name;
    item.filterText = `${prefix}${s.name}`;
    return item;
  });
}

/** Whether the cursor is on a frontmatter key (or list under a key) that names speakers. */
function inSpeakerKey(document: vscode.TextDocument, position: vscode.Position): boolean {
  for (let l = position.line; l >= 1; l--) {
    const text = document.lineAt(l).text;
    const key = /^([A-Za-z_][\w-]*)\s*[:=]/.exec(text);
    if (key) return SPEAKER_KEYS.test(key[1]!);
    if (/^(---|\+\+\+)\s*$/.test(text)) return false;
  }
  return false;
}
