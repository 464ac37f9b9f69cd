#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import OpenAI from 'openai';

const [, , arquivo, flag, valor] = process.argv;
if (!arquivo) {
  console.error('uso: resumir.js <_chat.txt> [--dias N]');
  process.exit(1);
}
const dias = flag === '--dias' ? Number(valor) : 7;

// formato do export: "12/03/2024 21:45 - Fulano: mensagem"
const LINHA = /^(\d{2})\/(\d{2})\/(\d{4}),? (\d{2}):(\d{2}) - ([^:]+): (.*)$/;

const bruto = await readFile(arquivo, 'utf8');
const limite = Date.now() - dias * 864e5;
const mensagens = [];
for (const linha of bruto.split('\n')) {
  const m = LINHA.exec(linha);
  if (m) {
    const [, d, mes, a, h, min, autor, texto] = m;
    const quando = new Date(+a, +mes - 1, +d, +h, +min).getTime();
    if (quando >= limite && texto !== '<Mídia oculta>') mensagens.push(`${autor}: ${texto}`);
  } else if (mensagens.length) {
    mensagens[mensagens.length - 1] += ' ' + linha;
  }
}

const openai = new OpenAI();
const res = await openai.chat.completions.create({
  model: 'gpt-4o-mini',
  messages: [
    {
      role: 'system',
      content:
        'Você resume conversas de grupos de WhatsApp. Liste os principais assuntos em tópicos, ' +
        'decisões tomadas, datas/combinados e quem ficou responsável pelo quê. Seja objetivo, em português.',
    },
    { role: 'user', content: mensagens.join('\n').slice(-60000) },
  ],
});

console.log(`Resumo dos últimos ${dias} dias (${mensagens.length} mensagens):\n`);
console.log(res.choices[0].message.content);
