import { parseYaml, type YamlSource } from './yamlSource';

export interface FrontMatter {
  /** Parsed front matter, positioned in the whole file's offsets. */
  yaml?: YamlSource;
  /** Offset where the body starts. */
  bodyStart: number;
}

/** Any line break ends the fence line: LF, CRLF or a lone CR. */
const OPEN = /^\uFEFF?---[ \t]*(\r\n?|\n)/;

/** Splits `---` front matter from the body. YAML node ranges stay relative to the whole file. */
export function splitFrontMatter(uri: string, text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { bodyStart: 0 };
  const close = /^---[ \t]*(\r\n?|\n|$)/m;
  close.lastIndex = 0;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return { bodyStart: 0 };
  const fmEnd = open[0].length + m.index;
  // Blank out everything outside the front matter so node offsets are file offsets.
  const padded = open[0].replace(/[^\r\n]/g, ' ') + text.slice(open[0].length, fmEnd);
  const yaml = parseYaml(uri, padded);
  yaml.text = text;
  return { yaml, bodyStart: fmEnd + m[0].length };
}
