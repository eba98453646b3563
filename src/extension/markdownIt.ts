// The markdown-it plugin for the built-in preview (contributes.markdown.markdownItPlugins):
// wikilinks become links to the resolved note, and claims get verdict badges. The preview
// passes the rendered document's URI as env.currentDocument.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/workspace.js';
import { rooflineMarkdownItPlugin, type MarkdownItLike, type PreviewBadge } from '../core/present/markdownIt.js';
import { findHeading } from '../core/present/hover.js';
import { lineOf } from '../core/present/format.js';
import { claimMessage } from '../core/present/diagnostics.js';
import type { Config } from './config.js';
import { uriOf } from './util.js';

function currentDocument(env: unknown): vscode.Uri | undefined {
  const doc = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  if (doc instanceof vscode.Uri) return doc;
  if (typeof doc === 'string') return vscode.Uri.parse(doc);
  if (doc && typeof doc === 'object' && 'scheme' in doc && 'path' in doc) return vscode.Uri.from(doc as { scheme: string; path: string });
  return undefined;
}

/** A relative href from one note to another (what the preview resolves best), with a #L line fragment. */
function relativeHref(from: vscode.Uri | undefined, to: vscode.Uri, line: number): string {
  const fragment = `#L${line + 1}`;
  if (!from || from.scheme !== to.scheme || from.authority !== to.authority) return `${to.toString()}${fragment}`;
  const a = from.path.split('/').slice(0, -1);
  const b = to.path.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const rel = [...a.slice(i).map(() => '..'), ...b.slice(i)].map(encodeURIComponent).join('/');
  return `${rel.startsWith('..') ? rel : `./${rel}`}${fragment}`;
}

export function extendMarkdownIt(md: unknown, index: WorkspaceIndex, config: Config): unknown {
  rooflineMarkdownItPlugin(md as MarkdownItLike, {
    resolveWikilink(target, section, env) {
      const from = currentDocument(env);
      const note = target ? index.resolveWikilink(target) : from ? index.getNote(from.toString()) : undefined;
      if (!note) return undefined;
      const heading = section ? findHeading(note.headings, section) : undefined;
      const line = heading ? lineOf(note, heading.span.start) : 0;
      return { href: relativeHref(from, uriOf(note.id), line), title: heading ? `${note.title} › ${heading.text}` : note.title };
    },
    badges(env) {
      if (!config.current.decorationsEnabled) return undefined;
      const from = currentDocument(env);
      const note = from ? index.getNote(from.toString()) : undefined;
      if (!note) return undefined;
      return note.claims.map(
        (c): PreviewBadge => ({ line: lineOf(note, c.quantity.span.start), raw: c.quantity.raw, verdict: c.evaluation.verdict, title: claimMessage(c) }),
      );
    },
  });
  return md;
}
