const test = require('node:test');
const assert = require('node:assert');

test('codes are six digits', () => {
  const crypto = require('crypto');
  for (let i = 0; i < 50; i++) {
    const c = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    assert.match(c, /^\d{6}$/);
  }
});
