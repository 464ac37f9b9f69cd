import { isFlow, type Rule } from '../types';

export default {
  id: 'flow/general-intent',
  clause: 'WA-AI-PROVIDERS',
  defaultLevel: 'error',
  summary:
    'An intent trained on general questions or creative requests ("write me a poem", "capital of France") routes to an LLM, so the bot serves general use.',
  appliesTo: isFlow,
  check(ctx) {
    for (const note of ctx.model.notes) {
      if (note.kind !== 'general-intent') continue;
      ctx.report({
        ref: note.ref,
        message: `An intent opens the bot to general use: ${note.detail ?? 'its training phrases are general requests and it routes to an LLM'}.`,
        why: 'Training the bot to recognise general-knowledge or creative requests and answering them with a model invites people to use it as a general-purpose assistant, whatever the model prompt says.',
        signals: [note.detail ?? 'general training phrases → LLM'],
        howToFix:
          'Remove the general training phrases, or route that intent to the fixed out-of-scope reply instead of the model.',
        l10n: { key: note.detail ? 'detail' : 'plain', args: { detail: note.detail ?? '' } },
      });
    }
  },
} satisfies Rule;
