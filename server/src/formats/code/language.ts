import type { CodeLanguage } from './parser';

const BY_EXT: Record<string, CodeLanguage> = {
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  py: 'python',
  go: 'go',
  php: 'php',
  java: 'java',
  rb: 'ruby',
};

/** Source files read as code (type declarations and bundles are not); Kotlin with the light scanner (kotlin.ts). */
export const CODE_FILE = /\.(?:[mc]?[jt]sx?|py|go|php|java|rb|kt)$/i;
/** Kotlin sources: no grammar ships for them, so they are no parsed modules (kotlin-scan.ts reads them). */
export const KOTLIN_FILE = /\.kt$/i;
const NOT_SOURCE = /\.d\.[mc]?ts$|\.min\.js$|\.bundle\.js$|_test\.go$|\.pb\.go$|\.blade\.php$|_spec\.rb$/i;
/** Folders of installed code, never read as a project's own code (anywhere in a path). */
export const INSTALLED_PATH = /\/(?:node_modules|venv|\.venv|site-packages|__pycache__|\.git)\//;
/** Folders of installed or generated code below a project root. */
export const SKIP_PATH =
  /\/(?:node_modules|venv|\.venv|env|site-packages|__pycache__|dist|build|out|\.next|coverage|\.git|vendor)\//;

export function codeLanguage(uri: string): CodeLanguage | undefined {
  if (NOT_SOURCE.test(uri)) return undefined;
  const ext = /\.([a-z]+)$/i.exec(uri)?.[1]?.toLowerCase();
  return ext ? BY_EXT[ext] : undefined;
}

/** The `language` field of the CLI's JSON report. */
export function languageName(uri: string): string | undefined {
  if (KOTLIN_FILE.test(uri)) return 'kotlin';
  const l = codeLanguage(uri);
  return l === 'tsx' ? 'typescript' : l;
}

export function isPython(uri: string): boolean {
  return codeLanguage(uri) === 'python';
}
