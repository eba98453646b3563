// Talks mentioned in prose: "X's talk", "keynote by X", "X sat down with Y",
// "Podcast #494 with X", and keynote sentences naming a well-known speaker.

import type { Speaker, Talk } from '../types.js';
import { foldName } from '../speakers.js';
import { tidy } from './strings.js';
import { KEYNOTE_SPEAKER_ALIASES, NAME_CHAR, aliasFor, isOneWordName, isPersonName, looksLikeAffiliation } from './names.js';
import { type Clean, NO_MATCHES, allMatches, spanOf } from './clean.js';
import { cleanTitle } from './schedule.js';

// ---------------------------------------------------------------------------
// Prose

const TALK_WORD = String.raw`keynote(?:\s{1,3}address)?|lightning\s{1,3}talk|talk|presentation|lecture|session|fireside\s{1,3}chat|tutorial`;
const POSSESSIVE_TALK = new RegExp(String.raw`['’]s\s{1,3}((?:[\p{L}\p{N}-]{1,20}\s{1,3}){0,2}?)(${TALK_WORD})\b`, 'giu');
const TALK_BY = new RegExp(String.raw`\b(${TALK_WORD})\s{1,3}(?:(?:given|delivered|presented|held)\s{1,3})?by\s{1,3}`, 'giu');
/** 'Ian Buck (NVIDIA) presented "Blackwell at scale"': a quoted title given by the person before. */
const PRESENTED_QUOTED = /\s(?:presented|presents|gave|gives|delivered|delivers)\s{1,3}["“]([^"“”]{3,150})["”]/gu;
const GAVE_TALK = new RegExp(String.raw`\s(?:gave|gives|delivered|delivers|opened\s{1,3}with|kicked\s{1,3}off\s{1,3}with|presented)\s{1,3}(?:the|a|an|his|her|their)\s{1,3}((?:[\p{L}\p{N}-]{1,20}\s{1,3}){0,2}?)(${TALK_WORD})\b`, 'giu');
/** "opened with", "kicked off (GTC) with", "kicked things off with"; not "opened with the keynote" (GAVE_TALK's). */
const OPENED_WITH = new RegExp(String.raw`\s(?:opened|kicked\s{1,3}(?:things\s{1,3})?off(?:\s{1,3}(?:the\s{1,3}day|\p{Lu}[\p{L}\p{N}]{1,20}))?)\s{1,3}with\s(?!\s{0,2}(?:(?:the|a|an|his|her|their)\s{1,3})?(?:[\p{L}\p{N}-]{1,20}\s{1,3}){0,2}?(?:${TALK_WORD})\b)`, 'gu');
const INTERVIEW = /\s(?:sat|sits|sit|sitting)\s{1,3}down\s{1,3}with\s{1,3}|\s(?:interviewed|interviews|in\s{1,3}conversation\s{1,3}with|chatted\s{1,3}with|chats\s{1,3}with)\s{1,3}/giu;
const PODCAST = /\b(podcast|episode|ep\.)\s{0,3}(?:(?:#|no\.?|number|ep\.?|episode)\s{0,3})?(\d{1,5})?\s{0,3}(?:[,:–—-]\s{0,3})?(?:with|w\/|featuring|feat\.|ft\.)\s{1,3}/giu;
/**
 * "Vortrag von Anna Schmidt (TUM)", "la charla de Ana García", "Keynote von Jensen", 'exposé « Titre » de Zoë
 * Martin': a talk word and "by" in German, French, Spanish, Italian, Portuguese or Dutch, optionally with the
 * title quoted between them. Group 1 the talk word, 2 the title.
 */
const TALK_WORD_INTL = String.raw`vortrag|keynote|präsentation|referat|exposé|présentation|conférence|intervention|charla|ponencia|conferencia|presentación|palestra|apresentação|intervento|relazione|lezing|voordracht|presentatie`;
const TALK_BY_INTL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${TALK_WORD_INTL})\s{1,3}(?:[„"“«]\s?([^"“”„«»\n]{2,150}?)\s?[“”"»]\s{1,3})?(?:(?:gehalten|présentée?|donnée?|dada|dado|tenut[ao]|gegeven)\s{1,3})?(?:(?:von|de|di|del|da|van|door|par)\s{1,3}|d['’]\s?)`,
  'giu',
);
/** Every TALK_BY_INTL match has one of these (a cheap test before the full pattern). */
const TALK_WORD_INTL_HINT = new RegExp(`(?:${TALK_WORD_INTL})\\s`, 'i');
const KEYNOTE_WORD = /\bkeynote\b/giu;
/** "fireside chat with …", "panel (discussion) with …": a session and its people after "with". */
const SESSION_WITH = /\b(fireside\s{1,3}chat|panel(?:\s{1,3}discussion)?)\s{1,3}with\s{1,3}/giu;
const OFFICE_BEFORE_NAME = /^(?:secretary|senator|minister|president|dr\.?|prof\.?|professor)\s{1,2}(?=\p{Lu})/iu;
/** Words that make the person after them an object of the sentence ("mentioned", "quoted", "about", "like"). */
const MENTIONED_BEFORE = /(?:^|[^\p{L}])(?:mention(?:s|ed)?|quot(?:es|ed|ing)|cit(?:es|ed|ing)|thank(?:s|ed)|name-?dropp(?:ed|ing)|referenc(?:es|ed)|prais(?:es|ed)|invok(?:es|ed)|roast(?:s|ed)|shout(?:s|ed)?\s{1,2}out|about|like|than|unlike|vs\.?|versus|against)\s{1,3}$/iu;
/** TALK_BY's "by" (no other letters fold to b or y, so /i finds what its /iu would). */
const BY_WORD = /by\s/i;
const FILLER_WORDS = new Set(['and', 'or', 'but', 'with', 'the', 'a', 'an', 'of', 'to', 'about', 'on', 'in', 'at', 'for', 'that', 'this']);

const aliasPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${[...KEYNOTE_SPEAKER_ALIASES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s{1,3}`))
    .join('|')})(?![\p{L}\p{N}])`,
  'giu',
);

interface TokenRange {
  start: number;
  end: number;
}

/** Up to `max` space-separated name-ish tokens ending right before `end`. */
function tokensBefore(s: string, end: number, max: number): TokenRange[] {
  const out: TokenRange[] = [];
  let i = end;
  while (out.length < max) {
    let e = i;
    while (e > 0 && s[e - 1] === ' ') e--;
    if (out.length > 0 && e === i) break; // tokens must be separated by spaces
    let b = e;
    while (b > 0 && NAME_CHAR.test(s[b - 1]!)) b--;
    if (b === e) break;
    out.unshift({ start: b, end: e });
    i = b;
    if (b === 0 || s[b - 1] !== ' ') break;
  }
  return out;
}

/** Up to `max` space-separated name-ish tokens starting at `start`. */
function tokensAfter(s: string, start: number, max: number): TokenRange[] {
  const out: TokenRange[] = [];
  let i = start;
  while (out.length < max && i < s.length) {
    let e = i;
    while (e < s.length && NAME_CHAR.test(s[e]!)) e++;
    if (e === i) break;
    out.push({ start: i, end: e });
    if (s[e] !== ' ') break;
    i = e;
    while (i < s.length && s[i] === ' ') i++;
  }
  return out;
}

/** Strip trailing sentence punctuation and a possessive from a name candidate's end. */
function trimNameEnd(s: string, start: number, end: number): number {
  let e = end;
  if (/['’]s$/.test(s.slice(start, e))) e -= 2;
  while (e > start && /[.'’-]/.test(s[e - 1]!)) {
    // Keep the period of an initial ("J.").
    if (s[e - 1] === '.' && e - 2 >= start && /\p{Lu}/u.test(s[e - 2]!) && (e - 3 < start || !/\p{L}/u.test(s[e - 3]!))) break;
    e--;
  }
  return e;
}

interface Found {
  name: string;
  start: number;
  end: number;
  affiliation: string | null;
}

/** The person named right before `end` ("… Yann LeCun|'s talk"), or a keynote alias ("jensen"). */
function nameBefore(s: string, end: number): Found | null {
  const toks = tokensBefore(s, end, 6);
  for (let k = Math.min(5, toks.length); k >= 2; k--) {
    const start = toks[toks.length - k]!.start;
    const candidate = s.slice(start, end);
    if (isPersonName(candidate)) return { name: tidy(candidate), start, end, affiliation: null };
  }
  for (let k = Math.min(2, toks.length); k >= 1; k--) {
    const start = toks[toks.length - k]!.start;
    const alias = aliasFor(s.slice(start, end));
    if (alias) return { name: alias, start, end, affiliation: null };
  }
  return null;
}

/** A one-word name right before `end` ("… Swyx| sat down with"). */
function oneWordNameBefore(s: string, end: number): Found | null {
  const toks = tokensBefore(s, end, 1);
  const t = toks[0];
  if (!t) return null;
  const word = s.slice(t.start, t.end);
  return isOneWordName(word) ? { name: word, start: t.start, end: t.end, affiliation: null } : null;
}

/** The person named from `start` on ("keynote by |Lisa Su (AMD)"), or a keynote alias. */
function nameAfter(s: string, start: number): Found | null {
  const toks = tokensAfter(s, start, 6);
  let found: Found | null = null;
  for (let k = Math.min(5, toks.length); k >= 2 && !found; k--) {
    const end = trimNameEnd(s, start, toks[k - 1]!.end);
    const candidate = s.slice(start, end);
    if (isPersonName(candidate)) found = { name: tidy(candidate), start, end, affiliation: null };
  }
  for (let k = Math.min(2, toks.length); k >= 1 && !found; k--) {
    const end = trimNameEnd(s, start, toks[k - 1]!.end);
    const alias = aliasFor(s.slice(start, end));
    if (alias) found = { name: alias, start, end, affiliation: null };
  }
  if (!found) return null;
  const aff = /^\s{0,3}\(([^()]{1,80})\)/.exec(s.slice(found.end));
  if (aff && looksLikeAffiliation(aff[1]!)) {
    found.affiliation = tidy(aff[1]!);
    found.end += aff[0].length;
  }
  return found;
}

function talkTitleFor(word: string): string | null {
  return /^keynote/i.test(word) ? 'Keynote' : null;
}

const SMALL_TITLE_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'via', 'vs', 'is', 'are']);

/** Title Case-ish text, e.g. "Beyond CUDA: Accelerating GenAI with MAX and Mojo". */
function looksLikeTitle(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 16) return false;
  const content = words.filter((w) => !SMALL_TITLE_WORDS.has(w.toLowerCase()));
  if (content.length < 2) return false;
  const capitalised = content.filter((w) => /^[^\p{L}]{0,2}\p{Lu}/u.test(w)).length;
  return capitalised / content.length >= 0.75;
}

/** "Some Title (Name's talk …)": the title written before the opening parenthesis. */
function titleBeforeParen(s: string, nameStart: number): string | null {
  let p = nameStart - 1;
  while (p >= 0 && s[p] === ' ') p--;
  if (p < 0 || s[p] !== '(') return null;
  let depth = 0;
  let q = p - 1;
  for (; q >= 0; q--) {
    if (s[q] === ')') depth++;
    else if (s[q] === '(') {
      if (depth === 0) break;
      depth--;
    } else if (s[q] === '\n') break;
  }
  const segment = s.slice(q + 1, p).trim();
  if (segment === '' || !looksLikeTitle(segment)) return null;
  return cleanTitle(segment);
}

interface SentenceRange {
  start: number;
  end: number;
}

function sentences(s: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const boundary = ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= s.length || /\s/.test(s[i + 1]!)));
    if (boundary) {
      out.push({ start: from, end: ch === '\n' ? i : i + 1 });
      from = i + 1;
    }
  }
  if (from < s.length) out.push({ start: from, end: s.length });
  return out;
}

