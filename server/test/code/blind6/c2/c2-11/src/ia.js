const Anthropic = require('@anthropic-ai/sdk');
const { PROMPT_RECEPCION } = require('./prompts/recepcion');
const { abrirParaRecepcion } = require('./chatwoot');

const anthropic = new Anthropic();

const herramientas = [
  {
    name: 'derivar_a_recepcion',
    description: 'Pasa la conversación al equipo humano de recepción del gimnasio.',
    input_schema: {
      type: 'object',
      properties: {
        motivo: { type: 'string', description: 'Por qué el socio necesita a una persona' },
      },
      required: ['motivo'],
    },
  },
];

const silenciados = new Set();
const historiales = new Map();

async function atender(telefono, texto) {
  if (silenciados.has(telefono)) return null;

  const hist = historiales.get(telefono) || [];
  hist.push({ role: 'user', content: texto });

  const msg = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 500,
    system: PROMPT_RECEPCION,
    tools: herramientas,
    messages: hist.slice(-10),
  });

  const uso = msg.content.find((b) => b.type === 'tool_use');
  if (uso && uso.name === 'derivar_a_recepcion') {
    await abrirParaRecepcion(telefono, uso.input.motivo);
    silenciados.add(telefono);
    historiales.delete(telefono);
    return 'Te paso con alguien de recepción ahora mismo, te contestan por aquí en unos minutos 💪';
  }

  const respuesta = msg.content.filter((b) => b.type === 'text').map((b) => b.text).join('\n');
  hist.push({ role: 'assistant', content: respuesta });
  historiales.set(telefono, hist);
  return respuesta;
}

module.exports = { atender };
