import { tool } from 'ai';
import { z } from 'zod';

// TODO(cami): conectar con el panel de recepción cuando esté listo
export const transferToHuman = tool({
  description: 'Transfiere la conversación a una recepcionista humana',
  parameters: z.object({ motivo: z.string() }),
  execute: async ({ motivo }) => {
    console.log('[handoff] solicitado:', motivo);
    return { ok: true };
  },
});
