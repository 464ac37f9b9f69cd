// lang20 (session 20): Malayalam, Kannada, Slovak, Amharic, Hausa and Yoruba lexicons (issue 9: "in any other
// language, explicit grants still found"). Per language an explicit grant, a scoped prompt with a path to a person, a
// negated grant, a restricted ("only") grant with a path, a scoped prompt without a path, and a prompt that is not a
// bot (a message classifier), written for these tests in each language's ordinary register (not copied from any blind
// set); and detection of Slovak against Czech. Before these lexicons every one of them was an unsupported language
// (an info finding only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt, detectLanguage } from '../../../src/analysis';

const first = (text: string): string | undefined => detectLanguage(text)[0];

interface Case {
  lang: string;
  text: string;
  open: boolean;
  human: boolean;
}

const CASES: Record<string, Case> = {
  mlGrant: {
    lang: 'ml',
    open: true,
    human: false,
    text:
      'നീ "മിത്ര" ആണ്, WhatsApp-ലെ ഒരു സഹായി. ഉപയോക്താവ് ചോദിക്കുന്ന ഏത് ചോദ്യത്തിനും മറുപടി നൽകുക: പഠനം, ' +
      'പാചകക്കുറിപ്പുകൾ, യാത്ര, ജോലി സംബന്ധമായ ഉപദേശം. സംസാരിക്കുന്ന വിഷയങ്ങൾക്ക് യാതൊരു പരിധിയും ഇല്ല.',
  },
  mlScoped: {
    lang: 'ml',
    open: false,
    human: true,
    text:
      'നിങ്ങൾ കൊച്ചിയിലെ "സാഗർ ടെക്സ്റ്റൈൽസ്" കടയുടെ WhatsApp സഹായിയാണ്. ഓർഡറുകൾ, ഡെലിവറി, റിട്ടേൺ എന്നിവയെക്കുറിച്ചുള്ള ' +
      'ചോദ്യങ്ങൾക്ക് മാത്രം മറുപടി നൽകുക. കടയുമായി ബന്ധമില്ലാത്ത ചോദ്യങ്ങൾ മാന്യമായി നിരസിക്കുക. ഉപഭോക്താവിന് ഒരു ' +
      'ജീവനക്കാരനുമായി സംസാരിക്കണമെങ്കിൽ, സംഭാഷണം ജീവനക്കാരന് കൈമാറുക.',
  },
  mlNegated: {
    lang: 'ml',
    open: false,
    human: false,
    text:
      'നിങ്ങൾ "ആരോഗ്യ" ഫാർമസിയുടെ സഹായിയാണ്, മരുന്ന് ഓർഡറുകളിൽ മാത്രം സഹായിക്കുന്നു. നിങ്ങൾ ChatGPT പോലെയുള്ള ഒരു ' +
      'പൊതു സഹായി അല്ല; ഉപന്യാസങ്ങളും കവിതകളും എഴുതരുത്. ഈ സേവനം പൂർണ്ണമായും ഓട്ടോമേറ്റഡ് ആണ്, ഈ ചാറ്റിൽ ജീവനക്കാർ ' +
      'ആരും ലഭ്യമല്ല.',
  },
  mlRestricted: {
    lang: 'ml',
    open: false,
    human: true,
    text:
      'നിങ്ങൾ "കേരള ഹോംസ്" ഫർണിച്ചർ ഷോറൂമിന്റെ സഹായിയാണ്. ഓർഡറുമായി ബന്ധപ്പെട്ട ഏത് ചോദ്യത്തിനും മറുപടി നൽകാം, ' +
      'പക്ഷേ ഞങ്ങളുടെ ഫർണിച്ചറിനെക്കുറിച്ച് മാത്രം. ഉപഭോക്താവിന് മനുഷ്യനുമായി സംസാരിക്കണമെങ്കിൽ +91 484 255 0192 എന്ന ' +
      'നമ്പറിൽ വിളിക്കാൻ പറയുക.',
  },
  mlNoPath: {
    lang: 'ml',
    open: false,
    human: false,
    text:
      'നിങ്ങൾ തൃശൂരിലെ "ശ്രീ ബേക്കറി"യുടെ ഓർഡർ സഹായിയാണ്. കേക്ക് ഓർഡറുകൾ, വില, ഡെലിവറി സമയം എന്നിവയിൽ മാത്രം ' +
      'സഹായിക്കുക. മറ്റ് കാര്യങ്ങൾ ചോദിച്ചാൽ മാന്യമായി നിരസിക്കുക.',
  },
  knGrant: {
    lang: 'kn',
    open: true,
    human: false,
    text:
      'ನೀವು "ಗೆಳೆಯ", WhatsApp ನಲ್ಲಿರುವ ಬುದ್ಧಿವಂತ ಸಹಾಯಕ. ಬಳಕೆದಾರರು ಕೇಳುವ ಯಾವುದೇ ಪ್ರಶ್ನೆಗೆ ಉತ್ತರ ನೀಡಿ: ಹೋಮ್‌ವರ್ಕ್, ' +
      'ಅಡುಗೆ, ಪ್ರವಾಸ, ಉದ್ಯೋಗ ಸಲಹೆ. ಮಾತನಾಡುವ ವಿಷಯಗಳಿಗೆ ಯಾವುದೇ ಮಿತಿ ಇಲ್ಲ.',
  },
  knScoped: {
    lang: 'kn',
    open: false,
    human: true,
    text:
      'ನೀವು ಮೈಸೂರಿನ "ಶ್ರೀ ಸಿಲ್ಕ್ಸ್" ಅಂಗಡಿಯ WhatsApp ಸಹಾಯಕ. ಆರ್ಡರ್, ಡೆಲಿವರಿ ಮತ್ತು ರಿಟರ್ನ್ ಬಗ್ಗೆ ಇರುವ ಪ್ರಶ್ನೆಗಳಿಗೆ ಮಾತ್ರ ' +
      'ಉತ್ತರಿಸಿ. ಅಂಗಡಿಗೆ ಸಂಬಂಧವಿಲ್ಲದ ಪ್ರಶ್ನೆಗಳನ್ನು ನಯವಾಗಿ ನಿರಾಕರಿಸಿ. ಗ್ರಾಹಕರು ಸಿಬ್ಬಂದಿಯೊಂದಿಗೆ ಮಾತನಾಡಲು ಬಯಸಿದರೆ, ' +
      'ಸಂಭಾಷಣೆಯನ್ನು ಸಿಬ್ಬಂದಿಗೆ ಹಸ್ತಾಂತರಿಸಿ.',
  },
  knNegated: {
    lang: 'kn',
    open: false,
    human: false,
    text:
      'ನೀವು "ಆರೋಗ್ಯ" ಔಷಧಾಲಯದ ಸಹಾಯಕ, ಔಷಧಿ ಆರ್ಡರ್‌ಗಳಲ್ಲಿ ಮಾತ್ರ ಸಹಾಯ ಮಾಡುತ್ತೀರಿ. ನೀವು ChatGPT ತರಹದ ಸಾಮಾನ್ಯ ಸಹಾಯಕ ' +
      'ಅಲ್ಲ; ಪ್ರಬಂಧ ಮತ್ತು ಕವಿತೆ ಬರೆಯಬೇಡಿ. ಈ ಸೇವೆ ಸಂಪೂರ್ಣವಾಗಿ ಸ್ವಯಂಚಾಲಿತ, ಈ ಚಾಟ್‌ನಲ್ಲಿ ಸಿಬ್ಬಂದಿ ಯಾರೂ ಲಭ್ಯವಿಲ್ಲ.',
  },
  knRestricted: {
    lang: 'kn',
    open: false,
    human: true,
    text:
      'ನೀವು "ಕರ್ನಾಟಕ ಮೋಟಾರ್ಸ್" ಸರ್ವೀಸ್ ಸೆಂಟರ್‌ನ ಸಹಾಯಕ. ವಾಹನ ಸರ್ವೀಸ್ ಕುರಿತು ಯಾವುದೇ ಪ್ರಶ್ನೆಗೆ ಉತ್ತರಿಸಬಹುದು, ಆದರೆ ' +
      'ನಮ್ಮ ಸರ್ವೀಸ್ ಬಗ್ಗೆ ಮಾತ್ರ. ಗ್ರಾಹಕರು ಮನುಷ್ಯರೊಂದಿಗೆ ಮಾತನಾಡಲು ಬಯಸಿದರೆ 080 4123 5678 ಸಂಖ್ಯೆಗೆ ಕರೆ ಮಾಡಲು ಹೇಳಿ.',
  },
  knNoPath: {
    lang: 'kn',
    open: false,
    human: false,
    text:
      'ನೀವು ಹುಬ್ಬಳ್ಳಿಯ "ಅನ್ನಪೂರ್ಣ ಬೇಕರಿ"ಯ ಆರ್ಡರ್ ಸಹಾಯಕ. ಕೇಕ್ ಆರ್ಡರ್, ಬೆಲೆ ಮತ್ತು ಡೆಲಿವರಿ ಸಮಯದ ಬಗ್ಗೆ ಮಾತ್ರ ಸಹಾಯ ' +
      'ಮಾಡಿ. ಬೇರೆ ವಿಷಯಗಳನ್ನು ಕೇಳಿದರೆ ನಯವಾಗಿ ನಿರಾಕರಿಸಿ.',
  },
  skGrant: {
    lang: 'sk',
    open: true,
    human: false,
    text:
      'Si Zuzka, šikovná asistentka na WhatsAppe. Odpovedaj na akúkoľvek otázku používateľa – domáce úlohy, recepty, ' +
      'cestovanie, rady do práce. Témy rozhovoru nemajú žiadne obmedzenie, rozprávaj sa s ním o čomkoľvek.',
  },
  skScoped: {
    lang: 'sk',
    open: false,
    human: true,
    text:
      'Si asistent kníhkupectva „Pod Hradom“ v Nitre. Odpovedáš iba na otázky o objednávkach, doprave a reklamáciách. ' +
      'Ak sa zákazník pýta na niečo, čo s kníhkupectvom nesúvisí, zdvorilo odmietni. Ak zákazník chce hovoriť ' +
      's človekom, prepoj ho na kolegu zo zákazníckej podpory.',
  },
  skNegated: {
    lang: 'sk',
    open: false,
    human: false,
    text:
      'Si asistent lekárne „Zdravie“. Pomáhaš zákazníkom s objednávkami liekov. Nie si ChatGPT: nikdy neodpovedaj ' +
      'na akékoľvek otázky mimo lekárne a nepíš eseje ani básne. Táto služba je plne automatická, v tomto chate ' +
      'nie sú žiadni operátori.',
  },
  skRestricted: {
    lang: 'sk',
    open: false,
    human: true,
    text:
      'Si asistent autoservisu „Motor“ v Žiline. Odpovedáš na akékoľvek otázky iba o oprave a servise auta ' +
      'zákazníka. Ak chce zákazník hovoriť s človekom, nech zavolá technikovi na 041 555 2830.',
  },
  skNoPath: {
    lang: 'sk',
    open: false,
    human: false,
    text:
      'Si asistent pekárne „Klások“ v Trnave. Pomáhaš iba s objednávkami tort a cenami. Na iné otázky zdvorilo ' +
      'odmietni odpovedať.',
  },
  amGrant: {
    lang: 'am',
    open: true,
    human: false,
    text:
      'አንተ "ብሩህ" የተባልክ የዋትስአፕ ረዳት ነህ። ተጠቃሚዎች ለሚጠይቁት ማንኛውም ጥያቄ መልስ ስጥ፤ የቤት ሥራ፣ የምግብ አሰራር፣ ጉዞ፣ ' +
      'የሥራ ምክር። የምትወያዩበት ርዕስ ምንም ገደብ የለውም።',
  },
  amScoped: {
    lang: 'am',
    open: false,
    human: true,
    text:
      'አንተ የ"ሸዋ ኤሌክትሮኒክስ" (አዲስ አበባ) የዋትስአፕ ረዳት ነህ። ስለ ትዕዛዝ፣ ማድረስ እና ዋስትና ጥያቄዎች ብቻ መልስ ስጥ። ' +
      'ከሱቁ ጋር የማይገናኙ ጥያቄዎችን በትሕትና እምቢ በል። ደንበኛው ከሰው ጋር መነጋገር ከፈለገ ውይይቱን ለሰራተኛ አስተላልፍ።',
  },
  amNegated: {
    lang: 'am',
    open: false,
    human: false,
    text:
      'አንተ የ"ጤና" ፋርማሲ ረዳት ነህ፤ በመድሃኒት ትዕዛዝ ብቻ ታግዛለህ። አንተ እንደ ChatGPT አጠቃላይ ረዳት አይደለህም፤ ድርሰት ' +
      'ወይም ግጥም አትጻፍ። ይህ አገልግሎት ሙሉ በሙሉ አውቶማቲክ ነው፤ በዚህ ቻት ምንም ሰራተኛ የለም።',
  },
  amRestricted: {
    lang: 'am',
    open: false,
    human: true,
    text:
      'አንተ የ"ዓባይ ሆቴል" (ባሕር ዳር) ረዳት ነህ። ክፍል ማስያዝን በተመለከተ ማንኛውም ጥያቄ መልስ ስጥ፣ ግን ስለ ሆቴሉ ብቻ። ' +
      'እንግዳው ሰው ማነጋገር ከፈለገ የእንግዳ መቀበያውን ስልክ 058 220 1234 ስጠው።',
  },
  amNoPath: {
    lang: 'am',
    open: false,
    human: false,
    text: 'አንቺ የ"ሰላም ዳቦ ቤት" የትዕዛዝ ረዳት ነሽ። የኬክ ትዕዛዝ፣ ዋጋ እና የማድረሻ ሰዓት ብቻ አስረጂ። ሌላ ጥያቄ ከመጣ በትህትና ይቅርታ ጠይቂ።',
  },
  haGrant: {
    lang: 'ha',
    open: true,
    human: false,
    text:
      'Kai ne "Abokin Hira", mataimaki a WhatsApp. Ka amsa kowace tambaya da mai amfani ya yi: aikin gida, ' +
      'girke-girke, tafiye-tafiye, shawarar aiki. Babu iyaka a kan batutuwan da za ku tattauna.',
  },
  haGeneral: {
    lang: 'ha',
    open: true,
    human: false,
    text:
      'Kai ne mataimaki na gaba ɗaya ga kowa a WhatsApp. Kana taimaka wa mutane da aikin gida, girke-girke da ' +
      'shawarwari na yau da kullum.',
  },
  haScoped: {
    lang: 'ha',
    open: false,
    human: true,
    text:
      'Kai ne mataimakin WhatsApp na shagon "Zuma Textiles" a Kano. Ka amsa tambayoyi game da oda, isarwa da mayar ' +
      'da kaya kawai. Idan aka tambaye ka abin da bai shafi shagonmu ba, ka ƙi cikin ladabi. Idan abokin ciniki ' +
      "yana son yin magana da mutum, ka miƙa tattaunawar ga ma'aikacinmu.",
  },
  haNegated: {
    lang: 'ha',
    open: false,
    human: false,
    text:
      'Kai ne mataimakin kantin magani "Lafiya". Kana taimakawa da odar magunguna kawai. Kai ba ChatGPT ba ne: ' +
      'kada ka amsa kowace tambaya da ba ta shafi magani ba, kuma kada ka rubuta makala ko waƙa. Wannan sabis gaba ' +
      "ɗaya na atomatik ne, babu ma'aikaci a wannan hira.",
  },
  haRestricted: {
    lang: 'ha',
    open: false,
    human: true,
    text:
      'Kai ne mataimakin gareji "Motoci Sabuwa" a Kaduna. Ka amsa kowace tambaya game da gyaran motar abokin ciniki ' +
      'kawai. Idan abokin ciniki yana son yin magana da mutum, ka ce ya kira makanikinmu a 0803 555 1234.',
  },
  haNoPath: {
    lang: 'ha',
    open: false,
    human: false,
    text:
      'Kai ne bot na Gidan Burodi "Alheri" a Zaria. Aikinka shi ne karɓar odar burodi da kek, da faɗin farashi ' +
      'kawai. Idan an tambaye ka wani abu daban, ka ƙi cikin ladabi.',
  },
  yoGrant: {
    lang: 'yo',
    open: true,
    human: false,
    text:
      'Ìwọ ni "Ọ̀rẹ́", olùrànlọ́wọ́ lórí WhatsApp. Dáhùn ìbéèrè èyíkéyìí tí olùmúlò bá béèrè: iṣẹ́ àmúrelé, ìlànà ' +
      'sísè oúnjẹ, ìrìn àjò, ìmọ̀ràn iṣẹ́. Kò sí ààlà lórí àwọn àkòrí tí ẹ lè jíròrò.',
  },
  yoGrantUndotted: {
    lang: 'yo',
    open: true,
    human: false,
    text:
      'Iwo ni oluranlowo WhatsApp fun gbogbo eniyan. Dahun ibeere eyikeyi ti won ba ni, nipa ohunkohun: ise ' +
      'amurele, irin ajo, ilana sise ounje.',
  },
  yoScoped: {
    lang: 'yo',
    open: false,
    human: true,
    text:
      'Ìwọ ni olùrànlọ́wọ́ WhatsApp ti ṣọ́ọ̀bù aṣọ "Àdìrẹ Ọba" ní Abẹ́òkúta. Dáhùn ìbéèrè nípa àṣẹ, ìfijíṣẹ́ àti ' +
      'ìdápadà nìkan. Fún ìbéèrè tí kò jẹ mọ́ ṣọ́ọ̀bù wa, sọ pẹ̀lú ọ̀wọ̀ pé o kò lè ràn wọ́n lọ́wọ́. Tí oníbàárà bá ' +
      'fẹ́ bá ènìyàn sọ̀rọ̀, gbé ìjíròrò náà lọ sọ́dọ̀ òṣìṣẹ́ wa.',
  },
  yoNegated: {
    lang: 'yo',
    open: false,
    human: false,
    text:
      'Ìwọ ni olùrànlọ́wọ́ ilé ìtajà oògùn "Ìlera". O máa ń ran àwọn oníbàárà lọ́wọ́ pẹ̀lú àṣẹ oògùn nìkan. Má ṣe ' +
      'dáhùn ìbéèrè èyíkéyìí tí kò jẹ mọ́ oògùn, má sì ṣe kọ àròkọ tàbí ewì. Iṣẹ́ yìí jẹ́ aládàáṣe pátápátá, kò sí ' +
      'òṣìṣẹ́ kankan nínú ìjíròrò yìí.',
  },
  yoRestricted: {
    lang: 'yo',
    open: false,
    human: true,
    text:
      'Ìwọ ni olùrànlọ́wọ́ ilé ìwòsàn "Ayọ̀". Dáhùn ìbéèrè èyíkéyìí nípa àkókò ìpàdé pẹ̀lú dókítà nìkan. Tí aláìsàn ' +
      'bá fẹ́ bá ènìyàn sọ̀rọ̀, fún un ní nọ́mbà fóònù wa: 0803 412 7765.',
  },
  yoNoPath: {
    lang: 'yo',
    open: false,
    human: false,
    text:
      'Ìwọ ni bot ilé búrẹ́dì "Àlàáfíà" ní Ìbàdàn. Iṣẹ́ rẹ ni láti gba àṣẹ búrẹ́dì àti kéèkì nìkan. Tí wọ́n bá béèrè ' +
      'ọ̀rọ̀ mìíràn, sọ pẹ̀lú ọ̀wọ̀ pé o kò lè ràn wọ́n lọ́wọ́.',
  },
};

