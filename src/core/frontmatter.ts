// Frontmatter: YAML (---) or TOML (+++) at the top of a note, read by gray-matter's rules
// with its YAML engine (js-yaml) or smol-toml. Never throws: a malformed block
// becomes a Problem with its position, and the note is still indexed.
import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';
import type { FrontmatterKind, Problem, Span } from './types.js';

export interface FrontmatterResult {
  kind: FrontmatterKind;
  data: Record<string, unknown>;
  /** The whole block including fences, or null. */
  span: Span | null;
  /** Where the body starts. */
  bodyStart: number;
  /** The block's inner text span (between the fences). */
  contentSpan: Span | null;
  problems: Problem[];
}

const FENCES: Record<'---' | '+++', FrontmatterKind> = { '---': 'yaml', '+++': 'toml' };

/** Finds the fenced block at the very top (after an optional BOM). */
export function locateFrontmatter(text: string): { kind: FrontmatterKind; span: Span; contentSpan: Span; closed: boolean } | null {
  const offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fence = text.slice(offset, offset + 3);
  if (fence !== '---' && fence !== '+++') return null;
  const firstLineEnd = lineEnd(text, offset);
  if (text.slice(offset, firstLineEnd).trimEnd() !== fence) return null;
  const contentStart = nextLine(text, firstLineEnd);
  let pos = contentStart;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const line = text.slice(pos, end).trimEnd();
    if (line === fence || (fence === '---' && line === '...')) {
      return { kind: FENCES[fence], span: { start: 0, end: nextLine(text, end) }, contentSpan: { start: contentStart, end: pos }, closed: true };
    }
    pos = nextLine(text, end);
  }
  // An opening fence with no closing one: YAML '---' alone is also a thematic break,
  // so only treat it as frontmatter if the next line looks like a key.
  if (fence === '---' && !/^[\w"'-]+\s*:/.test(text.slice(contentStart, lineEnd(text, contentStart)))) return null;
  return { kind: FENCES[fence], span: { start: 0, end: text.length }, contentSpan: { start: contentStart, end: text.length }, closed: false };
}

export function parseFrontmatter(text: string): FrontmatterResult {
  const located = locateFrontmatter(text);
  if (!located) return { kind: 'none', data: pageProperties(text), span: null, bodyStart: 0, contentSpan: null, problems: [] };
  const { kind, span, contentSpan, closed } = located;
  const problems: Problem[] = [];
  if (!closed) {
    problems.push({
      code: 'frontmatter-invalid',
      severity: 'error',
      message: `${kind.toUpperCase()} frontmatter opened at 1:1 is never closed; the whole note was read as frontmatter`,
      span: { start: 0, end: Math.min(3, text.length) },
    });
  }
  // gray-matter leaves a stray \r in CRLF blocks that breaks TOML: normalise first.
  // Line numbers survive the normalisation, which is how errors map back.
  const content = text.slice(contentSpan.start, contentSpan.end).replace(/\r\n?/g, '\n');
  let data: Record<string, unknown> = {};
  try {
    data = parseBlock(kind, content);
  } catch (error) {
    let { line, column, reason } = errorPosition(error, kind);
    // An unclosed quote or bracket is reported where the stream ends: point at the line that opened it.
    const opened = kind === 'yaml' && /end of the stream|unexpected end/i.test(reason) ? unclosedLine(content) : undefined;
    if (opened !== undefined) {
      line = opened;
      column = 0;
      reason = `${reason} (an unclosed quote or bracket on this line)`;
    }
    const lineStart = lineOffset(text, contentSpan.start, line);
    const at = Math.min(lineStart + column, contentSpan.end);
    // The lines that parse on their own are kept: one broken value should not lose the title and date.
    const salvaged = kind === 'yaml' ? salvageYaml(content) : {};
    data = salvaged;
    const kept = Object.keys(salvaged);
    problems.push({
      code: 'frontmatter-invalid',
      severity: 'error',
      message: `Malformed ${kind.toUpperCase()} frontmatter (${line + 2}:${column + 1}): ${reason}. ${kept.length ? `Read line by line instead: kept ${kept.join(', ')}.` : 'The note is indexed without it.'}`,
      span: { start: at, end: Math.min(lineEnd(text, at), contentSpan.end) || at },
    });
  }
  return { kind, data, span, bodyStart: span.end, contentSpan, problems };
}

/**
 * Logseq page properties: "key:: value" lines at the very top of a note without frontmatter ("title:: …",
 * "tags:: gtc, [[Blackwell]]", "date:: [[Mar 19th, 2025]]"). Links and "#" are dropped from values, and tags
 * and aliases are lists. The lines stay in the body, as Logseq shows them.
 */
export function pageProperties(text: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let lines = 0; pos < text.length && lines < MAX_PROPERTY_LINES; lines++) {
    const end = lineEnd(text, pos);
    const m = PROPERTY_LINE.exec(text.slice(pos, end));
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const value = (m[2] ?? '').trim();
    if (!(key in data)) data[key] = LIST_PROPERTIES.has(key) ? value.split(',').map(propertyText).filter((v) => v !== '') : propertyText(value);
    pos = nextLine(text, end);
  }
  return Object.keys(data).length > 0 ? data : notionProperties(text, pos);
}

