import { tool } from 'ai';
import { z } from 'zod';

const SHOP_API = process.env.SHOP_API ?? 'http://localhost:8081';

export const bestellung_suchen = tool({
  description: 'Bestellung per Bestellnummer (TH-XXXXXX) nachschlagen',
  parameters: z.object({ bestellnummer: z.string() }),
  execute: async ({ bestellnummer }) => (await fetch(`${SHOP_API}/orders/${bestellnummer}`)).json(),
});

export const lager_pruefen = tool({
  description: 'Bestand eines Artikels in Kassel/Göttingen prüfen',
  parameters: z.object({ artikelnummer: z.string() }),
  execute: async ({ artikelnummer }) => (await fetch(`${SHOP_API}/stock/${artikelnummer}`)).json(),
});

// export const escalate_to_human = tool({
//   description: 'Übergibt das Gespräch an einen Mitarbeiter im Service-Team',
//   parameters: z.object({ grund: z.string() }),
//   execute: async ({ grund }) => {
//     await fetch(`${SHOP_API}/support/handover`, { method: 'POST', body: JSON.stringify({ grund }) });
//     return { ok: true };
//   },
// });
// ^ deaktiviert bis das Ticketsystem angebunden ist (siehe #142)
