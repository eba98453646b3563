#!/usr/bin/env node
// Bundles the VS Code integration suite (runner test/vscode/index.ts + mocha + every
// test/vscode/suite/*.test.ts) into one CommonJS file the extension host can require:
//   out/vscode-suite/index.cjs
// `vscode` stays external (the extension host provides it).
// Usage: node scripts/vscode/build-suite.mjs [--suite-dir DIR] [--outfile FILE]
import { readdirSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from './env.mjs';

const { values } = parseArgs({
  options: {
    'suite-dir': { type: 'string', default: join(REPO_ROOT, 'test', 'vscode', 'suite') },
    outfile: { type: 'string', default: join(REPO_ROOT, 'out', 'vscode-suite', 'index.cjs') },
  },
});
const suiteDir = resolve(values['suite-dir']);
const outfile = resolve(values.outfile);
const files = readdirSync(suiteDir).filter((f) => /\.test\.[cm]?[jt]s$/.test(f)).sort();
if (files.length === 0) {
  console.error(`[build-suite] no *.test.ts files in ${suiteDir}`);
  process.exit(1);
}

// Virtual module: a lazy loader per file so the runner can install mocha's globals first.
const suiteFilesPlugin = {
  name: 'roofline-suite-files',
  setup(build) {
    build.onResolve({ filter: /^roofline:suite-files$/ }, (args) => ({ path: args.path, namespace: 'roofline-suite-files' }));
    build.onLoad({ filter: /.*/, namespace: 'roofline-suite-files' }, () => ({
      resolveDir: suiteDir,
      loader: 'js',
      contents:
        'export const suiteFiles = [\n' +
        files.map((f) => `  { name: ${JSON.stringify(join(suiteDir, f))}, load: () => require(${JSON.stringify('./' + f)}) },`).join('\n') +
        '\n];\n',
    }));
  },
};

const t0 = Date.now();
const result = await esbuild.build({
  entryPoints: [join(REPO_ROOT, 'test', 'vscode', 'index.ts')],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
  // mocha's parallel mode (unused here) require.resolve()s worker files; harmless in a bundle.
  logOverride: { 'require-resolve-not-external': 'silent' },
  plugins: [suiteFilesPlugin],
  // Keep the suite's own tsconfig out of the repo's (tsc does not compile test/vscode).
  tsconfigRaw: { compilerOptions: { target: 'es2022', useDefineForClassFields: true, esModuleInterop: true } },
});
if (result.errors.length) process.exit(1);
console.log(`[build-suite] ${files.length} suite file(s) -> ${relative(process.cwd(), outfile)} in ${Date.now() - t0} ms`);
