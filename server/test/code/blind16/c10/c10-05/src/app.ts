import Fastify from 'fastify';
import { detectIntent, MENU } from './router';
import { freeAnswer } from './fallback';
import { sendText, notifyAgents } from './evolution';

const app = Fastify({ logger: true });
const paused = new Set<string>();

app.post('/evolution/webhook', async (req, reply) => {
  const body: any = req.body;
  if (body.event !== 'messages.upsert' || body.data?.key?.fromMe) return reply.send({ ok: true });
  const number = String(body.data.key.remoteJid).split('@')[0];
  const text: string = body.data.message?.conversation ?? body.data.message?.extendedTextMessage?.text ?? '';
  if (!text || paused.has(number)) return reply.send({ ok: true });

  switch (detectIntent(text)) {
    case 'temsilci':
      paused.add(number);
      await notifyAgents(number, text);
      await sendText(number, 'Sizi bir müşteri temsilcimize aktardım. Hafta içi 09:00–18:00 arasında bu sohbetten dönüş yapılacak 🙏');
      break;
    case 'takip':
      await sendText(number, `Takip sorgunuz alındı, güncel durum: https://yoldakargo.com.tr/takip?no=${encodeURIComponent(text.trim())}`);
      break;
    case 'iade':
      await sendText(number, 'İade için gönderiyi 14 gün içinde herhangi bir şubemize teslim edebilirsiniz. Ücretsizdir.');
      break;
    case 'sube':
      await sendText(number, 'Şubelerimizi haritada görün: https://yoldakargo.com.tr/subeler');
      break;
    default:
      if (text.length < 4) await sendText(number, MENU);
      else await sendText(number, await freeAnswer(text));
  }
  return reply.send({ ok: true });
});

app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
