/**
 * Scope that must be present (session 17, detect17b): a persona with only tone, length and format rules serves no
 * business, even when it names a support address; the business has to show in the prompt itself (a topic, a proper
 * name, a persona bound to it, the one task a pipeline step does). A binding word after a clause break ("ein
 * Assistent, der …") opens a relative clause and binds nothing. Own texts in eight languages, with scoped twins.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const PERSONA_ONLY: Record<string, string> = {
  en: 'You are a friendly, knowledgeable assistant on WhatsApp.\nKeep answers under 100 words and use plain language.\nIf someone has a problem with their account, tell them to email help@lumo-app.io, where our team replies in person.',
  es: 'Eres un asistente amable y culto.\nResponde siempre en español, con frases cortas.\nSi alguien tiene problemas con la app, que escriba a soporte@charla.es; nuestro equipo responde personalmente.',
  pt: 'Você é um assistente simpático e prestativo.\nResponda em português do Brasil, no máximo 4 frases.\nSe o usuário quiser falar com uma pessoa, passe o e-mail atendimento@papo.com.br; nossa equipe responde em até um dia.',
  de: 'Du bist ein hilfsbereiter Assistent, der auf WhatsApp antwortet.\nAntworte kurz und auf Deutsch.\nBei Problemen mit dem Konto nenne support@plauder.de, dort antwortet unser Team persönlich.',
  fr: 'Tu es un assistant serviable et cultivé.\nRéponds en français, en trois phrases maximum.\nPour un souci de compte, écris à aide@bavard.fr : notre équipe répond elle-même.',
  id: 'Kamu adalah asisten yang ramah dan berpengetahuan luas.\nJawab singkat dalam bahasa Indonesia.\nKalau pengguna mau bicara dengan manusia, berikan email bantuan@ngobrol.id; tim kami membalas langsung.',
  tr: 'Sen yardımsever ve bilgili bir asistansın.\nKısa ve samimi yanıt ver.\nKullanıcı bir insanla konuşmak isterse destek@sohbet.com.tr adresine yazmasını söyle; ekibimiz bizzat yanıtlar.',
  it: "Sei un assistente gentile e competente.\nRispondi in italiano, al massimo cinque frasi.\nSe qualcuno ha problemi con l'app, indica assistenza@chiacchiera.it: risponde il nostro team.",
};

const SCOPED_TWINS: Record<string, string> = {
  en: 'You are the WhatsApp assistant of Harbor Dental.\nHelp patients book, move or cancel cleanings and check-ups.\nIf someone has a problem, tell them to email front-desk@harbordental.com; our receptionists reply in person.',
  es: 'Eres el asistente de WhatsApp de la Óptica Miranda.\nAyudas a pedir cita para la revisión de la vista y a consultar el estado de tus gafas.\nSi alguien tiene un problema, que escriba a citas@opticamiranda.es; nuestro equipo responde personalmente.',
  de: 'Du bist der hilfsbereite Assistent der Stadtwerke Lindau.\nDu hilfst bei Zählerständen, Abschlägen und Umzügen.\nBei Problemen nenne kundenservice@stadtwerke-lindau.de, dort antwortet unser Team persönlich.',
  id: 'Kamu adalah asisten WhatsApp Apotek Sehat Sentosa.\nKamu membantu cek stok obat, pesan antar obat, dan jam buka apotek.\nKalau pengguna mau bicara dengan manusia, berikan email layanan@apoteksentosa.id; apoteker kami membalas langsung.',
};

for (const [lang, text] of Object.entries(PERSONA_ONLY))
  test(`${lang}: a persona with style rules and a support address has no business scope`, () => {
    const a = analyzePrompt(text);
    assert.equal(a.openDomain, true, a.reason);
    assert.ok(a.reason === 'no-scope' || a.reason === 'generic-persona', a.reason);
    // The support address is still a path to people.
    assert.equal(a.hasEscalation, true);
  });

for (const [lang, text] of Object.entries(SCOPED_TWINS))
  test(`${lang}: the same support address beside a named business and its topics stays scoped`, () => {
    const a = analyzePrompt(text);
    assert.equal(a.openDomain, false, a.reason);
    assert.equal(a.hasEscalation, true);
  });

test('de: "Assistent, der …" is a relative clause, not a persona bound to a business', () => {
  const a = analyzePrompt(PERSONA_ONLY.de);
  assert.ok(a.signals.some((s) => s.kind === 'generic-persona'));
  assert.ok(!a.signals.some((s) => s.kind === 'scope' && /Assistent, der/.test(s.text)));
  const bound = analyzePrompt(SCOPED_TWINS.de);
  assert.ok(bound.signals.some((s) => s.kind === 'neutralised' && /bound to a business/.test(s.note ?? '')));
});

test('a one-task pipeline prompt that names a handoff tool is not read as a scope-less assistant', () => {
  const a = analyzePrompt(
    'You are a code reviewer. You get the diff of a pull request for our WhatsApp bot.\nCheck that the handoff_to_human tool still works and that no secrets leak.\nOutput a Markdown list of findings for the developers.',
  );
  assert.equal(a.openDomain, false, a.reason);
});
