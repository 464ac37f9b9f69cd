import express from 'express';
import { respuestaLibre } from './fallback';

const app = express();
app.use(express.json());

const HORARIO = 'Abrimos de martes a domingo, de 13:00 a 23:00.';
const MENU = 'Tacos al pastor $35, de suadero $35, quesadillas $40. Pide por aquí.';

async function enviar(numero: string, texto: string) {
  await fetch(`https://graph.facebook.com/v21.0/${process.env.PHONE_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.WA_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to: numero, type: 'text', text: { body: texto } }),
  });
}

app.post('/webhook', async (req, res) => {
  const msg = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  res.sendStatus(200);
  if (!msg?.text) return;
  const texto: string = msg.text.body.trim().toLowerCase();
  if (texto === 'horario') return enviar(msg.from, HORARIO);
  if (texto === 'menu' || texto === 'menú') return enviar(msg.from, MENU);
  await enviar(msg.from, await respuestaLibre(msg.text.body));
});

app.listen(3000);
