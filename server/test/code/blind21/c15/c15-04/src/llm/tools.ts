import type Anthropic from "@anthropic-ai/sdk";
import { config } from "../config";
import { freieTermine, terminBuchen, auftragsstatus } from "../werkstatt/dms";
import { ticketAnlegen } from "../werkstatt/zammad";

const basisTools: Anthropic.Tool[] = [
  {
    name: "freie_termine",
    description: "Sucht freie Werkstatt-Slots für eine Leistung ab einem Datum",
    input_schema: {
      type: "object",
      properties: {
        leistung: { type: "string", enum: ["inspektion", "oelwechsel", "hu_au", "reifenwechsel", "klimaservice", "diagnose"] },
        ab_datum: { type: "string", description: "YYYY-MM-DD" },
      },
      required: ["leistung"],
    },
  },
  {
    name: "termin_buchen",
    description: "Bucht einen Slot verbindlich",
    input_schema: {
      type: "object",
      properties: {
        slot_id: { type: "string" },
        kennzeichen: { type: "string" },
        name: { type: "string" },
        notiz: { type: "string" },
      },
      required: ["slot_id", "kennzeichen", "name"],
    },
  },
  {
    name: "auftragsstatus",
    description: "Status eines laufenden Werkstattauftrags per Kennzeichen",
    input_schema: { type: "object", properties: { kennzeichen: { type: "string" } }, required: ["kennzeichen"] },
  },
];

const uebergabeTool: Anthropic.Tool = {
  name: "an_mitarbeiter_uebergeben",
  description: "Übergibt den Chat an die Serviceannahme (Zammad-Ticket)",
  input_schema: { type: "object", properties: { grund: { type: "string" } }, required: ["grund"] },
};

export const tools: Anthropic.Tool[] = config.handoffEnabled ? [...basisTools, uebergabeTool] : basisTools;

export async function runTool(name: string, input: any, telefon: string): Promise<unknown> {
  switch (name) {
    case "freie_termine":
      return freieTermine(input.leistung, input.ab_datum);
    case "termin_buchen":
      return terminBuchen({ ...input, telefon });
    case "auftragsstatus":
      return auftragsstatus(input.kennzeichen);
    case "an_mitarbeiter_uebergeben":
      if (!config.handoffEnabled) return { fehler: "deaktiviert" };
      return ticketAnlegen(telefon, input.grund);
    default:
      return { fehler: `unbekanntes Tool ${name}` };
  }
}
