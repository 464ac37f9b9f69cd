import 'dotenv/config';
import { create, Whatsapp, Message } from '@wppconnect-team/wppconnect';
import { responder } from './services/asistente.js';

create({
  session: 'clinica-sonrisa',
  headless: true,
  catchQR: (_base64, asciiQR) => console.log(asciiQR),
  logQR: false,
})
  .then((client) => iniciar(client))
  .catch((err) => console.error('Error al iniciar sesión', err));

function iniciar(client: Whatsapp) {
  client.onMessage(async (message: Message) => {
    if (message.isGroupMsg || message.type !== 'chat' || !message.body) return;
    try {
      await client.startTyping(message.from);
      const texto = await responder(message.from, message.body);
      await client.sendText(message.from, texto);
    } catch (e) {
      console.error(e);
      await client.sendText(message.from, 'Disculpa, tuve un problema técnico. ¿Puedes intentarlo de nuevo en un momento?');
    } finally {
      await client.stopTyping(message.from);
    }
  });
}