/**
 * Notion's markdown export: "# Title", a blank line, then "Created: March 18, 2025 9:30 AM", "Tags: gpu, hbm" — one
 * "Key: value" a line, read as properties when every line of that first paragraph is one and one key is known.
 */
function notionProperties(text: string, start: number): Record<string, unknown> {
  let pos = start;
  const h1 = lineEnd(text, pos);
  if (!/^#\s/.test(text.slice(pos, h1))) return {};
  pos = nextLine(text, h1);
  while (pos < text.length && lineEnd(text, pos) === pos) pos = nextLine(text, pos);
  const data: Record<string, unknown> = {};
  let known = false;
  for (let lines = 0; pos < text.length && lines < MAX_PROPERTY_LINES; lines++) {
    const end = lineEnd(text, pos);
    if (end === pos || /^\s*$/.test(text.slice(pos, end))) break;
    const m = NOTION_PROPERTY_LINE.exec(text.slice(pos, end));
    if (!m) return {};
    const key = m[1]!.toLowerCase().replace(/\s+/g, '_');
    known ||= NOTION_KEYS.has(key);
    if (!(key in data)) data[key] = LIST_PROPERTIES.has(key) ? m[2]!.split(',').map(propertyText).filter((v) => v !== '') : propertyText(m[2]!);
    pos = nextLine(text, end);
  }
  return known ? data : {};
}

const NOTION_PROPERTY_LINE = /^([A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,2}): (\S.{0,300}?)[ \t\r]*$/;
// (Not "Speakers:": a line of prose that names a talk's speakers is the talk's, read by the talk extractor.)
const NOTION_KEYS = new Set(['created', 'date', 'tags', 'event', 'conference', 'published', 'last_edited_time', 'created_time']);

// (The value is the rest of the line, trimmed by the caller: no blank run is shared between two parts of the pattern.)
const PROPERTY_LINE = /^([A-Za-z][\w-]{0,40})::(?:[ \t]([^\n]*))?$/;
const MAX_PROPERTY_LINES = 50;
const LIST_PROPERTIES = new Set(['tags', 'tag', 'alias', 'aliases', 'keywords']);

function propertyText(value: string): string {
  return value.trim().replace(/\[\[([^\]]*)\]\]/g, '$1').replace(/^#/, '').trim();
}

function parseBlock(kind: FrontmatterKind, content: string): Record<string, unknown> {
  if (content.trim() === '') return {};
  const data = kind === 'toml' ? asGrayMatter(content, '+++', parseToml) : asGrayMatter(content, '---', yamlEngine.parse);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw Object.assign(new Error('frontmatter is not a key/value map'), { line: 0, column: 0 });
  }
  // YAML aliases share nodes: 500 bytes of "&a [*b, *b, …]" can stand for a billion values, which every later step
  // (the cache, JSON output) would expand. A note's metadata never needs more than a few thousand.
  if (expandedSize(data, MAX_FRONTMATTER_VALUES) > MAX_FRONTMATTER_VALUES) {
    throw Object.assign(new Error(`frontmatter expands to more than ${MAX_FRONTMATTER_VALUES} values (YAML aliases repeating one another)`), { line: 0, column: 0 });
  }
  return data as Record<string, unknown>;
}

const MAX_FRONTMATTER_VALUES = 10_000;

/** How many values `data` holds with every shared node counted each time it is used, counting stopped past `limit`. */
function expandedSize(data: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0 && count <= limit) {
    const x = stack.pop();
    count++;
    if (x !== null && typeof x === 'object') for (const v of Object.values(x as object)) stack.push(v);
  }
  return count;
}

/** gray-matter's YAML engine (js-yaml's safe loader), which it exposes. */
const yamlEngine = (matter as unknown as { engines: { yaml: { parse: (s: string) => unknown } } }).engines.yaml;

