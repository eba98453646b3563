// Claims view: notes → claims with verdict icons (pass / error / question), filterable by
// verdict. Clicking a claim reveals it. Refreshes on index changes (throttled).
import * as vscode from 'vscode';
import type { Verdict } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { claimDescription, claimLabel, groupClaims, noteClaimsDescription, type ClaimItem, type NoteClaims } from '../core/present/tree.js';
import { VERDICTS, verdictLabel } from '../core/present/format.js';
import type { Log } from './log.js';
import { REVEAL_COMMAND } from './report.js';
import { displayPath, throttle, uriOf } from './util.js';
import { claimMessage } from '../core/present/diagnostics.js';

export type ClaimsNode = { kind: 'note'; group: NoteClaims } | { kind: 'claim'; item: ClaimItem };

export function verdictIcon(v: Verdict): vscode.ThemeIcon {
  if (v === 'consistent') return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  if (v === 'inconsistent') return new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
  return new vscode.ThemeIcon('question', new vscode.ThemeColor('descriptionForeground'));
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ClaimsNode | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private verdicts = new Set<Verdict>(VERDICTS);
  private readonly refresh: ReturnType<typeof throttle>;
  private readonly off: () => void;

  constructor(private readonly index: WorkspaceIndex, log: Log) {
    this.refresh = throttle(log.guard('refreshing the claims view', () => this.emitter.fire()), 400);
    this.off = index.onDidChange(() => this.refresh());
  }

  get filter(): ReadonlySet<Verdict> {
    return this.verdicts;
  }

  setFilter(verdicts: Iterable<Verdict>): void {
    this.verdicts = new Set(verdicts);
    this.emitter.fire();
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) return groupClaims(this.index.allNotes(), this.verdicts, displayPath).map((group) => ({ kind: 'note', group }));
    if (node.kind === 'note') return node.group.claims.map((item) => ({ kind: 'claim', item }));
    return [];
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if (node.kind === 'note') {
      const g = node.group;
      const item = new vscode.TreeItem(g.title, g.tally.inconsistent > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.resourceUri = uriOf(g.noteId);
      item.description = `${noteClaimsDescription(g.tally)} · ${displayPath(g.noteId)}`;
      item.tooltip = `${displayPath(g.noteId)}\n${g.tally.consistent} consistent, ${g.tally.inconsistent} inconsistent, ${g.tally.unverifiable} unverifiable`;
      item.iconPath = verdictIcon(g.worst);
      item.contextValue = 'note';
      item.id = `note:${g.noteId}`;
      return item;
    }
    const { item: c } = node;
    const item = new vscode.TreeItem(claimLabel(c.claim), vscode.TreeItemCollapsibleState.None);
    item.description = claimDescription(c.claim);
    const tip = new vscode.MarkdownString();
    tip.appendText(`${verdictLabel(c.claim.evaluation.verdict)} — ${claimMessage(c.claim)}`);
    for (const d of c.claim.evaluation.derivation) tip.appendText(`\n\n${d}`);
    tip.appendText(`\n\n${displayPath(c.noteId)}:${c.line + 1}`);
    item.tooltip = tip;
    item.iconPath = verdictIcon(c.claim.evaluation.verdict);
    item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [c.noteId, c.line, 0] };
    item.contextValue = `claim.${c.claim.evaluation.verdict}`;
    item.id = `claim:${c.noteId}:${c.claim.quantity.span.start}`;
    return item;
  }

  dispose(): void {
    this.off();
    this.refresh.dispose();
    this.emitter.dispose();
  }
}

export function registerClaimsTree(provider: ClaimsTreeProvider): vscode.Disposable {
  const view = vscode.window.createTreeView('rooflineNotes.claims', { treeDataProvider: provider, showCollapseAll: true });
  const describe = (): void => {
    view.description = provider.filter.size === VERDICTS.length ? undefined : [...provider.filter].map(verdictLabel).join(', ');
  };
  return vscode.Disposable.from(
    view,
    vscode.commands.registerCommand('rooflineNotes.filterClaims', async (verdicts?: unknown) => {
      let chosen: Verdict[] | undefined;
      if (Array.isArray(verdicts)) chosen = verdicts.filter((v): v is Verdict => (VERDICTS as string[]).includes(v as string));
      else {
        const picks = await vscode.window.showQuickPick(
          VERDICTS.map((v) => ({ label: verdictLabel(v), verdict: v, picked: provider.filter.has(v), iconPath: verdictIcon(v) })),
          { canPickMany: true, title: 'Show claims that are…' },
        );
        chosen = picks?.map((p) => p.verdict);
      }
      if (!chosen) return;
      provider.setFilter(chosen.length ? chosen : VERDICTS);
      describe();
    }),
  );
}
