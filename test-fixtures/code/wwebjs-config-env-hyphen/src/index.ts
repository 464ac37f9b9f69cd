import { Client } from 'whatsapp-web.js';
import config from './config';
import { askGpt } from './gpt';

const client = new Client({});
client.on('message', async (m) => {
  if (!m.body.startsWith(config.prefix)) return;
  await m.reply(await askGpt(m.body.slice(config.prefix.length).trim()));
});
client.initialize();
