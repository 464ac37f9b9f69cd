import OpenAI from "openai";

const openai = new OpenAI();

export async function answer(question: string, thread: { role: "user" | "assistant"; content: string }[] = []) {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are a helpful assistant. Answer any question the user asks." },
      ...thread,
      { role: "user", content: question },
    ],
  });
  return res.choices[0].message.content ?? "";
}
