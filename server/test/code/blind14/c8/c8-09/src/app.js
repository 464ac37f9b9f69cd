import express from "express";
import { createClient } from "redis";
import { enviar } from "./zapi.js";
import { responder, cfg } from "./llm.js";

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

const app = express();
app.use(express.json());

app.post("/zapi/recebido", async (req, res) => {
  res.sendStatus(200);
  const m = req.body;
  if (m.fromMe || m.isGroup || !m.text?.message) return;
  const phone = m.phone;
  const texto = m.text.message.trim();

  if (await redis.get(`humano:${phone}`)) return; // equipe atendendo

  if (texto === "0") {
    await redis.set(`humano:${phone}`, "1", { EX: 4 * 3600 });
    await enviar(cfg.grupo_equipe, `🙋 Cliente ${m.senderName ?? ""} (${phone}) quer falar com atendente.`);
    await enviar(phone, cfg.mensagens.transferido);
    return;
  }

  const chave = `hist:${phone}`;
  const novo = !(await redis.exists(chave));
  await redis.rPush(chave, JSON.stringify({ role: "user", content: texto }));
  await redis.expire(chave, 6 * 3600);
  if (novo) await enviar(phone, cfg.mensagens.boas_vindas);

  try {
    const hist = (await redis.lRange(chave, -10, -1)).map((x) => JSON.parse(x));
    const r = await responder(hist);
    await redis.rPush(chave, JSON.stringify({ role: "assistant", content: r }));
    await enviar(phone, r);
  } catch (e) {
    console.error(e.message);
    await enviar(phone, cfg.mensagens.fora_do_ar);
  }
});

// a equipe libera o bot de novo: POST /liberar {phone}
app.post("/liberar", async (req, res) => {
  await redis.del(`humano:${req.body.phone}`);
  res.json({ ok: true });
});

app.listen(process.env.PORT || 3000);
