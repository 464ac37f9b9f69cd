import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findContacts } from '../../src/analysis/contacts';
import { countryOfNumber } from '../../src/rules/provider/callingCodes';

const phones = (text: string) => findContacts(text).filter((c) => c.kind === 'phone');

test('international numbers carry their country; an unknown calling code or too few digits is not a number, a digit too many still is', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['call us on +44 113 496 0725 for help', 'GB', undefined],
    ['whatsapp +55 11 4002-8922 (24/7)', 'BR', undefined],
    ['ligue 0055 11 4002 8922', 'BR', undefined],
    ['اتصل على +٩٦٦ ٥٠ ١٢٣ ٤٥٦٧', 'SA', undefined],
    ['call +7 701 234 5678', 'KZ', undefined],
    ['call +1 415 523 8886', 'US', undefined],
    ['call +44 1234 56', undefined, 'not a possible number for its country code'],
    ['call +999 1234 5678', undefined, 'not a possible number for its country code'],
    ['call reception on +34 971 555 0123', 'ES', undefined],
  ];
  for (const [text, country, rejected] of cases) {
    const [p] = phones(text);
    assert.ok(p, text);
    assert.equal(p.country, country, text);
    assert.equal(p.rejected, rejected, text);
  }
});

test('national numbers and non-numbers keep their old verdicts', () => {
  assert.equal(phones('Para falar com um atendente, ligue (11) 4002-8922.')[0]?.rejected, undefined);
  assert.equal(phones('Para falar com um atendente, ligue (11) 4002-8922.')[0]?.country, undefined);
  assert.equal(phones('call +1 111 111 1111')[0]?.rejected, 'placeholder number');
  assert.equal(
    phones('open 09.00 - 17.00 daily').every((p) => p.rejected === 'time range'),
    true,
  );
  assert.deepEqual(phones('total Rp 1.250.000'), []);
});

test('countryOfNumber reads any calling code with libphonenumber-js', () => {
  assert.equal(countryOfNumber('whatsapp:+8613812345678'), 'CN');
  assert.equal(countryOfNumber('"whatsapp:+79161234567"'), 'RU');
  assert.equal(countryOfNumber('+7 701 234 5678'), 'KZ', '+7 7xx is Kazakhstan');
  assert.equal(countryOfNumber('+852 2123 4567'), 'HK');
  assert.equal(countryOfNumber('whatsapp:+14155238886'), 'US');
  assert.equal(countryOfNumber('+58 212 555 1234'), 'VE');
  assert.equal(countryOfNumber('4155238886'), undefined, 'no calling code');
  assert.equal(countryOfNumber('+999123456789'), undefined, 'no such country');
});

test('North American numbers kept for fiction (555-0100…555-0199) reach no one; other 555 numbers still count', () => {
  assert.equal(phones('Need a human? Call +1 (555) 010-0199.')[0]?.rejected, 'placeholder number');
  assert.equal(phones('call our team at (212) 555-0143')[0]?.rejected, 'placeholder number');
  assert.equal(phones('call our team at (212) 555-0243')[0]?.rejected, undefined);
  assert.equal(phones('call reception on +34 971 555 0123')[0]?.rejected, undefined);
  assert.equal(phones('berikan nomor 031-555-0199')[0]?.rejected, undefined, 'an Indonesian area code');
});
