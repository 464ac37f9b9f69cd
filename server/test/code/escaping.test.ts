import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeFor } from '../../src/formats/code/literal-escape';
import type { Literal } from '../../src/formats/code/resolve';
import type { CodeLanguage } from '../../src/formats/code/parser';

const lit = (quote: string, prefix = '', lang: CodeLanguage = 'typescript', eol = '\n', label?: string): Literal => ({
  uri: 'file:///x',
  contentStart: 0,
  contentEnd: 0,
  start: 0,
  end: 0,
  quote,
  prefix,
  python: lang === 'python',
  lang,
  eol,
  ...(label ? { label } : {}),
});
const text = `Only "orders" & Bob's {code}\\n\nnext \${x} $y`;

test('fix text is escaped for each quoting style', () => {
  assert.equal(escapeFor(lit("'"), text), `Only "orders" & Bob\\'s {code}\\\\n\\nnext \${x} $y`);
  assert.equal(escapeFor(lit('"'), text), `Only \\"orders\\" & Bob's {code}\\\\n\\nnext \${x} $y`);
  assert.equal(escapeFor(lit('`'), text), `Only "orders" & Bob's {code}\\\\n\nnext \\\${x} $y`);
  assert.equal(escapeFor(lit('"', 'f', 'python'), text), `Only \\"orders\\" & Bob's {{code}}\\\\n\\nnext \${{x}} $y`);
  assert.equal(escapeFor(lit('"""', '', 'python'), text), `Only \\"orders\\" & Bob's {code}\\\\n\nnext \${x} $y`);
  assert.equal(escapeFor(lit("'''", '', 'python'), text), `Only "orders" & Bob\\'s {code}\\\\n\nnext \${x} $y`);
  assert.equal(escapeFor(lit('"', 'r', 'python'), 'say "hi"'), undefined);
  assert.equal(escapeFor(lit("'", 'r', 'python'), 'plain words'), 'plain words');
  assert.equal(escapeFor(lit("'", 'r', 'python'), 'two\nlines'), undefined);
  assert.equal(escapeFor(lit('"""', 'r', 'python'), 'two\nlines'), 'two\nlines');
  assert.equal(escapeFor(lit('"', 'b', 'python'), 'café'), undefined);
  // Go: an interpreted string like JavaScript's; a raw string takes no escapes and cannot hold a backtick.
  assert.equal(escapeFor(lit('"', '', 'go'), text), `Only \\"orders\\" & Bob's {code}\\\\n\\nnext \${x} $y`);
  assert.equal(escapeFor(lit('`', 'r', 'go'), 'a \\n\n${x}'), 'a \\n\n${x}');
  assert.equal(escapeFor(lit('`', 'r', 'go'), 'a `b`'), undefined);
  // PHP: '…' has no \n escape (the break is written as is), "…" and heredocs interpolate $, a nowdoc nothing.
  assert.equal(escapeFor(lit("'", '', 'php'), text), `Only "orders" & Bob\\'s {code}\\\\n\nnext \${x} $y`);
  assert.equal(escapeFor(lit('"', '', 'php'), text), `Only \\"orders\\" & Bob's {code}\\\\n\\nnext \\\${x} \\$y`);
  assert.equal(
    escapeFor(lit('<<<', '', 'php', '\n', 'EOT'), text),
    `Only "orders" & Bob's {code}\\\\n\nnext \\\${x} \\$y`,
  );
  assert.equal(escapeFor(lit('<<<', 'r', 'php', '\n', 'EOT'), text), text);
  assert.equal(escapeFor(lit('<<<', '', 'php', '\n', 'EOT'), 'one\n  EOT;\ntwo'), undefined);
});

test("line breaks a literal holds as they are take the file's line ending", () => {
  for (const eol of ['\r\n', '\r']) {
    const two = 'one\ntwo\r\nthree';
    const want = `one${eol}two${eol}three`;
    assert.equal(escapeFor(lit('`', '', 'typescript', eol), two), want);
    assert.equal(escapeFor(lit('"""', '', 'python', eol), two), want);
    assert.equal(escapeFor(lit('`', 'r', 'go', eol), two), want);
    assert.equal(escapeFor(lit("'", '', 'php', eol), two), want);
    assert.equal(escapeFor(lit('<<<', '', 'php', eol, 'EOT'), two), want);
    // A quoted literal never gets a bare line break.
    assert.equal(escapeFor(lit('"', '', 'typescript', eol), two), 'one\\ntwo\\nthree');
  }
});
