/**
 * Kotlin is read with a light scanner (no Kotlin grammar ships with our tree-sitter wasm files): literals and
 * templates, comments, constants, functions and `if … else` values, and a bot model from the files of a project.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kotlinModel } from '../../src/formats/code/kotlin';
import { scanKotlin } from '../../src/formats/code/kotlin-scan';
import { KtProject } from '../../src/formats/code/kotlin-values';
import { emptyModel } from '../../src/model/types';

const text = (r: ReturnType<KtProject['resolve']>) => ('pieces' in r ? r.pieces.map((p) => p.text).join('') : r);

/** The value given to `name` in the first file (`val name = …`), resolved across the files. */
function value(files: string[], name: string): string | { unknown: string } {
  const kt = files.map((t, i) => scanKotlin(`file:///p/F${i}.kt`, t));
  const project = new KtProject(kt);
  const d = project.constants.get(name)![0];
  return text(project.resolve(d.file, d.start, d.end));
}

test('quoted and raw strings, escapes and templates; comments are not code', () => {
  const f = scanKotlin('file:///a.kt', 'val a = "x\\"y $n ${m + 1}" // "not a string"\nval b = """raw "q" $n"""\n');
  const lits = [...f.strings.values()];
  assert.equal(lits.length, 2);
  assert.deepEqual(
    lits[0].parts.map((p) => ('text' in p ? p.text : `{${p.expr}}`)),
    ['x"y ', '{n}', ' ', '{m + 1}'],
  );
  assert.deepEqual(
    lits[1].parts.map((p) => ('text' in p ? p.text : `{${p.expr}}`)),
    ['raw "q" ', '{n}'],
  );
  assert.ok(!f.code.includes('not a string'), 'the comment is blanked');
  assert.equal(f.code.length, f.text.length, 'offsets are kept');
});

test('constants joined with +, across files, through templates and trim calls', () => {
  assert.equal(
    value(['val P = """Hi $WHO.""".trimIndent() +\n    " Only orders."', 'object T { const val WHO = "Ana" }'], 'P'),
    'Hi Ana. Only orders.',
  );
});

test('a function value: both branches of if … else are read; an unknown name stays a placeholder in a template', () => {
  const files = [
    'val P = system(true)',
    'fun system(pro: Boolean) = if (pro) A + B else A\nconst val A = "Base. "\nconst val B = "Pro: $plan"',
  ];
  assert.equal(value(files, 'P'), 'Base. Pro: {{plan}}\n\nBase. ');
});

test('a value the scanner cannot follow is unknown, not guessed', () => {
  const r = value(['val P = repo.load(tenantId)'], 'P');
  assert.ok(typeof r === 'object' && /load/.test(r.unknown), JSON.stringify(r));
});

const files = (system: string) => [
  {
    uri: 'file:///p/Bot.kt',
    text:
      'fun Application.bot(llm: Llm) { routing { post("/hook") {\n' +
      '  val t = call.receiveText() // a comment naming api.anthropic.com/v1/messages is no call\n' +
      '  http.post("https://graph.facebook.com/v20.0/1/messages") { setBody(llm.ask(PROMPT, t)) }\n} } }\n',
  },
  {
    uri: 'file:///p/Llm.kt',
    text:
      'class Llm { suspend fun ask(sys: String, q: String) = http.post("https://api.openai.com/v1/chat/completions") {\n' +
      `  setBody(listOf(${system}Msg("user", q)))\n} }\n` +
      'const val PROMPT = "You are the assistant of Nido Bakery: orders and pickup times only."\n',
  },
];

test('a project: route → model call, with the system message followed through a parameter to the caller', () => {
  const model = kotlinModel(emptyModel('code', 'file:///p/Bot.kt'), files('Msg("system", sys), '))!;
  assert.ok(model, 'a bot');
  const kinds = model.flow!.nodes.map((n) => n.kind);
  assert.deepEqual(kinds, ['trigger', 'llm']);
  assert.match(model.prompts[0].text.text, /^You are the assistant of Nido Bakery/);
});

test('a call that sends the user text alone has no prompt; without a WhatsApp transport there is no bot', () => {
  const model = kotlinModel(emptyModel('code', 'file:///p/Bot.kt'), files(''))!;
  assert.equal(model.flow!.nodes.find((n) => n.kind === 'llm')!.prompt, undefined);
  const noTransport = files('').map((f) => ({ ...f, text: f.text.replace('graph.facebook.com', 'example.org') }));
  assert.equal(kotlinModel(emptyModel('code', 'file:///p/Bot.kt'), noTransport), undefined);
});
