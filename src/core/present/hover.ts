// Hover cards as markdown strings. Every piece of note text goes through escapeMarkdown;
// the only links are http(s) sources, note locations (#L fragments) and command links to
// the ids in HOVER_COMMANDS, which the extension whitelists (MarkdownString.isTrusted).
import type { Claim, Heading, Note, Talk } from '../types.js';
import type { Accelerator, BandwidthFigure, Figure, FlopsFigure, ModelArchitecture, System } from '../catalog/types.js';
import type { SpeakerEntry } from '../speakers.js';
import { commandUri, escapeMarkdown, escapeMarkdownShort, locationHref, markdownLink, sourceLink, truncate } from './escape.js';
import { formatFigureValue, formatRatio, formatTolerance, lineOf, tally, tallyLong, valuesAgree, verdictLabel, verdictSymbol } from './format.js';

export const SET_HARDWARE_COMMAND = 'rooflineNotes.setNoteHardware';
/** The only commands hover links may run. */
export const HOVER_COMMANDS: readonly string[] = [SET_HARDWARE_COMMAND];

export interface OtherClaim {
  note: Note;
  claim: Claim;
}

export interface ClaimHoverInput {
  note: Note;
  claim: Claim;
  /** Other notes' claims of the same quantity (WorkspaceIndex.sameQuantity). */
  others: OtherClaim[];
  /** How many other claims there are in all, when `others` is only the first few. */
  othersTotal?: number;
  /** Workspace-relative path (or name) for a note id. */
  displayPath(noteId: string): string;
}

/** Other claims listed in a hover (callers need fetch no more). */
export const MAX_OTHERS = 8;
const MAX_SOURCES = 6;

export function claimHoverMarkdown(input: ClaimHoverInput): string {
  const { note, claim, others } = input;
  const e = claim.evaluation;
  const out: string[] = [];
  out.push(`**${verdictSymbol(e.verdict)} ${verdictLabel(e.verdict)}** · ${escapeMarkdown(claim.quantity.raw)}${claim.subject ? ` — ${escapeMarkdownShort(claim.subject, 80)}` : ''}`);
  out.push('');
  out.push(`> ${escapeMarkdownShort(claim.statement, 240)}`);
  // Who said it, when the note says ("- Jensen: …", "“…” — Zoë Ørsted", a talk's section).
  if (claim.speaker) out.push(`> — ${escapeMarkdownShort(claim.speaker, 80)}`);
  out.push('');

  const rows: [string, string][] = [['Claimed', escapeMarkdown(claim.quantity.raw)]];
  if (e.modelText) rows.push([e.route === 'spec' ? 'Catalog' : 'Model', escapeMarkdown(e.modelText)]);
  const ratio = formatRatio(e.ratio);
  if (ratio) rows.push(['Ratio', `${escapeMarkdown(ratio)} (claimed ÷ ${e.route === 'spec' ? 'catalog' : 'model'})`]);
  // An achieved figure is held to one side of the model's value (at most the peak), not to a tolerance around it.
  const achieved = e.reason.startsWith('an achieved');
  const tol = achieved ? undefined : formatTolerance(e.tolerance);
  if (tol) rows.push(['Tolerance', escapeMarkdown(tol)]);
  out.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');

  // The reason is worth reading unless it only restates the table ("claimed 80 GB is within ±5% of …").
  const routine = e.verdict === 'consistent' && e.reason.startsWith('claimed ') && !e.reason.includes('; ');
  if (e.verdict === 'unverifiable' && e.reason) out.push(`*Why unverifiable:* ${escapeMarkdown(e.reason)}`, '');
  else if (e.reason && (!tol || !routine)) out.push(escapeMarkdown(e.reason.charAt(0).toUpperCase() + e.reason.slice(1)), '');

  if (e.derivation.length) {
    out.push('**Derivation**', '');
    for (const line of e.derivation) out.push(`- ${escapeMarkdown(line)}`);
    out.push('');
  }

  const change = markdownLink('Change the note’s hardware…', commandUri(SET_HARDWARE_COMMAND, [note.id]));
  if (e.assumptions.length) {
    out.push(`**Assumptions** · ${change}`, '');
    for (const a of e.assumptions) out.push(`- ${escapeMarkdown(a)}`);
    out.push('');
  } else {
    out.push(change, '');
  }

  if (e.sources.length) {
    const shown = e.sources.slice(0, MAX_SOURCES).map(sourceLink);
    const more = e.sources.length > MAX_SOURCES ? ` and ${e.sources.length - MAX_SOURCES} more` : '';
    out.push(`**Sources:** ${shown.join(' · ')}${more}`, '');
  }

  if (others.length) {
    out.push('**Also claimed in**', '');
    for (const o of others.slice(0, MAX_OTHERS)) {
      const agrees = valuesAgree(o.claim.quantity.value, claim.quantity.value);
      const where = markdownLink(`${o.note.title} (${input.displayPath(o.note.id)}:${lineOf(o.note, o.claim.quantity.span.start) + 1})`, locationHref(o.note.id, lineOf(o.note, o.claim.quantity.span.start)));
      out.push(`- ${where}: ${escapeMarkdown(o.claim.quantity.raw)} — ${agrees ? 'agrees' : '**disagrees**'} (${verdictSymbol(o.claim.evaluation.verdict)} ${o.claim.evaluation.verdict})`);
    }
    const total = Math.max(input.othersTotal ?? others.length, others.length);
    if (total > MAX_OTHERS) out.push(`- … and ${total - MAX_OTHERS} more`);
    out.push('');
  }
  return out.join('\n').trimEnd();
}

