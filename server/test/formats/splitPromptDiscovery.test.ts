/**
 * Discovery of prompts that a config splits over several keys (OpenAI Assistants' `instructions` and
 * `additional_instructions`, a shared `base.system` with a tenant's `developer` message, a persona key beside a
 * rules key), and of prompts in the languages whose lexicons came without discovery cues (Gujarati, Punjabi,
 * Marathi, Nepali, Telugu). All texts written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

const SPLIT: Record<string, string> = {
  // The persona line is in one key, the rules in another: neither alone reads as a prompt.
  '/assistants/vela-ferry/assistant.json': JSON.stringify(
    {
      model: 'gpt-4o-mini',
      instructions: 'You are a friendly, concise assistant.',
      additional_instructions:
        'This deployment serves the Vela Ferries WhatsApp line. Help only with ticket search, booking changes and timetables. Anything else: decline politely. Call transfer_to_agent when the customer asks for a person.',
    },
    null,
    2,
  ),
  '/agents/biblio-norte/prompt_parts.yaml': [
    'base:',
    '  system: |',
    '    Eres un asistente amable. Responde de forma breve y clara.',
    'tenants:',
    '  norte:',
    '    developer: |',
    '      Atiendes el WhatsApp de la Biblioteca Norte. Solo renovaciones, reservas y horarios.',
    '      Si alguien quiere hablar con el personal, dale el teléfono 912 000 111.',
    '',
  ].join('\n'),
};

const NEW_LANGUAGES: Record<string, string> = {
  '/bots/rangoli-sweets/config.json': JSON.stringify({
    model: 'gpt-4o-mini',
    instructions:
      'તમે રંગોલી સ્વીટ્સના WhatsApp સહાયક છો. ગ્રાહકોને મીઠાઈના ઓર્ડર, ભાવ અને ડિલિવરી વિશે જવાબ આપો. બીજા વિષયો પર વાત ન કરો. ગ્રાહક માણસ સાથે વાત કરવા માંગે તો 079 400 1234 નંબર આપો.',
  }),
  '/bots/sahyadri-dairy/config.json': JSON.stringify({
    model: 'gpt-4o-mini',
    instructions:
      'तुम्ही सह्याद्री डेअरीचे WhatsApp सहाय्यक आहात. ग्राहकांना दूध सदस्यता, डिलिव्हरी आणि बिल याबद्दल मदत करा. इतर विषयांवर उत्तर देऊ नका. ग्राहकाला कर्मचाऱ्याशी बोलायचे असल्यास 020 555 0000 द्या.',
  }),
  '/bots/himal-trek/config.json': JSON.stringify({
    model: 'gpt-4o-mini',
    instructions:
      'तपाईं हिमाल ट्रेकको WhatsApp सहायक हुनुहुन्छ। ग्राहकलाई ट्रेक बुकिङ, मूल्य र अनुमति पत्रबारे मात्र जवाफ दिनुहोस्। ग्राहकले मानिससँग कुरा गर्न चाहे 01 4000 000 दिनुहोस्।',
  }),
  '/bots/punjab-tractors/config.json': JSON.stringify({
    model: 'gpt-4o-mini',
    instructions:
      'ਤੁਸੀਂ ਪੰਜਾਬ ਟਰੈਕਟਰਜ਼ ਦੇ WhatsApp ਸਹਾਇਕ ਹੋ। ਗਾਹਕਾਂ ਨੂੰ ਸਰਵਿਸ ਬੁਕਿੰਗ ਅਤੇ ਪੁਰਜ਼ਿਆਂ ਬਾਰੇ ਜਵਾਬ ਦਿਓ। ਹੋਰ ਵਿਸ਼ਿਆਂ ਬਾਰੇ ਗੱਲ ਨਾ ਕਰੋ। ਗਾਹਕ ਮਨੁੱਖ ਨਾਲ ਗੱਲ ਕਰਨਾ ਚਾਹੇ ਤਾਂ 0161 500 000 ਦਿਓ।',
  }),
  '/bots/godavari-travels/config.json': JSON.stringify({
    model: 'gpt-4o-mini',
    instructions:
      'మీరు గోదావరి ట్రావెల్స్ WhatsApp సహాయకులు. కస్టమర్లకు బస్ టికెట్ బుకింగ్, రద్దు మరియు సమయాల గురించి మాత్రమే సమాధానం ఇవ్వండి. ఇతర విషయాలపై మాట్లాడకండి. కస్టమర్ మనిషితో మాట్లాడాలనుకుంటే 040 2000 0000 ఇవ్వండి.',
  }),
};

test('a prompt split over several prompt keys is read as one (JSON and YAML, role-named keys)', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  for (const [p, text] of Object.entries(SPLIT)) {
    const uri = host.set(`/tmp/wa-split-discovery${p}`, text);
    assert.equal(service.kindOf(uri), 'system-prompt', `${p}: ${service.explainKind(uri).reason}`);
  }
});

test('bot configs in Gujarati, Marathi, Nepali, Punjabi and Telugu are found by their persona and directives', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  for (const [p, text] of Object.entries(NEW_LANGUAGES)) {
    const uri = host.set(`/tmp/wa-lang-discovery${p}`, text);
    assert.equal(service.kindOf(uri), 'system-prompt', `${p}: ${service.explainKind(uri).reason}`);
  }
});

test('short labels under prompt keys do not make a config a prompt', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  const uri = host.set(
    '/tmp/wa-split-discovery/bots/x/config.json',
    JSON.stringify({ model: 'gpt-4o-mini', prompt_name: 'default-support-v2', system: 'support-template-latest' }),
  );
  assert.notEqual(service.kindOf(uri), 'system-prompt');
});

test('a missing human path in a language without a lexicon is information, not a warning', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  // Estonian (no lexicon; Finnish has one since session 15): the verdict has low confidence; prompt/unsupported-language says why.
  const uri = host.set(
    '/tmp/wa-lang-discovery/prompts/pagariari.system.md',
    'Sa oled pagariäri Väike Kukkel abiline. Vasta ainult tellimuste, broneeringute ja lahtiolekuaegade kohta.',
  );
  const found = service.lint(uri)?.findings.find((f) => f.rule === 'prompt/no-human-escalation');
  assert.equal(found?.severity, 'info');
});
