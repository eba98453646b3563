// Glob patterns as VS Code settings use them (files.exclude, rooflineNotes.include/exclude),
// matched against a workspace-relative path with '/' separators.
//   **  any number of path segments     *  anything but '/'     ?  one character but '/'
//   {a,b}  alternatives (may nest)      [abc] [a-z] [!abc]  character classes

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string, ignoreCase = false): RegExp {
  const key = `${ignoreCase ? 'i' : 's'}:${glob}`;
  let re = cache.get(key);
  if (!re) {
    if (cache.size > 500) cache.clear();
    re = new RegExp(`^${translate(glob.replace(/\\/g, '/').replace(/^\.\//, ''))}$`, ignoreCase ? 'i' : '');
    cache.set(key, re);
  }
  return re;
}

function translate(glob: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // '**/' → any number of whole segments; a trailing '**' → anything.
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        i++;
        if (glob[i + 1] === '/' && atSegmentStart) {
          i++;
          out += '(?:[^/]*/)*';
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) {
      out += '|';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, (m) => `\\${m}`)}]`;
      i = close;
    } else {
      out += c.replace(/[.+^$()|\\/[\]]/g, (m) => `\\${m}`);
    }
  }
  while (depth-- > 0) out += ')';
  return out;
}

/** Whether a relative path matches any of the globs. A glob that matches a folder also matches everything in it. */
export function matchesAny(relativePath: string, globs: readonly string[], ignoreCase = false): boolean {
  const path = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
  for (const g of globs) {
    if (!g) continue;
    const re = globToRegExp(g, ignoreCase);
    if (re.test(path)) return true;
    // Folder patterns ("**/node_modules") exclude their contents too, as files.exclude does.
    let slash = path.indexOf('/');
    while (slash > 0) {
      if (re.test(path.slice(0, slash))) return true;
      slash = path.indexOf('/', slash + 1);
    }
  }
  return false;
}

/** The keys set to `true` in a files.exclude-style object. */
export function enabledGlobs(map: unknown): string[] {
  if (!map || typeof map !== 'object') return [];
  return Object.entries(map as Record<string, unknown>)
    .filter(([, v]) => v === true)
    .map(([k]) => k);
}

/** One glob for workspace.findFiles: `{a,b}` for several brace-free globs (VS Code globs cannot nest braces). */
export function combineGlobs(globs: readonly string[]): string | undefined {
  const usable = globs.filter((g) => g && !/[{}]/.test(g));
  if (usable.length === 0) return undefined;
  return usable.length === 1 ? usable[0] : `{${usable.join(',')}}`;
}
