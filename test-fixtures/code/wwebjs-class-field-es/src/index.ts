import { Client, LocalAuth } from 'whatsapp-web.js';
import { Asistente } from './asistente';

const client = new Client({ authStrategy: new LocalAuth() });
const asistente = new Asistente();
client.on('message', async (msg) => {
    //^^^^^^^^^^^^^ flow/no-human-path
  await msg.reply(await asistente.responder(msg.body));
});
client.initialize();
