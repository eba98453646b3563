// Talks, speakers and the event declared in a note's frontmatter.

import type { Span, Speaker, Talk } from '../types.js';
import { repairMojibake } from '../mojibake.js';
import { foldName } from '../speakers.js';
import { locateFrontmatter } from '../frontmatter.js';
import { tidy } from './strings.js';
import { parseSpeakers, splitParenAffiliation } from './names.js';
import { AFTER_TIME, LEADING_TIME, applyAffiliation, cleanTitle, parseTalkText } from './schedule.js';

// ---------------------------------------------------------------------------
// Frontmatter

/** An object's values by lower-cased key (the first of keys that differ only in case). */
interface LowerKeys {
  /** The object itself when its keys are all lower-case already (the usual case), else null. */
  record: Record<string, unknown> | null;
  map: Map<string, unknown> | null;
}

const isOwnEnumerable = Object.prototype.propertyIsEnumerable;

function lowerKeys(o: Record<string, unknown>): LowerKeys {
  const keys = Object.keys(o);
  let allLower = true;
  for (let i = 0; i < keys.length && allLower; i++) allLower = keys[i]!.toLowerCase() === keys[i];
  if (allLower) return { record: o, map: null };
  const m = new Map<string, unknown>();
  for (const [k, v] of Object.entries(o)) if (!m.has(k.toLowerCase())) m.set(k.toLowerCase(), v);
  return { record: null, map: m };
}

function asText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (v && typeof v === 'object' && typeof (v as { toString?: unknown }).toString === 'function') {
    const s = String(v);
    return s === '[object Object]' ? null : s;
  }
  return null;
}

/** YAML 1.1 reads an unquoted 18:30 as the sexagesimal integer 1110. */
function asTime(v: unknown): string | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 24 * 60) {
    return `${Math.floor(v / 60)}:${String(v % 60).padStart(2, '0')}`;
  }
  return asText(v);
}

function pick(m: LowerKeys, ...keys: string[]): unknown {
  const { record, map } = m;
  // (Object.entries, which the map is built from, reads own enumerable properties.)
  if (record !== null) for (const k of keys) if (isOwnEnumerable.call(record, k)) return record[k];
  if (map !== null) for (const k of keys) if (map.has(k)) return map.get(k);
  return undefined;
}

function speakersFromValue(v: unknown): Speaker[] {
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: Speaker[] = [];
  for (const item of items) {
    if (typeof item === 'string' || typeof item === 'number') {
      const str = String(item).trim();
      if (!str) continue;
      const parsed = parseSpeakers(str, true);
      if (parsed) {
        out.push(...parsed.speakers);
        continue;
      }
      // Declared by the author: trust it, taking "(Affiliation)" or "（Affiliation）" off if present.
      const pm = splitParenAffiliation(str);
      out.push({ name: tidy(pm ? pm[0] : str), affiliation: pm ? tidy(pm[1]) : null });
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const m = lowerKeys(item as Record<string, unknown>);
      const name = asText(pick(m, 'name', 'speaker', 'who'));
      if (!name) continue;
      const aff = asText(pick(m, 'affiliation', 'org', 'organization', 'organisation', 'company', 'employer'));
      out.push({ name: tidy(name), affiliation: aff ? tidy(aff) : null });
    }
  }
  return out;
}

interface FrontmatterTalks {
  talks: Talk[];
  event: string | null;
  /**
   * The declared speakers as one talk, with the note's title (less the event) and time, when the frontmatter lists
   * no talks and its title names one beyond the event: a note on one talk ("PyTorch Conference 2025: ROCm & MI300X in
   * production", two speakers). The caller uses it instead of `talks` when the body names none of its speakers in a
   * talk (else they are that many talks: "## 2.1 Wafer-scale inference (Nguyễn Thị Minh Anh, Cerebras)").
   */
  together: Talk | null;
  /** `talks` is one episode of a show (its host and guests). */
  episode: boolean;
}

