/**
 * Not-a-bot prompts in the languages whose lexicons had no `offstage` or `nonBot` words (Telugu, Gujarati,
 * Marathi, Nepali, Punjabi), and a field list of snake_case keys beside "JSON" as an output contract in any
 * language. Texts written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

test('an agent-assist drafter that says its draft never reaches the customer is not a bot (te, mr, ne)', () => {
  const texts = [
    // Telugu: "this tool does not talk to the customer; the agent reads the draft and sends it."
    'ఈ టూల్ కస్టమర్‌తో నేరుగా మాట్లాడదు. ఏజెంట్ డ్రాఫ్ట్ చదివి పంపుతారు.\n\nInput:\n- ticket thread\n\nOutput:\n- draft reply (80 పదాలలోపు)',
    // Marathi
    'हे साधन ग्राहकाशी थेट बोलत नाही; मसुदा ग्राहकाला कधीही दिसत नाही. कर्मचारी तो तपासून पाठवतात.\n\nInput:\n- ticket thread\n\nOutput:\n- draft reply (80 शब्दांपर्यंत)',
    // Nepali
    'यो उपकरणले बनाएको मस्यौदा ग्राहकले कहिल्यै देख्दैनन्; कर्मचारीले जाँचेर पठाउँछन्।\n\nInput:\n- ticket thread\n\nOutput:\n- draft reply (८० शब्दसम्म)',
  ];
  for (const text of texts) {
    const r = analyzePrompt(text, { path: 'file:///w/helpdesk/agent_assist/draft.md' });
    assert.equal(r.notABot?.kind, 'pipeline step', text.slice(0, 40));
  }
});

test('an extraction step that lists snake_case keys and says JSON is not a bot, in Gujarati and Punjabi', () => {
  const gu = [
    '# રસીદ વાંચન',
    '',
    'તમને સ્કેન કરેલી રસીદનો ટેક્સ્ટ મળશે. નીચેની કી સાથે ફક્ત JSON આપો:',
    '',
    '- shop_name',
    '- receipt_date (YYYY-MM-DD)',
    '- total_amount (ફક્ત આંકડો)',
    '- payment_mode',
  ].join('\n');
  const pa = [
    '# ਬਿੱਲ ਤੋਂ ਡੇਟਾ',
    '',
    'ਤੁਹਾਨੂੰ ਬਿੱਲ ਦਾ ਟੈਕਸਟ ਮਿਲੇਗਾ। ਹੇਠਲੀਆਂ ਕੁੰਜੀਆਂ ਨਾਲ ਸਿਰਫ਼ JSON ਦਿਓ:',
    '',
    '- vendor_name',
    '- bill_number',
    '- bill_date (YYYY-MM-DD)',
    '- tax_amount',
  ].join('\n');
  for (const text of [gu, pa]) {
    const r = analyzePrompt(text, { path: 'file:///w/pipelines/receipts/extract.md' });
    assert.ok(r.notABot, text.slice(0, 30));
  }
});

test('a bot that lists its tools as bare snake_case names, without JSON, stays a bot', () => {
  const text = [
    'Eres el asistente de WhatsApp de Ferretería Sol. Solo ayudas con pedidos y horarios.',
    'Herramientas:',
    '- buscar_pedido',
    '- ver_horario',
    '- transferir_humano (cuando el cliente pida una persona)',
  ].join('\n');
  assert.equal(analyzePrompt(text, { path: 'file:///w/prompts/sol.md' }).notABot, undefined);
});

test('a router that answers with one of several bare upper-case labels has a label set, in any language', () => {
  const text = [
    'Sei un classificatore di messaggi. Leggi il messaggio e rispondi solo con una etichetta:',
    'BILLING | SHIPPING | RETURNS | OTHER',
    'Nessuna spiegazione.',
    '',
    '{{message}}',
  ].join('\n');
  const r = analyzePrompt(text, { path: 'file:///w/router/route.md' });
  assert.ok(r.notABot?.cues.includes('a set of labels to choose from'), JSON.stringify(r.notABot));
});
