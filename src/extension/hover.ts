// Hovers: a claim's check, a hardware/model spec card, a wikilink's target preview, a
// speaker's talks. Note text is escaped by core/present/hover.ts; the MarkdownString trusts
// only the setNoteHardware command and renders no HTML.
import * as vscode from 'vscode';
import type { Note } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { findMentions, getAccelerator, getModel, getSystem } from '../core/catalog/index.js';
import {
  acceleratorCardMarkdown,
  claimHoverMarkdown,
  MAX_OTHERS,
  HOVER_COMMANDS,
  modelCardMarkdown,
  notePreviewMarkdown,
  speakerCardMarkdown,
  speakerNamesOf,
  systemCardMarkdown,
  uncataloguedCardMarkdown,
} from '../core/present/hover.js';
import { escapeMarkdown } from '../core/present/escape.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import type { UserHardware } from './userHardware.js';
import { contains, displayPath, readText, toRange, uriOf } from './util.js';

export interface HoverDeps {
  index: WorkspaceIndex;
  indexer: Indexer;
  hardware: UserHardware;
  log: Log;
}

export function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

export function registerHover(deps: HoverDeps): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover: deps.log.guard('hover', (document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) => hoverAt(deps, document, position, token)),
  };
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, provider);
}

async function hoverAt(deps: HoverDeps, document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
  const note = deps.indexer.ensureFresh(document);
  if (!note || token.isCancellationRequested) return undefined;
  const offset = document.offsetAt(position);

  const claim = note.claims.find((c) => contains(c.quantity.span, offset));
  if (claim) {
    // Only the listed few are built, however many notes claim the same quantity.
    const { refs: others, total } = deps.index.sameQuantitySample(claim, note.id, MAX_OTHERS);
    return new vscode.Hover(markdown(claimHoverMarkdown({ note, claim, others, othersTotal: total, displayPath })), toRange(note, claim.quantity.span));
  }

  const link = note.links.find((l) => l.kind === 'wikilink' && contains(l.span, offset));
  if (link) {
    const target = link.target ? deps.index.resolveWikilink(link.target) : note;
    if (!target) {
      return new vscode.Hover(markdown(`No note named “${escapeMarkdown(link.target)}” in the workspace. Use the quick fix to create it.`), toRange(note, link.span));
    }
    const text = target.id === note.id ? document.getText() : await readText(uriOf(target.id));
    if (token.isCancellationRequested || text === undefined) return undefined;
    const md = notePreviewMarkdown({ note: target, text, section: link.section, displayPath: displayPath(target.id), backlinkCount: deps.index.backlinks(target.id).length });
    return new vscode.Hover(markdown(md), toRange(note, link.span));
  }

  const line = document.lineAt(position.line);
  const users = deps.hardware.userAccelerators;
  for (const m of findMentions(line.text, users.length ? users : undefined)) {
    if (!contains(m.span, position.character)) continue;
    const range = new vscode.Range(position.line, m.span.start, position.line, m.span.end);
    if (m.kind === 'accelerator') {
      const a = getAccelerator(m.id, users);
      if (a) return new vscode.Hover(markdown(acceleratorCardMarkdown(a)), range);
    } else if (m.kind === 'system') {
      const s = getSystem(m.id);
      if (s) return new vscode.Hover(markdown(systemCardMarkdown(s, getAccelerator(s.accelerator, users))), range);
    } else if (m.kind === 'otherHardware' || m.kind === 'otherModel') {
      return new vscode.Hover(markdown(uncataloguedCardMarkdown(m.id, m.kind === 'otherHardware' ? 'hardware' : 'model')), range);
    } else {
      const model = getModel(m.id);
      if (model) return new vscode.Hover(markdown(modelCardMarkdown(model)), range);
    }
  }

  const speaker = speakerAt(note, line.text, position.character);
  if (speaker) {
    const entry = deps.index.findSpeaker(speaker.name);
    if (entry) {
      const md = speakerCardMarkdown({ speaker: entry, note: (id) => deps.index.getNote(id), displayPath });
      return new vscode.Hover(markdown(md), new vscode.Range(position.line, speaker.start, position.line, speaker.end));
    }
  }
  return undefined;
}

/** A speaker name of this note's talks under the cursor on this line (case-insensitive). */
export function speakerAt(note: Note, lineText: string, character: number): { name: string; start: number; end: number } | undefined {
  const lower = lineText.toLowerCase();
  for (const name of speakerNamesOf(note.talks)) {
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      if (character >= at && character <= at + needle.length) return { name, start: at, end: at + needle.length };
    }
  }
  return undefined;
}
