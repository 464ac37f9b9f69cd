import { Agent, run } from '@openai/agents';

const BOT_NAME = process.env.BOT_NAME ?? 'TanyaAja';

const asisten = new Agent({
  name: BOT_NAME,
  model: 'gpt-4.1-mini',
  instructions: `Kamu adalah ${BOT_NAME}, asisten AI serba bisa di WhatsApp.
Pengguna boleh bertanya apa saja: pelajaran sekolah, resep masakan, terjemahan, coding, ide bisnis, curhat, apa pun.
Jawab dengan bahasa Indonesia yang santai tapi jelas. Kalau pengguna pakai bahasa lain, ikuti bahasanya.`,
});

export async function tanya(pesan: string): Promise<string> {
  const hasil = await run(asisten, pesan);
  return hasil.finalOutput ?? 'Maaf, aku belum bisa jawab itu.';
}
