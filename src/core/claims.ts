// Claims: every quantity in the prose of a note, with the statement it sits in
// (sentence, bullet or table row), a subject, its section and its speaker.
import type { Block, Quantity, Span, Talk } from './types.js';
import type { MarkdownStructure } from './markdown.js';
import { parseQuantities, writesDotThousands } from './quantities.js';
import { MAGNITUDE_WORDS, WORD_NUMBERS } from './quantities/lexicon.js';
import { ACCELERATORS, MODELS, SYSTEMS, UNCATALOGUED, findMentions } from './catalog/index.js';
import type { Accelerator, Mention } from './catalog/types.js';
import { isJsSpace, texMathSpans } from './text.js';
import { foldName, foldText } from './speakers.js';
import { KEYNOTE_SPEAKER_ALIASES } from './talks/names.js';
import { opensWithTalkSpeakersLabel } from './talks/schedule.js';

export interface Statement {
  span: Span;
  block: Block;
  /** For table rows: the header cells' text, by column. */
  headerCells?: string[];
  /** For table rows: the cells' spans. */
  cells?: Span[];
}

export interface DetectedClaim {
  quantity: Quantity;
  statement: Statement;
  /** All quantities of the statement, in order (for arithmetic). */
  siblings: Quantity[];
  /** Hardware and model names in the statement (absolute spans). */
  mentions: Mention[];
  subject: string;
  section: string | null;
  /** The headings the section's heading is nested under, nearest first ("# MI300X for kernel people" over "## Roofline"). */
  outerSections?: string;
  speaker: string | null;
  suspicion?: { message: string; suggestion: string };
  /** Hardware and a model named in earlier sentences of the same paragraph (the last of each). */
  carried?: Carried;
  /** A price of GPU time ("$2.10/GPU-hour") in an earlier sentence of the paragraph, for a cost per token. */
  earlierPrice?: Quantity;
  /** The last earlier sentence of the paragraph that names a precision, and the model it names, for a statement that
   *  names neither ("For Llama 3.1 70B FP8 on one H100, … . At batch 64 the step still reads 70.6 GB of weights"). */
  precisionBefore?: { span: Span; model?: Mention };
  /** A count of GPU-hours in an earlier sentence of the paragraph ("… = 73,728 GPU-hours."), for a run's cost. */
  earlierGpuHours?: Quantity;
  /** Hardware the catalog lacks, when it is the last hardware the note named before this statement (none here). */
  offCatalogBefore?: Mention;
  /** The next sentence corrects this figure ("… 5.2 TB/s. Edit: it's actually 4.8 TB/s."). */
  correctedNext?: true;
  /** The last two different chips or systems, and models, named before the figure in its section: what "the
   *  former" and "the latter" point to. */
  pairs?: { hardware?: [Mention, Mention]; model?: [Mention, Mention] };
  /** A bare "NVL72" in a statement that names no chip: the chip named last before it in its section ("Rubin"). */
  rackChip?: string;
  /**
   * The statement before frames this one as compute-optimal training: "A 70B Chinchilla run is about 5.9e23 FLOPs. For
   * an 8B model it's about 7.7e21 FLOPs.", or a question answered in the next block ("What's Chinchilla-optimal for a
   * 405B model?" › "About 8.1T tokens."), with the parameter count the question asks about.
   */
  framing?: { span: Span; params?: number };
}

/** Words that make a statement about compute-optimal (Chinchilla) training. */
const COMPUTE_OPTIMAL = /chinchilla|compute[- ]optimal/i;
/** "For an 8B model it's about …", "And for 405B, …": a statement that goes on with another size. */
const FOR_ANOTHER_SIZE = /^[\s*_>-]{0,6}(?:(?:and|so|now)\s{1,2})?(?:for|with|at)\s{1,2}(?:an?\s{1,2}|the\s{1,2})?(?:~\s{0,2}|about\s{1,2})?\d[\d.,]*\s?[BMT]\b/i;
/** A speaker's label or "A:" at the start of an answer ("**Lena Moore:** About 8.1T tokens."). */
const ANSWER_LABEL = /^[\s>]{0,4}(?:\*\*|__)?[\p{L}][\p{L} .'’-]{0,40}:(?:\*\*|__)?\s{1,2}/u;

/**
 * What a paragraph's earlier sentences named: a sentence that names no chip or model is about those
 * ("The MI300X has 192 GB. Its HBM bandwidth is 5.3 TB/s."), before the section heading or the note's.
 */
export interface Carried {
  hardware?: Mention;
  model?: Mention;
  /** From the list items an item is nested under (an outline), not from a sentence pointing back. */
  nested?: boolean;
  /** The earlier statements or the items nested under, nearest first: a precision they name holds here too. */
  spans?: Span[];
  /** From the sentence a footnote definition annotates (where its "[^label]" is). */
  footnote?: boolean;
}

const FOOTNOTE_REF = /\[\^([^\]\s]{1,100})\](?!:)/g;
const FOOTNOTE_DEFINITION = /\[\^([^\]\s]{1,100})\]:[ \t]*$/;

/** The label of the footnote definition a block is ("[^1]: …" before or at its start), if it is one. */
function footnoteLabelOf(text: string, block: Block): string | undefined {
  const lineStart = text.lastIndexOf('\n', block.span.start - 1) + 1;
  const before = text.slice(lineStart, block.span.start);
  const m = FOOTNOTE_DEFINITION.exec(before) ?? /^\[\^([^\]\s]{1,100})\]:/.exec(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 110)));
  return m ? m[1] : undefined;
}

/** A transcript turn's speaker label at a paragraph's start: "**Host:**", "**Priya Raman:**", "Q:", "Interviewer:". */
const TURN_LABEL = /^[ \t]{0,3}(?:\*\*|__)?([A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){0,3})(?::\s{0,2}(?:\*\*|__)|(?:\*\*|__)\s{0,2}:|:)[ \t]/;
/** The longest turn read as a prompt the next speaker answers (a question, "Last one — the H800."), in characters. */
const MAX_PROMPT_TURN = 240;

interface Turn {
  label: string;
  spans: Span[];
  length: number;
  /** What the turn named, once read (null: nothing). */
  carried?: Carried | null;
}

function carriedFromTurn(turn: Turn, prose: string, names: NameSource): Carried | undefined {
  if (turn.carried === undefined) turn.carried = withSpans(carriedFrom([...turn.spans], prose, names), turn.spans) ?? null;
  return turn.carried ?? undefined;
}

function turnLabel(text: string, at: number): string | undefined {
  return TURN_LABEL.exec(text.slice(at, at + 64))?.[1];
}

/** A precision's name, in lower-cased text: "bf16", "fp8", "nvfp4". */
export const PRECISION_NAME = /\b(fp64|fp32|tf32|bf16|fp16|fp8|int8|fp6|fp4|int4|nvfp4|mxfp4|mxfp8)\b/;
const PRECISION_NAME_G = new RegExp(PRECISION_NAME.source, 'g');

/**
 * For a statement that names no precision and no model: the last earlier statement of its paragraph that names a
 * precision (one of them only), with the model it names.
 */
function precisionSaidBefore(spans: readonly Span[], own: Span, ownText: string, mentions: readonly Mention[], prose: string, names: NameSource, seen: Map<number, number>): { span: Span; model?: Mention } | undefined {
  if (PRECISION_NAME.test(ownText.toLowerCase()) || mentions.some((m) => m.kind === 'model' || m.kind === 'otherModel')) return undefined;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    if (span.end > own.start) continue;
    // (How many precisions each earlier statement names, counted once: a long list asks again for every item.)
    let count = seen.get(span.start);
    if (count === undefined) {
      count = new Set(prose.slice(span.start, span.end).toLowerCase().match(PRECISION_NAME_G) ?? []).size;
      seen.set(span.start, count);
    }
    if (count === 0) continue;
    if (count > 1) return undefined;
    const model = mentionsIn(prose.slice(span.start, span.end), span.start, names).find((m) => m.kind === 'model' || m.kind === 'otherModel');
    return { span, model };
  }
  return undefined;
}

/**
 * The price a cost per token takes from earlier in its paragraph or list: the last one said of the chip the statement
 * names ("- One H100 … at $2/GPU-hour …", "- 8×H200 at $3.50/GPU-hour ($28/hour per node) …", "- … on one H100 …: ≈
 * $2.66 per million tokens" takes the $2), or of no chip; else (or when the statement names no chip) the last one.
 */
function pickPrice(prices: readonly { price: Quantity; span: Span }[], own: Span, prose: string, names: NameSource): Quantity | undefined {
  const last = prices[prices.length - 1]?.price;
  if (prices.length < 2) return last;
  const chips = (span: Span) => mentionsIn(prose.slice(span.start, span.end), span.start, names).filter((m) => m.kind === 'accelerator' || m.kind === 'system' || m.kind === 'otherHardware').map((m) => m.id);
  const here = chips(own);
  if (here.length === 0) return last;
  for (let i = prices.length - 1; i >= 0; i--) {
    const theirs = chips(prices[i]!.span);
    if (theirs.length === 0 || theirs.some((id) => here.includes(id))) return prices[i]!.price;
  }
  return last;
}

/** The last hardware and the last model the statements of `history` name (read from the end, lazily). */
function carriedFrom(history: (Mention[] | Span)[], prose: string, names: NameSource): Carried | undefined {
  let hardware: Mention | undefined;
  let model: Mention | undefined;
  for (let i = history.length - 1; i >= 0 && !(hardware && model); i--) {
    let entry = history[i]!;
    if (!Array.isArray(entry)) history[i] = entry = mentionsIn(prose.slice(entry.start, entry.end), entry.start, names);
    for (let k = entry.length - 1; k >= 0; k--) {
      const m = entry[k]!;
      if (m.kind === 'model' || m.kind === 'otherModel') model ??= m;
      else hardware ??= m;
    }
  }
  return hardware || model ? { hardware, model } : undefined;
}

/** Whether a statement names both a chip (or system) and a model itself. */
function namesBoth(mentions: readonly Mention[]): boolean {
  let hardware = false;
  let model = false;
  for (const m of mentions) {
    if (m.kind === 'model' || m.kind === 'otherModel') model = true;
    else hardware = true;
  }
  return hardware && model;
}

function withSpans(carried: Carried | undefined, spans: readonly Span[]): Carried | undefined {
  return carried ? { ...carried, spans: [...spans].reverse() } : undefined;
}

interface Ancestor {
  depth: number;
  /** The item's own text (up to its first child). */
  span: Span;
  /** That span, or its mentions once read. */
  entry: Mention[] | Span;
}

/** Steps the outline to a list item: its parents stay (each cut to its own text), its siblings and their children go. */
function enterItem(ancestors: Ancestor[], block: Block): void {
  while (ancestors.length > 0 && ancestors[ancestors.length - 1]!.depth >= block.depth) ancestors.pop();
  const parent = ancestors[ancestors.length - 1];
  if (parent && parent.span.end > block.span.start) parent.entry = parent.span = { start: parent.span.start, end: block.span.start };
  const span = { start: block.span.start, end: block.span.end };
  ancestors.push({ depth: block.depth, span, entry: span });
}

/** What the items an outline item is nested under name (the nearest first); each item's text is read once. */
function fromOutline(ancestors: Ancestor[], prose: string, names: NameSource): Carried | undefined {
  const parents = ancestors.slice(0, -1);
  const entries = parents.map((a) => a.entry);
  const carried = carriedFrom(entries, prose, names);
  entries.forEach((e, i) => (parents[i]!.entry = e));
  // (With no names, still the items' text: "- KV cache per token:" says what the figures under it are.)
  return { ...(carried ?? {}), nested: true, spans: parents.map((a) => a.span).reverse() };
}

/**
 * A sentence that points back within its first words ("Its bandwidth …", "It draws …", "In FP16 its weights …",
 * "At batch 1 the same step …"): only such a sentence takes what earlier ones named. One that does not may be
 * about anything ("NVLink 5 gives 1,800 GB/s per GPU" after a sentence about the H100 is not about the H100's
 * NVLink), and a pronoun further on is about something in the sentence ("the checkpoint is 810 GB; with Adam
 * states it's 16 bytes/param").
 */
