import { jawabToko, jawabUmum } from './gemini.js';
import { kirimPesan } from './whatsapp.js';

function deteksiIntent(teks) {
  const t = teks.toLowerCase();
  if (/(^|\s)(cs|admin|manusia|orang asli)(\s|$)/.test(t)) return 'cs';
  if (/(stok|harga|produk|ready|ukuran)/.test(t)) return 'produk';
  if (/(pesanan|order|resi|status)/.test(t)) return 'pesanan';
  if (/(ongkir|kirim|pengiriman|kurir)/.test(t)) return 'ongkir';
  if (/(retur|tukar|refund)/.test(t)) return 'retur';
  return 'lainnya';
}

export async function tanganiPesan(dari, teks) {
  const intent = deteksiIntent(teks);

  switch (intent) {
    case 'cs':
      await kirimPesan(process.env.NOMOR_CS, `Pelanggan ${dari} minta dihubungi CS. Pesan: "${teks}"`);
      return 'Baik kak, CS kami akan segera menghubungi kakak lewat WhatsApp ini ya 🙏';
    case 'produk':
    case 'pesanan':
    case 'ongkir':
    case 'retur':
      return jawabToko(teks);
    default:
      return jawabUmum(teks);
  }
}