// ---------------------------------------------------------------------------
// Hardware and model spec cards

type Row = [label: string, figure: Figure | undefined, extra?: string];

function figureRows(rows: Row[]): string[] {
  const out: string[] = [];
  for (const [label, f, extra] of rows) {
    if (!f) continue;
    const conf = f.confidence !== 'high' ? ` *(${f.confidence} confidence)*` : '';
    const derived = f.derived ? ' *(derived)*' : '';
    out.push(`| ${escapeMarkdown(label)} | ${escapeMarkdown(formatFigureValue(f))}${extra ? ` ${escapeMarkdown(extra)}` : ''}${derived}${conf} | ${sourceLink(f.source)} |`);
  }
  return out.length ? ['| | | source |', '|---|---|---|', ...out] : [];
}

function direction(f: BandwidthFigure | undefined): string {
  return f ? (f.direction === 'bidirectional' ? 'bidirectional' : 'per direction') : '';
}

function flopsRows(flops: readonly FlopsFigure[]): Row[] {
  return flops.map((f) => [`${f.precision.toUpperCase()} ${f.sparsity}${f.workload ? ` (${f.workload})` : ''}`, f]);
}

export function acceleratorCardMarkdown(a: Accelerator): string {
  const head = [a.vendor, a.architecture, a.memoryType].filter(Boolean).map((s) => escapeMarkdown(String(s))).join(' · ');
  const out = [`**${escapeMarkdown(a.name)}** · ${head}${a.userDefined ? ' · *user-defined*' : ''}`, '', `id: ${escapeMarkdown(a.id)}`, ''];
  out.push(
    ...figureRows([
      ['HBM capacity', a.hbmCapacity],
      ['HBM bandwidth', a.hbmBandwidth],
      ...flopsRows(a.flops),
      [`Scale-up${a.scaleUpLink ? ` (${a.scaleUpLink})` : ''}`, a.scaleUpBandwidth, direction(a.scaleUpBandwidth)],
      [`Scale-out${a.scaleOutNic ? ` (${a.scaleOutNic})` : ''}`, a.scaleOutBandwidth, direction(a.scaleOutBandwidth)],
      ['TDP', a.tdp],
    ]),
  );
  if (a.aliases.length) out.push('', `*Also written:* ${a.aliases.slice(0, 10).map(escapeMarkdown).join(', ')}`);
  for (const n of a.notes ?? []) out.push('', escapeMarkdown(n));
  return out.join('\n');
}

/** A name the catalog knows but has no figures for ("V100", "GPT-4"): why its claims go unchecked. */
export function uncataloguedCardMarkdown(name: string, kind: 'hardware' | 'model'): string {
  const what = kind === 'hardware' ? 'hardware' : 'model';
  const how =
    kind === 'hardware'
      ? 'Claims about it are left unverifiable rather than judged against another chip. Add it to a hardware file (`rooflineNotes.hardwareFile`, with a source for each figure) to check them.'
      : 'Claims about it are left unverifiable rather than judged against another model.';
  return [`**${escapeMarkdown(name)}** · ${what} not in the catalog`, '', how].join('\n');
}

export function systemCardMarkdown(s: System, accelerator: Accelerator | undefined): string {
  const out = [
    `**${escapeMarkdown(s.name)}** · ${escapeMarkdown(String(s.vendor))} · system`,
    '',
    `${s.gpusPerDomain} × ${escapeMarkdown(accelerator?.name ?? s.accelerator)} per scale-up domain, ${s.totalAccelerators} in total${s.singleScaleUpDomain ? '' : ' (several scale-up domains)'} — ${sourceLink(s.sizeSource)}`,
    '',
  ];
  out.push(
    ...figureRows([
      ['Total HBM', s.totalHbm],
      ['Total HBM bandwidth', s.totalHbmBandwidth],
      ['Total scale-up', s.totalScaleUpBandwidth, direction(s.totalScaleUpBandwidth)],
      ...flopsRows(s.flops),
      ['Power', s.power],
      ['Scale-out per GPU', s.scaleOutPerGpu, direction(s.scaleOutPerGpu)],
    ]),
  );
  for (const n of s.notes ?? []) out.push('', escapeMarkdown(n));
  return out.join('\n');
}

