import { readFileSync } from 'node:fs'
import yaml from 'js-yaml'

export interface BotConfig {
  name: string
  model: string
  temperature: number
  max_history: number
  handoff_keyword: string
  system_prompt: string
}

export function loadConfig(path = process.env.BOT_CONFIG ?? 'config/bot.yaml'): BotConfig {
  const doc = yaml.load(readFileSync(path, 'utf8')) as { bot: BotConfig }
  return doc.bot
}
