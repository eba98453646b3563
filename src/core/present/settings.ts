// The extension's settings as plain, validated values, and the core options they map to.
// `read(key)` returns the raw configuration value (undefined when unset).
import type { IndexOptions } from '../workspace.js';
import type { Accelerator } from '../catalog/types.js';
import { DEFAULT_MAX_FILE_BYTES } from '../decode.js';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  defaultHardware: string;
  tolerances: { exact: number; approx: number; bound: number };
  severity: { inconsistent: SeveritySetting; unverifiable: SeveritySetting; problems: SeveritySetting };
  include: string[];
  exclude: string[];
  decorationsEnabled: boolean;
  hardwareFile: string;
  maxFileSize: number;
  /** Worker threads for full indexing runs: 'auto' (one per core) or a count; 0 indexes in the extension host. */
  indexWorkers: number | 'auto';
}

export const DEFAULT_SETTINGS: Settings = {
  defaultHardware: '',
  tolerances: { exact: 0.05, approx: 0.25, bound: 0.05 },
  severity: { inconsistent: 'warning', unverifiable: 'hint', problems: 'warning' },
  include: ['**/*.md', '**/*.markdown'],
  exclude: ['**/node_modules/**'],
  decorationsEnabled: true,
  hardwareFile: '',
  maxFileSize: DEFAULT_MAX_FILE_BYTES,
  indexWorkers: 'auto',
};

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

function severity(v: unknown, fallback: SeveritySetting): SeveritySetting {
  if (typeof v !== 'string') return fallback;
  const s = v.toLowerCase().trim();
  if (s === 'info') return 'information';
  if (s === 'none' || s === 'ignore') return 'off';
  return (SEVERITIES as string[]).includes(s) ? (s as SeveritySetting) : fallback;
}

function fraction(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10 ? v : fallback;
}

function globs(v: unknown, fallback: string[]): string[] {
  if (!Array.isArray(v)) return fallback;
  return v.filter((g): g is string => typeof g === 'string' && g.trim() !== '').map((g) => g.trim());
}

export function normalizeSettings(read: (key: string) => unknown): Settings {
  const d = DEFAULT_SETTINGS;
  const str = (k: string, f: string): string => {
    const v = read(k);
    return typeof v === 'string' ? v.trim() : f;
  };
  const size = read('maxFileSize');
  const workers = read('indexWorkers');
  return {
    defaultHardware: str('defaultHardware', d.defaultHardware),
    tolerances: {
      exact: fraction(read('tolerances.exact'), d.tolerances.exact),
      approx: fraction(read('tolerances.approx'), d.tolerances.approx),
      bound: fraction(read('tolerances.bound'), d.tolerances.bound),
    },
    severity: {
      inconsistent: severity(read('severity.inconsistent'), d.severity.inconsistent),
      unverifiable: severity(read('severity.unverifiable'), d.severity.unverifiable),
      problems: severity(read('severity.problems'), d.severity.problems),
    },
    include: globs(read('include'), d.include),
    exclude: globs(read('exclude'), d.exclude),
    decorationsEnabled: read('decorations.enabled') !== false,
    hardwareFile: str('hardwareFile', d.hardwareFile),
    maxFileSize: typeof size === 'number' && Number.isFinite(size) && size > 0 ? Math.floor(size) : d.maxFileSize,
    indexWorkers: typeof workers === 'number' && Number.isInteger(workers) && workers >= 0 && workers <= 64 ? workers : d.indexWorkers,
  };
}

/** Core options for the index. */
export function indexOptions(s: Settings, userAccelerators?: Accelerator[]): IndexOptions {
  const options: IndexOptions = { tolerances: { ...s.tolerances }, maxFileBytes: s.maxFileSize };
  if (s.defaultHardware) options.defaultHardware = s.defaultHardware;
  if (userAccelerators && userAccelerators.length) options.userAccelerators = userAccelerators;
  return options;
}

/** Whether changing from `a` to `b` needs the notes analysed again (verdicts depend on these). */
export function needsReanalysis(a: Settings, b: Settings): boolean {
  return (
    a.defaultHardware !== b.defaultHardware ||
    a.tolerances.exact !== b.tolerances.exact ||
    a.tolerances.approx !== b.tolerances.approx ||
    a.tolerances.bound !== b.tolerances.bound ||
    a.maxFileSize !== b.maxFileSize
  );
}

export function needsRescan(a: Settings, b: Settings): boolean {
  return a.include.join('\0') !== b.include.join('\0') || a.exclude.join('\0') !== b.exclude.join('\0');
}
