import 'dotenv/config';
import { Client, LocalAuth } from 'whatsapp-web.js';
import { handleGpt } from './handlers/gpt';
import { initOpenAI } from './providers/openai';

const PREFIX = process.env.GPT_PREFIX ?? '!gpt';
const client = new Client({ authStrategy: new LocalAuth() });

client.on('message_create', async (message) => {
//    ^^^^^^^^^^^^^^^^^^^^ flow/no-human-path
  if (!message.body.startsWith(PREFIX)) return;
  await handleGpt(message, message.body.slice(PREFIX.length).trim());
});

initOpenAI();
client.initialize();
