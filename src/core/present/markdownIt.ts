// A markdown-it plugin for VS Code's built-in markdown preview:
//  - [[note]], [[note#section]], [[note|label]] render as links to the resolved note
//    (or as a "broken" span with a tooltip when nothing resolves);
//  - verdict badges (✓ ✗ ?) after the claims the index found, matched by line and text.
// Everything from the note is escaped; the plugin emits no raw HTML from note text.
import type { Verdict } from '../types.js';
import { escapeHtml } from './escape.js';
import { verdictLabel, verdictSymbol } from './format.js';

export interface MdToken {
  type: string;
  tag: string;
  nesting: number;
  content: string;
  attrs: [string, string][] | null;
  map: [number, number] | null;
  children: MdToken[] | null;
  meta: unknown;
  level?: number;
}

interface InlineState {
  src: string;
  pos: number;
  posMax: number;
  env: unknown;
  push(type: string, tag: string, nesting: number): MdToken;
}

type RenderRule = (tokens: MdToken[], idx: number, options: unknown, env: unknown, self: unknown) => string;

/** The parts of markdown-it the plugin uses. */
export interface MarkdownItLike {
  inline: { ruler: { before(beforeName: string, ruleName: string, fn: (state: InlineState, silent: boolean) => boolean): void } };
  renderer: { rules: Record<string, RenderRule | undefined>; render(tokens: MdToken[], options: unknown, env: unknown): string };
}

export interface WikilinkResolution {
  href: string;
  /** Tooltip, e.g. the target note's title. */
  title: string;
}

export interface PreviewBadge {
  /** 0-based source line of the claim's quantity. */
  line: number;
  /** The quantity as written, to place the badge right after it. */
  raw: string;
  verdict: Verdict;
  /** Tooltip text (plain). */
  title: string;
}

export interface RooflinePreviewHooks {
  resolveWikilink(target: string, section: string | undefined, env: unknown): WikilinkResolution | undefined;
  badges(env: unknown): readonly PreviewBadge[] | undefined;
}

export interface ParsedWikilink {
  target: string;
  section?: string;
  label?: string;
}

/** "note#section|label" → parts; undefined when there is no target. */
export function parseWikilinkInner(inner: string): ParsedWikilink | undefined {
  const pipe = inner.indexOf('|');
  const ref = (pipe >= 0 ? inner.slice(0, pipe) : inner).trim();
  const label = pipe >= 0 ? inner.slice(pipe + 1).trim() : undefined;
  const hash = ref.indexOf('#');
  const target = (hash >= 0 ? ref.slice(0, hash) : ref).trim();
  const section = hash >= 0 ? ref.slice(hash + 1).trim() : undefined;
  if (!target && !section) return undefined;
  const out: ParsedWikilink = { target };
  if (section) out.section = section;
  if (label) out.label = label;
  return out;
}

interface WikilinkMeta {
  rooflineWikilink: { target: string; section?: string };
}

function wikilinkMeta(t: MdToken): WikilinkMeta['rooflineWikilink'] | undefined {
  const meta = t.meta as Partial<WikilinkMeta> | null | undefined;
  return meta && typeof meta === 'object' ? meta.rooflineWikilink : undefined;
}

/**
 * Wikilinks are tokenized at parse time (VS Code caches tokens per document version, and its
 * parse env does not name the document) and resolved at render time, when `env` names the
 * document and the index is current. Badges are added at render time too, on copies of the
 * cached tokens, so repeated renders never accumulate them.
 */
export function rooflineMarkdownItPlugin(md: MarkdownItLike, hooks: RooflinePreviewHooks): void {
  md.inline.ruler.before('link', 'roofline_wikilink', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x5b) return false;
    const end = src.indexOf(']]', pos + 2);
    if (end < 0 || end > state.posMax) return false;
    const inner = src.slice(pos + 2, end);
    if (inner.length === 0 || inner.length > 500 || /[[\]\n\r]/.test(inner)) return false;
    const parsed = parseWikilinkInner(inner);
    if (!parsed) return false;
    if (!silent) {
      const open = state.push('link_open', 'a', 1);
      open.attrs = [
        ['href', '#'],
        ['class', 'roofline-wikilink'],
      ];
      const meta: WikilinkMeta = { rooflineWikilink: { target: parsed.target, ...(parsed.section ? { section: parsed.section } : {}) } };
      open.meta = meta;
      const t = state.push('text', '', 0);
      t.content = parsed.label ?? (parsed.section ? `${parsed.target}${parsed.target ? ' › ' : ''}${parsed.section}` : parsed.target);
      state.push('link_close', 'a', -1);
    }
    state.pos = end + 2;
    return true;
  });

  md.renderer.rules.roofline_broken_wikilink = (tokens, idx) => {
    const t = tokens[idx]!;
    const target = (t.meta as { target?: string } | null)?.target ?? '';
    return `<span class="roofline-wikilink roofline-broken" title="${escapeHtml(`No note named “${target}” in the workspace`)}">${escapeHtml(t.content)}</span>`;
  };

  md.renderer.rules.roofline_badge = (tokens, idx) => {
    const meta = tokens[idx]!.meta as { verdict: Verdict; title: string };
    return `<span class="roofline-badge roofline-${escapeHtml(meta.verdict)}" title="${escapeHtml(meta.title)}" aria-label="${escapeHtml(verdictLabel(meta.verdict))}">${verdictSymbol(meta.verdict)}</span>`;
  };

  const renderer = md.renderer;
  const render = renderer.render.bind(renderer);
  renderer.render = (tokens, options, env) => {
    let out = tokens;
    try {
      out = prepare(tokens, env, hooks);
    } catch {
      out = tokens;
    }
    return render(out, options, env);
  };
}

