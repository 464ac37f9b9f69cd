const chats = new Map();
const LIMIT = 12;

module.exports = {
  add(chatId, role, content) {
    const arr = chats.get(chatId) || [];
    arr.push({ role, content });
    chats.set(chatId, arr.slice(-LIMIT));
  },
  get: (chatId) => chats.get(chatId) || [],
  clear: (chatId) => chats.delete(chatId),
};
