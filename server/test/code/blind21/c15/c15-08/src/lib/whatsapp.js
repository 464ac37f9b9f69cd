import axios from "axios";

const api = axios.create({
  baseURL: `https://graph.facebook.com/v21.0/${process.env.META_PHONE_NUMBER_ID}`,
  headers: { Authorization: `Bearer ${process.env.META_TOKEN}` },
});

export async function envoyerTexte(to, body) {
  await api.post("/messages", {
    messaging_product: "whatsapp",
    to,
    type: "text",
    text: { body },
  });
}
