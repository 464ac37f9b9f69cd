import "dotenv/config";
import express from "express";
import { traiter } from "./router.js";
import { envoyerTexte } from "./lib/whatsapp.js";

const app = express();
app.use(express.json());

app.get("/webhook", (req, res) => {
  const ok = req.query["hub.verify_token"] === process.env.META_VERIFY_TOKEN;
  ok ? res.send(req.query["hub.challenge"]) : res.sendStatus(403);
});

app.post("/webhook", async (req, res) => {
  res.sendStatus(200);
  const m = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (m?.type !== "text") return;
  try {
    const reponse = await traiter(m.from, m.text.body);
    await envoyerTexte(m.from, reponse);
  } catch (e) {
    console.error("erreur webhook", e?.response?.data ?? e);
  }
});

app.listen(process.env.PORT ?? 3001, () => console.log("Vélo'Loire WhatsApp OK"));
