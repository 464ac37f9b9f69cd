require('dotenv').config();
const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const { Configuration, OpenAIApi } = require('openai');
const regras = require('./regras');

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));
const client = new Client({
  authStrategy: new LocalAuth({ clientId: 'vilanova' }),
  puppeteer: { args: ['--no-sandbox'] },
});

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('bot do condomínio on'));

const AJUDA = `*Comandos* 🏢
!boleto – 2ª via do boleto do condomínio
!regras – regimento interno resumido
!gpt <pergunta> – pergunte qualquer coisa pra inteligência artificial 🤖`;

client.on('message', async (msg) => {
  const chat = await msg.getChat();
  if (!chat.isGroup) return;
  const texto = msg.body.trim();

  if (texto === '!ajuda' || texto === '!menu') return msg.reply(AJUDA);

  if (texto === '!boleto') {
    return msg.reply(`Acesse ${process.env.PORTAL_URL}/boletos com seu CPF e a senha do portal.`);
  }

  if (texto === '!regras') {
    const lista = regras[chat.name];
    return msg.reply(lista ? lista.map((r) => `• ${r}`).join('\n') : 'Esse grupo ainda não tem regimento cadastrado.');
  }

  if (texto.toLowerCase().startsWith('!gpt ')) {
    const pergunta = texto.slice(5);
    try {
      const r = await openai.createChatCompletion({
        model: 'gpt-3.5-turbo',
        messages: [{ role: 'user', content: pergunta }],
        max_tokens: 700,
      });
      await msg.reply(r.data.choices[0].message.content.trim());
    } catch (e) {
      console.log(e.response ? e.response.data : e.message);
      await msg.reply('Deu erro aqui, tenta de novo daqui a pouco.');
    }
  }
});

client.initialize();