// ("Each one has 180 gigabytes": one of what the sentence before named.)
const POINTING_WORD = /\b(?:it|its|it['’]s|this|these|they|their|them|each one|each of them|the (?:same|chip|gpu|card|accelerator|rack|system|node|box|server))\b/i;

/** A statement that goes on from the one before: "so at most ~68 tokens/s", "→ ~40 GB per sequence". */
const GOES_ON = /^\s{0,3}(?:[-*+]\s{1,4})?(?:so|hence|thus|therefore|which means|i\.e\.|→|=>|⇒)[\s,]|^\s{0,3}(?:\*\*|__)?(?:a|answer)\s?:(?:\*\*|__)?\s/i;

function pointsBack(statement: string): boolean {
  if (GOES_ON.test(statement)) return true;
  const m = POINTING_WORD.exec(statement.length > 120 ? statement.slice(0, 120) : statement);
  if (!m) return false;
  // At most four words before it.
  let words = 0;
  let inWord = false;
  for (let k = 0; k < m.index; k++) {
    const space = isJsSpace(statement.charCodeAt(k));
    if (!space && !inWord && ++words > 4) return false;
    inWord = !space;
  }
  return true;
}

// ("J. Smith": an initial is one capital letter, not a unit after a figure: "… at 700 W. The H100 …" ends a sentence.)
const ABBREVIATION = /(?:^|[\s(])(?:i\.e|e\.g|vs|approx|cf|ca|incl|avg|est|fig|eq|no|vol|ch|sec|ref|resp|ep|eps|pp|mrd|mio|mld|mln|bln|bzw|usw|z\.b)\.$|(?:^|(?<![\d.,]\s?)[\s(])\p{Lu}\.$/iu;
const SENTENCE_END = /[.!?]["')\]”’»]*\s+(?=[A-Z0-9"'(\[$~≈<>“‘«])/g;

/** Splits the note's prose blocks into statements. */
export function statementsOf(text: string, structure: MarkdownStructure): Statement[] {
  const out: Statement[] = [];
  let header: string[] | undefined;
  for (const block of structure.blocks) {
    if (block.kind === 'tableRow') {
      if (block.header) {
        header = (block.cells ?? []).map((c) => text.slice(c.start, c.end));
        continue;
      }
      out.push({ span: block.span, block, headerCells: header, cells: block.cells });
      continue;
    }
    header = undefined;
    if (block.kind === 'heading' || block.kind === 'listItem') {
      out.push({ span: block.span, block });
      continue;
    }
    // (An HTML block's text is read as a paragraph's: its markup is blanked in the prose.)
    if (block.kind !== 'paragraph' && block.kind !== 'html') continue;
    // Paragraph: each line, then each sentence in it (notes use lines as statements). A line that a hard wrap
    // cut mid-sentence goes on with the next ("at batch 1 you get\n~50 tokens/s").
    let lineStart = block.span.start;
    while (lineStart < block.span.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > block.span.end) lineEnd = block.span.end;
      while (lineEnd < block.span.end && wrapsOnto(text, lineStart, lineEnd)) {
        const next = text.indexOf('\n', lineEnd + 1);
        lineEnd = next < 0 || next > block.span.end ? block.span.end : next;
      }
      const line = text.slice(lineStart, lineEnd);
      SENTENCE_END.lastIndex = 0;
      let from = 0;
      for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
        // "i.e. 50 GB/s", "vs. B200", "J. Smith": abbreviations and initials do not end a sentence.
        if (ABBREVIATION.test(line.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
        const cut = m.index + m[0].length;
        pushTrimmed(text, out, block, lineStart + from, lineStart + cut);
        from = cut;
      }
      pushTrimmed(text, out, block, lineStart + from, lineEnd);
      lineStart = lineEnd + 1;
    }
  }
  return out;
}

/** Last words that leave a sentence open: a line ending in one was wrapped, not finished. */
const OPEN_ENDING = /(?:^|[\s(])(?:a|an|the|of|to|for|with|at|on|in|by|from|than|and|or|but|is|are|was|were|be|been|get|gets|got|gives?|has|have|had|needs?|takes?|reach(?:es)?|hits?|delivers?|uses?|runs?|does|do|did|makes?|shows?|showed|saw|says|said|claims?|claimed|quotes?|quoted|lists?|listed|puts|offers?|offered|provides?|provided|supports?|reached|achieves?|achieved|requires?|required|promises?|promised|cites?|cited|reports?|reported|estimates?|estimated|measured|peaks?|peaked|tops|topped|sustains?|sustained|rated|you|we|i|about|around|roughly|approximately|nearly|almost|per|into|over|under|between|like|as|that|which|its|their|our|your|this|these|those|each|every|only|just|~|≈|=|×|x|\+|—|–)$/i;

const LOWER_START = /^\p{Ll}/u;

/** Does the line [start, end) run on into the next one (a hard wrap inside a sentence)? */
function wrapsOnto(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isJsSpace(text.charCodeAt(e - 1))) e--;
  if (e === start) return false;
  const last = text.charCodeAt(e - 1);
  // . ! ? ; end a sentence; a line ending in two spaces or a backslash is a hard break.
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x3b || last === 0x5c) return false;
  if (end - e - (text.charCodeAt(end - 1) === 0x0d ? 1 : 0) >= 2) return false;
  // (A blockquote's next line starts after its "> " markers.)
  let n = end + 1;
  while (n < text.length && (text.charCodeAt(n) === 0x20 || text.charCodeAt(n) === 0x09 || text.charCodeAt(n) === 0x3e)) n++;
  const first = text.charCodeAt(n);
  const lower = (first >= 0x61 && first <= 0x7a) || (first > 0x7f && LOWER_START.test(text.charAt(n)));
  // ":" ends a label ("Speakers:"), unless the next line goes on in lower case ("takes per decode step:⏎about 1 ms").
  if (last === 0x3a) return lower;
  if (lower) return true;
  // "… than Llama 3.1 405B's⏎~516 KB per token": a possessive waits for what it owns.
  if (/['’]s$/.test(text.slice(Math.max(start, e - 3), e)) && !/\b(?:it|that|there|here|what|who|let)['’]s$/i.test(text.slice(Math.max(start, e - 6), e))) return true;
  return OPEN_ENDING.test(text.slice(Math.max(start, e - 16), e));
}

function isDisplayMath(prose: string, span: Span): boolean {
  let start = span.start;
  let end = span.end;
  while (start < end && isJsSpace(prose.charCodeAt(start))) start++;
  while (end > start && isJsSpace(prose.charCodeAt(end - 1))) end--;
  return end - start > 4 && prose.startsWith('$$', start) && prose.startsWith('$$', end - 2);
}

function pushTrimmed(text: string, out: Statement[], block: Block, start: number, end: number): void {
  while (start < end && (text.charCodeAt(start) === 0x3e || isJsSpace(text.charCodeAt(start)))) start++; // /[\s>]/
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ span: { start, end }, block });
}

export function detectClaims(text: string, structure: MarkdownStructure, extras: { talks: Talk[]; userAccelerators?: readonly Accelerator[]; dotThousands?: boolean }): DetectedClaim[] {
  // The user's hardware file may name chips in words the prefilter does not know: look for names everywhere then.
  const users = extras.userAccelerators && extras.userAccelerators.length > 0 ? extras.userAccelerators : undefined;
  const names: NameSource = { users, linked: wikilinkedNames(structure, users) };
  const prose = structure.prose;
  const claims: DetectedClaim[] = [];
  const sectionAt = sectionFinder(structure);
  const outerSectionsAt = outerSectionFinder(structure);
  const speakerAt = speakerFinder(text, structure, extras.talks);
  // Sentences of one paragraph, and items of one list, carry what they name to the next ones.
  // Each earlier statement's names, read only when a later one points back (most never do): its mentions if
  // they were read anyway, else its span.
  let paragraph: Block | undefined;
  let history: (Mention[] | Span)[] = [];
  /** The statements of `history`, for the precision one of them names. */
  let historySpans: Span[] = [];
  const precisionCounts = new Map<number, number>();
  // "**Host:** Last one — the H800." then "**Priya:** Same 3.35 TB/s HBM but NVLink cut to 400 GB/s.": an answer that
  // names no chip is about the one the turn before asked about (a short prompt, another speaker's).
  let turn: Turn | undefined;
  let lastTurn: Turn | undefined;
  /** The prices of the paragraph (or list) so far, each with its statement, for the one about the same chip. */
  let prices: { price: Quantity; span: Span }[] = [];
  let gpuHours: Quantity | undefined;
  let current: Block | undefined;
  let isMath = false;
  // Outlines (nested bullets, Logseq and Workflowy notes): the items an item is nested in, shallowest first, each
  // with its own text (up to its first child) or, once read, its mentions. The last is the current item.
  const ancestors: Ancestor[] = [];
  // Footnotes: a definition is about what the sentence with its reference names. Only notes with a "[^" pay for it.
  const footnotes = text.indexOf('[^') >= 0 ? new Map<string, Span>() : undefined;
  let inFootnote: Carried | undefined;
  /** The last line of the paragraph before, when it ends with a colon (it introduces what follows). */
  let leadIn: Span | undefined;
  // The last hardware named in the note so far ("my M3 Max … Decode ~7.5 tok/s"): one the catalog lacks keeps the
  // default chip from standing in for later statements that name none.
  let lastHardware: Mention | undefined;
  // The claims of the statement before, for a correction that follows it.
  const previousClaims: { block: Block | undefined; list: DetectedClaim[] } = { block: undefined, list: [] };
  // Chips and models named so far in the section, most recent last (one entry per id), for "the former/latter".
  let recentHardware: Mention[] = [];
  let recentModels: Mention[] = [];
  let recentSection: Block | undefined;
  // The statement before, for the compute-optimal framing it may give the next one.
  let before: { span: Span; block: Block; question: boolean; params?: number } | undefined;
  let firstInBlock = false;
  for (const statement of statementsOf(text, structure)) {
    const block = statement.block;
    firstInBlock = block !== current;
    if (block !== current) {
      current = block;
      if (footnotes) {
        const label = footnoteLabelOf(text, block);
        const ref = label === undefined ? undefined : footnotes.get(label);
        const from = ref ? carriedFrom([ref], prose, names) : undefined;
        inFootnote = from ? { ...from, footnote: true, spans: [ref!] } : undefined;
      }
      // A display-math paragraph ("$$ … $$") is an equation, not statements: its numbers are symbols' values.
      isMath = block.kind === 'paragraph' && isDisplayMath(prose, block.span);
      if (block.kind === 'listItem') {
        // "Same exercise for the A100 80GB:" then a list: the lead-in is the list's parent, as an outline item is.
        if (ancestors.length === 0 && leadIn && leadIn.end <= block.span.start) ancestors.push({ depth: -1, span: leadIn, entry: leadIn });
        enterItem(ancestors, block);
      } else ancestors.length = 0;
      leadIn = block.kind === 'paragraph' ? leadInOf(text, block) : block.kind === 'listItem' ? leadIn : undefined;
    }
    if (isMath) continue;
    const inParagraph = block.kind === 'paragraph' || block.kind === 'listItem';
    if (block !== paragraph) {
      const nextItem = block.kind === 'listItem' && paragraph?.kind === 'listItem' && paragraph.inBlockquote === block.inBlockquote;
      if (!nextItem) {
        // A transcript's turns: the one before, when this paragraph is another speaker's.
        const label = block.kind === 'paragraph' ? turnLabel(text, block.span.start) : undefined;
        lastTurn = label && turn && turn.label !== label && turn.length <= MAX_PROMPT_TURN ? turn : undefined;
        turn = label ? { label, spans: [], length: block.span.end - block.span.start } : undefined;
        history = [];
        historySpans = [];
        prices = [];
        gpuHours = undefined;
      }
      paragraph = inParagraph ? block : undefined;
    }
    if (turn && block === paragraph) turn.spans.push(statement.span);
    if (footnotes && occursIn(text, '[^', statement.span)) {
      FOOTNOTE_REF.lastIndex = 0;
      const own = text.slice(statement.span.start, statement.span.end);
      for (let m = FOOTNOTE_REF.exec(own); m; m = FOOTNOTE_REF.exec(own)) if (!footnotes.has(m[1]!)) footnotes.set(m[1]!, statement.span);
    }
    const pricesBefore = prices.length;
    const earlierGpuHours = gpuHours;
    const framedBy = before;
    before = undefined;
    let found = parseQuantities(prose, { start: statement.span.start, end: statement.span.end });
    // "16.384 GPUs" in a German sentence is sixteen thousand: read again the rare statement with such a figure.
    // (A note whose frontmatter says it is written in such a language reads them so in every statement.)
    // (A note that says its language is English or French keeps the dot a decimal point whatever a quote's words.)
    if (found.some(hasDotGroup) && (extras.dotThousands === true || (extras.dotThousands === undefined && writesDotThousands(prose.slice(statement.span.start, statement.span.end))))) {
      found = parseQuantities(prose, { start: statement.span.start, end: statement.span.end, dotThousands: true });
    }
    if (statement.cells && statement.headerCells) found = withHeaderUnits(prose, statement, found);
    else if (occursIn(prose, ':', statement.span)) found = withLabelUnit(prose, statement.span, found);
    if (found.length > 1) found = withParentheticalUnits(prose, found);
    if (found.length > 0 && occursIn(prose, '$', statement.span)) found = outsideTexMath(prose, statement.span, found);
    const statementText = prose.slice(statement.span.start, statement.span.end);
    // (A substring test first: the case-blind pattern over every statement cost more than the framing it finds.)
    const framesNext = inParagraph && (statementText.includes('inchilla') || /ptimal|INCHILLA|PTIMAL/.test(statementText)) && COMPUTE_OPTIMAL.test(statementText);
    before = framesNext ? { span: statement.span, block, question: /\?[\s*_)"”’]*$/.test(statementText), params: found.find((x) => (x.noun === 'param' || x.noun === 'model' || /^\d[\d.,]*\s?[BT]$/.test(x.raw.trim())) && x.value >= 1e8 && x.value < 1e14)?.value } : undefined;
    // "A 70B Chinchilla run is about 5.9e23 FLOPs. For an 8B model it's about 7.7e21 FLOPs.": the framing goes on in the
    // paragraph to a statement that only changes the size; a question's goes to the first statement of the answer.
    const framing =
      framedBy && !framesNext && inParagraph
        ? framedBy.block === block && FOR_ANOTHER_SIZE.test(statementText)
          ? { span: framedBy.span }
          : framedBy.question && framedBy.block !== block && firstInBlock && (ANSWER_LABEL.test(statementText) || GOES_ON.test(statementText))
            ? { span: framedBy.span, ...(framedBy.params !== undefined ? { params: framedBy.params } : {}) }
            : undefined
        : undefined;
    if (found.length === 0) {
      if (inParagraph) {
        history.push(statement.span);
        historySpans.push(statement.span);
      }
      continue;
    }
    const mentions = mentionsIn(statementText, statement.span.start, names);
    const hardwareBefore = lastHardware;
    for (const m of mentions) if (m.kind === 'accelerator' || m.kind === 'system' || m.kind === 'otherHardware') lastHardware = m;
    if (block.kind === 'heading' && block !== recentSection) {
      recentSection = block;
      recentHardware = [];
      recentModels = [];
    }
    const recentBefore = { hardware: recentHardware, models: recentModels };
    const refersBack = FORMER_LATTER.test(statementText);
    for (const m of mentions) {
      if (m.kind === 'accelerator' || m.kind === 'system') recentHardware = pushRecent(recentHardware, m);
      else if (m.kind === 'model') recentModels = pushRecent(recentModels, m);
    }
    // (An outline item that names its own chip and model needs nothing from its parents: their names are not read.)
    const earlier =
      inFootnote && !namesBoth(mentions)
        ? inFootnote
        : history.length > 0 && pointsBack(statementText)
        ? withSpans(carriedFrom(history, prose, names), historySpans)
        : ancestors.length > 1 && !namesBoth(mentions)
          ? fromOutline(ancestors, prose, names)
          : lastTurn && block === paragraph && !mentions.some((m) => m.kind !== 'model' && m.kind !== 'otherModel')
            ? carriedFromTurn(lastTurn, prose, names)
            : undefined;
    if (inParagraph) {
      history.push(mentions);
      historySpans.push(statement.span);
      let price: Quantity | undefined;
      for (const q of found) if (pricePerSecond(q) !== undefined) price = q;
      if (price) prices.push({ price, span: statement.span });
      for (const q of found) if (q.noun === 'gpu-hour' && q.kind === 'count' && !q.per) gpuHours = q;
    }
    // A number inside a product or model name ("Llama 3.1 70B", "H200 141GB") is part of the name.
    const quantities = found.filter(
      (q) =>
        !(mentions.length > 0 && insideMention(q, mentions)) &&
        // "one sequence", "a node": the article, not a figure anyone would check.
        !(q.kind === 'count' && q.value === 1 && /^(?:one|a|an)\s/i.test(q.raw)) &&
        // "room 4B", "gate 12", "row 3": labels, not figures.
        !(mayFollowLabel(prose, Math.max(0, q.span.start - 12), q.span.start) &&
          /\b(?:room|gate|seat|row|floor|suite|hall|building|table|booth|level|stage|track|apt)\.?\s*$/i.test(prose.slice(Math.max(0, q.span.start - 12), q.span.start))) &&
        !isPartOfName(prose, q) &&
        // "Phone: +41 44 632 11 11", "Postal code 8092": digits of a phone number or an address, not figures.
        !(q.kind === 'count' && !q.noun && !q.per && CONTACT_DIGITS_BEFORE.test(prose.slice(Math.max(0, q.span.start - 32), q.span.start))),
    );
    if (quantities.length === 0) continue;
    // "The slide said 5.2 TB/s. Edit: it's actually 4.8 TB/s.": the statement before a correction in the same block
    // loses its figures of the corrected unit.
    if (inParagraph && CORRECTION.test(statementText) && previousClaims.block === block) {
      for (const c of previousClaims.list) if (quantities.some((x) => x.unit === c.quantity.unit)) c.correctedNext = true;
    }
    // "Rubin is next. The NVL72 rack delivers 3.6 EF": a bare rack name is the rack of the chip named last before it.
    const bare = mentions.some((m) => m.kind === 'accelerator') ? undefined : mentions.find((m) => m.kind === 'system' && BARE_RACK.test(m.raw));
    const bareRack = bare ? rackChipBefore(history, recentBefore.hardware, prose, names, SYSTEMS.find((x) => x.id === bare.id)?.gpusPerDomain) : undefined;
    // "228 KB on Hopper, up from 164 KB on A100": a figure with no words of its own continues the
    // subject of the statement's previous figure of the same unit.
    let previous: { unit: string; subject: string } | undefined;
    const claimsBefore = claims.length;
    let precisionBefore: DetectedClaim['precisionBefore'] | null | undefined;
    // (The headings above a statement are the same for all its figures: looked up once.)
    const outerSections = outerSectionsAt(statement.span.start);
    for (const [at, quantity] of quantities.entries()) {
      // "4 things he's excited about", "top 4 US CSPs": small enumerations are operands, not claims.
      // ("Its weights need 5 H100s" is a claim: how many chips a model takes.)
      // ("Mixtral's sparsity is 8" is a claim: an MoE's sparsity, said of a model the statement names.)
      if (isEnumeration(quantity) && gpusNeededCue(prose, quantity, mentions, statement.span.start) === undefined && !(SPARSITY_BEFORE.test(prose.slice(Math.max(statement.span.start, quantity.span.start - 24), quantity.span.start)) && mentions.some((m) => m.kind === 'model'))) continue;
      // "8×H200", "8x H100 node": how many chips, an operand (a fleet's size), not a claim of its own.
      if (isChipCount(quantity, mentions, prose)) continue;
      shareCommonParts(quantity);
      claims.push({
        quantity,
        statement,
        // (A statement with hundreds of figures, a minified line or a huge list item, gives each figure the ones around
        // it: every check reads its siblings, and all of them would make the statement quadratic.)
        siblings: quantities.length > MAX_SIBLINGS ? quantities.slice(Math.max(0, at - MAX_SIBLINGS / 2), at + MAX_SIBLINGS / 2) : quantities,
        mentions,
        subject: subjectOrPrevious(prose, statement, quantity, previous),
        section: sectionAt(quantity.span.start),
        ...outerSections,
        speaker: speakerAt(quantity.span.start),
        carried: earlier,
      });
      if (pricesBefore > 0 && quantity.unit === 'USD/token') claims[claims.length - 1]!.earlierPrice = pickPrice(prices.slice(0, pricesBefore), statement.span, prose, names);
      if (precisionBefore === undefined && inParagraph && historySpans.length > 1 && (quantity.unit === 'B' || quantity.unit === 's' || quantity.noun === 'token')) precisionBefore = precisionSaidBefore(historySpans, statement.span, statementText, mentions, prose, names, precisionCounts) ?? null;
      if (precisionBefore) claims[claims.length - 1]!.precisionBefore = precisionBefore;
      if (earlierGpuHours && quantity.unit === 'USD' && !quantity.per) claims[claims.length - 1]!.earlierGpuHours = earlierGpuHours;
      if (hardwareBefore?.kind === 'otherHardware') claims[claims.length - 1]!.offCatalogBefore = hardwareBefore;
      if (refersBack) claims[claims.length - 1]!.pairs = pairsBefore(recentBefore, mentions, quantity.span.start);
      if (bareRack) claims[claims.length - 1]!.rackChip = bareRack;
      if (framing) claims[claims.length - 1]!.framing = framing;
      previous = { unit: quantity.unit, subject: claims[claims.length - 1]!.subject };
    }
    previousClaims.block = block;
    previousClaims.list = claims.slice(claimsBefore);
  }
  flagSuspicious(text, claims);
  return claims;
}

const MAX_SIBLINGS = 128;

const FORMER_LATTER = /\b(?:former|latter)\b/i;

/** A rack named by its size alone ("NVL72", "NVL144's"). */
export const BARE_RACK = /^\s*nvl\d{2,3}(?:['’]?s)?\s*$/i;

/**
 * The chip whose rack of `size` GPUs a bare "NVL72" means: the last chip named before it in its paragraph, else in its
 * section, that such a rack is built from (a fully named system counts as its chip; "B300", an HGX part, is no rack's).
 */
function rackChipBefore(history: (Mention[] | Span)[], recent: readonly Mention[], prose: string, names: NameSource, size: number | undefined): string | undefined {
  const rackChip = (m: Mention): string | undefined => {
    const chip = m.kind === 'accelerator' ? m.id : m.kind === 'system' && !BARE_RACK.test(m.raw) ? SYSTEMS.find((x) => x.id === m.id)?.accelerator : undefined;
    return chip !== undefined && SYSTEMS.some((x) => x.accelerator === chip && x.gpusPerDomain === size) ? chip : undefined;
  };
  // (A statement that names two such chips, "GB200 NVL72 is 120 kW; GB300 NVL72 142 kW", says neither: the bare name
  // then means what it does on its own.)
  const onlyChipOf = (mentions: readonly Mention[]): string | null | undefined => {
    let found: string | undefined;
    for (const m of mentions) {
      const chip = rackChip(m);
      if (chip && found && chip !== found) return null;
      found ??= chip;
    }
    return found;
  };
  for (let i = history.length - 1; i >= 0; i--) {
    let entry = history[i]!;
    if (!Array.isArray(entry)) history[i] = entry = mentionsIn(prose.slice(entry.start, entry.end), entry.start, names);
    const chip = onlyChipOf(entry);
    if (chip !== undefined) return chip ?? undefined;
  }
  return onlyChipOf(recent) ?? undefined;
}

/** A paragraph's last line if it ends with ":" ("Same exercise for the A100 80GB:"). */
function leadInOf(text: string, block: Block): Span | undefined {
  let end = block.span.end;
  while (end > block.span.start && isJsSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) !== 0x3a) return undefined;
  const start = Math.max(block.span.start, text.lastIndexOf('\n', end - 1) + 1);
  return { start, end };
}
const CORRECTION = /^\s{0,2}(?:\*\*)?(?:edit|correction|update|erratum)\s{0,2}(?:\*\*)?\s{0,2}:|^\s{0,2}(?:actually|scratch that|no wait),?\s{1,2}(?:it['’]?s|it is|that['’]?s|that is|the (?:real|right|correct) (?:figure|number) is)\b/i;

function pushRecent(list: Mention[], m: Mention): Mention[] {
  const out = list.filter((x) => x.id !== m.id);
  out.push(m);
  return out.length > 4 ? out.slice(-4) : out;
}

/** The last two different chips and models named before `at`: the section's before the statement, then its own. */
function pairsBefore(recent: { hardware: Mention[]; models: Mention[] }, own: readonly Mention[], at: number): DetectedClaim['pairs'] {
  let hardware = recent.hardware;
  let models = recent.models;
  for (const m of own) {
    if (m.span.start >= at) break;
    if (m.kind === 'accelerator' || m.kind === 'system') hardware = pushRecent(hardware, m);
    else if (m.kind === 'model') models = pushRecent(models, m);
  }
  return {
    hardware: hardware.length >= 2 ? [hardware[hardware.length - 2]!, hardware[hardware.length - 1]!] : undefined,
    model: models.length >= 2 ? [models[models.length - 2]!, models[models.length - 1]!] : undefined,
  };
}

/** "1.000 W", "16.384 GPUs": a figure with a dot between digits and exactly three digits after it. */
function hasDotGroup(q: Quantity): boolean {
  const raw = q.raw;
  for (let at = raw.indexOf('.'); at >= 0; at = raw.indexOf('.', at + 1)) {
    if (isDigitAt(raw, at - 1) && isDigitAt(raw, at + 1) && isDigitAt(raw, at + 2) && isDigitAt(raw, at + 3) && !isDigitAt(raw, at + 4)) return true;
  }
  return false;
}

function isDigitAt(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i));
}

/** Does `needle` start inside `span`? (Searching to the end of the note instead made every statement cost the rest of the note.) */
function occursIn(text: string, needle: string, span: Span): boolean {
  const at = text.indexOf(needle, span.start);
  return at >= 0 && at + needle.length <= span.end;
}

/** A price of GPU time ("$2.10/GPU-hour", "$2/hr") in dollars per second; undefined for any other figure. */
export function pricePerSecond(q: Quantity): number | undefined {
  if (!q.unit.startsWith('USD/') || q.dimension.USD !== 1) return undefined;
  if (q.dimension.s === -1 && Object.keys(q.dimension).length === 2) return q.value;
  return /^USD\/(?:(?:gpu|chip|accelerator|card)[- ]?)?(?:hour|hr|h)$/i.test(q.unit) ? q.value / 3600 : undefined;
}

/** Where hardware and model names come from besides the prose: the user's hardware file, and wikilinks. */
interface NameSource {
  users: readonly Accelerator[] | undefined;
  /** Wikilinks that show a chip's or model's name ("[[H200]]", "[[B200|Blackwell]]"), spanning the link, in order. */
  linked: readonly Mention[];
}

/** Hardware and model names in a statement's text (absolute spans); a surname that spells a chip is none. */
function mentionsIn(statementText: string, base: number, names: NameSource): Mention[] {
  const mentions: Mention[] = [];
  const users = names.users;
  if (users || mayNameHardware(statementText)) {
    for (const m of findMentions(statementText, users)) {
      if (isSurname(statementText, m.span.start, m.raw)) continue;
      // Spelled out, not spread: object spread is slow on this path (same keys, same order).
      mentions.push({ span: { start: m.span.start + base, end: m.span.end + base }, id: m.id, kind: m.kind, raw: m.raw });
    }
  }
  if (names.linked.length === 0) return mentions;
  const end = base + statementText.length;
  let added = false;
  for (const m of names.linked) {
    if (m.span.start >= end) break;
    if (m.span.start >= base && m.span.end <= end) {
      mentions.push(m);
      added = true;
    }
  }
  if (added && mentions.length > 1) mentions.sort((a, b) => a.span.start - b.span.start);
  return mentions;
}

/** Words a wikilink may show beside a chip's name and still be that chip ("[[NVIDIA H100 GPU]]"). */
const NAME_EXTRAS = /^(?:[\s_\-.,'’]|nvidia|amd|google|aws|intel|the|gpus?|chips?|accelerators?|tpus?)*$/i;

/**
 * The prose has every wikilink blanked (a link to a note named "2024-03-18_kv-cache-on-tpu-v5e" is no statement
 * about the v5e), so a link that shows just a chip's or model's name ("[[H200]]", "[[H100 SXM|H100]]",
 * "chip:: [[MI300X]]") is named here, as one mention spanning the link.
 */
function wikilinkedNames(structure: MarkdownStructure, users: readonly Accelerator[] | undefined): Mention[] {
  const out: Mention[] = [];
  for (const link of structure.links) {
    if (link.kind !== 'wikilink') continue;
    const shown = link.label ?? link.target;
    if (shown.length > 48 || !(users || mayNameHardware(shown))) continue;
    const found = findMentions(shown, users);
    if (found.length !== 1) continue;
    const m = found[0]!;
    if (!NAME_EXTRAS.test(shown.slice(0, m.span.start)) || !NAME_EXTRAS.test(shown.slice(m.span.end))) continue;
    out.push({ span: { start: link.span.start, end: link.span.end }, id: m.id, kind: m.kind, raw: m.raw });
  }
  return out;
}

function isChipCount(q: Quantity, mentions: Mention[], prose: string): boolean {
  if (q.kind !== 'multiplier' || !Number.isInteger(q.value) || q.value < 2 || !/^\d+\s*[x×]$/i.test(q.raw)) return false;
  const chip = mentions.find((m) => m.kind !== 'model' && m.kind !== 'otherModel' && m.span.start >= q.span.end && m.span.start - q.span.end <= 1);
  if (!chip) return false;
  // "8×H200" glued, "an 8x H100 node", "on 8x H100": a count. "B200 is 2x H100": a ratio, a claim.
  if (chip.span.start === q.span.end) return true;
  if (/^\s*(?:node|server|box|system|cluster|pod|rig|machine|instance|host|board|baseboard|tray)s?\b/i.test(prose.slice(chip.span.end, chip.span.end + 14))) return true;
  return /\b(?:a|an|one|on|with|per|each|of|across|over|using|two|four)\s*$/i.test(prose.slice(Math.max(0, q.span.start - 10), q.span.start));
}

/** Does the quantity's first digit fall inside a mention ("H200 141GB", "Llama 3.1 70B")? */
function insideMention(q: Quantity, mentions: Mention[]): boolean {
  const digit = q.span.start + Math.max(0, q.raw.search(/\d/));
  return mentions.some((m) => digit >= m.span.start && digit < m.span.end);
}

/** Last letters of the label words (room, gate, seat, row, floor, hall, building, booth, track ...). */
const LABEL_LAST_LETTERS = new Set([...'metwrlghk'].map((c) => c.charCodeAt(0)));

/**
 * A necessary condition for the label regex on text[lo, hi): after stripping trailing
 * whitespace and one optional ".", it ends with the last letter of a label word (any case).
 */
function mayFollowLabel(text: string, lo: number, hi: number): boolean {
  let k = hi - 1;
  while (k >= lo && isJsSpace(text.charCodeAt(k))) k--;
  if (k >= lo && text.charCodeAt(k) === 0x2e) k--;
  return k >= lo && LABEL_LAST_LETTERS.has(text.charCodeAt(k) | 32);
}

/** The column header of the cell a quantity sits in, and the row's first cell. */
/**
 * "$t = 141\,\text{GB} / 4.8\,\text{TB/s} \approx 29\,\text{ms}$": LaTeX math is read by no one's
 * eyes as prose; its numbers are not claims. Only `$…$` holding a backslash command counts as math
 * ("$2/hr to $3/hr" is money).
 */
function outsideTexMath(prose: string, span: Span, found: Quantity[]): Quantity[] {
  const spans = texMathSpans(prose.slice(span.start, span.end));
  if (spans.length === 0) return found;
  const inMath = (q: Quantity) => {
    for (let i = 0; i < spans.length; i += 2) if (q.span.start >= span.start + spans[i]! && q.span.start < span.start + spans[i + 1]!) return true;
    return false;
  };
  return found.filter((q) => !inMath(q));
}

/** A column header's unit: "HBM (GB)", "BW [TB/s]", "Power, kW"; '' when it has none. Few headers, asked per row. */
const headerUnits = new Map<string, string>();
const HEADER_LAST_WORD = /(?:^|\s)([A-Za-z][A-Za-z/]{0,11})\s*$/;
const HEADER_UNIT = /(?:[([]\s{0,2}([^()[\]]{1,16}?)\s{0,2}[)\]]|,\s{0,2}([^\s,()[\]]{1,12}))\s*$/;

const CALENDAR_WORD = /^(?:years?|months?|weeks?|days?|quarters?)$/i;

function headerUnit(header: string): string {
  let unit = headerUnits.get(header);
  if (unit === undefined) {
    // "HBM (GB)", "BW [TB/s]", "Power, W"; else a unit as the header's last word ("BF16 dense TFLOPS", "BW TB/s").
    // A footnote mark after it is none of it ("ICI (GB/s)¹"), nor what qualifies it ("(GB/s, bidir)").
    const bare = header.trimEnd().replace(FOOTNOTE_MARK, '');
    // A unit only if "1 <it>" reads as a measure ("(GB)", "(TFLOPS)"), not "(dense)" or "(2024)".
    const asUnit = (m: RegExpExecArray | null): string => {
      const candidate = m ? (m[1] ?? m[2])!.split(/[,;]/)[0]!.trim() : '';
      const q = candidate ? parseQuantities(`1 ${candidate}`) : [];
      // ("roofline tok/s": a token rate, a count per second, is a column's unit too.)
      return q.length === 1 && (q[0]!.kind === 'measure' || isTokenRate(q[0]!)) && q[0]!.span.end === candidate.length + 2 ? candidate : '';
    };
    const m = HEADER_UNIT.exec(bare);
    // ("TFLOPS (BF16)": what the brackets hold qualifies the unit before them. Not "Year (2024)": a calendar word
    // before brackets names the column, as "Date" would.)
    const before = m ? HEADER_LAST_WORD.exec(bare.slice(0, m.index)) : null;
    unit = m ? asUnit(m) || (before && !CALENDAR_WORD.test(before[1]!) ? asUnit(before) : '') : asUnit(HEADER_LAST_WORD.exec(bare));
    if (headerUnits.size >= 1000) headerUnits.clear();
    headerUnits.set(header, unit);
  }
  return unit;
}

/**
 * "Ridge points (FLOP/byte): H100 ≈ 295, B200 ≈ 281": a label's unit in parentheses before a colon gives the
 * bare numbers listed after it their unit (names' digits, as in "H100", are not numbers).
 */
function withLabelUnit(prose: string, span: Span, found: Quantity[]): Quantity[] {
  const text = prose.slice(span.start, span.end);
  // ("(FLOP/byte, BF16 dense):": the unit is the label's first part; the rest qualifies it.)
  const label = /\(([^()]{1,40})\)\s{0,2}:/.exec(text);
  if (!label) return found;
  const unit = headerUnit(`(${label[1]!.split(/[,;]/)[0]!.trim()})`);
  if (!unit) return found;
  const from = label.index + label[0].length;
  let out: Quantity[] | undefined;
  for (const m of text.slice(from).matchAll(/(?<![\p{L}\p{N}.,])([≈~]\s{0,2})?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\p{L}\p{N}%]|[.,]\d)/gu)) {
    const start = span.start + from + m.index! + (m[1]?.length ?? 0);
    const end = start + m[2]!.length;
    if (found.some((x) => x.span.start < end && start < x.span.end && x.kind !== 'count')) continue;
    const q = measureWithUnit(`${m[1] ?? ''}${m[2]}`, unit, { start: start - (m[1]?.length ?? 0), end });
    if (!q) continue;
    out ??= found.filter((x) => !(x.span.start >= span.start + from && x.kind === 'count' && !x.noun));
    out.push(q);
  }
  return out ? out.sort((a, b) => a.span.start - b.span.start) : found;
}

const VARIANT_WORD = /^\s{0,2}(?:sparse|dense|with sparsity|bidirectional|bi-directional|per direction|each way|fp64|fp32|tf32|bf16|fp16|fp8|fp6|fp4|int8|int4|peak|boost)\b/i;

/**
 * "~2 PFLOPS dense (~4 sparse)", "900 GB/s (450 per direction)": a bare number in a parenthesis right after a
 * figure, naming a variant of it, has that figure's unit.
 */
function withParentheticalUnits(prose: string, found: Quantity[]): Quantity[] {
  let out: Quantity[] | undefined;
  for (let i = 1; i < found.length; i++) {
    const q = found[i]!;
    const prev = found[i - 1]!;
    if (q.kind !== 'count' || q.noun || prev.kind !== 'measure' || !prev.unit) continue;
    const gap = prose.slice(prev.span.end, q.span.start);
    if (gap.length > 24 || !/\(\s{0,2}$/.test(gap) || /[.;)]/.test(gap)) continue;
    const variant = VARIANT_WORD.exec(prose.slice(q.span.end, q.span.end + 20));
    if (!variant) continue;
    const unitText = prevUnitText(prev);
    if (!unitText) continue;
    const r = measureWithUnit(q.raw.trim(), unitText, q.span);
    if (!r || r.unit !== prev.unit) continue;
    // "(10 with sparsity)", "(~4 sparse)": the variant's sparsity is its own, whatever the statement says elsewhere.
    const sparsity = /spars/i.test(variant[0]) ? 'sparse' : /dense/i.test(variant[0]) ? 'dense' : undefined;
    if (sparsity) r.qualifiers = { ...prev.qualifiers, sparsity };
    out ??= found.slice();
    out[i] = r;
  }
  return out ?? found;
}

/** The unit as written in a figure's raw text ("2 PFLOPS" → "PFLOPS"). */
function prevUnitText(q: Quantity): string | undefined {
  const m = /\d(?:[\d.,]*\d)?\s{0,2}([^\d\s][^\s]*)\s*$/u.exec(q.raw);
  return m ? m[1] : undefined;
}

/**
 * A bare number given a unit written elsewhere (a column header, a label, the figure before it): the measure
 * "NUMBER UNIT" reads as, spanning the number in the note; its raw text says the unit it was given.
 */
function measureWithUnit(number: string, unit: string, span: Span): Quantity | undefined {
  const raw = `${number} ${unit}`;
  const q = parseQuantities(raw)[0];
  return q && (q.kind === 'measure' || isTokenRate(q)) ? { ...q, span, raw } : undefined;
}

/** "1 tok/s", "209 tokens/s": a count of tokens per second. */
function isTokenRate(q: Quantity): boolean {
  return q.kind === 'count' && q.noun === 'token' && q.per === 's';
}

const BARE_NUMBER = /^[~≈]?\s{0,2}\d[\d,]*(?:\.\d+)?$/;
const FOOTNOTE_MARK = /[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+$/;
const PARAM_HEADER = /\b(?:params?|parameters?|active|total|size)\b/i;

function paramCount(number: string, unit: string, span: Span): Quantity | undefined {
  const raw = `${number}${unit} params`;
  const q = parseQuantities(raw)[0];
  return q && q.noun === 'param' ? { ...q, span, raw } : undefined;
}

/**
 * "| H100 SXM | 80 | 3.35 |" under "| Chip | HBM (GB) | BW (TB/s) |": a bare number in a cell takes
 * its column's unit. The quantity spans the number; its raw text says the unit it was given.
 */
function withHeaderUnits(prose: string, statement: Statement, found: Quantity[]): Quantity[] {
  const cells = statement.cells!;
  const headers = statement.headerCells!;
  let out: Quantity[] | undefined;
  for (let i = 1; i < cells.length; i++) {
    const header = headers[i];
    if (!header) continue;
    // A "per user" or "per GPU" column: a rate in it is per user or per GPU ("~35 tok/s" under "per user").
    const perHeader = HEADER_PER.exec(header);
    if (perHeader) {
      const cell = cells[i]!;
      const at = (out ?? found).findIndex((x) => x.span.start >= cell.start && x.span.start < cell.end && x.kind === 'count' && x.per === 's' && x.dimension.s === -1);
      if (at >= 0) {
        out ??= found.slice();
        const x = out[at]!;
        const who = perHeader[1]!.toLowerCase();
        out[at] = { ...x, per: `s/${who}`, unit: `${x.unit}/${who === 'gpu' ? 'GPU' : who}` };
      }
      continue;
    }
    // (Else the row's: a table with chips as columns, "| HBM (GB) | 288 | 180 |" under "| Spec | MI355X | B200 |".)
    const columnUnit = headerUnit(header);
    const label = columnUnit ? header : prose.slice(cells[0]!.start, cells[0]!.end).trim();
    const unit = columnUnit || headerUnit(label);
    if (!unit) continue;
    const cell = cells[i]!;
    const raw = prose.slice(cell.start, cell.end);
    // ("141*", "1000¹": a footnote marker after the number is no part of it.)
    const number = raw.trim().replace(FOOTNOTE_MARK, '');
    if (!BARE_NUMBER.test(number)) continue;
    const start = cell.start + raw.indexOf(number);
    // "Params (B)", "Active (B)": billions of parameters, not bytes.
    const withUnit = /^[KMBT]$/.test(unit) && PARAM_HEADER.test(label) ? paramCount(number, unit, { start, end: start + number.length }) : measureWithUnit(number, unit, { start, end: start + number.length });
    if (!withUnit) continue;
    out ??= found.slice();
    const at = out.findIndex((x) => x.span.start >= cell.start && x.span.start < cell.end);
    if (at >= 0) out[at] = withUnit;
    else out.push(withUnit);
  }
  return out ? out.sort((a, b) => a.span.start - b.span.start) : found;
}

const HEADER_PER = /^\s*(?:[\w/.-]+\s+){0,2}(?:per|\/)\s?(user|gpu|chip|stream|request|sequence)\s*$/i;

export function cellContext(text: string, statement: Statement, q: Quantity): { header: string; rowLabel: string; cell: string } | undefined {
  if (!statement.cells || !statement.headerCells) return undefined;
  const index = statement.cells.findIndex((c) => q.span.start >= c.start && q.span.start <= c.end);
  if (index < 0) return undefined;
  // The row's label is its first cell, with the cells of words after it that come before this one ("| ICI | TPU v5p |
  // 600 |": the link and the chip it is of).
  let rowLabel = index > 0 && statement.cells[0] ? text.slice(statement.cells[0].start, statement.cells[0].end) : '';
  for (let k = 1; k < index; k++) {
    const c = statement.cells[k]!;
    const words = text.slice(c.start, c.end).trim();
    if (words && !/^[\d$€£¥~≈<>≥≤.,+-]/.test(words) && words.length <= 40) rowLabel += ` · ${words}`;
  }
  const cell = statement.cells[index]!;
  return { header: statement.headerCells[index] ?? '', rowLabel, cell: text.slice(cell.start, cell.end) };
}

const STOP = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'of', 'at', 'in', 'on', 'to', 'for', 'with', 'and', 'or', 'the', 'a', 'an', 'about',
  'around', 'roughly', 'approximately', 'nearly', 'over', 'under', 'than', 'more', 'less', 'has', 'have', 'had', 'that', 'this',
  'it', 'its', 'so', 'by', 'from', 'takes', 'take', 'every', 'each', 'per', 'up', 'as', 'vs', 'like', 'into', 'which', 'we', 'you',
  'i', 'they', 'he', 'she', 'there', 'then', 'just', 'only', 'also', 'now', 'can', 'will', 'would', 'could', 'gets', 'get', 'got',
  'makes', 'make', 'gives', 'give', 'need', 'needs', 'same', 'what', 'who', 'how', 'when', 'where', 'why', 'but', 'if', 'not', 'no',
]);

// Words may start with a digit ("405B", "3.1"): a figure is either part of a name or another
// quantity, and the subject scans below decide which; dropped digits left "Llama B" and "T tokens".
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’._/-]*/gu;

