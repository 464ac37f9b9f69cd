import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOGS } from '../../src/l10n';
import { fixture, OPEN_PROMPT, runCli } from '../cli/helpers';

const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT });
const messages = (args: string[], env: Record<string, string> = {}) => {
  const r = runCli(['--format', 'json', ...args, 'prompts/open.system.md'], dir, env);
  return (JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] }[])[0].findings.find(
    (f) => f.rule === 'prompt/no-human-escalation',
  )!.message;
};
/** The message is the locale's template with its placeholders filled in. */
const isFrom = (locale: string, message: string) => {
  const template = CATALOGS[locale]['prompt/no-human-escalation.missing.message'];
  return new RegExp(`^${template.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`).test(message);
};

test('CLI: --locale wins, then LC_ALL / LANG; English by default', () => {
  assert.ok(isFrom('en', messages([])));
  assert.ok(isFrom('pt-br', messages(['--locale', 'pt-BR'])));
  assert.ok(isFrom('tr', messages([], { LANG: 'tr_TR.UTF-8' })));
  assert.ok(isFrom('de', messages([], { LANG: 'tr_TR.UTF-8', LC_ALL: 'de_DE.UTF-8' })));
  assert.ok(isFrom('en', messages(['--locale', 'en'], { LANG: 'tr_TR.UTF-8' })));
});

test('CLI: --locale changes texts only; --format json rule ids, severities and ranges stay the same', () => {
  const places = (locale: string) => {
    const r = runCli(['--format', 'json', '--locale', locale, 'prompts/open.system.md'], dir);
    const files = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }[];
    return files.flatMap((f) =>
      f.findings.map(({ rule, clause, severity, line, column, endLine, endColumn, message }) => ({
        at: { rule, clause, severity, line, column, endLine, endColumn },
        message,
      })),
    );
  };
  const en = places('en');
  const ar = places('ar');
  assert.ok(en.length >= 2);
  assert.deepEqual(
    ar.map((f) => f.at),
    en.map((f) => f.at),
  );
  assert.ok(ar.every((f, i) => f.message !== en[i].message));
});
