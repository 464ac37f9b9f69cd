import { Client, LocalAuth, Message } from 'whatsapp-web.js';
import qrcode from 'qrcode-terminal';
import Anthropic from '@anthropic-ai/sdk';
import { renderSystem } from './prompt';
import { freeSlots, prices, findRepair } from './shop';

const WERKSTATT_CHAT = process.env.WERKSTATT_CHAT ?? '4976170123456@c.us'; // Diensthandy Werkstatt
const anthropic = new Anthropic();
const client = new Client({ authStrategy: new LocalAuth({ clientId: 'radhaus' }) });
const paused = new Set<string>();
const history = new Map<string, Anthropic.MessageParam[]>();

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('Radhaus-Bot bereit'));

client.on('message', async (msg: Message) => {
  if (msg.from.endsWith('@g.us') || msg.from === WERKSTATT_CHAT) return;
  const text = msg.body.trim();

  if (/^\/mensch\b/i.test(text)) {
    paused.add(msg.from);
    const contact = await msg.getContact();
    await client.sendMessage(
      WERKSTATT_CHAT,
      `🙋 ${contact.pushname ?? ''} (${msg.from.replace('@c.us', '')}) möchte mit jemandem sprechen. Bot ist für den Chat pausiert – "/bot ${msg.from}" schaltet ihn wieder ein.`,
    );
    await msg.reply('Alles klar, ich sag in der Werkstatt Bescheid. Jemand von uns schreibt dir gleich hier im Chat.');
    return;
  }
  if (paused.has(msg.from)) return;

  const h = history.get(msg.from) ?? [];
  h.push({ role: 'user', content: text });

  const res = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 500,
    system: renderSystem({ slots: freeSlots(), prices: prices(), repair: findRepair(text) }),
    messages: h.slice(-10),
  });
  const answer = res.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
  h.push({ role: 'assistant', content: answer });
  history.set(msg.from, h);
  await msg.reply(answer);
});

client.on('message_create', (msg) => {
  // Werkstatt gibt Chat zurück an den Bot
  const m = msg.fromMe && msg.to === WERKSTATT_CHAT ? null : msg.body.match(/^\/bot (\S+@c\.us)/);
  if (m && msg.from === WERKSTATT_CHAT) paused.delete(m[1]);
});

client.initialize();
