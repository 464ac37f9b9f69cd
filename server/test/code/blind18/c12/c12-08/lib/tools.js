import fs from 'node:fs';

export const tools = [
  {
    type: 'function',
    function: {
      name: 'conferma_ordine',
      description: "Registra un ordine confermato dal cliente",
      parameters: {
        type: 'object',
        properties: {
          righe: { type: 'array', items: { type: 'string' } },
          tipo: { type: 'string', enum: ['asporto', 'domicilio'] },
          indirizzo: { type: 'string' },
          orario: { type: 'string' },
        },
        required: ['righe', 'tipo', 'orario'],
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'chiama_operatore',
      description: 'Segnala che il cliente vuole parlare con una persona',
      parameters: {
        type: 'object',
        properties: { motivo: { type: 'string' } },
        required: ['motivo'],
      },
    },
  },
];

export async function eseguiTool(name, args, jid) {
  if (name === 'conferma_ordine') {
    const day = new Date().toISOString().slice(0, 10);
    fs.mkdirSync('ordini', { recursive: true });
    fs.appendFileSync(`ordini/${day}.jsonl`, JSON.stringify({ jid, ...args, ts: Date.now() }) + '\n');
    return 'Ordine registrato.';
  }
  if (name === 'chiama_operatore') {
    // TODO: mandare notifica sul telefono del locale
    console.log(`[operatore] ${jid}: ${args.motivo}`);
    return 'Operatore avvisato.';
  }
  return 'funzione sconosciuta';
}
