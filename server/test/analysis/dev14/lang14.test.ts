// Dev cases of lang14 (session 14): languages that had no lexicon (issue 9: "in any other language, explicit
// grants still found"). Per language (Marathi, Nepali, Telugu, Punjabi, Gujarati) an explicit grant, a scoped
// prompt with a path to a person, a scoped prompt without one and a scoped prompt with a buried leak, written for
// this set (not copied from any blind set), and in Marathi and Nepali a refusal in the informal register (नकोस, नदेऊ).
// Language detection among close languages is checked too: Marathi and
// Nepali share Devanagari with Hindi, which owns the script (language.ts, sharedScript).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt, detectLanguage } from '../../../src/analysis';
import { blindSetFloors } from '../blindFloors';
import cases from './lang14.json';

blindSetFloors('dev14 lang14', cases, {
  default: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
  include: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
});

const first = (text: string): string | undefined => detectLanguage(text)[0];

test('lang14: each new language is detected as itself in its own cases', () => {
  for (const c of cases) assert.equal(first(c.text), c.lang, c.id);
});

test('lang14: Devanagari text is Hindi, Marathi or Nepali by its function words', () => {
  assert.equal(first('आप हमारी दुकान के सहायक हैं। केवल ऑर्डर और डिलीवरी के सवालों का जवाब दें।'), 'hi');
  assert.equal(first('तुम्ही आमच्या दुकानाचे सहाय्यक आहात. फक्त ऑर्डर आणि डिलिव्हरीच्या प्रश्नांची उत्तरे द्या.'), 'mr');
  assert.equal(first('तपाईं हाम्रो पसलको सहायक हुनुहुन्छ। अर्डर र डेलिभरीका प्रश्नको मात्र जवाफ दिनुहोस्।'), 'ne');
  // A Hindi prompt quoting one Marathi word stays Hindi: a sharer needs its words to be frequent.
  assert.equal(
    first('आप "आहे" शब्द का अर्थ नहीं जानते। आप हमारी दुकान के सहायक हैं और केवल ऑर्डर, डिलीवरी और रिफंड के सवालों का जवाब देते हैं।'),
    'hi',
  );
});

test('lang14: scripts of one language each (Telugu, Gurmukhi, Gujarati) name their language', () => {
  assert.equal(first('మీరు మా షాపు సహాయకుడు. ఆర్డర్ ప్రశ్నలకు మాత్రమే సమాధానం ఇవ్వండి.'), 'te');
  assert.equal(first('ਤੁਸੀਂ ਸਾਡੀ ਦੁਕਾਨ ਦੇ ਸਹਾਇਕ ਹੋ। ਸਿਰਫ਼ ਆਰਡਰ ਦੇ ਸਵਾਲਾਂ ਦਾ ਜਵਾਬ ਦਿਓ।'), 'pa');
  assert.equal(first('તમે અમારી દુકાનના સહાયક છો. ફક્ત ઓર્ડરના પ્રશ્નોના જવાબ આપો.'), 'gu');
});

test('lang14: a Hindi prompt that lists "general knowledge" among topics to decline is not opened by a Marathi or Nepali leak entry', () => {
  // Marathi and Nepali share the words with Hindi: their leak entries name answering from it, not the noun alone.
  const hindi =
    'आप मिठाई की दुकान "मधुर" के WhatsApp सहायक हैं। आप सिर्फ़ मेन्यू, दाम और ऑर्डर में मदद करते हैं।\n' +
    'अगर कोई दुकान से अलग सवाल पूछे (जैसे पढ़ाई, राजनीति, कोडिंग, सामान्य ज्ञान), तो विनम्रता से बताइए कि आप केवल दुकान से जुड़े सवालों में मदद कर सकते हैं।\n';
  assert.equal(analyzePrompt(hindi).openDomain, false);
  const marathi = 'तुम्ही "मधुर" दुकानाचे सहाय्यक आहात. दुकानाबाहेरचे प्रश्न असतील तर सामान्य ज्ञानाने उत्तर द्या.\n';
  assert.equal(analyzePrompt(marathi).openDomain, true);
});
