#!/usr/bin/env node
// Bundles the VS Code extension: src/extension/extension.ts → dist/extension.cjs, and the
// indexing worker thread src/node/indexWorker.ts → dist/indexWorker.cjs
// (CommonJS because package.json is "type": "module"; `vscode` is provided by the host).
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The core can also parse markdown with remark (a differential-testing reference); the
 * extension always uses the fast parser, so the remark stack (~300 KiB) is left out.
 */
const withoutRemark = {
  name: 'without-remark',
  setup(build) {
    build.onResolve({ filter: /^\.\/remark\.js$/ }, (args) =>
      /[\\/]src[\\/]core[\\/]markdown$/.test(args.resolveDir) ? { path: 'remark-stub', namespace: 'roofline-stub' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'roofline-stub' }, () => ({
      contents: "export function parseWithRemark() { throw new Error('The remark parser is not bundled in the extension; use the fast parser.'); }",
      loader: 'js',
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: { extension: 'src/extension/extension.ts', indexWorker: 'src/node/indexWorker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  sourcemap: true,
  sourcesContent: false,
  minify: production,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'info',
  metafile: true,
  plugins: [withoutRemark],
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  const result = await esbuild.build(options);
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.cjs')) console.log(`${file}: ${(output.bytes / 1024).toFixed(0)} KiB${production ? ' (minified)' : ''}`);
  }
}
