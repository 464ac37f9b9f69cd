import wppconnect from '@wppconnect-team/wppconnect';
import { yanitla } from './asistan.js';

const YETKILI = `${process.env.YETKILI_NUMARA}@c.us`;
const canliDestek = new Set();

const client = await wppconnect.create({ session: 'lezzet-duragi', headless: true });

client.onMessage(async (msg) => {
  if (msg.isGroupMsg || msg.type !== 'chat') return;
  const metin = msg.body.trim().toLocaleLowerCase('tr-TR');

  if (canliDestek.has(msg.from)) return; // yetkili ilgileniyor

  if (['yetkili', 'insan', 'müdür', 'şikayet'].some((k) => metin.includes(k))) {
    canliDestek.add(msg.from);
    await client.sendText(YETKILI, `📞 ${msg.sender?.pushname ?? ''} (${msg.from}) yetkiliyle görüşmek istiyor: "${msg.body}"`);
    await client.sendText(msg.from, 'Talebinizi yetkilimize ilettim, kısa süre içinde size buradan dönüş yapacak. 🙏');
    return;
  }

  try {
    await client.sendText(msg.from, await yanitla(msg.from, msg.body));
  } catch (e) {
    console.error(e);
    await client.sendText(msg.from, 'Üzgünüz, şu an yanıt veremiyoruz. Lütfen 0216 555 12 34 numarasını arayın.');
  }
});
