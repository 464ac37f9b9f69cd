import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

export interface BotConfig {
  business: { name: string; description: string; website: string; hours: string }
  assistant: { tone: string; language: string; max_reply_chars: number; emojis: string }
  escalation: { keywords: string[]; target: 'tier2'; tier2_model: string }
  models: { tier1: string }
}

export const cfg: BotConfig = parse(
  readFileSync(process.env.BOT_CONFIG ?? 'config/bot.yaml', 'utf8'),
)
