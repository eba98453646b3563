// One note: text → frontmatter → markdown structure → talks, claims, verdicts, problems.
import type { Link, Note, NoteContext, Precision, Problem, Span } from './types.js';
import { parseFrontmatter, rawFrontmatterValue } from './frontmatter.js';
import { dateInFileName, dateInText, normalizeDate } from './dates.js';
import { parseMarkdown, type ParserName } from './markdown.js';
import { extractTalks } from './talks.js';
import type { TalkMemo } from './talks/memo.js';
import { repairMojibake } from './mojibake.js';
import { computeLineStarts, detach, hashText, withoutWikilinks } from './text.js';
import { intern } from './intern.js';
import { detectClaims } from './claims.js';
import { evaluateClaims, type VerifyOptions } from './verify.js';
import { resolveHardware, resolveModel } from './catalog/index.js';

export interface AnalyzeOptions extends VerifyOptions {
  parser?: ParserName;
}

const PRECISIONS: Precision[] = ['fp64', 'fp32', 'tf32', 'bf16', 'fp16', 'fp8', 'int8', 'fp6', 'fp4', 'int4'];

/**
 * `hash` is the content hash when the caller has it already (of the file's bytes). `memo` carries what
 * this note's lines gave in its last analysis, for re-analysing it after an edit; it is updated.
 */
