// `roofline-notes hardware [ID]`: the catalog as text, every figure with its source.
import { ACCELERATORS, SYSTEMS, INTERCONNECTS, MODELS, resolveHardware, resolveModel, getAccelerator, getSystem } from '../core/catalog/index.js';
import type { Accelerator, Figure, FlopsFigure, BandwidthFigure, System, ModelArchitecture } from '../core/catalog/types.js';
import { formatQuantity } from '../core/quantities.js';

function figureLine(label: string, f: Figure | undefined, extra = ''): string[] {
  if (!f) return [];
  const unit = f.unit === 'count' || f.unit === 'param' || f.unit === 'die' ? '' : f.unit;
  const value = unit ? formatQuantity(f.value, unit) : f.value.toLocaleString('en-US');
  const conf = f.confidence !== 'high' ? ` [${f.confidence} confidence]` : '';
  const gib = f.gib ? ` (${f.gib} GiB)` : '';
  return [`  ${label.padEnd(22)} ${value}${gib}${extra}${conf}`, `  ${''.padEnd(22)} source: ${f.source}`];
}

function flopsLines(flops: FlopsFigure[]): string[] {
  return flops.flatMap((f) => figureLine(`${f.precision.toUpperCase()} ${f.sparsity}${f.workload ? ` (${f.workload})` : ''}`, f));
}

function bwExtra(f: BandwidthFigure | undefined): string {
  return f ? ` ${f.direction}` : '';
}

/** "also quoted as 9.6 Tb/s": a bandwidth figure its vendor also gives in bits, with that page. */
function bitsLines(f: BandwidthFigure | undefined): string[] {
  if (!f?.bits) return [];
  const v = f.bits.value;
  const [n, prefix] = v >= 1e12 ? [v / 1e12, 'T'] : [v / 1e9, 'G'];
  return [`  ${''.padEnd(22)} also quoted as ${Number(n.toPrecision(4))} ${prefix}b/s`, `  ${''.padEnd(22)} source: ${f.bits.source}`];
}

export function formatAccelerator(a: Accelerator): string {
  return [
    `${a.name}  [${a.id}]  ${a.vendor}${a.memoryType ? `, ${a.memoryType}` : ''}`,
    a.aliases.length ? `  aliases: ${a.aliases.join(', ')}` : '',
    ...figureLine('HBM capacity', a.hbmCapacity),
    ...figureLine('HBM bandwidth', a.hbmBandwidth),
    ...flopsLines(a.flops),
    ...figureLine(`scale-up${a.scaleUpLink ? ` (${a.scaleUpLink})` : ''}`, a.scaleUpBandwidth, bwExtra(a.scaleUpBandwidth)),
    ...bitsLines(a.scaleUpBandwidth),
    ...figureLine(`scale-out${a.scaleOutNic ? ` (${a.scaleOutNic})` : ''}`, a.scaleOutBandwidth, bwExtra(a.scaleOutBandwidth)),
    ...figureLine('TDP', a.tdp),
  ]
    .filter(Boolean)
    .join('\n');
}

export function formatSystem(s: System): string {
  return [
    `${s.name}  [${s.id}]  ${s.gpusPerDomain} × ${getAccelerator(s.accelerator)?.name ?? s.accelerator} per scale-up domain, ${s.totalAccelerators} in total`,
    `  ${''.padEnd(22)} source: ${s.sizeSource}`,
    ...figureLine('total HBM', s.totalHbm),
    ...figureLine('total HBM bandwidth', s.totalHbmBandwidth),
    ...figureLine('total scale-up', s.totalScaleUpBandwidth, bwExtra(s.totalScaleUpBandwidth)),
    ...flopsLines(s.flops),
    ...figureLine('power', s.power),
    ...figureLine('scale-out per GPU', s.scaleOutPerGpu, bwExtra(s.scaleOutPerGpu)),
  ].join('\n');
}

export function formatModel(m: ModelArchitecture): string {
  return [
    `${m.name}  [${m.id}]  ${m.attention}`,
    ...figureLine('total params', m.totalParams),
    ...figureLine('active params', m.activeParams),
    ...figureLine('layers', m.layers),
    ...figureLine('KV heads', m.kvHeads),
    ...figureLine('head dim', m.headDim),
    ...figureLine('KV bytes/token (BF16)', m.kvBytesPerTokenBf16),
  ].join('\n');
}

/** The whole catalog, or one entry by id or alias; undefined if the id is unknown. */
export function formatHardware(id?: string): string | undefined {
  if (id) {
    const ref = resolveHardware(id);
    if (ref?.kind === 'accelerator') return formatAccelerator(getAccelerator(ref.id)!);
    if (ref?.kind === 'system') return formatSystem(getSystem(ref.id)!);
    const model = resolveModel(id);
    if (model) return formatModel(model);
    return undefined;
  }
  const parts = [
    '# Accelerators (FLOP/s dense unless marked sparse; bandwidth direction as stated)',
    ...ACCELERATORS.map(formatAccelerator),
    '# Systems',
    ...SYSTEMS.map(formatSystem),
    '# Interconnects',
    ...INTERCONNECTS.map((i) => [`${i.name}  [${i.id}]  ${i.kind}`, ...figureLine('per direction', i.perDirection), ...figureLine('bidirectional', i.bidirectional), ...bitsLines(i.bidirectional), ...bitsLines(i.perDirection)].join('\n')),
    '# Model architectures',
    ...MODELS.map(formatModel),
  ];
  return parts.join('\n\n');
}
