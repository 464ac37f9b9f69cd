import type Anthropic from "@anthropic-ai/sdk";
import axios from "axios";
import { crearTicketFarmaceutico } from "./zendesk";

export const tools: Anthropic.Tool[] = [
  {
    name: "buscar_producto",
    description: "Busca un producto en el catálogo y devuelve precio y existencia por sucursal",
    input_schema: { type: "object", properties: { q: { type: "string" } }, required: ["q"] },
  },
  {
    name: "estado_pedido",
    description: "Devuelve el estado de un pedido a domicilio",
    input_schema: { type: "object", properties: { folio: { type: "string" } }, required: ["folio"] },
  },
  {
    name: "transferir_a_farmaceutico",
    description: "Pasa la conversación al farmacéutico de turno. El bot deja de contestar en este chat hasta que el ticket se cierre.",
    input_schema: {
      type: "object",
      properties: { motivo: { type: "string" }, resumen: { type: "string" } },
      required: ["motivo", "resumen"],
    },
  },
];

export const pausedChats = new Set<string>();

export async function runTool(name: string, input: any, chatId: string): Promise<string> {
  const api = process.env.CATALOGO_API;
  switch (name) {
    case "buscar_producto": {
      const { data } = await axios.get(`${api}/productos`, { params: { q: input.q, limit: 5 } });
      return JSON.stringify(data.items);
    }
    case "estado_pedido": {
      const { data } = await axios.get(`${api}/pedidos/${encodeURIComponent(input.folio)}`);
      return JSON.stringify({ estado: data.estado, eta: data.eta_min });
    }
    case "transferir_a_farmaceutico": {
      const id = await crearTicketFarmaceutico(chatId.replace("@c.us", ""), input.motivo, input.resumen);
      pausedChats.add(chatId);
      return `Ticket #${id} creado. Dile al cliente que un farmacéutico le escribe por este mismo chat en unos minutos.`;
    }
    default:
      return "herramienta desconocida";
  }
}
