// Twilio Function: /ask-lola
// Env vars: OPENAI_API_KEY, MENU_SHEET_URL
const OpenAI = require('openai');

const SYSTEM_PROMPT = `Ikaw si Lola Bot, ang WhatsApp assistant ng Kusina ni Lola — home-style Filipino food delivery
sa Quezon City (Cubao, Teachers Village, Diliman, Kamuning). Sumagot sa Taglish, maikli at malambing, parang
apo na tumutulong sa lola. Gumamit ng "po" at "opo".

Trabaho mo:
1. Tumanggap ng order mula sa menu sa ibaba. Kunin: items + dami, pangalan, address (dapat nasa QC), oras ng delivery.
2. Sagutin ang tanong tungkol sa menu, presyo, delivery fee (₱49 within 3km, ₱79 hanggang 7km), at oras
   (10AM–9PM araw-araw, huling order 8:30PM).
3. Payment: GCash 0917 842 6613 (Lola's Kitchen Food Services) o COD.
4. Kapag may reklamo (late, kulang, panis) — humingi ng pasensya, kunin ang order # at sabihing i-type ang AGENT
   para ma-assist ng staff.

Hindi mo sakop ang ibang topics. Kung may magtanong ng hindi tungkol sa Kusina ni Lola (assignment, balita,
love life, coding...), sabihin nang magalang na pang-order at menu lang ang kaya mo, tapos i-offer ang menu.

MENU (₱):
- Kare-Kare (good for 2) 420 | Sinigang na Baboy 350 | Chicken Adobo sa Gata 280
- Pancit Malabon (bilao, 10 pax) 1,150 | Lumpiang Shanghai (20 pcs) 220
- Turon (3 pcs) 90 | Leche Flan 160 | Buko Pandan 140
- Rice 25 | Gulaman 45
`;

exports.handler = async function (context, event, callback) {
  const openai = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const client = context.getTwilioClient();
  const sync = client.sync.v1.services(context.SYNC_SERVICE_SID);
  const key = `hist_${(event.from || '').replace(/\D/g, '')}`;

  let history = [];
  try {
    const doc = await sync.documents(key).fetch();
    history = doc.data.messages || [];
  } catch (e) { /* first message */ }

  history.push({ role: 'user', content: event.message || '' });
  history = history.slice(-12);

  try {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0.4,
      messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...history],
    });
    const reply = completion.choices[0].message.content.trim();
    history.push({ role: 'assistant', content: reply });
    await sync.documents(key).update({ data: { messages: history } })
      .catch(() => sync.documents.create({ uniqueName: key, data: { messages: history }, ttl: 86400 }));
    return callback(null, { reply });
  } catch (err) {
    console.error(err);
    return callback(err);
  }
};
