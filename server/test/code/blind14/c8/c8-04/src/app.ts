import Fastify from "fastify";
import Anthropic from "@anthropic-ai/sdk";
import { PrismaClient } from "@prisma/client";
import { STANDARD_PROMPT, MAX_HISTORY } from "./defaults.js";
import { sendText, startTyping } from "./waha.js";

const db = new PrismaClient();
const claude = new Anthropic();
const app = Fastify({ logger: true });

app.post("/waha/webhook", async (req, reply) => {
  const ev = req.body as any;
  reply.code(200).send();
  if (ev?.event !== "message" || ev.payload?.fromMe) return;

  const session: string = ev.session;
  const chatId: string = ev.payload.from;
  const body: string = ev.payload.body ?? "";
  if (!body || chatId.endsWith("@g.us")) return;

  const tenant = await db.tenant.findUnique({ where: { wahaSession: session } });
  if (!tenant || !tenant.active) return;

  await db.message.create({ data: { tenantId: tenant.id, chatId, role: "user", content: body } });
  const rows = await db.message.findMany({
    where: { tenantId: tenant.id, chatId },
    orderBy: { createdAt: "desc" },
    take: MAX_HISTORY,
  });
  const history = rows.reverse().map((r) => ({ role: r.role as "user" | "assistant", content: r.content }));

  await startTyping(session, chatId);
  const res = await claude.messages.create({
    model: tenant.model,
    max_tokens: 700,
    system: tenant.systemPrompt?.trim() || STANDARD_PROMPT,
    messages: history,
  });
  const text = res.content
    .filter((b) => b.type === "text")
    .map((b) => (b as any).text)
    .join("\n");

  await db.message.create({ data: { tenantId: tenant.id, chatId, role: "assistant", content: text } });
  await sendText(session, chatId, text);
});

app.listen({ port: Number(process.env.PORT ?? 8080), host: "0.0.0.0" });
