import cfg from '../config/bot.json';

export function buildSystemPrompt(): string {
  const vars: Record<string, string> = {
    storeName: cfg.storeName,
    city: cfg.city,
    supportPhone: cfg.supportPhone,
    supportHours: cfg.supportHours,
  };
  return cfg.systemTemplate.join('\n').replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k] ?? '');
}

export const MODEL = cfg.model;
