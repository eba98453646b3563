import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, noteUri, openNote, ourDiagnostics, positionOf, waitFor } from '../helpers';

describe('verify workspace → diagnostics', () => {
  before(async function () {
    this.timeout(60_000);
    await getApi();
    await vscode.commands.executeCommand('rooflineNotes.verifyWorkspace');
  });

  it('puts a warning on the inconsistent claim', async () => {
    const { doc } = await openNote('h200-notes.md');
    const at = positionOf(doc, '10 ms', 1);
    const warning = await waitFor(
      () => ourDiagnostics(doc.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Warning && d.range.contains(at)),
      'a Roofline Notes warning on "10 ms"',
    );
    assert.match(warning.message, /inconsistent|29\.4\s*ms/i, warning.message);
  });

  it('reports diagnostics for notes that were never opened', async () => {
    // bad-numbers.md is opened by no test: "The H100's 80 GB drains in 5 ms." (model: 23.9 ms)
    const uri = noteUri('bad-numbers.md');
    const doc = await vscode.workspace.openTextDocument(uri); // reads text only; shows no editor
    const at = positionOf(doc, '5 ms', 0);
    await waitFor(
      () => ourDiagnostics(uri).some((d) => d.severity === vscode.DiagnosticSeverity.Warning && d.range.contains(at)),
      'a warning on "5 ms" in bad-numbers.md',
    );
  });

  it('does not warn on a note whose claims are all fine', () => {
    const uri = noteUri('gpu-mode-meetup.md');
    assert.deepEqual(ourDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).map((d) => d.message), []);
  });

  it('marks claims it cannot check (hints) only in notes open in VS Code', async () => {
    // fleet-notes.md is opened by no other test: "about 350,000" H100s is a figure nothing checks.
    const uri = noteUri('fleet-notes.md');
    const api = (await getApi()) as unknown as { index: { getNote(id: string): { claims: { evaluation: { verdict: string } }[] } | undefined } };
    const note = api.index.getNote(uri.toString());
    assert.ok(note, 'fleet-notes.md is indexed');
    assert.deepEqual(note.claims.map((c) => c.evaluation.verdict), ['unverifiable']);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'no test opened it yet');
    assert.deepEqual(ourDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Hint).map((d) => d.message), []);
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = positionOf(doc, '350,000', 0);
    const hint = await waitFor(() => ourDiagnostics(uri).find((d) => d.severity === vscode.DiagnosticSeverity.Hint && d.range.contains(at)), 'a hint on "about 350,000" once the note is open');
    assert.match(hint.message, /unverifiable|cannot|no catalog/i, hint.message);
  });

  it('flags the broken wikilink', async () => {
    const uri = noteUri('h200-notes.md');
    const d = await waitFor(() => ourDiagnostics(uri).find((x) => /kv-cache-sizing/.test(x.message)), 'a broken-wikilink diagnostic');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(d.range), /kv-cache-sizing/);
  });

  it('does not warn on the consistent claim', async () => {
    const { doc } = await openNote('h200-notes.md');
    const at = positionOf(doc, 'about 300', 7);
    const bad = ourDiagnostics(doc.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning && d.range.contains(at));
    assert.deepEqual(bad.map((d) => d.message), []);
  });
});
