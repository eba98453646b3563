// The CLI's output for one claim (a JSON object or a text line), and for a note's claims at once.
// In core so the index workers can render a note while its claims are still built: the report of
// a big workspace then needs no claim built again in the calling thread.
import type { Claim, Note } from '../types.js';
import { positionAt } from '../text.js';

/** `github`: GitHub Actions workflow commands (`::error file=…,line=…::…`), which annotate the changed lines of a pull request. */
export type ClaimOutputFormat = 'json' | 'text' | 'github';

export function claimJson(file: string, note: Note, claim: Claim): Record<string, unknown> {
  const start = positionAt(note.lineStarts, claim.quantity.span.start);
  const end = positionAt(note.lineStarts, claim.quantity.span.end);
  const e = claim.evaluation;
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    raw: claim.quantity.raw,
    value: claim.quantity.value,
    unit: claim.quantity.unit,
    range: claim.quantity.range,
    hedge: claim.quantity.hedge,
    subject: claim.subject,
    statement: claim.statement,
    section: claim.section,
    speaker: claim.speaker,
    kind: claim.kind,
    verdict: e.verdict,
    modelValue: e.modelValue,
    modelText: e.modelText,
    ratio: e.ratio,
    tolerance: e.tolerance,
    derivation: e.derivation,
    assumptions: e.assumptions,
    reason: e.reason,
    sources: e.sources,
    ...(claim.suspicion ? { suspicion: claim.suspicion } : {}),
  };
}

/**
 * `JSON.stringify(claimJson(file, note, claim))`, written directly: a big workspace's report has
 * hundreds of thousands of claims, and building an object per claim to stringify it cost more than
 * the text. `fileJson` is `JSON.stringify(file)`, made once per note.
 */
export function claimJsonText(fileJson: string, note: Note, claim: Claim): string {
  const q = claim.quantity;
  const e = claim.evaluation;
  const start = positionAt(note.lineStarts, q.span.start);
  const end = positionAt(note.lineStarts, q.span.end);
  const str = JSON.stringify;
  return (
    `{"file":${fileJson},"line":${start.line + 1},"column":${start.character + 1},"endLine":${end.line + 1},"endColumn":${end.character + 1}` +
    `,"raw":${str(q.raw)},"value":${numberJson(q.value)},"unit":${str(q.unit)},"range":${q.range ? `[${numberJson(q.range[0])},${numberJson(q.range[1])}]` : 'null'}` +
    `,"hedge":${str(q.hedge)},"subject":${str(claim.subject)},"statement":${str(claim.statement)},"section":${str(claim.section)},"speaker":${str(claim.speaker)}` +
    `,"kind":${str(claim.kind)},"verdict":${str(e.verdict)},"modelValue":${numberJson(e.modelValue)},"modelText":${str(e.modelText)},"ratio":${numberJson(e.ratio)}` +
    `,"tolerance":${numberJson(e.tolerance)},"derivation":${str(e.derivation)},"assumptions":${str(e.assumptions)},"reason":${str(e.reason)},"sources":${str(e.sources)}` +
    `${claim.suspicion ? `,"suspicion":${str(claim.suspicion)}` : ''}}`
  );
}

/** A number as JSON writes it: non-finite values become null. */
function numberJson(n: number | null): string {
  return n !== null && Number.isFinite(n) ? String(n) : 'null';
}

export function claimLine(file: string, note: Note, claim: Claim): string {
  const pos = positionAt(note.lineStarts, claim.quantity.span.start);
  const e = claim.evaluation;
  const where = `${file}:${pos.line + 1}:${pos.character + 1}`;
  if (e.verdict === 'unverifiable') return `${where} unverifiable ${claim.quantity.raw} (${claim.subject}): ${e.reason}`;
  const ratio = e.ratio !== null ? `, ratio ${e.ratio.toFixed(2)}` : '';
  return `${where} ${e.verdict} ${claim.quantity.raw} → ${e.modelText}${ratio} (${e.derivation.join('; ')})`;
}

/** A workflow command's message: GitHub reads `%`, CR and LF as escapes there. */
function githubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which end a property. */
function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type GithubLevel = 'error' | 'warning' | 'notice';

/** One GitHub Actions annotation: `::level file=…,line=…,col=…,title=…::message`. Positions are 1-based. */
export function githubAnnotation(level: GithubLevel, file: string, at: { line: number; column: number; endLine?: number; endColumn?: number } | null, title: string, message: string): string {
  let props = `file=${githubProperty(file.split('\\').join('/'))}`;
  if (at) {
    props += `,line=${at.line},col=${at.column}`;
    if (at.endLine !== undefined) props += `,endLine=${at.endLine}`;
    if (at.endColumn !== undefined && at.endLine === at.line) props += `,endColumn=${at.endColumn}`;
  }
  return `::${level} ${props},title=${githubProperty(title)}::${githubData(message)}`;
}

/** An inconsistent claim as an error (what --fail-on fails on), an unverifiable one as a notice. */
export function claimGithubLine(file: string, note: Note, claim: Claim): string {
  const q = claim.quantity;
  const e = claim.evaluation;
  const start = positionAt(note.lineStarts, q.span.start);
  const end = positionAt(note.lineStarts, q.span.end);
  const at = { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  if (e.verdict === 'unverifiable') return githubAnnotation('notice', file, at, `Roofline Notes: unverifiable ${q.raw}`, `${claim.subject}: ${e.reason}`);
  const ratio = e.ratio !== null ? ` (claimed ÷ model = ${e.ratio.toFixed(2)})` : '';
  const lines = [`${claim.subject}: claimed ${q.raw}, model ${e.modelText}${ratio}`, ...e.derivation.map((d) => `= ${d}`), e.reason, ...e.sources.map((s) => `source: ${s}`)];
  return githubAnnotation(e.verdict === 'inconsistent' ? 'error' : 'notice', file, at, `Roofline Notes: ${e.verdict} ${q.raw}`, lines.filter((l) => l).join('\n'));
}

/**
 * A note's claims as the CLI writes them: JSON objects joined by commas, or lines each ending in a
 * newline (text, or GitHub annotations; unverifiable claims only with `all`, and in GitHub's form
 * consistent ones only with `all` too: a pull request's checks show what needs a look). Empty when
 * there is nothing to write.
 */
export function renderNoteClaims(note: Note, format: ClaimOutputFormat, all: boolean): string {
  const claims = note.claims;
  let out = '';
  if (format === 'json') {
    const file = JSON.stringify(note.id);
    for (let i = 0; i < claims.length; i++) out += (i ? ',' : '') + claimJsonText(file, note, claims[i]!);
    return out;
  }
  if (format === 'github') {
    for (const claim of claims) if (all || claim.evaluation.verdict === 'inconsistent') out += claimGithubLine(note.id, note, claim) + '\n';
    return out;
  }
  for (const claim of claims) if (all || claim.evaluation.verdict !== 'unverifiable') out += claimLine(note.id, note, claim) + '\n';
  return out;
}
