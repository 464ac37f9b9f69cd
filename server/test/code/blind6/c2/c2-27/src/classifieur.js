const { GoogleGenerativeAI } = require('@google/generative-ai');

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);

const CATEGORIES = ['commande', 'livraison', 'retour', 'facturation', 'partenariat', 'spam', 'autre'];

const model = genAI.getGenerativeModel({
  model: 'gemini-1.5-flash',
  systemInstruction:
    "Tu classes des e-mails reçus par le service client de L'Atelier du Bois (mobilier artisanal). " +
    `Réponds uniquement par un objet JSON {"categorie": <une de ${CATEGORIES.join(', ')}>, "urgent": true|false, "resume": "<une phrase>"}.`,
  generationConfig: { responseMimeType: 'application/json', temperature: 0 },
});

async function classer({ sujet, expediteur, texte }) {
  const result = await model.generateContent(`De : ${expediteur}\nObjet : ${sujet}\n\n${texte.slice(0, 6000)}`);
  return JSON.parse(result.response.text());
}

module.exports = { classer, CATEGORIES };
