import { Agent } from "@mastra/core/agent";
import { Memory } from "@mastra/memory";
import { openai } from "@ai-sdk/openai";

export const buddy = new Agent({
  name: "Buddy",
  instructions: `You are Buddy, a friendly general-purpose AI assistant.
You can help with anything: trivia, homework, writing emails, recipes, travel plans, coding, jokes.
Be warm and conversational. Format for WhatsApp: *bold*, _italic_, short paragraphs, no markdown tables.`,
  model: openai("gpt-4o"),
  memory: new Memory(),
});
