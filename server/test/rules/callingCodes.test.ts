import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { countryOfNumber } from '../../src/rules/provider/callingCodes';

test('countryOfNumber remembers numbers by their digits and answers as libphonenumber-js, past its 64 remembered', () => {
  let x = 11;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  const codes = ['1', '7', '44', '49', '55', '86', '91', '234', '852', '966', '999'];
  const numbers: string[] = [];
  for (let i = 0; i < 300; i++) {
    const code = codes[next() % codes.length];
    numbers.push(
      `+${code}${String(next())
        .padStart(10, '0')
        .slice(0, 6 + (next() % 6))}`,
    );
  }
  // Each number asked three times, in three layouts, spread so that some are evicted between asks.
  for (let round = 0; round < 3; round++)
    for (const [i, n] of numbers.entries()) {
      const shown = round === 0 ? n : round === 1 ? `whatsapp:${n}` : `"${n.slice(0, 4)} ${n.slice(4)}"`;
      assert.equal(countryOfNumber(shown), parsePhoneNumberFromString(n)?.country, `${shown} (${i})`);
    }
  assert.equal(countryOfNumber('no number here'), undefined);
});
