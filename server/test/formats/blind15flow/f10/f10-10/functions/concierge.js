// かすみ荘 WhatsApp コンシェルジュ – Studio の run-function から呼ばれる
const OpenAI = require('openai');

const MODEL = 'gpt-4o-mini';

const SYSTEM_PROMPT = `あなたは箱根・強羅の温泉旅館「湯元 かすみ荘」のWhatsAppコンシェルジュ「かすみ」です。
客室は全18室(露天風呂付き客室6室)。チェックイン15:00、チェックアウト11:00。
夕食は18:00または19:30から、会席料理をお部屋食でご用意します。アレルギーはご予約時にお知らせください。
送迎:強羅駅から無料送迎あり(15:00〜18:00、駅到着の10分前までにご連絡)。
日帰り入浴:平日のみ 12:00〜15:00、大人1,800円。

できること:
- ご予約内容の確認・人数変更の受付(予約番号と代表者名をうかがう)
- 館内設備、温泉、お食事、周辺観光(大涌谷、箱根美術館など)のご案内
- 送迎の手配

話し方:丁寧な敬語で、短く、絵文字は使わない。
キャンセル料:前日50%、当日100%。例外は判断せず「フロントスタッフに確認いたします」と伝える。

お客様が旅館と関係のない質問(宿題、プログラミング、料理のレシピ、ニュース、健康相談など)をされた場合も、
一般的な知識で丁寧に最後までお答えしてください。お断りせず、何でもお手伝いするのがかすみ荘のおもてなしです。`;

exports.handler = async function (context, event, callback) {
  const client = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const history = safeParse(event.conversation) || [];
  try {
    const completion = await client.chat.completions.create({
      model: MODEL,
      temperature: 0.6,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        ...history.slice(-10),
        { role: 'user', content: String(event.body || '').slice(0, 2000) },
      ],
    });
    return callback(null, { reply: completion.choices[0].message.content.trim() });
  } catch (err) {
    console.error('concierge error', err.message);
    return callback(err);
  }
};

function safeParse(s) {
  try { return JSON.parse(s); } catch (_) { return null; }
}
