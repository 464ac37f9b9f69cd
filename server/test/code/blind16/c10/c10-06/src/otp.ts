import { randomInt } from 'node:crypto';
import Redis from 'ioredis';
import axios from 'axios';
import { AUTH_TEMPLATE } from './templates/auth';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const graph = axios.create({
  baseURL: `https://graph.facebook.com/v20.0/${process.env.WA_PHONE_NUMBER_ID}`,
  headers: { Authorization: `Bearer ${process.env.WA_SYSTEM_TOKEN}` },
});

export async function sendLoginCode(msisdn: string, country = 'NG') {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await redis.set(`otp:${msisdn}`, code, 'EX', AUTH_TEMPLATE.ttlSeconds);
  await graph.post('/messages', {
    messaging_product: 'whatsapp',
    to: msisdn,
    type: 'template',
    template: {
      name: AUTH_TEMPLATE.name,
      language: { code: AUTH_TEMPLATE.languageByCountry[country] ?? 'en' },
      components: [
        { type: 'body', parameters: [{ type: 'text', text: code }] },
        { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: code }] },
      ],
    },
  });
}

export async function verifyLoginCode(msisdn: string, code: string) {
  const stored = await redis.get(`otp:${msisdn}`);
  if (stored && stored === code) {
    await redis.del(`otp:${msisdn}`);
    return true;
  }
  return false;
}
