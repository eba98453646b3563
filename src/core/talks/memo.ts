// What a note's lines gave the last time the note was analysed, so that re-analysing it after an edit
// re-parses only the lines the edit changed. Held by the index for the note being edited, never shared
// between notes: a line's talks depend on its text alone, but offsets are the line's own.

import type { Talk } from '../types.js';

/** A talk found on a line, its span relative to the line's start. */
export interface LineTalk {
  talk: Talk;
  strong: boolean;
  quote: boolean;
}

/**
 * Two generations of entries: an analysis reads both and writes the current one, and `begin` drops
 * the older, so the memo holds about one analysis's worth of lines however long the editing goes on.
 */
class Generations<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(key: string): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.get(key);
    if (old !== undefined) this.current.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }
}

export class TalkMemo {
  /** Line text (with whether it is a heading) → its talks; null when the line names none. */
  readonly lines = new Generations<readonly LineTalk[] | null>();
  /** Blocks whose joined text holds no talk told in prose. */
  readonly noProse = new Generations<true>();

  /** Call once per analysis of the note, before it reads the memo. */
  begin(): void {
    this.lines.begin();
    this.noProse.begin();
  }
}

/** The line's talks at `offset`, as fresh objects (later steps of the analysis set events and titles on them). */
export function placeLineTalk(t: Talk, offset: number): Talk {
  return {
    title: t.title,
    speakers: t.speakers.map((s) => ({ name: s.name, affiliation: s.affiliation })),
    time: t.time,
    event: t.event,
    span: { start: t.span.start + offset, end: t.span.end + offset },
    source: t.source,
  };
}
