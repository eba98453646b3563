// Talks in a note: who spoke, on what, when, at which event.
//
// Sources, in order of trust: frontmatter (`speakers`, `talks`, `event`),
// markdown tables with speaker/title columns, schedule lines
// ("6:30 PM | Name (Affiliation) - Title"), quoted titles
// ('Name — "Title" (Affiliation)', '"Title" by Name'), and prose
// ("Yann LeCun's talk", "keynote by Lisa Su", "X sat down with Y",
// "Podcast #494 with Jensen Huang", "the keynote … jensen …").
//
// Everything works on lines cleaned of inline markdown (links, emphasis,
// code ticks, URLs, HTML) and repaired of mojibake, with a per-character map
// back to offsets in the original text, so every span is exact.
//
// All regular expressions use bounded repetition and no nested quantifiers.

import type { Block, Heading, Span, Speaker, Talk } from '../types.js';
import { foldName, foldText } from '../speakers.js';
import { locateFrontmatter } from '../frontmatter.js';
import { detach, withoutWikilinks } from '../text.js';
import { parseSpeakers } from './names.js';
import { collapseWs, tidy } from './strings.js';
import { type Clean, NoteScan, blockLineRanges, cleanRange, concatClean, verbatimClean, verbatimText } from './clean.js';
import { type Candidate, SHOW_HOST_WORDS, applyAffiliation, cleanTitle, labelledSentenceStarts, opensWithSpeakersLabel, opensWithTalkSpeakersLabel, parseScheduleText, splitLeadingTime } from './schedule.js';
import { extractTable } from './table.js';
import { PROSE_HINT, extractProse } from './prose.js';
import { extractFrontmatter } from './frontmatter.js';
import { type LineTalk, type TalkMemo, placeLineTalk } from './memo.js';

export { isPersonName, KEYNOTE_SPEAKER_ALIASES } from './names.js';

export interface ExtractTalksInput {
  text: string;
  blocks: Block[];
  headings: Heading[];
  frontmatter: Record<string, unknown>;
  title: string;
  /** The note's lines from its last analysis (the index keeps one for the note being edited). */
  memo?: TalkMemo;
}

// ---------------------------------------------------------------------------
// Events, merging, the whole note

/** Words of headings that name a part of a note rather than an event (also in Chinese, Japanese and Korean). */
const GENERIC_HEADING_WORD = String.raw`(?:the\s+)?(?:talks?|schedule|agenda|program(?:me)?|speakers?|sessions?|line-?up|notes?|highlights|takeaways|summary|recap|links|resources|day\s*\d{1,2}|morning|afternoon|evening|lightning talks|keynotes?|议程|日程|演讲|讲者|嘉宾|笔记|总结|要点|链接|上午|下午|晚上|プログラム|タイムテーブル|講演|登壇者|メモ|まとめ|일정|발표|연사|메모|요약)`;

/** Headings that name a part of a note rather than an event: "Talks", "Day 2", "议程", "议程 / Agenda". */
const GENERIC_HEADING = new RegExp(`^${GENERIC_HEADING_WORD}(?:\\s{0,2}[/／|]?\\s{0,2}${GENERIC_HEADING_WORD})?$`, 'i');

