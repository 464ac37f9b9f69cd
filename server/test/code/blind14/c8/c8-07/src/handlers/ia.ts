import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });

const PROMPT_PADRAO =
  process.env.PROMPT_IA ||
  "Você é um assistente útil e simpático. Responda de forma clara e em português do Brasil, usando emojis com moderação.";

export async function perguntarIA(texto: string): Promise<string> {
  const r = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [
      { role: "system", content: PROMPT_PADRAO },
      { role: "user", content: texto },
    ],
  });
  const c = r.choices?.[0]?.message?.content;
  return typeof c === "string" ? c : "Não consegui responder agora, tenta de novo? 🙏";
}
