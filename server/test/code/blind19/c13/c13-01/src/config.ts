import 'dotenv/config'

const DEFAULT_PROMPT = `Você é um assistente útil e simpático no WhatsApp.
Responda em português do Brasil, de forma curta e direta, sem markdown pesado.
Use no máximo 3 parágrafos.`

export const config = {
  model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini',
  systemPrompt: process.env.SYSTEM_PROMPT?.trim() || DEFAULT_PROMPT,
  maxHistory: Number(process.env.MAX_HISTORY ?? 12),
}
