// Finding notes on disk for the CLI: .md/.markdown, recursively, skipping node_modules and dot-folders.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const NOTE_EXTENSIONS = /\.(md|markdown)$/i;

export async function collectNotePaths(target: string): Promise<string[]> {
  const stat = await fs.stat(target);
  if (stat.isFile()) return [target];
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable or vanished folder: skip it, keep going
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && NOTE_EXTENSIONS.test(entry.name)) out.push(full);
    }
  };
  await walk(target);
  return out.sort();
}
