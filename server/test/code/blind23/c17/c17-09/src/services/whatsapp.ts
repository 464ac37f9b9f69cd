import axios from "axios";

const GRAPH = `https://graph.facebook.com/v21.0/${process.env.WA_PHONE_NUMBER_ID}/messages`;

export async function sendText(to: string, body: string): Promise<void> {
  await axios.post(
    GRAPH,
    { messaging_product: "whatsapp", to, type: "text", text: { body, preview_url: false } },
    { headers: { Authorization: `Bearer ${process.env.WA_TOKEN}` } },
  );
}
