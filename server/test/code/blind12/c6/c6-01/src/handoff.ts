import Redis from 'ioredis';
import type { WASocket } from '@whiskeysockets/baileys';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const BALCAO_JID = `${process.env.BALCAO_NUMERO ?? '5519988217430'}@s.whatsapp.net`;
const PAUSE_TTL = 60 * 60 * 4; // 4h

export const PEDE_HUMANO = /\b(atendente|humano|pessoa|farmac[eê]utic[oa])\b/i;

export async function emAtendimentoHumano(jid: string): Promise<boolean> {
  return (await redis.exists(`humano:${jid}`)) === 1;
}

export async function transferirParaHumano(sock: WASocket, jid: string, ultimaMsg: string) {
  await redis.set(`humano:${jid}`, Date.now().toString(), 'EX', PAUSE_TTL);
  const numero = jid.split('@')[0];
  await sock.sendMessage(BALCAO_JID, {
    text: `🔔 Cliente pediu atendente\nwa.me/${numero}\nÚltima msg: "${ultimaMsg.slice(0, 200)}"\nResponda "/bot ${numero}" quando terminar.`,
  });
}

export async function devolverAoBot(numero: string) {
  await redis.del(`humano:${numero}@s.whatsapp.net`);
}
