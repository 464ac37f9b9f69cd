import Anthropic from '@anthropic-ai/sdk';
import { renderSystem, type Tenant } from './prompt';
import { bookSlot, freeSlots } from './agenda';
import { transferToHuman } from './handoff';

const anthropic = new Anthropic();

const tools: Anthropic.Tool[] = [
  {
    name: 'free_slots',
    description: 'Lista huecos libres de la agenda de la clínica para un día (YYYY-MM-DD).',
    input_schema: { type: 'object', properties: { date: { type: 'string' } }, required: ['date'] },
  },
  {
    name: 'book_slot',
    description: 'Reserva un hueco para el paciente.',
    input_schema: {
      type: 'object',
      properties: { slotId: { type: 'string' }, patientName: { type: 'string' } },
      required: ['slotId', 'patientName'],
    },
  },
  {
    name: 'transfer_to_human',
    description: 'Pasa la conversación a recepción; una persona del equipo sigue el chat y el bot deja de responder.',
    input_schema: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] },
  },
];

export async function runAgent(t: Tenant, from: string, history: Anthropic.MessageParam[]): Promise<string | null> {
  for (let i = 0; i < 5; i++) {
    const res = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 600,
      system: renderSystem(t),
      tools,
      messages: history,
    });
    history.push({ role: 'assistant', content: res.content });
    if (res.stop_reason !== 'tool_use') {
      return res.content.filter((b) => b.type === 'text').map((b: any) => b.text).join('\n');
    }
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const b of res.content) {
      if (b.type !== 'tool_use') continue;
      const input = b.input as any;
      if (b.name === 'transfer_to_human') {
        await transferToHuman(t, from, input.reason);
        return null; // handoff sends its own message
      }
      const out = b.name === 'free_slots' ? await freeSlots(t, input.date) : await bookSlot(t, input.slotId, input.patientName, from);
      results.push({ type: 'tool_result', tool_use_id: b.id, content: JSON.stringify(out) });
    }
    history.push({ role: 'user', content: results });
  }
  return 'Perdona, no he podido completar la gestión. ¿Lo intentamos de nuevo?';
}