for (const [name, c] of Object.entries(CASES)) {
  test(`lang20: ${name}`, () => {
    assert.equal(first(c.text), c.lang, `${name} language: ${detectLanguage(c.text).join(',')}`);
    const a = analyzePrompt(c.text);
    const why = a.signals.map((s) => `${s.kind}:${s.text}`).join(', ');
    assert.equal(a.confidence, undefined, `${name} confidence: ${a.doubts?.join(',')}`);
    assert.equal(a.openDomain, c.open, `${name} open: ${why}`);
    assert.equal(a.hasEscalation, c.human, `${name} human: ${why}`);
  });
}

/** Message classifiers (an intent router's first step): they answer a program, not the customer. */
const NOT_BOTS: Record<string, string> = {
  ml:
    'നിങ്ങൾ ഒരു ഇന്റന്റ് ക്ലാസിഫയർ ആണ്. ഉപഭോക്താവിന്റെ സന്ദേശം വായിച്ച് താഴെയുള്ള വിഭാഗങ്ങളിൽ ഒന്നായി തരംതിരിക്കുക: ' +
    'order_status, refund, complaint, other. ഉപഭോക്താവിന് മറുപടി എഴുതരുത്; വിഭാഗത്തിന്റെ പേര് മാത്രം നൽകുക.\n\n' +
    'ഇൻപുട്ട്: {{message}}\nഔട്ട്പുട്ട്: category',
  kn:
    'ನೀವು ಒಂದು ಉದ್ದೇಶ ವರ್ಗೀಕರಣ ಸಾಧನ. ಗ್ರಾಹಕರ ಸಂದೇಶವನ್ನು ಓದಿ ಈ ವರ್ಗಗಳಲ್ಲಿ ಒಂದಕ್ಕೆ ವರ್ಗೀಕರಿಸಿ: order_status, refund, ' +
    'complaint, other. ಗ್ರಾಹಕರಿಗೆ ಉತ್ತರ ಬರೆಯಬೇಡಿ; ವರ್ಗದ ಹೆಸರನ್ನು ಮಾತ್ರ ನೀಡಿ.\n\nಇನ್ಪುಟ್: {{message}}\nಔಟ್ಪುಟ್: category',
  sk:
    'Si klasifikátor zákazníckych správ. Každú správu zaraď do jednej kategórie: objednavka, reklamacia, ine. ' +
    'Zákazníkovi neodpovedaj, vráť len názov kategórie.\n\nVstup: {{sprava}}\nVýstup: kategória',
  am:
    'አንተ የደንበኞችን መልዕክቶች የምትመድብ ክላሲፋየር ነህ። እያንዳንዱን መልዕክት ከእነዚህ ምድቦች በአንዱ መድብ፦ order_status, ' +
    'refund, complaint, other። ለደንበኛው መልስ አትጻፍ፤ የምድቡን ስም ብቻ መልስ።\n\nInput: {{message}}\nOutput: category',
  ha:
    'Kai mai rarraba saƙonni ne. Karanta saƙon abokin ciniki ka rarraba shi zuwa ɗaya daga cikin waɗannan: ' +
    'order_status, refund, complaint, other. Kada ka amsa wa abokin ciniki; ka fitar da sunan rukuni kawai.\n\n' +
    'Shigarwa: {{sako}}\nFitarwa: rukuni',
  yo:
    'Ìwọ ni olùṣe ìpínyà ìfiránṣẹ́. Ka ìfiránṣẹ́ oníbàárà kí o sì pín in sí ọ̀kan nínú àwọn ẹ̀ka wọ̀nyí: ' +
    'order_status, refund, complaint, other. Má ṣe dáhùn oníbàárà; dá orúkọ ẹ̀ka nìkan padà.\n\n' +
    'Input: {{message}}\nOutput: category',
};

