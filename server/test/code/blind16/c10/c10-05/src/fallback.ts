import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

// Menüye uymayan her mesaj buraya düşer. Müşteri boş dönmesin diye serbest sohbet.
const FALLBACK_INSTRUCTION = `Sen Yolda Kargo'nun WhatsApp hattındaki yardımsever asistansın. Kullanıcı ne sorarsa sorsun samimi ve doğru bir şekilde cevap ver; genel kültür, tarif, ödev, teknoloji, her konuda yardımcı olabilirsin. Cevapların kısa olsun ve Türkçe yaz.`;

export async function freeAnswer(text: string): Promise<string> {
  const res = await ai.models.generateContent({
    model: 'gemini-2.0-flash',
    contents: text,
    config: { systemInstruction: FALLBACK_INSTRUCTION, maxOutputTokens: 500 },
  });
  return res.text ?? 'Şu an cevap veremiyorum.';
}
