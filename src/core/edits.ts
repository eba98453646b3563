// Pure edit computations for the extension's code actions and commands. Each returns
// TextEditSpec[] against the given text (the open document's buffer), which the extension
// turns into one WorkspaceEdit — so the edit is undoable and unsaved changes are kept.
// Line endings follow the text (CRLF stays CRLF); frontmatter stays in its own language.
import type { Claim, Problem, Span } from './types.js';
import { locateFrontmatter } from './frontmatter.js';

export interface TextEditSpec {
  span: Span;
  newText: string;
}

/** The text's line ending: the first one found, '\n' if there is none. */
export function detectEol(text: string): '\r\n' | '\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

// ---------------------------------------------------------------------------
// Footnote annotation

const FOOTNOTE_LABEL = /\[\^rn-(\d+)\]/g;

/** The next free `rn-N` footnote label in the text. */
export function nextFootnoteLabel(text: string): string {
  let max = 0;
  for (const m of text.matchAll(FOOTNOTE_LABEL)) max = Math.max(max, Number(m[1]));
  return `rn-${max + 1}`;
}

/** Whether a footnote reference already follows the claim's quantity. */
export function isAnnotated(text: string, claim: Claim): boolean {
  return /^\s?\[\^[^\]]+\]/.test(text.slice(claim.quantity.span.end, claim.quantity.span.end + 40));
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function sourceText(source: string): string {
  return /^https?:\/\/\S+$/i.test(source.trim()) ? `<${source.trim()}>` : oneLine(source);
}

/** The footnote definition line (without line ending). `date` is YYYY-MM-DD. */
export function footnoteDefinition(label: string, claim: Claim, date: string): string {
  const e = claim.evaluation;
  const ratio = e.ratio !== null && Number.isFinite(e.ratio) ? ` (ratio ${e.ratio >= 100 || e.ratio < 0.01 ? e.ratio.toPrecision(3) : e.ratio.toFixed(2)}×)` : '';
  const parts: string[] = [];
  const against = e.route === 'spec' ? 'catalog' : 'model';
  parts.push(`Roofline Notes check, ${date}: ${e.verdict === 'consistent' ? '✓' : e.verdict === 'inconsistent' ? '✗' : '?'} ${e.verdict}`);
  let head = parts[0]!;
  if (e.modelText) head += ` — claimed ${oneLine(claim.quantity.raw)}, ${against} ${oneLine(e.modelText)}${ratio}`;
  head += '.';
  const out = [head];
  if (e.verdict === 'unverifiable' && e.reason) out.push(`Why: ${oneLine(e.reason).replace(/\.$/, '')}.`);
  if (e.derivation.length) out.push(`Derivation: ${e.derivation.map(oneLine).join('; ')}.`);
  if (e.assumptions.length) out.push(`Assumptions: ${e.assumptions.map(oneLine).join('; ')}.`);
  if (e.sources.length) out.push(`Sources: ${e.sources.map(sourceText).join(', ')}.`);
  return `[^${label}]: ${out.join(' ').replace(/\.\.(\s|$)/g, '.$1')}`;
}

/**
 * Annotates a claim: `[^rn-N]` right after its quantity and the definition at the end of the
 * note (after a blank line unless it follows other rn footnotes). Undefined if already annotated.
 */
export function footnoteEdits(text: string, claim: Claim, date: string): { label: string; edits: TextEditSpec[] } | undefined {
  if (isAnnotated(text, claim)) return undefined;
  const eol = detectEol(text);
  const label = nextFootnoteLabel(text);
  const at = claim.quantity.span.end;
  const body = text.replace(/\s+$/, '');
  const lastLine = body.split(/\r\n|\r|\n/).pop() ?? '';
  const lead = body.length === 0 ? '' : /^\[\^rn-\d+\]:/.test(lastLine) ? eol : eol + eol;
  const definition = `${lead}${footnoteDefinition(label, claim, date)}${eol}`;
  const reference = `[^${label}]`;
  // Trailing whitespace is normalised to one line break before the definition block.
  const edits: TextEditSpec[] =
    at >= body.length
      ? [{ span: { start: at, end: text.length }, newText: reference + definition }]
      : [
          { span: { start: at, end: at }, newText: reference },
          { span: { start: body.length, end: text.length }, newText: definition },
        ];
  return { label, edits };
}

// ---------------------------------------------------------------------------
// Frontmatter `hardware`

const YAML_RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

export function yamlScalar(value: string): string {
  const v = value.trim();
  if (/^[A-Za-z][A-Za-z0-9 ._+/()-]*$/.test(v) && !YAML_RESERVED.test(v) && !/\s$/.test(v) && !/ #|: /.test(v)) return v;
  return JSON.stringify(v);
}

export function tomlString(value: string): string {
  // JSON's escapes (\" \\ \n \t \uXXXX) are valid in a TOML basic string.
  return JSON.stringify(value.trim());
}

interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
  /** Start of the next line. */
  next: number;
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let pos = from;
  while (pos < to) {
    let end = pos;
    while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let next = end;
    if (text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10) next += 2;
    else if (next < to) next += 1;
    out.push({ start: pos, end, next, text: text.slice(pos, end) });
    if (next === end) break;
    pos = next;
  }
  return out;
}

/**
 * Sets `hardware` in the note's frontmatter: replaces an existing top-level key, adds one to
 * the block, or inserts a YAML block when the note has none. TOML (`+++`) stays TOML.
 */
