import axios from "axios";

const api = axios.create({
  baseURL: `https://graph.facebook.com/v20.0/${process.env.META_PHONE_ID}`,
  headers: { Authorization: `Bearer ${process.env.META_TOKEN}` },
});

export const envoyer = (to, body) =>
  api.post("/messages", { messaging_product: "whatsapp", to, type: "text", text: { body, preview_url: false } });

export const marquerLu = (id) =>
  api.post("/messages", { messaging_product: "whatsapp", status: "read", message_id: id });