function clone(t: MdToken, changes: Partial<MdToken>): MdToken {
  return Object.assign(Object.create(Object.getPrototypeOf(t) as object) as MdToken, t, changes);
}

/** Copies of the tokens with wikilinks resolved and badges placed; the input is not modified. */
function prepare(tokens: MdToken[], env: unknown, hooks: RooflinePreviewHooks): MdToken[] {
  let badges: readonly PreviewBadge[] | undefined;
  try {
    badges = hooks.badges(env);
  } catch {
    badges = undefined;
  }
  const byLine = new Map<number, PreviewBadge[]>();
  for (const b of badges ?? []) {
    let list = byLine.get(b.line);
    if (!list) byLine.set(b.line, (list = []));
    list.push(b);
  }
  return tokens.map((block) => {
    if (block.type !== 'inline' || !block.children) return block;
    let children = resolveWikilinks(block.children, env, hooks);
    if (block.map && byLine.size) {
      const wanted: PreviewBadge[] = [];
      for (let l = block.map[0]; l < block.map[1]; l++) wanted.push(...(byLine.get(l) ?? []));
      if (wanted.length) children = placeBadges(children, wanted);
    }
    return children === block.children ? block : clone(block, { children });
  });
}

function resolveWikilinks(children: MdToken[], env: unknown, hooks: RooflinePreviewHooks): MdToken[] {
  if (!children.some((t) => t.type === 'link_open' && wikilinkMeta(t))) return children;
  const out: MdToken[] = [];
  for (let i = 0; i < children.length; i++) {
    const t = children[i]!;
    const link = t.type === 'link_open' ? wikilinkMeta(t) : undefined;
    if (!link) {
      out.push(t);
      continue;
    }
    let resolved: WikilinkResolution | undefined;
    try {
      resolved = hooks.resolveWikilink(link.target, link.section, env);
    } catch {
      resolved = undefined;
    }
    if (resolved) {
      out.push(clone(t, { attrs: [['href', resolved.href], ['title', resolved.title], ['class', 'roofline-wikilink']] }));
      continue;
    }
    // Unresolved: the label (up to link_close) becomes one "broken" span.
    let label = '';
    let j = i + 1;
    for (; j < children.length && children[j]!.type !== 'link_close'; j++) label += children[j]!.content;
    out.push(clone(t, { type: 'roofline_broken_wikilink', tag: 'span', nesting: 0, content: label, attrs: null, meta: { target: link.target } }));
    i = j;
  }
  return out;
}

/** Inserts a badge token after the first not-yet-used occurrence of each badge's text, in order. */
function placeBadges(children: MdToken[], badges: PreviewBadge[]): MdToken[] {
  const out = [...children];
  let cursorToken = 0;
  let cursorOffset = 0;
  for (const badge of badges) {
    if (!badge.raw) continue;
    for (let i = cursorToken; i < out.length; i++) {
      const t = out[i]!;
      if (t.type !== 'text') continue;
      const from = i === cursorToken ? cursorOffset : 0;
      const at = t.content.indexOf(badge.raw, from);
      if (at < 0) continue;
      const cut = at + badge.raw.length;
      const before = clone(t, { content: t.content.slice(0, cut) });
      const mark = clone(t, { type: 'roofline_badge', tag: 'span', content: '', meta: { verdict: badge.verdict, title: badge.title } });
      const after = clone(t, { content: t.content.slice(cut) });
      out.splice(i, 1, before, mark, after);
      cursorToken = i + 2;
      cursorOffset = 0;
      break;
    }
  }
  return out;
}