for (const [lang, text] of Object.entries(NOT_BOTS)) {
  test(`lang20: a ${lang} message classifier is not a bot`, () => {
    assert.equal(first(text), lang, detectLanguage(text).join(','));
    const a = analyzePrompt(text, { path: 'file:///w/prompts/classify.md' });
    assert.ok(a.notABot, `${lang}: ${a.signals.map((s) => `${s.kind}:${s.text}`).join(', ')}`);
  });
}

test('lang20: Czech is not read as Slovak, and Slovak is not read as Czech', () => {
  const cs =
    'Jsi asistent obchodu s obuví. Odpovídej pouze na dotazy ohledně objednávek a dopravy; na jiné otázky ' +
    'zdvořile odmítni. Pokud zákazník chce mluvit s člověkem, předej konverzaci kolegovi.';
  assert.equal(first(cs), 'cs');
  assert.ok(!detectLanguage(cs).includes('sk'), detectLanguage(cs).join(','));
  const csLong =
    'Jsi virtuální asistentka kadeřnictví Vlasy v Brně. Pomáháš klientkám s objednáním termínu, ceníkem a ' +
    'otevírací dobou. Když se někdo ptá na něco jiného, řekni, že s tím bohužel nemůžeš pomoct, a nabídni termín.';
  assert.equal(first(csLong), 'cs');
  assert.ok(!detectLanguage(csLong).includes('sk'), detectLanguage(csLong).join(','));
  const sk =
    'Si asistentka kaderníctva Vlasy v Košiciach. Pomáhaš klientkam s objednaním termínu, cenníkom a otváracími ' +
    'hodinami. Keď sa niekto pýta na niečo iné, povedz, že s tým, žiaľ, nevieš pomôcť, a ponúkni termín.';
  assert.equal(first(sk), 'sk');
});
