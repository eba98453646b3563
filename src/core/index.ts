// The engine's public surface: what the extension and the CLI (and anyone embedding the engine) use.
// The core never imports `vscode`; it works on text and bytes and returns plain data.

/** Shapes of notes, quantities, claims, verdicts, talks, links and problems. */
export type * from './types.js';

/** One note end to end: frontmatter, markdown, talks, claims and verdicts. */
export { analyzeNote, type AnalyzeOptions } from './note.js';
/** The workspace index: incremental updates and queries (claims, talks, speakers, links, backlinks, conflicts). */
export { WorkspaceIndex, type IndexOptions, type ClaimRef, type LinkRef, type TalkRef, type SkippedFile } from './workspace.js';
/** Numbers with units in prose, and their canonical formatting. */
export { parseQuantities, parseQuantity, formatQuantity } from './quantities.js';
/** Verdict tolerances and the default hardware used when a note names none. */
export { DEFAULT_TOLERANCES, BUILTIN_DEFAULT_HARDWARE, type Tolerances, type VerifyOptions } from './verify.js';
/** The sourced hardware catalog. */
export {
  ACCELERATORS,
  SYSTEMS,
  INTERCONNECTS,
  MODELS,
  CONSTANTS,
  CATALOG_VERSION,
  getAccelerator,
  getSystem,
  getModel,
  resolveHardware,
  resolveModel,
  findHardwareMentions,
  mergeUserHardware,
} from './catalog/index.js';
/** Bytes → text, or why a file is not indexed. */
export { decodeNoteBytes, DEFAULT_MAX_FILE_BYTES } from './decode.js';
/** The persistent cache format. */
export { serializeCache, deserializeCache, cacheHeader, ENGINE_VERSION } from './cache.js';
/** Lookups by offset for hovers and code actions. */
export { claimAt, linkAt, problemsAt } from './query.js';
/** Offsets ↔ positions. */
export { positionAt, offsetAt, rangeOf, computeLineStarts } from './text.js';
