import { tool } from 'ai'
import { z } from 'zod'
import type { Client } from 'whatsapp-web.js'

export const makeAvisarEncargado = (client: Client, customerId: string) =>
  tool({
    description: 'Avisa al encargado en turno para que atienda personalmente al cliente',
    parameters: z.object({ motivo: z.string().describe('resumen corto de lo que necesita el cliente') }),
    execute: async ({ motivo }) => {
      const encargado = process.env.ENCARGADO_CHAT_ID!
      const numero = customerId.replace('@c.us', '')
      await client.sendMessage(
        encargado,
        `🔔 Cliente +${numero} necesita atención: ${motivo}\nEscríbele: https://wa.me/${numero}`,
      )
      return { ok: true }
    },
  })
