// Find All References: on a wikilink → every link to its target; on a note's title
// (H1 or frontmatter title) → its backlinks; on another heading → links to that section;
// on a speaker name → that speaker's talks across the workspace.
import * as vscode from 'vscode';
import type { Note } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { findHeading } from '../core/present/hover.js';
import { foldName } from '../core/speakers.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import { speakerAt } from './hover.js';
import { contains, readText, toRange, uriOf } from './util.js';
import { computeLineStarts, positionAt } from '../core/text.js';

export interface ReferenceDeps {
  index: WorkspaceIndex;
  indexer: Indexer;
  log: Log;
}

export function registerReferences(deps: ReferenceDeps): vscode.Disposable {
  const provider: vscode.ReferenceProvider = {
    provideReferences: deps.log.guard('find references', (document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken) =>
      references(deps, document, position, context, token),
    ),
  };
  return vscode.languages.registerReferenceProvider({ language: 'markdown' }, provider);
}

async function references(deps: ReferenceDeps, document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
  const { index, indexer } = deps;
  const note = indexer.ensureFresh(document);
  if (!note) return undefined;
  const offset = document.offsetAt(position);

  // A wikilink: references of its target (or of its section).
  const link = note.links.find((l) => l.kind === 'wikilink' && contains(l.span, offset));
  if (link) {
    const target = link.target ? index.resolveWikilink(link.target) : note;
    if (!target) return linksTo(index, undefined, link.target, link.section);
    const out = linksTo(index, target, link.target, link.section);
    if (context.includeDeclaration) out.unshift(declaration(target, link.section));
    return out;
  }

  // A heading or the frontmatter title line.
  const heading = note.headings.find((h) => document.positionAt(h.span.start).line === position.line);
  const onTitleLine = note.frontmatterSpan !== null && offset < note.frontmatterSpan.end && /^\s*title\s*[:=]/.test(document.lineAt(position.line).text);
  if (heading || onTitleLine) {
    const isTitle = onTitleLine || (heading!.depth === 1 && heading!.text.trim() === note.title.trim());
    const section = isTitle ? undefined : heading!.text;
    const out = linksTo(index, note, note.name, section);
    if (context.includeDeclaration) out.unshift(declaration(note, section));
    return out;
  }

  // A speaker.
  const speaker = speakerAt(note, document.lineAt(position.line).text, position.character);
  if (speaker) {
    const entry = index.findSpeaker(speaker.name);
    if (!entry) return undefined;
    const key = foldName(speaker.name);
    const out: vscode.Location[] = [];
    for (const { noteId, talk } of entry.talks) {
      if (token.isCancellationRequested) return undefined;
      const n = index.getNote(noteId);
      if (!n) continue;
      const text = noteId === note.id ? document.getText() : await readText(uriOf(noteId));
      out.push(new vscode.Location(uriOf(noteId), nameRange(n, text, talk.span, entry.variants, key)));
    }
    return out;
  }
  return undefined;
}

/** Links to `target` (all wikilinks if section is undefined; only those to that section otherwise). */
function linksTo(index: WorkspaceIndex, target: Note | undefined, name: string, section: string | undefined): vscode.Location[] {
  const refs = target
    ? index.backlinks(target.id)
    : index.unresolvedLinks().filter((r) => foldName(r.link.target) === foldName(name));
  const out: vscode.Location[] = [];
  const wanted = target && section ? findHeading(target.headings, section) : undefined;
  for (const { note, link } of refs) {
    if (section !== undefined) {
      if (!link.section || !target || findHeading(target.headings, link.section) !== wanted) continue;
    }
    out.push(new vscode.Location(uriOf(note.id), toRange(note, link.span)));
  }
  // Same-note section links ([[#Section]]) are not backlinks in the index.
  if (target && section !== undefined) {
    for (const link of target.links) {
      if (link.kind === 'wikilink' && !link.target && link.section && findHeading(target.headings, link.section) === wanted) out.push(new vscode.Location(uriOf(target.id), toRange(target, link.span)));
    }
  }
  return out;
}

function declaration(note: Note, section: string | undefined): vscode.Location {
  const heading = section ? findHeading(note.headings, section) : note.headings.find((h) => h.depth === 1);
  return new vscode.Location(uriOf(note.id), heading ? toRange(note, heading.span) : new vscode.Range(0, 0, 0, 0));
}

/** The speaker's name inside a talk's span (any spelling), else the talk's first line. */
function nameRange(note: Note, text: string | undefined, span: { start: number; end: number }, variants: string[], key: string): vscode.Range {
  if (text !== undefined) {
    const slice = text.slice(span.start, span.end).toLowerCase();
    for (const v of [...variants].sort((a, b) => b.length - a.length)) {
      const at = slice.indexOf(v.toLowerCase());
      if (at >= 0 && foldName(v) === key) {
        const starts = computeLineStarts(text);
        const s = positionAt(starts, span.start + at);
        const e = positionAt(starts, span.start + at + v.length);
        return new vscode.Range(s.line, s.character, e.line, e.character);
      }
    }
  }
  const start = toRange(note, span).start;
  return new vscode.Range(start, start);
}
