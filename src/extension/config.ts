// Settings: typed getters over `rooflineNotes.*` (validated in core/present/settings.ts),
// plus files.exclude, with one change event carrying the previous and current values.
import * as vscode from 'vscode';
import { normalizeSettings, type SeveritySetting, type Settings } from '../core/present/settings.js';
import { enabledGlobs } from '../core/present/glob.js';

export const SECTION = 'rooflineNotes';

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return normalizeSettings((key) => c.get(key));
}

export function readFilesExclude(): string[] {
  return enabledGlobs(vscode.workspace.getConfiguration('files').get('exclude'));
}

export function toSeverity(s: SeveritySetting): vscode.DiagnosticSeverity | undefined {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    default:
      return undefined;
  }
}

export interface SettingsChange {
  previous: Settings;
  current: Settings;
  filesExcludeChanged: boolean;
}

export class Config implements vscode.Disposable {
  private value: Settings = readSettings();
  private excludes: string[] = readFilesExclude();
  private readonly emitter = new vscode.EventEmitter<SettingsChange>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(onError: (what: string, e: unknown) => void) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      const ours = e.affectsConfiguration(SECTION);
      const files = e.affectsConfiguration('files.exclude');
      if (!ours && !files) return;
      try {
        const previous = this.value;
        this.value = readSettings();
        const before = this.excludes.join('\0');
        this.excludes = readFilesExclude();
        this.emitter.fire({ previous, current: this.value, filesExcludeChanged: before !== this.excludes.join('\0') });
      } catch (error) {
        onError('reading settings', error);
      }
    });
  }

  get current(): Settings {
    return this.value;
  }

  /** rooflineNotes.exclude plus the enabled files.exclude globs. */
  get allExcludes(): string[] {
    return [...this.value.exclude, ...this.excludes];
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
