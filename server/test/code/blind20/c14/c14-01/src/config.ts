import 'dotenv/config'

const DEFAULT_PROMPT = `Você é o ZapGPT, um assistente de IA simpático que conversa pelo WhatsApp.
Responda em português do Brasil, de forma clara e direta, sem textão.
Pode usar *negrito* e _itálico_ no formato do WhatsApp, mas nada de markdown com # ou tabelas.
Se a pergunta for ambígua, peça um detalhe antes de responder.`

export const config = {
  openaiKey: process.env.OPENAI_API_KEY ?? '',
  model: process.env.OPENAI_MODEL || 'gpt-4o-mini',
  systemPrompt: process.env.SYSTEM_PROMPT?.trim() || DEFAULT_PROMPT,
  historySize: Number(process.env.HISTORY_SIZE ?? 12),
}
