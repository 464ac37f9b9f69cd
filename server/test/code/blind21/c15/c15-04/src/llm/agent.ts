import Anthropic from "@anthropic-ai/sdk";
import { config } from "../config";
import { systemPrompt } from "./prompt";
import { tools, runTool } from "./tools";

const client = new Anthropic();
const verlauf = new Map<string, Anthropic.MessageParam[]>();

export async function antworte(telefon: string, text: string): Promise<string> {
  const messages = verlauf.get(telefon) ?? [];
  messages.push({ role: "user", content: text });

  for (let i = 0; i < 5; i++) {
    const res = await client.messages.create({
      model: config.model,
      max_tokens: 800,
      system: systemPrompt(),
      tools,
      messages,
    });
    messages.push({ role: "assistant", content: res.content });

    if (res.stop_reason !== "tool_use") {
      verlauf.set(telefon, messages.slice(-20));
      return res.content
        .filter((b): b is Anthropic.TextBlock => b.type === "text")
        .map((b) => b.text)
        .join("\n");
    }

    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of res.content) {
      if (block.type === "tool_use") {
        const out = await runTool(block.name, block.input, telefon);
        results.push({ type: "tool_result", tool_use_id: block.id, content: JSON.stringify(out) });
      }
    }
    messages.push({ role: "user", content: results });
  }
  return "Entschuldigung, da ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.";
}