/** In ASCII, what WORD's classes read: 1 a letter or digit (starts a word), 2 one of ' . _ / - (continues one). */
const ASCII_WORD_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57)) ASCII_WORD_CLASS[c] = 1;
  else if ("'._/-".includes(String.fromCharCode(c))) ASCII_WORD_CLASS[c] = 2;
}

/** A word that starts with a digit: "3.1", "405B", "15.6T", "2024". */
function isFigureWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Figures right after a capitalised word are part of its name: "Llama 3.1 405B", "Gemini 2.5", "MI300X 192GB". */
function continuesName(words: readonly string[], i: number): boolean {
  let k = i;
  while (k >= 0 && isFigureWord(words[k]!)) k--;
  if (k < 0) return false;
  const w = words[k]!;
  const c = w.charCodeAt(0);
  return ((c >= 65 && c <= 90) || (c > 127 && w[0] !== w[0]!.toLowerCase())) && !STOP.has(w.toLowerCase()) && !isUnitWord(w);
}

/** text.slice(a, b).match(WORD) ?? [], with a plain scan when the range is ASCII. */
function wordsIn(text: string, a: number, b: number): string[] {
  const words: string[] = [];
  let k = a;
  while (k < b) {
    const c = text.charCodeAt(k);
    if (c >= 128) return text.slice(a, b).match(WORD) ?? [];
    if (ASCII_WORD_CLASS[c] !== 1) {
      k++;
      continue;
    }
    const s = k++;
    for (; k < b; k++) {
      const d = text.charCodeAt(k);
      if (d >= 128) return text.slice(a, b).match(WORD) ?? [];
      if (ASCII_WORD_CLASS[d] === 0) break;
    }
    words.push(text.slice(s, k));
  }
  return words;
}

