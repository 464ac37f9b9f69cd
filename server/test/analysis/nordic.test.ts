/**
 * Swedish, Danish and Norwegian Bokmål (sv.yaml, da.yaml, nb.yaml): for each, a scoped bot with a refusal and a
 * handoff, an open bot, a negated list of tasks, and a prompt that says nobody reads the chat. Sentences written
 * for these tests.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt, detectLanguage } from '../../src/analysis';

interface Case {
  lang: string;
  scoped: string;
  open: string;
  negated: string;
  nobody: string;
}

const CASES: Case[] = [
  {
    lang: 'sv',
    scoped:
      'Du är chattassistenten för Hyresbostäder i Luleå. Du hjälper bara hyresgäster med felanmälningar och hyresavier. Frågor om annat avböjer du artigt. Vill hyresgästen tala med en människa, koppla vidare till en handläggare.',
    open: 'Du är en hjälpsam assistent som svarar på alla frågor, om vilket ämne som helst.',
    negated:
      'Du är chattassistenten för Elbolaget i Sundsvall och svarar bara på frågor om elavtal och fakturor. Du skriver aldrig uppsatser, dikter eller kod.',
    nobody:
      'Du är chattassistenten för Elbolaget i Sundsvall och svarar på frågor om elavtal. Ingen läser den här chatten.',
  },
  {
    lang: 'da',
    scoped:
      'Du er chatassistent for Boligselskabet Nord i Aalborg. Du hjælper kun lejere med skadesanmeldelser og husleje. Andre spørgsmål afviser du høfligt. Vil lejeren tale med et menneske, så stil videre til en sagsbehandler.',
    open: 'Du er en hjælpsom assistent, der besvarer alle spørgsmål om hvilket emne som helst.',
    negated:
      'Du er chatassistent for Forsyningen i Odense og svarer kun på spørgsmål om fjernvarme og fakturaer. Du skriver aldrig stile, digte eller kode.',
    nobody:
      'Du er chatassistent for Forsyningen i Odense og svarer på spørgsmål om fjernvarme. Ingen læser denne chat.',
  },
  {
    lang: 'nb',
    scoped:
      'Du er chatteassistenten for Boligbyggelaget i Tromsø. Du hjelper bare beboere med skademeldinger og husleie. Andre spørsmål avslår du vennlig. Vil beboeren snakke med et menneske, sett samtalen over til en saksbehandler.',
    open: 'Du er en hjelpsom assistent som svarer på alle spørsmål om hvilket emne som helst.',
    negated:
      'Du er chatteassistenten for Kraftlaget i Bodø og svarer bare på spørsmål om strømavtaler og fakturaer. Du skriver aldri stiler, dikt eller kode.',
    nobody:
      'Du er chatteassistenten for Kraftlaget i Bodø og svarer på spørsmål om strømavtaler. Ingen leser denne chatten.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: detected, a scoped bot with a handoff is scoped and reachable`, () => {
    assert.ok(detectLanguage(c.scoped).includes(c.lang), detectLanguage(c.scoped).join(','));
    const r = analyzePrompt(c.scoped);
    assert.equal(r.openDomain, false);
    assert.equal(r.hasEscalation, true);
    assert.ok(r.signals.some((s) => s.kind === 'refusal' && s.lang === c.lang));
  });
  test(`${c.lang}: an open bot is open, a negated task list is not, "nobody reads" is no handoff`, () => {
    assert.equal(analyzePrompt(c.open).openDomain, true, c.open);
    assert.equal(analyzePrompt(c.negated).openDomain, false, c.negated);
    const nobody = analyzePrompt(c.nobody);
    assert.equal(nobody.hasEscalation, false);
    assert.ok(nobody.signals.some((s) => s.kind === 'no-escalation'));
  });
}