/**
 * What gray-matter reads from `${fence}\n${content}\n${fence}\n` with `parse` as its engine, without
 * its per-call work (option merging, a Buffer copy of the input, and a result cache when called
 * without options): the same block goes to the same parser.
 */
function asGrayMatter(content: string, fence: '---' | '+++', parse: (block: string) => unknown): unknown {
  // gray-matter's block runs from the newline after the opening fence to the first newline
  // followed by the fence, which may come before the closing fence we added.
  const wrapped = `\n${content}\n${fence}\n`;
  const block = wrapped.slice(0, wrapped.indexOf(`\n${fence}`));
  // A block of comments only is empty to gray-matter (its own test, kept as it is). Its test
  // can only empty a block whose first non-space character starts a comment.
  const first = block.search(/\S/);
  if (first < 0 || (block.charCodeAt(first) === 35 && block.replace(/^[ \t]*#[^\n]+/gm, '').trim() === '')) return {};
  const data = parse(block);
  // gray-matter turns a null document into an empty map.
  return data == null ? {} : data;
}

/** The first content line with an odd number of double quotes or more opening than closing brackets. */
function unclosedLine(content: string): number | undefined {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.replace(/'[^']*'/g, '');
    const quotes = (l.match(/"/g) ?? []).length - (l.match(/\\"/g) ?? []).length;
    const open = (l.match(/[[{]/g) ?? []).length;
    const close = (l.match(/[\]}]/g) ?? []).length;
    if (quotes % 2 === 1 || open > close) return i;
  }
  return undefined;
}

/** Top-level "key: value" lines of a broken YAML block that parse on their own. */
function salvageYaml(content: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of content.split('\n')) {
    if (!/^[A-Za-z_][\w-]{0,40}\s*:/.test(line)) continue;
    try {
      const one = yamlEngine.parse(line);
      if (one && typeof one === 'object' && !Array.isArray(one)) for (const [k, v] of Object.entries(one as Record<string, unknown>)) if (!(k in out) && v !== null) out[k] = v;
    } catch {
      // This line is the broken one (or part of a block): skip it.
    }
  }
  return out;
}

function errorPosition(error: unknown, kind: FrontmatterKind): { line: number; column: number; reason: string } {
  const e = error as { mark?: { line: number; column: number }; reason?: string; line?: number; column?: number; message?: string };
  if (kind === 'yaml' && e.mark) {
    // js-yaml's buffer starts with the newline after '---', so its line 1 is content line 0.
    return { line: Math.max(0, e.mark.line - 1), column: e.mark.column, reason: e.reason ?? 'invalid YAML' };
  }
  if (typeof e.line === 'number') {
    const firstLine = (e.message ?? 'invalid TOML').split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
    // gray-matter hands the engine the block with its leading newline, so TOML line 2 is content line 0.
    return { line: Math.max(0, e.line - 2), column: Math.max(0, (e.column ?? 1) - 1), reason: firstLine };
  }
  return { line: 0, column: 0, reason: (e.message ?? String(error)).split('\n')[0]! };
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

function nextLine(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return end < text.length ? end + 1 : end;
}

function lineOffset(text: string, from: number, line: number): number {
  let pos = from;
  for (let i = 0; i < line && pos < text.length; i++) pos = nextLine(text, lineEnd(text, pos));
  return pos;
}

/** The raw text of a top-level key's value as written in the block ("'Mar 18, 2025'"), for keeping originals. */
export function rawFrontmatterValue(text: string, contentSpan: Span | null, key: string): string | null {
  if (!contentSpan) return null;
  const block = text.slice(contentSpan.start, contentSpan.end);
  const match = valueLine(key).exec(block);
  return match ? trimSpacesAndTabs(match[1]!).replace(/^(["'])(.*)\1$/, '$2') : null;
}

/** A loop, not /[ \t]+$/: a regex anchored at the end rescans every run of blanks (quadratic on a long line). */
function trimSpacesAndTabs(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 9)) start++;
  while (end > start && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return s.slice(start, end);
}

/** Per key, the regex of its line (callers ask for a few fixed keys: a small, bounded cache). */
const VALUE_LINES = new Map<string, RegExp>();

function valueLine(key: string): RegExp {
  let re = VALUE_LINES.get(key);
  if (re === undefined) {
    // Not global, so `exec` keeps no state between notes.
    // The rest of the line, trimmed by the caller: a lazy group before optional blanks would be quadratic.
    re = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*[:=]([^\\r\\n\\u2028\\u2029]*)`, 'm');
    if (VALUE_LINES.size >= 32) VALUE_LINES.clear();
    VALUE_LINES.set(key, re);
  }
  return re;
}