/** A short noun phrase naming what the quantity measures. */
function subjectOrPrevious(prose: string, statement: Statement, q: Quantity, previous: { unit: string; subject: string } | undefined): string {
  return subjectWords(prose, statement, q) ?? (previous && previous.unit === q.unit ? previous.subject : fallbackSubject(q));
}

function fallbackSubject(q: Quantity): string {
  return q.unit === 's' ? 'duration' : q.unit ? q.unit : 'number';
}

export function subjectOf(prose: string, statement: Statement, q: Quantity): string {
  return subjectWords(prose, statement, q) ?? fallbackSubject(q);
}

/** The words that name what a figure is about; undefined when there are none around it. */
function subjectWords(prose: string, statement: Statement, q: Quantity): string | undefined {
  const text = prose;
  if (statement.cells && statement.headerCells) {
    const ctx = cellContext(text, statement, q);
    if (ctx && (ctx.header || ctx.rowLabel)) return collapseSpaces(ctx.rowLabel && ctx.header ? `${ctx.rowLabel} ${ctx.header}` : ctx.rowLabel || ctx.header);
  }
  // Words right after the quantity: "1.3M hopper GPUs", "$1T+ data center Capex", "8 TB/s of HBM3e".
  const after = wordsAfter(text, q.span.end, statement.span.end, 4);
  // Count nouns sit inside the quantity's own text: "1.3M hopper GPUs" → "hopper GPUs".
  const nounWords = q.noun ? countedWords(q.raw) : [];
  if (nounWords.length) return [...nounWords, ...after].slice(0, 5).join(' ');
  if (q.noun && after.length) return after.join(' ');
  if (after.length && (q.kind === 'count' || q.unit === 'USD')) return after.join(' ');
  // Only now the words before (the costlier look): none of the cases above needs them.
  const before = trimSubjectWords(wordsBefore(text, statement.span.start, q.span.start, 4));
  if (before.length) {
    const perPart = q.per && !/\b(s|second)\b/.test(q.per) ? ` per ${q.per}` : '';
    return before.join(' ') + (after.length && after[0] === 'of' ? '' : perPart);
  }
  if (after.length) return after.join(' ');
  return undefined;
}

