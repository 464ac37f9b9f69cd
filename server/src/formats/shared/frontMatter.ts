import { parseYaml, type YamlSource } from './yamlSource';

export interface FrontMatter {
  /** Parsed front matter, positioned in the whole file's offsets. */
  yaml?: YamlSource;
  /** Offset where the body starts. */
  bodyStart: number;
}

/** Any line break ends the fence line: LF, CRLF or a lone CR. */
const OPEN = /^\uFEFF?---[ \t]*(\r\n?|\n)/;

/** The closing fence: a `---` line. */
const CLOSE = /^---[ \t]*(\r\n?|\n|$)/m;

/** Where a `---` front matter block's text starts and ends, and where the body starts, without parsing it. */
export function frontMatterBounds(text: string): { start: number; end: number; bodyStart: number } | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const m = CLOSE.exec(text.slice(open[0].length));
  if (!m) return undefined;
  const end = open[0].length + m.index;
  return { start: open[0].length, end, bodyStart: end + m[0].length };
}

/** Splits `---` front matter from the body. YAML node ranges stay relative to the whole file. */
export function splitFrontMatter(uri: string, text: string): FrontMatter {
  const fm = frontMatterBounds(text);
  if (!fm) return { bodyStart: 0 };
  // Blank out everything outside the front matter so node offsets are file offsets.
  const padded = text.slice(0, fm.start).replace(/[^\r\n]/g, ' ') + text.slice(fm.start, fm.end);
  const yaml = parseYaml(uri, padded);
  yaml.text = text;
  return { yaml, bodyStart: fm.bodyStart };
}
