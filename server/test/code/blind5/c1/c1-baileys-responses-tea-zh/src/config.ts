import { readFile } from 'node:fs/promises';

export interface BotConfig {
  shopName: string;
  model: string;
  handoffKeywords: string[];
  instructions: string;
}

export async function loadConfig(): Promise<BotConfig> {
  const raw = await readFile(new URL('../config/bot.json', import.meta.url), 'utf-8');
  return JSON.parse(raw) as BotConfig;
}
