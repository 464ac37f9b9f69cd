import { GoogleGenAI, Type, type Content } from '@google/genai'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY })
const SYSTEM = readFileSync(path.join(__dirname, '../prompts/system.txt'), 'utf8')

const tools = [
  {
    functionDeclarations: [
      {
        name: 'cekJadwal',
        description: 'Cek slot kosong dokter untuk tanggal tertentu',
        parameters: { type: Type.OBJECT, properties: { tanggal: { type: Type.STRING } }, required: ['tanggal'] },
      },
      {
        name: 'buatJanji',
        description: 'Buat janji temu pasien',
        parameters: {
          type: Type.OBJECT,
          properties: {
            nama: { type: Type.STRING },
            tglLahir: { type: Type.STRING },
            keluhan: { type: Type.STRING },
            slot: { type: Type.STRING },
          },
          required: ['nama', 'tglLahir', 'slot'],
        },
      },
    ],
  },
]

export async function tanyaGemini(history: Content[]) {
  return ai.models.generateContent({
    model: process.env.GEMINI_MODEL ?? 'gemini-2.5-flash',
    contents: history,
    config: { systemInstruction: SYSTEM, tools, temperature: 0.3 },
  })
}
