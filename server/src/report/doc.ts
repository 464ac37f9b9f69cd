/** A small document model both renderers (Markdown, HTML) read, so the two forms say the same thing. */
export type Inline = string | { code: string } | { strong: string } | { link: string; href: string };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { type: 'para'; parts: Inline[] }
  | { type: 'list'; items: Inline[][]; ordered?: boolean; label?: string }
  | { type: 'table'; head: string[]; rows: Inline[][][] }
  /** `paths[].kind` names the path in the report's language ("Path to a human"). */
  | { type: 'mermaid'; source: string; label: string; paths: { kind: string; steps: string[] }[] };

/** `text` with `` `code` `` spans turned into code parts. */
export function inline(text: string): Inline[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((p) => (p.startsWith('`') && p.endsWith('`') && p.length > 2 ? { code: p.slice(1, -1) } : p));
}

export const plain = (parts: Inline[]): string =>
  parts.map((p) => (typeof p === 'string' ? p : 'code' in p ? p.code : 'strong' in p ? p.strong : p.link)).join('');
