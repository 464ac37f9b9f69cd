import Anthropic from '@anthropic-ai/sdk';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { bandeja, crearServidor } from './fake-graph.js';
import { promptCliente } from './prompt-cliente.js';

const BOT_WEBHOOK = process.env.BOT_WEBHOOK ?? 'http://localhost:8080/webhook';
const claude = new Anthropic();

type Persona = { id: string; nombre: string; wa_id: string; apertura: string; objetivo: string };

function evento(p: Persona, texto: string) {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: 'TEST', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '5491155550000', phone_number_id: 'TEST_PHONE' },
      contacts: [{ profile: { name: p.nombre }, wa_id: p.wa_id }],
      messages: [{ from: p.wa_id, id: `wamid.SIM${Date.now()}`, timestamp: `${Math.floor(Date.now() / 1000)}`, type: 'text', text: { body: texto } }],
    } }] }],
  };
}

async function esperarRespuesta(waId: string, previas: number, ms = 20000): Promise<string | null> {
  const fin = Date.now() + ms;
  while (Date.now() < fin) {
    const l = bandeja.get(waId) ?? [];
    if (l.length > previas) return l.slice(previas).join('\n');
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

async function correr(p: Persona) {
  const charla: { role: 'user' | 'assistant'; content: string }[] = [];
  let texto = p.apertura;
  for (let turno = 0; turno < 10; turno++) {
    const previas = bandeja.get(p.wa_id)?.length ?? 0;
    await fetch(BOT_WEBHOOK, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(evento(p, texto)) });
    const resp = await esperarRespuesta(p.wa_id, previas);
    if (!resp) return { id: p.id, resultado: 'timeout', turnos: turno };
    charla.push({ role: 'assistant', content: texto }, { role: 'user', content: resp });
    const r = await claude.messages.create({
      model: 'claude-3-5-haiku-latest', max_tokens: 200, system: promptCliente(p), messages: charla,
    });
    texto = r.content.map((b) => (b.type === 'text' ? b.text : '')).join('').trim();
    if (texto.startsWith('[FIN')) return { id: p.id, resultado: texto, turnos: turno + 1 };
  }
  return { id: p.id, resultado: 'sin-cierre', turnos: 10 };
}

const servidor = crearServidor();
await servidor.listen({ port: Number(process.env.FAKE_GRAPH_PORT ?? 4010) });
const personas = parse(readFileSync(new URL('../personas/clientes.yaml', import.meta.url), 'utf8')) as Persona[];
const resultados = await Promise.all(personas.map(correr));
console.table(resultados);
await servidor.close();
process.exit(resultados.some((r) => r.resultado !== '[FIN]') ? 1 : 0);