/** Words of a figure written in words ("two to three thousand", "one and a half"), up to the counted noun. */
const NUMBER_PHRASE_WORDS = new Set([
  ...WORD_NUMBERS.keys(), ...MAGNITUDE_WORDS.keys(), 'hundred', 'dozen', 'a', 'an', 'and', 'or', 'to', 'half', 'quarter', 'quarters', 'of',
]);

/** The words of a count's noun phrase inside its raw text: "1.3M hopper GPUs" → hopper GPUs, "two to three thousand GPUs" → GPUs. */
function countedWords(raw: string): string[] {
  if (/\d/.test(raw)) return raw.replace(/^[^\d]*[\d.,]+(?:[ \u2009\u202f\u00a0]\d{3}(?!\d))*(?:\s*(?:[kKMBT]|bn|thousand|million|billion|trillion|quadrillion)\b)?[+]?\s*/, '').match(WORD) ?? [];
  const words = raw.match(WORD) ?? [];
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    const dash = w.indexOf('-');
    if (NUMBER_PHRASE_WORDS.has(dash > 0 ? w.slice(0, dash) : w)) last = i;
  }
  return words.slice(last + 1);
}

// Words around a subject that say how it was heard, not what it is: "Apparently", "Reminder",
// "Zoë thinks", "Llama 3.1 405B took". Dropped from either end while another word remains.
const LEAD_INS = new Set(['apparently', 'reminder', 'note', 'notes', 'key', 'number', 'tl;dr', 'tldr', 'til', 'fyi', 'btw', 'so', 'also', 'anyway', 'basically', 'honestly', 'reportedly', 'supposedly']);
const TRAILING_VERBS = new Set([
  'said', 'says', 'say', 'claimed', 'claims', 'claim', 'thinks', 'think', 'thought', 'took', 'takes', 'ran', 'runs', 'holds',
  'hold', 'does', 'do', 'did', 'shipped', 'ships', 'costs', 'cost', 'needs', 'need', 'draws', 'draw', 'gets', 'hits', 'hit',
  'reached', 'reaches', 'quoted', 'quotes', 'mentioned', 'estimated', 'estimates', 'reported', 'reports', 'still', 'just',
]);

