import express from 'express';
import OpenAI from 'openai';

const app = express();
app.use(express.json());
const openai = new OpenAI();

const INSTRUCCIONES = `Eres el asistente del Taller Rueda Libre (reparación de bicicletas en Valencia).
Solo ayudas con: reservar una revisión, precios de reparaciones de la lista y el estado de una bici en el taller.
Si preguntan por cualquier otro tema, di con amabilidad que solo puedes ayudar con el taller.`;

app.post('/evolution', async (req, res) => {
  if (req.body.event !== 'messages.upsert') return res.sendStatus(200);
  //                      ^^^^^^^^^^^^^^^^ flow/no-human-path
  const texto: string = req.body.data?.message?.conversation ?? '';
  const r = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: INSTRUCCIONES },
      { role: 'user', content: texto },
    ],
  });
  await fetch(`${process.env.EVOLUTION_URL}/message/sendText/taller`, {
    method: 'POST',
    headers: { apikey: process.env.EVOLUTION_KEY ?? '' },
    body: JSON.stringify({ number: req.body.data.key.remoteJid, text: r.choices[0].message.content }),
  });
  res.sendStatus(200);
});

app.listen(3000);
