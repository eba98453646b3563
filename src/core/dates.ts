// Dates as people write them, normalised to ISO 8601 with the original kept.
import type { NoteDate } from './types.js';

// Month names by their first three letters: English, then German, French, Spanish, Italian, Portuguese and Dutch
// where those differ ("Mär", "févr.", "dic", "giu", "out", "mei").
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  mär: 3, mae: 3, mai: 5, okt: 10, dez: 12,
  fév: 2, fev: 2, avr: 4, aoû: 8, aou: 8, déc: 12,
  ene: 1, abr: 4, ago: 8, dic: 12,
  gen: 1, mag: 5, giu: 6, lug: 7, set: 9, ott: 10,
  out: 10,
  maa: 3, mei: 5,
};
/** Names whose first three letters are ambiguous (French juin and juillet). */
const MONTH_NAMES: Record<string, number> = { juin: 6, juillet: 7, juil: 7 };

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES[w] ?? MONTHS[w.slice(0, w.startsWith('sept') ? 4 : 3)] ?? undefined;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 Feb and friends
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Normalises a frontmatter date value. Accepts Date objects (YAML timestamps, TOML dates),
 * ISO strings, "Mar 18, 2025", "18 March 2025", "March 18th 2025", "2025/03/18", "03/18/2025"
 * (US order unless the first number is > 12), "18.03.2025" and epoch-free forms.
 * `original` is the text as written when known.
 */
export function normalizeDate(value: unknown, original?: string | null): NoteDate | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // A timestamp written with its offset ("2025-08-26 00:30:00 +02:00") keeps its own day: YAML's Date is in UTC.
    const written = original ? parseDateText(original.replace(/^["']|["']$/g, '')) : null;
    if (written) return { iso: written, original: original! };
    // ("2024-13-45" is no date: YAML's Date rolls it over to 2025-02-14. Better none than a wrong one.)
    if (original && /^\s*["']?\d{4}-\d{1,2}-\d{1,2}\b/.test(original) && parseDateText(original.trim().replace(/^["']|["']$/g, '').slice(0, 10)) === null) return null;
    const raw = original ?? String(value);
    const hasTime = /\d[T ]\d{1,2}:\d{2}/.test(raw) || (value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() !== 0);
    const isoText = hasTime ? value.toISOString() : value.toISOString().slice(0, 10);
    return { iso: isoText, original: raw };
  }
  const text = String(value).trim();
  const parsed = parseDateText(text);
  return parsed ? { iso: parsed, original: original ?? text } : null;
}

export function parseDateText(text: string): string | null {
  const day = parseDay(text);
  if (day !== null) return day;
  // "March 18, 2025 9:30 AM" (Notion), "18 March 2025 14:30", "Mar 18, 2025 at 6pm": the day, without its time.
  const m = TRAILING_TIME.exec(text.trim());
  return m ? parseDay(m[1]!) : null;
}

const TRAILING_TIME = /^(.{6,40}?\d{4}),?(?:\s+at)?\s+\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i;

function parseDay(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$)/.exec(t))) {
    const day = iso(+m[1]!, +m[2]!, +m[3]!);
    if (!day) return null;
    if (m[4] === undefined) return day;
    const stamp = `${day}T${m[4]!.padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}${m[7] ? m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : ''}`;
    return stamp;
  }
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t))) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) {
    const a = +m[1]!;
    const b = +m[2]!;
    // Dots are European (day first); slashes are US unless the first part can't be a month.
    const dayFirst = t.includes('.') || a > 12;
    return dayFirst ? iso(+m[3]!, b, a) : iso(+m[3]!, a, b);
  }
  // "Mar 18, 2025", "March 18th 2025", "Tue, Mar 18 2025"
  if ((m = /^(?:[A-Za-z]{3,9},? )?([A-Za-z]{3,9}\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(t))) {
    const month = monthOf(m[1]!);
    return month ? iso(+m[3]!, month, +m[2]!) : null;
  }
  // "18 March 2025", "18th Mar, 2025", "14. März 2025", "1er juin 2025", "14 de junio de 2025"
  if ((m = /^(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)? (?:de )?(\p{L}{3,10}\.?),? (?:de )?(\d{4})$/u.exec(t))) {
    const month = monthOf(m[2]!);
    return month ? iso(+m[3]!, month, +m[1]!) : null;
  }
  // "2025年6月14日", "2025년 6월 14일" (Japanese, Chinese, Korean)
  if ((m = /^(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]?$/.exec(t))) return iso(+m[1]!, +m[2]!, +m[3]!);
  // "March 2025" → first of the month
  if ((m = /^([A-Za-z]{3,9}\.?),? (\d{4})$/.exec(t))) {
    const month = monthOf(m[1]!);
    return month ? iso(+m[2]!, month, 1) : null;
  }
  return null;
}

const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_IN_TEXT = new RegExp(`\\b(?:\\d{4}-\\d{1,2}-\\d{1,2}|${MONTH_WORD} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} ${MONTH_WORD} \\d{4})\\b`, 'i');

/**
 * A date written in a title or a note's first line ("# ISSCC 2025 — Feb 17, 2025", "2025-06-14 — notes from the
 * meetup"): the first full date (year, month and day) in it, as written.
 */
export function dateInText(text: string | undefined): NoteDate | null {
  if (!text) return null;
  const m = DATE_IN_TEXT.exec(text.slice(0, 200));
  const iso = m ? parseDateText(m[0]) : null;
  return m && iso ? { iso, original: m[0] } : null;
}

/** A daily note's name: "2025_03_18" (Logseq journals), "2025-03-18" (Obsidian daily notes), "2025.03.18 standup". */
export function dateInFileName(name: string): NoteDate | null {
  const m = /^(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)/.exec(name);
  if (!m) return null;
  const iso = parseDateText(`${m[1]}-${m[2]}-${m[3]}`);
  return iso ? { iso, original: m[0] } : null;
}
