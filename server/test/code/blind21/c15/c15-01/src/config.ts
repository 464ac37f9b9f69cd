import "dotenv/config";

const DEFAULT_PROMPT =
  "Você é um assistente prestativo e educado. Responda sempre em português do Brasil, " +
  "de forma curta e clara (no máximo 3 parágrafos), porque a conversa é pelo WhatsApp. " +
  "Use emojis com moderação.";

export const config = {
  openaiKey: process.env.OPENAI_API_KEY ?? "",
  model: process.env.OPENAI_MODEL ?? "gpt-4o-mini",
  systemPrompt: process.env.SYSTEM_PROMPT?.trim() || DEFAULT_PROMPT,
  maxHistory: Number(process.env.MAX_HISTORY ?? 12),
  authDir: process.env.AUTH_DIR ?? ".baileys_auth",
};
