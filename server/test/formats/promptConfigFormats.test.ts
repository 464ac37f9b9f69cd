/**
 * Prompt configs of every syntax (session 16, configs16): TOML read with toml-eslint-parser, keys that name the
 * system prompt (whose text needs no "You are …" line), prompts kept as lists of lines or as system turns, a
 * config whose own `app:` map is no Dify export, Spring AI `.st` templates, XML prompt elements and a prompt kept
 * under `docs/bot/`; and the ordinary configs that stay skipped, each with its reason. All texts written for this
 * test, in several languages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { naturalLanguage } from '../../src/formats/prompt-files/sniff';
import { tomlPromptParts } from '../../src/formats/prompt-files/tomlConfig';
import { testHost } from '../helpers/fsHost';

const PROMPTS: Record<string, string> = {
  '/config/bot.toml':
    '[bot]\nname = "Ferreteria Norte"\nchannel = "whatsapp"\n\n[llm]\nmodel = "gpt-4o-mini"\nsystem_prompt = """\nAtiende a los clientes de Ferretería Norte por WhatsApp: stock, precios y envíos.\nSi alguien quiere hablar con una persona, dale el 011 4555 0101.\n"""\n',
  '/agent.toml':
    '[agent]\nmodel = "mistral-small"\n\n[agent.persona]\nsystem = """\nHilf den Kunden der Bäckerei Sonne bei Bestellungen und Abholzeiten.\nAntworte kurz und freundlich auf Deutsch.\n"""\n',
  '/app/settings.toml':
    '[prompt]\nsistem = """\nBantu pelanggan Toko Bunga Melati memesan karangan bunga dan cek ongkos kirim.\nKalau pelanggan minta bicara dengan staf, berikan nomor 0812 3456 7890.\n"""\n',
  '/config/chat.toml':
    '[[messages]]\nrole = "system"\ncontent = "Ajuda os clientes da Livraria Sol com encomendas, prazos de entrega e trocas de livros."\n',
  '/settings/assistant_config.json':
    '{"model": "gpt-4o-mini", "instructions": "Réponds en français, en trois phrases au plus. Utilise des listes pour les étapes et un ton chaleureux."}',
  '/data/messages.json':
    '{"messages": [{"role": "system", "content": "Pomagasz klientom kwiaciarni Stokrotka w zamówieniach bukietów i godzinach dostaw."}]}',
  '/config/hospital.json':
    '{"channel": "whatsapp", "systemPrompt": ["Wasaidie wagonjwa wa Kliniki ya Amani kupanga miadi.", "Jibu maswali kuhusu saa za kazi na bei za vipimo.", "Mgonjwa akitaka kuongea na mtu, mpe namba 0712 345 678."]}',
  '/config/chatbot.yaml':
    'app:\n  name: kirtasiye-bot\n  port: 8080\nllm:\n  model: gpt-4o-mini\n  system_prompt: |\n    Kırtasiye Kalem müşterilerine sipariş, stok ve kargo konusunda yardım et.\n    Müşteri bir insanla görüşmek isterse 0212 555 12 12 numarasını ver.\n',
  '/src/main/resources/prompts/assistente.st':
    'Sei Giulia, assistente della Libreria Dante. Rispondi su ordini e consegne.\nData di oggi: {oggi}\n',
  '/agents/cho_ben_thanh.xml':
    '<agent channel="whatsapp">\n  <instructions><![CDATA[\nHỗ trợ khách hàng của cửa hàng Bến Thành về đơn hàng, giờ mở cửa và đổi trả.\nNếu khách muốn gặp nhân viên, cho số 028 3822 1111.\n]]></instructions>\n</agent>\n',
  '/config/assistant.toml':
    '[llm]\nmodel = "gpt-4o-mini"\ninstructions = "Hilf den Kunden vom Fahrradladen Speiche bei Reparaturterminen und Ersatzteilen."\n',
  '/config/shop.json':
    '{"temperature": 0.3, "instrucoes": "Atenda os clientes da Padaria Trigo Bom sobre encomendas de bolos, horários e entregas no bairro."}',
  '/docs/bot/klantenservice-prompt.md':
    'Je bent de WhatsApp-assistent van Fietsenwinkel De Spaak.\nBeantwoord vragen over reparaties, bestellingen en openingstijden.\nVerwijs klanten die een medewerker willen spreken naar 020 123 4567.\nGebruik geen Markdown-tabellen.\n',
};

const NOT_PROMPTS: Record<string, string> = {
  '/pyproject.toml':
    '[tool.promptgen]\nprompt = "Generate a summary of the changes in this repository for the release notes"\n',
  '/docker-compose.yml':
    'services:\n  bot:\n    image: bot:latest\n    environment:\n      SYSTEM_PROMPT: "You are the assistant of Harbour Hotel. Answer questions about bookings only."\n',
  '/.gitlab-ci.yml':
    'review:\n  script: ./review.sh\n  instructions: "Run the review job on every merge request and post the summary as a comment for the team."\n',
  '/api/openapi.yaml':
    'openapi: 3.0.0\ninfo:\n  title: Bot API\npaths:\n  /chat:\n    post:\n      instructions: "Send the customer message in the body and read the reply from the response field."\n',
  '/config/ui.json':
    '{"prompt": "Please enter your phone number to continue with the registration of your account today"}',
  // A locale file whose key names the bot's system prompt is read since session 22 (discovery23.test.ts); its UI strings are not.
  '/locales/es.json':
    '{"checkout": {"prompt": "Escribe tu número de teléfono para continuar con el registro de tu cuenta hoy mismo"}}',
  '/docs/bot/writing-guide.md':
    '# How to write prompts\n\nIn this guide we explain how to write a good prompt for the bot.\n\n```bash\nnpm run deploy\n```\n',
  '/app/config/deploy.json':
    '{"featureFlags": {"beta": true}, "instructions": "Set the environment to production before deploying. You must run the migrations first, then restart the workers."}',
  '/config/checkout.yaml':
    'payment:\n  provider: pix\n  instrucoes: "Pague o boleto em até três dias úteis e envie o comprovante para o financeiro da loja, por favor."\n',
  '/config/deploy.yaml':
    'replicas: 2\ninstructions: |\n  Build the image, push it to the registry and then restart the two workers in order.\n  Never edit the generated files by hand.\n',
  '/config/release.toml':
    '[deploy]\ninstructions = "Build the image, push it to the registry and then restart the two workers in order."\n',
  '/config/app.toml': '[server]\nport = 8080\nhost = "0.0.0.0"\n[database]\nurl = "postgres://localhost/app"\n',
  '/agents/x/agent.toml':
    '[agent]\nsystem_prompt = "lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum"\n',
};

test('prompt configs in TOML, JSON, YAML, XML and templates are found, in nine languages', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  for (const [p, text] of Object.entries(PROMPTS)) {
    const uri = host.set(`/tmp/wa-config-formats${p}`, text);
    assert.equal(service.kindOf(uri), 'system-prompt', `${p}: ${service.explainKind(uri).reason}`);
  }
});

test('ordinary configs (manifests, compose, CI, OpenAPI, UI strings, i18n, docs) stay skipped, with a reason', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  for (const [p, text] of Object.entries(NOT_PROMPTS)) {
    const uri = host.set(`/tmp/wa-config-formats${p}`, text);
    assert.notEqual(service.kindOf(uri), 'system-prompt', `${p} was read as a prompt`);
  }
  const why = (p: string) => service.explainKind(host.set(`/tmp/wa-config-formats${p}`, NOT_PROMPTS[p])).reason ?? '';
  assert.match(why('/pyproject.toml'), /project manifest/);
  assert.match(why('/docker-compose.yml'), /Docker Compose/);
  assert.match(why('/api/openapi.yaml'), /OpenAPI/);
  assert.match(why('/agents/x/agent.toml'), /not natural language/);
});

test('TOML prompt parts keep the source range of their strings, in document order', () => {
  const text =
    PROMPTS['/app/settings.toml'] +
    '\n[[messages]]\nrole = "system"\ncontent = "Jawab dengan sopan dan singkat dalam bahasa Indonesia."\n';
  const parts = tomlPromptParts(text);
  assert.deepEqual(
    parts.map((p) => p.key),
    ['prompt.sistem', 'messages[system]'],
  );
  for (const p of parts) assert.ok(text.slice(p.range[0], p.range[1]).includes(p.text.trim().slice(0, 20)));
  assert.ok(parts.every((p) => p.explicit));
});

test('findings of a TOML config point into its prompt string; an empty template field is read as empty', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  const text =
    '[bisnis]\nnama = ""\n\n[prompt]\nsistem = """\nKamu asisten AI {{nama}}. Bantu pengguna dengan pertanyaan apa pun, tentang topik apa saja.\n"""\n[handoff]\naktif = false\nnomor = ""\n';
  const uri = host.set('/tmp/wa-config-formats/config/bot.toml', text);
  const findings = service.lint(uri)?.findings ?? [];
  const open = findings.find((f) => f.rule === 'prompt/open-domain-grant' || f.rule === 'prompt/no-business-scope');
  assert.ok(open, findings.map((f) => f.rule).join(' '));
  assert.ok(open.range.start.line >= 5, 'the finding sits inside the prompt string (line 6 on)');
  assert.ok(
    findings.some((f) => f.rule === 'prompt/no-human-escalation'),
    'a switched-off handoff table is no path',
  );
});

test('natural language: sentences pass in spaced and unspaced scripts; labels, code and filler do not', () => {
  assert.equal(naturalLanguage('Answer the customers of Harbour Hotel about bookings and check-in times.'), true);
  assert.equal(naturalLanguage('请帮助顾客查询订单状态、配送时间和退货政策，语气要礼貌简洁。'), true);
  assert.notEqual(naturalLanguage('gpt-4o-mini'), true);
  assert.notEqual(naturalLanguage('if (x) { return y; } else { z = w; } for (;;) { a = b; } c = d; e = f;'), true);
  assert.notEqual(naturalLanguage('lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum'), true);
});
