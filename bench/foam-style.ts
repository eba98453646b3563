// The "Foam-style" baseline: what foam-vscode does to index a workspace.
// Same packages and versions as foam-vscode's markdown-parser.ts
// (unified 9, remark-parse 8 with gfm, remark-frontmatter 2 for YAML,
// remark-wiki-link 0.0.4 with aliasDivider '|', unist-util-visit 2, yaml 2),
// installed under aliased names so they do not clash with the engine's remark 11.
//
// Per note: parse to an mdast tree, walk it once, and collect what Foam's parser
// plugins collect: title (frontmatter, else first h1), YAML properties, tags
// (frontmatter + #hashtags in text), sections (heading ranges), wikilinks and
// markdown links with their ranges. Then, like Foam's graph, resolve wikilinks by
// note name and build the backlink map. Written for the benchmark, not copied.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface UnistPoint {
  line: number;
  column: number;
  offset: number;
}
interface UnistNode {
  type: string;
  value?: string;
  depth?: number;
  url?: string;
  children?: UnistNode[];
  data?: { alias?: string; permalink?: string };
  position: { start: UnistPoint; end: UnistPoint };
}
interface Processor {
  use(plugin: unknown, options?: unknown): Processor;
  parse(text: string): UnistNode;
}

const unified = require('unified-9') as () => Processor;
const remarkParse = require('remark-parse-8') as unknown;
const remarkFrontmatter = require('remark-frontmatter-2') as unknown;
const wikiLinkModule = require('remark-wiki-link-0') as { default?: unknown };
const wikiLink = wikiLinkModule.default ?? wikiLinkModule;
const visit = require('unist-util-visit-2') as (tree: UnistNode, visitor: (node: UnistNode) => void) => void;
const YAML = require('yaml-2') as { parse(s: string): unknown };

export const FOAM_PACKAGES = ['unified@9', 'remark-parse@8 {gfm:true}', "remark-frontmatter@2 ['yaml']", "remark-wiki-link@0.0.4 {aliasDivider:'|'}", 'unist-util-visit@2', 'yaml@2'];

const parser = unified().use(remarkParse, { gfm: true }).use(remarkFrontmatter, ['yaml']).use(wikiLink, { aliasDivider: '|' });

interface FoamRange {
  startLine: number;
  startCol: number;
  endLine: number;
  endCol: number;
}

export interface FoamResource {
  id: string;
  name: string;
  title: string;
  properties: Record<string, unknown>;
  tags: string[];
  sections: { label: string; range: FoamRange }[];
  links: { type: 'wikilink' | 'link'; rawText: string; target: string; range: FoamRange }[];
}

function range(node: UnistNode): FoamRange {
  const p = node.position;
  return { startLine: p.start.line - 1, startCol: p.start.column - 1, endLine: p.end.line - 1, endCol: p.end.column - 1 };
}

function textOf(node: UnistNode): string {
  let s = '';
  visit(node, (n) => {
    if (n.type === 'text' || n.type === 'wikiLink') s += n.value ?? '';
  });
  return s;
}

const HASHTAG = /(?:^|\s)#([\p{L}\p{N}_/-]+)/gu;

export function foamParse(id: string, text: string): FoamResource {
  const tree = parser.parse(text);
  const name = (id.split('/').pop() ?? id).replace(/\.(md|markdown)$/i, '');
  const res: FoamResource = { id, name, title: '', properties: {}, tags: [], sections: [], links: [] };
  let fmTitle: string | undefined;
  const stack: { label: string; level: number; start: UnistPoint }[] = [];
  visit(tree, (node) => {
    switch (node.type) {
      case 'yaml': {
        try {
          const props = (YAML.parse(node.value ?? '') ?? {}) as Record<string, unknown>;
          res.properties = props;
          if (props.title !== undefined && props.title !== null) fmTitle = String(props.title);
          const tags = props.tags;
          if (Array.isArray(tags)) for (const t of tags) res.tags.push(String(t));
          else if (typeof tags === 'string') for (const t of tags.split(',')) res.tags.push(t.trim());
        } catch {
          // Foam logs and goes on.
        }
        break;
      }
      case 'heading': {
        const label = textOf(node);
        const level = node.depth ?? 0;
        if (!label || !level) break;
        if (res.title === '' && level === 1) res.title = label;
        while (stack.length && stack[stack.length - 1]!.level >= level) {
          const s = stack.pop()!;
          res.sections.push({ label: s.label, range: { startLine: s.start.line - 1, startCol: s.start.column - 1, endLine: node.position.start.line - 1, endCol: node.position.start.column - 1 } });
        }
        stack.push({ label, level, start: node.position.start });
        break;
      }
      case 'wikiLink': {
        const start = node.position.start.offset;
        const embed = text.charAt(start - 1) === '!';
        res.links.push({ type: 'wikilink', rawText: text.slice(embed ? start - 1 : start, node.position.end.offset), target: node.value ?? '', range: range(node) });
        break;
      }
      case 'link':
      case 'image': {
        const url = node.url ?? '';
        if (/^[a-z][a-z0-9+.-]*:/i.test(url)) break; // Foam keeps only links to files in the workspace
        res.links.push({ type: 'link', rawText: text.slice(node.position.start.offset, node.position.end.offset), target: url, range: range(node) });
        break;
      }
      case 'text': {
        const v = node.value ?? '';
        if (v.includes('#')) for (const m of v.matchAll(HASHTAG)) res.tags.push(m[1]!);
        break;
      }
    }
  });
  const endLine = tree.position.end.line;
  while (stack.length) {
    const s = stack.pop()!;
    res.sections.push({ label: s.label, range: { startLine: s.start.line - 1, startCol: s.start.column - 1, endLine, endCol: 0 } });
  }
  res.sections.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startCol - b.range.startCol);
  res.title = fmTitle ?? (res.title || name);
  return res;
}

/** Foam's workspace + graph: resources by id, wikilinks resolved by note name, backlinks per target. */
export class FoamStyleWorkspace {
  readonly resources = new Map<string, FoamResource>();
  readonly backlinks = new Map<string, Set<string>>();

  add(id: string, text: string): FoamResource {
    const r = foamParse(id, text);
    this.resources.set(id, r);
    return r;
  }

  /** Builds the link graph once every resource is in (Foam computes it after the workspace loads). */
  buildGraph(): number {
    const byName = new Map<string, string>();
    for (const r of this.resources.values()) byName.set(r.name.toLowerCase(), r.id);
    let resolved = 0;
    for (const r of this.resources.values()) {
      for (const l of r.links) {
        if (l.type !== 'wikilink') continue;
        const target = byName.get(l.target.split('#')[0]!.split('/').pop()!.toLowerCase());
        if (!target) continue;
        resolved++;
        let set = this.backlinks.get(target);
        if (!set) this.backlinks.set(target, (set = new Set()));
        set.add(r.id);
      }
    }
    return resolved;
  }
}
