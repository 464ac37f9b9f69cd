import type { Block, Inline } from './doc';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlines(parts: Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return esc(p);
      if ('code' in p) return `<code>${esc(p.code)}</code>`;
      if ('strong' in p) return `<strong>${esc(p.strong)}</strong>`;
      const safe = /^(https?:|#)/i.test(p.href) ? p.href : '#';
      return `<a href="${esc(safe)}">${esc(p.link)}</a>`;
    })
    .join('');
}

const STYLE = `body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}code{font:12px ui-monospace,Menlo,Consolas,monospace;background:#f4f4f4;padding:0 .2em;word-break:break-all}
pre{font:12px ui-monospace,Menlo,Consolas,monospace;background:#f8f8f8;border:1px solid #ddd;padding:.5rem;white-space:pre-wrap}
figure{margin:0 0 1rem}figcaption{font-weight:600}h2{border-bottom:1px solid #ccc;margin-top:2rem}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-before:page}h2:first-of-type{break-before:avoid}tr,figure{break-inside:avoid}a{color:inherit}}`;

/**
 * One self-contained HTML file (inline CSS, no script, no network) that prints well. A flow diagram is
 * shown as its Mermaid source in a <pre> (paste it into any Mermaid viewer) followed by an ordered list of
 * each marked path, which is what screen readers and printouts rely on.
 */
export function renderHtml(title: string, blocks: Block[], lang = 'en'): string {
  const body: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        body.push(`<h${b.level}${b.id ? ` id="${esc(b.id)}"` : ''}>${esc(b.text)}</h${b.level}>`);
        break;
      case 'para':
        body.push(`<p>${inlines(b.parts)}</p>`);
        break;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        body.push(`<${tag}>${b.items.map((i) => `<li>${inlines(i)}</li>`).join('')}</${tag}>`);
        break;
      }
      case 'table':
        body.push(
          `<table><thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${inlines(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
        );
        break;
      case 'mermaid':
        body.push(
          `<figure><figcaption>${esc(b.label)}</figcaption><pre class="mermaid" aria-label="Mermaid source of the flow diagram">${esc(b.source)}</pre>` +
            b.paths
              .map((p) => `<p>${esc(p.kind)}:</p><ol>${p.steps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>`)
              .join('') +
            '</figure>',
        );
        break;
    }
  }
  return `<!DOCTYPE html>\n<html lang="${esc(lang)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<style>\n${STYLE}\n</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
