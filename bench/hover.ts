// Claim lookup by offset for the hover benchmark. The engine's own `claimAt`
// (src/core/query.ts) is preferred when it exists; this is the fallback and the
// reference the bench checks it against.
import type { Claim, Note } from '../src/core/types.js';

const sortedClaims = new WeakMap<Note, readonly Claim[]>();

/** note.claims in document order (they normally are; sorted once per note otherwise). */
function claimsInOrder(note: Note): readonly Claim[] {
  let claims = sortedClaims.get(note);
  if (claims) return claims;
  claims = note.claims;
  for (let i = 1; i < claims.length; i++) {
    if (claims[i]!.quantity.span.start < claims[i - 1]!.quantity.span.start) {
      claims = [...note.claims].sort((a, b) => a.quantity.span.start - b.quantity.span.start);
      break;
    }
  }
  sortedClaims.set(note, claims);
  return claims;
}

/** The claim whose quantity span contains offset (start ≤ offset ≤ end, like a cursor at either edge). */
export function claimAtOffset(note: Note, offset: number): Claim | undefined {
  const claims = claimsInOrder(note);
  let lo = 0;
  let hi = claims.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid]!.quantity.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // The last claim starting at or before offset, or the one before it when spans touch.
  for (let i = found; i >= 0 && i >= found - 1; i--) {
    const span = claims[i]!.quantity.span;
    if (offset >= span.start && offset <= span.end) return claims[i];
  }
  return undefined;
}