export function analyzeNote(id: string, text: string, options: AnalyzeOptions = {}, hash?: string, memo?: TalkMemo): Note {
  const fm = parseFrontmatter(text);
  const problems: Problem[] = [...fm.problems];
  const data = fm.data;
  const structure = parseMarkdown(text, fm.bodyStart, options.parser ?? 'fast');
  const name = fileStem(id);

  const h1 = structure.headings.find((h) => h.depth === 1);
  // (Read as it should read: the index and the talks tree would otherwise split "Hot Chips — 2025" in two.)
  // ("#+TITLE: MLSys 2026 — notebook" atop an org-style note is its title, as a frontmatter title would be.)
  const title = unmangled(stringValue(data.title)) ?? orgTitle(text, fm.bodyStart) ?? h1?.text ?? name;
  // Without a frontmatter date, a full date in the title or the first line ("# ISSCC 2025 — Feb 17, 2025").
  const date =
    normalizeDate(data.date ?? data.published ?? data.created, rawFrontmatterValue(text, fm.contentSpan, data.date !== undefined ? 'date' : data.published !== undefined ? 'published' : 'created')) ??
    dateInText(h1?.text) ??
    dateInText(firstLineOf(text, fm.bodyStart)) ??
    dateInFileName(name);
  // "date: 2024-13-45": said, not silently dropped (nor rolled over to 2025-02-14, as YAML would).
  const rawDate = data.date !== undefined ? rawFrontmatterValue(text, fm.contentSpan, 'date') : null;
  if (rawDate && !normalizeDate(data.date, rawDate) && /^\s*["']?\d{4}-\d{1,2}-\d{1,2}/.test(rawDate)) {
    problems.push({ code: 'frontmatter-invalid', severity: 'warning', message: `date: ${rawDate.trim()} is no calendar date; the note is left without one.`, span: keySpan(text, fm.contentSpan, 'date') ?? fm.span ?? undefined });
  }
  // Frontmatter tags, then the note's inline ones ("#hbm", "#gpu/nvidia", Logseq's "#[[Vera Rubin]]").
  const tags = withInlineTags(listValue(data.tags ?? data.tag ?? data.keywords), structure.prose);
  // ("draft: yes" is YAML 1.1's true; as a string it is the same wish.)
  const draft = data.draft === true || (typeof data.draft === 'string' && /^(?:true|yes|y|on)$/i.test(data.draft.trim()));
  // (A podcast's or lecture's notes name their show or course as the event.)
  const declaredEvent = stringValue(data.event) ?? stringValue(data.conference) ?? stringValue(data.show) ?? stringValue(data.podcast) ?? stringValue(data.series) ?? stringValue(data.course);
  // Else a Dataview/Logseq property line at the top ("event:: [[Swiss AI Summit 2026]]"), before any heading but the H1.
  const propertyEvent = declaredEvent === undefined ? topPropertyEvent(text, fm.bodyStart, structure.headings) : undefined;
  const event = unmangled(declaredEvent ?? propertyEvent) ?? null;

  const context: NoteContext = {};
  const hardwareName = stringValue(data.hardware) ?? stringValue(data.gpu) ?? stringValue(data.accelerator);
  if (hardwareName) {
    const ref = resolveHardware(hardwareName, options.userAccelerators);
    if (ref) context.hardware = ref.id;
    else {
      problems.push({
        code: 'hardware-unknown',
        severity: 'warning',
        message: `Unknown hardware "${hardwareName}" in frontmatter; run \`roofline-notes hardware\` for the catalog ids.`,
        span: keySpan(text, fm.contentSpan, 'hardware') ?? fm.span ?? undefined,
      });
    }
  }
  const precision = stringValue(data.precision)?.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (precision && (PRECISIONS as string[]).includes(precision)) context.precision = precision as Precision;
  const modelName = stringValue(data.model);
  if (modelName) {
    const model = resolveModel(modelName);
    if (model) context.model = model.id;
  }

  // Mojibake: report each run with its repair, in the frontmatter too ("title: Hot Chips â€” Day 1").
  const repair = repairMojibake(text);
  for (const fix of repair.fixes) {
    const span = { start: fix.span.start, end: fix.span.end };
    problems.push({
      code: 'mojibake',
      severity: 'warning',
      message: `Mojibake "${fix.original}" (UTF-8 read as Windows-1252); it should read "${fix.replacement}".`,
      span,
      fix: { span, replacement: fix.replacement, title: `Replace "${fix.original}" with "${fix.replacement}"` },
    });
  }

  const talkFields = (typeof data.event === 'string' || propertyEvent !== undefined) && event !== null && data.event !== event ? { ...data, event } : data;
  // (A title made from the file name is no event: talks of "12-meetup-notes.md" are not at "12-meetup-notes"; unless
  // the file is named as a title is written, "GTC 2026 day 2.md".)
  const talks = extractTalks({ text, blocks: structure.blocks, headings: structure.headings, frontmatter: talkFields, title: title === name && !namedLikeEvent(name) ? '' : title, memo });
  const detected = detectClaims(text, structure, { talks, userAccelerators: options.userAccelerators, dotThousands: writesDotGroups(data) });
  const claims = evaluateClaims(detected, text, structure, context, options);
  for (const claim of claims) {
    if (claim.suspicion) {
      problems.push({
        code: 'suspicious-quantity',
        severity: 'warning',
        message: claim.suspicion.message,
        span: claim.quantity.span,
        // The fix replaces only the number ("3.6" → "3.6M"), never the words after it.
        fix: { span: numberSpan(claim.quantity.span.start, claim.quantity.raw), replacement: claim.suspicion.suggestion, title: `Did you mean ${claim.suspicion.suggestion}?` },
      });
    }
  }

  return {
    id,
    name,
    title: detach(title),
    date,
    tags,
    draft,
    event: event ? detach(event) : null,
    frontmatterKind: fm.kind,
    frontmatter: data,
    frontmatterSpan: fm.span,
    context,
    headings: structure.headings,
    sections: structure.sections,
    links: withFrontmatterLinks(text, fm.contentSpan, structure.links).map((l) => ({ ...l, target: detach(l.target), label: l.label === undefined ? undefined : detach(l.label) })),
    talks: talks.map((t) => ({
      ...t,
      title: t.title === null ? null : intern(t.title),
      event: t.event === null ? null : intern(t.event),
      time: t.time === null ? null : intern(t.time),
      speakers: t.speakers.map((sp) => ({ name: intern(sp.name), affiliation: sp.affiliation === null ? null : intern(sp.affiliation) })),
    })),
    claims,
    // Messages are built from slices of the note: flatten them so the index does not keep the text alive.
    problems: problems.map((p) => ({
      ...p,
      message: intern(p.message),
      ...(p.fix ? { fix: { span: p.fix.span, replacement: intern(p.fix.replacement), title: intern(p.fix.title) } } : {}),
    })),
    lineStarts: computeLineStarts(text),
    hash: hash ?? hashText(text),
  };
}

function numberSpan(start: number, raw: string): { start: number; end: number } {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(raw);
  return m ? { start: start + m.index, end: start + m.index + m[0].length } : { start, end: start + raw.length };
}

/** The line of a top-level frontmatter key, for problems about its value. */
function keySpan(text: string, contentSpan: { start: number; end: number } | null, key: string): { start: number; end: number } | undefined {
  if (!contentSpan) return undefined;
  const block = text.slice(contentSpan.start, contentSpan.end);
  const m = new RegExp(`^${key}[ \\t]*[:=][^\\r\\n]*`, 'm').exec(block);
  return m ? { start: contentSpan.start + m.index, end: contentSpan.start + m.index + m[0].length } : undefined;
}

/**
 * "lang: de", "language: fr-FR": whether the note's language writes "1.979" for one thousand nine hundred and
 * seventy-nine; undefined when the note says no language (each statement's own words then decide).
 */
function writesDotGroups(data: Record<string, unknown>): boolean | undefined {
  const lang = languageValue(data.lang) ?? languageValue(data.language) ?? languageValue(data.locale);
  return lang === undefined ? undefined : DOT_GROUP_LANGUAGES.test(lang);
}
/** A language tag, or a list's first ("lang: [de]", "lang: [es, en]"). */
function languageValue(v: unknown): string | undefined {
  return stringValue(Array.isArray(v) ? v[0] : v);
}
// Any BCP 47 subtags ("es-419", "de-Latn-CH", "de_CH") or a region in parentheses ("Español (México)"); Catalan too.
const DOT_GROUP_LANGUAGES = /^(?:de|nl|it|es|pt|ca|da|nb|no|id|tr|el|ro|sl|hr|sr|pl|german|deutsch|dutch|italian|italiano|spanish|español|castellano|catalan|català|portuguese|português|danish|norwegian|turkish)(?:[-_][a-z0-9]{1,8}){0,3}(?:\s{1,3}\([^()]{1,40}\))?$/i;

export function fileStem(id: string): string {
  const base = id.replace(/\\/g, '/').split('/').pop() ?? id;
  return decodeURIComponentSafe(base.replace(/\.(md|markdown)$/i, ''));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function stringValue(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

function listValue(v: unknown): string[] {
  // "#compare" and "compare" are one tag (Obsidian writes either), in a list as in a string.
  if (Array.isArray(v)) return v.map((x) => String(x).trim().replace(/^#/, '')).filter(Boolean);
  if (typeof v === 'string') return v.split(/[,\s]+/).map((x) => x.replace(/^#/, '').trim()).filter(Boolean);
  return [];
}

/** A frontmatter string with its mojibake repaired (the problem is reported at its place in the text). */
function unmangled(s: string | null | undefined): string | undefined {
  if (s === null || s === undefined) return undefined;
  return repairMojibake(s).text;
}

/**
 * A file name written as an event's title: words with spaces, one of them capitalised, and a year ("GTC 2026 day 2",
 * "Hot Chips 2025 - notes"); not a slug ("12-meetup-notes") or a date ("2026-09-17").
 */
function namedLikeEvent(name: string): boolean {
  if (!/\s/.test(name) || !/(?:^|[^\p{L}\p{N}])(?:19|20)\d{2}(?![\p{N}])/u.test(name)) return false;
  // (A Roam or Logseq daily page, "November 23rd, 2026", "Sep 17th, 2026", names a day, not an event.)
  return /\p{Lu}/u.test(name.replace(DATE_WORDS, ''));
}
const DATE_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,7}\b/gi;

/** "#+TITLE: MLSys 2026 — notebook" among the org keyword lines ("#+DATE:", "#+FILETAGS:") that open the body. */
function orgTitle(text: string, from: number): string | undefined {
  let at = from;
  while (at < text.length && (text[at] === '\n' || text[at] === '\r')) at++;
  // (Cheap test first: most notes open with anything but "#+".)
  for (let k = 0; k < 12 && text.startsWith('#+', at); k++) {
    const end = text.indexOf('\n', at);
    const m = /^#\+title:[ \t]{0,4}(\S[^\n]{0,300}?)[ \t]*\r?$/i.exec(text.slice(at, end < 0 ? text.length : end));
    if (m) return m[1];
    if (end < 0) break;
    at = end + 1;
  }
  return undefined;
}

/** "event:: [[Swiss AI Summit 2026]]": a note-level property line before the first heading (or between the H1 and the next). */
const TOP_EVENT_PROPERTY = /^(?:[-*+][ \t]{1,4})?(?:event|conference|konferenz|veranstaltung|évènement|événement|evento|evenement)::[ \t]{0,4}(\S[^\n]{0,300}?)[ \t]*\r?$/imu;

function topPropertyEvent(text: string, from: number, headings: readonly { depth: number; span: Span }[]): string | undefined {
  const first = headings[0];
  const second = headings[1];
  const end = first === undefined ? text.length : first.depth === 1 ? (second?.span.start ?? text.length) : first.span.start;
  const top = text.slice(from, Math.min(end, from + 4000));
  if (!top.includes('::')) return undefined;
  const m = TOP_EVENT_PROPERTY.exec(top);
  if (!m) return undefined;
  // ("[[Swiss AI Summit 2026]]", "[[Hot Chips 2026|Hot Chips]]": the link's text.)
  const value = withoutWikilinks(m[1]!).trim();
  return value === '' ? undefined : value;
}

/** The first non-blank line of the body (at most 200 characters of it). */
function firstLineOf(text: string, from: number): string | undefined {
  let at = from;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? Math.min(text.length, at + 200) : Math.min(end, at + 200));
    if (line.trim()) return line;
    if (end < 0) return undefined;
    at = end + 1;
  }
  return undefined;
}

/**
 * Tags written in the text as Obsidian, Bear and Logseq do ("#hbm", "#gpu/nvidia", "#[[Vera Rubin]]"), read from
 * the prose (code, links and URLs blanked) and added after the frontmatter's, once each ignoring case. A "#" must
 * start a word and a letter follow it: headings ("# Title"), issue numbers ("#42") and "C#" are no tags.
 */
function withInlineTags(tags: string[], prose: string): string[] {
  let out = tags;
  const seen = new Set(tags.map((t) => t.toLowerCase()));
  const add = (tag: string): void => {
    if (!tag || seen.has(tag.toLowerCase())) return;
    seen.add(tag.toLowerCase());
    if (out === tags) out = tags.slice();
    out.push(tag);
  };
  for (let at = prose.indexOf('#'); at >= 0; at = prose.indexOf('#', at + 1)) {
    const before = at > 0 ? prose.charCodeAt(at - 1) : 32;
    if (!(before === 32 || before === 9 || before === 10 || before === 13 || before === 40 || before === 44)) continue;
    if (prose.startsWith('#[[', at)) {
      // Logseq's tag of a page with spaces: "#[[Vera Rubin]]".
      const close = prose.indexOf(']]', at + 3);
      if (close > at + 3 && close - at < 80 && !prose.slice(at + 3, close).includes('\n')) add(prose.slice(at + 3, close).trim());
      continue;
    }
    const m = INLINE_TAG.exec(prose.slice(at + 1, at + 81));
    if (m) add(m[0].replace(/[/-]+$/, ''));
  }
  return out;
}

const INLINE_TAG = /^\p{L}[\p{L}\p{N}_/-]{0,60}/u;

// ("[[note]]", "[[note#section]]", "[[note|label]]": the wikilink syntax the body scanner reads, on one line.)
const FRONTMATTER_WIKILINK = /\[\[([^[\]|#\n]{1,200})(?:#([^[\]|\n]{1,200}))?(?:\|([^[\]\n]{1,200}))?\]\]/g;

/**
 * Wikilinks in frontmatter properties ("related: '[[GTC 2025]]'", "up: ['[[Hub]]']") link as the body's do: Obsidian
 * lists them among a note's links and backlinks. They come first, in text order.
 */
function withFrontmatterLinks(text: string, content: Span | null, links: Link[]): Link[] {
  const block = content === null ? '' : text.slice(content.start, content.end);
  if (content === null || !block.includes('[[')) return links;
  const own: Link[] = [];
  FRONTMATTER_WIKILINK.lastIndex = 0;
  for (let m = FRONTMATTER_WIKILINK.exec(block); m !== null; m = FRONTMATTER_WIKILINK.exec(block)) {
    const target = m[1]!.trim();
    if (target === '') continue;
    // A line that is only "[[talks]]" is a TOML array of tables, not a link (nor valid YAML).
    if (/(?:^|\n)[ \t]*$/.test(block.slice(Math.max(0, m.index - 80), m.index)) && /^[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/.test(block.slice(m.index + m[0].length, m.index + m[0].length + 200))) continue;
    const link: Link = { kind: 'wikilink', span: { start: content.start + m.index, end: content.start + m.index + m[0].length }, target };
    if (m[2] !== undefined) link.section = m[2].trim();
    if (m[3] !== undefined) link.label = m[3].trim();
    own.push(link);
  }
  return own.length === 0 ? links : [...own, ...links];
}
