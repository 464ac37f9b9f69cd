import { jsonSchema, tool } from "ai";
import type { Whatsapp } from "@wppconnect-team/wppconnect";

export function herramientas(client: Whatsapp, interesado: string) {
  return {
    derivar_asesor: tool({
      description: "Deriva la conversación a un asesor inmobiliario humano por WhatsApp.",
      parameters: jsonSchema<{ motivo: string; propiedad?: string }>({
        type: "object",
        properties: {
          motivo: { type: "string", description: "Qué necesita el interesado" },
          propiedad: { type: "string", description: "Código de la propiedad, si lo mencionó" },
        },
        required: ["motivo"],
      }),
      execute: async ({ motivo, propiedad }) => {
        await client.sendText(
          process.env.ASESOR_WHATSAPP!,
          `📋 Derivación del bot\nInteresado: wa.me/${interesado.replace("@c.us", "")}\nMotivo: ${motivo}${propiedad ? `\nPropiedad: ${propiedad}` : ""}`
        );
        return "Asesor notificado; va a escribir al interesado en los próximos minutos.";
      },
    }),
  };
}
