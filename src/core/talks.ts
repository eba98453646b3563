// Talks in a note: who spoke, on what, when, at which event.
// The implementation lives in ./talks/ (see ./talks/index.ts); this file keeps
// the original import path and exported names.

export { extractTalks, isPersonName, KEYNOTE_SPEAKER_ALIASES, type ExtractTalksInput } from './talks/index.js';
