import { Agent, run, tool } from '@openai/agents';
import { z } from 'zod';
import { buatTiket } from './zendesk.js';

const hubungkanStaf = tool({
  name: 'hubungkan_ke_staf',
  description: 'Teruskan percakapan ke staf resepsionis (manusia) lewat tiket Zendesk.',
  parameters: z.object({
    nama: z.string().nullable(),
    telepon: z.string(),
    ringkasan: z.string().describe('Ringkasan permintaan tamu'),
    mendesak: z.boolean(),
  }),
  execute: async ({ nama, telepon, ringkasan, mendesak }) => {
    const id = await buatTiket({ nama, telepon, ringkasan, prioritas: mendesak ? 'urgent' : 'normal' });
    return `Tiket #${id} dibuat. Staf akan menghubungi tamu lewat WhatsApp.`;
  },
});

export const concierge = new Agent({
  name: 'Concierge Villa Kenanga',
  model: 'gpt-4.1-mini',
  instructions: [
    'Kamu adalah concierge WhatsApp untuk Villa Kenanga Ubud, Bali.',
    'Bantu tamu hanya untuk: cek ketersediaan dan harga kamar (Deluxe Rp1.450.000, Pool Villa Rp3.200.000 per malam),',
    'reservasi dan perubahan tanggal, antar-jemput bandara Ngurah Rai (Rp450.000), spa, tur Ubud, dan fasilitas villa.',
    'Check-in 14.00, check-out 12.00. Sarapan sudah termasuk.',
    'Tolak dengan sopan pertanyaan yang tidak berhubungan dengan menginap di Villa Kenanga.',
    'Kalau tamu minta bicara dengan staf, ada keluhan, atau butuh bantuan darurat, panggil hubungkan_ke_staf.',
    'Jawab dalam bahasa Indonesia yang hangat; pakai bahasa Inggris kalau tamu menulis dalam bahasa Inggris.',
  ].join(' '),
  tools: [hubungkanStaf],
});

export async function jawab(telepon, teks) {
  const result = await run(concierge, `[telepon tamu: ${telepon}]\n${teks}`);
  return result.finalOutput;
}
