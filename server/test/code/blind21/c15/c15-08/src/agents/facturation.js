// Second agent (LLM) : questions de paiement. Pas d'humain derrière, il lit l'API de paiement en lecture seule.
import axios from "axios";
import { mistral, MODEL } from "../lib/mistral.js";

const PROMPT_FACTURATION = `Tu es « Facturation », l'assistant automatique de Vélo'Loire pour les paiements.
Tu peux consulter une réservation (outil lire_paiement) et expliquer : montant payé, caution bloquée ou libérée,
délai de remboursement (5 à 10 jours ouvrés selon la banque). Tu ne peux ni rembourser ni modifier un paiement :
si le client conteste, explique la politique d'annulation (gratuite jusqu'à 48 h avant, 50 % ensuite).
Vouvoiement, réponses courtes. Pas d'autres sujets que la facturation Vélo'Loire.`;

const TOOLS = [
  {
    type: "function",
    function: {
      name: "lire_paiement",
      description: "Lit l'état du paiement d'une réservation",
      parameters: { type: "object", properties: { reference: { type: "string" } }, required: ["reference"] },
    },
  },
];

export async function tourFacturation(conv) {
  const res = await mistral.chat.complete({
    model: MODEL,
    messages: [
      { role: "system", content: PROMPT_FACTURATION + (conv.motif ? `\nMotif du transfert : ${conv.motif}` : "") },
      ...conv.messages,
    ],
    tools: TOOLS,
  });
  return res.choices[0].message;
}

export async function outilFacturation(nom, args) {
  if (nom !== "lire_paiement") return { erreur: "outil inconnu" };
  const { data } = await axios.get(`${process.env.RESA_API}/paiements/${args.reference}`, {
    headers: { "X-Api-Key": process.env.RESA_API_KEY },
  });
  return data;
}
