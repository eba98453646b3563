// rooflineNotes.hardwareFile: user-defined or overridden accelerators from a JSON or YAML
// file, validated by the catalog (mergeUserHardware). Problems show up as diagnostics on
// that file, at the field they are about; the file is watched and re-read when it changes.
import * as vscode from 'vscode';
import * as yaml from 'js-yaml';
import type { Accelerator } from '../core/catalog/types.js';
import { mergeUserHardware } from '../core/catalog/index.js';
import { locateInJson, locateInYaml } from '../core/present/jsonPath.js';
import { computeLineStarts, positionAt } from '../core/text.js';
import type { Span } from '../core/types.js';
import type { Config } from './config.js';
import type { Log } from './log.js';
import { DIAGNOSTIC_SOURCE, readText } from './util.js';

export class UserHardware implements vscode.Disposable {
  private accelerators: Accelerator[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('roofline-notes-hardware');
  private watcher: vscode.Disposable | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private fileUri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private warnedMissing = '';

  constructor(private readonly config: Config, private readonly log: Log) {
    this.disposables.push(
      config.onDidChange((c) => {
        if (c.previous.hardwareFile !== c.current.hardwareFile) this.schedule(0);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.fileUri && e.document.uri.toString() === this.fileUri.toString()) this.schedule(400);
      }),
    );
  }

  /** Validated user accelerators (only the user's own entries), for the core's options. */
  get userAccelerators(): Accelerator[] {
    return this.accelerators;
  }

  schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.log.run('loading the hardware file', () => this.load()), ms);
  }

  async load(): Promise<void> {
    const setting = this.config.current.hardwareFile;
    const previous = this.accelerators;
    this.diagnostics.clear();
    this.watcher?.dispose();
    this.watcher = undefined;
    this.fileUri = undefined;
    if (!setting) {
      this.accelerators = [];
      if (previous.length) this.emitter.fire();
      return;
    }
    const uri = await this.resolve(setting);
    if (!uri) {
      this.accelerators = [];
      if (this.warnedMissing !== setting) {
        this.warnedMissing = setting;
        this.log.warn(`rooflineNotes.hardwareFile: "${setting}" was not found in any workspace folder.`);
        void vscode.window.showWarningMessage(`Roofline Notes: the hardware file “${setting}” (setting rooflineNotes.hardwareFile) was not found.`);
      }
      if (previous.length) this.emitter.fire();
      return;
    }
    this.fileUri = uri;
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!));
    w.onDidChange(() => this.schedule(200));
    w.onDidCreate(() => this.schedule(200));
    w.onDidDelete(() => this.schedule(200));
    this.watcher = w;

    const text = (await readText(uri)) ?? '';
    const isYaml = /\.ya?ml$/i.test(uri.path);
    const parsed = parse(text, isYaml);
    const problems: vscode.Diagnostic[] = [];
    const lineStarts = computeLineStarts(text);
    const toRange = (span: Span | undefined): vscode.Range => {
      if (!span) return new vscode.Range(0, 0, 0, 0);
      const s = positionAt(lineStarts, span.start);
      const e = positionAt(lineStarts, span.end);
      return new vscode.Range(s.line, s.character, e.line, e.character);
    };
    let accelerators: Accelerator[] = [];
    if ('error' in parsed) {
      problems.push(diagnostic(toRange(parsed.span), `Could not read the hardware file: ${parsed.error}`));
    } else {
      const result = mergeUserHardware(parsed.data);
      accelerators = result.accelerators.filter((a) => a.userDefined);
      for (const e of result.errors) {
        const span = isYaml ? locateInYaml(text, e.path) : locateInJson(text, e.path);
        problems.push(diagnostic(toRange(span), `${e.path}: ${e.message}`));
      }
      this.log.info(`Hardware file ${uri.toString(true)}: ${accelerators.length} accelerator(s), ${result.errors.length} problem(s).`);
    }
    this.diagnostics.set(uri, problems);
    this.accelerators = accelerators;
    if (previous.length || accelerators.length) this.emitter.fire();
  }

  private async resolve(setting: string): Promise<vscode.Uri | undefined> {
    const candidates: vscode.Uri[] = [];
    if (/^([a-zA-Z]:[\\/]|\/)/.test(setting)) candidates.push(vscode.Uri.file(setting));
    else for (const f of vscode.workspace.workspaceFolders ?? []) candidates.push(vscode.Uri.joinPath(f.uri, setting));
    for (const c of candidates) {
      try {
        const stat = await vscode.workspace.fs.stat(c);
        if (stat.type & vscode.FileType.File) return c;
      } catch {
        // try the next folder
      }
    }
    return undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.dispose();
    this.diagnostics.dispose();
    this.emitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function diagnostic(range: vscode.Range, message: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = 'hardware-file';
  return d;
}

type Parsed = { data: unknown } | { error: string; span?: Span };

function parse(text: string, isYaml: boolean): Parsed {
  if (text.trim() === '') return { error: 'the file is empty; expected a list of accelerators (or { "accelerators": [...] })' };
  if (isYaml) {
    try {
      return { data: loadYaml(text) };
    } catch (error) {
      const e = error as { mark?: { position?: number; line?: number; column?: number }; reason?: string; message?: string };
      const at = e.mark?.position;
      return { error: `invalid YAML: ${e.reason ?? e.message ?? String(error)}`, span: at === undefined ? undefined : { start: at, end: at + 1 } };
    }
  }
  try {
    return { data: JSON.parse(stripJsonComments(text)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    let span: Span | undefined;
    if (pos) span = { start: Number(pos[1]), end: Number(pos[1]) + 1 };
    else if (lc) {
      const starts = computeLineStarts(text);
      const at = (starts[Number(lc[1]) - 1] ?? 0) + Number(lc[2]) - 1;
      span = { start: at, end: at + 1 };
    }
    return { error: `invalid JSON: ${message}`, span };
  }
}

function loadYaml(text: string): unknown {
  try {
    return yaml.safeLoad(text, { json: true });
  } catch (error) {
    // js-yaml 4 removed safeLoad (its load is safe by default).
    if (error instanceof Error && /removed in js-yaml 4/.test(error.message)) return yaml.load(text);
    throw error;
  }
}

/** Removes // and /* *\/ comments outside strings (JSONC), keeping offsets (comments become spaces). */
function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const start = i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      out += text.slice(start, i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += text[i] === '\r' ? '\r' : ' ';
        i++;
      }
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\r\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
