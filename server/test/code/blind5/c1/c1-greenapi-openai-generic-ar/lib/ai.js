const OpenAI = require('openai');

const openai = new OpenAI();
const BOT_NAME = process.env.BOT_NAME || 'مساعد';

const SYSTEM_PROMPT =
  'أنت ' + BOT_NAME + '، مساعد ذكي مثل ChatGPT. ' +
  'أجب عن أي سؤال في أي مجال: العلوم، البرمجة، الدين، الطبخ، الترجمة، كتابة المقالات وغير ذلك. ' +
  'استخدم اللغة العربية الفصحى البسيطة ما لم يكتب المستخدم بلغة أخرى. ' +
  'إذا أراد المستخدم التواصل مع فريق الدعم فاطلب منه كتابة كلمة "موظف".';

const memory = {};

async function reply(chatId, text) {
  memory[chatId] = memory[chatId] || [];
  memory[chatId].push({ role: 'user', content: text });
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: SYSTEM_PROMPT }].concat(memory[chatId].slice(-10)),
  });
  const answer = res.choices[0].message.content;
  memory[chatId].push({ role: 'assistant', content: answer });
  return answer;
}

module.exports = { reply };
