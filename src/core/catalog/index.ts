// Public surface of the hardware catalog: sourced figures for accelerators, systems,
// interconnects, model architectures and rules of thumb, plus name resolution.
// The data lives in the family files (nvidia.ts, amd.ts, ...); this module only
// assembles, freezes and indexes it.

import { AMD_ACCELERATORS } from './amd.js';
import { AWS_ACCELERATORS } from './aws.js';
import { CONSTANT_TABLE } from './constants.js';
import { GOOGLE_ACCELERATORS } from './google.js';
import { INTEL_ACCELERATORS } from './intel.js';
import { INTERCONNECT_LIST, SCALE_UP_VS_SCALE_OUT as SCALE_UP_VS_SCALE_OUT_DATA } from './interconnects.js';
import { createCatalogIndex, normalizeName } from './lookup.js';
import { MODEL_LIST, kvBytesPerToken, kvSlidingWindowBytesPerSequence } from './models.js';
import { NVIDIA_ACCELERATORS } from './nvidia.js';
import { SYSTEM_LIST } from './systems.js';
import { mergeAccelerators } from './user.js';
import type { MergeOptions } from './user.js';
import type {
  Accelerator,
  ConstantFigure,
  ConstantId,
  Figure,
  FlopsFigure,
  HardwareRef,
  Interconnect,
  Mention,
  ModelArchitecture,
  Precision,
  ScaleUpVsScaleOut,
  Sparsity,
  System,
  UserHardwareError,
} from './types.js';

export type * from './types.js';
export type { CatalogIndex, CatalogData } from './lookup.js';
export type { MergeOptions } from './user.js';
export { createCatalogIndex, normalizeName, SHADOW_ALIASES } from './lookup.js';
export { UNCATALOGUED, type UncataloguedEntry } from './uncatalogued.js';
export { kvBytesPerToken, kvSlidingWindowBytesPerSequence };

/** Data snapshot of the catalog (reference gathered 2026-11-22). Bump when figures change. */
export const CATALOG_VERSION = '2026-11-24.1';

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

export const ACCELERATORS: readonly Accelerator[] = deepFreeze([
  ...NVIDIA_ACCELERATORS,
  ...AMD_ACCELERATORS,
  ...GOOGLE_ACCELERATORS,
  ...AWS_ACCELERATORS,
  ...INTEL_ACCELERATORS,
]);
export const SYSTEMS: readonly System[] = deepFreeze([...SYSTEM_LIST]);
export const INTERCONNECTS: readonly Interconnect[] = deepFreeze([...INTERCONNECT_LIST]);
export const SCALE_UP_VS_SCALE_OUT: readonly ScaleUpVsScaleOut[] = deepFreeze([...SCALE_UP_VS_SCALE_OUT_DATA]);
export const MODELS: readonly ModelArchitecture[] = deepFreeze([...MODEL_LIST]);
export const CONSTANTS: Readonly<Record<ConstantId, ConstantFigure>> = deepFreeze({ ...CONSTANT_TABLE });

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((x) => [x.id, x]));
const ACCELERATOR_BY_ID = byId(ACCELERATORS);
const SYSTEM_BY_ID = byId(SYSTEMS);
const MODEL_BY_ID = byId(MODELS);
const INTERCONNECT_BY_ID = byId(INTERCONNECTS);

const INDEX = createCatalogIndex({ accelerators: ACCELERATORS, systems: SYSTEMS, models: MODELS });

interface HardwareView {
  index: ReturnType<typeof createCatalogIndex>;
  byId: Map<string, Accelerator>;
}
const BUILTIN_VIEW: HardwareView = { index: INDEX, byId: ACCELERATOR_BY_ID };
const userViews = new WeakMap<readonly Accelerator[], HardwareView>();

/**
 * The built-ins overlaid with user accelerators (same id replaces, new ids appended; user
 * aliases win). Accepts either the user's own entries or mergeUserHardware(...).accelerators.
 */
function view(userAccelerators?: readonly Accelerator[]): HardwareView {
  if (!userAccelerators || userAccelerators.length === 0) return BUILTIN_VIEW;
  let v = userViews.get(userAccelerators);
  if (!v) {
    const merged = new Map<string, Accelerator>(ACCELERATOR_BY_ID);
    for (const a of userAccelerators) merged.set(a.id, a);
    const accelerators = [...merged.values()];
    v = { index: createCatalogIndex({ accelerators, systems: SYSTEMS, models: MODELS }), byId: merged };
    userViews.set(userAccelerators, v);
  }
  return v;
}

/**
 * Accelerator by id (an alias also works); undefined if unknown.
 * `userAccelerators` (from mergeUserHardware) are consulted too and take precedence.
 */
export function getAccelerator(id: string, userAccelerators?: readonly Accelerator[]): Accelerator | undefined {
  const v = view(userAccelerators);
  const hit = v.byId.get(id);
  if (hit) return hit;
  const ref = v.index.resolveHardware(id);
  return ref?.kind === 'accelerator' ? v.byId.get(ref.id) : undefined;
}

/** System by id (an alias also works); undefined if unknown. */
export function getSystem(id: string): System | undefined {
  const hit = SYSTEM_BY_ID.get(id);
  if (hit) return hit;
  const ref = INDEX.resolveHardware(id);
  return ref?.kind === 'system' ? SYSTEM_BY_ID.get(ref.id) : undefined;
}

