import OpenAI from "openai";
import { config } from "./config.js";

const openai = new OpenAI();
const lastResponse = new Map<string, string>();

export async function reply(chatId: string, text: string): Promise<string> {
  const response = await openai.responses.create({
    model: config.model,
    instructions: config.instructions,
    input: text,
    previous_response_id: lastResponse.get(chatId),
  });
  lastResponse.set(chatId, response.id);
  return response.output_text;
}
