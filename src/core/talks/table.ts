// Talks from markdown tables with speaker/title/time/affiliation columns.

import type { Block, Span, Speaker, Talk } from '../types.js';
import { parseSpeakers } from './names.js';
import { cleanRange } from './clean.js';
import { applyAffiliation, cleanTitle, labelledSpeakersCell, parseTalkText } from './schedule.js';

// ---------------------------------------------------------------------------
// Tables

type Column = 'time' | 'speaker' | 'title' | 'affiliation';

// Header words in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, and CJK.
const AFFILIATION_HEADER = /(?<![\p{L}\p{N}])(?:affiliations?|org|orgs|organi[sz]ations?|company|companies|employer|institution|lab|firma|unternehmen|organisation|institut(?:ion)?|entreprise|empresa|institución|instituição|azienda|ente|afiliaci[oó]n|afilia[çc][ãa]o|affiliazione|organizaci[oó]n|organiza[çc][ãa]o|organizzazione|bedrijf|organizacja|所属|单位|機関|소속)(?![\p{L}\p{N}])/u;
const TIME_HEADER = /(?<![\p{L}\p{N}])(?:time|when|slot|start|hour|zeit|uhrzeit|heure|horaire|hora|horario|horário|ora|orario|tijd|czas|godzina|时间|時間|時刻|시간)(?![\p{L}\p{N}])/u;
const SPEAKER_HEADER = /(?<![\p{L}\p{N}])(?:speakers?|presenters?|who|names?|hosts?|guests?|panelists?|by|sprecher(?:in)?|referent(?:in)?|vortragende[rn]?|intervenante?s?|orateurs?|conférencier|ponentes?|orador(?:es|a)?|palestrantes?|relatori?|relatrice|sprekers?|prelegen(?:t|ci)|讲者|演讲者|嘉宾|講演者|登壇者|발표자|연사)(?![\p{L}\p{N}])/u;
const TITLE_HEADER = /(?<![\p{L}\p{N}])(?:talks?|titles?|sessions?|topics?|subjects?|presentations?|abstract|vortrag|titel|thema|exposé|titre|sujet|charla|título|tema|palestra|titolo|intervento|onderwerp|tytuł|temat|题目|主题|演题|タイトル|演題|제목|주제)(?![\p{L}\p{N}])/u;

function classifyHeader(cell: string): Column | null {
  const h = cell.toLowerCase();
  if (AFFILIATION_HEADER.test(h)) return 'affiliation';
  if (TIME_HEADER.test(h)) return 'time';
  if (SPEAKER_HEADER.test(h)) return 'speaker';
  if (TITLE_HEADER.test(h)) return 'title';
  return null;
}

function tableCells(text: string, row: Block): Span[] {
  if (row.cells) return row.cells;
  // Fallback when the parser gave no cells: split on unescaped pipes.
  const cells: Span[] = [];
  let start = row.span.start;
  if (text[start] === '|') start++;
  for (let i = start; i <= row.span.end; i++) {
    if (i === row.span.end || (text[i] === '|' && text[i - 1] !== '\\')) {
      let a = start;
      let b = i;
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (!(i === row.span.end && a === b && text[i - 1] === '|')) cells.push({ start: a, end: b });
      start = i + 1;
    }
  }
  return cells;
}

function cellText(text: string, span: Span | undefined): string {
  if (!span || span.end <= span.start) return '';
  const raw = text.slice(span.start, span.end);
  if (!raw.includes('<')) return cleanRange(text, span.start, span.end).s.trim();
  // "Serving at scale<br>with vLLM": a line break inside a cell parts words; the other markup is dropped.
  const parts: string[] = [];
  let from = span.start;
  for (const m of raw.matchAll(LINE_BREAK_TAG)) {
    parts.push(cleanRange(text, from, span.start + m.index).s.trim());
    from = span.start + m.index + m[0].length;
  }
  parts.push(cleanRange(text, from, span.end).s.trim());
  return parts.filter((x) => x !== '').join(' ');
}
const LINE_BREAK_TAG = /<br\s{0,3}\/?>/gi;

export function extractTable(text: string, rows: Block[]): Talk[] {
  const headerIdx = rows.findIndex((r) => r.header === true);
  const header = rows[headerIdx >= 0 ? headerIdx : 0]!;
  const columns = tableCells(text, header).map((c) => classifyHeader(cellText(text, c)));
  const col = (k: Column): number => columns.indexOf(k);
  if (col('speaker') < 0 && col('title') < 0) return [];
  const talks: Talk[] = [];
  for (const row of rows) {
    if (row === header || row.header) continue;
    const cells = tableCells(text, row);
    const get = (k: Column): string => (col(k) >= 0 ? cellText(text, cells[col(k)]) : '');
    const timeText = get('time');
    // (A slot number, "1", "2", is an order, not a time.)
    const time = timeText && /\d/.test(timeText) && !/^\d{1,2}\.?$/.test(timeText.trim()) ? timeText : null;
    let speakers: Speaker[] | null = null;
    let title: string | null = null;
    if (col('speaker') >= 0) {
      const cell = get('speaker');
      speakers = parseSpeakers(withNativeNameDropped(cell), true)?.speakers ?? (cell.includes(':') ? labelledSpeakersCell(cell) : null);
      title = col('title') >= 0 ? cleanTitle(get('title')) : null;
    } else {
      const parsed = parseTalkText(get('title'), { lenient: true, allowPlaceholder: true });
      if (parsed) {
        speakers = parsed.speakers;
        title = parsed.title;
      }
    }
    if (!speakers) continue;
    const aff = get('affiliation');
    // ("João Conceição e Zoë Ó Briain" with "INESC TEC / Mistral AI": one organisation each, in order.)
    const perSpeaker = speakers.length > 1 && aff.includes(' / ') ? aff.split(' / ') : null;
    if (perSpeaker && perSpeaker.length === speakers.length) speakers.forEach((sp, k) => applyAffiliation([sp], perSpeaker[k]));
    else if (aff && !/^[-–—]+$/.test(aff)) applyAffiliation(speakers, aff);
    talks.push({ title, speakers, time, event: null, span: { ...row.span }, source: 'table' });
  }
  return talks;
}

/**
 * "Chen Wei (陈伟), Tsinghua University": a name with its native spelling in parentheses, then the affiliation after
 * a comma, reads as "Chen Wei (Tsinghua University)".
 */
function withNativeNameDropped(cell: string): string {
  const m = /^([^()（）]{2,60}?)\s{0,2}[(（]\s{0,2}[\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3]{1,8}\s{0,2}[)）]\s{0,2}[,，]\s{0,2}([^(),，]{2,80})$/.exec(cell.trim());
  return m ? `${m[1]!.trim()} (${m[2]!.trim()})` : cell;
}
