// Titles and talk text ("Name (Aff) - Title", '"Title" by Name'), and
// schedule lines with an optional leading time.

import type { Speaker, Talk } from '../types.js';
import { collapseWs, endsWithStop, hasCloseParen, isCjkLetter, isWs, splitWsCount, tidy, upperAt } from './strings.js';
import { parseSpeakers, speakerStartOk } from './names.js';
import { type Clean, type Line, spanOf, verbatimClean } from './clean.js';

// ('"…"', “…”, «…», German „…“.)
// (And the Chinese title marks 《…》.)
const WRAPPED_TITLE = /^["“«„《]([^"“”«»„《》]{1,300})["”»“》]$/u;

const TRAILING_TAGS = /(?:\s{1,4}#(?:\[\[[^\]\n]{1,60}\]\]|\p{L}[\p{L}\p{N}_/-]{0,40})){1,4}$/u;

/** Strip wrapping quotes and trailing punctuation; null when nothing is left. */
export function cleanTitle(raw: string): string | null {
  let t = collapseWs(raw).trim();
  // "Triton 4 roadmap #talk", "Panel: kernels #[[panel]]": a note tool's tags after a title are no part of it.
  if (t.includes(' #')) t = t.replace(TRAILING_TAGS, '');
  // Trailing spaces, commas and semicolons (the only whitespace left is ' ').
  let e = t.length;
  while (e > 0) {
    const c = t.charCodeAt(e - 1);
    if (c === 32 || c === 44 || c === 59) e--;
    else break;
  }
  if (e < t.length) t = t.slice(0, e);
  const m = WRAPPED_TITLE.exec(t);
  if (m) t = m[1]!.trim();
  else if (t.length >= 2 && /^['‘]/.test(t) && /['’]$/.test(t) && !t.slice(1, -1).includes("'")) t = t.slice(1, -1).trim();
  if (t === '' || !/[\p{L}\p{N}]/u.test(t)) return null;
  return t;
}

interface Separator {
  start: number;
  end: number;
}

/**
 * Places where a speaker part may end and a title begin: '|', '–', '—' (and
 * runs of them, "——") and the fullwidth colon '：' anywhere; '·' between spaces; '-' after
 * whitespace or a closing parenthesis ("(Stanford) -The State…"); ':' followed
 * by a space or a quote; ',' followed by an opening quote.
 * Returns the first separator at or after `from`, with the spaces around it;
 * the scan for the next one resumes at its `end`.
 */
function nextSeparator(s: string, from: number): Separator | null {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 128 ? ch !== 124 && ch !== 45 && ch !== 58 && ch !== 44 : ch !== 0x2013 && ch !== 0x2014 && ch !== 0xff1a && ch !== 0xb7) continue;
    let isSep = false;
    let j = i + 1;
    if (ch === 0x2013 || ch === 0x2014) {
      // – — and runs of them ("——", the Chinese dash)
      isSep = true;
      while (j < n && (s.charCodeAt(j) === 0x2014 || s.charCodeAt(j) === 0x2013)) j++;
    } else if (ch === 124 || ch === 0xff1a) isSep = true; // | ：
    else if (ch === 0xb7) {
      // '·' between spaces ("10:30 · Title · Name (Org)"); not inside a word (the Catalan "l·l").
      isSep = i > 0 && isWs(s.charCodeAt(i - 1)) && isWs(s.charCodeAt(i + 1));
    } else if (ch === 45) {
      // '-'
      const prev = i > 0 ? s.charCodeAt(i - 1) : -1;
      if (prev === 32 || prev === 9 || prev === 41 || prev === 34 || prev === 0x201d || prev === 0xff09 || prev === 0x3000) {
        isSep = true;
        while (j < n && s.charCodeAt(j) === 45) j++;
        if (s.charCodeAt(j) === 62) isSep = false; // "->" arrows
      }
    } else if (ch === 58) {
      // ':'
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 32;
      if (next === 32 || next === 9 || isOpenQuote(next)) isSep = true;
    } else {
      // ','
      let k = i + 1;
      while (k < n && s.charCodeAt(k) === 32) k++;
      if (k < n && (s.charCodeAt(k) === 34 || s.charCodeAt(k) === 0x201c)) isSep = true;
    }
    if (!isSep) continue;
    let a = i;
    while (a > 0 && isWs(s.charCodeAt(a - 1))) a--;
    while (j < n && isWs(s.charCodeAt(j))) j++;
    return { start: a, end: j };
  }
  return null;
}

/** An opening quote: " “ « ‘ or '. */
function isOpenQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0xab || c === 0x2018 || c === 39;
}

interface ParsedTalkText {
  speakers: Speaker[];
  title: string | null;
  titleQuoted: boolean;
  parenAffiliation: boolean;
  /** The speaker part ended at a colon ("Name: …"), the usual way to attribute a quote. */
  colon?: boolean;
  /** A quoted sentence and who said it, not a talk (the person is still one the note names). */
  quote?: boolean;
  /** Where the talk was given, written after its title ("— GTC 2024"). */
  event?: string;
}

