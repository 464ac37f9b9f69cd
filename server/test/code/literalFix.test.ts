import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { parseCodeProject } from '../../src/formats/code/adapter';
import { codeLanguage } from '../../src/formats/code/language';
import { escapeFor, literalInsertion } from '../../src/formats/code/literal-escape';
import { codeLiterals } from '../../src/formats/code/literals';
import { parseCode } from '../../src/formats/code/parser';
import { toUri } from '../../src/model/uri';
import { createPolicyService, type Finding } from '../../src/service';
import { applyEdits } from '../helpers/applyEdits';
import { testHost } from '../helpers/fsHost';

/**
 * The prompt-literal quick fixes (scope at the start, escalation at the end) on every kind of string literal a
 * code bot holds its prompt in, with LF, CRLF and CR endings: the fixed file still parses, keeps one line
 * ending, and the prompt read from it is the old prompt plus the added sentences, with no escape left visible.
 */
before(() => loadCodeParsers());

const PROMPT = 'You are a helpful assistant. Answer any question the user asks about anything.';
const TWO_LINES = 'You are a helpful assistant.\nAnswer any question the user asks about anything.';

interface Bot {
  files: Record<string, string>;
  /** The file whose `@@` is replaced by the literal. */
  at: string;
}

const python: Bot = {
  at: 'app.py',
  files: {
    'requirements.txt': 'heyoo==0.1.2\nflask==3.0.3\nollama==0.3.3\n',
    'app.py': [
      'import os',
      'import ollama',
      'from flask import Flask, request',
      'from heyoo import WhatsApp',
      '',
      'app = Flask(__name__)',
      'messenger = WhatsApp(os.environ["WA_TOKEN"], phone_number_id=os.environ["WA_PHONE_ID"])',
      '',
      'def ask(question: str) -> str:',
      '    prompt = @@',
      '    result = ollama.generate(model="llama3.1", system=prompt, prompt=question)',
      '    return result["response"]',
      '',
      '@app.route("/webhook", methods=["GET", "POST"])',
      'def webhook():',
      '    data = request.get_json()',
      '    if messenger.get_message_type(data) == "text":',
      '        messenger.send_message(ask(messenger.get_message(data)), messenger.get_mobile(data))',
      '    return "ok"',
      '',
    ].join('\n'),
  },
};

const typescript: Bot = {
  at: 'src/server.ts',
  files: {
    'package.json': '{ "name": "bot", "dependencies": { "express": "^4", "openai": "^4" } }',
    'src/server.ts': [
      "import express from 'express';",
      "import OpenAI from 'openai';",
      'const client = new OpenAI();',
      'const app = express();',
      "app.post('/webhook', async (req, res) => {",
      '  const message = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];',
      '  const text: string = message.text.body;',
      '  const r = await client.chat.completions.create({',
      "    model: 'gpt-4o-mini',",
      "    messages: [{ role: 'system', content: @@ }, { role: 'user', content: text }],",
      '  });',
      "  await fetch('https://graph.facebook.com/v21.0/1/messages', { method: 'POST', body: JSON.stringify({ messaging_product: 'whatsapp', to: message.from, text: { body: r.choices[0].message.content } }) });",
      '  res.sendStatus(200);',
      '});',
      '',
    ].join('\n'),
  },
};

