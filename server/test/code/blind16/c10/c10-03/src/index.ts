import { t, pickLocale } from './i18n';

export interface Env {
  WA_TOKEN: string; WA_PHONE_ID: string; VERIFY_TOKEN: string; OPENAI_KEY: string;
  GRAPH_VERSION: string; LLM_URL: string; LLM_MODEL: string; DEFAULT_LOCALE: string;
  SESSIONS: KVNamespace;
}

type Turn = { role: 'user' | 'assistant'; content: string };

async function sendText(env: Env, to: string, body: string) {
  await fetch(`https://graph.facebook.com/${env.GRAPH_VERSION}/${env.WA_PHONE_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.WA_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body } }),
  });
}

export default {
  async fetch(req: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(req.url);
    if (req.method === 'GET') {
      if (url.searchParams.get('hub.verify_token') === env.VERIFY_TOKEN)
        return new Response(url.searchParams.get('hub.challenge') ?? '');
      return new Response('forbidden', { status: 403 });
    }
    const payload: any = await req.json();
    const msg = payload?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
    if (!msg || msg.type !== 'text') return new Response('ok');

    ctx.waitUntil((async () => {
      const from: string = msg.from;
      const locale = pickLocale(from, env.DEFAULT_LOCALE);
      const hist: Turn[] = JSON.parse((await env.SESSIONS.get(from)) ?? '[]');
      if (hist.length === 0) await sendText(env, from, t(locale, 'greeting'));
      hist.push({ role: 'user', content: msg.text.body });
      try {
        const r = await fetch(env.LLM_URL, {
          method: 'POST',
          headers: { Authorization: `Bearer ${env.OPENAI_KEY}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ model: env.LLM_MODEL, messages: [{ role: 'system', content: t(locale, 'system') }, ...hist.slice(-10)] }),
        });
        const j: any = await r.json();
        const answer = j.choices[0].message.content as string;
        hist.push({ role: 'assistant', content: answer });
        await env.SESSIONS.put(from, JSON.stringify(hist.slice(-20)), { expirationTtl: 86400 });
        await sendText(env, from, answer);
      } catch {
        await sendText(env, from, t(locale, 'error'));
      }
    })());
    return new Response('ok');
  },
};
