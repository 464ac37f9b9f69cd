require("dotenv").config();
const venom = require("venom-bot");
const OpenAI = require("openai");
const { buildPrompt } = require("./prompt/build");

const openai = new OpenAI();
const SYSTEM = buildPrompt();
const AGENT = `${process.env.AGENT_NUMBER}@c.us`;

const history = new Map();
const withAgent = new Set(); // محادثات متحولة لموظف — البوت ساكت فيها

venom
  .create({ session: "nile-store", headless: "new" })
  .then((client) => start(client))
  .catch((e) => console.error(e));

function start(client) {
  client.onMessage(async (message) => {
    if (message.isGroupMsg || message.type !== "chat") return;
    const from = message.from;
    const text = (message.body || "").trim();

    // الموظف بيرجّع البوت: "#bot 2010xxxxxxx"
    if (from === AGENT) {
      const m = text.match(/^#bot\s+(\d+)/);
      if (m) withAgent.delete(`${m[1]}@c.us`);
      return;
    }

    if (withAgent.has(from)) return;

    if (text === "0") {
      withAgent.add(from);
      await client.sendText(
        AGENT,
        `📞 عميل طالب يكلم موظف\nالرقم: ${from.replace("@c.us", "")}\nالاسم: ${message.sender?.pushname || "-"}\nرد عليه من رقم المتجر على واتساب ويب، ولما تخلص ابعت #bot ${from.replace("@c.us", "")}`
      );
      await client.sendText(
        from,
        `تمام، حولت حضرتك لأحد موظفي خدمة العملاء وهيرد عليك هنا في نفس المحادثة (${process.env.STORE_HOURS}).`
      );
      return;
    }

    const h = history.get(from) || [];
    h.push({ role: "user", content: text });
    try {
      const r = await openai.chat.completions.create({
        model: process.env.OPENAI_MODEL || "gpt-4o-mini",
        messages: [{ role: "system", content: SYSTEM }, ...h.slice(-12)],
      });
      const answer = r.choices[0].message.content;
      h.push({ role: "assistant", content: answer });
      history.set(from, h);
      await client.sendText(from, answer);
    } catch (err) {
      console.error(err);
      await client.sendText(from, "معلش حصلت مشكلة، جرب تاني بعد شوية 🙏");
    }
  });
}
