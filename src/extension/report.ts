// The verification report: a webview (no scripts, strict CSP, links back to file:line through
// a whitelisted command) and the same report as markdown in the extension's storage, which
// "open as Markdown" shows in the markdown preview.
import * as vscode from 'vscode';
import type { Note } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { brokenWikilinkProblems, buildReport, renderReportHtml, renderReportMarkdown, type ReportModel } from '../core/present/report.js';
import { commandUri, locationHref } from '../core/present/escape.js';
import type { Log } from './log.js';
import { displayPath } from './util.js';

export const REVEAL_COMMAND = 'rooflineNotes.revealLocation';
export const OPEN_MARKDOWN_COMMAND = 'rooflineNotes.openReportMarkdown';

export class Reports implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private markdownUri: vscode.Uri | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly index: WorkspaceIndex,
    private readonly log: Log,
  ) {}

  /** Builds the report for some notes (all by default), writes the markdown file and shows the webview. */
  async show(options: { notes?: Note[]; scope?: string; reveal?: vscode.ViewColumn; preserveFocus?: boolean } = {}): Promise<ReportModel> {
    const notes = options.notes ?? this.index.allNotes();
    const all = options.notes === undefined;
    // Many notes link the same targets; resolving one by title scans every note.
    const resolved = new Map<string, boolean>();
    const resolves = (target: string): boolean => {
      let r = resolved.get(target);
      if (r === undefined) resolved.set(target, (r = this.index.resolveWikilink(target) !== undefined));
      return r;
    };
    const model = buildReport(notes, {
      scope: options.scope ?? 'Workspace',
      generated: new Date(),
      displayPath,
      skipped: all ? this.index.skippedFiles().map((s) => ({ id: s.id, message: s.problem.message })) : [],
      extraProblems: (note) => brokenWikilinkProblems(note.links, resolves),
    });
    await this.writeMarkdown(model);
    this.render(model, options.reveal ?? vscode.ViewColumn.Active, options.preserveFocus ?? false);
    return model;
  }

  private async writeMarkdown(model: ReportModel): Promise<void> {
    const dir = this.context.storageUri ?? this.context.globalStorageUri;
    try {
      await vscode.workspace.fs.createDirectory(dir);
      const uri = vscode.Uri.joinPath(dir, 'roofline-notes-report.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(renderReportMarkdown(model, (id, line) => locationHref(id, line))));
      this.markdownUri = uri;
    } catch (error) {
      this.markdownUri = undefined;
      this.log.error('writing the markdown report', error);
    }
  }

  private render(model: ReportModel, column: vscode.ViewColumn, preserveFocus: boolean): void {
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('rooflineNotes.report', 'Roofline Notes Report', { viewColumn: column, preserveFocus }, {
        enableScripts: false,
        enableCommandUris: [REVEAL_COMMAND, OPEN_MARKDOWN_COMMAND],
        localResourceRoots: [media],
        enableFindWidget: true,
        retainContextWhenHidden: false,
      });
      this.panel.iconPath = vscode.Uri.joinPath(media, 'roofline.svg');
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      this.panel.reveal(column, preserveFocus);
    }
    const webview = this.panel.webview;
    this.panel.title = model.scope === 'Workspace' ? 'Roofline Notes Report' : `Roofline: ${model.scope}`;
    webview.html = renderReportHtml(model, {
      cspSource: webview.cspSource,
      styleHref: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css')).toString(),
      link: (id, line) => commandUri(REVEAL_COMMAND, [id, line]),
      markdownHref: this.markdownUri ? commandUri(OPEN_MARKDOWN_COMMAND, []) : undefined,
    });
  }

  async openMarkdown(): Promise<void> {
    if (!this.markdownUri) {
      void vscode.window.showInformationMessage('Roofline Notes: no report yet. Run “Verify Claims in Workspace” first.');
      return;
    }
    await vscode.commands.executeCommand('markdown.showPreview', this.markdownUri);
  }

  get isVisible(): boolean {
    return this.panel?.visible ?? false;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
