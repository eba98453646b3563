// Code actions, all as WorkspaceEdits on the open document (undoable, unsaved changes kept):
// annotate a claim with its check as a footnote, fix mojibake, "Did you mean 3.6M?", create the
// note a broken wikilink points to, and set the note's hardware.
import * as vscode from 'vscode';
import type { Note, Problem } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { footnoteEdits, newNoteContent, nonOverlappingFixes, noteFileName, problemFixEditIn, detectEol, type TextEditSpec } from '../core/edits.js';
import { isoDate } from '../core/present/format.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import { SET_HARDWARE_COMMAND } from './hardwareCommand.js';
import { DIAGNOSTIC_SOURCE, spanOf, uriOf } from './util.js';

export interface CodeActionDeps {
  index: WorkspaceIndex;
  indexer: Indexer;
  log: Log;
}

/** Created lazily: nothing touches the vscode API while the bundle loads. */
let annotateKind: vscode.CodeActionKind | undefined;
const ANNOTATE = (): vscode.CodeActionKind => (annotateKind ??= vscode.CodeActionKind.RefactorRewrite.append('rooflineNotes.annotate'));

function workspaceEdit(document: vscode.TextDocument, edits: TextEditSpec[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
  return edit;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function registerCodeActions(deps: CodeActionDeps): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions: deps.log.guard('code actions', (document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken) =>
      actions(deps, document, range, context, token),
    ),
  };
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, provider, {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, ANNOTATE()],
  });
}

function actions(deps: CodeActionDeps, document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
  const note = deps.indexer.ensureFresh(document);
  if (!note || token.isCancellationRequested) return [];
  const text = document.getText();
  const span = spanOf(document, range);
  const out: vscode.CodeAction[] = [];
  const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const wantsQuickFix = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(context.only);

  if (wantsQuickFix) {
    // Core fixes: mojibake and suspicious quantities.
    for (const problem of note.problems) {
      if (!problem.fix || !problem.span || !overlaps(problem.span, span)) continue;
      const edit = problemFixEditIn(text, problem);
      if (!edit) continue;
      const action = new vscode.CodeAction(problem.fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEdit(document, [edit]);
      action.diagnostics = ours.filter((d) => d.code === problem.code && d.range.intersection(range));
      action.isPreferred = true;
      out.push(action);
    }
    const mojibake = note.problems.filter((p) => p.code === 'mojibake' && p.fix);
    if (mojibake.length > 1 && mojibake.some((p) => p.span && overlaps(p.span, span))) {
      const action = new vscode.CodeAction(`Fix all ${mojibake.length} mojibake runs in this note`, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEdit(document, nonOverlappingFixes(mojibake));
      out.push(action);
    }

    // Broken wikilinks: create the note.
    for (const link of note.links) {
      if (link.kind !== 'wikilink' || !link.target || !overlaps(link.span, span) || deps.index.resolveWikilink(link.target)) continue;
      const action = createNoteAction(document, note, link.target);
      if (action) {
        action.diagnostics = ours.filter((d) => d.code === 'broken-wikilink' && d.range.intersection(range));
        out.push(action);
      }
    }

    // Unknown or assumed hardware: pick it.
    const hardwareProblem = note.problems.find((p: Problem) => p.code === 'hardware-unknown' && (!p.span || overlaps(p.span, span)));
    const claimHere = note.claims.find((c) => overlaps(c.quantity.span, span));
    if (hardwareProblem || (claimHere && claimHere.evaluation.verdict !== 'consistent')) {
      const action = new vscode.CodeAction('Set the note’s hardware…', vscode.CodeActionKind.QuickFix);
      action.command = { command: SET_HARDWARE_COMMAND, title: 'Set the note’s hardware…', arguments: [document.uri.toString()] };
      action.diagnostics = ours.filter((d) => d.range.intersection(range) && (d.code === 'hardware-unknown' || d.code === 'inconsistent' || d.code === 'unverifiable'));
      out.push(action);
    }
  }

  // Annotate the claim under the cursor with its check.
  if (!context.only || context.only.contains(ANNOTATE()) || ANNOTATE().contains(context.only)) {
    for (const claim of note.claims) {
      if (!overlaps(claim.quantity.span, span)) continue;
      const result = footnoteEdits(text, claim, isoDate(new Date()));
      if (!result) continue;
      const action = new vscode.CodeAction('Annotate claim with its check', ANNOTATE());
      action.command = undefined;
      action.edit = workspaceEdit(document, result.edits);
      out.push(action);
      break;
    }
  }
  return out;
}

function createNoteAction(document: vscode.TextDocument, note: Note, target: string): vscode.CodeAction | undefined {
  const file = noteFileName(target);
  if (!file) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (document.uri.scheme === 'untitled' && !folder) return undefined;
  // "a/b" is relative to the workspace folder (like Obsidian's vault root); a bare name sits next to this note.
  const base = file.includes('/') && folder ? folder.uri : vscode.Uri.joinPath(uriOf(note.id), '..');
  const uri = vscode.Uri.joinPath(base, file);
  const action = new vscode.CodeAction(`Create note “${file}”`, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  // createFile + insert (not createFile's `contents`, which web hosts cannot always transfer); one undo step.
  edit.createFile(uri, { ignoreIfExists: true });
  edit.insert(uri, new vscode.Position(0, 0), newNoteContent(target.split('/').pop() ?? target, detectEol(document.getText())));
  action.edit = edit;
  action.isPreferred = true;
  return action;
}
