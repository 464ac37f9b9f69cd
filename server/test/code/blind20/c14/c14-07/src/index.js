require('dotenv').config();
const fs = require('fs');
const path = require('path');
const qrcode = require('qrcode-terminal');
const { Client, LocalAuth } = require('whatsapp-web.js');
const OpenAI = require('openai');
const { tools, runTool } = require('./tools');

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const SYSTEM = fs.readFileSync(path.join(__dirname, '..', 'prompts', 'padhai-dost.txt'), 'utf8');
const MODEL = process.env.MODEL || 'gpt-4o-mini';

const chats = {}; // from -> messages[]

const client = new Client({ authStrategy: new LocalAuth() });

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('Padhai Dost online 📚'));

client.on('message', async (msg) => {
  if (msg.from.endsWith('@g.us') || msg.from === 'status@broadcast') return;

  if (msg.body.toLowerCase() === 'reset') {
    delete chats[msg.from];
    return msg.reply('Chalo fresh start karte hain ✨');
  }

  const history = chats[msg.from] || [];
  history.push({ role: 'user', content: msg.body });

  const messages = [{ role: 'system', content: SYSTEM }, ...history.slice(-14)];

  try {
    let res = await openai.chat.completions.create({ model: MODEL, messages, tools });
    let choice = res.choices[0].message;

    while (choice.tool_calls && choice.tool_calls.length) {
      messages.push(choice);
      for (const call of choice.tool_calls) {
        const out = await runTool(call.function.name, JSON.parse(call.function.arguments), { from: msg.from });
        messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(out) });
      }
      res = await openai.chat.completions.create({ model: MODEL, messages, tools });
      choice = res.choices[0].message;
    }

    history.push({ role: 'assistant', content: choice.content });
    chats[msg.from] = history;
    await msg.reply(choice.content);
  } catch (e) {
    console.error(e);
    msg.reply('Oops, kuch gadbad ho gayi 😅 thodi der baad try karo');
  }
});

client.initialize();
