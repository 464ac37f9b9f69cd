import type { FlowNode } from '../../model/types';
import type { Fix, FixContext } from '../../model/fixes';

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
    const lineStart = text.lastIndexOf('\n', node.ref.span.start - 1) + 1;
    const prefix = text.slice(lineStart, node.ref.span.start);
    // "  - name: EnterpriseSearchPolicy": siblings are indented to where "name" starts.
    const indent = ' '.repeat(prefix.replace(/name:\s*$/, '').length);
    const lineEnd = text.indexOf('\n', node.ref.span.end);
    const at = lineEnd < 0 ? text.length : lineEnd + 1;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
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
