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
        message: `User messages go to external code that looks like an LLM${note.detail ? ` (${note.detail})` : ''}; its prompt cannot be checked from this flow. Keep that system prompt in a prompt file in the repository (e.g. prompts/<name>.system.md) so it is linted.`,
        why: 'The policy question is what the model behind this call is allowed to answer. The flow only shows the HTTP call, so the scope cannot be verified from it.',
        signals: [`external call: ${note.detail ?? 'webhook'}`],
        howToFix: 'Keep the system prompt the webhook sends in a prompt file the linter reads (linking it to this flow through `links` in .wa-policy.yaml is planned).',
      });
    }
  },
} satisfies Rule;
