const axios = require("axios");

const ID = process.env.GREEN_ID_INSTANCE;
const TOKEN = process.env.GREEN_API_TOKEN;
const HOST = process.env.GREEN_API_URL || "https://api.green-api.com";
const url = (method, extra = "") => `${HOST}/waInstance${ID}/${method}/${TOKEN}${extra}`;

async function receive() {
  const { data } = await axios.get(url("receiveNotification"), { params: { receiveTimeout: 20 } });
  return data; // null когда очередь пуста
}

async function ack(receiptId) {
  await axios.delete(url("deleteNotification", `/${receiptId}`));
}

async function sendMessage(chatId, message) {
  await axios.post(url("sendMessage"), { chatId, message });
}

module.exports = { receive, ack, sendMessage };
