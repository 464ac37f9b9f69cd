const { ImapFlow } = require('imapflow');
const { simpleParser } = require('mailparser');
const { classer } = require('./classifieur');

const client = new ImapFlow({
  host: process.env.IMAP_HOST,
  port: 993,
  secure: true,
  auth: { user: process.env.IMAP_USER, pass: process.env.IMAP_PASS },
  logger: false,
});

async function traiterNonLus() {
  const lock = await client.getMailboxLock('INBOX');
  try {
    for await (const msg of client.fetch({ seen: false }, { source: true, uid: true })) {
      const mail = await simpleParser(msg.source);
      const res = await classer({
        sujet: mail.subject || '',
        expediteur: mail.from?.text || '',
        texte: mail.text || '',
      });
      const dossier = `Support/${res.categorie}`;
      await client.mailboxCreate(dossier).catch(() => {});
      if (res.urgent) await client.messageFlagsAdd({ uid: msg.uid }, ['\\Flagged'], { uid: true });
      await client.messageMove({ uid: msg.uid }, dossier, { uid: true });
      console.log(`[${res.categorie}${res.urgent ? ' !' : ''}] ${mail.subject} — ${res.resume}`);
    }
  } finally {
    lock.release();
  }
}

(async () => {
  await client.connect();
  await traiterNonLus();
  client.on('exists', () => traiterNonLus().catch(console.error));
})();
