declare module '*.yaml' {
  const text: string;
  export default text;
}

/** Lexicon YAML files of server/src/analysis/lexicons, parsed at build time (esbuild.js): file name → data. */
declare module 'wa-policy:lexicons' {
  const files: Record<string, unknown>;
  export default files;
}