const go: Bot = {
  at: 'persona.go',
  files: {
    'go.mod':
      'module bot\n\ngo 1.22\n\nrequire (\n\tgithub.com/google/generative-ai-go v0.18.0\n\tgo.mau.fi/whatsmeow v0.0.0\n)\n',
    'persona.go': 'package main\n\nconst persona = @@\n',
    'bot.go': [
      'package main',
      '',
      'import (',
      '\t"context"',
      '\t"os"',
      '',
      '\t"github.com/google/generative-ai-go/genai"',
      '\t"go.mau.fi/whatsmeow"',
      '\t"go.mau.fi/whatsmeow/proto/waE2E"',
      '\t"go.mau.fi/whatsmeow/types/events"',
      '\t"google.golang.org/api/option"',
      '\t"google.golang.org/protobuf/proto"',
      ')',
      '',
      'type Bot struct {',
      '\twa    *whatsmeow.Client',
      '\tmodel *genai.GenerativeModel',
      '}',
      '',
      'func NewBot(ctx context.Context, wa *whatsmeow.Client) (*Bot, error) {',
      '\tg, err := genai.NewClient(ctx, option.WithAPIKey(os.Getenv("GEMINI_API_KEY")))',
      '\tif err != nil {',
      '\t\treturn nil, err',
      '\t}',
      '\tmodel := g.GenerativeModel("gemini-1.5-flash")',
      '\tmodel.SystemInstruction = &genai.Content{Parts: []genai.Part{genai.Text(persona)}}',
      '\tb := &Bot{wa: wa, model: model}',
      '\twa.AddEventHandler(b.handle)',
      '\treturn b, nil',
      '}',
      '',
      'func (b *Bot) handle(evt interface{}) {',
      '\tmsg, ok := evt.(*events.Message)',
      '\tif !ok {',
      '\t\treturn',
      '\t}',
      '\tctx := context.Background()',
      '\tresp, err := b.model.GenerateContent(ctx, genai.Text(msg.Message.GetConversation()))',
      '\tif err != nil {',
      '\t\treturn',
      '\t}',
      '\tb.wa.SendMessage(ctx, msg.Info.Chat, &waE2E.Message{Conversation: proto.String(resp.Text())})',
      '}',
      '',
    ].join('\n'),
  },
};

const php: Bot = {
  at: 'ajustes.php',
  files: {
    'composer.json': '{ "name": "x/bot", "require": { "twilio/sdk": "^7.0" } }',
    'ajustes.php': "<?php\ndefine('MODELO', 'gpt-4o-mini');\ndefine('PERSONA', @@);\n",
    'index.php': [
      '<?php',
      '// Twilio WhatsApp sandbox webhook: any question goes to the model, the answer comes back as TwiML.',
      "require_once __DIR__ . '/vendor/autoload.php';",
      "require_once __DIR__ . '/ajustes.php';",
      '',
      'use Twilio\\TwiML\\MessagingResponse;',
      '',
      "$pergunta = $_POST['Body'] ?? '';",
      "$numero = $_POST['From'] ?? '';",
      '',
      '$endpoint = "https://api.openai.com/v1/chat/completions";',
      '$dados = array(',
      '    "model" => MODELO,',
      '    "messages" => array(',
      '        array("role" => "system", "content" => PERSONA),',
      '        array("role" => "user", "content" => $pergunta),',
      '    ),',
      ');',
      '',
      '$ch = curl_init($endpoint);',
      'curl_setopt($ch, CURLOPT_POST, 1);',
      'curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($dados));',
      'curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);',
      'curl_setopt($ch, CURLOPT_HTTPHEADER, array(',
      "    'Content-Type: application/json',",
      "    'Authorization: Bearer ' . getenv('OPENAI_API_KEY'),",
      '));',
      '$resposta = json_decode(curl_exec($ch), true);',
      'curl_close($ch);',
      '',
      '$twiml = new MessagingResponse();',
      "$twiml->message($resposta['choices'][0]['message']['content'] ?? 'Tente de novo mais tarde.');",
      "header('Content-Type: text/xml');",
      'echo $twiml;',
      '',
    ].join('\n'),
  },
};

