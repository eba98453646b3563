// Validation of user-defined accelerators (already parsed from JSON/YAML by the caller).
// Invalid entries are dropped and reported with the JSON path of the bad field.

import type { Precision } from '../types.js';
import type { Accelerator, BandwidthFigure, Confidence, Direction, Figure, FlopsFigure, UserHardwareError } from './types.js';

const PRECISIONS: readonly Precision[] = ['fp64', 'fp32', 'tf32', 'bf16', 'fp16', 'fp8', 'int8', 'fp6', 'fp4', 'int4'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const DIRECTIONS: readonly Direction[] = ['per-direction', 'bidirectional'];

type UnitKind = 'bytes' | 'bandwidth' | 'flops' | 'power';

/** Accepted units per kind → factor to the canonical unit. */
const UNITS: Record<UnitKind, { canonical: string; factors: Record<string, number> }> = {
  bytes: {
    canonical: 'B',
    factors: { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, PB: 1e15, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40 },
  },
  bandwidth: {
    canonical: 'B/s',
    factors: {
      'B/s': 1,
      'MB/s': 1e6,
      'GB/s': 1e9,
      'TB/s': 1e12,
      'PB/s': 1e15,
      GBps: 1e9,
      TBps: 1e12,
      'GiB/s': 2 ** 30,
      'TiB/s': 2 ** 40,
      'Gb/s': 1e9 / 8,
      Gbps: 1e9 / 8,
      'Tb/s': 1e12 / 8,
      Tbps: 1e12 / 8,
    },
  },
  flops: {
    canonical: 'FLOP/s',
    factors: {
      'FLOP/s': 1,
      FLOPS: 1,
      'GFLOP/s': 1e9,
      GFLOPS: 1e9,
      'TFLOP/s': 1e12,
      TFLOPS: 1e12,
      'PFLOP/s': 1e15,
      PFLOPS: 1e15,
      'EFLOP/s': 1e18,
      EFLOPS: 1e18,
      'OP/s': 1,
      TOPS: 1e12,
      POPS: 1e15,
    },
  },
  power: { canonical: 'W', factors: { W: 1, kW: 1e3, MW: 1e6 } },
};

const FIGURE_FIELDS: Record<string, { kind: UnitKind; bandwidth?: 'memory' | 'link' }> = {
  hbmCapacity: { kind: 'bytes' },
  hbmBandwidth: { kind: 'bandwidth', bandwidth: 'memory' },
  scaleUpBandwidth: { kind: 'bandwidth', bandwidth: 'link' },
  scaleOutBandwidth: { kind: 'bandwidth', bandwidth: 'link' },
  tdp: { kind: 'power' },
};
const STRING_FIELDS = ['vendor', 'architecture', 'memoryType', 'scaleUpLink', 'scaleUpDetail', 'scaleOutNic'] as const;
const KNOWN_FIELDS = new Set<string>(['id', 'name', 'aliases', 'flops', 'notes', ...STRING_FIELDS, ...Object.keys(FIGURE_FIELDS)]);
const FIGURE_KEYS = new Set(['value', 'unit', 'source', 'confidence', 'note', 'direction', 'precision', 'sparsity', 'workload']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function keyPath(base: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

function list(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

class Validator {
  readonly errors: UserHardwareError[] = [];
  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** A Figure of the given kind, converted to canonical units; undefined (and errors) if invalid. */
  figure(raw: unknown, path: string, kind: UnitKind): Figure | undefined {
    if (!isObject(raw)) {
      this.fail(path, 'expected an object like { value: 80, unit: "GB", source: "https://…" }');
      return undefined;
    }
    const before = this.errors.length;
    for (const k of Object.keys(raw)) if (!FIGURE_KEYS.has(k)) this.fail(keyPath(path, k), `unknown field; expected one of ${list([...FIGURE_KEYS])}`);
    const { value, unit, source, confidence, note } = raw;
    if (value === undefined) this.fail(`${path}.value`, 'required: a positive number');
    else if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      this.fail(`${path}.value`, `must be a finite positive number, got ${JSON.stringify(value)}`);
    const spec = UNITS[kind];
    let factor = 1;
    if (unit === undefined) this.fail(`${path}.unit`, `required: one of ${list(Object.keys(spec.factors))}`);
    else if (typeof unit !== 'string' || !Object.hasOwn(spec.factors, unit.trim()))
      this.fail(`${path}.unit`, `unit ${JSON.stringify(unit)} is not a ${kind} unit; expected one of ${list(Object.keys(spec.factors))}`);
    else factor = spec.factors[unit.trim()]!;
    if (source === undefined) this.fail(`${path}.source`, 'required: the URL (or citation) the figure comes from');
    else if (typeof source !== 'string' || source.trim() === '') this.fail(`${path}.source`, 'must be a non-empty string (a URL or citation)');
    if (confidence !== undefined && !CONFIDENCES.includes(confidence as Confidence))
      this.fail(`${path}.confidence`, `must be one of ${list(CONFIDENCES)}, got ${JSON.stringify(confidence)}`);
    if (note !== undefined && typeof note !== 'string') this.fail(`${path}.note`, 'must be a string');
    if (this.errors.length > before) return undefined;

    const u = (unit as string).trim();
    const fig: Figure = {
      value: (value as number) * factor,
      unit: spec.canonical,
      source: (source as string).trim(),
      confidence: (confidence as Confidence | undefined) ?? 'medium',
    };
    const notes: string[] = [];
    if (u !== spec.canonical) notes.push(`Given as ${value} ${u}.`);
    if (typeof note === 'string' && note.trim() !== '') notes.push(note.trim());
    if (notes.length > 0) fig.note = notes.join(' ');
    if (/^[KMGT]iB$/.test(u)) fig.gib = ((value as number) * factor) / 2 ** 30;
    return fig;
  }

  bandwidth(raw: unknown, path: string, role: 'memory' | 'link'): BandwidthFigure | undefined {
    const fig = this.figure(raw, path, 'bandwidth');
    if (!fig || !isObject(raw)) return undefined;
    let direction = raw.direction;
    if (direction === undefined && role === 'memory') direction = 'bidirectional';
    if (direction === undefined) {
      this.fail(`${path}.direction`, `required for link bandwidth: one of ${list(DIRECTIONS)}`);
      return undefined;
    }
    if (!DIRECTIONS.includes(direction as Direction)) {
      this.fail(`${path}.direction`, `must be one of ${list(DIRECTIONS)}, got ${JSON.stringify(direction)}`);
      return undefined;
    }
    return { ...fig, unit: 'B/s', direction: direction as Direction };
  }

  flops(raw: unknown, path: string): FlopsFigure | undefined {
    const fig = this.figure(raw, path, 'flops');
    if (!isObject(raw)) return undefined;
    let ok = fig !== undefined;
    if (raw.precision === undefined) {
      this.fail(`${path}.precision`, `required: one of ${list(PRECISIONS)}`);
      ok = false;
    } else if (!PRECISIONS.includes(raw.precision as Precision)) {
      this.fail(`${path}.precision`, `must be one of ${list(PRECISIONS)}, got ${JSON.stringify(raw.precision)}`);
      ok = false;
    }
    if (raw.sparsity === undefined) {
      this.fail(`${path}.sparsity`, "required: 'dense' or 'sparse'");
      ok = false;
    } else if (raw.sparsity !== 'dense' && raw.sparsity !== 'sparse') {
      this.fail(`${path}.sparsity`, `must be 'dense' or 'sparse', got ${JSON.stringify(raw.sparsity)}`);
      ok = false;
    }
    if (raw.workload !== undefined && raw.workload !== 'inference' && raw.workload !== 'training') {
      this.fail(`${path}.workload`, `must be 'inference' or 'training', got ${JSON.stringify(raw.workload)}`);
      ok = false;
    }
    if (!ok || !fig) return undefined;
    const out: FlopsFigure = { ...fig, unit: 'FLOP/s', precision: raw.precision as Precision, sparsity: raw.sparsity as 'dense' | 'sparse' };
    if (raw.workload !== undefined) out.workload = raw.workload as 'inference' | 'training';
    return out;
  }

  accelerator(raw: unknown, path: string, builtInIds: ReadonlySet<string>): Accelerator | undefined {
    if (!isObject(raw)) {
      this.fail(path, 'expected an object with at least id, name and one figure');
      return undefined;
    }
    const before = this.errors.length;
    for (const k of Object.keys(raw)) if (!KNOWN_FIELDS.has(k)) this.fail(keyPath(path, k), `unknown field; expected one of ${list([...KNOWN_FIELDS])}`);

    const id = raw.id;
    if (id === undefined) this.fail(`${path}.id`, 'required: a non-empty string such as "my-lab-h100"');
    else if (typeof id !== 'string' || id.trim() === '') this.fail(`${path}.id`, 'must be a non-empty string');
    const name = raw.name;
    const overridesBuiltIn = typeof id === 'string' && builtInIds.has(id.trim());
    if (name === undefined) {
      if (!overridesBuiltIn) this.fail(`${path}.name`, 'required: a display name');
    } else if (typeof name !== 'string' || name.trim() === '') this.fail(`${path}.name`, 'must be a non-empty string');

    const aliases: string[] = [];
    if (raw.aliases !== undefined) {
      if (!Array.isArray(raw.aliases)) this.fail(`${path}.aliases`, 'must be an array of strings');
      else
        raw.aliases.forEach((a, i) => {
          if (typeof a !== 'string' || a.trim() === '') this.fail(`${path}.aliases[${i}]`, 'must be a non-empty string');
          else aliases.push(a.trim());
        });
    }
    const notes: string[] = [];
    if (raw.notes !== undefined) {
      if (!Array.isArray(raw.notes) || raw.notes.some((n) => typeof n !== 'string')) this.fail(`${path}.notes`, 'must be an array of strings');
      else notes.push(...(raw.notes as string[]));
    }
    const strings: Partial<Record<(typeof STRING_FIELDS)[number], string>> = {};
    for (const f of STRING_FIELDS) {
      const v = raw[f];
      if (v === undefined) continue;
      if (typeof v !== 'string') this.fail(`${path}.${f}`, 'must be a string');
      else strings[f] = v;
    }

    const figures: Partial<Record<keyof typeof FIGURE_FIELDS, Figure>> = {};
    for (const [field, spec] of Object.entries(FIGURE_FIELDS)) {
      if (raw[field] === undefined) continue;
      const p = `${path}.${field}`;
      const f = spec.bandwidth ? this.bandwidth(raw[field], p, spec.bandwidth) : this.figure(raw[field], p, spec.kind);
      if (f) figures[field as keyof typeof FIGURE_FIELDS] = f;
    }
    const flops: FlopsFigure[] = [];
    if (raw.flops !== undefined) {
      if (!Array.isArray(raw.flops)) this.fail(`${path}.flops`, 'must be an array of { value, unit, source, precision, sparsity }');
      else
        raw.flops.forEach((f, i) => {
          const ff = this.flops(f, `${path}.flops[${i}]`);
          if (ff) flops.push(ff);
        });
    }
    if (this.errors.length > before) return undefined;
    if (Object.keys(figures).length === 0 && flops.length === 0) {
      this.fail(path, 'defines no figures: give at least one of flops, hbmCapacity, hbmBandwidth, scaleUpBandwidth, scaleOutBandwidth, tdp');
      return undefined;
    }
    // Only the fields the user gave; mergeAccelerators fills the rest from a built-in or defaults.
    const acc: Accelerator = {
      id: (id as string).trim(),
      name: typeof name === 'string' ? name.trim() : '',
      vendor: strings.vendor ?? '',
      aliases,
      flops,
      userDefined: true,
    };
    if (strings.architecture) acc.architecture = strings.architecture;
    if (strings.memoryType) acc.memoryType = strings.memoryType;
    if (strings.scaleUpLink) acc.scaleUpLink = strings.scaleUpLink;
    if (strings.scaleUpDetail) acc.scaleUpDetail = strings.scaleUpDetail;
    if (strings.scaleOutNic) acc.scaleOutNic = strings.scaleOutNic;
    if (figures.hbmCapacity) acc.hbmCapacity = figures.hbmCapacity;
    if (figures.hbmBandwidth) acc.hbmBandwidth = figures.hbmBandwidth as BandwidthFigure;
    if (figures.scaleUpBandwidth) acc.scaleUpBandwidth = figures.scaleUpBandwidth as BandwidthFigure;
    if (figures.scaleOutBandwidth) acc.scaleOutBandwidth = figures.scaleOutBandwidth as BandwidthFigure;
    if (figures.tdp) acc.tdp = figures.tdp;
    if (notes.length > 0) acc.notes = notes;
    return acc;
  }
}

const flopsKey = (f: FlopsFigure): string => `${f.precision}/${f.sparsity}/${f.workload ?? ''}`;

/**
 * A user entry over a built-in with the same id: the fields the user gave replace the
 * built-in's, aliases are added to the built-in's, and user FLOP/s figures replace the
 * built-in figure of the same precision/sparsity/workload.
 */
function overlay(base: Accelerator, user: Accelerator): Accelerator {
  const out: Accelerator = { ...base, ...user };
  out.name = user.name || base.name;
  out.vendor = user.vendor || base.vendor;
  out.aliases = [...new Set([...base.aliases, ...user.aliases])];
  const userKeys = new Set(user.flops.map(flopsKey));
  out.flops = [...user.flops, ...base.flops.filter((f) => !userKeys.has(flopsKey(f)))];
  if (base.notes || user.notes) out.notes = [...(base.notes ?? []), ...(user.notes ?? [])];
  out.userDefined = true;
  return out;
}

export interface MergeOptions {
  /** Let a user entry replace a built-in accelerator with the same id (default true). */
  allowOverrides?: boolean;
}

/**
 * Validates user-defined accelerators and merges them into `builtIns`: an entry whose id
 * matches a built-in overrides it field by field (when overrides are allowed; `name` may then
 * be omitted), others are appended.
 * `entries` is an array of accelerator objects, or an object with an `accelerators` array.
 * Invalid entries are left out and reported as { path, message } with a JSON path ('$[0].flops[1].precision').
 */
export function mergeAccelerators(
  builtIns: readonly Accelerator[],
  entries: unknown,
  options: MergeOptions = {},
): { accelerators: Accelerator[]; errors: UserHardwareError[] } {
  const allowOverrides = options.allowOverrides ?? true;
  const v = new Validator();
  const merged = [...builtIns];
  if (entries === undefined || entries === null) return { accelerators: merged, errors: [] };

  let items: unknown[];
  let base: string;
  if (Array.isArray(entries)) {
    items = entries;
    base = '$';
  } else if (isObject(entries) && Array.isArray(entries.accelerators)) {
    items = entries.accelerators;
    base = '$.accelerators';
  } else {
    v.fail('$', 'expected an array of accelerators, or an object with an "accelerators" array');
    return { accelerators: merged, errors: v.errors };
  }

  const builtInIds = new Set(builtIns.map((a) => a.id));
  const seen = new Map<string, string>(); // id → path of first definition
  items.forEach((item, i) => {
    const path = `${base}[${i}]`;
    const acc = v.accelerator(item, path, builtInIds);
    if (!acc) return;
    const first = seen.get(acc.id);
    if (first !== undefined) {
      v.fail(`${path}.id`, `duplicate id "${acc.id}" (already defined at ${first})`);
      return;
    }
    if (builtInIds.has(acc.id) && !allowOverrides) {
      v.fail(`${path}.id`, `"${acc.id}" is a built-in accelerator; enable allowOverrides to replace it, or choose another id`);
      return;
    }
    seen.set(acc.id, path);
    const at = merged.findIndex((a) => a.id === acc.id);
    if (at >= 0) merged[at] = overlay(merged[at]!, acc);
    else merged.push({ ...acc, vendor: acc.vendor || 'user' });
  });
  return { accelerators: merged, errors: v.errors };
}
