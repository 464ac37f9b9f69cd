// Imita graph.facebook.com/{v}/{phone_id}/messages para que el bot real le "envíe" mensajes en CI.
import Fastify from 'fastify';

export const bandeja = new Map<string, string[]>(); // wa_id -> mensajes que el bot le mandó

export function crearServidor() {
  const app = Fastify({ logger: false });
  app.post<{ Params: { version: string; phoneId: string }; Body: any }>('/:version/:phoneId/messages', async (req) => {
    const { to, type, text, interactive } = req.body ?? {};
    const cuerpo = type === 'text' ? text?.body : JSON.stringify(interactive ?? {});
    const lista = bandeja.get(to) ?? [];
    lista.push(cuerpo);
    bandeja.set(to, lista);
    return { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: `wamid.FAKE${Date.now()}` }] };
  });
  app.get('/health', async () => ({ ok: true }));
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  crearServidor().listen({ port: Number(process.env.FAKE_GRAPH_PORT ?? 4010) });
}
