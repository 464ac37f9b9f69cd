import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';

const esc = (text: string) => analyzePrompt(text).hasEscalation;
const SHOP = 'You are the WhatsApp assistant of Lumen Bikes: repairs and repair status only. ';

test('a request for a person is answered by its main clause: a bot there makes it no path, a person keeps it', () => {
  assert.equal(esc(`${SHOP}If the customer asks for a person, call \`escalate_to_ai_supervisor\`.`), false);
  assert.equal(esc(`${SHOP}If the customer asks for a person, call \`handoff_to_agent\`.`), true);
  assert.equal(
    esc('Eres el asistente de Ferretería Ojeda. Si el cliente pide hablar con una persona, pásale el +34 954 218 330.'),
    true,
  );
  // A postposed condition (Bengali "চাইলে") answered by "this service is not live yet".
  assert.equal(esc('তুমি দর্জির দোকানের বট। গ্রাহক মানুষের সাথে কথা বলতে চাইলে জানাও যে এই সেবা এখনো চালু হয়নি।'), false);
});

test('a target the prompt calls an AI stays a bot where it is named again, and the hover says why', () => {
  const text = `${SHOP}For refunds call \`escalate_to_manager\`. That tool passes the chat to Nova, our AI manager. Say: "I'm handing you over to Nova."`;
  const r = analyzePrompt(text);
  assert.equal(r.hasEscalation, false);
  const tool = r.signals.find((s) => s.text === 'escalate_to_manager');
  assert.match(tool?.note ?? '', /calls a bot/);
  // Another target of the same prompt is not touched by the bot's name.
  assert.equal(
    esc(
      `${SHOP}Refund questions go to Atlas, our AI refund bot. If the customer asks for a person, call \`handoff_to_agent\`.`,
    ),
    true,
  );
});

test('a table row whose status cell says "coming soon" is no path; an active row is one', () => {
  const table = (status: string) =>
    `Tu réponds aux clients de la Cordonnerie Vidal (Lyon) : délais et tarifs.\n\n| Canal | Statut |\n|---|---|\n| Conseiller humain sur WhatsApp | ${status} |\n`;
  assert.equal(esc(table('bientôt disponible')), false);
  assert.equal(esc(table('actif, du lundi au vendredi de 9 h à 18 h')), true);
});