const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?`;
const DATE = String.raw`(?:${MONTH}\s{1,2}\d{1,2}(?:st|nd|rd|th)?(?:,?\s{1,2}\d{4})?|\d{1,2}(?:st|nd|rd|th)?\.?\s{1,2}${MONTH}(?:,?\s{1,2}\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)`;
const DAY_WORD = String.raw`(?:(?:day|tag|jour|d[ií]a|giorno|dag)\s{0,2}\d{1,2}|${WEEKDAY}|${DATE})`;
/** A day of a multi-day event, no event itself: "Tuesday, Oct 21", "Day 1 (Thu)", "Monday, Aug 24", "Day 2 — 2026-03-18". */
const DAY_HEADING = new RegExp(String.raw`^${DAY_WORD}(?:\s{0,2}[,:—–-]?\s{0,2}\(?${DAY_WORD}\)?){0,2}$`, 'i');

/** A heading that announces a schedule: "weak" Name - Title lines under it are talks. */
const SCHEDULE_HEADING = /\b(?:talks?|schedule|agenda|program(?:me)?|speakers?|sessions?|line-?up|lightning)\b|议程|日程|演讲|讲者|嘉宾|プログラム|タイムテーブル|講演|登壇者|일정|발표|연사/i;

function headingPlainText(h: Heading): string {
  return collapseWs(h.text).trim();
}

/** Index of the last heading starting at or before pos, or -1 (headings sorted by start). */
function headingIndexAt(headings: readonly Heading[], pos: number): number {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.span.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** For each heading, the index of the nearest earlier heading of smaller depth (its parent), or -1. */
function headingParents(headings: readonly Heading[]): number[] {
  const parents: number[] = [];
  const stack: number[] = [];
  headings.forEach((h, i) => {
    while (stack.length > 0 && headings[stack[stack.length - 1]!]!.depth >= h.depth) stack.pop();
    parents.push(stack.length > 0 ? stack[stack.length - 1]! : -1);
    stack.push(i);
  });
  return parents;
}

/**
 * The event a body position belongs to: the nearest heading above it, skipping
 * generic headings ("Talks", "Schedule", "Day 2") and headings that are talks
 * themselves by walking up to parent headings; else the fallback (note title).
 */
function eventAt(info: HeadingInfo, parents: number[], pos: number, talkHeadings: Set<number>, fallback: string | null): string | null {
  const from = headingIndexAt(info.headings, pos);
  if (from < 0) return fallback;
  const hit = info.events.get(from);
  if (hit !== undefined) return hit;
  let event = fallback;
  for (let i = from, guard = 0; i >= 0 && guard < 8; i = parents[i]!, guard++) {
    const h = info.headings[i]!;
    const t = info.plainText(i);
    if (talkHeadings.has(h.span.start) || t === '' || info.isGeneric(i)) continue;
    event = eventName(t);
    break;
  }
  info.events.set(from, event);
  return event;
}

/**
 * "# Episode 494 with Dylan Patel …" then "Host: Lex Fridman": a host's or moderator's label right after a talk (no
 * heading between, within a few lines) adds that person to the talk rather than listing a talk of its own.
 */
function joinHosts(talks: Talk[], text: string, headings: readonly Heading[]): Talk[] {
  if (talks.length < 2) return talks;
  const dropped = new Set<Talk>();
  const merge = (from: Talk, into: Talk, first: boolean): void => {
    const add = from.speakers.filter((sp) => !into.speakers.some((x) => foldName(x.name) === foldName(sp.name)));
    into.speakers = first ? [...add, ...into.speakers] : [...into.speakers, ...add];
    dropped.add(from);
  };
  for (let i = 0; i < talks.length; i++) {
    const t = talks[i]!;
    if (t.title !== null || t.source !== 'prose' || !HOST_LABEL.test(text.slice(t.span.start, t.span.start + 24))) continue;
    // "Moderator: …" then "Panelists: …" on the next line: one panel.
    const next = talks[i + 1];
    // ("**Apresentação:** Rafael Gonçalves" then "**Convidados:** …": emphasis around the labels.)
    // (And list markers: "- moderator: …" then "- panelists: …" as items of a panel's item.)
    const gap = text.slice(t.span.end, next ? next.span.start : t.span.end).replace(/[*_+>[\]-]/g, '');
    if (next && next.title === null && next.span.start > t.span.end && /^\s*$/.test(gap) && !gap.includes('\n\n')) {
      merge(t, next, true);
      next.span = { start: t.span.start, end: next.span.end };
      continue;
    }
    // "# Episode 494 with …" then "Host: Lex Fridman": the talk just above, with nothing but blank lines between.
    const prev = talks[i - 1];
    if (prev && !dropped.has(prev) && prev.span.end <= t.span.start && /^\s*$/.test(text.slice(prev.span.end, t.span.start)) && !headings.some((h) => h.span.start >= prev.span.end && h.span.start < t.span.start)) {
      merge(t, prev, false);
    }
  }
  return dropped.size === 0 ? talks : talks.filter((t) => !dropped.has(t));
}
function titleFromLineAbove(t: Talk, text: string): void {
  const lineStart = text.lastIndexOf('\n', t.span.start - 1) + 1;
  if (lineStart < 2) return;
  const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const above = text.slice(aboveStart, lineStart - 1).replace(/\r$/, '').replace(/^\s{0,3}(?:[-*+]\s{1,4})?/, '').replace(/\*\*|__/g, '').trim();
  // ('- Panel — "Is the GPU the last accelerator?"' then "- moderator: …": without a time, the line above names the
  // kind of session.)
  const timed = splitLeadingTime(above) ?? (SESSION_KIND_LABEL.test(above) ? { time: null, rest: above } : null);
  if (!timed) return;
  const title = cleanTitle(timed.rest.replace(SESSION_KIND_LABEL, ''));
  if (title === null) return;
  t.title = title;
  if (timed.time !== null) t.time ??= timed.time;
}
const SESSION_KIND_LABEL = /^(?:panel(?:\s{1,2}discussion)?|keynote|talk|fireside\s{1,2}chat|workshop|lightning\s{1,2}talk|invited\s{1,2}talk|podiumsdiskussion|table\s{1,2}ronde|mesa\s{1,2}redonda|vortrag|charla|ponencia|conf[ée]rence|expos[ée]|intervento|presentation|session)\s{0,2}[:–—-]\s{0,3}/i;

const HOST_LABEL = new RegExp(String.raw`^(?:hosts?|moderators?|moderated by|moderat(?:ion|rice|ore)|moderador(?:a)?|co-?hosts?|${SHOW_HOST_WORDS})\s{0,2}[:：]`, 'i');

/** A Logseq, Dataview or Roam property line: "affiliation:: AMD", "- Time:: 18:30". Group 1 the key, 2 the value. */
const PROPERTY_LINE = /^[ \t]{0,12}(?:[-*+][ \t]{1,4})?(\p{L}[\p{L}_-]{0,30})::[ \t]{0,4}([^\n]{0,300}?)[ \t]*\r?$/u;
const PROPERTY_AFFILIATION = /^(?:affiliations?|org|organi[sz]ations?|company|employer|firma|unternehmen|entreprise|empresa|afilia[çc][ãa]o|afiliaci[oó]n)$/;
const PROPERTY_TIME = /^(?:time|when|slot|start|zeit|uhrzeit|heure|hora|ora|tijd)$/;
const PROPERTY_EVENT = /^(?:event|conference|konferenz|veranstaltung|évènement|événement|evento|evenement)$/;
const PROPERTY_TITLE = /^(?:title|titel|titre|título|titolo)$/;

/** Is the text between a heading and a talk only blank lines and labelled lines ("**Apresentação:** Rafael Gonçalves")? */
function onlyLabelLines(between: string): boolean {
  const lines = between.split('\n');
  return lines.length <= 5 && lines.every((line) => /^\s{0,3}(?:[-*+]\s{1,4})?(?:\*\*|__)?(?:[\p{L} ]{2,30}(?:\*\*|__)?\s{0,2}[:：][^\n]{0,300})?\s*$/u.test(line));
}

/** Is the text between a heading and a talk only blank lines and property lines ("time:: 10:15")? */
function onlyProperties(between: string): boolean {
  if (between.trim() === '') return true;
  return between.split('\n').every((line) => line.trim() === '' || PROPERTY_LINE.test(line));
}

/**
 * A talk on a property line ("speaker:: [[Nguyễn Văn An]]", "- Talk:: [[Ruud van der Berg]] (ASML) — …") takes the
 * affiliation, time, event and title of the property lines right around it (a Logseq block's, a Roam child's).
 */
function applyProperties(t: Talk, text: string): void {
  const lineStart = text.lastIndexOf('\n', t.span.start - 1) + 1;
  const nl = text.indexOf('\n', t.span.start);
  const lineEnd = nl < 0 ? text.length : nl;
  if (!text.slice(lineStart, lineEnd).includes('::')) return;
  const props: [string, string][] = [];
  // Up, then down, while the lines are properties (a few of them).
  for (let a = lineStart, k = 0; a > 0 && k < 8; k++) {
    const prevStart = text.lastIndexOf('\n', a - 2) + 1;
    const m = PROPERTY_LINE.exec(text.slice(prevStart, a - 1));
    if (!m) break;
    props.push([m[1]!.toLowerCase(), m[2]!]);
    a = prevStart;
  }
  for (let b = lineEnd, k = 0; b < text.length && k < 8; k++) {
    const e = text.indexOf('\n', b + 1);
    const m = PROPERTY_LINE.exec(text.slice(b + 1, e < 0 ? text.length : e));
    if (!m) break;
    props.push([m[1]!.toLowerCase(), m[2]!]);
    b = e < 0 ? text.length : e;
  }
  for (const [key, raw] of props) {
    const value = tidy(withoutWikilinks(raw));
    if (value === '') continue;
    if (PROPERTY_AFFILIATION.test(key)) applyAffiliation(t.speakers, value);
    else if (PROPERTY_TIME.test(key)) t.time ??= value;
    else if (PROPERTY_EVENT.test(key)) t.event ??= value;
    else if (PROPERTY_TITLE.test(key)) t.title ??= cleanTitle(value);
  }
}

/** Does the paragraph at `start` define a footnote ("[^1]: …", the label inside its span or just before it)? */
function isFootnoteDefinition(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s{0,3}\[\^[^\]\s]{1,100}\]:/.test(text.slice(lineStart, Math.max(start, lineStart) + 110));
}

/** "Episode 117", "ep. 117", "Episódio 42", "Folge 12", "#42": an episode of a show. */
const EPISODE_WORD = String.raw`(?:episode|ep\.?|episódio|episodio|épisode|folge|aflevering|afl\.)\s{0,2}(?:#|no\.\s{0,2})?\d{1,4}(?![\p{L}\p{N}])`;
/** "The Memory Wall — Episode 117: HBM4 and Rubin", "Episódio 42 — Chips, HBM …": group 1 the episode's title. */
const EPISODE_TITLE = new RegExp(String.raw`(?:^|[\s—–:,|(-])${EPISODE_WORD}\s{0,3}[:—–|-]{1,2}\s{0,3}(\S[^\n]{0,200})$`, 'iu');
/** The episode after a show's name: "The Memory Wall — Episode 117: …" is an episode of "The Memory Wall". */
const EPISODE_SUFFIX = new RegExp(String.raw`\s{0,3}(?:[—–:,|-]\s{0,3})?${EPISODE_WORD}`, 'iu');

/** The event a heading or note title names: less a day ("— Day 2") or an episode ("— Episode 117: …"). */
function eventName(title: string): string {
  const m = /ep|folge|afl/i.test(title) ? EPISODE_SUFFIX.exec(title) : null;
  // (Not down to a word that names no show: "Podcast ep. 212 — Serving at scale".)
  const show = m && m.index > 2 ? title.slice(0, m.index) : null;
  return withoutDay(show !== null && !/^(?:(?:the\s)?podcast|show|notes?)$/i.test(show.trim()) ? show : title);
}

/** "Hot Chips 2024 — Day 2", "MLSys 2024, day 3 notes", "GTC (Tag 2)": the event, whichever day's notes these are. */
function withoutDay(event: string): string {
  // ("OCP Global Summit 2026 — my notes": the notes are no part of the event's name.)
  const n = NOTES_SUFFIX.exec(event);
  if (n && n.index > 2) event = event.slice(0, n.index);
  const m = DAY_SUFFIX.exec(event);
  return m && m.index > 2 ? event.slice(0, m.index) : event;
}
const NOTES_SUFFIX = /(?:(?<=\d)\s{1,3}|\s{0,3}(?:[—–:|,-]\s{0,3}|\(\s{0,2}))(?:(?:my|raw|quick|rough|some|personal|random|live)\s{1,2})?notes?\s{0,2}\)?\s*$/i;
const DAY_SUFFIX = /\s*(?:[—–:,-]\s*|\(\s*|\s)(?:day|tag|jour|d[ií]a|giorno|dag)\s{0,2}\d{1,2}\s*\)?(?:\s+notes?)?\s*$/i;

/** Per-heading facts of one note, computed once (headings sorted by start). */
class HeadingInfo {
  private readonly plain: (string | undefined)[] = [];
  private readonly schedule: (boolean | undefined)[] = [];
  private readonly generic: (boolean | undefined)[] = [];
  /** eventAt results by the index of the heading the walk starts from. */
  readonly events = new Map<number, string | null>();

  constructor(readonly headings: readonly Heading[]) {}

  plainText(i: number): string {
    let t = this.plain[i];
    if (t === undefined) this.plain[i] = t = headingPlainText(this.headings[i]!);
    return t;
  }

  isSchedule(i: number): boolean {
    let v = this.schedule[i];
    if (v === undefined) this.schedule[i] = v = SCHEDULE_HEADING.test(this.plainText(i));
    return v;
  }

  isGeneric(i: number): boolean {
    let v = this.generic[i];
    if (v === undefined) this.generic[i] = v = GENERIC_HEADING.test(this.plainText(i)) || DAY_HEADING.test(this.plainText(i));
    return v;
  }
}

const SOURCE_RANK: Record<Talk['source'], number> = { frontmatter: 5, table: 4, schedule: 3, 'quoted-title': 2, prose: 1 };

/** A talk with its folded keys computed once, for deduplication (the title's when first needed). */
interface Keyed {
  talk: Talk;
  speakerKeys: Set<string>;
  /** undefined until titleKeyOf computes it. */
  titleKey: string | null | undefined;
  timeKey: string | null;
}

function speakerKeysOf(talk: Talk): Set<string> {
  const keys = new Set<string>();
  for (const s of talk.speakers) keys.add(foldName(s.name));
  return keys;
}

function keyed(talk: Talk): Keyed {
  return {
    talk,
    speakerKeys: speakerKeysOf(talk),
    titleKey: undefined,
    timeKey: timeKeyOf(talk.time),
  };
}

const HAS_WS = /\s/;

function timeKeyOf(time: string | null): string | null {
  if (time === null) return null;
  return (HAS_WS.test(time) ? time.replace(/\s/g, '') : time).toLowerCase();
}

function titleKeyOf(k: Keyed): string | null {
  if (k.titleKey === undefined) k.titleKey = k.talk.title === null ? null : foldText(k.talk.title);
  return k.titleKey;
}

/**
 * Two findings of the same talk: no conflicting times, the same speakers (a
 * shared speaker is enough when one side is prose or frontmatter), and the
 * same title or no title on one side. Speakerless talks match on title.
 */
function sameTalk(a: Keyed, b: Keyed): boolean {
  if (a.timeKey !== null && b.timeKey !== null && a.timeKey !== b.timeKey) return false;
  if (a.speakerKeys.size === 0 || b.speakerKeys.size === 0) {
    if (a.speakerKeys.size !== b.speakerKeys.size) return false;
    const ta = titleKeyOf(a);
    return ta !== null && ta === titleKeyOf(b);
  }
  let shared = 0;
  for (const k of a.speakerKeys) if (b.speakerKeys.has(k)) shared++;
  if (shared === 0) return false;
  const loose = a.talk.source === 'prose' || a.talk.source === 'frontmatter' || b.talk.source === 'prose' || b.talk.source === 'frontmatter';
  const sameSet = shared === a.speakerKeys.size && shared === b.speakerKeys.size;
  if (!sameSet && !loose) return false;
  // Prose names a talk of people the other finding has ("Tri Dao's talk" and "Tri Dao & Albert Gu — …"); a panel's
  // "panelists:: A, B, C" is no mention of A's talk of their own, and adds nobody to it.
  if (!sameSet && a.talk.source !== 'frontmatter' && b.talk.source !== 'frontmatter') {
    const aWithin = a.talk.source === 'prose' && shared === a.speakerKeys.size;
    const bWithin = b.talk.source === 'prose' && shared === b.speakerKeys.size;
    if (!aWithin && !bWithin) return false;
  }
  const ta = titleKeyOf(a);
  if (ta === null) return true;
  const tb = titleKeyOf(b);
  if (tb === null || ta === tb) return true;
  // Prose "Keynote" and a schedule's "GTC 2025 Keynote".
  if ((ta === 'keynote' && tb.includes('keynote')) || (tb === 'keynote' && ta.includes('keynote'))) return true;
  // 'Keynote: "Title" — Name' read twice on one line: as the titled talk and as "Name's keynote".
  return (GENERIC_TITLE.test(ta) || GENERIC_TITLE.test(tb)) && a.talk.span.start < b.talk.span.end && b.talk.span.start < a.talk.span.end;
}

const GENERIC_TITLE = /^(?:keynote|talk|presentation|lecture|session|panel|fireside chat|tutorial)$/;

function mergeInto(keep: Talk, other: Talk, frontmatterRegion: Span | null): void {
  const [hi, lo] = SOURCE_RANK[other.source] > SOURCE_RANK[keep.source] ? [other, keep] : [keep, other];
  const isRegion = (s: Span): boolean => frontmatterRegion !== null && s.start >= frontmatterRegion.start && s.end <= frontmatterRegion.end;
  const body = [hi, lo].filter((t) => t.source !== 'frontmatter' && !isRegion(t.span)).sort((x, y) => SOURCE_RANK[y.source] - SOURCE_RANK[x.source]);
  const span = hi.source === 'frontmatter' && body.length > 0 ? body[0]!.span : hi.span;
  const titleFrom = [hi, lo].find((t) => t.title !== null && t.title.toLowerCase() !== 'keynote') ?? [hi, lo].find((t) => t.title !== null);
  const speakers: Speaker[] = hi.speakers.map((s) => ({ ...s }));
  for (const s of lo.speakers) {
    const key = foldName(s.name);
    const existing = speakers.find((x) => foldName(x.name) === key);
    if (existing) {
      if (existing.affiliation === null) existing.affiliation = s.affiliation;
    } else speakers.push({ ...s });
  }
  keep.title = titleFrom?.title ?? null;
  keep.speakers = speakers;
  keep.time = hi.time ?? lo.time;
  keep.event = hi.event ?? lo.event;
  keep.span = { ...span };
  keep.source = hi.source;
}

function addToIndex(map: Map<string, Keyed[]>, key: string, k: Keyed): void {
  const list = map.get(key);
  if (!list) map.set(key, [k]);
  else if (!list.includes(k)) list.push(k);
}

/** Merge repeated findings of a talk; candidates are looked up by speaker (or title) key. */
function dedupe(talks: Talk[], frontmatterRegion: Span | null): Talk[] {
  const result: Keyed[] = [];
  const bySpeaker = new Map<string, Keyed[]>();
  const byTitle = new Map<string, Keyed[]>();
  const index = (k: Keyed): void => {
    if (k.speakerKeys.size > 0) for (const key of k.speakerKeys) addToIndex(bySpeaker, key, k);
    else {
      const t = titleKeyOf(k);
      if (t !== null) addToIndex(byTitle, t, k);
    }
  };
  for (const talk of talks) {
    const k = keyed(talk);
    let same: Keyed | undefined;
    if (k.speakerKeys.size > 0) {
      for (const key of k.speakerKeys) {
        same = bySpeaker.get(key)?.find((r) => sameTalk(r, k));
        if (same) break;
      }
    } else {
      const t = titleKeyOf(k);
      if (t !== null) same = byTitle.get(t)?.find((r) => sameTalk(r, k));
    }
    if (same) {
      mergeInto(same.talk, talk, frontmatterRegion);
      same.speakerKeys = speakerKeysOf(same.talk);
      same.titleKey = undefined;
      same.timeKey = timeKeyOf(same.talk.time);
      index(same);
    } else {
      result.push(k);
      index(k);
    }
  }
  return result.map((k) => k.talk);
}

/** texts[0, n) joined with '\n' (as `texts.slice(0, n).join('\n')`). */
function joinLines(texts: readonly string[], n: number): string {
  let s = texts[0]!;
  for (let k = 1; k < n; k++) s += '\n' + texts[k]!;
  return s;
}

/**
 * The items sorted by span start: the list itself when already sorted (the
 * usual case; callers only read it), else a sorted copy (stable).
 */
function sortedByStart<T extends { span: Span }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (items[i - 1]!.span.start > items[i]!.span.start) return items.slice().sort((a, b) => a.span.start - b.span.start);
  }
  return items;
}

