import express from "express";
import { cevapla } from "./chain.js";
import { gonder } from "./d360.js";

// Acenteden müşteri temsilcileri (Selin Hanım, Burak Bey) — WhatsApp numaraları
const TEMSILCILER = (process.env.TEMSILCI_NUMARALARI ?? "905324418802,905051237764").split(",");
const temsilcide = new Set();

const app = express();
app.use(express.json());

app.post("/webhook", async (req, res) => {
  res.sendStatus(200);
  const msg = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== "text") return;
  const numara = msg.from;
  const metin = msg.text.body.trim();

  if (TEMSILCILER.includes(numara) && metin.startsWith("/bitir ")) {
    temsilcide.delete(metin.split(" ")[1]);
    return gonder(numara, "Tamam, görüşme tekrar asistana devredildi.");
  }
  if (temsilcide.has(numara)) return;

  if (metin.toLocaleUpperCase("tr-TR").includes("TEMSİLCİ") || metin.toUpperCase().includes("TEMSILCI")) {
    temsilcide.add(numara);
    for (const t of TEMSILCILER) {
      await gonder(t, `Müşteri +${numara} temsilci istiyor. Son mesaj: "${metin}"\nBitirince: /bitir ${numara}`);
    }
    return gonder(numara, "Sizi bir müşteri temsilcimize aktardım. Hafta içi 09:00–18:00 arasında bu sohbetten dönüş yapılacaktır.");
  }

  const cevap = await cevapla(numara, metin);
  await gonder(numara, cevap);
});

app.listen(process.env.PORT ?? 8080);
