// The verification report: claims grouped by note and verdict, rendered as markdown
// (written to a file) or as HTML for a script-free webview with a strict CSP.
import type { Claim, Link, Note, Problem, Verdict } from '../types.js';
import { escapeHtml, escapeMarkdown, markdownLink, safeWebUrl, sourceLink, truncate } from './escape.js';
import { addTally, formatRatio, isoDate, lineOf, tally, tallyLong, VERDICTS, verdictLabel, verdictSymbol, type Tally } from './format.js';

export interface ReportClaim {
  claim: Claim;
  /** 0-based line of the quantity. */
  line: number;
}

export interface ReportProblem {
  problem: Problem;
  line: number | null;
}

export interface ReportNote {
  id: string;
  title: string;
  path: string;
  tally: Tally;
  /** Non-empty verdict groups, worst first. `omitted` claims are counted but not listed (large reports). */
  groups: { verdict: Verdict; claims: ReportClaim[]; omitted: number }[];
  problems: ReportProblem[];
  /** Problems counted but not listed (large reports). */
  problemsOmitted: number;
}

export interface ReportModel {
  title: string;
  scope: string;
  generated: Date;
  tally: Tally;
  notesChecked: number;
  notes: ReportNote[];
  skipped: { path: string; message: string }[];
  /** Claims counted but not listed because the report would be too long. */
  omitted: number;
  omittedHint: string;
}

export interface BuildReportOptions {
  /**
   * Most claims to list (default 2000). Inconsistent claims are always listed first; when the
   * rest would not fit, unverifiable and consistent claims are only counted per note.
   */
  maxListed?: number;
  title?: string;
  /** "Workspace", a note's path … */
  scope: string;
  generated: Date;
  displayPath(noteId: string): string;
  /** Files that could not be indexed. */
  skipped?: { id: string; message: string }[];
  /** Problems found outside the note itself (broken wikilinks resolved against the workspace …). */
  extraProblems?(note: Note): Problem[];
  /** List only inconsistent claims, whatever the count (the CLI's report without --all); the rest are counted. */
  onlyInconsistent?: boolean;
  /** What the reader can do to see the claims counted but not listed. */
  omittedHint?: string;
}

/** The problem a wikilink to no note of the workspace is (the report's, the CLI's and the Problems panel's wording). */
export function brokenWikilinkMessage(target: string): string {
  return `No note named “${target}” in the workspace (broken wikilink).`;
}

/** A note's wikilinks to no note of the workspace, as problems for a report. */
export function brokenWikilinkProblems(links: readonly Link[], resolves: (target: string) => boolean): Problem[] {
  return links.filter((l) => l.kind === 'wikilink' && l.target && !resolves(l.target)).map((l) => ({ code: 'broken-wikilink', severity: 'warning', message: brokenWikilinkMessage(l.target), span: l.span }));
}

export function buildReport(notes: readonly Note[], options: BuildReportOptions): ReportModel {
  let total: Tally = { consistent: 0, inconsistent: 0, unverifiable: 0, total: 0 };
  for (const note of notes) total = addTally(total, tally(note.claims));
  const max = options.maxListed ?? 2000;
  // Which verdicts are listed: all if they fit, else inconsistent ones (up to the limit) only.
  const listAll = total.total <= max && !options.onlyInconsistent;
  let budget = listAll ? Infinity : max;
  let omittedTotal = 0;
  let problemBudget = max;
  const out: ReportNote[] = [];
  for (const note of notes) {
    const t = tally(note.claims);
    const groups = VERDICTS.map((verdict) => {
      const all = note.claims.filter((c) => c.evaluation.verdict === verdict);
      const listed = listAll || verdict === 'inconsistent' ? all.slice(0, Math.max(0, Math.min(all.length, budget))) : [];
      budget -= listed.length;
      omittedTotal += all.length - listed.length;
      return {
        verdict,
        omitted: all.length - listed.length,
        claims: listed.map((claim) => ({ claim, line: lineOf(note, claim.quantity.span.start) })).sort((a, b) => a.claim.quantity.span.start - b.claim.quantity.span.start),
      };
    }).filter((g) => g.claims.length > 0 || g.omitted > 0);
    const allProblems = [...note.problems, ...(options.extraProblems?.(note) ?? [])];
    const problems = allProblems
      .slice(0, Math.max(0, problemBudget))
      .map((problem) => ({ problem, line: problem.span ? lineOf(note, problem.span.start) : null }))
      .sort((a, b) => (a.line ?? -1) - (b.line ?? -1));
    problemBudget -= problems.length;
    const problemsOmitted = allProblems.length - problems.length;
    // In a large report, a note with nothing listed (only counts) is left out unless it has inconsistent claims.
    if (!listAll && groups.every((g) => g.claims.length === 0) && problems.length === 0 && !t.inconsistent) continue;
    if (groups.length === 0 && problems.length === 0 && problemsOmitted === 0) continue;
    out.push({ id: note.id, title: note.title, path: options.displayPath(note.id), tally: t, groups, problems, problemsOmitted });
  }
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    title: options.title ?? 'Roofline Notes report',
    scope: options.scope,
    generated: options.generated,
    tally: total,
    notesChecked: notes.length,
    notes: out,
    skipped: (options.skipped ?? []).map((s) => ({ path: options.displayPath(s.id), message: s.message })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    omitted: omittedTotal,
    omittedHint: options.omittedHint ?? 'run “Verify Claims in This Note” on a note to see all of its claims',
  };
}

