import { generateText, type CoreMessage } from "ai";
import { openai } from "@ai-sdk/openai";
import { buildSystemPrompt } from "./prompt.js";
import { baseTools, handoffTool } from "./tools.js";

const HANDOFF_ENABLED = process.env.ENABLE_HUMAN_HANDOFF === "true";
const verlauf = new Map<string, CoreMessage[]>();

export async function antworte(wa_id: string, text: string): Promise<string> {
  const messages = verlauf.get(wa_id) ?? [];
  messages.push({ role: "user", content: text });

  const { text: antwort, response } = await generateText({
    model: openai("gpt-4o-mini"),
    system: buildSystemPrompt({ handoff: HANDOFF_ENABLED }),
    messages,
    tools: HANDOFF_ENABLED ? { ...baseTools, ...handoffTool } : baseTools,
    maxSteps: 4,
  });

  messages.push(...response.messages);
  verlauf.set(wa_id, messages.slice(-16));
  return antwort;
}