function trimSubjectWords(words: string[]): string[] {
  let s = 0;
  let e = words.length;
  while (e - s > 1 && TRAILING_VERBS.has(words[e - 1]!.toLowerCase())) e--;
  // Lead-ins go only when a word that is not one remains ("Key number" alone stays as it is).
  let k = s;
  while (k < e && LEAD_INS.has(words[k]!.toLowerCase())) k++;
  if (k < e) s = k;
  return s === 0 && e === words.length ? words : words.slice(s, e);
}

/** s.replace(/\s+/g, ' ').trim(), skipping the regex when every whitespace run is one space already. */
function collapseSpaces(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isJsSpace(c) && (c !== 32 || isJsSpace(s.charCodeAt(k + 1)))) return s.replace(/\s+/g, ' ').trim();
  }
  return s.trim();
}

function wordsAfter(text: string, from: number, end: number, max: number): string[] {
  const sliceEnd = Math.min(end, from + 80);
  const cut = afterCut(text, from, sliceEnd);
  const words = wordsIn(text, from, cut);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    if (out.length === 0 && (lw === 'of' || lw === 'for')) continue;
    if (STOP.has(lw) || isContraction(lw) || isUnitWord(w)) break;
    // Another figure ends the phrase, unless it goes on a name ("on Llama 3.1 405B").
    if (isFigureWord(w) && !continuesName(words, i)) break;
    out.push(w);
    if (out.length >= max) break;
  }
  return out;
}

/** The ASCII characters that end the words after a quantity (and → ≈ × ÷, tested apart). */
const AFTER_STOP_ASCII = new Uint8Array(128);
for (const c of ',;:.!?()[]|=~') AFTER_STOP_ASCII[c.charCodeAt(0)] = 1;
const isAfterStop = (c: number): boolean => (c < 128 ? AFTER_STOP_ASCII[c] === 1 : c === 0x2192 || c === 0x2248 || c === 0xd7 || c === 0xf7);

/**
 * Where the words after a quantity end within text[from, sliceEnd): the first of
 * /[,;:.!?()\[\]|=→≈×÷~]|\s[-–—]\s/ (a stop character or a spaced dash), else sliceEnd.
 */
function afterCut(text: string, from: number, sliceEnd: number): number {
  for (let k = from; k < sliceEnd; k++) {
    const c = text.charCodeAt(k);
    if (isAfterStop(c)) return k;
    if (k + 2 < sliceEnd && isJsSpace(c) && isDash(text.charCodeAt(k + 1)) && isJsSpace(text.charCodeAt(k + 2))) return k;
  }
  return sliceEnd;
}

const isDash = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014;

/** Exactly the characters of the regex class \s (WhiteSpace and LineTerminator). */
function wordsBefore(text: string, start: number, to: number, max: number): string[] {
  const words = wordsIn(text, beforeStart(text, Math.max(start, to - 80), to), to);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    // Stop words, contractions ("that's") and the units of other figures ("GB", "TB/s") are not the subject.
    // "memory per SM", "HBM per GPU": "per" joins two nouns of one subject.
    if (lw === 'per' && out.length > 0 && out.length < max - 1 && i > 0 && isSubjectWord(words[i - 1]!, words, i - 1)) {
      out.unshift(w);
      continue;
    }
    if (!isSubjectWord(w, words, i)) {
      if (out.length) break;
      continue;
    }
    out.unshift(endsLikePossessive(w) ? w.replace(/[:'’]s?$/, '') : w);
    if (out.length >= max) break;
  }
  return out.filter(Boolean);
}

/** Not a stop word, a contraction ("that's"), the unit of another figure ("GB") or another figure. */
function isSubjectWord(w: string, words: readonly string[], i: number): boolean {
  const lw = w.toLowerCase();
  return !(STOP.has(lw) || isContraction(lw) || isUnitWord(w) || (isFigureWord(w) && !continuesName(words, i)));
}

/** Can /[:'’]s?$/ match at the end of w? */
function endsLikePossessive(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  return c === 0x73 || c === 0x3a || c === 0x27 || c === 0x2019;
}

/**
 * Where the words before a quantity start within text[lo, to): just after the last ",", ";",
 * "(", "|", "=", "→" or ".  " (a full stop and two spaces) that lies wholly inside it, else lo.
 */
function beforeStart(text: string, lo: number, to: number): number {
  for (let k = to - 1; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x2c || c === 0x3b || c === 0x28 || c === 0x7c || c === 0x3d || c === 0x2192) return k + 1;
    if (c === 0x2e && k + 2 < to && text.charCodeAt(k + 1) === 0x20 && text.charCodeAt(k + 2) === 0x20) return k + 1;
  }
  return lo;
}

/** "that's", "it's", "we're": a stop word with its contraction. */
function isContraction(lw: string): boolean {
  // Most words have no apostrophe: skip the regexes for them.
  if (lw.indexOf("'") < 0 && lw.indexOf('’') < 0) return false;
  return /['’](?:s|re|ll|ve|d)$/.test(lw) && STOP.has(lw.replace(/['’].*$/, ''));
}

const UNIT_WORD = /^(?:[kKMGTPE]i?B|[kKMGTPE]?b(?:ps)?|[kMGTPE]?B\/s|[kMGTPE]?b\/s|[munµ]?s|ms|min|h|[kMGTPE]?W|[TPE]?FLOPS?|TOPS|tokens?\/s|x)$/;
const UNIT_WORD_MAX = 8; // "tokens/s"

function isUnitWord(w: string): boolean {
  return w.length <= UNIT_WORD_MAX && UNIT_WORD.test(w);
}

function sectionFinder(structure: MarkdownStructure): (offset: number) => string | null {
  const headings = structure.headings;
  return (offset) => {
    let found: string | null = null;
    for (const h of headings) {
      if (h.span.start > offset) break;
      found = h.text;
    }
    return found;
  };
}

/** The headings above the nearest one before `offset`, each of a lower depth than the one below it, nearest first. */
function outerSectionFinder(structure: MarkdownStructure): (offset: number) => { outerSections?: string } {
  const headings = structure.headings;
  const none = {};
  if (headings.length < 2) return () => none;
  return (offset) => {
    let last = -1;
    for (let i = 0; i < headings.length && headings[i]!.span.start <= offset; i++) last = i;
    if (last < 1) return none;
    const outer: string[] = [];
    let depth = headings[last]!.depth;
    for (let i = last - 1; i >= 0 && depth > 1; i--) {
      if (headings[i]!.depth < depth) {
        outer.push(headings[i]!.text);
        depth = headings[i]!.depth;
      }
    }
    return outer.length ? { outerSections: outer.join(' › ') } : none;
  };
}

/**
 * A claim belongs to the speaker of the talk that the note introduced before it
 * ("notes for Yann LeCun's talk"), until the next heading or thematic break.
 */
/**
 * Who said the figure at an offset. Said on its own line first: a quote's attribution ("“… 4.8 TB/s” — Zoë Ørsted"),
 * or a line that opens with a speaker's name ("- Jensen: B200 has 192 GB", "[00:42:10] Jensen: …", "François : …").
 * Else the speaker of a talk the prose introduced, up to the next heading or break.
 */
function speakerFinder(text: string, structure: MarkdownStructure, talks: Talk[]): (offset: number) => string | null {
  const starters = talks.filter((t) => t.source === 'prose' && t.speakers.length > 0).sort((a, b) => a.span.start - b.span.start);
  const breaks = structure.blocks.filter((b) => b.kind === 'thematicBreak' || b.kind === 'heading').map((b) => b.span.start);
  const names = talks.length > 0 ? speakerNames(talks) : undefined;
  let lineStart = -1;
  let lineEnd = -1;
  let lineSpeaker: string | null = null;
  let lineQuote: Span | null = null;
  return (offset) => {
    if (offset < lineStart || offset >= lineEnd) {
      lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const nl = text.indexOf('\n', offset);
      lineEnd = nl < 0 ? text.length : nl;
      const line = text.slice(lineStart, lineEnd);
      [lineSpeaker, lineQuote] = saidOnLine(line, names);
      if (lineSpeaker === null) [lineSpeaker, lineQuote] = pronounSaid(text, lineStart, line, names) ?? [null, null];
      if (lineQuote) lineQuote = { start: lineQuote.start + lineStart, end: lineQuote.end + lineStart };
    }
    if (lineSpeaker !== null && (lineQuote === null || (offset >= lineQuote.start && offset < lineQuote.end))) return lineSpeaker;
    // The writer's own lines ("Listened on the train, ~5 hours", "My take: …") are nobody else's.
    if (FIRST_PERSON.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 40)))) return null;
    let speaker: string | null = null;
    for (const t of starters) {
      if (t.span.start > offset) break;
      // "Speaker: Björn Åkesson (KTH)" then "Streamed 2025-03-15, ~1,200 people on the livestream.": the lines under a
      // speakers label, in its paragraph, describe the talk; the speaker said none of it.
      if (offset >= t.span.end && opensWithTalkSpeakersLabel(text.slice(t.span.start, t.span.start + 32)) && !BLANK_LINE.test(text.slice(t.span.end, offset))) {
        speaker = null;
        continue;
      }
      const interrupted = breaks.some((b) => b > t.span.end && b < offset);
      // (A talk of several speakers says nothing of which one said a figure.)
      speaker = interrupted || t.speakers.length > 1 ? null : t.speakers[0]!.name;
    }
    return speaker;
  };
}

const BLANK_LINE = /\n[ \t]{0,80}\r?\n/;

const FIRST_PERSON = /^\s{0,3}(?:>\s{0,2})*(?:[-*+]\s{1,4})?(?:\*\*|__)?(?:i|i['’]m|i['’]d|i['’]ve|my|me|we|we['’]re|our|listened|watched|note to self|my take|personally|imo|imho)\b/i;

/** The note's speakers by full name, first name and last name (folded), each to the full name; ambiguous short forms dropped. */
function speakerNames(talks: readonly Talk[]): Map<string, string> {
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (key: string, name: string): void => {
    if (key === '' || ambiguous.has(key)) return;
    const had = out.get(key);
    if (had !== undefined && had !== name) {
      out.delete(key);
      ambiguous.add(key);
    } else out.set(key, name);
  };
  for (const t of talks) {
    for (const sp of t.speakers) {
      const full = foldName(sp.name);
      out.set(full, sp.name);
      const words = full.split(' ').filter((w) => !HONORIFICS.has(w));
      if (words.length > 1) {
        add(words[0]!, sp.name);
        add(words[words.length - 1]!, sp.name);
        // "- de la Tour: …" for Jean-Baptiste de la Tour: the surname from its first particle on.
        const p = words.findIndex((w, i) => i > 0 && i < words.length - 1 && SURNAME_PARTICLES.has(w));
        if (p > 0) add(words.slice(p).join(' '), sp.name);
      }
    }
  }
  return out;
}

const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'dos', 'das', 'do', 'ten', 'ter']);
const HONORIFICS = new Set(['dr', 'prof', 'mr', 'ms', 'mrs', 'sir']);

