// The warm-start test, run by scripts/vscode/run-restart.mjs: the same VS Code, workspace and user
// data started several times. Each start is one "phase" (ROOFLINE_RESTART_PHASE). A start waits
// for the first indexing run and its cache write, takes down what the user can see (claims,
// diagnostics, a hover), checks it against what the previous start saw, and before the runner
// shuts it down leaves that record in ROOFLINE_RESTART_STATE and changes the notes on disk:
// one note edited (a claim added), one deleted, one created. The next start must then read the
// cache, take every other note from it, and analyse only the edited and the created note.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RooflineNotesApi } from '../../../src/extension/extension';
import type { RunResult } from '../../../src/extension/indexer';
import { tally } from '../../../src/core/present/format';
import { getApi, hoverText, ourDiagnostics, positionOf, waitFor, workspaceRoot } from '../helpers';

const phase = Number(process.env.ROOFLINE_RESTART_PHASE);
const stateFile = process.env.ROOFLINE_RESTART_STATE ?? '';

/** Edited before every restart: a paragraph with one new claim is appended (none of them is a
 *  quantity another note claims, so the other notes' diagnostics and hovers stay the same). */
const EDITED = 'bad-numbers.md';
const ADDED_CLAIMS = [
  ['The B200 moves 8 TB/s of HBM3e bandwidth.', '8 TB/s'],
  ['The MI300X moves 5.3 TB/s of HBM3 bandwidth.', '5.3 TB/s'],
  ['The MI300X has 192 GB of HBM3.', '192 GB'],
] as const;
/** Created before a restart (no claims, no links: it changes no other note) and deleted before the next. */
const createdName = (p: number) => `restart-extra-${p}.md`;
const deletedName = (p: number) => (p === 1 ? 'scratch.md' : createdName(p - 1));
/** An unchanged note whose hover also lists another note's claim (h200-notes.md claims 3.35 TB/s too). */
const HOVER_NOTE = 'roofline-basics.md';
const HOVER_AT = '3.35 TB/s';

/** What the user sees of one note. */
interface NoteView {
  claims: [raw: string, line: number, verdict: string, model: string | null][];
  tally: { consistent: number; inconsistent: number; unverifiable: number };
  diagnostics: [severity: number, line: number, character: number, message: string][];
}

/** What one start saw (before it changed anything), for the next start. */
interface Seen {
  phase: number;
  run: RunResult;
  /** Notes in the index when the cache was written last: what the next start should read. */
  cachedNotes: number;
  notes: Record<string, NoteView>;
  hover: string;
  edited: string;
  deleted: string;
  created: string;
}

const nameOf = (id: string) => path.basename(vscode.Uri.parse(id).fsPath);
const fileOf = (name: string) => path.join(workspaceRoot(), name);
const notesOnDisk = () => fs.readdirSync(workspaceRoot()).filter((f) => f.endsWith('.md')).sort();

function diagnosticsOf(name: string): NoteView['diagnostics'] {
  return ourDiagnostics(vscode.Uri.file(fileOf(name)))
    .map((d): NoteView['diagnostics'][number] => [d.severity, d.range.start.line, d.range.start.character, d.message])
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[3].localeCompare(b[3]));
}

function viewOf(api: RooflineNotesApi): Record<string, NoteView> {
  const views: Record<string, NoteView> = {};
  for (const note of api.index.allNotes()) {
    const line = (offset: number) => note.lineStarts.filter((start) => start <= offset).length - 1;
    const t = tally(note.claims);
    views[nameOf(note.id)] = {
      claims: note.claims.map((c) => [c.quantity.raw, line(c.quantity.span.start), c.evaluation.verdict, c.evaluation.modelText ?? null]),
      tally: { consistent: t.consistent, inconsistent: t.inconsistent, unverifiable: t.unverifiable },
      diagnostics: [], // filled in once they have settled
    };
  }
  return views;
}

/** Every note's claims, verdicts, problems and links: two indexes of the same files must agree. */
function fingerprint(api: RooflineNotesApi): string {
  return JSON.stringify(
    api.index
      .allNotes()
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((n) => [n.id, n.hash, n.title, n.claims.map((c) => [c.quantity.raw, c.quantity.span.start, c.evaluation.verdict, c.evaluation.modelText]), n.problems.map((p) => p.message), n.links.length]),
  );
}

/**
 * Diagnostics are published in throttled batches, a note's wikilinks once the run is over: wait
 * for the fixture's (two inconsistent claims, a broken wikilink), then for the whole set to stay
 * the same for a few seconds.
 */
async function settledDiagnostics(names: string[]): Promise<void> {
  const has = (name: string, pattern: RegExp) => diagnosticsOf(name).some((d) => pattern.test(d[3]));
  await waitFor(
    () => has('h200-notes.md', /kv-cache-sizing/) && has('h200-notes.md', /^Inconsistent/) && has(EDITED, /^Inconsistent/),
    'the diagnostics of the fixture',
    120_000,
  ).catch((error: Error) => {
    const all = vscode.languages.getDiagnostics().map(([uri, ds]) => `${uri.toString()}: ${ds.map((d) => `[${d.source}] ${d.message}`).join(' | ')}`);
    throw new Error(`${error.message}; diagnostics now:\n${all.join('\n')}`);
  });
  let last = '';
  let since = Date.now();
  await waitFor(
    () => {
      const now = JSON.stringify(names.map(diagnosticsOf));
      if (now !== last) [last, since] = [now, Date.now()];
      return Date.now() - since >= 3_000;
    },
    'the diagnostics to settle',
    120_000,
    250,
  );
}

async function hoverOn(name: string, needle: string): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(fileOf(name))); // no editor: nothing to restore next start
  return hoverText(doc.uri, positionOf(doc, needle, 1));
}

