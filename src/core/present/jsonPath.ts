// Finding where a JSON path ('$[0].flops[1].precision', '$.accelerators[2]["odd key"]')
// points in a JSON or YAML text, to put a diagnostic on the right spot of the user's
// hardware file. JSON is scanned exactly; YAML by indentation (block style).
import type { Span } from '../types.js';

export type PathSegment = string | number;

export function parseJsonPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let i = path.startsWith('$') ? 1 : 0;
  re.lastIndex = i;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else {
      try {
        out.push(JSON.parse(m[3]!) as string);
      } catch {
        out.push(m[3]!.slice(1, -1));
      }
    }
    i = re.lastIndex;
  }
  return out;
}

/** Span of the value (or, for object members, the key) at `path`; the nearest existing ancestor if it is missing. */
export function locateInJson(text: string, path: string | PathSegment[]): Span | undefined {
  const segments = typeof path === 'string' ? parseJsonPath(path) : path;
  const found = new Map<string, Span>();
  try {
    new JsonScanner(text, found).scan();
  } catch {
    // Partial results are still useful.
  }
  for (let n = segments.length; n >= 0; n--) {
    const hit = found.get(JSON.stringify(segments.slice(0, n)));
    if (hit) return hit;
  }
  return undefined;
}

class JsonScanner {
  private pos = 0;
  constructor(private readonly text: string, private readonly found: Map<string, Span>) {}

  scan(): void {
    this.value([]);
  }

  private ws(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') this.pos++;
      else if (c === '/' && this.text[this.pos + 1] === '/') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && this.text[this.pos + 1] === '*') {
        const end = this.text.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? this.text.length : end + 2;
      } else break;
    }
  }

  private value(path: PathSegment[], keySpan?: Span): void {
    this.ws();
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === '{') this.object(path);
    else if (c === '[') this.array(path);
    else if (c === '"') this.string();
    else {
      while (this.pos < this.text.length && !/[\s,\]}]/.test(this.text[this.pos]!)) this.pos++;
      if (this.pos === start) throw new Error('unexpected character');
    }
    const key = JSON.stringify(path);
    if (!this.found.has(key)) this.found.set(key, keySpan ?? { start, end: this.pos });
  }

  private object(path: PathSegment[]): void {
    this.pos++;
    for (;;) {
      this.ws();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return;
      }
      const keyStart = this.pos;
      const key = this.string();
      const keySpan = { start: keyStart, end: this.pos };
      this.ws();
      if (this.text[this.pos] !== ':') throw new Error('expected :');
      this.pos++;
      this.value([...path, key], keySpan);
      this.ws();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== '}') throw new Error('expected , or }');
    }
  }

  private array(path: PathSegment[]): void {
    this.pos++;
    for (let i = 0; ; i++) {
      this.ws();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return;
      }
      this.value([...path, i]);
      this.ws();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== ']') throw new Error('expected , or ]');
    }
  }

  private string(): string {
    if (this.text[this.pos] !== '"') throw new Error('expected string');
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length && this.text[this.pos] !== '"') this.pos += this.text[this.pos] === '\\' ? 2 : 1;
    this.pos++;
    try {
      return JSON.parse(this.text.slice(start, this.pos)) as string;
    } catch {
      return this.text.slice(start + 1, this.pos - 1);
    }
  }
}

/** Block-style YAML: follows keys and list items by indentation. Returns the span of the matching line's content. */
export function locateInYaml(text: string, path: string | PathSegment[]): Span | undefined {
  const segments = typeof path === 'string' ? parseJsonPath(path) : path;
  const lines: { start: number; indent: number; body: string }[] = [];
  let offset = 0;
  for (const raw of text.split(/(?<=\n)/)) {
    const line = raw.replace(/\r?\n$/, '');
    const indent = line.length - line.trimStart().length;
    if (line.trim() && !line.trimStart().startsWith('#') && line.trim() !== '---') lines.push({ start: offset, indent, body: line });
    offset += raw.length;
  }
  let from = 0; // first line of the current node's block
  let parentIndent = -1;
  let best: Span | undefined;
  for (const seg of segments) {
    let hit = -1;
    if (typeof seg === 'number') {
      let itemIndent = -1;
      let count = -1;
      for (let i = from; i < lines.length; i++) {
        const l = lines[i]!;
        if (l.indent <= parentIndent && i > from) break;
        const isItem = /^\s*-(\s|$)/.test(l.body);
        if (!isItem) continue;
        if (itemIndent < 0) itemIndent = l.indent;
        if (l.indent !== itemIndent) continue;
        if (++count === seg) {
          hit = i;
          break;
        }
      }
      if (hit < 0) break;
      const l = lines[hit]!;
      best = { start: l.start + l.indent, end: l.start + l.body.length };
      parentIndent = l.indent;
      const rest = l.body.slice(l.indent).replace(/^-\s*/, '');
      if (rest) {
        // "- id: x": the item's mapping starts on the item line; read the rest of that line
        // as a line of its own at the deeper indent, where its sibling keys are.
        const innerIndent = l.body.length - rest.length;
        lines.splice(hit, 1, { start: l.start, indent: l.indent, body: `${' '.repeat(l.indent)}-` }, { start: l.start, indent: innerIndent, body: `${' '.repeat(innerIndent)}${rest}` });
      }
      from = hit + 1;
    } else {
      const keyRe = new RegExp(`^\\s*["']?${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
      let childIndent = -1;
      for (let i = from; i < lines.length; i++) {
        const l = lines[i]!;
        if (l.indent <= parentIndent) break;
        if (childIndent < 0) childIndent = l.indent;
        if (l.indent !== childIndent) continue;
        if (keyRe.test(l.body)) {
          hit = i;
          break;
        }
      }
      if (hit < 0) break;
      const l = lines[hit]!;
      best = { start: l.start + l.indent, end: l.start + l.body.length };
      parentIndent = l.indent;
      from = hit + 1;
    }
  }
  return best;
}