/** A markdown heading below the note's title: "#### Why kernels still matter". Group 1 its text. */
const MD_HEADING_LINE = /^ {0,3}#{2,6}[ \t]{1,4}([^\n]{1,200}?)[ \t]*#*[ \t]*$/;
/** An org-mode heading, less its task keyword, priority and tags: "** DONE Ironwood: Google's TPU   :tpu:". */
const ORG_HEADING_LINE = /^\*{1,6}[ \t]{1,4}(?:(?:TODO|DONE|NEXT|WAITING|WAIT|HOLD|STARTED|DOING|CANCELL?ED)[ \t]{1,4})?(?:\[#[A-C]\][ \t]{1,4})?([^\n]{1,200}?)(?:[ \t]{1,60}:[\p{L}\p{N}_@#%:]{1,60}:)?[ \t]*$/u;
/** A list item that is only a bold title: "  - **FlashInfer 2: a kernel library for serving**". Group 1 its indent, 2 the title. */
const BOLD_ITEM_LINE = /^([ \t]{0,12})(?:[-*+]|\d{1,3}[.)])[ \t]{1,4}(?:\*\*|__)([^*_\n]{2,200})(?:\*\*|__)[ \t]*$/;
/** A line that may name who gave a talk: its indent (1), list marker (2) and content (3). */
const PEOPLE_LINE = /^([ \t]{0,12})((?:[-*+]|\d{1,3}[.)])[ \t]{1,4})?([^\n]{4,240}?)[ \t]*\r?$/;
/** "presented by Jim Keller", "Speaker: Sean Lie", "by Ana de la Fuente": who, introduced. */
const PEOPLE_PREFIX = /^(?:(?:presented|given|delivered)[ \t]{1,2}by|by|speakers?[ \t]{0,2}::?|presenters?[ \t]{0,2}::?)[ \t]{1,4}/i;
const EMPHASIS_WRAPPED = /^(\*{1,2}|_{1,2})([^*_\n]{2,236})\1$/;

