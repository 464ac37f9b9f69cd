/**
 * Few-shot examples judged by what the bot's turns do (exampleAnswers.ts): a sample reply that serves a general
 * task outside the business, at length and without a limit, teaches the leak. Own texts in several languages;
 * each has scoped counterparts of the same shape that stay quiet (a refusal reply, a business that offers that
 * domain itself, a request about the business, a one-line reply).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const EXAMPLE = 'a sample reply serves this request';

function leakOf(text: string): boolean {
  const a = analyzePrompt(text);
  return a.openDomain && a.signals.some((s) => s.kind === 'leak' && (s.note ?? '').startsWith(EXAMPLE));
}

/** [language, instructions, user turn, answering reply, refusing reply]. */
const CASES: [string, string, string, string, string][] = [
  [
    'en',
    'You are the WhatsApp assistant of Harbour Hotel: bookings, check-in times and room service.\n\nExample conversation:\n\nGuest: Is there a room free on Friday?\nAssistant: Yes, a double room with sea view is free on Friday for 140 euros. Shall I book it for you?\n',
    'Guest: My son has maths homework on fractions, can you do it?',
    'Assistant: Of course! To add 1/2 and 1/3, write both with the denominator 6: 3/6 plus 2/6 makes 5/6. For 3/4 minus 1/8, use eighths: 6/8 minus 1/8 is 5/8. Happy to help with more!',
    'Assistant: Sorry, I can only help with your stay at Harbour Hotel.',
  ],
  [
    'es',
    'Eres el asistente de WhatsApp de Zapatería Luna: pedidos, tallas y devoluciones.\n\nEjemplos:\n\nCliente: ¿Tenéis las botas negras en la talla 39?\nLuna: Sí, nos quedan dos pares en la 39, a 89 euros. ¿Te reservo uno?\n',
    'Cliente: Oye, ¿me pasas una receta de tortilla de patatas?',
    'Luna: ¡Claro! Pela y corta 4 patatas en láminas finas, fríelas a fuego lento con una cebolla, bate 6 huevos con sal, mézclalo todo y cuájalo en la sartén dos minutos por cada lado. ¡Que aproveche!',
    'Luna: Lo siento, solo puedo ayudarte con pedidos, tallas y devoluciones de la zapatería.',
  ],
  [
    'de',
    'Du bist der WhatsApp-Assistent der Bäckerei Korn: Vorbestellungen, Abholzeiten und Allergene.\n\nBeispiele:\n\nKunde: Habt ihr morgen Dinkelbrot?\nAssistent: Ja, morgen ab 7 Uhr gibt es Dinkelbrot für 4,20 €. Soll ich eins zurücklegen?\n',
    'Kunde: Kannst du mir bei den Hausaufgaben in Mathematik helfen?',
    'Assistent: Klar! Bei der Aufgabe 3x + 4 = 19 rechnest du zuerst auf beiden Seiten minus 4, dann bleibt 3x = 15, und geteilt durch 3 ergibt das x = 5. Schreib mir die nächste Aufgabe!',
    'Assistent: Tut mir leid, dabei kann ich nicht helfen. Ich bin nur für Bestellungen der Bäckerei da.',
  ],
  [
    'fr',
    "Tu es l'assistant WhatsApp du Garage Dumas : rendez-vous d'entretien, devis et suivi des réparations.\n\nExemples :\n\nClient : Vous pouvez faire la vidange samedi ?\nAssistant : Oui, samedi à 10 h, c'est 79 € pièces comprises. Je vous réserve le créneau ?\n",
    "Client : Vous auriez une idée de voyage pour les vacances d'été en famille ?",
    'Assistant : Avec plaisir ! Une semaine en Bretagne : trois jours à Saint-Malo pour les remparts et les plages, puis la côte de granit rose, et pour finir la forêt de Brocéliande avec les enfants. Bonnes vacances !',
    "Assistant : Désolé, je ne m'occupe que des rendez-vous et des réparations du garage.",
  ],
  [
    'nl',
    'Je bent de WhatsApp-assistent van Fietsenwinkel De Spaak: reparaties, bestellingen en openingstijden.\n\nVoorbeelden:\n\nKlant: Kan mijn fiets morgen binnen voor een onderhoudsbeurt?\nAssistent: Ja hoor, morgen om 9:00 is er plek; een beurt kost € 65.\n',
    'Klant: Kun je mijn sollicitatiebrief voor een baan bij de bibliotheek schrijven?',
    'Assistent: Natuurlijk! Geachte heer of mevrouw, met veel plezier solliciteer ik naar de functie van medewerker bij de bibliotheek. Ik lees graag, werk nauwkeurig en help mensen graag verder. Met vriendelijke groet, Sanne.',
    'Assistent: Sorry, daar kan ik niet mee helpen; ik help alleen met reparaties en bestellingen van De Spaak.',
  ],
  [
    'uk',
    'Ти — WhatsApp-бот квіткової крамниці «Ромашка»: замовлення букетів, доставка і ціни.\n\nПриклади:\n\nКлієнт: Чи є сьогодні білі троянди?\nБот: Так, є білі троянди по 60 грн за штуку. Зібрати букет?\n',
    'Клієнт: Допоможіть доньці з домашкою з історії: хто заснував Київ?',
    'Бот: Звісно! За легендою, Київ заснували три брати Кий, Щек і Хорив та їхня сестра Либідь; місто назвали на честь старшого брата, Кия. Якщо треба, розпишу детальніше 🙂',
    'Бот: На жаль, з цим я не допоможу: я відповідаю лише на питання про букети та доставку.',
  ],
];

