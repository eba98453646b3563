// The CLI's persistent cache: one file, written atomically, never trusted blindly.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cacheHeader, deserializeCache, serializeCache } from '../core/cache.js';
import type { IndexOptions, WorkspaceIndex } from '../core/workspace.js';
import type { Note } from '../core/types.js';

interface Io {
  err: (s: string) => void;
}

/** The cached notes, or undefined (missing, stale or corrupt: a note on stderr, then a clean rebuild). */
export async function loadCacheFile(file: string, options: IndexOptions, io: Io): Promise<Map<string, Note> | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') io.err(`roofline-notes: cache ${file} unreadable (${(error as Error).message}); rebuilding`);
    return undefined;
  }
  const loaded = deserializeCache(bytes, cacheHeader(cacheOptions(options)));
  if (!loaded.ok) {
    io.err(`roofline-notes: cache ${file} not used: ${loaded.reason}; rebuilding`);
    return undefined;
  }
  return loaded.cache.notes;
}

export async function saveCacheFile(file: string, index: WorkspaceIndex, io: Io): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(tmp, serializeCache(cacheHeader(cacheOptions(index.options)), index.allNotes()));
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    io.err(`roofline-notes: could not write cache ${file}: ${(error as Error).message}`);
  }
}

/** Only the options that change analysis results key the cache. */
function cacheOptions(options: IndexOptions): unknown {
  return { defaultHardware: options.defaultHardware ?? null, tolerances: options.tolerances ?? null, parser: options.parser ?? 'fast', user: options.userAccelerators?.map((a) => a.id) ?? null };
}
