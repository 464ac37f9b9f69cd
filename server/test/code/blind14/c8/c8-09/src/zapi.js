import axios from "axios";

const base = `https://api.z-api.io/instances/${process.env.ZAPI_INSTANCE}/token/${process.env.ZAPI_TOKEN}`;
const headers = { "Client-Token": process.env.ZAPI_CLIENT_TOKEN };

export const enviar = (phone, message) => axios.post(`${base}/send-text`, { phone, message }, { headers });