/**
 * Talks told on two lines: a title line (a heading, an org heading, a list item in bold) and, right under it, a line
 * that only names people: in emphasis ("*Tri Dao (Princeton)*"), introduced ("- presented by Jim Keller"), or as an
 * item nested under the title's item ("- Zihao Ye, Lequn Chen (UW)"). A heading so used is a talk, not an event.
 */
function talksUnderTitles(text: string, fmRegion: Span | null, found: readonly Talk[], headings: readonly Heading[], info: HeadingInfo, talkHeadings: Set<number>): Talk[] {
  const out: Talk[] = [];
  const pending: Talk[] = [];
  let pos = fmRegion ? fmRegion.end : 0;
  let inFence = false;
  // The line before (its bounds and first character), read as text only when it could be a title line: most lines
  // are not, and slicing every line of every note cost more than the rest of this pass.
  let prevStart = -1;
  let prevEnd = -1;
  let prevFirst = -1;
  let blanks = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const start = pos;
    pos = end + 1;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
    let first = i < end ? text.charCodeAt(i) : -1;
    // (Fences and other whitespace are rare: read exactly as the line's text.)
    if (first === 96 || first === 126 || (first >= 0 && first < 32) || first >= 128) {
      const text1 = text.slice(start, end).replace(/\r$/, '');
      first = text1.trimStart().charCodeAt(0);
      if (/^ {0,3}(?:```|~~~)/.test(text1)) {
        inFence = !inFence;
        prevStart = -1;
        continue;
      }
      if (inFence) continue;
      if (text1.trim() === '') {
        blanks++;
        continue;
      }
    } else {
      if (inFence) continue;
      if (first < 0) {
        blanks++;
        continue;
      }
    }
    const hadAbove = prevStart >= 0;
    const aboveStart = prevStart;
    const aboveEnd = prevEnd;
    const c0 = prevFirst;
    const aboveBlanks = blanks;
    prevStart = start;
    prevEnd = end;
    prevFirst = first;
    blanks = 0;
    if (!hadAbove) continue;
    if (c0 !== 35 && c0 !== 42 && c0 !== 45 && c0 !== 43 && !(c0 >= 48 && c0 <= 57)) continue;
    const above = { start: aboveStart, end: aboveEnd, line: text.slice(aboveStart, aboveEnd).replace(/\r$/, '') };
    const line = text.slice(start, end).replace(/\r$/, '');
    // The title line.
    let title: string | null = null;
    let headingStart = -1;
    let kind: 'heading' | 'org' | 'item' | null = null;
    const md = MD_HEADING_LINE.exec(above.line);
    const org = md ? null : ORG_HEADING_LINE.exec(above.line);
    const item = md || org ? null : BOLD_ITEM_LINE.exec(above.line);
    if (md) {
      const hi = headingIndexAt(headings, above.start);
      if (hi < 0 || headings[hi]!.span.start < above.start || info.isGeneric(hi) || talkHeadings.has(headings[hi]!.span.start)) continue;
      headingStart = headings[hi]!.span.start;
      title = md[1]!;
      kind = 'heading';
    } else if (org && aboveBlanks === 0) {
      title = org[1]!;
      kind = 'org';
    } else if (item && aboveBlanks === 0) {
      title = item[2]!;
      kind = 'item';
    }
    if (title === null || kind === null) continue;
    // The people line.
    const pm = PEOPLE_LINE.exec(line);
    if (!pm) continue;
    const indent = pm[1]!.replace(/\t/g, '    ').length;
    const marker = pm[2] !== undefined;
    let content = pm[3]!.trim();
    const wrapped = EMPHASIS_WRAPPED.exec(content);
    if (wrapped) content = wrapped[2]!.trim();
    const prefix = PEOPLE_PREFIX.exec(content);
    if (prefix) content = content.slice(prefix[0].length);
    const wanted =
      kind === 'heading' ? !marker && aboveBlanks <= 1 && (wrapped !== null || prefix !== null) :
      kind === 'org' ? marker || indent > 0 :
      marker && indent > (item![1]!.replace(/\t/g, '    ').length);
    if (!wanted || /[.!?:;]$/.test(content)) continue;
    const names = cleanRange(text, start, end).s.trim();
    if (!names.includes(tidy(content).slice(0, 3))) continue;
    const sp = parseSpeakers(tidy(withoutWikilinks(content)), false);
    if (!sp || sp.speakers.length > 6) continue;
    // (The title line read as a talk already: "## Keynote — Lisa Su (AMD)" then "*AMD*".)
    if (found.some((t) => t.span.start < above.end && t.span.end > above.start)) continue;
    const timed = splitLeadingTime(title.replace(/\*\*|__/g, '').trim());
    const cleaned = cleanTitle((timed ? timed.rest : title).replace(/\*\*|__/g, '').replace(SESSION_KIND_LABEL, ''));
    if (cleaned === null || GENERIC_HEADING.test(cleaned) || DAY_HEADING.test(cleaned) || PEOPLE_HEADING.test(cleaned) || /[.!?]$/.test(cleaned) || cleaned.split(/\s+/).length > 16) continue;
    const lead = line.length - line.trimStart().length + (pm[2]?.length ?? 0);
    const talk: Talk = { title: cleaned, speakers: sp.speakers, time: timed ? timed.time : null, event: null, span: { start: start + lead, end }, source: 'schedule' };
    // ("- **Met at the booth**" then "  - Jane Doe": one bare name under a bold item or an org heading is a speaker
    // only in a note that lists talks otherwise.)
    const bare = kind !== 'heading' && prefix === null && sp.speakers.length === 1 && sp.speakers[0]!.affiliation === null;
    if (bare) pending.push(talk);
    else out.push(talk);
    if (headingStart >= 0) talkHeadings.add(headingStart);
  }
  return out.length > 0 || found.length > 0 ? [...out, ...pending] : out;
}
/** Headings over people who give no talk: "## Attendees" then "*Jane Doe, John Smith*". */
const PEOPLE_HEADING = /^(?:attendees|participants|people|team|authors?|organi[sz]ers?|organi[sz]ing committee|hosts?|sponsors?|contacts?|who|cc|reviewers?|credits?|acknowledge?ments|thanks|written by|about the authors?|(?:who|people) I met|met)$/i;

/** A page link that names an event: a year or an event word in it ("[[Triton Developer Conference 2026]]"). */
const EVENT_LINK = /\[\[([^\][|\n]{3,80}?(?:(?:19|20)\d{2}|conference|conf|summit|meetup|workshop|symposium|forum|expo|hackathon|days)[^\][|\n]{0,40})(?:\|[^\]\n]{0,80})?\]\]/i;

/** The event an ancestor list item links to, for a talk in a nested item (up to 40 lines up), else null. */
function eventOfParentItem(text: string, pos: number): string | null {
  let lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  let indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 40))![0].replace(/\t/g, '    ').length;
  if (indent === 0) return null;
  for (let k = 0; k < 40 && lineStart > 0 && indent > 0; k++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    if (line.trim() === '') continue;
    const ind = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (ind >= indent) continue;
    if (!/^[ \t]*[-*+][ \t]/.test(line)) return null;
    indent = ind;
    const m = EVENT_LINK.exec(line);
    if (m) return tidy(m[1]!);
  }
  return null;
}

/** "**Speaker:** Name, Org" then "**Title:** …" on the next line: that line's title. */
function titleOnNextLine(text: string, from: number): string | null {
  const nl = text.indexOf('\n', from);
  if (nl < 0 || nl - from > 2) return null;
  const end = text.indexOf('\n', nl + 1);
  const line = text.slice(nl + 1, end < 0 ? text.length : end);
  const m = /^\s{0,3}(?:[-*+]\s{1,2})?(?:\*\*|__)?(?:title|talk)\s{0,2}:?(?:\*\*|__)?\s{0,2}:?\s{0,4}["“]?([^"”\r\n]{2,200}?)["”]?\s*$/i.exec(line);
  return m ? tidy(m[1]!) : null;
}

/**
 * All talks of a note, deduplicated, in document order (frontmatter-only talks
 * first). Spans are offsets into `input.text`.
 */
export function extractTalks(input: ExtractTalksInput): Talk[] {
  const { text, memo } = input;
  memo?.begin();
  const headings = sortedByStart(input.headings);
  const blocks = sortedByStart(input.blocks);
  // (As an event, the note's title names the event whatever day it is: "Computex 2019 day 2" is Computex 2019.)
  const noteTitle = input.title && input.title.trim() !== '' ? eventName(tidy(input.title)) : null;
  const located = locateFrontmatter(text);
  const fm = extractFrontmatter(text, input.frontmatter ?? {}, located);
  const fmRegion = located ? located.span : null;
  const noCR = text.indexOf('\r') < 0;
  const scan = new NoteScan(text);
  const headingInfo = new HeadingInfo(headings);

  const found: Talk[] = [];
  const candidates: Candidate[] = [];
  // By group number (groups are numbered from 1).
  const groupHasStrong: boolean[] = [];
  const groupWeakCount: number[] = [];
  const groupScheduleHeading: boolean[] = [];
  const talkHeadings = new Set<number>();

  // Per block, reused: line ranges ([start, end) pairs), texts and Cleans.
  const ranges: number[] = [];
  const texts: string[] = [];
  const cleans: (Clean | null)[] = [];
  let group = 0;
  let prev: Block | null = null;
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    if (fmRegion && block.span.start < fmRegion.end) continue;
    if (block.kind === 'tableRow') {
      if (prev?.kind !== 'tableRow') {
        const rows: Block[] = [];
        let j = bi;
        while (j < blocks.length && blocks[j]!.kind === 'tableRow') rows.push(blocks[j++]!);
        found.push(...extractTable(text, rows));
      }
      prev = block;
      continue;
    }
    if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'heading') {
      prev = block;
      continue;
    }
    // "[^1]: Jensen Huang, GTC 2024 keynote, March 18, 2024.": a footnote cites a talk, it lists none.
    if (block.kind === 'paragraph' && isFootnoteDefinition(text, block.span.start)) {
      prev = block;
      continue;
    }
    // Lists: consecutive items share a group; every other block is a group of its own.
    if (!(block.kind === 'listItem' && prev?.kind === 'listItem' && prev.inBlockquote === block.inBlockquote)) group++;
    prev = block;
    // A parent item's span may include its children: stop at the next block.
    const next = blocks[bi + 1];
    const limit = next && next.span.start > block.span.start && next.span.start < block.span.end ? next.span.start : block.span.end;
    const nLines = blockLineRanges(text, block, limit, noCR, ranges);
    if (groupScheduleHeading.length <= group) {
      // The group's first block (groups are numbered in order, from 1).
      while (groupScheduleHeading.length < group) {
        groupScheduleHeading.push(false);
        groupHasStrong.push(false);
        groupWeakCount.push(0);
      }
      const hi = headingIndexAt(headings, block.span.start - 1);
      groupScheduleHeading.push(hi >= 0 && headingInfo.isSchedule(hi));
      groupHasStrong.push(false);
      groupWeakCount.push(0);
    }
    // Most lines need no cleaning and are no talk: they are parsed as they are,
    // and get a Clean only if prose needs one (cleans[k] null: verbatim).
    const inHeading = block.kind === 'heading';
    const take = (cand: Candidate): void => {
      candidates.push(cand);
      if (cand.strong) groupHasStrong[group] = true;
      else groupWeakCount[group]!++;
      if (inHeading) talkHeadings.add(block.span.start);
    };
    for (let k = 0; k < nLines; k++) {
      const a = ranges[2 * k]!;
      const b = ranges[2 * k + 1]!;
      const raw = verbatimText(text, a, b, scan);
      const clean = raw === null ? cleanRange(text, a, b, scan) : null;
      const s = clean === null ? raw! : clean.s;
      texts[k] = s;
      cleans[k] = clean;
      // A line's talks depend on its text alone: what the memo has is reused, placed at this line (a cleaned
      // line's spans map through its Clean, so only its "no talk" is reused).
      const key = memo ? (inHeading ? 'h' : 'p') + s : '';
      const known = memo ? memo.lines.get(key) : undefined;
      if (known === null) continue;
      if (known !== undefined && clean === null) {
        for (const t of known) take({ talk: placeLineTalk(t.talk, a), strong: t.strong, quote: t.quote, group });
        continue;
      }
      const lineTalks: LineTalk[] = [];
      let onLine = 0;
      // (Sentences of a line that open with labels are read one at a time: the rest of the line blanked out, so
      // offsets hold.)
      const starts = s.includes('. ') ? labelledSentenceStarts(s) : [];
      for (let p = 0; p <= starts.length; p++) {
        const from = p === 0 ? 0 : starts[p - 1]!;
        const to = p === starts.length ? s.length : starts[p]!;
        const part = starts.length === 0 ? s : ' '.repeat(from) + s.slice(from, to) + ' '.repeat(s.length - to);
        const cand = parseScheduleText(part, clean ?? a, group, inHeading);
        if (!cand) continue;
        take(cand);
        onLine++;
        if (memo && clean === null) lineTalks.push({ talk: placeLineTalk(cand.talk, -a), strong: cand.strong, quote: cand.quote === true });
      }
      if (memo && (clean === null || onLine === 0)) memo.lines.set(key, onLine === 0 ? null : lineTalks);
    }
    // extractProse needs PROSE_HINT: test it on the joined text before building the joined map.
    const joined = nLines === 0 ? '' : nLines === 1 ? texts[0]! : joinLines(texts, nLines);
    if (nLines > 0 && PROSE_HINT.test(joined) && !(memo && memo.noProse.get(joined))) {
      const parts: Clean[] = [];
      for (let k = 0; k < nLines; k++) parts.push(cleans[k] ?? verbatimClean(texts[k]!, ranges[2 * k]!));
      const prose = extractProse(concatClean(parts, '\n', joined), true);
      if (prose.length > 0 && inHeading) talkHeadings.add(block.span.start);
      else if (memo && prose.length === 0) memo.noProse.set(joined, true);
      found.push(...prose);
    }
  }
  // Speakers the note names with confidence: frontmatter and strong candidates.
  const known = new Set<string>();
  for (const t of fm.talks) for (const sp of t.speakers) known.add(foldName(sp.name));
  for (const cand of candidates) if (cand.strong) for (const sp of cand.talk.speakers) known.add(foldName(sp.name));
  for (const cand of candidates) {
    const accepted =
      cand.strong ||
      cand.talk.speakers.every((sp) => known.has(foldName(sp.name))) ||
      groupHasStrong[cand.group] === true ||
      (groupWeakCount[cand.group] ?? 0) >= 3 ||
      groupScheduleHeading[cand.group] === true;
    if (accepted && !cand.quote) found.push(cand.talk);
  }

  // "#### Why kernels still matter" then "*Tri Dao (Princeton)*", "** DONE Photonic fabrics" then "- Pieter van der Berg,
  // Ayar Labs": a title line, and who gave the talk on the line under it.
  if (text.includes('*') || text.includes('#')) found.push(...talksUnderTitles(text, fmRegion, found, headings, headingInfo, talkHeadings));
  // "speaker:: [[Nguyễn Văn An]]" then "affiliation:: AMD", "time:: 10:15": the properties around a talk's property.
  if (text.includes('::')) for (const t of found) applyProperties(t, text);
  // "### 10:00 — Aceleradores europeos" then "Ponente: José Martínez-Ibáñez (BSC)": a speakers label right under a
  // heading names that heading's talk, whose title (and time) the heading gives.
  for (const t of found) {
    if (t.title !== null || t.source !== 'prose' || !opensWithTalkSpeakersLabel(text.slice(t.span.start, t.span.start + 32))) continue;
    const hi = headingIndexAt(headings, t.span.start - 1);
    const h = hi >= 0 ? headings[hi]! : undefined;
    // (Not under the note's own title: "# vLLM meetup" then "Speakers: …" lists the event's speakers.)
    if (!h || h.depth < 2 || !onlyProperties(text.slice(h.span.end, t.span.start))) continue;
    const timed = splitLeadingTime(h.text);
    const title = cleanTitle((timed ? timed.rest : h.text).replace(SESSION_KIND_LABEL, ''));
    if (title === null) continue;
    t.title = title;
    if (timed && t.time === null) t.time = timed.time;
    talkHeadings.add(h.span.start);
  }
  const parents = headingParents(headings);
  for (const t of found) t.event = fm.event ?? t.event ?? eventAt(headingInfo, parents, t.span.start, talkHeadings, noteTitle);
  // "- Went to the [[Triton Developer Conference 2026]] today" over the talks' items (a journal page, no heading):
  // the event the parent item links to.
  if (text.includes('[[')) for (const t of found) if (t.event === null) t.event = eventOfParentItem(text, t.span.start);
  // The frontmatter's speakers are one talk, the note's, unless the body gives any of them a talk of their own.
  const together = fm.together;
  const fmTalks = together && !found.some((t) => t.speakers.some((sp) => together.speakers.some((d) => foldName(d.name) === foldName(sp.name)))) ? [together] : fm.talks;
  for (const t of fmTalks) t.event = fm.event ?? noteTitle;
  // ("guests:" in the frontmatter and "# Episode 117: HBM4 and Rubin": the episode's title.)
  const episodeTitle = fm.episode && fmTalks[0]!.title === null ? EPISODE_TITLE.exec(input.title ?? '') : null;
  if (episodeTitle) fmTalks[0]!.title = cleanTitle(episodeTitle[1]!);

  // Frontmatter first, then body talks in document order; merge duplicates.
  found.sort((a, b) => a.span.start - b.span.start || SOURCE_RANK[b.source] - SOURCE_RANK[a.source]);
  const result = joinHosts(dedupe([...fmTalks, ...found], fmRegion), text, headings);
  // "# The Memory Wall — Episode 117: HBM4 and Rubin" then "Host: … · Guests: …": the people of the episode the
  // heading names, with nothing but such labels between.
  for (const t of result) {
    if (t.title !== null || t.source !== 'prose' || !opensWithSpeakersLabel(text.slice(t.span.start, t.span.start + 32))) continue;
    const hi = headingIndexAt(headings, t.span.start - 1);
    const h = hi >= 0 ? headings[hi]! : undefined;
    const episode = h ? EPISODE_TITLE.exec(h.text) : null;
    if (!h || !episode || !onlyLabelLines(text.slice(h.span.end, t.span.start))) continue;
    t.title = cleanTitle(episode[1]!);
  }
  // "**7:15 pm** — Panel: “Who Will Build the Next Interconnect?”" then "Moderator: …": the line above a speakers
  // label gives its talk's time and title.
  for (const t of result) if (t.title === null && t.source === 'prose' && opensWithTalkSpeakersLabel(text.slice(t.span.start, t.span.start + 32))) titleFromLineAbove(t, text);
  // "**6:30 pm** — Fireside chat: Jim Keller (Tenstorrent) in conversation with …": a talk told in prose on a line
  // that opens with a time is at that time.
  for (const t of result) {
    if (t.source !== 'prose' || t.time !== null) continue;
    const lineStart = text.lastIndexOf('\n', t.span.start - 1) + 1;
    const head = text.slice(lineStart, Math.min(t.span.start, lineStart + 80)).replace(/^\s{0,3}(?:>\s{0,2})*(?:[-*+]\s{1,4})?/, '').replace(/\*\*|__/g, '');
    const timed = splitLeadingTime(head);
    if (timed) t.time = timed.time;
  }
  for (const t of result) if (t.title === null && t.source === 'prose') t.title = titleOnNextLine(text, t.span.end);
  const inRegion = (t: Talk): boolean => fmRegion !== null && t.span.end <= fmRegion.end;
  result.sort((a, b) => Number(!inRegion(a)) - Number(!inRegion(b)) || a.span.start - b.span.start);
  return result.map((t) => ({
    title: t.title === null ? null : detach(t.title),
    speakers: t.speakers.map((s) => ({ name: detach(s.name), affiliation: s.affiliation === null ? null : detach(s.affiliation) })),
    time: t.time === null ? null : detach(t.time),
    event: t.event === null ? null : detach(t.event),
    span: { start: t.span.start, end: t.span.end },
    source: t.source,
  }));
}