test('a sample reply that serves an unrelated task at length is a leak', () => {
  for (const [lang, intro, ask, answer] of CASES)
    assert.ok(leakOf(`${intro}\n${ask}\n${answer}\n`), `${lang}: the example teaches the leak`);
});

test('the same request answered by a refusal stays scoped', () => {
  for (const [lang, intro, ask, , refuse] of CASES) {
    const a = analyzePrompt(`${intro}\n${ask}\n${refuse}\n`);
    assert.equal(a.openDomain, false, `${lang}: a refusal example is no leak`);
  }
});

test('a business whose own instructions name that task domain shows its business, not a leak', () => {
  const es =
    'Eres el asistente de WhatsApp de la Escuela de Cocina Sal y Limón: cursos, horarios y recetas de las clases.\n\nEjemplos:\n\nAlumno: ¿Hay plazas en el curso de los martes?\nAsistente: Sí, quedan tres plazas en el curso de los martes a las 18:00.\n\nAlumno: ¿Me recuerdas la receta de la tortilla de la clase de ayer?\nAsistente: ¡Claro! Pela y corta 4 patatas en láminas finas, fríelas con una cebolla, bate 6 huevos con sal y cuájalo todo en la sartén dos minutos por lado.\n';
  assert.equal(analyzePrompt(es).openDomain, false, "es: recipes are the cooking school's own topic");
  const en =
    "You are the WhatsApp assistant of Sunway Travel: package holidays, flights and itineraries.\n\nExample:\n\nClient: Is the Lisbon package still available in May?\nAssistant: Yes, seven nights in May from 690 euros with flights.\n\nClient: Can you suggest an itinerary for three days in Rome?\nAssistant: Of course! Day one the Colosseum and the Forum, day two the Vatican Museums and St Peter's, day three Trastevere and the Pantheon. Shall I look for flights and a hotel for those dates?\n";
  assert.equal(analyzePrompt(en).openDomain, false, "en: itineraries are the travel agency's own topic");
});

test('a request about the business, or a one-line reply, teaches no leak', () => {
  const code =
    'You are the WhatsApp assistant of Harbour Hotel: bookings, check-in times and room service.\n\nExample:\n\nGuest: Is there a discount code for my booking next week?\nAssistant: Yes! Use the code SPRING10 when you confirm the booking and you get ten percent off the room rate for every night of your stay.\n';
  assert.equal(analyzePrompt(code).openDomain, false, 'en: a discount code for a booking is the business');
  const short =
    'Eres el asistente de WhatsApp de Zapatería Luna: pedidos, tallas y devoluciones.\n\nEjemplo:\n\nCliente: ¿Me pasas una receta de tortilla?\nLuna: ¡Jaja, eso mejor en casa! ¿Buscas zapatos?\n';
  assert.equal(analyzePrompt(short).openDomain, false, 'es: a one-line deflection serves nothing');
});
