// Verdicts. Three routes, tried in this order:
//  (c) arithmetic inside the statement ("192 GB at 8 TB/s → 24 ms"),
//  (a) a spec lookup for a named chip or system ("H100 SXM: 989 TFLOPS dense BF16"),
//  (b) a roofline-model quantity ("141 GB drains in 10 ms").
// Anything else is `unverifiable`, with the reason.
import type { Claim, ClaimKind, Evaluation, NoteContext, Precision, Quantity } from './types.js';
import type { Accelerator, BandwidthFigure, Figure, FlopsFigure, Interconnect, Mention, ModelArchitecture, System } from './catalog/types.js';
import type { MarkdownStructure } from './markdown.js';
import { BARE_RACK, cellContext, gpusNeededCue, pricePerSecond, PRECISION_NAME, type DetectedClaim } from './claims.js';
import { findMentions, getAccelerator, getModel, getSystem, peakFlops, resolveHardware, CONSTANTS, INTERCONNECTS, MODELS, SCALE_UP_VS_SCALE_OUT, SYSTEMS } from './catalog/index.js';
import * as model from './roofline.js';
import { detach, isJsSpace, withoutTexMath } from './text.js';
import { parseQuantities } from './quantities.js';
import { fmt, type Derived } from './roofline.js';

/** Relative tolerances by hedge: a bare spec is tight, "about" is loose. */
export interface Tolerances {
  exact: number;
  approx: number;
  /** Slack on bounds ("over 100x") before a bound counts as violated. */
  bound: number;
}

export const DEFAULT_TOLERANCES: Tolerances = { exact: 0.05, approx: 0.25, bound: 0.05 };

/** Used for roofline quantities when neither the statement, its section nor the note names a chip. */
export const BUILTIN_DEFAULT_HARDWARE = 'nvidia-h100-sxm';

export interface VerifyOptions {
  /** Catalog id or alias for claims that name no chip (CLI --hardware, setting rooflineNotes.defaultHardware). */
  defaultHardware?: string;
  tolerances?: Partial<Tolerances>;
  userAccelerators?: Accelerator[];
}

interface Ctx {
  claim: DetectedClaim;
  text: string;
  /** ctx.text with what is read off it once per statement. */
  line: Line;
  /** The claim's section heading. */
  section: Part | undefined;
  /** The headings the section is nested under. */
  outerSection?: Part;
  /** The note's masked prose (absolute offsets). */
  prose: string;
  lower: string;
  tolerances: Tolerances;
  acc?: AccChoice;
  sys?: System;
  arch?: ModelArchitecture;
  precision: Precision;
  precisionStated: boolean;
  sparsity: 'dense' | 'sparse' | undefined;
  /** The chip for model routes when none is named; none when the claim is about uncatalogued hardware. */
  fallbackAcc: AccChoice | undefined;
  /** The chip was named in the statement, table or heading (not only frontmatter or a default). */
  accNamed: boolean;
  /** The system is the chip's rack, from words ("per rack", "the rack"), not named. */
  rackWords?: boolean;
  /** The model was named in the statement, paragraph, outline or heading (not only the frontmatter's). */
  archNamed: boolean;
  /** isOperand, once asked. */
  operand?: boolean;
  /** chipCountIn's answer, once asked (null: none). */
  chipCount?: number | null;
  /** The uncatalogued hardware the claim is about, if any ("Trn2 UltraServer"). */
  offCatalog?: string;
}

type Outcome = { evaluation: Evaluation; kind: ClaimKind; key: string | null; subject?: string };

export function evaluateClaims(
  detected: DetectedClaim[],
  text: string,
  structure: MarkdownStructure,
  context: NoteContext,
  options: VerifyOptions,
): Claim[] {
  const tolerances = { ...DEFAULT_TOLERANCES, ...options.tolerances };
  const parts = partsFor(options.userAccelerators);
  const defaults = resolveDefaults(options);
  // Claims of one statement share one copy of its text and one reading of its prose line.
  let lastStatement: DetectedClaim['statement'] | undefined;
  let lastStatementText = '';
  let statementLine: Line | undefined;
  // Consecutive claims mostly share their section, and a table row's cells their row label.
  let lastSection: Part | undefined;
  let lastRowLabel: Part | undefined;
  let lastHeader: Part | undefined;
  let lastOuter: Part | undefined;
  // Statements with figures that name no chip and carry none: in a note whose frontmatter names one, they are its.
  let unanchored: Set<number> | undefined;
  if (context.hardware) {
    unanchored = new Set();
    for (const d of detected) if (!d.carried?.hardware && !d.mentions.some((m) => m.kind !== 'model' && m.kind !== 'otherModel')) unanchored.add(d.statement.span.start);
  }
  return detected.map((d) => {
    if (d.statement !== lastStatement) {
      lastStatement = d.statement;
      lastStatementText = detach(collapse(text, d.statement.span.start, d.statement.span.end));
      statementLine = undefined;
    }
    const section = d.section ? (lastSection = parts.get(d.section, lastSection)) : undefined;
    const cell = cellContext(text, d.statement, d.quantity);
    let line: Line;
    if (cell) {
      lastRowLabel = parts.get(cell.rowLabel, lastRowLabel);
      lastHeader = parts.get(cell.header, lastHeader);
      line = cellLine(cell, lastRowLabel, lastHeader);
    }
    else line = statementLine ??= proseLine(structure.prose, d.statement.span.start, d.statement.span.end);
    const outer = d.outerSections ? (lastOuter = parts.get(d.outerSections, lastOuter)) : undefined;
    const outcome = evaluateOne(d, line, structure.prose, section, context, options, defaults, tolerances, outer, unanchored);
    const claim: Claim = {
      quantity: d.quantity,
      subject: outcome.subject ?? d.subject,
      statement: lastStatementText,
      statementSpan: d.statement.span,
      section: d.section,
      speaker: d.speaker,
      kind: outcome.kind,
      evaluation: outcome.evaluation,
      key: outcome.key,
    };
    if (d.suspicion) claim.suspicion = d.suspicion;
    return claim;
  });
}

/**
 * A short string that recurs across claims and notes (a section heading, a table header or row label)
 * with what is read off it, each worked out once.
 */
class Part {
  readonly lower: string;
  private found: Mention[] | undefined;
  private precision: Precision | null | undefined;
  private sparsity: 'dense' | 'sparse' | null | undefined;
  private kv: boolean | undefined;

  constructor(
    /** Detached: a cached part never keeps its note alive. */
    readonly text: string,
    private readonly userAccelerators: Accelerator[] | undefined,
  ) {
    this.lower = text.toLowerCase();
  }

  mentions(): Mention[] {
    return (this.found ??= findMentions(this.text, this.userAccelerators));
  }

  statedPrecision(): Precision | undefined {
    if (this.precision === undefined) this.precision = precisionIn(this.lower) ?? null;
    return this.precision ?? undefined;
  }

  statedSparsity(): 'dense' | 'sparse' | undefined {
    if (this.sparsity === undefined) this.sparsity = sparsityIn(this.lower) ?? null;
    return this.sparsity ?? undefined;
  }

  hasKv(): boolean {
    return (this.kv ??= KW.kv.test(this.lower));
  }
}

/** Parts by text, for one set of user accelerators (they change what a name means); cleared when full. */
class Parts {
  private readonly byText = new Map<string, Part>();
  constructor(private readonly userAccelerators: Accelerator[] | undefined) {}

  /** The part for `s`; `recent` (if it is the one) saves hashing a freshly sliced string. */
  get(s: string, recent?: Part): Part {
    if (recent !== undefined && recent.text === s) return recent;
    let part = this.byText.get(s);
    if (part === undefined) {
      if (this.byText.size >= 20_000) this.byText.clear();
      part = new Part(detach(s), this.userAccelerators);
      this.byText.set(part.text, part);
    }
    return part;
  }
}

const BUILTIN_PARTS = new Parts(undefined);
const USER_PARTS = new WeakMap<Accelerator[], Parts>();

function partsFor(userAccelerators: Accelerator[] | undefined): Parts {
  // No user accelerators reads names exactly as an empty list does (catalog/index.ts).
  if (!userAccelerators || userAccelerators.length === 0) return BUILTIN_PARTS;
  let parts = USER_PARTS.get(userAccelerators);
  if (!parts) USER_PARTS.set(userAccelerators, (parts = new Parts(userAccelerators)));
  return parts;
}

type Cell = NonNullable<ReturnType<typeof cellContext>>;

/**
 * The text a claim is read in (its statement's prose, or "row label | header | cell" for a table cell)
 * with what is worked out from it once however many claims share it.
 */
class Line {
  /** Keywords tested (KW_BIT bits) and, of those, found. */
  private keywordsRead = 0;
  private keywordsFound = 0;
  private precisionRead = false;
  private precision: Precision | undefined;
  private sparsityRead = false;
  private sparsity: 'dense' | 'sparse' | undefined;
  private interconnects: InterconnectHit[] | undefined;
  private scaleUp: number[] | undefined;
  private scaleOut: number[] | undefined;

  constructor(
    readonly text: string,
    readonly lower: string,
    /** For a table cell: the cell, its row label and its column header. */
    readonly cell?: { lower: string; rowLabel: Part; header: Part },
  ) {}

  has(keyword: Keyword): boolean {
    const bit = KW_BIT[keyword];
    if ((this.keywordsRead & bit) === 0) {
      this.keywordsRead |= bit;
      // A "$" of TeX math ("$2 \\times 405 \\times 10^9$ bytes") is no dollar.
      const text = keyword === 'market' && this.lower.includes('$') && (this.lower.includes('\\') || this.lower.includes('^') || this.lower.includes('$$')) ? withoutTexMath(this.lower) : this.lower;
      if (KW[keyword].test(text)) this.keywordsFound |= bit;
    }
    return (this.keywordsFound & bit) !== 0;
  }

  statedPrecision(): Precision | undefined {
    if (!this.precisionRead) {
      // A precision name never spans " | ": the cell's is the row label's, else the header's, else its own.
      const cell = this.cell;
      // Else bytes per weight written out ("× 1 byte", "2 bytes per param") say it.
      this.precision = (cell ? (cell.rowLabel.statedPrecision() ?? cell.header.statedPrecision() ?? precisionIn(cell.lower)) : precisionIn(this.lower)) ?? bytesPerParamPrecision(this.lower);
      this.precisionRead = true;
    }
    return this.precision;
  }

  statedSparsity(): 'dense' | 'sparse' | undefined {
    if (!this.sparsityRead) {
      const cell = this.cell;
      if (cell) {
        // Neither pattern spans " | ": sparse if any part says so, else dense if any part does.
        const parts = [cell.rowLabel.statedSparsity(), cell.header.statedSparsity(), sparsityIn(cell.lower)];
        this.sparsity = parts.includes('sparse') ? 'sparse' : parts.includes('dense') ? 'dense' : undefined;
      } else this.sparsity = sparsityIn(this.lower);
      this.sparsityRead = true;
    }
    return this.sparsity;
  }

  interconnectHits(): InterconnectHit[] {
    return (this.interconnects ??= interconnectHits(this.text, this.lower));
  }

  scaleUpSpans(): number[] {
    return (this.scaleUp ??= matchSpans(this.lower, SCALE_UP_ALL));
  }

  scaleOutSpans(): number[] {
    return (this.scaleOut ??= matchSpans(this.lower, SCALE_OUT_ALL));
  }
}

function proseLine(prose: string, start: number, end: number): Line {
  const text = prose.slice(start, end);
  return new Line(text, text.toLowerCase());
}

function cellLine(cell: Cell, rowLabel: Part, header: Part): Line {
  // A table cell: its column header and its row label are its context, not the other cells.
  // " | " breaks any case context, so lowering the parts (headers and labels repeat) equals lowering the whole.
  const lower = cell.cell.toLowerCase();
  return new Line(`${cell.rowLabel} | ${cell.header} | ${cell.cell}`, `${rowLabel.lower} | ${header.lower} | ${lower}`, { lower, rowLabel, header });
}

function firstOfKind(mentions: Mention[], kind: Mention['kind']): Mention | undefined {
  for (const m of mentions) if (m.kind === kind) return m;
  return undefined;
}

/** Which accelerator a claim is read against, and why. Shared: one object per (accelerator, reason). */
interface AccChoice {
  acc: Accelerator;
  /** Why this chip, as a kind ('system': the accelerator of a named system) and as text. */
  reason: Why;
  why: string;
  /** The assumption it adds to a verdict: "hardware: NAME (WHY)". */
  hardware: string;
}

type Why = 'table' | 'statement' | 'earlier' | 'outline' | 'footnote' | 'section' | 'system' | 'frontmatter' | 'default' | 'builtin';

function whyText(why: Why, detail: string): string {
  switch (why) {
    case 'table':
      return `named in the table ("${detail}")`;
    case 'statement':
      return `named in the statement ("${detail}")`;
    case 'earlier':
      return `named earlier in the paragraph ("${detail}")`;
    case 'footnote':
      return `named in the sentence the footnote annotates ("${detail}")`;
    case 'outline':
      return `named in the list item it is nested under ("${detail}")`;
    case 'section':
      return `named in the section heading ("${detail}")`;
    case 'system':
      return `the accelerator of ${detail}`;
    case 'frontmatter':
      return "the note's frontmatter `hardware:`";
    case 'default':
      return 'the default hardware (--hardware / rooflineNotes.defaultHardware)';
    case 'builtin':
      return 'no chip named; the built-in default (set `hardware:` in frontmatter)';
  }
}

const ACC_CHOICES = new WeakMap<Accelerator, Map<Why, Map<string, AccChoice>>>();

/** `detail` is the name as written (table, statement, section) or the system's name; '' for the others. */
function accChoice(acc: Accelerator | undefined, why: Why, detail: string): AccChoice {
  // Should the catalog ever miss an id, build the choice uncached (reading `hardware` then fails as it always did).
  if (acc === undefined) {
    const text = whyText(why, detail);
    const missing = acc as unknown as Accelerator;
    return {
      acc: missing,
      reason: why,
      why: text,
      get hardware() {
        return `hardware: ${missing.name} (${text})`;
      },
    };
  }
  let byWhy = ACC_CHOICES.get(acc);
  if (byWhy === undefined) ACC_CHOICES.set(acc, (byWhy = new Map()));
  let byDetail = byWhy.get(why);
  if (byDetail === undefined) byWhy.set(why, (byDetail = new Map()));
  let choice = byDetail.get(detail);
  if (choice === undefined) {
    if (byDetail.size >= 1000) byDetail.clear();
    const text = detach(whyText(why, detail));
    choice = { acc, reason: why, why: text, hardware: `hardware: ${acc.name} (${text})` };
    byDetail.set(detach(detail), choice);
  }
  return choice;
}

interface Defaults {
  acc?: Accelerator;
}

function resolveDefaults(options: VerifyOptions): Defaults {
  const ref = options.defaultHardware ? resolveHardware(options.defaultHardware, options.userAccelerators) : undefined;
  if (!ref) return {};
  return { acc: ref.kind === 'accelerator' ? getAccelerator(ref.id, options.userAccelerators) : getAccelerator(getSystem(ref.id)!.accelerator, options.userAccelerators) };
}

/** "The full superpod delivers 42.5 exaflops" in an Ironwood note: a bare "pod" is the chip's pod. */
function podOf(acc: Accelerator, clause: string): System | undefined {
  if (!/\b(?:super)?pods?\b/.test(clause)) return undefined;
  return SYSTEMS.find((x) => x.accelerator === acc.id && /pod/i.test(x.id));
}

/**
 * "B200 FP8 dense is 2.25x H100 (4.5 vs 1.98 PF)", "Trillium is 4.7x v5e (918 vs 197 TFLOPS)": the second figure of a
 * "(A vs B)" after a comparison is the compared chip's, the last one named before the parenthesis.
 */
function secondOfPair(figure: { start: number }, prose: string, mentions: readonly Mention[]): Mention | undefined {
  // (Looked for near the figure only: most figures have no parenthesis before them in the whole note.)
  const from = Math.max(0, figure.start - 40);
  const near = prose.slice(from, figure.start).lastIndexOf('(');
  const open = near < 0 ? -1 : from + near;
  if (open < 0 || !/^\(\s{0,2}[~≈]?\s{0,2}\d[\d.,]*\s{0,2}[^\s()]{0,8}\s{1,2}(?:vs\.?|versus)\s{1,2}[~≈]?\s{0,2}$/i.test(prose.slice(open, figure.start))) return undefined;
  let last: Mention | undefined;
  for (const m of mentions) if (m.kind !== 'model' && m.kind !== 'otherModel' && m.span.end <= open) last = m;
  // (Only after a comparison of two chips: the pair's first figure is the first chip's.)
  return last && mentions.some((m) => m !== last && m.kind !== 'model' && m.kind !== 'otherModel' && m.span.end <= last!.span.start && m.id !== last!.id) ? last : undefined;
}

/** "the SXM part", "the PCIe version": another form factor of the chip just named, right before its figure or right after. */
const SIBLING_SKU_BEFORE = /\b(?:the|its)\s{1,2}(sxm\d?|pcie|nvl)\s{1,2}(?:version|part|variant|model|one|card|sku)\s{0,2}(?:is|has|does|draws|gets|offers|runs at|at|:|,)?\s{0,2}(?:~|about\s|roughly\s)?$/i;
const SIBLING_SKU_AFTER = /^\s{0,2}(?:on|for|in|of|with)\s{1,2}(?:the|its)\s{1,2}(sxm\d?|pcie|nvl)\s{1,2}(?:version|part|variant|model|one|card|sku)\b/i;

/**
 * "H100 PCIe is 2 TB/s, versus 3.35 TB/s on the SXM part", "The H100 PCIe is 350 W while the SXM version is 700 W":
 * a figure given for another form factor of the chosen chip is that sibling's.
 */
function siblingSkuNamed(chosen: Mention | undefined, prose: string, statement: { start: number; end: number }, figure: { start: number; end: number }, users: Accelerator[] | undefined): Mention | undefined {
  if (chosen?.kind !== 'accelerator' || chosen.span.start > figure.start) return chosen;
  const m = SIBLING_SKU_BEFORE.exec(prose.slice(Math.max(statement.start, chosen.span.end, figure.start - 48), figure.start)) ?? SIBLING_SKU_AFTER.exec(prose.slice(figure.end, Math.min(statement.end, figure.end + 40)));
  if (!m) return chosen;
  const form = m[1]!.toUpperCase();
  if (chosen.raw.toUpperCase().includes(form)) return chosen;
  const base = chosen.raw.replace(/['’]s$/, '').replace(/\s{0,2}\b(?:sxm\d?|pcie|nvl)\b.*$/i, '').trim();
  const sibling = findMentions(`${base} ${form}`, users)[0];
  return sibling && sibling.id !== chosen.id && (sibling.kind === 'accelerator' || sibling.kind === 'otherHardware') ? { ...chosen, id: sibling.id, kind: sibling.kind } : chosen;
}

/**
 * "The GB300 variant in the NVL72 rack": a rack named by its size alone is the rack of that size of the chip the
 * statement names (GB300 NVL72), when the catalog has one; "NVL72" alone is the GB200's.
 */
function withChipOfBareRack(chosen: Mention | undefined, mentions: readonly Mention[]): Mention | undefined {
  if (chosen?.kind !== 'system' || !/^nvl\d{2,3}(?:['’]?s)?$/i.test(chosen.raw.trim())) return chosen;
  const chip = mentions.find((m) => m.kind === 'accelerator');
  if (!chip) return chosen;
  const rack = rackOf(chip.id, getSystem(chosen.id)?.gpusPerDomain);
  return rack ? { ...chosen, id: rack.id } : chosen;
}

/**
 * "The GH200's H100 has 96 GB": a catalogued chip named as a part of hardware the catalog lacks is that hardware's
 * version of it (the GH200 carries 96 or 144 GB), not the catalogued part.
 */
function withHostOfPart(chosen: Mention | undefined, mentions: readonly Mention[], prose: string): Mention | undefined {
  if (chosen?.kind !== 'accelerator') return chosen;
  const host = mentions.find((m) => m.kind === 'otherHardware' && m.span.end <= chosen.span.start && chosen.span.start - m.span.end <= 8 && /^(?:['’]s?\s{1,2}|\s{1,2}(?:with\s{1,2})?)$/.test(prose.slice(m.span.end, chosen.span.start)) && (/['’]/.test(prose.slice(m.span.end, m.span.end + 1)) || /['’]s?$/.test(m.raw)));
  return host ?? chosen;
}

const NODE_AFTER_CHIP = /^(?:['’]s?)?[\s-]{0,2}(?:nodes?|servers?|box(?:es)?|baseboards?)\b/i;

/**
 * "2 B200 boxes", "four H100 nodes": a count before a chip's name and a plural system noun after it counts the chip's
 * 8-GPU systems, not its chips ("an 8×H200 node" and "an 8 H200 node" count the chips in one).
 */
function countsChipSystems(prose: string, chip: Mention): number | undefined {
  if (!/^(?:['’]s?)?[\s-]{0,2}(?:nodes|servers|boxes|baseboards)\b/i.test(prose.slice(chip.span.end, chip.span.end + 14))) return undefined;
  const before = prose.slice(Math.max(0, chip.span.start - 16), chip.span.start);
  const digits = /(?:^|[^\d.,×x*])(\d{1,3}(?:,\d{3})*|\d{1,6})\s{1,2}$/.exec(before);
  const n = digits ? Number(digits[1]!.replace(/,/g, '')) : WORD_COUNTS[/\b(two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)\s{1,2}$/i.exec(before)?.[1]?.toLowerCase() ?? ''];
  return n !== undefined && n > 1 ? n : undefined;
}

/** "2 B200 boxes", "four H100 nodes": the chip's 8-GPU system, when the count before the chip counts them. */
function countedNodes(d: DetectedClaim, prose: string, acc: Ctx['acc'], accMention: Mention | undefined, cell: unknown): System | undefined {
  if (!acc || !accMention || cell || d.mentions.some((m) => m.kind === 'system') || !NODE_AFTER_CHIP.test(prose.slice(accMention.span.end, accMention.span.end + 14))) return undefined;
  return countsChipSystems(prose, accMention) !== undefined ? nodeOf(acc.acc.id) : undefined;
}

/** The 8-GPU system built from a chip (its DGX or HGX), if the catalog has one. */
function nodeOf(chip: string): System | undefined {
  return SYSTEMS.find((x) => x.accelerator === chip && x.gpusPerDomain === 8 && !/nvl|pod/i.test(x.id));
}

/** The rack of `size` GPUs built from a chip (any rack-scale size when undefined): a B300 note's "NVL72" is the GB300 NVL72 (the HGX part's rack sibling). */
function rackOf(chip: string, size: number | undefined): System | undefined {
  const id = RACK_SIBLING[chip] ?? chip;
  return SYSTEMS.find((x) => x.accelerator === id && (size === undefined ? x.gpusPerDomain >= 32 && x.singleScaleUpDomain && !/pod/i.test(x.id) : x.gpusPerDomain === size));
}

const GENERATION_NAME = /^\s*blackwell(?:\s+ultra)?(?:\s+gpus?)?(?:['’]s)?\s*$/i;

/** The rack chip a generation name means where the statement or its heading is about racks, or undefined. */
function rackScaleChip(generation: Mention, mentions: readonly Mention[], lower: string, prose: string, heading: readonly Mention[] | undefined): string | undefined {
  const hw = (list: readonly Mention[] | undefined) =>
    list?.map((m) => (m.kind === 'system' ? getSystem(m.id)?.accelerator : m.kind === 'accelerator' ? m.id : undefined)).find((id) => id === 'nvidia-gb200-per-gpu' || id === 'nvidia-gb300-per-gpu');
  // ("Blackwell Ultra" is only ever the GB300's; a chip named after "than" or "vs" is the other side.)
  const ultra = /ultra/i.test(generation.raw);
  const own = (list: readonly Mention[] | undefined, inProse: boolean) => {
    const id = hw(inProse ? list?.filter((m) => !COMPARED_AS_BEFORE.test(prose.slice(Math.max(0, m.span.start - 16), m.span.start))) : list);
    return id && (!ultra || id === 'nvidia-gb300-per-gpu') ? id : undefined;
  };
  const named = own(mentions, true) ?? own(heading, false);
  if (named) return named;
  if (!/\b(?:nvl\d{2,3}|racks?|grace|superchips?)\b/.test(lower)) return undefined;
  return RACK_SIBLING[generation.id];
}

/**
 * The one chip the headings above a section name ("# MI300X for kernel people" › "## Roofline"), as the chip for
 * roofline quantities that name none (a drain time, a ridge point); never for a spec lookup. None when the section's
 * own heading names hardware, or the outer ones name two ("# TPU v5p vs MI355X").
 */
function outerChip(outerSection: Part | undefined, section: Part | undefined, users: Accelerator[] | undefined): Ctx['acc'] {
  if (!outerSection || section?.mentions().some((m) => m.kind !== 'model' && m.kind !== 'otherModel')) return undefined;
  const ids = new Set<string>();
  let raw = '';
  for (const m of outerSection.mentions()) {
    if (m.kind === 'model' || m.kind === 'otherModel') continue;
    if (m.kind === 'otherHardware') return undefined;
    ids.add(m.kind === 'system' ? (getSystem(m.id)?.accelerator ?? m.id) : m.id);
    raw ||= m.raw;
  }
  const only = ids.size === 1 ? getAccelerator([...ids][0]!, users) : undefined;
  return only ? accChoice(only, 'section', raw) : undefined;
}

const RACK_SIBLING: Record<string, string> = { 'nvidia-b200': 'nvidia-gb200-per-gpu', 'nvidia-b300': 'nvidia-gb300-per-gpu' };

/** "the former" or "the latter" in the figure's clause, before it; the nearest one wins. */
function formerOrLatter(prose: string, start: number, at: number): 'former' | 'latter' | undefined {
  const before = prose.slice(start, at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(', ') >= 0 && /\b(?:former|latter)\b/i.test(before.slice(before.lastIndexOf(', '))) ? before.lastIndexOf(', ') : -1) + 1);
  const m = /\b(former|latter)\b(?![\s\S]*\b(?:former|latter)\b)/i.exec(clause);
  return m ? (m[1]!.toLowerCase() as 'former' | 'latter') : undefined;
}

/** A precision, sparsity or direction right after a figure: what makes it the chip's own figure of another kind. */
const OWN_VARIANT_AFTER = /^\s{0,2}(?:of\s{1,2})?(?:\(?\s{0,2})(dense|sparse|with sparsity|fp\d{1,2}|bf16|fp16|tf32|int\d|nvfp4|mxfp\d|per[- ]direction|each way|one way|bidirectional|both ways|uni-?directional|in each direction)\b/i;

/** "8 TB/s vs 3.35 TB/s": the figure right after "vs" and the one right before it are the same kind of figure, under 10× apart. */
function versusSameKind(d: DetectedClaim, prose: string): boolean {
  const q = d.quantity;
  const prev = d.siblings.filter((x) => x !== q && x.span.end <= q.span.start).pop();
  if (!prev || prev.unit !== q.unit || prev.per !== q.per || !(prev.value > 0) || !(q.value > 0)) return false;
  // (Not the chip's own figure in another precision, sparsity or direction: "989 TFLOPS dense vs 1,979 TFLOPS sparse",
  // "4.5 PFLOPS FP8 vs 9 PFLOPS FP4".)
  // ("4.5 PFLOPS FP8 vs 1.98 PFLOPS FP8" is another chip's, in the same precision.)
  const own = OWN_VARIANT_AFTER.exec(prose.slice(q.span.end, q.span.end + 32))?.[1]?.toLowerCase();
  const prevOwn = OWN_VARIANT_AFTER.exec(prose.slice(prev.span.end, prev.span.end + 32))?.[1]?.toLowerCase();
  if ((q.qualifiers?.precision && q.qualifiers.precision !== prev.qualifiers?.precision) || (q.qualifiers?.sparsity && q.qualifiers.sparsity !== prev.qualifiers?.sparsity) || (own && own !== prevOwn)) return false;
  const ratio = q.value / prev.value;
  // (Words about the first figure may come between: "4.5 PFLOPS of dense FP8 vs 1.98 PFLOPS".)
  return ratio > 0.1 && ratio < 10 && ratio !== 1 && /^(?:\s{1,2}(?:of\s{1,2})?[a-z][\w-]{0,15}){0,3}\s{0,2},?\s{0,2}(?:vs\.?|versus)\s{1,2}(?:~|≈|about\s{1,2}|roughly\s{1,2}|only\s{1,2}|just\s{1,2})?$/i.test(prose.slice(prev.span.end, q.span.start));
}

/** The hardware and models named in the table cell that holds the claim (not in the rest of the row). */
function cellMentions(d: DetectedClaim): Mention[] {
  const cells = d.statement.cells;
  if (!cells || d.mentions.length === 0) return NO_MENTIONS;
  const q = d.quantity;
  const c = cells.find((x) => q.span.start >= x.start && q.span.start <= x.end);
  return c ? d.mentions.filter((m) => m.span.start >= c.start && m.span.end <= c.end) : NO_MENTIONS;
}
const NO_MENTIONS: Mention[] = [];

function evaluateOne(
  d: DetectedClaim,
  line: Line,
  prose: string,
  section: Part | undefined,
  context: NoteContext,
  options: VerifyOptions,
  defaults: Defaults,
  tolerances: Tolerances,
  outerSection?: Part,
  unanchored?: ReadonlySet<number>,
): Outcome {
  const cell = line.cell;
  const q = d.quantity;
  const users = options.userAccelerators;
  let accMention: Mention | undefined;
  let sysMention: Mention | undefined;
  let modelMention: Mention | undefined;
  // Hardware or a model named here that the catalog has no figures for: never judged against another.
  let otherHardware: Mention | undefined;
  let otherModel: Mention | undefined;
  let accFromEarlier = false;
  let modelFromEarlier = false;
  let comparedOnly: Mention | undefined;
  if (cell) {
    // The first of each kind named in the cell itself ("H100 (80 GB)"), else the column header, else the row label.
    const header = cell.header.mentions();
    const rowLabel = cell.rowLabel.mentions();
    const own = cellMentions(d);
    accMention = firstOfKind(own, 'accelerator') ?? (firstOfKind(own, 'system') ? undefined : firstOfKind(header, 'accelerator') ?? firstOfKind(rowLabel, 'accelerator'));
    sysMention = firstOfKind(own, 'system') ?? (accMention && own.includes(accMention) ? undefined : firstOfKind(header, 'system') ?? firstOfKind(rowLabel, 'system'));
    modelMention = firstOfKind(header, 'model') ?? firstOfKind(rowLabel, 'model');
    if (!accMention && !sysMention) otherHardware = firstOfKind(header, 'otherHardware') ?? firstOfKind(rowLabel, 'otherHardware');
    if (!modelMention) otherModel = firstOfKind(header, 'otherModel') ?? firstOfKind(rowLabel, 'otherModel');
    // "| KV cache per token | 320 KB | Llama 3.1 70B, BF16 |": a figure per token, which only a model sizes, takes the
    // model another cell of its row names.
    if (!modelMention && !otherModel && (q.unit === 'B/token' || (q.unit === 'B' && line.has('kv')))) {
      modelMention = firstOfKind(d.mentions, 'model');
      if (!modelMention) otherModel = firstOfKind(d.mentions, 'otherModel');
    }
  } else {
    // The chip or system named closest before the claim (else the first after) is what it is about; the same for the model.
    let hwBefore: Mention | undefined;
    let hwFirst: Mention | undefined;
    let modelBefore: Mention | undefined;
    let modelFirst: Mention | undefined;
    // An uncatalogued name the user's hardware file defines is that accelerator.
    const mentions = users?.length ? d.mentions.map((m) => (m.kind === 'otherHardware' ? asUserHardware(m, users) : m)) : d.mentions;
    for (const m of mentions) {
      const before = m.span.start <= q.span.start;
      if (m.kind === 'model' || m.kind === 'otherModel') {
        // ("A100: 2.04 TB/s → 8B BF16 ≈ 128 tok/s; Llama 3.1 70B INT4 ≈ 58 tok/s": a model named after the figure,
        // past a semicolon, is the next clause's, not this figure's.)
        if (!before && prose.slice(q.span.end, m.span.start).includes(';')) continue;
        modelFirst ??= m;
        if (before) modelBefore = m;
      } else {
        hwFirst ??= m;
        // ("MI325X: same compute as the MI300X, 256 GB": a chip named as the other side of a comparison is not what
        // the figures after it are of, when the statement named another before it.)
        // (Its own figure right after it still is: "50% more than B200's 192 GB".)
        // ("The B200 is 2x H100 in FP8 at 4.5 PFLOPS": the chip a multiple is of is the other side, unless the figure
        // is its own, "2x the H100's 2 PFLOPS".)
        const multipleOf = hwBefore && MULTIPLE_OF_BEFORE.test(prose.slice(Math.max(0, m.span.start - 28), m.span.start)) && !/^['’]s?\b/.test(prose.slice(m.span.end, m.span.end + 2)) && !/['’]s?$/.test(m.raw);
        // ("MI355X beats the B200 with 288 GB", "Ironwood more than doubles v5p's HBM bandwidth to 7.37 TB/s": the chip a
        // comparative verb sets the subject against is not what the figure after "with" or "to" is of.)
        const comparedByVerb = hwBefore && before && COMPARATIVE_VERB.test(prose.slice(hwBefore.span.end, m.span.start)) && FIGURE_OF_SUBJECT_AFTER.test(prose.slice(m.span.end, q.span.start));
        // ("The H800 has the same 989 TFLOPS as an H100 but NVLink cut to 400 GB/s", "The H800 keeps the H100's 80 GB but
        // its NVLink is 400 GB/s": after "but", the figure is the subject's again.)
        // ("The H100 SXM is about 2x the L40S's 362 TFLOPS … at 989 TFLOPS": a possessive owns the figure right after it;
        // a second figure of that kind further on is the subject's again.)
        // ("The H20 keeps the H100's 80 GB... no, it has 96 GB": "it" after a break, past another chip's own figure.)
        const possessive = /['’]s?$/.test(m.raw) || /^['’]s?\b/.test(prose.slice(m.span.end, m.span.end + 2));
        const backToSubject =
          hwBefore &&
          (/\bbut\s{1,2}its\b/i.test(prose.slice(m.span.end, q.span.start)) ||
            (possessive && d.siblings.some((x) => x !== q && x.unit === q.unit && x.span.start >= m.span.end && x.span.end <= q.span.start)) ||
            (possessive && /\d[^,;:.…—–]{0,24}(?:[,;:—–…]|\.{2,3})\s{0,3}(?:(?:no|nope|actually|well|wait|sorry|correction)[,!:]?\s{1,3}){0,2}(?:it|it['’]s|its)\s(?:[^.;]|\.(?=\d)){0,40}$/i.test(prose.slice(m.span.end, q.span.start))));
        if (before && !multipleOf && !comparedByVerb && !backToSubject && !(hwBefore && COMPARED_AS_BEFORE.test(prose.slice(Math.max(0, m.span.start - 16), m.span.start)) && /[,;:—–]|\bbut\b/.test(prose.slice(m.span.end, q.span.start)))) hwBefore = m;
      }
    }
    // "up from 192 GB on B200": a chip named right after the figure, joined by "on", "for" or "in", is its own.
    // ("10 PFLOPS dense on GB200": qualifiers may come between.)
    const hwRightAfter = mentions.find((m) => m.kind !== 'model' && m.kind !== 'otherModel' && m.span.start >= q.span.end && m.span.start - q.span.end <= 28 && /^\s{0,2}(?:(?:dense|sparse|fp\d{1,2}|bf16|tf32|int\d|nvfp4|mxfp\d)\s{1,2}){0,2}(?:on|for|in|of|is|was)\s{1,2}(?:the\s{1,2}|an?\s{1,2})?$/i.test(prose.slice(q.span.end, m.span.start)));
    // Else, in a sentence that points back, what an earlier one of the paragraph named ("The MI300X has 192 GB.
    // Its bandwidth is 8 TB/s, 1.67× the H100's 4.8 TB/s": the 8 TB/s is the MI300X's, the 4.8 the H100's).
    // ("- The air-cooled MI350X runs at 1,000 W. - FP8 is 5 PFLOPS. - Someone insisted it was 20 PF": a statement in
    // between with figures of the frontmatter's chip ends what "it" can point back to.)
    const carriedFar = d.carried?.hardware && unanchored?.size && d.carried.spans?.some((sp) => sp.start > d.carried!.hardware!.span.end && unanchored.has(sp.start));
    const carried = carriedFar ? undefined : d.carried?.hardware;
    const carriedHw = carried && users?.length && carried.kind === 'otherHardware' ? asUserHardware(carried, users) : carried;
    // (In an outline the item's own names come first: the parent item only stands in for what the item leaves out.)
    // "4.8 TB/s versus 3.35 on the H100": a chip named only after a comparison that follows the figure is the other
    // side's, not the figure's (nor does the default chip stand in).
    // ("up to 1,000 W (the MI300X was 750 W)": a chip in an aside after the figure, with a figure of its own, is too.)
    const firstIsCompared =
      hwFirst !== undefined &&
      hwFirst.span.start >= q.span.end &&
      (COMPARED_AFTER_FIGURE.test(prose.slice(q.span.end, hwFirst.span.start)) ||
        // ("3.7 TB/s is about 70% of the MI300X's 5.3 TB/s" under "## Intel Gaudi 3": a share of another chip's figure,
        // when the heading names other hardware.)
        (/\d\s?%\s{1,2}of\s{1,2}(?:the\s{1,2}|an?\s{1,2})?$/i.test(prose.slice(q.span.end, hwFirst.span.start)) &&
          !!section?.mentions().some((m) => m.kind !== 'model' && m.kind !== 'otherModel' && m.id !== hwFirst.id)) ||
        // ("roughly 3.5x Trillium": a multiple's chip right after it is what it is a multiple of.)
        (q.kind === 'multiplier' && hwFirst.span.start - q.span.end <= 2 && /(?:\b(?:is|are|was|were|be|roughly|about|around|nearly|almost|than)|[,;(—–])\s{0,2}(?:~\s{0,2})?$/i.test(prose.slice(Math.max(0, q.span.start - 16), q.span.start))) ||
        (opensParenthesis(prose, q.span.end, hwFirst.span.start) && /^[^()]{0,40}?\d[^()]{0,40}\)/.test(prose.slice(hwFirst.span.end, hwFirst.span.end + 90))));
    // (Outline items and footnotes name their own first; what they hang from stands in for what they leave out.)
    const ownFirst = d.carried?.nested || d.carried?.footnote;
    // (A chip after the figure past a semicolon is another clause's: "Bandwidth is 8 TB/s; the H100 has 3.35 TB/s".)
    const ownAfter = firstIsCompared || (hwFirst !== undefined && hwFirst.span.start >= q.span.end && prose.slice(q.span.end, hwFirst.span.start).includes(';')) ? undefined : hwFirst;
    // "the latter's is about 295 FLOP/byte": the second of the last two named, "the former" the first.
    const pointer = d.pairs ? formerOrLatter(prose, d.statement.span.start, q.span.start) : undefined;
    const pointed = pointer && d.pairs?.hardware ? d.pairs.hardware[pointer === 'latter' ? 1 : 0] : undefined;
    // ("Gaudi 3 has 128 GB. Intel pitched it against the H100: 1,835 TFLOPS": the chip a statement that points back
    // sets against another is the one it points back to.)
    // (Not the compared chip's own figure: "higher than the H100's 3.35 TB/s".)
    const ownPossessive = hwBefore !== undefined && /^['’]s?\s{1,2}(?:~|about\s|roughly\s)?$/.test(prose.slice(hwBefore.span.end, q.span.start)) || (hwBefore !== undefined && /['’]s$/.test(hwBefore.raw) && /^\s{1,2}(?:~|about\s|roughly\s)?$/.test(prose.slice(hwBefore.span.end, q.span.start)));
    const beforeIsCompared = hwBefore !== undefined && !ownPossessive && carriedHw !== undefined && carriedHw.id !== hwBefore.id && !mentions.some((m) => m !== hwBefore && m.kind !== 'model' && m.kind !== 'otherModel' && m.span.end <= hwBefore!.span.start) && COMPARED_OR_AGAINST_BEFORE.test(prose.slice(Math.max(0, hwBefore.span.start - 16), hwBefore.span.start));
    // ("ICI doubled vs v5e to 800 GB/s" under "## Trillium": the only chip named is the one compared with; the figure
    // after "to" is the section's chip's, or no chip's.)
    const onlyCompared = hwBefore !== undefined && !beforeIsCompared && !ownPossessive && !pointed && !hwRightAfter && !mentions.some((m) => m !== hwBefore && m.kind !== 'model' && m.kind !== 'otherModel') && COMPARED_OR_AGAINST_BEFORE.test(prose.slice(Math.max(0, hwBefore.span.start - 16), hwBefore.span.start)) && FIGURE_OF_SUBJECT_AFTER.test(prose.slice(hwBefore.span.end, q.span.start)) && !/['’]s?$/.test(hwBefore.raw) && !/^['’]|\d/.test(prose.slice(hwBefore.span.end, q.span.start));
    // "The H200 has 141 GB, vs 80 GB and 3.35 TB/s on the H100", "the H100 is 80 GB, versus 192 GB for us": a figure
    // right after "vs" is the other side of the comparison: the chip named after it in its clause, or none.
    // (Not when two chips come before it: "H200 vs H100: 141 GB vs 80 GB" pairs them in order.)
    let versus = hwBefore !== undefined && !mentions.some((m) => m !== hwBefore && m.kind !== 'model' && m.kind !== 'otherModel' && m.span.start < q.span.start && m.id !== hwBefore!.id) && VERSUS_BEFORE.test(prose.slice(Math.max(hwBefore.span.end, q.span.start - 24), q.span.start))
      ? { after: mentions.find((m) => m.kind !== 'model' && m.kind !== 'otherModel' && m.span.start >= q.span.end && m.span.start - q.span.end <= 60 && !/;|[.!?](?:\s|$)/.test(prose.slice(q.span.end, m.span.start))) }
      : undefined;
    // ("Compared with the H100, the H200 has 141 GB vs 80 GB": the only other chip, named as what is compared with, is
    // the other side, when none is named after.)
    if (!versus && hwBefore !== undefined && VERSUS_BEFORE.test(prose.slice(Math.max(hwBefore.span.end, q.span.start - 24), q.span.start))) {
      const others = mentions.filter((m) => m !== hwBefore && m.kind !== 'model' && m.kind !== 'otherModel' && m.span.start < q.span.start && m.id !== hwBefore!.id);
      const compared = others.length === 1 && others[0]!.span.end <= hwBefore.span.start && COMPARED_OR_AGAINST_BEFORE.test(prose.slice(Math.max(0, others[0]!.span.start - 24), others[0]!.span.start)) ? others[0] : undefined;
      const namedAfter = mentions.some((m) => m.kind !== 'model' && m.kind !== 'otherModel' && m.span.start >= q.span.end && m.span.start - q.span.end <= 60 && !/;|[.!?](?:\s|$)/.test(prose.slice(q.span.end, m.span.start)));
      if (compared && !namedAfter && versusSameKind(d, prose)) versus = { after: compared };
    }
    // (Only where the clause says what the other side is: "(1.8 TB/s vs 100 GB/s)" on one chip sets two of its
    // figures against each other.)
    // ("… versus 192 GB for us": the writer's own side, with no name.)
    // ("The B200 has 8 TB/s vs 3.35 TB/s": a figure of the same kind set right against the chip's, within a
    // generation's step of it, is the other side's, named or not; 18× apart, "1.8 TB/s vs 100 GB/s" are two of its links.)
    if (versus && !versus.after && !/^\s{1,2}(?:for|on|in|with|at)\s{1,2}(?:us|them|ours|theirs|mine|yours)\b/i.test(prose.slice(q.span.end, q.span.end + 16)) && !versusSameKind(d, prose)) versus = undefined;
    const pair = secondOfPair(q.span, prose, mentions);
    const rest = siblingSkuNamed(withHostOfPart(withChipOfBareRack(pointed ?? hwRightAfter ?? respectively(d, mentions, prose) ?? (beforeIsCompared || onlyCompared ? (carriedHw?.id !== hwBefore?.id ? carriedHw : undefined) : hwBefore) ?? (onlyCompared ? undefined : ownFirst ? (ownAfter ?? carriedHw) : (carriedHw ?? (firstIsCompared ? undefined : hwFirst))), mentions), mentions, prose), prose, d.statement.span, q.span, users);
    // (Still the sibling a form factor names: "H100 PCIe is 2 TB/s, versus 3.35 TB/s on the SXM part".)
    const chosen = pair ?? (versus ? (versus.after ?? (rest && rest.id !== hwBefore?.id ? rest : undefined)) : rest);
    if (!chosen && versus) comparedOnly = hwBefore;
    if (!chosen && firstIsCompared && !versus) comparedOnly = hwFirst;
    if (!chosen && onlyCompared) comparedOnly = hwBefore;
    const earlier = chosen !== undefined && chosen === carriedHw;
    accMention = chosen?.kind === 'accelerator' ? chosen : undefined;
    accFromEarlier = earlier;
    sysMention = chosen?.kind === 'system' ? chosen : undefined;
    otherHardware = chosen?.kind === 'otherHardware' ? chosen : undefined;
    const chosenModel = (pointer && d.pairs?.model ? d.pairs.model[pointer === 'latter' ? 1 : 0] : undefined) ?? modelBefore ?? modelFirst ?? d.carried?.model;
    modelFromEarlier = chosenModel !== undefined && chosenModel === d.carried?.model;
    modelMention = chosenModel?.kind === 'model' ? chosenModel : undefined;
    otherModel = chosenModel?.kind === 'otherModel' ? chosenModel : undefined;
  }
  const sectionMentions = section && !accMention && !sysMention && !otherHardware ? section.mentions() : undefined;
  // (A heading that names no model takes the one of the headings it is under: "# DeepSeek-V3 serving" › "## Memory".)
  const outerModel = () => (outerSection && !section?.mentions().some((m) => m.kind === 'model' || m.kind === 'otherModel') ? firstOfKind(outerSection.mentions(), 'model') : undefined);
  const sectionAcc = sectionMentions ? firstOfKind(sectionMentions, 'accelerator') : undefined;
  // A system a heading names ("## GB200 NVL72") is what the statements under it that name nothing are about.
  if (sectionMentions && !sectionAcc && !comparedOnly) sysMention = firstOfKind(sectionMentions, 'system');
  if (sectionMentions && !sectionAcc && !sysMention) otherHardware = firstOfKind(sectionMentions, 'otherHardware');
  // A model the section heading names ("# DeepSeek-V3", "## Llama 3.1 405B") when the statement names none.
  let modelFromSection = false;
  if (section && !modelMention && !otherModel) {
    const mentions = sectionMentions ?? section.mentions();
    modelMention = firstOfKind(mentions, 'model') ?? (outerSection && !firstOfKind(mentions, 'otherModel') ? outerModel() : undefined);
    modelFromSection = !!modelMention;
    if (!modelMention) otherModel = firstOfKind(mentions, 'otherModel');
  }

  // A bare "NVL72" whose statement names no chip: the rack of the chip named before it in the section, in the
  // section's heading, or in the frontmatter ("Rubin …. The NVL72 rack delivers 3.6 EF" is no GB200 NVL72).
  if (sysMention && BARE_RACK.test(sysMention.raw) && !d.mentions.some((m) => m.kind === 'accelerator')) {
    const heading = section?.mentions();
    const headingHw = heading ? (firstOfKind(heading, 'accelerator') ?? heading.find((m) => m.kind === 'system' && !BARE_RACK.test(m.raw))) : undefined;
    const chip = d.rackChip ?? (headingHw?.kind === 'system' ? getSystem(headingHw.id)?.accelerator : headingHw?.id) ?? (context.hardware ? (getSystem(context.hardware)?.accelerator ?? context.hardware) : undefined);
    const rack = chip ? rackOf(chip, getSystem(sysMention.id)?.gpusPerDomain) : undefined;
    if (rack && rack.id !== sysMention.id) sysMention = { ...sysMention, id: rack.id };
  }
  // "72 Blackwell GPUs … per rack", "GB300 NVL72 … Blackwell shipments": a generation named in a rack-scale context
  // is the rack's chip (GB200, GB300), not the HGX B200 or B300 the bare name stands for.
  if (accMention && GENERATION_NAME.test(accMention.raw)) {
    const rackChip = rackScaleChip(accMention, d.mentions, line.lower, prose, section?.mentions());
    // (The statement's own mention of that chip, when it has one: "A GB200 Superchip (2 Blackwell GPUs) has 372 GB".)
    if (rackChip) accMention = d.mentions.find((m) => m.kind === 'accelerator' && m.id === rackChip) ?? { ...accMention, id: rackChip };
  }
  let acc: Ctx['acc'];
  if (accMention) acc = accChoice(getAccelerator(accMention.id, users), cell ? 'table' : accFromEarlier ? (d.carried?.nested ? 'outline' : d.carried?.footnote ? 'footnote' : 'earlier') : 'statement', accMention.raw);
  else if (sysMention) {
    const sys = getSystem(sysMention.id)!;
    const a = getAccelerator(sys.accelerator, users);
    if (a) acc = accChoice(a, 'system', sys.name);
  } else if (sectionAcc) acc = accChoice(getAccelerator(sectionAcc.id, users), 'section', sectionAcc.raw);
  else if (context.hardware && !otherHardware) {
    const a = getAccelerator(context.hardware, users) ?? (getSystem(context.hardware) ? getAccelerator(getSystem(context.hardware)!.accelerator, users) : undefined);
    if (a) acc = accChoice(a, 'frontmatter', '');
  }
  let fallbackAcc: Ctx['fallbackAcc'];
  if (acc) fallbackAcc = acc;
  else if (comparedOnly && outerSection) {
    // "## Per chip" under "# Ironwood at Cloud Next": "192 GB per chip, which is 6x Trillium's 32 GB" is the
    // heading's chip's, the one compared being the other side.
    const outer = outerChip(outerSection, section, users);
    if (outer && outer.acc.id !== comparedOnly.id && !(comparedOnly.kind === 'system' && getSystem(comparedOnly.id)?.accelerator === outer.acc.id)) fallbackAcc = acc = outer;
  } else if (otherHardware || comparedOnly) fallbackAcc = undefined;
  else if (outerSection && (fallbackAcc = outerChip(outerSection, section, users))) {
    // (Set: the chip of the headings above.)
  } else if (defaults.acc) fallbackAcc = acc = accChoice(defaults.acc, 'default', '');
  else fallbackAcc = accChoice(getAccelerator(BUILTIN_DEFAULT_HARDWARE), 'builtin', '');

  // "FP4 dense is 9 PFLOPS, 18 PFLOPS with sparsity", "FP8 1,979 TFLOPS; FP16 989": when a statement
  // names two sparsities or precisions, the figure's own clause says which is its.
  let sparsity = q.qualifiers?.sparsity ?? line.statedSparsity();
  let stated = q.qualifiers?.precision ?? line.statedPrecision();
  if (!cell && (sparsity !== undefined || stated !== undefined) && (!q.qualifiers?.sparsity || !q.qualifiers?.precision)) {
    const mixedSparsity = sparsity !== undefined && !q.qualifiers?.sparsity && namesBothSparsities(line.lower);
    const mixedPrecision = stated !== undefined && !q.qualifiers?.precision && hasTwoPrecisions(line.lower);
    if (mixedSparsity || mixedPrecision) {
      // (A list item may hold several sentences: "BF16 weights: 16 GB. 8-bit: 8 GB.")
      const around = clauseAround(prose, d.statement.span.start, d.statement.span.end, q.span);
      const at = q.span.start - clauseStart(prose, d.statement.span.start, q.span);
      // (A parenthesis after the figure about another figure says nothing of this one's: "FP8 dense peak is 1,979 TFLOPS
      // (3,958 TFLOPS with sparsity)" is dense.)
      const clause = sentenceOf(withoutOtherAsides(around, at, at + q.span.end - q.span.start), at).toLowerCase();
      // (Else the one last named before the figure: "dense BF16, 989 TFLOPS; the sparse figure is 1,979 TFLOPS".)
      // (Its own part first, an aside set apart: "dense figure is 4.5 PFLOPS (confused with the sparse value)".)
      if (mixedSparsity) sparsity = sparsityIn(figurePart(prose, d.statement.span, q.span)) ?? sparsityIn(clause) ?? sparsityLastBefore(prose.slice(d.statement.span.start, q.span.start).toLowerCase()) ?? sparsity;
      // The precision nearest the figure: "for FP8/BF16: MI355X BF16 is 2.5 PFLOPS" is the BF16 figure.
      if (mixedPrecision) stated = precisionNearest(around.toLowerCase(), sentenceStartOf(around, at), at, at + q.span.end - q.span.start) ?? stated;
    }
  }
  // A statement that goes on from earlier ones, or an outline item, takes the precision they name when it takes
  // their chip or model ("Llama 3.1 70B in FP8 = 70 GB" › "a decode step on one H200 is ≥ 14.6 ms").
  if (stated === undefined && d.carried?.spans && (accFromEarlier || modelFromEarlier)) {
    for (const span of d.carried.spans) if ((stated = precisionIn(prose.slice(span.start, span.end).toLowerCase()))) break;
  }
  // So does one under a heading whose chip or model it takes ("# vLLM on 8×H200, Llama 3.1 405B FP8").
  if (stated === undefined && section && (modelFromSection || (!accMention && !sysMention && sectionAcc))) stated = section.statedPrecision();
  // And one that names no model after a sentence of its paragraph that names the model it is about, and a precision
  // ("For Llama 3.1 70B FP8 on one H100, batch 1 is 47 tok/s. At batch 64 the step still reads 70.6 GB of weights").
  if (stated === undefined && !modelMention && !otherModel && d.precisionBefore?.model) {
    const about = modelFromSection ? undefined : d.precisionBefore.model.kind === 'model' && context.model === d.precisionBefore.model.id ? d.precisionBefore.model : undefined;
    if (about) stated = precisionIn(prose.slice(d.precisionBefore.span.start, d.precisionBefore.span.end).toLowerCase());
  }
  const rackByWords = acc && !sysMention && (line.has('rack') || q.per === 'rack' || /\/rack$/.test(q.unit)) ? rackOf(acc.acc.id, undefined) : undefined;
  // "An H200 node has 1,128 GB", "a 1.128 TB H200 node": a chip's node is its 8-GPU system (cell text has no spans;
  // "an 8×H200 node" counts its chips, and the count's arithmetic says the same).
  const nodeByWords = acc && !sysMention && !rackByWords && !cell && accMention && !d.mentions.some((m) => m.kind === 'system') && NODE_AFTER_CHIP.test(prose.slice(accMention.span.end, accMention.span.end + 14)) && !/\d\s{0,2}[×x]?\s{0,2}$/.test(prose.slice(Math.max(0, accMention.span.start - 6), accMention.span.start)) ? nodeOf(acc.acc.id) : undefined;
  // ("70B BF16 with TP=4 on H100 gives 24 tok/s" under `model: Llama 3.1 8B`: the size counted names the family's 70B.)
  const frontModel = !modelMention && !otherModel && context.model ? getModel(context.model) : undefined;
  const familyArch = frontModel && (countsOtherParams(d, q, frontModel) || isOtherSize(q, frontModel)) ? sizeOfFamily(d, q, frontModel) : undefined;
  const ctx: Ctx = {
    claim: d,
    text: line.text,
    line,
    section,
    outerSection,
    prose,
    lower: line.lower,
    tolerances,
    acc,
    sys: sysMention ? getSystem(sysMention.id) : acc && line.lower.includes('pod') ? podOf(acc.acc, clauseAround(prose, d.statement.span.start, d.statement.span.end, q.span).toLowerCase()) : (rackByWords ?? nodeByWords),
    rackWords: !sysMention && (rackByWords ?? nodeByWords) !== undefined,
    arch: modelMention ? getModel(modelMention.id) : familyArch ?? (context.model && !otherModel && !countsOtherParams(d, q, getModel(context.model)) ? getModel(context.model) : undefined),
    archNamed: !!modelMention || !!familyArch,
    precision: stated ?? context.precision ?? 'bf16',
    precisionStated: stated !== undefined,
    sparsity,
    fallbackAcc,
    accNamed: !!(accMention || sysMention || sectionAcc),
    offCatalog: otherHardware?.id,
  };
  // "2 B200 boxes at 14.3 kW each": the chip's 8-GPU systems, counted before its name.
  if (!ctx.sys && !sysMention) {
    const counted = countedNodes(d, prose, acc, accMention, cell);
    if (counted) {
      ctx.sys = counted;
      ctx.rackWords = true;
    }
  }

  // "vs ~2.5 MB per token if it used plain MHA": what would be, under another design, is not what the model checks.
  if (line.lower.includes('if ') || line.lower.includes('without') || /plain|vanilla|naive/.test(line.lower)) {
    const clause = clauseAround(prose, d.statement.span.start, d.statement.span.end, q.span).toLowerCase();
    if (HYPOTHETICAL.test(clause)) return unverifiable(ctx, 'market', 'a hypothetical (another design or setup than the one named): the model checks what is, not what would be');
  }
  // "(dense ~5 PF? no — 10 PF dense FP4 per AMD)", "Would a 2 TB/s MI300X beat an H100?": a figure the writer asks about is no claim.
  if (isAskedAbout(prose, q.span.end, d.statement.span.end) || isQuestion(prose, d.statement.span, q)) return unverifiable(ctx, 'market', 'a question: the note asks about this figure, it does not claim it');
  // "Not 700 W: the B200 is 1,000 W", "I wrote 3.35 TB/s for the H200 — wrong": a figure the note takes back.
  const retracted = retraction(prose, d.statement.span, q);
  if (retracted) return unverifiable(ctx, 'market', retracted);
  if (d.correctedNext) return unverifiable(ctx, 'market', 'corrected in the next sentence: the note takes this figure back');
  // "n = 8, S = 140 GB, B = 450 GB/s → 2 × 7/8 × 140 GB / 450 GB/s": a value given to a one-letter variable is an input
  // to the arithmetic, not a claim about the hardware (the scanner reads no figure at all in a bare "K = 1024").
  if (VARIABLE_GIVEN.test(prose.slice(Math.max(d.statement.span.start, q.span.start - 40), q.span.start))) return unverifiable(ctx, 'market', 'a value given to a variable: an input to the arithmetic, not a claim about the hardware');
  // The arithmetic written before a result comes first; a catalog or model check next; arithmetic written after
  // the result ("288 GB; that is 8 × 36 GB") only where those could not check it.
  // (Systems told as chips first: "≈ 6,667 racks ≈ 480,000 GPUs" is 6,667 × 72, not the arithmetic before it.)
  let outcome = systemBoxPower(ctx) ?? (q.kind === 'count' ? (systemsAsChips(ctx) ?? sequencesThatFit(ctx)) : undefined) ?? arithmeticBefore(ctx) ?? conceptRoute(ctx);
  // "TP=4 on H100s: 4 × 3.35 = 13.4 TB/s": bare numbers multiplied, the result's unit written on it, are the arithmetic
  // where the catalog reads one chip's figure (a fleet's total, "8 × 4.8 = 38.4 TB/s" of eight H200s, stays checked).
  // (Also over a model reading that named no chip of its own: "Llama 3.1 70B at Q4 is about 40 GB, so the ceiling is
  // 800 / 40 ≈ 20 tok/s" computes its own ceiling; the default chip in BF16 is none the note wrote.)
  const onDefaults = outcome?.kind === 'roofline' && !ctx.accNamed && !ctx.precisionStated;
  // ("37 GB in FP8 over 8 TB/s is ~4.6 ms, so ~216 tok/s" with no chip named: the bandwidth the statement gives, not the
  // default chip's, is what the decode rate is over.)
  if (outcome?.kind === 'roofline' && outcome.evaluation.verdict === 'inconsistent' && !ctx.accNamed) {
    const stated = decodeAtStatedBandwidth(ctx);
    if (stated?.evaluation.verdict === 'consistent') outcome = stated;
  }
  if (!outcome || outcome.evaluation.verdict === 'unverifiable' || (outcome.kind === 'spec' && outcome.evaluation.verdict === 'inconsistent') || onDefaults) outcome = bareEquation(ctx, outcome?.kind === 'spec' ? (outcome.evaluation.modelValue ?? undefined) : undefined) ?? outcome;
  // "… ~11 ms per step, so about 90 tokens/s for one stream": a reading of the figures before it that misses, with no
  // "=" written, yields to the model when the model checks it ("so" may start a new thought, not an equation).
  if (outcome?.kind === 'arithmetic' && outcome.evaluation.verdict === 'inconsistent' && outcome.evaluation.assumptions.includes('inputs as stated in the same statement') && !writtenEquation(ctx)) {
    // (Else the stated bandwidth over the model's weights: "Trainium2: 96 GiB at 2.9 TB/s → Llama 70B FP8 ≈ 41 tok/s"
    // is not 2.9 TB/s ÷ 96 GiB.)
    const readings = [conceptRoute(ctx), decodeAtStatedBandwidth(ctx)];
    // (Both wrong: the nearer reading explains the miss better than a product no one wrote, "810 GB × over 8".)
    const modelled = readings.find((o) => o?.evaluation.verdict === 'consistent') ?? (readings[0]?.evaluation.verdict === 'inconsistent' && nearerRatio(readings[0].evaluation.ratio, outcome.evaluation.ratio) ? readings[0] : undefined);
    if (modelled) outcome = modelled;
  }
  // "The L40S is 48 GB at 864 GB/s, so Llama 3 8B in BF16 decodes at ~54 tokens/s": with a chip the catalog lacks, the
  // bandwidth the statement gives still makes the roofline.
  if (!outcome || outcome.evaluation.verdict === 'unverifiable') outcome = decodeAtStatedBandwidth(ctx) ?? outcome;
  // "Llama 3.1 8B: 32 layers × 8 KV heads × 128 × 2 bytes = 64 KB per token": arithmetic that holds but is not the named
  // model's KV cache (it leaves out K and V's factor 2) is still wrong about the model.
  // (The KV may be said by the heading the statement is under: "## KV cache per token" › "Llama 3.1 70B: 2 × 64 × …".)
  // (Or by a heading further up: "# KV cache sizing cheat sheet" › "## Worked examples" › "- … = 256 KiB per token".)
  if (outcome?.kind === 'arithmetic' && outcome.evaluation.verdict === 'consistent' && ctx.archNamed && (/\bkv\b/.test(ctx.lower) || ((!!ctx.section?.hasKv() || (!!outerSection?.hasKv() && q.value < 1e8)) && /\/token$/.test(q.unit)))) {
    const modelled = conceptRoute(ctx);
    if (modelled?.evaluation.verdict === 'inconsistent' && modelled.key?.startsWith('kv-')) {
      modelled.evaluation = { ...modelled.evaluation, reason: `${modelled.evaluation.reason}; the arithmetic written holds (${outcome.evaluation.derivation.join('; ')}), but it is not what the model's architecture gives` };
      outcome = modelled;
    }
  }
  // "Mixtral 8x7B weights in BF16 = 8 × 7B × 2 bytes = 112 GB": arithmetic that holds, on a parameter count that is not
  // the named model's (its experts share attention: 46.7B, not 8 × 7B), is still wrong about the model's weights.
  if (outcome?.kind === 'arithmetic' && outcome.evaluation.verdict === 'consistent' && ctx.archNamed && ctx.arch && q.unit === 'B' && paramsOtherThanModel(ctx, ctx.arch)) {
    const modelled = conceptRoute(ctx);
    if (modelled?.evaluation.verdict === 'inconsistent' && modelled.key?.startsWith('weight-bytes:')) {
      modelled.evaluation = { ...modelled.evaluation, reason: `${modelled.evaluation.reason}; the arithmetic written holds (${outcome.evaluation.derivation.join('; ')}), but its parameter count is not ${ctx.arch.name}'s` };
      outcome = modelled;
    }
  }
  // "NeuronLink-v3 as 1.28 Tb/s per chip, i.e. 160 GB/s": a conversion that holds of a figure whose bits should have
  // been bytes carries the slip; the catalog's figure eight times it is what the result is judged against.
  if (outcome?.kind === 'arithmetic' && outcome.evaluation.verdict === 'consistent' && outcome.evaluation.assumptions.includes('the same quantity written in other units')) {
    const modelled = conceptRoute(ctx);
    const ratio = modelled?.evaluation.ratio;
    // (Not a node's figure, nor one the statement's own count explains: "8 × 400 Gb/s ConnectX-7 = 3.2 Tb/s, i.e. 400 GB/s
    // per node" is eight NICs, no bits-for-bytes slip.)
    const countExplains = ratio != null && (/(?:^|\/)(?:node|server|box|host|rack|system)s?$/i.test(q.per ?? '') || ctx.claim.siblings.some((x) => x !== q && (x.kind === 'count' || x.kind === 'multiplier') && withinRatio(Math.max(ratio, 1 / ratio) / x.value, ctx.tolerances.exact)));
    if (modelled?.kind === 'spec' && modelled.evaluation.verdict === 'inconsistent' && ratio != null && !countExplains && [8, 1 / 8].some((slip) => withinRatio(ratio / slip, ctx.tolerances.exact))) {
      modelled.evaluation = { ...modelled.evaluation, reason: `${modelled.evaluation.reason}; the conversion written holds (${outcome.evaluation.derivation.join('; ')}), but of a figure off by the bits-to-bytes factor` };
      outcome = modelled;
    }
  }
  // "405 GB; on one 8×H100 node (640 GB) that leaves ~235 GB": memory left is HBM less the weights, whatever figures
  // the sentence wrote before it (the "8×" of "8×H100" counts chips; it multiplies no weights).
  if (outcome?.kind === 'arithmetic' && outcome.evaluation.verdict === 'inconsistent' && q.unit === 'B' && ctx.arch && ctx.acc && isMemoryLeft(ctx)) {
    const left = memoryLeft(ctx);
    if (left.evaluation.verdict === 'consistent') outcome = left;
  }
  if (!outcome || outcome.evaluation.verdict === 'unverifiable') outcome = arithmeticAfter(ctx) ?? outcome;
  outcome ??= market(ctx);
  // The chip the verdict leaned on, named or not.
  const chip = acc ?? fallbackAcc;
  // "## Intel Gaudi 3" › "PCIe card: 600 W": a form factor the statement names, of a chip named elsewhere as another
  // form, is a variant the verdict would not be about.
  if (outcome.evaluation.verdict === 'inconsistent' && chip && chip.reason !== 'statement' && chip.reason !== 'table') {
    const form = FORM_FACTOR.exec(clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span));
    if (form && !chip.acc.name.toLowerCase().includes(form[1]!.toLowerCase()) && !chip.acc.aliases.some((a) => a.toLowerCase().includes(form[1]!.toLowerCase()))) {
      return unverifiable(ctx, 'spec', `about the ${form[0].trim()}, another form of ${chip.acc.name} (${chip.why}): name it in the statement ("${chip.acc.aliases[0] ?? chip.acc.name} ${form[1]}")`);
    }
  }
  // "lower than the 80 GB part", "same silicon as the 80GB": a capacity that names a memory variant claims nothing of it.
  if (outcome.evaluation.verdict === 'inconsistent' && q.unit === 'B' && namesVariant(ctx)) return unverifiable(ctx, 'spec', `"the ${q.raw.trim()}" names a memory variant; it states no figure of it`);
  // "The A100 has 1,555 GB/s on the 40GB SKU": a figure of a memory variant the catalog does not hold (it holds the
  // A100 80GB), not a wrong figure for the catalogued one.
  if (outcome.evaluation.verdict === 'inconsistent' && chip?.acc.hbmCapacity) {
    const variant = VARIANT_SKU.exec(clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span));
    if (variant && !withinRatio(Number(variant[1]) * 1e9 / chip.acc.hbmCapacity.value, 0.05)) return unverifiable(ctx, 'spec', `"${variant[0].trim()}" names a memory variant of ${chip.acc.name} that the catalog does not hold`);
  }
  // "A V100 has 32 GB": say which chip the catalog lacks, rather than that nothing matched.
  if (otherHardware && outcome.evaluation.reason === NO_MATCH) return unverifiable(ctx, 'spec', `about ${otherHardware.id}, which is not in the catalog: add it to a hardware file to check it`);
  if (comparedOnly && outcome.evaluation.reason === NO_MATCH) return unverifiable(ctx, 'spec', `the statement names ${comparedOnly.raw} only as what this figure is compared with, not what it is of`);
  // A verdict that leaned on the default chip, in a note last about a chip the catalog lacks ("my M3 Max … decode
  // ~7.5 tok/s"): that chip is what it is about, not the default.
  const defaultChip = chip && (chip.reason === 'default' || chip.reason === 'builtin') ? chip : undefined;
  if (d.offCatalogBefore && defaultChip && outcome.evaluation.verdict !== 'unverifiable' && outcome.evaluation.assumptions.some((a) => a.startsWith('hardware:'))) {
    return unverifiable(ctx, 'spec', `about ${d.offCatalogBefore.id} (named earlier in the note), which is not in the catalog: name the chip in the statement, or add it to a hardware file`);
  }
  return outcome;
}

/** Right before a size, a parameter count and its bracket: "an 8B at Q8 (", "the 70B in FP16 (~". */
const MODEL_SIZE_BEFORE = /(?:^|[\s(])\d{1,4}(?:\.\d{1,2})?\s?[BM]\b[^()]{0,20}\(\s{0,2}(?:~|≈|about\s)?\s{0,2}$/;

/** A form factor named as what the figure is of: "PCIe card", "the SXM version", "OAM module". */
const FORM_FACTOR = /\b(pcie|sxm\d?|oam|nvl)\s{1,2}(?:cards?|versions?|parts?|variants?|boards?|modules?|form factor)\b/i;

/** "the 80 GB part", "the 40GB version", "same silicon as the 80GB": the figure is the name of a memory variant. */
function namesVariant(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  const before = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 24), q.span.start);
  if (!/\bthe\s{1,2}$/i.test(before)) return false;
  const after = ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 16));
  return /^[\s-]{0,2}(?:parts?|skus?|variants?|versions?|editions?)\b/i.test(after) || (/\b(?:as|than|vs\.?|versus|like|over|from)\s{1,2}the\s{1,2}$/i.test(before) && /^\s{0,2}(?:[.,;:)!?]|$)/.test(after));
}

/** "on the 40GB SKU", "for the 64 GB variant": the memory variant a figure is of (its capacity in GB). */
const VARIANT_SKU = /\b(?:on|for|of|in|with)\s{1,2}(?:the|our|a|an|their)\s{1,2}(\d{1,4})\s?GB\s{1,2}(?:SKUs?|variants?|versions?|models?|cards?|parts?|editions?)\b/i;

/** Is ratio `a` nearer 1 than `b` (both claimed ÷ model)? */
function nearerRatio(a: number | null | undefined, b: number | null | undefined): boolean {
  return a != null && b != null && a > 0 && b > 0 && Math.abs(Math.log(a)) < Math.abs(Math.log(b));
}

// (A number's multiple only after "is" and the like: "an 8x H200 node" counts H200s.)
/** Between two chips, a verb that sets the first against the second ("beats the", "more than doubles", "improves on"). */
const COMPARATIVE_VERB = /^[^,;.]{0,40}?\b(?:beats?|beating|outperforms?|outpaces?|outclasses?|tops|trails?|trailing|lags|matches|rivals?|upgrades?|improves?\s{1,2}(?:on|over|upon)|doubles?|doubled|triples?|tripled|overtakes?|surpasses?|exceeds?|leapfrogs?|succeeds?|replaces?)\b/i;
/** After the second chip, what introduces the first's figure: "… with 288 GB", "… to 256 GB", "… at 8 TB/s". */
const FIGURE_OF_SUBJECT_AFTER = /^(?:['’]s?)?[^,;.]{0,40}?\b(?:with|to|at|by)\s{1,2}(?:~|about\s|roughly\s|up to\s|nearly\s|almost\s)?$/i;
const COMPARED_OR_AGAINST_BEFORE = /\b(?:against|than|vs\.?|versus|unlike|compared (?:to|with))\s{1,2}(?:the\s{1,2}|an?\s{1,2})?$/i;

const MULTIPLE_OF_BEFORE = /(?:\b(?:double|twice|triple|half)|\b(?:is|are|was|were|be|roughly|about|nearly|almost)\s{1,2}~?\s{0,2}\d(?:\.\d+)?\s?[x×])\s{1,2}(?:the\s{1,2}|an?\s{1,2})?$/i;

/** Right before a figure, what makes it the other side of a comparison: "…, vs 80 GB", "versus about 192 GB". */
const VERSUS_BEFORE = /\b(?:vs\.?|versus)\s{1,2}(?:~|≈|about\s{1,2}|roughly\s{1,2}|only\s{1,2}|just\s{1,2})?$/i;
/** Between a figure and a chip named as the other side of a comparison: "4.8 TB/s versus 3.35 on the H100". */
const COMPARED_AS_BEFORE = /\b(?:as|than|vs\.?|versus|unlike|like|compared (?:to|with)|(?:variant|version|derivative|cut-down|sibling|successor|replacement) (?:of|to|for)|based on|double|twice|triple|half)\s{1,2}(?:the\s{1,2}|an?\s{1,2})?$/i;
const COMPARED_AFTER_FIGURE = /\b(?:vs\.?|versus|compared (?:to|with)|against|than|unlike|instead of)\b|\d\s?(?:x|×|times)\s{1,2}(?:the\b|an?\b|that of\b)|(?:^|[,;(—–]\s{0,2}|\b(?:is|are|was|were|be|roughly|about|nearly|almost|which is)\s{1,2})~?\s{0,2}\d(?:\.\d+)?\s?(?:x|×)\s{1,2}$|\b(?:double|twice|triple|thrice|quadruple|half)\b/i;

/**
 * A figure in a question: its sentence opens with an auxiliary or a question word and ends with the first "?" after
 * the figure ("Would a 2 TB/s MI300X beat an H100? No — …").
 */
function isQuestion(prose: string, span: { start: number; end: number }, q: Quantity): boolean {
  if (!marksOf(prose, span).question) return false;
  // (Searched within the statement only: the note's prose runs on to its end.)
  let mark = q.span.end;
  while (mark < span.end && prose.charCodeAt(mark) !== 0x3f) mark++;
  if (mark >= span.end || /[.!]\s/.test(prose.slice(q.span.end, mark))) return false;
  const head = prose.slice(span.start, q.span.start);
  const from = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  return QUESTION_START.test(from < 0 ? head : head.slice(from + 2));
}

const QUESTION_START = /^\s{0,3}(?:[-*+]\s{1,4})?(?:would|could|should|does|do|did|is|are|was|were|can|will|has|have|how|what|why|which|who)\b/i;

/**
 * Why a figure is taken back, if it is: struck through ("~~H100 has 96 GB~~"), denied right before it ("Not 700 W",
 * "not 1 GB/s"), or followed by "— wrong" in its clause ("I wrote 3.35 TB/s for the H200 — wrong").
 */
function retraction(prose: string, span: { start: number; end: number }, q: Quantity): string | undefined {
  // Cheap tests first: most statements have none of the cues.
  if (marksOf(prose, span).struck) {
    const text = prose.slice(span.start, span.end);
    const at = q.span.start - span.start;
    for (const m of text.matchAll(STRUCK)) if (at >= m.index! && at < m.index! + m[0].length) return 'struck through: the note takes this figure back';
  }
  if (q.hedge === 'exact' && isDenied(prose, span.start, q.span.start)) return 'denied: the note says it is not this figure';
  // "… looks like 18× one ConnectX-7 port, but per direction it is 450 vs 50 GB/s = 9×": how it looks, then what is.
  if (APPEARS_BEFORE.test(prose.slice(Math.max(span.start, q.span.start - 20), q.span.start)) && APPEARS_BUT.test(prose.slice(q.span.end, Math.min(span.end, q.span.end + 120)))) return 'how it looks, set right later in the statement ("…, but …")';
  if (!marksOf(prose, span).wrong) return undefined;
  const after = prose.slice(q.span.end, Math.min(span.end, q.span.end + 40));
  if ((after.includes('wrong') || after.includes('incorrect') || after.includes('typo') || after.includes('mistaken')) && /^[^.;!?]{0,28}?(?:—|–|-|,|;)\s{0,2}(?:wrong|incorrect|a typo|mistaken)\b/i.test(after)) return 'taken back: the note says this figure was wrong';
  // "… 1.9 PFLOPS dense BF16 is a claim you'll see in forum posts, but it's wrong": said of the statement, at its end.
  if (/\b(?:but|and)\s{1,2}(?:it['’]s|it is|that['’]s|that is|this is)\s{1,2}(?:just\s{1,2}|simply\s{1,2})?(?:wrong|incorrect|false|a myth|not true)\s{0,2}[.!]?\s{0,2}$/i.test(prose.slice(q.span.end, span.end))) return 'taken back: the note says this figure is wrong';
  return undefined;
}

const DENIED = /(?:^|[\s(,;:])(?:not|never|isn't|wasn't|no longer)\s{1,2}$/i;
const APPEARS_BEFORE = /\b(?:looks?|looked|seems?|seemed|appears?|appeared)\s{1,2}(?:like\s{1,2}|to\s{1,2}be\s{1,2})?(?:~\s{0,2}|about\s{1,2})?$/i;
/** "…, but it is 9×", "— but per direction it is 9×": the same clause goes on to say what the figure really is. */
const APPEARS_BUT = /^[^.;!?]{0,80}?(?:,|—|–)\s{0,2}but\s{1,2}[^.;!?]{0,60}?\b(?:is|are|it['’]s|really|actually)\b[^.;!?]{0,40}?\d/i;

/** "not 700 W": the word right before the figure denies it (read only when a space and a "t", "r" or "n" end it). */
function isDenied(prose: string, from: number, at: number): boolean {
  let k = at - 1;
  if (k < from || !isJsSpace(prose.charCodeAt(k))) return false;
  while (k > from && isJsSpace(prose.charCodeAt(k - 1))) k--;
  const last = prose.charCodeAt(k - 1) | 0x20;
  if (last !== 0x74 && last !== 0x72) return false; // not, isn't, wasn't / never, no longer
  return DENIED.test(prose.slice(Math.max(from, at - 12), at));
}

const STRUCK = /~~[^~\n]{1,300}~~/g;
const WRONG_WORD = /wrong|incorrect|typo|mistaken/i;
let lastMarks = { prose: '', start: -1, end: -1, question: false, struck: false, wrong: false };

/** Whether a statement has a "?", a "~~" or a word calling something wrong, read once for all its claims (the last statement's answer is kept). */
function marksOf(prose: string, span: { start: number; end: number }): { question: boolean; struck: boolean; wrong: boolean } {
  if (lastMarks.start === span.start && lastMarks.end === span.end && lastMarks.prose === prose) return lastMarks;
  let question = false;
  let struck = false;
  for (let k = span.start; k < span.end; k++) {
    const c = prose.charCodeAt(k);
    if (c === 0x3f) question = true;
    else if (c === 0x7e && prose.charCodeAt(k + 1) === 0x7e) struck = true;
  }
  const wrong = WRONG_WORD.test(prose.slice(span.start, span.end));
  lastMarks = { prose, start: span.start, end: span.end, question, struck, wrong };
  return lastMarks;
}

/** Is the figure ending at `end` followed by a question mark ("~5 PF?", "10 ms ?"), within its statement? */
function isAskedAbout(prose: string, end: number, limit: number): boolean {
  let k = end;
  while (k < limit && (prose.charCodeAt(k) === 0x20 || prose.charCodeAt(k) === 0x29)) k++;
  return k < limit ? prose.charCodeAt(k) === 0x3f : prose.charCodeAt(limit) === 0x3f && k === limit;
}

/**
 * "H200 vs H100: 141 GB vs 80 GB": two chips named, then two figures of one unit side by side, paired in order.
 * The chip the figure's place gives, or undefined.
 */
function respectively(d: DetectedClaim, mentions: readonly Mention[], prose: string): Mention | undefined {
  const q = d.quantity;
  const pair = d.siblings.filter((x) => x.unit === q.unit && x.kind === q.kind);
  if (pair.length !== 2) return undefined;
  const [first, second] = pair as [Quantity, Quantity];
  if (!/^\s{0,2}(?:vs\.?|versus|and|or|\/|,)\s{0,2}$/i.test(prose.slice(first.span.end, second.span.start))) return undefined;
  const chips = mentions.filter((m) => m.kind !== 'model' && m.kind !== 'otherModel' && m.span.end <= first.span.start);
  if (chips.length !== 2 || chips[0]!.id === chips[1]!.id) return undefined;
  // "MI300X has 2.4x the HBM of an H100 (192 GB vs 80 GB)": a pair in parentheses after a comparison of two chips.
  const parenthesized = /\(\s{0,2}(?:~|about|≈)?\s{0,2}$/.test(prose.slice(Math.max(0, first.span.start - 12), first.span.start)) && /^\s{0,2}\)/.test(prose.slice(second.span.end, second.span.end + 4));
  // ("MI325X has 1.8x the HBM of the H200: 256 GB vs 141 GB": or after a colon that ends the comparison.)
  const afterColon = /:\s{0,2}(?:~|about|≈)?\s{0,2}$/.test(prose.slice(Math.max(chips[1]!.span.end, first.span.start - 8), first.span.start));
  const joined = /^\s{0,2}(?:vs\.?|versus|and|or|\/|,)\s{0,2}$/i.test(prose.slice(chips[0]!.span.end, chips[1]!.span.start));
  if (!joined && !((parenthesized || afterColon) && /\b(?:than|of|vs\.?|versus|compared|over|against)\b/i.test(prose.slice(chips[0]!.span.end, chips[1]!.span.start)))) return undefined;
  return q === first ? chips[0] : chips[1];
}

/** An uncatalogued name the user's hardware file defines ("V100" with a V100 entry) is that accelerator. */
function asUserHardware(m: Mention, users: Accelerator[]): Mention {
  const ref = resolveHardware(m.raw.replace(/['’]?s$/, ''), users);
  return ref ? { ...m, kind: ref.kind, id: ref.id } : m;
}

// ---------------------------------------------------------------------------
// (c) Arithmetic inside the statement

// Words that mark a result; "in" only right before it (see arithmetic), so it is kept apart.
const RESULT_MARKERS = String.raw`=|→|->|=>|⇒|≈|~=|\bcall it\b|\b(?:of them|of these|of those)\s{1,2}(?:is|are|costs?|comes? to|would cost|will cost)\b|\b(?:each|apiece) (?:is|are|makes?|comes? to)\b|\bso\b|\bgives?\b|\bgiving\b|\btakes?\b|\bthat'?s\b|\bthat is\b|\bi\.e\.|\bmeans?\b|\bresults? in\b|\bwhich is\b|\bequals?\b|\bcomes? to\b|\bworks? out to\b`;
const RESULT_MARKER = new RegExp(`(${RESULT_MARKERS}|\\bin\\b)`, 'i');
/** RESULT_MARKER without "in". */
const RESULT_MARKER_BUT_IN = new RegExp(`(${RESULT_MARKERS})`, 'i');

const CONVERSION = /^[\s,(]*(?:[A-Za-z-]+,?\s+){0,2}(?:=|≈|i\.e\.?|is|are|or|which is|that's|that is|aka)[\s,]*[≈~=]?\s*$/i;
const ARROW_CONVERSION = /^[\s,(]*(?:→|->|⇒|=>)\s*[≈~]?\s*$/;
const HEDGED_ASIDE = /^\s{0,2}[,(]\s{0,2}(?:about|around|roughly|approximately|nearly|~|≈)\s{0,2}$/i;
/** Words that make a power figure a facility's share rather than a chip's TDP. */
const ALL_IN = /\b(?:all[- ]in|including (?:cooling|overhead|networking|(?:the )?hosts?|cpus?|the rest)|with (?:cooling|overhead|(?:the )?hosts?|networking)|host and network(?:ing)?|in a real cluster|at the wall|facility|pue)\b/;

/** "S = ", "B_nvl = " after the statement's start, a comma or "where": a one-letter variable (maybe subscripted) given a value. */
const VARIABLE_GIVEN = /(?:^\s{0,3}(?:[-*+]\s{1,4})?|\b(?:for|with|where|let|if|and)\s{1,2}|[;,(:]\s{0,2})[A-Za-z](?:_[A-Za-z0-9]{1,8}|\d|['’])?\s{0,2}=\s{0,2}$/i;

const HYPOTHETICAL = /\bif (?:it|we|you|they|one|the model|the chip|(?:the |an? )?[a-z]{0,12}\d{2,4}[a-z]{0,3}) (?:used|had|were|ran|did not|didn't)\b|\bwithout (?:mla|gqa|moe|sparsity|quantization|fp8|flash ?attention|kv[- ]cache)\b|\b(?:plain|vanilla|naive) (?:mha|attention|multi-head)\b/;

const MAX_ARITHMETIC_SLIP = 100;

/** What a figure is per, for telling two figures apart ("16 bytes/param" is not "6.5 TB"); per chip is the chip's own. */
function perKey(x: Quantity): string {
  return (x.per ?? '').toLowerCase().replace(/(?:^|\/)(?:gpu|chip|card|accelerator|device|node|rack|port|link|nic|lane)s?$/, '');
}

const COMPARISON = /\b(?:vs\.?|versus|compared|against|instead|unlike|than|from|(?<!\b(?:comes?|came|coming|works?|worked|adds?|added|amounts?|sums?|totals?) (?:out )?)to|up from|down from|was|were|used to)\b/i;

const PER_DIRECTION_AFTER = /^\s*(?:in\s+)?(?:each|per|one)[\s-]{1,2}(?:direction|way)\b|^\s*uni-?directional\b/;
const BIDIRECTIONAL_AFTER = /^\s*(?:bidirectional|bi-?directional|bi-?dir|in both directions|both ways|total)\b/;

/** The direction words right after a figure ("900 GB/s each direction"), as a length of text, or 0. */
function directionWordsAfter(prose: string, x: Quantity): number {
  const after = prose.slice(x.span.end, x.span.end + 24).toLowerCase();
  return (PER_DIRECTION_AFTER.exec(after) ?? BIDIRECTIONAL_AFTER.exec(after))?.[0].length ?? 0;
}

/** "900 GB/s each direction" → 'per'; "1.8 TB/s bidirectional" → 'both'; else undefined. */
function directionAfter(ctx: Ctx, x: Quantity): 'per' | 'both' | undefined {
  const after = ctx.prose.slice(x.span.end, x.span.end + 24).toLowerCase();
  if (PER_DIRECTION_AFTER.test(after)) return 'per';
  if (BIDIRECTIONAL_AFTER.test(after)) return 'both';
  // A table cell: its column's header ("ICI (GB/s, bidir)", "per direction (GB/s)").
  const header = ctx.line.cell?.header.lower;
  if (header !== undefined) {
    if (/\b(?:each|per|one)[ -](?:direction|way)\b|\buni-?directional\b/.test(header)) return 'per';
    if (KW.bidirectional.test(header)) return 'both';
  }
  return undefined;
}

const CLAUSE_BREAK = /[—–]|\bwhich\b|\. |, (?:and|but|so|while)\b/i;
/** An equation's own sign between two figures: the second is the first's result. */
const WRITTEN_RESULT = /=|→|->|⇒|≈/;

/**
 * "288 GB; that is 8 stacks × 36 GB", "141 GB = 70.5B params × 2 bytes": the result first, then a marker and the
 * product or quotient that makes it, up to the next clause break.
 */
function arithmeticAfter(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const all = ctx.claim.siblings;
  const index = all.indexOf(q);
  // Two operands at least after it.
  if (index < 0 || index + 2 >= all.length) return undefined;
  const next = all[index + 1]!;
  const marker = textBetween(ctx, q, next);
  // ("About 26B tokens (20 × 13B)": a parenthesis right after the figure holding just its product.)
  const parenthesized = /^\s{0,2}\(\s{0,2}$/.test(marker);
  if ((!RESULT_MARKER_BUT_IN.test(marker) && !parenthesized) || COMPARISON.test(marker) || marker.length > 24) return undefined;
  const inputs: Quantity[] = [next];
  for (let i = index + 2; i < all.length && inputs.length < 5; i++) {
    const gap = textBetween(ctx, all[i - 1]!, all[i]!);
    // Operands joined by a product or division sign only ("8 stacks × 36 GB"), or by a fraction between two
    // ("0.544 s = 2 × 7/8 × 140 GB / 450 GB/s").
    if (!/^\s*(?:[×*÷/]|x(?=\s))\s*$/.test(gap) && !/^\s{0,2}[×*÷]\s{0,2}\d{1,4}\/\d{1,4}\s{0,2}[×*÷]\s{0,2}$/.test(gap)) break;
    inputs.push(all[i]!);
  }
  if (parenthesized && !/^\s{0,2}\)/.test(ctx.prose.slice(inputs[inputs.length - 1]!.span.end, inputs[inputs.length - 1]!.span.end + 4))) return undefined;
  const operands = withWrittenFractions(ctx, inputs, inputs[inputs.length - 1]!.span.end);
  if (operands.length < 2) return undefined;
  const outcome = deriveFrom(ctx, withParenthesizedSums(ctx, operands));
  // "the same 140 GB takes 2 × 140 GB / 50 GB/s ≈ 5.6 s": an expression that goes on to a result of its own computes
  // that result, not this figure; only a reading that fits is kept.
  const last = inputs[inputs.length - 1]!;
  const following = all[all.indexOf(last) + 1];
  if (outcome && outcome.evaluation.verdict !== 'consistent' && following && (RESULT_MARKER_BUT_IN.test(textBetween(ctx, last, following)) || /^[≈=]/.test(following.raw))) return undefined;
  return outcome;
}

/** "61 layers × (512 + 64) × 2 bytes": a sum in parentheses is one operand (of the same dimension), not two factors. */
function withParenthesizedSums(ctx: Ctx, inputs: Quantity[]): Quantity[] {
  let out: Quantity[] | undefined;
  for (let i = 0; i + 1 < inputs.length; i++) {
    const a = inputs[i]!;
    const b = inputs[i + 1]!;
    if (dimKey(a) !== dimKey(b) || !/^\s{0,2}\+\s{0,2}$/.test(textBetween(ctx, a, b))) continue;
    if (!/\(\s{0,2}$/.test(ctx.prose.slice(Math.max(0, a.span.start - 3), a.span.start)) || !/^\s{0,2}\)/.test(ctx.prose.slice(b.span.end, b.span.end + 3))) continue;
    out ??= [...inputs];
    const at = out.indexOf(a);
    out.splice(at, 2, { ...a, raw: `(${a.raw} + ${b.raw})`, value: a.value + b.value, span: { start: a.span.start, end: b.span.end } });
    i++;
  }
  return out ?? inputs;
}

/** "7/8", "127/128": a fraction of bare integers (the quantity scanner reads none, as "24/7" and dates look alike). */
const FRACTION = /(?<![\d.,/\p{L}])(\d{1,4})\/(\d{1,4})(?![\d.,/\p{L}])/gu;
const SIGN_BEFORE = /[×*÷]\s{0,2}$/;
const SIGN_AFTER = /^\s{0,2}[×*÷]/;
/** "2*(7/8)*16GB": a fraction in parentheses of its own is the same operand. */
const FRACTION_IN_PARENTHESES = /^\(\s{0,2}\d{1,4}\/\d{1,4}\s{0,2}\)$/;
const NO_DIMENSION = Object.freeze({});

/**
 * "2 × 7/8 × 140 GB / 450 GB/s = 0.544 s": fractions written beside a product or division sign among the operands
 * (before the first, between two, or after the last before the result) are operands too, of no unit.
 */
function withWrittenFractions(ctx: Ctx, inputs: Quantity[], resultStart: number): Quantity[] {
  if (inputs.length === 0) return inputs;
  const all = ctx.claim.siblings;
  const first = inputs[0]!;
  const before = all[all.indexOf(first) - 1];
  const from = Math.max(before ? before.span.end : 0, ctx.claim.statement.span.start);
  const bounds: number[] = [from, ...inputs.flatMap((x) => [x.span.start, x.span.end]), resultStart];
  let out: Quantity[] | undefined;
  for (let g = 0; g + 1 < bounds.length; g += 2) {
    const gapStart = bounds[g]!;
    const gap = ctx.prose.slice(gapStart, bounds[g + 1]!);
    if (!gap.includes('/')) continue;
    for (const m of gap.matchAll(FRACTION)) {
      const denominator = Number(m[2]);
      if (denominator === 0) continue;
      let start = gapStart + m.index;
      let end = start + m[0].length;
      const open = ctx.prose.lastIndexOf('(', start);
      const close = ctx.prose.indexOf(')', end);
      if (open >= gapStart && close >= 0 && FRACTION_IN_PARENTHESES.test(ctx.prose.slice(open, close + 1))) [start, end] = [open, close + 1];
      const signBefore = SIGN_BEFORE.test(ctx.prose.slice(gapStart, start));
      const signAfter = SIGN_AFTER.test(ctx.prose.slice(end, bounds[g + 1]!));
      // (Joined to what it stands beside: before the first operand by the sign after it, after the last by the sign before.)
      if (g === 0 ? !signAfter : g === bounds.length - 2 ? !signBefore : !(signBefore || signAfter)) continue;
      const fraction: Quantity = { span: { start, end }, raw: ctx.prose.slice(start, end), kind: 'count', value: Number(m[1]) / denominator, range: null, unit: '', dimension: NO_DIMENSION, hedge: 'exact', significantDigits: 3 };
      out ??= [...inputs];
      const at = out.findIndex((x) => x.span.start > start);
      out.splice(at < 0 ? out.length : at, 0, fraction);
    }
  }
  return out ?? inputs;
}

const DIVIDE_BY_BEFORE = /\bdivid(?:e|ed|ing)\b[^.;]{0,40}\bby\s{1,2}$/i;

/**
 * "400 Gb/s ÷ 8 = 50 GB/s", "Divide by 8 for bytes: 400 Gb/s gives 50 GB/s": an 8 that divides a figure written in
 * bits, for a result in bytes, is the bits-per-byte step the figure's value (read in bytes) already holds.
 */
function withBitsPerByte(ctx: Ctx, inputs: Quantity[]): Quantity[] {
  const q = ctx.claim.quantity;
  if (!q.dimension.B || isBitRate(q) || !inputs.some(isBitRate)) return inputs;
  const divides = (x: Quantity, i: number): boolean => {
    if (x.kind !== 'count' || x.noun || x.unit !== '' || x.value !== 8) return false;
    const before = inputs[i - 1];
    if (before && isBitRate(before) && /^\s{0,2}[÷/]\s{0,2}$/.test(textBetween(ctx, before, x))) return true;
    return DIVIDE_BY_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, x.span.start - 48), x.span.start));
  };
  if (!inputs.some(divides)) return inputs;
  return inputs.map((x, i) => (divides(x, i) ? { ...x, value: 1, raw: `${x.raw.trim()} bits/byte` } : x));
}

/** A figure written in bits per second ("400 Gb/s", "800 Gbps"): a network line rate, each way. */
function isBitRate(x: Quantity): boolean {
  // ("400G", "800G", "1.6T": a line rate in bits, read before a network word.)
  return /\d\s*[kKMGTP]?(?:b\/s|bps|bit\/s|bits\/s|bE)\b|\d[GT]$/.test(x.raw);
}

/** A figure in binary units ("80 GiB", "64 KiB/s"). */
function isBinaryUnit(x: Quantity): boolean {
  return /\d\s{0,2}[KMGTPE]i[Bb]/.test(x.raw);
}

/** The unit as written, after the number ("GB" in "~24 GB", "Gb/s" in "400 Gb/s"). */
function unitText(x: Quantity): string {
  const m = /\d(?:[\d.,]*\d)?\s*([^\d\s].*)$/.exec(x.raw);
  return m ? m[1]!.trim() : '';
}

/** Between a link's line rate and what it moves: "400 Gb/s NIC moves …", "an 800 Gb/s port carries about …". */
const LINE_RATE_MOVES = /^\s{0,2}(?:nics?|ports?|links?|adapters?|cards?|connections?)\s{1,2}(?:moves?|carries|carry|delivers?|does|gives?|pushes|push|transfers?)\s{1,2}(?:~\s{0,2}|about\s{1,2}|roughly\s{1,2}|around\s{1,2})?$/i;

function arithmeticBefore(ctx: Ctx): Outcome | undefined {
  // "2 tiers give 144²/2 = 20,736": an equation whose numbers no figure reads is the arithmetic, not "2 tiers".
  const unread = bareEquation(ctx, undefined, true);
  if (unread) return unread;
  const q = ctx.claim.quantity;
  const all = ctx.claim.siblings;
  const index = all.indexOf(q);
  if (index < 2 && !(index === 1 && all[0]!.kind === 'measure')) return undefined;
  const previous = all[index - 1]!;
  const written = textBetween(ctx, previous, q);
  // "70 KB per token, vs ~2.5 MB with plain MHA", "from 80 GB to 141 GB": two figures compared, not one derived.
  if (COMPARISON.test(written)) return undefined;
  // ("| M2 Ultra | 192 GB | 800 GB/s | ~90 |": a table's cells are figures side by side; a cell's "~" is its own hedge,
  // no "≈" making it the result of the cells before it.)
  if (ctx.line.cell && written.includes('|')) return undefined;
  // The marker may sit inside the result's own text: "≈ 15 ms".
  // A "~" reads as "≈" in the expression's own clause ("GPUs at ~1.8 kW each"), not in another one ("70 MW of GPU
  // power alone; with cooling call it ~150 MW").
  const inRaw = /^[≈=]/.test(q.raw) || (q.raw.startsWith('~') && !/[;—–]|\. |,\s*(?:leaving|with|and|but|while|plus)\b/.test(written) && !(q.kind === 'multiplier' && previous.kind === 'multiplier' && /,\s*$/.test(written))) ? '≈' : '';
  const between = written + ' ' + inRaw;
  // (Also a count of things named before it: "8 × ConnectX-7 at 400 Gb/s = 3.2 Tb/s" multiplies.)
  const previousIsOperand = /[×*÷/]\s*$|\bx\s*$/.test(ctx.prose.slice(Math.max(0, previous.span.start - 4), previous.span.start)) || /\d\s{0,2}[×x*]\s{0,2}[\p{L}\d][\p{L}\d-]{0,24}(?:\s[\p{L}\d-]{1,24})?\s{1,2}(?:at|@|of|with)\s{1,2}$/u.test(ctx.prose.slice(Math.max(0, previous.span.start - 48), previous.span.start));
  // (Not "~700 W each is 70 MW": a figure a hundred times another is no rewriting of it.)
  const sameSize = q.value / previous.value < MAX_ARITHMETIC_SLIP && previous.value / q.value < MAX_ARITHMETIC_SLIP;
  // ("24 GB or 36 GB each": the same unit twice is two figures, not one rewritten.)
  // (Not dollars: "$50–60B all-in, ~$35B of it NVIDIA content" is a part, and the model converts no currencies.)
  // ("1.6 Tb/s → 200 GB/s": an arrow converts bits to bytes or binary to decimal units; "900 GB/s → 1.8 TB/s" is a
  // change from one figure to the next.)
  // ("A 400 Gb/s NIC moves 400 GB/s": a link named by its line rate in bits, and what it moves in bytes.)
  // ("≈ 1,361 hours, about 57 days", "80 GiB (~86 GB)": a hedged figure set after another of the same dimension in
  // other units restates it.)
  // (Of one and the same thing: "288 GB per GPU, about 20 TB per rack" are two.)
  const hedgedAside = q.unit === previous.unit && !q.per && !previous.per && (HEDGED_ASIDE.test(written) || (/^\s{0,2}[,(]\s{0,2}$/.test(written) && /^(?:about|around|roughly|approximately|nearly|~|≈)/i.test(q.raw)));
  const converted = CONVERSION.test(between) || hedgedAside || (ARROW_CONVERSION.test(between) && (isBitRate(previous) !== isBitRate(q) || isBinaryUnit(previous) !== isBinaryUnit(q))) || (isBitRate(previous) && !isBitRate(q) && LINE_RATE_MOVES.test(written));
  // ("840 GB, i.e. 105 GB per GPU on 8 GPUs": a smaller figure per GPU after a total is its share, not the total in
  // other units.)
  // ("Across 4 H100s the 140 GB of weights is 140 GB per GPU": nor the same figure per GPU, in a statement that spreads it.)
  const shareOfTotal = hasPerChipUnit(q) && !hasPerChipUnit(previous) && (q.value < previous.value / 1.5 || SPREAD_OVER_CHIPS.test(ctx.lower));
  if (q.kind === 'measure' && previous.kind === 'measure' && !previousIsOperand && sameSize && !shareOfTotal && q.unit !== 'USD' && converted && dimKey(previous) === dimKey(q) && perKey(previous) === perKey(q) && unitText(previous) !== unitText(q)) {
    // "400 Gb/s, i.e. 50 GB/s", "an 800 Gbps port is 100 GB/s": the same quantity in other units.
    // "1.8 TB/s, i.e. 900 GB/s each direction": a bidirectional figure's per-direction half.
    // (Not a line rate in bits: "a 400 Gb/s NIC, i.e. 50 GB/s per direction" is per direction already.)
    if (q.unit === 'B/s' && directionAfter(ctx, previous) !== 'per' && directionAfter(ctx, q) === 'per' && !isBitRate(previous)) {
      const half = previous.value / 2;
      const d: Derived = { value: half, unit: q.unit, derivation: [`${previous.raw} in both directions ÷ 2 = ${fmt(half, 'B/s')} per direction`], sources: [], assumptions: ['the first figure counts both directions'] };
      return { evaluation: judge(ctx, half, d, 'arithmetic'), kind: 'arithmetic', key: null };
    }
    const d: Derived = { value: previous.value, unit: q.unit, derivation: [`${previous.raw} = ${fmt(previous.value, displayUnit(q))}`], sources: [], assumptions: ['the same quantity written in other units'] };
    // A conversion is exact: "about" allows for rounding, not for GB read as GiB ("80 GiB, about 74.5 GB").
    return { evaluation: judge(ctx, previous.value, d, 'arithmetic', false, CONVERSION_TOLERANCE), kind: 'arithmetic', key: null };
  }
  // "100k × 80 GB is 8 PB", "64 × 667 TFLOPS, about 83 PFLOPS": after a product written out, "is" or a comma marks its
  // result too.
  const afterProduct = index >= 2 && /^\s*(?:[×*÷]|x(?=\s))\s*$/.test(textBetween(ctx, all[index - 2]!, previous)) && /^\s{0,2}(?:,|is|are|makes?|gives?|for|or|—|–)?\s{0,2}(?:about|around|roughly|approximately|nearly|~|≈)?\s{0,2}$/i.test(written) && written.trim() !== '';
  if (!RESULT_MARKER.test(between) && !afterProduct) return undefined;
  // ("… is 140 GB per GPU — doesn't fit in 80 GB": what something must fit in is a capacity, not a result.)
  if (/\bfit(?:s|ting)?\s{1,2}(?:in|into|on|onto|within)(?:\s{1,2}(?:a|an|one|the|a single|just|only))?\s{0,2}$/i.test(written)) return undefined;
  // "for s=4096": a variable given a value, not a result.
  // (Not a label of the figure before it: "× 1.3 PUE = 91 MW".)
  if (/(?:^\s*|\b(?:for|with|where|let|if|at|and)\s{1,2}|[;,(]\s{0,2})(?!(?:pue|mfu|tdp)\b)[A-Za-z][A-Za-z0-9_']{0,2}\s{0,2}=\s{0,2}$/i.test(written)) return undefined;
  // "in" marks a result only right before it ("drains in 10 ms"), not "1.3M GPUs in 2024 and 3.6M".
  if (!afterProduct && !RESULT_MARKER_BUT_IN.test(between) && !/\bin\s*(?:about|around|roughly|under|over|just|only|~|≈)?\s*$/i.test(between.trimEnd())) return undefined;
  // Inputs are the operands written before the result, back to the previous result or clause break.
  let inputs: Quantity[] = [];
  // (A token rate is made from chip counts only with a per-chip figure: "8×H100 at 2.5k tok/s per GPU", not "8×H100 …
  // about 2.6 ms, so ~380 tokens/s".)
  const perUser = /^s\/(?:user|request|stream|sequence|seq)$/.test(q.per ?? '');
  const perStream = perUser || (/^tokens?\/s$/.test(q.unit) && !all.slice(0, index).some((x) => /^tokens?\//.test(x.unit) && /\b(?:gpu|chip|device)\b/i.test(x.per ?? '')));
  for (let i = index - 1; i >= 0 && inputs.length < 5; i--) {
    const x = all[i]!;
    // A figure in a parenthesis closed before the result is an aside ("(fp32 master + 2 moments)").
    // (One holding just the figure restates what it follows: "a 405B checkpoint in BF16 (810 GB) over one 400 Gb/s link".)
    // (A per-user rate is not made from the count of chips: "on an 8x H100 node … 5.3 ms, so ~190 tokens/s per user".)
    const chipsOfPerStream = perStream && ((isChipCountOperand(ctx, x) && !(perUser === false && multipliedExplicitly(ctx, x))) || /\b(?:tp|pp|ep|dp|tensor[- ]parallel(?:ism)?|pipeline[- ]parallel(?:ism)?)\s{0,2}(?:=|:|of)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(0, x.span.start - 24), x.span.start)));
    if (x.kind !== 'percent' && !chipsOfPerStream && (!closesParenthesis(ctx.prose, x.span.end, q.span.start) || isParenthesizedAlone(ctx.prose, x))) inputs.unshift(x);
    const gap = i > 0 ? textBetween(ctx, all[i - 1]!, x) : '';
    // The operand right before the result may be a result itself ("… × 2 bytes = 320 KB/token → ~40 GB per
    // sequence"): what made it is not this result's input.
    if (i > 0 && (CLAUSE_BREAK.test(gap) || (i < index - 1 ? RESULT_MARKER.test(gap) && !/^\s*(?:at|in|over|on)\s*$/i.test(gap) : WRITTEN_RESULT.test(gap)))) break;
  }
  // ("An H100 costs about $30,000, so 1,000 of them cost $30M": "of them" counts the thing priced before the clause.)
  if (inputs.length === 1 && q.unit === 'USD' && inputs[0]!.kind === 'count' && /^\s{0,2}of\s{1,2}(?:them|these|those)\b/i.test(written)) {
    const price = all.slice(0, index - 1).reverse().find((x) => x.unit === 'USD' && !x.per);
    if (price) inputs.unshift(price);
  }
  // "The bubble … is 11/59 ≈ 19%": a fraction written right before the result is the arithmetic as written.
  if (q.kind === 'percent' || (q.kind === 'count' && !q.noun)) {
    const lead = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 24), q.span.start) + (/^[≈=]/.test(q.raw) ? '≈' : '');
    const f = /(?<![\d.,/])(\d{1,6})\s{0,2}\/\s{0,2}(\d{1,6})\s{0,2}[≈=]\s{0,2}$/.exec(lead);
    if (f && Number(f[2]) > 0) {
      const value = (Number(f[1]) / Number(f[2])) * (q.kind === 'percent' ? 100 : 1);
      const d: Derived = { value, unit: q.unit, derivation: [`${f[1]} ÷ ${f[2]} = ${model.roundForDisplay(value)}${q.kind === 'percent' ? '%' : ''}`], sources: [], assumptions: ['the fraction as written'] };
      return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null };
    }
  }
  inputs = withBitsPerByte(ctx, withWrittenFractions(ctx, inputs, q.span.start));
  if (inputs.length < 2) return undefined;
  // "2 (bf16 weights) + 2 (grads) + 12 (fp32 master, m, v) = 16 bytes": a sum, each term perhaps labelled.
  // ("BF16 weights (2 B) + FP32 master (4 B) + m (4 B) + v (4 B) = 14 bytes/param": or its label before it.)
  // ("2 × 15/16 × 17.5 GB / 50 GB/s ≈ 0.656 s, plus 0.544 s of NVLink time ≈ 1.2 s": the terms start at a result
  // written after an operand; what made it is no term.)
  let firstTerm = -1;
  for (let i = 1; i < inputs.length; i++) if (/^[≈=]/.test(inputs[i]!.raw) && /[×*÷/]\s{0,2}$/.test(ctx.prose.slice(Math.max(0, inputs[i - 1]!.span.start - 4), inputs[i - 1]!.span.start))) firstTerm = i;
  const terms = firstTerm > 0 && firstTerm < inputs.length - 1 ? inputs.slice(firstTerm) : inputs;
  const sum = terms.every((x, i) => i === 0 || (dimKey(x) === dimKey(terms[0]!) && (SUM_TERM_GAP.test(textBetween(ctx, terms[i - 1]!, x)) || LABELLED_TERM_GAP.test(textBetween(ctx, terms[i - 1]!, x)))));
  // (The result's marker may be its own text after the last term's label: "plus 0.544 s of NVLink time ≈ 1.2 s".)
  if (sum && (/^\s{0,2}\)?\s{0,2}(?:\([^()]{0,40}\)\s{0,2})?(?:=|≈|→)/.test(written) || (/^[≈=]/.test(q.raw) && /^[^=≈→\d;]{0,30}$/.test(written))) && (dimKey(terms[0]!) === dimKey(q) || (terms[0]!.kind === 'count' && !terms[0]!.noun))) {
    const value = terms.reduce((t, x) => t + x.value, 0);
    const d: Derived = { value, unit: q.unit, derivation: [`${terms.map((x) => x.raw.trim().replace(/^[≈=]\s{0,2}/, '')).join(' + ')} = ${fmt(value, displayUnit(q))}`], sources: [], assumptions: ['inputs as stated in the same statement'] };
    return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null };
  }
  const collective = collectiveTime(ctx, inputs);
  if (collective) return collective;
  const derived = deriveFrom(ctx, withParenthesizedSums(ctx, inputs));
  // "call it ~150 MW" rounds a guess that may count more than the figures written ("with CPUs, networking and
  // cooling"): checked only when the written figures make it.
  if (derived && derived.evaluation.verdict !== 'consistent' && /\bcall it\b/i.test(written) && !/[=≈→]/.test(written)) return undefined;
  return derived;
}

/** Between two terms of a sum: "+", after the first term's label in parentheses ("2 (bf16 weights) + 2"). */
const SUM_TERM_GAP = /^\s{0,2}(?:\([^()]{0,40}\)\s{0,2})?(?:\+|,?\s{0,2}\bplus\b)\s{0,2}$/;
/** Between two terms in parentheses, each after its label: ") + FP32 master (". */
const LABELLED_TERM_GAP = /^\s{0,2}\)\s{0,2}\+\s{0,2}[^()+=\d][^()+=]{0,30}\(\s{0,2}$/;

const COLLECTIVE = /\b(?:all[- ]?reduce|reduce[- ]scatter|all[- ]?gather)\b/i;
/** Collectives that are no ring, or a bandwidth that already counts the ring's share: not the ring's arithmetic. */
const NOT_RING = /\b(?:tree|hierarchical|two[- ]level|in[- ]network|sharp|nvls|double[- ]binary|algbw|algorithm bandwidth)\b/i;
const SPREAD_OVER = /\b(?:over|across|among|between)\s{1,2}(?:the\s{1,2}|all\s{1,2})?$/i;
const RANK_NOUNS = new Set(['gpu', 'chip', 'accelerator', 'device', 'rank', 'node', 'tpu', 'worker']);

/**
 * "A ring all-reduce of 140 GB over 8 GPUs at 450 GB/s takes 0.544 s": a collective over n GPUs moves a share of the
 * data through each link (2(n−1)/n for an all-reduce, (n−1)/n for a reduce-scatter or all-gather), not n times it.
 * With other operands, or another algorithm named, it is left unchecked rather than read as a product.
 */
function collectiveTime(ctx: Ctx, inputs: readonly Quantity[]): Outcome | undefined {
  const q = ctx.claim.quantity;
  if (dimKey(q) !== 's^1') return undefined;
  // (The scanner may take "over" for a hedge, "more than": "over 8 GPUs".)
  const spread = inputs.filter((x) => x.kind === 'count' && RANK_NOUNS.has(x.noun ?? '') && (SPREAD_OVER.test(ctx.prose.slice(Math.max(0, x.span.start - 16), x.span.start)) || /^(?:over|across|among)\s/i.test(x.raw)));
  if (spread.length === 0) return undefined;
  const clause = clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span);
  const named = COLLECTIVE.exec(clause);
  // (Arithmetic written out with signs is read as written: "allreduce of 16 GB over 8 gpus: 2*(7/8)*16GB / 450GB/s".)
  if (!named || joinedOperands(ctx, inputs).length > 0) return undefined;
  const sizes = inputs.filter((x) => dimKey(x) === 'B^1');
  const rates = inputs.filter((x) => dimKey(x) === 'B^1,s^-1');
  const n = spread[0]!.value;
  if (NOT_RING.test(clause) || spread.length > 1 || sizes.length !== 1 || rates.length !== 1 || inputs.length !== 3 || !Number.isInteger(n) || n < 2) {
    return unverifiable(ctx, 'arithmetic', `the ${named[0].toLowerCase()} over ${spread[0]!.raw.trim().replace(/^(?:over|across|among)\s{1,2}/i, '')}: the time depends on the algorithm and on how the data is split, which the figures written do not settle`);
  }
  const allReduce = /reduce$/i.test(named[0]) && !/scatter/i.test(named[0]);
  const share = ((allReduce ? 2 : 1) * (n - 1)) / n;
  const size = sizes[0]!;
  const rate = rates[0]!;
  const value = (share * size.value) / rate.value;
  const d: Derived = {
    value,
    unit: q.unit,
    derivation: [`${allReduce ? '2 × ' : ''}(${n} − 1)/${n} × ${size.raw.trim()} ÷ ${rate.raw.trim()} = ${fmt(value, displayUnit(q))}`],
    sources: [],
    assumptions: [allReduce ? `ring all-reduce: each GPU sends and receives 2(n−1)/n of the data, n = ${n}` : `ring ${named[0].toLowerCase()}: each GPU sends and receives (n−1)/n of the data, n = ${n}`, 'inputs as stated in the same statement'],
  };
  return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null };
}

/**
 * "16,384 GPUs × 54 days × 24 h = 21.2M GPU-hours": GPUs × time, in hours. A "24 h" beside a time in days is the
 * days-to-hours step, not another factor.
 */
function gpuHours(ctx: Ctx, inputs: Quantity[]): Outcome | undefined {
  const gpus = inputs.find((x) => x.kind === 'count' && (x.noun === 'gpu' || x.noun === 'chip' || x.noun === 'accelerator' || !x.noun) && x.value >= 1);
  const times = inputs.filter((x) => x.dimension.s === 1 && Object.keys(x.dimension).length === 1);
  const time = times.length > 1 ? times.find((x) => x.value !== 86_400) : times[0];
  // "3.8e25 FLOPs ÷ 400 TFLOPS ≈ 26M GPU-hours": the work over one GPU's rate is the GPU-time it takes.
  const work = inputs.find((x) => x.unit === 'FLOP' && x.kind === 'measure');
  const rate = inputs.find((x) => x.unit === 'FLOP/s' && x.kind === 'measure');
  if (!time && work && rate && inputs.length === 2) {
    const value = work.value / rate.value / 3600;
    const d: Derived = { value, unit: '', derivation: [`${work.raw.trim()} ÷ ${rate.raw.trim()} = ${fmt(value * 3600, 's')} = ${fmt(value, '')} GPU-hours`], sources: [], assumptions: ['inputs as stated in the same statement', 'the rate is one GPU\'s'] };
    return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null };
  }
  if (!gpus || !time) return undefined;
  const value = (gpus.value * time.value) / 3600;
  const d: Derived = { value, unit: '', derivation: [`${gpus.raw.trim()} × ${time.raw.trim()} = ${fmt(value, '')} GPU-hours`], sources: [], assumptions: ['inputs as stated in the same statement'] };
  return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null };
}

/**
 * "70B BF16 with TP=4 on H100 gives 24 tok/s" under a note whose model is Llama 3.1 8B: a parameter count the statement
 * writes that is neither the default model's total nor its active count says the statement is about another model.
 */
function countsOtherParams(d: DetectedClaim, q: Quantity, arch: ModelArchitecture | undefined): boolean {
  if (!arch) return false;
  // (Not the figure itself: "The model has 80B parameters" is a claim about the note's model.)
  const counts = d.siblings.filter((x) => x !== q && isParamSize(x));
  return counts.length > 0 && counts.every((x) => isOtherSize(x, arch));
}

/** "70B", "1T": a parameter count written as a model's size. */
function isParamSize(x: Quantity): boolean {
  return x.kind === 'count' && x.value >= 1e9 && /\d\s{0,1}[BT]\b/.test(x.raw) && canonicalDims(dimsOf(x)) === '';
}

/** A size that is neither the model's total nor its active parameter count. */
function isOtherSize(x: Quantity, arch: ModelArchitecture): boolean {
  return isParamSize(x) && ![arch.totalParams.value, arch.activeParams.value].some((p) => withinRatio(x.value / p, 0.1));
}

/**
 * "70B BF16 with TP=4 on H100 gives 24 tok/s" under a note whose model is Llama 3.1 8B: the size the statement counts
 * names that model's sibling of the same family (Llama 3.1 70B), when the catalog has exactly one of that size.
 */
function sizeOfFamily(d: DetectedClaim, q: Quantity, arch: ModelArchitecture): ModelArchitecture | undefined {
  const family = /^(.*?)-?\d+(?:\.\d+)?b$/.exec(arch.id)?.[1];
  if (!family) return undefined;
  // (The figure itself may be the size: "70B" in "70B BF16 … gives 24 tok/s" is the model it names.)
  const counts = d.siblings.filter((x) => (x !== q || isOtherSize(q, arch)) && isParamSize(x) && !(x !== q && !isOtherSize(x, arch)));
  const sizes = new Set(counts.map((x) => x.value));
  if (sizes.size !== 1) return undefined;
  const size = counts[0]!.value;
  const hits = MODELS.filter((m) => m !== arch && m.id.startsWith(`${family}-`) && /^\d+(?:\.\d+)?b$/.test(m.id.slice(family.length + 1)) && withinRatio(size / m.totalParams.value, 0.1));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The statement counts parameters before the figure ("8 × 7B"), and none of them, nor their product, is the model's
 * total or active parameter count.
 */
function paramsOtherThanModel(ctx: Ctx, arch: ModelArchitecture): boolean {
  const q = ctx.claim.quantity;
  const counts = ctx.claim.siblings.filter((x) => x.span.end <= q.span.start && x.span.start >= ctx.claim.statement.span.start && x.kind === 'count' && canonicalDims(dimsOf(x)) === '');
  if (!counts.some((x) => x.value >= 1e8)) return false;
  const product = counts.reduce((p, x) => p * x.value, 1);
  const isModels = (v: number): boolean => [arch.totalParams.value, arch.activeParams.value].some((p) => withinRatio(v / p, ctx.tolerances.exact));
  return !counts.some((x) => isModels(x.value)) && !isModels(product);
}

/** Right before a chip's name: what something must fit in ("fits in two H100s", "won't fit on a single B200"). */
const FITS_IN_BEFORE = /\bfit(?:s|ting)?\s{1,2}(?:in|into|on|onto|within|across)\s{1,2}(?:(?:a|an|one|the|a single|just|only|two|three|four|eight|\d{1,3})\s{1,2}(?:[×x]\s{0,2})?)?$/i;

/** "over 8 H100s", "across 64 GPUs", "split over 4 chips": a count of chips something is spread over. */
const SPREAD_OVER_CHIPS = /\b(?:over|across|among)\s{1,2}(?:the\s{1,2}|all\s{1,2})?\d{1,5}\s{0,2}(?:[×x]\s{0,2})?(?:gpus?|chips?|devices?|ranks?|[a-z]{1,3}\d{2,4}[a-z]{0,2}s?)\b/;

/** Training state: weights with their gradients and optimizer state, sharded over GPUs. */
const SHARDED_STATE = /\b(?:states?|optimi[sz]ers?|gradients?|grads|adam(?:w)?|shard(?:s|ed|ing)?|zero-?[123]?|fsdp)\b/;

/**
 * "1.12 TB of states over 8 H100s with full sharding is 140 GB per GPU": training state spread over the GPUs is what
 * each must hold, the total ÷ the GPUs, not the chip's HBM. Undefined where the statement is not about that.
 */
function shardedState(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const state = SHARDED_STATE.test(ctx.lower);
  // ("Over 8 H100s it is 140 GB per GPU": any total spread over the GPUs is shared the same way.)
  if (!(q.unit === 'B' || (q.unit.startsWith('B/') && hasPerChipUnit(q))) || !(state || SPREAD_OVER_CHIPS.test(ctx.lower)) || isCapacityOperand(ctx)) return undefined;
  // ("1.12 TB of states over 8 H100s": the state's own size.)
  if (/^\s{0,2}of\s{1,2}(?:the\s{1,2})?(?:model\s{1,2}|training\s{1,2}|optimi[sz]er\s{1,2}|adam\s{1,2})?(?:states?|gradients?)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 40))) {
    return unverifiable(ctx, 'roofline', 'the size of training state (weights, gradients, optimizer state), not a chip\'s HBM capacity');
  }
  if (!hasPerChipUnit(q) && !PER_CHIP_AFTER.test(ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 32)))) return undefined;
  // The total: the last larger size before the figure that is no memory's ("(1.5 TB total HBM)" is the chips').
  // ("The weights are 140 GB; over 8 H100s it is 140 GB per GPU": the whole said again per GPU is no share of it.)
  const total = ctx.claim.siblings.filter((x) => x !== q && x.unit === 'B' && !x.per && x.span.end <= q.span.start && x.value >= q.value && !/^\s{0,2}(?:of\s{1,2})?(?:total\s{1,2})?(?:hbm|memory|vram)\b/i.test(ctx.prose.slice(x.span.end, x.span.end + 24))).pop();
  // ("The weights are 140 GB (70B × 2 bytes). Over 8 H100s it is 17.5 GB per GPU": or in the sentence it points back to.)
  const earlier = !total && ctx.claim.carried?.spans && !ctx.claim.carried.nested && !ctx.claim.carried.footnote ? ctx.claim.carried.spans[0] : undefined;
  const carriedTotal = earlier ? parseQuantities(ctx.prose, { start: earlier.start, end: earlier.end }).filter((x) => x.unit === 'B' && !x.per && x.value >= q.value && !/^\s{0,2}(?:of\s{1,2})?(?:total\s{1,2})?(?:hbm|memory|vram)\b/i.test(ctx.prose.slice(x.span.end, x.span.end + 24))).pop() : undefined;
  // (The GPUs may be named before the total or after the figure: "With FSDP over 64 GPUs the 1.12 TB of state is …",
  // "… i.e. 105 GB per GPU on 8 GPUs".)
  const whole = total ?? carriedTotal;
  const gpus = whole ? ctx.claim.siblings.find((x) => x !== q && x.kind === 'count' && Number.isInteger(x.value) && x.value > 1 && (isChipNoun(x) || ctx.claim.mentions.some((m) => (m.kind === 'accelerator' || m.kind === 'system') && m.span.start >= x.span.end && m.span.start - x.span.end <= 2) || /^\s{0,2}(?:gpus?|ranks?|devices?|chips?)\b/i.test(ctx.prose.slice(x.span.end, x.span.end + 10)))) : undefined;
  // ("Across 4 H100s the 140 GB of weights is …": the count the scanner reads as no figure of its own.)
  const spread = whole && !gpus ? new RegExp(SPREAD_OVER_CHIPS.source.replace('\\d{1,5}', '(\\d{1,5})')).exec(ctx.lower) : null;
  const n = gpus?.value ?? (spread && Number(spread[1]) > 1 ? Number(spread[1]) : undefined);
  if (!whole || !n) return unverifiable(ctx, 'roofline', state ? 'training state (weights, gradients, optimizer state) each GPU holds: not the chip\'s HBM capacity' : 'a share each GPU holds of what is spread over the GPUs: not the chip\'s HBM capacity');
  const value = whole.value / n;
  const d: Derived = { value, unit: 'B', derivation: [`${whole.raw.trim()} ÷ ${n.toLocaleString('en-US')} GPUs = ${fmt(value, 'B')} per GPU`], sources: [], assumptions: [total ? 'inputs as stated in the same statement' : `${whole.raw.trim()} from the sentence before`, state ? 'state sharded evenly over the GPUs' : 'spread evenly over the GPUs'] };
  return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null };
}

/** "8x H100", "8 × MI355X": a count of chips written right before the chip's name. */
function isChipCountOperand(ctx: Ctx, x: Quantity): boolean {
  return (x.kind === 'multiplier' || (x.kind === 'count' && !x.noun)) && ctx.claim.mentions.some((m) => m.kind === 'accelerator' && m.span.start >= x.span.end && m.span.start - x.span.end <= 2);
}

const isParamCount = (x: Quantity): boolean => (x.noun === 'param' || x.noun === 'model') && x.kind === 'count';
const FLOP_PER_TOKEN: Record<string, number> = Object.freeze({ FLOP: 1 }) as Record<string, number>;

/** The product or quotient of `inputs` that gives the claim's dimension, closest to it; judged as its arithmetic. */
function deriveFrom(ctx: Ctx, inputs: Quantity[]): Outcome | undefined {
  const q = ctx.claim.quantity;
  if (q.noun === 'gpu-hour' && !q.per) return gpuHours(ctx, inputs);
  // "8.4e23 FLOPs ÷ 1,720,320 GPU-hours ≈ 136 TFLOPS", "2.788M GPU-hours ÷ 2,048 GPUs ≈ 1,361 hours": GPU-hours are
  // time (one GPU's), in hours.
  if (q.dimension.s || q.per === 's') inputs = inputs.map((x) => (x.noun === 'gpu-hour' && x.kind === 'count' && !x.per ? { ...x, value: x.value * 3600, unit: 's', dimension: { s: 1 } } : x));
  // "2 × 70B params × 4,096 tokens ≈ 573 TFLOP": FLOP counts operations, so plain counts can make it.
  const flopFromCounts = !!q.dimension.FLOP && !inputs.some((x) => x.dimension.FLOP);
  // "2 × 8B × 8,192 ≈ 131 TFLOPs of work": "FLOPs" with a small s after counts with no time is a count, not a rate.
  const countNotRate = flopFromCounts && q.dimension.s === -1 && !/FLOPS|\/s\b/.test(q.raw) && !inputs.some((x) => x.dimension.s);
  const target = flopFromCounts ? canonicalDims({ ...dimsOf(q), FLOP: 0, ...(countNotRate ? { s: 0 } : {}) }) : dimKey(q);
  // "989 TFLOPS × 0.4 ÷ (6 × 70B) ≈ 940 tokens/s": a compute rate divided by the FLOP a token takes, a factor times the
  // parameters. The parameter count carries the FLOP.
  // ("MFU = 3,100 tokens/s × 6 × 8B ÷ 989 TFLOP/s ≈ 15%": the same, for a utilisation.)
  const tokensFromFlop = !q.dimension.FLOP && (q.noun === 'token' || /^tokens?\//.test(q.unit) || q.kind === 'percent') && inputs.some((x) => x.dimension.FLOP) && inputs.some(isParamCount);
  const dimsFor = (x: Quantity): Record<string, number> => (tokensFromFlop && isParamCount(x) ? FLOP_PER_TOKEN : dimsOf(x));
  const dimensionless = target === '';
  const tol = toleranceFor(q, ctx.tolerances);
  // A percentage of a ratio: "so ~43% more power" is (1,000 W ÷ 700 W − 1) × 100, "30% less" (1 − r) × 100.
  const change = q.kind === 'percent' ? /^\s{0,2}(?:(more|larger|higher|bigger|greater|faster|up)|(less|smaller|lower|fewer|slower|down))\b/i.exec(ctx.prose.slice(q.span.end, q.span.end + 16)) : null;
  const asClaimed = (r: number): number => (q.kind !== 'percent' ? r : change?.[1] ? (r - 1) * 100 : change?.[2] ? (1 - r) * 100 : r * 100);
  let best: { value: number; ratio: number; used: number; negatives: number; expr: string; fits: boolean; asWritten: boolean; exps: number[] } | undefined;
  const n = inputs.length;
  const total = 3 ** n;
  // Operators written between two figures bind them: "6 × 405B FLOPs" are both multiplied or both divided by, never
  // one of each ("400 TFLOPS … 6 × 405B FLOPs per token" is 400T ÷ (6 × 405B), not 400T × 6 ÷ 405B).
  const joined = joinedOperands(ctx, inputs);
  // The figures an operator is written beside: "Same 8B FP8 model on an H200: 4.8 TB/s / 8 GB ≈ 6,000": the "8B" is no
  // operand, and a reading without it is the one to report when none matches.
  const written = new Set<number>();
  for (const [i, j] of joined) written.add(i).add(j);
  for (let code = 0; code < total; code++) {
    const exps: number[] = [];
    let c = code;
    for (let i = 0; i < n; i++) {
      exps.push((c % 3) - 1);
      c = Math.floor(c / 3);
    }
    const used = exps.filter((e) => e !== 0).length;
    if (used < 2) continue;
    if (joined.some(([i, j, sign]) => exps[j] !== sign * exps[i]!)) continue;
    // "a gigawatt … about 1 GW": one figure written twice divides into 1, which derives nothing.
    if (exps.some((e, i) => e === 1 && exps.some((f, j) => f === -1 && inputs[j]!.value === inputs[i]!.value && dimKey(inputs[j]!) === dimKey(inputs[i]!)))) continue;
    const dims: Record<string, number> = {};
    let value = 1;
    exps.forEach((e, i) => {
      if (e === 0) return;
      const x = inputs[i]!;
      value *= x.value ** e;
      for (const [k, v] of Object.entries(dimsFor(x))) dims[k] = (dims[k] ?? 0) + v * e;
    });
    if (canonicalDims(dims) !== target) continue;
    const negatives = exps.filter((e) => e < 0).length;
    const ratio = value;
    value = asClaimed(value);
    if (!(value > 0)) continue;
    const closer = !best || Math.abs(Math.log(q.value / value)) < Math.abs(Math.log(q.value / best.value));
    const fits = withinRatio(q.value / value, tol);
    // When several readings are dimensionally right, the one the claim matches is the one the writer meant;
    // if none matches, report the fullest reading (most inputs, fewest divisions).
    const asWritten = written.size >= 2 && exps.every((e, i) => e === 0 || written.has(i));
    const better = !best
      ? true
      : fits !== best.fits
        ? fits
        : fits
          ? closer
          : asWritten !== best.asWritten
            ? asWritten
            : dimensionless
              ? used > best.used || (used === best.used && closer)
              : used > best.used || (used === best.used && negatives < best.negatives) || (used === best.used && negatives === best.negatives && closer);
    if (better) {
      // (A multiplier's own sign is dropped: "8 ×" then "400 Gb/s" reads "8 × 400 Gb/s".)
      const operand = (i: number): string => inputs[i]!.raw.replace(/\s{0,2}[×*]\s*$/, '');
      const num = exps.map((e, i) => (e > 0 ? operand(i) : null)).filter(Boolean).join(' × ');
      const den = exps.map((e, i) => (e < 0 ? operand(i) : null)).filter(Boolean).join(' × ');
      best = { value, ratio, used, negatives, fits, asWritten, expr: den ? `${num || '1'} ÷ ${den.includes('×') ? `(${den})` : den}` : num, exps };
    }
  }
  if (!best || !Number.isFinite(best.value) || best.value <= 0) return undefined;
  // "Losing 10 min per failure every 3 h gives ~94% goodput": a share of what is left, 1 − the ratio.
  let complement = false;
  if (q.kind === 'percent' && !change && !best.fits && best.value < 100 && withinRatio(q.value / (100 - best.value), tol) && /goodput|uptime|availab|efficien|left|remain|useful|effective/i.test(ctx.lower)) {
    best = { ...best, value: 100 - best.value, fits: true, expr: `1 − ${best.expr}` };
    complement = true;
  }
  // "a forward pass over 8k tokens of a 7B model is ~112 TFLOP": FLOP from parameters × tokens carry the factor the
  // writer leaves unwritten, 2 for a forward pass and 6 for training (forward and backward).
  let factorNote: string | undefined;
  if (flopFromCounts && !best.fits) {
    const product = best.exps.every((e) => e >= 0);
    const usedNoun = (test: (x: Quantity) => boolean) => best!.exps.some((e, i) => e > 0 && test(inputs[i]!));
    if (product && usedNoun((x) => x.noun === 'param' || x.noun === 'model') && usedNoun((x) => x.noun === 'token' || x.noun === 'prompt')) {
      for (const [f, why] of [[2, 'forward pass ≈ 2 FLOP per parameter per token'], [6, 'training ≈ 6 FLOP per parameter per token (forward and backward)']] as const) {
        if (!withinRatio(q.value / (best.value * f), tol)) continue;
        best = { ...best, value: best.value * f, ratio: best.ratio * f, fits: true, expr: `${f} × ${best.expr}` };
        factorNote = why;
        break;
      }
    }
  }
  // No reading fits and the closest is off by orders of magnitude: these figures are not the
  // arithmetic that makes the result (a slip of 10× is still reported).
  if (!best.fits && (q.value / best.value > MAX_ARITHMETIC_SLIP || best.value / q.value > MAX_ARITHMETIC_SLIP)) return undefined;
  // A ratio of exactly 1 that does not fit: the inputs restate each other ("~8.1T tokens (20 tokens per parameter)
  // for 405B"), they do not make the result ("so it is ~2× over-trained").
  if (!best.fits && dimensionless && Math.abs(best.value - 1) < 0.02) return undefined;
  const derived: Derived = {
    value: best.value,
    unit: countNotRate ? 'FLOP' : q.unit,
    derivation: [
      q.kind === 'percent' && change
        ? `${best.expr} = ${model.roundForDisplay(best.ratio)}×, i.e. ${model.roundForDisplay(best.value)}% ${change[1] ? 'more' : 'less'}`
        : complement
          ? `${best.expr} = ${model.roundForDisplay(best.value)}%`
        : `${best.expr} = ${fmt(best.value, countNotRate ? 'FLOP' : displayUnit(q))}`,
    ],
    sources: [],
    assumptions: factorNote ? ['inputs as stated in the same statement', factorNote] : ['inputs as stated in the same statement'],
  };
  return { evaluation: judge(ctx, best.value, derived, 'arithmetic'), kind: 'arithmetic', key: null };
}

/** Pairs of inputs [i, j, 1 | -1] written as "a × b" (1: the same exponent) or "a ÷ b", "a / b" (-1: opposite). */
function joinedOperands(ctx: Ctx, inputs: readonly Quantity[]): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < inputs.length; i++) {
    for (let j = 0; j < inputs.length; j++) {
      const a = inputs[i]!;
      const b = inputs[j]!;
      if (b.span.start < a.span.end || b.span.start - a.span.end > 16) continue;
      const between = ctx.prose.slice(a.span.end, b.span.start);
      // ("100,000 H100s × 700 W": a count's noun may come between the count and the sign.)
      if (a.kind === 'count' && /^\s{1,2}[A-Za-z][\w-]{0,12}\s{0,2}[×*·]\s{0,2}$/.test(between)) {
        pairs.push([i, j, 1]);
        continue;
      }
      if (between.length > 9) continue;
      // ("× PUE 1.3": the factor's name may come between the sign and the number.)
      if (/^\s{0,2}[×*·]\s{0,2}(?:(?:pue|mfu)\s{1,2})?$|^\s{1,2}x\s{1,2}$/i.test(between)) pairs.push([i, j, 1]);
      else if (/^\s{0,2}[÷]\s{0,2}$|^\s{1,2}\/\s{1,2}$/.test(between)) pairs.push([i, j, -1]);
    }
  }
  // "10.2 kW ÷ 8 × 1.4" is (10.2 kW ÷ 8) × 1.4, as arithmetic reads it; "400 TFLOPS ÷ 6 × 405B FLOPs per token" and
  // "÷ 6 × 70B" are meant as ÷ (6 × 405B): a factor after a division multiplies when it is a bare number.
  for (const pair of pairs) {
    const factor = inputs[pair[1]]!;
    if (pair[2] === 1 && factor.kind === 'count' && !factor.noun && !factor.unit && pairs.some(([, j, sign]) => sign === -1 && j === pair[0])) pair[2] = -1;
  }
  return pairs;
}

function textBetween(ctx: Ctx, a: Quantity, b: Quantity): string {
  return ctx.prose.slice(a.span.end, b.span.start);
}

function dimsOf(q: Quantity): Record<string, number> {
  const dims: Record<string, number> = {};
  for (const [k, v] of Object.entries(q.dimension)) if (v) dims[k] = v;
  if (q.per === 's' && !dims.s) dims.s = -1;
  return dims;
}

function dimKey(q: Quantity): string {
  const dim = q.dimension;
  // claims.ts shares one frozen object per dimension: its key (as is, and per second) is worked out once.
  if (!Object.isFrozen(dim)) return canonicalDims(dimsOf(q));
  let keys = DIM_KEYS.get(dim);
  if (keys === undefined) DIM_KEYS.set(dim, (keys = []));
  return (keys[q.per === 's' ? 1 : 0] ??= canonicalDims(dimsOf(q)));
}

const DIM_KEYS = new WeakMap<Quantity['dimension'], string[]>();

function canonicalDims(d: Record<string, number>): string {
  return Object.keys(d)
    .filter((k) => d[k] !== 0)
    .sort()
    .map((k) => `${k}^${d[k]}`)
    .join(',');
}

// ---------------------------------------------------------------------------
// (a) spec lookups and (b) roofline quantities

const SPEC_WORDS = /\bhbm|memory|capacity|vram|bandwidth|\bbw\b|nvlink|tdp|power|\bwatts?\b|\bdraws?\b|flops|tflop|pflop|compute|peak|throughput|infiniband|\bnic\b|ethernet|scale[- ]?(?:up|out)|has|have|with|delivers?|offers?|specs?|\brated\b/;

/** "per GPU", "on each GPU": a figure for one GPU of several. */
const PER_GPU = /\bper[- ](?:gpu|chip|device|rank|shard)\b|\beach (?:gpu|chip|device|h100|h200|b200)\b|\w\/(?:gpu|chip|device)\b|\bweights? shard\b/;

/** A FLOP/byte figure of a workload (decode, a kernel) rather than of a chip. */
const WORKLOAD_INTENSITY = /\bdecod|\bprefill|\bprompt|\bgenerat|\bbatch|\battention|\bgemv|\bgemm|\bmatmul|\bkernel|\bworkload|weight bytes?\b|\bbytes? of weights\b|\bof weights\b|\b[mnk]\s?=\s?(?:[mnk]\s?=\s?)*\d|\bai\b/;
/** "… → still below ridge", "above the H100's ridge": the ridge a workload is compared with, not what it is. */
const RIDGE_COMPARED = /\b(?:above|below|under|over|than|vs\.?|versus|beyond|past)\s+(?:[\w'’]+\s+){0,3}?ridge\b/g;
/** Words that make a FLOP/byte figure the chip's ridge point even beside a workload. */
const CHIP_RIDGE = /\bridge|\bbalance|\bmachine\b|\bchip'?s\b|\bgpu'?s\b/;

const KW = {
  drain: /\bdrain|\b(?:read|reads|reading|stream|streams|streaming|sweep|sweeping|scan|scanning)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:hbm|memory|vram|weights)\b|\b(?:reads?|reading|streams?|streaming)\s{1,2}(?:all\s{1,2}(?:of\s{1,2})?(?:the\s{1,2}|its\s{1,2})?|the\s{1,2}|its\s{1,2})?(?:~|about\s|roughly\s)?\s{0,2}\d[\d.,]*\s?(?:[kmgtp]i?b|gigabytes?|terabytes?)\b|how long it takes to read|batch departs|\bread (?:it all|all of it|everything)\b/,
  ridge: /ops?\s*[:/]\s*byte|flops?\s*(?:\/|per)\s*byte|arithmetic intensity|ridge|operational intensity|ops per byte/,
  batch: /\bbatch/,
  sparsity: /sparsity/,
  kv: /\bkv\b|kv[- ]cache|key[- ]value/,
  perLayer: /per[- ]layer|\/layer|each layer/,
  // (French, Spanish, Portuguese, Italian, Dutch: "Llama 3.1 405B en BF16 pèse 810 Go", "Los pesos … ocupan 810 GB",
  // "precisa de 141 GB só de pesos", "i pesi occupano 810 GB"; before, the figure was held to the GPU's HBM.)
  weights: /\bweights?\b|\bparams?\b.*\b(?:take|need|occupy|fit)|\bgewichte\b|\bgewichten\b|\bpoids\b|\bp[eè]s(?:e|ent)\b|\bpes(?:os?|i|an?|am|ano)\b|重み|权重|權重|가중치/,
  scaleUp: /nvlink|scale[- ]?up|\bici\b|infinity fabric|neuronlink|xgmi|nvswitch|inter-?chip|gpu-to-gpu|talks? to (?:every|each) other/,
  scaleOut: /infiniband|(?<![\p{L}\p{N}])ib(?![\p{L}\p{N}])|ethernet|\bnics?\b|connectx|scale[- ]?out|roce|\bnetwork|\bdcn\b/u,
  hbm: /\bhbm|memory|vram|dram|capacity/,
  power: /\btdp\b|power|\bwatts?\b|\bdraws?\b|\bconsum/,
  decode: /decode|per[- ]token latency|time per (?:output )?token|\btpot\b|token latency|step time|per step|デコード|解码|解碼|디코드|디코딩/,
  train: /\btrain(?:ing|ed)?\b|pre-?train/,
  rack: /\brack\b(?!-scale)/,
  onChip: /\b(?:l[123]|llc|cache|shared memory|smem|lds|registers?|register file|tmem|tensor memory|sram|scratchpad|sm|cu)\b/,
  perDirection: /per[- ]direction|each way|one[- ]way|unidirectional|per direction|in each direction|pro richtung|je richtung|per richting|por direcci[oó]n|por dire[cç][aã]o|par sens|par direction|per direzione|单向|單向|片方向|단방향/,
  bidirectional: /bidirectional|bi-directional|\bbidir\b|\bbi-dir\b|both directions|both ways|aggregate/,
  specWords: SPEC_WORDS,
  market: /capex|revenue|market|price|cost|\$|billion|shipments?|sold|customers?/,
};
type Keyword = keyof typeof KW;

/** One bit per keyword, for Line's cache of which keywords its text has. */
const KW_BIT = Object.fromEntries(Object.keys(KW).map((k, i) => [k, 1 << i])) as Record<Keyword, number>;

/** The figure times a context length written right after it ("128 KiB × 8,192", "× 128k tokens"). */
function timesContext(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  const next = ctx.claim.siblings.find((x) => x.span.start >= q.span.end);
  return !!next && next.kind === 'count' && !next.dimension.s && next.value >= 512 && (!next.noun || next.noun === 'token') && /^\s{0,2}[×*]\s{0,2}$/.test(ctx.prose.slice(q.span.end, next.span.start));
}

/** "320 KB per token, so a 128k context takes about 40 GB": a context length between the per-token figure and this one. */
function contextBetweenPerTokenAnd(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  const from = Math.max(ctx.claim.statement.span.start, q.span.start - 40);
  const before = ctx.prose.slice(from, q.span.start).toLowerCase();
  let last = -1;
  for (const m of before.matchAll(/per[- ]token|\/token|a token|each token/g)) last = m.index!;
  if (last < 0) return false;
  const at = from + last;
  return ctx.claim.siblings.some((x) => x !== q && x.kind === 'count' && !x.dimension.s && x.value >= 512 && x.span.start > at && x.span.end <= q.span.start && (x.noun === 'token' || /^\s{0,2}(?:-?tokens?\s{1,2}(?:of\s{1,2})?)?context\b/i.test(ctx.prose.slice(x.span.end, x.span.end + 24))));
}

/** The statement's text from `before` characters before the figure to `after` characters after it, lower-cased. */
function nearFigure(ctx: Ctx, before: number, after: number): string {
  const q = ctx.claim.quantity;
  const st = ctx.claim.statement.span;
  return ctx.prose.slice(Math.max(st.start, q.span.start - before), Math.min(st.end, q.span.end + after)).toLowerCase();
}

/** Where a statement's parts part: clause breaks, and words that set two things side by side. */
const PART_BREAK = /[,;]|\bvs\b\.?|\bversus\b|\bcompared (?:to|with)\b|\bwhereas\b|\bwhile\b/g;

/**
 * The attention design ("GQA", "MHA", "MQA", "MLA") the figure's part of the statement names when it names none
 * that is `own` ("70 KB per token with MLA vs ~2 KB per token per layer for GQA models": the second is GQA's).
 */
function otherAttention(ctx: Ctx, own: string): string | undefined {
  const st = ctx.claim.statement.span;
  const text = ctx.prose.slice(st.start, st.end).toLowerCase();
  if (!/gqa|mha|mqa|mla/.test(text)) return undefined;
  const at = ctx.claim.quantity.span.start - st.start;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(PART_BREAK)) {
    if (m.index! < at) from = m.index! + m[0].length;
    else {
      to = m.index!;
      break;
    }
  }
  const designs = [...text.slice(from, to).matchAll(/\b(gqa|mha|mqa|mla)\b/g)].map((m) => m[1]!.toUpperCase());
  return designs.length > 0 && !designs.includes(own) ? designs[0] : undefined;
}

/**
 * A named system's own figure (its total HBM, its power), unless the claim is one chip's: always when the statement
 * says it is the system's (`says`), else only when it is the figure the claim matches and the chip was only
 * inferred from the system.
 */
/**
 * "8 × 700 W = 5.6 kW for the system", "so the whole box draws ~8 kW": what a named system draws is its own power
 * (CPUs, NICs, switches and fans with the GPUs), whatever sum of GPU TDPs the statement writes out.
 */
function systemBoxPower(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  // ("The H100 box draws 700 W per GPU": a figure per GPU is one chip's, whatever draws it.)
  if (q.unit !== 'W' || !ctx.sys?.power || isOneChipOfSystem(ctx) || hasPerChipUnit(q)) return undefined;
  // "72 GPUs at 1.2 kW each, i.e. about 86 kW of GPU TDP": the sum of the chips' TDP, not what the system draws.
  // ("… so the node's GPUs draw up to 5.6 kW": the system's GPUs are the subject, not the system.)
  if (ctx.acc?.acc.tdp && (systemGpusDraw(ctx) || (!isPerChip(ctx) && /^\s{0,2}(?:of\s{1,2}(?:the\s{1,2})?(?:(?:gpus?|chips?|accelerators?)['’]?\s{1,2})?tdp|(?:gpus?|chips?|accelerators?)['’]?\s{1,2}tdp)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 28))))) {
    return fleet(ctx, ctx.acc.acc, chipCountIn(ctx) ?? ctx.sys.gpusPerDomain, 'power');
  }
  // (In the figure's own clause: "The B200 draws 1 kW; the rack draws 120 kW" says nothing of the rack's 1 kW.)
  const span = ctx.claim.statement.span;
  const lo = clauseStart(ctx.prose, span.start, q.span);
  const hi = lo + clauseAround(ctx.prose, span.start, span.end, q.span).length;
  const near = ctx.prose.slice(Math.max(lo, q.span.start - 40), Math.min(hi, q.span.end + 32)).toLowerCase();
  if (!SYSTEM_DRAW.test(near)) return undefined;
  const outcome = spec(ctx, ctx.sys.power, `${ctx.sys.name} power`, `system-power:${ctx.sys.id}`);
  if (outcome.evaluation.verdict === 'consistent') return outcome;
  const tdp = ctx.acc?.acc.tdp;
  const gpus = ctx.sys.gpusPerDomain;
  // "The GB300 NVL72 rack draws 1,400 W": one GPU's TDP as the rack's draw. The statement says whose draw it is.
  if (outcome.evaluation.verdict === 'unverifiable' && tdp && !isOperand(ctx) && withinRatio(q.value / tdp.value, toleranceFor(q, ctx.tolerances))) {
    return judgedAgainst(ctx, ctx.sys.power, `${ctx.sys.name} power`, `system-power:${ctx.sys.id}`, `${fmt(tdp.value, 'W')} is one ${ctx.acc!.acc.name}'s TDP, not the ${ctx.sys.name}'s draw`);
  }
  const why = tdp ? `; ${gpus} × ${fmt(tdp.value, 'W')} of GPU TDP alone is ${fmt(gpus * tdp.value, 'W')}, and a system also powers its CPUs, NICs, switches and fans` : '';
  return { ...outcome, evaluation: { ...outcome.evaluation, reason: `${outcome.evaluation.reason}${why}` } };
}
/** "the node's GPUs draw up to …": a system's GPUs, not the system, draw the figure. */
function systemGpusDraw(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  return GPUS_OF_SYSTEM_DRAW.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start));
}
const GPUS_OF_SYSTEM_DRAW = /\b(?:node|server|box|system|rack|chassis)['’]s\s{1,2}(?:\d{1,3}\s{1,2})?(?:gpus|chips|accelerators)\s{1,2}(?:draw|pull|consume|use|need)\s{1,2}(?:up\s{1,2}to\s{1,2}|about\s{1,2}|roughly\s{1,2}|~\s{0,2})?$/i;
const SYSTEM_DRAW = /\b(?:for the (?:whole |entire )?(?:system|box|node|server|rack|chassis)|(?:system|box|node|server|rack|chassis)\s{1,2}(?:draws?|pulls?|consumes?|needs?)|(?:whole|entire) (?:box|system|node|server|rack)|system power)\b/;

/** "A GB200 NVL72 rack has 8 TB/s", "A TPU v5e pod has 16 GB": the system is what has the figure, by the verb between them. */
function systemIsSubject(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  const id = ctx.sys?.id;
  return !!id && ctx.claim.mentions.some((m) => m.kind === 'system' && m.id === id && m.span.end <= q.span.start && SYSTEM_HAS.test(ctx.prose.slice(m.span.end, q.span.start)));
}
const SYSTEM_HAS = /^\s{0,2}(?:racks?|nodes?|systems?|box(?:es)?|pods?|superpods?|servers?)?\s{0,2}(?:has|have|offers?|delivers?|provides?|gets?|carries|holds|packs)\s{1,2}(?:(?:about|roughly|around|over|up\s{1,2}to|nearly)\s{1,2}|~\s{0,2})?$/i;

function systemFigure(ctx: Ctx, says: boolean, figure: Figure | undefined, what: string, key: string, chipFigure?: Figure): Outcome | undefined {
  const sys = ctx.sys;
  if (!sys || !(says || ctx.acc?.reason === 'system' || ctx.rackWords) || isOneChipOfSystem(ctx)) return undefined;
  // "Ten GB200 NVL72 racks hold 134 TB", "four DGX B200 draw 57 kW": that many systems' total.
  const systems = figure ? systemCount(ctx, sys.id) : undefined;
  if (systems && figure) {
    const value = figure.value * systems;
    const d: Derived = { value, unit: figure.unit, derivation: [`${fmt(systems, '')} × ${sys.name} ${what} (${fmt(figure.value, figure.unit)}) = ${fmt(value, figure.unit)}`], sources: [figure.source, ...(figure.additionalSources ?? [])], assumptions: [] };
    return withAcc(ctx, { evaluation: judge(ctx, value, d, 'model', figure.confidence === 'low'), kind: 'roofline', key: null, subject: `${fmt(systems, '')} × ${sys.name} ${what}` });
  }
  // (A system's HBM is its chips', whose "GB" is binary in practice: "A DGX B200 has 1,536 GB", 8 × 192.)
  const outcome = spec(ctx, figure, `${sys.name} ${what}`, `${key}:${sys.id}`, what === 'total HBM');
  if (outcome.evaluation.verdict === 'consistent') return outcome;
  const q = ctx.claim.quantity;
  const nearerSystem = figure && chipFigure && Math.abs(Math.log(q.value / figure.value)) < Math.abs(Math.log(q.value / chipFigure.value));
  // "The GB300 in the NVL72 rack is rated at 1,400 W": the chip named on its own, and the figure is its figure, a
  // fraction of the rack's. ("The GB300 NVL72 rack draws 1,400 W" names only the rack, and stays the rack's.)
  const isChipFigure = says && figure && chipFigure && !nearerSystem && q.value < figure.value / 10 && withinRatio(q.value / chipFigure.value, toleranceFor(q, ctx.tolerances));
  if (isChipFigure && chipNamedAlone(ctx)) return undefined;
  // "The GB300 NVL72 rack draws 1,400 W": one GPU's figure given as the system's, the per-GPU/per-system mix-up.
  if (isChipFigure && figure && chipFigure) return judgedAgainst(ctx, figure, `${sys.name} ${what}`, `${key}:${sys.id}`, `${fmt(chipFigure.value, chipFigure.unit)} is one ${ctx.acc!.acc.name}'s figure, not the ${sys.name}'s`);
  if (says) return outcome;
  // "DGX H100 total HBM bandwidth: 3.35 TB/s": a total is the system's, even when it is one chip's figure.
  if (figure && TOTAL_WORDS.test(clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span))) {
    const isOneChips = chipFigure && ctx.acc && withinRatio(q.value / chipFigure.value, toleranceFor(q, ctx.tolerances));
    return isOneChips ? judgedAgainst(ctx, figure, `${sys.name} ${what}`, `${key}:${sys.id}`, `${fmt(chipFigure.value, chipFigure.unit)} is one ${ctx.acc!.acc.name}'s figure, not the ${sys.name}'s total`) : outcome;
  }
  // Neither matches: the one it is nearer is the one it is about ("Vera Rubin NVL72: 2.5 PB/s" is the rack's, wrong).
  return nearerSystem ? outcome : undefined;
}

/** At most this many times the chips' power is a system's IT power (DGX H100: 10.2 kW for 8 × 700 W). */
const HOSTS_FACTOR = 1.9;

/** "100,000 H100s at 700 W", "8 × 1,000 W": a count of chips right before a per-chip power figure. */
function chipCountBefore(ctx: Ctx, figure: Quantity): Quantity | undefined {
  return ctx.claim.siblings.find((x) => {
    if (x === figure || x.span.end > figure.span.start || figure.span.start - x.span.end > 24 || !(x.value > 1) || !Number.isInteger(x.value)) return false;
    if (x.kind === 'count' ? !(isChipNoun(x) || ctx.claim.mentions.some((m) => m.kind === 'accelerator' && m.span.start >= x.span.start && m.span.start <= x.span.end + 1)) : x.kind !== 'multiplier') return false;
    return /^[^.;,]{0,16}?(?:\bat|×|\*|@|\bx|\bof|\bdrawing|\beach at)\s{0,2}(?:~|about\s|roughly\s)?\s{0,2}$/i.test(ctx.prose.slice(x.span.end, figure.span.start));
  });
}

const BITS_HINT = '; ×8 would match: bits written where bytes were meant?';

/**
 * A count of the named system right before its name ("10 GB200 NVL72 racks", "Ten DGX H100s", "four DGX B200"), in
 * the figure's clause before the figure; undefined for one.
 */
function systemCount(ctx: Ctx, id: string): number | undefined {
  const q = ctx.claim.quantity;
  // ("120 kW per rack", "13.4 TB/system": one system's figure.)
  if (q.per || q.unit.includes('/rack') || q.unit.includes('/node')) return undefined;
  // ("The 64 DGX H100 nodes draw 64 × 10.2 kW = 653 kW": a figure multiplied by the count is each system's.)
  if (/\d\s{0,2}[×*]\s{0,2}(?:~|≈)?\s{0,2}$/.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 12), q.span.start))) return undefined;
  for (const m of ctx.claim.mentions) {
    if (m.kind !== 'system' || m.id !== id || m.span.end > q.span.start) continue;
    const between = ctx.prose.slice(m.span.end, q.span.start);
    if (/[;.](?:\s|$)/.test(between) || between.length > 48) continue;
    // ("1,000 GB200 NVL72 racks at ~120 kW", "… each draws 10.2 kW": each system's figure.)
    if (/\b(?:at|each|apiece)\s{1,2}(?:[a-z]+\s{1,2})?(?:~|≈|about\s|roughly\s)?\s{0,2}$|@\s{0,2}$/i.test(between) || /^\s{0,2}(?:each|apiece|per\s)/i.test(ctx.prose.slice(q.span.end, q.span.end + 12))) return undefined;
    const numeric = ctx.claim.siblings.find((x) => x !== q && (x.kind === 'count' || x.kind === 'multiplier') && x.noun !== 'gpu' && x.noun !== 'chip' && x.noun !== 'accelerator' && Number.isInteger(x.value) && x.value > 1 && !countsItsChips(x, m, getSystem(id)) && ((x.span.end <= m.span.start && m.span.start - x.span.end <= 2) || (x.span.start < m.span.start && x.span.end >= m.span.end)) && !/[×x*]\s{0,2}$/i.test(x.raw));
    if (numeric) return numeric.value;
    const word = /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)\s{1,2}$/i.exec(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, m.span.start - 10), m.span.start));
    if (word) return WORD_COUNTS[word[1]!.toLowerCase()];
  }
  return ctx.rackWords ? chipSystemsCount(ctx) : undefined;
}

/** "2 B200 boxes at 14.3 kW each" (each system's), "4 H100 nodes draw 41 kW" (4 systems'): the count of a chip's systems before the figure. */
function chipSystemsCount(ctx: Ctx): number | undefined {
  const q = ctx.claim.quantity;
  if (!ctx.acc || !ctx.rackWords) return undefined;
  for (const m of ctx.claim.mentions) {
    if (m.kind !== 'accelerator' || m.id !== ctx.acc.acc.id || m.span.end > q.span.start) continue;
    const between = ctx.prose.slice(m.span.end, q.span.start);
    if (/[;.](?:\s|$)/.test(between) || between.length > 48) continue;
    // (An "each" right after another figure is that one's: "4 B200 servers at 14.3 kW each draw 57 kW".)
    const last = ctx.claim.siblings.filter((x) => x !== q && x.span.start >= m.span.end && x.span.end <= q.span.start).pop();
    const after = last ? ctx.prose.slice(last.span.end, q.span.start).replace(/^\s{0,2}(?:each|apiece)\b/i, '') : between;
    // ("… at 14.3 kW each", "… each draws 14.3 kW": each system's figure.)
    if (/\b(?:at|each|apiece)\s{1,2}(?:[a-z]+\s{1,2})?(?:~|≈|about\s|roughly\s)?\s{0,2}$|@\s{0,2}$/i.test(after) || /^\s{0,2}(?:each|apiece|per\s)/i.test(ctx.prose.slice(q.span.end, q.span.end + 12))) return undefined;
    const n = countsChipSystems(ctx.prose, m);
    if (n !== undefined) return n;
  }
  return undefined;
}

/** "An 8x H100 DGX": the count before a system named by its chip is the system's chips, not a count of systems. */
function countsItsChips(x: Quantity, m: Mention, sys: System | undefined): boolean {
  return !!sys && x.value === sys.gpusPerDomain && !/^(?:dgx|hgx)\b/i.test(m.raw);
}

/** An outline item's parents say KV ("KV cache per token:"). */
function parentSaysKv(ctx: Ctx): boolean {
  const carried = ctx.claim.carried;
  if (!carried?.nested || !carried.spans) return false;
  return carried.spans.some((span) => KW.kv.test(ctx.prose.slice(span.start, Math.min(span.end, span.start + 200)).toLowerCase()));
}

/** "the H100's 80 GB", "H100's ~80 GB": a chip's possessive right before the figure at `at`, which is its own. */
function ownFigureAfter(prose: string, m: Mention, at: number): boolean {
  return (/['’]s$/.test(m.raw) ? /^\s{1,2}(?:~|about\s|roughly\s)?$/ : /^['’]s\s{1,2}(?:~|about\s|roughly\s)?$/).test(prose.slice(m.span.end, at));
}

/** Words that make a system's figure its total, not one chip's. */
const TOTAL_WORDS = /\b(?:total|aggregate|combined|altogether|in all|summed|insgesamt|gesamt|au total|en total)\b/i;

/** `figure` judged with no check that the statement is about it (the statement says it is), and `why` said. */
function judgedAgainst(ctx: Ctx, figure: Figure, label: string, key: string, why: string): Outcome {
  const d: Derived = { value: figure.value, unit: figure.unit, derivation: [`${label}: ${fmt(figure.value, figure.unit)}`], sources: [figure.source, ...(figure.additionalSources ?? [])], assumptions: [] };
  const outcome = withAcc(ctx, { evaluation: judge(ctx, figure.value, d, 'spec', figure.confidence === 'low'), kind: 'spec', key, subject: label });
  // (Off by the system's eight GPUs, not by bits for bytes.)
  outcome.evaluation.reason = `${outcome.evaluation.reason.replace(BITS_HINT, '')}; ${why}`;
  return outcome;
}

/** The statement names the chip in words of its own, not only as part of a system's name ("GB300" vs "GB300 NVL72"). */
function chipNamedAlone(ctx: Ctx): boolean {
  const id = ctx.acc?.acc.id;
  const mentions = ctx.claim.mentions;
  return id !== undefined && mentions.some((m) => m.kind === 'accelerator' && m.id === id && !mentions.some((s) => s.kind === 'system' && s.span.start <= m.span.start && s.span.end >= m.span.end));
}

/** The chip's peak FLOP/s at the statement's precision and sparsity (dense unless it says sparse), and its name. */
function statedPeak(ctx: Ctx, a: Accelerator): { figure: FlopsFigure; label: string } | undefined {
  const figure = model.flopsFigure(a, ctx.precision, ctx.sparsity ?? 'dense');
  return figure && { figure, label: `${a.name} ${figure.sparsity} ${figure.precision.toUpperCase()}` };
}

/**
 * "650 TFLOPS in BF16 on H100 … it's 66% of peak", "2.9 TB/s, 87% of the HBM bandwidth": an achieved figure in the
 * statement over the chip's peak (dense FLOP/s at the stated precision, or HBM bandwidth).
 */
function percentOfPeak(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const acc = ctx.acc;
  if (!acc) return undefined;
  // The share's words say which peak: MFU and "of peak" for compute, MBU and "of the bandwidth" for memory.
  const after = ctx.prose.slice(q.span.end, q.span.end + 40).toLowerCase();
  // ("27% of the 1,979 TFLOPS FP8 dense peak", "38% of dense BF16 peak", "43% of the A100's 312 TFLOPS".)
  let flopsWords = /^\s*(?:mfu\b|(?:flops? )?utili[sz]ation\b|of (?:the |its )?(?:[a-z\d-]{1,20}['’]s\s)?(?:[\d.,]+\s?[tpe]?flop\/?s\s+)?(?:(?:dense|sparse|bf16|fp16|fp8|fp4|tf32|tensor[- ]core)\s+){0,2}(?:theoretical |spec )?(?:peak|flops)\b|of (?:the |its )?[a-z\d-]{1,20}['’]s\s[\d.,]+\s?[tpe]?flop\/?s\b)/.test(after);
  let bandwidthWords = /^\s*(?:mbu\b|(?:bandwidth )?utili[sz]ation\b|of (?:the )?(?:theoretical |spec )?(?:peak|(?:hbm |memory )?bandwidth)\b)/.test(after);
  // A table's "% of peak", "MFU" or "MBU" column: the row's figure of that kind is the achieved one.
  const header = ctx.line.cell?.header.lower;
  if (header && !flopsWords && !bandwidthWords && PEAK_SHARE_HEADER.test(header)) {
    flopsWords = !/\bmbu\b|bandwidth/.test(header);
    bandwidthWords = !/\bmfu\b|flop/.test(header);
  }
  if (!flopsWords && !bandwidthWords) return undefined;
  // The achieved figure is the last one before the share, close to it and not inside another quote.
  // (A figure that is the chip's peak itself is what the share is of, not what was achieved: "An H100 does 989 TFLOPS
  // dense BF16; at ~40% MFU that's ~400 TFLOPS".)
  const peakOf = (x: Quantity): Figure | undefined => (x.unit === 'FLOP/s' ? statedPeak(ctx, acc.acc)?.figure : acc.acc.hbmBandwidth);
  const isThePeak = (x: Quantity): boolean => {
    const p = peakOf(x);
    return !!p && withinRatio(x.value / p.value, ctx.tolerances.exact);
  };
  let achieved: Quantity | undefined;
  for (const x of ctx.claim.siblings) {
    if (x.span.end > q.span.start) break;
    if (x.kind === 'measure' && ((x.unit === 'FLOP/s' && flopsWords) || (x.unit === 'B/s' && bandwidthWords)) && !isPeakFigure(ctx, x) && !isThePeak(x)) achieved = x;
  }
  if (!achieved || q.span.start - achieved.span.end > 80 || /["“”]/.test(ctx.prose.slice(achieved.span.end, q.span.start))) return undefined;
  const compute = achieved.unit === 'FLOP/s' ? statedPeak(ctx, acc.acc) : undefined;
  const peak = compute ? compute.figure : achieved.unit === 'B/s' ? acc.acc.hbmBandwidth : undefined;
  if (!peak) return undefined;
  const label = compute ? compute.label : `${acc.acc.name} ${model.memoryWord(acc.acc)} bandwidth`;
  // A percent's value is in percent ("66%" is 66).
  const value = (100 * achieved.value) / peak.value;
  const d: Derived = {
    value,
    unit: '%',
    derivation: [`${label}: ${fmt(peak.value, peak.unit)}`, `${achieved.raw.trim()} ÷ ${fmt(peak.value, peak.unit)} = ${value.toFixed(1)}%`],
    sources: [peak.source],
    assumptions: [],
  };
  // (A share written from two figures is arithmetic: "≈ 85%" for 74.8% is no rounding. Within 10%, not the ±25% of a hedge.)
  const outcome = roofline(ctx, d, acc, null, `share of ${label}`);
  if (outcome.evaluation.verdict === 'consistent' && !withinRatio(q.value / value, SHARE_TOLERANCE)) {
    return { ...outcome, evaluation: { ...judge(ctx, value, d, 'model', false, SHARE_TOLERANCE), assumptions: outcome.evaluation.assumptions } };
  }
  return outcome;
}

const PEAK_SHARE_HEADER = /%\s{0,2}(?:of\s{1,2})?(?:the\s{1,2})?(?:peak|spec|theoretical)|\b(?:mfu|mbu|utili[sz]ation)\b/;

/**
 * "~740 TFLOPS, i.e. about 75% of the 989 TFLOPS peak", "13 tok/s, ~65% of the 20 tok/s roofline": a share whose whole
 * is written right after its "of", over the figure of the same unit before the share: arithmetic as written.
 */
function percentOfWritten(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const siblings = ctx.claim.siblings;
  const i = siblings.indexOf(q);
  const whole = siblings[i + 1];
  if (i < 1 || !whole || whole.unit === '' || whole.unit === '%' || !(whole.value > 0)) return undefined;
  if (!SHARE_OF_WHOLE.test(ctx.prose.slice(q.span.end, whole.span.start))) return undefined;
  const part = siblings[i - 1]!;
  if (part.unit !== whole.unit || q.span.start - part.span.end > 80 || /["“”]/.test(ctx.prose.slice(part.span.end, q.span.start))) return undefined;
  const partValue = part.range ? (part.range[0] + part.range[1]) / 2 : part.value;
  const value = (100 * partValue) / whole.value;
  const d: Derived = { value, unit: '%', derivation: [`${part.raw.trim()} ÷ ${whole.raw.trim()} = ${value.toFixed(1)}%`], sources: [], assumptions: ['inputs as stated in the same statement'] };
  // (As for a share of a chip's peak: within 10%, not the ±25% of a hedge.)
  return { evaluation: judge(ctx, value, d, 'arithmetic', false, SHARE_TOLERANCE), kind: 'arithmetic', key: null };
}
/** Between a share and its whole: "of the", "of its", "of the H100's", "of an". */
const SHARE_OF_WHOLE = /^\s{0,2}of\s{1,2}(?:(?:the|its|their|an?)\s{1,2})?(?:[\w-]{1,20}['’]s\s{1,2})?(?:~|≈|about\s{1,2})?$/i;

/**
 * "3.8e25 FLOPs; at 40% MFU on 16,384 H100s that's about 70 days": a run takes its FLOPs over the fleet's
 * throughput, N × the chip's dense peak at the precision × the utilisation. Without a utilisation the peak gives
 * the least time it could take.
 */
function trainingTime(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const acc = ctx.acc;
  if (!acc || q.value < 3600) return undefined;
  const before = ctx.claim.siblings.filter((x) => x.span.end <= q.span.start);
  const work = before.find((x) => x.unit === 'FLOP' && x.value >= 1e18);
  if (!work) return undefined;
  const gpus = gpuCount(ctx);
  if (!gpus) return undefined;
  const stated = statedPeak(ctx, acc.acc);
  if (!stated) return undefined;
  const { figure: peak, label } = stated;
  const mfu = before.find((x) => x.kind === 'percent' && /^\s*(?:mfu|utili[sz]ation|of peak)\b/i.test(ctx.prose.slice(x.span.end, x.span.end + 16)));
  const share = mfu ? mfu.value / 100 : 1;
  const value = work.value / (gpus * peak.value * share);
  const d: Derived = {
    value,
    unit: 's',
    derivation: [`${label}: ${fmt(peak.value, 'FLOP/s')}`, `${work.raw.trim()} ÷ (${gpus.toLocaleString('en-US')} × ${fmt(peak.value, 'FLOP/s')}${mfu ? ` × ${mfu.raw.trim()}` : ''}) = ${fmt(value, 's')}`],
    sources: [peak.source],
    assumptions: mfu ? [] : ['no utilisation given: at peak, the least time the run could take'],
  };
  const outcome = roofline(ctx, d, acc, null, 'training run time');
  return mfu ? outcome : (latencyAtLeast(ctx, outcome, value) ?? outcome);
}

/**
 * "$2.10/GPU-hour … at 3,000 tokens/s per GPU that's about $0.19 per million tokens": serving cost is the price of
 * a GPU-second over the tokens it makes in that second. The throughput is in the statement; the price there or
 * earlier in its paragraph.
 */
function costPerToken(ctx: Ctx, tokens?: Quantity): Outcome | undefined {
  const q = ctx.claim.quantity;
  let price: Quantity | undefined;
  let perSecond: number | undefined;
  // The price may be in an earlier sentence of the paragraph ("We pay $2.10/GPU-hour. At 3,000 tokens/s that's …").
  for (const x of ctx.claim.earlierPrice ? [...ctx.claim.siblings, ctx.claim.earlierPrice] : ctx.claim.siblings) {
    if (x === q) continue;
    const p = pricePerSecond(x);
    if (p !== undefined) {
      price = x;
      perSecond = p;
      break;
    }
  }
  const throughput = ctx.claim.siblings.find((x) => x !== q && x.noun === 'token' && x.dimension.s === -1 && Object.keys(x.dimension).length === 1 && x.value > 0);
  if (!price || perSecond === undefined || !throughput) return undefined;
  // "8× H100 at $2/GPU-hour with 3,000 tokens/s aggregate": a price per GPU and the throughput of all of them.
  const chips = /^USD\/(?:gpu|chip|accelerator|card)/i.test(price.unit) ? chipCountIn(ctx) : undefined;
  const group = chips !== undefined && chips > 1 && !/gpu|chip|device|card/i.test(throughput.per ?? '') && !/^\s{0,2}(?:per|\/|a|each)\s{0,2}(?:gpu|chip|card|device)\b/i.test(ctx.prose.slice(throughput.span.end, throughput.span.end + 16)) && GROUP_THROUGHPUT.test(ctx.lower);
  const groupPerSecond = group ? perSecond * chips! : perSecond;
  const perToken = groupPerSecond / throughput.value;
  const value = tokens ? perToken * tokens.value : perToken;
  const derivation = [group ? `${price.raw.trim()} × ${chips} GPUs = ${fmt(groupPerSecond, 'USD')} per second; ÷ ${throughput.raw.trim()} = ${fmt(perToken, 'USD/token')}` : `${price.raw.trim()} = ${fmt(perSecond, 'USD')} per GPU-second; ÷ ${throughput.raw.trim()} = ${fmt(perToken, 'USD/token')}`];
  if (tokens) derivation.push(`× ${tokens.raw.trim()} = ${fmt(value, 'USD')}`);
  const d: Derived = {
    value,
    unit: tokens ? 'USD' : 'USD/token',
    derivation,
    sources: [],
    assumptions: [group ? `the throughput is all ${chips} GPUs'` : 'the price and the throughput are for the same GPU (or the same node)', ...(ctx.claim.siblings.includes(price) ? [] : [`the price from earlier in the paragraph (${price.raw.trim()})`])],
  };
  return roofline(ctx, d, undefined, null, tokens ? `serving cost of ${tokens.raw.trim()}` : 'serving cost per token');
}

/** Words that make a throughput the whole group's: "3,000 tokens/s aggregate", "an 8× H100 node serving …". */
const GROUP_THROUGHPUT = /\b(?:aggregate|total|combined|in all|altogether|nodes?|servers?|box|cluster|system)\b/;

const COST_OF_BEFORE = /^\s{0,2}(?:[\w/.,-]+\s+){0,5}?(?:costs?|come to|comes to|run(?:s)? (?:you|us)?|is|are|=|≈|~|:)\s{0,2}(?:about|around|roughly|~|≈)?\s{0,2}$/i;
const COST_OF_AFTER = /^\s{0,2}(?:for|to (?:serve|generate|produce))\s{1,2}(?:a|an|the)?\s{0,2}$/i;

/** "At $2/hr per H100 and 3,000 tokens/s, a million tokens costs about $0.19": the cost per token × the tokens. */
function costOfTokens(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  // The count is what the figure is the cost of: "a million tokens costs about $0.19", "$185 for 1B tokens".
  const tokens = ctx.claim.siblings.find(
    (x) =>
      x !== q &&
      x.noun === 'token' &&
      !x.per &&
      Object.keys(x.dimension).length === 0 &&
      x.value >= 1 &&
      (x.span.end <= q.span.start ? COST_OF_BEFORE.test(ctx.prose.slice(x.span.end, q.span.start)) : COST_OF_AFTER.test(ctx.prose.slice(q.span.end, x.span.start))),
  );
  return tokens ? costPerToken(ctx, tokens) : undefined;
}

/** "At $2 per GPU-hour, 2.788M GPU-hours cost $5.576M": a run's cost is its GPU-hours times the price of one. */
function costOfRun(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const before = ctx.claim.siblings.filter((x) => x !== q && x.span.end <= q.span.start);
  const prices = before.filter((x) => x.unit.startsWith('USD') && /^gpu-?h(?:ou)?rs?$/i.test(x.per ?? ''));
  // (The GPU-hours may be in an earlier sentence of the paragraph: "… = 73,728 GPU-hours. At $2.20 per GPU-hour: $162K.")
  const own = ctx.claim.siblings.filter((x) => x !== q && x.noun === 'gpu-hour' && x.kind === 'count' && !x.per);
  const hours = own.length === 0 && ctx.claim.earlierGpuHours ? [ctx.claim.earlierGpuHours] : own.filter((x) => x.span.end <= q.span.start);
  if (prices.length !== 1 || hours.length !== 1) return undefined;
  const price = prices[0]!;
  const h = hours[0]!;
  // ("… is $52M; at $3 it's $78M": another price, or another cost, between them is the figure's own.)
  if (before.some((x) => x !== price && x.unit.startsWith('USD') && x.span.start > price.span.start)) return undefined;
  const value = price.value * h.value;
  const d: Derived = { value, unit: 'USD', derivation: [`${h.raw.trim()} × ${price.raw.trim()} = ${fmt(value, 'USD')}`], sources: [], assumptions: ['inputs as stated in the same statement'] };
  return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null };
}

function conceptRoute(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  if (q.unit === 'USD/token') return costPerToken(ctx);
  if (q.unit === 'USD' && !q.per) {
    const cost = costOfTokens(ctx) ?? costOfRun(ctx);
    if (cost) return cost;
  }
  // "1.8 TB/s per GPU", "20 PFLOPS per GPU": per-chip figures compare like the chip's own.
  let u = q.unit.includes('/') ? q.unit.replace(/\/(?:gpu|chip|accelerator|device|rack|node|system|server|pod|port|link)$/i, '') : q.unit;
  // "1.6 Tb/s per port", "a 10 TB/s NV-HBI link": a link's figure, never the chip's memory.
  const perLink = /\/(?:port|link)$/i.test(q.unit) || (q.unit === 'B/s' && /^\s*(?:[\w-]+\s+){0,2}(?:links?|interconnect|fabric|bridge)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 32)));
  // "~40 GB per sequence" of KV cache: the cache of one sequence. Bytes per sequence at a stated context
  // length ("at 128k context that is ~9 GB per sequence") are the KV cache too, named or not.
  const perSequence = /^B\/(?:sequence|seq|request|user|prompt|conversation)$/i.test(u);
  const sequenceCache = perSequence && !!ctx.arch && contextTokensIn(ctx) !== undefined;
  if (perSequence && (ctx.line.has('kv') || !!ctx.section?.hasKv() || sequenceCache)) u = 'B';
  // "70 ms per step", "20 ms per token" of decode (or of reading the weights): the step time itself.
  // ("Llama 3.1 405B FP8 on 8×H100: ~4 ms per token at batch 1": a named model's time per token is its decode step.)
  if (u === 's/step' || (u === 's/token' && (ctx.line.has('decode') || ctx.line.has('drain') || (!!ctx.arch && !/prefill|prompt|\bttft\b|first token/.test(ctx.lower))))) u = 's';
  const l = ctx.lower;
  // "H100 L2 cache is 50 MB", "Infinity Cache: 256 MB", "each SM delivers 7.5 TFLOPS": on-chip caches and per-SM
  // figures, which the catalog does not hold (and which must not be read as HBM or the chip's peak). The words are
  // the figure's own: before it in its clause, or right after it ("a 50 MB L2").
  if (q.kind === 'measure' && (u === 'B' || u === 'B/s' || u === 'FLOP/s' || u === 'W') && ctx.line.has('onChip')) {
    const before = ctx.prose.slice(Math.max(clauseStart(ctx.prose, ctx.claim.statement.span.start, q.span), q.span.start - 32), q.span.start).toLowerCase();
    const after = ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 20)).toLowerCase();
    const own = ON_CHIP_AFTER.exec(after) ?? (/^\s{0,2}(?:of\s{1,2})?(?:hbm|memory|vram)/.test(after) ? null : ON_CHIP_BEFORE.exec(before));
    if (own) return unverifiable(ctx, 'spec', `an on-chip figure (${own[1]!.trim()}), which the catalog does not hold`);
  }
  // "stacks of 24 GB each", "96 GB per die": one part's figure, which the catalog does not hold.
  const part = q.kind === 'measure' ? perPartOf(ctx) : undefined;
  if (part) return unverifiable(ctx, 'spec', `a figure per ${part}, which the catalog does not hold (it has the chip's)`);
  if (u === 's') {
    const run = trainingTime(ctx);
    if (run) return run;
    const copy = linkTransferTime(ctx);
    if (copy) return copy;
    if (ctx.line.has('drain')) {
      const acc = ctx.acc ?? ctx.fallbackAcc;
      if (!acc) return undefined; // about uncatalogued hardware
      // (Bytes read per token are what one step reads: "decode reads ~25.8 GB per token, about 7.7 ms per step";
      // so are one GPU's: "reads ~8.8 GB per GPU per step, about 2.6 ms".)
      // (The nearest before the time: "70 GB … reads ~8.8 GB per chip per step: ~11 ms" is the chip's 8.8 GB.)
      const bytes = (x: Quantity) => x !== q && (x.unit === 'B' || DRAIN_BYTES_UNIT.test(x.unit));
      const capacity = ctx.claim.siblings.filter((x) => bytes(x) && x.span.end <= q.span.start).pop() ?? ctx.claim.siblings.find(bytes);
      const perGpuBytes = capacity !== undefined && /\/(?:gpu|chip|device|rank|shard)\b/i.test(capacity.unit);
      // "Reading all of DeepSeek-V3's FP8 weights once on 8×H200 takes ~17 ms": no bytes written, a named model's weights.
      const weights = !capacity && ctx.arch && /\bweights\b/.test(l) ? model.weightBytes(ctx.arch, ctx.precision) : undefined;
      const drained = model.hbmDrainTime(acc.acc, capacity?.value ?? weights?.value);
      const one = drained && weights ? { ...drained, derivation: [...weights.derivation, ...drained.derivation], sources: [...weights.sources, ...drained.sources], assumptions: [...weights.assumptions, ...drained.assumptions.filter((a) => !a.startsWith('capacity:'))] } : drained;
      // Bytes stated over several GPUs ("37 GB … on 8×H200 that's ~1 ms") are read by all of them at once.
      const gpus = one && (capacity || weights) && !perGpuBytes ? replicaGpus(ctx) : 1;
      const d = one && gpus > 1 ? { ...one, value: one.value / gpus, derivation: [...one.derivation, `÷ ${gpus} GPUs reading their shares at once = ${fmt(one.value / gpus, 's')}`], assumptions: [...one.assumptions, `the bytes split evenly over ${gpus} GPUs`] } : one;
      if (d) return roofline(ctx, d, acc, gpus > 1 ? null : `hbm-drain-time:${acc.acc.id}`, `HBM read time (${acc.acc.name}${gpus > 1 ? ` × ${gpus}` : ''})`);
    }
    // "Prefill for a 4k-token prompt … about 0.6 s", "TTFT ~200 ms at 8k tokens": a latency is at least the compute
    // to prefill the prompt; below it is impossible, above it is what systems do.
    if (/\bprefill|\bttft\b|time to first token/.test(l) && ctx.arch) {
      const tokens = promptTokensIn(ctx);
      const acc = ctx.acc ?? ctx.fallbackAcc;
      if (!acc) return undefined; // about uncatalogued hardware
      const gpus = replicaGpus(ctx);
      const d = tokens ? model.prefillTime(ctx.arch, acc.acc, ctx.precision, tokens, gpus) : undefined;
      if (d) {
        const outcome = roofline(ctx, d, acc, null, `prefill of ${model.tokenCount(tokens!)} tokens (${ctx.arch.name} on ${gpus > 1 ? `${gpus} × ` : ''}${acc.acc.name})`);
        return latencyAtLeast(ctx, outcome, d.value) ?? outcome;
      }
    }
    // ("| H100 ×2, TP=2, BF16 | 70.6 GB | 21.1 ms |" under "roofline ITL": the time between tokens is the decode step.)
    // (So is an "ITL" in prose, in the figure's clause, of a model the statement or its heading names: "Intern's
    // estimate: 4.4 ms ITL" under "## Llama 3.1 70B FP8 on B200"; not "TTFT ~200 ms, ITL 30 ms at p50" of a note's model.)
    const itl = ctx.line.cell ? ITL_HEADER.test(ctx.line.cell.header.lower) : ctx.archNamed && ITL_HEADER.test(clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span).toLowerCase());
    if ((ctx.line.has('decode') || q.unit === 's/token' || itl) && ctx.arch) {
      const acc = ctx.acc ?? ctx.fallbackAcc;
      if (!acc) return undefined; // about uncatalogued hardware
      const batch = batchIn(ctx) ?? 1;
      const context = contextTokensIn(ctx);
      const gpus = replicaGpus(ctx);
      const d = model.decodeStep(ctx.arch, acc.acc, ctx.precision, batch, gpus, context);
      // Batch, context and GPUs are part of the quantity: a step at batch 64 is not a step at batch 1.
      if (d) {
        const on = gpus > 1 ? `${gpus} × ${acc.acc.name}` : acc.acc.name;
        const outcome = roofline(ctx, withSplit(d, gpus), acc, `decode-step:${ctx.arch.id}:${acc.acc.id}:${ctx.precision}:b${batch}${context ? `:ctx${context}` : ''}${gpus > 1 ? `:g${gpus}` : ''}`, `decode step time (${ctx.arch.name} on ${on}, batch ${batch}${context ? `, ${model.tokenCount(context)} tokens of context` : ''})`);
        return achievedBound(ctx, outcome, d.value, 'atLeast') ?? outcome;
      }
    }
    return undefined;
  }
  // "~2 KB per token per layer" (or "per layer per token") is per token too; perLayer below reads the layer.
  // A figure per something else ("→ ~40 GB per sequence") is not, even right after a per-token one.
  const perToken =
    u === 'B/token' ||
    u === 'B/token/layer' ||
    u === 'B/layer/token' ||
    (u === 'B' && !(q.per && !/token/.test(q.per)) && /per[- ]token|\/token|a token|each token/.test(l) && /per[- ]token|\/token|a token|each token/.test(nearFigure(ctx, 40, 32)) && !CONTEXT_AFTER.test(ctx.prose.slice(q.span.end, q.span.end + 24)) && !contextBetweenPerTokenAnd(ctx)) ||
    // A table column "KV / token", "Bytes per token".
    (u === 'B' && !q.per && !!ctx.line.cell && /per[- ]token|\/\s?token/.test(ctx.line.cell.header.lower)) ||
    // "128 KiB × 8,192 = 1 GiB per sequence": the bytes a context length multiplies are per token.
    (u === 'B' && !q.per && timesContext(ctx));
  // ("- KV cache per token:" above "  - Llama 3.1 405B: about 516 KB per token": the item it is nested under says KV.)
  // (Or a heading further up, for a figure per token in the KV cache's range (KB to MB, not the GB of weights a decode
  // step reads per token): "# KV cache sizing cheat sheet" › "## Worked examples" › "- … = 256 KiB per token".)
  const kvContext = ctx.line.has('kv') || (!!ctx.section && ctx.section.hasKv()) || sequenceCache || parentSaysKv(ctx) || (perToken && q.value < 1e8 && !!ctx.outerSection?.hasKv());
  // (Not a figure said to be the weights: "the 16 GB of weights" in a sentence about the KV cache.)
  if (u === 'B' && !perToken && kvContext && ctx.arch && !isWeightsFigure(ctx, q)) {
    const tokens = contextTokensIn(ctx);
    if (tokens) {
      const per = model.kvBytesPerToken(ctx.arch, { bytesPerValue: ctx.precisionStated ? model.bytesPerParam(ctx.precision) : 2 });
      const value = per.value * tokens;
      per.derivation.push(`${fmt(per.value, 'B')} × ${fmt(tokens, '')} tokens = ${fmt(value, 'B')} per sequence`);
      // "At batch 256 with 4k context … the KV reads add ~344 GB", "100 users at 32k context hold ~230 GB": every
      // sequence's cache, unless the figure is one sequence's.
      // ("… 83 sequences at the full 128k context (9.2 GB each)": one sequence's, "each" after it too.)
      const eachBefore = /\beach\b[^,;.]{0,16}$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 24), q.span.start)) || /^\s{0,2}(?:each|apiece)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 10));
      const sequences = perSequence || eachBefore || /\b(?:per|each|a|one)\s+(?:sequence|request|user|conversation)\b/.test(nearFigure(ctx, 40, 32)) ? 1 : (batchIn(ctx) ?? usersIn(ctx) ?? 1);
      if (sequences > 1) {
        per.derivation.push(`× ${fmt(sequences, '')} sequences = ${fmt(value * sequences, 'B')}`);
        return roofline(ctx, { ...per, value: value * sequences, unit: 'B' }, undefined, null, `KV cache of ${fmt(sequences, '')} sequences of ${fmt(tokens, '')} tokens (${ctx.arch.name})`);
      }
      const outcome = roofline(ctx, { ...per, value, unit: 'B' }, undefined, null, `KV cache for ${fmt(tokens, '')} tokens (${ctx.arch.name})`);
      // "An FP8 KV cache … 21.5 GB instead of 43 GB": the figure it is compared with is the other precision's.
      if (outcome.evaluation.verdict === 'inconsistent' && ctx.precisionStated && /\b(?:instead of|rather than|vs\.?|versus|compared (?:to|with)|down from|up from|from)\s{1,2}(?:~|about\s|roughly\s)?$/i.test(ctx.prose.slice(Math.max(0, q.span.start - 24), q.span.start))) {
        const otherBytes = model.bytesPerParam(ctx.precision) === 2 ? 1 : 2;
        const other = model.kvBytesPerToken(ctx.arch, { bytesPerValue: otherBytes });
        const otherValue = other.value * tokens;
        if (withinRatio(q.value / otherValue, toleranceFor(q, ctx.tolerances))) {
          other.derivation.push(`${fmt(other.value, 'B')} × ${fmt(tokens, '')} tokens = ${fmt(otherValue, 'B')} per sequence`);
          return roofline(ctx, { ...other, value: otherValue, unit: 'B', assumptions: [...other.assumptions, `the figure compared with, at ${otherBytes} B per value`] }, undefined, null, `KV cache for ${fmt(tokens, '')} tokens at ${otherBytes} B per value (${ctx.arch.name})`);
        }
      }
      return outcome;
    }
  }
  if (perToken && !kvContext && ctx.arch && u === 'B/token' && /\b(?:reads?|reading|streams?|loads?|moves?)\b/.test(l)) return weightsReadPerToken(ctx, ctx.arch);
  if (perToken && kvContext) {
    if (!ctx.arch) return unverifiable(ctx, 'roofline', 'KV bytes per token depend on the model: name one in the statement or set `model:` in frontmatter');
    // "70 KB per token with MLA vs ~2 KB per token per layer for GQA models": the figure's own clause names another
    // attention design than the model's, so it is about other models.
    const other = otherAttention(ctx, ctx.arch.attention);
    if (other) return unverifiable(ctx, 'roofline', `about ${other} models, not ${ctx.arch.name} (${ctx.arch.attention}): the KV cache depends on the attention design`);
    // Per layer only if this figure says so ("2 KB per token per layer"), not another one in the sentence.
    const perLayer = /layer/.test(q.per ?? '') || /^\s*(?:per|\/|each|a)\s*layer/i.test(ctx.prose.slice(q.span.end, q.span.end + 14));
    const d = model.kvBytesPerToken(ctx.arch, { perLayer, bytesPerValue: ctx.precisionStated ? model.bytesPerParam(ctx.precision) : 2 });
    const outcome = roofline(ctx, d, undefined, `kv-bytes-per-token${perLayer ? '-per-layer' : ''}:${ctx.arch.id}`, `KV cache per token${perLayer ? ' per layer' : ''} (${ctx.arch.name})`);
    // A model with sliding-window layers (gpt-oss): a figure counting every layer ("~72 KB per token") is the naive
    // cache, also a fair reading; the model's own counts only the layers that grow with context.
    const sliding = ctx.arch.slidingWindowLayers?.value;
    if (!perLayer && sliding && ctx.arch.fullAttentionLayers && outcome.evaluation.verdict === 'inconsistent') {
      const all = (d.value * ctx.arch.layers.value) / ctx.arch.fullAttentionLayers.value;
      if (withinRatio(ctx.claim.quantity.value / all, toleranceFor(ctx.claim.quantity, ctx.tolerances))) {
        const every: Derived = { ...d, value: all, derivation: [...d.derivation, `every one of the ${ctx.arch.layers.value} layers cached: ${fmt(all, 'B')} per token (the ${sliding} sliding-window layers keep only their window)`], assumptions: [...d.assumptions, 'all layers counted, as a naive cache does'] };
        return roofline(ctx, every, undefined, null, `KV cache per token, all layers (${ctx.arch.name})`);
      }
    }
    return outcome;
  }
  if (u === 'B' && isMemoryLeft(ctx)) return memoryLeft(ctx);
  if (u === 'B' && ctx.arch && TRAINING_STATE.test(l) && TRAINING_STATE.test(clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span).toLowerCase()) && !statedBytesPerParam(ctx) && !isCapacityOperand(ctx)) {
    // "A Llama 3 8B checkpoint with full optimizer state is about 128 GB": mixed-precision Adam keeps BF16 weights
    // and gradients, FP32 master weights and two FP32 moments, 16 bytes a parameter; a checkpoint leaves out the
    // gradients (14).
    const checkpoint = /\bcheckpoints?\b/.test(l) && !/\bgrad(?:ient)?s?\b/.test(l);
    const perParam = checkpoint ? 14 : 16;
    const value = ctx.arch.totalParams.value * perParam;
    const parts = checkpoint ? '2 (BF16 weights) + 4 (FP32 master) + 4 + 4 (Adam moments)' : '2 (BF16 weights) + 2 (gradients) + 4 (FP32 master) + 4 + 4 (Adam moments)';
    const d: Derived = { value, unit: 'B', derivation: [`${parts} = ${perParam} B per parameter`, `${fmt(ctx.arch.totalParams.value, '')} params × ${perParam} B = ${fmt(value, 'B')} (${ctx.arch.name})`], sources: [ctx.arch.totalParams.source], assumptions: [`model: ${ctx.arch.name}`, 'mixed-precision training with Adam'] };
    return roofline(ctx, d, undefined, null, `${checkpoint ? 'checkpoint' : 'training state'} of ${ctx.arch.name} (weights and Adam states)`);
  }
  // The figure's clause, as written and lower-cased, for the words of memory and bandwidth below (read once).
  const clauseText = u === 'B' || u === 'B/s' ? clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span) : '';
  const figureClause = clauseText.toLowerCase();
  // "480 GB of LPDDR5X", "8 GB of unified memory", "DDR5 memory is 96 GB/s": memory the catalog does not hold (it
  // has each chip's HBM), whatever chip the note is about.
  if ((u === 'B' || u === 'B/s') && (ctx.acc || ctx.sys)) {
    const other = OTHER_MEMORY.exec(clauseText);
    // (Not the chip's own memory: "the L40S's 48 GB of GDDR6" is the figure the catalog holds for it.)
    const own = ctx.acc?.acc.memoryType?.toLowerCase() === other?.[0].toLowerCase();
    if (other && !own && !/\bhbm/.test(figureClause)) return unverifiable(ctx, 'spec', `a figure of ${other[0]}, which the catalog does not hold (it has each chip's HBM)`);
  }
  // "Ring all-reduce of 140 GB over 8 GPUs", "a checkpoint of 1.2 TB": a size moved or stored, not a capacity.
  if (u === 'B' && MOVED_SIZE_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 40), q.span.start))) {
    return unverifiable(ctx, 'market', 'a size moved or stored (an all-reduce, a transfer, a checkpoint), not a capacity the catalog holds');
  }
  // "the dataset was 1.2 TB of parquet": data on disk, which no chip's memory is (unless the clause says HBM).
  // (Words of the figure's own sentence and clause only; not the chip's own figure, "the H100's 80 GB". A named
  // model's checkpoint is left to the model's own checks.)
  const ownText = u === 'B' ? ownClauseText(ctx) : '';
  const stored = u === 'B' ? DATA_SIZE.exec(ownText) : null;
  if (stored && !((ctx.archNamed || (ctx.precisionStated && sizedByParamCount(ctx))) && /^checkpoints?$/.test(stored[0])) && !/\bhbm|\bweights\b|\bvram\b|\bgpu memory\b/.test(ownText) && !isCapacityOperand(ctx)) {
    return unverifiable(ctx, 'market', 'a size of data stored or fetched (a dataset, a download, a checkpoint) or of storage, not a capacity the catalog holds');
  }
  // "Qwen2.5-72B in BF16 (about 145 GB)": the weights of a model the catalog lacks, not the note's chip's memory.
  if (u === 'B' && isSizeAfterModel(ctx, 'otherModel')) {
    const other = ctx.claim.mentions.filter((m) => m.kind === 'otherModel' && m.span.end <= ctx.claim.quantity.span.start).pop();
    return unverifiable(ctx, 'roofline', `the weights of ${other?.raw ?? 'a model'}, a model the catalog does not hold (it cannot size its weights)`);
  }
  if (u === 'B') {
    // "gpt-oss-120b fits on a single 80 GB H100 in MXFP4 (about 63 GB)": what fits is the weights; so is a
    // figure right after the model ("hold Llama 3.1 70B in FP16 (141 GB)", "Llama 3 8B = 16 GB").
    // ("a Mixtral 8x7B decode step reads all 93 GB": what decode reads of a named model is its weights.)
    const readsAll = /\b(?:reads?|reading|streams?)\s{1,2}all\s{1,2}(?:of\s{1,2})?(?:the\s{1,2}|its\s{1,2})?(?:~|about\s|roughly\s)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 32), q.span.start));
    // (Not what the hardware has: "A full 8x H200 node has 1.13 TB; DeepSeek-V3 … fits".)
    const hardwareHas = /\b(?:nodes?|servers?|box(?:es)?|gpus?|chips?|systems?|racks?|[a-z]{0,8}\d{2,4}[a-z]?s?)\s{1,2}(?:has|have|with|offers?|carries|holds)\s{1,2}(?:~|about\s|roughly\s)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 40), q.span.start));
    // ("… does not fit in a DGX H100's 640 GB": the hardware's own figure.)
    // ("of the node's 640 GB": a system's own figure, named by a generic word.)
    const hardwareOwn = /\b(?:nodes?|servers?|box(?:es)?|systems?|racks?|clusters?|pods?|gpus?|chips?|cards?)['’]s?\s{1,2}(?:~|about\s{1,2}|roughly\s{1,2})?$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 24), q.span.start)) || ctx.claim.mentions.some((m) => (m.kind === 'accelerator' || m.kind === 'system') && m.span.end <= q.span.start && (/['’]s$/.test(m.raw) ? /^\s{1,2}(?:~|about\s{1,2}|roughly\s{1,2})?$/ : /^['’]s\s{1,2}(?:~|about\s{1,2}|roughly\s{1,2})?$/).test(ctx.prose.slice(m.span.end, q.span.start)));
    const ownParams = ctx.arch ? ctx.claim.siblings.find((x) => x !== q && x.span.end <= q.span.start && (x.noun === 'param' || x.noun === 'model') && withinRatio(x.value / ctx.arch!.totalParams.value, 0.1)) : undefined;
    // ("Llama 8B BF16 needs a v5e-4 slice: 4 GB per chip, ≈ 205 tok/s with TP=4": what a named model needs of each chip
    // it is split over is its shard of the weights, not the chip's HBM.)
    // ("Per GPU (TP=8) the 405B FP8 shard is 405 GB": a model's shard at a precision is its weights over the GPUs.)
    const shardNeeded = ctx.archNamed && !ctx.line.has('kv') && (hasPerChipUnit(q) ? /\b(?:needs?|requires?|takes?)\b/.test(ctx.prose.slice(ctx.claim.statement.span.start, q.span.start).toLowerCase()) : ctx.precisionStated && /\bshard\b/.test(l) && PER_GPU.test(l)) && replicaGpus(ctx) > 1;
    if ((ctx.line.has('weights') || /\bfits?\b/.test(l) || isSizeAfterModel(ctx) || readsAll || answersFirst(ctx) || shardNeeded || (ownParams && ctx.precisionStated && sizeRightAfterParams(ctx, ownParams))) && ctx.arch && !isCapacityOperand(ctx) && !hardwareHas && !hardwareOwn && !isMemoryLeft(ctx)) {
      if (GGUF_QUANT.test(clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span, isPartBreak)) || (!ctx.precisionStated && LOCAL_QUANT.test(ctx.lower))) {
        return unverifiable(ctx, 'roofline', 'a GGUF quantisation (Q4_K_M, Q8_0, …) mixes bits per weight, so its file size is no one precision’s');
      }
      // "… with Adam states it's ~16 bytes/param, ≈ 6.5 TB": the bytes per parameter the statement gives.
      const stated = statedBytesPerParam(ctx);
      if (stated) {
        const value = ctx.arch.totalParams.value * stated.value;
        const d: Derived = { value, unit: 'B', derivation: [`${fmt(ctx.arch.totalParams.value, '')} params × ${stated.value} B (${stated.raw.trim()}, as stated) = ${fmt(value, 'B')} (${ctx.arch.name})`], sources: [ctx.arch.totalParams.source], assumptions: [`model: ${ctx.arch.name}`] };
        return roofline(ctx, d, undefined, null, `memory of ${ctx.arch.name} at ${stated.value} B per parameter`);
      }
      // "reads 25.8 GB of active weights per token" (Mixtral 8x7B, BF16): an MoE's active weights, what decode reads.
      // ("gpt-oss-120b active weights in FP4 are about 2.6 GB": the same, said before the figure.)
      if (ctx.arch.activeParams.value < ctx.arch.totalParams.value && (/^\s{0,2}(?:of\s+)?(?:the\s+)?(?:active|activated|routed)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 24)) || /\b(?:active|activated|routed)\s{1,2}(?:expert\s{1,2})?(?:weights|params|parameters)\b[^.;,]{0,30}$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 60), q.span.start)))) return weightsReadPerToken(ctx, ctx.arch);
      const d = model.weightBytes(ctx.arch, ctx.precision);
      // "Weights per GPU with TP=8: ~51 GB": a tensor-parallel shard.
      // (Said of this figure, in its own clause: "405 GB of weights, …, i.e. 29 GB per GPU" keeps 405 GB the total.)
      // (A table cell keeps its header's and row label's words: "| weights/GPU |".)
      const own = ctx.line.cell ? l : clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span).toLowerCase();
      const shards = PER_GPU.test(own) || hasPerChipUnit(q) ? replicaGpus(ctx) : 1;
      if (shards > 1) {
        const shard: Derived = { ...d, value: d.value / shards, derivation: [...d.derivation, `${fmt(d.value, 'B')} ÷ ${shards} GPUs (tensor parallel) = ${fmt(d.value / shards, 'B')} per GPU`] };
        return roofline(ctx, shard, undefined, `weight-bytes:${ctx.arch.id}:${ctx.precision}:tp${shards}`, `weights per GPU of ${ctx.arch.name} in ${ctx.precision.toUpperCase()} over ${shards} GPUs`);
      }
      return roofline(ctx, d, undefined, `weight-bytes:${ctx.arch.id}:${ctx.precision}`, `weights of ${ctx.arch.name} in ${ctx.precision.toUpperCase()}`);
    }
    // ("At 140 GB of weights the 70B model needs …": the count may follow the weights, close, with no other size between.)
    const params = ctx.claim.siblings.find((x) => x !== q && x.span.end <= q.span.start && (x.noun === 'param' || x.noun === 'model') && x.value >= 1e8) ??
      ctx.claim.siblings.find((x) => x !== q && x.span.start >= q.span.end && x.span.start - q.span.end <= 32 && (x.noun === 'param' || x.noun === 'model') && x.value >= 1e8 && /^\s{1,2}(?:of\s{1,2})?weights\b[^.;,]{0,20}$/i.test(ctx.prose.slice(q.span.end, x.span.start)));
    // ("70.5B params × 2 bytes = 141 GB": the 2 bytes are per parameter, an operand, not the weights.)
    // ("For a 70B model in FP8 (70 GB) on one H200": a size in brackets right after the count, with a precision, is its weights.)
    const besideCount = !!params && ctx.precisionStated && MODEL_SIZE_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 32), q.span.start));
    if (params && (ctx.line.has('weights') || besideCount || isBareModelSize(ctx, params, hardwareHas || hardwareOwn)) && !isCapacityOperand(ctx) && !isOperand(ctx)) {
      // "A 70B at Q4 (about 40 GB of weights)": a llama.cpp quantisation mixes bits per weight; no precision gives its size.
      if (!ctx.precisionStated && LOCAL_QUANT.test(ctx.lower)) return unverifiable(ctx, 'roofline', 'a quantisation format (Q4, Q4_K_M, GPTQ, AWQ, …) mixes bits per weight, so its size is no one precision’s');
      // "Memory per parameter with Adam: 16 bytes, so 405B needs ~6.5 TB": the bytes per parameter the statement gives.
      const stated = statedBytesPerParam(ctx);
      const b = stated?.value ?? model.bytesPerParam(ctx.precision);
      const value = params.value * b;
      const why = stated ? `${stated.raw} per parameter, as stated` : ctx.precision.toUpperCase();
      const d: Derived = { value, unit: 'B', derivation: [`${fmt(params.value, '')} params × ${b} B (${why}) = ${fmt(value, 'B')}`], sources: [], assumptions: stated ? [] : [`precision: ${ctx.precision.toUpperCase()}${ctx.precisionStated ? '' : ' (default)'}`] };
      return roofline(ctx, d, undefined, null, stated ? `memory of a ${fmt(params.value, '')}-parameter model at ${b} B per parameter` : `weights of a ${fmt(params.value, '')}-parameter model`);
    }
    if (ctx.line.has('weights') && !isCapacityOperand(ctx)) {
      const shard = unnamedWeights(ctx);
      if (shard) return shard;
    }
    // NVIDIA's "fast memory" of a Grace system adds the CPUs' LPDDR5X to the GPUs' HBM.
    if (/\bfast memory\b/.test(l)) return unverifiable(ctx, 'spec', `"fast memory" in NVIDIA's rack figures adds the Grace CPUs' LPDDR5X to the HBM; the catalog holds the HBM alone`);
    // ("A DGX H100 has 640 GB = 8 × 80 GB": with no memory word, the total still counts when it is the one matched.)
    const systemHbm = systemFigure(ctx, ctx.line.has('hbm') || !ctx.acc || systemIsSubject(ctx) || perSystemSaid(ctx), ctx.sys?.totalHbm, 'total HBM', 'system-hbm', ctx.acc?.acc.hbmCapacity);
    if (systemHbm) return systemHbm;
    const sharded = shardedState(ctx);
    if (sharded) return sharded;
    // (A KV-cache statement's figure is the chip's memory only where it sits right after the chip: "one 8×H200 node (1,128 GB)".)
    if (ctx.acc && (!ctx.line.has('kv') || isCapacityOperand(ctx))) {
      const count = isOperand(ctx) ? undefined : gpuCount(ctx);
      if (count) return fleet(ctx, ctx.acc.acc, count, 'hbm');
      if (!ctx.accNamed && !ctx.line.has('hbm')) return undefined;
      // "The checkpoint of the weights in BF16 is 810 GB" under a Blackwell heading: the weights, not the chip's memory.
      // (A chip named in the statement keeps its reading: "don't fit on one 80 GB H100" is the H100's.)
      // ("The weights are 140 GB (70B × 2 bytes), which fits in two H100s": a chip named only as what the weights must fit
      // in is no more the figure's than one the heading names.)
      const chips = ctx.claim.mentions.filter((m) => m.kind === 'accelerator' || m.kind === 'system');
      const onlyContainer = chips.length > 0 && chips.every((m) => FITS_IN_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, m.span.start - 40), m.span.start)));
      const namedHere = (ctx.acc.reason === 'statement' || ctx.acc.reason === 'table' || ctx.acc.reason === 'system') && !onlyContainer;
      if (!namedHere && !ctx.line.has('hbm') && (ctx.line.has('weights') || /\bcheckpoints?\b/.test(l))) {
        return unverifiable(ctx, 'roofline', 'the size of weights or a checkpoint: name the model in the statement (or set `model:` in frontmatter) to check it');
      }
      // ("an 8B at Q8 (8.5 GB) runs at ~110 tok/s on a 4090": a size in brackets after a parameter count is the model's.)
      if (MODEL_SIZE_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 32), q.span.start))) {
        return unverifiable(ctx, 'roofline', 'the size of a model written beside its parameter count, not the chip\'s memory: name the model and its precision to check it');
      }
      const capacity = spec(ctx, ctx.acc.acc.hbmCapacity, `${ctx.acc.acc.name} ${model.memoryWord(ctx.acc.acc)} capacity`, `hbm-capacity:${ctx.acc.acc.id}`, true);
      const variant = capacity.evaluation.verdict === 'inconsistent' ? uncataloguedCapacityVariant(ctx) : undefined;
      return variant ? unverifiable(ctx, 'spec', `"${variant}" names a memory variant of ${ctx.acc.acc.name} that the catalog does not hold (it has ${capacity.evaluation.modelText})`) : capacity;
    }
    return undefined;
  }
  if (u === 'B/s') {
    // "360 GB/s of bus bandwidth", "all-reduce bandwidth: 51.2 TB/s", "bisection 1.6 TB/s": what a collective or a cut
    // through the network moves, measured or quoted for a pod. No chip's memory or link peak is that figure.
    const collective = COLLECTIVE_BANDWIDTH.exec(figureClause);
    if (collective) return unverifiable(ctx, 'spec', `"${collective[0]}" is what a collective or a network cut moves, not a catalog figure (the catalog has each chip's memory and link peaks)`);
    // "the filesystem tops out at 10 TB/s", "NVMe at 7 GB/s per drive": storage, which the catalog does not hold.
    const storage = STORAGE_BANDWIDTH.exec(figureClause);
    if (storage && !isHbmFigure(ctx)) return unverifiable(ctx, 'spec', `a figure of "${storage[0]}", which the catalog does not hold`);
    // "| leaf | 768 | 64 × 400G | 25.6 Tb/s each |", "a 64-port switch moves 51.2 Tb/s": a switch's, not a chip's or a NIC's.
    const network = SWITCH_WORDS.exec(ctx.line.cell ? l : figureClause);
    // (A named link keeps its own reading: "the NVLink spine moves 130 TB/s", "64 NDR ports per switch at 400 Gb/s each".)
    if (network && !ctx.claim.mentions.some((m) => m.kind === 'accelerator' || m.kind === 'system') && ctx.line.interconnectHits().length === 0 && ctx.line.scaleUpSpans().length === 0 && !isHbmFigure(ctx)) return unverifiable(ctx, 'spec', `a figure of a network ${network[0]}, which the catalog does not hold`);
    const a = ctx.acc?.acc;
    const pos = qPos(ctx);
    // A named link's own word ("NVLink" of "NVLink 4") is no generic scale-up word: the link decides for itself.
    const named = ctx.line.interconnectHits();
    // Nor a link word after the figure that labels a figure of its own ("1,640 GB/s, ICI 800 GB/s").
    // (Sibling spans are in the note's prose; `pos` is the figure's offset in the statement's text.)
    const toText = pos - q.span.start;
    // ("900 GB/s NVLink each, 450 GB/s per direction": a name right after the figure's unit is the figure's own.)
    const qEnd = pos + q.span.end - q.span.start;
    const ownLabel = (start: number) => start >= qEnd && start - qEnd <= 2 && ctx.text.slice(qEnd, start).trim() === '';
    const labelsNext = (start: number, end: number) => start > pos && !ownLabel(start) && ctx.claim.siblings.some((x) => x !== q && x.unit.startsWith('B/s') && x.span.start + toText >= end && x.span.start + toText - end <= 12);
    // A figure labelled as memory's ("HBM3 at 3.35 TB/s", "2 TB/s of HBM") is no link's, whatever link the sentence names.
    const hbmFigure = isHbmFigure(ctx);
    const upAt = hbmFigure ? undefined : nearestSpan(ctx.line.scaleUpSpans(), pos, ctx.text, named, labelsNext);
    const outAt = hbmFigure ? undefined : nearestSpan(ctx.line.scaleOutSpans(), pos, ctx.text, named, labelsNext);
    // "GB200 NVL72 has 130 TB/s of NVLink bandwidth": a named system's scale-up is the whole domain's.
    // (Not a figure per direction: "… 900 GB/s NVLink each, 450 GB/s per direction" is one GPU's link.)
    // ("72 Blackwell GPUs in one NVLink domain, 130 TB/s of aggregate NVLink bandwidth": a total, whichever name is nearer.)
    const total = /\b(?:aggregate|total|combined|altogether|per (?:rack|domain|system))\b/.test(figureClause);
    const domain = total && !ctx.sys && ctx.acc ? ctx.claim.mentions.map((m) => (m.kind === 'system' ? getSystem(m.id) : undefined)).find((sys) => sys?.accelerator === ctx.acc!.acc.id) : undefined;
    if (domain?.totalScaleUpBandwidth && upAt !== undefined && domain.gpusPerDomain > 1 && directionAfter(ctx, q) !== 'per' && !isOneChipOfSystem(ctx)) {
      return spec(ctx, domain.totalScaleUpBandwidth, `${domain.name} total scale-up bandwidth`, `system-scaleup:${domain.id}`);
    }
    if (ctx.sys && upAt !== undefined && (outAt === undefined || upAt <= outAt) && (ctx.acc?.reason === 'system' || total) && !isOneChipOfSystem(ctx) && ctx.sys.gpusPerDomain > 1 && directionAfter(ctx, q) !== 'per') {
      return spec(ctx, ctx.sys.totalScaleUpBandwidth, `${ctx.sys.name} total scale-up bandwidth`, `system-scaleup:${ctx.sys.id}`);
    }
    // "NVLink 6 … 3.6 TB/s per GPU; 260 TB/s for the NVL72 rack": a statement about the link, no word of memory in it,
    // gives the rack's scale-up total in its next clause; the figure nearer that total than the HBM total is it.
    const upTotal = ctx.sys?.totalScaleUpBandwidth;
    const hbmTotal = ctx.sys?.totalHbmBandwidth;
    if (ctx.sys && upTotal && upAt === undefined && ctx.acc?.reason === 'system' && ctx.sys.gpusPerDomain > 1 && ctx.line.scaleUpSpans().length > 0 && !/\bhbm|memory|vram|dram/.test(l) && !isOneChipOfSystem(ctx) && q.value / upTotal.value > 0.2 && q.value / upTotal.value < 5 && (!hbmTotal || Math.abs(Math.log(q.value / upTotal.value)) < Math.abs(Math.log(q.value / hbmTotal.value)))) {
      return spec(ctx, upTotal, `${ctx.sys.name} total scale-up bandwidth`, `system-scaleup:${ctx.sys.id}`);
    }
    // A named link ("NVLink 5", "ConnectX-7") closest to the figure is what it is about.
    // Not a link inside a product name ("H100 PCIe"), nor for a figure that says it is of HBM ("2 TB/s of HBM").
    const offset = ctx.claim.quantity.span.start - pos;
    // Nor a link in another clause ("3,35 TB/s pro GPU; NVLink 4 mit 900 GB/s", "450 GB/s each way — 7× PCIe Gen5").
    // Nor a link the statement compares with ("NVLink-C2C: 900 GB/s, 7× PCIe Gen5", "NVLink 5 doubles NVLink 4: 1.8 TB/s"),
    // unless the figure is that link's own ("twice NVLink 4's 900 GB/s", "7× PCIe Gen5 (128 GB/s)").
    const hits = ctx.line.interconnectHits().filter(
      (h) =>
        !ctx.claim.mentions.some((m) => m.span.start <= h.start + offset && h.end + offset <= m.span.end) &&
        // (A link in the statement's leading label speaks for every clause: "NVLink 5 per GPU: 1.8 TB/s; 14.4 TB/s for the 8-GPU baseboard".)
        (!/[;—–]/.test(ctx.text.slice(Math.min(h.end, pos), Math.max(h.start, pos))) || (h.end <= pos && isLeadingLabel(ctx.text, h) && !ctx.claim.mentions.some((m) => m.kind !== 'model' && m.kind !== 'otherModel' && m.span.start >= h.end + offset && m.span.end <= q.span.start))) &&
        // Nor a link named after another bandwidth that follows ("8 TB/s and 1.8 TB/s of NVLink 5": the second's).
        // (Unless that one restates this one: "1.8 TB/s = 2 × 900 GB/s for NVLink 5".)
        !(h.start > pos && ctx.claim.siblings.some((x) => x !== q && x.unit === 'B/s' && x.span.start >= q.span.end && x.span.end <= h.start + offset && !RESTATED_AS.test(ctx.prose.slice(q.span.end, x.span.start)))) &&
        !(isComparedLink(ctx.text, h) && !(pos >= h.end && LINK_OWN_FIGURE.test(ctx.text.slice(h.end, pos))) && !versusLinkAt(ctx.text, h, pos)),
    );
    // "NVLink 4 … one ConnectX-7 port …: 450 GB/s vs 50 GB/s": the first of a pair set against each other is the
    // first of the two links named before them, not the nearer.
    const linksBefore = hits.filter((h) => h.end <= pos);
    const pairedFirst = linksBefore.length >= 2 && linksBefore[linksBefore.length - 2]!.ic !== linksBefore[linksBefore.length - 1]!.ic && /^\s{0,2}(?:per\s{1,2}direction\s{1,2})?(?:vs\.?|versus)\s{1,2}[~≈]?\s{0,2}\d/i.test(ctx.prose.slice(q.span.end, q.span.end + 32));
    const near = hbmFigure ? undefined : pairedFirst ? interconnectNear([linksBefore[linksBefore.length - 2]!], pos) : interconnectNear(hits, pos);
    // "Infinity Fabric on the MI355X": a link's family name, unversioned, means the named chip's own link of that family.
    const own = near && ctx.accNamed && a?.scaleUpInterconnect && a.scaleUpInterconnect !== near.ic.id ? INTERCONNECTS.find((i) => i.id === a.scaleUpInterconnect) : undefined;
    const nearHit = own ? hits.find((h) => h.start === near!.start && h.ic === near!.ic) : undefined;
    const link = own && nearHit && linkFamily(own.id) === linkFamily(near!.ic.id) && !/\d/.test(ctx.text.slice(nearHit.start, nearHit.end)) ? { ...near!, ic: own } : near;
    // "18 NVLink 4 links at 50 GB/s", "Each MI300X Infinity Fabric link is 128 GB/s", "18 links × 25 GB/s": one link's
    // share of the total, of the link named or else the chip's own.
    const oneLink =
      /(?:\blinks?\s{1,2}(?:at|of|@|running at)|\b(?:each|per|one|a single|every)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,3}link(?:\s{1,2}(?:is|=|:|at|of|gives|runs at|carries))?|\blinks?\s{0,2}[×x*])\s{1,2}(?:~|about\s|roughly\s)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start)) ||
      // ("only 64 GB/s to any single peer": in a full mesh, one peer is one link.)
      /^\s{0,2}(?:(?:per|each|a|\/)\s{0,2}link\b|(?:to|with)\s{1,2}(?:any|each|a|one)\s{1,2}(?:single\s{1,2})?peer\b|per\s{1,2}peer\b)/i.test(ctx.prose.slice(q.span.end, q.span.end + 28)) ||
      // ("128 GB/s per link": the figure's own unit may say it.)
      /\/link$/i.test(q.unit);
    const linkOfOne = oneLink ? (link?.ic ?? (a?.scaleUpInterconnect ? INTERCONNECTS.find((i) => i.id === a.scaleUpInterconnect) : undefined)) : undefined;
    if (linkOfOne?.bidirectional && linkOfOne.links) {
      const b = linkOfOne.bidirectional;
      const each: BandwidthFigure = { ...b, value: b.value / linkOfOne.links, derived: true, note: `${fmt(b.value, 'B/s')} ÷ ${linkOfOne.links} links` };
      return directional(ctx, each, `${linkOfOne.name} per link (${fmt(b.value, 'B/s')} ÷ ${linkOfOne.links} links)`, `interconnect-link:${linkOfOne.id}`);
    }
    // "900 GB/s of NVLink 5 per B200, double Hopper's 450 GB/s": a chip's own figure, right after its name, is its
    // own link's, whatever link the statement names.
    const owner = ctx.acc && ctx.accNamed ? ctx.claim.mentions.find((m) => m.kind === 'accelerator' && m.id === ctx.acc!.acc.id && ownFigureAfter(ctx.prose, m, q.span.start)) : undefined;
    if (owner && (link || upAt !== undefined) && a?.scaleUpBandwidth && !(link && a.scaleUpLink && link.ic.name.includes(a.scaleUpLink))) {
      const own = scaleUp(ctx, a, l);
      if (own) return own;
    }
    // "NVLink 5 gives 130 TB/s across the NVL72 domain": a system's whole domain, far above one GPU's link.
    const linkFigure = link && quotedFigure(link.ic);
    // "NVLink 6 gives 260 TB/s per rack": the rack-scale domain the link builds, when every such rack agrees.
    if (link && /(?:^|\/)(?:rack|domain)s?$/i.test(q.unit)) {
      const racks = SYSTEMS.filter((sys) => /nvl/i.test(sys.id) && sys.totalScaleUpBandwidth && getAccelerator(sys.accelerator)?.scaleUpInterconnect === link.ic.id);
      const total = racks[0]?.totalScaleUpBandwidth;
      if (total && racks.every((r) => r.totalScaleUpBandwidth!.value === total.value)) return spec(ctx, total, `${racks.map((r) => r.name).join(' / ')} total scale-up bandwidth`, `system-scaleup:${racks[0]!.id}`);
    }
    // "72 ConnectX-9 SuperNICs: 14.4 TB/s": a count right before a link's name is of that link.
    const links = link && linkFigure && q.value > 2.5 * linkFigure.value ? ctx.claim.siblings.find((x) => x !== q && Number.isInteger(x.value) && x.value > 1 && (x.kind === 'count' || x.kind === 'multiplier') && link.start + offset - x.span.end >= 0 && link.start + offset - x.span.end <= 2) : undefined;
    if (link && linkFigure && links) return directional(ctx, { ...linkFigure, value: linkFigure.value * links.value }, `${links.value} × ${link.ic.name}`, `interconnect:${link.ic.id}:x${links.value}`);
    if (link && linkFigure && link.ic.kind === 'scale-up' && (q.value > 4 * linkFigure.value || spreadOverChipsAfter(ctx)) && !isOneChipOfSystem(ctx)) {
      // ("Trn2 UltraServer: 64 chips over NeuronLink, 6 TB HBM, …, 185 TB/s": a total of a system the catalog lacks is
      // that system's, whichever link joins its chips; nor is it known which of its figures it is.)
      if (ctx.offCatalog) return unverifiable(ctx, 'spec', `a total of ${ctx.offCatalog}, which is not in the catalog: add it to a hardware file to check it`);
      if (ctx.sys?.totalScaleUpBandwidth && ctx.sys.gpusPerDomain > 1) return spec(ctx, ctx.sys.totalScaleUpBandwidth, `${ctx.sys.name} total scale-up bandwidth`, `system-scaleup:${ctx.sys.id}`);
      // "The HGX B300 8-GPU board has 14.4 TB/s of total NVLink": the GPUs' links together.
      const gpus = isOperand(ctx) ? undefined : chipCountIn(ctx);
      if (gpus && gpus > 1) return directional(ctx, { ...linkFigure, value: linkFigure.value * gpus }, `${gpus} × ${link.ic.name}`, `interconnect:${link.ic.id}:x${gpus}`);
    }
    // (A generic word of the link's own kind agrees with it: "ConnectX-7 NIC … 400 GB/s" is the ConnectX-7's.)
    if (link && (link.ic.bidirectional || link.ic.perDirection) && link.distance <= Math.min(link.ic.kind === 'scale-up' ? Infinity : (upAt ?? Infinity), link.ic.kind === 'scale-out' ? Infinity : (outAt ?? Infinity))) {
      return directional(ctx, quotedFigure(link.ic), link.ic.name, `interconnect:${link.ic.id}`);
    }
    if (upAt !== undefined && outAt !== undefined) {
      // Both named ("scale-up is 18× the scale-out bandwidth (1.8 TB/s vs 100 GB/s)"): the nearer one, unless only
      // the other matches the figure.
      const [near, far] = upAt <= outAt ? [scaleUp(ctx, a, l), scaleOut(ctx, a)] : [scaleOut(ctx, a), scaleUp(ctx, a, l)];
      return near && near.evaluation.verdict !== 'consistent' && far?.evaluation.verdict === 'consistent' ? far : near;
    }
    if (upAt !== undefined) return scaleUp(ctx, a, l);
    if (outAt !== undefined) return scaleOut(ctx, a);
    if (perLink) return undefined;
    // "8 GPUs per server → 3.2 Tb/s per server": a rate in bits is a network's (memory is never quoted in bits).
    if (isBitRate(q) && !/\bhbm|memory|vram|dram/.test(l)) {
      const out = scaleOut(ctx, a);
      if (out) return out;
    }
    // ("128 GB HBM2e at 3.7 TB/s, 24 200 GbE ports": an Ethernet port's rate is no memory bandwidth, whatever the
    // statement names.)
    if (/\dGbE$/i.test(q.raw.replace(/\s/g, '')) && /\bhbm|memory|vram|dram/.test(l)) return unverifiable(ctx, 'spec', `${q.raw.trim()} is an Ethernet line rate, not a memory bandwidth`);
    // "(N = 8, 450 GB/s per direction)": a figure with a direction is a link's (memory has none), the chip's scale-up
    // when nothing else is named.
    // (Not when the clause names a link the catalog lacks: "A100 on PCIe Gen4 x16: 32 GB/s per direction".)
    // So is one said per direction before it ("Per direction that's 448 GB/s in total"), or the rate a collective runs
    // at ("Ring all-reduce of 140 GB over 8 GPUs at 448 GB/s").
    const linkFigureByWords = directionAfter(ctx, q) !== undefined || KW.perDirection.test(figureClause) || (/\b(?:all-?reduce|all-?gather|reduce-?scatter|all-?to-?all)\b/.test(figureClause) && movesDataAt(ctx));
    if (!hbmFigure && a?.scaleUpBandwidth && linkFigureByWords && !/\bhbm|memory|vram|dram|\bpcie|\bcxl|ethernet|infiniband|\broce\b|ualink/.test(figureClause)) {
      const up = scaleUp(ctx, a, l);
      if (up) return up;
    }
    // The system's total when it is named alone ("Vera Rubin NVL72: … 1.6 PB/s") and the figure is the total's.
    const systemBandwidth = systemFigure(ctx, !ctx.acc || systemIsSubject(ctx) || perSystemSaid(ctx), ctx.sys?.totalHbmBandwidth, 'total HBM bandwidth', 'system-hbm-bandwidth', a?.hbmBandwidth);
    if (systemBandwidth) return systemBandwidth;
    if (a) {
      const count = isOperand(ctx) ? undefined : gpuCount(ctx);
      if (count) return fleet(ctx, a, count, 'hbm-bandwidth');
      if (!ctx.accNamed && !/\bhbm|memory|bandwidth|\bbw\b|bandbreite|speicher|m[ée]moire|bande passante|memoria|ancho de banda/.test(l)) return undefined;
      const outcome = spec(ctx, a.hbmBandwidth, `${a.name} ${model.memoryWord(a)} bandwidth`, `hbm-bandwidth:${a.id}`);
      return (a.hbmBandwidth && achievedBound(ctx, outcome, a.hbmBandwidth.value, 'atMost')) || outcome;
    }
    return undefined;
  }
  if (u === 'FLOP/s') {
    // A system's figure, unless it is one chip's ("459 TFLOPS per chip", "95 GB each").
    // (The system named alone, "A DGX B200 has … 72 PFLOPS of FP8", is the system's.)
    if (ctx.sys && (!ctx.accNamed || (ctx.acc?.reason === 'system' && ctx.sys.flops.length > 0) || /rack|system|domain|pod|total|nvl/i.test(l)) && !isOneChipOfSystem(ctx)) {
      const own = flopsSpec(ctx, ctx.sys.name, ctx.sys.flops, `system-flops:${ctx.sys.id}`);
      // "DGX B200: 72 PFLOPS FP8 dense": a figure the system's entry lacks is its chips' (8 × 4.5 = 36 PFLOPS).
      if (own.evaluation.verdict === 'unverifiable' && own.evaluation.reason.startsWith('the catalog has no') && ctx.acc?.reason === 'system' && ctx.sys.gpusPerDomain > 1) return systemFromChips(ctx, ctx.sys, ctx.acc.acc);
      // "The GB300 variant in the NVL72 rack … is rated at 15 PFLOP/s": a figure the size of one chip's, which the
      // chip's figure matches, is the chip's.
      // (Not one said to be the system's: "459 TFLOPS per pod".)
      if (own.evaluation.verdict === 'inconsistent' && ctx.acc && ctx.sys.gpusPerDomain > 2 && (own.evaluation.ratio ?? 1) < 2 / ctx.sys.gpusPerDomain && !perSystemSaid(ctx)) {
        const chip = flopsSpec(ctx, ctx.acc.acc.name, ctx.acc.acc.flops, `flops:${ctx.acc.acc.id}`);
        if (chip.evaluation.verdict === 'consistent') return chip;
      }
      // "A v5e pod gives 197 TFLOPS": one chip's figure, too far below the pod's to be tied to it by size alone, is
      // the per-chip/per-system mix-up when the statement is about the system.
      const sysFigure = own.evaluation.verdict === 'unverifiable' && ctx.acc && ctx.sys.gpusPerDomain > 8 && !PER_GPU.test(l) ? pickFlops(ctx, [...ctx.sys.flops]) : undefined;
      if (sysFigure && ctx.acc) {
        const chip = flopsSpec(ctx, ctx.acc.acc.name, ctx.acc.acc.flops, `flops:${ctx.acc.acc.id}`);
        if (chip.evaluation.verdict === 'consistent' && chip.evaluation.modelValue !== null) {
          const label = `${ctx.sys.name} ${sysFigure.sparsity} ${sysFigure.precision.toUpperCase()}`;
          return judgedAgainst(ctx, sysFigure, label, `system-flops:${ctx.sys.id}:${sysFigure.precision}:${sysFigure.sparsity}`, `${fmt(chip.evaluation.modelValue, 'FLOP/s')} is one ${ctx.acc.acc.name}'s figure, not the ${ctx.sys.name}'s`);
        }
      }
      return own;
    }
    // "DGX H100 … 32 PFLOPS of FP8": a named system whose catalog entry has no FLOP/s of its own is its chips.
    if (ctx.sys && ctx.sys.flops.length === 0 && ctx.acc?.reason === 'system' && !isOneChipOfSystem(ctx) && ctx.sys.gpusPerDomain > 1) {
      return systemFromChips(ctx, ctx.sys, ctx.acc.acc);
    }
    if (ctx.acc) {
      const count = isOperand(ctx) ? undefined : gpuCount(ctx);
      if (count) return fleet(ctx, ctx.acc.acc, count, 'flops');
      return flopsSpec(ctx, ctx.acc.acc.name, ctx.acc.acc.flops, `flops:${ctx.acc.acc.id}`);
    }
    return undefined;
  }
  if (u === 'W') {
    // "power-capped at 1,000 W", "limited to 600 W": a setting the writer chose, not the chip's rating.
    if (/\b(?:capped|cap|limit(?:ed)?|throttled|set|configured)\s{1,2}(?:at|to|of)\s{1,2}(?:~|about\s|≈)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 32), q.span.start))) {
      return unverifiable(ctx, 'spec', 'a power cap or setting the note chose, not a chip\'s rated TDP');
    }
    // "The IT load is 115 MW, and with a PUE of 1.3 that is about 150 MW at the meter": the facility's power is the
    // IT power times the PUE written.
    if (/\bpue\b/.test(l)) {
      const pue = ctx.claim.siblings.find((x) => x !== q && x.kind === 'count' && !x.noun && x.value >= 1 && x.value <= 3 && /\bpue\s{0,2}(?:of|=|:|at|is)?\s{0,2}(?:~|about\s|roughly\s|≈)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, x.span.start - 16), x.span.start)));
      // (The IT power nearest before; not the GPUs' alone, which hosts and networking add to before the PUE.)
      const it = pue ? ctx.claim.siblings.filter((x) => x !== q && x.unit === 'W' && x.span.end <= q.span.start && x.value < q.value).pop() : undefined;
      if (it && /^[^.;]{0,24}?\b(?:gpus?|chips?|accelerators?)\b/i.test(ctx.prose.slice(it.span.end, it.span.end + 32))) return unverifiable(ctx, 'spec', "the GPUs' power times a PUE leaves out the hosts and networking this figure may count");
      // "100,000 H100s at 700 W with a PUE of 1.3 draw 91 MW": the chips' power, times their count, times the PUE.
      const chips = pue && it ? chipCountBefore(ctx, it) : undefined;
      if (pue && it && chips) {
        const floor = chips.value * it.value * pue.value;
        const d: Derived = { value: floor, unit: 'W', derivation: [`${countText(chips.value)} × ${it.raw.trim()} × PUE ${pue.raw.trim()} = ${fmt(floor, 'W')}`], sources: [], assumptions: ['inputs as stated in the same statement', 'facility power = IT power × PUE'] };
        const outcome: Outcome = { evaluation: judge(ctx, floor, d, 'arithmetic'), kind: 'arithmetic', key: null };
        // The chips are not all the IT power: hosts and networking add up to HOSTS_FACTOR× more (a DGX H100 is 10.2 kW for 5.6 kW of GPUs).
        const r = q.value / floor;
        if (outcome.evaluation.verdict !== 'inconsistent' || r < 1) return outcome;
        return r <= HOSTS_FACTOR
          ? asConsistent(outcome, `${q.raw.trim()} is ${model.roundForDisplay(r)}× the chips' power × PUE (${fmt(floor, 'W')}): within what hosts and networking add (up to ${HOSTS_FACTOR}×)`, [...outcome.evaluation.assumptions, 'hosts and networking may add to the chips\' power'])
          : outcome;
      }
      if (pue && it) {
        const value = it.value * pue.value;
        const d: Derived = { value, unit: 'W', derivation: [`${it.raw.trim()} × PUE ${pue.raw.trim()} = ${fmt(value, 'W')}`], sources: [], assumptions: ['inputs as stated in the same statement', 'facility power = IT power × PUE'] };
        return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null };
      }
    }
    // "each transceiver is 30 W", "a switch draws 1.5 kW": the power of another part, not the chip's.
    const part = otherPartBefore(ctx);
    if (part) return unverifiable(ctx, 'spec', `the power of a ${part}, which the catalog has no figure for`);
    // "1.4 kW each including cooling", "all-in", "with the host and networking": a share of a facility's power,
    // not the chip's TDP.
    // (Cues before the figure in its clause, or right after it: "~120 kW with PUE 1.2 pulls ~144 kW at the wall" has
    // the rack's own 120 kW first.)
    const clause = clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span).toLowerCase();
    const own = clause.slice(0, clause.indexOf(q.raw.toLowerCase()) + q.raw.length);
    const next = ctx.prose.slice(q.span.end, q.span.end + 32).toLowerCase();
    if (ALL_IN.test(own) || /^\s{0,2}(?:[\w-]+\s{1,2}){0,2}(?:all[- ]in|at the wall|including (?:cooling|overhead|networking|(?:the )?hosts?|cpus?|the rest)|with (?:cooling|overhead|(?:the )?hosts?|networking))\b/.test(next)) {
      return unverifiable(ctx, 'spec', 'an all-in figure (servers, network, cooling), not the chip\'s TDP');
    }
    // "our hall has 400 kW", "the site is provisioned for 30 MW": the power a room or site can supply, not what any
    // hardware draws.
    if (FACILITY_HAS.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start))) {
      return unverifiable(ctx, 'spec', 'the power a hall or site can supply, not what the hardware draws');
    }
    // "the 60 kW rear-door HX", "a 63 A PDU": a rating of cooling or power delivery, not what the system draws.
    if (/^\s{0,2}(?:[\w-]+\s{1,2}){0,2}(?:rear[- ]door|hx\b|heat exchangers?|cdus?\b|chillers?|crahs?\b|pdus?\b|breakers?|circuits?|busway|power shel(?:f|ves)|feeds?\b|whips?\b)/i.test(ctx.prose.slice(q.span.end, q.span.end + 40))) {
      return unverifiable(ctx, 'spec', 'a rating of cooling or power delivery, not what the hardware draws');
    }
    // "4 DGX B200 per rack = 57.2 kW": a count of systems times the system's power.
    const systemsCount = ctx.sys?.power ? ctx.claim.siblings.find((x) => x !== q && x.span.end <= q.span.start && (x.kind === 'count' || x.kind === 'multiplier') && Number.isInteger(x.value) && x.value > 1 && x.value <= 10_000 && (ctx.claim.mentions.some((m) => m.kind === 'system' && m.id === ctx.sys!.id && ((m.span.start >= x.span.end && m.span.start - x.span.end <= 3) || (x.span.start < m.span.start && x.span.end >= m.span.end)) && !countsItsChips(x, m, ctx.sys!)) || countsGenericSystems(ctx, x, ctx.sys!.id))) : undefined;
    // ("32 DGX H100 (256 GPUs) at 10.2 kW each": each system's power, not all of them.)
    // ("The 64 DGX H100 nodes draw 64 × 10.2 kW = 653 kW": a figure multiplied by a count is each system's.)
    // ("2 B200 boxes draw 28.6 kW": systems counted by their chip's name.)
    const chipSystems = !systemsCount && ctx.sys?.power ? chipSystemsCount(ctx) : undefined;
    if (chipSystems && ctx.sys?.power) {
      const p = ctx.sys.power;
      const value = chipSystems * p.value;
      const d: Derived = { value, unit: 'W', derivation: [`${fmt(chipSystems, '')} × ${fmt(p.value, 'W')} (${ctx.sys.name}) = ${fmt(value, 'W')}`], sources: [p.source], assumptions: [`system: ${ctx.sys.name}`] };
      return roofline(ctx, d, undefined, null, `${fmt(chipSystems, '')} × ${ctx.sys.name} power`);
    }
    const eachSystems = systemsCount && (/\b(?:at|each|apiece)\s{1,2}(?:~|≈|about\s|roughly\s)?\s{0,2}$|\d\s{0,2}[×*]\s{0,2}(?:~|≈)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(systemsCount.span.end, q.span.start - 24), q.span.start)) || /^\s{0,2}(?:each|apiece|per\s)/i.test(ctx.prose.slice(q.span.end, q.span.end + 12)));
    if (systemsCount && !eachSystems && ctx.sys?.power) {
      const p = ctx.sys.power;
      const value = systemsCount.value * p.value;
      const d: Derived = { value, unit: 'W', derivation: [`${fmt(systemsCount.value, '')} × ${fmt(p.value, 'W')} (${ctx.sys.name}) = ${fmt(value, 'W')}`], sources: [p.source], assumptions: [`system: ${ctx.sys.name}`] };
      return roofline(ctx, d, undefined, null, `${fmt(systemsCount.value, '')} × ${ctx.sys.name} power`);
    }
    // ("Each DGX H100 draws 10.2 kW": the system's power when it is the one matched.)
    // ("The H100 box draws 700 W per GPU": a figure per GPU is one chip's TDP, whatever draws it.)
    if (hasPerChipUnit(q) && ctx.acc?.acc.tdp && !isOperand(ctx)) return spec(ctx, ctx.acc.acc.tdp, `${ctx.acc.acc.name} TDP`, `tdp:${ctx.acc.acc.id}`);
    // ("At 1,200 W per GPU, 2,016 GPUs draw 2.4 MW" under a GB200 NVL72 heading: the statement's own count of GPUs,
    // more than one system holds, is what draws it, not one rack.)
    const ownGpus = ctx.sys && ctx.acc?.acc.tdp && !isOperand(ctx) && !systemIsSubject(ctx) ? gpuCount(ctx) : undefined;
    if (ownGpus && ctx.sys && ownGpus > ctx.sys.gpusPerDomain && !ctx.claim.mentions.some((m) => m.kind === 'system' && m.span.end <= q.span.start)) return fleet(ctx, ctx.acc!.acc, ownGpus, 'power');
    const systemPower = systemFigure(ctx, !ctx.acc || /rack|system|total/.test(l) || perSystemSaid(ctx), ctx.sys?.power, 'power', 'system-power', ctx.acc?.acc.tdp);
    if (systemPower) return systemPower;
    // "DGX H200 … 10.2 kW": a system's draw the catalog does not hold is no GPU's TDP either.
    const tdp = ctx.acc?.acc.tdp?.value;
    if (ctx.sys && !ctx.sys.power && ctx.acc?.reason === 'system' && !isOneChipOfSystem(ctx) && tdp && q.value > 2 * tdp) {
      return unverifiable(ctx, 'spec', `the catalog has no power figure for ${ctx.sys.name} (only its GPUs' TDP, ${fmt(tdp, 'W')} each)`);
    }
    if (ctx.acc) {
      const count = isOperand(ctx) ? undefined : gpuCount(ctx);
      // ("so the node's GPUs draw up to 5.6 kW": the node's GPUs' TDP, not the node's draw.)
      if (systemGpusDraw(ctx)) {
        const n = count ?? nodeOf(ctx.acc.acc.id)?.gpusPerDomain;
        if (n) return fleet(ctx, ctx.acc.acc, n, 'power');
      }
      // "10.2 kW per node": a whole server's power (CPUs, NICs, fans too), not n × the GPU's TDP.
      if (isNodeFigure(ctx)) {
        const a = ctx.acc.acc;
        const sys = SYSTEMS.find((x) => x.accelerator === a.id && x.gpusPerDomain <= 8 && (count === undefined || x.gpusPerDomain === count) && x.power);
        if (sys) return spec(ctx, sys.power, `${sys.name} power`, `system-power:${sys.id}`);
        return unverifiable(ctx, 'spec', `a whole node's power (CPUs, NICs and fans with the GPUs); the catalog has it only for HGX/DGX systems, not for ${a.name} servers`);
      }
      if (count) return fleet(ctx, ctx.acc.acc, count, 'power');
      if (!ctx.accNamed && !ctx.line.has('power')) return undefined;
      // ("At 10:30 the H100 drew 650 W under load": a draw someone saw is at most the rated TDP.)
      const tdpOutcome = spec(ctx, ctx.acc.acc.tdp, `${ctx.acc.acc.name} TDP`, `tdp:${ctx.acc.acc.id}`);
      return (ctx.acc.acc.tdp && achievedBound(ctx, tdpOutcome, ctx.acc.acc.tdp.value, 'atMost')) || tdpOutcome;
    }
    return undefined;
  }
  // (Training, or its formula written out: "6·N·D with 15.6T tokens = 3.8e25 FLOPs".)
  // (A table of runs: "| GPT-3 | 175B | 300B | … | 3.14e23 FLOPs |" under a "Compute" column is the row's 6·N·D.)
  // (In a table, the row's cells under the "Params" and "Tokens" columns.)
  const computeColumn = u === 'FLOP' && !!ctx.line.cell && /\b(?:compute|flops?|training)\b/i.test(ctx.line.cell.header.lower);
  const column = (re: RegExp): Quantity | undefined => (computeColumn ? ctx.claim.siblings.find((x) => x.span.end <= q.span.start && x.kind === 'count' && x.value >= 1e6 && re.test(cellContext(ctx.prose, ctx.claim.statement, x)?.header ?? '')) : undefined);
  const paramsColumn = column(/\bparam/i);
  const tokensColumn = paramsColumn ? column(/\btokens?\b/i) : undefined;
  if (u === 'FLOP' && (ctx.line.has('train') || tokensColumn || /\b6\s?[·*×x]?\s?n\s?[·*×x]?\s?d\b/i.test(ctx.lower))) {
    const before = ctx.claim.siblings.filter((x) => x.span.end <= q.span.start);
    const params = paramsColumn ?? before.find((x) => x.noun === 'param');
    const tokens = tokensColumn ?? before.find((x) => x.noun === 'token');
    const n = params?.value ?? ctx.arch?.activeParams.value;
    if (n && tokens) {
      const d = model.trainingFlops(n, tokens.value, CONSTANTS.trainingFlopsPerParamPerToken.source);
      return roofline(ctx, d, undefined, null);
    }
    return undefined;
  }
  if (u === 'FLOP' && /\bprefill|\bforward pass|\bprompt\b/.test(l)) {
    const prefill = prefillFlops(ctx);
    if (prefill) return prefill;
  }
  if (u === 'FLOP/token') {
    // Forward pass ≈ 2·N (active) FLOP per token, N from a named model or a parameter count before it.
    const params = ctx.claim.siblings.find((x) => x !== q && x.span.end <= q.span.start && (x.noun === 'param' || x.noun === 'model') && x.value >= 1e6);
    const n = ctx.arch?.activeParams.value ?? params?.value;
    if (n) return roofline(ctx, model.inferenceFlopsPerToken(n, CONSTANTS.inferenceFlopsPerParamPerToken.source), undefined, ctx.arch ? `inference-flops:${ctx.arch.id}` : null, 'forward-pass FLOP per token');
  }
  // "a 1B draft", "a 7B reward model": another model's size, not the named one's.
  if (q.noun === 'param' && (/^\s*(?:param(?:eter)?s?\s+)?(?:draft|student|proxy|toy|reward|embedding|vision|encoder|router)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 24)) || /\b(?:like|as|than|vs\.?|versus)\s{1,2}(?:a|an|the|some)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(0, q.span.start - 16), q.span.start)))) {
    // ("… like a 37B dense model": a model it is compared with.)
    return unverifiable(ctx, 'spec', "another model's size (a draft, reward or encoder model), not the named model's");
  }
  const shape = archCount(ctx);
  if (shape) return shape;
  // A parameter count far from the note's frontmatter model is another model's ("Chinchilla compute for a 70B model"
  // in a note about Llama 3.1 8B), not a wrong figure of it.
  // (Said of "a 70B model", "for 405B", or computed "N ≈ 91B params"; "the model has 80B parameters" is still its own.)
  const indefinite = q.noun === 'model' || /(?:\b(?:a|an|for|of)\s{1,2}(?:~|about\s)?|[=≈]\s{0,2})$/i.test(ctx.prose.slice(Math.max(0, q.span.start - 12), q.span.start)) || /^[≈=~]/.test(q.raw);
  if (q.noun === 'param' && !q.per && ctx.arch && !ctx.archNamed && indefinite && !withinRatio(q.value / ctx.arch.totalParams.value, 2) && !withinRatio(q.value / ctx.arch.activeParams.value, 2)) {
    return unverifiable(ctx, 'spec', `a parameter count of another model than the note's (${ctx.arch.name})`);
  }
  // ("activates 32B parameters per token": the parameters a token uses are the active ones.)
  if (q.noun === 'param' && (!q.per || q.per === 'token') && ctx.arch) {
    const after = ctx.prose.slice(q.span.end, q.span.end + 24).toLowerCase();
    const ofTotal = ctx.claim.siblings.some((x) => x !== q && x.noun === 'param' && x.span.start > q.span.end && /^\s*(?:out\s+)?of\s*$/i.test(ctx.prose.slice(q.span.end, x.span.start)));
    // ("37B active of 671B total": the figure after "of", or one that says "total", is the total.)
    const total = /^\s*(?:parameters?\s+|params?\s+)?(?:in\s+)?total\b/.test(after) || /\bof\s{1,2}(?:~|about\s)?$/i.test(ctx.prose.slice(Math.max(0, q.span.start - 10), q.span.start));
    const active = !total && (ofTotal || q.per === 'token' || /\bactive\b/i.test(q.raw) || /\bactive\b/.test(ctx.line.cell?.header.lower ?? '') || /^\s*(?:parameters?\s+|params?\s+)?(?:are\s+)?active|activated/.test(after) || /\b(?:active|activates|activating|uses only)\b[^.;,]{0,12}$/.test(ctx.prose.slice(Math.max(0, q.span.start - 20), q.span.start).toLowerCase()));
    const figure = active ? ctx.arch.activeParams : ctx.arch.totalParams;
    return spec(ctx, { ...figure, unit: '' }, `${ctx.arch.name} ${active ? 'active' : 'total'} parameters`, `params:${ctx.arch.id}:${active ? 'active' : 'total'}`);
  }
  // (Or the statement before says so: "A 70B Chinchilla run is about 5.9e23 FLOPs. For an 8B model it's about 7.7e21
  // FLOPs.", "**Q:** What's Chinchilla-optimal for a 405B model? **A:** About 8.1T tokens.")
  const computeOptimal = /chinchilla|compute[- ]optimal/.test(l) || (ctx.claim.framing !== undefined && !ctx.archNamed);
  if (q.noun === 'token' && !q.per && computeOptimal) {
    const tokens = chinchillaTokens(ctx);
    if (tokens) return tokens;
  }
  if (u === 'FLOP' && computeOptimal) {
    const compute = chinchillaCompute(ctx);
    if (compute) return compute;
  }
  if (q.noun === 'token' && q.per === 'param') {
    // "Llama 3.1 8B saw 15T tokens, ~1,900 tokens per parameter": a run's own ratio, not the compute-optimal one.
    const tokens = ctx.claim.siblings.find((x) => x !== q && x.noun === 'token' && !x.per && x.value >= 1e9);
    const params = ctx.claim.siblings.find((x) => x !== q && (x.noun === 'param' || x.noun === 'model') && x.value >= 1e8)?.value ?? (ctx.archNamed ? ctx.arch?.totalParams.value : undefined);
    // ("That's 1,875 tokens per parameter, almost 100× Chinchilla": Chinchilla named as what the run is compared with.)
    const comparedWithChinchilla = /(?:[×x]\s{0,2}|\btimes\s{1,2}|\bthan\s{1,2}|\bvs\.?\s{1,2}|\bversus\s{1,2}|\bbeyond\s{1,2}|\bpast\s{1,2})(?:the\s{1,2})?chinchilla\b/.test(l) && !/optimal/.test(l);
    if (!/chinchilla|compute[- ]optimal|\boptimal\b/.test(l) || comparedWithChinchilla) {
      if (!tokens || !params) return unverifiable(ctx, 'roofline', "a run's tokens per parameter: the statement needs its tokens and parameters (the compute-optimal ratio is ~20 only when it says so)");
      const value = tokens.value / params;
      return roofline(ctx, { value, unit: '', derivation: [`${tokens.raw.trim()} ÷ ${fmt(params, '')} params = ${model.roundForDisplay(value)} tokens per parameter`], sources: [], assumptions: ['inputs as stated'] }, undefined, null, 'tokens per parameter of the run');
    }
    return roofline(ctx, { value: CONSTANTS.chinchillaTokensPerParam.value, unit: '', derivation: ['Chinchilla: ~20 training tokens per parameter (70B params on 1.4T tokens)'], sources: [CONSTANTS.chinchillaTokensPerParam.source], assumptions: ['compute-optimal training (Hoffmann et al. 2022)'] }, undefined, 'chinchilla-tokens-per-param', 'compute-optimal tokens per parameter');
  }
  // "~25 tokens/s per user": one stream's rate, the step's inverse at the batch the statement names.
  const perStream = q.noun === 'token' && /^s\/(?:user|request|stream|sequence|seq)$/.test(q.per ?? '');
  if (perStream && ctx.arch) {
    const acc = ctx.acc ?? ctx.fallbackAcc;
    if (!acc) return undefined; // about uncatalogued hardware
    const gpus = replicaGpus(ctx);
    const batch = batchIn(ctx);
    // ("DeepSeek-V3 … reads ~37 GB per step: so ~1,000 tokens/s": the bytes stated say the precision, FP8 here.)
    const precision = ctx.precisionStated ? ctx.precision : (precisionOfStatedRead(ctx, ctx.arch, batch ?? 1) ?? ctx.precision);
    const step = model.decodeStep(ctx.arch, acc.acc, precision, batch ?? 1, gpus, contextTokensIn(ctx));
    if (step) {
      const value = 1 / step.value;
      const d: Derived = { ...withSplit(step, gpus), value, unit: 'tokens/s', derivation: [...step.derivation, `tokens/s per stream = 1 ÷ ${fmt(step.value, 's')} = ${fmt(value, 'tokens/s')}`] };
      const outcome = roofline(ctx, d, acc, null);
      // The roofline is the fastest a stream can go (at batch 1 when none is named: a server batching users gives
      // each one less); what a server delivers is at most it.
      if (outcome.evaluation.verdict === 'inconsistent' && q.value < value && q.hedge !== 'atLeast') {
        return asConsistent(outcome, `a per-stream rate is at most the roofline's ${outcome.evaluation.modelText}${batch === undefined ? ' (batch 1: no batch named)' : ''}: ${q.raw.trim()} is ${Math.round((q.value / value) * 100)}% of it`, [...outcome.evaluation.assumptions, "a per-stream rate is checked as at most the model's"]);
      }
      return outcome;
    }
  }
  // "Llama 3 8B on H100 at 40% MFU gives about 24,700 tokens/s per GPU", "… and called it 52% MFU": compute-bound work.
  const computeBound = computeBoundThroughput(ctx);
  if (computeBound) return computeBound;
  // A throughput at a named batch ("2,500 tokens/s per H200 at batch 64") is decode's too, unless about prefill.
  // ("~2.5k tok/s/gpu": per GPU, the replica's throughput over its GPUs.)
  const perGpu = q.per === 's/gpu' || q.per === 's/chip' || q.per === 's/device' || q.per === 's/accelerator' || q.per === 's/card';
  // ("The A100 at 2.04 TB/s does Llama 3 8B at ~255 tokens/s": a token rate beside the memory bandwidth it comes from.)
  const fromBandwidth = ctx.claim.siblings.some((x) => x !== q && x.unit === 'B/s' && x.span.end <= q.span.start) && !/prefill|prompt|input tokens|\bttft\b|train|\bmfu\b/.test(l);
  const explicitDecode = q.noun === 'token' && (/decode|per (?:user|replica|stream|sequence)|single[- ]stream|batch (?:of )?1\b/.test(l) || fromBandwidth || (batchIn(ctx) !== undefined && !/prefill|prompt|input tokens|\bttft\b/.test(l)));
  if (q.noun === 'token' && (q.per === 's' || perGpu) && (explicitDecode || impliedDecode(ctx, l)) && ctx.arch) {
    const acc = ctx.acc ?? ctx.fallbackAcc;
    if (!acc) return undefined; // about uncatalogued hardware
    const gpus = replicaGpus(ctx);
    const precision = ctx.precisionStated ? ctx.precision : (precisionOfStatedRead(ctx, ctx.arch, batchIn(ctx) ?? 1) ?? ctx.precision);
    const replica = model.tokensPerSecond(ctx.arch, acc.acc, precision, batchIn(ctx) ?? 1, gpus, contextTokensIn(ctx));
    const d = replica && perGpu ? { ...replica, value: replica.value / gpus, derivation: [...replica.derivation, gpus > 1 ? `per GPU = ${fmt(replica.value, 'tokens/s')} ÷ ${gpus} GPUs = ${fmt(replica.value / gpus, 'tokens/s')}` : 'per GPU = per replica (one GPU)'] } : replica;
    if (d) {
      // ("Llama 3.1 70B FP8 on one H100 does 2,400 tok/s": far above one stream's roofline, with no word of decode, a
      // batch or a roofline, is a server's throughput over streams it does not count.)
      if (q.value > MAX_IMPLIED_OVER_ROOFLINE * d.value && !explicitDecode && impliedDecode(ctx, l) === 'named') return unverifiable(ctx, 'roofline', `${q.raw.trim()} is over ${MAX_IMPLIED_OVER_ROOFLINE}× one stream's roofline (${fmt(d.value, 'tokens/s')}): a throughput over many streams, and the statement gives no batch`);
      const outcome = roofline(ctx, withSplit(d, gpus), acc, null);
      return achievedBound(ctx, outcome, d.value, 'atMost') ?? outcome;
    }
  }
  if (q.kind === 'percent') {
    const pct = percentRatio(ctx) ?? percentOfPeak(ctx) ?? percentOfWritten(ctx);
    if (pct) return pct;
  }
  // (The chip's ridge named in another clause is what the workload is compared with: "… about 2,000 FLOP/byte of
  // weights, far above the H100's ~295 ridge".)
  // ("Intensity ≈ 16 FLOP/byte, far below the ridge": a figure set against the ridge is a workload's, not the ridge.)
  if (/^FLOPs?\/B$/.test(u) && new RegExp(RIDGE_COMPARED.source).test(l) && !/\bridge(?:\s{1,2}point)?\s{0,2}(?:is|of|at|=|:|≈|~)?\s{0,2}(?:~|≈|about\s)?$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 24), q.span.start))) return workloadIntensity(ctx, l);
  if (/^FLOPs?\/B$/.test(u) && WORKLOAD_INTENSITY.test(l) && !CHIP_RIDGE.test(ctx.prose.slice(clauseStart(ctx.prose, ctx.claim.statement.span.start, q.span), Math.min(ctx.claim.statement.span.end, q.span.end + 20)).toLowerCase().replace(/,[^,]*$/, '').replace(RIDGE_COMPARED, ''))) return workloadIntensity(ctx, l);
  // "A 1,000-GPU cluster at 5,000 tok/s per GPU is about 43B tokens per day": the fleet's rate, GPUs × each one's.
  if (q.kind === 'count' && q.noun === 'token' && q.dimension.s === -1 && !/gpu|chip|user|stream|request|seq/i.test(q.per ?? '')) {
    const before = ctx.claim.siblings.filter((x) => x.span.end <= q.span.start);
    const rate = [...before].reverse().find((x) => x.noun === 'token' && x.dimension.s === -1 && /^s\/(?:gpu|chip|device)$/i.test(x.per ?? ''));
    const gpus = rate ? before.find((x) => x.span.end <= rate.span.start && Number.isInteger(x.value) && x.value > 1 && (x.noun === 'gpu' || x.noun === 'chip' || x.noun === 'accelerator' || isChipCountOperand(ctx, x))) : undefined;
    if (rate && gpus) {
      const value = gpus.value * rate.value;
      const d: Derived = { value, unit: q.unit, derivation: [`${gpus.raw.trim()} × ${rate.raw.trim()} = ${fmt(value, 'tokens/s')}${q.per && TIME_PER.test(q.per) ? ` = ${fmt(value * secondsPer(q.per), '')} tokens per ${q.per}` : ''}`], sources: [], assumptions: ['inputs as stated in the same statement'] };
      return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null };
    }
  }
  // "Qwen3-235B-A22B has a sparsity of about 11", "its optimal batch is ~11× a dense model's": an MoE's sparsity is
  // its total parameters over its active ones, and the optimal batch grows by that factor.
  if ((q.kind === 'count' || q.kind === 'multiplier') && !q.noun && ctx.arch && ctx.arch.activeParams.value < ctx.arch.totalParams.value) {
    // ("DeepSeek-V3's sparsity is 671/37 ≈ 18": the ratio may be written out before it.)
    const sparsityFigure = q.kind === 'count' && !isOperand(ctx) && /\bsparsity\s{1,2}(?:(?:of|is|=|≈|:|at)\s{1,2})?(?:\d{1,5}\s{0,2}[/÷]\s{0,2}\d{1,5}\s{0,2}(?:≈|=|~=?)?\s{0,2})?(?:about\s|around\s|roughly\s|~|≈)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start));
    const batchFactor = q.kind === 'multiplier' && /^\s{0,2}(?:that of\s{1,2})?(?:an?|the)\s{1,2}dense\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 16)) && ctx.line.has('batch');
    if (sparsityFigure || batchFactor) {
      const m = ctx.arch;
      const value = m.totalParams.value / m.activeParams.value;
      const d: Derived = { value, unit: q.unit, derivation: [`${fmt(m.totalParams.value, '')} total ÷ ${fmt(m.activeParams.value, '')} active params = ${model.roundForDisplay(value)} (${m.name})`, ...(batchFactor ? ["optimal batch ≈ critical batch × sparsity: a dense model's times the sparsity"] : [])], sources: [m.totalParams.source, m.activeParams.source], assumptions: [`model: ${m.name}`, 'sparsity = total ÷ active parameters'] };
      return roofline(ctx, d, undefined, `moe-sparsity:${m.id}`, `sparsity of ${m.name} (total ÷ active params)`);
    }
  }
  if (((q.kind === 'count' || q.kind === 'multiplier') && !q.noun) || /^FLOPs?\/B$/.test(u)) {
    // "decode crosses the ridge at batch ≈ 295", "the slide that said batch 590 for FP8 decode": a count said to be a
    // batch is the batch where decode turns compute-bound, the ridge × bytes per weight ÷ 2 (≈ 295 on an H100 in
    // BF16 and in FP8 alike: the FP8 ridge doubles, the bytes per weight halve), not the ridge in FLOP/byte.
    // (Not an MoE's: its experts turn compute-bound at a batch its sparsity times larger.)
    if (q.kind === 'count' && !q.per && isBatchFigure(ctx) && CROSSOVER_WORDS.test(l) && !/optimal|ideal|best|\bmoe\b|experts?\b|sparsity/.test(l) && !(ctx.archNamed && ctx.arch && ctx.arch.activeParams.value < ctx.arch.totalParams.value)) {
      const acc = ctx.acc ?? ctx.fallbackAcc;
      if (!acc) return undefined; // about uncatalogued hardware
      const d = model.criticalBatch(acc.acc, ctx.precision);
      // ("a batch of 64 is still memory-bound": a batch said to be on one side of the crossover, not the crossover.)
      const side = BATCH_SIDE_AFTER.exec(ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 48)));
      if (d && side) {
        const outcome = roofline(ctx, { ...d, unit: '' }, acc, null, `batch said to be ${side[1]!.toLowerCase()}-bound (${acc.acc.name}, ${model.precisionLabel(ctx.precision)})`);
        const memory = side[1]!.toLowerCase() === 'memory';
        // (KV-cache reads only add bytes: with a context a big batch may stay memory-bound; never a small one compute-bound.)
        if (memory && q.value >= d.value && (ctx.line.has('kv') || /context|\bkv\b|attention/.test(l))) return undefined;
        if (memory ? q.value < d.value : q.value > d.value) return asConsistent(outcome, `batch ${q.raw.trim()} is ${memory ? 'below' : 'above'} the batch where decode turns compute-bound (${outcome.evaluation.modelText}): ${side[1]!.toLowerCase()}-bound, as stated`, outcome.evaluation.assumptions);
        return { ...outcome, evaluation: { ...outcome.evaluation, verdict: 'inconsistent', reason: `batch ${q.raw.trim()} is ${memory ? 'above' : 'below'} the batch where decode turns compute-bound (${outcome.evaluation.modelText}): not ${side[1]!.toLowerCase()}-bound` } };
      }
      if (d && !(q.value / d.value > 10 || d.value / q.value > 10)) return roofline(ctx, { ...d, unit: '' }, acc, `critical-batch:${acc.acc.id}:${ctx.precision}`, `batch where decode turns compute-bound (${acc.acc.name}, ${model.precisionLabel(ctx.precision)})`);
    }
    if (ctx.line.has('ridge') || /^FLOPs?\/B$/.test(u) || (q.kind === 'multiplier' && ctx.line.has('sparsity') && ctx.line.has('batch'))) {
      const acc = ctx.acc ?? ctx.fallbackAcc;
      if (!acc) return undefined; // about uncatalogued hardware
      // ("300 × sparsity": the multiplier on sparsity is the critical batch, the ridge × bytes per parameter ÷ 2.)
      const d = q.kind === 'multiplier' && !ctx.line.has('ridge') ? model.criticalBatch(acc.acc, ctx.precision) : model.ridgePoint(acc.acc, ctx.precision, ctx.sparsity ?? 'dense');
      // A bare number far from any ridge point ("(2.25 PFLOPS? no, 4.5)") is another figure in a statement about one;
      // so is an operand of arithmetic written out ("Sparsity 671 ÷ 37 ≈ 18; … an H200 ridge of ~206").
      if (d && !/^FLOPs?\/B$/.test(u) && q.kind === 'count' && (q.value / d.value > 10 || d.value / q.value > 10 || isOperand(ctx))) return undefined;
      if (d) {
        if (q.kind === 'multiplier') d.derivation = [...d.derivation, `optimal batch ≈ critical batch × sparsity, so the multiplier on sparsity is the critical batch, ≈ ${model.roundForDisplay(d.value)}`];
        return roofline(ctx, { ...d, unit: q.unit }, acc, `ridge-point:${acc.acc.id}:${ctx.precision}`, q.kind === 'multiplier' ? `optimal batch per unit of sparsity (${acc.acc.name})` : `ops:byte ridge point (${acc.acc.name})`);
      }
    }
    const statedSparsity = ctx.claim.siblings.find((x) => x !== q && x.kind !== 'percent' && x.value > 1 && x.value < 1000 && /sparsity\s*(?:of|=|is|≈)?\s*$/i.test(ctx.prose.slice(Math.max(0, x.span.start - 16), x.span.start)));
    if (ctx.line.has('batch') && /optimal|ideal|best/.test(l) && statedSparsity) {
      const acc = ctx.acc ?? ctx.fallbackAcc;
      if (!acc) return undefined; // about uncatalogued hardware
      const ridge = model.criticalBatch(acc.acc, ctx.precision);
      if (ridge) {
        const value = ridge.value * statedSparsity.value;
        const d: Derived = { ...ridge, value, unit: '', derivation: [...ridge.derivation, `optimal batch ≈ ${model.roundForDisplay(ridge.value)} × sparsity ${statedSparsity.value} = ${model.roundForDisplay(value)}`] };
        return roofline(ctx, d, acc, null, `optimal batch (${acc.acc.name}, sparsity ${statedSparsity.value})`);
      }
    }
    if (ctx.line.has('batch') && /optimal|ideal|best/.test(l) && ctx.arch) {
      const acc = ctx.acc ?? ctx.fallbackAcc;
      if (!acc) return undefined; // about uncatalogued hardware
      const d = model.optimalBatch(acc.acc, ctx.precision, ctx.arch);
      // A bare number far from it ("Sparsity is 256/8 = 32, so the optimal batch ≈ 295 × 32") is an operand, not the batch.
      if (d && !(q.value / d.value > 10 || d.value / q.value > 10)) return roofline(ctx, d, acc, `optimal-batch:${ctx.arch.id}:${acc.acc.id}`, `optimal batch (${ctx.arch.name} on ${acc.acc.name})`);
    }
    // "the batch that makes an H100 compute-bound in FP8 is around 300": a dense model's critical batch.
    if (q.kind === 'count' && !q.noun && ctx.line.has('batch') && /compute[- ]bound|critical batch|break[- ]?even/.test(l)) {
      const acc = ctx.acc ?? ctx.fallbackAcc;
      const d = acc ? model.criticalBatch(acc.acc, ctx.precision) : undefined;
      if (acc && d) return roofline(ctx, { ...d, unit: '' }, acc, `critical-batch:${acc.acc.id}:${ctx.precision}`, `batch where decode turns compute-bound (${acc.acc.name}, ${model.precisionLabel(ctx.precision)})`);
    }
    const ratio = q.kind === 'multiplier' ? (chipRatio(ctx) ?? systemRatio(ctx) ?? linkRatio(ctx)) : undefined;
    if (ratio) return ratio;
    if (q.kind === 'multiplier' && ctx.line.has('scaleUp') && ctx.line.has('scaleOut') && ctx.acc) {
      const a = ctx.acc.acc;
      // "NVLink 5 per direction vs one ConnectX-8 (100 GB/s)": a link or NIC the statement names is the one compared,
      // not the chip's default (a DGX B200 ships ConnectX-7).
      const hits = ctx.line.interconnectHits();
      const namedUp = hits.find((h) => h.ic.kind === 'scale-up')?.ic;
      const namedOut = hits.find((h) => h.ic.kind === 'scale-out')?.ic;
      const upFigure = namedUp ? (namedUp.perDirection ?? namedUp.bidirectional) : a.scaleUpBandwidth;
      const outFigure = namedOut ? (namedOut.perDirection ?? namedOut.bidirectional) : a.scaleOutBandwidth;
      if (upFigure && outFigure) {
        const perDir = (f: BandwidthFigure) => (f.direction === 'bidirectional' ? f.value / 2 : f.value);
        const upDir = perDir(upFigure);
        const outDir = perDir(outFigure);
        const value = upDir / outDir;
        const upName = namedUp?.name ?? a.scaleUpLink ?? 'scale-up';
        const outName = namedOut?.name ?? a.scaleOutNic ?? 'NIC';
        const key = namedUp || namedOut ? `scaleup-vs-scaleout:${namedUp?.id ?? a.id}:${namedOut?.id ?? a.id}` : `scaleup-vs-scaleout:${a.id}`;
        return roofline(ctx, { value, unit: 'x', derivation: [`${fmt(upDir, 'B/s')} ${upName} per direction ÷ ${fmt(outDir, 'B/s')} ${outName} per direction = ${model.roundForDisplay(value)}×`], sources: [upFigure.source, outFigure.source], assumptions: [`hardware: ${a.name}`, 'both per direction, per GPU'] }, ctx.acc, key);
      }
    }
  }
  if (q.kind === 'count') {
    const restated = systemsAsChips(ctx);
    if (restated) return restated;
    const needed = gpusNeeded(ctx);
    if (needed) return needed;
  }
  // (Not a rack read from words for a fleet's count: "400,000 GB200 GPUs / 72 per rack".)
  // (Nor a fleet's count beside one system's price or power: "At ~$3M per NVL72 rack, 100k GPUs = 1,389 racks".)
  const fleetCount = ctx.sys && q.value > 20 * Math.max(ctx.sys.gpusPerDomain, ctx.sys.totalAccelerators ?? 0) && !/pod|total|cluster|superpod/.test(l);
  if (q.kind === 'count' && (q.noun === 'gpu' || q.noun === 'chip' || q.noun === 'accelerator') && ctx.sys && !q.per && !fleetCount && !(ctx.rackWords && (isOperand(ctx) || q.value > 2 * ctx.sys.gpusPerDomain))) {
    // "flat ring over 128 GPUs" under "## 16 × DGX H100": what work is spread over, with the system named only around
    // the statement, is no count of that system's.
    if (/^(?:over|across)\b/i.test(q.raw.trim()) || SPREAD_OVER.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 12), q.span.start))) {
      if (!ctx.claim.mentions.some((m) => m.kind === 'system' && m.id === ctx.sys!.id)) return unverifiable(ctx, 'market', `a count of GPUs the work is spread over, not ${ctx.sys.name}'s own`);
    }
    // "Each NVL72 tray holds 4 B200 GPUs": a part of the system counts its own.
    if (/\b(?:trays?|nodes?|boards?|blades?|servers?|sleds?|superchips?|modules?|baseboards?)\b/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start))) {
      return unverifiable(ctx, 'spec', `a count in one part of ${ctx.sys.name} (a tray or node), not the whole system's`);
    }
    const s = ctx.sys;
    const value = /pod|total|cluster|superpod/.test(l) ? s.totalAccelerators : s.gpusPerDomain;
    const d: Derived = { value, unit: '', derivation: [`${s.name}: ${value} accelerators${s.singleScaleUpDomain ? ' in one scale-up domain' : ''}${s.diesPerDomain ? ` (${s.diesPerDomain} dies)` : ''}`], sources: [s.sizeSource], assumptions: [`system: ${s.name}`] };
    const dies = s.diesPerDomain;
    // Dies, not packages, only where the note says dies or names the system by its die count ("Vera Rubin NVL144
    // has 144 GPUs", as NVIDIA counted at GTC 2025); "144 GPU packages" and "NVL72 … 144 GPUs" are packages.
    const words = `${q.raw} ${ctx.prose.slice(q.span.end, q.span.end + 16)}`.toLowerCase();
    const saysDies = /\bdies?\b/.test(words);
    const saysPackages = /\bpackages?\b/.test(words);
    const named = ctx.claim.mentions.find((m) => m.kind === 'system' && m.id === s.id)?.raw ?? '';
    const nameCountsDies = !!dies && new RegExp(`(?:^|\\D)${dies}(?:\\D|$)`).test(named);
    if (dies && !saysPackages && (saysDies || (nameCountsDies && Math.abs(q.value - dies) < 0.5))) {
      d.derivation.push(saysDies ? `${s.name}: ${dies} GPU dies` : `${q.value} is the die count: the system's name counts dies`);
      d.value = dies;
    }
    return { evaluation: judge(ctx, d.value, d, 'spec'), kind: 'spec', key: `system-size:${s.id}${d.value === dies ? ':dies' : ''}` };
  }
  return undefined;
}

/**
 * A decode rate from the memory bandwidth the statement states and the named model's weights: batch 1, memory-bound,
 * bandwidth ÷ weight bytes. For chips the catalog lacks (the catalog's own chips take the full roofline).
 */
function decodeAtStatedBandwidth(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  // ("… ≈ 54 tok/s at batch 1" is that rate; "Trainium2" is a chip, not training.)
  const batch = batchIn(ctx);
  if (!ctx.arch || q.noun !== 'token' || !(q.per === 's' || /^s\/(?:gpu|chip|card|device|accelerator)$/.test(q.per ?? '')) || (batch !== undefined && batch !== 1)) return undefined;
  if (/prefill|prompt|input tokens|\bttft\b|\bmfu\b|aggregate|total/.test(ctx.lower) || TRAINS.test(ctx.lower) || (batch === undefined && ctx.lower.includes('batch'))) return undefined;
  const bandwidth = ctx.claim.siblings.filter((x) => x !== q && x.unit === 'B/s' && x.span.end <= q.span.start).pop();
  if (!bandwidth) return undefined;
  // (An MoE's decode reads its routed experts only.)
  const w = model.decodeWeightBytes(ctx.arch, ctx.precision, 1);
  const value = bandwidth.value / w.value;
  const d: Derived = { ...w, value, unit: 'tokens/s', derivation: [...w.derivation, `${bandwidth.raw.trim()} (as stated) ÷ ${fmt(w.value, 'B')} = ${fmt(value, 'tokens/s')} at batch 1`], assumptions: [...w.assumptions, 'memory-bound decode at batch 1: each token reads all the weights once'] };
  return roofline(ctx, d, undefined, null, `decode tokens/s at the stated bandwidth (${ctx.arch.name})`);
}

/** "4 × 3.35 = " right before a figure: bare numbers multiplied or divided, the result's unit written only on it. */
const BARE_EQUATION = /(?:^|[\s:(])(\d{1,3}(?:,\d{3}){1,2}|\d{1,6}(?:\.\d{1,4})?)([²³]?)\s{0,2}([×x*÷/])\s{0,2}(\d{1,3}(?:,\d{3}){1,2}|\d{1,6}(?:\.\d{1,4})?)([²³]?)\s{0,2}=\s{0,2}$/;
/** Before a two-number equation, a sign that makes it the end of a longer chain ("2 × 8 × 128 × 2 ="). */
const CHAIN_BEFORE = /[×x*÷/]\s{0,2}$/;
const BARE_CHAIN = /(?:^|[\s:(])((?:\d{1,6}(?:\.\d{1,4})?\s{0,2}[×x*÷/]\s{0,2}){2,6}\d{1,6}(?:\.\d{1,4})?)\s{0,2}=\s{0,2}$/;
/** The same, ending where a result written "≈ 20 tok/s" begins (its sign is the quantity's own): "800 / 40 ≈ 20 tok/s". */
const BARE_EQUATION_HEDGED = new RegExp(BARE_EQUATION.source.replace('=\\s{0,2}$', '$'));
const BARE_CHAIN_HEDGED = new RegExp(BARE_CHAIN.source.replace('=\\s{0,2}$', '$'));
/** A result's magnitude suffix: "3.84M tokens/s". */
const RESULT_MAGNITUDE: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9 };

const powerOf = (sign: string | undefined): number => (sign === '²' ? 2 : sign === '³' ? 3 : 1);

/**
 * "TP=4 on H100s: 4 × 3.35 = 13.4 TB/s aggregate": an equation of bare numbers whose result carries the unit is checked
 * as written, number for number (not as the chip's figure).
 * `unreadOnly`: only an equation the quantity scanner reads no figure of, a square or a fraction ("2 tiers give
 * 144²/2 = 20,736"), and then a count's too; it is the arithmetic, not the figures written before it.
 */
function bareEquation(ctx: Ctx, chipFigure?: number, unreadOnly = false): Outcome | undefined {
  const q = ctx.claim.quantity;
  // (And a count rate, whose unit only the result carries: "512 × 7,500 = 3.84M tokens/s".)
  if (q.kind !== 'measure' && !(unreadOnly && q.kind === 'count') && !(q.kind === 'count' && q.per)) return undefined;
  const from = Math.max(ctx.claim.statement.span.start, q.span.start - 40);
  const hedged = /^[≈~]/.test(q.raw);
  const m = (hedged ? BARE_EQUATION_HEDGED : BARE_EQUATION).exec(ctx.prose.slice(from, q.span.start));
  // The result as written: its leading number, with no magnitude suffix glued to it.
  // ("512 × 7,500 = 3.84M tokens/s": a magnitude written on a count rate scales the number.)
  // ("120 × 0.08 = $9.60 an hour": a currency sign before it.)
  const written = /^[~≈]?\s{0,2}[$€£]?(\d{1,7}(?:\.\d{1,6})?)(?![\d.,]|[kKmMbB]\b)/.exec(q.raw.replace(/,(?=\d{3}\b)/g, '')) ?? (q.unit === 'tokens/s' || q.unit === '' ? /^[~≈]?\s{0,2}(\d{1,4}(?:\.\d{1,3})?)([kKMB])(?=\s|$)/.exec(q.raw) : null);
  if (!m || !written) return undefined;
  if (unreadOnly) {
    const start = from + m.index;
    const glued = /^\d[\d.]{0,10}[²³]?\/\d/.test(m[0].trim());
    if ((!m[2] && !m[5] && !glued) || ctx.claim.siblings.some((x) => x !== q && x.span.end > start && x.span.start < q.span.start)) return undefined;
  }
  const a = Number(m[1]!.replace(/,/g, '')) ** powerOf(m[2]);
  const b = Number(m[4]!.replace(/,/g, '')) ** powerOf(m[5]);
  const times = m[3] !== '÷' && m[3] !== '/';
  if (!times && b === 0) return undefined;
  const scale = q.value / (Number(written[1]) * (written[2] ? RESULT_MAGNITUDE[written[2]]! : 1));
  const unitOfResult = q.raw.slice(q.raw.indexOf(written[1]) + written[1].length).trim();
  // "2 × 8 × 128 × 2 = 4 KiB": a longer chain is read whole, left to right (not as its last two numbers).
  if (!m[2] && !m[5] && CHAIN_BEFORE.test(ctx.prose.slice(from, from + m.index + m[0].indexOf(m[1]!)))) {
    const whole = (hedged ? BARE_CHAIN_HEDGED : BARE_CHAIN).exec(ctx.prose.slice(from, q.span.start));
    if (!whole) return undefined;
    const parts = whole[1]!.split(/\s{0,2}([×x*÷/])\s{0,2}/);
    let v = Number(parts[0]!.replace(/,/g, ''));
    for (let k = 1; k + 1 < parts.length; k += 2) {
      const n = Number(parts[k + 1]!.replace(/,/g, ''));
      v = parts[k] === '÷' || parts[k] === '/' ? v / n : v * n;
    }
    if (!Number.isFinite(v)) return undefined;
    // (The numbers may be in the result's unit, "4 × 3.35 = 13.4 TB/s", or in its base unit, bytes multiplied out
    // to "= 4 KiB": the nearer reading is the one meant.)
    const asWritten = v * scale;
    const inBase = Math.abs(Math.log(q.value / v)) < Math.abs(Math.log(q.value / asWritten));
    const modelValue = inBase ? v : asWritten;
    const dc: Derived = { value: modelValue, unit: q.unit, derivation: [`${whole[1]!.trim()} = ${inBase ? fmt(v, q.unit) : `${model.roundForDisplay(v)}${unitOfResult && q.kind === 'measure' ? ` (${unitOfResult}, as the result is written)` : ''}`}`], sources: [], assumptions: ['inputs as stated in the same statement'] };
    return { evaluation: judge(ctx, modelValue, dc, 'arithmetic'), kind: 'arithmetic', key: null };
  }
  const value = times ? a * b : a / b;
  if (!Number.isFinite(scale) || scale <= 0) return undefined;
  // (Over a chip's figure the catalog holds, only as that figure times a count: "4 × 3.35 = 13.4 TB/s" of H100s, not "4 × 2 = 8".)
  if (chipFigure !== undefined && !(times && [a, b].some((x) => withinRatio((x * scale) / chipFigure, ctx.tolerances.exact)))) return undefined;
  const d: Derived = { value: value * scale, unit: q.unit, derivation: [`${m[1]}${m[2]} ${times ? '×' : '÷'} ${m[4]}${m[5]} = ${q.kind === 'count' && Number.isInteger(value) ? countText(value) : model.roundForDisplay(value)}${unitOfResult && q.kind === 'measure' ? ` (${unitOfResult}, as the result is written)` : ''}`], sources: [], assumptions: ['inputs as stated in the same statement'] };
  return { evaluation: judge(ctx, value * scale, d, 'arithmetic'), kind: 'arithmetic', key: null };
}

/** Words that make a token rate training's (6 FLOP per parameter per token) or prefill's (2). */
const TRAINS = /\btrain(?:s|ing|ed)?\b|\bpre-?train|\bbackward\b/;
const PREFILL_WORDS = /\bprefill|\bprompt\b|\bforward pass\b|\binput tokens\b/;

/** "at 40% MFU": a utilisation given as the condition a rate holds at, not worked out. */
function mfuIsCondition(ctx: Ctx, mfu: Quantity): boolean {
  return /\b(?:at|with|assuming)\s{1,2}(?:an?\s{1,2})?(?:~|about\s|roughly\s|realistic\s)?\s{0,2}$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, mfu.span.start - 24), mfu.span.start));
}

/**
 * Compute-bound token rates: prefill at 2 and training at 6 FLOP per parameter per token, at the chip's dense peak
 * times the MFU stated ("at 40% MFU", "at peak"). A rate with neither is at most the peak's; an MFU beside a rate
 * is checked as rate × FLOP per token ÷ peak.
 */
function computeBoundThroughput(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const acc = ctx.acc;
  if (!ctx.arch || !acc || !ctx.accNamed) return undefined;
  const sectionLower = ctx.section?.lower ?? '';
  const training = TRAINS.test(ctx.lower) || (!PREFILL_WORDS.test(ctx.lower) && TRAINS.test(sectionLower));
  const prefill = !training && (PREFILL_WORDS.test(ctx.lower) || PREFILL_WORDS.test(sectionLower));
  const mfu = ctx.claim.siblings.find((x) => x.kind === 'percent' && x.value > 0 && x.value <= 100 && MFU_AFTER.test(ctx.prose.slice(x.span.end, x.span.end + 16)));
  if (!training && !prefill && !mfu) return undefined;
  const stated = statedPeak(ctx, acc.acc);
  if (!stated) return undefined;
  const factor = prefill ? 2 : 6;
  const params = ctx.arch.activeParams.value;
  const perToken = factor * params;
  const why = prefill ? 'prefill ≈ 2 FLOP per parameter per token' : 'training ≈ 6 FLOP per parameter per token (forward and backward)';
  const peakText = `${stated.label}: ${fmt(stated.figure.value, 'FLOP/s')}`;
  const isRate = q.noun === 'token' && (q.per === 's' || /^s\/(?:gpu|chip|card|device|accelerator)$/.test(q.per ?? ''));
  if (isRate) {
    // (Not a decode rate, nor a rate the statement makes from a batch or a bandwidth.)
    if (/\bdecod|\bper (?:user|stream)\b|batch/.test(ctx.lower) || ctx.claim.siblings.some((x) => x.unit === 'B/s')) return undefined;
    // ("600 tokens/s per GPU … called it 52% MFU": the rate a later MFU is worked out from is that claim's input;
    // "… at 50% MFU" after the rate is the condition it holds at.)
    if (mfu && mfu.span.start > q.span.end && !mfuIsCondition(ctx, mfu)) return undefined;
    const atPeak = /\bat (?:the )?peak\b|\bpeaks? at\b|\b100\s?% mfu\b/.test(ctx.lower);
    const share = mfu ? mfu.value / 100 : 1;
    const value = (stated.figure.value * share) / perToken;
    const d: Derived = {
      value,
      unit: 'tokens/s',
      derivation: [peakText, `${fmt(stated.figure.value, 'FLOP/s')}${mfu ? ` × ${mfu.raw.trim()}` : ''} ÷ (${factor} × ${fmt(params, '')} params) = ${fmt(value, 'tokens/s')}`],
      sources: [stated.figure.source, ctx.arch.activeParams.source],
      assumptions: [why, `model: ${ctx.arch.name}`],
    };
    const outcome = roofline(ctx, d, acc, null, `${prefill ? 'prefill' : 'training'} tokens/s (${ctx.arch.name} on ${acc.acc.name}${mfu ? ` at ${mfu.raw.trim()}` : ''})`);
    return mfu || atPeak ? outcome : (achievedBound(ctx, outcome, value, 'atMost') ?? outcome);
  }
  if (q === mfu) {
    // The rate the MFU is of: a token rate before it in the statement.
    const rate = ctx.claim.siblings.filter((x) => x !== q && x.noun === 'token' && x.dimension.s === -1 && x.span.end <= q.span.start).pop();
    // ("at 40% MFU is about 10,800 tokens/s", "trains at ~4,800 tokens/s at 50% MFU": a utilisation the rate holds at is
    // that rate's input.)
    if ((!rate && ctx.claim.siblings.some((x) => x.noun === 'token' && x.dimension.s === -1 && x.span.start >= q.span.end)) || (rate && mfuIsCondition(ctx, q))) return unverifiable(ctx, 'roofline', 'the utilisation the statement assumes for its token rate: an input, checked through that rate');
    if (!rate) return undefined;
    const value = ((rate.value * perToken) / stated.figure.value) * 100;
    const d: Derived = {
      value,
      unit: '%',
      derivation: [peakText, `${rate.raw.trim()} × ${factor} × ${fmt(params, '')} params ÷ ${fmt(stated.figure.value, 'FLOP/s')} = ${model.roundForDisplay(value)}%`],
      sources: [stated.figure.source, ctx.arch.activeParams.source],
      assumptions: [why, `model: ${ctx.arch.name}`],
    };
    return roofline(ctx, d, acc, null, `MFU of ${rate.raw.trim()} (${ctx.arch.name} on ${acc.acc.name})`);
  }
  return undefined;
}

/** A KV cache said to be held in one byte per value ("FP8 KV", "KV cache in FP8"). */
const ONE_BYTE_KV = /\b(?:fp8|int8)\s{0,2}kv\b|\bkv(?:\s{1,2}cache)?\s{1,2}(?:in\s{1,2}|at\s{1,2})?(?:fp8|int8)\b/i;

/**
 * "~71 GB left, which fits about 13 sequences at 32k context": the sequences whose KV cache the memory left holds,
 * ⌊left ÷ (KV per token × context)⌋ for the statement's model.
 */
function sequencesThatFit(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  if (!ctx.arch || !(q.noun === 'sequence' || q.noun === 'user' || q.noun === 'request' || q.noun === 'conversation') || q.per) return undefined;
  const context = contextTokensIn(ctx);
  if (!context) return undefined;
  // The memory left: the last byte figure before the count, in the words that say so.
  // (Not the weights beside it: "64 GB is left after the 16 GB of weights, … about 59 sequences".)
  const left = ctx.claim.siblings.filter((x) => x !== q && x.unit === 'B' && x.span.end <= q.span.start && !isWeightsFigure(ctx, x)).pop();
  if (!left || !/\b(?:left|leaves?|leaving|remaining|remains?|free|spare|headroom)\b/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, left.span.start - 24), Math.min(ctx.claim.statement.span.end, left.span.end + 24)))) return undefined;
  const bytesPerValue = ONE_BYTE_KV.test(ctx.lower) ? 1 : 2;
  const per = model.kvBytesPerToken(ctx.arch, { bytesPerValue });
  const sequence = per.value * context;
  const value = Math.floor(left.value / sequence + 1e-9);
  if (value < 1) return undefined;
  const d: Derived = {
    ...per,
    value,
    unit: '',
    derivation: [...per.derivation, `${fmt(per.value, 'B')} × ${fmt(context, '')} tokens = ${fmt(sequence, 'B')} per sequence`, `⌊${left.raw.trim()} ÷ ${fmt(sequence, 'B')}⌋ = ${value} sequences`],
    assumptions: [...per.assumptions, 'the memory left holds only KV cache (activations need some too)'],
  };
  return roofline(ctx, d, undefined, null, `sequences of ${fmt(context, '')} tokens that fit in ${left.raw.trim()} (${ctx.arch.name})`);
}

/** A whole count as written ("6,667"), else as the model writes figures. */
const countText = (n: number): string => (Number.isInteger(n) && n < 1e7 ? n.toLocaleString('en-US') : fmt(n, ''));

const isChipNoun = (x: Quantity): boolean => x.noun === 'gpu' || x.noun === 'chip' || x.noun === 'accelerator';

/** What joins a count to the same count told another way: "is about", "=", "≈", "(", ", i.e.", "or". */
const RESTATES = /^[\s,]{0,3}(?:[(:—–]|(?:(?:=|≈|~=|→|->|is|are|was|were|means?|makes?|or|i\.e\.,?|that's|that is|which is|which are|roughly|about|around|approximately|so)[\s,]{0,3})+)[\s,]{0,3}$/i;
/** A system's own noun after its name ("2 Vera Rubin NVL144 racks"). */
const SYSTEM_NOUN = /^\s{0,2}(?:racks?|nodes?|systems?|servers?|box(?:es)?|pods?|superpods?|units?|dgxs?|hgxs?)\b/i;

/** "32 DGX (256 GPUs)", "40 nodes": a count of systems by a generic noun, in a statement that names one system, `id`. */
function countsGenericSystems(ctx: Ctx, x: Quantity, id: string): boolean {
  const systems = ctx.claim.mentions.filter((m) => m.kind === 'system');
  return systems.length > 0 && systems.every((m) => m.id === id) && SYSTEM_NOUN.test(ctx.prose.slice(x.span.end, x.span.end + 12)) && !systems.some((m) => m.span.start >= x.span.end && m.span.start - x.span.end <= 3);
}

/**
 * "1,400 GB200 NVL72 racks is about 100,000 GPUs", "100k GPUs are ~1,389 NVL72 racks", "32 DGX H100 nodes = 256 GPUs":
 * a count of systems told again as the chips they hold, or chips as the systems they fill.
 */
function systemsAsChips(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  if (q.per || !(q.value >= 1) || isOperand(ctx)) return undefined;
  const toChips = isChipNoun(q);
  let prev: Quantity | undefined;
  for (const x of ctx.claim.siblings) if (x !== q && x.span.end <= q.span.start && (!prev || x.span.end > prev.span.end)) prev = x;
  // The first count: the figure before q, or for chips a count in words before a system's name ("Ten NVL72 racks (720 GPUs)").
  let first: { value: number; start: number; end: number; quantity?: Quantity } | undefined;
  if (prev && prev.kind === 'count' && !prev.per && prev.value >= 1) first = { value: prev.value, start: prev.span.start, end: prev.span.end, quantity: prev };
  if (toChips) {
    const named = ctx.claim.mentions.find((x) => x.kind === 'system' && x.span.end <= q.span.start && q.span.start - x.span.end <= 40 && (!prev || x.span.start >= prev.span.end));
    const word = named ? /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)\s{1,2}$/i.exec(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, named.span.start - 10), named.span.start)) : null;
    if (named && word) first = { value: WORD_COUNTS[word[1]!.toLowerCase()]!, start: named.span.start - word[0].length, end: named.span.start };
  }
  if (!first || toChips === (first.quantity !== undefined && isChipNoun(first.quantity))) return undefined;
  const counted = toChips ? first : { start: q.span.start, end: q.span.end };
  // The system a count names: inside the count's text ("1,400 GB200 NVL72 racks") or right after it ("32 DGX H100 nodes").
  // (Or, for "≈ 6,667 racks" with no name, the one system the statement names before it.)
  const systemsBefore = ctx.claim.mentions.filter((x) => x.kind === 'system' && x.span.end <= counted.start);
  const only = (/\b(?:racks?|nodes?|systems?|servers?|box(?:es)?|pods?|superpods?|dgxs?|hgxs?)\s*$/i.test(ctx.prose.slice(counted.start, counted.end)) || SYSTEM_NOUN.test(ctx.prose.slice(counted.end, counted.end + 12))) && systemsBefore.length > 0 && systemsBefore.every((x) => x.id === systemsBefore[0]!.id) ? systemsBefore[0] : undefined;
  const m = ctx.claim.mentions.find((x) => x.kind === 'system' && x.span.start >= counted.start && x.span.start <= counted.end + 2 && (!toChips || x.span.start < q.span.start)) ?? only;
  const sys = m ? getSystem(m.id) : undefined;
  if (!m || !sys || (toChips && first.quantity && countsItsChips(first.quantity, m, sys))) return undefined;
  // The words joining the two counts, after the system's name and noun when they follow the first count.
  let from = first.end;
  if (toChips && m.span.end > from) from = m.span.end;
  const noun = toChips ? SYSTEM_NOUN.exec(ctx.prose.slice(from, from + 16)) : null;
  if (noun) from += noun[0].length;
  const between = ctx.prose.slice(from, q.span.start);
  if (between.length > 32 || !(RESTATES.test(between) || (/^\s{0,2}$/.test(between) && /^[≈~=]/.test(q.raw)))) return undefined;
  // (Another chip named with the chips: "4 DGX H100 nodes or 64 A100 GPUs" counts something else.)
  const chips = toChips ? q.span : first;
  if (ctx.claim.mentions.some((x) => x.kind === 'accelerator' && x.id !== sys.accelerator && x.span.start >= chips.start && x.span.start <= chips.end)) return undefined;
  // A name that counts dies ("Vera Rubin NVL144") counts its chips so.
  const dies = sys.diesPerDomain;
  const per = dies && new RegExp(`(?:^|\\D)${dies}(?:\\D|$)`).test(m.raw) ? dies : sys.totalAccelerators;
  const value = toChips ? first.value * per : first.value / per;
  const d: Derived = {
    value,
    unit: '',
    derivation: [toChips ? `${countText(first.value)} × ${sys.name} (${per} accelerators each) = ${countText(value)} accelerators` : `${countText(first.value)} accelerators ÷ ${per} per ${sys.name} = ${Number.isInteger(value) || value < 10 ? fmt(value, '') : `≈ ${countText(Math.round(value))}`} systems`],
    sources: [sys.sizeSource],
    assumptions: [`system: ${sys.name}`],
  };
  return { evaluation: judge(ctx, value, d, 'model'), kind: 'roofline', key: null, subject: toChips ? `accelerators in ${countText(first.value)} × ${sys.name}` : `${sys.name} systems for ${countText(first.value)} accelerators` };
}

/**
 * "Its weights in FP8 alone need 5 H100s", "would fit on 3 GPUs of the former": the chips a model's weights take,
 * ⌈weights ÷ one chip's HBM⌉. Fewer is impossible. What fits, or serves (KV cache and activations need more), is
 * checked as at least that; what the weights need, as at most the next power of two (tensor-parallel sizes).
 */
function gpusNeeded(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const cue = gpusNeededCue(ctx.prose, q, ctx.claim.mentions, ctx.claim.statement.span.start);
  if (!cue) return undefined;
  const what = 'how many chips a model takes';
  if (!ctx.arch) return unverifiable(ctx, 'roofline', `${what}: the statement needs to name the model`);
  // (The chip the count names, "5 H100s", over one an earlier sentence named.)
  const counted = ctx.claim.mentions.find((m) => m.kind === 'accelerator' && m.span.start >= q.span.end && m.span.start - q.span.end <= 1);
  const countedChip = counted ? getAccelerator(counted.id) : undefined;
  const acc = countedChip ? accChoice(countedChip, 'statement', counted!.raw) : ctx.acc;
  const hbm = acc?.acc.hbmCapacity;
  if (!acc || !hbm || !(ctx.accNamed || countedChip)) return unverifiable(ctx, 'roofline', `${what}: the statement needs to name the chip`);
  const w = model.weightBytes(ctx.arch, ctx.precision);
  const min = Math.max(1, Math.ceil(w.value / hbm.value - 1e-9));
  const most = 2 ** Math.ceil(Math.log2(min));
  const clause = clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span).toLowerCase();
  const weightsOnly = /\b(?:alone|just|only|merely)\b/.test(clause) || (/\bweights?\b/.test(clause) && !/\b(?:serve|serving|inference|kv|cache|context|batch|throughput|users?)\b/.test(clause));
  const serving = /\b(?:serve|serving|inference|kv|cache|context|batch|throughput|users?|run|running|deploy)\b/.test(clause);
  const atLeast = cue === 'fit' || q.hedge === 'atLeast' || serving;
  // ("needs 100 H100s" with nothing about serving: a requirement, far above what the weights take.)
  const ceiling = weightsOnly ? most : 4 * most;
  const d: Derived = {
    value: min,
    unit: '',
    derivation: [...w.derivation, `⌈${fmt(w.value, 'B')} ÷ ${fmt(hbm.value, 'B')} of HBM (${acc.acc.name})⌉ = ${min} chip${min === 1 ? '' : 's'} for the weights`],
    sources: [...w.sources, hbm.source],
    assumptions: [...w.assumptions, atLeast ? 'checked as at least the chips the weights take (KV cache and activations need more)' : weightsOnly ? `checked as the chips the weights take, up to the next power of two (${most}: tensor-parallel sizes)` : `checked as at least the chips the weights take, and at most ${4 * most}`],
  };
  const outcome = roofline(ctx, d, acc, null, `chips for ${ctx.arch.name}'s weights (${acc.acc.name})`);
  const e = outcome.evaluation;
  if (e.verdict === 'unverifiable') return outcome;
  const n = q.value;
  const fits = `${fmt(n, '')} × ${fmt(hbm.value, 'B')} = ${fmt(n * hbm.value, 'B')}`;
  let verdict: Evaluation['verdict'];
  let reason: string;
  if (n < min) {
    verdict = 'inconsistent';
    reason = `${fits} cannot hold ${fmt(w.value, 'B')} of weights: it takes at least ${min}`;
  } else if (atLeast || n <= ceiling) {
    verdict = 'consistent';
    reason = `${fits} holds the ${fmt(w.value, 'B')} of weights (at least ${min} needed)`;
  } else {
    verdict = 'inconsistent';
    reason = `the weights (${fmt(w.value, 'B')}) take ${min} (${most} as a power-of-two tensor-parallel group), not ${fmt(n, '')}`;
  }
  return { ...outcome, evaluation: { ...e, verdict, reason } };
}

/** "Llama 3.1 70B in FP16 (141 GB)": a figure in parentheses right after a model's name (and its precision). */
/** A figure of memory left over: "~51 GB left for KV cache", "leaving 10 GB free", "with 20 GB to spare". */
function isMemoryLeft(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  const after = ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 24)).toLowerCase();
  if (/^\s{0,2}(?:of\s{1,2}(?:hbm\w*|memory|vram)\s{1,2})?(?:left|free|remaining|spare|to spare|of headroom)\b/.test(after)) return true;
  const before = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 16), q.span.start).toLowerCase();
  // ("leaving only 9.4 GB for KV cache", "KV pool 180 − 70.6 ≈ 109 GB".)
  return /\b(?:leaves?|leaving)\s{1,2}(?:only\s{1,2}|just\s{1,2})?(?:about\s{1,2}|roughly\s{1,2}|~\s?)?$/.test(before) || /\bkv(?:\s{1,2}cache)?\s{1,2}(?:pool|budget|space|headroom)\b(?:(?!\.\s)[^;,]){0,24}$/.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 40), q.span.start).toLowerCase());
}

/** "fits Llama 3.1 70B in BF16 (141 GB) on a single MI300X, with ~51 GB left for KV cache": the chip's HBM less the weights. */
function memoryLeft(ctx: Ctx): Outcome {
  const acc = ctx.acc;
  const hbm = acc?.acc.hbmCapacity;
  if (acc && hbm && ctx.arch) {
    const w = model.weightBytes(ctx.arch, ctx.precision);
    // Under tensor parallelism each GPU holds a shard ("leaving ~90 GB for KV cache on each H200" at TP=8).
    const shards = replicaGpus(ctx);
    const weights = w.value / shards;
    const value = hbm.value - weights;
    if (value > 0) {
      // "fits on an 8x H200 node with ~460 GB left": the node's total, unless the figure is each GPU's (nearer it, or
      // said per GPU).
      const q = ctx.claim.quantity;
      const perGpuWords = PER_GPU.test(ctx.line.cell ? ctx.lower : clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span).toLowerCase()) || hasPerChipUnit(q) || /\beach\b/.test(nearFigure(ctx, 24, 32));
      const total = shards * value;
      if (shards > 1 && !perGpuWords && Math.abs(Math.log(q.value / total)) < Math.abs(Math.log(q.value / value))) {
        const d: Derived = { value: total, unit: 'B', derivation: [...w.derivation, `${shards} × ${fmt(hbm.value, 'B')} of HBM (${acc.acc.name}) − ${fmt(w.value, 'B')} of weights = ${fmt(total, 'B')} left`], sources: [...w.sources, hbm.source], assumptions: w.assumptions };
        return roofline(ctx, d, acc, null, `memory left after the weights (${ctx.arch.name} on ${shards} × ${acc.acc.name})`);
      }
      const shardLine = shards > 1 ? [`${fmt(w.value, 'B')} ÷ ${shards} GPUs (tensor parallel) = ${fmt(weights, 'B')} per GPU`] : [];
      const d: Derived = { value, unit: 'B', derivation: [...w.derivation, ...shardLine, `${fmt(hbm.value, 'B')} of HBM (${acc.acc.name}) − ${fmt(weights, 'B')} of weights = ${fmt(value, 'B')} left`], sources: [...w.sources, hbm.source], assumptions: w.assumptions };
      return roofline(ctx, d, acc, null, `memory left after the weights (${ctx.arch.name} on ${acc.acc.name})`);
    }
  }
  return unverifiable(ctx, 'roofline', 'memory left after the weights: the statement needs to name the chip and the model');
}

/** "decode reads ~25.8 GB per token": the weights one decode step reads (MoE: the routed experts only). */
function weightsReadPerToken(ctx: Ctx, arch: ModelArchitecture): Outcome {
  const batch = batchIn(ctx) ?? 1;
  const d = model.decodeWeightBytes(arch, ctx.precision, batch);
  return roofline(ctx, { ...d, unit: 'B/token' }, undefined, `decode-weight-bytes:${arch.id}:${ctx.precision}:b${batch}`, `weights read per decode step (${arch.name}, batch ${batch})`);
}

/** The parameter count a statement about training names: a count ("405B", "70B params") or its model's. */
function trainedParams(ctx: Ctx): number | undefined {
  const q = ctx.claim.quantity;
  return ctx.claim.siblings.find((x) => x !== q && (x.noun === 'param' || x.noun === 'model' || /^\d[\d.,]*\s?[BT]$/.test(x.raw.trim())) && x.value >= 1e8 && x.value < 1e14)?.value ?? ctx.claim.framing?.params ?? ctx.arch?.totalParams.value;
}

/** "Prefill of a 32k prompt on Llama 3 70B is about 4.5 PFLOP": 2 × N (active) × the prompt's tokens. */
function prefillFlops(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const tokens = ctx.claim.siblings.find((x) => x !== q && (x.noun === 'token' || x.noun === 'prompt') && !x.per && x.value >= 16);
  const params = ctx.claim.siblings.find((x) => x !== q && (x.noun === 'param' || x.noun === 'model') && x.value >= 1e8);
  const n = ctx.arch?.activeParams.value ?? params?.value;
  if (!tokens || !n) return undefined;
  const value = 2 * n * tokens.value;
  const d: Derived = {
    value,
    unit: 'FLOP',
    derivation: [`2 × ${fmt(n, '')} params × ${fmt(tokens.value, '')} tokens = ${fmt(value, 'FLOP')} (forward pass ≈ 2·N per token)`],
    sources: [CONSTANTS.inferenceFlopsPerParamPerToken.source],
    assumptions: ["attention's tokens² term ignored (it grows with the prompt's length)"],
  };
  return roofline(ctx, d, undefined, null, `prefill FLOPs of a ${fmt(tokens.value, '')}-token prompt`);
}

/** "a 70B Chinchilla run is about 5.9e23 FLOPs": 6 × N × D with D = 20 N. */
function chinchillaCompute(ctx: Ctx): Outcome | undefined {
  const params = trainedParams(ctx);
  if (!params) return undefined;
  const perParam = CONSTANTS.chinchillaTokensPerParam;
  const tokens = perParam.value * params;
  const value = 6 * params * tokens;
  const d: Derived = { value, unit: 'FLOP', derivation: [`${fmt(params, '')} params × ${perParam.value} tokens per parameter = ${fmt(tokens, '')} tokens`, `6 × ${fmt(params, '')} × ${fmt(tokens, '')} = ${fmt(value, 'FLOP')}`], sources: [perParam.source], assumptions: ['compute-optimal training (Hoffmann et al. 2022)', 'training FLOPs ≈ 6 × parameters × tokens'] };
  return roofline(ctx, d, undefined, null, 'compute-optimal training FLOPs');
}

/** "Chinchilla-optimal for 405B would be ~8.1T tokens": ~20 training tokens per parameter. */
function chinchillaTokens(ctx: Ctx): Outcome | undefined {
  const params = trainedParams(ctx);
  if (!params) return undefined;
  const perParam = CONSTANTS.chinchillaTokensPerParam;
  const value = perParam.value * params;
  return roofline(ctx, { value, unit: '', derivation: [`${fmt(params, '')} params × ${perParam.value} tokens per parameter = ${fmt(value, '')} tokens`], sources: [perParam.source], assumptions: ['compute-optimal training (Hoffmann et al. 2022)'] }, undefined, null, 'compute-optimal training tokens');
}

/** "Decode at batch 1 does 1 FLOP per byte": the workload's intensity, not the chip's ridge point. */
function workloadIntensity(ctx: Ctx, l: string): Outcome {
  // "Prefill of a 2k prompt runs at ~2,000 FLOP/byte of weights": every prompt token uses each weight read once.
  const prompt = /\bprefill|\bprompt\b/.test(l) ? promptTokensIn(ctx) : undefined;
  if (prompt) {
    const d = model.decodeIntensity(ctx.precision, prompt);
    d.derivation = [d.derivation[0]!.replace(`batch ${prompt}`, `${fmt(prompt, '')} prompt tokens`)];
    d.assumptions = [`precision: ${model.precisionLabel(ctx.precision)}`, 'prefill reads every weight once for the whole prompt; attention and KV not counted'];
    return roofline(ctx, d, undefined, null, `prefill arithmetic intensity (${fmt(prompt, '')} tokens, ${model.precisionLabel(ctx.precision)})`);
  }
  if (!/\bdecod|\bgenerat|\bper token\b/.test(l)) return unverifiable(ctx, 'roofline', "the arithmetic intensity of a workload, not a chip's ridge point: the model checks decode's only");
  const batch = batchIn(ctx) ?? 1;
  return roofline(ctx, model.decodeIntensity(ctx.precision, batch), undefined, `decode-intensity:${ctx.precision}:${batch}`, `decode arithmetic intensity (batch ${batch}, ${model.precisionLabel(ctx.precision)})`);
}

/** A scale-up (NVLink-class) bandwidth: the system's total when the statement says so, else the chip's link. */
function scaleUp(ctx: Ctx, a: Accelerator | undefined, l: string): Outcome | undefined {
  if (ctx.sys && /total|aggregate|rack|domain|system/.test(l)) return spec(ctx, ctx.sys.totalScaleUpBandwidth, `${ctx.sys.name} total scale-up bandwidth`, `system-scaleup:${ctx.sys.id}`);
  // "8 H100s have 7.2 TB/s of NVLink in total": the GPUs' links together, when the figure is far above one's.
  const own = a?.scaleUpBandwidth;
  if (a && own && ctx.claim.quantity.value > 4 * own.value && !isOneChipOfSystem(ctx) && !isOperand(ctx)) {
    const gpus = chipCountIn(ctx);
    if (gpus && gpus > 1) return directional(ctx, { ...own, value: own.value * gpus }, `${gpus} × ${a.name} ${a.scaleUpLink ?? 'scale-up'} bandwidth`, `scaleup-bandwidth:${a.id}:x${gpus}`);
  }
  return a ? directional(ctx, a.scaleUpBandwidth, `${a.name} ${a.scaleUpLink ?? 'scale-up'} bandwidth`, `scaleup-bandwidth:${a.id}`) : undefined;
}

/** A scale-out (NIC) bandwidth per GPU, or per node ("400 GB/s per node": one NIC per GPU, 8 in an HGX or DGX node). */
function scaleOut(ctx: Ctx, a: Accelerator | undefined): Outcome | undefined {
  const q = ctx.claim.quantity;
  const figure = a?.scaleOutBandwidth ?? ctx.sys?.scaleOutPerGpu ?? (a ? platformScaleOut(a) ?? onlySystemScaleOut(a) : undefined);
  if (!figure) return undefined;
  const name = a ? `${a.name} scale-out (${a.scaleOutNic ?? 'NIC'}) per GPU` : ctx.sys ? `${ctx.sys.name} scale-out per GPU` : '';
  // Per node when the figure says so, later in its clause too ("50 GB/s of scale-out per node"), when a node is the
  // statement's subject ("Each server has 3.2 Tb/s", "Each DGX H100 has 400 GB/s"), or a node-sized system is.
  const clause = clauseAround(ctx.prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span).toLowerCase();
  const figureAt = clause.indexOf(q.raw.toLowerCase());
  const afterFigure = figureAt < 0 ? '' : clause.slice(figureAt + q.raw.length);
  const beforeFigure = figureAt < 0 ? clause : clause.slice(0, figureAt);
  const saysPerGpu = /^(?:gpu|chip|device|accelerator)s?$/i.test(q.per ?? '') || PER_GPU.test(afterFigure.slice(0, 40));
  const perNode =
    /(?:^|\/)(?:node|server|box|host)s?$/.test(q.per ?? '') ||
    (!saysPerGpu &&
      (/^[^(\d]{0,40}?(?:\bper|\ba|\beach|\/)\s{0,2}(?:node|server|box|host)\b/i.test(afterFigure) ||
        // (Not a count's factor: "Per HGX B200 server: 8 × 400 Gb/s = 3.2 Tb/s" multiplies one NIC's rate.)
        (/\b(?:each|every|per|one|a|the)\s{1,2}(?:(?:dgx|hgx)\s{1,2}[a-z0-9]{2,6}\s{1,2})?(?:node|server|box|host)\b/i.test(beforeFigure) && !/\d\s{0,2}[×x*]\s{0,2}(?:[\w-]{1,20}\s{1,2}(?:at|@)\s{1,2})?$/i.test(beforeFigure)) ||
        (!!ctx.sys && ctx.sys.gpusPerDomain > 1 && ctx.sys.gpusPerDomain <= 16 && systemIsSubject(ctx))));
  if (perNode) {
    const gpus = ctx.sys && ctx.sys.gpusPerDomain <= 16 ? ctx.sys.gpusPerDomain : 8;
    return directional(ctx, { ...figure, value: figure.value * gpus }, `${name} × ${gpus} GPUs per node`, `scaleout-bandwidth-node:${a?.id ?? ctx.sys?.id}:${gpus}`);
  }
  return directional(ctx, figure, name, `scaleout-bandwidth:${a?.id ?? ctx.sys?.id}`);
}

/** What an architecture count counts, by the words naming it (the figure's own, or a table column's header). */
const ARCH_COUNTS: { re: RegExp; field: 'kvHeads' | 'heads' | 'headDim' | 'layers' | 'fullAttentionLayers' | 'slidingWindowLayers' | 'expertsActive' | 'expertsTotal' | 'hidden'; label: string }[] = [
  { re: /\b(?:kv|key[- ]value)[- ]heads?\b/, field: 'kvHeads', label: 'KV heads' },
  { re: /\bfull[- ](?:attention|context)(?: layers?)?\b|\bglobal(?:[- ]attention)? layers?\b|\blayers?\s+(?:that\s+)?grows?\b/, field: 'fullAttentionLayers', label: 'full-attention layers' },
  { re: /\bsliding[- ]window(?: attention)?(?: layers?)?\b|\bsliding layers?\b|\blocal(?:[- ]attention)? layers?\b/, field: 'slidingWindowLayers', label: 'sliding-window layers' },
  { re: /\bhead[- _]?dim(?:ension)?s?\b|\bd_?head\b/, field: 'headDim', label: 'head dimension' },
  { re: /\b(?:attention |query |q )?heads?\b/, field: 'heads', label: 'attention heads' },
  { re: /\blayers?\b/, field: 'layers', label: 'layers' },
  { re: /\b(?:active|activated|selected) (?:routed )?experts?\b|\bexperts?\s+(?:active|activated|selected|per\s+token)\b/, field: 'expertsActive', label: 'experts active per token' },
  { re: /\bexperts?\b/, field: 'expertsTotal', label: 'experts' },
  { re: /\bhidden(?: size| dim(?:ension)?)?\b|\bd_?model\b/, field: 'hidden', label: 'hidden size' },
];

/** "80 layers", "8 KV heads", a "Layers" column: the named model's architecture integers, from its config. */
function archCount(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const a = ctx.arch;
  if (!a || q.kind !== 'count' || q.per || q.value < 1 || !Number.isInteger(q.value)) return undefined;
  const cell = ctx.line.cell;
  // (The words after the figure up to the next figure or clause: "80 layers, 8 KV heads" are two counts.)
  const words = cell && !q.noun ? cell.header.lower : q.noun && /^(?:layer|head|expert|dimension)$/.test(q.noun) ? `${q.raw} ${ctx.prose.slice(q.span.end, q.span.end + 12).split(/[,;:(\d]/, 1)[0]}`.toLowerCase() : '';
  if (!words) return undefined;
  // (The noun decides where the words are another language's: "126 Schichten", "32 warstwy".)
  const hit = ARCH_COUNTS.find((c) => c.re.test(words)) ?? (q.noun === 'layer' ? ARCH_COUNTS.find((c) => c.field === 'layers') : undefined);
  // "Each GPU holds 2 routed experts": where experts are placed, a serving choice, not the model's count.
  if (hit?.field === 'expertsTotal' && (PER_GPU.test(ctx.lower) || /\b(?:each|every|per) (?:gpu|rank|device|node)\b|\bholds?\b/.test(ctx.lower))) {
    return unverifiable(ctx, 'spec', "experts placed on a GPU (expert parallelism): a serving layout, not the model's count");
  }
  const figure = hit ? a[hit.field] : undefined;
  if (!hit || !figure) return undefined;
  // A config integer written plainly is exact: "30 layers" is not Llama 3.1 8B's 32, round figure or not.
  const exact = q.hedge === 'exact' ? { ...ctx, tolerances: { ...ctx.tolerances, exact: 0, approx: 0 } } : ctx;
  return spec(exact, { ...figure, unit: '' }, `${a.name} ${hit.label}`, `arch:${a.id}:${hit.field}`);
}

/** "10,000 H100s × 1,500 tok/s": a count of chips with a product sign after it (or after the chip it counts). */
function multipliedExplicitly(ctx: Ctx, x: Quantity): boolean {
  const chip = ctx.claim.mentions.find((m) => m.span.start >= x.span.end && m.span.start - x.span.end <= 2);
  const from = chip ? chip.span.end : x.span.end;
  return /^s?\s{0,2}[×*]/.test(ctx.prose.slice(from, from + 4));
}

/** Mentions starting at `at`, `at` + 1 or `at` + 2 (a count's chip: "8×H100", "8 H100s"), from an index built once per statement. */
function mentionsStartingAt(mentions: readonly Mention[], at: number): Mention[] {
  let byStart = MENTIONS_BY_START.get(mentions);
  if (!byStart) {
    byStart = new Map();
    for (const m of mentions) {
      const list = byStart.get(m.span.start);
      if (list) list.push(m);
      else byStart.set(m.span.start, [m]);
    }
    MENTIONS_BY_START.set(mentions, byStart);
  }
  const out: Mention[] = [];
  for (let k = at; k <= at + 2; k++) {
    const list = byStart.get(k);
    if (list) out.push(...list);
  }
  return out;
}
const MENTIONS_BY_START = new WeakMap<readonly Mention[], Map<number, Mention[]>>();

/**
 * An "=", "≈" or arrow written right before the figure (or opening it): the statement's own equation. Words between
 * the figure before and this one make the sign a hedge or a new subject, not a result ("6 TB/s → Llama 3.1 70B BF16
 * ≈ 42 tok/s", "6 TB/s, so it decodes at ≈ 42 tok/s").
 */
function writtenEquation(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  const all = ctx.claim.siblings;
  const previous = all[all.indexOf(q) - 1];
  const between = previous !== undefined ? textBetween(ctx, previous, q) : '';
  if (/[A-Za-z]{3,}/.test(between)) return false;
  return /^[≈=]/.test(q.raw) || (previous !== undefined && WRITTEN_RESULT.test(between));
}

/** The precision at which the model's decode step reads the bytes the statement states it reads, if one matches within 10%. */
function precisionOfStatedRead(ctx: Ctx, arch: ModelArchitecture, batch: number): Precision | undefined {
  const q = ctx.claim.quantity;
  const read = ctx.claim.siblings.find((x) => x !== q && x.span.end <= q.span.start && (x.unit === 'B' || /^B\/(?:step|token)$/i.test(x.unit)));
  if (!read) return undefined;
  return (['bf16', 'fp8', 'fp4'] as const).find((p) => withinRatio(read.value / model.decodeWeightBytes(arch, p, batch).value, 0.1));
}

const SHARE_TOLERANCE = 0.1;

const ON_CHIP_WORDS = String.raw`l[123](?:\s?cache)?|llc|last[- ]level cache|infinity cache|shared memory|smem|lds|register file|registers|tmem|tensor memory|sram|scratchpad`;
/** An on-chip structure named before the figure in its clause, with nothing but its own words between. */
const ON_CHIP_BEFORE = new RegExp(String.raw`\b(${ON_CHIP_WORDS}|(?:per|each|one|an?)\s+(?:[a-z]{1,3}\d{3,4}[a-z]?\s+)?(?:sm|cu|streaming multiprocessor))\b[^.;,]{0,24}$`);
/** An on-chip structure named right after the figure ("50 MB L2", "228 KB of shared memory per SM"). */
const ON_CHIP_AFTER = new RegExp(String.raw`^\s{0,2}(?:of\s{1,2})?(?:on-chip\s{1,2})?(${ON_CHIP_WORDS}|per[- ]sm|per[- ]cu)\b`);

/** Bytes a step reads, in the units notes write them: per token, per step, one GPU's share. */
const DRAIN_BYTES_UNIT = /^B\/(?:token|step|gpu|chip|device|rank|shard)(?:\/(?:token|step|gpu|chip|device))?$/i;

/** "Q: How big is Llama 3.1 405B in FP8? A: Roughly 810 GB": the answer's first figure answers the question's model. */
function answersFirst(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  return !ctx.claim.mentions.some((m) => m.kind === 'model') && !hasPerChipUnit(q) && /^\s{0,3}(?:\*\*|__)?(?:a|answer)\s?:(?:\*\*|__)?\s{1,2}(?:[a-z]+\s{1,2}){0,2}$/i.test(ctx.prose.slice(ctx.claim.statement.span.start, q.span.start));
}

/** Words for what training holds beyond the weights. */
const TRAINING_STATE = /\b(?:optimi[sz]er states?|adam (?:states?|moments?)|training state|full state|optimi[sz]er state)\b/;

/** A small byte count the statement gives per parameter ("16 bytes per parameter", "per param: 16 bytes", "2 B/param"). */
function statedBytesPerParam(ctx: Ctx): Quantity | undefined {
  if (!/per[- ]param|\/param|bytes per param/.test(ctx.lower)) return undefined;
  const q = ctx.claim.quantity;
  const stated = ctx.claim.siblings.find((x) => x !== q && x.span.end <= q.span.start && (x.unit === 'B' || x.unit === 'B/param') && x.value >= 0.5 && x.value <= 32 && Number.isInteger(x.value * 2));
  // ("1 byte per param" is FP8, and the precision says so already.)
  return stated && stated.value !== model.bytesPerParam(ctx.precision) ? stated : undefined;
}

/** What else a size said beside a parameter count may be of: a KV cache, activations, training state, a shard. */
const NOT_JUST_WEIGHTS = /\b(?:kv|cache|activations?|optimi[sz]ers?|adam|gradients?|grads|train(?:s|ing|ed)?|fine-?tun\w{0,6}|context|tokens?|batch|sequences?|per[- ](?:gpu|chip|device|rank|shard|node)|each|shard(?:s|ed)?|tp\s?=|overhead)\b/;

/**
 * "A 70B model in FP16 needs 140 GB", "a 13B model in int4 is 6.5 GB": the first size after a parameter count, in a
 * statement that names a precision and nothing else the memory could be for, is the weights of a model that size.
 */
function isBareModelSize(ctx: Ctx, params: Quantity, hardwareFigure: boolean): boolean {
  if (hardwareFigure || !ctx.precisionStated) return false;
  if (sizeRightAfterParams(ctx, params)) return true;
  if (NOT_JUST_WEIGHTS.test(ctx.lower)) return false;
  const q = ctx.claim.quantity;
  if (ctx.claim.siblings.some((x) => x !== q && x.unit === 'B' && x.span.start >= params.span.end && x.span.end <= q.span.start)) return false;
  const between = ctx.prose.slice(params.span.end, q.span.start);
  return between.length <= 48 && !/[;.!?](?:\s|$)/.test(between) && !ctx.claim.mentions.some((m) => m.kind !== 'model' && m.kind !== 'otherModel' && m.span.start >= params.span.end && m.span.end <= q.span.start);
}

/** "1T params → 1 TB at FP8", "70B params = 140 GB": a size written as what the parameter count right before it comes to. */
function sizeRightAfterParams(ctx: Ctx, params: Quantity): boolean {
  const q = ctx.claim.quantity;
  return q.span.start - params.span.end <= 8 && /^\s{0,2}(?:→|->|⇒|=>|=|≈|~=)\s{0,2}(?:~\s{0,2}|about\s{1,2})?$/.test(ctx.prose.slice(params.span.end, q.span.start));
}

/** A size right after a model's name: "Llama 3.1 70B in FP16 (141 GB)", "Llama 3 8B = 16 GB in bf16", "Llama 3.1 70B: ~141 GB". */
function isSizeAfterModel(ctx: Ctx, kind: 'model' | 'otherModel' = 'model'): boolean {
  const q = ctx.claim.quantity;
  if (ctx.claim.mentions.some((m) => m.kind === kind && m.span.end <= q.span.start && (kind === 'model' ? SIZE_AFTER_MODEL : SIZE_AFTER_OTHER_MODEL).test(ctx.prose.slice(m.span.end, q.span.start)))) return true;
  // "Llama 3.1 8B in BF16, about 16 GB": the size after the model and its precision, set off by a comma.
  if (ctx.claim.mentions.some((m) => m.kind === kind && m.span.end <= q.span.start && /^\s{0,2}(?:in\s{1,2})?(?:fp|bf|int|mxfp|nvfp)\d{1,2}\s{0,2},\s{0,2}(?:~|about|≈|roughly)?\s{0,2}$/i.test(ctx.prose.slice(m.span.end, q.span.start)))) return true;
  // "DeepSeek-V3 has 671B parameters; at FP8 that is ~671 GB": a size at a precision, after the model with no chip
  // named between, is its weights.
  if (!ctx.line.has('kv') && SIZE_AT_PRECISION.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 40), q.span.start))) {
    const model = ctx.claim.mentions.find((m) => m.kind === kind && m.span.end <= q.span.start);
    if (model && !ctx.claim.mentions.some((m) => m.kind !== 'model' && m.kind !== 'otherModel' && m.span.start >= model.span.end && m.span.end <= q.span.start)) return true;
  }
  // "Llama 3.1 405B needs 810 GB in BF16": what a model needs is its weights (unless the KV cache is counted in).
  return !ctx.line.has('kv') && ctx.claim.mentions.some((m) => m.kind === kind && m.span.end <= q.span.start && /^\s{0,2}(?:needs|requires|takes(?: up)?|occupies)\s{1,2}(?:~|about|≈|roughly|around)?\s{0,2}$/i.test(ctx.prose.slice(m.span.end, q.span.start)));
}

/** Between a model's name and its size: "Llama 3 8B = ", "Llama 3.1 70B in FP16 (", "Llama 3.1 70B: ~". */
const SIZE_AFTER_MODEL = /^\s{0,2}(?:in\s{1,2}[\w-]{2,8}\s{0,2}|(?:fp|bf|int|mxfp|nvfp)\d{1,2}\s{0,2})?(?:\(|=|:|\bis\b|\bweighs\b)\s{0,2}(?:~|about|≈|roughly)?\s{0,2}$/i;
/** The same after a model the catalog lacks, whose version the name may leave out ("Mistral Large 2 in BF16 ("). */
const SIZE_AFTER_OTHER_MODEL = new RegExp(`^(?:\\s{1,2}v?\\d{1,3}(?:\\.\\d{1,2})?\\b)?${SIZE_AFTER_MODEL.source.slice(1)}`, 'i');

/** "A 405B checkpoint in BF16 (810 GB)": a parameter count before the size, which the weights' check reads. */
function sizedByParamCount(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  return ctx.claim.siblings.some((x) => x !== q && x.span.end <= q.span.start && (x.noun === 'param' || x.noun === 'model') && x.value >= 1e8);
}

/** The figure's clause, lower case, cut at sentence and clause breaks on both sides (at most 80 characters before it, 40 after). */
function ownClauseText(ctx: Ctx): string {
  const q = ctx.claim.quantity;
  const before = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 80), q.span.start);
  let cut = -1;
  for (const m of before.matchAll(/[.;,!?]\s/g)) cut = m.index! + 1;
  const after = ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 40));
  const stop = after.search(/[.;,!?](?:\s|$)/);
  return (before.slice(cut + 1) + ctx.prose.slice(q.span.start, q.span.end) + (stop < 0 ? after : after.slice(0, stop))).toLowerCase();
}

/** Before a size: "at FP8 that is ~", "in BF16 it comes to about ", "at INT4, ". */
const SIZE_AT_PRECISION = /\b(?:at|in)\s{1,2}(?:fp|bf|int|mxfp|nvfp)\d{1,2}\s{0,2},?\s{0,2}(?:(?:that|it|this)\s{1,2}(?:is|['’]s|comes to|takes)\s{1,2}|(?:that['’]s|it['’]s)\s{1,2})(?:~|≈|about\s{1,2}|roughly\s{1,2}|around\s{1,2})?\s{0,2}$/i;

/** "140 GB of weights doesn't fit in 80 GB": the memory the weights are held against, not the weights. */
function isCapacityOperand(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  const before = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 32), q.span.start).toLowerCase();
  // ("so it fits in 2 × 80 GB": that many chips' memory.)
  if (/\bfit(?:s|ting)?\s+(?:in|into|on|onto|within)(?:\s+(?:a|an|one|the|a single|just|only))?\s*(?:\d{1,3}\s{0,2}[×x*]\s{0,2})?$/.test(before)) return true;
  if (/\b(?:exceeds?|more than|bigger than|larger than)(?:\s+(?:a|an|one|the|a single))?\s*$/.test(before) && ctx.claim.siblings.some((x) => x !== q && x.unit === 'B' && x.span.end <= q.span.start)) return true;
  // "one 8×H200 node (1,128 GB total)": a figure in parentheses right after a chip is that chip's.
  if (/\(\s*(?:~|about|≈)?\s*$/.test(before) && !isWeightsFigure(ctx, q) && ctx.claim.mentions.some((m) => m.kind !== 'model' && m.kind !== 'otherModel' && /^\s*(?:[a-z-]+\s+){0,2}\(\s*(?:~|about|≈)?\s*$/.test(ctx.prose.slice(m.span.end, q.span.start).toLowerCase()))) return true;
  const after = ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 24)).toLowerCase();
  // (Also "sur 8 H200 cela fait 1128 Go de HBM", "1128 GB di HBM": the chips' memory, not the weights beside it.)
  // ("The H200's 141 GB is enough for …": the chip's own figure, possessive.)
  if (ctx.claim.mentions.some((m) => (m.kind === 'accelerator' || m.kind === 'system') && m.span.end <= q.span.start && q.span.start - m.span.end <= 12 && (/['’]s$/.test(m.raw) ? /^\s{1,2}(?:~|about\s{1,2}|roughly\s{1,2})?$/ : /^['’]s\s{1,2}(?:~|about\s{1,2}|roughly\s{1,2})?$/).test(ctx.prose.slice(m.span.end, q.span.start)))) return true;
  // ("two 80 GB H100s", "an 80 GB A100": a capacity written before the chip, as its adjective, is the chip's.)
  return /^\s*(?:(?:of|de|di|da|do|du|von|an)\s+|d['’])?(?:hbm\w*|vram|gpu memory|device memory)\b/.test(after) || /^\s*(?:h100|h200|b200|gpus?|cards?)\b/.test(after) ||
    ctx.claim.mentions.some((m) => m.kind === 'accelerator' && m.span.start >= q.span.end && m.span.start - q.span.end <= 2 && ctx.prose.slice(q.span.end, m.span.start).trim() === '');
}

/**
 * "Leonardo usa A100 da 64 GB", "H100 de 64 GB", "A100 64GB": a capacity written right after the chip's name, as a
 * variant's name, that is not the catalogued chip's; the variant (Leonardo's A100 64 GB, MareNostrum 5's H100 64 GB)
 * is another part, not a wrong figure for this one. The name and capacity as written, or undefined.
 */
function uncataloguedCapacityVariant(ctx: Ctx): string | undefined {
  const q = ctx.claim.quantity;
  for (const m of ctx.claim.mentions) {
    // (Not the chip's own figure: "B200's 192 GB".)
    if (m.kind !== 'accelerator' || m.id !== ctx.acc?.acc.id || /['’]s$/.test(m.raw)) continue;
    // The figure judged, or another one of the same size named so ("The A100 64GB has 64 GB of HBM"); its unit
    // written on it (in "HBM (GB): H100 80, H200 120" the unit is the label's, and 120 is H200's figure, wrong).
    const x = ctx.claim.siblings.find((y) => y.unit === 'B' && y.value === q.value && y.span.start >= m.span.end && y.span.start - m.span.end <= 6 && /\d\s?\p{L}/u.test(ctx.prose.slice(y.span.start, y.span.end)));
    if (x && VARIANT_CAPACITY_BETWEEN.test(ctx.prose.slice(m.span.end, x.span.start))) return `${m.raw} ${ctx.prose.slice(x.span.start, x.span.end)}`;
  }
  return undefined;
}
/** Between a chip's name and its variant's capacity: nothing, a hyphen, or "of" in the Romance languages and German. */
const VARIANT_CAPACITY_BETWEEN = /^(?:[\s-]{0,2}|\s{1,2}(?:de|da|di|do|von)\s{1,2})$/i;

/**
 * "Ironwood has 192 GB, 6x Trillium", "Trillium gives 4.7x the peak compute of v5e":
 * a multiplier between two named chips, on the property the statement names.
 */
function chipRatio(ctx: Ctx): Outcome | undefined {
  const less = saysTimesLess(ctx);
  const claimed = less ? 1 / ctx.claim.quantity.value : ctx.claim.quantity.value;
  const outcome = judgedRatio(ctx, timesLess(less, ratioBetween(ctx, 'accelerator', (id) => getAccelerator(id), chipProperty(ctx), claimed)));
  // "Ironwood peak compute is 5x Trillium": with no precision said, vendors set each chip's fastest dense format
  // against the other's (FP8 on Ironwood, BF16 on Trillium). A ratio that misses at one precision is read so too.
  if (outcome?.evaluation.verdict !== 'inconsistent' || ctx.precisionStated || !/compute/.test(outcome.subject ?? '')) return outcome;
  const peak: RatioProperty<Accelerator> = { label: 'peak dense compute (each chip at its fastest floating-point format)', pick: fastestDense, unit: 'FLOP/s' };
  const alt = judgedRatio(ctx, timesLess(less, ratioBetween(ctx, 'accelerator', (id) => getAccelerator(id), () => peak, claimed)));
  return alt?.evaluation.verdict === 'consistent' ? alt : outcome;
}

/** A chip's highest dense FLOP/s in a floating-point format the catalog holds for it (integer formats are no FLOPs). */
function fastestDense(a: Accelerator): FlopsFigure | undefined {
  let best: FlopsFigure | undefined;
  for (const f of a.flops) if (f.sparsity === 'dense' && f.workload !== 'training' && !f.precision.startsWith('int') && (!best || f.value > best.value)) best = f;
  return best;
}

/** "9x less memory than Ironwood", "3x slower": a multiplier that states the inverse ratio. */
function saysTimesLess(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  return q.kind === 'multiplier' && /^\s{0,2}(?:less|smaller|lower|fewer|slower|cheaper|weniger|moins|menos|meno|minder|mniej)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 12));
}

/** The ratio between two entries as "× less" when the statement says so: 16 GB vs 206 GB is 12.9× less, not 0.08×. */
function timesLess(less: boolean, ratio: { derived: Derived; subject: string } | undefined): { derived: Derived; subject: string } | undefined {
  if (!less || !ratio || !(ratio.derived.value > 0)) return ratio;
  const r = ratio.derived.value;
  const value = 1 / r;
  return { subject: ratio.subject, derived: { ...ratio.derived, value, derivation: [...ratio.derived.derivation, `${model.roundForDisplay(r)}× is ${model.roundForDisplay(value)}× less`] } };
}

/** Which property of two chips a statement compares (chipRatio, percentRatio). */
function chipProperty(ctx: Ctx): (lower: string, sibling: Quantity | undefined) => RatioProperty<Accelerator> | undefined {
  return (l, sibling) => {
    const bandwidth: RatioProperty<Accelerator> = { label: 'HBM bandwidth', pick: (x) => x.hbmBandwidth, unit: 'B/s' };
    const compute: RatioProperty<Accelerator> = { label: `dense ${ctx.precision.toUpperCase()} compute`, pick: (x) => model.flopsFigure(x, ctx.precision), unit: 'FLOP/s' };
    // "1.4x faster on memory-bound decode" compares bandwidth; "faster" alone says nothing of which.
    if (/\b(?:faster|slower|speed-?up|quicker)\b/.test(l)) return /memory[- ]bound|decode|bandwidth/.test(l) ? bandwidth : /compute[- ]bound|prefill|flops|compute/.test(l) ? compute : undefined;
    // "ICI: 1.2 TB/s bidirectional per chip, 1.5x Trillium": the chips' scale-up links, both counted both ways.
    if (/\bici\b|nvlink|infinity fabric|neuronlink|scale[- ]up|interconnect/.test(l) && !/\bhbm|memory/.test(l)) {
      return { label: 'scale-up bandwidth (bidirectional)', pick: (x) => (x.scaleUpBandwidth ? { ...x.scaleUpBandwidth, value: x.scaleUpBandwidth.direction === 'bidirectional' ? x.scaleUpBandwidth.value : 2 * x.scaleUpBandwidth.value } : undefined), unit: 'B/s' };
    }
    if (/bandwidth|\bbw\b|bandbreite|bande passante|ancho de banda|largura de banda|larghezza di banda|bandbreedte|przepustowo/.test(l) || sibling?.unit === 'B/s') return bandwidth;
    if (/\bhbm|memory|capacity|speicher|m[ée]moire|memoria|mem[óo]ria|geheugen|pami[ęe]ci/.test(l) && (!sibling || sibling.unit === 'B')) return { label: 'HBM capacity', pick: (x) => x.hbmCapacity, unit: 'B' };
    if (/compute|flops|tflop|pflop|peak|\b(?:fp64|fp32|tf32|bf16|fp16|fp8|fp4|int8)\b/.test(l) || sibling?.unit === 'FLOP/s') return compute;
    if (sibling?.unit === 'B') return { label: 'HBM capacity', pick: (x) => x.hbmCapacity, unit: 'B' };
    if (/\bpower\b|\btdp\b|\bwatts?\b/.test(l) || sibling?.unit === 'W') return { label: 'TDP', pick: (x) => x.tdp, unit: 'W' };
    return undefined;
  };
}

/** "Vera Rubin NVL144: 3.6 EF FP4, 3.3x GB300 NVL72": the same between two named systems. */
function systemRatio(ctx: Ctx): Outcome | undefined {
  const sparsity = ctx.sparsity ?? 'dense';
  const choose = (l: string, sibling: Quantity | undefined): RatioProperty<System> | undefined => {
    if (sibling?.unit === 'FLOP/s' || /compute|flops|exaflop|petaflop|\b(?:fp64|fp32|tf32|bf16|fp16|fp8|fp4|int8)\b/.test(l)) return { label: `${sparsity} ${ctx.precision.toUpperCase()} compute`, pick: (x) => peakFlops(x, ctx.precision, sparsity), unit: 'FLOP/s' };
    if (sibling?.unit === 'B/s' || /bandwidth/.test(l)) return { label: 'total HBM bandwidth', pick: (x) => x.totalHbmBandwidth, unit: 'B/s' };
    if (sibling?.unit === 'B' || /\bhbm|memory|capacity/.test(l)) return { label: 'total HBM', pick: (x) => x.totalHbm, unit: 'B' };
    return undefined;
  };
  const less = saysTimesLess(ctx);
  return judgedRatio(ctx, timesLess(less, ratioBetween(ctx, 'system', (id) => getSystem(id), choose, less ? 1 / ctx.claim.quantity.value : ctx.claim.quantity.value)));
}

/** "H200's HBM is 76% more than H100's": a percentage between two named chips, on the property named. */
function percentRatio(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const after = ctx.prose.slice(q.span.end, q.span.end + 24).toLowerCase();
  const m = /^\s{0,2}(more|larger|higher|bigger|greater|faster|less|smaller|lower|fewer|slower)\b(?:\s+\w+){0,2}?\s+than\b/.exec(after);
  if (!m) return undefined;
  const less = /less|smaller|lower|fewer|slower/.test(m[1]!);
  const ratio = ratioBetween(ctx, 'accelerator', (id) => getAccelerator(id), chipProperty(ctx), less ? 1 - q.value / 100 : 1 + q.value / 100);
  if (!ratio) return undefined;
  const r = ratio.derived.value;
  const value = less ? (1 - r) * 100 : (r - 1) * 100;
  if (!(value > 0)) return undefined;
  const d: Derived = { ...ratio.derived, value, unit: '%', derivation: [...ratio.derived.derivation, `${model.roundForDisplay(r)}× is ${model.roundForDisplay(value)}% ${less ? 'less' : 'more'}`] };
  return { evaluation: judge(ctx, value, d, 'spec'), kind: 'spec', key: null, subject: ratio.subject };
}

interface RatioProperty<E> {
  label: string;
  pick: (x: E) => Figure | undefined;
  unit: string;
}

/** The ratio of a property between the entry named before a figure and the one named just after it (`claimed`: the ratio the figure states). */
function ratioBetween<E extends { name: string }>(
  ctx: Ctx,
  kind: 'accelerator' | 'system',
  get: (id: string) => E | undefined,
  choose: (lower: string, sibling: Quantity | undefined) => RatioProperty<E> | undefined,
  claimed: number,
): { derived: Derived; subject: string } | undefined {
  const q = ctx.claim.quantity;
  const named = ctx.claim.mentions.filter((m) => m.kind === kind);
  let after = named.find((m) => m.span.start >= q.span.end && m.span.start - q.span.end <= 40);
  let before = [...named].reverse().find((m) => m.span.end <= q.span.start && m.id !== after?.id);
  if (!after && before && /^\s{0,2}(?:の|의|的)\s{0,2}(?:約|约|약|~|≈)?\s{0,2}$/.test(ctx.prose.slice(before.span.end, q.span.start))) {
    // "B200のHBM帯域は8TB/sで、H100の約2.4倍": the chip right before "の … 倍" is the one compared with.
    const other = before;
    const first = [...named].reverse().find((m) => m.span.end <= other.span.start && m.id !== other.id);
    if (first) {
      after = other;
      before = first;
    }
  }
  if (!after && before) {
    // "MI300X 192 GB vs H100 80 GB → 2.4× more memory": both named before the multiplier, compared with each other.
    const second = before;
    const first = [...named].reverse().find((m) => m.span.end <= second.span.start && m.id !== second.id);
    if (first && /\b(?:vs\.?|versus|compared (?:to|with)|against)\b/i.test(ctx.prose.slice(first.span.end, second.span.start)) && /(?:→|=>|->|\bso\b|\bi\.e\.|,|:|=)\s{0,3}(?:~|about|≈|roughly)?\s{0,2}$/i.test(ctx.prose.slice(second.span.end, q.span.start))) {
      before = first;
      after = second;
    }
  }
  // "## MI300X recap › 192 GB … — 2.4x the capacity of an H100": the chip the heading, an earlier sentence or the
  // frontmatter names is the one compared, when the statement names only the other.
  if (after && !before && kind === 'accelerator') {
    const heading = ctx.section?.mentions().find((m) => m.kind === 'accelerator' && m.id !== after!.id);
    if (heading) before = heading;
    else if (ctx.acc && ctx.acc.acc.id !== after.id && ctx.acc.reason !== 'statement' && ctx.acc.reason !== 'default' && ctx.acc.reason !== 'builtin') before = { ...after, id: ctx.acc.acc.id, raw: ctx.acc.acc.name };
  }
  if (!after || !before) return undefined;
  const a = get(before.id);
  const b = get(after.id);
  if (!a || !b) return undefined;
  // The figure nearest before the multiplier.
  let sibling: Quantity | undefined;
  for (const x of ctx.claim.siblings) if (x !== q && x.kind === 'measure' && x.span.end <= q.span.start) sibling = x;
  // The words right after the multiplier name its property first ("2.25× the HBM of H100 and 2.4× its bandwidth":
  // the first is capacity); then a figure it sits in parentheses after ("918 TFLOPS BF16 (4.7x v5e)"); else the
  // statement's words.
  const next = ctx.claim.siblings.find((x) => x.span.start >= q.span.end);
  const own = ctx.prose.slice(q.span.end, Math.min(next ? next.span.start : ctx.claim.statement.span.end, q.span.end + 60)).toLowerCase().split(/[,;]| and | but | while /)[0]!;
  const besideFigure = sibling !== undefined && /^[^();,]{0,24}\(\s{0,2}(?:~|≈|about\s)?\s{0,2}$/.test(ctx.prose.slice(sibling.span.end, q.span.start));
  const prop = choose(own, undefined) ?? (besideFigure ? choose('', sibling) : undefined) ?? choose(ctx.lower, sibling);
  if (!prop) return undefined;
  const fa = prop.pick(a);
  const fb = prop.pick(b);
  if (!fa || !fb) return undefined;
  let value = fa.value / fb.value;
  const derivation = [`${a.name} ${fmt(fa.value, prop.unit)} ÷ ${b.name} ${fmt(fb.value, prop.unit)} = ${model.roundForDisplay(value)}× (${prop.label})`];
  // Vendors' "GB" of HBM is binary in practice (see spec): one figure read as GiB may be what was compared.
  const tol = toleranceFor(q, ctx.tolerances);
  if (prop.unit === 'B' && !withinRatio(claimed / value, tol)) {
    const gib = 1.073741824;
    const alt = [value * gib, value / gib].find((v) => withinRatio(claimed / v, tol));
    if (alt !== undefined) {
      derivation.push(`with ${alt > value ? a.name : b.name}'s ${fmt(alt > value ? fa.value : fb.value, 'B')} read as GiB: ${model.roundForDisplay(alt)}× (vendor "GB" of HBM is binary in practice)`);
      value = alt;
    }
  }
  return { derived: { value, unit: 'x', derivation, sources: [fa.source, fb.source], assumptions: [`compares ${prop.label}`] }, subject: `${a.name} vs ${b.name} ${prop.label}` };
}

/** A multiplier judged against the ratio of the two named entries' property. */
function judgedRatio(ctx: Ctx, ratio: { derived: Derived; subject: string } | undefined): Outcome | undefined {
  return ratio && { evaluation: judge(ctx, ratio.derived.value, ratio.derived, 'spec'), kind: 'spec', key: null, subject: ratio.subject };
}

/** Is the quantity an operand of arithmetic written out ("8 × 192 GB")? */
function isOperand(ctx: Ctx): boolean {
  return (ctx.operand ??= operandAt(ctx));
}

function operandAt(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  // "2.25/4.5 PFLOPS": a figure that took its unit from the one after the slash is one of a pair, not a dividend.
  if (q.kind === 'measure' && /\d$/.test(q.raw) && /^\/\d/.test(ctx.prose.slice(q.span.end, q.span.end + 2))) return false;
  // "(16gb / 3.35tb/s)", "141 GB ÷ 4.8 TB/s": the first operand of a division or product written out.
  if (/^\s{0,2}[÷×*/]\s{0,2}[~≈]?\d/.test(ctx.prose.slice(q.span.end, q.span.end + 8))) return true;
  const before = ctx.prose.slice(Math.max(0, q.span.start - 4), q.span.start).trimEnd();
  const after = ctx.prose.slice(q.span.end, q.span.end + 4).trimStart();
  // (A spaced slash divides too: "4.5 PFLOPS / 1 kW".)
  // (An asterisk multiplies only between figures: "**gives** 840 GB/s" and "**840 GB/s**" are bold.)
  return /[×÷]$|(?:^|[\s\d)])\*$|\bx$|\s\/$/.test(before) || /^(?:[×÷]|\*\s{0,2}[\d(~≈])/.test(after);
}

/** The quantity's offset in ctx.text (which may start with a table row label and header). */
function qPos(ctx: Ctx): number {
  const statement = ctx.claim.statement.span;
  return ctx.claim.quantity.span.start - statement.start + (ctx.text.length - (statement.end - statement.start));
}

const SCALE_UP_ALL = new RegExp(KW.scaleUp.source, 'g');
const SCALE_OUT_ALL = new RegExp(KW.scaleOut.source, 'gu');

/** [start, end] of every match of the global `re` in `s`, flat. */
function matchSpans(s: string, re: RegExp): number[] {
  const spans: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    spans.push(m.index, m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}

/** Distance from `pos` to the nearest of `spans` (flat [start, end] pairs), or undefined. */
/** The distance from pos to the nearest of the spans (start, end pairs) in its clause of text (no ";" between). */
function nearestSpan(spans: number[], pos: number, text: string, within: readonly InterconnectHit[] = NO_HITS, skip?: (start: number, end: number) => boolean): number | undefined {
  let best: number | undefined;
  for (let i = 0; i < spans.length; i += 2) {
    if (within.length && within.some((h) => h.start <= spans[i]! && spans[i + 1]! <= h.end)) continue;
    if (skip?.(spans[i]!, spans[i + 1]!)) continue;
    const d = spans[i]! >= pos ? spans[i]! - pos : pos - spans[i + 1]!;
    if (text.slice(Math.min(spans[i + 1]!, pos), Math.max(spans[i]!, pos)).includes(';')) continue;
    if (best === undefined || d < best) best = d;
  }
  return best;
}

function gpuCount(ctx: Ctx): number | undefined {
  return isPerChip(ctx) ? undefined : chipCountIn(ctx);
}

/** The count of chips the statement names ("8 GPUs", "8×H100", "eight of them"), whether or not the figure is per chip. */
/**
 * Is a count of chips ("256 chips") of the figure's chip? Its chip is the hardware named last before it, else the
 * first after it: "TPU v6e pods reach 235 PFLOPS across 256 chips, and the H100 has 80 GB" counts no H100s.
 */
function countsThisChip(ctx: Ctx, count: Quantity): boolean {
  if (!ctx.acc) return true;
  let before: Mention | undefined;
  let after: Mention | undefined;
  let inside: Mention | undefined;
  for (const m of ctx.claim.mentions) {
    if (m.kind !== 'accelerator' && m.kind !== 'system' && m.kind !== 'otherHardware') continue;
    if (m.span.end <= count.span.start) before = m;
    else if (m.span.start >= count.span.end) after ??= m;
    else inside ??= m;
  }
  // ("72 Blackwell GPUs", "8 H100s": a chip named in the count, or right after the number, is what it counts.)
  const adjacent = inside ?? (after && after.span.start - count.span.end <= 2 ? after : undefined);
  const owner = adjacent ?? before ?? after;
  if (!owner) return true;
  if (owner.kind === 'accelerator') return owner.id === ctx.acc.acc.id;
  if (owner.kind === 'system') return getSystem(owner.id)?.accelerator === ctx.acc.acc.id;
  return false;
}

function chipCountIn(ctx: Ctx): number | undefined {
  if (ctx.chipCount === undefined) ctx.chipCount = findChipCount(ctx) ?? null;
  return ctx.chipCount ?? undefined;
}

/**
 * "MPT-7B ran on 440 A100-40GB; the A100 40GB has 1.6 TB/s": the figure's own clause, past a ";" after the count,
 * names the chip again, one of it.
 */
function chipNamedAgainAfter(ctx: Ctx, count: Quantity): boolean {
  const q = ctx.claim.quantity;
  if (count.span.end > q.span.start) return false;
  const gap = ctx.prose.slice(count.span.end, q.span.start);
  const semi = gap.lastIndexOf(';');
  if (semi < 0) return false;
  const from = count.span.end + semi;
  return ctx.claim.mentions.some((m) => (m.kind === 'accelerator' || m.kind === 'system') && m.span.start > from && m.span.end <= q.span.start);
}

function findChipCount(ctx: Ctx): number | undefined {
  const q = ctx.claim.quantity;
  const c = ctx.claim.siblings.find(
    (x) =>
      x !== q &&
      x.kind === 'count' &&
      !chipNamedAgainAfter(ctx, x) &&
      (x.noun === 'gpu' || x.noun === 'chip' || x.noun === 'accelerator') &&
      x.value > 1 &&
      // "256 chips per pod; 16 GB HBM2 at 819 GB/s": a count per system says what the system is made of; it totals
      // only a figure given for that system too ("… 4 TB per pod") or said to be a total.
      (!x.per || x.per === q.per || new RegExp(`\\bper\\s${x.per.replace(/[^a-z]/gi, '')}\\b`, 'i').test(ctx.prose.slice(q.span.end, q.span.end + 24)) || AGGREGATE_WORDS.test(ctx.lower)) &&
      // After the figure, only a count it is spread over ("640 GB across 8 GPUs"), not one in another
      // clause ("doesn't fit in 80 GB, so you need two GPUs"); before it, not one outside the
      // parenthesis the figure is in ("a 400k-GPU data center (each transceiver is 30 W)").
      // (A parenthesis the figure opens restates what it follows: "the 8-GPU MI355X box (2.3 TB HBM)".)
      ((x.span.end <= q.span.start && (!opensParenthesis(ctx.prose, x.span.end, q.span.start) || RESTATING_PARENTHESIS.test(ctx.prose.slice(x.span.end, q.span.start)))) ||
        /^[^.;,]{0,20}?\b(?:across|on|over|in|from|of|for|with)\s+(?:the\s+|all\s+|those\s+|these\s+)?$/i.test(ctx.prose.slice(q.span.end, x.span.start))) &&
      countsThisChip(ctx, x),
  );
  if (c) return c.value;
  // "8 × MI355X", "8x H100", "1,000 H100s": a number written right before a chip's name.
  const m = ctx.claim.siblings.find(
    (x) =>
      x !== q &&
      (x.kind === 'multiplier' || (x.kind === 'count' && !x.noun)) &&
      x.value > 1 &&
      // "1.6x A100's 2 TB/s" is a ratio, not 1.6 chips; so is "The B200 is 2x H100" (a comparison after "is").
      Number.isInteger(x.value) &&
      x.span.end <= q.span.start &&
      !chipNamedAgainAfter(ctx, x) &&
      !(x.kind === 'multiplier' && /\b(?:is|are|was|were|be|roughly|about|nearly|almost|over|under)\s{1,2}(?:~\s{0,2})?$/i.test(ctx.prose.slice(Math.max(0, x.span.start - 16), x.span.start))) &&
      // The count must be of this chip: "256 Trilliums …; the Ironwoods come with 192 GB" is no fleet of Ironwoods.
      // ("6x Trillium's 32 GB" compares with one Trillium: a possessive is no count of chips.)
      // ("2 B200 boxes" counts boxes, not chips.)
      (mentionsStartingAt(ctx.claim.mentions, x.span.end).some((h) => h.kind === 'accelerator' && (!ctx.acc || h.id === ctx.acc.acc.id) && !(x.kind === 'multiplier' && (/^['’]s?\b/.test(ctx.prose.slice(h.span.end, h.span.end + 2)) || /['’]s?$/.test(h.raw))) && countsChipSystems(ctx.prose, h) === undefined) ||
        // "eight of them", "four such": counting the chip the statement just named.
        // (Not "64 such users": "such" counts the chip only when no other noun follows.)
        (!!ctx.acc && /^\s*(?:of\s+(?:them|these|those)|such(?!\s+(?!(?:gpus?|chips?|cards?|accelerators?|ones)\b)[a-z]))\b/i.test(ctx.prose.slice(x.span.end, x.span.end + 16)))),
  );
  if (m) return m.value;
  const words = /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen|\d{1,6})\s+(?:of\s+(?:them|these|those)|such(?!\s+(?!(?:gpus?|chips?|cards?|accelerators?|ones)\b)[a-z]))\b/i.exec(ctx.prose.slice(ctx.claim.statement.span.start, q.span.start));
  if (words && ctx.acc) return WORD_COUNTS[words[1]!.toLowerCase()] ?? Number(words[1]);
  // "a node of eight H100s (640 GB)": a spelled count right before the chip's name.
  if (ctx.acc) {
    for (const h of ctx.claim.mentions) {
      // (Near the figure only: a long list item names many chips, and each is read against the figure's clause.)
      if (h.kind !== 'accelerator' || h.id !== ctx.acc.acc.id || h.span.end > q.span.start || q.span.start - h.span.end > 160) continue;
      const spelled = /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)\s{1,2}$/i.exec(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, h.span.start - 12), h.span.start));
      // (The figure in the clause of the chip, or in a parenthesis right after it; not in some later aside.)
      // (An aside closed before the figure is no parenthesis it sits in: "two B300s (576 GB) with ~240 GB left".)
      const between = ctx.prose.slice(h.span.end, q.span.start).replace(/\([^()]{0,40}\)/g, '');
      // ("Two A100 80GB cards (160 GB)": the chips' noun may stand before the parenthesis.)
      if (spelled && countsChipSystems(ctx.prose, h) === undefined && (!between.includes('(') || /^['’]?s?\s{0,2}(?:(?:cards?|gpus?|chips?|boards?|accelerators?)\s{1,2})?\(\s{0,2}(?:~|about\s)?$/i.test(between))) return WORD_COUNTS[spelled[1]!.toLowerCase()];
    }
    // "I plan to add a second 4090 for 48 GB total": the chip an ordinal counts is the last of that many.
    if (AGGREGATE_WORDS.test(ctx.lower)) {
      for (const h of ctx.claim.mentions) {
        if (h.kind !== 'accelerator' || h.id !== ctx.acc.acc.id || h.span.end > q.span.start) continue;
        const ordinal = /\b(?:a|the|one)\s{1,2}(second|third|fourth)\s{1,2}$/i.exec(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, h.span.start - 16), h.span.start));
        if (ordinal) return ORDINAL_COUNTS[ordinal[1]!.toLowerCase()];
      }
    }
    // "The GB200 Superchip carries 372 GB": a Grace Blackwell superchip is one Grace CPU and two GPUs.
    if (ctx.acc.reason === 'statement' && /superchip/i.test(ctx.acc.why) && /^nvidia-gb[23]00/.test(ctx.acc.acc.id)) return 2;
    // "48 TB/s of aggregate memory bandwidth per platform" under "## 8-GPU MI325X platform": a total, and the heading
    // counts the chips.
    // ("Node FP8 dense peak: 20.9 PFLOPS" under "## The node (8× MI300X)": a statement about the node is its total too.)
    // ("Active 22 GB per token → batch-1 roofline ≈ 870 tok/s over 19.2 TB/s" under "## Qwen3-235B-A22B FP8 on 4×H200":
    // the bandwidth a decode rate is worked out over is the replica's, all the chips the heading puts it on.)
    const replicaBandwidth = q.unit === 'B/s' && ctx.acc.reason === 'section' && !ctx.claim.mentions.some((m) => m.kind === 'accelerator' || m.kind === 'system') && ctx.claim.siblings.some((x) => x !== q && x.noun === 'token' && x.dimension.s === -1);
    if (ctx.section && (AGGREGATE_WORDS.test(ctx.lower) || NODE_SUBJECT.test(ctx.lower) || replicaBandwidth)) {
      const counted = /\b(\d{1,3})\s{0,2}(?:-\s{0,2}gpu|-\s{0,2}chip|\s{0,2}[x×]\s{0,2}(?=[a-z]{1,8}\d))/i.exec(ctx.section.text);
      if (counted && Number(counted[1]) > 1 && ctx.section.mentions().some((h) => h.kind === 'accelerator' && h.id === ctx.acc!.acc.id)) return Number(counted[1]);
    }
  }
  return undefined;
}
const ORDINAL_COUNTS: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4 };

/** A statement whose subject is a server of several chips: "Node power for GPUs alone: 6 kW", "the node's peak". */
const NODE_SUBJECT = /^[\s*•-]{0,4}(?:the\s+|our\s+|one\s+|a\s+|whole\s+|full\s+)?(?:node|server|platform)(?:['’]s)?\b(?!\s{0,2}(?:cpu|nic|ssd|drive|disk|dram|ram|memory\s+\(ddr)s?\b)/;

/** Words that make a figure a group's total. */
const AGGREGATE_WORDS = /\b(?:aggregate|total|combined|altogether|per (?:platform|node|server|box|system|board))\b/;

/** "the 405 GB FP8 weights", "405 GB of weights": a figure the statement says is weights. */
function isWeightsFigure(ctx: Ctx, x: Quantity): boolean {
  // ("The weights are 140 GB; over 8 H100s …": said of the weights before it.)
  return /^\s{0,2}(?:of\s+)?(?:(?:the|its|model|fp\d+|bf16|int\d|mxfp4|nvfp4)\s+){0,2}weights\b/i.test(ctx.prose.slice(x.span.end, x.span.end + 32)) || (WEIGHTS_ARE_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, x.span.start - 32), x.span.start)) && !hasPerChipUnit(x) && !PER_CHIP_AFTER.test(ctx.prose.slice(x.span.end, x.span.end + 32)));
}
const WEIGHTS_ARE_BEFORE = /\bweights\s{1,2}(?:are|is|=|:|come to|total|weigh)\s{0,2}(?:~|≈|about\s{1,2}|roughly\s{1,2}|around\s{1,2}|only\s{1,2})?$/i;

/**
 * Weights of a model the statement does not name: "each GPU holds ~50 GB of the 405 GB FP8 weights" (with TP=8) is
 * the total ÷ the GPUs; the total itself cannot be checked. Neither is the GPUs' HBM.
 */
function unnamedWeights(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  if (isWeightsFigure(ctx, q)) return unverifiable(ctx, 'roofline', 'the weights of a model the statement does not name: name the model (or its parameter count) to check them');
  if (!PER_GPU.test(ctx.lower)) return undefined;
  const total = ctx.claim.siblings.find((x) => x !== q && x.unit === 'B' && x.value > q.value && isWeightsFigure(ctx, x));
  const shards = total ? replicaGpus(ctx) : 1;
  if (!total || shards < 2) return undefined;
  const value = total.value / shards;
  const d: Derived = { value, unit: 'B', derivation: [`${total.raw.trim()} of weights ÷ ${shards} GPUs (tensor parallel) = ${fmt(value, 'B')} per GPU`], sources: [], assumptions: ['the weights split evenly across the tensor-parallel GPUs'] };
  return { evaluation: judge(ctx, value, d, 'arithmetic'), kind: 'arithmetic', key: null, subject: `weights per GPU over ${shards} GPUs` };
}

/**
 * GPUs one model replica is split across for decode: "on 8 H100s", "an 8x H200 node", "TP=8",
 * "tensor parallel across 4". Larger counts are fleets, not a replica (a replica spans at most a
 * scale-up domain), and are ignored.
 */
function replicaGpus(ctx: Ctx): number {
  // (Else the statement it goes on from: "With TP=2 on H100s:" › "- per-GPU weight shard: 70.6 GB".)
  let tp = TENSOR_PARALLEL.exec(ctx.text);
  if (!tp && !ctx.claim.mentions.some((m) => m.kind === 'accelerator' || m.kind === 'system') && ctx.claim.carried?.spans) {
    for (const span of ctx.claim.carried.spans) if ((tp = TENSOR_PARALLEL.exec(ctx.prose.slice(span.start, span.end)))) break;
  }
  // (None in the statement: the heading's, "# vLLM on 8×H200 (TP=8)", when the statement names no chip of its own.)
  // (A per-GPU figure still names the GPUs it is split over: "on 8×H100: ~51 GB of weights per GPU".)
  // (A node named by its system, "on a DGX B200", is its GPUs: a replica spans the node.)
  // (So is a chip's node named by the word: "- H100 node: 405 GB weights, 50.6 GB per GPU".)
  const node = (ctx.acc?.reason === 'system' || ctx.rackWords) && ctx.sys && ctx.sys.gpusPerDomain <= 8 ? ctx.sys.gpusPerDomain : undefined;
  // ("≈ 260 tok/s roofline across two H100s": a count spelled out before the chips it spans.)
  const spelled = SPELLED_SPAN.exec(ctx.lower);
  // (A heading's "TP=8" holds for the chips its items name, "## Llama 3.1 405B FP8, 8 GPUs, TP=8" › "- MI300X node: …",
  // unless the heading names another chip.)
  const headingTp = ctx.section && ctx.acc && !ONE_CHIP.test(ctx.lower) && !ctx.section.mentions().some((m) => (m.kind === 'accelerator' || m.kind === 'otherHardware') && m.id !== ctx.acc!.acc.id) ? TENSOR_PARALLEL.exec(ctx.section.lower) : null;
  const n = tp ? Number(tp[1] ?? tp[2]) : (chipCountIn(ctx) ?? (spelled ? SPELLED_COUNT[spelled[1]!] : undefined) ?? node ?? (ctx.acc?.reason === 'section' || !ctx.accNamed ? headingGpus(ctx.section?.lower) : headingTp ? Number(headingTp[1] ?? headingTp[2]) : undefined));
  return n !== undefined && n >= 2 && n <= MAX_REPLICA_GPUS && Number.isInteger(n) ? n : 1;
}

/** "on one H100", "a single B200": a statement about one chip, whatever split its heading names. */
const ONE_CHIP = /\b(?:one|a single|single)\s{1,2}(?:[a-z]{1,3}\d{2,4}[a-z]?|gpu|chip|card|accelerator)\b/;
const SPELLED_COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, eight: 8, sixteen: 16 };
const SPELLED_SPAN = /\b(?:across|over|on|onto|split (?:across|over))\s{1,2}(two|three|four|eight|sixteen)\s{1,2}(?:[a-z]{1,3}\d{2,4}[a-z]{0,2}s|gpus|chips|cards)\b/;
const TENSOR_PARALLEL = /\b(?:tp|tensor[- ]parallel(?:ism)?)\s*(?:=|:|of|across|over|degree(?: of)?)?\s*(\d{1,2})\b|\b(\d{1,2})[- ]way\s+(?:tensor[- ]parallel|tp\b)/i;

/** GPUs a heading puts a replica on: "TP=8", "8×H200", "8x B200". */
function headingGpus(heading: string | undefined): number | undefined {
  if (!heading) return undefined;
  const tp = TENSOR_PARALLEL.exec(heading);
  if (tp) return Number(tp[1] ?? tp[2]);
  const m = /\b(\d{1,2})\s?[×x]\s?(?=[a-z]{0,8}\d)/i.exec(heading);
  return m ? Number(m[1]) : undefined;
}

const MAX_REPLICA_GPUS = 72;

/** The assumption behind splitting a decode over GPUs, said once. */
function withSplit(d: Derived, gpus: number): Derived {
  if (gpus <= 1) return d;
  return { ...d, assumptions: [...d.assumptions, `split across ${gpus} GPUs (tensor parallel): weights and HBM bandwidth divide evenly, communication ignored (a lower bound)`] };
}

const CHIP_OR_SYSTEM_WORDS = /^(?:gpus?|chips?|accelerators?|devices?|cards?|dies?|packages?|superchips?|tpus?|xpus?|nodes?|servers?|boxes|box|racks?|systems?|pods?|trays?|clusters?|fleets?|datacenters?|sites?|campus|farms?)$/;

/** "each transceiver is", "a switch draws": the part a figure right after is about, when it is not a chip or system. */
function otherPartBefore(ctx: Ctx): string | undefined {
  const q = ctx.claim.quantity;
  const before = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start).toLowerCase();
  const m = /\b(?:each|a|an|one|per|every|the)\s+([a-z][a-z-]{2,24})\s+(?:is|uses|draws|consumes|burns|needs|takes|pulls|runs at|at)\s*(?:about|around|roughly|only|just|~|≈)?\s*$/.exec(before);
  if (!m || CHIP_OR_SYSTEM_WORDS.test(m[1]!)) return undefined;
  // A chip named right there ("the H100 draws 700 W", "each H100 in the rack runs at 700 W") is the chip.
  if (ctx.claim.mentions.some((x) => x.kind !== 'model' && x.kind !== 'otherModel' && x.span.end <= q.span.start && x.span.end >= q.span.start - 48)) return undefined;
  return m[1];
}

/** Does text[from, to) close a parenthesis it did not open? */
/** "(810 GB)": the figure is all its parenthesis holds. */
function isParenthesizedAlone(text: string, x: Quantity): boolean {
  let a = x.span.start - 1;
  while (a >= 0 && isJsSpace(text.charCodeAt(a))) a--;
  let b = x.span.end;
  while (b < text.length && isJsSpace(text.charCodeAt(b))) b++;
  return text.charCodeAt(a) === 0x28 && text.charCodeAt(b) === 0x29;
}

function closesParenthesis(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth < 0) return !groupsOperands(text, from, k);
  }
  return false;
}

/** Multiplication and division signs (not "x": "(8x H100)" is a count, not a product). */
const isProductSign = (c: number): boolean => c === 0xd7 || c === 0x2a || c === 0xf7 || c === 0x2f || c === 0x22c5 || c === 0xb7;

/**
 * Is the parenthesis that closes at `close` (around `inside`) a group in an expression, "$2.10 / (3,000 × 3,600)",
 * rather than an aside? A product or division sign is right before its opening or right after its close.
 */
function groupsOperands(text: string, inside: number, close: number): boolean {
  let depth = 0;
  let open = -1;
  for (let k = inside - 1; k >= 0 && inside - k <= 200; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x29) depth++;
    else if (c === 0x28) {
      if (depth === 0) {
        open = k;
        break;
      }
      depth--;
    }
  }
  let before = open - 1;
  while (before >= 0 && isJsSpace(text.charCodeAt(before))) before--;
  let after = close + 1;
  while (after < text.length && isJsSpace(text.charCodeAt(after))) after++;
  return (open >= 0 && before >= 0 && isProductSign(text.charCodeAt(before))) || (after < text.length && isProductSign(text.charCodeAt(after)));
}

/** Does text[from, to) open a parenthesis it does not close? */
/**
 * Between a count and a figure: the count's noun phrase ending in what holds the chips, then a parenthesis the figure
 * opens ("-GPU MI355X box (~"). After the chips themselves it is each one's ("at least 11 H100s (80 GB)").
 */
const RESTATING_PARENTHESIS = /^[^().;,]{0,40}\b(?:box|node|server|system|platform|board|cluster|rack|pod|machine|instance|chassis|tray)(?:e?s)?\s{0,2}\(\s{0,2}(?:~|≈|about\s|roughly\s)?\s{0,2}$/i;

function opensParenthesis(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28) depth++;
    else if (c === 0x29 && depth > 0) depth--;
  }
  return depth > 0;
}

/** "10.2 kW per node", "12 kW per server", "an 8-GPU node draws 10 kW": a whole node's figure. */
function isNodeFigure(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  if (/\/(?:node|server|box|system)$/i.test(q.unit) || /^(?:node|server|box|system)s?$/i.test(q.per ?? '')) return true;
  if (/^\s*(?:per|a|each|\/)\s*(?:node|server|box)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 16))) return true;
  // "An 8-GPU H100 node draws about 10.2 kW": the node is what the clause's figure is of.
  const before = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start);
  return /\b(?:node|server|box|chassis)s?\b[^.;,:()]{0,28}\b(?:draws?|pulls?|uses?|consumes?|needs?|is|at|runs? at|rated at)\s{1,2}(?:about|around|roughly|up to|~|≈)?\s{0,2}$/i.test(before);
}

/**
 * A figure of one chip in a statement about a system: "459 TFLOPS per chip", or "each" after a count
 * of chips ("8,960 chips with 95 GB each"). "Two racks at 132 kW each" is each rack's.
 */
/** A table column of one chip's figures: "HBM / GPU", "Memory per GPU", "TDP each". */
function isPerChipColumn(ctx: Ctx): boolean {
  const header = ctx.line.cell?.header.lower;
  return !!header && /(?:\/|\bper|\beach)\s{0,2}(?:gpu|chip|card|accelerator|device|die|package)\b|\beach\b/.test(header);
}

/** "HGX H100: 8 GPUs; per GPU it is 3.35 TB/s", "per chip: 95 GB": "per GPU" said of the figure right before it. */
function perChipLabelBefore(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  const from = Math.max(ctx.claim.statement.span.start, q.span.start - 28);
  const m = /\bper[- ](?:gpu|chip|card|accelerator|device)\s{0,2}(?:[:=—–]|,?\s{0,2}(?:it|that|this)\s{1,2}(?:is|was|comes to|gets|has)|,?\s{0,2}(?:it|that)['’]s|is|you get|gets|has)\s{0,2}(?:~|about\s|roughly\s|≈)?\s{0,2}$/i.exec(ctx.prose.slice(from, q.span.start));
  // (Not the unit of the figure before it: "2,048 H100s at 350 TFLOPS per GPU is 717 PFLOPS".)
  return !!m && !ctx.claim.siblings.some((x) => x !== q && x.span.start < from + m.index && x.span.end >= from + m.index - 2 && /^\s{0,2}$/.test(ctx.prose.slice(x.span.end, from + m.index)));
}

function isOneChipOfSystem(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  if (isPerChipColumn(ctx)) return true;
  // "GB200 NVL72: 72 × 2.5 PFLOP/s = 180 PFLOP/s": what a count of the system's chips multiplies is one chip's.
  if (ctx.sys && ctx.claim.siblings.some((x) => x !== q && x.value === ctx.sys!.gpusPerDomain && x.span.end <= q.span.start && /^\s{0,2}[×x*]\s{0,2}(?:~|≈|about\s)?\s{0,2}$/.test(ctx.prose.slice(x.span.end, q.span.start)))) return true;
  // "In a DGX B200 each GPU does 4.5 PFLOPS": the chip is the subject of the figure's clause.
  if (PER_CHIP_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 40), q.span.start))) return true;
  // ("scale-up vs scale-out per GPU: 1.8 TB/s NVLink": a label that says per GPU.)
  // ("…; per GPU it is 3.35 TB/s".)
  if (perChipLabelBefore(ctx)) return true;
  // ("NVL72 per-GPU NVLink: 900 GB/s unidirectional, 1.8 TB/s bidirectional": a leading label says it of every figure.)
  // (Unless the figure's own clause says what it is for: "…; 14.4 TB/s for the 8-GPU baseboard".)
  if (/^[^:\n]{0,40}\bper[- ](?:gpu|chip|card|accelerator|device)\b[^:\n]{0,24}:/i.test(ctx.text) && !spreadOverChipsAfter(ctx)) return true;
  if (!isPerChip(ctx)) return false;
  if (hasPerChipUnit(q) || PER_CHIP_AFTER.test(ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 48)))) return true;
  return ctx.claim.siblings.some((x) => x !== q && x.span.end <= q.span.start && x.kind === 'count' && (x.noun === 'gpu' || x.noun === 'chip' || x.noun === 'accelerator'));
}

/** "14.4 TB/s for the 8-GPU baseboard", "640 GB across 8 GPUs": a count of chips right after the figure that it is of. */
function spreadOverChipsAfter(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  return ctx.claim.siblings.some((x) => x.span.start >= q.span.end && x.kind === 'count' && x.value > 1 && (x.noun === 'gpu' || x.noun === 'chip' || x.noun === 'accelerator') && /^[^.;,]{0,20}?\b(?:across|over|for|of)\s{1,2}(?:the\s{1,2}|all\s{1,2}|an?\s{1,2})?$/i.test(ctx.prose.slice(q.span.end, x.span.start)));
}

/** "80 GB/GPU", "20 PFLOPS per chip": the unit says it is one chip's. */
function hasPerChipUnit(q: Quantity): boolean {
  return (!!q.per && /^(?:gpu|chip|card|accelerator|device)$/i.test(q.per)) || /\/(?:gpu|chip|card|accelerator|device)$/i.test(q.unit);
}

// ("the HGX B200 part is 9 PFLOPS": the GPU of that board.)
/** "each Ironwood chip has", "every Trillium chip": one chip, its name between the word and the noun. */
const EACH_NAMED_CHIP_BEFORE = /\b(?:each|every|one|a single)\s{1,2}(?:[\w-]{1,16}\s{1,2}){1,2}(?:gpu|chip|card|accelerator|device)\b[^.;,:()\d]{0,24}$/i;
const PER_CHIP_BEFORE = /\b(?:(?:each|every|one|a single)\s+(?:gpu|chip|card|accelerator|device|[a-z]{1,3}\d{3,4}[a-z]?)|(?:hgx|dgx)\s+[a-z]{1,3}\d{3,4}\s+(?:part|module|sku|gpu|chip))\b[^.;,:()]{0,32}$/i;

/** "… per GPU" right after a figure (up to three words between). */
const PER_CHIP_AFTER = /^\s*(?:(?:of\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+)?per\s+(?:gpu|chip|card|accelerator|device)\b/i;

/** "80 GB each", "80 GB of HBM apiece", "each with 80 GB", "80 GB per GPU": one chip's figure, whatever the count. */
function isPerChip(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  if (hasPerChipUnit(q)) return true;
  if (isPerChipColumn(ctx)) return true;
  // (Within the statement: the next bullet's "per GPU" is its own.)
  const after = ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 48));
  if (/^\s*(?:(?:of\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+)?(?:each|apiece|a piece|per\s+(?:gpu|chip|card|accelerator|device)|pro\s+(?:gpu|chip|karte))\b/i.test(after)) return true;
  // "com 95 GiB cada", "mit je 80 GB" (before), "80 GB chacun", "ciascuno", "elk", "każdy", "各", "각": each, in other languages.
  if (/^\s{0,2}(?:de\s+\S+\s+)?(?:cada|chacune?|ciascun[oa]|elk|każd[yae]|jeweils)(?![\p{L}\p{N}])|^\s{0,2}(?:[\p{L}]{1,12}\s{0,2})?(?:각각|각|各)/iu.test(after)) return true;
  // "a single H200 draws 700 W", "the H100 SXM5's 80 GB": one chip is the figure's subject, whatever count came before.
  if (PER_CHIP_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 40), q.span.start))) return true;
  // ("HGX H100: 8 GPUs; per GPU it is 3.35 TB/s": the figure's own clause says per GPU.)
  if (perChipLabelBefore(ctx)) return true;
  if (ctx.claim.mentions.some((m) => m.kind === 'accelerator' && m.span.end <= q.span.start && q.span.start - m.span.end <= 12 && ownFigureAfter(ctx.prose, m, q.span.start))) return true;
  // "at least 11 H100s (80 GB)": a parenthesis right after the chip's name annotates one chip, when the figure is the
  // size of one chip's ("8 H100s (640 GB)" is all of them).
  const a = ctx.acc?.acc;
  const oneChips = a ? (q.unit === 'B' ? a.hbmCapacity : q.unit === 'W' ? a.tdp : q.unit === 'B/s' ? a.hbmBandwidth : undefined)?.value : undefined;
  if (oneChips !== undefined && q.value < 2 * oneChips && ctx.claim.mentions.some((m) => m.kind === 'accelerator' && m.span.end <= q.span.start && q.span.start - m.span.end <= 12 && /^['’]?s?\s{0,2}\(\s{0,2}(?:~|≈|about\s|roughly\s)?\s{0,2}$/.test(ctx.prose.slice(m.span.end, q.span.start)))) return true;
  const before = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 24), q.span.start);
  // English, and the same said in German, French and Spanish ("jede mit", "chacune avec", "cada una con").
  if (/(?:\beach\s+(?:with|has|having|carrying|gets|holds|at|rated\s+at|drawing|pulling|delivering|doing|running\s+at)(?:\s+(?:an?|the))?|\bjede[rs]?\s+(?:mit|hat)|\bje\b|\bchacune?\s+(?:avec|a)|\bcada\s+(?:una?\s+)?(?:con|tiene))\s+(?:about|around|roughly|ca\.|~|≈)?\s*$/i.test(before)) return true;
  // "… is 140 GB per GPU, which fits in 192 GB": what a per-GPU share must fit in is one chip's memory.
  if (q.unit === 'B' && /\bfit(?:s|ting)?\s{1,2}(?:in|into|on|onto|within)\s{1,2}(?:about\s{1,2}|~\s{0,2})?$/i.test(before) && ctx.claim.siblings.some((x) => x !== q && (x.unit === 'B' || x.unit.startsWith('B/')) && x.span.end <= q.span.start && (hasPerChipUnit(x) || PER_CHIP_AFTER.test(ctx.prose.slice(x.span.end, x.span.end + 32))))) return true;
  // "16,384 H100 80GB (SXM, 700 W TDP)": a TDP written after the figure is one chip's rating.
  if (q.unit === 'W' && /^\s{0,2}(?:tdp|tgp|board power)\b/i.test(after)) return true;
  // "72,000 B200s at 1 kW = 72 MW": a figure right after a count of chips and "at" is each chip's.
  // (A chip's own properties only: "8 H100s at ~25 tokens/s per user" is the replica's rate.)
  if ((q.unit === 'W' || q.unit === 'B' || q.unit === 'B/s' || q.unit === 'FLOP/s') && /\s(?:at|@)\s{1,2}(?:about|around|roughly|~|≈)?\s{0,2}$/i.test(before) && ctx.claim.mentions.some((m) => m.kind === 'accelerator' && m.span.end <= q.span.start && /^['’]?s?\s{1,2}(?:at|@)\s{1,2}(?:about|around|roughly|~|≈)?\s{0,2}$/i.test(ctx.prose.slice(m.span.end, q.span.start))) && ctx.claim.siblings.some((x) => x !== q && x.span.end <= q.span.start && x.value > 1 && (x.kind === 'count' || x.kind === 'multiplier'))) return true;
  // "8,960 chips, each with 95 GB of HBM2e at 2,765 GB/s": a second figure joined to the per-chip one is per chip too
  // ("16,384 H100 GPUs, each at 700 W TDP with 80 GB of HBM3").
  const clause = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 72), q.span.start);
  return /\beach\s+(?:with|has|having|carrying|gets|holds|at)\s+(?:[^,;.()]|[.,](?=\d)){1,48}?\s(?:at|and|plus|with)\s+(?:about|around|roughly|~|≈)?\s*$/i.test(clause);
}

const WORD_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, sixteen: 16 };

/** A prompt length in the statement: a token count of 64 or more ("a 4k-token prompt", "8,192 input tokens"). */
function promptTokensIn(ctx: Ctx): number | undefined {
  // ("a 2k prompt": the count reads as prompts, and it is the prompt's tokens.)
  return tokenCountIn(ctx, 64, /^\s*(?:tokens?\s+)?(?:of\s+)?(?:context|prompt|input)/, (x) => !x.per) ?? ctx.claim.siblings.find((x) => x !== ctx.claim.quantity && x.noun === 'prompt' && !x.per && x.value >= 64 && /\d\s?[kKmM]\b/.test(x.raw))?.value;
}

/** A latency is at least the model's lower bound: above it is consistent (and says how far), below it is not. */
function latencyAtLeast(ctx: Ctx, outcome: Outcome, bound: number): Outcome | undefined {
  const q = ctx.claim.quantity;
  if (outcome.evaluation.verdict !== 'inconsistent' || q.range || q.value <= bound) return undefined;
  const e = outcome.evaluation;
  return asConsistent(outcome, `a latency: ${q.raw.trim()} is ${model.roundForDisplay(q.value / bound)}× the roofline's lower bound ${e.modelText} (queueing, scheduling and below-peak kernels add to it)`, [...e.assumptions, "a latency is checked as at least the model's lower bound"]);
}

/**
 * An inconsistent outcome read again as consistent, for a reason the statement's wording gives (a bound, an
 * achieved figure, a site's power): the model's value and derivation stay, the reason and assumptions say why.
 */
function asConsistent(outcome: Outcome, reason: string, assumptions: readonly string[], key: string | null = outcome.key): Outcome {
  return { ...outcome, key, evaluation: { ...outcome.evaluation, verdict: 'consistent', reason, assumptions: sharedList([...assumptions]) } };
}

/** A context length in the statement: a token count of 512 or more ("32k tokens", "8,192-token context", "128K context"). */
/** "~1 GB at 8k context", "2 GB for 16k tokens": a total over a context, even beside a per-token figure. */
const CONTEXT_AFTER = /^\s{0,2}(?:at|for|over|with)\s{1,2}(?:an?\s{1,2})?(?:~|about\s)?\d[\d.,]*\s?[kKmM]?\s{0,2}(?:-?tokens?\b|(?:tokens?\s{1,2}(?:of\s{1,2})?)?context\b)/;

function contextTokensIn(ctx: Ctx): number | undefined {
  // A count said to be the context, or what each sequence is at, first ("≈ 488k tokens of KV, i.e. about 59 sequences
  // at 8k", "10.9 million tokens, or 83 sequences at the full 128k context": the totals are no context length).
  const q = ctx.claim.quantity;
  const named = ctx.claim.siblings.find((x) => x !== q && x.kind === 'count' && !x.dimension.s && x.value >= 512 && (CONTEXT_WORD_AFTER.test(ctx.prose.slice(x.span.end, x.span.end + 20).toLowerCase()) || SEQUENCES_AT_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, x.span.start - 28), x.span.start))));
  return named?.value ?? tokenCountIn(ctx, 512, CONTEXT_WORD_AFTER) ?? headerContextTokens(ctx);
}
const CONTEXT_WORD_AFTER = /^\s*(?:tokens?\s+)?(?:of\s+)?context/;
const SEQUENCES_AT_BEFORE = /\b(?:sequences?|requests?|users?|conversations?|prompts?)\s{1,2}(?:at|of|with)\s{1,2}(?:the\s{1,2})?(?:full\s{1,2})?$/i;

/** A table column's context length: "128k context", "KV @ 32k tokens". */
function headerContextTokens(ctx: Ctx): number | undefined {
  const header = ctx.line.cell?.header.lower;
  const m = header ? /(\d+(?:\.\d+)?)\s?([km])?\s*(?:tokens?\s*)?(?:of\s+)?(?:context|ctx)\b|(?:context|ctx|@)\s*(?:of\s+)?(\d+(?:\.\d+)?)\s?([km])\b/.exec(header) : null;
  if (!m) return undefined;
  const n = Number(m[1] ?? m[3]) * ({ k: 1024, m: 1024 * 1024 }[(m[2] ?? m[4]) as 'k' | 'm'] ?? 1);
  return n >= 512 ? n : undefined;
}

/** "100 users", "64 concurrent requests", "256 sequences": how many sequences the statement serves at once. */
function usersIn(ctx: Ctx): number | undefined {
  const q = ctx.claim.quantity;
  return ctx.claim.siblings.find((x) => x !== q && x.kind === 'count' && !x.per && x.value > 1 && (x.noun === 'user' || x.noun === 'request' || x.noun === 'sequence' || x.noun === 'conversation'))?.value;
}

/** The statement's first token count of at least `min`: counted in tokens, or followed by one of the words `after` matches. */
function tokenCountIn(ctx: Ctx, min: number, after: RegExp, also: (x: Quantity) => boolean = () => true): number | undefined {
  const q = ctx.claim.quantity;
  // (Not a rate: "~550 tokens/s" is no context length.)
  const t = ctx.claim.siblings.find((x) => x !== q && x.kind === 'count' && !x.dimension.s && also(x) && x.value >= min && (x.noun === 'token' || after.test(ctx.prose.slice(x.span.end, x.span.end + 20).toLowerCase())));
  return t?.value;
}

const BATCH = /(?:batch(?: size)?(?: of| =| ≈)?(?: (?:about|around|roughly|approximately|~|≈))? ?~?|\bbs ?= ?)(\d{1,5})(?:\s?[–-]\s?\d{1,5})?\b/g;

/** Words of a bound the model gives, not a measurement: "roofline tok/s", "the ceiling", "theoretical". */
const ROOFLINE_WORDS = /\broofline\b|\bceiling\b|\btheoretical\b|\bupper bound\b/;
/** Serving engines: a table row one names is a measurement ("| vLLM 0.6 | H100 | … | 178 |"). */
const ENGINE_NAME = /\b(?:vllm|sglang|trt-?llm|tensorrt(?:-llm)?|tgi|llama\.cpp|lmdeploy|mlc(?:-llm)?|deepspeed(?:-mii)?)\b/;
/** The time between tokens, a table column's or a statement's: "ITL", "TPOT", "time per output token". */
const ITL_HEADER = /\bitl\b|\btpot\b|inter[- ]token|time per (?:output )?token/;

/** Words of a rate that is a server's or a benchmark's (many streams, measured), not one stream's roofline. */
const SERVED_RATE = /aggregate|\btotal\b|throughput|offline|\bserver\b|serving|concurren|\busers\b|requests|batched|batching|measured|benchmark|mlperf|vllm|sglang|trt|tensorrt|prefill|prompt|input tokens|\bttft\b|train|\bmfu\b|per (?:day|hour|month)|\bfleet\b|cluster/;

/**
 * A token rate that is batch-1 decode though the statement says neither: "roofline 66 tok/s", "the 8×B200 ceiling is
 * 95 tok/s", a rate under a "## Decode roofline (batch 1)" heading, or "BF16 Llama 8B should do ~419 tok/s on one H100"
 * (a model and its precision named with the chip). Not a rate a server or a benchmark gives.
 */
function impliedDecode(ctx: Ctx, l: string): 'said' | 'named' | false {
  // ("| vLLM 0.6 | H100 | … | 209 |" under "roofline tok/s": the column says what the figure is, whatever the row.)
  const cell = ctx.line.cell;
  if (cell && ROOFLINE_WORDS.test(cell.header.lower)) return SERVED_RATE.test(cell.header.lower) ? false : 'said';
  if (SERVED_RATE.test(l)) return false;
  if (/\broofline\b|\bceiling\b|\btops? out\b/.test(l)) return 'said';
  const heading = ctx.section?.lower;
  if (heading && /\bdecod/.test(heading) && /\broofline\b|\bbatch[- ]?(?:of\s)?1\b|\bmemory[- ]bound\b/.test(heading) && !SERVED_RATE.test(heading)) return 'said';
  // (The model may be named by its size: "405B FP8 with TP=8 on H200 gives 95 tok/s" under `model: Llama 3.1 405B`.)
  const arch = ctx.arch;
  const named = ctx.archNamed || (!!arch && ctx.claim.siblings.some((x) => isParamSize(x) && withinRatio(x.value / arch.totalParams.value, 0.1)));
  return named && ctx.precisionStated && ctx.claim.mentions.some((m) => m.kind === 'accelerator' || m.kind === 'system') ? 'named' : false;
}

/** How far above one stream's roofline a rate named only by its model, precision and chip is still read as one stream's. */
const MAX_IMPLIED_OVER_ROOFLINE = 3;

/** Words of the batch where decode turns from memory-bound to compute-bound. */
const CROSSOVER_WORDS = /compute[- ]bound|memory[- ]bound|\bridge\b|\bcross(?:es|ed|ing|over)?\b|critical batch|break[- ]?even/;
/** "… is still memory-bound", "is already compute-bound": the side of the crossover a batch is said to be on. */
const BATCH_SIDE_AFTER = /^\s{0,2}\(?\s{0,2}(?:(?:is|are|stays?|remains?|was|were)\s{1,2})?(?:still\s{1,2}|already\s{1,2}|well\s{1,2}|firmly\s{1,2}|clearly\s{1,2})?(memory|compute)[- ]bound\b/i;
/** "at batch ≈ 295", "near batch 295", "a batch size of 64": the words right before a count that make it a batch. */
const BATCH_BEFORE = /\bbatch(?:\s{1,2}size)?\s{0,2}(?:(?:of|=|is|at|:)\s{0,2})?(?:(?:about|around|roughly|near|nearly|approximately)\s{1,2})?$/i;

/** The figure is a batch size: "batch ≈ 295", "batch 590", "a batch size of about 300". */
function isBatchFigure(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  return BATCH_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 32), q.span.start).replace(/[\s≈~]+$/, ' ').trimEnd());
}

function batchIn(ctx: Ctx): number | undefined {
  // "batch 16", "a batch size of 64", "a batch of roughly 64–128" (a range: its low end, the least it takes).
  // With two ("needs a batch of 64–128; at batch 1 you get ~50 tokens/s"), the last one before the figure.
  if (!ctx.lower.includes('batch') && !ctx.lower.includes('bs')) return undefined;
  const at = qPos(ctx);
  let chosen: number | undefined;
  for (const m of ctx.lower.matchAll(BATCH)) {
    if (chosen !== undefined && m.index! > at) break;
    chosen = Number(m[1]);
  }
  return chosen;
}

/**
 * The clause of a statement around a span: back to the last break before it, on to the next after it. Breaks
 * are "," and ";" (isClauseBreak), or also parentheses (isPartBreak: "900 GB/s (450 per direction)" has two parts).
 */
function clauseAround(prose: string, start: number, end: number, span: { start: number; end: number }, isBreak = isClauseBreak): string {
  const a = clauseStart(prose, start, span, isBreak);
  let b = span.end;
  while (b < end && !(isBreak(prose.charCodeAt(b)) && !inNumber(prose, b))) b++;
  return prose.slice(a, b);
}

/** A comma between digits ("1,640", "2.614,9") is part of a number, not a clause break. */
function inNumber(prose: string, at: number): boolean {
  return prose.charCodeAt(at) === 44 && isAsciiDigit(prose.charCodeAt(at - 1)) && isAsciiDigit(prose.charCodeAt(at + 1));
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The figure's part of its sentence, lower-cased: between commas, semicolons and parentheses. */
function figurePart(prose: string, statement: { start: number; end: number }, span: { start: number; end: number }): string {
  const part = clauseAround(prose, statement.start, statement.end, span, isPartBreak);
  return sentenceOf(part, span.start - clauseStart(prose, statement.start, span, isPartBreak)).toLowerCase();
}

/** Where `clauseAround` starts. */
function clauseStart(prose: string, start: number, span: { start: number }, isBreak = isClauseBreak): number {
  let a = span.start;
  while (a > start && !(isBreak(prose.charCodeAt(a - 1)) && !inNumber(prose, a - 1))) a--;
  return a;
}

/** The sentence of `text` around offset `at` ("." and the like before a space end one). */
function sentenceOf(text: string, at: number): string {
  const m = /[.!?]\s/.exec(text.slice(at));
  return text.slice(sentenceStartOf(text, at), m ? at + m.index + 1 : text.length);
}

function sentenceStartOf(text: string, at: number): number {
  let a = at;
  while (a > 1 && !(/[.!?]/.test(text[a - 2]!) && /\s/.test(text[a - 1]!))) a--;
  return a > 1 ? a : 0;
}

/** In `lower` from `from` to the sentence's end, the precision named nearest the figure at [start, end). */
function precisionNearest(lower: string, from: number, start: number, end: number): Precision | undefined {
  // After the figure, only up to the next figure: "1979 TFLOPS vs 989 in BF16" names 989's precision.
  const stop = /[.!?]\s|(?<![a-z\d.,])\d/.exec(lower.slice(end));
  const to = stop ? end + stop.index : lower.length;
  let best: Precision | undefined;
  let bestDistance = Infinity;
  const words = lower.includes('bit') ? PRECISION_WORD : PRECISION_NAME_G;
  words.lastIndex = from;
  for (let m = words.exec(lower); m && m.index < to; m = words.exec(lower)) {
    // ("9 PFLOPS (FP8 is half that)": a precision in an aside after the figure is about something else.)
    if (m.index >= end && isInAsideAfter(lower, end, m.index)) continue;
    const distance = m.index + m[0].length <= start ? start - (m.index + m[0].length) : m.index >= end ? m.index - end : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = precisionOfWord(m[0]);
    }
  }
  return best;
}

/** `text` with its parenthesised asides blanked out, but for one that holds the span [at, end). */
function withoutOtherAsides(text: string, at: number, end: number): string {
  return text.replace(/\([^()]{0,160}\)/g, (m: string, offset: number) => (offset <= at && offset + m.length >= end ? m : ' '.repeat(m.length)));
}

/** Is `at` inside a parenthesis opened after `from` that says more than qualifiers ("(FP8 is half that)", not "(BF16)")? */
function isInAsideAfter(lower: string, from: number, at: number): boolean {
  const open = lower.lastIndexOf('(', at);
  if (open < from || lower.lastIndexOf(')', at) > open) return false;
  const close = lower.indexOf(')', at);
  const inside = lower.slice(open + 1, close < 0 ? Math.min(lower.length, open + 80) : close);
  return /[a-z]{2,}/.test(inside.replace(/\b(?:dense|sparse|sparsity|peak|fp\d{1,2}|bf16|tf32|int\d|nvfp4|mxfp\d|(?:32|16|8|4)[- ]?bits?|with|w\/)\b/g, ''));
}

/** The sparsity last named in `lower` ("… dense BF16, 989 TFLOPS; the sparse figure is "). */
function sparsityLastBefore(lower: string): 'dense' | 'sparse' | undefined {
  // (The other languages' words only where the text could hold one: "B200 FP4 稠密 9 PFLOPS，稀疏 18 PFLOPS".)
  const words = mayHoldForeignSparsity(lower) ? ANY_SPARSITY_WORD_G : ENGLISH_SPARSITY_WORD_G;
  let last: 'dense' | 'sparse' | undefined;
  for (const m of lower.matchAll(words)) last = DENSE_WORD.test(m[0]) ? 'dense' : 'sparse';
  return last;
}
const ENGLISH_SPARSITY_WORD_G = /\bsparse\b|\bsparsity\b|2:4|\bdense\b/g;

const COLLECTIVE_BANDWIDTH = /\b(?:bus[ -]?(?:bandwidth|bw)|busbw|algbw|algorithm bandwidth|all-?reduce (?:bus )?bandwidth|all-?to-?all bandwidth|all-?gather bandwidth|bisection(?: bandwidth)?|collective bandwidth)\b/;

const MOVED_SIZE_BEFORE = /\b(?:all-?reduc(?:e|ing)|all-?gather(?:ing)?|reduce-?scatter(?:ing)?|broadcast(?:ing)?|checkpoints?|gradients?)\s{1,2}(?:of\s{1,2})?(?:the\s{1,2})?(?:~|≈|about\s{1,2}|roughly\s{1,2})?$/i;

// "our hall has 400 kW", "the data hall is provisioned for 12 MW", "the site gets 30 MW": a facility's supply.
const FACILITY_HAS = /\b(?:(?:data\s)?halls?|rooms?|buildings?|sites?|campus(?:es)?|cages?|colos?|substations?|grid connections?)\s{1,2}(?:has|have|gets|provides|supplies|supports|is provisioned (?:for|with)|is rated (?:for|at)|can (?:take|supply|handle|deliver))\s{1,2}(?:~|≈|about\s{1,2}|roughly\s{1,2}|up to\s{1,2})?$/i;

// "the dataset was 1.2 TB of parquet", "the 405B checkpoint download was 820 GB", "a 2 TB NVMe drive per node",
// "the checkpoint is 140 GB": data stored or fetched, or the storage that holds it, not a memory.
const DATA_SIZE = /\b(?:datasets?|data ?sets?|corpus|corpora|parquet|downloads?|tarballs?|checkpoints?|nvme|ssds?|drives?|disks?|storage|quotas?|file ?systems?|object stores?)\b/;

const OTHER_MEMORY = /\b(?:LP)?DDR\d[A-Z]?\b|\bGDDR\d[A-Z]?\b|\bunified memory\b|\b(?:system|host|CPU|main) (?:memory|RAM)\b|\bCXL\b|\bSRAM\b/i;

const SWITCH_WORDS = /\b(?:switch(?:es)?|leaf|spine|top[- ]of[- ]rack|tor)\b/;
const STORAGE_BANDWIDTH = /\b(?:file ?systems?|storage|lustre|gpfs|weka|nvme|ssds?|disks?|object stores?|s3)\b/;

// (Full-width ones too: "B200 FP4 稠密 9 PFLOPS，稀疏 18 PFLOPS", "FP8 は 1,979 TFLOPS、BF16 は 989 TFLOPS".)
const isClauseBreak = (c: number): boolean => c === 44 /* , */ || c === 59 /* ; */ || c === 0xff0c /* ， */ || c === 0xff1b /* ； */ || c === 0x3001 /* 、 */;
// (Full-width parentheses too: "デンス性能は 4.5 PFLOPS と紹介された（スパース値と混同）".)
const isPartBreak = (c: number): boolean => isClauseBreak(c) || c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09;

// "8-bit" and "4-bit" as notes on quantisation write them: the 1- and 0.5-byte formats ("16-bit" is BF16/FP16).
const PRECISION_WORD = /\b(?:fp64|fp32|tf32|bf16|fp16|fp8|int8|fp6|fp4|int4|nvfp4|mxfp4|mxfp8|(?:32|16|8|4)[- ]?bits?)\b/g;
const BITS_PRECISION: Readonly<Record<string, Precision>> = { '32': 'fp32', '16': 'bf16', '8': 'fp8', '4': 'fp4' };

/** The precision a matched word names ("nvfp4" → fp4, "8-bit" → fp8). */
function precisionOfWord(word: string): Precision {
  const bits = /^(\d{1,2})[- ]?bits?$/.exec(word);
  return bits ? BITS_PRECISION[bits[1]!]! : (word.replace(/^(nv|mx)/, '') as Precision);
}

/** "× 1 byte", "2 bytes per parameter", "0.5 B/param": the precision those bytes per weight mean. */
function bytesPerParamPrecision(lower: string): Precision | undefined {
  if (!lower.includes('byte') && !lower.includes('b/param')) return undefined;
  const m = /(?:[×x*]\s{0,2}(\d(?:\.\d{1,2})?)\s{0,2}bytes?\b|\b(\d(?:\.\d{1,2})?)\s{0,2}(?:bytes?|b)\s{0,2}(?:\/|per)\s{0,2}(?:param(?:eter)?|weight)s?\b)/.exec(lower);
  if (!m) return undefined;
  const bytes = Number(m[1] ?? m[2]);
  return bytes === 0.5 ? 'fp4' : bytes === 1 ? 'fp8' : bytes === 2 ? 'bf16' : bytes === 4 ? 'fp32' : undefined;
}

function hasTwoPrecisions(lower: string): boolean {
  PRECISION_WORD.lastIndex = 0;
  const first = PRECISION_WORD.exec(lower);
  if (!first) return false;
  const a = precisionOfWord(first[0]);
  for (let m = PRECISION_WORD.exec(lower); m; m = PRECISION_WORD.exec(lower)) {
    const b = precisionOfWord(m[0]);
    // BF16 and FP16 name one rate ("BF16/FP16"): not two figures.
    if (b !== a && !(/^(?:bf16|fp16)$/.test(b) && /^(?:bf16|fp16)$/.test(a))) return true;
  }
  return false;
}

function sparsityIn(lower: string): 'dense' | 'sparse' | undefined {
  if (/\bsparse\b|sparsity\)|2:4|with sparsity/.test(lower)) return 'sparse';
  if (/\bdense\b/.test(lower)) return 'dense';
  // Other languages' words, only where the text could hold one (most statements are plain English).
  if (!mayHoldForeignSparsity(lower)) return undefined;
  return OTHER_SPARSE_WORD.test(lower) ? 'sparse' : DENSE_WORD.test(lower) ? 'dense' : undefined;
}
/** "dense" in the languages notes are written in: "FP8 dicht", "denso", "（密）", "稠密", "밀집". */
const DENSE_WORD = /\bdense\b|\bdicht\b|\bdens[oa]\b|\bgęst[aey]\b|稠密|[（(]密[）)]|밀집|デンス/;
/** "sparse" in other languages: "con dispersión", "FP8 disperso", "com esparsidade", "sparsità", "稀疏", "スパース", "희소". */
const OTHER_SPARSE_WORD = /稀疏|スパース|희소|dispersi[oó]n|\bdispers[oa]\b|esparsidade|\bespars[oa]\b|sparsit[àé]/;
const ANY_SPARSITY_WORD_G = new RegExp(`${ENGLISH_SPARSITY_WORD_G.source}|${DENSE_WORD.source}|${OTHER_SPARSE_WORD.source}`, 'g');
/** A cheap test before the word lists: a non-ASCII letter, or one of the ASCII-spelled foreign words' stems. */
function mayHoldForeignSparsity(lower: string): boolean {
  return /[^\x00-\x7f]|dicht|dens[oa]|dispers|espars/.test(lower);
}
/**
 * The statement names both sparsities, so each figure's clause says which is its own: "FP4 dense is 9 PFLOPS,
 * 18 PFLOPS with sparsity", "B200: 4,5 PFLOPS FP8 denso, 9 PFLOPS con dispersión", "B200 FP4 稠密 9 PFLOPS，稀疏 18 PFLOPS"
 * (before, a sparse word of another language made the whole statement sparse, or lost to "denso").
 */
function namesBothSparsities(lower: string): boolean {
  const englishSparse = /sparse|sparsity|2:4/.test(lower);
  if (lower.includes('dense') && englishSparse) return true;
  if (!mayHoldForeignSparsity(lower)) return false;
  return (englishSparse || OTHER_SPARSE_WORD.test(lower)) && DENSE_WORD.test(lower);
}

function precisionIn(lower: string): Precision | undefined {
  const m = (lower.includes('bit') ? PRECISION_OR_BITS : PRECISION_NAME).exec(lower);
  return m ? precisionOfWord(m[1]!) : undefined;
}
const PRECISION_NAME_G = new RegExp(PRECISION_NAME.source, 'g');
const PRECISION_OR_BITS = /\b(fp64|fp32|tf32|bf16|fp16|fp8|int8|fp6|fp4|int4|nvfp4|mxfp4|mxfp8|(?:32|16|8|4)[- ]?bits?)\b/;

/** GGUF's quantisation types ("Q4_K_M", "Q8_0", "IQ3_XXS") mix bits per weight: a file size is no precision's. */
const GGUF_QUANT = /\bi?q[1-8]_(?:k(?:_[sml])?|[01]|xxs|xs|s|m|nl)\b/i;
/** A local-inference quantisation named without a precision: "Q4", "Q5_K_M", "GGUF", "GPTQ", "AWQ", "EXL2". */
const LOCAL_QUANT = /\bi?q[2-8](?:_[a-z0-9]{1,3}){0,2}\b|\bgguf\b|\bgptq\b|\bawq\b|\bexl2\b/;

function pickFlops<T extends { precision: Precision; sparsity: 'dense' | 'sparse'; value: number; workload?: string }>(ctx: Ctx, figures: T[]): T | undefined {
  const want = ctx.sparsity ?? 'dense';
  // BF16 and FP16 run at the same tensor-core rate on every chip in the catalog.
  const twin: Precision | undefined = ctx.precision === 'fp16' ? 'bf16' : ctx.precision === 'bf16' ? 'fp16' : undefined;
  for (const p of twin ? [ctx.precision, twin] : [ctx.precision]) {
    // A sparsity the statement states is never read against the other one's figure ("10 PFLOPS with sparsity"
    // is not the dense 5 PFLOPS, even where the catalog has only the dense).
    // A statement about training takes the training figure where the catalog has one ("3.6 EF of FP4 for training"
    // is the Vera Rubin NVL72's inference figure; it trains at 2.5).
    const workload = statedWorkload(ctx) === 'training' ? 'training' : undefined;
    const hit =
      (workload ? figures.find((f) => f.precision === p && f.sparsity === want && f.workload === workload) : undefined) ??
      figures.find((f) => f.precision === p && f.sparsity === want && f.workload !== 'training') ??
      figures.find((f) => f.precision === p && (ctx.sparsity === undefined || f.sparsity === want));
    if (hit) return hit;
  }
  return undefined;
}

/** "35% MFU against the H100's 989 TFLOP/s", "of a 1.31 PF peak": the words before a peak, not an achieved figure. */
const PEAK_BEFORE = /\b(?:against|of|vs\.?|versus|relative to|out of|from)\s{1,2}(?:the\s{1,2}|an?\s{1,2})?(?:[\w-]+(?:\s[\w-]+)?['’]s\s{1,2})?(?:peak\s{1,2}|nominal\s{1,2})?(?:~|about\s)?$/i;

const TRAINING_WORDS = /\b(?:train(?:ing|s)?|pre-?train(?:ing)?)\b/;

/** Which workload the statement says its FLOPS are for: "inference" wins where it names both. */
function statedWorkload(ctx: Ctx): 'training' | 'inference' | undefined {
  const inference = /\binferenc/.test(ctx.lower);
  const training = TRAINING_WORDS.test(ctx.lower);
  if (inference && training) {
    // Both named: the figure's own clause says which ("Rubin does 50 PFLOPS of FP4 for inference, 50 PFLOPS for
    // training too": the second is the training figure, and passed as the inference one before).
    const st = ctx.claim.statement.span;
    const clause = clauseAround(ctx.prose, st.start, st.end, ctx.claim.quantity.span).toLowerCase();
    if (!/\binferenc/.test(clause) && TRAINING_WORDS.test(clause)) return 'training';
  }
  return inference ? 'inference' : training ? 'training' : undefined;
}

/** A FLOPS figure's label and cross-note key; a training figure keeps its own, apart from the inference one's. */
function flopsLabelAndKey(name: string, f: FlopsFigure, key: string): [string, string] {
  const training = f.workload === 'training';
  return [`${name} ${f.sparsity} ${f.precision.toUpperCase()}${training ? ' training' : ''}`, `${key}:${f.precision}:${f.sparsity}${training ? ':training' : ''}`];
}

const MFU_AFTER = /^\s{0,2}(?:mfu|hfu|utili[sz]ation|of peak)\b/i;

const CLAUSE_BETWEEN = /[;(]|\b(?:while|whereas|but|vs\.?|versus|compared)\b/i;

/**
 * "989 TFLOPS peak", "a theoretical 989 TFLOPS", "989 TFLOPS on paper", "(989 TFLOP/s dense BF16 each)": a figure the
 * statement calls the peak, or restates in parentheses, not an achieved one.
 */
function isPeakFigure(ctx: Ctx, x: Quantity): boolean {
  // ("Peak FP8 on this card is 1.98 PFLOPS dense, so 1.2 PFLOPS is about 61%": a clause that opens by naming the peak.)
  const opening = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, x.span.start - 48), x.span.start);
  if (!opening.includes('%') && /\bpeak\b[^,;.]{0,40}$/i.test(opening) && !/\d/.test(opening.replace(/^.*\bpeak\b/is, '').replace(/\b(?:fp|bf|int|tf)\d{1,2}\b|\b[a-z]{1,3}\d{2,4}[a-z]?\b/gi, ''))) return true;
  // ("Trainium2's 1.3 PFLOP/s … at 40% MFU": the chip's own figure is its peak.)
  // (Not after a utilisation: "At 40% MFU, the H100's 396 TFLOPS" is achieved.)
  if (!ctx.prose.slice(ctx.claim.statement.span.start, x.span.start).includes('%') && ctx.claim.mentions.some((m) => (m.kind === 'accelerator' || m.kind === 'system') && m.span.end <= x.span.start && ownFigureAfter(ctx.prose, m, x.span.start))) return true;
  const after = ctx.prose.slice(x.span.end, x.span.end + 28).toLowerCase();
  const before = ctx.prose.slice(Math.max(ctx.claim.statement.span.start, x.span.start - 24), x.span.start).toLowerCase();
  if (/\(\s{0,2}(?:~|about|≈)?\s{0,2}$/.test(before)) return true;
  // ("230 TFLOPS out of 312 TFLOPS", "2.9 TB/s of 3.35 TB/s": the figure after "of" is what the other is a share of.)
  if (/\d[^,;.]{0,16}?\s(?:out\s{1,2})?of\s{1,2}(?:the\s{1,2}|its\s{1,2})?(?:~|about\s|≈)?\s{0,2}$/.test(before)) return true;
  return /^\s{0,2}(?:(?:dense|sparse|bf16|fp16|fp8|fp4|tf32|fp32|of)\s+){0,2}(?:peak|theoretical|on paper|spec\b|datasheet)/.test(after) || /\b(?:peak|theoretical|spec|datasheet|nominal)\s+(?:of\s+|is\s+|=\s*)?(?:~|about|≈)?\s*$|\bpeaks?\s{1,2}at\s{1,2}(?:~|about\s|≈)?\s{0,2}$/.test(before);
}

function flopsSpec(ctx: Ctx, name: string, flops: readonly FlopsFigure[], key: string): Outcome {
  const q = ctx.claim.quantity;
  const a = { name, flops };
  const primary = pickFlops(ctx, [...flops]);
  // "One H100 at 50% MFU trains at ~495 TFLOPS": what it achieves is the peak × the utilisation stated.
  // (The share in the figure's own clause: "FA2 gets ~35% utilization while FA3 reaches 740 TFLOPS" is FA2's share.)
  // (The peak itself, written beside a utilisation, is the peak: "35% MFU against the H100's 989 TFLOP/s".)
  const mfu =
    primary && !isPeakFigure(ctx, q) && !(withinRatio(q.value / primary.value, ctx.tolerances.exact) && (isOperand(ctx) || PEAK_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start))))
      ? ctx.claim.siblings.find(
          (x) =>
            x !== q &&
            x.kind === 'percent' &&
            x.value > 0 &&
            x.value <= 100 &&
            MFU_AFTER.test(ctx.prose.slice(x.span.end, x.span.end + 16)) &&
            !CLAUSE_BETWEEN.test(ctx.prose.slice(Math.min(x.span.end, q.span.end), Math.max(x.span.start, q.span.start))),
        )
      : undefined;
  if (primary && mfu) {
    const value = (primary.value * mfu.value) / 100;
    const label = `${a.name} ${primary.sparsity} ${primary.precision.toUpperCase()}`;
    const d: Derived = { value, unit: 'FLOP/s', derivation: [`${label}: ${fmt(primary.value, 'FLOP/s')} × ${mfu.raw.trim()} = ${fmt(value, 'FLOP/s')}`], sources: [primary.source], assumptions: [`utilisation as stated (${mfu.raw.trim()})`] };
    return roofline(ctx, d, ctx.acc, null, `achieved FLOP/s of ${a.name} at ${mfu.raw.trim()}`);
  }
  if (primary) {
    const outcome = spec(ctx, primary, ...flopsLabelAndKey(a.name, primary, key));
    if (outcome.evaluation.verdict === 'consistent') return outcome;
    // Not the stated figure: does it match another precision or the sparse figure? Say so.
    // (Not the same precision and sparsity for the other workload: training and inference figures are told apart.)
    const workloadStated = statedWorkload(ctx) !== undefined;
    const match = a.flops.find((f) => f !== primary && !(workloadStated && f.precision === primary.precision && f.sparsity === primary.sparsity && f.workload !== primary.workload) && withinRatio(q.value / f.value, toleranceFor(q, ctx.tolerances)));
    if (match) {
      // Unstated sparsity accepts the sparse headline; unstated precision accepts another precision. Both are said.
      const loose = (ctx.sparsity === undefined && match.precision === primary.precision) || (!ctx.precisionStated && ctx.sparsity === undefined);
      const note = `${fmt(q.value, 'FLOP/s')} is ${a.name}'s ${match.sparsity} ${match.precision.toUpperCase()}${match.workload ? ` ${match.workload}` : ''} figure${match.sparsity === 'sparse' ? ' (2:4 structured sparsity: dense is half)' : ''}`;
      if (loose || (!ctx.precisionStated && match.precision !== primary.precision && match.sparsity === primary.sparsity)) {
        const again = spec(ctx, match, ...flopsLabelAndKey(a.name, match, key));
        again.evaluation.assumptions = sharedList([...again.evaluation.assumptions, note]);
        return again;
      }
      // (A copy: unverifiable evaluations are shared and frozen.)
      outcome.evaluation = { ...outcome.evaluation, reason: `${outcome.evaluation.reason}; ${note}` };
    }
    return achievedBound(ctx, outcome, primary.value, 'atMost') ?? outcome;
  }
  return unverifiable(ctx, 'spec', `the catalog has no ${ctx.sparsity ?? 'dense'} ${ctx.precision.toUpperCase()} figure for ${a.name}`);
}

/** "over NVLink 4 at 450 GB/s", "… / 450GB/s": a bandwidth written as the rate some data moves at, not as a spec. */
function movesDataAt(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  return isOperand(ctx) || /(?:\bat|@|\/|÷)\s{0,2}(?:~|≈|about\s|roughly\s)?$/i.test(ctx.prose.slice(Math.max(0, q.span.start - 12), q.span.start));
}

/** The figure a link's vendor quotes, the other direction derived from it: ConnectX-7's 400 Gb/s per direction, NVLink 5's 1.8 TB/s both ways. */
function quotedFigure(ic: Interconnect): BandwidthFigure | undefined {
  if (ic.bidirectional && !ic.bidirectional.derived) return ic.bidirectional;
  if (ic.perDirection && !ic.perDirection.derived) return ic.perDirection;
  return ic.bidirectional ?? ic.perDirection;
}

function directional(ctx: Ctx, figure: BandwidthFigure | undefined, label: string, key: string): Outcome {
  if (!figure) return unverifiable(ctx, 'spec', `the catalog has no figure for ${label}`);
  const q = ctx.claim.quantity;
  // When the statement says both ("900 GB/s (450 per direction)"), the figure's own part of it decides.
  let wantsPerDir = ctx.line.has('perDirection');
  let wantsBidir = ctx.line.has('bidirectional');
  const cell = ctx.line.cell;
  if (cell) {
    // A table's column header or row label says the direction of its cells ("Per direction", "NVLink (bidir)").
    const labels = `${cell.header.lower} ${cell.rowLabel.lower} ${cell.lower}`;
    wantsPerDir = KW.perDirection.test(labels);
    wantsBidir = KW.bidirectional.test(labels);
  } else if (wantsPerDir || wantsBidir) {
    // The words right after the figure are its own: "450 GB/s unidirectional and 900 GB/s bidirectional".
    const own = directionAfter(ctx, q);
    if (own !== undefined) {
      wantsPerDir = own === 'per';
      wantsBidir = own === 'both';
    }
  }
  if (!cell && (wantsPerDir || wantsBidir) && directionAfter(ctx, q) === undefined) {
    // (Not the words another figure has right after it: "1.8 TB/s bidirectional is 2 × 900 GB/s".)
    let prose = ctx.prose;
    for (const x of ctx.claim.siblings) {
      const n = x === q ? 0 : directionWordsAfter(prose, x);
      if (n > 0) prose = prose.slice(0, x.span.end) + ' '.repeat(n) + prose.slice(x.span.end + n);
    }
    const part = clauseAround(prose, ctx.claim.statement.span.start, ctx.claim.statement.span.end, q.span, isPartBreak).toLowerCase();
    const partPer = KW.perDirection.test(part);
    const partBi = KW.bidirectional.test(part);
    // ("Per direction: 900 GB/s of NVLink 5 per B200, double Hopper's 450 GB/s": a label says it of every part.)
    const label = /^[^:\n]{0,40}:/.exec(ctx.text)?.[0].toLowerCase() ?? '';
    // ("NVLink 5 per direction (900 GB/s) vs …": a figure alone in parentheses restates the words right before them.)
    const restated = isParenthesizedAlone(ctx.prose, q) ? ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 24), q.span.start).toLowerCase() : '';
    if (partPer || partBi || !/[(),;]/.test(ctx.text)) {
      wantsPerDir = partPer;
      wantsBidir = partBi;
    } else if (restated && (KW.perDirection.test(restated) || KW.bidirectional.test(restated))) {
      wantsPerDir = KW.perDirection.test(restated);
      wantsBidir = KW.bidirectional.test(restated);
    } else if (label && (KW.perDirection.test(label) || KW.bidirectional.test(label))) {
      wantsPerDir = KW.perDirection.test(label);
      wantsBidir = KW.bidirectional.test(label);
    } else {
      // The direction words are in another part of the statement: they are not this figure's.
      wantsPerDir = wantsBidir = false;
    }
  }
  const perDir = figure.direction === 'bidirectional' ? figure.value / 2 : figure.value;
  const bidir = figure.direction === 'bidirectional' ? figure.value : figure.value * 2;
  // "1.8 TB/s = 2 × 900 GB/s", "split into 2 × 400 Gb/s ports": a figure the statement multiplies is an input to its
  // arithmetic; it is checked only when it is one of the link's figures, whichever direction.
  if (isOperand(ctx)) {
    if (!withinRatio(q.value / perDir, ctx.tolerances.exact) && !withinRatio(q.value / bidir, ctx.tolerances.exact)) {
      return unverifiable(ctx, 'market', `${q.raw.trim()} is an input to the arithmetic written in the statement, not a claim about ${label}`);
    }
    wantsPerDir = wantsBidir = false;
  }
  // Unsaid, a direction is the one the figure is quoted in: a line rate in bits is per direction ("400 Gb/s"), and
  // a link quoted both ways counts both ways ("NVLink 5 is 1.8 TB/s"). Taking whichever matched let each
  // generation's figure pass for the next one's (NVLink doubles each time). Only a NIC's figure in bytes, which
  // its vendor never quotes, may count either way ("100 GB/s" is a 400 Gb/s NIC full duplex).
  // (Bits that are bytes misnamed keep the quoted direction: "NVLink 4 at 900 Gb/s" is its 900 GB/s.)
  const bytesAsBits = isBitRate(q) && withinRatio((q.value * 8) / bidir, ctx.tolerances.exact);
  // ("Ironwood's ICI runs at 9.6 Tb/s": the vendor's own figure in bits counts in the direction the vendor gives it,
  // here both ways, 1.2 TB/s; the rule that a rate in bits is a line rate, per direction, is for NICs and the like.)
  const vendorBits = isBitRate(q) && !bytesAsBits && figure.bits !== undefined && withinRatio((q.value * 8) / figure.bits.value, toleranceFor(q, ctx.tolerances));
  const bits = isBitRate(q) && !bytesAsBits && !vendorBits;
  // (A rate data moves at may be either too: "all-reducing 1 GB over NVLink 4 at 450 GB/s" uses one direction's.)
  // (Nor is one link's share, which no vendor quotes: "only 64 GB/s to any single peer".)
  const either = !wantsPerDir && !wantsBidir && !bits && (figure.direction !== 'bidirectional' || figure.derived === true || movesDataAt(ctx) || isOperand(ctx));
  const quotedPer = figure.direction !== 'bidirectional';
  const matchesPer = withinRatio(q.value / perDir, ctx.tolerances.exact);
  const matchesBidir = withinRatio(q.value / bidir, ctx.tolerances.exact);
  const per = wantsPerDir || (!wantsBidir && (bits || (either ? (matchesPer && !matchesBidir) || (!matchesBidir && quotedPer) : quotedPer)));
  const value = per ? perDir : bidir;
  const dirLabel = per ? 'per direction' : 'bidirectional';
  const stated = wantsPerDir || wantsBidir || bits;
  const d: Derived = {
    value,
    unit: 'B/s',
    derivation: [
      figure.direction === 'bidirectional'
        ? `${label}: ${fmt(bidir, 'B/s')} bidirectional = ${fmt(perDir, 'B/s')} per direction`
        : `${label}: ${fmt(perDir, 'B/s')} per direction${figure.note && /Gb\/s/.test(figure.note) ? ` (${figure.note.match(/[\d.,]+\s*[GT]b\/s/)?.[0] ?? ''} ÷ 8 bits)` : ''}`,
    ],
    sources: vendorBits && figure.bits ? [figure.source, figure.bits.source] : [figure.source],
    assumptions: [stated || either ? `compared ${dirLabel}` : `compared ${dirLabel}, as quoted${vendorBits && figure.bits ? ` (the vendor's ${fmtBits(figure.bits.value)} is ${fmt(figure.value, 'B/s')} ${figure.direction === 'bidirectional' ? 'bidirectional' : 'per direction'})` : ''}`],
  };
  const outcome = withAcc(ctx, { evaluation: judge(ctx, value, d, 'spec'), kind: 'spec', key: `${key}:${dirLabel}`, subject: label });
  // "NVLink 4 is 450 GB/s": the other direction's figure, said without saying so.
  const other = per ? bidir : perDir;
  if (!stated && outcome.evaluation.verdict === 'inconsistent' && withinRatio(q.value / other, ctx.tolerances.exact)) {
    outcome.evaluation.reason += `; ${fmt(other, 'B/s')} is its ${per ? 'bidirectional' : 'per-direction'} figure: say "${per ? 'bidirectional' : 'per direction'}" if that is meant`;
  }
  return outcome;
}

/** 9.6e12 → "9.6 Tb/s". */
function fmtBits(v: number): string {
  const [n, prefix] = v >= 1e12 ? [v / 1e12, 'T'] : [v / 1e9, 'G'];
  return `${Number(n.toPrecision(4))} ${prefix}b/s`;
}

const GIB_READING_TOLERANCE = 0.015;

/** "459 TFLOPS per pod", "4.11 EF/pod", "HBM bandwidth per pod: 24.8 PB/s": a figure said to be a whole pod's or rack's. */
function perSystemSaid(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  if (/\bper\s{1,2}(?:super)?(?:pod|rack)\s{0,2}[:=]\s{0,2}(?:~\s{0,2}|about\s{1,2}|roughly\s{1,2})?$/i.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 24), q.span.start))) return true;
  return /\/(?:pod|superpod|rack|system)$/i.test(q.unit) || q.per === 'pod' || q.per === 'rack' || /^\s{0,2}(?:[\w-]{1,12}\s{1,2}){0,2}(?:per|a|each|for (?:the|a|one|each))\s{1,2}(?:super)?(?:pod|rack)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 40));
}

/** "The H100 is 72 W": a chip said to be the figure, with no word between, states its own figure. */
function chipIsFigure(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  return ctx.claim.mentions.some((m) => (m.kind === 'accelerator' || m.kind === 'system') && m.span.end <= q.span.start && q.span.start - m.span.end <= 16 && /^\s{1,2}(?:is|was)\s{1,2}(?:~\s{0,2}|about\s{1,2}|roughly\s{1,2}|around\s{1,2})?$/i.test(ctx.prose.slice(m.span.end, q.span.start)));
}

function spec(ctx: Ctx, figure: Figure | undefined, label: string, key: string, binaryGb = false): Outcome {
  if (!figure) return unverifiable(ctx, 'spec', `the catalog has no figure for ${label}`);
  const q = ctx.claim.quantity;
  // Nothing in the statement says it is about this figure, and it is far from it: it is about something else.
  const ratio = q.value / figure.value;
  // (Unless it is named as this very figure: "100,000 GB200s at a TDP of 1,000 W each" states the GB200's TDP.)
  if (!matchesSpec(ctx, figure.value) && isOperand(ctx) && !(figure.unit === 'W' && /\btdp\b/.test(ctx.lower) && ratio > 0.5 && ratio < 2)) {
    return unverifiable(ctx, 'market', `${q.raw.trim()} is an input to the arithmetic written in the statement, not a claim about ${label}`);
  }
  // ("The H200 has 4.8 GB/s of HBM bandwidth": a figure the statement ties to this one, a unit prefix off.)
  // (Not "1.979 TFLOPS", which may be 1,979 written with a dot between thousands.)
  if ((ratio > 100 || ratio < 0.01) && ctx.line.has('specWords') && !/\d[.,]\d{3}(?!\d)/.test(q.raw) && (withinRatio(ratio * 1000, ctx.tolerances.exact) || withinRatio(ratio / 1000, ctx.tolerances.exact))) {
    return judgedAgainst(ctx, figure, label, key, `×${ratio < 1 ? '1000' : '1/1000'} would match: a unit prefix slipped (${ratio < 1 ? 'G for T, M for G' : 'T for G, G for M'})?`);
  }
  // ("each Ironwood chip 42.5 exaflops FP8", "each Trillium chip has 8 TB of HBM": a pod's total said to be one chip's.)
  // ("HGX H100: 8 GPUs; per GPU it is 26.8 TB/s": the node's total said per GPU.)
  if ((ratio > 100 || (ratio > 1.5 && perChipLabelBefore(ctx))) && ctx.acc && !key.startsWith('system') && (isPerChip(ctx) || EACH_NAMED_CHIP_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start)))) {
    const pod = SYSTEMS.find((x) => x.accelerator === ctx.acc!.acc.id && x.gpusPerDomain > 1 && withinRatio(q.value / (figure.value * x.gpusPerDomain), ctx.tolerances.exact));
    if (pod) return judgedAgainst(ctx, figure, label, key, `${q.raw.trim()} is ${pod.name}'s figure (${pod.gpusPerDomain} chips), not one chip's`);
    // ("An 8-GPU MI300X platform; per GPU it is 1.5 TB": the statement's own count of chips, for a system the catalog lacks.)
    const chips = perChipLabelBefore(ctx) ? chipCountIn(ctx) : undefined;
    if (chips && chips > 1 && withinRatio(q.value / (figure.value * chips), toleranceFor(q, ctx.tolerances))) return judgedAgainst(ctx, figure, label, key, `${q.raw.trim()} is ${chips} chips' figure, not one chip's`);
  }
  // ("v5p pods hit 459 TFLOPS per pod": one chip's figure, said to be the whole system's.)
  if (ratio < 0.01 && ctx.sys && ctx.sys.gpusPerDomain > 1 && key.startsWith('system') && perSystemSaid(ctx) && withinRatio((q.value * ctx.sys.gpusPerDomain) / figure.value, ctx.tolerances.exact)) {
    return judgedAgainst(ctx, figure, label, key, `${q.raw.trim()} is one chip's figure; ${ctx.sys.name} has ${ctx.sys.gpusPerDomain} of them`);
  }
  if (ratio > 100 || ratio < 0.01 || (!ctx.line.has('specWords') && !chipIsFigure(ctx) && (ratio > 5 || ratio < 0.2))) {
    return unverifiable(ctx, 'market', `the ${ctx.acc?.reason === 'earlier' ? 'paragraph' : ctx.acc?.reason === 'outline' ? 'parent item' : 'statement'} names ${ctx.acc?.acc.name ?? 'hardware'} but nothing ties ${q.raw.trim()} to ${label} (${fmt(figure.value, figure.unit)})`);
  }
  let value = figure.value;
  const derivation = [`${label}: ${fmt(figure.value, figure.unit === 'count' ? '' : figure.unit)}${'precision' in figure ? '' : ''}`];
  // Vendors' "80 GB" of HBM is 80 GiB in practice: accept either reading.
  if (binaryGb && !withinRatio(q.value / value, ctx.tolerances.exact)) {
    // (Close to the GiB reading only: "288 GB" is not the MI325X's 256 GB read as GiB, 275 GB. And not for a
    // figure the vendor states in GiB: the TPU v5p's 95 GiB is 102 GB, so "102 GiB" is 7% too much.)
    if (!figure.gib && withinRatio(q.value / (value * 1.073741824), GIB_READING_TOLERANCE)) {
      value = value * 1.073741824;
      derivation.push(`${fmt(figure.value, 'B')} as GiB = ${fmt(value, 'B')} (vendor "GB" of HBM is binary in practice)`);
    } else if (figure.gib && withinRatio(q.value / (figure.gib * 1e9), ctx.tolerances.exact)) {
      value = figure.gib * 1e9;
      derivation.push(`the vendor states ${figure.gib} GiB (= ${fmt(figure.value, 'B')}); "${figure.gib} GB" is the same figure written in GB`);
    }
  }
  // Sources that disagree are kept on the figure ("13 TB/s at GTC 2025, 22 TB/s since"). A figure held with less than high confidence: one of its other sourced values ("13 TB/s on the GTC 2025
  // roadmap") is accepted, and said. A high-confidence datasheet figure stands; the reason names the other value.
  const tol = toleranceFor(q, ctx.tolerances);
  const alt = !withinRatio(q.value / value, tol) ? figure.alternatives?.find((x) => withinRatio(q.value / x.value, tol)) : undefined;
  const altAccepted = alt !== undefined && figure.confidence !== 'high';
  if (alt && altAccepted) {
    value = alt.value;
    derivation.push(`matches another sourced figure, ${fmt(alt.value, figure.unit)}${alt.note ? ` (${alt.note})` : ''}`);
  }
  const d: Derived = { value, unit: figure.unit, derivation, sources: [...(altAccepted ? [alt!.source] : []), figure.source, ...(figure.additionalSources ?? [])], assumptions: figure.confidence !== 'high' ? [`catalog confidence: ${figure.confidence}${figure.note ? ` (${figure.note})` : ''}`] : [] };
  const outcome = withAcc(ctx, { evaluation: judge(ctx, value, d, 'spec', figure.confidence === 'low'), kind: 'spec', key, subject: label });
  if (alt && !altAccepted) outcome.evaluation.reason += `; ${fmt(alt.value, figure.unit)} is another sourced figure${alt.note ? ` (${alt.note})` : ''}, not the datasheet's`;
  return outcome;
}

/**
 * "FA3 reaches 740 TFLOPS", "we measured 2.9 TB/s": a throughput someone achieved, not the chip's
 * spec. It is checked as what it is, a figure at most the peak: below it is consistent (and says
 * what fraction of the peak it is), above it is not. No conflict key: it is not the spec figure.
 */
const ACHIEVED_CUE = /\b(?:drew|under (?:load|stress)|at idle|idl(?:es|ed|ing) at|nvidia-smi|rocm-smi|reach(?:es|ed|ing)?|achiev(?:es|ed|ing|e|able)|sustain(?:s|ed|ing)?|attain(?:s|ed|ing)?|measured|observed|hits?|hitting|gets? (?:close to|near|up to|about|around|roughly)|got (?:close to|near|up to|about|around|roughly)|in practice|end[- ]to[- ]end|real[- ]world|utili[sz](?:ation|es|ed|ing)|mfu|of (?:the )?(?:theoretical )?peak|(?:throughput |serving |performance )?(?:target|goal)s?:?|tpot|itl|aggregate|it does|we (?:get|got|see|saw)|(?:we|we're|we are|they|they're|they are|i'm|i am|i|you)\s+(?:(?:now|currently|typically|usually)\s+)?(?:seeing|getting|hitting|measuring|observing|see|get))\b/;

/** Kernels and libraries: what they do is achieved throughput, not a chip's spec. */
const KERNEL_SUBJECT = /\b(?:kernels?|gemms?|matmuls?|gemv|cublas(?:lt)?|cutlass|triton|flash-?attention(?:-?\d)?|fa[234]\b|wgmma|hipblaslt|rocblas|cudnn|microbenchmarks?|benchmarks?|ping-pong|split-k|stream-k)\b/;
/** Words that make a figure the chip's peak. */
const PEAK_WORDS = /\b(?:peaks?|spec|datasheet|theoretical|rated|nominal|on paper)\b/;

/** Does the figure's own clause say it was achieved or measured (see ACHIEVED_CUE)? */
function saysAchieved(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  // The cue is in the figure's own clause: before it (back to a clause break) or just after it.
  const start = ctx.claim.statement.span.start;
  // ("i.e. " and "e.g. " are no sentence ends.)
  const before = ctx.prose.slice(Math.max(start, q.span.start - 60), q.span.start).toLowerCase().replace(/\b(?:i\.e|e\.g)\.\s/g, 'ie, ');
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf(', while'), -1) + 1);
  const after = ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 30)).toLowerCase();
  // "they get close to 1.2 PFLOPS": the hedge is in the figure; "gets 500 TFLOPS" alone stays a spec claim.
  const hedgedGet = q.hedge !== 'exact' && /\b(?:gets?|getting|got)\s*$/.test(clause);
  // "3.8e25 FLOPs at 400 TFLOP/s per GPU ≈ 67 days": the rate a run of so many FLOPs is done at is what it sustains.
  const runRate = /\bat\s{1,2}(?:~\s{0,2}|about\s{1,2}|roughly\s{1,2})?$/.test(clause) && ctx.claim.siblings.some((x) => x.dimension.FLOP === 1 && !x.dimension.s && x.span.end <= q.span.start);
  // ("OPT-175B: 992 A100 80GB GPUs at about 147 TFLOPS per GPU": the rate per GPU a fleet of them runs at.)
  const fleetRate = /\bat\s{1,2}(?:~\s{0,2}|about\s{1,2}|roughly\s{1,2}|around\s{1,2})?$/.test(clause) && q.dimension.FLOP === 1 && (hasPerChipUnit(q) || PER_CHIP_AFTER.test(after)) && ctx.claim.siblings.some((x) => x.kind === 'count' && x.value > 1 && x.span.end <= q.span.start && (isChipNoun(x) || ctx.claim.mentions.some((m) => m.kind === 'accelerator' && m.span.start >= x.span.end && m.span.start - x.span.end <= 2)));
  // "Our H100 GEMM kernel gets 700 TFLOPS", "| + wgmma | 530 |", "1. CUTLASS ping-pong kernel: 780 TFLOPS": what a kernel
  // or library does is achieved, unless its clause calls it the peak. (Not a whole section about kernels: notes
  // about kernels state the chip's specs too.)
  const cell = ctx.line.cell;
  const kernel = (KERNEL_SUBJECT.test(clause) || KERNEL_SUBJECT.test(after) || (!!cell && KERNEL_SUBJECT.test(cell.rowLabel.lower))) && !PEAK_WORDS.test(clause) && !PEAK_WORDS.test(after);
  // ("| vLLM 0.6 | H100 | 18 ms | 5.6 ms | 178 | 209 |": an engine's row is measured, but for a roofline column.)
  const engineRow = !!cell && ENGINE_NAME.test(cell.rowLabel.lower) && !ROOFLINE_WORDS.test(cell.header.lower);
  if (engineRow) return true;
  // ("400 TFLOPS per H100 is about 40% of the 989 TFLOPS peak": a share of the peak; "2.9 TB/s, 87% of the H100's
  // 3.35 TB/s": a share of a figure written after it.)
  // (Not a share of another chip's figure: "The H100 has 3.35 TB/s, 42% of the B200's 8 TB/s" states the H100's spec.)
  const shareOfWritten =
    /^[^;.]{0,24}?\d{1,2}(?:\.\d)?\s?%\s+of\s+(?:the\s+|its\s+)?(?:[\w-]{1,20}['’]s\s+)?(?:~|≈|about\s)?\s?\d/.test(after) &&
    !ctx.claim.mentions.some((m) => m.kind === 'accelerator' && m.id !== ctx.acc?.acc.id && m.span.start >= q.span.end && m.span.start <= q.span.end + 30);
  return hedgedGet || runRate || fleetRate || kernel || shareOfWritten || ACHIEVED_CUE.test(clause) || /^[^;.,]{0,20}\b(?:utili[sz]ation|mfu|of (?:the )?peak|achieved|measured|in practice|end[- ]to[- ]end|observed|tpot|itl)\b/.test(after) || /^[^;.]{0,24}?\d{1,2}(?:\.\d)?\s?%\s+of\s+(?:the\s+|its\s+)?(?:[^;.]{0,24}?\s)?(?:peak|theoretical|spec)\b/.test(ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 72)).toLowerCase().replace(/\b(?:i\.e|e\.g)\./g, 'ie'));
}

/**
 * An achieved figure against a bound of the model: throughput at most the peak or the roofline
 * bound ('atMost'), a step time at least the roofline's lower bound ('atLeast'). Undefined when the
 * wording does not say achieved, or the figure breaks the bound (then the plain verdict stands).
 */
function achievedBound(ctx: Ctx, outcome: Outcome, bound: number, side: 'atMost' | 'atLeast'): Outcome | undefined {
  if (outcome.evaluation.verdict !== 'inconsistent') return undefined;
  const q = ctx.claim.quantity;
  if (q.range || !(bound > 0)) return undefined;
  if (side === 'atMost' ? q.hedge === 'atLeast' || q.value >= bound : q.hedge === 'atMost' || q.value <= bound) return undefined;
  if (!saysAchieved(ctx)) return undefined;
  // ("v5p pods hit 459 TFLOPS per pod": exactly one chip's peak, said of the pod, is the chip's figure for the pod's.)
  if (side === 'atMost' && ctx.sys && ctx.sys.gpusPerDomain > 1 && perSystemSaid(ctx) && withinRatio((q.value * ctx.sys.gpusPerDomain) / bound, ctx.tolerances.exact)) return undefined;
  const e = outcome.evaluation;
  const reason =
    side === 'atMost'
      ? `an achieved figure, not the spec: ${q.raw.trim()} is ${Math.round((q.value / bound) * 100)}% of the ${e.route === 'spec' ? 'peak' : 'roofline bound'} ${e.modelText} (achieved throughput is at most it)`
      : `an achieved time: ${q.raw.trim()} is ${model.roundForDisplay(q.value / bound)}× the roofline's lower bound ${e.modelText} (what a system achieves is at least the bound)`;
  return asConsistent(outcome, reason, [...e.assumptions, `read as achieved, from the wording: ${side === 'atMost' ? 'at most' : 'at least'} the model's figure`], null);
}

/** A system's FLOP/s as its chips' sum; with the sparsity unstated, the sparse headline is accepted and said. */
function systemFromChips(ctx: Ctx, sys: System, a: Accelerator): Outcome {
  const q = ctx.claim.quantity;
  const n = sys.gpusPerDomain;
  const dense = model.fleetAggregate(a, n, 'flops', ctx.precision, ctx.sparsity ?? 'dense');
  const sparse = ctx.sparsity === undefined ? model.fleetAggregate(a, n, 'flops', ctx.precision, 'sparse') : undefined;
  const pick = sparse && dense && !withinRatio(q.value / dense.value, toleranceFor(q, ctx.tolerances)) && withinRatio(q.value / sparse.value, toleranceFor(q, ctx.tolerances)) ? sparse : dense;
  if (!pick) return unverifiable(ctx, 'spec', `the catalog has no ${ctx.precision.toUpperCase()} figure for ${a.name}`);
  const d: Derived = { ...pick, assumptions: [...pick.assumptions, `${sys.name}: ${n} × ${a.name}`, ...(pick === sparse ? ['the sparse (2:4) figure: NVIDIA quotes systems sparse'] : [])] };
  return { evaluation: judge(ctx, d.value, d, 'model'), kind: 'spec', key: `system-flops:${sys.id}:${ctx.precision}:${pick === sparse ? 'sparse' : ctx.sparsity ?? 'dense'}`, subject: `${sys.name} ${ctx.precision.toUpperCase()} compute` };
}

function fleet(ctx: Ctx, a: Accelerator, count: number, what: 'flops' | 'hbm' | 'hbm-bandwidth' | 'power'): Outcome {
  const d = model.fleetAggregate(a, count, what, ctx.precision, ctx.sparsity ?? 'dense');
  if (!d) return unverifiable(ctx, 'roofline', `the catalog has no ${what} figure for ${a.name}`);
  const label = what === 'flops' ? `${ctx.sparsity ?? 'dense'} ${ctx.precision.toUpperCase()} compute` : what === 'hbm' ? `${model.memoryWord(a)} capacity` : what === 'hbm-bandwidth' ? `${model.memoryWord(a)} bandwidth` : 'power (TDP)';
  // A chip whose vendor states GiB ("96 GB" of Trainium2 is 96 GiB): a total may be written in the vendor's numbers,
  // 16 × 96 = 1,536 "GB", or that over 1,024, "1.5 TB".
  const gib = what === 'hbm' ? a.hbmCapacity?.gib : undefined;
  const q = ctx.claim.quantity;
  // "3,072 A100s at 163 TFLOPS per GPU, … 502 PFLOP/s aggregate": a rate per GPU below the peak, given before the
  // total, is what each achieved; the total is the count times it.
  if (what === 'flops') {
    const peak = d.value / count;
    const achieved = ctx.claim.siblings.find((x) => x !== q && x.span.end <= q.span.start && x.kind === 'measure' && x.dimension.FLOP === 1 && (hasPerChipUnit(x) || PER_CHIP_AFTER.test(ctx.prose.slice(x.span.end, x.span.end + 32))) && x.value < peak * 0.95);
    if (achieved) {
      const value = count * achieved.value;
      const sum: Derived = { value, unit: 'FLOP/s', derivation: [`${count.toLocaleString('en-US')} × ${achieved.raw.trim()} = ${fmt(value, 'FLOP/s')}`], sources: [], assumptions: ['inputs as stated in the same statement', 'the rate per GPU is what each achieved'] };
      return { evaluation: judge(ctx, value, sum, 'arithmetic'), kind: 'arithmetic', key: null };
    }
  }
  if (gib && !withinRatio(q.value / d.value, toleranceFor(q, ctx.tolerances))) {
    const written = count * gib * 1e9;
    const value = withinRatio(q.value / written, ctx.tolerances.exact) ? written : withinRatio(q.value / (written / 1.024), ctx.tolerances.exact) ? written / 1.024 : undefined;
    if (value !== undefined) {
      const vendor: Derived = { ...d, value, derivation: [...d.derivation, `the vendor states ${gib} GiB a chip: ${fmt(count, '')} × ${gib} GiB = ${(count * gib).toLocaleString('en-US')} GiB = ${model.roundForDisplay((count * gib) / 1024)} TiB, written as GB and TB`] };
      return withAcc(ctx, { evaluation: judge(ctx, value, vendor, 'model'), kind: 'roofline', key: null, subject: `${fmt(count, '')} × ${a.name} ${label}` });
    }
  }
  // Vendors' "GB" of HBM is binary in practice (see spec), so N chips' too: 8 × 180 GiB = 1,546 GB ("an 8x B200 node
  // holds 1,536 GB", 8 × 192 GB). Close to that reading only, as for one chip.
  if (what === 'hbm' && !gib && !withinRatio(q.value / d.value, toleranceFor(q, ctx.tolerances)) && withinRatio(q.value / (d.value * 1.073741824), GIB_READING_TOLERANCE)) {
    const value = d.value * 1.073741824;
    const binary: Derived = { ...d, value, derivation: [...d.derivation, `${fmt(d.value / count, 'B')} a chip as GiB = ${fmt(value / count, 'B')}: ${fmt(count, '')} × ${fmt(value / count, 'B')} = ${fmt(value, 'B')} (vendor "GB" of HBM is binary in practice)`] };
    return withAcc(ctx, { evaluation: judge(ctx, value, binary, 'model'), kind: 'roofline', key: null, subject: `${fmt(count, '')} × ${a.name} ${label}` });
  }
  const outcome = withAcc(ctx, { evaluation: judge(ctx, d.value, d, 'model'), kind: 'roofline', key: null, subject: `${fmt(count, '')} × ${a.name} ${label}` });
  // Off by the count: one chip's figure given for all of them, not bits for bytes ("the 8-GPU box (288 GB)").
  if (outcome.evaluation.verdict === 'inconsistent' && count > 1 && withinRatio((q.value * count) / d.value, toleranceFor(q, ctx.tolerances))) {
    outcome.evaluation.reason = `${outcome.evaluation.reason.replace(BITS_HINT, '')}; ${q.raw.trim()} is one ${a.name}'s ${label}, not ${fmt(count, '')}'s`;
  }
  // A fleet's power as quoted ("100k H100s, 150 MW", "8,000 Hoppers and 15 MW") is usually the site's: the GPUs'
  // TDP is its floor, and hosts, networking and cooling add up to about FACILITY_FACTOR× more. Only "TDP" or
  // "the GPUs alone" holds it to the TDP sum.
  const r = q.value / d.value;
  if (what === 'power' && outcome.evaluation.verdict === 'inconsistent' && r > 1 && r <= FACILITY_FACTOR && q.hedge !== 'atMost' && !/\btdp\b|\b(?:gpus?|chips?) alone\b|\bjust the (?:gpus?|chips?)\b/.test(ctx.lower) && !gpusOnlyAfter(ctx)) {
    const e = outcome.evaluation;
    return asConsistent(outcome, `${q.raw.trim()} is ${model.roundForDisplay(r)}× the GPUs' TDP (${e.modelText}): within what hosts, networking and cooling add to a fleet's power (up to ${FACILITY_FACTOR}×)`, [...e.assumptions.filter((x) => !x.startsWith('power: chip TDP only')), "a fleet's quoted power may include hosts, networking and cooling"]);
  }
  return outcome;
}

/**
 * How much more than its GPUs' TDP a site draws, at most: a DGX H100 node is 10.2 kW for 8 × 700 W of GPUs (1.8×),
 * times cooling (PUE up to ~1.5).
 */
const FACILITY_FACTOR = 2.8;

/** "2,016 GPUs draw 4.8 MW for the GPUs", "… of GPU power": the figure is said to be the GPUs' own, with nothing else in. */
function gpusOnlyAfter(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  const after = ctx.prose.slice(q.span.end, Math.min(ctx.claim.statement.span.end, q.span.end + 28));
  return /^\s{0,2}(?:(?:for|by|on|in)\s{1,2}(?:the\s{1,2})?(?:gpus?|chips?|accelerators?)(?:\s{1,2}(?:themselves|only))?|of\s{1,2}(?:gpu|chip|accelerator)\s{1,2}(?:power|draw))\b/i.test(after) && !ALL_IN.test(after.toLowerCase());
}

/** Beyond this ratio a figure is not the quantity the model derived (a unit slip, ms for s, is 1000×). */
const UNRELATED_RATIO = 1e4;

function roofline(ctx: Ctx, d: Derived, acc: Ctx['acc'] | undefined, key: string | null, subject?: string): Outcome {
  const ratio = ctx.claim.quantity.value / d.value;
  if (ratio > UNRELATED_RATIO || ratio < 1 / UNRELATED_RATIO) {
    return unverifiable(ctx, 'market', `no model quantity matches: the nearest, ${subject ?? 'the derived figure'} (${fmt(d.value, d.unit)}), is orders of magnitude away`);
  }
  const evaluation = judge(ctx, d.value, d, 'model');
  // The choice says which chip and why; the model's own plain "hardware: NAME" line would repeat it.
  if (acc) evaluation.assumptions = sharedList([acc.hardware, ...evaluation.assumptions.filter((a) => a !== `hardware: ${acc.acc.name}`)]);
  return { evaluation, kind: 'roofline', key, subject };
}

function withAcc(ctx: Ctx, outcome: Outcome): Outcome {
  // (The choice says which chip and why: the model's plain "hardware: NAME" would repeat it.)
  const acc = ctx.acc;
  if (acc) outcome.evaluation.assumptions = sharedList([acc.hardware, ...outcome.evaluation.assumptions.filter((a) => a !== `hardware: ${acc.acc.name}`)]);
  return outcome;
}

const NO_MATCH = 'no catalog figure or model quantity matches this claim';

function market(ctx: Ctx): Outcome {
  const q = ctx.claim.quantity;
  const reason =
    q.unit === 'USD' || ctx.line.has('market')
      ? 'a market or business figure: the hardware model cannot check it'
      : q.kind === 'count' && q.noun
        ? `a count of ${q.noun}s with no model quantity behind it`
        : q.unit === 's' && q.value >= 60
          ? 'a duration in the narrative, not a hardware quantity'
          : NO_MATCH;
  return unverifiable(ctx, 'market', reason);
}

/** Shared by every unverifiable claim: most claims are, and each empty array costs memory. */
const NONE: string[] = Object.freeze([]) as unknown as string[];

const UNVERIFIABLE = new Map<string, Evaluation>();

function unverifiable(ctx: Ctx, kind: ClaimKind, reason: string): Outcome {
  void ctx;
  // Evaluations are read-only once made; identical "unverifiable" ones are shared (bounded).
  let evaluation = UNVERIFIABLE.get(reason);
  if (!evaluation) {
    evaluation = Object.freeze({ verdict: 'unverifiable', modelValue: null, ratio: null, modelText: null, route: null, assumptions: NONE, derivation: NONE, sources: NONE, reason: detach(reason), tolerance: null }) as Evaluation;
    if (UNVERIFIABLE.size < 10_000) UNVERIFIABLE.set(evaluation.reason, evaluation);
  }
  return { kind, key: null, evaluation };
}

// ---------------------------------------------------------------------------
// Judging a claimed value against a model value

function toleranceFor(q: Quantity, t: Tolerances): number {
  // A round figure ("20 ms", "300") is an estimate even without "about"; a measure written out in full with its
  // zeros ("1,000 W", "2000 TFLOPS") is not: the writer did not round 1.2 kW to it.
  if (q.hedge === 'exact') return q.significantDigits <= 1 && !(q.kind === 'measure' && WRITTEN_IN_FULL.test(q.raw)) ? t.approx : t.exact;
  return q.hedge === 'approx' ? t.approx : t.bound;
}

/** A number with three or more zeros written out: "1,000", "1000", "10 000". */
const WRITTEN_IN_FULL = /\d[,\u00a0\u202f ]?0{3}(?![\d.,])/;

function withinRatio(ratio: number, tol: number): boolean {
  return ratio >= 1 / (1 + tol) && ratio <= 1 + tol;
}

/** A catalog figure of low confidence (secondary sources only, which disagree) is judged with at least this slack. */
const LOW_CONFIDENCE_TOLERANCE = 0.2;

const CONVERSION_TOLERANCE = 0.05;

function judge(ctx: Ctx, modelValue: number, d: Derived, route: Evaluation['route'], lowConfidence = false, maxTolerance = Infinity): Evaluation {
  const q = ctx.claim.quantity;
  const stated = Math.min(toleranceFor(q, ctx.tolerances), maxTolerance);
  const tol = lowConfidence ? Math.max(stated, LOW_CONFIDENCE_TOLERANCE) : stated;
  const widened = tol > stated ? ', widened: the catalog figure is low-confidence' : '';
  const ratio = q.value / modelValue;
  let consistent: boolean;
  let how: string;
  if (q.range) {
    consistent = modelValue >= q.range[0] / (1 + tol) && modelValue <= q.range[1] * (1 + tol);
    how = `range ${fmt(q.range[0], displayUnit(q))}–${fmt(q.range[1], displayUnit(q))}, ±${pct(tol)}`;
  } else if (q.hedge === 'atLeast') {
    consistent = modelValue >= q.value / (1 + tol);
    how = `lower bound, ${pct(tol)} slack`;
  } else if (q.hedge === 'atMost' && route === 'spec' && UP_TO.test(q.raw)) {
    // A datasheet's "up to" is its peak: "up to 10 PFLOPS" for a chip that peaks at 1.3 is no bound that holds.
    // ("Under 100 GB", "less than 1 kW" stay bounds.)
    const under = Math.max(tol, ctx.tolerances.approx);
    consistent = modelValue <= q.value * (1 + tol) && withinRatio(ratio, under);
    how = `"up to" read as the peak, +${pct(tol)}/−${pct(under)}`;
  } else if (q.hedge === 'atMost') {
    consistent = modelValue <= q.value * (1 + tol);
    how = `upper bound, ${pct(tol)} slack`;
  } else if (isRoundSpecFigure(q, route, tol, ctx.tolerances) && !widened) {
    // A datasheet figure written round ("8 TB/s", "900 GB/s") is the figure rounded, not one within a quarter of it:
    // "10 TB/s" is no MI355X's 8 TB/s, nor "6 TB/s" the MI300X's 5.3; and rounding is no licence for 1.4 kW
    // written "1,000 W" (a figure of 1 rounds 1.4 down): still within the round figure's tolerance.
    const close = withinRatio(ratio, ctx.tolerances.exact);
    consistent = close || (roundedToOneDigit(modelValue) === q.value && withinRatio(ratio, tol));
    how = close ? `±${pct(ctx.tolerances.exact)} (round figure)` : consistent ? "one significant digit (the model's figure, rounded)" : `±${pct(ctx.tolerances.exact)} or the figure rounded (round figure)`;
  } else {
    consistent = withinRatio(ratio, tol);
    how = tol === 0 ? 'exact match (a count written plainly)' : `±${pct(tol)} (${q.hedge === 'approx' ? 'hedged' : q.significantDigits <= 1 ? 'round figure' : 'bare figure'}${widened})`;
  }
  const modelText = fmt(modelValue, displayUnit(q));
  let reason = consistent
    ? tol === 0 && !q.range && q.hedge === 'exact'
      ? `claimed ${q.raw.trim()} is the model's ${modelText}`
      : `claimed ${q.raw.trim()} is within ${how} of the model's ${modelText}`
    : `claimed ${q.raw.trim()} is ${ratio >= 1 ? `${model.roundForDisplay(ratio)}×` : `${model.roundForDisplay(1 / ratio)}× smaller than`} the model's ${modelText} (tolerance ${how})`;
  // (Within the claim's tolerance when it is written in bits; else only a close ×8: "about 3.8 PB" for 37.7 PB is a slip of 10.)
  if (!consistent && (q.unit === 'B/s' || q.unit === 'B') && withinRatio((q.value * 8) / modelValue, isBitRate(q) ? tol : ctx.tolerances.exact)) {
    reason += BITS_HINT;
  }
  return {
    verdict: consistent ? 'consistent' : 'inconsistent',
    modelValue,
    ratio,
    modelText,
    route,
    assumptions: sharedList(d.assumptions),
    derivation: sharedList(d.derivation),
    sources: distinct(d.sources),
    reason,
    tolerance: tol,
  };
}

/** "Up to" in the languages notes are written in. */
const UP_TO = /^(?:up\s{1,2}to|bis\s{1,2}zu|jusqu['’]\s?(?:à|a)|hasta|fino\s{1,2}a|até)\b/i;

/** A measure written as a round figure, checked against a datasheet's: it must be that figure rounded. */
function isRoundSpecFigure(q: Quantity, route: Evaluation['route'], tol: number, t: Tolerances): boolean {
  return route === 'spec' && q.kind === 'measure' && q.hedge === 'exact' && q.significantDigits <= 1 && tol > t.exact;
}

/** Does the claim match a catalog figure, as `judge` would find for the spec route? */
function matchesSpec(ctx: Ctx, value: number): boolean {
  const q = ctx.claim.quantity;
  const tol = toleranceFor(q, ctx.tolerances);
  if (!isRoundSpecFigure(q, 'spec', tol, ctx.tolerances)) return withinRatio(q.value / value, tol);
  return withinRatio(q.value / value, ctx.tolerances.exact) || (roundedToOneDigit(value) === q.value && withinRatio(q.value / value, tol));
}

/** 23.9 → 20, 295 → 300, 5.3 → 5, 0.95 → 1 (to the same float a claim's value parses to). */
function roundedToOneDigit(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  const e = Math.floor(Math.log10(x));
  const digit = Math.round(x / 10 ** e);
  return Number(`${digit}e${e}`);
}

/** The sources without repeats, in order (most lists hold one or two). */
function distinct(sources: string[]): string[] {
  if (sources.length === 0) return NONE;
  if (sources.length === 1) return [sources[0]!];
  if (sources.length === 2) return sources[0] === sources[1] ? [sources[0]!] : [sources[0]!, sources[1]!];
  return [...new Set(sources)];
}

function displayUnit(q: Quantity): string {
  if (q.kind === 'multiplier') return 'x';
  if (q.kind === 'percent') return '%';
  // "3,000 tokens/s" → "/s", "~25 tokens/s per user" → "/s per user".
  // ("1.3 trillion tokens per day" is held per second, so it is shown per second: "15M/s".)
  // ("942 tokens/s" when the count names what it counts.)
  if (q.kind === 'count') {
    const what = q.noun && /^[a-z-]{2,24}$/.test(q.noun) ? (q.noun.endsWith('s') ? q.noun : `${q.noun}s`) : '';
    return q.per === 's' || (q.dimension.s === -1 && q.per !== undefined && TIME_PER.test(q.per)) ? `${what}/s` : q.per?.startsWith('s/') ? `${what}/s per ${q.per.slice(2)}` : '';
  }
  return q.unit;
}

const TIME_PER = /^(?:day|hour|h|hr|minute|min|week|month|year|yr)s?$/;

/** Seconds in one `per` unit of TIME_PER. */
function secondsPer(per: string): number {
  const p = per.replace(/s$/, '');
  return p === 'day' ? 86_400 : p === 'hour' || p === 'h' || p === 'hr' ? 3_600 : p === 'minute' || p === 'min' ? 60 : p === 'week' ? 604_800 : p === 'month' ? 2_629_800 : 31_557_600;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** text[start, end) with runs of whitespace made one space and the ends trimmed. */
function collapse(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  // Most statements have no whitespace but single spaces: then trimming is all there is to do.
  if (!SPACING_TO_COLLAPSE.test(s)) return s.trim();
  return s.replace(/\s+/g, ' ').trim();
}

/** Whitespace other than a lone space: what replace(/\s+/g, ' ') would change. */
const SPACING_TO_COLLAPSE = /[^\S ]| \s/;

// "NVLink 5", "ConnectX-7", "NDR": interconnects named in a statement, longest alias first.
let interconnectPattern: RegExp | undefined;
let interconnectAll: RegExp | undefined;
const NO_HITS: InterconnectHit[] = [];

/**
 * Words every interconnect alias contains, lowercased: a line without one names none, and this is
 * far cheaper to rule out than the alias pattern. None has a k or s, whose case folding (/iu) also
 * admits non-ASCII letters (K, ſ) that toLowerCase keeps apart.
 */
const INTERCONNECT_WORDS = ['nvlin', 'ndr', 'xdr', 'connectx', 'cx', 'infinity fabric', 'xgmi', 'ici', 'neuronlin', 'pcie'];
/** Set with the pattern, only if every alias holds one of INTERCONNECT_WORDS. */
let interconnectHint: RegExp | undefined;
const INTERCONNECT_BY_ALIAS = new Map<string, Interconnect>();
/** An alias as the index keys it: lower case, words set apart by one space whatever separated them. */
function aliasKey(text: string): string {
  return text.toLowerCase().replace(/[\s_*-]+/g, ' ');
}

interface InterconnectHit {
  ic: Interconnect;
  start: number;
  end: number;
}

/** Every interconnect named in `text` (aliases the catalog knows). */
function interconnectHits(text: string, lower: string): InterconnectHit[] {
  const g = (interconnectAll ??= new RegExp(interconnectRegex().source, 'giu'));
  if (interconnectHint && !interconnectHint.test(lower)) return NO_HITS;
  const hits: InterconnectHit[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const ic = INTERCONNECT_BY_ALIAS.get(aliasKey(m[0]));
    if (ic) hits.push({ ic, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

const PART_WORD = 'stacks?|dies?|chiplets?|modules?|dimms?|xcds?|sms?|cores?|tiles?';
const PART_BEFORE = new RegExp(`\\b(${PART_WORD})\\s+(?:of|with)\\s*(?:about|around|roughly|~|≈)?\\s*$`, 'i');
/** The part is the subject: "HBM3e stacks are 24 GB or 36 GB each", "each die has 96 GB". */
const PART_SUBJECT = new RegExp(`\\b(${PART_WORD})\\s+(?:are|is|holds?|has|have|come in|comes in)\\b[^.;:]{0,24}$`, 'i');
/** "Per SM, the H100 delivers 989 TFLOPS": the clause opens with the part it is per. */
const PART_OPENING = new RegExp(`(?:^|[.;:]\\s)\\s{0,2}(?:per|each)\\s{1,2}(${PART_WORD})\\s{0,2},[^,;.]{0,60}$`, 'i');
const PART_AFTER = new RegExp(`^\\s*(?:of\\s+[\\w-]+\\s+)?(?:per|each|a|/)\\s*(?:hbm\\w*\\s+)?(${PART_WORD})\\b`, 'i');

/** The part ("stack", "die") a figure is given per, when it is not the chip. */
function perPartOf(ctx: Ctx): string | undefined {
  const q = ctx.claim.quantity;
  const before = PART_BEFORE.exec(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 28), q.span.start));
  const m = before ?? PART_AFTER.exec(ctx.prose.slice(q.span.end, q.span.end + 28)) ?? PART_SUBJECT.exec(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 48), q.span.start)) ?? PART_OPENING.exec(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 72), q.span.start));
  // ("the OAM module is rated 750 W", "the SXM module draws 700 W": the accelerator's own module is the chip.)
  if (m && /^modules?$/i.test(m[1]!) && /\b(?:oam|sxm\d?|mxm|accelerator|gpu)\s{1,2}$/i.test(m.input.slice(Math.max(0, m.index + m[0].indexOf(m[1]!) - 16), m.index + m[0].indexOf(m[1]!)))) return undefined;
  return m ? m[1]!.toLowerCase().replace(/s$/, '') : undefined;
}

/** "2 TB/s of HBM", "3.35 TB/s HBM3 bandwidth", "8 TB/s memory bandwidth": the figure names memory. */
function isHbmFigure(ctx: Ctx): boolean {
  const q = ctx.claim.quantity;
  return (
    /^\s*(?:of\s+)?(?:hbm\w*|memory|dram|vram)\b/i.test(ctx.prose.slice(q.span.end, q.span.end + 20)) ||
    // "HBM3 at 3.35 TB/s", "memory bandwidth: 8 TB/s", "HBM3e is ~4.8 TB/s"
    HBM_LABEL_BEFORE.test(ctx.prose.slice(Math.max(ctx.claim.statement.span.start, q.span.start - 40), q.span.start))
  );
}
const HBM_LABEL_BEFORE = /\b(?:hbm\w*|memory|dram|vram)(?:\s{1,2}bandwidth)?\s{0,2}(?:at|of|is|runs\s{1,2}at|[:=—–-])?\s{0,2}(?:~|≈|about\s{1,2}|roughly\s{1,2}|up\s{1,2}to\s{1,2}|over\s{1,2}|nearly\s{1,2})?$/i;

/**
 * "Copying 80 GB over PCIe Gen5 x16 takes ~0.6 s": bytes sent over a named link, one way, at its per-direction rate
 * (when the statement writes no rate of its own: then its arithmetic decides).
 */
function linkTransferTime(ctx: Ctx): Outcome | undefined {
  const q = ctx.claim.quantity;
  const bytes = ctx.claim.siblings.find((x) => x !== q && x.unit === 'B' && x.span.end <= q.span.start);
  if (!bytes || ctx.claim.siblings.some((x) => x !== q && x.unit.startsWith('B/s'))) return undefined;
  const hit = ctx.line.interconnectHits().find((h) => /\b(?:over|across|via|through)\s{1,2}(?:an?\s{1,2}|the\s{1,2}|one\s{1,2})?$/i.test(ctx.text.slice(Math.max(0, h.start - 16), h.start)));
  const figure = hit?.ic.perDirection ?? (hit?.ic.bidirectional ? { ...hit.ic.bidirectional, value: hit.ic.bidirectional.value / 2 } : undefined);
  if (!hit || !figure) return undefined;
  const value = bytes.value / figure.value;
  const d: Derived = { value, unit: 's', derivation: [`${bytes.raw.trim()} ÷ ${fmt(figure.value, 'B/s')} (${hit.ic.name}, one direction) = ${fmt(value, 's')}`], sources: [figure.source], assumptions: ['the link at its full rate, one direction'] };
  const outcome = roofline(ctx, d, undefined, null, `transfer time over ${hit.ic.name}`);
  // What a real copy takes is at least that.
  return latencyAtLeast(ctx, outcome, value) ?? outcome;
}

/** Words right before a link that make it what a figure is compared with: "7× PCIe Gen5", "twice NVLink 4", "than PCIe". */
const COMPARED_BEFORE =
  /(?:\d(?:\.\d+)?\s?(?:x|×|times)|\b(?:twice|double[sd]?|doubling|triple[sd]?|tripling|quadruple[sd]?|half|halves|than|vs\.?|versus|compared (?:to|with)|up from|down from|from|against|unlike))\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?(?:(?:bandwidth|speed|throughput|rate)\s+of\s+)?(?:the\s+)?$/i;

function isComparedLink(text: string, h: InterconnectHit): boolean {
  return COMPARED_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start));
}

/** Between a link and a figure that is its own: "NVLink 4's 900 GB/s", "PCIe Gen5 (128 GB/s)". */
const LINK_OWN_FIGURE = /^(?:['’]s\s+(?:[a-z-]+\s+){0,2}|\s*\(\s*)(?:~|≈|about\s+|roughly\s+)?$/i;

/**
 * "versus NVLink 5 at 1.8 TB/s": the other side of a "versus" with its figure "at" it states that link's own figure.
 * (Not a multiple's: "Fifth-gen NVLink is twice NVLink 4 at 1.8 TB/s" gives the subject's.)
 */
function versusLinkAt(text: string, h: InterconnectHit, pos: number): boolean {
  return pos >= h.end && /^\s{1,2}(?:at|@)\s{1,2}(?:~|≈|about\s+|roughly\s+)?$/i.test(text.slice(h.end, pos)) && /\b(?:vs\.?|versus|compared (?:to|with)|against|unlike)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 24), h.start));
}

/** Between a multiplier and the link it compares with: "7× PCIe Gen5", "7 times faster than the bandwidth of PCIe". */
const MULTIPLIER_THEN_LINK = /^\s{0,2}(?:(?:faster|more|higher|greater)(?:\s+bandwidth)?\s+)?(?:than\s+|over\s+|vs\.?\s+)?(?:(?:that|those)\s+of\s+)?(?:the\s+)?(?:(?:bandwidth|speed|throughput|rate)\s+of\s+)?(?:the\s+)?$/i;

/**
 * "NVLink-C2C runs at 900 GB/s, 7× PCIe Gen5", "fifth-gen NVLink is twice NVLink 4": a multiplier between the link a
 * statement is about and the one it is compared with, on their bandwidth counted the same way.
 */
function linkRatio(ctx: Ctx): Outcome | undefined {
  const hits = ctx.line.interconnectHits();
  if (hits.length < 2) return undefined;
  const q = ctx.claim.quantity;
  const start = qPos(ctx);
  const end = start + (q.span.end - q.span.start);
  const after = hits.find((h) => h.start >= end && h.start - end <= 48 && MULTIPLIER_THEN_LINK.test(ctx.text.slice(end, h.start)));
  if (!after) return undefined;
  let before: InterconnectHit | undefined;
  // A dash may set the multiplier off ("NVLink 4: 900 GB/s — 7× PCIe Gen5"); a semicolon ends the link's clause.
  for (const h of hits) if (h.end <= start && h.ic.id !== after.ic.id && !isComparedLink(ctx.text, h) && !ctx.text.slice(h.end, start).includes(';')) before = h;
  if (!before) return undefined;
  const a = before.ic;
  const b = after.ic;
  const both = a.bidirectional && b.bidirectional ? ([a.bidirectional, b.bidirectional, 'bidirectional'] as const) : a.perDirection && b.perDirection ? ([a.perDirection, b.perDirection, 'per direction'] as const) : undefined;
  if (!both) return undefined;
  const [fa, fb, how] = both;
  const value = fa.value / fb.value;
  const derived: Derived = {
    value,
    unit: 'x',
    derivation: [`${a.name} ${fmt(fa.value, 'B/s')} ÷ ${b.name} ${fmt(fb.value, 'B/s')} = ${model.roundForDisplay(value)}× (both ${how})`],
    sources: [fa.source, fb.source],
    assumptions: [`compares ${how} bandwidth`],
  };
  return { evaluation: judge(ctx, value, derived, 'spec'), kind: 'spec', key: null, subject: `${a.name} vs ${b.name} bandwidth` };
}

/** The named interconnect closest to `pos` (the first of equally close ones). */
/** "infinity-fabric" of "infinity-fabric-mi355", "nvlink" of "nvlink-5". */
function linkFamily(id: string): string {
  return id.replace(/-[^-]*$/, '');
}

/** Between a figure and the same quantity written as arithmetic: " = 2 × ", " ≈ ". */
const RESTATED_AS = /^\s{0,2}(?:=|≈|~=)\s{0,2}(?:\d{1,3}\s{0,2}[×x*]\s{0,2})?$/;

/** "NVLink 5 per GPU: …", "- **ConnectX-8**: …": a link named in the label that opens the statement. */
function isLeadingLabel(text: string, h: InterconnectHit): boolean {
  return h.start <= 12 && /^[\s>*_#-]{0,8}(?:\d{1,2}[.)]\s{1,2})?[*_]{0,2}$/.test(text.slice(0, h.start)) && /^[^;:.,—–]{0,24}?[*_]{0,2}:/.test(text.slice(h.end, h.end + 32));
}

function interconnectNear(hits: InterconnectHit[], pos: number): { ic: Interconnect; distance: number; start: number } | undefined {
  let best: { ic: Interconnect; distance: number; start: number } | undefined;
  for (const h of hits) {
    const distance = h.start >= pos ? h.start - pos : pos - h.end;
    if (!best || distance < best.distance) best = { ic: h.ic, distance, start: h.start };
  }
  return best;
}

function interconnectRegex(): RegExp {
  if (!interconnectPattern) {
    const aliases: string[] = [];
    for (const ic of INTERCONNECTS) {
      for (const alias of [ic.name, ...ic.aliases]) {
        INTERCONNECT_BY_ALIAS.set(aliasKey(alias), ic);
        aliases.push(alias);
      }
    }
    if (aliases.every((a) => INTERCONNECT_WORDS.some((w) => a.toLowerCase().includes(w)))) interconnectHint = new RegExp(INTERCONNECT_WORDS.join('|'));
    aliases.sort((a, b) => b.length - a.length);
    // (Words may be set apart by markup or hyphens as they are in chip names: "**NVLink** 4", "NVLink-5".)
    const escaped = aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ \\t\\u00a0_*-]{1,4}'));
    // (The "œ" of a mojibake quote, "â€œNVLink 4 …", is no letter of a word before the name.)
    interconnectPattern = new RegExp(`(?<!(?!œ)[\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  }
  return interconnectPattern;
}

/** "DCN per chip: 50 Gbps" of a TPU v5p: the scale-out per chip of the one system the catalog builds of the chip. */
function onlySystemScaleOut(a: Accelerator): BandwidthFigure | undefined {
  const systems = SYSTEMS.filter((x) => x.accelerator === a.id && x.scaleOutPerGpu);
  return systems.length === 1 ? systems[0]!.scaleOutPerGpu : undefined;
}

/** The per-GPU NIC of the platform a chip ships in (H100/H200 HGX: ConnectX-7), when the chip has none of its own. */
function platformScaleOut(a: Accelerator): BandwidthFigure | undefined {
  const systems = new Set(SYSTEMS.filter((x) => x.accelerator === a.id).map((x) => x.id));
  return SCALE_UP_VS_SCALE_OUT.find((p) => p.systems.some((id) => systems.has(id)))?.scaleOutPerDirection;
}

// The index keeps claims as rows over a shared string table (codec.ts), so lists need no sharing here.
function sharedList(items: string[]): string[] {
  return items.length === 0 ? NONE : items;
}
