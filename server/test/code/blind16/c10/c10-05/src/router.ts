export type Intent = 'takip' | 'iade' | 'sube' | 'temsilci' | 'diger';

export function detectIntent(text: string): Intent {
  const t = text.toLocaleLowerCase('tr-TR');
  if (/^0$|temsilci|canlı destek|insan/.test(t)) return 'temsilci';
  if (/\b[A-Z]{2}\d{9}TR\b/i.test(text) || t.includes('kargom') || t.includes('takip')) return 'takip';
  if (t.includes('iade') || t.includes('geri gönder')) return 'iade';
  if (t.includes('şube') || t.includes('adres')) return 'sube';
  return 'diger';
}

export const MENU = `Yolda Kargo'ya hoş geldiniz 📦
1️⃣ Kargo takibi için takip numaranızı yazın
2️⃣ İade süreci için "iade" yazın
3️⃣ Size en yakın şube için "şube" yazın
0️⃣ Müşteri temsilcisine bağlanmak için 0 yazın`;
