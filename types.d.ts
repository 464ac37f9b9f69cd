declare module '*.yaml' {
  const text: string;
  export default text;
}

/** Lexicon YAML files of server/src/analysis/lexicons, parsed at build time (esbuild.js): file name → data. */
declare module 'wa-policy:lexicons' {
  const files: Record<string, unknown>;
  export default files;
}

/** Stemmers of the @nlpjs/lang-* packages (Snowball-family, CommonJS, untyped), imported one file each. */
declare module '@nlpjs/*' {
  const Stemmer: new () => { setCurrent(word: string): void; innerStem(): void; getCurrent(): string };
  export default Stemmer;
}
