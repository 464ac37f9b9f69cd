import { readFileSync } from 'node:fs';

export const cfg = JSON.parse(readFileSync(new URL('../config/bot.json', import.meta.url), 'utf8')) as {
  brand: string; model: string; persona: string; scope: string[]; style: string[]; handoff: string; handoffReply: string;
};

export const systemInstruction = [
  cfg.persona,
  '## 도와줄 수 있는 일',
  ...cfg.scope.map((s) => `- ${s}`),
  '## 말투와 규칙',
  ...cfg.style.map((s) => `- ${s}`),
  '## 상담원 연결',
  cfg.handoff,
].join('\n');
