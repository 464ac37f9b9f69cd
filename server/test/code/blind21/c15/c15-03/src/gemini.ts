import { GoogleGenAI, type Content } from "@google/genai";
import { getConfig } from "./config";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const riwayat = new Map<string, Content[]>();

export async function tanyaSekar(chatId: string, pesan: string): Promise<string> {
  const cfg = getConfig();
  const hist = riwayat.get(chatId) ?? [];
  hist.push({ role: "user", parts: [{ text: pesan }] });

  const res = await ai.models.generateContent({
    model: cfg.model.nama,
    contents: hist.slice(-16),
    config: {
      systemInstruction: cfg.prompt,
      temperature: cfg.model.suhu,
    },
  });

  const jawab = res.text?.trim() || "Maaf Kak, Sekar lagi gangguan sebentar 🙏";
  hist.push({ role: "model", parts: [{ text: jawab }] });
  riwayat.set(chatId, hist);
  return jawab;
}
