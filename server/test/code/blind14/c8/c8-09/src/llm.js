import axios from "axios";
import fs from "node:fs";

const cfg = JSON.parse(fs.readFileSync(new URL("../config/bot.json", import.meta.url)));

export async function responder(historico) {
  const { data } = await axios.post(
    "https://api.openai.com/v1/chat/completions",
    {
      model: cfg.modelo,
      temperature: cfg.temperatura,
      messages: [{ role: "system", content: cfg.system_prompt }, ...historico],
    },
    { headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` }, timeout: 30000 }
  );
  return data.choices[0].message.content;
}

export { cfg };
