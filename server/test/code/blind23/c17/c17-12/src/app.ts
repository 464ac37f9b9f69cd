import express from "express";
import twilio from "twilio";
import zendesk from "node-zendesk";
import { 답변 } from "./gemini";

const app = express();
app.use(express.urlencoded({ extended: false }));
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const zd = zendesk.createClient({
  username: process.env.ZENDESK_EMAIL ?? "",
  token: process.env.ZENDESK_TOKEN ?? "",
  subdomain: "glowmarket",
});
const FROM = "whatsapp:+8215884410";
const 기록 = new Map<string, { role: "user" | "model"; text: string }[]>();
const 상담원키워드 = ["상담원", "상담사", "사람", "agent", "human", "representative"];

app.post("/twilio/whatsapp", async (req, res) => {
  const from: string = req.body.From;
  const body: string = (req.body.Body ?? "").trim();
  res.type("text/xml").send("<Response/>");

  if (상담원키워드.some((k) => body.toLowerCase().includes(k))) {
    await zd.tickets.create({
      ticket: {
        subject: `[WhatsApp] 상담 요청 ${from}`,
        comment: { body: `고객 메시지: ${body}` },
        requester: { name: req.body.ProfileName ?? from, email: `${req.body.WaId}@wa.glowmarket.kr` },
        tags: ["whatsapp", "handoff"],
      },
    });
    await tw.messages.create({
      from: FROM,
      to: from,
      body: "상담원에게 연결해 드렸어요! 평일 10:00–18:00(KST)에 이 채팅으로 답변드려요. 급하시면 1588-4410으로 전화 주세요 📞",
    });
    return;
  }

  const h = 기록.get(from) ?? [];
  const 응답 = await 답변(h, body);
  h.push({ role: "user", text: body }, { role: "model", text: 응답 });
  기록.set(from, h.slice(-20));
  await tw.messages.create({ from: FROM, to: from, body: 응답 });
});

app.listen(process.env.PORT ?? 3000);
