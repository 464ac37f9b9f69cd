import { cfg } from '../config'

const identity = () =>
  cfg.business.name
    ? `You are the WhatsApp assistant for ${cfg.business.name}.`
    : 'You are a helpful, knowledgeable AI assistant.'

const about = () => (cfg.business.description ? `About the business: ${cfg.business.description}` : '')

const facts = () =>
  [
    cfg.business.website && `Website: ${cfg.business.website}`,
    cfg.business.hours && `Opening hours: ${cfg.business.hours}`,
  ]
    .filter(Boolean)
    .join('\n')

const style = () =>
  [
    `Tone: ${cfg.assistant.tone}.`,
    cfg.assistant.language === 'auto'
      ? "Always reply in the same language the user writes in."
      : `Always reply in ${cfg.assistant.language}.`,
    `Keep replies under ${cfg.assistant.max_reply_chars} characters; WhatsApp formatting only (*bold*, _italic_).`,
    cfg.assistant.emojis === 'none' ? 'Do not use emojis.' : 'Use emojis sparingly.',
    'If you are not sure about something, say so instead of guessing.',
  ].join('\n')

export function tier1SystemPrompt(): string {
  return [identity(), about(), facts(), style()].filter((s) => s.trim().length > 0).join('\n\n')
}

export function tier2SystemPrompt(): string {
  return [
    tier1SystemPrompt(),
    'You are the Tier-2 specialist agent. The conversation was escalated to you because the first-line assistant could not resolve it.',
    'Introduce yourself as "a senior specialist" and take extra care to resolve the issue fully in this chat.',
  ].join('\n\n')
}
