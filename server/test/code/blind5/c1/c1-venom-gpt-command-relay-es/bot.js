import 'dotenv/config';
import venom from 'venom-bot';
import OpenAI from 'openai';

const openai = new OpenAI();
const PREFIJO = process.env.PREFIJO || '!gpt';

async function preguntarGPT(pregunta) {
  const r = await openai.chat.completions.create({
    model: process.env.MODELO || 'gpt-4o-mini',
    messages: [{ role: 'user', content: pregunta }],
    max_tokens: 800,
  });
  return r.choices[0].message.content;
}

async function generarImagen(descripcion) {
  const img = await openai.images.generate({ model: 'dall-e-3', prompt: descripcion, size: '1024x1024' });
  return img.data[0].url;
}

const client = await venom.create({ session: 'chatgpt-es', multidevice: true });

client.onAnyMessage(async (message) => {
  const texto = (message.body || '').trim();

  if (texto.startsWith(PREFIJO + ' ')) {
    const pregunta = texto.slice(PREFIJO.length + 1);
    try {
      const respuesta = await preguntarGPT(pregunta);
      await client.reply(message.chatId, respuesta, message.id);
    } catch (e) {
      await client.sendText(message.chatId, '❌ Error al consultar ChatGPT: ' + e.message);
    }
  } else if (texto.startsWith('!img ')) {
    const url = await generarImagen(texto.slice(5));
    await client.sendImage(message.chatId, url, 'imagen.png', '🖼️ Aquí tienes');
  } else if (texto === '!ayuda') {
    await client.sendText(message.chatId, `Comandos:\n${PREFIJO} <pregunta> – pregúntale lo que quieras a ChatGPT\n!img <descripción> – genera una imagen`);
  }
});
