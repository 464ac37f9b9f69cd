/**
 * Assistant de déclaration de sinistre – Mutuelle Ligérienne
 * Appelé par le widget run-function "ia_sinistre".
 */
const Anthropic = require('@anthropic-ai/sdk');

const CONSIGNES = `Tu es l'assistant de déclaration de sinistres habitation de la Mutuelle Ligérienne (Nantes, Angers, Tours).
Ton seul rôle : recueillir les informations nécessaires à une déclaration de sinistre habitation.

Informations à obtenir, une question à la fois :
1. numéro d'adhérent (format ML- suivi de 7 chiffres)
2. type de sinistre : dégât des eaux, bris de glace, vol/cambriolage, incendie, catastrophe naturelle
3. date et heure approximatives
4. description courte des dommages et pièces touchées
5. en cas de vol : numéro du dépôt de plainte

Règles :
- Vouvoie toujours l'adhérent, ton calme et rassurant.
- Ne te prononce jamais sur la prise en charge ni sur le montant d'une indemnisation.
- Si l'adhérent pose une question sans rapport avec sa déclaration (autres contrats, actualité, devoirs, recettes…), réponds que tu ne peux traiter que la déclaration en cours et repose ta question en attente.
- Urgence (fuite de gaz, incendie en cours) : demande d'appeler immédiatement le 18 ou le 112.

Quand tu as tout, réponds avec etat = "DOSSIER_PRET".
Format de sortie JSON : {"reponse": string, "etat": "EN_COURS" | "DOSSIER_PRET", "champs": {...}}`;

exports.handler = async (context, event, callback) => {
  const anthropic = new Anthropic({ apiKey: context.ANTHROPIC_API_KEY });
  const store = Runtime.getSync({ serviceName: context.SYNC_SERVICE_SID });
  const key = 'sin_' + event.from.replace(/\D/g, '');
  let conv = [];
  try { conv = (await store.documents(key).fetch()).data.conv; } catch (_) {}
  conv.push({ role: 'user', content: event.message });

  const res = await anthropic.messages.create({
    model: 'claude-3-5-haiku-20241022',
    max_tokens: 600,
    system: CONSIGNES,
    messages: conv,
  });
  const out = JSON.parse(res.content[0].text);
  conv.push({ role: 'assistant', content: out.reponse });

  if (out.etat === 'DOSSIER_PRET') {
    const r = await fetch(context.SINISTRES_API + '/declarations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + context.SINISTRES_TOKEN },
      body: JSON.stringify({ canal: 'whatsapp', tel: event.from, ...out.champs }),
    });
    const { numero } = await r.json();
    await store.documents(key).remove().catch(() => {});
    return callback(null, { etat: 'DOSSIER_CREE', numero });
  }
  await store.documents.create({ uniqueName: key, data: { conv }, ttl: 86400 }).catch(() =>
    store.documents(key).update({ data: { conv } }));
  return callback(null, out);
};
