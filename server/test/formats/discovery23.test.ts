/**
 * Discovery of prompts kept in files that were never linted (session 22's blind set: "0 files checked"): a dotenv file
 * whose key names the system prompt, a locale strings file whose key names the bot's system prompt, LangChain and
 * Semantic Kernel serialized prompt templates, and a file named exactly as a prompt whose text has no "You are …"
 * line. Twins that must stay unread: ordinary env files, example env files of code projects (read with the code),
 * UI strings under locales/, an install guide named instructions.md.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { parseDotenv } from '../../src/formats/shared/dotenv';
import { testHost } from '../helpers/fsHost';

function discover() {
  const host = testHost();
  const service = createPolicyService({ host });
  const at = (p: string, text: string) => host.set(`/tmp/wa-discover23${p}`, text);
  return { service, at };
}

test('dotenv values keep their source range: unquoted, quoted over several lines, escaped line breaks', () => {
  const text = [
    '# comment',
    'export MODEL=gpt-4o-mini # inline',
    'SYSTEM_PROMPT="Line one.',
    'Line two with \\"quotes\\"."',
    "PERSONA='single quoted'",
    'ONE_LINE="a\\nb"',
    'EMPTY=',
  ].join('\n');
  const entries = parseDotenv('file:///x/.env', text);
  const byKey = new Map(entries.map((e) => [e.key, e.value]));
  assert.deepEqual([...byKey.keys()], ['MODEL', 'SYSTEM_PROMPT', 'PERSONA', 'ONE_LINE', 'EMPTY']);
  assert.equal(byKey.get('MODEL')!.text, 'gpt-4o-mini');
  const prompt = byKey.get('SYSTEM_PROMPT')!;
  assert.equal(prompt.text, 'Line one.\nLine two with "quotes".');
  assert.equal(text.slice(prompt.toSource(0), prompt.toSource(0) + 9), 'Line one.');
  assert.equal(byKey.get('PERSONA')!.text, 'single quoted');
  assert.equal(byKey.get('ONE_LINE')!.text, 'a\nb');
  assert.equal(byKey.get('EMPTY')!.text, '');
});

test("a dotenv file's system prompt key is read, on one line or over several, in any language", () => {
  const { service, at } = discover();
  const multi = [
    'WHATSAPP_TOKEN=',
    'LLM_MODEL=gpt-4o-mini',
    'HANDOFF_ENABLED=false',
    'BOT_INSTRUCTIONS="Jesteś asystentem WhatsApp piekarni Złoty Kłos w Poznaniu.',
    'Odpowiadasz na pytania o godziny otwarcia, zamówienia tortów i alergeny.',
    'Na inne tematy grzecznie odmawiasz."',
  ].join('\n');
  const uri = at('/piekarnia/.env.production', multi);
  assert.equal(service.kindOf(uri), 'system-prompt');
  const model = service.modelOf(uri)!;
  assert.equal(model.prompts.length, 1);
  assert.match(model.prompts[0].text.text, /^Jesteś asystentem/);
  assert.equal(model.prompts[0].variables.HANDOFF_ENABLED, 'false');
  // A one-line value without a persona line: the key names the system prompt, its text is natural language.
  const one =
    'OPENAI_MODEL=gpt-4o-mini\nASSISTANT_PERSONA="Bạn trả lời ngắn gọn, thân thiện, bằng tiếng Việt. Nếu không biết thì nói thật, không bịa."\n';
  assert.equal(service.kindOf(at('/chat/.env', one)), 'system-prompt');
});

test('ordinary env files and example env files of a code project are not read as prompts', () => {
  const { service, at } = discover();
  assert.equal(service.kindOf(at('/api/.env', 'DATABASE_URL=postgres://x\nPORT=8080\nDEBUG=false\n')), undefined);
  // A prompt key holding no prose (an id, a path) is no prompt.
  assert.equal(service.kindOf(at('/svc/.env', 'SYSTEM_PROMPT_FILE=prompts/system.txt\n')), undefined);
  // Beside a manifest, the code adapter reads the example env file with the code that reads its values.
  at('/shop-bot/package.json', '{"name":"shop-bot"}');
  const example =
    'SYSTEM_PROMPT="You are the WhatsApp assistant of Kedai Rasa. Answer questions about the menu and orders only."\n';
  const uri = at('/shop-bot/.env.example', example);
  assert.equal(service.kindOf(uri), undefined);
  assert.match(service.explainKind(uri).reason ?? '', /code project/);
  // Alone, the same example env file is the bot's only prompt.
  assert.equal(service.kindOf(at('/only-env/.env.example', example)), 'system-prompt');
});

test("a locale strings file is read for a key that names the bot's system prompt, never for its UI strings", () => {
  const { service, at } = discover();
  const nested = JSON.stringify({
    assistant: {
      systemPrompt:
        "Sen Kahve Durağı'nın WhatsApp asistanısın. Menü, şube saatleri ve siparişler hakkında yardım et; başka konularda kibarca yardımcı olamayacağını söyle.",
      greeting: 'Merhaba! Size nasıl yardımcı olabilirim?',
    },
    order: { status_prompt: 'Lütfen sipariş numaranızı yazın, onay e-postanızda bulabilirsiniz.' },
  });
  const uri = at('/locales/tr/strings.json', nested);
  assert.equal(service.kindOf(uri), 'system-prompt');
  const model = service.modelOf(uri)!;
  assert.deepEqual(
    model.prompts.map((p) => p.id),
    ['assistant.systemPrompt'],
  );
  const flat = JSON.stringify({
    'bot.name': 'Sahayak',
    'bot.system_prompt':
      'आप सहायक हैं, शर्मा मेडिकल स्टोर का WhatsApp सहायक। दवाइयों की उपलब्धता, ऑर्डर और दुकान के समय के बारे में मदद करें।',
    'bot.greeting': 'नमस्ते! मैं आपकी कैसे मदद करूँ?',
  });
  assert.equal(service.kindOf(at('/i18n/hi.json', flat)), 'system-prompt');
  const ui = JSON.stringify({
    'login.prompt': 'Introduce tu correo electrónico y contraseña para continuar con tu cuenta de cliente.',
    'checkout.instructions':
      'Revisa los productos de tu carrito, elige el envío y pulsa Pagar para terminar la compra.',
  });
  assert.equal(service.kindOf(at('/src/i18n/es.json', ui)), undefined);
});

test('LangChain and Semantic Kernel serialized prompt templates are read; their template is the prompt', () => {
  const { service, at } = discover();
  const langchain = JSON.stringify({
    _type: 'prompt',
    input_variables: ['question'],
    template_format: 'f-string',
    template:
      'Você é a assistente da Padaria Trigo Bom no WhatsApp. Responda sobre pães, encomendas e horários.\n\nPergunta: {question}',
  });
  assert.equal(service.kindOf(at('/app/chains/padaria.json', langchain)), 'system-prompt');
  const sk = [
    'name: BookingAgent',
    'template_format: handlebars',
    'description: Answers hotel booking questions',
    'template: |',
    '  <message role="system">',
    '  Eres el asistente de reservas del Hotel Mirador. Ayudas con reservas, horarios de check-in y servicios del hotel.',
    '  No respondes preguntas ajenas al hotel.',
    '  </message>',
    '  <message role="user">{{input}}</message>',
    'execution_settings:',
    '  default:',
    '    temperature: 0.2',
  ].join('\n');
  assert.equal(service.kindOf(at('/src/Hotel.Bot/Prompts/BookingAgent.yaml', sk)), 'system-prompt');
  const skprompt = 'Responde en español, breve y amable, solo sobre las reservas del Hotel Mirador.\n{{$input}}\n';
  assert.equal(service.kindOf(at('/Plugins/Hotel/Answer/skprompt.txt', skprompt)), 'system-prompt');
  // A template field in an ordinary config (an e-mail template) is not a prompt.
  const mail = JSON.stringify({ subject: 'Your order', template: 'Hello {name}, your order {id} has shipped today.' });
  assert.equal(service.kindOf(at('/config/mail.json', mail)), undefined);
});

test('a file named exactly as a prompt needs natural language, not a "You are" line; a guide of that name stays unread', () => {
  const { service, at } = discover();
  const tone =
    'Asistent prietenos ești.\nRăspunde scurt, pe înțelesul tuturor, în limba română.\nDacă nu știi răspunsul, spune sincer, nu inventa nimic.\n';
  assert.equal(service.kindOf(at('/chat-bot/prompt.txt', tone)), 'system-prompt');
  assert.equal(service.kindOf(at('/whatsapp-agent/instructions.md', tone)), 'system-prompt');
  // `instructions.md` outside a bot's folder is not named as a prompt.
  assert.equal(service.kindOf(at('/setup/instructions.md', tone)), undefined);
  const guide =
    '# Instructions\n\nRun the installer, then start the server.\n\n```\nnpm install\nnpm start\n```\nSet the WHATSAPP_TOKEN variable before you deploy the bot.\n';
  assert.equal(service.kindOf(at('/whatsapp-bot/instructions.md', guide)), undefined);
});
