import type { BusinessProfile } from "./profile";

/**
 * Builds the system prompt from the client's business profile.
 * When no description is configured we fall back to a general-purpose assistant
 * so the demo still works out of the box.
 */
export function buildSystemPrompt(p: BusinessProfile): string {
  const style =
    "Keep answers short and friendly for WhatsApp (max 120 words). " +
    "Use simple English; you may understand Pidgin but reply in plain English unless the user writes in Pidgin.";

  if (!p.description) {
    return `You are ${p.name}, a helpful AI assistant on WhatsApp. Answer the user's questions clearly and accurately. ${style}`;
  }

  return [
    `You are the WhatsApp assistant for ${p.name}.`,
    `About the business: ${p.description}`,
    p.hours ? `Opening hours: ${p.hours}.` : "",
    "Only answer questions about this business, its products, prices, delivery and orders.",
    "If a question is unrelated, politely say you can only help with questions about the business.",
    style,
  ]
    .filter(Boolean)
    .join("\n");
}
