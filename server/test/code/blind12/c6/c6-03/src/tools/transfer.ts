import axios from 'axios';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const CW = axios.create({
  baseURL: process.env.CHATWOOT_URL ?? 'https://chat.replyhub.io',
  headers: { api_access_token: process.env.CHATWOOT_TOKEN ?? '' },
});

export const transferTool = {
  name: 'transfer_to_human',
  description: 'Hand the conversation to a human agent of this business. Use when the customer asks for a person or you cannot resolve the request.',
  input_schema: {
    type: 'object' as const,
    properties: { reason: { type: 'string', description: 'Short reason for the transfer' } },
    required: ['reason'],
  },
};

export async function transferToHuman(convId: string, reason: string) {
  const conv = await prisma.conversation.update({
    where: { id: convId },
    data: { humanActive: true },
    include: { tenant: true },
  });
  if (conv.tenant.chatwootAccount && conv.chatwootId) {
    const base = `/api/v1/accounts/${conv.tenant.chatwootAccount}/conversations/${conv.chatwootId}`;
    await CW.post(`${base}/toggle_status`, { status: 'open' });
    await CW.post(`${base}/messages`, { content: `Bot handoff: ${reason}`, private: true });
  }
}
