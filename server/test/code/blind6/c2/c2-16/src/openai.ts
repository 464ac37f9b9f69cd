import { SYSTEM_PROMPT } from "./prompt.js";

type Msg = { role: "system" | "user" | "assistant"; content: string };
const memory = new Map<string, Msg[]>();

export async function complete(user: string, text: string): Promise<string> {
  const history = memory.get(user) ?? [];
  history.push({ role: "user", content: text });

  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${process.env.OPENAI_API_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      temperature: 0.3,
      messages: [{ role: "system", content: SYSTEM_PROMPT }, ...history.slice(-8)],
    }),
  });
  const data = (await res.json()) as { choices: { message: { content: string } }[] };
  const answer = data.choices[0].message.content;
  history.push({ role: "assistant", content: answer });
  memory.set(user, history);
  return answer;
}
