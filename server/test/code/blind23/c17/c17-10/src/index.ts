import Anthropic from "@anthropic-ai/sdk";
import { readFileSync } from "node:fs";
import WhatsApp from "whatsapp";
import { runTool, tools } from "./tools";

const SYSTEM = readFileSync(new URL("../prompts/system.ja.txt", `file://${__dirname}/`), "utf8");
const wa = new WhatsApp(Number(process.env.WA_PHONE_NUMBER_ID));
const claude = new Anthropic();

async function reply(waId: string, text: string): Promise<void> {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: text }];
  for (let i = 0; i < 3; i++) {
    const res = await claude.messages.create({ model: "claude-3-5-sonnet-latest", max_tokens: 500, system: SYSTEM, tools, messages });
    if (res.stop_reason !== "tool_use") {
      const out = res.content.filter((b) => b.type === "text").map((b) => (b as Anthropic.TextBlock).text).join("");
      await wa.messages.text({ body: out }, Number(waId));
      return;
    }
    messages.push({ role: "assistant", content: res.content });
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const b of res.content) {
      if (b.type === "tool_use") {
        results.push({ type: "tool_result", tool_use_id: b.id, content: await runTool(waId, b.name, b.input as Record<string, unknown>) });
      }
    }
    messages.push({ role: "user", content: results });
  }
}

wa.webhooks.start(async (statusCode, _headers, body) => {
  if (statusCode !== 200 || !body) return;
  const msg = (body as any).entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (msg?.type === "text") await reply(msg.from, msg.text.body);
});
