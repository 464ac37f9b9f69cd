import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeFor } from '../../src/formats/code/fixes';
import type { Literal } from '../../src/formats/code/resolve';

const lit = (quote: string, prefix = '', python = false): Literal => ({
  uri: 'file:///x',
  contentStart: 0,
  contentEnd: 0,
  quote,
  prefix,
  python,
});
const text = `Only "orders" & Bob's {code}\\n\nnext \${x}`;

test('fix text is escaped for each quoting style', () => {
  assert.equal(escapeFor(lit("'"), text), `Only "orders" & Bob\\'s {code}\\\\n\\nnext \${x}`);
  assert.equal(escapeFor(lit('"'), text), `Only \\"orders\\" & Bob's {code}\\\\n\\nnext \${x}`);
  assert.equal(escapeFor(lit('`'), text), `Only "orders" & Bob's {code}\\\\n\nnext \\\${x}`);
  assert.equal(escapeFor(lit('"', 'f', true), text), `Only \\"orders\\" & Bob's {{code}}\\\\n\\nnext \${{x}}`);
  assert.equal(escapeFor(lit('"""', '', true), text), `Only "orders" & Bob's {code}\\\\n\nnext \${x}`);
  assert.equal(escapeFor(lit('"', 'r', true), 'say "hi"'), undefined);
  assert.equal(escapeFor(lit("'", 'r', true), 'plain words'), 'plain words');
});
