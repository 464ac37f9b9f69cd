import type { FlowNode } from '../../model/types';
import type { Fix, FixContext } from '../../model/fixes';
import { eolOf, lineBounds } from '../../model/text';

const FIXED_REPLY = 'utter_cannot_handle';

/**
 * Rasa: send chitchat to the fixed out-of-scope reply instead of free-form generation, and make
 * enterprise search answer only from relevant documents.
 */
export function rasaOpenFixes(ctx: FixContext, node: FlowNode): Fix[] {
  const text = ctx.textOf(node.ref.uri);
  const token = text.slice(node.ref.span.start, node.ref.span.end);
  if (node.kind === 'llm' && /^(utter_free_chitchat_response|action_trigger_chitchat|utter_\w+)$/.test(token)) {
    return [
      {
        title: `Reply with the fixed ${FIXED_REPLY} instead of free-form generation`,
        edits: [{ uri: node.ref.uri, span: node.ref.span, newText: FIXED_REPLY }],
        preferred: true,
        l10n: { key: 'fix.rasaFixedReply', args: { reply: FIXED_REPLY } },
      },
    ];
  }
  if (node.kind === 'search' && /(^|\.)EnterpriseSearchPolicy$/.test(token)) {
    const lineStart = lineBounds(text, node.ref.span.start).start;
    const prefix = text.slice(lineStart, node.ref.span.start);
    // "  - name: EnterpriseSearchPolicy": siblings are indented to where "name" starts.
    const indent = ' '.repeat(prefix.replace(/name:\s*$/, '').length);
    const end = lineBounds(text, node.ref.span.end).end;
    const lineEnd = end < text.length ? end : -1;
    const at = lineEnd < 0 ? text.length : lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
    const eol = eolOf(text);
    const existing = /check_relevancy:\s*false/.exec(text.slice(at, at + 2000));
    if (existing) {
      const start = at + existing.index + existing[0].length - 'false'.length;
      return [
        {
          title: 'Turn on check_relevancy for enterprise search',
          edits: [{ uri: node.ref.uri, span: { start, end: start + 5 }, newText: 'true' }],
          preferred: true,
          l10n: { key: 'fix.rasaCheckRelevancy' },
        },
      ];
    }
    return [
      {
        title: 'Turn on check_relevancy for enterprise search',
        edits: [
          {
            uri: node.ref.uri,
            span: { start: at, end: at },
            newText: `${lineEnd < 0 ? eol : ''}${indent}check_relevancy: true${eol}`,
          },
        ],
        preferred: true,
        l10n: { key: 'fix.rasaCheckRelevancy' },
      },
    ];
  }
  return [];
}
