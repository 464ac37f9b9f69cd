const crypto = require('crypto');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);
const TTL = 300;

function newCode() {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

async function issue(phone) {
  const code = newCode();
  const hash = crypto.createHash('sha256').update(code).digest('hex');
  await redis.set(`otp:${phone}`, JSON.stringify({ hash, tries: 0 }), 'EX', TTL);
  return code;
}

async function verify(phone, code) {
  const raw = await redis.get(`otp:${phone}`);
  if (!raw) return false;
  const rec = JSON.parse(raw);
  if (rec.tries >= 5) return false;
  const ok = rec.hash === crypto.createHash('sha256').update(code).digest('hex');
  if (ok) await redis.del(`otp:${phone}`);
  else await redis.set(`otp:${phone}`, JSON.stringify({ ...rec, tries: rec.tries + 1 }), 'KEEPTTL');
  return ok;
}

module.exports = { issue, verify };