/** Each kind of literal, written around the prompt (`P`: one line; `L`: two lines, where the kind allows). */
const KINDS: [string, Bot, (p: string) => string, string][] = [
  ["Python '…'", python, (p) => `'${p}'`, PROMPT],
  ['Python "…"', python, (p) => `"${p}"`, PROMPT],
  ['Python f"…"', python, (p) => `f"${p}"`, PROMPT],
  ['Python r"…"', python, (p) => `r"${p}"`, PROMPT],
  ['Python """…"""', python, (p) => `"""${p}"""`, TWO_LINES],
  ["Python '''…'''", python, (p) => `'''${p}'''`, TWO_LINES],
  ['Python f"""…"""', python, (p) => `f"""${p}"""`, TWO_LINES],
  ['Python r"""…"""', python, (p) => `r"""${p}"""`, TWO_LINES],
  ["TypeScript '…'", typescript, (p) => `'${p}'`, PROMPT],
  ['TypeScript "…"', typescript, (p) => `"${p}"`, PROMPT],
  ['TypeScript `…` (template literal)', typescript, (p) => `\`${p}\``, TWO_LINES],
  ['Go "…"', go, (p) => `"${p}"`, PROMPT],
  ['Go `…` (raw string)', go, (p) => `\`${p}\``, TWO_LINES],
  ["PHP '…'", php, (p) => `'${p}'`, PROMPT],
  ['PHP "…"', php, (p) => `"${p}"`, PROMPT],
  ['PHP heredoc', php, (p) => `<<<EOT\n${p}\nEOT`, TWO_LINES],
  ['PHP nowdoc', php, (p) => `<<<'EOT'\n${p}\nEOT`, TWO_LINES],
];

const eolName = (eol: string) => (eol === '\n' ? 'LF' : eol === '\r\n' ? 'CRLF' : 'CR');
let dirs = 0;

/** The prompts of a project as the code adapter reads them (line endings as LF). */
function prompts(files: Record<string, string>): string[] {
  const root = toUri(path.dirname(Object.keys(files)[0]));
  const list = Object.entries(files).map(([p, text]) => ({ uri: toUri(p), text }));
  const model = parseCodeProject(root, list);
  return model.prompts.map((u) => u.text.text.replace(/\r\n?/g, '\n'));
}

for (const [name, bot, write, prompt] of KINDS)
  for (const eol of ['\n', '\r\n', '\r'])
    test(`prompt-literal fixes in a ${name} literal, ${eolName(eol)} endings, parse and read back`, () => {
      const dir = path.resolve('/nonexistent-wa-policy-test', `literal-fix-${dirs++}`);
      const files: Record<string, string> = {};
      for (const [rel, text] of Object.entries(bot.files))
        files[path.join(dir, rel)] = (rel === bot.at ? text.replace('@@', write(prompt)) : text).replace(/\n/g, eol);
      const target = path.join(dir, bot.at);
      const before = prompts(files);
      assert.ok(before.includes(prompt), `${name}: prompt read as ${JSON.stringify(before)}`);
      const service = createPolicyService({ host: testHost(files) });
      const fixes: Finding['fixes'] = [];
      for (const f of Object.keys(files))
        for (const finding of service.lint(toUri(f))?.findings ?? [])
          fixes.push(
            ...finding.fixes.filter((x) => x.l10n?.key === 'fix.codeScope' || x.l10n?.key === 'fix.codeEscalation'),
          );
      assert.ok(
        fixes.some((x) => x.l10n?.key === 'fix.codeScope'),
        `${name}: no scope fix offered`,
      );
      for (const fix of fixes) {
        assert.ok(
          fix.edits.every((e) => e.uri === toUri(target)),
          `${name}: ${fix.title} edits another file`,
        );
        const fixed = applyEdits(files[target], fix.edits);
        const lang = codeLanguage(target)!;
        const tree = parseCode(`file:///literal-fix-check/${dirs}/${bot.at}`, fixed, lang)!;
        assert.ok(!tree.rootNode.hasError, `${name}: ${fix.title}: the fixed file does not parse:\n${fixed}`);
        const breaks = fixed.match(/\r\n|\r|\n/g) ?? [];
        assert.ok(
          breaks.every((b) => b === eol),
          `${name}: ${fix.title}: mixed line endings in ${JSON.stringify(fixed)}`,
        );
        const after = prompts({ ...files, [target]: fixed });
        const read = after.find((p) => p.length > prompt.length && p.includes(prompt));
        assert.ok(read, `${name}: ${fix.title}: prompt read back as ${JSON.stringify(after)}`);
        const added = read.replace(prompt, '');
        assert.ok(!/\\/.test(added), `${name}: ${fix.title}: an escape is left in the text: ${JSON.stringify(read)}`);
        assert.ok(/\p{L}{3}/u.test(added), `${name}: ${fix.title}: nothing added: ${JSON.stringify(read)}`);
      }
    });

