import Groq from 'groq-sdk';
import { CLASSIFIER, CATALOG_ANSWER, FALLBACK, HORARIO } from './prompts';
import { buscarCatalogo } from '../services/catalogo';
import { pasarAHumano } from '../services/chatwoot';

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const MODEL = process.env.GROQ_MODEL ?? 'llama-3.1-8b-instant';

async function ask(system: string, user: string, max = 300) {
  const r = await groq.chat.completions.create({
    model: MODEL,
    max_tokens: max,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: user },
    ],
  });
  return r.choices[0]?.message?.content?.trim() ?? '';
}

export async function route(numero: string, texto: string, nombre: string): Promise<string | null> {
  const intent = (await ask(CLASSIFIER, texto, 5)).toLowerCase();

  switch (intent) {
    case 'humano':
      await pasarAHumano(numero, nombre, texto);
      return 'Listo, te comunico con alguien de mostrador. En un momento te escriben por aquí 🙌';
    case 'horario':
      return HORARIO;
    case 'precio':
    case 'stock':
    case 'pedido': {
      const datos = await buscarCatalogo(texto);
      return ask(CATALOG_ANSWER, `Catálogo:\n${datos}\n\nCliente: ${texto}`);
    }
    case 'factura':
      return 'Para facturar manda tu RFC, razón social y el número de ticket a facturas@ferrelapaz.mx';
    default:
      return ask(FALLBACK, texto);
  }
}
