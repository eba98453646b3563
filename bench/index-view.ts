// The projection of a note that the fast and remark parsers must agree on: structure, links,
// talks and claims with spans. One definition, used by test/unit/differential.test.ts and the bench.
import type { Note } from '../src/core/types.js';

export type IndexViewFn = (note: Note) => Record<string, unknown>;

export function indexView(note: Note): Record<string, unknown> {
  return {
    title: note.title,
    headings: note.headings.map((h) => [h.depth, h.text, h.span.start, h.span.end]),
    sections: note.sections.map((s) => [s.heading?.text ?? null, s.span.start, s.span.end]),
    links: note.links.map((l) => [l.kind, l.target, l.section ?? null, l.label ?? null, l.span.start, l.span.end]),
    talks: note.talks.map((t) => [t.title, t.time, t.event, t.speakers.map((s) => `${s.name}|${s.affiliation}`), t.span.start]),
    claims: note.claims.map((c) => [c.quantity.span.start, c.quantity.span.end, c.quantity.value, c.quantity.unit, c.subject, c.kind, c.evaluation.verdict, c.statementSpan.start, c.statementSpan.end]),
  };
}

/** Kept for the bench's report line: which projection it compared. */
export function loadIndexView(): { fn: IndexViewFn; from: string } {
  return { fn: indexView, from: 'bench/index-view.ts (shared with test/unit/differential.test.ts)' };
}

export interface Difference {
  /** e.g. "claims[3][0]" or "links[12] (length 12 vs 13)". */
  path: string;
  fast: unknown;
  remark: unknown;
}

/** The first place two JSON-like values differ, depth first in key order, or null if equal. */
export function firstDifference(a: unknown, b: unknown, at = ''): Difference | null {
  if (Object.is(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    if (a.length !== b.length) {
      return { path: `${at}[${n}] (length ${a.length} vs ${b.length})`, fast: a[n] ?? '(none)', remark: b[n] ?? '(none)' };
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at ? `${at}.${k}` : k);
      if (d) return d;
    }
    return null;
  }
  return { path: at || '(root)', fast: a, remark: b };
}

/** A one-line, length-bounded rendering of a value for reports. */
export function short(value: unknown, max = 160): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
