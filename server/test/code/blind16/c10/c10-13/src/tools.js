import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import zendesk from 'node-zendesk';

const zd = zendesk.createClient({
  username: process.env.ZD_EMAIL,
  token: process.env.ZD_TOKEN,
  subdomain: 'mutuellehorizon',
});
const API = process.env.CORE_API;

export const contratLookup = tool(
  async ({ adherent }) => JSON.stringify(await (await fetch(`${API}/contrats/${adherent}`)).json()),
  { name: 'contrat_lookup', description: "Garanties du contrat d'un adhérent", schema: z.object({ adherent: z.string() }) }
);

export const dossierStatus = tool(
  async ({ dossier }) => JSON.stringify(await (await fetch(`${API}/dossiers/${dossier}`)).json()),
  { name: 'dossier_status', description: "Statut d'un remboursement ou sinistre", schema: z.object({ dossier: z.string() }) }
);

export const makeTransfer = (phone, onTransfer) =>
  tool(
    async ({ resume }) => {
      await zd.tickets.create({
        ticket: {
          subject: `WhatsApp – demande conseiller (${phone})`,
          comment: { body: resume },
          group_id: Number(process.env.ZD_GROUP_RELATION_ADHERENTS),
          tags: ['whatsapp', 'handoff'],
          requester: { name: phone, phone },
        },
      });
      onTransfer();
      return 'Ticket créé, conseiller notifié.';
    },
    { name: 'transfer_to_human', description: 'Transfère la conversation à un conseiller humain', schema: z.object({ resume: z.string() }) }
  );
