import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/fixtures, found by walking up from the compiled test (any output folder), else from the working directory. */
function findFixtures(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'test', 'fixtures');
    if (existsSync(path.join(candidate, 'samples'))) return candidate;
    dir = path.dirname(dir);
  }
  return path.join(process.cwd(), 'test', 'fixtures');
}

export const fixturesDir = findFixtures();
