// Talks & Speakers view: events → talks → speakers, or (toggle) speakers → talks across all
// notes. Clicking a talk or speaker reveals its line. Refreshes on index changes (throttled).
import * as vscode from 'vscode';
import type { Speaker } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { groupTalksByEvent, groupTalksBySpeaker, speakerDescription, talkDescription, talkLabel, type EventGroup, type SpeakerGroup, type TalkItem } from '../core/present/tree.js';
import type { Log } from './log.js';
import { REVEAL_COMMAND } from './report.js';
import { displayPath, setContext, throttle } from './util.js';

export type TalksNode =
  | { kind: 'event'; group: EventGroup }
  | { kind: 'talk'; item: TalkItem; bySpeaker: boolean }
  | { kind: 'speaker'; speaker: Speaker; item: TalkItem }
  | { kind: 'person'; group: SpeakerGroup };

export class TalksTreeProvider implements vscode.TreeDataProvider<TalksNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TalksNode | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private bySpeakerValue = false;
  private readonly refresh: ReturnType<typeof throttle>;
  private readonly off: () => void;

  constructor(private readonly index: WorkspaceIndex, log: Log) {
    this.refresh = throttle(log.guard('refreshing the talks view', () => this.emitter.fire()), 400);
    this.off = index.onDidChange(() => this.refresh());
  }

  get bySpeaker(): boolean {
    return this.bySpeakerValue;
  }

  setGroupBySpeaker(value: boolean): void {
    this.bySpeakerValue = value;
    setContext('rooflineNotes.talksBySpeaker', value);
    this.emitter.fire();
  }

  getChildren(node?: TalksNode): TalksNode[] {
    if (!node) {
      if (this.bySpeakerValue) return groupTalksBySpeaker(this.index.speakers(), (id) => this.index.getNote(id)).map((group) => ({ kind: 'person', group }));
      return groupTalksByEvent(this.index.allNotes()).map((group) => ({ kind: 'event', group }));
    }
    switch (node.kind) {
      case 'event':
        return node.group.talks.map((item) => ({ kind: 'talk', item, bySpeaker: false }));
      case 'person':
        return node.group.talks.map((item) => ({ kind: 'talk', item, bySpeaker: true }));
      case 'talk':
        return node.bySpeaker ? [] : node.item.talk.speakers.map((speaker) => ({ kind: 'speaker', speaker, item: node.item }));
      default:
        return [];
    }
  }

  getTreeItem(node: TalksNode): vscode.TreeItem {
    switch (node.kind) {
      case 'event': {
        const item = new vscode.TreeItem(node.group.event, vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.group.talks.length} talk${node.group.talks.length === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.contextValue = 'event';
        return item;
      }
      case 'person': {
        const item = new vscode.TreeItem(node.group.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = [speakerDescription(node.group.affiliations), `${node.group.talks.length} talk${node.group.talks.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon('person');
        item.contextValue = 'speaker';
        return item;
      }
      case 'talk': {
        const { item: t } = node;
        const hasChildren = !node.bySpeaker && t.talk.speakers.length > 0;
        const item = new vscode.TreeItem(talkLabel(t.talk), hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = node.bySpeaker ? [t.talk.event, t.noteTitle].filter(Boolean).join(' · ') : talkDescription(t.talk);
        item.tooltip = tooltip(t);
        item.iconPath = new vscode.ThemeIcon('comment-discussion');
        item.command = reveal(t);
        item.contextValue = 'talk';
        return item;
      }
      case 'speaker': {
        const item = new vscode.TreeItem(node.speaker.name, vscode.TreeItemCollapsibleState.None);
        item.description = node.speaker.affiliation ?? undefined;
        item.iconPath = new vscode.ThemeIcon('person');
        item.command = reveal(node.item);
        item.contextValue = 'speaker';
        return item;
      }
    }
  }

  dispose(): void {
    this.off();
    this.refresh.dispose();
    this.emitter.dispose();
  }
}

function reveal(t: TalkItem): vscode.Command {
  return { command: REVEAL_COMMAND, title: 'Reveal', arguments: [t.noteId, t.line] };
}

function tooltip(t: TalkItem): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(t.talk.title ?? '(untitled talk)');
  if (t.talk.speakers.length) md.appendText(`\n\n${t.talk.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(', ')}`);
  md.appendText(`\n\n${[t.talk.time, t.talk.event].filter(Boolean).join(' · ')}`);
  md.appendText(`\n\n${displayPath(t.noteId)}:${t.line + 1}`);
  return md;
}

export function registerTalksTree(provider: TalksTreeProvider): vscode.Disposable {
  const view = vscode.window.createTreeView('rooflineNotes.talks', { treeDataProvider: provider, showCollapseAll: true });
  setContext('rooflineNotes.talksBySpeaker', false);
  return vscode.Disposable.from(
    view,
    vscode.commands.registerCommand('rooflineNotes.talks.groupBySpeaker', () => {
      provider.setGroupBySpeaker(true);
      view.description = 'by speaker';
    }),
    vscode.commands.registerCommand('rooflineNotes.talks.groupByEvent', () => {
      provider.setGroupBySpeaker(false);
      view.description = undefined;
    }),
  );
}