/** "Transcript notes — …", "Lecture notes: …": the note, not the talk (as "Notes on NVLink domains" may be a talk's title). */
const NOTES_PREFIX = /^(?:(?:transcript|lecture|talk|session|meeting|my|raw|quick)\s{1,2})?notes?\s{0,2}[:—–-]\s{0,3}/i;
/** A day's notes ("GTC 2025 day 2", "Hot Chips — Day 1 notes"): many talks, not one. */
const DAY_TITLE = /(?:^|[\s—–:,(-])(?:day|tag|jour|d[ií]a|giorno|dag)\s{0,2}\d{1,2}(?![\p{L}\p{N}])/iu;
/** "ep. 117 — HBM4 and the Rubin generation": the episode's number is no part of its title. */
const EPISODE_PREFIX = /^(?:episode|ep\.?|episódio|episodio|épisode|folge|aflevering|afl\.)\s{0,2}(?:#|no\.\s{0,2})?\d{1,4}\s{0,3}[:—–|,-]{1,2}\s{0,3}/i;
const EPISODE_NUMBER = /^\s{0,3}(?:[—–|,-]\s{0,3})?(?:#|(?:episode|ep\.?|no\.)\s{0,2}#?)\d{1,4}(?![\p{L}\p{N}])/iu;
const GUESTS_AFTER_TITLE = /\s{0,2}[,—–-]?\s{1,3}(?:with|w\/|feat\.?|ft\.|featuring)\s{1,3}(\S.{3,200})$/u;
const TITLE_SEPARATOR = /^\s{0,3}[:—–|,-]{1,2}\s{0,3}/;

/**
 * The talk a note's title names, beyond its event: "PyTorch Conference 2025: ROCm & MI300X in production" with event
 * "PyTorch Conference 2025" is "ROCm & MI300X in production"; null for the event itself or a day's notes.
 */
function talkTitleFrom(noteTitle: string, event: string): string | null {
  let t = tidy(noteTitle).replace(NOTES_PREFIX, '');
  if (DAY_TITLE.test(t)) return null;
  const e = event.toLowerCase();
  if (t.toLowerCase().startsWith(e)) {
    // ("Hardware Happy Hour #31: optics everywhere": the episode's number is no part of its title.)
    const number = EPISODE_NUMBER.exec(t.slice(e.length));
    const at = e.length + (number ? number[0].length : 0);
    const sep = TITLE_SEPARATOR.exec(t.slice(at));
    if (!sep) return null;
    t = t.slice(at + sep[0].length);
  } else if (t.toLowerCase().endsWith(e)) {
    // "ROCm & MI300X in production — PyTorch Conference 2025"
    const head = t.slice(0, t.length - e.length);
    const sep = /\s{0,3}[:—–|,(-]{1,2}\s{0,3}$/.exec(head);
    if (!sep) return null;
    t = head.slice(0, head.length - sep[0].length);
  }
  const title = cleanTitle(t.replace(NOTES_PREFIX, '').replace(EPISODE_PREFIX, ''));
  return title === null || title.toLowerCase() === e ? null : title;
}

export function extractFrontmatter(text: string, fm: Record<string, unknown>, located: ReturnType<typeof locateFrontmatter>): FrontmatterTalks {
  const m = lowerKeys(fm);
  const eventValue = asText(pick(m, 'event', 'conference', 'show', 'podcast', 'series', 'course'));
  const event = eventValue ? tidy(eventValue) : null;
  const region: Span = located ? { ...located.span } : { start: 0, end: 0 };
  const regionText = text.slice(region.start, region.end);
  /** The frontmatter line that mentions `needle`, else the whole region. */
  const spanFor = (...needles: (string | null | undefined)[]): Span => {
    for (const needle of needles) {
      if (!needle) continue;
      const at = regionText.indexOf(needle);
      if (at < 0) continue;
      let a = at;
      while (a > 0 && regionText[a - 1] !== '\n') a--;
      let b = at + needle.length;
      while (b < regionText.length && regionText[b] !== '\n' && regionText[b] !== '\r') b++;
      while (a < b && /\s/.test(regionText[a]!)) a++;
      return { start: region.start + a, end: region.start + b };
    }
    return { ...region };
  };

  const declared = speakersFromValue(pick(m, 'speakers', 'speaker', 'presenters', 'guests', 'guest'));
  const declaredByKey = new Map(declared.map((s) => [foldName(s.name), s]));
  const talks: Talk[] = [];
  const rawTalks = pick(m, 'talks', 'sessions');
  const talkItems = Array.isArray(rawTalks) ? rawTalks : rawTalks === undefined || rawTalks === null ? [] : [rawTalks];
  for (const item of talkItems) {
    let title: string | null = null;
    let speakers: Speaker[] = [];
    let time: string | null = null;
    let rawForSpan: string | null = null;
    if (typeof item === 'string') {
      rawForSpan = item.trim();
      const tm = LEADING_TIME.exec(rawForSpan);
      let rest = rawForSpan;
      if (tm) {
        const after = AFTER_TIME.exec(rawForSpan.slice(tm[0].length));
        if (after) {
          time = tm[0].trim();
          rest = rawForSpan.slice(tm[0].length + after[0].length);
        }
      }
      const repaired = repairMojibake(rest).text;
      const parsed = parseTalkText(repaired, { lenient: false, allowPlaceholder: true });
      if (parsed) {
        speakers = parsed.speakers;
        title = parsed.title;
      } else {
        title = cleanTitle(repaired);
      }
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const t = lowerKeys(item as Record<string, unknown>);
      const rawTitle = asText(pick(t, 'title', 'talk', 'name', 'topic', 'session'));
      title = rawTitle ? cleanTitle(repairMojibake(rawTitle).text) : null;
      speakers = speakersFromValue(pick(t, 'speakers', 'speaker', 'presenter', 'presenters', 'by', 'who'));
      const tv = asTime(pick(t, 'time', 'when', 'slot', 'start'));
      time = tv ? tidy(tv) : null;
      const aff = asText(pick(t, 'affiliation', 'org', 'organization', 'organisation', 'company'));
      if (aff) applyAffiliation(speakers, aff);
      rawForSpan = rawTitle ?? speakers[0]?.name ?? null;
    } else continue;
    if (title === null && speakers.length === 0) continue;
    talks.push({ title, speakers, time, event, span: spanFor(rawForSpan, title, speakers[0]?.name), source: 'frontmatter' });
  }
  // Talks without speakers take the declared ones when that is unambiguous.
  const speakerless = talks.filter((t) => t.speakers.length === 0);
  if (speakerless.length > 0 && declared.length > 0) {
    if (declared.length === 1) for (const t of speakerless) t.speakers = [{ ...declared[0]! }];
    else if (speakerless.length === talks.length && declared.length === talks.length) {
      talks.forEach((t, i) => (t.speakers = [{ ...declared[i]! }]));
    }
  }
  // Affiliations from the speakers list.
  const used = new Set<string>();
  for (const t of talks) {
    for (const sp of t.speakers) {
      const key = foldName(sp.name);
      used.add(key);
      const d = declaredByKey.get(key);
      if (sp.affiliation === null && d?.affiliation) sp.affiliation = d.affiliation;
    }
  }
  // Declared speakers with no talk of their own: one untitled talk each (or, see `together`, one talk of them all).
  const noteTitle = asText(pick(m, 'title'));
  let title = talkItems.length === 0 && declared.length > 0 && noteTitle && event ? talkTitleFrom(noteTitle, event) : null;
  let together: Talk | null = null;
  if (title !== null) {
    const tv = asTime(pick(m, 'time', 'slot'));
    together = { title, speakers: declared.map((d) => ({ ...d })), time: tv ? tidy(tv) : null, event, span: spanFor(declared[0]!.name), source: 'frontmatter' };
  }
  // A show's episode ("host: Tomás Ruiz-Castañeda", "guests: [Dylan Patel (SemiAnalysis), …]"): one talk, the host's
  // and the guests', titled from the note's title (else, see `episode`, the caller's H1).
  const hosts = speakersFromValue(pick(m, 'host', 'hosts'));
  // (So are a show's speakers, "show = …" or "podcast: …" with "speakers = [host, guest, guest]": one episode.)
  const show = pick(m, 'show', 'podcast') !== undefined && event !== null;
  if (talkItems.length === 0 && (pick(m, 'guests', 'guest') !== undefined || show) && declared.length > 0) {
    const people = [...hosts, ...declared.filter((d) => !hosts.some((h) => foldName(h.name) === foldName(d.name)))];
    // ("The memory wall, with Nguyễn Thị Minh and Seán O'Neil": the guests named after the title are no part of it.)
    const withGuests = title !== null ? GUESTS_AFTER_TITLE.exec(title) : null;
    // (As the frontmatter writes them: "Kim Soo-jin" is declared, whatever a name's usual shape.)
    const guests = withGuests ? withGuests[1]!.split(/\s{0,2}(?:,\s{0,2}(?:and\s{1,2})?|\sand\s|\s&\s)\s{0,2}/) : null;
    if (withGuests && guests!.every((g) => people.some((p) => foldName(p.name) === foldName(tidy(g))))) title = cleanTitle(title!.slice(0, withGuests.index));
    const episode: Talk = { title, speakers: people.map((p) => ({ ...p })), time: null, event, span: spanFor(declared[0]!.name), source: 'frontmatter' };
    return { talks: [episode], event, together: null, episode: true };
  }
  for (const d of declared) {
    const key = foldName(d.name);
    if (used.has(key)) continue;
    used.add(key);
    talks.push({ title: null, speakers: [{ ...d }], time: null, event, span: spanFor(d.name), source: 'frontmatter' });
  }
  return { talks, event, together, episode: false };
}
