import { tool } from "ai";
import { z } from "zod";

export const baseTools = {
  zaehlerstand_melden: tool({
    description: "Zählerstand für eine Vertragsnummer erfassen",
    parameters: z.object({ vertragsnummer: z.string(), stand: z.number(), datum: z.string().optional() }),
    execute: async ({ vertragsnummer, stand }) => {
      const r = await fetch(`https://api.swl-intern.de/zaehler/${vertragsnummer}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ stand, quelle: "whatsapp" }),
      });
      return r.ok ? "Zählerstand gespeichert." : "Vertragsnummer nicht gefunden.";
    },
  }),
  abschlag_info: tool({
    description: "Aktuellen monatlichen Abschlag abrufen",
    parameters: z.object({ vertragsnummer: z.string() }),
    execute: async ({ vertragsnummer }) => {
      const r = await fetch(`https://api.swl-intern.de/vertraege/${vertragsnummer}/abschlag`);
      return r.ok ? await r.json() : { fehler: "nicht gefunden" };
    },
  }),
};

export const handoffTool = {
  an_mitarbeiter_uebergeben: tool({
    description: "Chat an die CRM-Warteschlange Kundenservice übergeben",
    parameters: z.object({ grund: z.string() }),
    execute: async ({ grund }, { messages }) => {
      await fetch(process.env.CRM_HANDOFF_URL!, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ grund, verlauf: messages }),
      });
      return "Übergeben. Ein Mitarbeiter meldet sich.";
    },
  }),
};