export function hardwareFrontmatterEdits(text: string, hardware: string): TextEditSpec[] {
  const eol = detectEol(text);
  const fm = locateFrontmatter(text);
  if (!fm || fm.kind === 'none') {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return [{ span: { start: at, end: at }, newText: `---${eol}hardware: ${yamlScalar(hardware)}${eol}---${eol}` }];
  }
  const lines = linesOf(text, fm.contentSpan.start, fm.contentSpan.end);
  const insertAt = fm.closed ? fm.contentSpan.end : fm.contentSpan.start;
  // An insertion at the end of an unterminated last line needs its own line break first.
  const lead = fm.closed && fm.contentSpan.end > fm.contentSpan.start && !/[\r\n]$/.test(text.slice(fm.contentSpan.start, fm.contentSpan.end)) ? eol : '';

  if (fm.kind === 'toml') {
    const value = tomlString(hardware);
    const firstTable = lines.findIndex((l) => /^\s*\[/.test(l.text));
    const top = firstTable < 0 ? lines : lines.slice(0, firstTable);
    const existing = top.find((l) => /^\s*(?:hardware|"hardware"|'hardware')\s*=/.test(l.text));
    if (existing) {
      const m = /^(\s*(?:hardware|"hardware"|'hardware')\s*=\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^#\s][^#]*?)?(\s*#.*)?$/.exec(existing.text);
      const comment = m?.[3] ?? '';
      return [{ span: { start: existing.start, end: existing.end }, newText: `${m?.[1] ?? 'hardware = '}${value}${comment}` }];
    }
    if (firstTable >= 0) {
      // Top-level keys must come before the first [table].
      return [{ span: { start: lines[firstTable]!.start, end: lines[firstTable]!.start }, newText: `hardware = ${value}${eol}` }];
    }
    return [{ span: { start: insertAt, end: insertAt }, newText: `${lead}hardware = ${value}${eol}` }];
  }

  const value = yamlScalar(hardware);
  const idx = lines.findIndex((l) => /^(?:hardware|"hardware"|'hardware')\s*:/.test(l.text));
  if (idx >= 0) {
    const first = lines[idx]!;
    // The value may continue on indented lines (a list or block scalar): replace those too.
    let last = idx;
    for (let j = idx + 1; j < lines.length; j++) {
      const t = lines[j]!.text;
      if (t.trim() === '' || /^[ \t]/.test(t) || /^-\s/.test(t)) {
        if (t.trim() !== '') last = j;
      } else break;
    }
    const m = /^((?:hardware|"hardware"|'hardware')\s*:)[ \t]*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^#]*?)?([ \t]+#.*)?$/.exec(first.text);
    const comment = last === idx ? (m?.[3] ?? '') : '';
    return [{ span: { start: first.start, end: lines[last]!.end }, newText: `${m?.[1] ?? 'hardware:'} ${value}${comment}` }];
  }
  return [{ span: { start: insertAt, end: insertAt }, newText: `${lead}hardware: ${value}${eol}` }];
}

// ---------------------------------------------------------------------------
// Problem fixes and new notes

/** The core's machine-readable fix (mojibake, suspicious quantity) as an edit. */
export function problemFixEdit(problem: Problem): TextEditSpec | undefined {
  return problem.fix ? { span: { ...problem.fix.span }, newText: problem.fix.replacement } : undefined;
}

/**
 * The fix of a problem as an edit against `text`. For a suspicious quantity whose fix replaces
 * the whole quantity ("3.6 Blackwell GPUs") with just the corrected number ("3.6M"), only the
 * number is replaced, so the words after it survive ("3.6M Blackwell GPUs").
 */
export function problemFixEditIn(text: string, problem: Problem): TextEditSpec | undefined {
  const edit = problemFixEdit(problem);
  if (!edit || problem.code !== 'suspicious-quantity') return edit;
  const original = text.slice(edit.span.start, edit.span.end);
  const number = /^[~≈]?\s*[\d][\d,]*(?:\.\d+)?/.exec(original)?.[0];
  if (!number || number.length === original.length || !edit.newText.startsWith(number.trim())) return edit;
  if (original.slice(number.length).trim() && edit.newText.includes(original.slice(number.length).trim())) return edit;
  return { span: { start: edit.span.start, end: edit.span.start + number.length }, newText: edit.newText };
}

/** All fixes of the given problems that do not overlap, in document order. */
export function nonOverlappingFixes(problems: readonly Problem[]): TextEditSpec[] {
  const edits = problems.map(problemFixEdit).filter((e): e is TextEditSpec => !!e).sort((a, b) => a.span.start - b.span.start);
  const out: TextEditSpec[] = [];
  let end = -1;
  for (const e of edits) {
    if (e.span.start < end) continue;
    out.push(e);
    end = e.span.end;
  }
  return out;
}

/** Applies edits to a string (for tests and previews). Edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEditSpec[]): string {
  const sorted = [...edits].map((e, i) => ({ e, i })).sort((a, b) => b.e.span.start - a.e.span.start || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/**
 * A relative file path for a new note named by a wikilink target: characters that are
 * not allowed in file names are replaced, `..` segments dropped, `.md` added.
 */
export function noteFileName(target: string): string | undefined {
  const segments = target
    .replace(/\\/g, '/')
    .split('/')
    .map((s) => s.replace(/[<>:"|?*\u0000-\u001f]/g, '-').trim())
    .filter((s) => s && s !== '.' && s !== '..');
  if (segments.length === 0) return undefined;
  const last = segments[segments.length - 1]!.replace(/[. ]+$/, '');
  if (!last) return undefined;
  segments[segments.length - 1] = /\.(md|markdown)$/i.test(last) ? last : `${last}.md`;
  return segments.join('/');
}

/** The text of a new note: a title line. */
export function newNoteContent(title: string, eol: '\n' | '\r\n' = '\n'): string {
  const clean = title.replace(/\.(md|markdown)$/i, '').replace(/\s+/g, ' ').trim();
  return `# ${clean}${eol}${eol}`;
}
