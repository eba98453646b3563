// Listing a local folder's notes with the include/exclude globs, without VS Code's file search:
// `findFiles` delivers its 10,000 results to the extension host in one message, which held the
// host for 130 ms. Here every folder is one small async step.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { globToRegExp, matchesAny } from '../core/present/glob.js';

export interface ListOptions {
  /** Globs a file's folder-relative path must match (`rooflineNotes.include`). */
  include: readonly string[];
  /** Globs that exclude a file or a whole folder (`rooflineNotes.exclude` and `files.exclude`). */
  exclude: readonly string[];
  isCancelled?: () => boolean;
  /** A folder that could not be read (permissions, deleted meanwhile): listing goes on without it. */
  onUnreadable?: (folder: string, error: NodeJS.ErrnoException) => void;
  /** Folders to read at most (default 100,000): a link to "/" must not walk the whole disk. */
  maxFolders?: number;
  /** Called once if the walk stopped at `maxFolders`. */
  onTruncated?: (folders: number) => void;
}

/** Folders read at once: enough to keep the disk busy, few enough to keep each step small. */
const CONCURRENCY = 8;

/**
 * Folder-relative paths ('/' separators, sorted) of the files under `root` that match `include` and
 * no `exclude`. Excluded folders are not entered. Symbolic links are followed, each real folder once.
 */
export async function listFiles(root: string, options: ListOptions): Promise<string[]> {
  const found: string[] = [];
  // A path is only reached through folders that passed, so exclusion tests the path alone (what
  // `matchesAny` does for every parent folder too).
  const excludes = options.exclude.filter((g) => g !== '').map((g) => globToRegExp(g));
  const excluded = (rel: string): boolean => excludes.some((re) => re.test(rel));
  const seen = new Set<string>();
  const queue: string[] = ['']; // folder-relative paths of folders to read
  const enter = async (rel: string): Promise<void> => {
    const dir = rel === '' ? root : path.join(root, rel);
    try {
      // A folder reached twice (a link back up, two links to one place) is read once.
      const real = await fs.realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      const entries = await fs.readdir(dir, { withFileTypes: true });
      for (const entry of entries) {
        const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const target = await fs.stat(path.join(dir, entry.name)).catch(() => undefined); // a dangling link is nothing
          isDir = target?.isDirectory() ?? false;
          isFile = target?.isFile() ?? false;
        }
        if (isDir) {
          // "**/node_modules/**" names what is inside: the folder itself matches with its trailing slash.
          if (!excluded(childRel) && !excluded(`${childRel}/`)) queue.push(childRel);
        } else if (isFile && !excluded(childRel) && matchesAny(childRel, options.include)) {
          found.push(childRel);
        }
      }
    } catch (error) {
      options.onUnreadable?.(dir, error as NodeJS.ErrnoException);
    }
  };
  const maxFolders = options.maxFolders ?? 100_000;
  let read = 0;
  while (queue.length > 0 && !options.isCancelled?.()) {
    if (read >= maxFolders) {
      options.onTruncated?.(read);
      break;
    }
    const batch = queue.splice(0, Math.min(CONCURRENCY, maxFolders - read));
    read += batch.length;
    await Promise.all(batch.map(enter));
  }
  return found.sort();
}
