import { readFile } from "node:fs/promises";
import { streamText, type CoreMessage } from "ai";
import { anthropic } from "@ai-sdk/anthropic";
import type { Whatsapp } from "@wppconnect-team/wppconnect";
import { herramientas } from "./tools.js";

const cfg = JSON.parse(await readFile(new URL("../config/prompts.json", import.meta.url), "utf8")).asistente;

const charlas = new Map<string, CoreMessage[]>();

export async function responder(client: Whatsapp, de: string, texto: string): Promise<string> {
  const msgs = charlas.get(de) ?? [];
  msgs.push({ role: "user", content: texto });

  const result = streamText({
    model: anthropic(cfg.modelo),
    system: cfg.system,
    messages: msgs.slice(-12),
    tools: herramientas(client, de),
    maxSteps: 3,
  });

  const respuesta = await result.text;
  msgs.push({ role: "assistant", content: respuesta });
  charlas.set(de, msgs);
  return respuesta;
}
