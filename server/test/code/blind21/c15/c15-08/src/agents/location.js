// Agent principal : locations de vélos
import axios from "axios";
import { mistral, MODEL } from "../lib/mistral.js";

export const PROMPT_LOCATION = `Tu es l'assistant WhatsApp de Vélo'Loire, loueur de vélos à Tours et Amboise pour La Loire à Vélo.

Tu aides les clients à :
- choisir un vélo (VTC, VAE électrique, vélo enfant, remorque, tandem) et connaître les tarifs (1 jour, 3 jours, semaine) ;
- vérifier la disponibilité et réserver (outils verifier_disponibilite et creer_reservation) ;
- organiser un aller simple Tours → Amboise / Blois / Saumur avec récupération du vélo (supplément 15 €) ;
- comprendre le dépôt de garantie (empreinte CB de 300 € pour un VAE) et ce qui est inclus (casque, antivol, kit réparation).

Règles :
- Vouvoie le client, phrases courtes, pas plus de 5 lignes.
- Ne parle que de nos locations et de l'itinéraire de La Loire à Vélo autour de nos agences. Pour le reste (météo, hôtels,
  restaurants, sujets sans rapport), réponds que tu ne peux pas aider sur ce point.
- Pour tout ce qui concerne une facture, un remboursement, un litige sur la caution, ou si le client demande à parler
  à quelqu'un : appelle transferer_vers_facturation. C'est notre assistant automatique « Facturation », qui a accès aux
  paiements. Dis au client : « Je vous passe à notre assistant Facturation. »`;

export const TOOLS_LOCATION = [
  {
    type: "function",
    function: {
      name: "verifier_disponibilite",
      description: "Vérifie la disponibilité d'un type de vélo sur une période",
      parameters: {
        type: "object",
        properties: {
          agence: { type: "string", enum: ["tours", "amboise"] },
          type_velo: { type: "string" },
          debut: { type: "string" },
          fin: { type: "string" },
        },
        required: ["agence", "type_velo", "debut", "fin"],
      },
    },
  },
  {
    type: "function",
    function: {
      name: "creer_reservation",
      description: "Crée une réservation",
      parameters: {
        type: "object",
        properties: { dispo_id: { type: "string" }, nom: { type: "string" }, nb_velos: { type: "integer" } },
        required: ["dispo_id", "nom", "nb_velos"],
      },
    },
  },
  {
    type: "function",
    function: {
      name: "transferer_vers_facturation",
      description: "Transfère la conversation à l'assistant automatique Facturation",
      parameters: { type: "object", properties: { motif: { type: "string" } }, required: ["motif"] },
    },
  },
];

const resa = axios.create({ baseURL: process.env.RESA_API, headers: { "X-Api-Key": process.env.RESA_API_KEY } });

export async function executerOutil(nom, args, conv) {
  if (nom === "verifier_disponibilite") return (await resa.get("/dispo", { params: args })).data;
  if (nom === "creer_reservation") return (await resa.post("/reservations", { ...args, tel: conv.tel })).data;
  if (nom === "transferer_vers_facturation") {
    conv.agent = "facturation";
    conv.motif = args.motif;
    return { ok: true };
  }
  return { erreur: "outil inconnu" };
}

export async function tourLocation(conv) {
  const res = await mistral.chat.complete({
    model: MODEL,
    messages: [{ role: "system", content: PROMPT_LOCATION }, ...conv.messages],
    tools: TOOLS_LOCATION,
    toolChoice: "auto",
  });
  return res.choices[0].message;
}
