import { readFileSync } from "node:fs";
import { ChatOpenAI } from "@langchain/openai";
import { createReactAgent } from "@langchain/langgraph/prebuilt";
import { MemorySaver } from "@langchain/langgraph";
import type { WASocket } from "@whiskeysockets/baileys";
import { buildTools } from "./tools/index.js";

const SYSTEM = readFileSync(new URL("./prompts/system.md", import.meta.url), "utf8");
const llm = new ChatOpenAI({ model: process.env.OPENAI_MODEL ?? "gpt-4o-mini", temperature: 0.4 });
const memory = new MemorySaver();

export async function ask(sock: WASocket, jid: string, text: string): Promise<string> {
  const agent = createReactAgent({
    llm,
    tools: buildTools(sock, jid),
    prompt: SYSTEM,
    checkpointSaver: memory,
  });
  const out = await agent.invoke(
    { messages: [{ role: "user", content: text }] },
    { configurable: { thread_id: jid } }
  );
  const last = out.messages[out.messages.length - 1];
  return typeof last.content === "string" ? last.content : JSON.stringify(last.content);
}