// A name as written: one to four capitalised words, up to three particles between them ("Jan van der Berg"), accents
// and hyphens (every repeat bounded: the patterns run on every line with a dash or a colon).
const NAME = String.raw`\p{Lu}[\p{L}'’-]{0,30}(?:\s{1,2}(?:(?:van|von|der|den|de|da|di|du|del|la|le|bin|al|ten|ter)\s{1,2}){0,3}\p{Lu}[\p{L}'’-]{0,30}){0,3}`;
// "“…” — Zoë Ørsted", "\"…\" -- Jensen Huang (NVIDIA)": a quote's attribution ending the line.
const QUOTE_ATTRIBUTION = new RegExp(String.raw`[”"»“]\s{0,3}[—–-]{1,2}\s{0,3}(${NAME})\s{0,3}(?:\([^()]{1,80}\))?\s{0,3}[.,;]?\s*$`, 'u');
// Particles of a surname: "de la Tour", "van der Berg".
const PARTICLE = String.raw`(?:van|von|der|den|de|da|di|du|del|della|la|le|dos|das|do|ten|ter)`;
// "- Jensen: …", "- de la Tour: …" (a surname with its particles), "[00:42:10] Jensen: …", "(00:15:20) Dylan: …", "**Zoë:** …", "> François : …".
const SPEAKER_LABEL = new RegExp(String.raw`^\s{0,3}(?:>\s{0,2})*(?:[-*+]\s{1,4}|\d{1,3}[.)]\s{1,4})?(?:(\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}(?::\d{2})?\s{0,2}[—–-]?)\s{0,3})?(?:\*\*|__)?((?:${PARTICLE}\s{1,2}){0,3}${NAME})(?:\*\*|__)?\s{0,2}[:：](?:\*\*|__)?\s`, 'u');
// Verbs that say who said it: "José said", "Søren noted".
const SAID = String.raw`(?:said|says|noted|notes|added|adds|claimed|claims|mentioned|explained|argued|stressed|emphasi[sz]ed|pointed\s{1,2}out|compared)`;
// '"FP8 hits 10 PFLOPS dense," José said.': the quote's speaker right after it.
const QUOTE_SAID = new RegExp(String.raw`[”"»]\s{0,3}(${NAME})\s{1,2}${SAID}\b`, 'u');
// "- François said the v5e has 32 GB …", "According to Zoë Whitfield, Ironwood has …": a line that opens by naming who
// said what follows.
const SAID_OPENING = new RegExp(String.raw`^\s{0,3}(?:>\s{0,2})*(?:[-*+]\s{1,4}|\d{1,3}[.)]\s{1,4})?(?:[Aa]ccording\s{1,2}to\s{1,2}(${NAME})\s{0,2},|(${NAME})\s{1,2}${SAID}\b)`, 'u');
// "Søren Østergaard erklärte, …", "Jean-Baptiste de la Tour a rappelé que …", "María José Fernández-Villaverde explicó
// que …", "Giulia D'Amico ha detto che …": speech verbs of German, French, Spanish, Italian and Portuguese notes.
const SAID_INTL = String.raw`(?:erklärte|erläuterte|sagte|betonte|meinte|a\s{1,2}(?:rappelé|expliqué|dit|souligné|précisé|ajouté)|explicó|dijo|afirmó|señaló|ha\s{1,2}(?:detto|spiegato|sottolineato|ricordato)|disse|explicou|afirmou|destacou)(?![\p{L}\p{N}])`;
// (After the speaker's full name only: "Dupont a dit" could be anyone's Dupont.)
const SAID_INTL_OPENING = new RegExp(String.raw`^\s{0,3}(?:>\s{0,2})*(?:[-*+]\s{1,4}|\d{1,3}[.)]\s{1,4})?(${NAME})\s{1,2}${SAID_INTL}`, 'u');
/** Every QUOTE_SAID or SAID_OPENING match has one of these words (a cheap test first). */
const SAID_HINT = new RegExp(String.raw`\b(?:${SAID}|according)\b`, 'i');
// Labels that open a line like a name does, but are none.
const NOT_SPEAKERS = new Set(['note', 'notes', 'update', 'edit', 'todo', 'key number', 'takeaway', 'takeaways', 'summary', 'source', 'sources', 'aside', 'reminder', 'correction', 'my take', 'answer', 'question', 'slide', 'claim', 'host', 'guest', 'speaker', 'speakers', 'q', 'a', 'tl;dr', 'context', 'caveat', 'warning', 'tip', 'important', 'result', 'results', 'conclusion', 'example', 'me']);

/** Who a line attributes what it says to, and (for a quote) the quoted span; [null, null] when it attributes nothing. */
function saidOnLine(line: string, names: Map<string, string> | undefined): [string | null, Span | null] {
  if (line.length < 4 || line.length > 2000) return [null, null];
  const quote = line.includes('—') || line.includes('–') || line.includes('-') ? QUOTE_ATTRIBUTION.exec(line) : null;
  if (quote) {
    const close = quote.index;
    const open = Math.max(line.lastIndexOf('“', close - 1), line.lastIndexOf('"', close - 1), line.lastIndexOf('«', close - 1));
    const who = resolveSpeaker(quote[1]!, names, true);
    if (who !== null && open >= 0 && open < close) return [who, { start: open, end: close + 1 }];
  }
  if (SAID_HINT.test(line)) {
    const said = QUOTE_SAID.exec(line);
    if (said) {
      const close = said.index;
      const open = Math.max(line.lastIndexOf('“', close - 1), line.lastIndexOf('"', close - 1), line.lastIndexOf('«', close - 1));
      const who = resolveSpeaker(said[1]!, names, false);
      if (who !== null && open >= 0 && open < close) return [who, { start: open, end: close + 1 }];
    }
    // (Only a speaker the note names: "Someone said …", "According to NVIDIA, …" are nobody's.)
    const opening = SAID_OPENING.exec(line);
    const who = opening ? resolveSpeaker((opening[1] ?? opening[2])!, names, false) : null;
    // (Up to the end of its sentence: "… 22 GB. The slide claimed $93B" goes on in the writer's words.)
    if (who !== null) return [who, { start: 0, end: throughPronouns(line, sentenceEnd(line, opening!.index + opening![0].length), who, names) }];
  }
  const intl = SAID_INTL_OPENING.exec(line);
  if (intl) {
    const who = resolveSpeaker(intl[1]!, names, false);
    if (who !== null && foldName(who) === foldName(intl[1]!)) return [who, { start: 0, end: throughPronouns(line, sentenceEnd(line, intl[0].length), who, names) }];
  }
  if (!line.includes(':') && !line.includes('：')) return [null, null];
  const label = SPEAKER_LABEL.exec(line);
  if (!label) return [null, null];
  // A transcript's timestamp makes any name a speaker; else the name must be one of the note's speakers.
  const who = resolveSpeaker(label[2]!, names, label[1] !== undefined);
  return [who, null];
}

// "She argued that …", "Er sagte, …", "Elle a expliqué que …": a pronoun and a speech verb opening a sentence.
const PRONOUN_SAID = String.raw`(?:(?:she|he|they)\s{1,2}(?:also\s{1,2})?${SAID}\b|(?:er|sie|il|elle|él|ella|lei|lui|ele|ela)\s{1,2}${SAID_INTL})`;
const PRONOUN_SAID_LINE = new RegExp(String.raw`^\s{0,3}(?:>\s{0,2})*(?:[-*+]\s{1,4}|\d{1,3}[.)]\s{1,4})?${PRONOUN_SAID}`, 'iu');
const PRONOUN_SAID_NEXT = new RegExp(String.raw`^\s{1,3}${PRONOUN_SAID}`, 'iu');

/**
 * "Jane Doe explained that … . She argued that B200 has 8 TB/s.": the sentences right after an attribution that open
 * with a pronoun and a speech verb are the same speaker's, when the attributed sentence names no other speaker of
 * the note ("Jane Doe said John Smith was wrong. He argued …" is nobody's). The end of the last such sentence.
 */
function throughPronouns(line: string, end: number, who: string, names: Map<string, string> | undefined): number {
  if (end >= line.length || !PRONOUN_SAID_NEXT.test(line.slice(end, end + 40)) || !namesOnlyOne(line.slice(0, end), who, names)) return end;
  for (let k = 0; k < 4 && end < line.length; k++) {
    const m = PRONOUN_SAID_NEXT.exec(line.slice(end, end + 40));
    if (!m) break;
    end = sentenceEnd(line, end + m[0].length);
  }
  return end;
}

/** Does `text` name no speaker of the note but `who` (by full, first or last name; "John Smith's" too)? */
function namesOnlyOne(text: string, who: string, names: Map<string, string> | undefined): boolean {
  if (!names) return true;
  const folded = ` ${foldText(text.replace(/['’]s(?![\p{L}])/gu, ''))} `;
  for (const [key, name] of names) if (name !== who && folded.includes(` ${key} `)) return false;
  return true;
}

/**
 * "Jane Doe explained that the H100 has 80 GB." then, on the next line of the paragraph, "She argued that the B200
 * has 8 TB/s.": a line opening with a pronoun and a speech verb is the speaker's whom the line before attributes to
 * all through (its last sentence too), naming no other speaker. [speaker, span of the pronoun's sentences] or null.
 */
