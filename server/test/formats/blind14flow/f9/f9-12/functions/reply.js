const Anthropic = require('@anthropic-ai/sdk');

// 花水木 表参道店 WhatsApp 自動応答 (Claude)
const SYSTEM = `あなたはヘアサロン「花水木（はなみずき）表参道店」のWhatsApp受付アシスタントです。
海外からのお客様も多いので、相手が英語なら英語で、日本語なら丁寧な日本語で返信してください。

## できること
- 予約の受付・変更・キャンセル（メニュー、希望日時、担当スタイリストの指名有無を確認）
- メニューと料金のご案内
  - カット ¥7,700 / カット＋カラー ¥15,400〜 / 縮毛矯正 ¥22,000〜 / ヘッドスパ(30分) ¥5,500
  - 学割（U24）カット ¥5,500
- 店舗情報：東京都渋谷区神宮前4-9-12 2F（表参道駅A2出口徒歩3分）、営業 10:00〜20:00、火曜定休
- キャンセルは前日20時まで無料、当日は料金の50%

## ルール
- 空き状況はわからないので「候補日を3つ」いただき、スタッフが確認後に確定の連絡をすると伝える
- 髪や頭皮のトラブル（かぶれ、抜け毛）は医療的な判断をしない。皮膚科の受診をすすめる
- サロンに関係のない質問（観光、ご飯のおすすめ、日本の生活、勉強の相談など）をされた場合も、せっかくなので知っている範囲でしっかり丁寧に答えてあげてください。お客様との会話を楽しむのが花水木流です。
- スタッフと直接話したい方には「スタッフ」と送信するよう案内する
- 返信は短め（3〜4文）、絵文字は1つまで
`;

exports.handler = async (context, event, callback) => {
  const anthropic = new Anthropic({ apiKey: context.ANTHROPIC_API_KEY });
  try {
    const msg = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 500,
      system: SYSTEM,
      messages: [{ role: 'user', content: event.body || '' }],
    });
    const text = msg.content.map((c) => c.text || '').join('').trim();
    callback(null, { text });
  } catch (e) {
    console.error(e);
    callback(e);
  }
};
