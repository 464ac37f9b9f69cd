import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

const REGLAS = `Eres el asistente de WhatsApp de Ferretería El Tornillo (Guadalajara).
Solo respondes sobre existencias y precios de herramientas, tornillería, pinturas y material eléctrico,
pedidos para recoger en tienda y el horario (lunes a sábado de 8:00 a 18:00).
Si te preguntan algo que no tenga que ver con la ferretería, responde amablemente que solo puedes ayudar con la tienda.`;

export async function responder(texto: string): Promise<string> {
  const system: Anthropic.TextBlockParam[] = [{ type: "text", text: REGLAS }];
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: texto }];
  const r = await anthropic.messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 400, system, messages });
  return r.content.map((b) => (b.type === "text" ? b.text : "")).join("");
}
