// TODO(rahul): Freshdesk / staff group pe forward karna hai, abhi sirf log.
// Sanjay bhai se staff ka number confirm karna baaki hai.
function handoffToAgent(phone, lastMessage) {
  console.log(`[HANDOFF] ${new Date().toISOString()} ${phone}: ${lastMessage}`);
}

module.exports = { handoffToAgent };
