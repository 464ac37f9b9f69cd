import type { Block, Inline } from './doc';

const escapeText = (s: string) => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/\r?\n/g, ' ');

function code(s: string): string {
  const t = s.replace(/\r?\n/g, ' ');
  const fence = t.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${t}${fence.length > 1 ? ' ' : ''}${fence}`;
}

function inlines(parts: Inline[]): string {
  return parts
    .map((p) =>
      typeof p === 'string'
        ? escapeText(p)
        : 'code' in p
          ? code(p.code)
          : 'strong' in p
            ? `**${escapeText(p.strong)}**`
            : `[${escapeText(p.link)}](${p.href.replace(/[()\s]/g, encodeURIComponent)})`,
    )
    .join('');
}

/** GitHub-flavoured Markdown; flows as ```mermaid blocks, which GitHub and VS Code's preview draw. */
export function renderMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeText(b.text)}`);
        break;
      case 'para':
        out.push(inlines(b.parts));
        break;
      case 'list':
        out.push(b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inlines(item)}`).join('\n'));
        break;
      case 'table': {
        const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
        out.push(
          [row(b.head.map(escapeText)), row(b.head.map(() => '---')), ...b.rows.map((r) => row(r.map(inlines)))].join(
            '\n',
          ),
        );
        break;
      }
      case 'mermaid':
        out.push('```mermaid\n' + b.source.replace(/```/g, "'''") + '\n```');
        if (b.paths.length)
          out.push(b.paths.map((p) => `- ${escapeText(p.kind)}: ${escapeText(p.steps.join(' → '))}`).join('\n'));
        break;
    }
  }
  return out.join('\n\n') + '\n';
}