interface ParseOptions {
  /** The line had a time, or is a table cell: looser forms are allowed. */
  lenient: boolean;
  allowPlaceholder: boolean;
  /** The line is a heading: "Title (Name, Org)" is a talk there, as with a time. */
  heading?: boolean;
}

const SESSION_KIND = /^(?:panel(?:\s{1,2}discussion)?|keynote|talk|fireside\s{1,2}chat|workshop|lightning\s{1,2}talk|invited\s{1,2}talk)\s{0,2}[:–—-]\s{0,3}(?=["“])/i;

const KIND_BEFORE_SPEAKER = /^(?:keynote|opening\s{1,2}keynote|invited\s{1,2}talk|talk|vortrag|hauptvortrag|charla|ponencia|palestra|intervento|exposé|conférence|主题演讲|主旨演讲|特邀报告|基調講演|招待講演|講演|기조연설|발표)\s{0,2}[:：]\s{0,3}/i;

/** Is the first character of s (in lower case) one of the codes? */
function c0Is(s: string, ...codes: number[]): boolean {
  return codes.includes(s.charCodeAt(0) | 0x20);
}

// ('"Ironwood at scale", Norm Jouppi, Google': a comma alone after the quoted title does too.)
// (The connector in other languages and shorthand too: "w/", "par", "von", "por", "di".)
const QUOTED_BY = /^["“«„]([^"“”«»„]{1,300})["”»“](?:\s{0,4},?\s{1,4}(?:by|from|with|w\/|par|von|por|di|[-–—])\s{1,4}|\s{0,2},\s{1,4}(?=[\p{Lu}\p{Lo}]))(.{1,300})$/u;
const TITLE_BY = /^(.{1,200}?)\s{1,4}by\s{1,4}(.{1,200})$/u;
/** "Serving LLMs on TPU v5e — talk by …", "…, a talk by …": the talk word after a dash or comma is no part of the title
 *  (as it is of "Lightning talk by …"). */
const TALK_WORD_BEFORE_BY = /\s{0,2}[—–,;:-]{1,2}\s{0,2}(?:(?:an?|the)\s{1,2})?(?:invited\s{1,2}|keynote\s{1,2})?(?:talk|keynote|presentation|lecture|session|tutorial)\s*$/i;
const TRAILING_SPEAKER_LABEL = /\s{0,3}[—–-]?\s{0,3}(?:speakers?|presenters?|referent(?:in|en)?|sprecher(?:in)?|ponentes?|oradora?|intervenante?s?|relat(?:ore|rice)|spreker)\s{0,2}$/i;
const QUOTED_THEN_EVENT = /^["“„«]([^"“”„«»]{1,300})["”“»]\s{0,3}[—–]\s{1,3}([^"“”—–]{2,120}?)\s*[.;]?$/u;
const TITLE_THEN_SPEAKERS = /^([^()]{2,200}?)\s{0,3}\(([^()]{4,160})\)$/u;
/** A paper's number before its title in a session's notes: "## 2.1 Wafer-scale inference". */
const SECTION_NUMBER = /^\d{1,2}\.\d{1,2}\.?\s{1,3}(?=\S)/;
const QUOTED_WITH_AFFILIATION = /^["“]([^"“”]{1,300})["”]\s{0,4}(?:\(([^()]{1,100})\))?\s{0,4}[.,;]?$/u;

/** A figure in a unit: "160 GB", "1.07 TB/s", "43 tokens/s", "700 W", "2.25 PFLOPS". */
const FIGURE_IN_UNIT = /\d\s?(?:[kKMGTP]?B\b|[KMGT]iB\b|[kMGT]?W\b|(?:ms|µs|us|s)\b|%|x\b|×|tokens?\b|GPUs?\b|[TPE]?FLOP)/;

/**
 * Quoted words that read as something said rather than a title: a sentence that ends with a full stop or "!", one with
 * a figure in a unit ("160 GB", "43 tokens/s"), or one with a verb of being or having ("It's a memory problem").
 */
export function readsAsQuote(quoted: string): boolean {
  const t = quoted.trim();
  if (/[.!…]$/.test(t)) return true;
  if (FIGURE_IN_UNIT.test(t)) return true;
  return /\b(?:is|are|was|were|has|have|had|it['’]s|we['’]re|i['’]m|will|won['’]t|can['’]t|isn['’]t|doesn['’]t)\b/i.test(t) && t.split(/\s+/).length >= 4;
}

export function applyAffiliation(speakers: Speaker[], aff: string | undefined): void {
  if (!aff) return;
  for (const s of speakers) if (s.affiliation === null) s.affiliation = tidy(aff);
}

/** A separator, then a capital or a Han, kana or Hangul letter (see isCjkLetter). */
const PAREN_THEN_QUOTE = /^([^()“”"]{2,80}\([^()]{1,80}\))\s{0,3}[“"]([^“”"]{2,200})[”"]$/;
const SPEAKER_AFTER_SEPARATOR = /[|\u2013\u2014\u00b7:\uff1a-]-*\s*[\p{Lu}\u3005\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3]/u;

/** Speakers and title from the text of one schedule entry (time already removed). */
export function parseTalkText(str: string, opts: ParseOptions, knownSpeakersFirst?: boolean): ParsedTalkText | null {
  const s = str.trim();
  if (s.length < 4 || s.length > 600) return null;

  // "Title" by Name (Affiliation); also after the session's kind ('Panel: "Title" with A, B and C').
  const kind = c0Is(s, 0x70, 0x6b, 0x74, 0x66, 0x77, 0x6c, 0x69) ? SESSION_KIND.exec(s) : null;
  const q = kind ? s.slice(kind[0].length) : s;
  const c0 = q.charCodeAt(0);
  const qb = isOpeningQuote(c0) ? QUOTED_BY.exec(q) : null;
  // ('“The A100 SXM has 160 GB of HBM2e” — Wen Pereira': with no time, no table and no session kind, a quoted
  // sentence and its speaker are a quote, not a talk's title.)
  if (qb) {
    const sp = parseSpeakers(qb[2]!, opts.allowPlaceholder);
    const quote = !opts.lenient && !kind && readsAsQuote(qb[1]!);
    if (sp) return { speakers: sp.speakers, title: cleanTitle(qb[1]!), titleQuoted: true, parenAffiliation: sp.parenAffiliation, quote };
  }

  // Name (Affiliation) “Title”, the quote right after the affiliation ("佐藤健一（PFN）「MN-Core」" once full width is read).
  const last = s.charCodeAt(s.length - 1);
  const pq = last === 0x201d || last === 34 ? PAREN_THEN_QUOTE.exec(s) : null;
  if (pq) {
    const sp = parseSpeakers(pq[1]!, opts.allowPlaceholder);
    if (sp && sp.parenAffiliation) return { speakers: sp.speakers, title: cleanTitle(pq[2]!), titleQuoted: true, parenAffiliation: true };
  }

  // Each loop below needs parseSpeakers to accept a part of s; find the separators only if
  // one of them can. Left parts all start where s does, and end at whitespace or at a
  // character that is not a name character: parseSpeakers' start check gives the same
  // answer for s as for each of them (or they have fewer than two words).
  // (`knownSpeakersFirst`: the caller computed it on the text s is a trimmed slice of.)
  const speakersFirst = knownSpeakersFirst ?? (upperAt(s, 0) && speakerStartOk(s, 0, opts.allowPlaceholder));
  // A right part starts with a capital (or a CJK letter) right after a separator ('|', '–',
  // '—', ':', '：', '-', spaces), and without a time or table needs an affiliation in
  // parentheses (ASCII or fullwidth).
  const needsParen = !opts.lenient && !hasCloseParen(s) && !s.includes(' @ ');
  const speakersLast = !needsParen && SPEAKER_AFTER_SEPARATOR.test(s);
  // Name (Affiliation) - Title, Name - "Title" (Affiliation), Name, Affiliation: "Title"
  // (separators found one at a time: the first one usually ends the speakers).
  if (speakersFirst) for (let sep = nextSeparator(s, 0); sep; sep = nextSeparator(s, sep.end)) {
    const left = s.slice(0, sep.start);
    const right = s.slice(sep.end).trim();
    if (right === '') continue;
    // (speakersFirst: the start check holds for every left part, or it has fewer than two words.)
    const sp = parseSpeakers(left, opts.allowPlaceholder, true);
    if (!sp) continue;
    const sepText = s.slice(sep.start, sep.end).trim();
    const colon = sepText === ':' || sepText === '\uff1a';
    const qa = QUOTED_WITH_AFFILIATION.exec(right);
    if (qa) {
      applyAffiliation(sp.speakers, qa[2]);
      return { speakers: sp.speakers, title: cleanTitle(qa[1]!), titleQuoted: true, parenAffiliation: sp.parenAffiliation || qa[2] !== undefined, colon };
    }
    // 'Lisa Su (AMD): “AI Everywhere” — Computex preview, Taipei': the quoted title, then where it was given.
    const qe = QUOTED_THEN_EVENT.exec(right);
    if (qe) return { speakers: sp.speakers, title: cleanTitle(qe[1]!), titleQuoted: true, parenAffiliation: sp.parenAffiliation, colon, event: tidy(qe[2]!) };
    return { speakers: sp.speakers, title: cleanTitle(right), titleQuoted: false, parenAffiliation: sp.parenAffiliation, colon };
  }

  // Title - Name (Affiliation): only with a time, in a table, or with a parenthesised affiliation.
  if (speakersLast) for (let sep = nextSeparator(s, 0); sep; sep = nextSeparator(s, sep.end)) {
    // The right part starts at sep.end (separators end at a non-space): speakers start with a capital.
    if (!upperAt(s, sep.end)) continue;
    const left = s.slice(0, sep.start).trim();
    let right = s.slice(sep.end).trim();
    if (left === '' || right === '') continue;
    // "Product deep-dive: José Ramírez-Núñez (AMD).": written as a sentence, its full stop is no part of the names.
    if (right.endsWith(').')) right = right.slice(0, -1);
    const sp = parseSpeakers(right, opts.allowPlaceholder);
    if (!sp || !(opts.lenient || sp.parenAffiliation)) continue;
    // Two to four CJK characters after a separator are as often a place or a dish as a
    // name ("12:00 午餐 — 园区食堂"): there, a speaker needs an affiliation.
    if (!sp.parenAffiliation && isCjkLetter(s.charCodeAt(sep.end))) continue;
    if (splitWsCount(left) > 20) continue;
    // ('„Chiplets“ — Referent: Prof. Dr. Matthias Müller': the label before the names is no part of the title.)
    // ("Vortrag: Sparsity in der Praxis — John Smith (DTU)": nor is the session's kind before the title.)
    const title = left.replace(TRAILING_SPEAKER_LABEL, '').replace(KIND_BEFORE_SPEAKER, '');
    return { speakers: sp.speakers, title: cleanTitle(title), titleQuoted: WRAPPED_TITLE.test(title.trim()), parenAffiliation: sp.parenAffiliation };
  }

  // Title by Name (Affiliation) (the affiliation shows as a closing parenthesis).
  const tb = !needsParen && s.includes('by') ? TITLE_BY.exec(s) : null;
  // ("Q&A moderated by Anne-Marie O'Neil (AMD)": a role in a session, not a talk's title.)
  if (tb && splitWsCount(tb[1]!) <= 20 && !/\b(?:moderated|hosted|chaired|introduced|emceed|facilitated)$/i.test(tb[1]!.trim())) {
    const sp = parseSpeakers(tb[2]!, opts.allowPlaceholder);
    // ("— by Awni Hannun @ Apple": an affiliation after "@" counts as one in parentheses; the dash is no part of the title.)
    if (sp && (opts.lenient || sp.parenAffiliation || sp.speakers.some((x) => x.affiliation !== null))) {
      return { speakers: sp.speakers, title: cleanTitle(tb[1]!.replace(TALK_WORD_BEFORE_BY, '').replace(/\s{0,2}[—–-]+\s*$/, '')), titleQuoted: false, parenAffiliation: sp.parenAffiliation };
    }
  }

  // "Wafer-scale inference (Nguyễn Thị Minh Anh, Cerebras)": the title, then who gave it in parentheses. Only with a
  // time, in a table or in a heading, and only a person with an organisation (or several people): elsewhere a
  // parenthesis is as often an aside ("(FP8, dense)", "(see slide 4, AMD)").
  if ((opts.lenient || opts.heading === true) && last === 41) {
    const tp = TITLE_THEN_SPEAKERS.exec(s);
    const sp = tp ? parseSpeakers(tp[2]!, false) : null;
    if (sp && (sp.speakers.some((x) => x.affiliation !== null) || (opts.lenient && sp.speakers.length > 1))) {
      const title = tp![1]!.replace(SECTION_NUMBER, '').replace(/\s{0,2}[—–|·-]+$/, '');
      return { speakers: sp.speakers, title: cleanTitle(title), titleQuoted: WRAPPED_TITLE.test(title.trim()), parenAffiliation: true };
    }
  }

  // Just the speaker(s) with an affiliation, e.g. "7:25 PM | Vijay Thakkar (NVIDIA)"
  // (not "8:15 AM — Cheap Distillation").
  if (opts.lenient) {
    const sp = parseSpeakers(s, opts.allowPlaceholder);
    if (sp && sp.parenAffiliation) return { speakers: sp.speakers, title: null, titleQuoted: false, parenAffiliation: sp.parenAffiliation };
  }
  return null;
}

/**
 * parseTalkText's `speakersFirst` for s.slice(a, b) (s[a, b) trimmed): upperAt
 * and speakerStartOk read s from a on exactly as they read the slice, since s
 * has only whitespace after b.
 */
function speakersFirstAt(s: string, a: number, allowPlaceholder: boolean): boolean {
  return upperAt(s, a) && speakerStartOk(s, a, allowPlaceholder);
}

/**
 * Whether s[a, b) opens with a quote or has a ')' or '）'. Without leniency,
 * parseTalkText(s.slice(a, b)) needs one of them or speakers first.
 */
/** '"', “, « and „: what a quoted title opens with. */
function isOpeningQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0xab || c === 0x201e;
}

/** "Keynote: Jensen Huang & Bill Dally — …": the session's kind, then speakers (a colon early on first: most lines have none). */
function kindThenSpeakers(s: string, a: number, b: number, inHeading: boolean): boolean {
  // (Within the first 25 characters only: searching on through the rest of the text cost more than the rest.)
  const head = s.slice(a, Math.min(s.length, a + 25));
  if (head.indexOf(':') < 0 && head.indexOf('：') < 0) return false;
  const kind = KIND_BEFORE_SPEAKER.exec(s.slice(a, Math.min(b, a + 26)));
  return kind !== null && speakersFirstAt(s, a + kind[0].length, !inHeading);
}

function quoteOrParen(s: string, a: number, b: number): boolean {
  const c0 = s.charCodeAt(a);
  if (isOpeningQuote(c0)) return true;
  // ("… — by Awni Hannun @ Apple": an affiliation after "@".)
  return hasCloseParen(s, a, b) || s.slice(a, b).includes(' @ ');
}

// ---------------------------------------------------------------------------
// Schedule lines

// "9:30", "9:30 AM", "14h00", and "14.30" (a dot: hours to 23, and not a decimal's tail).
const TIME_TOKEN = String.raw`\d{1,2}(?::[0-5]\d)?\s?[AaPp]\.?[Mm]\.?(?![\p{L}\p{N}])|\d{1,2}[:h][0-5]\d(?![\p{L}\p{N}])|(?:[01]?\d|2[0-3])\.[0-5]\d(?![\p{L}\p{N}.])`;
// ("14.30 Uhr", "13.00 uur": German and Dutch write the word after the time.)
const CLOCK_WORD = String.raw`(?:\s?(?:Uhr|uhr|uur)(?![\p{L}\p{N}]))?`;
// ("10:00〜10:45", "10:00~10:45": Japanese write a range with a wave dash.)
export const LEADING_TIME = new RegExp(`^(?:${TIME_TOKEN})${CLOCK_WORD}(?:\\s{0,2}[-–—〜～~]\\s{0,2}(?:${TIME_TOKEN})${CLOCK_WORD})?`, 'u');
// Spaces include the ideographic space U+3000; separators the Chinese dash "——" and '：'.
const TRAILING_TIME = new RegExp(`(?:\\s{0,2},\\s{0,2}|\\s{1,2}(?:at|@)\\s{1,2}|\\s{1,2}[-–—]\\s{1,2})(${TIME_TOKEN})\\s*$`, 'u');
const TALK_LABEL = /^(?:talk|session|presentation|title)s?\s{0,2}::?\s{1,3}(?!["“])/i;

function isDigit0(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 77 || c === 109; // a digit, or the M of "AM"/"PM"
}

/** Does a talk's text open with a speakers label ("Speakers:", "Host:", "Convidados:")? */
export function opensWithSpeakersLabel(text: string): boolean {
  return SPEAKERS_LABEL.test(text);
}

/** Does a talk's text open with a speakers label of a talk ("Ponente:", "Speaker:"; not a show's "Guest:" or "Host:")? */
export function opensWithTalkSpeakersLabel(text: string): boolean {
  const m = SPEAKERS_LABEL.exec(text);
  return m !== null && !SHOW_LABEL_WORD.test(m[0]);
}

/** "10:00 — Aceleradores europeos" → its time and the rest; null when the text does not open with a time. */
export function splitLeadingTime(text: string): { time: string; rest: string } | null {
  const tm = LEADING_TIME.exec(text);
  if (!tm) return null;
  const after = AFTER_TIME.exec(text.slice(tm[0].length));
  return after ? { time: tm[0].trim(), rest: text.slice(tm[0].length + after[0].length) } : null;
}

export const AFTER_TIME = /^(?:[ \t\u3000]{0,4}(?:——|[|:：–—·-])[ \t\u3000]{0,8}|[ \t\u3000]{1,8})/;

export interface Candidate {
  talk: Talk;
  strong: boolean;
  /** Who said a quote: a person the note names, but no talk. */
  quote?: boolean;
  /** Index of the group (schedule block or run of list items) it came from. */
  group: number;
}

function cleanOf(s: string, clean: Clean | number): Clean {
  return typeof clean === 'number' ? verbatimClean(s, clean) : clean;
}

/**
 * "Tom Ruiz · Guests: Dylan Patel (SemiAnalysis), Soren Berg (DTU)" after a first label ("Host: "): every part after a
 * " · " or " | " opens with a speakers label of its own, and all of them are the show's people, the host first.
 */
function labelledParts(names: string): { speakers: Speaker[] } | null {
  const parts = names.split(/ [·|] /);
  if (parts.length > 4) return null;
  const speakers: Speaker[] = [];
  for (let k = 0; k < parts.length; k++) {
    let part = parts[k]!;
    if (k > 0) {
      const m = SPEAKERS_LABEL.exec(part.trimStart());
      if (!m) return null;
      part = part.trimStart().slice(m[0].length);
    }
    const sp = parseSpeakers(part, false);
    if (!sp) return null;
    speakers.push(...sp.speakers);
  }
  return { speakers };
}

/**
 * "Moderator: Ana de la Fuente (BSC); Panelists: Tri Dao (Together AI), Philippe Tillet (OpenAI)": a table's speakers
 * cell given as labelled parts (split on ";", " · " or " | "), every part names people, and at least one has a label.
 */
export function labelledSpeakersCell(cell: string): Speaker[] | null {
  const parts = cell.split(/\s{0,2};\s{0,2}| [·|] /);
  if (parts.length > 4) return null;
  const speakers: Speaker[] = [];
  let labelled = false;
  for (const raw of parts) {
    let part = raw.trim();
    const m = SPEAKERS_LABEL.exec(part);
    if (m) {
      labelled = true;
      part = part.slice(m[0].length);
    }
    const sp = parseSpeakers(part, false);
    if (!sp) return null;
    speakers.push(...sp.speakers);
  }
  return labelled ? speakers : null;
}

// (And in the languages notes are written in: "Ponente:", "Referentin:", "Intervenant :", "Relatore:", "Spreker:",
// "Participantes:", "Auf dem Podium:", "Teilnehmer:", "嘉宾："; and as a Logseq or Dataview property, "speaker:: [[Name]]".)
/** A show's guests and hosts in other languages: "Convidados:", "Invitados:", "Gäste:", "Apresentação:", "Moderation:". */
export const SHOW_GUEST_WORDS = String.raw`convidad[oa]s?|invitad[oa]s?|invité(?:e|s|es)?|gäste|gast|ospiti|gasten`;
export const SHOW_HOST_WORDS = String.raw`apresentação|apresentador(?:a|es)?|anfitri(?:ón|ona|ão)|presentador(?:a|es)?|gastgeber(?:in)?|animat(?:eur|rice)|conduttore|conduttrice|presentat(?:ore|rice)|moderation`;
const SHOW_PEOPLE_WORDS = `${SHOW_GUEST_WORDS}|${SHOW_HOST_WORDS}`;
const SPEAKERS_LABEL = new RegExp(String.raw`^(?:speakers?|presenters?|panel(?:ists)?|guests?|hosts?|moderators?|moderated by|ponentes?|oradora?(?:es)?|referent(?:in|en|innen)?|vortragende[rn]?|sprecher(?:in)?|intervenante?s?|conf[ée]rencie(?:r|re)s?|relat(?:ore|rice|ori)|spreker(?:s)?|palestrantes?|participantes|partecipanti|panelist(?:as|en|i)|teilnehmer(?:innen)?|deelnemers|auf dem podium|am podium|${SHOW_PEOPLE_WORDS}|嘉宾|讲者|演讲者|主讲人|登壇者|講演者|発表者|연사|발표자)\s{0,2}(?:::?|：)\s{0,4}`, 'i');
const SHOW_LABEL_WORD = new RegExp(`^(?:guest|host|${SHOW_PEOPLE_WORDS})`, 'i');

/** A loop, not a regex: most lines have no character above U+3000, and this runs on every line of a list. */
function hasFullWidth(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300c && (c <= 0x300f || c === 0xff08 || c === 0xff09)) return true;
  }
  return false;
}
const DATE_PREFIX = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?(?:,?\s{1,2}\d{4})?|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})\s{0,3}[—–-]{1,2}\s{1,3}/i;
const LECTURE_PREFIX = /^(?:lecture|lec\.|class|week|vorlesung|cours|clase|lezione)\s{0,2}#?\d{1,3}\s{0,3}[—–:-]{1,2}\s{1,3}/i;
const FULL_WIDTH_ALL = /[（）「」『』]/g;
const FULL_WIDTH_ASCII: Record<string, string> = { '（': '(', '）': ')', '「': '“', '」': '”', '『': '“', '』': '”' };

/** A sentence that opens with a label of one to three words: "Product deep-dive: …", "Speaker: …". */
const LABEL_OPENING = /^\p{Lu}[\p{L}-]{0,30}(?: [\p{L}-]{1,30}){0,2} ?[:：] /u;

/**
 * Where the sentences of a line start after the first, when a later one opens with a label:
 * "Keynote: Lisa Su (AMD). Product deep-dive: José Ramírez-Núñez (AMD).", "Phoenix, Apr 9, 2024. Speaker: …".
 * Each is read as a line of its own. Empty when there is no such sentence.
 */
export function labelledSentenceStarts(s: string): number[] {
  const starts: number[] = [];
  // (A label ends with a colon: most lines of prose have none after their first sentence.)
  const first = s.indexOf('. ');
  if (s.indexOf(': ', first) < 0 && !s.includes('：')) return starts;
  for (let dot = s.indexOf('. '); dot > 0 && starts.length < 8; dot = s.indexOf('. ', dot + 2)) {
    let k = dot + 1;
    while (k < s.length && k - dot <= 3 && s.charCodeAt(k) === 32) k++;
    // ("Dr. Zoë Ørsted: …", "J. Robert …": an abbreviation or an initial ends no sentence.)
    const before = s.slice(Math.max(0, dot - 4), dot);
    if (/(?:^|[^\p{L}])(?:\p{Lu}|[Dd]r|[Mm]rs?|[Mm]s|[Pp]rof|[Ss]t|[Vv]s|[Nn]o)$/u.test(before)) continue;
    if (LABEL_OPENING.test(s.slice(k, k + 70))) starts.push(k);
  }
  return starts;
}

/**
 * A talk word and its "by" opening a talk's text, in the languages notes are written in: "Talk by", "Keynote by",
 * "Vortrag von", "Charla de", "Palestra de", "Intervento di", "Exposé de", "Lezing door". Followed by a capital.
 */
// (Not "Lightning talk by …": there the talk word is the title.)
const TALK_BY_OPENING = /^(?:talk|keynote|presentation|lecture|vortrag|präsentation|charla|ponencia|conferencia|presentación|palestra|apresentação|intervento|relazione|exposé|présentation|conférence|intervention|lezing|voordracht|presentatie)\s{1,3}(?:by|von|de|di|del|da|do|par|van|door)\s{1,3}(?=\p{Lu})/iu;

/** The length of TALK_BY_OPENING at s[at], or 0 (a glance at the first letter first: most lines open otherwise). */
function talkByLength(s: string, at: number): number {
  const c = s.charCodeAt(at) | 0x20;
  // t k p l v c i r e (é of "exposé" is no ASCII letter: "e" only)
  if (c !== 0x74 && c !== 0x6b && c !== 0x70 && c !== 0x6c && c !== 0x76 && c !== 0x63 && c !== 0x69 && c !== 0x72 && c !== 0x65) return 0;
  const m = TALK_BY_OPENING.exec(s.slice(at, at + 40));
  return m ? m[0].length : 0;
}

export function parseScheduleLine(line: Line, group: number, inHeading: boolean): Candidate | null {
  return parseScheduleText(line.clean.s, line.clean, group, inHeading);
}

/**
 * parseScheduleLine for a line's cleaned text s. `clean`: its Clean, or, for
 * a line cleaning leaves as it is, where s starts in the note (most lines are
 * no talk: their Clean is made only for a candidate's span).
 */
export function parseScheduleText(s: string, clean: Clean | number, group: number, inHeading: boolean): Candidate | null {
  // Full-width parentheses and corner quotes, as Japanese and Chinese notes write them: "佐藤健一（PFN）「MN-Core」".
  // One character for one, so offsets hold.
  if (hasFullWidth(s)) s = s.replace(FULL_WIDTH_ALL, (c) => FULL_WIDTH_ASCII[c]!);
  let i = 0;
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  let end = s.length;
  while (end > i && isWs(s.charCodeAt(end - 1))) end--;
  if (end - i < 4) return null;
  // "Mar 4 — Lisa Su (AMD): “AI Everywhere”", "19/03/2024 — …": a trip log's date opens the line as a time would.
  const c = s.charCodeAt(i) | 0x20;
  // ("# Lecture 7 — Prof. Kayvon Fatahalian: GPU Architecture and CUDA": a numbered lecture reads the same way.)
  const dated = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? (DATE_PREFIX.exec(s.slice(i, i + 32)) ?? LECTURE_PREFIX.exec(s.slice(i, i + 32))) : null;
  if (dated) i += dated[0].length;
  const d = s.charCodeAt(i);
  // "Speakers: Name (Org) and Name (Org)": a talk whose title the note does not give.
  const l = d | 0x20;
  // (The labels start with s, p, g, h, m, o, r, v, i, c, t, d, a, or a Han or Hangul letter: "嘉宾：", "연사:".)
  const label = d >= 0x4e00 || l === 0x73 || l === 0x70 || l === 0x67 || l === 0x68 || l === 0x6d || l === 0x6f || l === 0x72 || l === 0x76 || l === 0x69 || l === 0x63 || l === 0x74 || l === 0x64 || l === 0x61 ? SPEAKERS_LABEL.exec(s.slice(i, Math.min(end, i + 24))) : null;
  if (label) {
    // "Speaker: Zoë Nguyễn (MIT)." written as a sentence: its full stop is no part of the names.
    const namesEnd = s.charCodeAt(end - 1) === 0x2e && s.charCodeAt(end - 2) !== 0x2e ? end - 1 : end;
    const names = s.slice(i + label[0].length, namesEnd);
    const sp = parseSpeakers(names, false) ?? (names.includes(' · ') || names.includes(' | ') ? labelledParts(names) : null);
    if (sp) return { talk: { title: null, speakers: sp.speakers, time: null, event: null, span: spanOf(cleanOf(s, clean), i, end), source: 'prose' }, strong: true, group };
  }
  // Times start with an ASCII digit.
  const isDigit = d >= 48 && d <= 57;
  // "Talk by Jürgen Weiß-Müller (Aleph Alpha): Why HBM …", "Vortrag von Zoë Ó Briain (Mistral AI): …": who, then the title.
  let talkBy = isDigit ? 0 : talkByLength(s, i);
  // Without a time (no digit), the text is s[i, end) and not lenient.
  let speakersFirst = isDigit || talkBy > 0 ? undefined : speakersFirstAt(s, i, !inHeading);
  if (speakersFirst === false && !quoteOrParen(s, i, end) && !kindThenSpeakers(s, i, end, inHeading)) return null;
  let time: string | null = null;
  let restStart = i;
  const tm = isDigit ? LEADING_TIME.exec(s.slice(i)) : null;
  if (tm) {
    const after = AFTER_TIME.exec(s.slice(i + tm[0].length));
    if (after) {
      time = tm[0].trim();
      restStart = i + tm[0].length + after[0].length;
    }
  }
  // 'Talk: "CDNA 3 packaging" — Alan Smith (AMD), 10:30', '… by Lisa Su (AMD) at 09:30': the time written last.
  if (time === null && end - restStart > 12 && isDigit0(s.charCodeAt(end - 1))) {
    const trail = TRAILING_TIME.exec(s.slice(restStart, end));
    if (trail) {
      time = trail[1]!;
      end = restStart + trail.index;
    }
  }
  // "11:00 — Talk by John Smith (Google): Scaling TPUs": the talk word and its "by" are no part of the name.
  if (time !== null) talkBy = talkByLength(s, restStart);
  restStart += talkBy;
  // "Talk:: MI355X launch by Lisa Su (AMD)" (a Logseq property), "Session: …": the label is no part of the title.
  const label2 = talkBy > 0 ? null : TALK_LABEL.exec(s.slice(restStart, end));
  let kindAt = -1;
  if (label2) {
    restStart += label2[0].length;
    // ("Talk:: Ruud van der Berg (ASML) — …": the speakers may come first after the label.)
    speakersFirst = undefined;
  }
  // "## Keynote: Jensen Huang & Bill Dally — “AI factories for science”": with no time, the session's kind before who
  // (the names then a separator: "Keynote: The roofline is dead — …" keeps its kind).
  else if (time === null && talkBy === 0) {
    const kind = KIND_BEFORE_SPEAKER.exec(s.slice(restStart, Math.min(end, restStart + 24)));
    if (kind && speakersFirstAt(s, restStart + kind[0].length, !inHeading)) {
      kindAt = restStart;
      restStart += kind[0].length;
      speakersFirst = undefined;
    }
  }
  // "8:45 pm — Speaker: Bill Dally, NVIDIA — Trends in Deep Learning Hardware": the label after the time names who.
  else if (time !== null) {
    const label3 = SPEAKERS_LABEL.exec(s.slice(restStart, Math.min(end, restStart + 24)));
    if (label3) restStart += label3[0].length;
    else {
      // "09:30 Keynote: Wang Xiaoming (Alibaba) — Memory wall", "09:30 主题演讲：王小明（阿里云）—《…》": the session's
      // kind, then who (a kind before a title stays: "Keynote: The roofline is dead — Name (Org)").
      const kind = KIND_BEFORE_SPEAKER.exec(s.slice(restStart, Math.min(end, restStart + 24)));
      if (kind && speakersFirstAt(s, restStart + kind[0].length, false)) restStart += kind[0].length;
    }
  }
  const opts = { lenient: time !== null || dated !== null, allowPlaceholder: time !== null || !inHeading, heading: inHeading };
  let parsed = parseTalkText(s.slice(restStart, end), opts, speakersFirst);
  // ("Keynote: Lisa Su (AMD).": with no title after who, the kind is the title.)
  if (!parsed && kindAt >= 0) parsed = parseTalkText(s.slice(kindAt, end), opts);
  if (!parsed) return null;
  if (time === null && !parsed.titleQuoted && parsed.title !== null) {
    // "José Martínez-Ruiz: 2:4 sparsity only pays off above 70% utilisation." is a
    // statement attributed to someone, not a talk: titles are not sentences.
    if (endsWithStop(parsed.title) && !parsed.title.endsWith('...')) return null;
    if (splitWsCount(parsed.title) > 16) return null;
  }
  // "Name (Affiliation): text" and 'Name: "we are at 5 ms today".' attribute a quote
  // more often than they list a talk: without a time they need a schedule around them,
  // and a quoted text must look like a title (capitalised, short, not a sentence).
  const colon = parsed.colon === true && time === null;
  // "- Infinity Fabric: 1.07 TB/s bidirectional": a name and a figure in a unit is a spec, not a talk.
  if (colon && !inHeading && !parsed.parenAffiliation && parsed.title !== null && FIGURE_IN_UNIT.test(parsed.title)) return null;
  // "时间：周六下午", "地点：北京": a CJK word before a colon is as likely a field name as a
  // person (both are two to four characters); without a time it needs an affiliation.
  if (colon && !inHeading && !parsed.parenAffiliation && isCjkLetter(s.charCodeAt(i))) return null;
  if (colon && parsed.titleQuoted && !inHeading) {
    const t = parsed.title ?? '';
    if (!/^[\p{Lu}\p{N}]/u.test(t) || endsWithStop(t) || endsWithStop(s.slice(i, end)) || splitWsCount(t) > 12) return null;
  }
  // "# Latent Space: Scaling laws" is a show, not a person: a heading "Name: Title"
  // without an affiliation needs the name to be known from elsewhere in the note.
  const lecture = dated !== null && LECTURE_PREFIX.test(dated[0]);
  const strong = time !== null || (talkBy > 0 && parsed.speakers.length > 0 && (parsed.parenAffiliation || parsed.title !== null)) || (dated !== null && parsed.speakers.length > 0 && (lecture || parsed.titleQuoted || parsed.parenAffiliation)) || (inHeading && !(colon && !parsed.parenAffiliation)) || (!colon && (parsed.titleQuoted || parsed.parenAffiliation));
  const source: Talk['source'] = time === null && parsed.titleQuoted ? 'quoted-title' : 'schedule';
  return {
    talk: { title: parsed.title, speakers: parsed.speakers, time, event: parsed.event ?? null, span: spanOf(cleanOf(s, clean), i, end), source },
    strong,
    quote: parsed.quote === true,
    group,
  };
}
