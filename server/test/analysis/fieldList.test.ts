import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldItems } from '../../src/analysis/fieldList';

test('quoted identifiers heading list items are fields or labels, in any language', () => {
  assert.equal(fieldItems('- "ticket_id": दिया गया टिकट नंबर\n- "issue": समस्या\n- "resolved": true/false'), 3);
  assert.equal(fieldItems('- "fraud_report" — клиент сообщает\n* "card" — выпуск карты\n1. "other"'), 3);
});

test('a bare ASCII key counts only before text in another script', () => {
  assert.equal(fieldItems('- order: پیگیری سفارش\n- complaint: شکایت\n- off_topic: درخواست نامرتبط'), 3);
  assert.equal(fieldItems('- order: track an order\n- refund: explain the policy'), 0);
});

test('backticked tool names and capitalised topic headings are not fields', () => {
  assert.equal(fieldItems('- `lookup_order`: find an order\n- `transfer_to_agent`: hand over'), 0);
  assert.equal(fieldItems('- "Orders": where is my parcel\n- Billing: invoices'), 0);
});
