import express from "express";
import { responder, enManosDeAsesor } from "./agente";
import { enviarTexto, marcarLeido } from "./services/whatsapp";

const app = express();
app.use(express.json());

app.get("/webhook", (req, res) => {
  if (req.query["hub.mode"] === "subscribe" && req.query["hub.verify_token"] === process.env.WA_VERIFY_TOKEN) {
    return res.status(200).send(req.query["hub.challenge"]);
  }
  res.sendStatus(403);
});

app.post("/webhook", async (req, res) => {
  res.sendStatus(200);
  const value = req.body?.entry?.[0]?.changes?.[0]?.value;
  const msg = value?.messages?.[0];
  if (!msg || msg.type !== "text") return;

  await marcarLeido(msg.id);
  try {
    const respuesta = await responder(msg.from, msg.text.body);
    if (respuesta) await enviarTexto(msg.from, respuesta);
  } catch (e) {
    console.error(e);
    await enviarTexto(msg.from, "Uy, tuvimos un problema técnico. Intenta de nuevo en unos minutos 🙏");
  }
});

// Chatwoot avisa cuando el asesor resuelve la conversación -> el bot vuelve a contestar
app.post("/chatwoot/events", (req, res) => {
  const ev = req.body;
  if (ev?.event === "conversation_status_changed" && ev?.status === "resolved") {
    const tel = String(ev?.meta?.sender?.phone_number ?? "").replace("+", "");
    enManosDeAsesor.delete(tel);
  }
  res.sendStatus(200);
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("Lucy escuchando"));
