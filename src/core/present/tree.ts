// Data for the sidebar trees, independent of VS Code: groups, labels, descriptions.
import type { Claim, Note, Talk, Verdict } from '../types.js';
import type { SpeakerEntry } from '../speakers.js';
import { formatRatio, lineOf, tally, verdictRank, type Tally } from './format.js';
import { truncate } from './escape.js';
import { claimTallyOf } from '../codec.js';

export interface TalkItem {
  noteId: string;
  noteTitle: string;
  talk: Talk;
  /** 0-based line of the talk. */
  line: number;
}

export interface EventGroup {
  event: string;
  talks: TalkItem[];
}

export interface SpeakerGroup {
  key: string;
  name: string;
  affiliations: string[];
  talks: TalkItem[];
}

const NO_EVENT = '(no event)';

/** Events → talks. A talk's event is its own, else its note's `event`, else the note's title. */
export function groupTalksByEvent(notes: readonly Note[]): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const note of notes) {
    for (const talk of note.talks) {
      const event = (talk.event ?? note.event ?? note.title ?? NO_EVENT).trim() || NO_EVENT;
      const key = event.toLowerCase();
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { event, talks: [] }));
      g.talks.push({ noteId: note.id, noteTitle: note.title, talk, line: lineOf(note, talk.span.start) });
    }
  }
  const out = [...groups.values()];
  for (const g of out) g.talks.sort(compareTalks);
  return out.sort((a, b) => a.event.localeCompare(b.event, undefined, { sensitivity: 'base', numeric: true }));
}

function compareTalks(a: TalkItem, b: TalkItem): number {
  if (a.noteId !== b.noteId) return a.noteId < b.noteId ? -1 : 1;
  return a.talk.span.start - b.talk.span.start;
}

/** Speakers → talks across all notes. */
export function groupTalksBySpeaker(speakers: readonly SpeakerEntry[], note: (id: string) => Note | undefined): SpeakerGroup[] {
  const out: SpeakerGroup[] = [];
  for (const s of speakers) {
    const talks: TalkItem[] = [];
    for (const { noteId, talk } of s.talks) {
      const n = note(noteId);
      if (!n) continue;
      talks.push({ noteId, noteTitle: n.title, talk, line: lineOf(n, talk.span.start) });
    }
    if (talks.length === 0) continue;
    talks.sort(compareTalks);
    out.push({ key: s.key, name: s.name, affiliations: s.affiliations, talks });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

export function talkLabel(talk: Talk): string {
  return truncate(talk.title ?? (talk.speakers.length ? talk.speakers.map((s) => s.name).join(', ') : '(untitled talk)'), 120);
}

export function talkDescription(talk: Talk, withSpeakers = true): string {
  const parts: string[] = [];
  if (talk.time) parts.push(talk.time);
  if (withSpeakers && talk.title && talk.speakers.length) parts.push(talk.speakers.map((s) => s.name).join(', '));
  return parts.join(' · ');
}

export function speakerDescription(affiliations: readonly (string | null)[]): string {
  return affiliations.filter((a): a is string => !!a).slice(0, 2).join(', ');
}

// ---------------------------------------------------------------------------
// Claims

export interface ClaimItem {
  noteId: string;
  claim: Claim;
  line: number;
}

export interface NoteClaims {
  noteId: string;
  title: string;
  tally: Tally;
  worst: Verdict;
  claims: ClaimItem[];
}

/** Notes → claims (in document order), keeping only the verdicts asked for; notes left empty are dropped. */
export function groupClaims(notes: readonly Note[], verdicts: ReadonlySet<Verdict>, displayPath: (id: string) => string): NoteClaims[] {
  const out: NoteClaims[] = [];
  for (const note of notes) {
    // Verdict counts come without building the note's claims: most notes are skipped that way.
    const counts = claimTallyOf(note);
    if (![...verdicts].some((v) => counts[v] > 0)) continue;
    const claims = note.claims
      .filter((c) => verdicts.has(c.evaluation.verdict))
      .map((claim) => ({ noteId: note.id, claim, line: lineOf(note, claim.quantity.span.start) }));
    if (claims.length === 0) continue;
    const t = tally(claims.map((c) => c.claim));
    const worst = claims.reduce<Verdict>((w, c) => (verdictRank(c.claim.evaluation.verdict) < verdictRank(w) ? c.claim.evaluation.verdict : w), 'consistent');
    out.push({ noteId: note.id, title: note.title, tally: t, worst, claims });
  }
  return out.sort((a, b) => {
    const pa = displayPath(a.noteId);
    const pb = displayPath(b.noteId);
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
}

export function claimLabel(claim: Claim): string {
  return claim.subject ? `${claim.quantity.raw} — ${truncate(claim.subject, 60)}` : claim.quantity.raw;
}

export function claimDescription(claim: Claim): string {
  const e = claim.evaluation;
  if (e.verdict === 'unverifiable') return truncate(e.reason || 'unverifiable', 80);
  const ratio = formatRatio(e.ratio);
  return [e.modelText ? `${e.route === 'spec' ? 'catalog' : 'model'} ${e.modelText}` : '', ratio ?? ''].filter(Boolean).join(' · ');
}

export function noteClaimsDescription(t: Tally): string {
  const parts: string[] = [];
  if (t.inconsistent) parts.push(`✗ ${t.inconsistent}`);
  if (t.unverifiable) parts.push(`? ${t.unverifiable}`);
  if (t.consistent) parts.push(`✓ ${t.consistent}`);
  return parts.join(' ');
}
