import wppconnect from '@wppconnect-team/wppconnect';
import { cevapla } from './asistan.js';
import { requestHuman, isWithHuman } from './db.js';

const TEMSILCI = /^(temsilci|müşteri temsilcisi|canli destek|canlı destek)$/i;

wppconnect
  .create({ session: 'modaevim', headless: true, autoClose: 0 })
  .then((client) => start(client))
  .catch((e) => console.error(e));

function start(client) {
  client.onMessage(async (message) => {
    if (message.isGroupMsg || message.type !== 'chat') return;
    const from = message.from;
    const text = (message.body || '').trim();

    if (isWithHuman(from)) return; // temsilci panelden cevap veriyor

    if (TEMSILCI.test(text)) {
      requestHuman(from, message.notifyName ?? message.sender?.pushname, text);
      await client.sendText(from, 'Sizi müşteri temsilcimize aktardım. Çalışma saatlerinde (09:00-18:00) en geç 15 dakika içinde dönüş yapılacak.');
      return;
    }

    const cevap = await cevapla(from, text);
    await client.sendText(from, cevap);
  });
}
