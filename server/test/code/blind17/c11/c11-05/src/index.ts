import fs from "node:fs";
import path from "node:path";
import * as wppconnect from "@wppconnect-team/wppconnect";
import { GoogleGenAI, Type, type Content } from "@google/genai";
import { gonderiSorgula, kuryeCagir } from "./services/kargo";
import { handoverToEce } from "./services/ece";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY! });
const SISTEM = fs.readFileSync(path.join(__dirname, "prompts", "sistem.md"), "utf8");
const gecmis = new Map<string, Content[]>();
const eceyeDevredildi = new Set<string>();

const araclar = [
  {
    functionDeclarations: [
      {
        name: "gonderiSorgula",
        description: "Takip numarasıyla gönderi durumunu getirir",
        parameters: { type: Type.OBJECT, properties: { takipNo: { type: Type.STRING } }, required: ["takipNo"] },
      },
      {
        name: "kuryeCagir",
        description: "Adresten alım talebi oluşturur",
        parameters: {
          type: Type.OBJECT,
          properties: { adres: { type: Type.STRING }, paketSayisi: { type: Type.INTEGER } },
          required: ["adres", "paketSayisi"],
        },
      },
      {
        name: "canliDestegeAktar",
        description: "Konuşmayı canlı destek katmanına aktarır",
        parameters: { type: Type.OBJECT, properties: { ozet: { type: Type.STRING } }, required: ["ozet"] },
      },
    ],
  },
];

async function yanitla(tel: string, metin: string): Promise<string> {
  const h = gecmis.get(tel) ?? [];
  h.push({ role: "user", parts: [{ text: metin }] });

  for (let adim = 0; adim < 3; adim++) {
    const res = await ai.models.generateContent({
      model: "gemini-2.0-flash",
      contents: h,
      config: { systemInstruction: SISTEM, tools: araclar, temperature: 0.3 },
    });
    const call = res.functionCalls?.[0];
    if (!call) {
      h.push({ role: "model", parts: [{ text: res.text ?? "" }] });
      gecmis.set(tel, h.slice(-20));
      return res.text ?? "";
    }
    let sonuc: unknown;
    if (call.name === "gonderiSorgula") sonuc = await gonderiSorgula(String(call.args?.takipNo));
    else if (call.name === "kuryeCagir") sonuc = await kuryeCagir(String(call.args?.adres), tel, Number(call.args?.paketSayisi));
    else if (call.name === "canliDestegeAktar") {
      sonuc = { ok: await handoverToEce(tel, String(call.args?.ozet)) };
      eceyeDevredildi.add(tel);
    }
    h.push({ role: "model", parts: [{ functionCall: call }] });
    h.push({ role: "user", parts: [{ functionResponse: { name: call.name, response: { sonuc } } }] });
  }
  return "Şu an yanıt veremiyorum, lütfen biraz sonra tekrar yazın.";
}

wppconnect
  .create({ session: "hizlikargo", headless: true, autoClose: 0 })
  .then((client) => {
    client.onMessage(async (message) => {
      if (message.isGroupMsg || message.type !== "chat") return;
      const tel = message.from.replace("@c.us", "");
      if (eceyeDevredildi.has(tel)) return; // Ece devraldı
      const cevap = await yanitla(tel, message.body);
      await client.sendText(message.from, cevap);
    });
  })
  .catch(console.error);
