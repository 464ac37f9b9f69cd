const OpenAI = require('openai');
const { MODEL, GECMIS_LIMIT, SISTEM_MESAJI } = require('./ayarlar');

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const gecmis = {};

async function cevapla(kisi, metin) {
  gecmis[kisi] = gecmis[kisi] || [];
  gecmis[kisi].push({ role: 'user', content: metin });
  const yanit = await openai.chat.completions.create({
    model: MODEL,
    messages: [{ role: 'system', content: SISTEM_MESAJI }, ...gecmis[kisi].slice(-GECMIS_LIMIT)],
  });
  const icerik = yanit.choices[0].message.content;
  gecmis[kisi].push({ role: 'assistant', content: icerik });
  return icerik;
}

function sifirla(kisi) {
  delete gecmis[kisi];
}

module.exports = { cevapla, sifirla };
