// js-yaml 3 (bundled; gray-matter depends on it) — only what userHardware.ts uses.
declare module 'js-yaml' {
  export function safeLoad(text: string, options?: { filename?: string; json?: boolean }): unknown;
  export function load(text: string, options?: { filename?: string; json?: boolean }): unknown;
}