function timestamp(d: Date): string {
  return `${isoDate(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function summary(m: ReportModel): string {
  return `${m.tally.total} claim${m.tally.total === 1 ? '' : 's'} in ${m.notesChecked} note${m.notesChecked === 1 ? '' : 's'}: ${tallyLong(m.tally)}`;
}

function claimFacts(c: Claim): string[] {
  const e = c.evaluation;
  const facts: string[] = [];
  if (e.modelText) facts.push(`${e.route === 'spec' ? 'catalog' : 'model'}: ${e.modelText}${formatRatio(e.ratio) ? ` (claimed ÷ ${e.route === 'spec' ? 'catalog' : 'model'} = ${formatRatio(e.ratio)})` : ''}`);
  if (e.reason) facts.push(e.verdict === 'unverifiable' ? `why: ${e.reason}` : e.reason);
  return facts;
}

// ---------------------------------------------------------------------------
// Markdown

/** `link(noteId, line)` gives the href for a note location (e.g. "file:///…/a.md#L12"). */
export function renderReportMarkdown(m: ReportModel, link: (noteId: string, line: number) => string): string {
  const out: string[] = [`# ${escapeMarkdown(m.title)}`, '', `*${escapeMarkdown(m.scope)} · generated ${timestamp(m.generated)}*`, '', `**${escapeMarkdown(summary(m))}**`, ''];
  if (m.notes.length === 0) out.push('No claims or problems found.', '');
  if (m.omitted) out.push(`*${m.omitted} claims are counted but not listed, to keep this report readable; ${escapeMarkdown(m.omittedHint)}.*`, '');
  for (const n of m.notes) {
    out.push(`## ${escapeMarkdown(n.title)}`, '', `${markdownLink(n.path, link(n.id, 0))} · ✗ ${n.tally.inconsistent} · ? ${n.tally.unverifiable} · ✓ ${n.tally.consistent}`, '');
    for (const g of n.groups) {
      out.push(`### ${verdictSymbol(g.verdict)} ${verdictLabel(g.verdict)} (${g.claims.length + g.omitted})`, '');
      if (g.omitted) out.push(`*${g.omitted} not listed.*`, '');
      for (const { claim, line } of g.claims) {
        out.push(`- **${escapeMarkdown(claim.quantity.raw)}** — ${markdownLink(`${n.path}:${line + 1}`, link(n.id, line))}: ${escapeMarkdown(truncate(claim.statement, 200))}`);
        for (const f of claimFacts(claim)) out.push(`  - ${escapeMarkdown(f)}`);
        for (const d of claim.evaluation.derivation) out.push(`  - ${escapeMarkdown(d)}`);
        if (claim.evaluation.assumptions.length) out.push(`  - assumptions: ${claim.evaluation.assumptions.map(escapeMarkdown).join('; ')}`);
        if (claim.evaluation.sources.length) out.push(`  - sources: ${claim.evaluation.sources.map(sourceLink).join(' · ')}`);
      }
      out.push('');
    }
    if (n.problems.length || n.problemsOmitted) {
      out.push(`### Problems (${n.problems.length + n.problemsOmitted})`, '');
      if (n.problemsOmitted) out.push(`*${n.problemsOmitted} not listed.*`, '');
      for (const { problem, line } of n.problems) {
        const at = line === null ? markdownLink(n.path, link(n.id, 0)) : markdownLink(`${n.path}:${line + 1}`, link(n.id, line));
        out.push(`- ${at}: ${escapeMarkdown(problem.message)}`);
      }
      out.push('');
    }
  }
  if (m.skipped.length) {
    out.push(`## Not indexed (${m.skipped.length})`, '');
    for (const s of m.skipped) out.push(`- ${escapeMarkdown(s.path)}: ${escapeMarkdown(s.message)}`);
    out.push('');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// HTML (webview without scripts)

export interface HtmlOptions {
  /** webview.cspSource */
  cspSource: string;
  /** webview URI of the stylesheet. */
  styleHref: string;
  /** href for a note location: a `command:` URI the webview is allowed to run. */
  link(noteId: string, line: number): string;
  /** Optional href of an "open as markdown" action. */
  markdownHref?: string;
}

const attr = escapeHtml;

export function reportCsp(cspSource: string): string {
  return `default-src 'none'; style-src ${cspSource}; img-src ${cspSource} https:;`;
}

export function renderReportHtml(m: ReportModel, o: HtmlOptions): string {
  const h: string[] = [];
  h.push(
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(reportCsp(o.cspSource))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${attr(o.styleHref)}">`,
    `<title>${escapeHtml(m.title)}</title></head><body>`,
    `<h1>${escapeHtml(m.title)}</h1>`,
    `<p class="meta">${escapeHtml(m.scope)} · generated ${escapeHtml(timestamp(m.generated))}${o.markdownHref ? ` · <a href="${attr(o.markdownHref)}">open as Markdown</a>` : ''}</p>`,
    `<p class="summary"><span class="v-inconsistent">✗ ${m.tally.inconsistent} inconsistent</span> <span class="v-unverifiable">? ${m.tally.unverifiable} unverifiable</span> <span class="v-consistent">✓ ${m.tally.consistent} consistent</span> <span class="meta">in ${m.notesChecked} note${m.notesChecked === 1 ? '' : 's'}</span></p>`,
  );
  if (m.notes.length === 0) h.push('<p>No claims or problems found.</p>');
  if (m.omitted) h.push(`<p class="meta">${m.omitted} claims are counted but not listed, to keep this report readable; ${escapeHtml(m.omittedHint)}.</p>`);
  for (const n of m.notes) {
    h.push(
      `<details class="note" open><summary><span class="title">${escapeHtml(n.title)}</span> <a class="path" href="${attr(o.link(n.id, 0))}">${escapeHtml(n.path)}</a> <span class="counts">✗ ${n.tally.inconsistent} · ? ${n.tally.unverifiable} · ✓ ${n.tally.consistent}</span></summary>`,
    );
    for (const g of n.groups) {
      h.push(`<details class="group v-${g.verdict}"${g.verdict === 'consistent' || g.claims.length === 0 ? '' : ' open'}><summary>${verdictSymbol(g.verdict)} ${verdictLabel(g.verdict)} (${g.claims.length + g.omitted})</summary><ul>`);
      if (g.omitted) h.push(`<li class="meta">${g.omitted} not listed</li>`);
      for (const { claim, line } of g.claims) {
        const e = claim.evaluation;
        h.push(`<li><span class="q">${escapeHtml(claim.quantity.raw)}</span> <a href="${attr(o.link(n.id, line))}">${escapeHtml(`${n.path}:${line + 1}`)}</a> <span class="stmt">${escapeHtml(truncate(claim.statement, 240))}</span>`);
        const lines = [...claimFacts(claim), ...e.derivation];
        if (e.assumptions.length) lines.push(`assumptions: ${e.assumptions.join('; ')}`);
        if (lines.length) h.push(`<ul class="facts">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`);
        if (e.sources.length) h.push(`<p class="sources">sources: ${e.sources.map(htmlSource).join(' · ')}</p>`);
        h.push('</li>');
      }
      h.push('</ul></details>');
    }
    if (n.problems.length || n.problemsOmitted) {
      h.push(`<details class="group problems" open><summary>Problems (${n.problems.length + n.problemsOmitted})</summary><ul>`);
      if (n.problemsOmitted) h.push(`<li class="meta">${n.problemsOmitted} not listed</li>`);
      for (const { problem, line } of n.problems) {
        h.push(`<li><a href="${attr(o.link(n.id, line ?? 0))}">${escapeHtml(line === null ? n.path : `${n.path}:${line + 1}`)}</a> ${escapeHtml(problem.message)}</li>`);
      }
      h.push('</ul></details>');
    }
    h.push('</details>');
  }
  if (m.skipped.length) {
    h.push(`<h2>Not indexed (${m.skipped.length})</h2><ul>`);
    for (const s of m.skipped) h.push(`<li>${escapeHtml(s.path)}: ${escapeHtml(s.message)}</li>`);
    h.push('</ul>');
  }
  h.push('</body></html>');
  return h.join('\n');
}

function htmlSource(source: string): string {
  const url = safeWebUrl(source);
  return url ? `<a href="${attr(url)}">${escapeHtml(truncate(url.replace(/^https?:\/\/(www\.)?/, ''), 60))}</a>` : escapeHtml(source);
}
