import { anyBot, type Rule } from '../types';

export default {
  id: 'data/trains-on-conversations',
  clause: 'WA-AI-TRAINING',
  defaultLevel: 'error',
  summary: 'Conversations are sent to a model tier that trains on inputs, or exported to train or improve AI models.',
  appliesTo: anyBot,
  check(ctx) {
    const p = ctx.config.provider;
    const freeGemini = p?.name === 'google' && p.tier === 'free';
    const trains = p && p.trainsOnInputs === true && !p.exclusiveFineTune;
    if (trains || freeGemini) {
      const seen = new Set<string>();
      for (const m of ctx.model.models) {
        if (m.provider !== p!.name || seen.has(m.provider)) continue;
        seen.add(m.provider);
        ctx.report({
          ref: m.ref,
          clause: freeGemini ? 'GEMINI-UNPAID-DATA' : 'WA-AI-TRAINING',
          message: freeGemini
            ? 'WhatsApp conversations go to the unpaid Gemini API tier, where Google may use prompts and answers to improve its products. WhatsApp data may not train AI models.'
            : `WhatsApp conversations go to ${m.provider}, configured as a tier that trains on inputs. WhatsApp data may not be used to train or improve AI models.`,
          why: 'The WhatsApp terms forbid using platform data to create or improve AI models, except fine-tuning a model used only by this business.',
          signals: [
            `provider: ${m.provider}${m.model ? ` (${m.model})` : ''}`,
            `tier: ${p!.tier ?? 'unknown'}`,
            `trainsOnInputs: ${String(p!.trainsOnInputs ?? false)}`,
          ],
          howToFix:
            'Use a paid or enterprise tier that does not train on inputs, and set provider.trainsOnInputs: false in .wa-policy.yaml.',
          l10n: { key: freeGemini ? 'freeGemini' : 'trainingTier', args: { provider: m.provider } },
        });
      }
    }
    for (const sink of ctx.model.trainingSinks) {
      ctx.report({
        ref: sink.ref,
        message: `Conversations are exported for model training here${sink.detail ? ` (${sink.detail})` : ''}. WhatsApp data may not train shared AI models.`,
        why: 'Only fine-tuning a model used exclusively by this business is allowed; datasets or vendor training uploads are not.',
        signals: [`training sink: ${sink.kind}`],
        howToFix:
          'Remove the export, or restrict it to fine-tuning a model only this business uses and record that with provider.exclusiveFineTune: true.',
        l10n: { key: 'sink', args: { detail: sink.detail ? ` (${sink.detail})` : '' } },
      });
    }
  },
} satisfies Rule;
