// Virtual module produced by scripts/vscode/build-suite.mjs (esbuild plugin).
declare module 'roofline:suite-files' {
  export const suiteFiles: { name: string; load: () => unknown }[];
}
