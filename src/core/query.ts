// Lookups by offset, served from the index without parsing (hover, code actions).
import type { Claim, Link, Note, Problem } from './types.js';

/** The claim whose quantity covers `offset` (binary search: claims are in document order). */
export function claimAt(note: Note, offset: number): Claim | undefined {
  const claims = note.claims;
  let lo = 0;
  let hi = claims.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = claims[mid]!.quantity.span;
    if (offset < span.start) hi = mid - 1;
    else if (offset > span.end) lo = mid + 1;
    else return claims[mid];
  }
  return undefined;
}

export function linkAt(note: Note, offset: number): Link | undefined {
  return note.links.find((l) => offset >= l.span.start && offset <= l.span.end);
}

export function problemsAt(note: Note, offset: number): Problem[] {
  return note.problems.filter((p) => p.span && offset >= p.span.start && offset <= p.span.end);
}
