require("dotenv").config();
const venom = require("venom-bot");
const OpenAI = require("openai");
const SISTEMA = require("./prompts/sistema");
const { listarHorarios, agendar } = require("./agenda");

const openai = new OpenAI();
const MAX_FALHAS = Number(process.env.MAX_FALHAS || 2);
const sessoes = new Map(); // numero -> { historico, falhas }

const funcoes = [
  {
    type: "function",
    function: {
      name: "listarHorarios",
      description: "Lista horários livres num dia",
      parameters: { type: "object", properties: { data: { type: "string" }, especialidade: { type: "string" } }, required: ["data"] },
    },
  },
  {
    type: "function",
    function: {
      name: "agendar",
      description: "Cria a consulta",
      parameters: {
        type: "object",
        properties: { nome: { type: "string" }, data: { type: "string" }, hora: { type: "string" }, especialidade: { type: "string" } },
        required: ["nome", "data", "hora"],
      },
    },
  },
];

async function responder(numero, texto) {
  const s = sessoes.get(numero) || { historico: [], falhas: 0 };
  s.historico.push({ role: "user", content: texto });

  let resposta = "";
  for (let i = 0; i < 4; i++) {
    const r = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "system", content: SISTEMA }, ...s.historico.slice(-14)],
      tools: funcoes,
    });
    const m = r.choices[0].message;
    s.historico.push(m);
    if (!m.tool_calls) { resposta = m.content || ""; break; }
    for (const tc of m.tool_calls) {
      const args = JSON.parse(tc.function.arguments);
      const out = tc.function.name === "agendar"
        ? await agendar({ ...args, telefone: numero })
        : await listarHorarios(args);
      s.historico.push({ role: "tool", tool_call_id: tc.id, content: JSON.stringify(out) });
    }
  }

  if (resposta.includes("[NAO_SEI]")) {
    s.falhas += 1;
    if (s.falhas >= MAX_FALHAS) {
      s.falhas = 0;
      resposta =
        "Acho melhor você falar direto com a nossa equipe da recepção 😊\n" +
        `É só chamar aqui: https://wa.me/${process.env.RECEPCAO_WA}\n` +
        "Atendemos seg a sex das 8h às 18h e sábado das 8h às 12h.";
    } else {
      resposta = "Desculpe, não entendi bem. Pode me explicar de outro jeito? Posso te ajudar a marcar, remarcar ou cancelar consultas.";
    }
  }

  sessoes.set(numero, s);
  return resposta;
}

venom
  .create({ session: "odontovida", headless: "new" })
  .then((client) =>
    client.onMessage(async (message) => {
      if (message.isGroupMsg || !message.body) return;
      const numero = message.from.replace("@c.us", "");
      try {
        const resp = await responder(numero, message.body);
        await client.sendText(message.from, resp);
      } catch (e) {
        console.error(e);
      }
    })
  )
  .catch(console.error);