/**
 * Text a literal cannot hold (a backtick in a Go raw string; a line starting with a PHP heredoc's or nowdoc's
 * closing label) is written as a new literal joined to it (`"…" + `…``, `"…" . <<<EOT`), at the start and at the
 * end: the fixed file still parses and the prompt read from it is the text plus the old prompt, exactly.
 */
const JOINED: [string, Bot, (p: string) => string, string][] = [
  ['Go `…` (raw string) with a backtick', go, (p) => `\`${p}\``, 'Reply in `plain` text only.\nAsk "why?" \\ once.'],
  ['PHP heredoc with its closing label', php, (p) => `<<<EOT\n${p}\nEOT`, 'EOT means end of text.\nCost: $5 \\ {x}'],
  ['PHP nowdoc with its closing label', php, (p) => `<<<'EOT'\n${p}\nEOT`, "  EOT;\nIt's $5 \\ done."],
];

for (const [name, bot, write, added] of JOINED)
  for (const eol of ['\n', '\r\n', '\r'])
    for (const where of ['start', 'end'] as const)
      test(`text a ${name} cannot hold is joined as a new literal at its ${where}, ${eolName(eol)} endings`, () => {
        const dir = path.resolve('/nonexistent-wa-policy-test', `literal-join-${dirs++}`);
        const files: Record<string, string> = {};
        for (const [rel, text] of Object.entries(bot.files))
          files[path.join(dir, rel)] = (rel === bot.at ? text.replace('@@', write(TWO_LINES)) : text).replace(
            /\n/g,
            eol,
          );
        const target = path.join(dir, bot.at);
        const root = toUri(dir);
        const model = parseCodeProject(
          root,
          Object.entries(files).map(([p, text]) => ({ uri: toUri(p), text })),
        );
        const unit = model.prompts.find((u) => u.text.text.replace(/\r\n?/g, '\n') === TWO_LINES);
        assert.ok(unit, `${name}: prompt not read`);
        const pieces = codeLiterals.get(unit.text)!.filter((p) => p.literal);
        const lit = (where === 'start' ? pieces[0] : pieces[pieces.length - 1]).literal!;
        const text = added.replace(/\n/g, eol);
        assert.equal(escapeFor(lit, text), undefined, `${name}: the literal itself cannot hold the text`);
        const ins = literalInsertion(lit, text, where);
        assert.ok(ins, `${name}: no insertion`);
        assert.equal(ins.at, where === 'start' ? lit.start : lit.end, `${name}: a new literal beside the old one`);
        const fixed = files[target].slice(0, ins.at) + ins.newText + files[target].slice(ins.at);
        const tree = parseCode(`file:///literal-join-check/${dirs}/${bot.at}`, fixed, codeLanguage(target)!)!;
        assert.ok(!tree.rootNode.hasError, `${name}: the fixed file does not parse:\n${fixed}`);
        const after = prompts({ ...files, [target]: fixed });
        const want = where === 'start' ? added + TWO_LINES : TWO_LINES + added;
        assert.ok(
          after.includes(want),
          `${name}: prompt read back as ${JSON.stringify(after)}, not ${JSON.stringify(want)}`,
        );
      });
