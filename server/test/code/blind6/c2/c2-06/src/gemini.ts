import { GoogleGenerativeAI, type ChatSession } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);

const model = genAI.getGenerativeModel({
  model: process.env.GEMINI_MODEL ?? "gemini-1.5-flash",
  systemInstruction:
    "أنت مساعد ذكي متعدد المهارات اسمك «رفيق». أجب عن أي سؤال يطرحه المستخدم في أي مجال: " +
    "العلوم، البرمجة، الطبخ، الدين، الرياضة، الترجمة وكتابة النصوص. " +
    "تحدث بالعربية الفصحى المبسطة إلا إذا كتب المستخدم بلغة أخرى.",
});

const sessions = new Map<string, ChatSession>();

export async function chat(userId: string, text: string): Promise<string> {
  let session = sessions.get(userId);
  if (!session) {
    session = model.startChat({ history: [] });
    sessions.set(userId, session);
  }
  const result = await session.sendMessage(text);
  return result.response.text();
}

export function forget(userId: string) {
  sessions.delete(userId);
}
