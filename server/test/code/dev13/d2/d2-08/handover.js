// Planned: hand the chat to the front desk once Chatwoot is set up.
async function handToReception(chatId, reason) {
  console.log(`[handover] ${chatId} wants the front desk: ${reason}`);
  // await fetch(`${process.env.CHATWOOT_URL}/api/v1/accounts/1/conversations/${chatId}/toggle_status`, ...)
}

module.exports = { handToReception };
