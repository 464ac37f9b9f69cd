import { generateText, tool, type CoreMessage } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { SISTEMA } from "./prompts/sistema";
import { estatusPedido, sucursales } from "./services/pedidos";
import { escalarAHumano } from "./services/chatwoot";

const historial = new Map<string, CoreMessage[]>();
export const enManosDeAsesor = new Set<string>();

export async function responder(telefono: string, texto: string): Promise<string | null> {
  if (enManosDeAsesor.has(telefono)) return null; // un asesor ya atiende este chat

  const msgs = historial.get(telefono) ?? [];
  msgs.push({ role: "user", content: texto });

  const { text, response } = await generateText({
    model: openai("gpt-4o-mini"),
    system: SISTEMA,
    messages: msgs.slice(-14),
    maxSteps: 4,
    tools: {
      consultarPedido: tool({
        description: "Consulta el estatus de un pedido a domicilio por folio",
        parameters: z.object({ folio: z.string().describe("Folio, p. ej. GDL-483920") }),
        execute: async ({ folio }) => estatusPedido(folio),
      }),
      buscarSucursal: tool({
        description: "Busca sucursales cercanas por colonia o municipio",
        parameters: z.object({ colonia: z.string() }),
        execute: async ({ colonia }) => sucursales(colonia),
      }),
      transferirAAsesor: tool({
        description: "Pasa la conversación a un asesor humano del equipo de Atención a Clientes",
        parameters: z.object({ resumen: z.string().describe("Resumen del caso en 1-2 frases") }),
        execute: async ({ resumen }) => {
          await escalarAHumano(telefono, resumen);
          enManosDeAsesor.add(telefono);
          return { ok: true };
        },
      }),
    },
  });

  msgs.push(...response.messages);
  historial.set(telefono, msgs);
  return text;
}
