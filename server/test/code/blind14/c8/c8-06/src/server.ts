import express from "express";
import crypto from "node:crypto";
import { Redis } from "ioredis";
import { sendOtpTemplate } from "./graph.js";

const redis = new Redis(process.env.REDIS_URL!);
const app = express();
app.use(express.json());

const TTL = 300;
const MAX_TRIES = 5;

function hash(code: string) {
  return crypto.createHash("sha256").update(code + process.env.OTP_PEPPER).digest("hex");
}

// called by the auth service only (mTLS inside the cluster)
app.post("/v1/otp", async (req, res) => {
  const msisdn = String(req.body.msisdn ?? "").replace(/\D/g, "");
  if (msisdn.length < 8) return res.status(400).json({ error: "bad msisdn" });
  if (await redis.get(`otp:cooldown:${msisdn}`)) return res.status(429).json({ error: "wait" });

  const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, "0");
  await redis.set(`otp:${msisdn}`, JSON.stringify({ h: hash(code), tries: 0 }), "EX", TTL);
  await redis.set(`otp:cooldown:${msisdn}`, "1", "EX", 30);
  const wamid = await sendOtpTemplate(msisdn, code);
  res.json({ sent: true, wamid, expiresIn: TTL });
});

app.post("/v1/otp/verify", async (req, res) => {
  const msisdn = String(req.body.msisdn ?? "").replace(/\D/g, "");
  const raw = await redis.get(`otp:${msisdn}`);
  if (!raw) return res.status(410).json({ ok: false, error: "expired" });
  const st = JSON.parse(raw);
  if (st.tries >= MAX_TRIES) return res.status(429).json({ ok: false, error: "locked" });
  if (st.h !== hash(String(req.body.code ?? ""))) {
    st.tries++;
    await redis.set(`otp:${msisdn}`, JSON.stringify(st), "KEEPTTL");
    return res.status(401).json({ ok: false });
  }
  await redis.del(`otp:${msisdn}`);
  res.json({ ok: true });
});

// status callbacks only; this number does not answer inbound chats
app.post("/webhook", (req, res) => {
  const st = req.body?.entry?.[0]?.changes?.[0]?.value?.statuses?.[0];
  if (st) console.log("otp delivery", st.id, st.status);
  res.sendStatus(200);
});

app.listen(Number(process.env.PORT ?? 8081));
