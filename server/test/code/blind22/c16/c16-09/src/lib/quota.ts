import Redis from 'ioredis';

export const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const FREE = Number(process.env.FREE_MESSAGES_PER_DAY ?? 5);

export async function isPremium(waId: string): Promise<boolean> {
  const until = await redis.get(`premium:${waId}`);
  return !!until && Number(until) > Date.now();
}

export async function consumeFree(waId: string): Promise<number> {
  const key = `free:${waId}:${new Date().toISOString().slice(0, 10)}`;
  const used = await redis.incr(key);
  if (used === 1) await redis.expire(key, 86400);
  return FREE - used;
}
