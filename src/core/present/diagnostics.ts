// What the Problems panel should say about a note, as plain data. The extension maps
// these to vscode.Diagnostic; severities come from the settings ('off' drops an entry).
import type { Claim, Note, Problem, Span } from '../types.js';
import type { SeveritySetting } from './settings.js';
import { findHeading } from './hover.js';
import { formatRatio, lineOf } from './format.js';
import { brokenWikilinkMessage } from './report.js';
import { foldName } from '../speakers.js';

export type DiagnosticSeverityName = Exclude<SeveritySetting, 'off'>;

export interface RelatedLocation {
  noteId: string;
  span: Span;
  message: string;
}

export interface DiagnosticSpec {
  /** null: the whole file (reported on its first line). */
  span: Span | null;
  severity: DiagnosticSeverityName;
  message: string;
  /** 'inconsistent' | 'unverifiable' | a Problem code | 'broken-wikilink-section'. */
  code: string;
  related?: RelatedLocation[];
}

export interface DiagnosticContext {
  severity: { inconsistent: SeveritySetting; unverifiable: SeveritySetting; problems: SeveritySetting };
  resolveWikilink(target: string): Note | undefined;
  /** Claims of the same key in other notes that disagree (from WorkspaceIndex.conflicts()). */
  /** Other notes' claims that disagree with `claim`: each note, and the claim's quantity as written and its span. */
  conflictsOf?(note: Note, claim: Claim): { others: { note: Note; raw: string; span: Span }[]; total: number };
  /** Suspected misspellings of speaker names used in this note: folded name → message. */
  misspellings?: ReadonlyMap<string, string>;
}

/** Problem codes the workspace computes itself (the core's own copies are skipped). */
const WORKSPACE_CODES = new Set<Problem['code']>(['broken-wikilink', 'conflicting-claims', 'speaker-misspelling']);

export function claimMessage(claim: Claim): string {
  const e = claim.evaluation;
  if (e.verdict === 'unverifiable') return `Unverifiable: ${claim.quantity.raw} — ${e.reason || 'no catalog figure or model quantity matches'}`;
  const derivation = e.derivation.length ? ` — ${e.derivation[0]}` : '';
  if (e.verdict === 'inconsistent') {
    return `Inconsistent: ${e.reason || `claimed ${claim.quantity.raw}, model ${e.modelText ?? '?'} (${formatRatio(e.ratio) ?? '?'})`}${derivation}`;
  }
  return `Consistent: ${e.reason}${derivation}`;
}

export function noteDiagnostics(note: Note, ctx: DiagnosticContext): DiagnosticSpec[] {
  const out: DiagnosticSpec[] = [];
  const push = (severity: SeveritySetting, spec: Omit<DiagnosticSpec, 'severity'>): void => {
    if (severity !== 'off') out.push({ ...spec, severity });
  };

  for (const claim of note.claims) {
    const v = claim.evaluation.verdict;
    if (v === 'consistent') continue;
    push(v === 'inconsistent' ? ctx.severity.inconsistent : ctx.severity.unverifiable, { span: claim.quantity.span, message: claimMessage(claim), code: v });
  }

  for (const problem of note.problems) {
    if (WORKSPACE_CODES.has(problem.code)) continue;
    push(ctx.severity.problems, { span: problem.span ?? null, message: problem.message, code: problem.code });
  }

  for (const link of note.links) {
    if (link.kind !== 'wikilink') continue;
    if (!link.target) {
      if (link.section && !findHeading(note.headings, link.section)) {
        push(ctx.severity.problems, { span: link.span, message: `This note has no heading “${link.section}”.`, code: 'broken-wikilink-section' });
      }
      continue;
    }
    const target = ctx.resolveWikilink(link.target);
    if (!target) {
      push(ctx.severity.problems, { span: link.span, message: brokenWikilinkMessage(link.target), code: 'broken-wikilink' });
    } else if (link.section && !findHeading(target.headings, link.section)) {
      push(ctx.severity.problems, { span: link.span, message: `“${target.title}” has no heading “${link.section}”.`, code: 'broken-wikilink-section' });
    }
  }

  // Cross-note disagreement is reported on claims the model cannot check: a consistent claim is
  // backed by the catalog, and an inconsistent one already has its own diagnostic.
  if (ctx.conflictsOf) {
    for (const claim of note.claims) {
      if (claim.evaluation.verdict !== 'unverifiable') continue;
      const { others, total } = ctx.conflictsOf(note, claim);
      if (others.length === 0) continue;
      const first = others[0]!;
      const count = Math.max(total, others.length);
      push(ctx.severity.problems, {
        span: claim.quantity.span,
        message: `Other notes claim a different value for this quantity: ${first.raw} in “${first.note.title}”${count > 1 ? ` and ${count - 1} more` : ''}.`,
        code: 'conflicting-claims',
        related: others.slice(0, 10).map((o) => ({ noteId: o.note.id, span: o.span, message: `${o.raw} (line ${lineOf(o.note, o.span.start) + 1})` })),
      });
    }
  }

  if (ctx.misspellings && ctx.misspellings.size) {
    const problemsSeverity: SeveritySetting = ctx.severity.problems === 'off' ? 'off' : 'information';
    for (const talk of note.talks) {
      for (const s of talk.speakers) {
        const message = ctx.misspellings.get(foldName(s.name));
        if (message) push(problemsSeverity, { span: talk.span, message, code: 'speaker-misspelling' });
      }
    }
  }
  return out;
}

/** Which notes' diagnostics may change when `changedIds` change: themselves and the notes linking to them. */
export function affectedByChange(changedIds: Iterable<string>, linkersOf: (id: string) => Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of changedIds) {
    out.add(id);
    for (const l of linkersOf(id)) out.add(l);
  }
  return out;
}
