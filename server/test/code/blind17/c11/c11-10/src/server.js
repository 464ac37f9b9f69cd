import express from "express";
import Anthropic from "@anthropic-ai/sdk";
import { SYSTEM } from "./prompt.js";
import { envoyer, marquerLu } from "./whatsapp.js";

const app = express();
app.use(express.json());
const claude = new Anthropic();
const fils = new Map();

const outils = [
  {
    name: "fiche_produit",
    description: "Renvoie composition et allergènes d'un produit",
    input_schema: { type: "object", properties: { produit: { type: "string" } }, required: ["produit"] },
  },
  {
    name: "precommande",
    description: "Enregistre une précommande à retirer en boutique",
    input_schema: {
      type: "object",
      properties: {
        nom: { type: "string" },
        articles: { type: "array", items: { type: "string" } },
        retrait: { type: "string", description: "date et heure ISO" },
      },
      required: ["nom", "articles", "retrait"],
    },
  },
];

async function executer(nom, input, tel) {
  if (nom === "fiche_produit") {
    const { data } = await import("../config/allergenes.json", { with: { type: "json" } }).catch(() => ({ data: {} }));
    return JSON.stringify(data?.[input.produit] ?? "fiche inconnue");
  }
  if (nom === "precommande") {
    console.log("[PRECOMMANDE]", tel, input); // imprimé en boutique par le script d'impression
    return "enregistrée";
  }
  return "outil inconnu";
}

app.get("/webhook", (req, res) => {
  if (req.query["hub.verify_token"] === process.env.META_VERIFY) return res.send(req.query["hub.challenge"]);
  res.sendStatus(403);
});

app.post("/webhook", async (req, res) => {
  res.sendStatus(200);
  const msg = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg?.text) return;
  await marquerLu(msg.id);

  const h = fils.get(msg.from) ?? [];
  h.push({ role: "user", content: msg.text.body });

  let texte = "";
  for (let i = 0; i < 3; i++) {
    const r = await claude.messages.create({
      model: "claude-3-5-sonnet-latest",
      max_tokens: 500,
      system: SYSTEM,
      tools: outils,
      messages: h,
    });
    h.push({ role: "assistant", content: r.content });
    const appels = r.content.filter((c) => c.type === "tool_use");
    if (!appels.length) {
      texte = r.content.filter((c) => c.type === "text").map((c) => c.text).join("");
      break;
    }
    h.push({
      role: "user",
      content: await Promise.all(
        appels.map(async (a) => ({ type: "tool_result", tool_use_id: a.id, content: await executer(a.name, a.input, msg.from) }))
      ),
    });
  }
  fils.set(msg.from, h.slice(-16));
  if (texte) await envoyer(msg.from, texte);
});

app.listen(process.env.PORT || 3000);
