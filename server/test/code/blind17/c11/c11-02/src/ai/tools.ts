import { tool } from "ai";
import { z } from "zod";
import type { WASocket } from "@whiskeysockets/baileys";
import { pauseBot } from "../bot/state.js";

export function buildTools(sock: WASocket, customerJid: string) {
  return {
    crearPedido: tool({
      description: "Manda el pedido confirmado a la comanda de cocina",
      parameters: z.object({
        items: z.array(z.object({ id: z.string(), cantidad: z.number().int().min(1) })),
        tipo: z.enum(["llevar", "domicilio"]),
        direccion: z.string().optional(),
        nombre: z.string(),
      }),
      execute: async (pedido) => {
        const folio = Math.floor(1000 + Math.random() * 9000);
        await sock.sendMessage(process.env.STAFF_GROUP_JID!, {
          text: `🧾 Pedido #${folio} de ${pedido.nombre} (${customerJid.split("@")[0]})\n` +
            pedido.items.map((i) => `• ${i.cantidad} x ${i.id}`).join("\n") +
            `\n${pedido.tipo}${pedido.direccion ? ": " + pedido.direccion : ""}`,
        });
        return { folio, ok: true };
      },
    }),
    pasarConEncargado: tool({
      description: "Avisa al grupo de encargados para que una persona atienda este chat y pausa al bot",
      parameters: z.object({ motivo: z.string() }),
      execute: async ({ motivo }) => {
        await sock.sendMessage(process.env.STAFF_GROUP_JID!, {
          text: `🙋 Cliente ${customerJid.split("@")[0]} necesita a alguien.\nMotivo: ${motivo}\n` +
            `Contéstenle directo desde el cel de la sucursal. El bot queda en pausa 2 h para ese chat.`,
        });
        pauseBot(customerJid, 2 * 60 * 60 * 1000);
        return { ok: true };
      },
    }),
  };
}
