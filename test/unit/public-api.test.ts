// Pins the engine's public surface: removing or renaming an export is a deliberate, visible change.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('src/core/index exports exactly the documented API', async () => {
  const api = await import('../../src/core/index.js');
  assert.deepEqual(Object.keys(api).sort(), [
    'ACCELERATORS',
    'BUILTIN_DEFAULT_HARDWARE',
    'CATALOG_VERSION',
    'CONSTANTS',
    'DEFAULT_MAX_FILE_BYTES',
    'DEFAULT_TOLERANCES',
    'ENGINE_VERSION',
    'INTERCONNECTS',
    'MODELS',
    'SYSTEMS',
    'WorkspaceIndex',
    'analyzeNote',
    'cacheHeader',
    'claimAt',
    'computeLineStarts',
    'decodeNoteBytes',
    'deserializeCache',
    'findHardwareMentions',
    'formatQuantity',
    'getAccelerator',
    'getModel',
    'getSystem',
    'linkAt',
    'mergeUserHardware',
    'offsetAt',
    'parseQuantities',
    'parseQuantity',
    'positionAt',
    'problemsAt',
    'rangeOf',
    'resolveHardware',
    'resolveModel',
    'serializeCache',
  ]);
  const note = api.analyzeNote('n.md', 'The H100 SXM has 80 GB of HBM3.');
  assert.equal(note.claims[0]?.evaluation.verdict, 'consistent');
});
