// Shared data shapes of the core. Plain data only: the extension and the CLI
// render these, they never compute verdicts themselves.

/** A half-open [start, end) range of UTF-16 offsets into a note's original text. */
export interface Span {
  start: number;
  end: number;
}

/** A 0-based line/character position, UTF-16 code units, like VS Code's Position. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** Something wrong with a note that the user should see (never thrown). */
export interface Problem {
  code:
    | 'frontmatter-invalid'
    | 'mojibake'
    | 'binary-file'
    | 'invalid-utf8'
    | 'file-too-large'
    | 'read-failed'
    | 'suspicious-quantity'
    | 'broken-wikilink'
    | 'speaker-misspelling'
    | 'conflicting-claims'
    | 'hardware-unknown';
  severity: ProblemSeverity;
  message: string;
  /** Absent for whole-file problems. */
  span?: Span;
  /** Machine-readable fix, e.g. the replacement text for mojibake. */
  fix?: { span: Span; replacement: string; title: string };
}

// ---------------------------------------------------------------------------
// Quantities

/**
 * Dimension exponents. Base dimensions: s (time), B (bytes), FLOP, W, USD.
 * Count nouns (token, GPU, param, ...) are tracked separately in `Quantity.noun`
 * and `Quantity.per` and are dimensionless here.
 */
export interface Dimension {
  s?: number;
  B?: number;
  FLOP?: number;
  W?: number;
  USD?: number;
}

export type Hedge =
  | 'exact' // "80 GB"
  | 'approx' // "~2 KB", "about 300", "roughly", "≈"
  | 'atLeast' // "over 100", ">100", "100+", "500-plus", "at least"
  | 'atMost'; // "under 5 ms", "<5", "up to", "at most"

export type QuantityKind =
  | 'measure' // has a physical/monetary unit (s, B, B/s, FLOP, FLOP/s, W, USD, or a compound)
  | 'count' // plain number, possibly with a noun ("1.3M Hopper GPUs", "2,000 tokens")
  | 'multiplier' // "8x", "300 times", "twice"
  | 'percent'; // "50%"

export interface Quantity {
  span: Span; // the quantity's own text, including hedge words/symbols and its unit
  raw: string; // text of span (a copy, never a substring held from the note)
  kind: QuantityKind;
  /** Canonical value: s, B, B/s, FLOP, FLOP/s, W, USD; plain count; x for multipliers; percent as 50 for 50%. */
  value: number;
  /** [lo, hi] in canonical units for ranges ("2,000 to 3,000 tokens"), else null. */
  range: [number, number] | null;
  /** Canonical unit label: 's','B','B/s','FLOP','FLOP/s','W','USD','x','%','' (count), or compound like 'B/token', 'tokens/s', 'USD/GPU'. */
  unit: string;
  dimension: Dimension;
  hedge: Hedge;
  /** The counted thing, singular lowercase: "gpu", "token", "param", "train" ... */
  noun?: string;
  /** Denominator of a rate: "token", "gpu", "s", "layer", "request" ... ("2 KB per token" → 'token'). */
  per?: string;
  /** Number of significant digits written, used for rounding-aware tolerance. */
  significantDigits: number;
  /** Precision/sparsity qualifiers written right next to the number ("989 TFLOPS dense BF16"). */
  qualifiers?: { precision?: Precision; sparsity?: 'dense' | 'sparse' };
}

export type Precision = 'fp64' | 'fp32' | 'tf32' | 'bf16' | 'fp16' | 'fp8' | 'int8' | 'fp6' | 'fp4' | 'int4';

// ---------------------------------------------------------------------------
// Notes

export type FrontmatterKind = 'yaml' | 'toml' | 'none';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'code' | 'html' | 'thematicBreak';

/**
 * A block of prose. `span` covers the block's own content (markers included);
 * nested list items are separate blocks. `inBlockquote` marks blockquote content.
 */
export interface Block {
  kind: BlockKind;
  span: Span;
  /** Heading depth 1-6, list nesting depth (0 = top level). */
  depth: number;
  inBlockquote: boolean;
  /** For table rows: the cells' spans (content only, trimmed) and whether this is the header row. */
  cells?: Span[];
  header?: boolean;
}

