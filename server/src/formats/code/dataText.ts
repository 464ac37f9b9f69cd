/** A value read from a parsed JSON/YAML data file, mapped back to its place in the file. */
import { decodeJsonString } from '../../model/text';
import { unknown, type Resolved } from './pieces';
import type { CodeProject } from './project-model';

export function dataText(project: CodeProject, uri: string, value: unknown): Resolved {
  if (typeof value !== 'string') return unknown(`a value in ${uri.slice(uri.lastIndexOf('/') + 1)} that is not a text`);
  const text = project.files.get(uri) ?? '';
  const json = JSON.stringify(value);
  const at = text.indexOf(json);
  if (at >= 0) {
    const m = decodeJsonString(uri, text, at, at + json.length);
    return { pieces: [{ text: m.text, uri, offsets: Array.from(m.text, (_, i) => m.toSource(i)) }] };
  }
  const first =
    value
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  const start = Math.max(0, text.indexOf(first));
  return { pieces: [{ text: value, uri, offsets: Array.from(value, (_, i) => Math.min(start + i, text.length)) }] };
}
