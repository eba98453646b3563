// One shared copy of short strings that repeat across notes.
import { detach } from './text.js';

const INTERN = new Map<string, string>();
const INTERN_LIMIT = 200_000;

/**
 * A shared, detached copy of a short string that repeats across notes (headings like "Key points",
 * events, units, problem messages). Long strings are just detached; the table is bounded.
 */
export function intern(s: string): string {
  if (s.length > 160) return detach(s);
  const hit = INTERN.get(s);
  if (hit !== undefined) return hit;
  const copy = detach(s);
  if (INTERN.size >= INTERN_LIMIT) INTERN.clear();
  INTERN.set(copy, copy);
  return copy;
}
