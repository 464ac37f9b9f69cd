const chats = new Map();

function remember(chatId, role, content) {
  const turns = chats.get(chatId) || [];
  turns.push({ role, content });
  chats.set(chatId, turns.slice(-30));
  return chats.get(chatId);
}

module.exports = { remember, chats };