function proseTalk(c: Clean, title: string | null, speakers: Speaker[], start: number, end: number): Talk {
  return { title, speakers, time: null, event: null, span: spanOf(c, start, end), source: 'prose' };
}

/**
 * Every prose pattern needs one of these words: skip the rest of the regexes otherwise. Grouped by first letter,
 * they match as one flat alternation would, with fewer branches tried per position (25% faster on the generated
 * corpus, the same matches on its 114,000 blocks).
 */
export const PROSE_HINT =
  /['’]s\s|k(?:eynote)|p(?:odcast|räsentation|résentation|onencia|alestra|resentación|resentatie)|e(?:pisode|xposé)|i(?:nterview|ntervention|ntervento)|c(?:onversation|hat|onférence|harla|onferencia)|v(?:ortrag|oordracht)|r(?:eferat|elazione)|apresentação|lezing|\b(?:ep\.|down\s|by\s|gave\s|gives\s|deliver|presented\s|opened\s|kicked\s|panel\s)/i;

/**
 * Words the prose patterns need, found in one pass with the patterns' flags.
 * Bits: 1 talk word (POSSESSIVE_TALK, TALK_BY, GAVE_TALK), 2 INTERVIEW,
 * 4 PODCAST, 8 "keynote" (keynote sentences). A pattern without its words is
 * not run. Every pattern needs its word at the start of a word (after \b or
 * whitespace), and such an occurrence is always found: no two words can match
 * at the same place ("episode" and "ep." share a bit), and an occurrence that
 * starts inside another match is preceded by a letter, so starts no word.
 */
const PROSE_WORD = /(keynote)|(chat)|(talk|presentation|lecture|session|tutorial)|(down|interview|conversation)|(podcast|episode|ep\.)/giu;

function proseWords(s: string): number {
  let bits = 0;
  PROSE_WORD.lastIndex = 0;
  for (let m = PROSE_WORD.exec(s); m; m = PROSE_WORD.exec(s)) {
    if (m[1] !== undefined) bits |= 1 | 8;
    else if (m[2] !== undefined) bits |= 1 | 2;
    else if (m[3] !== undefined) bits |= 1;
    else if (m[4] !== undefined) bits |= 2;
    else bits |= 4;
    if (bits === 15) break;
  }
  return bits;
}

/** Talks in prose; `hinted`: the caller has found PROSE_HINT in c.s already. */
export function extractProse(c: Clean, hinted = false): Talk[] {
  const s = c.s;
  const talks: Talk[] = [];
  if (!hinted && !PROSE_HINT.test(s)) return talks;
  const keynoteSpeakerAt: { start: number; end: number }[] = [];
  // Each pattern runs only when the words it needs are in the text (and "'s" its apostrophe).
  const words = proseWords(s);
  const talkWord = (words & 1) !== 0;

  for (const m of talkWord && (s.includes("'") || s.includes('’')) ? allMatches(POSSESSIVE_TALK, s) : NO_MATCHES) {
    const between = m[1]!.trim();
    if (between && between.split(/\s+/).some((w) => FILLER_WORDS.has(w.toLowerCase()))) continue;
    const who = nameBefore(s, m.index);
    if (!who) continue;
    const end = m.index + m[0].length;
    const title = talkTitleFor(m[2]!) ?? titleBeforeParen(s, who.start);
    talks.push(proseTalk(c, title, [{ name: who.name, affiliation: null }], who.start, end));
    if (/keynote/i.test(m[2]!)) keynoteSpeakerAt.push({ start: who.start, end });
  }
  for (const m of talkWord && BY_WORD.test(s) ? allMatches(TALK_BY, s) : NO_MATCHES) {
    const who = nameAfter(s, m.index + m[0].length);
    if (!who) continue;
    talks.push(proseTalk(c, talkTitleFor(m[1]!), [{ name: who.name, affiliation: who.affiliation }], m.index, who.end));
    if (/keynote/i.test(m[1]!)) keynoteSpeakerAt.push({ start: m.index, end: who.end });
  }
  for (const m of talkWord ? allMatches(GAVE_TALK, s) : NO_MATCHES) {
    const between = m[1]!.trim();
    if (between && between.split(/\s+/).some((w) => FILLER_WORDS.has(w.toLowerCase()))) continue;
    const who = nameBefore(s, m.index);
    if (!who) continue;
    const end = m.index + m[0].length;
    talks.push(proseTalk(c, talkTitleFor(m[2]!), [{ name: who.name, affiliation: null }], who.start, end));
    if (/keynote/i.test(m[2]!)) keynoteSpeakerAt.push({ start: who.start, end });
  }
  for (const m of TALK_WORD_INTL_HINT.test(s) ? allMatches(TALK_BY_INTL, s) : NO_MATCHES) {
    const who = nameAfter(s, m.index + m[0].length);
    if (!who) continue;
    const title = m[2] ? cleanTitle(m[2]) : talkTitleFor(m[1]!);
    talks.push(proseTalk(c, title, [{ name: who.name, affiliation: who.affiliation }], m.index, who.end));
    if (/keynote/i.test(m[1]!)) keynoteSpeakerAt.push({ start: m.index, end: who.end });
  }
  for (const m of s.includes('"') || s.includes('“') ? allMatches(PRESENTED_QUOTED, s) : NO_MATCHES) {
    // The name may carry its affiliation: "Ian Buck (NVIDIA) presented …".
    const paren = /\s{0,2}\(([^()]{1,80})\)\s{0,2}$/.exec(s.slice(Math.max(0, m.index - 90), m.index));
    const nameEnd = paren ? m.index - paren[0].length : m.index;
    let who = nameBefore(s, nameEnd);
    let affiliation = paren ? tidy(paren[1]!) : null;
    // "Jean-François Lebrun of Schneider Electric presented …": the organisation after "of" (or "from", "at") is the
    // affiliation, and the person is the name before it.
    if (who && !paren) {
      const of = /\s(?:of|from|at)\s{1,2}$/i.exec(s.slice(Math.max(0, who.start - 6), who.start));
      const person = of ? nameBefore(s, who.start - of[0].length) : undefined;
      if (person) {
        affiliation = who.name;
        who = person;
      }
    }
    if (!who) continue;
    const speakers: Speaker[] = [{ name: who.name, affiliation }];
    let start = who.start;
    // "Tri Dao & Albert Gu (Cartesia) presented …": both; the affiliation is only known for the second
    // (they need not share it, as schedule lines are read too).
    const joint = /\s(?:&|and)\s{1,2}$/.exec(s.slice(Math.max(0, who.start - 6), who.start));
    const other = joint ? nameBefore(s, who.start - joint[0].length) : null;
    if (other && foldName(other.name) !== foldName(who.name)) {
      speakers.unshift({ name: other.name, affiliation: null });
      start = other.start;
    }
    talks.push(proseTalk(c, tidy(m[1]!), speakers, start, m.index + m[0].length));
  }
  for (const m of (words & 2) !== 0 ? allMatches(INTERVIEW, s) : NO_MATCHES) {
    const b = nameAfter(s, m.index + m[0].length);
    if (!b) continue;
    // A host may go by one name ("Swyx sat down with …", "Dwarkesh interviewed …"), or carry an affiliation
    // ("Jim Keller (Tenstorrent) in conversation with Dylan Patel").
    const paren = /\s{0,2}\(([^()]{1,60})\)\s{0,2}$/.exec(s.slice(Math.max(0, m.index - 64), m.index));
    const before = paren ? m.index - paren[0].length : m.index;
    const a = nameBefore(s, before) ?? (paren ? null : oneWordNameBefore(s, m.index));
    if (a && foldName(a.name) === foldName(b.name)) continue;
    const guest = { name: b.name, affiliation: b.affiliation };
    const host = a ? { name: a.name, affiliation: paren ? tidy(paren[1]!) : null } : null;
    talks.push(host && a ? proseTalk(c, null, [host, guest], a.start, b.end) : proseTalk(c, null, [guest], m.index + m[0].length, b.end));
  }
  // "a fireside chat with Jensen Huang and Secretary Chris Wright", "a panel with A, B and C": the session's people.
  for (const m of s.includes(' with ') ? allMatches(SESSION_WITH, s) : NO_MATCHES) {
    const people: Speaker[] = [];
    let end = m.index + m[0].length;
    for (let more = 0; more < 6; more++) {
      const joint = more === 0 ? [''] : /^\s{0,2}(?:,\s{0,2}(?:and\s{1,2})?|and\s{1,2}|&\s{1,2})/.exec(s.slice(end, end + 12));
      if (!joint) break;
      let at = end + joint[0].length;
      const office = OFFICE_BEFORE_NAME.exec(s.slice(at, at + 24));
      if (office) at += office[0].length;
      const next = nameAfter(s, at);
      if (!next) break;
      people.push({ name: next.name, affiliation: next.affiliation });
      end = next.end;
    }
    if (people.length === 0) continue;
    talks.push(proseTalk(c, /^panel/i.test(m[1]!) ? 'Panel' : 'Fireside chat', people, m.index, end));
  }
  // "Lisa Su opened with the MI355X launch", "Jensen kicked off GTC with …": the person opened the event.
  for (const m of s.includes('opened') || s.includes('kicked') ? allMatches(OPENED_WITH, s) : NO_MATCHES) {
    const who = nameBefore(s, m.index);
    if (!who) continue;
    talks.push(proseTalk(c, null, [{ name: who.name, affiliation: null }], who.start, m.index + m[0].length));
  }
  for (const m of (words & 4) !== 0 ? allMatches(PODCAST, s) : NO_MATCHES) {
    const who = nameAfter(s, m.index + m[0].length);
    if (!who) continue;
    const kind = /^pod/i.test(m[1]!) ? 'Podcast' : 'Episode';
    const title = m[2] ? `${kind} #${m[2]}` : kind;
    // "with Horace He (PyTorch) and Ana Lúcia Ferreira (Nubank)": every guest named in the list.
    const guests: Speaker[] = [{ name: who.name, affiliation: who.affiliation }];
    let end = who.end;
    for (let more = 0; more < 4; more++) {
      const joint = /^\s{0,2}(?:,\s{0,2}(?:and\s{1,2})?|and\s{1,2}|&\s{1,2})/.exec(s.slice(end, end + 12));
      if (!joint) break;
      const next = nameAfter(s, end + joint[0].length);
      if (!next) break;
      guests.push({ name: next.name, affiliation: next.affiliation });
      end = next.end;
    }
    talks.push(proseTalk(c, title, guests, m.index, end));
  }
  // "notes from the keynote at SAP center … and jensen starting talking": a keynote
  // and a well-known keynote speaker in the same sentence.
  for (const sent of (words & 8) !== 0 ? sentences(s) : []) {
    const text = s.slice(sent.start, sent.end);
    KEYNOTE_WORD.lastIndex = 0;
    const k = KEYNOTE_WORD.exec(text);
    if (!k) continue;
    const kStart = sent.start + k.index;
    const kEnd = kStart + k[0].length;
    if (keynoteSpeakerAt.some((r) => r.start < sent.end && r.end > sent.start)) continue;
    aliasPattern.lastIndex = 0;
    const a = aliasPattern.exec(text);
    if (!a) continue;
    const aStart = sent.start + a.index;
    const aEnd = aStart + a[0].length;
    const name = aliasFor(a[0]);
    if (!name) continue;
    // "Lisa mentioned Sam Altman in the keynote", "he quoted Jensen": the person is talked about, not the speaker.
    if (MENTIONED_BEFORE.test(s.slice(Math.max(sent.start, aStart - 40), aStart))) continue;
    let start = Math.min(kStart, aStart);
    // Include "the" before "keynote" when the span starts there.
    if (start === kStart && /\bthe\s$/i.test(s.slice(Math.max(sent.start, kStart - 4), kStart))) start = kStart - 4;
    talks.push(proseTalk(c, 'Keynote', [{ name, affiliation: null }], start, Math.max(kEnd, aEnd)));
  }
  return talks;
}

