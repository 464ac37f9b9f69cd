import { GoogleGenerativeAI } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");

// 말투 가이드 (마케팅팀 요청 2024-11)
const 말투 = `친절하고 밝게, 짧게 답하세요.
문장 끝에 이모지를 하나씩 붙여 주세요 ✨
고객이 영어로 쓰면 영어로, 한국어로 쓰면 한국어로 답하세요.
세 문단을 넘기지 마세요.`;

export const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash", systemInstruction: 말투 });

export async function 답변(history: { role: "user" | "model"; text: string }[], 질문: string): Promise<string> {
  const chat = model.startChat({ history: history.map((h) => ({ role: h.role, parts: [{ text: h.text }] })) });
  const r = await chat.sendMessage(질문);
  return r.response.text();
}
