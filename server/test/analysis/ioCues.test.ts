import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ioCues, labelList, labelRuns } from '../../src/analysis/ioCues';
import { promptIO, userSlots } from '../../src/formats/prompt-files/promptIO';

const listed = (text: string) => labelList(text.split(/\n(?=- )/).map(labelRuns));

test('a list of three code labels in a row is a label list, in one section or one list item per section', () => {
  assert.ok(listed('ORDER_STATUS — order or delivery\nREFUND — money back\nOTHER — anything else'));
  assert.ok(listed('Answer with a code:\n- ZAEHLER: meter reading\n- ABSCHLAG: bills\n- SONSTIGES: anything else'));
});

test('two code lines, or capitalised headings with prose between them, are no label list', () => {
  assert.ok(!listed('Menu codes:\n- LATTE: latte\n- MOCHA: mocha\nAsk staff for anything else.'));
  assert.ok(!listed('ROLE: you help customers.\nSome prose here.\nTONE: friendly.\nMore prose.\nSCOPE: orders.'));
  assert.ok(
    !listed(
      'NAME: Pip, the WhatsApp assistant of Harbour Pets in Bristol, who helps our customers and their pets\n' +
        'TONE: warm and short, one emoji at most, and always in the language the customer writes to you in\n' +
        'SCOPE: grooming bookings, opening hours, pet food stock, and the delivery of orders around the city',
    ),
    'capitalised field names before long instructions',
  );
  assert.ok(!listed('OK — fine\nNO — not fine\nGO — proceed'), 'labels of two letters are words');
});

test('a user turn of slots only, alone or after labels, counts its slots; any text makes it a message', () => {
  assert.equal(userSlots(['{{message}}\n']), 1);
  assert.equal(userSlots(['Campanha: {{campanha}}\nProduto: {{ produto }}\n']), 2);
  assert.equal(userSlots(['"{{offer_sheet}}"']), 1);
  assert.equal(userSlots(['Transcript:\n{{transcript}}\n']), 1, 'a label alone on the line before its slot');
  assert.equal(userSlots(['Hi there:\n']), undefined, 'a label and no slot');
  assert.equal(userSlots(['Please translate this: {{text}} now']), undefined);
  assert.equal(userSlots([]), undefined);
});

test('promptIO keeps the declared output, the output field names and the user slots; nothing declared is undefined', () => {
  assert.deepEqual(promptIO('JSON', ['{{a}}\n{{b}}'], ['route', 'reponse?', 'options(array)']), {
    output: 'json',
    fields: ['route', 'reponse', 'options'],
    userSlots: 2,
  });
  assert.equal(promptIO(undefined, ['Hello {{name}}, how are you?']), undefined);
});

test('the user turn counts as filled by a program only beside an output a program reads', () => {
  assert.equal(ioCues({ userSlots: 1 }, false, false).filled, false, 'a {{message}} turn of a chat bot');
  assert.equal(ioCues({ output: 'json', userSlots: 2 }, false, false).filled, true);
  assert.equal(ioCues({ userSlots: 1 }, true, false).filled, true, 'beside a list of labels');
  assert.equal(ioCues({ userSlots: 1 }, false, true).filled, true, 'beside a JSON contract in the text');
  assert.equal(ioCues({ userSlots: 1 }, false, false, true).filled, true, 'beside a list of output fields');
});

test('an output schema with a reply field is for the customer: no contract, no filled turn', () => {
  const c = ioCues({ output: 'json', fields: ['route', 'reponse'], userSlots: 1 }, false, false);
  assert.equal(c.contract, false);
  assert.equal(c.filled, false);
});