/** Model architecture by id (an alias also works); undefined if unknown. */
export function getModel(id: string): ModelArchitecture | undefined {
  const hit = MODEL_BY_ID.get(id);
  if (hit) return hit;
  const ref = INDEX.resolveModel(id);
  return ref ? MODEL_BY_ID.get(ref.id) : undefined;
}

/** Interconnect by id or alias ("NVLink 4", "ConnectX-7", "NDR" ...). */
export function getInterconnect(idOrAlias: string): Interconnect | undefined {
  const hit = INTERCONNECT_BY_ID.get(idOrAlias);
  if (hit) return hit;
  const key = normalizeName(idOrAlias);
  return INTERCONNECTS.find((i) => normalizeName(i.id) === key || i.aliases.some((a) => normalizeName(a) === key));
}

/**
 * Case-, space- and hyphen-insensitive: "H100" / "Hopper" → nvidia-h100-sxm, "Blackwell" → nvidia-b200,
 * "NVL72" → gb200-nvl72 (system), "Trillium" → google-tpu-v6e, "Trn2" → aws-trainium2.
 * Also accepts ids, a leading vendor word ("NVIDIA H100") and a trailing "GPU(s)".
 */
export function resolveHardware(nameOrAlias: string, userAccelerators?: readonly Accelerator[]): HardwareRef | undefined {
  return view(userAccelerators).index.resolveHardware(nameOrAlias);
}

/** "Llama 3.1 70B", "llama-3.3-70b", "DeepSeek-R1", "Qwen3-235B" ... → the model architecture (its `id` is the catalog id). */
export function resolveModel(nameOrAlias: string): ModelArchitecture | undefined {
  const ref = INDEX.resolveModel(nameOrAlias);
  return ref ? MODEL_BY_ID.get(ref.id) : undefined;
}

/**
 * Hardware and model names in free text, left to right, non-overlapping, longest alias first
 * ("H100 PCIe" over "H100"; "GB200 NVL72" is the system; "B200" is not found inside "GB200").
 * Spans are UTF-16 offsets into `text`.
 */
export function findHardwareMentions(text: string, userAccelerators?: readonly Accelerator[]): Mention[] {
  return findMentions(text, userAccelerators).filter((m) => m.kind !== 'otherHardware' && m.kind !== 'otherModel');
}

/** `findHardwareMentions`, with names the catalog has no figures for ("V100", "Gaudi 3", "GPT-4") as kinds `otherHardware` and `otherModel`. */
export function findMentions(text: string, userAccelerators?: readonly Accelerator[]): Mention[] {
  return view(userAccelerators).index.findMentions(text);
}

/** Peak FLOP/s of an accelerator or system at a precision; the first match (vendor headline first). */
export function peakFlops(
  entry: Pick<Accelerator, 'flops'> | Pick<System, 'flops'>,
  precision: Precision,
  sparsity: Sparsity = 'dense',
): FlopsFigure | undefined {
  return entry.flops.find((f) => f.precision === precision && f.sparsity === sparsity);
}

function isFigure(o: unknown): o is Figure {
  if (typeof o !== 'object' || o === null) return false;
  const r = o as Record<string, unknown>;
  return typeof r.value === 'number' && typeof r.unit === 'string' && typeof r.source === 'string' && typeof r.confidence === 'string';
}

function label(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null) {
    const r = item as Record<string, unknown>;
    if (typeof r.id === 'string') return r.id;
    if (typeof r.precision === 'string' && typeof r.sparsity === 'string')
      return `${r.precision}-${r.sparsity}${typeof r.workload === 'string' ? `-${r.workload}` : ''}`;
  }
  return String(index);
}

function collect(node: unknown, path: string, out: Array<{ path: string; figure: Figure }>): void {
  if (isFigure(node)) {
    out.push({ path, figure: node });
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => collect(item, `${path}.${label(item, i)}`, out));
  } else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) collect(v, `${path}.${k}`, out);
  }
}

/** Every figure in the catalog with a dotted path, e.g. 'accelerators.nvidia-h100-sxm.flops.bf16-dense'. */
export function catalogFigures(): Array<{ path: string; figure: Figure }> {
  const out: Array<{ path: string; figure: Figure }> = [];
  collect(ACCELERATORS, 'accelerators', out);
  collect(SYSTEMS, 'systems', out);
  collect(INTERCONNECTS, 'interconnects', out);
  collect(SCALE_UP_VS_SCALE_OUT, 'scaleUpVsScaleOut', out);
  collect(MODELS, 'models', out);
  collect(CONSTANTS, 'constants', out);
  return out;
}

/**
 * Validates user-defined accelerators (already parsed from JSON/YAML) and merges them with the
 * built-ins: same id replaces the built-in (unless options.allowOverrides is false), new ids are
 * appended. Invalid entries are dropped and reported with the JSON path of the bad field.
 * Use createCatalogIndex({ accelerators, systems: SYSTEMS, models: MODELS }) to resolve their aliases.
 */
export function mergeUserHardware(
  entries: unknown,
  options: MergeOptions = {},
): { accelerators: Accelerator[]; errors: UserHardwareError[] } {
  return mergeAccelerators(ACCELERATORS, entries, options);
}
