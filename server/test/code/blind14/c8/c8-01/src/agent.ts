import { generateText, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { Redis } from "ioredis";
import { handToWorkshop } from "./chatwoot.js";

export const redis = new Redis(process.env.REDIS_URL ?? "redis://localhost:6379");

const SLOTS = ["09:30", "11:00", "13:30", "15:00", "16:30"];

const system = `You are the WhatsApp booking assistant for PedalWorks, an independent bike
repair workshop at 14 Gloucester Road, Bristol (open Tue–Sat, 9:00–17:30).

What you do:
- book services: Basic Tune £45, Full Service £95, Puncture repair £15, E-bike check £60
- tell customers the status of a bike that is already in the workshop (use get_job_status)
- answer questions about our prices, opening hours, parts we stock and how to drop a bike off

What you don't do: you are not a general chatbot. If someone asks about things that have
nothing to do with PedalWorks or their bike, say kindly that you can only help with workshop
bookings and repairs, and offer to book them in.

If the customer is unhappy, wants to talk to a mechanic, asks about a warranty claim or a
crash/insurance report, call transfer_to_human straight away and tell them a mechanic from
the workshop will reply in this same chat.

Keep replies under 80 words, British spelling, no markdown tables.`;

export async function answer(phone: string, history: { role: "user" | "assistant"; content: string }[]) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system,
    messages: history,
    maxSteps: 4,
    tools: {
      list_free_slots: tool({
        description: "List free workshop slots for a given date (YYYY-MM-DD)",
        parameters: z.object({ date: z.string() }),
        execute: async ({ date }) => {
          const taken = await redis.smembers(`slots:${date}`);
          return SLOTS.filter((s) => !taken.includes(s));
        },
      }),
      book_slot: tool({
        description: "Book a service slot for this customer",
        parameters: z.object({ date: z.string(), time: z.string(), service: z.string(), bike: z.string() }),
        execute: async ({ date, time, service, bike }) => {
          const added = await redis.sadd(`slots:${date}`, time);
          if (!added) return { ok: false, reason: "slot already taken" };
          await redis.hset(`booking:${date}:${time}`, { phone, service, bike });
          return { ok: true };
        },
      }),
      get_job_status: tool({
        description: "Look up the repair job for this customer's phone number",
        parameters: z.object({}),
        execute: async () => (await redis.hgetall(`job:${phone}`)) || { status: "not found" },
      }),
      transfer_to_human: tool({
        description:
          "Hand this conversation to a mechanic in the Chatwoot inbox. The bot stops replying until staff close the conversation.",
        parameters: z.object({ reason: z.string() }),
        execute: async ({ reason }) => {
          await redis.set(`human:${phone}`, "1", "EX", 60 * 60 * 24);
          const ok = await handToWorkshop(phone, reason);
          return { transferred: ok };
        },
      }),
    },
  });
  return text;
}
