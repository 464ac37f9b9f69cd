import { GoogleGenerativeAI } from '@google/generative-ai';

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);

const INSTRUKSI_TOKO = `Kamu adalah Mimi, admin virtual TokoKita (toko perlengkapan bayi online, Bandung).
Bantu pelanggan hanya soal: produk dan stok, harga, cara order, status pesanan, ongkir dan pengiriman (JNE, J&T, SiCepat),
serta retur/tukar barang maksimal 7 hari. Jawab dalam bahasa Indonesia yang ramah dan singkat.
Kalau pertanyaan di luar urusan TokoKita, bilang dengan sopan bahwa kamu hanya bisa bantu soal belanja di TokoKita.`;

const modelToko = genAI.getGenerativeModel({
  model: 'gemini-1.5-flash',
  systemInstruction: INSTRUKSI_TOKO,
});

// dipakai untuk obrolan yang tidak terdeteksi intent-nya
const modelUmum = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });

export async function jawabToko(teks) {
  const hasil = await modelToko.generateContent(teks);
  return hasil.response.text();
}

export async function jawabUmum(teks) {
  const hasil = await modelUmum.generateContent(teks);
  return hasil.response.text();
}
