const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const { handleIncomingMessage } = require('./handlers/message');

const client = new Client({ authStrategy: new LocalAuth() });

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('Client is ready!'));
client.on('message', async (message) => {
//    ^^^^^^^^^^^^^ flow/no-human-path
  if (message.fromMe || message.isStatus) return;
  await handleIncomingMessage(client, message);
});

client.initialize();