export function modelCardMarkdown(m: ModelArchitecture): string {
  const out = [`**${escapeMarkdown(m.name)}** · ${escapeMarkdown(m.developer)} · ${escapeMarkdown(m.attention)}`, ''];
  out.push(
    ...figureRows([
      ['Total params', m.totalParams],
      ['Active params', m.activeParams],
      ['Layers', m.layers],
      ['Hidden size', m.hidden],
      ['Attention heads', m.heads],
      ['KV heads', m.kvHeads],
      ['Head dim', m.headDim],
      ['Experts (total)', m.expertsTotal],
      ['Experts (active)', m.expertsActive],
      ['Context length', m.contextLength],
      ['KV cache per token (BF16)', m.kvBytesPerTokenBf16],
    ]),
  );
  if (m.attentionNote) out.push('', escapeMarkdown(m.attentionNote));
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// Wikilink preview and speakers

export interface NotePreviewInput {
  note: Note;
  /** The note's text, to quote its first lines. */
  text: string;
  section?: string;
  displayPath: string;
  backlinkCount: number;
}

const PREVIEW_LINES = 8;

export function notePreviewMarkdown(input: NotePreviewInput): string {
  const { note, text } = input;
  const heading = input.section ? findHeading(note.headings, input.section) : undefined;
  const out = [`**${escapeMarkdown(note.title)}**${heading ? ` › ${escapeMarkdown(heading.text)}` : ''}`, ''];
  const meta = [escapeMarkdown(input.displayPath)];
  if (note.date) meta.push(escapeMarkdown(note.date.iso));
  if (note.tags.length) meta.push(note.tags.slice(0, 6).map((t) => escapeMarkdown(`#${t}`)).join(' '));
  out.push(`*${meta.join(' · ')}*`, '');
  if (input.section && !heading) out.push(`*No heading “${escapeMarkdown(input.section)}” in this note.*`, '');

  let start = note.frontmatterSpan?.end ?? 0;
  if (heading) start = heading.span.end;
  const lines: string[] = [];
  for (const raw of text.slice(start).split(/\r\n|\r|\n/)) {
    if (lines.length >= PREVIEW_LINES) break;
    const line = raw.trim();
    if (!line) continue;
    if (!heading && lines.length === 0 && /^#\s/.test(line) && line.replace(/^#\s+/, '').trim() === note.title) continue;
    if (heading && /^#{1,6}\s/.test(line) && (line.match(/^#+/)![0].length <= heading.depth)) break;
    lines.push(escapeMarkdown(truncate(line, 160)));
  }
  if (lines.length) out.push(lines.join('  \n'), '');
  const t = tally(note.claims);
  const facts: string[] = [];
  if (t.total) facts.push(`${t.total} claim${t.total === 1 ? '' : 's'}: ${tallyLong(t)}`);
  if (note.talks.length) facts.push(`${note.talks.length} talk${note.talks.length === 1 ? '' : 's'}`);
  facts.push(`${input.backlinkCount} backlink${input.backlinkCount === 1 ? '' : 's'}`);
  out.push(`*${facts.join(' · ')}*`);
  return out.join('\n');
}

/** A heading by slug or by its text (case-insensitive), as [[note#section]] may use either. */
export function findHeading(headings: readonly Heading[], section: string): Heading | undefined {
  const wanted = section.trim().toLowerCase();
  return (
    headings.find((h) => h.slug === wanted) ??
    headings.find((h) => h.text.trim().toLowerCase() === wanted) ??
    headings.find((h) => h.slug === wanted.replace(/\s+/g, '-'))
  );
}

export interface SpeakerCardInput {
  speaker: SpeakerEntry;
  /** Note for a talk's noteId (may be missing while indexing). */
  note(noteId: string): Note | undefined;
  displayPath(noteId: string): string;
}

const MAX_TALKS = 12;

export function speakerCardMarkdown(input: SpeakerCardInput): string {
  const { speaker } = input;
  const out = [`**${escapeMarkdown(speaker.name)}**${speaker.affiliations.length ? ` · ${speaker.affiliations.slice(0, 3).map(escapeMarkdown).join(', ')}` : ''}`, ''];
  const variants = speaker.variants.filter((v) => v !== speaker.name);
  if (variants.length) out.push(`*Also written:* ${variants.slice(0, 5).map(escapeMarkdown).join(', ')}`, '');
  out.push(`**${speaker.talks.length} talk${speaker.talks.length === 1 ? '' : 's'} in the workspace**`, '');
  for (const { noteId, talk } of speaker.talks.slice(0, MAX_TALKS)) {
    const note = input.note(noteId);
    const line = note ? lineOf(note, talk.span.start) : 0;
    const label = talk.title ?? '(untitled talk)';
    const where = [talk.event ?? note?.event, talk.time, note ? note.title : input.displayPath(noteId)].filter((x): x is string => !!x);
    out.push(`- ${markdownLink(label, locationHref(noteId, line))}${where.length ? ` — ${where.map(escapeMarkdown).join(' · ')}` : ''}`);
  }
  if (speaker.talks.length > MAX_TALKS) out.push(`- … and ${speaker.talks.length - MAX_TALKS} more`);
  return out.join('\n');
}

/** Speaker names of a note's talks, longest first (so "Ann Lee-Smith" wins over "Ann Lee"). */
export function speakerNamesOf(talks: readonly Talk[]): string[] {
  const names = new Set<string>();
  for (const t of talks) for (const s of t.speakers) if (s.name.trim().length >= 3) names.add(s.name.trim());
  return [...names].sort((a, b) => b.length - a.length);
}
