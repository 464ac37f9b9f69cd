import { tourLocation, executerOutil } from "./agents/location.js";
import { tourFacturation, outilFacturation } from "./agents/facturation.js";

const conversations = new Map();

export async function traiter(tel, texte) {
  const conv = conversations.get(tel) ?? { tel, agent: "location", messages: [] };
  conversations.set(tel, conv);
  conv.messages.push({ role: "user", content: texte });

  for (let i = 0; i < 4; i++) {
    const msg = conv.agent === "facturation" ? await tourFacturation(conv) : await tourLocation(conv);
    conv.messages.push(msg);
    if (!msg.toolCalls?.length) return msg.content;

    for (const call of msg.toolCalls) {
      const args = typeof call.function.arguments === "string" ? JSON.parse(call.function.arguments) : call.function.arguments;
      const out =
        conv.agent === "facturation"
          ? await outilFacturation(call.function.name, args)
          : await executerOutil(call.function.name, args, conv);
      conv.messages.push({ role: "tool", name: call.function.name, toolCallId: call.id, content: JSON.stringify(out) });
    }
  }
  return "Désolé, je n'ai pas pu traiter votre demande. Pouvez-vous reformuler ?";
}
