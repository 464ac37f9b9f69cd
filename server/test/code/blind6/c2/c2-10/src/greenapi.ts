import { config } from "./config.js";

export async function sendMessage(chatId: string, message: string) {
  const url = `${config.greenUrl}/waInstance${config.idInstance}/sendMessage/${config.apiToken}`;
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ chatId, message }),
  });
  if (!res.ok) throw new Error(`green-api ${res.status}`);
}

export interface IncomingWebhook {
  typeWebhook: string;
  senderData?: { chatId: string; senderName: string };
  messageData?: {
    typeMessage: string;
    textMessageData?: { textMessage: string };
    extendedTextMessageData?: { text: string };
  };
}
