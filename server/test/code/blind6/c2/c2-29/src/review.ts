import { generateText } from "ai";
import { google } from "@ai-sdk/google";

const SYSTEM = `You are a senior software engineer doing code review.
Given a unified git diff, point out bugs, security issues, race conditions, missing tests and unclear naming.
Reply as a Markdown list grouped by file; say "LGTM" if there is nothing worth flagging.`;

export async function review(diff: string, focus?: string): Promise<string> {
  const { text } = await generateText({
    model: google("gemini-1.5-pro"),
    system: focus ? `${SYSTEM}\nPay extra attention to: ${focus}.` : SYSTEM,
    prompt: "```diff\n" + diff + "\n```",
    temperature: 0.1,
  });
  return text;
}
