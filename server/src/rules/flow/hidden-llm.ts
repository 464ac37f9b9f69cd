import { isFlow, type Rule } from '../types';

export default {
  id: 'flow/hidden-llm',
  clause: 'WA-AI-PROVIDERS',
  defaultLevel: 'info',
  summary: 'An LLM seems to sit behind a webhook or function, so its prompt cannot be checked with the flow.',
  appliesTo: isFlow,
  check(ctx) {
    for (const note of ctx.model.notes) {
      if (note.kind !== 'hidden-llm') continue;
      ctx.report({
        ref: note.ref,
        message: `User messages go to external code that looks like an LLM${note.detail ? ` (${note.detail})` : ''}; its prompt cannot be seen here. Link the prompt file in .wa-policy.yaml (\`links\`) so it is checked with this flow.`,
        why: 'The policy question is what the model behind this call is allowed to answer. The flow only shows the HTTP call, so the scope cannot be verified from it.',
        signals: [`external call: ${note.detail ?? 'webhook'}`],
        howToFix:
          'Add `links: [{ flow: "<this file>", prompt: "<prompt file>", node: "<state name>" }]` to .wa-policy.yaml; the prompt is then judged as the prompt of this step.',
        l10n: { key: 'external', args: { detail: note.detail ? ` (${note.detail})` : '' } },
      });
    }
  },
} satisfies Rule;
