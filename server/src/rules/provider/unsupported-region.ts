import { clause } from '../../policy/clauses';
import { anyBot, type Rule } from '../types';
import { countryOfNumber } from './callingCodes';

const CLAUSE_BY_PROVIDER: Record<string, string> = {
  openai: 'OPENAI-REGIONS',
  anthropic: 'ANTHROPIC-REGIONS',
  google: 'GEMINI-REGIONS',
};

export default {
  id: 'provider/unsupported-region',
  clause: 'OPENAI-REGIONS',
  defaultLevel: 'error',
  summary:
    "The bot's target markets include countries its model provider does not serve (OpenAI, Anthropic, Gemini regional terms).",
  appliesTo: anyBot,
  check(ctx) {
    const markets = new Map<string, string>(ctx.config.markets.map((m) => [m, '.wa-policy.yaml markets']));
    const number =
      ctx.model.whatsapp &&
      ctx.textOf(ctx.model.whatsapp.uri).slice(ctx.model.whatsapp.span.start, ctx.model.whatsapp.span.end);
    const fromNumber = number ? countryOfNumber(number) : undefined;
    if (number && fromNumber && !markets.has(fromNumber))
      markets.set(fromNumber, `the WhatsApp number ${number.replace(/^["']|["']$/g, '')}`);
    if (!markets.size) return;
    const seen = new Set<string>();
    for (const m of ctx.model.models) {
      const id = CLAUSE_BY_PROVIDER[m.provider];
      const c = id ? clause(id) : undefined;
      if (!c?.not_supported || seen.has(`${m.provider}@${m.ref.span.start}`)) continue;
      seen.add(`${m.provider}@${m.ref.span.start}`);
      const bad = [...markets].filter(([code]) => c.not_supported!.includes(code));
      if (!bad.length) continue;
      ctx.report({
        ref: m.ref,
        clause: id,
        message: `${c.issuer} does not serve ${bad.map(([code]) => code).join(', ')}, where this bot is offered (${bad.map(([, from]) => from).join('; ')}). Using ${m.model ?? m.provider} there is outside the provider's terms.`,
        why: `${c.issuer} lists the countries where its API may be used or offered. Serving users elsewhere can get the account blocked, which takes the bot down.`,
        signals: [
          `provider: ${m.provider}${m.model ? ` (${m.model})` : ''}`,
          ...bad.map(([code, from]) => `market: ${code} from ${from}`),
        ],
        howToFix:
          'Use a provider that serves these markets (or a self-hosted model), or remove the markets from `markets` in .wa-policy.yaml if the bot is not offered there.',
        l10n: {
          key: 'region',
          args: {
            issuer: c.issuer,
            countries: bad.map(([code]) => code).join(', '),
            places: bad.map(([, from]) => from).join('; '),
            model: m.model ?? m.provider,
          },
        },
      });
    }
  },
} satisfies Rule;
