/**
 * A handoff counts only when it reaches a person: a tool the prompt tells the model to call whose function only
 * awaits a stub that logs, or a helpdesk call behind an environment switch that is off unless set, is no path; the
 * same projects with the stub doing the work, or the switch turned on in the example env file, have one.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

const FIX = path.join(REPO, 'test-fixtures', 'code');
const TOOL = path.join(FIX, 'waha-tool-handoff-stub-es');
const FLAG = path.join(FIX, 'twilio-flag-off-helpdesk-py');

before(() => loadCodeParsers());

function rules(file: string, overrides: Record<string, string> = {}): string[] {
  const service = createPolicyService({ host: testHost(overrides) });
  return (service.lint(toUri(file))?.findings ?? []).map((f) => f.rule);
}

const read = (file: string) => fs.readFileSync(file, 'utf8');

test('a tool the prompt names, whose execute only awaits a function that logs, is no human path', () => {
  assert.deepEqual(rules(path.join(TOOL, 'src', 'server.ts')), ['flow/no-human-path']);
});

test('the same tool once its function opens a Freshdesk ticket is a human path', () => {
  const avisos = path.join(TOOL, 'src', 'avisos.ts');
  const text = read(avisos).replace(
    '  console.info(`[aviso] ${chatId}: ${motivo}`);',
    "  await fetch('https://atlas.freshdesk.com/api/v2/tickets', { method: 'POST', body: JSON.stringify({ chatId, motivo }) });",
  );
  assert.ok(text.includes('freshdesk.com/api'), 'the call was added');
  assert.deepEqual(rules(path.join(TOOL, 'src', 'server.ts'), { [avisos]: text }), []);
});

test('a prompt naming a handoff tool the code never defines promises a path that is not there', () => {
  const agente = path.join(TOOL, 'src', 'agente.ts');
  const text = read(agente)
    .replace(/ {2}const pasarAHumano = tool\(\{[\s\S]*?\n {2}\}\);\n/, '')
    .replace('    tools: { transfer_to_agent: pasarAHumano },\n', '');
  assert.ok(!text.includes('transfer_to_agent'), 'the tool was removed');
  assert.deepEqual(rules(path.join(TOOL, 'src', 'server.ts'), { [agente]: text }), ['flow/no-human-path']);
});

test('a prompt literal in code that names the tool is prose, not a tool', () => {
  const agente = path.join(TOOL, 'src', 'agente.ts');
  const text = read(agente)
    .replace(
      "const SISTEMA = readFileSync(new URL('../prompts/sistema.md', import.meta.url), 'utf8');",
      'const SISTEMA = `Eres el asistente de Librería Atlas. Solo atiendes pedidos y reservas de libros; ' +
        'otros temas los rechazas con amabilidad. Si piden una persona, llama a transfer_to_human.`;',
    )
    .replace(/ {2}const pasarAHumano = tool\(\{[\s\S]*?\n {2}\}\);\n/, '')
    .replace('    tools: { transfer_to_agent: pasarAHumano },\n', '');
  assert.ok(text.includes('llama a transfer_to_human'), 'the prompt was inlined');
  assert.deepEqual(rules(path.join(TOOL, 'src', 'server.ts'), { [agente]: text }), ['flow/no-human-path']);
});

test('a helpdesk call behind a switch that is off by default is no human path', () => {
  assert.deepEqual(rules(path.join(FLAG, 'app', 'main.py')), ['flow/no-human-path']);
});

test('the same switch turned on in .env.example is a human path', () => {
  const env = path.join(FLAG, '.env.example');
  const text = read(env).replace('ZENDESK_HANDOFF=0', 'ZENDESK_HANDOFF=1');
  assert.deepEqual(rules(path.join(FLAG, 'app', 'main.py'), { [env]: text }), []);
});

test('a switch whose default is on, or a branch taken when the switch is on by default, is a human path', () => {
  const helpdesk = path.join(FLAG, 'app', 'helpdesk.py');
  const text = read(helpdesk).replace('os.getenv("ZENDESK_HANDOFF", "0")', 'os.getenv("ZENDESK_HANDOFF", "1")');
  assert.deepEqual(rules(path.join(FLAG, 'app', 'main.py'), { [helpdesk]: text }), []);
});
