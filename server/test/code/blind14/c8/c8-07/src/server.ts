import express from "express";
import { rotear } from "./router.js";
import { enviarTexto } from "./evolution.js";

const app = express();
app.use(express.json({ limit: "5mb" }));

app.post("/webhook/evolution", async (req, res) => {
  res.sendStatus(200);
  const { event, data } = req.body ?? {};
  if (event !== "messages.upsert" || data?.key?.fromMe) return;
  const jid: string = data.key.remoteJid;
  if (jid.endsWith("@g.us")) return;
  const texto: string = data.message?.conversation ?? data.message?.extendedTextMessage?.text ?? "";
  if (!texto) return;
  const resposta = await rotear(texto);
  await enviarTexto(jid.split("@")[0], resposta);
});

app.listen(Number(process.env.PORT ?? 3333), () => console.log("açaí bot on"));
