// "Verify Claims in Workspace" / "… in This Note" / "Show Report": re-read and re-check
// (with progress and cancellation), publish diagnostics, and show the report.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/workspace.js';
import { tally, tallyLong, type Tally } from '../core/present/format.js';
import type { Diagnostics } from './diagnostics.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import { OPEN_MARKDOWN_COMMAND, REVEAL_COMMAND, type Reports } from './report.js';
import { displayPath, revealLocation, uriArg } from './util.js';

export interface VerifySummary extends Tally {
  notes: number;
  cancelled: boolean;
}

export interface VerifyDeps {
  index: WorkspaceIndex;
  indexer: Indexer;
  diagnostics: Diagnostics;
  reports: Reports;
  log: Log;
}

export function registerVerify(deps: VerifyDeps): vscode.Disposable {
  const { index, indexer, diagnostics, reports, log } = deps;

  const verifyWorkspace = async (options?: { showReport?: boolean }): Promise<VerifySummary> => {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Roofline Notes: verifying claims', cancellable: true },
      async (progress, token) => {
        const run = await indexer.reindexAll({ token, progress });
        progress.report({ message: 'updating the Problems panel' });
        await diagnostics.publishAll(token);
        return run;
      },
    );
    const notes = index.allNotes();
    const t = tally(notes.flatMap((n) => n.claims));
    const summary: VerifySummary = { ...t, notes: notes.length, cancelled: result.cancelled };
    if (result.cancelled) {
      void vscode.window.showWarningMessage(`Roofline Notes: verification cancelled after ${result.indexed} of ${result.files} files; the results so far are in the Problems panel.`);
    }
    if (options?.showReport !== false) await reports.show({ scope: 'Workspace' });
    log.info(`Verified ${notes.length} notes: ${tallyLong(t)}${result.cancelled ? ' (cancelled)' : ''}.`);
    return summary;
  };

  const verifyNote = async (arg?: unknown): Promise<VerifySummary | undefined> => {
    const uri = uriArg(arg) ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('Roofline Notes: open a markdown note to verify it.');
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    const note = indexer.reindexDocument(doc);
    if (!note) {
      void vscode.window.showInformationMessage(`Roofline Notes: ${displayPath(uri.toString())} is not a markdown note.`);
      return undefined;
    }
    diagnostics.publishNote(note.id);
    const t = tally(note.claims);
    await reports.show({ notes: [note], scope: displayPath(note.id), reveal: vscode.ViewColumn.Beside, preserveFocus: true });
    return { ...t, notes: 1, cancelled: false };
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('rooflineNotes.verifyWorkspace', log.guard('Verify Claims in Workspace', verifyWorkspace)),
    vscode.commands.registerCommand('rooflineNotes.verifyNote', log.guard('Verify Claims in This Note', verifyNote)),
    vscode.commands.registerCommand(
      'rooflineNotes.showReport',
      log.guard('Show Report', async () => {
        // Shows what is indexed so far; the scope says so while indexing is still running.
        diagnostics.flush();
        const model = await reports.show({ scope: indexer.isIndexing ? 'Workspace (still indexing)' : 'Workspace' });
        return { ...model.tally, notes: model.notesChecked, cancelled: false } satisfies VerifySummary;
      }),
    ),
    vscode.commands.registerCommand(OPEN_MARKDOWN_COMMAND, log.guard('opening the markdown report', () => reports.openMarkdown())),
    vscode.commands.registerCommand(
      REVEAL_COMMAND,
      log.guard('revealing a location', async (target: unknown, line: unknown, character: unknown) => {
        const uri = uriArg(target);
        if (!uri) return;
        await revealLocation(uri, typeof line === 'number' ? line : 0, typeof character === 'number' ? character : 0);
      }),
    ),
  );
}
