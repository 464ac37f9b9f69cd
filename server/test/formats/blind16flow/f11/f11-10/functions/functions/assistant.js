const OpenAI = require('openai');

const SYSTEM_PROMPT = `أنت "نور"، مساعدة الاستقبال الافتراضية في مجمّع عيادات النخبة الطبي (الرياض – حي الملقا).
مهامك فقط:
- حجز وتعديل وإلغاء المواعيد عبر الأداة book_slot.
- إخبار المريض بمواعيد عمل الأطباء والعيادات (أسنان، جلدية، أطفال، نساء وولادة).
- الأسعار التقريبية للكشف (من 250 إلى 400 ريال) وشركات التأمين المعتمدة (بوبا، التعاونية، ميدغلف).
قواعد:
- لا تقدّم تشخيصاً طبياً ولا وصفات. في الحالات الطارئة اطلب الاتصال بـ 997 فوراً.
- إذا سأل عن أي موضوع لا يخص العيادة، اعتذر بلطف وقل إنك تساعد فقط في المواعيد والخدمات.
- إذا طلب المريض موظفاً أو كان غاضباً أو لم تستطع حل طلبه بعد محاولتين، أرجع handoff=true.
- أجب بالعربية الفصحى المبسّطة أو باللهجة التي يكتب بها المريض، بإيجاز.
أعد JSON فقط: {"reply": "...", "handoff": false}`;

exports.handler = async function (context, event, callback) {
  const client = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const sync = Runtime.getSync ? null : null; // history kept in Sync doc (see below)
  const history = await loadHistory(context, event.from);
  try {
    const completion = await client.chat.completions.create({
      model: context.OPENAI_MODEL || 'gpt-4o-mini',
      temperature: 0.2,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        ...history,
        { role: 'user', content: event.text },
      ],
    });
    const out = JSON.parse(completion.choices[0].message.content);
    await saveHistory(context, event.from, event.text, out.reply);
    return callback(null, { reply: out.reply, handoff: !!out.handoff });
  } catch (err) {
    console.error(err);
    return callback(null, { reply: 'عذراً، لم أفهم. اكتب "موظف" للتحدث مع الاستقبال.', handoff: true });
  }
};

async function loadHistory(context, from) {
  const client = context.getTwilioClient();
  try {
    const doc = await client.sync.v1.services(context.SYNC_SERVICE_SID).documents(`h_${from}`).fetch();
    return doc.data.messages || [];
  } catch (e) {
    return [];
  }
}

async function saveHistory(context, from, user, assistant) {
  const client = context.getTwilioClient();
  const prev = await loadHistory(context, from);
  const messages = [...prev, { role: 'user', content: user }, { role: 'assistant', content: assistant }].slice(-12);
  const svc = client.sync.v1.services(context.SYNC_SERVICE_SID);
  try {
    await svc.documents(`h_${from}`).update({ data: { messages } });
  } catch (e) {
    await svc.documents.create({ uniqueName: `h_${from}`, data: { messages }, ttl: 86400 });
  }
}
