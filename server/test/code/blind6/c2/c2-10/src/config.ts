export const config = {
  greenUrl: process.env.GREEN_API_URL ?? "https://api.green-api.com",
  idInstance: process.env.GREEN_ID_INSTANCE!,
  apiToken: process.env.GREEN_API_TOKEN!,
  model: process.env.OPENAI_MODEL ?? "gpt-4o-mini",
  instructions:
    process.env.BOT_INSTRUCTIONS ||
    "You are a helpful assistant. Answer the user's questions concisely. Keep replies under 1500 characters because they are delivered over WhatsApp.",
};