function readPrevious(): Seen {
  assert.ok(stateFile && fs.existsSync(stateFile), `no record of the previous start (${stateFile || 'ROOFLINE_RESTART_STATE unset'}): run this through scripts/vscode/run-restart.mjs`);
  const seen = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as Seen;
  assert.equal(seen.phase, phase - 1, 'the record is from the previous start');
  return seen;
}

describe(`restart: start ${phase} on the same workspace and user data`, function () {
  this.timeout(300_000);
  let api: RooflineNotesApi;
  let run: RunResult;
  let seen: Omit<Seen, 'cachedNotes' | 'edited' | 'deleted' | 'created'>;
  let indexWorkers: unknown;
  /** The index as the first run left it (the hover below re-analyses its note from the buffer). */
  let indexAfterFirstRun: string;

  before(async () => {
    assert.ok(phase >= 1, 'ROOFLINE_RESTART_PHASE must be set (run through scripts/vscode/run-restart.mjs)');
    api = (await getApi()) as unknown as RooflineNotesApi;
    // Taken before anything opens a document: an open note is indexed from its buffer, not the cache.
    run = api.lastRun()!;
    assert.ok(run, 'the first indexing run has finished');
    await api.whenCacheWritten();
    const notes = viewOf(api);
    indexAfterFirstRun = fingerprint(api);
    await settledDiagnostics(Object.keys(notes));
    for (const [name, view] of Object.entries(notes)) view.diagnostics = diagnosticsOf(name);
    seen = { phase, run, notes, hover: await hoverOn(HOVER_NOTE, HOVER_AT) };
    indexWorkers = vscode.workspace.getConfiguration('rooflineNotes').get('indexWorkers');
  });

  if (phase === 1) {
    it('the first start is cold: no cache to read, every note analysed', () => {
      assert.deepEqual([run.cacheLoaded, run.reused], [0, 0], JSON.stringify(run));
      assert.equal(run.files, notesOnDisk().length);
      assert.equal(run.indexed, run.files);
      assert.ok(!run.cancelled);
      assert.equal(run.workers, indexWorkers, 'indexed where the runner asked (rooflineNotes.indexWorkers)');
    });
  } else {
    it('a restart reads the cache and reuses every note that did not change; the edited and the new note are analysed again', () => {
      const previous = readPrevious();
      assert.equal(run.workers, indexWorkers, 'indexed where the runner asked (rooflineNotes.indexWorkers)');
      assert.equal(run.cacheLoaded, previous.cachedNotes, `the cache the previous start wrote was read: ${JSON.stringify(run)}`);
      assert.equal(run.files, notesOnDisk().length);
      assert.equal(run.indexed, run.files);
      assert.ok(!run.cancelled);
      // every note on disk but the edited and the created one hashes as cached
      assert.equal(run.reused, run.files - 2, `reused ${run.reused} of ${run.files} notes: ${JSON.stringify(run)}`);
    });

    it('the index holds the edited note as it is now, not as cached; the deleted note is gone, the created one is there', async () => {
      const previous = readPrevious();
      const [, addedClaim] = ADDED_CLAIMS[(phase - 2) % ADDED_CLAIMS.length]!;
      const edited = seen.notes[previous.edited];
      assert.ok(edited, `${previous.edited} is indexed`);
      assert.equal(edited.claims.length, previous.notes[previous.edited]!.claims.length + 1);
      assert.equal(edited.claims.at(-1)![0], addedClaim, 'the claim added before the restart');
      assert.deepEqual(edited.claims.slice(0, -1), previous.notes[previous.edited]!.claims, 'its other claims as before');
      assert.equal(seen.notes[previous.deleted], undefined, `${previous.deleted} was deleted before the restart`);
      assert.deepEqual(diagnosticsOf(previous.deleted), [], 'no diagnostics left for the deleted note');
      assert.ok(seen.notes[previous.created], `${previous.created} (created before the restart) is indexed`);
    });

    it('every unchanged note shows what the previous start showed: claims, tally, diagnostics, hover', () => {
      const previous = readPrevious();
      const unchanged = Object.keys(previous.notes).filter((n) => n !== previous.edited && n !== previous.deleted);
      assert.ok(unchanged.length >= 3, unchanged.join(', '));
      for (const name of unchanged) assert.deepEqual(seen.notes[name], previous.notes[name], name);
      assert.equal(seen.hover, previous.hover, `hover on "${HOVER_AT}" in ${HOVER_NOTE}`);
      assert.match(seen.hover, /h200-notes/, 'the hover lists the other note with the same claim');
    });

    it('the index built from the cache equals a cold analysis of the same files', async () => {
      const cold = await api.reindex(); // the cache is read on a session's first run only
      assert.equal(cold.reused, 0, 'a second run analyses every note');
      assert.equal(fingerprint(api), indexAfterFirstRun);
    });
  }

  after(async () => {
    if (!seen) return; // before() failed: there is nothing to hand on
    // The cache the next start will read: written by this start's last full run.
    await api.whenCacheWritten();
    const [sentence] = ADDED_CLAIMS[(phase - 1) % ADDED_CLAIMS.length]!;
    const record: Seen = { ...seen, cachedNotes: api.index.size, edited: EDITED, deleted: deletedName(phase), created: createdName(phase) };
    fs.writeFileSync(stateFile, JSON.stringify(record, null, 2));
    fs.appendFileSync(fileOf(EDITED), `\n${sentence}\n`);
    fs.rmSync(fileOf(record.deleted));
    fs.writeFileSync(fileOf(record.created), '# Written before a restart\n\nNothing to check here.\n');
  });
});
