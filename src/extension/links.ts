// Wikilinks: [[note]], [[note#section]], [[note|label]] and [[#section]] become clickable
// (DocumentLinkProvider) and navigable with Go to Definition (to the heading's line).
import * as vscode from 'vscode';
import type { Link, Note } from '../core/types.js';
import type { WorkspaceIndex } from '../core/workspace.js';
import { findHeading } from '../core/present/hover.js';
import { lineOf } from '../core/present/format.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import { contains, toRange, uriOf } from './util.js';

export interface LinkDeps {
  index: WorkspaceIndex;
  indexer: Indexer;
  log: Log;
}

export interface ResolvedLink {
  note: Note;
  /** 0-based target line (the heading for a section, else 0). */
  line: number;
  headingFound: boolean;
}

/** Where a wikilink of `from` points, or undefined if nothing resolves. */
export function resolveLink(index: WorkspaceIndex, from: Note, link: Link): ResolvedLink | undefined {
  if (link.kind !== 'wikilink') return undefined;
  const note = link.target ? index.resolveWikilink(link.target) : from;
  if (!note) return undefined;
  if (!link.section) return { note, line: 0, headingFound: true };
  const heading = findHeading(note.headings, link.section);
  return { note, line: heading ? lineOf(note, heading.span.start) : 0, headingFound: !!heading };
}

export function registerLinks(deps: LinkDeps): vscode.Disposable {
  const { index, indexer, log } = deps;
  const selector: vscode.DocumentSelector = { language: 'markdown' };

  const links: vscode.DocumentLinkProvider = {
    provideDocumentLinks: log.guard('document links', (document: vscode.TextDocument, token: vscode.CancellationToken) => {
      const note = indexer.ensureFresh(document);
      if (!note) return [];
      const out: vscode.DocumentLink[] = [];
      for (const link of note.links) {
        if (token.isCancellationRequested) return [];
        const r = resolveLink(index, note, link);
        if (!r) continue;
        const target = uriOf(r.note.id).with({ fragment: `L${r.line + 1}` });
        const dl = new vscode.DocumentLink(toRange(note, link.span), target);
        dl.tooltip = r.headingFound ? `Open “${r.note.title}”${link.section ? ` › ${link.section}` : ''}` : `Open “${r.note.title}” (no heading “${link.section}”)`;
        out.push(dl);
      }
      return out;
    }),
  };

  const definitions: vscode.DefinitionProvider = {
    provideDefinition: log.guard('go to definition', (document: vscode.TextDocument, position: vscode.Position) => {
      const note = indexer.ensureFresh(document);
      if (!note) return undefined;
      const offset = document.offsetAt(position);
      const link = note.links.find((l) => l.kind === 'wikilink' && contains(l.span, offset));
      if (!link) return undefined;
      const r = resolveLink(index, note, link);
      if (!r) return undefined;
      const heading = link.section ? findHeading(r.note.headings, link.section) : undefined;
      const targetRange = heading ? toRange(r.note, heading.span) : new vscode.Range(0, 0, 0, 0);
      const result: vscode.LocationLink = {
        originSelectionRange: toRange(note, link.span),
        targetUri: uriOf(r.note.id),
        targetRange,
        targetSelectionRange: targetRange,
      };
      return [result];
    }),
  };

  return vscode.Disposable.from(vscode.languages.registerDocumentLinkProvider(selector, links), vscode.languages.registerDefinitionProvider(selector, definitions));
}
