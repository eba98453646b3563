// A bounded memo for string-keyed pure functions whose inputs repeat across notes
// (names, candidate words). It clears itself when full instead of growing forever.
import { detach } from './text.js';

export function memoizeString<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const value = fn(s);
    if (cache.size >= limit) cache.clear();
    // Keys are detached so a cached name never keeps its whole note alive.
    cache.set(detach(s), value);
    return value;
  };
}
