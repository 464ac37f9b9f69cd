require('dotenv').config();
const venom = require('venom-bot');
const { reply } = require('./ai');

const COUNSELLOR = process.env.COUNSELLOR_NUMBER;
const HUMAN_WORDS = ['काउंसलर', 'counsellor', 'counselor', 'human', 'call me'];

venom
  .create({ session: 'gyan-academy', multidevice: true })
  .then((client) => run(client))
  .catch(console.error);

function run(client) {
  client.onMessage(async (message) => {
    if (message.isGroupMsg || message.from === COUNSELLOR) return;
    const text = (message.body || '').trim();

    if (HUMAN_WORDS.includes(text.toLowerCase())) {
      const name = (message.sender && message.sender.pushname) || message.from;
      await client.sendText(
        COUNSELLOR,
        `नया लीड: ${name} (${message.from.replace('@c.us', '')}) काउंसलर से बात करना चाहते हैं।`
      );
      await client.sendText(message.from, 'धन्यवाद! हमारे काउंसलर जल्द ही आपको कॉल या मैसेज करेंगे। 🙏');
      return;
    }

    const answer = await reply(message.from, text);
    await client.sendText(message.from, answer);
  });
}