function pronounSaid(text: string, lineStart: number, line: string, names: Map<string, string> | undefined, depth = 0): [string, Span] | null {
  if (lineStart < 2 || depth > 3 || !PRONOUN_SAID_LINE.test(line)) return null;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prev = text.slice(prevStart, lineStart - 1).replace(/\r$/, '');
  // (Of the same paragraph: no blank line, heading or break between.)
  if (prev.trim() === '' || /^\s{0,3}(?:#|[-*_](?:\s{0,2}[-*_]){2,40}\s*$)/.test(prev)) return null;
  let who: string | null;
  let until: number;
  const said = saidOnLine(prev, names);
  if (said[0] !== null) {
    who = said[0];
    until = said[1] === null ? prev.length : said[1].end;
  } else {
    const chained = pronounSaid(text, prevStart, prev, names, depth + 1);
    if (chained === null) return null;
    [who, { end: until }] = chained;
  }
  // (All through: "François said X. The slide claimed Y." then "He argued …" follows the writer's sentence.)
  const rest = prev.slice(until).trim();
  if ((rest !== '' && !/^[—–-]/.test(rest)) || !namesOnlyOne(prev, who, names)) return null;
  const m = PRONOUN_SAID_LINE.exec(line)!;
  return [who, { start: 0, end: throughPronouns(line, sentenceEnd(line, m[0].length), who, names) }];
}

/** Where the sentence that goes on at `from` ends: after its full stop, '!' or '?' (one before a space), else the line's end. */
function sentenceEnd(line: string, from: number): number {
  SENTENCE_STOP.lastIndex = from;
  const m = SENTENCE_STOP.exec(line);
  return m ? m.index + 1 : line.length;
}
const SENTENCE_STOP = /[.!?](?=\s)/g;

function resolveSpeaker(written: string, names: Map<string, string> | undefined, asWritten: boolean): string | null {
  const key = foldName(written);
  if (NOT_SPEAKERS.has(key)) return null;
  const known = names?.get(key) ?? KEYNOTE_SPEAKER_ALIASES.get(key);
  if (known !== undefined) return known;
  // (Two words or more read as a person's name; one word only with a timestamp: "Jensen:" in a transcript.)
  return asWritten ? written.trim() : null;
}

const DISCRETE_NOUNS = new Set(['gpu', 'chip', 'accelerator', 'die', 'node', 'rack', 'server', 'card', 'person', 'people', 'employee', 'user', 'customer', 'datacenter', 'cluster']);

/**
 * A fractional count of discrete things is almost surely a dropped magnitude suffix:
 * "3.6 Blackwell GPUs" under "1.3M Hopper GPUs" means 3.6M.
 */
function flagSuspicious(text: string, claims: DetectedClaim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const q = c.quantity;
    if (q.kind !== 'count' || !q.noun || !DISCRETE_NOUNS.has(q.noun) || q.per) continue;
    if (Number.isInteger(q.value) || q.range || q.value >= 1000) continue;
    const suffix = neighbourSuffix(text, claims, i);
    const numberText = q.raw.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? String(q.value);
    const suggestion = suffix ? `${numberText}${suffix}` : `${numberText}M`;
    c.suspicion = {
      message: `"${q.raw}" counts ${q.noun}s in fractions${suffix ? `, while a neighbouring line says "${suffix}"` : ''}: is a magnitude missing (${suggestion})?`,
      suggestion,
    };
  }
}

/** The magnitude suffix (k, M, B) used by a count of the same noun in a nearby statement. */
function neighbourSuffix(text: string, claims: DetectedClaim[], i: number): string | undefined {
  const c = claims[i]!;
  for (let d = 1; d <= 4; d++) {
    for (const j of [i - d, i + d]) {
      const other = claims[j];
      if (!other || other.quantity.noun !== c.quantity.noun || other.statement === c.statement) continue;
      if (Math.abs(other.quantity.span.start - c.quantity.span.start) > 600) continue;
      const m = /\d\s?(k|K|M|B|bn|T|thousand|million|billion)\b/.exec(other.quantity.raw);
      if (m) return m[1]!.length > 2 ? ` ${m[1]}` : m[1];
    }
  }
  void text;
  return undefined;
}

const SENTENCE_STARTERS =
  /^(?:Grace|Vera|Blackwell|Hopper|Rubin|Ampere|Ironwood|Trillium|Nvidia|NVIDIA|Google|AMD|Cloud|TPU|GPU|GPUs|DGX|HGX|The|A|An|On|In|With|Each|Every|This|That|These|Those|One|Our|My|Their|His|Her|Its|New|Next|Both|All|Some|Many|Most|For|At|By|From|And|But|So|If|When|While|Why|How|What|Which|Your|Then|Now|Today|Only|Just|Even|Also|Per|Using|Unlike|Like|Compared|Versus|Vs|Than|Over|Under|Two|Three|Four|Eight|Current|Previous|Last|First|Second|Nvidia's|Google's|NVIDIA's)$/;
const CODENAMES = /^(?:hopper|blackwell|rubin|ampere|vera|trillium|ironwood|grace)\b/i;
const NOT_FIRST_NAMES = new Set(['nvidia', 'nvidia\'s', 'google', 'amd', 'the', 'a', 'an', 'and', 'on', 'of', 'vs', 'with', 'new', 'more', 'per', 'for', 'to', 'in', 'from', 'at', 'by']);

/** "Chloé Hopper" is a person, not an H100: a codename right after a capitalised first name. */
function isSurname(text: string, at: number, raw: string): boolean {
  if (!CODENAMES.test(raw)) return false;
  // "Ironwood chip", "Hopper GPUs", "Blackwell's": hardware, whatever comes before.
  if (/^(?:['’]s\b|\s+(?:chips?|gpus?|tpus?|pods?|superpods?|racks?|nodes?|architecture|generation|systems?|dies?|packages?|ultra|nvl\d*|hbm|sxm|pcie)\b)/i.test(text.slice(at + raw.length, at + raw.length + 16))) return false;
  const before = /([\p{Lu}][\p{L}'’-]{1,20})\s+$/u.exec(text.slice(Math.max(0, at - 24), at));
  if (!before) return false;
  const word = before[1]!;
  if (NOT_FIRST_NAMES.has(word.toLowerCase())) return false;
  // A capitalised word at the start of the statement is usually a sentence start, not a name... unless it reads as one.
  return !SENTENCE_STARTERS.test(word);
}

/**
 * How many chips a model takes ("its weights in FP8 alone need 5 H100s", "would fit on 3 GPUs", "you need at least 8
 * H100s to serve it"): 'fit' for what suffices ("fits on"), 'need' for what is required. Undefined for any other count
 * of chips ("on 8 H100s, decode …", "we bought 5 H100s"). The statement must speak of a model or its weights.
 */
export function gpusNeededCue(prose: string, q: Quantity, mentions: readonly Mention[], statementStart: number): 'fit' | 'need' | undefined {
  if (q.kind !== 'count' || q.per || q.range || !Number.isInteger(q.value) || q.value < 1 || q.value > 1_000_000) return undefined;
  const chipNoun = q.noun === 'gpu' || q.noun === 'chip' || q.noun === 'accelerator' || q.noun === 'card' || q.noun === 'tpu';
  if (!chipNoun && (q.noun !== undefined || !mentions.some((m) => m.kind === 'accelerator' && m.span.start >= q.span.end && m.span.start - q.span.end <= 1))) return undefined;
  const before = prose.slice(Math.max(statementStart, q.span.start - 48), q.span.start);
  const cue = GPUS_NEEDED_BEFORE.exec(before);
  if (!cue) return undefined;
  if (!mentions.some((m) => m.kind === 'model' || m.kind === 'otherModel') && !/\b(?:weights?|model|params?|parameters?|checkpoint)\b/i.test(prose.slice(statementStart, q.span.start))) return undefined;
  return cue[1] ? 'fit' : 'need';
}
const GPUS_NEEDED_BEFORE = /(?:\b(fits?|fitting|fitted|be (?:served|run|held|loaded)|runs?)\s{1,2}(?:on(?:to)?|in(?:to)?|across|over|within)|\b(?:needs?|needed|needing|requires?|required|requiring|takes?|took|taking|sharded\s{1,2}(?:across|over)|split\s{1,2}(?:across|over)|spread\s{1,2}(?:across|over)))\s{1,2}(?:at\s{1,2}least\s{1,2}|just\s{1,2}|only\s{1,2}|about\s{1,2}|roughly\s{1,2}|~\s?|a\s{1,2}minimum\s{1,2}of\s{1,2})?$/i;

const COUNTED_HARDWARE = new Set(['gpu', 'chip', 'accelerator', 'die', 'node', 'rack', 'server', 'card', 'tpu', 'core', 'sm', 'link', 'lane', 'port', 'layer', 'head', 'expert', 'stack', 'hbm', 'nic', 'switch', 'token', 'param', 'bit', 'byte']);

/** "sparsity is ", "sparsity of about ": the words before an MoE's sparsity. */
const SPARSITY_BEFORE = /\bsparsity\s{1,2}(?:is|of|=|≈|:)\s{0,2}(?:about\s{1,2}|around\s{1,2}|roughly\s{1,2}|~\s{0,2})?$/i;

function isEnumeration(q: Quantity): boolean {
  return q.kind === 'count' && !q.per && !q.range && q.hedge === 'exact' && Number.isInteger(q.value) && q.value < 10 && /^\d\b/.test(q.raw) && !(q.noun && COUNTED_HARDWARE.has(q.noun));
}

// Dimensions repeat across thousands of claims: one shared object each.
const DIMENSIONS = new Map<string, Quantity['dimension']>();

const BASE_DIMENSION_NAMES = new Set(['s', 'B', 'FLOP', 'W', 'USD']); // need no escaping in JSON

/** JSON.stringify(dimension), built by hand for the usual integer exponents (the same string, cheaper). */
function dimensionKey(dimension: Quantity['dimension']): string {
  let key = '{';
  for (const unit in dimension) {
    const exponent = (dimension as Record<string, unknown>)[unit];
    if (typeof exponent !== 'number' || !Number.isInteger(exponent) || !BASE_DIMENSION_NAMES.has(unit)) return JSON.stringify(dimension);
    key += (key.length === 1 ? '"' : ',"') + unit + '":' + exponent;
  }
  return key + '}';
}

function shareCommonParts(q: Quantity): void {
  // "16 GFLOPs per token" is a count of operations per token, not a rate per token.
  if (q.unit.startsWith('FLOP/s/') && /^FLOP\/s\/(token|param|sample|image|request)$/.test(q.unit)) {
    const per = q.unit.split('/')[2]!;
    q.unit = `FLOP/${per}`;
    q.per = per;
    q.dimension = { FLOP: 1 };
  }
  const key = dimensionKey(q.dimension);
  let dim = DIMENSIONS.get(key);
  if (!dim) {
    dim = Object.freeze({ ...q.dimension });
    if (DIMENSIONS.size < 1000) DIMENSIONS.set(key, dim);
  }
  q.dimension = dim;
}

/**
 * A cheap test before the catalog's big alias regex: every alias either glues a letter to a digit
 * ("H100", "v5e", "70B") or contains one of a few name words ("Hopper", "Trillium", "Llama").
 */
const HARDWARE_WORDS = (() => {
  const words = new Set<string>();
  const names = [...ACCELERATORS, ...SYSTEMS, ...MODELS].map((e) => [e.name, e.id, ...e.aliases]);
  for (const e of UNCATALOGUED) names.push([...e.aliases]);
  for (const aliases of names) {
    for (const alias of aliases) {
      if (/[A-Za-z]\d|\d[A-Za-z]/.test(alias)) continue;
      const word = /[A-Za-z]{2,}/.exec(alias);
      if (word) words.add(word[0].toLowerCase());
    }
  }
  return words;
})();
/** HARDWARE_WORDS by length and first letter (length * 26 + letter - 97), to compare runs in place. */
const HARDWARE_WORDS_BY: (string[] | undefined)[] = [];
const HARDWARE_WORD_MAX = Math.max(0, ...[...HARDWARE_WORDS].map((w) => w.length));
for (let n = 0; n <= HARDWARE_WORD_MAX; n++) for (let l = 0; l < 26; l++) HARDWARE_WORDS_BY.push(undefined);
for (const w of HARDWARE_WORDS) (HARDWARE_WORDS_BY[w.length * 26 + w.charCodeAt(0) - 97] ??= []).push(w);

const isAsciiLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * One pass for /[A-Za-z]\d|\d[A-Za-z]/ (a letter glued to a digit) or a run of two or more
 * ASCII letters (a /[A-Za-z]{2,}/ match) that is one of HARDWARE_WORDS, ignoring case.
 */
export function mayNameHardware(text: string): boolean {
  // (Cards known by their number alone: "the 4090", "two 3090s".)
  if (text.indexOf('090') >= 0) return true;
  const n = text.length;
  let runStart = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetterCode(c)) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (isDigitCode(c) && ((i > 0 && isAsciiLetterCode(text.charCodeAt(i - 1))) || isAsciiLetterCode(text.charCodeAt(i + 1)))) return true;
    if (runStart >= 0) {
      if (isHardwareWord(text, runStart, i)) return true;
      runStart = -1;
    }
  }
  return runStart >= 0 && isHardwareWord(text, runStart, n);
}

/** Is text[s, e), a run of ASCII letters, one of HARDWARE_WORDS (any case), or its plural ("Blackwells")? */
function isHardwareWord(text: string, s: number, e: number): boolean {
  return isHardwareWordExact(text, s, e) || ((text.charCodeAt(e - 1) | 32) === 115 && isHardwareWordExact(text, s, e - 1));
}

function isHardwareWordExact(text: string, s: number, e: number): boolean {
  const len = e - s;
  if (len < 2 || len > HARDWARE_WORD_MAX) return false;
  const words = HARDWARE_WORDS_BY[len * 26 + (text.charCodeAt(s) | 32) - 97];
  if (words === undefined) return false;
  for (const w of words) {
    let j = 1;
    while (j < len && (text.charCodeAt(s + j) | 32) === w.charCodeAt(j)) j++;
    if (j === len) return true;
  }
  return false;
}

/**
 * Numbers that belong to a name rather than state a figure: a model size after a model's name
 * ("Gemma 3 27B"), a year after an event ("GTC 2025 session"), a port ("localhost:3000"),
 * a display resolution ("4K display").
 */
const DESCRIBING_COMPOUND = /-(?:optimal|style|class|sized?|scale|like|based|trained|level|grade|era|type)\s+$/i;

/** Before a number of a phone number or an address: "+41 44 ", "Tel. ", "Postal code ", "ZIP ". */
const CONTACT_DIGITS_BEFORE = /(?:(?:^|[^\w+])\+|\b(?:phone|tel|telephone|fax|mobile|postal code|post code|postcode|zip(?: code)?|plz)\b\.?\s{0,2}:?\s{0,2}\+?)(?:\(?\d{1,4}\)?[ .-]){0,5}\(?$/i;

/** After a capacity that names a part: the variant's noun ("the 40GB SKU", "an 80GB variant"). */
const TIGHT_CAPACITY_NAMES = /^\s{1,2}(?:SKUs?|variants?|versions?|editions?|models?|parts?|configs?|configurations?)\b/i;

function isPartOfName(prose: string, q: Quantity): boolean {
  const from = Math.max(0, q.span.start - 40);
  const at = q.span.start;
  // /[A-Za-z]:$/ on the 40 characters before
  if (at - 2 >= from && prose.charCodeAt(at - 1) === 0x3a && isAsciiLetterCode(prose.charCodeAt(at - 2))) return true;
  if (q.noun === 'param' && /^\d+(?:\.\d+)?B$/.test(q.raw)) {
    const before = prose.slice(from, at);
    // Not after a describing compound: "a Chinchilla-optimal 70B run", "a Llama-class 8B model".
    if (/\b[A-Z][A-Za-z-]{1,20}(?:\s+v?\d+(?:\.\d+)*)?\s+$/.test(before) && !/\b(?:The|A|An|Each|Every|With|For|Of|On|In|Our|Its|This|That)\s+$/.test(before) && !DESCRIBING_COMPOUND.test(before)) return true;
  }
  if (q.kind === 'count' && Number.isInteger(q.value) && q.value >= 1990 && q.value <= 2100 && !/[,.]/.test(q.raw) && !(q.noun && COUNTED_HARDWARE.has(q.noun)) && /\b[A-Z][A-Za-z]{1,20}\s+$/.test(prose.slice(from, at))) return true;
  if (/^[248]K$/.test(q.raw.trim()) && /^\s*(?:display|monitor|screen|video|tv|resolution)/i.test(prose.slice(q.span.end, q.span.end + 12))) return true;
  // "NVLink 4 links", "PCIe Gen 5 lanes", "ConnectX-7 cards": a link's generation, not a count.
  if (q.kind === 'count' && /\b(?:nvlink|pcie\s?gen|gen|connectx-|cx-|neuronlink-v?)\s?$/i.test(prose.slice(Math.max(0, at - 16), at))) return true;
  // "the 40GB SKU", "on our SXM4 80GB nodes": a capacity written tight to its unit that names a part (before a
  // variant's noun, or after a form factor) is the part's name, not a figure.
  if (q.unit === 'B' && /^\d{1,4}[GT]B$/.test(q.raw) && (TIGHT_CAPACITY_NAMES.test(prose.slice(q.span.end, q.span.end + 16)) || /\b(?:SXM\d?|PCIe|OAM|NVL)\s$/i.test(prose.slice(Math.max(0, at - 8), at)))) return true;
  return false;
}