export interface Heading {
  depth: number;
  text: string;
  span: Span;
  /** Slug used for [[note#section]] resolution. */
  slug: string;
}

/** A heading and everything under it until the next heading of the same or smaller depth. */
export interface Section {
  heading: Heading | null;
  span: Span;
}

export type LinkKind = 'wikilink' | 'markdown' | 'url';

export interface Link {
  kind: LinkKind;
  span: Span; // whole link text, e.g. "[[note|label]]"
  /** wikilink: the note name ("note"); markdown/url: the href. */
  target: string;
  /** wikilink "#section" part, without '#'. */
  section?: string;
  label?: string;
}

export interface Talk {
  title: string | null;
  speakers: Speaker[];
  /** As written, e.g. "6:30 PM". */
  time: string | null;
  event: string | null;
  span: Span;
  /** Where it was found. */
  source: 'frontmatter' | 'schedule' | 'table' | 'quoted-title' | 'prose';
}

export interface Speaker {
  name: string;
  affiliation: string | null;
}

export interface NoteDate {
  /** ISO 8601 date (YYYY-MM-DD) or date-time. */
  iso: string;
  original: string;
}

export interface NoteContext {
  /** Catalog id of the note's hardware (frontmatter `hardware:`), already resolved through aliases. */
  hardware?: string;
  precision?: Precision;
  /** Catalog id of the note's model architecture (frontmatter `model:`). */
  model?: string;
}

export interface Note {
  /** Path or URI string as the workspace names it. */
  id: string;
  /** File name without extension, used for wikilink resolution. */
  name: string;
  title: string;
  date: NoteDate | null;
  tags: string[];
  draft: boolean;
  event: string | null;
  frontmatterKind: FrontmatterKind;
  frontmatter: Record<string, unknown>;
  /** Span of the frontmatter block including its fences, or null. */
  frontmatterSpan: Span | null;
  context: NoteContext;
  headings: Heading[];
  sections: Section[];
  links: Link[];
  talks: Talk[];
  claims: Claim[];
  problems: Problem[];
  /** Line start offsets, to turn spans into positions without the text. */
  lineStarts: number[];
  /** Content hash (used by the persistent cache). */
  hash: string;
}

// ---------------------------------------------------------------------------
// Claims and verdicts

export type ClaimKind = 'spec' | 'roofline' | 'arithmetic' | 'market';

export type Verdict = 'consistent' | 'inconsistent' | 'unverifiable';

export interface Evaluation {
  verdict: Verdict;
  /** Model value in the claim's canonical unit, or null. */
  modelValue: number | null;
  /** claimed ÷ model, or null. */
  ratio: number | null;
  /** Human-readable unit-formatted model value, e.g. "29.4 ms". */
  modelText: string | null;
  /** Which route backed it. */
  route: 'spec' | 'model' | 'arithmetic' | null;
  /** e.g. ["hardware: H200 SXM (named in the statement)", "precision: BF16 dense"]. */
  assumptions: string[];
  /** Lines a person can follow: "141 GB ÷ 4.8 TB/s = 29.4 ms (H200 HBM3e)". */
  derivation: string[];
  /** Source URLs of every catalog figure used. */
  sources: string[];
  /** Why it is unverifiable, or the tolerance used. */
  reason: string;
  tolerance: number | null;
}

export interface Claim {
  quantity: Quantity;
  subject: string;
  /** The sentence, bullet or table row it belongs to. */
  statement: string;
  statementSpan: Span;
  section: string | null;
  speaker: string | null;
  kind: ClaimKind;
  /** Suspicious quantity ("3.6 Blackwell GPUs" next to "1.3M"): a message and a suggested replacement. */
  suspicion?: { message: string; suggestion: string };
  evaluation: Evaluation;
  /** Normalised key of the claimed quantity, for "also claimed in …" (e.g. "hbm-drain-time:nvidia-h100-sxm"). */
  key: string | null;
}
